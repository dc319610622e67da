"""The daily backup and its retention: one a day, old ones go, the newest few and others' files stay."""

from __future__ import annotations

import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from chairdesk.store.backup import (
    KEEP_AT_LEAST,
    backup_daily,
    backup_database,
    list_backups,
    prune_backups,
)
from chairdesk.store.database import Workspace
from tests.test_workspace_file import damage_page_of

NOW = datetime(2026, 3, 10, 9, 30)


def _aged(backups: Path, workspace: Path, days_ago: int, reason: str = "daily") -> Path:
    """A backup of `workspace` named as if made `days_ago` days before NOW."""
    made = NOW - timedelta(days=days_ago)
    target = backups / f"{workspace.stem}-{made:%Y%m%d-%H%M%S-%f}-{reason}.sqlite3"
    backups.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(workspace, target)
    return target


def test_first_opening_of_the_day_backs_up_and_the_second_does_not(
    workspace: Workspace, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    first = backup_daily(workspace.path, backups)
    assert first is not None and first.is_file()
    assert backup_daily(workspace.path, backups) is None
    (listed,) = list_backups(backups, workspace.path)
    assert listed.path == first and listed.reason == "daily" and listed.size > 0


def test_a_backup_from_yesterday_does_not_count_for_today(
    workspace: Workspace, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    _aged(backups, workspace.path, days_ago=1)
    assert backup_daily(workspace.path, backups, now=datetime.now()) is not None
    assert len(list_backups(backups, workspace.path)) == 2


def test_retention_deletes_old_backups_but_keeps_the_newest_few(
    workspace: Workspace, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    recent = [_aged(backups, workspace.path, d) for d in (0, 3, 6)]
    old = [_aged(backups, workspace.path, d) for d in (40, 50, 400)]

    deleted = prune_backups(backups, workspace.path, keep_days=30, now=NOW)

    assert sorted(deleted) == sorted(old)
    assert all(p.exists() for p in recent) and not any(p.exists() for p in old)


def test_retention_keeps_the_newest_even_when_all_are_old(
    workspace: Workspace, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    ages = (100, 200, 300, 400, 500)
    made = {d: _aged(backups, workspace.path, d) for d in ages}

    prune_backups(backups, workspace.path, keep_days=7, now=NOW)

    kept = [d for d in ages if made[d].exists()]
    assert kept == list(ages[:KEEP_AT_LEAST])


def test_retention_zero_keeps_everything(workspace: Workspace, tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    for d in (10, 100, 1000, 2000):
        _aged(backups, workspace.path, d)
    assert prune_backups(backups, workspace.path, keep_days=0, now=NOW) == []
    assert len(list_backups(backups, workspace.path)) == 4


def test_retention_touches_only_chairdesks_own_backups_of_this_workspace(
    workspace: Workspace, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    for d in (1, 2, 3):
        _aged(backups, workspace.path, d)
    # Someone else's files, and files that only look like ours.
    notes = backups / "notes.txt"
    notes.write_text("mine")
    not_sqlite = backups / f"{workspace.path.stem}-20200101-000000-000000-daily.sqlite3"
    not_sqlite.write_text("not a database")
    renamed = backups / "old copy of the workspace.sqlite3"
    shutil.copyfile(workspace.path, renamed)
    other_workspace = tmp_path / "other.sqlite3"
    shutil.copyfile(workspace.path, other_workspace)
    others = [_aged(backups, other_workspace, d) for d in (90, 91, 92, 93)]
    mine_old = _aged(backups, workspace.path, 365)

    deleted = prune_backups(backups, workspace.path, keep_days=30, now=NOW)

    assert deleted == [mine_old]
    assert notes.exists() and not_sqlite.exists() and renamed.exists()
    assert all(p.exists() for p in others)


def test_manual_and_migration_backups_are_listed_with_their_reason(
    workspace: Workspace, tmp_path: Path
) -> None:
    backups = tmp_path / "backups"
    backup_database(workspace.path, backups, reason="manual")
    backup_database(workspace.path, backups, reason="before-migration-0002")
    reasons = {b.reason for b in list_backups(backups, workspace.path)}
    assert reasons == {"manual", "before-migration-0002"}


def test_retention_never_deletes_good_backups_because_of_damaged_ones(
    workspace: Workspace, tmp_path: Path
) -> None:
    """The newest backups are damaged copies: the good ones behind them are what is kept."""
    backups = tmp_path / "backups"
    good = [_aged(backups, workspace.path, d) for d in (40, 50, 60, 70)]
    damaged = [_aged(backups, workspace.path, d) for d in (1, 2, 35, 80)]
    for path in damaged:
        damage_page_of(path, "entity")

    prune_backups(backups, workspace.path, keep_days=30, now=NOW)

    assert [p.exists() for p in good] == [True] * KEEP_AT_LEAST + [False]
    assert [p.exists() for p in damaged] == [True, True, True, False], (
        "the newest are kept until three good ones are among them; older ones go by age"
    )
    assert not list(backups.glob("*-wal")) and not list(backups.glob("*-shm")), (
        "reading left no journal"
    )


def test_the_daily_backup_does_not_copy_a_damaged_workspace(
    tmp_path: Path, small_file: Path
) -> None:
    from chairdesk.store.database import open_workspace
    from chairdesk.store.health import WorkspaceDamaged, damage_note
    from chairdesk.store.interchange import import_workspace, read_workspace_file

    path, backups = tmp_path / "workspace.sqlite3", tmp_path / "backups"
    ws = open_workspace(path, backups)
    with ws.transaction() as session:
        import_workspace(session, read_workspace_file(small_file))
    ws.close()
    damage_page_of(path, "meeting")

    with pytest.raises(WorkspaceDamaged, match="is damaged"):
        backup_daily(path, backups)
    assert list_backups(backups, path) == []
    assert damage_note(path).is_file(), "remembered, so that nothing writes to it"
    ws = open_workspace(path, backups)
    with pytest.raises(WorkspaceDamaged), ws.transaction():
        pass
    ws.close()
