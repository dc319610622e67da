"""submission receipts: the secretariat's record of each group's submission received for a year

A synced record, like the narratives it arrives with.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "submission_receipt",
        sa.Column("group_id", sa.String(length=36), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("received_at", sa.DateTime(), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column(
            "source",
            sa.Enum("chairdesk", "word", name="submissionsource", native_enum=False, length=24),
            nullable=False,
        ),
        sa.Column("language", sa.String(length=8), nullable=True),
        sa.Column("unplaced", sa.Text(), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted", sa.Boolean(), server_default=sa.text("0"), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["working_group.id"],
            name=op.f("fk_submission_receipt_group_id_working_group"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_submission_receipt")),
    )
    with op.batch_alter_table("submission_receipt", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_submission_receipt_group_id"), ["group_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("submission_receipt", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_submission_receipt_group_id"))
    op.drop_table("submission_receipt")
