"""What every command family shares: exit statuses, the one-line error, the workspace the
options name (opened, migrated, backed up for the day, attached to sync when it is linked).

The command modules (`chairdesk.cli`, `.records`, `.submissions`) import this one, never
each other.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from chairdesk.paths import backups_dir, data_dir, default_database

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_BAD_INPUT = 2

log = logging.getLogger("chairdesk")


class CommandError(Exception):
    """A failure to report in one line, with its exit status."""

    def __init__(self, message: str, status: int = EXIT_BAD_INPUT) -> None:
        super().__init__(message)
        self.status = status


def _paths(args: argparse.Namespace) -> tuple[Path, Path, Path]:
    """(data dir, workspace file, backups folder) from the options."""
    data = data_dir(args.data_dir)
    workspace = (
        Path(args.workspace).expanduser().resolve() if args.workspace else default_database(data)
    )
    return data, workspace, backups_dir(data)


# The damaged workspaces a reading command went on with: a warning once it is done (an
# error in the middle says it instead).
_read_damaged: list[Exception] = []


def _open(
    args: argparse.Namespace, daily_backup: bool = True, create: bool = False, writes: bool = False
):  # noqa: ANN202 - Workspace, imported lazily
    """The workspace the options name. Only the commands that bring records (`demo`, `import`,
    `sync link`) may `create` it: a command that reads says there is none, and makes nothing.

    A workspace known to be damaged is refused to a command that `writes`; one that reads
    goes on, after a warning (what it shows may be incomplete).
    """
    from chairdesk.store.database import WorkspaceError, open_workspace

    data, workspace, backups = _paths(args)
    existed = workspace.is_file() and workspace.stat().st_size > 0
    if not existed and not create:
        raise CommandError(_no_workspace(args, data, workspace))
    from chairdesk.sync.location import database_location_problem

    problem = database_location_problem(workspace)
    if problem is not None:
        raise CommandError(f"refusing to use {workspace}: {problem}")
    try:
        ws = open_workspace(workspace, backups)
    except WorkspaceError as exc:
        raise CommandError(str(exc)) from exc
    if ws.backup is not None:
        print(f"Upgraded the workspace; the previous version is backed up at {ws.backup}")
    if ws.damage is None:
        from chairdesk.sync.listener import attach_if_linked

        try:
            attach_if_linked(ws)  # an edit made here reaches the outbox in its own transaction
        except WorkspaceError as exc:
            ws.close()
            raise CommandError(str(exc)) from exc
    if daily_backup and existed:
        _backup_daily(ws, backups)
    if ws.damage is not None:
        damaged = ws.damaged_error()
        if writes:
            ws.close()
            raise CommandError(str(damaged))
        _read_damaged.append(damaged)
    return ws


def _no_workspace(args: argparse.Namespace, data: Path, workspace: Path) -> str:
    """Why there is nothing to read, and how to make a workspace there."""
    if args.workspace:
        where, option = f"{workspace}: no such workspace file", f"--workspace {workspace}"
    else:
        where, option = f"there is no ChairDesk workspace in {data}", f"--data-dir {data}"
    if workspace.is_file():  # an empty file: a creation that never finished
        where = f"{workspace} is empty, not a ChairDesk workspace"
    return (
        f"{where}. Check the folder's name; to start a workspace there, load the example "
        f"(`chairdesk {option} demo`), import a file (`chairdesk {option} import FILE.json`) "
        f"or join a shared folder (`chairdesk {option} sync link FOLDER`)."
    )


def _backup_daily(ws, backups: Path) -> None:  # noqa: ANN001 - a Workspace
    """The first use of a day backs the workspace up (old backups are pruned by the application,
    which knows the chosen retention). It reads the whole file first: a damaged one is not
    copied, and is marked damaged."""
    import sqlite3

    from chairdesk.store.backup import backup_daily
    from chairdesk.store.health import WorkspaceDamaged

    try:
        made = backup_daily(ws.path, backups)
    except WorkspaceDamaged as exc:
        ws.mark_damaged(exc.detail)
        return
    except (OSError, sqlite3.Error) as exc:
        print(
            f"chairdesk: warning: today's backup could not be made in {backups} ({exc})",
            file=sys.stderr,
        )
        return
    if made is not None:
        log.info("daily backup of %s at %s", ws.path, made)


def _group_id(session, acronym: str) -> str:  # noqa: ANN001 - a Session
    from chairdesk.store.queries import group_acronyms, group_by_acronym

    group = group_by_acronym(session, acronym) or group_by_acronym(session, acronym.upper())
    if group is None:
        known = group_acronyms(session)
        listed = ", ".join(known) if known else "none: the workspace has no working groups"
        raise CommandError(f"no working group {acronym!r} (known: {listed})")
    return group.id


def _meeting_id(session, wanted: str) -> str:  # noqa: ANN001 - a Session
    """A meeting by its id or a unique beginning of it (as `chairdesk meetings` prints them)."""
    from chairdesk.store.models import Meeting
    from chairdesk.store.queries import ids_starting_with

    wanted = wanted.strip().lower()
    if len(wanted) < 4:
        raise CommandError(f"meeting id {wanted!r} is too short; give at least four characters")
    found = ids_starting_with(session, Meeting, wanted)
    if not found:
        raise CommandError(
            f"no meeting with the id {wanted!r}; `chairdesk meetings --group ACRONYM` lists them"
        )
    if len(found) > 1:
        raise CommandError(
            f"{len(found)} meetings have ids starting with {wanted!r}; give more of the id"
        )
    return found[0]
