"""The Dashboard's tables: the open action items and the activities due, an overdue one marked."""

from __future__ import annotations

from typing import Any

from chairdesk.domain.vocabulary import ActivityStatus
from chairdesk.gui.formatting import fmt_date
from chairdesk.gui.models import SORT_ROLE, RowsModel, RowT
from chairdesk.gui.qt import QFont, QModelIndex, QPersistentModelIndex, Qt
from chairdesk.gui.views.workplan_status import (
    ID_ROLE,
    OVERDUE_COLOUR,
    OVERDUE_ROLE,
    STATUS_ORDER,
    overdue_icon,
    overdue_text,
    status_label,
)
from chairdesk.store.dashboard_queries import DueActivity, OpenAction

_Index = QModelIndex | QPersistentModelIndex


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class _ReadOnlyTable(RowsModel[RowT]):
    """Rows of plain values with a due date, replaced whole on refresh; an overdue one is marked."""

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: Any = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.id
        if role == OVERDUE_ROLE:
            return row.overdue
        if row.overdue and column == "due":
            if role == Qt.ItemDataRole.ForegroundRole:
                return OVERDUE_COLOUR
            if role == Qt.ItemDataRole.FontRole:
                return _bold()
            if role == Qt.ItemDataRole.DecorationRole:
                return overdue_icon()
            if role == Qt.ItemDataRole.ToolTipRole:
                return overdue_text(row.due)
        return self.cell(row, column, role)


class ActionItemsModel(_ReadOnlyTable[OpenAction]):
    """Open action items of the group's meetings: owner, due date, text, meeting."""

    COLUMNS = ("owner", "due", "text", "meeting")

    def headers(self) -> dict[str, str]:
        return {
            "owner": self.tr("Owner"),
            "due": self.tr("Due"),
            "text": self.tr("Action item"),
            "meeting": self.tr("Meeting"),
        }

    def cell(self, action: OpenAction, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "owner":
                return action.owner or self.tr("(no owner)")
            if column == "due":
                if action.due is None:
                    return self.tr("no date")
                text = fmt_date(action.due)
                return self.tr("{date} · overdue").format(date=text) if action.overdue else text
            if column == "text":
                return action.text
            return fmt_date(action.meeting_start.date())
        if role == SORT_ROLE:
            if column == "due":
                return action.due.isoformat() if action.due else "9999-12-31"
            if column == "meeting":
                return action.meeting_start.isoformat()
            return (self.cell(action, column, Qt.ItemDataRole.DisplayRole) or "").casefold()
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "text":
                return action.text
            if column == "meeting":
                return action.meeting_title
        return None


class DueActivitiesModel(_ReadOnlyTable[DueActivity]):
    """Activities due this quarter and next, and any overdue: code, title, status, due date."""

    COLUMNS = ("code", "title", "status", "due")

    def headers(self) -> dict[str, str]:
        return {
            "code": self.tr("Code"),
            "title": self.tr("Activity"),
            "status": self.tr("Status"),
            "due": self.tr("Due"),
        }

    def cell(self, activity: DueActivity, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "code":
                return activity.code
            if column == "title":
                return activity.title
            if column == "status":
                label = status_label(activity.status)
                if activity.status is ActivityStatus.IN_PROGRESS:
                    label = self.tr("{status} ({n} %)").format(status=label, n=activity.progress)
                return (
                    self.tr("{status} · overdue").format(status=label)
                    if activity.overdue
                    else label
                )
            return fmt_date(activity.due)
        if role == SORT_ROLE:
            if column == "due":
                return activity.due.isoformat()
            if column == "status":
                return STATUS_ORDER.index(activity.status)
            if column == "code":
                return activity.code.casefold().rjust(8)
            return activity.title.casefold()
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            return activity.title
        return None
