"""Whether a workspace file can be used, and the one sentence to say when it cannot.

SQLite reports a damaged page ("database disk image is malformed"), a file it may
not write, a folder it cannot keep its journal in, a full disk, with error codes;
`problem_of()` turns each into a WorkspaceError that names the file and says what
to do. The command line prints it (exit status 2), the application shows it in
the window; neither shows a traceback.

A damaged workspace is never written again, since a write could spread the damage,
until it is restored from a backup. The damage is remembered in a note beside the
file (`workspace.sqlite3.damaged.txt`, which says so in words), so that every later
command and the application know it without reading the whole file again. Finding
damage reads the whole file (`quick_check`), too slow for every start of a large
workspace: `check` does it, every daily backup does it first (it reads the whole
file anyway, and must not copy a damaged one), the application does it in the
background after opening a workspace, and SQLite reports the first damaged page
any query meets.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

log = logging.getLogger(__name__)

RESTORE_HINT = "restore it from a backup: `chairdesk restore BACKUP`, or File → Restore from Backup… in the application"


class WorkspaceError(Exception):
    """A workspace that cannot be opened or used, with a message for people."""


class WorkspaceDamaged(WorkspaceError):
    """The file's pages are damaged: it is read, never written, until it is restored."""

    def __init__(self, path: Path, detail: str, newest_backup: Path | None = None) -> None:
        self.path, self.detail, self.newest_backup = Path(path), detail, newest_backup
        newest = f" (the newest backup is {newest_backup})" if newest_backup else ""
        super().__init__(
            f"{path} is damaged ({detail}): ChairDesk will not write to it, so that nothing more is "
            f"lost; {RESTORE_HINT}{newest}. The restore keeps a copy of the damaged file."
        )


class WorkspaceReadOnly(WorkspaceError):
    """The file, or the folder SQLite keeps its journal in, cannot be written."""

    def __init__(self, path: Path, *, folder: bool) -> None:
        self.path, self.folder = Path(path), folder
        if folder:
            message = (
                f"ChairDesk cannot write in {self.path.parent}, the folder of {self.path.name}: it "
                "needs to, even to read it (SQLite keeps its journal beside the file). Make the folder "
                "writable, or copy the workspace to a folder of yours and open the copy "
                "(`chairdesk --workspace COPY …`)"
            )
        else:
            message = (
                f"{path} is read-only: ChairDesk can show it but cannot save changes to it. Make the "
                "file writable (its permissions or its immutable attribute), or copy it to a folder "
                "of yours and open the copy (`chairdesk --workspace COPY …`)"
            )
        super().__init__(message)


class SchemaMismatch(WorkspaceError):
    """The tables are not those its stamped schema version says."""

    def __init__(self, path: Path, revision: str | None, detail: str) -> None:
        self.path, self.revision, self.detail = Path(path), revision, detail
        super().__init__(
            f"{path}: its tables do not match its schema version {revision or '(none)'} ({detail}); "
            f"the file was left untouched. It was changed outside ChairDesk: {RESTORE_HINT}"
        )


class DiskProblem(WorkspaceError):
    """A full disk or an input/output error: nothing was written."""

    def __init__(self, path: Path, detail: str, *, full: bool) -> None:
        self.path, self.detail, self.full = Path(path), detail, full
        if full:
            message = f"the disk holding {path} is full: nothing was written; free some space and try again"
        else:
            message = (
                f"{path} could not be read or written ({detail}): nothing was written; check the "
                "disk, or the network drive it is on, and try again"
            )
        super().__init__(message)


def problem_of(
    error: BaseException,
    path: Path,
    *,
    expected_tables: frozenset[str] = frozenset(),
    revision: str | None = None,
) -> WorkspaceError | None:
    """The WorkspaceError an SQLite error means for the workspace at `path`, or None (a bug).

    `expected_tables`: the tables this version's schema has; SQLite's "no such table" about
    one of them means the file is not what its schema version says.
    """
    name = getattr(error, "sqlite_errorname", None) or ""
    detail = str(error)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
        return WorkspaceDamaged(path, f"SQLite: {detail}")
    if name.startswith("SQLITE_READONLY"):
        return WorkspaceReadOnly(path, folder=not folder_writable(Path(path).parent))
    if (
        name.startswith("SQLITE_CANTOPEN")
        and Path(path).exists()
        and not folder_writable(Path(path).parent)
    ):
        return WorkspaceReadOnly(path, folder=True)
    if name.startswith("SQLITE_FULL"):
        return DiskProblem(path, detail, full=True)
    if name.startswith("SQLITE_IOERR"):
        return DiskProblem(path, f"SQLite: {detail}", full=False)
    if (
        detail.startswith("no such table: ")
        and detail.removeprefix("no such table: ").strip() in expected_tables
    ):
        return SchemaMismatch(
            path, revision, f"it has no table {detail.removeprefix('no such table: ').strip()}"
        )
    return None


def folder_writable(folder: Path) -> bool:
    """Whether files can be created in `folder` (tried, not guessed from its permissions)."""
    try:
        with tempfile.TemporaryFile(dir=folder, prefix=".chairdesk-probe-"):
            return True
    except OSError:
        return False


def quick_check(path: Path, *, backup: bool = False) -> str | None:
    """SQLite's quick_check of the file (every page read, without writing): the first problem, or None.

    A `backup` is a file nobody writes to: it is read as immutable, which leaves no
    journal files beside it (a read-only connection to a WAL file would).
    """
    mode = "immutable=1" if backup else "mode=ro"
    try:
        conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?{mode}", uri=True)
    except sqlite3.Error as exc:
        return f"SQLite: {exc}"
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")):
            return f"SQLite: {exc}"
        raise
    finally:
        conn.close()
    problems = [line for (line,) in rows if line != "ok"]
    return f"SQLite's check: {problems[0]}" if problems else None


# -- the note that remembers the damage ------------------------------------------------------


def damage_note(path: Path) -> Path:
    return Path(path).with_name(Path(path).name + ".damaged.txt")


def record_damage(path: Path, detail: str) -> None:
    """Remember that the workspace at `path` is damaged (best effort: a read-only folder keeps no note)."""
    note = damage_note(path)
    try:
        note.write_text(
            f"ChairDesk found {Path(path).name} damaged on {datetime.now():%Y-%m-%d %H:%M}: {detail}\n"
            "It will not write to it until it is restored from a backup (`chairdesk restore BACKUP`, "
            "or File → Restore from Backup… in the application).\n",
            encoding="utf-8",
        )
    except OSError as exc:
        log.info("could not note the damage of %s: %s", path, exc)
    else:
        log.info("%s is damaged: %s", path, detail)  # info: the command line says it in words


def recorded_damage(path: Path) -> str | None:
    """The damage noted for the workspace at `path`, or None.

    A note older than the file itself (the file was replaced, by hand or by a restore
    from another program) is checked again: a file that now passes loses its note.
    """
    note = damage_note(path)
    try:
        noted = note.stat().st_mtime_ns
        text = note.read_text(encoding="utf-8").splitlines()[0]
    except (OSError, IndexError, UnicodeDecodeError):
        return None
    detail = text.partition(": ")[2] or text
    try:
        replaced = Path(path).stat().st_mtime_ns > noted
    except OSError:
        return detail
    if replaced:
        found = quick_check(path)
        if found is None:
            clear_damage(path)
            return None
        record_damage(path, found)  # dated anew: the next open need not read the file again
        return found
    return detail


def clear_damage(path: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        os.remove(damage_note(path))
