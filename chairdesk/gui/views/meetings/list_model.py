"""The meeting list's model and its filter: every meeting of the group, revealed in batches."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from chairdesk.domain.vocabulary import MeetingKind, MeetingMode
from chairdesk.gui.formatting import fmt_datetime, fmt_quarter, fmt_time
from chairdesk.gui.models import SORT_ROLE, single_edit
from chairdesk.gui.qt import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from chairdesk.gui.views.meetings.labels import ID_ROLE, agenda_length, kind_labels, mode_labels
from chairdesk.store.meeting_queries import MeetingRow

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


_DATE = 0  # MeetingListModel.COLUMNS.index("date")


class MeetingListModel(QAbstractTableModel):
    """The group's meetings, newest first; rows are revealed to views in batches.

    All rows come from one query and stay in memory; the view asks for more
    (canFetchMore/fetchMore) as it scrolls, so that opening a group with
    thousands of meetings lays out only the first batch. The model sorts
    itself (by the SORT_ROLE values, in Python: thousands of rows sort in
    milliseconds, where a proxy would call data() hundreds of thousands of
    times); the proxy in front of it only filters.
    """

    COLUMNS = ("date", "quarter", "kind", "mode", "title", "agenda", "actions")
    BATCH = 200

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[MeetingRow] = []
        self._shown = 0
        self._sort = (_DATE, Qt.SortOrder.DescendingOrder)
        self._dates: dict[MeetingRow, str] = {}  # the date column's text, made when first shown
        self._search: dict[
            MeetingRow, str
        ] = {}  # what the filter looks in, made when first filtered
        self._kinds = kind_labels()
        self._modes = mode_labels()
        self._months: dict[int, str] | None = None

    def headers(self) -> dict[str, str]:
        return {
            "date": self.tr("Date"),
            "quarter": self.tr("Quarter"),
            "kind": self.tr("Kind"),
            "mode": self.tr("Mode"),
            "title": self.tr("Title"),
            "agenda": self.tr("Agenda"),
            "actions": self.tr("Open actions"),
        }

    # Rows -------------------------------------------------------------------------------------

    @property
    def total(self) -> int:
        """Every meeting of the group, revealed or not."""
        return len(self._all)

    def row_at(self, row: int) -> MeetingRow:
        return self._all[row]

    def row_of(self, meeting_id: str | None) -> int:
        """The meeting's row among all (it may not be revealed yet: see reveal())."""
        return next((i for i, r in enumerate(self._all) if r.id == meeting_id), -1)

    def column(self, name: str) -> int:
        return self.COLUMNS.index(name)

    def reveal(self, row: int) -> None:
        """Make rows up to `row` visible to views."""
        if row >= self._shown:
            last = min(len(self._all), row + 1)
            self.beginInsertRows(QModelIndex(), self._shown, last - 1)
            self._shown = last
            self.endInsertRows()

    def fetch_all(self) -> None:
        if self._shown < len(self._all):
            self.reveal(len(self._all) - 1)

    def is_natural_order(self) -> bool:
        return self._sort == (_DATE, Qt.SortOrder.DescendingOrder)

    def _sorted(self, rows: list[MeetingRow]) -> list[MeetingRow]:
        # Newest first, ties by id (as the query returns them), then the chosen column, stable.
        ordered = sorted(rows, key=lambda r: r.id)
        ordered.sort(key=lambda r: r.start, reverse=True)
        if not self.is_natural_order():
            column, order = self._sort
            ordered.sort(
                key=lambda r: self.sort_key(r, column),
                reverse=order == Qt.SortOrder.DescendingOrder,
            )
        return ordered

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS) or (column, order) == self._sort:
            return
        # Every meeting is sorted (all are in memory), then revealed in batches as before.
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self._all[p.row()].id for p in persistent]
        self._all = self._sorted(self._all)
        rows = {r.id: i for i, r in enumerate(self._all)}
        self.changePersistentIndexList(
            persistent, [self.index(rows[i], p.column()) for i, p in zip(ids, persistent)]
        )
        self.layoutChanged.emit()

    def set_rows(self, rows: Sequence[MeetingRow]) -> None:
        new = self._sorted(list(rows))
        old = self._all
        old_ids = [r.id for r in old]
        new_ids = [r.id for r in new]
        before = {r.id: r for r in old[: self._shown]}
        kept = set(new)
        self._dates = {r: t for r, t in self._dates.items() if r in kept}
        self._search = {r: t for r, t in self._search.items() if r in kept}
        edit = single_edit(old_ids, new_ids)
        everything_shown = self._shown == len(old)
        if old_ids == new_ids:
            self._all = new
        elif (
            edit is not None
            and edit.kind == "insert"
            and (edit.row < self._shown or everything_shown)
        ):
            self.beginInsertRows(QModelIndex(), edit.row, edit.row)
            self._all = new
            self._shown += 1
            self.endInsertRows()
        elif edit is not None and edit.kind == "insert":
            self._all = new  # arrives when the view scrolls that far
        elif edit is not None and edit.kind == "remove" and edit.row < self._shown:
            self.beginRemoveRows(QModelIndex(), edit.row, edit.row)
            self._all = new
            self._shown -= 1
            self.endRemoveRows()
        elif edit is not None and edit.kind == "remove":
            self._all = new
        elif edit is not None and edit.kind == "move" and max(edit.row, edit.to) < self._shown:
            destination = edit.to + 1 if edit.to > edit.row else edit.to
            self.beginMoveRows(QModelIndex(), edit.row, edit.row, QModelIndex(), destination)
            self._all = new
            self.endMoveRows()
        else:
            self.beginResetModel()
            self._all = new
            if everything_shown and old:
                self._shown = len(new)
            else:
                self._shown = min(len(new), max(self._shown, self.BATCH))
            self.endResetModel()
            return
        shown = self._all[: self._shown]
        for row, meeting in enumerate(shown):
            if meeting.id in before and before[meeting.id] != meeting:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def update_meetings(self, ids: set[str] | frozenset[str], fresh: Sequence[MeetingRow]) -> None:
        """Put the meetings `ids` as read again (`fresh`: those still in the list) in place.

        The other rows stay as they are: a meeting that changed repaints its row, one that
        went is removed, one that came is inserted, one whose date moved is moved.
        """
        self.set_rows([r for r in self._all if r.id not in ids] + list(fresh))

    def search_text(self, row: int) -> str:
        meeting = self._all[row]
        text = self._search.get(meeting)
        if text is None:
            start = meeting.start.date()
            if self._months is None:
                locale = QLocale()
                self._months = {
                    m: f"{locale.monthName(m, QLocale.FormatType.ShortFormat)} {locale.monthName(m)}"
                    for m in range(1, 13)
                }
            text = self._search[meeting] = " ".join(
                (
                    start.isoformat(),
                    f"{start.day} {self._months[start.month]} {start.year}",
                    str(meeting.quarter),
                    fmt_quarter(meeting.quarter),
                    meeting.title,
                    meeting.location or "",
                    self._kinds[meeting.kind],
                    self._modes[meeting.mode],
                )
            ).casefold()
        return text

    def sort_key(self, m: MeetingRow, column: int) -> Any:
        name = self.COLUMNS[column]
        if name == "date":
            return f"{m.start.isoformat()} {m.id}"
        if name == "quarter":
            return m.quarter.year * 10 + m.quarter.number
        if name == "kind":
            return list(MeetingKind).index(m.kind)
        if name == "mode":
            return list(MeetingMode).index(m.mode)
        if name == "title":
            return m.title.casefold()
        if name == "agenda":
            return m.agenda_minutes * 1000 + m.agenda_items
        return m.open_actions

    # The Qt interface ---------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: _Index) -> bool:
        return not parent.isValid() and self._shown < len(self._all)

    def fetchMore(self, parent: _Index) -> None:
        if self.canFetchMore(parent):
            self.reveal(min(len(self._all), self._shown + self.BATCH) - 1)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.COLUMNS)
        ):
            return self.headers()[self.COLUMNS[section]]
        return super().headerData(section, orientation, role)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        m = self._all[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "date":
                shown = self._dates.get(m)
                if shown is None:
                    shown = self._dates[m] = fmt_datetime(m.start)
                return shown
            if column == "quarter":
                return fmt_quarter(m.quarter)
            if column == "kind":
                return self._kinds[m.kind]
            if column == "mode":
                return self._modes[m.mode]
            if column == "title":
                return m.title
            if column == "agenda":
                return agenda_length(m.agenda_items, m.agenda_minutes)
            return QLocale().toString(m.open_actions)
        if role == SORT_ROLE:
            return self.sort_key(m, index.column())
        if role == ID_ROLE:
            return m.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "title":
                place = m.location or self._modes[m.mode]
                return f"{m.title}\n{place}"
            if column == "date" and m.end is not None:
                return self.tr("{start} to {end}").format(
                    start=fmt_datetime(m.start), end=fmt_time(m.end)
                )
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("actions", "agenda"):
            return _RIGHT
        return None


class MeetingFilterProxy(QSortFilterProxyModel):
    """Filtering by words over every meeting (revealed or not); sorting is passed to the list.

    The list arrives newest first and is revealed lazily; a filter needs
    every row, so it reveals them all first (they are already in memory:
    this costs no query).
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def _source(self) -> MeetingListModel:
        return self.sourceModel()  # type: ignore[return-value]

    def set_filter_text(self, text: str) -> None:
        words = text.casefold().split()
        if words == self._words:
            return
        if words:
            self._source().fetch_all()
        if hasattr(self, "beginFilterChange"):
            self.beginFilterChange()
            self._words = words
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # Qt before 6.9
            self._words = words
            self.invalidateRowsFilter()

    def is_filtered(self) -> bool:
        return bool(self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if not self._words:
            return True
        text = self._source().search_text(source_row)
        return all(word in text for word in self._words)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The proxy itself stays in the list's order (column -1, ascending: the
        # source's own order); the list sorts its rows by the same SORT_ROLE keys.
        if self.sortColumn() != -1:
            super().sort(-1, Qt.SortOrder.AscendingOrder)
        source = self._source()
        if source is not None:
            source.sort(column, order)
