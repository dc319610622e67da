"""The decisions' model: a meeting's decisions in order, numbered."""

from __future__ import annotations

from typing import Any

from chairdesk.gui.models import SORT_ROLE
from chairdesk.gui.qt import QLocale, Qt
from chairdesk.gui.views.meetings.editable import EditableRows, Index
from chairdesk.gui.views.meetings.labels import ID_ROLE, meeting_ops
from chairdesk.store.meeting_queries import DecisionRow


class DecisionsModel(EditableRows):
    COLUMNS = ("text",)

    def headers(self) -> dict[str, str]:
        return {"text": self.tr("Decision")}

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return QLocale().toString(section + 1)
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        decision: DecisionRow = self._rows[index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.ToolTipRole,
            SORT_ROLE,
        ):
            return decision.text
        if role == ID_ROLE:
            return decision.id
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        decision: DecisionRow = self._rows[index.row()]
        if value == decision.text:
            return True
        return self._run(
            self.tr("Edit decision"), lambda s: meeting_ops().update_decision(s, decision.id, value)
        )
