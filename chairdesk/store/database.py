"""Opening a workspace: engine, pragmas, sessions, migrations.

A workspace is one local SQLite file. Opening it brings its schema to this
version's head: a new file is created from the models and stamped; an older
one is backed up (SQLite backup API) and then upgraded by Alembic; a file from
a newer ChairDesk is refused without being touched. A file whose tables are not
those its stamped version says is refused too, untouched, and a failed upgrade
leaves no backup behind (the file is as it was).

Every SQLite error a workspace meets goes through chairdesk.store.health: a
damaged page, a read-only file or folder, a full disk become a WorkspaceError
that names the file and says what to do. A damaged workspace is still read (to
see and export what it holds) but `transaction()` refuses to write to it.

The seam to sync: a workspace keeps *change listeners* (`add_change_listener`), each called
inside every writing transaction with the synced records it touched, before it commits, so
that whatever a listener writes commits or rolls back with the edit. The sync layer attaches
its listener when a linked workspace opens (`chairdesk.sync.listener.attach_if_linked`, for
the command line and the application alike); a linked workspace with no listener notes the
records in ``sync_dirty`` for the next round (chairdesk.store.sync_tables).
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.pool import NullPool

from chairdesk.paths import migrations_path
from chairdesk.store.backup import (
    backup_database,
    copy_database,
    is_sqlite_database,
    list_backups,
    set_aside_damaged,
)

# The errors live in chairdesk.store.health (backup.py raises them too); callers know them from here.
from chairdesk.store.health import (  # noqa: F401 - WorkspaceReadOnly is re-exported
    SchemaMismatch,
    WorkspaceDamaged,
    WorkspaceError,
    WorkspaceReadOnly,
    clear_damage,
    problem_of,
    quick_check,
    record_damage,
    recorded_damage,
)

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.orm import Session, sessionmaker

    from chairdesk.store.sync_tables import ChangeListener

log = logging.getLogger(__name__)

# The newest migration in db/versions. Known here so that opening a workspace
# that is already current does not load Alembic at all (start-up time); a
# test checks it against the migrations folder.
SCHEMA_HEAD = "0006"

# The tables of the head schema, known here for the same reason: opening a workspace
# checks that they are all there without loading the models (a test checks the list).
HEAD_TABLES = frozenset(
    {
        "action_item",
        "activity",
        "activity_entity",
        "agenda_item",
        "agenda_template",
        "attendance",
        "chair_term",
        "contact",
        "decision",
        "entity",
        "meeting",
        "membership",
        "narrative",
        "output",
        "progress_update",
        "rotation_plan",
        "rotation_slot",
        "submission_receipt",
        "sync_deferred",
        "sync_device",
        "sync_dirty",
        "sync_doc",
        "sync_history",
        "sync_ledger",
        "sync_outbox",
        "sync_sent",
        "sync_state",
        "template_item",
        "work_plan",
        "working_group",
        "workspace_info",
    }
)

BUSY_TIMEOUT_MS = 10_000


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


def read_revision(path: Path, *, backup: bool = False) -> str | None:
    """The schema revision stamped in a database file, read without writing to it.

    A `backup` is read as immutable (nobody writes to it): no journal files are left beside it.
    """
    return _read_schema(path, backup=backup)[0]


def _read_schema(path: Path, *, backup: bool = False) -> tuple[str | None, set[str]]:
    """(the stamped schema revision, the tables) of a database file, read without writing to it."""
    if not is_sqlite_database(path):
        raise WorkspaceError(f"{path}: not a ChairDesk workspace (not an SQLite database)")
    uri = f"{path.resolve().as_uri()}?{'immutable=1' if backup else 'mode=ro'}"
    try:
        conn = sqlite3.connect(uri, uri=True)
        try:
            tables = {
                name
                for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                if tables:
                    raise WorkspaceError(f"{path}: not a ChairDesk workspace (no schema version)")
                return None, tables
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return (row[0] if row else None), tables
        finally:
            conn.close()
    except sqlite3.Error as exc:
        problem = problem_of(exc, path)
        if problem is not None:
            raise problem from exc
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
    backups: Path | None = None  # where its backups go: named when it must be restored
    # Why the file is damaged, once that is known (then nothing is written to it).
    damage: str | None = field(default=None, compare=False)

    _sessions: tuple[sessionmaker, sessionmaker] | None = field(
        default=None, init=False, repr=False, compare=False
    )
    _sessions_lock: threading.Lock = field(
        default_factory=threading.Lock, init=False, repr=False, compare=False
    )
    # Replaced whole, never changed in place: a writer on another thread reads it without a lock.
    _listeners: tuple[ChangeListener, ...] = field(
        default=(), init=False, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        # Through a weak reference, as the writers' listener: the engine's listeners must not
        # keep a closed workspace alive (see session_makers).
        me = weakref.ref(self)

        def on_error(context) -> Exception | None:  # noqa: ANN001 - SQLAlchemy's ExceptionContext
            workspace = me()
            return None if workspace is None else workspace._on_error(context)

        event.listen(self.engine, "handle_error", on_error)

    def _on_error(self, context) -> Exception | None:  # noqa: ANN001 - SQLAlchemy's ExceptionContext
        """SQLite's errors that are about the file become one sentence for people (see health.py)."""
        problem = problem_of(
            context.original_exception, self.path, expected_tables=HEAD_TABLES, revision=SCHEMA_HEAD
        )
        if isinstance(problem, WorkspaceDamaged):
            self.mark_damaged(problem.detail)
            return self.damaged_error()
        return problem

    def mark_damaged(self, detail: str) -> None:
        """Write nothing more to this file, now or in any later process, until it is restored."""
        if self.damage is None:
            self.damage = detail
            record_damage(self.path, detail)

    def damaged_error(self) -> WorkspaceDamaged:
        newest = next(iter(list_backups(self.backups, self.path)), None) if self.backups else None
        return WorkspaceDamaged(self.path, self.damage or "", newest.path if newest else None)

    def verify(self) -> str | None:
        """Read every page (SQLite's quick_check); a damaged file is marked so. The problem, or None."""
        found = quick_check(self.path)
        if found is not None:
            self.mark_damaged(found)
        return found

    def add_change_listener(self, listener: ChangeListener) -> None:
        """Call `listener(session, touched)` in each writing transaction that changes synced records.

        `touched` is {(table, record id)}; the call comes before the commit, in the same
        transaction. Adding a listener twice has no effect.
        """
        with self._sessions_lock:
            if listener not in self._listeners:
                self._listeners = (*self._listeners, listener)

    def remove_change_listener(self, listener: ChangeListener) -> None:
        with self._sessions_lock:
            self._listeners = tuple(known for known in self._listeners if known is not listener)

    def change_listeners(self) -> tuple[ChangeListener, ...]:
        return self._listeners

    def session_makers(self) -> tuple[sessionmaker, sessionmaker]:
        """(readers, writers), made on first use (the sync thread may be first)."""
        with self._sessions_lock:
            if self._sessions is None:
                from sqlalchemy.orm import sessionmaker

                from chairdesk.store.sync_tables import track_local_changes

                readers = sessionmaker(self.engine, expire_on_commit=False)
                writers = sessionmaker(
                    self.engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
                )
                # SQLAlchemy keeps a sessionmaker's listeners as long as its Session class lives,
                # and the class lives as long as the listeners hold this workspace: a weak
                # reference lets a closed workspace go (each one opened kept ~150 KB for good).
                me = weakref.ref(self)
                track_local_changes(writers, lambda: getattr(me(), "_listeners", ()))
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
        """A unit of work that writes: committed whole on success, rolled back on error.

        Refused (WorkspaceDamaged) once the file is known to be damaged, here or by another
        process: a write could spread the damage.
        """
        if self.damage is None:
            self.damage = recorded_damage(self.path)
        if self.damage is not None:
            raise self.damaged_error()
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
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WorkspaceError(
            f"cannot create the folder {path.parent} for the workspace ({exc.strerror or exc}): "
            "choose a folder of yours (--data-dir, or --workspace FILE)"
        ) from exc
    fresh = not path.exists() or path.stat().st_size == 0
    taken_backup: Path | None = None
    current = None
    damage = None
    if not fresh:
        current, tables = _read_schema(path)
        damage = recorded_damage(path)
        if current == SCHEMA_HEAD:
            missing = HEAD_TABLES - tables
            if missing:
                raise SchemaMismatch(path, current, f"it has no table {', '.join(sorted(missing))}")
            return Workspace(
                path=path, engine=create_workspace_engine(path), backups=backups, damage=damage
            )
        if current is not None and current not in known_revisions():
            raise NewerSchemaError(
                f"{path} was written by a newer version of ChairDesk (schema {current}); "
                "install the newer ChairDesk to open it. The file was left untouched."
            )
        if damage is not None:  # an upgrade writes: not into a damaged file
            raise WorkspaceDamaged(path, damage, next(iter(list_backups(backups, path)), None))
        if current != head_revision():
            try:
                taken_backup = backup_database(path, backups, reason=f"before-migration-{current}")
            except (OSError, sqlite3.Error) as exc:
                raise WorkspaceError(
                    f"{path} must be upgraded to this version of ChairDesk and is backed up first, but the "
                    f"backup could not be written in {backups} ({exc}); nothing was changed: make that "
                    "folder writable, or choose another data folder (--data-dir)"
                ) from exc
            log.info("backed up %s to %s before migrating", path, taken_backup)

    try:
        _bring_to_head(path, fresh)
    except Exception as exc:
        if taken_backup is not None:
            # The upgrade ran in one transaction, rolled back: the file is as it was, and a
            # copy of it per failed try would only crowd good backups out.
            taken_backup.unlink(missing_ok=True)
        raise _upgrade_problem(exc, path, current) from exc
    return Workspace(
        path=path, engine=create_workspace_engine(path), backup=taken_backup, backups=backups
    )


