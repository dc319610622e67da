"""Backups of a workspace file with SQLite's online backup API.

A file copy of a live WAL database can miss committed pages still in the
-wal file; the backup API copies a consistent snapshot.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

BACKUP_SUFFIX = ".sqlite3"


def backup_database(source: Path, backups: Path, reason: str) -> Path:
    """Copy `source` into the folder `backups`; return the new backup's path."""
    backups.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    safe_reason = "".join(c if c.isalnum() or c in "-_" else "-" for c in reason)
    target = backups / f"{source.stem}-{stamp}-{safe_reason}{BACKUP_SUFFIX}"
    copy_database(source, target)
    return target


def copy_database(source: Path, target: Path) -> None:
    """Copy a consistent snapshot of the database `source` over `target`."""
    src = sqlite3.connect(f"{Path(source).resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def is_sqlite_database(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False
