"""The attendance sheet's model: the entities expected at a meeting, ticked when present."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from chairdesk.gui.models import SORT_ROLE
from chairdesk.gui.qt import Qt
from chairdesk.gui.views.meetings.editable import EditableRows, Index, Keyed, check, checked
from chairdesk.gui.views.meetings.labels import ID_ROLE, meeting_ops, role_labels
from chairdesk.store.meeting_queries import AttendanceRow

if TYPE_CHECKING:
    from chairdesk.gui.views.meetings.editable import Perform


class AttendanceModel(EditableRows):
    """The entities expected at a meeting; ticked = present (an Attendance record)."""

    COLUMNS = ("entity", "name", "role")

    def __init__(self, perform: Perform, parent: Any = None) -> None:
        super().__init__(perform, parent)
        self.meeting_id: str | None = None
        self._roles = role_labels()

    def headers(self) -> dict[str, str]:
        return {"entity": self.tr("Entity"), "name": self.tr("Name"), "role": self.tr("Role")}

    def replace_rows(self, rows: Sequence[AttendanceRow]) -> None:
        super().replace_rows([Keyed(r.entity_id, r) for r in rows])

    def row_at(self, row: int) -> AttendanceRow:
        return self._rows[row].row

    def present_count(self) -> int:
        return sum(1 for r in self._rows if r.row.present)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.COLUMNS[index.column()] == "entity":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry: AttendanceRow = self._rows[index.row()].row
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == "entity":
                return entry.acronym
            if column == "name":
                return entry.name
            return self._roles[entry.role]
        if role == Qt.ItemDataRole.CheckStateRole and column == "entity":
            return check(entry.present)
        if role == ID_ROLE:
            return entry.entity_id
        if role == Qt.ItemDataRole.ToolTipRole and column == "name":
            return entry.name
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or self.meeting_id is None:
            return False
        entry: AttendanceRow = self._rows[index.row()].row
        present = checked(value)
        if present == entry.present:
            return True
        meeting_id = self.meeting_id
        text = (
            self.tr("Mark {entity} present") if present else self.tr("Mark {entity} absent")
        ).format(entity=entry.acronym)
        return self._run(
            text, lambda s: meeting_ops().set_attendance(s, meeting_id, entry.entity_id, present)
        )
