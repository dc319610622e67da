"""Table models of the application's views, and the base they share."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

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

RowT = TypeVar("RowT")


def newest_first(
    table: QTableView, model: QAbstractTableModel, stretch_column: int
) -> QSortFilterProxyModel:
    """Show `model` in `table` through a sorting proxy (SORT_ROLE), newest (column 0) first."""
    proxy = QSortFilterProxyModel(table)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    table.setModel(proxy)
    table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return proxy


# -- keeping a view's selection through a refresh -----------------------------------------


@dataclass(frozen=True)
class _Edit:
    """The one structural change between two id lists, if it is only one."""

    kind: str  # "insert", "remove" or "move"
    row: int  # the inserted row (new list), removed row (old list) or moved row (old list)
    to: int = -1  # for a move: the row's index in the new list


def single_edit(old: Sequence[str], new: Sequence[str]) -> _Edit | None:
    if len(new) == len(old) + 1:
        i = next((k for k, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), len(old))
        if list(new[:i]) + list(new[i + 1 :]) == list(old):
            return _Edit("insert", i)
    elif len(new) == len(old) - 1:
        i = next((k for k, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), len(new))
        if list(old[:i]) + list(old[i + 1 :]) == list(new):
            return _Edit("remove", i)
    elif len(new) == len(old) and old != new:
        i = next(k for k, (a, b) in enumerate(zip(old, new, strict=True)) if a != b)
        j = next(k for k in range(len(old) - 1, -1, -1) if old[k] != new[k])
        if new[i] == old[j] and list(new[i + 1 : j + 1]) == list(old[i:j]):
            return _Edit("move", j, i)
        if new[j] == old[i] and list(new[i:j]) == list(old[i + 1 : j + 1]):
            return _Edit("move", i, j)
    return None


class RowsModel(QAbstractTableModel, Generic[RowT]):
    """A table of records, one per row, one column per name in COLUMNS.

    Subclasses give the column titles (`headers`, asked each time so that they
    follow a change of language) and what a cell shows in a role (`cell`).
    `set_rows` replaces the rows whole; `replace_rows`, for rows with an `id`,
    turns the difference into the smallest notification (changed cells, one
    inserted, removed or moved row), so that a view keeps its selection,
    current cell and scroll position through a refresh.
    """

    COLUMNS: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []

    def headers(self) -> dict[str, str]:
        raise NotImplementedError

    def header_tips(self) -> dict[str, str]:
        return {}

    def cell(self, row: RowT, column: str, role: int) -> Any:
        raise NotImplementedError

    # The Qt interface ---------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers()[self.COLUMNS[section]]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.header_tips().get(self.COLUMNS[section])
        return super().headerData(section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(self._rows[index.row()], self.COLUMNS[index.column()], role)

    # Rows ---------------------------------------------------------------------------------

    def rows(self) -> list[RowT]:
        return list(self._rows)

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def row_of(self, record_id: str | None) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    def column(self, name: str) -> int:
        return self.COLUMNS.index(name)

    def set_rows(self, rows: Iterable[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def replace_rows(self, rows: Iterable[RowT]) -> None:
        new = list(rows)
        old = self._rows
        before = {r.id: r for r in old}
        old_ids, new_ids = [r.id for r in old], [r.id for r in new]
        edit = single_edit(old_ids, new_ids)
        if old_ids == new_ids:
            self._rows = new
        elif edit is not None and edit.kind == "insert":
            self.beginInsertRows(QModelIndex(), edit.row, edit.row)
            self._rows = new
            self.endInsertRows()
        elif edit is not None and edit.kind == "remove":
            self.beginRemoveRows(QModelIndex(), edit.row, edit.row)
            self._rows = new
            self.endRemoveRows()
        elif edit is not None and edit.kind == "move":
            # Qt counts the destination before the move: below the row is one further.
            destination = edit.to + 1 if edit.to > edit.row else edit.to
            self.beginMoveRows(QModelIndex(), edit.row, edit.row, QModelIndex(), destination)
            self._rows = new
            self.endMoveRows()
        else:
            self.beginResetModel()
            self._rows = new
            self.endResetModel()
            return
        self._emit_changed([i for i, r in enumerate(new) if r.id in before and before[r.id] != r])

    def _emit_changed(self, rows: list[int]) -> None:
        last_column = self.columnCount() - 1
        start = None
        for k, row in enumerate(rows):
            if start is None:
                start = row
            if k + 1 == len(rows) or rows[k + 1] != row + 1:
                self.dataChanged.emit(self.index(start, 0), self.index(row, last_column))
                start = None


class GroupsModel(RowsModel[GroupOverview]):
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

    def cell(self, group: GroupOverview, column: str, role: int) -> Any:
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
                return (
                    self.tr("{entity} from {date}").format(
                        entity=h.entity, date=fmt_long_date(h.start)
                    )
                    if h
                    else ""
                )
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
