"""Opening workspaces: creation, pragmas, migration with backup, refusal of newer files."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import func, select, text

from chairdesk.store.database import (
    NewerSchemaError,
    WorkspaceError,
    alembic_config,
    create_workspace_engine,
    head_revision,
    open_workspace,
    read_revision,
    restore_workspace,
)
from chairdesk.store.models import Base, Entity, WorkspaceInfo


def _make_old_workspace(path: Path, revision: str) -> None:
    engine = create_workspace_engine(path)
    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        conn.execute(
            text(
                "INSERT INTO entity (id, created_at, updated_at, deleted, acronym, name, kind) "
                "VALUES ('11111111-1111-4111-8111-111111111111', '2022-01-01 00:00:00', "
                "'2022-01-01 00:00:00', 0, 'UNICRI', 'UNICRI full name', 'un')"
            )
        )
    engine.dispose()


def test_schema_head_constant_matches_the_migrations_folder() -> None:
    from chairdesk.store.database import SCHEMA_HEAD

    assert head_revision() == SCHEMA_HEAD


def test_new_workspace_is_created_at_the_head_schema(data_dir: Path) -> None:
    ws = open_workspace(data_dir / "new.sqlite3", data_dir / "backups")
    try:
        assert ws.schema_revision() == head_revision()
        assert ws.backup is None
        assert not (data_dir / "backups").exists(), "a new file needs no backup"
    finally:
        ws.close()


def test_connections_enforce_foreign_keys_wal_and_busy_timeout(workspace) -> None:
    with workspace.read() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert session.execute(text("PRAGMA busy_timeout")).scalar() >= 5000


def test_migrations_build_exactly_the_models_schema(tmp_path: Path) -> None:
    """The migration chain and the models (used by create_all) never drift apart."""
    path = tmp_path / "migrated.sqlite3"
    _make_old_workspace(path, "head")
    engine = create_workspace_engine(path)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_older_workspace_is_backed_up_then_migrated(data_dir: Path) -> None:
    path = data_dir / "old.sqlite3"
    data_dir.mkdir(parents=True)
    _make_old_workspace(path, "0001")

    ws = open_workspace(path, data_dir / "backups")
    try:
        assert ws.schema_revision() == head_revision()
        with ws.read() as session:
            assert session.scalar(select(Entity.acronym)) == "UNICRI"
        with ws.transaction() as session:  # the new table works
            session.add(WorkspaceInfo(key="name", value="After migration"))
    finally:
        ws.close()

    assert ws.backup is not None and ws.backup.parent == data_dir / "backups"
    with sqlite3.connect(ws.backup) as backup:
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert backup.execute("SELECT acronym FROM entity").fetchall() == [("UNICRI",)]


def test_newer_workspace_is_refused_and_left_untouched(data_dir: Path) -> None:
    path = data_dir / "newer.sqlite3"
    data_dir.mkdir(parents=True)
    _make_old_workspace(path, "head")
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    before = path.read_bytes()

    with pytest.raises(NewerSchemaError, match="newer version of ChairDesk"):
        open_workspace(path, data_dir / "backups")

    assert path.read_bytes() == before
    assert not (data_dir / "backups").exists()


def test_a_file_that_is_not_a_database_is_refused(data_dir: Path) -> None:
    data_dir.mkdir(parents=True)
    path = data_dir / "notes.sqlite3"
    path.write_text("minutes of the meeting\n" * 100)
    with pytest.raises(WorkspaceError, match="not a ChairDesk workspace"):
        open_workspace(path, data_dir / "backups")
    assert path.read_text().startswith("minutes of the meeting")


def test_a_failed_unit_of_work_writes_nothing(workspace) -> None:
    with pytest.raises(RuntimeError), workspace.transaction() as session:
        session.add(Entity(acronym="UNOCT", name="Office of Counter-Terrorism", kind="un"))
        session.flush()
        raise RuntimeError("power cut")
    with workspace.read() as session:
        assert session.scalar(select(func.count()).select_from(Entity)) == 0


def test_restore_backs_up_the_current_state_first(workspace, data_dir: Path) -> None:
    from chairdesk.store.backup import backup_database

    with workspace.transaction() as session:
        session.add(Entity(acronym="UNOCT", name="Office of Counter-Terrorism", kind="un"))
    saved = backup_database(workspace.path, data_dir / "backups", reason="manual")
    with workspace.transaction() as session:
        session.add(
            Entity(
                acronym="CTED", name="Counter-Terrorism Committee Executive Directorate", kind="un"
            )
        )
    workspace.close()

    safety = restore_workspace(workspace.path, saved, data_dir / "backups")

    ws = open_workspace(workspace.path, data_dir / "backups")
    try:
        with ws.read() as session:
            assert sorted(session.scalars(select(Entity.acronym))) == ["UNOCT"]
    finally:
        ws.close()
    with sqlite3.connect(safety) as conn:
        assert sorted(r[0] for r in conn.execute("SELECT acronym FROM entity")) == ["CTED", "UNOCT"]


def test_restore_refuses_a_file_that_is_not_a_backup(
    workspace, data_dir: Path, tmp_path: Path
) -> None:
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"not a database at all")
    with pytest.raises(WorkspaceError, match="not an SQLite database"):
        restore_workspace(workspace.path, bogus, data_dir / "backups")


def test_head_tables_constant_matches_the_models() -> None:
    from chairdesk.store import sync_tables  # noqa: F401 - its tables are in Base.metadata
    from chairdesk.store.database import HEAD_TABLES

    assert set(Base.metadata.tables) == HEAD_TABLES


def test_an_upgrade_whose_backup_cannot_be_written_changes_nothing(data_dir: Path, request) -> None:
    from tests.test_workspace_file import read_only

    path = data_dir / "old.sqlite3"
    data_dir.mkdir(parents=True)
    _make_old_workspace(path, "0001")
    backups = data_dir / "backups"
    backups.mkdir()
    read_only(backups, request)
    before = path.read_bytes()

    with pytest.raises(
        WorkspaceError, match="backed up first, but the backup could not be written"
    ):
        open_workspace(path, backups)

    assert path.read_bytes() == before
    assert read_revision(path) == "0001"


def test_a_closed_workspace_is_freed(tmp_path) -> None:
    # A process that opens workspace after workspace (the application switching, a script)
    # kept every one of them, their engines and sessions, for good (~150 KB each).
    import gc
    import weakref

    ws = open_workspace(tmp_path / "workspace.sqlite3", tmp_path / "backups")
    with ws.transaction() as session:
        session.add(Entity(acronym="UNICRI", name="UNICRI", kind="un"))
    with ws.read() as session:
        assert session.scalars(select(Entity.acronym)).all() == ["UNICRI"]
    ws.close()
    gone = weakref.ref(ws)
    del ws, session
    gc.collect()
    assert gone() is None
