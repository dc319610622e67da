"""Backups of a workspace file with SQLite's online backup API.

A file copy of a live WAL database can miss committed pages still in the
-wal file; the backup API copies a consistent snapshot.

A damaged workspace is never copied among the backups as if it were good: the
daily backup reads the file first (SQLite's quick_check) and refuses, and the
retention counts only backups that pass the same check among the newest it
always keeps, so that damaged copies never crowd the good ones out. A damaged
workspace replaced by a restore is kept, as a backup named "damaged".
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from chairdesk.store.health import WorkspaceDamaged, quick_check, record_damage

BACKUP_SUFFIX = ".sqlite3"


def backup_database(source: Path, backups: Path, reason: str) -> Path:
    """Copy `source` into the folder `backups`; return the new backup's path."""
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    safe_reason = "".join(c if c.isalnum() or c in "-_" else "-" for c in reason)
    target = backups / f"{source.stem}-{stamp}-{safe_reason}{BACKUP_SUFFIX}"
    try:
        copy_database(source, target)
    except BaseException:
        target.unlink(missing_ok=True)  # half a copy must never pass for a backup
        raise
    return target


def copy_database(
    source: Path, target: Path, *, replace: bool = False, from_backup: bool = False
) -> None:
    """Copy a consistent snapshot of the database `source` over `target`.

    Into the open file, so that other connections see the new content, unless `target` is
    damaged beyond SQLite's reading (or `replace`): then the copy replaces the file whole.
    A source that is a backup (`from_backup`) is read as immutable: no journal files are
    left beside it.
    """
    if not replace:
        try:
            _backup(source, target, from_backup)
            return
        except sqlite3.DatabaseError as exc:
            if not (getattr(exc, "sqlite_errorname", "") or "").startswith(
                ("SQLITE_NOTADB", "SQLITE_CORRUPT")
            ):
                raise
    target = Path(target)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=BACKUP_SUFFIX, dir=target.parent)
    os.close(fd)
    try:
        _backup(source, Path(tmp), from_backup)
        # The journal of the file being replaced must not be applied to its replacement.
        for journal in ("-wal", "-shm"):
            Path(f"{target}{journal}").unlink(missing_ok=True)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _backup(source: Path, target: Path, from_backup: bool = False) -> None:
    mode = "immutable=1" if from_backup else "mode=ro"
    src = sqlite3.connect(f"{Path(source).resolve().as_uri()}?{mode}", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


DAMAGED_REASON = "damaged"


def set_aside_damaged(source: Path, backups: Path) -> Path:
    """Keep a copy of the damaged workspace `source` among the backups, named "damaged"."""
    try:
        return backup_database(source, backups, reason=DAMAGED_REASON)
    except sqlite3.Error:
        pass  # pages SQLite cannot read at all: the bytes as they are, journal included
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = backups / f"{source.stem}-{stamp}-{DAMAGED_REASON}{BACKUP_SUFFIX}"
    shutil.copyfile(source, target)
    if Path(f"{source}-wal").is_file():
        shutil.copyfile(f"{source}-wal", f"{target}-wal")
    return target


def is_sqlite_database(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


# -- the backups folder: what is in it, the daily backup, retention ------------------------------

DAILY_REASON = "daily"
KEEP_AT_LEAST = 3  # retention never deletes the newest few backups of a workspace

_BACKUP_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[A-Za-z0-9_-]+)"
    + re.escape(BACKUP_SUFFIX)
    + "$"
)


@dataclass(frozen=True)
class BackupFile:
    """A backup that ChairDesk made (its name says so), as a backups folder lists it."""

    path: Path
    workspace: str  # the stem of the workspace file it was made from
    made: datetime
    reason: str  # "daily", "manual", "before-restore", "before-migration-0001", ...
    size: int  # bytes


def parse_backup_name(path: Path) -> BackupFile | None:
    """The backup a file name describes, or None if ChairDesk did not name it."""
    match = _BACKUP_NAME.match(path.name)
    if not match:
        return None
    try:
        made = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S-%f")
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    return BackupFile(path, match["stem"], made, match["reason"], size)


def list_backups(backups: Path, workspace: Path | None = None) -> list[BackupFile]:
    """ChairDesk's backups in the folder (of one workspace if given), newest first.

    Only files named as ChairDesk names its backups and holding an SQLite
    database are listed; anything else in the folder is not ChairDesk's.
    """
    try:
        entries = list(Path(backups).iterdir())
    except OSError:
        return []
    found = []
    for entry in entries:
        backup = parse_backup_name(entry)
        if backup is None or not entry.is_file() or not is_sqlite_database(entry):
            continue
        if workspace is not None and backup.workspace != Path(workspace).stem:
            continue
        found.append(backup)
    return sorted(found, key=lambda b: b.made, reverse=True)


def backup_daily(source: Path, backups: Path, *, now: datetime | None = None) -> Path | None:
    """Back `source` up unless a backup of it made today is already in `backups`.

    Returns the new backup's path, or None when there was one already (or
    there is no workspace file yet). The file is read whole first: a damaged one is
    not copied (WorkspaceDamaged), and is noted as damaged.
    """
    now = now or datetime.now()
    source = Path(source)
    if not source.is_file() or source.stat().st_size == 0:
        return None
    made = list_backups(backups, source)
    if any(b.made.date() == now.date() for b in made):
        return None
    damage = quick_check(source)
    if damage is not None:
        record_damage(source, damage)
        raise WorkspaceDamaged(source, damage, made[0].path if made else None)
    return backup_database(source, backups, reason=DAILY_REASON)


def prune_backups(
    backups: Path,
    workspace: Path,
    keep_days: int,
    *,
    keep_at_least: int = KEEP_AT_LEAST,
    now: datetime | None = None,
) -> list[Path]:
    """Delete the workspace's backups older than `keep_days` days (0: keep all); return them.

    Only ChairDesk's own backups of this workspace are considered, and the
    newest `keep_at_least` good ones are always kept, however old: the newest are
    read (SQLite's quick_check) until that many pass, and none of them is deleted.
    """
    if keep_days <= 0:
        return []
    cutoff = (now or datetime.now()) - timedelta(days=keep_days)
    deleted = []
    found = list_backups(backups, workspace)
    good = kept = 0
    while kept < len(found) and good < keep_at_least:
        good += quick_check(found[kept].path, backup=True) is None
        kept += 1
    for backup in found[kept:]:
        if backup.made < cutoff:
            try:
                backup.path.unlink()
            except OSError:
                continue  # in use or read-only: tried again next time
            deleted.append(backup.path)
    return deleted
