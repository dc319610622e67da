"""Alembic environment for ChairDesk workspaces.

The application passes its open connection in `config.attributes["connection"]`
(so that a migration runs inside the same transaction as the check before it).
From the command line (`alembic -c db/alembic.ini ...`) a `sqlalchemy.url` is used.
"""

from alembic import context
from sqlalchemy import create_engine

from chairdesk.store.models import Base

config = context.config
target_metadata = Base.metadata


def _run(connection) -> None:  # noqa: ANN001
    # SQLite cannot ALTER most things in place: batch mode rebuilds tables.
    context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    _run(connection)
else:
    engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.begin() as conn:
        _run(conn)
