"""Table models of the Meetings view: the meeting list, and a meeting's agenda, attendance,
decisions and action items.

The models hold frozen rows from chairdesk.store.meeting_queries. Edits go
through a `perform(text, operation) -> (ok, result)` callable that the editor
provides (it runs controller.perform and shows a refused edit inline); the
models never write themselves. After every change the editor hands the
models fresh rows, and `replace_rows` turns the difference into the smallest
notification (changed cells, one inserted, removed or moved row) so that the
view keeps its selection, current cell and scroll position; anything bigger
is a reset.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from chairdesk.domain.vocabulary import ActionStatus, MeetingKind, MeetingMode
from chairdesk.gui.formatting import fmt_date, fmt_datetime, fmt_quarter, fmt_time
from chairdesk.gui.models import SORT_ROLE, RowsModel, single_edit
from chairdesk.gui.qt import (
    QAbstractTableModel,
    QBrush,
    QColor,
    QCoreApplication,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from chairdesk.store.meeting_queries import (
    CHAIR,
    GUEST,
    ActionRow,
    AgendaRow,
    AttendanceRow,
    DecisionRow,
    MeetingRow,
)

if TYPE_CHECKING:
    from types import ModuleType

    from sqlalchemy.orm import Session

    Perform = Callable[[str, Callable[[Session], Any]], tuple[bool, Any]]

ID_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex

#: The red of refusals and warnings, also used by the .ui forms' style sheets.
OVERRUN_COLOR = "#b00020"

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)


def meeting_ops() -> ModuleType:
    """chairdesk.store.ops.meetings, imported with the first edit.

    The operations load the ORM, which the Meetings view does not need to appear:
    the main window starts without it (chairdesk.store.tables), and loads it just after.
    """
    from chairdesk.store.ops import meetings

    return meetings


# -- labels for people ------------------------------------------------------------------


def kind_labels() -> dict[MeetingKind, str]:
    return {
        MeetingKind.REGULAR: QCoreApplication.translate("MeetingLabels", "Regular quarterly meeting"),
        MeetingKind.IN_FOCUS: QCoreApplication.translate("MeetingLabels", "In-focus discussion"),
        MeetingKind.SPECIAL: QCoreApplication.translate("MeetingLabels", "Special meeting"),
        MeetingKind.BRIEFING: QCoreApplication.translate("MeetingLabels", "Briefing"),
        MeetingKind.WORKSHOP: QCoreApplication.translate("MeetingLabels", "Workshop"),
    }


def mode_labels() -> dict[MeetingMode, str]:
    return {
        MeetingMode.VIRTUAL: QCoreApplication.translate("MeetingLabels", "Virtual"),
        MeetingMode.HYBRID: QCoreApplication.translate("MeetingLabels", "Hybrid"),
        MeetingMode.IN_PERSON: QCoreApplication.translate("MeetingLabels", "In person"),
    }


def role_labels() -> dict[str, str]:
    return {
        CHAIR: QCoreApplication.translate("MeetingLabels", "Chair"),
        "vice_chair": QCoreApplication.translate("MeetingLabels", "Vice-Chair"),
        "member": QCoreApplication.translate("MeetingLabels", "Member"),
        "observer": QCoreApplication.translate("MeetingLabels", "Observer"),
        GUEST: QCoreApplication.translate("MeetingLabels", "Guest"),
    }


def status_labels() -> dict[ActionStatus, str]:
    return {
        ActionStatus.OPEN: QCoreApplication.translate("MeetingLabels", "Open"),
        ActionStatus.DONE: QCoreApplication.translate("MeetingLabels", "Done"),
    }


def agenda_length(items: int, minutes: int) -> str:
    """ "6 items · 85 min" """
    if items == 0:
        return QCoreApplication.translate("MeetingLabels", "no agenda")
    if items == 1:
        text = QCoreApplication.translate("MeetingLabels", "1 item · {minutes} min")
    else:
        text = QCoreApplication.translate("MeetingLabels", "{items} items · {minutes} min")
    return text.format(items=QLocale().toString(items), minutes=QLocale().toString(minutes))


def _checked(value: Any) -> bool:
    try:
        return Qt.CheckState(value) == Qt.CheckState.Checked
    except (TypeError, ValueError):
        return bool(value)


def _check(flag: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if flag else Qt.CheckState.Unchecked


class _EditableRows(RowsModel):
    """Rows that are edited in place through `perform`."""

    def __init__(self, perform: Perform, parent: Any = None) -> None:
        super().__init__(parent)
        self._perform = perform

    def _run(self, text: str, operation: Callable[[Session], Any]) -> bool:
        ok, _result = self._perform(text, operation)
        return ok


# -- the meeting list ------------------------------------------------------------------------


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
        self._search: dict[MeetingRow, str] = {}  # what the filter looks in, made when first filtered
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
            ordered.sort(key=lambda r: self.sort_key(r, column), reverse=order == Qt.SortOrder.DescendingOrder)
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
        self.changePersistentIndexList(persistent, [self.index(rows[i], p.column()) for i, p in zip(ids, persistent)])
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
        elif edit is not None and edit.kind == "insert" and (edit.row < self._shown or everything_shown):
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
                    start.isoformat(), f"{start.day} {self._months[start.month]} {start.year}",
                    str(meeting.quarter), fmt_quarter(meeting.quarter), meeting.title, meeting.location or "",
                    self._kinds[meeting.kind], self._modes[meeting.mode],
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

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: _Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._shown < len(self._all)

    def fetchMore(self, parent: _Index) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self.reveal(min(len(self._all), self._shown + self.BATCH) - 1)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.COLUMNS):
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
                return self.tr("{start} to {end}").format(start=fmt_datetime(m.start), end=fmt_time(m.end))
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

    def filter_text(self) -> str:
        return " ".join(self._words)

    def is_filtered(self) -> bool:
        return bool(self._words)

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:  # noqa: N802
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


# -- the agenda -------------------------------------------------------------------------------

AGENDA_MIME = "application/x-chairdesk-agenda-item"


class AgendaModel(_EditableRows):
    """A meeting's agenda items in order, with the time plan; reordered by drag and drop."""

    COLUMNS = ("order", "start", "title", "presenter", "minutes", "activity", "notes", "done")
    EDITABLE = ("title", "presenter", "minutes", "activity", "notes")

    def __init__(self, perform: Perform, parent: Any = None) -> None:
        super().__init__(perform, parent)
        self._meeting_end: datetime | None = None

    def set_plan(self, items: Sequence[AgendaRow], meeting_end: datetime | None) -> None:
        """The agenda and the meeting's end (items running past it are flagged)."""
        if meeting_end != self._meeting_end:
            self._meeting_end = meeting_end
            if self._rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1))
        self.replace_rows(items)

    def _overruns(self, item: AgendaRow) -> bool:
        return self._meeting_end is not None and item.ends_at > self._meeting_end

    def headers(self) -> dict[str, str]:
        return {
            "order": self.tr("#"),
            "start": self.tr("Start"),
            "title": self.tr("Agenda item"),
            "presenter": self.tr("Presenter"),
            "minutes": self.tr("Minutes"),
            "activity": self.tr("Activity"),
            "notes": self.tr("Notes"),
            "done": self.tr("Done"),
        }

    def header_tips(self) -> dict[str, str]:
        return {
            "start": self.tr("When the item starts: the meeting's start plus the items before it"),
            "activity": self.tr("The work-plan activity the item reports on"),
            "done": self.tr("Unfinished items can be carried over to the next meeting"),
        }

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        column = self.COLUMNS[index.column()]
        if column in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        if column == "done":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item: AgendaRow = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == "order":
                return index.row() + 1 if role == SORT_ROLE else QLocale().toString(index.row() + 1)
            if column == "start":
                return item.starts_at.isoformat() if role == SORT_ROLE else fmt_time(item.starts_at)
            if column == "title":
                return item.title
            if column == "presenter":
                return item.presenter or ""
            if column == "minutes":
                return item.minutes if role == SORT_ROLE else QLocale().toString(item.minutes)
            if column == "activity":
                return item.activity_code or ""
            if column == "notes":
                return item.notes or ""
            return int(item.done) if role == SORT_ROLE else None
        if role == Qt.ItemDataRole.EditRole:
            return {
                "title": item.title,
                "presenter": item.presenter_id,
                "minutes": item.minutes,
                "activity": item.activity_id,
                "notes": item.notes or "",
            }.get(column)
        if role == Qt.ItemDataRole.CheckStateRole and column == "done":
            return _check(item.done)
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.ForegroundRole and column == "start" and self._overruns(item):
            return QBrush(QColor(OVERRUN_COLOR))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "start":
                span = self.tr("{start}–{end}").format(start=fmt_time(item.starts_at), end=fmt_time(item.ends_at))
                if self._overruns(item):
                    span += "\n" + self.tr("Runs past the meeting's end ({end})").format(end=fmt_time(self._meeting_end))
                return span
            if column == "presenter" and item.presenter_name:
                return item.presenter_name
            if column == "activity" and item.activity_code:
                return f"{item.activity_code} — {item.activity_title}"
            if column in ("title", "notes"):
                return (item.title if column == "title" else item.notes) or None
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("order", "minutes"):
            return _RIGHT
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("start", "activity"):
            return _CENTER
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        item: AgendaRow = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column == "done":
            done = _checked(value)
            text = self.tr("Mark agenda item done") if done else self.tr("Mark agenda item not done")
            return self._run(text, lambda s: meeting_ops().update_agenda_item(s, item.id, done=done))
        if role != Qt.ItemDataRole.EditRole or column not in self.EDITABLE:
            return False
        field, value = {
            "title": ("title", value),
            "presenter": ("presenter_id", value or None),
            "minutes": ("minutes", value),
            "activity": ("activity_id", value or None),
            "notes": ("notes", value),
        }[column]
        current = {"title": item.title, "presenter_id": item.presenter_id, "minutes": item.minutes,
                   "activity_id": item.activity_id, "notes": item.notes}[field]
        if value == current or (field == "notes" and (value or None) == current):
            return True
        return self._run(self.tr("Edit agenda item"), lambda s: meeting_ops().update_agenda_item(s, item.id, **{field: value}))

    # Reordering -----------------------------------------------------------------------------------

    def move_item(self, row: int, to_index: int) -> bool:
        """Move the item at `row` so that it becomes the `to_index`-th (one position key is written)."""
        if not (0 <= row < len(self._rows) and 0 <= to_index < len(self._rows)) or row == to_index:
            return False
        item_id = self._rows[row].id
        return self._run(self.tr("Move agenda item"), lambda s: meeting_ops().move_agenda_item(s, item_id, to_index))

    def moveRows(self, source_parent: _Index, source_row: int, count: int,  # noqa: N802
                 destination_parent: _Index, destination_child: int) -> bool:
        # Qt's destination is the row the item goes before, counted before the
        # move; the operation wants the item's index after it.
        if source_parent.isValid() or destination_parent.isValid() or count != 1:
            return False
        if destination_child in (source_row, source_row + 1):
            return False
        to_index = destination_child if destination_child < source_row else destination_child - 1
        # The refresh that follows the operation announces the move (beginMoveRows).
        return self.move_item(source_row, to_index)

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [AGENDA_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime = QMimeData()
        mime.setData(AGENDA_MIME, "\n".join(self._rows[r].id for r in rows).encode())
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index) -> bool:  # noqa: N802
        return action == Qt.DropAction.MoveAction and data.hasFormat(AGENDA_MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index) -> bool:  # noqa: N802
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = bytes(data.data(AGENDA_MIME)).decode().split()
        if len(ids) != 1:
            return False  # one item at a time: the table selects single rows
        source = self.row_of(ids[0])
        if source < 0:
            return False
        if row < 0:  # dropped on an item (before it) or on the empty space below the last one
            row = parent.row() if parent.isValid() else len(self._rows)
        return self.moveRows(QModelIndex(), source, 1, QModelIndex(), row)


