"""The action items' model: what a meeting asked of whom, by when, ticked when done."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from chairdesk.domain.vocabulary import ActionStatus
from chairdesk.gui.formatting import fmt_date
from chairdesk.gui.models import SORT_ROLE
from chairdesk.gui.qt import Qt
from chairdesk.gui.views.meetings.editable import CENTER, EditableRows, Index, check, checked
from chairdesk.gui.views.meetings.labels import ID_ROLE, meeting_ops, status_labels
from chairdesk.store.meeting_queries import ActionRow

if TYPE_CHECKING:
    from chairdesk.gui.views.meetings.editable import Perform


class ActionsModel(EditableRows):
    COLUMNS = ("text", "owner", "due", "status", "activity")
    EDITABLE = ("text", "owner", "due", "activity")

    def __init__(self, perform: Perform, parent: Any = None) -> None:
        super().__init__(perform, parent)
        self._statuses = status_labels()

    def headers(self) -> dict[str, str]:
        return {
            "text": self.tr("Action item"),
            "owner": self.tr("Owner"),
            "due": self.tr("Due"),
            "status": self.tr("Status"),
            "activity": self.tr("Activity"),
        }

    def open_count(self) -> int:
        return sum(1 for a in self._rows if a.status == ActionStatus.OPEN)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.COLUMNS[index.column()]
        if column in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        if column == "status":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        action: ActionRow = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == "text":
                return action.text
            if column == "owner":
                return action.owner or ""
            if column == "due":
                if role == SORT_ROLE:
                    return action.due.isoformat() if action.due else "9999"
                return fmt_date(action.due)
            if column == "status":
                return self._statuses[action.status]
            return action.activity_code or ""
        if role == Qt.ItemDataRole.EditRole:
            return {
                "text": action.text,
                "owner": action.owner_id,
                "due": action.due,
                "activity": action.activity_id,
            }.get(column)
        if role == Qt.ItemDataRole.CheckStateRole and column == "status":
            return check(action.status == ActionStatus.DONE)
        if role == ID_ROLE:
            return action.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "text":
                return action.text
            if column == "owner" and action.owner_name:
                return action.owner_name
            if column == "activity" and action.activity_code:
                return f"{action.activity_code} — {action.activity_title}"
            if column == "status":
                return self.tr("Tick when the action item is done")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("due", "activity"):
            return CENTER
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        action: ActionRow = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column == "status":
            return self.set_done(index.row(), checked(value))
        if role != Qt.ItemDataRole.EditRole or column not in self.EDITABLE:
            return False
        field, value = {
            "text": ("text", value),
            "owner": ("owner_id", value or None),
            "due": ("due", _as_date(value)),
            "activity": ("activity_id", value or None),
        }[column]
        current = {
            "text": action.text,
            "owner_id": action.owner_id,
            "due": action.due,
            "activity_id": action.activity_id,
        }[field]
        if value == current:
            return True
        return self._run(
            self.tr("Edit action item"),
            lambda s: meeting_ops().update_action_item(s, action.id, **{field: value}),
        )

    def set_done(self, row: int, done: bool) -> bool:
        action: ActionRow = self._rows[row]
        status = ActionStatus.DONE if done else ActionStatus.OPEN
        if status == action.status:
            return True
        text = self.tr("Close action item") if done else self.tr("Reopen action item")
        return self._run(text, lambda s: meeting_ops().set_action_status(s, action.id, status))


def _as_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if hasattr(value, "toPython"):  # a QDate
        return value.toPython()
    return value
