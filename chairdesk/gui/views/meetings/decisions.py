"""The meeting's decisions, numbered, in the order the chair gives them."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chairdesk.gui.qt import QHeaderView, QKeySequence, QTableView
from chairdesk.gui.views.meetings.decisions_model import DecisionsModel
from chairdesk.gui.views.meetings.labels import meeting_ops
from chairdesk.gui.views.meetings.panel import MeetingPanel
from chairdesk.store import meeting_queries as queries

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from chairdesk.store.meeting_queries import MeetingDetail


class MeetingDecisionsPanel(MeetingPanel):
    FORM = "meetings_decisions.ui"
    TABLES = frozenset({"decision"})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.table: QTableView = self.form.findChild(QTableView, "decisionsTable")
        self.model = DecisionsModel(self.message.perform, self)
        table = self.table
        table.setModel(self.model)
        self.prepare(table)
        # Decisions are sentences: rows grow to show the whole text.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.add_decision_action = self.add_action(
            table,
            self.tr("&Add decision"),
            ["Ins", "Ctrl+Shift+A"],
            self.add_decision,
            "addDecisionButton",
        )
        self.remove_decision_action = self.add_action(
            table,
            self.tr("&Remove decision"),
            [QKeySequence.StandardKey.Delete],
            self.remove_decision,
            "removeDecisionButton",
        )
        self.up_action = self.add_action(
            table,
            self.tr("Move &up"),
            ["Ctrl+Up"],
            lambda: self.move_decision(-1),
            "upDecisionButton",
        )
        self.down_action = self.add_action(
            table,
            self.tr("Move &down"),
            ["Ctrl+Down"],
            lambda: self.move_decision(+1),
            "downDecisionButton",
        )
        table.selectionModel().currentRowChanged.connect(lambda *_: self.update_actions())

    def load(self, conn: Connection, detail: MeetingDetail, changed_tables: set[str]) -> None:
        self.model.replace_rows(queries.decision_rows(conn, detail.id))

    def clear(self) -> None:
        self.model.replace_rows([])

    def update_actions(self) -> None:
        row = self.current_row(self.table)
        count = self.model.rowCount()
        self.remove_decision_action.setEnabled(row >= 0)
        self.up_action.setEnabled(row > 0)
        self.down_action.setEnabled(0 <= row < count - 1)

    def add_decision(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        row = self.current_row(self.table)
        index = row + 1 if row >= 0 else None
        text = self.tr("New decision")
        ok, decision_id = self.message.perform(
            self.tr("Add decision"),
            lambda s: meeting_ops().add_decision(s, meeting_id, text, index=index),
        )
        if ok:
            self.edit_new(self.table, self.model.row_of(decision_id), 0)

    def remove_decision(self) -> None:
        row = self.current_row(self.table)
        if row >= 0:
            decision_id = self.model.row_at(row).id
            self.message.perform(
                self.tr("Remove decision"), lambda s: meeting_ops().remove_decision(s, decision_id)
            )

    def move_decision(self, step: int) -> None:
        row = self.current_row(self.table)
        to_index = row + step
        if row >= 0 and 0 <= to_index < self.model.rowCount():
            decision_id = self.model.row_at(row).id
            self.message.perform(
                self.tr("Move decision"),
                lambda s: meeting_ops().move_decision(s, decision_id, to_index),
            )
