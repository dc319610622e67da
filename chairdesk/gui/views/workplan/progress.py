"""The Work plan view's progress log: the chosen activity's dated updates, edited in place.

An update is added from the bar above the table (Enter adds it), edited in its cells and
removed with Del, each one undo step through the message line it shares with the details
panel (`InlineMessage`). Text typed for an update and not added is kept per activity
while the chair looks at another.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from chairdesk.gui.controller import AppController
from chairdesk.gui.forms import load_form
from chairdesk.gui.inline import InlineMessage, Outcome
from chairdesk.gui.qt import (
    QAction,
    QDate,
    QDateEdit,
    QHeaderView,
    QKeySequence,
    QLineEdit,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from chairdesk.gui.views.workplan.cells import DateDelegate
from chairdesk.gui.views.workplan.updates_model import UpdatesModel
from chairdesk.store.ops import workplan as ops
from chairdesk.store.workplan_queries import ActivityDetail


class ProgressLogPanel(QWidget):
    def __init__(
        self, controller: AppController, message: InlineMessage, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.message = message
        self.detail: ActivityDetail | None = None
        self._drafts: dict[str, str] = {}  # update text typed but not added, per activity

        self.form = load_form("workplan_progress.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        find = self.form.findChild
        self.update_date_edit: QDateEdit = find(QDateEdit, "updateDateEdit")
        self.update_text_edit: QLineEdit = find(QLineEdit, "updateTextEdit")
        self.add_update_button: QPushButton = find(QPushButton, "addUpdateButton")
        self.updates_table: QTableView = find(QTableView, "updatesTable")
        self.remove_update_button: QPushButton = find(QPushButton, "removeUpdateButton")
        message.fields.update({"date": self.update_date_edit, "text": self.update_text_edit})

        self.updates_model = UpdatesModel(controller, self._perform_on_table, self)
        self.updates_table.setModel(self.updates_model)
        self.updates_table.setItemDelegateForColumn(
            0, DateDelegate(self.updates_table, allow_empty=False)
        )
        header = self.updates_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.updates_table.verticalHeader().setVisible(False)
        self.updates_table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.update_date_edit.setDate(_qdate(controller.today()))

        self.remove_update_action = QAction(self.tr("Remove update"), self)
        self.remove_update_action.setShortcut(QKeySequence("Del"))
        self.remove_update_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_update_action.triggered.connect(self.remove_update)
        self.updates_table.addAction(self.remove_update_action)

        self.updates_model.editFailed.connect(
            lambda _field, text: self.message.say(text, error=True, field=self.updates_table)
        )
        self.updates_model.edited.connect(self.message.clear)
        self.add_update_button.clicked.connect(self.add_update)
        self.update_text_edit.returnPressed.connect(self.add_update)
        self.remove_update_button.clicked.connect(self.remove_update)
        self.updates_table.selectionModel().selectionChanged.connect(
            lambda *_: self.update_actions()
        )

    def show_detail(self, detail: ActivityDetail | None) -> None:
        """Show the updates of `detail` (None: of no activity), keeping the selected one."""
        if detail is None or self.detail is None or detail.id != self.detail.id:
            self._keep_draft()
            if detail is not None:
                self.update_date_edit.setDate(_qdate(self.controller.today()))
                self.update_text_edit.setText(self._drafts.pop(detail.id, ""))
        self.detail = detail
        if detail is None:
            self.updates_model.set_updates([], "")
            self.update_actions()
            return
        selected = self._selected_update_id()
        self.updates_model.set_updates(list(detail.updates), detail.code)
        if selected:
            row = self.updates_model.row_of(selected)
            if row >= 0:
                self.updates_table.selectRow(row)
        self.update_actions()

    def forget(self) -> None:
        """Another workspace: the drafts belonged to the one closed."""
        self.detail = None
        self._drafts.clear()

    def _keep_draft(self) -> None:
        if self.detail is not None and self.update_text_edit.text().strip():
            self._drafts[self.detail.id] = self.update_text_edit.text()

    def update_actions(self) -> None:
        has_update = bool(self.updates_table.selectionModel().selectedRows())
        self.remove_update_button.setEnabled(has_update)
        self.remove_update_action.setEnabled(has_update)

    def _selected_update_id(self) -> str | None:
        rows = self.updates_table.selectionModel().selectedRows()
        return self.updates_model.row_at(rows[0].row()).id if rows else None

    def add_update(self) -> None:
        d = self.detail
        if d is None:
            return
        day: date = self.update_date_edit.date().toPython()
        text = self.update_text_edit.text()
        done = self.message.perform(
            self.tr("Add an update to {code}").format(code=d.code),
            lambda s: ops.add_progress_update(s, d.id, day, text),
        )
        if not done.ok:
            return
        self.update_text_edit.clear()
        row = self.updates_model.row_of(done.result)
        if row >= 0:
            self.updates_table.selectRow(row)
        self.update_text_edit.setFocus()

    def remove_update(self) -> None:
        d = self.detail
        update_id = self._selected_update_id()
        if d is None or update_id is None:
            return
        row = self.updates_model.row_of(update_id)
        done = self._perform_on_table(
            self.tr("Remove an update of {code}").format(code=d.code),
            lambda s: ops.remove_progress_update(s, update_id),
        )
        if done.ok:
            count = self.updates_model.rowCount()
            if count:
                self.updates_table.selectRow(min(row, count - 1))

    def _perform_on_table(self, text: str, operation: Callable[[Any], Any]) -> Outcome:
        """Run an edit of an update in the table: a refusal outlines the table, not the bar."""
        fields = self.message.fields
        adding = {"date": fields["date"], "text": fields["text"]}
        fields.update({"date": self.updates_table, "text": self.updates_table})
        try:
            return self.message.perform(text, operation)
        finally:
            fields.update(adding)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
