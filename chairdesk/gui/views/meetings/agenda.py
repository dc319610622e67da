"""The agenda builder: the meeting's items in order, with the time plan and its overrun."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chairdesk.gui.formatting import fmt_time
from chairdesk.gui.qt import QHeaderView, QKeySequence, QLabel, QLocale, QTableView
from chairdesk.gui.views.meetings.agenda_model import AgendaModel
from chairdesk.gui.views.meetings.delegates import ChoiceDelegate, MeetingChoices, MinutesDelegate
from chairdesk.gui.views.meetings.labels import meeting_ops
from chairdesk.gui.views.meetings.panel import MeetingPanel
from chairdesk.store import meeting_queries as queries

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from chairdesk.store.meeting_queries import MeetingDetail

#: How long a new agenda item lasts until the chair says otherwise.
NEW_ITEM_MINUTES = 10


class MeetingAgendaPanel(MeetingPanel):
    FORM = "meetings_agenda.ui"
    TABLES = frozenset({"meeting", "agenda_item", "entity", "activity", "output", "work_plan"})
    # Its time plan runs from the meeting's start to its end.
    MEETING_FIELDS = frozenset({"start", "end", "group_id", "deleted"})

    def __init__(self, *args: Any, choices: MeetingChoices, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.plan: queries.AgendaPlan | None = None
        find = self.form.findChild
        self.table: QTableView = find(QTableView, "agendaTable")
        self.time_plan_label: QLabel = find(QLabel, "timePlanLabel")
        self.overrun_label: QLabel = find(QLabel, "overrunLabel")
        self.model = AgendaModel(self.message.perform, self)
        self.table.setModel(self.model)
        self.prepare(self.table)
        self._setup_columns(choices)
        self._build_actions()
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.update_actions())

    def _setup_columns(self, choices: MeetingChoices) -> None:
        table = self.table
        column = self.model.column
        none = self.tr("(none)")
        table.setItemDelegateForColumn(
            column("presenter"), ChoiceDelegate(choices.entities, none, table)
        )
        table.setItemDelegateForColumn(
            column("activity"), ChoiceDelegate(choices.activities, none, table)
        )
        table.setItemDelegateForColumn(column("minutes"), MinutesDelegate(table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(column("title"), QHeaderView.ResizeMode.Stretch)
        for name in ("order", "start", "minutes", "done"):
            header.setSectionResizeMode(column(name), QHeaderView.ResizeMode.ResizeToContents)
        em = table.fontMetrics().horizontalAdvance("M")
        header.resizeSection(column("presenter"), 7 * em)
        header.resizeSection(column("activity"), 5 * em)
        header.resizeSection(column("notes"), 14 * em)
        table.setDragDropOverwriteMode(False)

    def _build_actions(self) -> None:
        table = self.table
        self.add_item_action = self.add_action(
            table,
            self.tr("&Add item"),
            ["Ins", "Ctrl+Shift+A"],
            self.add_item,
            "addAgendaButton",
            self.tr("Add an agenda item after the current one"),
        )
        self.remove_item_action = self.add_action(
            table,
            self.tr("&Remove item"),
            [QKeySequence.StandardKey.Delete],
            self.remove_item,
            "removeAgendaButton",
            self.tr("Remove the current agenda item"),
        )
        self.up_action = self.add_action(
            table,
            self.tr("Move &up"),
            ["Ctrl+Up"],
            lambda: self.move_item(-1),
            "upAgendaButton",
        )
        self.down_action = self.add_action(
            table,
            self.tr("Move &down"),
            ["Ctrl+Down"],
            lambda: self.move_item(+1),
            "downAgendaButton",
        )

    def load(self, conn: Connection, detail: MeetingDetail, changed_tables: set[str]) -> None:
        self.plan = queries.agenda_plan(conn, detail.id)
        self.model.set_plan(self.plan.items, self.plan.meeting_end)
        self._show_time_plan()

    def clear(self) -> None:
        self.plan = None
        self.model.set_plan([], None)
        self.time_plan_label.clear()
        self.overrun_label.setVisible(False)

    def add_item(self) -> None:
        """Add an item after the current one, and edit its title."""
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        row = self.current_row(self.table)
        index = row + 1 if row >= 0 else None
        title = self.tr("New agenda item")
        ok, item_id = self.message.perform(
            self.tr("Add agenda item"),
            lambda s: meeting_ops().add_agenda_item(
                s, meeting_id, title, minutes=NEW_ITEM_MINUTES, index=index
            ),
        )
        if ok:
            self.wantsShowing.emit()
            self.edit_new(self.table, self.model.row_of(item_id), self.model.column("title"))

    def remove_item(self) -> None:
        row = self.current_row(self.table)
        if row < 0:
            return
        item_id = self.model.row_at(row).id
        self.message.perform(
            self.tr("Remove agenda item"), lambda s: meeting_ops().remove_agenda_item(s, item_id)
        )

    def move_item(self, step: int) -> None:
        row = self.current_row(self.table)
        if row >= 0:
            self.model.move_item(row, row + step)

    def update_actions(self) -> None:
        row = self.current_row(self.table)
        count = self.model.rowCount()
        self.remove_item_action.setEnabled(row >= 0)
        self.up_action.setEnabled(row > 0)
        self.down_action.setEnabled(0 <= row < count - 1)

    def _show_time_plan(self) -> None:
        plan = self.plan
        if plan is None or not plan.items:
            self.time_plan_label.setText(self.tr("No agenda items yet (Ins adds one)."))
            self.overrun_label.setVisible(False)
            return
        text = self.tr("Total {minutes} min · planned end {end}").format(
            minutes=QLocale().toString(plan.total_minutes), end=fmt_time(plan.planned_end)
        )
        if plan.meeting_end is not None:
            text += self.tr(" · the meeting ends {end}").format(end=fmt_time(plan.meeting_end))
        self.time_plan_label.setText(text)
        if plan.overrun_minutes:
            self.overrun_label.setText(
                self.tr(
                    "The agenda runs {minutes} min past the meeting's end ({end}): shorten items "
                    "or move the end."
                ).format(
                    minutes=QLocale().toString(plan.overrun_minutes), end=fmt_time(plan.meeting_end)
                )
            )
            self.overrun_label.setVisible(True)
        else:
            self.overrun_label.setVisible(False)
