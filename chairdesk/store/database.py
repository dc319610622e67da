"""Opening a workspace: engine, pragmas, sessions, migrations.

A workspace is one local SQLite file. Opening it brings its schema to this
version's head: a new file is created from the models and stamped; an older
one is backed up (SQLite backup API) and then upgraded by Alembic; a file from
a newer ChairDesk is refused without being touched.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import NullPool

from chairdesk.paths import migrations_path
from chairdesk.store.backup import backup_database, copy_database, is_sqlite_database

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.orm import Session, sessionmaker

    from chairdesk.store.sync_tables import LocalHook

log = logging.getLogger(__name__)

# The newest migration in db/versions. Known here so that opening a workspace
# that is already current does not load Alembic at all (start-up time); a
# test checks it against the migrations folder.
SCHEMA_HEAD = "0005"

BUSY_TIMEOUT_MS = 10_000


class WorkspaceError(Exception):
    """A workspace that cannot be opened, with a message for people."""


class NewerSchemaError(WorkspaceError):
    pass


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_path()))
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def head_revision() -> str:
    """The head according to the migrations folder (SCHEMA_HEAD should equal it)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def create_workspace_engine(path: Path, *, foreign_keys: bool = True, **options: object) -> Engine:
    engine = create_engine(f"sqlite:///{path}", **options)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide where transactions
        # begin: a unit of work (reads included) is then one real transaction.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # FULL: a committed edit survives a power cut too, not only a killed process.
        # Edits come at the pace of a person typing; the fsync per commit is not felt.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # noqa: ANN001 - SQLAlchemy's Connection
        # Writers take the write lock up front (IMMEDIATE), so that two
        # processes (the application and a sync round) wait for each other
        # under busy_timeout instead of failing half-way through.
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def read_revision(path: Path) -> str | None:
    """The schema revision stamped in a database file, read without writing to it."""
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        with sqlite3.connect(uri, uri=True) as conn:
            has_table = conn.execute(
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if not has_table:
                tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
                if tables:
                    raise WorkspaceError(f"{path}: not a ChairDesk workspace (no schema version)")
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise WorkspaceError(f"{path}: not a ChairDesk workspace ({exc})") from exc


@dataclass
class Workspace:
    """An open workspace: its file, its engine and a session factory.

    The ORM (sessions, models) is loaded on the first `read()` or `transaction()`:
    `read_rows()` answers Core queries without it, which is how the main window starts.
    """

    path: Path
    engine: Engine
    backup: Path | None = None  # the backup taken before a migration, if any
    # Installed by chairdesk.sync.engine.attach(): mirrors local edits into the
    # Y.Doc inside their own transaction (see store/sync_tables.py).
    sync_hook: LocalHook | None = field(default=None, repr=False, compare=False)

    _sessions: tuple[sessionmaker, sessionmaker] | None = field(default=None, init=False, repr=False, compare=False)
    _sessions_lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False, compare=False)

    def session_makers(self) -> tuple[sessionmaker, sessionmaker]:
        """(readers, writers), made on first use (the sync thread may be first)."""
        with self._sessions_lock:
            if self._sessions is None:
                from sqlalchemy.orm import sessionmaker

                from chairdesk.store.sync_tables import track_local_changes

                readers = sessionmaker(self.engine, expire_on_commit=False)
                writers = sessionmaker(self.engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False)
                track_local_changes(writers, lambda: self.sync_hook)
                self._sessions = (readers, writers)
            return self._sessions

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading, in one consistent snapshot."""
        with self.session_makers()[0].begin() as session:
            yield session

    @contextmanager
    def read_rows(self) -> Iterator[Connection]:
        """A connection for Core reads (chairdesk.store.tables), in one consistent snapshot."""
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A unit of work that writes: committed whole on success, rolled back on error."""
        with self.session_makers()[1].begin() as session:
            yield session

    def schema_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def close(self) -> None:
        self.engine.dispose()


def open_workspace(path: Path, backups: Path) -> Workspace:
    """Open (creating if needed) the workspace at `path`, migrated to this version's schema."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fresh = not path.exists() or path.stat().st_size == 0
    taken_backup: Path | None = None
    current = None
    if not fresh:
        current = read_revision(path)
        if current == SCHEMA_HEAD:
            return Workspace(path=path, engine=create_workspace_engine(path))
        if current is not None and current not in known_revisions():
            raise NewerSchemaError(
                f"{path} was written by a newer version of ChairDesk (schema {current}); "
                "install the newer ChairDesk to open it. The file was left untouched."
            )
        if current != head_revision():
            taken_backup = backup_database(path, backups, reason=f"before-migration-{current}")
            log.info("backed up %s to %s before migrating", path, taken_backup)

    _bring_to_head(path, fresh)
    return Workspace(path=path, engine=create_workspace_engine(path), backup=taken_backup)


def _bring_to_head(path: Path, fresh: bool) -> None:
    from alembic import command

    # Batch migrations rebuild tables (copy, drop, rename), which foreign-key
    # enforcement would break half-way; they run with it off, on a connection
    # of their own, and the result is checked before it is committed.
    engine = create_workspace_engine(path, foreign_keys=False, poolclass=NullPool)
    try:
        with engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            if fresh:
                from chairdesk.store import sync_tables  # noqa: F401 - its tables are in Base.metadata
                from chairdesk.store.models import Base

                Base.metadata.create_all(conn)
                command.stamp(config, "head")
            else:
                command.upgrade(config, "head")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise WorkspaceError(
                        f"{path}: the upgrade would leave {len(broken)} broken references "
                        f"(first in table {broken[0][0]}); nothing was changed"
                    )
    finally:
        engine.dispose()


def restore_workspace(path: Path, backup: Path, backups: Path) -> Path | None:
    """Replace the workspace at `path` by the backup file; return the safety backup taken first.

    The backup must be a ChairDesk workspace this version can open; the
    current state is backed up before it is replaced, so a restore can itself
    be undone. The restored file is migrated if it is older.
    """
    backup = Path(backup)
    if not backup.is_file():
        raise WorkspaceError(f"{backup}: no such backup file")
    if not is_sqlite_database(backup):
        raise WorkspaceError(f"{backup}: not a ChairDesk backup (not an SQLite database)")
    revision = read_revision(backup)
    if revision is None or revision not in known_revisions():
        raise WorkspaceError(
            f"{backup}: cannot restore a backup of schema {revision or 'unknown'}; "
            "it was not made by this version of ChairDesk or an earlier one"
        )
    safety = None
    if Path(path).exists() and Path(path).stat().st_size:
        safety = backup_database(Path(path), backups, reason="before-restore")
    copy_database(backup, Path(path))
    open_workspace(Path(path), backups).close()  # migrate now if the backup is older
    return safety
