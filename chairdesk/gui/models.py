"""Table models of the application's views."""

from __future__ import annotations

from typing import Any

from chairdesk.gui.formatting import fmt_long_date
from chairdesk.gui.qt import (
    QAbstractTableModel,
    QHeaderView,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTableView,
)
from chairdesk.store.queries import GroupOverview

SORT_ROLE = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def newest_first(table: QTableView, model: QAbstractTableModel, stretch_column: int) -> QSortFilterProxyModel:
    """Show `model` in `table` through a sorting proxy (SORT_ROLE), newest (column 0) first."""
    proxy = QSortFilterProxyModel(table)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table.setModel(proxy)
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    table.horizontalHeader().setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return proxy


class RowsModel(QAbstractTableModel):
    """A read-only table of records, one per row, one column per name in COLUMNS.

    Subclasses give the column titles (`headers`, asked each time so that they
    follow a change of language) and `data`.
    """

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def headers(self) -> dict[str, str]:
        raise NotImplementedError

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[self.COLUMNS[section]]
        return None


class GroupsModel(RowsModel):
    """The workspace's working groups: pillar, acronym, name, Chair today, meetings."""

    COLUMNS = ("pillar", "acronym", "name", "chair", "handover", "meetings")

    def headers(self) -> dict[str, str]:
        return {
            "pillar": self.tr("Pillar"),
            "acronym": self.tr("Group"),
            "name": self.tr("Name"),
            "chair": self.tr("Chair today"),
            "handover": self.tr("Next handover"),
            "meetings": self.tr("Meetings"),
        }

    def row_at(self, row: int) -> GroupOverview:
        return self._rows[row]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "pillar":
                return group.pillar.value
            if column == "chair":
                if group.chair:
                    return group.chair
                last = group.previous_term
                if last is None:
                    return self.tr("none")
                return self.tr("none (last: {entity}, until {date})").format(
                    entity=last.entity, date=fmt_long_date(last.end)
                )
            if column == "handover":
                h = group.next_handover
                return self.tr("{entity} from {date}").format(entity=h.entity, date=fmt_long_date(h.start)) if h else ""
            return getattr(group, column)
        if role == SORT_ROLE:
            if column == "pillar":
                return ("I", "II", "III", "IV").index(group.pillar.value)
            if column == "handover":
                return group.next_handover.start.isoformat() if group.next_handover else "9999"
            if column == "chair":
                return group.chair or ""
            return getattr(group, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "meetings":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