def _upgrade_problem(error: Exception, path: Path, revision: str | None) -> Exception:
    """What a failed creation or upgrade means for people (the error itself when it is a bug)."""
    if isinstance(error, WorkspaceError):
        return error
    original = getattr(error, "orig", None) or error
    problem = problem_of(original, path)
    if problem is not None:
        return problem
    if isinstance(original, sqlite3.OperationalError) and revision is not None:
        # "table sync_deferred already exists": the tables are not those of the stamped version.
        return SchemaMismatch(path, revision, str(original))
    return error


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
    backup, path = Path(backup), Path(path)
    if not backup.is_file():
        raise WorkspaceError(f"{backup}: no such backup file")
    if not is_sqlite_database(backup):
        raise WorkspaceError(f"{backup}: not a ChairDesk backup (not an SQLite database)")
    revision = read_revision(backup, backup=True)
    if revision is None or revision not in known_revisions():
        raise WorkspaceError(
            f"{backup}: cannot restore a backup of schema {revision or 'unknown'}; "
            "it was not made by this version of ChairDesk or an earlier one"
        )
    damaged_backup = quick_check(backup, backup=True)
    if damaged_backup is not None:
        raise WorkspaceError(f"{backup} is damaged ({damaged_backup}): restore another backup")
    safety = None
    if path.exists() and path.stat().st_size:
        damage = recorded_damage(path) or quick_check(path)
        if damage is None:
            safety = backup_database(path, backups, reason="before-restore")
        else:
            # Kept, not lost: the damaged file may still hold what the backup lacks.
            safety = set_aside_damaged(path, backups)
    copy_database(
        backup, path, replace=safety is not None and "damaged" in safety.name, from_backup=True
    )
    clear_damage(path)
    open_workspace(path, backups).close()  # migrate now if the backup is older
    return safety
