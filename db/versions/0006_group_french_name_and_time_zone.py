"""working groups: the French name and the time zone of meetings

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("working_group") as batch:
        batch.add_column(sa.Column("name_fr", sa.String(length=300), nullable=True))
        batch.add_column(sa.Column("time_zone", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("working_group") as batch:
        batch.drop_column("time_zone")
        batch.drop_column("name_fr")
