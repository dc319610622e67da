"""The Sync view: link the workspace to a shared folder and see how the sharing goes.

The view only shows and asks; the rounds themselves belong to the SyncRunner of
the main window, which runs them whether or not this view is open.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from chairdesk.gui.controller import AppController
from chairdesk.gui.formatting import fmt_datetime
from chairdesk.gui.forms import load_form
from chairdesk.gui.models import SORT_ROLE, RowsModel
from chairdesk.gui.qt import (
    QCheckBox,
    QCoreApplication,
    QDesktopServices,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QInputDialog,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSettings,
    QShortcut,
    QSortFilterProxyModel,
    Qt,
    QTableView,
    QUrl,
    QVBoxLayout,
    QWidget,
)
from chairdesk.gui.sync_runner import SyncRunner
from chairdesk.gui.tasks import run_task
from chairdesk.sync.device import default_device_name


log = logging.getLogger(__name__)

class _RowsModel(RowsModel):
    """A read-only table of small records, one attribute per column."""

    def display(self, row: Any, column: str) -> str:
        value = getattr(row, column, None)
        if isinstance(value, datetime):
            return fmt_datetime(_local(value))
        return "" if value is None else str(value)

    def cell(self, row: Any, column: str, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(row, column)
        if role == SORT_ROLE:
            value = getattr(row, column, None)
            if isinstance(value, datetime):
                return value.timestamp()
            return "" if value is None else str(value)
        return None


class DevicesModel(_RowsModel):
    """The laptops whose files this one has read, and when each last wrote."""

    COLUMNS = ("name", "device_id", "files", "last_activity")

    def headers(self) -> dict[str, str]:
        return {
            "name": self.tr("Laptop"),
            "device_id": self.tr("Device id"),
            "files": self.tr("Files"),
            "last_activity": self.tr("Last change received"),
        }

    def display(self, row: Any, column: str) -> str:
        if column == "name":
            name = getattr(row, "name", None) or self.tr("(unnamed)")
            return self.tr("{name} (this laptop)").format(name=name) if getattr(row, "this_device", False) else name
        if column == "device_id":
            return str(getattr(row, "device_id", ""))[:8]
        if column == "files" and getattr(row, "this_device", False):
            return ""  # counts the files received from a laptop
        return super().display(row, column)


class QuarantineModel(_RowsModel):
    """Files that stayed unreadable: set aside, never deleted, never applied."""

    COLUMNS = ("path", "reason", "first_seen")

    def headers(self) -> dict[str, str]:
        return {"path": self.tr("File"), "reason": self.tr("Why"), "first_seen": self.tr("Since")}

    def display(self, row: Any, column: str) -> str:
        if column == "path":
            return Path(str(getattr(row, "path", ""))).name
        return super().display(row, column)


class SetAsideModel(_RowsModel):
    """Records other laptops sent that this one keeps aside: which, why, from where, since when."""

    COLUMNS = ("record", "state", "reason", "source")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.device_names: dict[str, str] = {}

    def headers(self) -> dict[str, str]:
        return {
            "record": self.tr("Record"),
            "state": self.tr("State"),
            "reason": self.tr("Why"),
            "source": self.tr("From"),
        }

    def table_name(self, table: str) -> str:
        names = {
            "entity": self.tr("Entity"),
            "working_group": self.tr("Working group"),
            "membership": self.tr("Membership"),
            "contact": self.tr("Focal point"),
            "rotation_plan": self.tr("Rotation plan"),
            "rotation_slot": self.tr("Rotation turn"),
            "chair_term": self.tr("Chair term"),
            "work_plan": self.tr("Work plan"),
            "output": self.tr("Output"),
            "activity": self.tr("Activity"),
            "activity_entity": self.tr("Activity's entity"),
            "progress_update": self.tr("Progress update"),
            "meeting": self.tr("Meeting"),
            "agenda_item": self.tr("Agenda item"),
            "attendance": self.tr("Attendance"),
            "decision": self.tr("Decision"),
            "action_item": self.tr("Action item"),
            "agenda_template": self.tr("Agenda template"),
            "template_item": self.tr("Template item"),
            "narrative": self.tr("Narrative"),
        }
        return names.get(table, table)

    def display(self, row: Any, column: str) -> str:
        if column == "record":
            what = self.table_name(row.table)
            if row.label:
                return self.tr("{what} “{label}”").format(what=what, label=row.label)
            return self.tr("{what} {id}").format(what=what, id=str(row.record_id)[:8])
        if column == "state":
            return self.tr("Waiting") if row.waiting else self.tr("Not applied")
        if column == "reason":  # in English, as ChairDesk's rules word it (like a file's reason)
            return f"{row.field}: {row.reason}" if row.field else row.reason
        if column == "source":
            laptop = self.device_names.get(row.device_id or "")
            file = Path(row.file).name if row.file else ""
            if laptop and file:
                return self.tr("{laptop} ({file})").format(laptop=laptop, file=file)
            return laptop or file
        return super().display(row, column)

    def cell(self, row: Any, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == "record" and getattr(row, "since", None):
            return self.tr("{record}, set aside since {since}").format(
                record=self.display(row, column), since=fmt_datetime(_local(row.since)))
        if role == Qt.ItemDataRole.ToolTipRole and column == "state":
            if row.waiting:
                return self.tr("It refers to a record this laptop does not have yet; it is applied when that "
                               "arrives.")
            return self.tr("This version of ChairDesk cannot apply it. It is kept, and applied once ChairDesk "
                           "is updated, or once a laptop corrects it.")
        return super().cell(row, column, role)


class SyncView(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None, runner: SyncRunner | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.runner = runner if runner is not None else SyncRunner(controller, self)
        self._tasks: list[object] = []
        self.form = load_form("sync_view.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)

        find = self.form.findChild
        self.message_label: QLabel = find(QLabel, "messageLabel")
        self.link_box: QGroupBox = find(QGroupBox, "linkBox")
        self.state_box: QGroupBox = find(QGroupBox, "stateBox")
        self.device_name_edit: QLineEdit = find(QLineEdit, "deviceNameEdit")
        self.passphrase_edit: QLineEdit = find(QLineEdit, "passphraseEdit")
        self.remember_check: QCheckBox = find(QCheckBox, "rememberCheck")
        self.link_button: QPushButton = find(QPushButton, "linkButton")
        self.folder_label: QLabel = find(QLabel, "folderLabel")
        self.state_label: QLabel = find(QLabel, "stateLabel")
        self.device_label: QLabel = find(QLabel, "deviceLabel")
        self.rename_device_button: QPushButton = find(QPushButton, "renameDeviceButton")
        self.encryption_label: QLabel = find(QLabel, "encryptionLabel")
        self.last_round_label: QLabel = find(QLabel, "lastRoundLabel")
        self.pending_label: QLabel = find(QLabel, "pendingLabel")
        self.sync_now_button: QPushButton = find(QPushButton, "syncNowButton")
        self.open_folder_button: QPushButton = find(QPushButton, "openFolderButton")
        self.unlink_button: QPushButton = find(QPushButton, "unlinkButton")
        self.devices_table: QTableView = find(QTableView, "devicesTable")
        self.quarantine_table: QTableView = find(QTableView, "quarantineTable")
        self.set_aside_table: QTableView = find(QTableView, "setAsideTable")

        self.devices_model = DevicesModel(self)
        self.quarantine_model = QuarantineModel(self)
        self.set_aside_model = SetAsideModel(self)
        for table, model in ((self.devices_table, self.devices_model), (self.quarantine_table, self.quarantine_model),
                             (self.set_aside_table, self.set_aside_model)):
            proxy = QSortFilterProxyModel(self)
            proxy.setSourceModel(model)
            proxy.setSortRole(SORT_ROLE)
            table.setModel(proxy)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        # A reason can be long: it takes the room left, on as many lines as it needs.
        for table, model in ((self.quarantine_table, self.quarantine_model), (self.set_aside_table, self.set_aside_model)):
            header = table.horizontalHeader()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(model.column("reason"), QHeaderView.ResizeMode.Stretch)
            table.setWordWrap(True)
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for table, model, column in ((self.quarantine_table, self.quarantine_model, "path"),
                                     (self.set_aside_table, self.set_aside_model, "record"),
                                     (self.set_aside_table, self.set_aside_model, "source")):
            index = model.column(column)
            table.horizontalHeader().setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
            model.modelReset.connect(lambda table=table, index=index: _fit_column(table, index))

        self.device_name_edit.setText(QSettings().value("sync/deviceName", "") or default_device_name())
        self.link_button.clicked.connect(self.choose_folder)
        self.sync_now_button.clicked.connect(self.sync_now)
        self.open_folder_button.clicked.connect(self._open_folder)
        self.unlink_button.clicked.connect(self.unlink)
        self.rename_device_button.clicked.connect(self.rename_device)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.sync_now)

        self.runner.statusChanged.connect(self._show_status)
        self.runner.roundStarted.connect(self._on_round_started)
        self.runner.roundFinished.connect(self._on_round_finished)
        self.runner.roundFailed.connect(self._show_error)
        self._last_report: Any = None
        self._show_status(self.runner.status)
        if self.runner.status is None:
            self.runner.refresh()

    # -- showing -----------------------------------------------------------------------------

    def _show_error(self, message: str) -> None:
        self.message_label.setText(message)
        self.message_label.setVisible(bool(message))

    def _show_status(self, status: Any) -> None:
        linked = bool(getattr(status, "folder", None))
        self.link_box.setVisible(not linked)
        self.state_box.setVisible(linked)
        self.devices_table.parentWidget().setVisible(linked)
        self.quarantine_table.parentWidget().setVisible(linked)
        # Shown when there is something to show: usually there is not.
        self.set_aside_table.parentWidget().setVisible(linked and bool(getattr(status, "set_aside", None)))
        if not linked:
            self.devices_model.set_rows([])
            self.quarantine_model.set_rows([])
            self.set_aside_model.set_rows([])
            return
        self.folder_label.setText(str(status.folder))
        if not getattr(status, "online", True):
            self.state_label.setText(self.tr("Offline: the folder cannot be reached. Your changes are kept and "
                                             "sent when it is back; ChairDesk keeps trying."))
        elif self.runner.busy:
            self.state_label.setText(self.tr("Syncing…"))
        else:
            self.state_label.setText(self.tr("Online"))
        name = getattr(status, "device_name", None) or self.tr("(unnamed)")
        self.device_label.setText(self.tr("{name} · device {id}").format(name=name, id=str(status.device_id)[:8]))
        encryption = (self.tr("On: files in the folder are encrypted with the workspace passphrase")
                      if getattr(status, "encrypted", False) else self.tr("Off"))
        if getattr(self, "_not_remembered", False) and getattr(status, "encrypted", False):
            encryption += " " + self.tr("(not remembered: there is no keychain on this computer, so the "
                                        "passphrase is asked for again when ChairDesk starts)")
        self.encryption_label.setText(encryption)
        last = getattr(status, "last_round", None)
        text = fmt_datetime(_local(last)) if last else self.tr("none yet")
        if self._last_report is not None:
            text += " — " + self.report_text(self._last_report)
        self.last_round_label.setText(text)
        pending = int(getattr(status, "pending", 0) or 0)
        self.pending_label.setText(self.tr("%n change(s)", "", pending) if pending else self.tr("nothing"))
        self.devices_model.set_rows(list(getattr(status, "devices", []) or []))
        self.quarantine_model.set_rows(list(getattr(status, "quarantined", []) or []))
        self.set_aside_model.device_names = {d.device_id: d.name for d in self.devices_model.rows() if d.name}
        self.set_aside_model.set_rows(list(getattr(status, "set_aside", []) or []))
        self.sync_now_button.setEnabled(not self.runner.busy)

    def report_text(self, report: Any) -> str:
        parts = [
            self.tr("sent %n", "", int(getattr(report, "sent", 0) or 0)),
            self.tr("received %n", "", int(getattr(report, "received", 0) or 0)),
        ]
        skipped = int(getattr(report, "skipped", 0) or 0)
        if skipped:
            parts.append(self.tr("%n still arriving", "", skipped))
        quarantined = int(getattr(report, "quarantined", 0) or 0)
        if quarantined:
            parts.append(self.tr("%n file(s) set aside", "", quarantined))
        set_aside = int(getattr(report, "set_aside", 0) or 0)
        if set_aside:
            parts.append(self.tr("%n record(s) set aside", "", set_aside))
        return ", ".join(parts)

    def _on_round_started(self) -> None:
        self.sync_now_button.setEnabled(False)
        if self.state_box.isVisible():
            self.state_label.setText(self.tr("Syncing…"))

    def _on_round_finished(self, report: Any) -> None:
        self._last_report = report
        self._show_error("")

    # -- actions -----------------------------------------------------------------------------

    def sync_now(self) -> None:
        self._show_error("")
        self.runner.request_round(full_scan=True)

    def _open_folder(self) -> None:
        folder = getattr(self.runner.status, "folder", None)
        if folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def choose_folder(self) -> None:
        start = QSettings().value("sync/lastFolder", "") or str(Path.home())
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the Shared Folder"), start)
        if folder:
            self.link(Path(folder))

    def link(self, folder: Path, *, add_local: bool = False) -> None:
        """Create or join the shared workspace in `folder` (off the UI thread: it may be slow)."""
        from chairdesk.sync import service

        name = self.device_name_edit.text().strip() or default_device_name()
        passphrase = self.passphrase_edit.text() or None
        workspace = self.controller.workspace
        QSettings().setValue("sync/deviceName", name)
        QSettings().setValue("sync/lastFolder", str(folder))
        self._show_error("")

        def work(progress):  # noqa: ANN001, ANN202
            progress(0, 0, self.tr("Linking to {folder}…").format(folder=folder))
            try:
                return service.link(workspace, folder, device_name=name, passphrase=passphrase,
                                    add_local=add_local)
            except service.WouldAddLocalRecords as refused:
                return refused  # a question for the chair, asked on the UI thread

        task = run_task(self, self.tr("Linking to the shared folder…"), work)
        self._tasks.append(task)
        task.succeeded.connect(lambda result: self._link_answered(folder, result, passphrase))
        task.failed.connect(lambda message, _details: self._show_error(message))
        task.finished.connect(lambda: self._tasks.remove(task))

    def join_question(self, refused: Any) -> str:
        return self.tr("The shared folder holds the workspace “{name}”, and this workspace has "
                       "%n working group(s) of its own.", "", refused.groups).format(name=refused.shared_name)

    def _link_answered(self, folder: Path, result: Any, passphrase: str | None) -> None:
        from chairdesk.sync import service

        if not isinstance(result, service.WouldAddLocalRecords):
            self._linked(passphrase)
            return
        if JoinQuestion.add_local(self, result):
            self.link(folder, add_local=True)
        else:
            self._show_error(self.tr(
                "Not linked. To take part in the shared workspace “{name}” without adding this "
                "workspace's records, join it from a new, empty workspace (File → New Workspace)."
            ).format(name=result.shared_name))

    def _linked(self, passphrase: str | None) -> None:
        if passphrase and self.remember_check.isChecked():
            self._remember(passphrase)
        self.runner.passphrase = passphrase
        self.passphrase_edit.clear()
        self.runner.refresh()
        self.runner.request_round()

    def _remember(self, passphrase: str) -> None:
        stored = False
        try:
            from chairdesk.sync import crypto, service

            workspace_id = getattr(service.status(self.controller.workspace), "workspace_id", None)
            if workspace_id:
                stored = crypto.store_passphrase(workspace_id, passphrase)
        except Exception:  # noqa: BLE001 - no keychain: the passphrase is asked again next time
            log.info("passphrase not remembered", exc_info=True)
        # Said where the encryption is shown, for as long as this view lives: not silently dropped.
        self._not_remembered = not stored
        self._show_status(self.runner.status)

    def rename_device(self) -> None:
        """Ask for this laptop's new name and announce it to the others (off the UI thread:
        a round under way holds the workspace for a moment)."""
        from chairdesk.sync import service

        current = getattr(self.runner.status, "device_name", "") or ""
        name = DeviceNameDialog.ask(self, current)
        if name is None or name.strip() == current:
            return
        workspace = self.controller.workspace
        self._show_error("")

        def work(progress):  # noqa: ANN001, ANN202
            progress(0, 0, self.tr("Renaming this laptop…"))
            return service.rename_device(workspace, name)

        task = run_task(self, self.tr("Renaming this laptop…"), work, dialog=False)
        self._tasks.append(task)
        task.succeeded.connect(self._renamed)
        task.failed.connect(lambda message, _details: self._show_error(message))
        task.finished.connect(lambda: self._tasks.remove(task))

    def _renamed(self, name: str) -> None:
        QSettings().setValue("sync/deviceName", name)  # also the name offered when linking again
        self.device_name_edit.setText(name)
        self.runner.refresh()
        self.runner.request_round()  # the others learn it as soon as the folder carries it

    def unlink(self) -> None:
        from chairdesk.sync import service

        answer = QMessageBox.question(
            self, self.tr("Unlink the Shared Folder"),
            self.tr("Stop sharing this workspace through {folder}?\n\nNothing is deleted: your data stays "
                    "here, and the folder keeps the files for the other laptops.").format(
                folder=getattr(self.runner.status, "folder", "")),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            service.unlink(self.controller.workspace)
        except Exception as exc:  # noqa: BLE001 - shown inline
            self._show_error(str(exc))
        self._last_report = None
        self.runner.refresh()


class JoinQuestion:
    """Whether to add this workspace's own records when joining, behind a classmethod that tests replace."""

    @classmethod
    def add_local(cls, parent: SyncView, refused: Any) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("SyncView", "Join the Shared Folder"),
                          parent.join_question(refused), parent=parent)
        box.setInformativeText(QCoreApplication.translate(
            "SyncView", "Joining adds this workspace's records to the shared one, side by side with its own: "
            "a group that both have set up would be there twice. To take part without adding anything, "
            "join from a new, empty workspace (File → New Workspace)."))
        add = box.addButton(QCoreApplication.translate("SyncView", "Add My Records and Join"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is add


class DeviceNameDialog:
    """The new name for "Rename…", behind a classmethod that tests replace."""

    @classmethod
    def ask(cls, parent: QWidget, current: str) -> str | None:
        name, ok = QInputDialog.getText(
            parent, QCoreApplication.translate("SyncView", "Rename This Laptop"),
            QCoreApplication.translate("SyncView", "The name the other laptops see:"),
            QLineEdit.EchoMode.Normal, current,
        )
        return name if ok else None


#: A file's or a record's name column is at most this wide on its own (the rest elides; its tooltip is whole).
NAME_COLUMN_MAX = 220


def _fit_column(table: QTableView, column: int) -> None:
    table.resizeColumnToContents(column)
    if table.columnWidth(column) > NAME_COLUMN_MAX:
        table.setColumnWidth(column, NAME_COLUMN_MAX)


def _local(moment: datetime) -> datetime:
    """The sync tables keep naive UTC times; people read their own clock."""
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone().replace(tzinfo=None)
