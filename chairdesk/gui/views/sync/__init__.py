"""The Sync view: link the workspace to a shared folder and see how the sharing goes.

The view only shows and asks; the rounds themselves belong to the SyncRunner of
the workspace session (chairdesk.gui.workspace_session), which runs them whether or not
this view is open. Its tables' models (laptops, files and records set aside) are in
`models.py` beside it; its questions are in chairdesk.gui.dialogs.sync_questions.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from chairdesk.gui.controller import AppController
from chairdesk.gui.dialogs.sync_questions import DeviceNameDialog, JoinQuestion
from chairdesk.gui.formatting import fmt_datetime
from chairdesk.gui.forms import load_form
from chairdesk.gui.models import SORT_ROLE
from chairdesk.gui.qt import (
    QCheckBox,
    QDesktopServices,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSettings,
    QShortcut,
    QSortFilterProxyModel,
    QTableView,
    QUrl,
    QVBoxLayout,
    QWidget,
)
from chairdesk.gui.sync_runner import SyncRunner
from chairdesk.gui.tasks import run_task
from chairdesk.gui.views.sync.models import (
    DevicesModel,
    QuarantineModel,
    SetAsideModel,
    local_time,
)
from chairdesk.sync.device import default_device_name

log = logging.getLogger(__name__)


class SyncView(QWidget):
    def __init__(
        self,
        controller: AppController,
        parent: QWidget | None = None,
        runner: SyncRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        if runner is None:  # the workspace session's, when there is one: rounds outlive the view
            session = controller.session
            runner = session.sync_runner if session is not None else None
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

        self._set_up_tables()

        self.device_name_edit.setText(
            QSettings().value("sync/deviceName", "") or default_device_name()
        )
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

    def _set_up_tables(self) -> None:
        """The laptops, the files and the records set aside: sortable, their reasons wrapped."""
        self.devices_model = DevicesModel(self)
        self.quarantine_model = QuarantineModel(self)
        self.set_aside_model = SetAsideModel(self)
        for table, model in (
            (self.devices_table, self.devices_model),
            (self.quarantine_table, self.quarantine_model),
            (self.set_aside_table, self.set_aside_model),
        ):
            proxy = QSortFilterProxyModel(self)
            proxy.setSourceModel(model)
            proxy.setSortRole(SORT_ROLE)
            table.setModel(proxy)
            table.verticalHeader().hide()
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        # A reason can be long: it takes the room left, on as many lines as it needs.
        for table, model in (
            (self.quarantine_table, self.quarantine_model),
            (self.set_aside_table, self.set_aside_model),
        ):
            header = table.horizontalHeader()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(model.column("reason"), QHeaderView.ResizeMode.Stretch)
            table.setWordWrap(True)
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for table, model, column in (
            (self.quarantine_table, self.quarantine_model, "path"),
            (self.set_aside_table, self.set_aside_model, "record"),
            (self.set_aside_table, self.set_aside_model, "source"),
        ):
            index = model.column(column)
            table.horizontalHeader().setSectionResizeMode(index, QHeaderView.ResizeMode.Interactive)
            model.modelReset.connect(lambda table=table, index=index: _fit_column(table, index))

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
        self.set_aside_table.parentWidget().setVisible(
            linked and bool(getattr(status, "set_aside", None))
        )
        if not linked:
            self.devices_model.set_rows([])
            self.quarantine_model.set_rows([])
            self.set_aside_model.set_rows([])
            return
        self.folder_label.setText(str(status.folder))
        if not getattr(status, "online", True):
            self.state_label.setText(
                self.tr(
                    "Offline: the folder cannot be reached. Your changes are kept and "
                    "sent when it is back; ChairDesk keeps trying."
                )
            )
        elif self.runner.busy:
            self.state_label.setText(self.tr("Syncing…"))
        else:
            self.state_label.setText(self.tr("Online"))
        name = getattr(status, "device_name", None) or self.tr("(unnamed)")
        self.device_label.setText(
            self.tr("{name} · device {id}").format(name=name, id=str(status.device_id)[:8])
        )
        encryption = (
            self.tr("On: files in the folder are encrypted with the workspace passphrase")
            if getattr(status, "encrypted", False)
            else self.tr("Off")
        )
        if getattr(self, "_not_remembered", False) and getattr(status, "encrypted", False):
            encryption += " " + self.tr(
                "(not remembered: there is no keychain on this computer, so the "
                "passphrase is asked for again when ChairDesk starts)"
            )
        self.encryption_label.setText(encryption)
        last = getattr(status, "last_round", None)
        text = fmt_datetime(local_time(last)) if last else self.tr("none yet")
        if self._last_report is not None:
            text += " — " + self.report_text(self._last_report)
        self.last_round_label.setText(text)
        pending = int(getattr(status, "pending", 0) or 0)
        self.pending_label.setText(
            self.tr("%n change(s)", "", pending) if pending else self.tr("nothing")
        )
        self.devices_model.set_rows(list(getattr(status, "devices", []) or []))
        self.quarantine_model.set_rows(list(getattr(status, "quarantined", []) or []))
        self.set_aside_model.device_names = {
            d.device_id: d.name for d in self.devices_model.rows() if d.name
        }
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
                return service.link(
                    workspace, folder, device_name=name, passphrase=passphrase, add_local=add_local
                )
            except service.WouldAddLocalRecords as refused:
                return refused  # a question for the chair, asked on the UI thread

        task = run_task(self, self.tr("Linking to the shared folder…"), work)
        self._tasks.append(task)
        task.succeeded.connect(lambda result: self._link_answered(folder, result, passphrase))
        task.failed.connect(lambda message, _details: self._show_error(message))
        task.finished.connect(lambda: self._tasks.remove(task))

    def join_question(self, refused: Any) -> str:
        return self.tr(
            "The shared folder holds the workspace “{name}”, and this workspace has "
            "%n working group(s) of its own.",
            "",
            refused.groups,
        ).format(name=refused.shared_name)

    def _link_answered(self, folder: Path, result: Any, passphrase: str | None) -> None:
        from chairdesk.sync import service

        if not isinstance(result, service.WouldAddLocalRecords):
            self._linked(passphrase)
            return
        if JoinQuestion.add_local(self, result):
            self.link(folder, add_local=True)
        else:
            self._show_error(
                self.tr(
                    "Not linked. To take part in the shared workspace “{name}” without adding this "
                    "workspace's records, join it from a new, empty workspace (File → New Workspace)."
                ).format(name=result.shared_name)
            )

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
            self,
            self.tr("Unlink the Shared Folder"),
            self.tr(
                "Stop sharing this workspace through {folder}?\n\nNothing is deleted: your data stays "
                "here, and the folder keeps the files for the other laptops."
            ).format(folder=getattr(self.runner.status, "folder", "")),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            service.unlink(self.controller.workspace)
        except Exception as exc:  # noqa: BLE001 - shown inline
            self._show_error(str(exc))
        self._last_report = None
        self.runner.refresh()


#: A file's or a record's name column is at most this wide on its own (the rest elides; its tooltip is whole).
NAME_COLUMN_MAX = 220


def _fit_column(table: QTableView, column: int) -> None:
    table.resizeColumnToContents(column)
    if table.columnWidth(column) > NAME_COLUMN_MAX:
        table.setColumnWidth(column, NAME_COLUMN_MAX)
