"""The attendance sheet: the entities expected at the meeting, ticked when present."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chairdesk.gui.qt import QHeaderView, QLabel, QLocale, QTableView
from chairdesk.gui.views.meetings.attendance_model import AttendanceModel
from chairdesk.gui.views.meetings.labels import meeting_ops
from chairdesk.gui.views.meetings.panel import MeetingPanel
from chairdesk.store import meeting_queries as queries

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from chairdesk.store.meeting_queries import MeetingDetail


class MeetingAttendancePanel(MeetingPanel):
    FORM = "meetings_attendance.ui"
    TABLES = frozenset({"meeting", "attendance", "membership", "chair_term", "entity"})
    # Who was a member on the meeting's day.
    MEETING_FIELDS = frozenset({"start", "group_id", "deleted"})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        find = self.form.findChild
        self.table: QTableView = find(QTableView, "attendanceTable")
        self.count_label: QLabel = find(QLabel, "attendanceCountLabel")
        self.model = AttendanceModel(self.message.perform, self)
        table = self.table
        table.setModel(self.model)
        self.prepare(table)
        header = table.horizontalHeader()
        column = self.model.column
        header.setSectionResizeMode(column("entity"), QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(column("name"), QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(column("role"), QHeaderView.ResizeMode.ResizeToContents)
        self.all_present_action = self.add_action(
            table,
            self.tr("Tick &all"),
            [],
            lambda: self._mark_everyone(True),
            "allPresentButton",
            self.tr("Mark every listed entity present"),
        )
        self.none_present_action = self.add_action(
            table,
            self.tr("Untick a&ll"),
            [],
            lambda: self._mark_everyone(False),
            "nonePresentButton",
            self.tr("Mark every listed entity absent"),
        )

    def load(self, conn: Connection, detail: MeetingDetail, changed_tables: set[str]) -> None:
        sheet = queries.attendance_sheet(conn, detail.id)
        self.model.meeting_id = detail.id
        self.model.replace_rows(sheet.rows)

    def clear(self) -> None:
        self.model.replace_rows([])
        self.model.meeting_id = None

    def update_actions(self) -> None:
        total = self.model.rowCount()
        self.count_label.setText(
            self.attendance_text() if total else self.tr("No entities to list.")
        )

    def attendance_text(self) -> str:
        return self.tr("{present} of {total} entities attended").format(
            present=QLocale().toString(self.model.present_count()),
            total=QLocale().toString(self.model.rowCount()),
        )

    def _mark_everyone(self, present: bool) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        ids = [self.model.row_at(r).entity_id for r in range(self.model.rowCount())]
        text = self.tr("Mark everyone present") if present else self.tr("Mark everyone absent")
        self.message.perform(
            text, lambda s: meeting_ops().set_attendances(s, meeting_id, ids, present)
        )