# -- attendance -----------------------------------------------------------------------------------


class AttendanceModel(_EditableRows):
    """The entities expected at a meeting; ticked = present (an Attendance record)."""

    COLUMNS = ("entity", "name", "role")

    def __init__(self, perform: Perform, parent: Any = None) -> None:
        super().__init__(perform, parent)
        self.meeting_id: str | None = None
        self._roles = role_labels()

    def headers(self) -> dict[str, str]:
        return {"entity": self.tr("Entity"), "name": self.tr("Name"), "role": self.tr("Role")}

    def replace_rows(self, rows: Sequence[AttendanceRow]) -> None:
        super().replace_rows([_Keyed(r.entity_id, r) for r in rows])

    def row_at(self, row: int) -> AttendanceRow:
        return self._rows[row].row

    def present_count(self) -> int:
        return sum(1 for r in self._rows if r.row.present)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.COLUMNS[index.column()] == "entity":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
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
            return _check(entry.present)
        if role == ID_ROLE:
            return entry.entity_id
        if role == Qt.ItemDataRole.ToolTipRole and column == "name":
            return entry.name
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or self.meeting_id is None:
            return False
        entry: AttendanceRow = self._rows[index.row()].row
        present = _checked(value)
        if present == entry.present:
            return True
        meeting_id = self.meeting_id
        text = (self.tr("Mark {entity} present") if present else self.tr("Mark {entity} absent")).format(
            entity=entry.acronym
        )
        return self._run(text, lambda s: meeting_ops().set_attendance(s, meeting_id, entry.entity_id, present))


