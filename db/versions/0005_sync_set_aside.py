"""sync set aside: why a remote record was not applied, from which file, and its last good row

Records from other laptops that fail the rules of chairdesk/store/row_rules.py (or refer to a
record that has not arrived) wait in sync_deferred with their reason; sync_state remembers the
rules every record was last written under.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sync_deferred") as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=12), server_default="waiting", nullable=False)
        )
        batch_op.add_column(sa.Column("field", sa.String(length=60), nullable=True))
        batch_op.add_column(sa.Column("reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("file", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("device_id", sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column("since", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("rules", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("label", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("base", sa.Text(), nullable=True))
    with op.batch_alter_table("sync_state") as batch_op:
        batch_op.add_column(sa.Column("rules", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sync_state") as batch_op:
        batch_op.drop_column("rules")
    with op.batch_alter_table("sync_deferred") as batch_op:
        for column in (
            "base",
            "label",
            "rules",
            "since",
            "device_id",
            "file",
            "reason",
            "field",
            "kind",
        ):
            batch_op.drop_column(column)
