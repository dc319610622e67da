"""File → Restore from Backup…: the workspace's backups, newest first, and the restore.

Restoring backs the current state up first (chairdesk.store.database.restore_workspace), then
reopens the workspace; today's backup itself is chairdesk.gui.backups."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from chairdesk.gui.controller import AppController
from chairdesk.gui.formatting import fmt_datetime, fmt_number
from chairdesk.gui.forms import load_form
from chairdesk.gui.models import SORT_ROLE, RowsModel, newest_first
from chairdesk.gui.qt import (
    QCoreApplication,
    QDialog,
    QFileDialog,
    QLabel,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from chairdesk.gui.settings import backup_folder
from chairdesk.gui.tasks import Task, run_task
from chairdesk.store.backup import (
    BackupFile,
    list_backups,
    parse_backup_name,
)


def size_text(size: int) -> str:
    if size >= 1_000_000:
        return QCoreApplication.translate("backups", "{n} MB").format(
            n=fmt_number(round(size / 1_000_000, 1))
        )
    return QCoreApplication.translate("backups", "{n} KB").format(
        n=fmt_number(max(1, round(size / 1000)))
    )


class BackupsModel(RowsModel[BackupFile]):
    """A workspace's backups: when, why, how big."""

    COLUMNS = ("made", "reason", "size")

    def headers(self) -> dict[str, str]:
        return {"made": self.tr("Made"), "reason": self.tr("Why"), "size": self.tr("Size")}

    def reason_text(self, reason: str) -> str:
        if reason == "daily":
            return self.tr("Daily backup")
        if reason == "manual":
            return self.tr("Made by hand")
        if reason == "before-restore":
            return self.tr("Before a restore")
        if reason.startswith("before-migration"):
            return self.tr("Before an upgrade of ChairDesk")
        return reason

    def cell(self, backup: BackupFile, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "made":
                return fmt_datetime(backup.made)
            if column == "reason":
                return self.reason_text(backup.reason)
            return size_text(backup.size)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(backup.path)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "size":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == SORT_ROLE:
            if column == "made":
                return backup.made.isoformat()
            return backup.size if column == "size" else self.reason_text(backup.reason)
        return None


class BackupFileDialog:
    """The file choice for "Other File…", behind a classmethod that tests replace."""

    @classmethod
    def ask(cls, parent: QWidget, start: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("RestoreDialog", "Restore from a Backup File"),
            start,
            QCoreApplication.translate(
                "RestoreDialog", "ChairDesk backups (*.sqlite3);;All files (*)"
            ),
        )
        return Path(name) if name else None


class RestoreDialog(QDialog):
    """The workspace's backups, newest first; Restore replaces the workspace by the chosen one."""

    restored = Signal(object)  # the safety backup of the state before (a Path, or None)

    def __init__(
        self,
        controller: AppController,
        default_folder: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.resize(680, 440)
        self.controller = controller
        self.default_folder = default_folder
        self._tasks: list[Task] = []
        form = load_form("restore_dialog.ui", self)
        QVBoxLayout(self).addWidget(form)
        self.table: QTableView = form.findChild(QTableView, "backupsTable")
        self.restore_button: QPushButton = form.findChild(QPushButton, "restoreButton")
        self.other_file_button: QPushButton = form.findChild(QPushButton, "otherFileButton")
        self.message_label: QLabel = form.findChild(QLabel, "messageLabel")
        form.findChild(QPushButton, "closeButton").clicked.connect(self.close)

        self.model = BackupsModel(self)
        self.proxy = newest_first(self.table, self.model, stretch_column=1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.restore_button.clicked.connect(self.restore_selected)
        self.other_file_button.clicked.connect(self.restore_other_file)
        self.refresh()

    def folders(self) -> list[Path]:
        """The chosen backup folder, and the default one (backups before upgrades go there)."""
        chosen = backup_folder(self.default_folder)
        return list(dict.fromkeys(f for f in (chosen, self.default_folder) if f is not None))

    def refresh(self) -> None:
        workspace = self.controller.workspace.path
        found = {b.path: b for folder in self.folders() for b in list_backups(folder, workspace)}
        self.model.set_rows(sorted(found.values(), key=lambda b: b.made, reverse=True))
        if not found:
            self.message_label.setText(self.tr("There are no backups of this workspace yet."))
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = bool(self._tasks)
        self.restore_button.setEnabled(self.table.selectionModel().hasSelection() and not busy)
        self.other_file_button.setEnabled(not busy)

    def selected_backup(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row()) if rows else None

    def restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is not None:
            self.restore(backup.path)

    def restore_other_file(self) -> None:
        path = BackupFileDialog.ask(self, str(self.folders()[0]))
        if path is not None:
            self.restore(path)

    def restore(self, backup: Path) -> None:
        """Replace the workspace by `backup` off the UI thread, then reopen it."""
        from chairdesk.store.database import restore_workspace

        runner = getattr(self.parent(), "sync_runner", None)
        if runner is not None:
            runner.wait()  # a sync round under way ends before the file is replaced
        workspace = self.controller.workspace
        path = workspace.path
        folder = backup_folder(self.default_folder)
        workspace.close()  # no pooled connection of ours stays open on the file being replaced

        def work(progress):  # noqa: ANN001, ANN202
            progress(0, 0, self.tr("Restoring the workspace…"))
            return restore_workspace(path, backup, folder)

        self.message_label.clear()
        task = run_task(self, self.tr("Restoring the workspace…"), work)
        self._tasks.append(task)
        task.succeeded.connect(lambda safety: self._restored(backup, safety))
        task.failed.connect(lambda message, _details: self.message_label.setText(message))
        task.finished.connect(lambda: (self._tasks.remove(task), self._update_buttons()))
        self._update_buttons()

    def _restored(self, backup: Path, safety: Path | None) -> None:
        from chairdesk.store.database import WorkspaceError, open_workspace

        path = self.controller.workspace.path
        try:
            reopened = open_workspace(path, backup_folder(self.default_folder))
        except WorkspaceError as exc:
            self.message_label.setText(str(exc))
            return
        self.controller.set_workspace(reopened)
        self.controller.reload()
        made = parse_backup_name(backup)
        when = fmt_datetime(made.made) if made else backup.name
        text = self.tr("The workspace is restored from the backup of {when}.").format(when=when)
        if safety is not None:
            text += " " + self.tr("The state before is backed up too, and listed here.")
        self.message_label.setText(text)
        self.refresh()
        self.restored.emit(safety)

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        if self._tasks:  # a restore in progress finishes first
            event.ignore()
            return
        super().closeEvent(event)
