"""Today's backup when a workspace opens (File → Restore from Backup… is gui.dialogs.restore).

The daily backup runs off the UI thread (run_task) and then deletes the
workspace's backups older than the chosen retention (never the newest few,
never a file ChairDesk did not name).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import NamedTuple

from chairdesk.gui.qt import (
    QCoreApplication,
    QWidget,
)
from chairdesk.gui.settings import backup_folder, retention_days
from chairdesk.gui.tasks import Task, run_task
from chairdesk.store.backup import (
    backup_daily,
    prune_backups,
)
from chairdesk.store.health import WorkspaceDamaged, quick_check, record_damage

log = logging.getLogger(__name__)


class DailyBackup(NamedTuple):
    workspace: Path
    made: Path | None  # today's backup, if it was made now
    deleted: list[Path]  # old backups the retention deleted
    damage: (
        str | None
    )  # what SQLite's check found wrong with the workspace (then nothing else is done)


def start_daily_backup(
    parent: QWidget, workspace: Path, default_folder: Path | None = None
) -> Task:
    """Check the whole workspace file, make today's backup if there is none yet, then apply the retention.

    The task's `succeeded` carries a DailyBackup. A damaged workspace is noted as such (see
    chairdesk.store.health), neither copied nor the occasion to delete any backup. The task
    shows no dialog: the workspace stays in use while it runs (SQLite's backup API reads a
    consistent copy while edits go on), and the caller says what is going on.
    """
    folder = backup_folder(default_folder)
    keep_days = retention_days()

    def work(progress):  # noqa: ANN001, ANN202
        progress(0, 0, QCoreApplication.translate("backups", "Backing up the workspace…"))
        # Read every page once the window is up: too slow to wait for at start on a large
        # workspace, and what keeps a damaged file from being written to (or backed up).
        damage = quick_check(workspace)
        if damage is not None:
            record_damage(workspace, damage)
            return DailyBackup(workspace, None, [], damage)
        try:
            made = backup_daily(workspace, folder)
        except WorkspaceDamaged as exc:  # damaged in the meantime
            return DailyBackup(workspace, None, [], exc.detail)
        deleted = prune_backups(folder, workspace, keep_days)
        if made or deleted:
            log.info("daily backup %s; %d old backups deleted from %s", made, len(deleted), folder)
        return DailyBackup(workspace, made, deleted, None)

    return run_task(
        parent,
        QCoreApplication.translate("backups", "Backing up the workspace…"),
        work,
        dialog=False,
    )