@dataclass(frozen=True)
class _Keyed:
    """A row under the id that RowsModel tracks it by."""

    id: str
    row: Any


# -- decisions ------------------------------------------------------------------------------------


class DecisionsModel(_EditableRows):
    COLUMNS = ("text",)

    def headers(self) -> dict[str, str]:
        return {"text": self.tr("Decision")}

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return QLocale().toString(section + 1)
        return super().headerData(section, orientation, role)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        decision: DecisionRow = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE):
            return decision.text
        if role == ID_ROLE:
            return decision.id
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        decision: DecisionRow = self._rows[index.row()]
        if value == decision.text:
            return True
        return self._run(self.tr("Edit decision"), lambda s: meeting_ops().update_decision(s, decision.id, value))


# -- action items ---------------------------------------------------------------------------------


class ActionsModel(_EditableRows):
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

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.COLUMNS[index.column()]
        if column in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        if column == "status":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
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
            return _check(action.status == ActionStatus.DONE)
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
            return _CENTER
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        action: ActionRow = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column == "status":
            return self.set_done(index.row(), _checked(value))
        if role != Qt.ItemDataRole.EditRole or column not in self.EDITABLE:
            return False
        field, value = {
            "text": ("text", value),
            "owner": ("owner_id", value or None),
            "due": ("due", _as_date(value)),
            "activity": ("activity_id", value or None),
        }[column]
        current = {"text": action.text, "owner_id": action.owner_id, "due": action.due,
                   "activity_id": action.activity_id}[field]
        if value == current:
            return True
        return self._run(self.tr("Edit action item"), lambda s: meeting_ops().update_action_item(s, action.id, **{field: value}))

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
