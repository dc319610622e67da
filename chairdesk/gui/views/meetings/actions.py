"""The meeting's action items: what is asked of whom, by when, closed when done."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from chairdesk.domain.vocabulary import ActionStatus
from chairdesk.gui.qt import QHeaderView, QKeySequence, QTableView
from chairdesk.gui.views.meetings.actions_model import ActionsModel
from chairdesk.gui.views.meetings.delegates import ChoiceDelegate, DueDateDelegate, MeetingChoices
from chairdesk.gui.views.meetings.labels import meeting_ops
from chairdesk.gui.views.meetings.panel import MeetingPanel
from chairdesk.store import meeting_queries as queries

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from chairdesk.store.meeting_queries import MeetingDetail


class MeetingActionsPanel(MeetingPanel):
    FORM = "meetings_actions.ui"
    TABLES = frozenset({"action_item", "entity", "activity", "output", "work_plan"})

    def __init__(self, *args: Any, choices: MeetingChoices, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.table: QTableView = self.form.findChild(QTableView, "actionsTable")
        self.model = ActionsModel(self.message.perform, self)
        table = self.table
        table.setModel(self.model)
        self.prepare(table)
        column = self.model.column
        none = self.tr("(none)")
        table.setItemDelegateForColumn(
            column("owner"), ChoiceDelegate(choices.entities, none, table)
        )
        table.setItemDelegateForColumn(
            column("activity"), ChoiceDelegate(choices.activities, none, table)
        )
        table.setItemDelegateForColumn(column("due"), DueDateDelegate(self._default_due, table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(column("text"), QHeaderView.ResizeMode.Stretch)
        for name in ("owner", "due", "status", "activity"):
            header.setSectionResizeMode(column(name), QHeaderView.ResizeMode.ResizeToContents)

        self.add_action_action = self.add_action(
            table,
            self.tr("&Add action item"),
            ["Ins", "Ctrl+Shift+A"],
            self.add_action_item,
            "addActionButton",
        )
        self.close_action_action = self.add_action(
            table,
            self.tr("&Close"),
            ["Ctrl+Return"],
            self.toggle_action_status,
            "closeActionButton",
            self.tr("Close the action item, or reopen it if it is done"),
        )
        self.remove_action_action = self.add_action(
            table,
            self.tr("&Remove action item"),
            [QKeySequence.StandardKey.Delete],
            self.remove_action_item,
            "removeActionButton",
        )
        table.selectionModel().currentRowChanged.connect(lambda *_: self.update_actions())

    def load(self, conn: Connection, detail: MeetingDetail, changed_tables: set[str]) -> None:
        self.model.replace_rows(queries.action_rows(conn, detail.id))

    def clear(self) -> None:
        self.model.replace_rows([])

    def update_actions(self) -> None:
        row = self.current_row(self.table)
        self.remove_action_action.setEnabled(row >= 0)
        self.close_action_action.setEnabled(row >= 0)
        if row >= 0 and self.model.row_at(row).status == ActionStatus.DONE:
            self.close_action_action.setText(self.tr("Re&open"))
        else:
            self.close_action_action.setText(self.tr("&Close"))

    def _default_due(self) -> date:
        today = self.controller.today()
        start = self.detail.start.date() if self.detail is not None else today
        return max(start, today) + timedelta(days=14)

    def add_action_item(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        text = self.tr("New action item")
        ok, action_id = self.message.perform(
            self.tr("Add action item"), lambda s: meeting_ops().add_action_item(s, meeting_id, text)
        )
        if ok:
            self.edit_new(self.table, self.model.row_of(action_id), self.model.column("text"))

    def toggle_action_status(self) -> None:
        row = self.current_row(self.table)
        if row >= 0:
            action = self.model.row_at(row)
            self.model.set_done(row, action.status == ActionStatus.OPEN)
            self.update_actions()

    def remove_action_item(self) -> None:
        row = self.current_row(self.table)
        if row >= 0:
            action_id = self.model.row_at(row).id
            self.message.perform(
                self.tr("Remove action item"),
                lambda s: meeting_ops().remove_action_item(s, action_id),
            )
