"""The agenda's model: a meeting's items in order, with the time plan; reordered by drag and drop."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from chairdesk.gui.formatting import fmt_time
from chairdesk.gui.models import SORT_ROLE
from chairdesk.gui.qt import QBrush, QColor, QLocale, QMimeData, QModelIndex, Qt
from chairdesk.gui.views.meetings.editable import CENTER, RIGHT, EditableRows, Index, check, checked
from chairdesk.gui.views.meetings.labels import ID_ROLE, OVERRUN_COLOR, meeting_ops
from chairdesk.store.meeting_queries import AgendaRow

if TYPE_CHECKING:
    from chairdesk.gui.views.meetings.editable import Perform

AGENDA_MIME = "application/x-chairdesk-agenda-item"


class AgendaModel(EditableRows):
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
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self._rows) - 1, len(self.COLUMNS) - 1)
                )
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

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )
        column = self.COLUMNS[index.column()]
        if column in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        if column == "done":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
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
            return check(item.done)
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.ForegroundRole and column == "start" and self._overruns(item):
            return QBrush(QColor(OVERRUN_COLOR))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == "start":
                span = self.tr("{start}–{end}").format(
                    start=fmt_time(item.starts_at), end=fmt_time(item.ends_at)
                )
                if self._overruns(item):
                    span += "\n" + self.tr("Runs past the meeting's end ({end})").format(
                        end=fmt_time(self._meeting_end)
                    )
                return span
            if column == "presenter" and item.presenter_name:
                return item.presenter_name
            if column == "activity" and item.activity_code:
                return f"{item.activity_code} — {item.activity_title}"
            if column in ("title", "notes"):
                return (item.title if column == "title" else item.notes) or None
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("order", "minutes"):
            return RIGHT
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("start", "activity"):
            return CENTER
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        item: AgendaRow = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and column == "done":
            done = checked(value)
            text = (
                self.tr("Mark agenda item done") if done else self.tr("Mark agenda item not done")
            )
            return self._run(
                text, lambda s: meeting_ops().update_agenda_item(s, item.id, done=done)
            )
        if role != Qt.ItemDataRole.EditRole or column not in self.EDITABLE:
            return False
        field, value = {
            "title": ("title", value),
            "presenter": ("presenter_id", value or None),
            "minutes": ("minutes", value),
            "activity": ("activity_id", value or None),
            "notes": ("notes", value),
        }[column]
        current = {
            "title": item.title,
            "presenter_id": item.presenter_id,
            "minutes": item.minutes,
            "activity_id": item.activity_id,
            "notes": item.notes,
        }[field]
        if value == current or (field == "notes" and (value or None) == current):
            return True
        return self._run(
            self.tr("Edit agenda item"),
            lambda s: meeting_ops().update_agenda_item(s, item.id, **{field: value}),
        )

    # Reordering -----------------------------------------------------------------------------------

    def move_item(self, row: int, to_index: int) -> bool:
        """Move the item at `row` so that it becomes the `to_index`-th (one position key is written)."""
        if not (0 <= row < len(self._rows) and 0 <= to_index < len(self._rows)) or row == to_index:
            return False
        item_id = self._rows[row].id
        return self._run(
            self.tr("Move agenda item"),
            lambda s: meeting_ops().move_agenda_item(s, item_id, to_index),
        )

    def moveRows(
        self,
        source_parent: Index,
        source_row: int,
        count: int,
        destination_parent: Index,
        destination_child: int,
    ) -> bool:
        # Qt's destination is the row the item goes before, counted before the
        # move; the operation wants the item's index after it.
        if source_parent.isValid() or destination_parent.isValid() or count != 1:
            return False
        if destination_child in (source_row, source_row + 1):
            return False
        to_index = destination_child if destination_child < source_row else destination_child - 1
        # The refresh that follows the operation announces the move (beginMoveRows).
        return self.move_item(source_row, to_index)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [AGENDA_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime = QMimeData()
        mime.setData(AGENDA_MIME, "\n".join(self._rows[r].id for r in rows).encode())
        return mime

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return action == Qt.DropAction.MoveAction and data.hasFormat(AGENDA_MIME)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
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
