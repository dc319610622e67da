"""What the Composition view's table models and editors share.

`RecordTableModel` holds frozen rows from chairdesk.store.composition_queries; an
edit in a cell is one operation through its panel's `InlineMessage` (one undo step;
a refusal is shown in the panel's message line). Each concept's model lives beside
the panel that shows it (members.py, contacts.py, entities.py, chair_models.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from chairdesk.domain.vocabulary import EntityKind, Role
from chairdesk.gui.formatting import fmt_date
from chairdesk.gui.inline import InlineMessage
from chairdesk.gui.models import SORT_ROLE
from chairdesk.gui.qt import (
    QAbstractTableModel,
    QColor,
    QComboBox,
    QCoreApplication,
    QDate,
    QDateEdit,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStyledItemDelegate,
    Qt,
    QWidget,
    Signal,
)

_Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_EDIT = Qt.ItemDataRole.EditRole

#: The value an editor starts from and gives back (a date, an enum value, an id).
VALUE_ROLE = Qt.ItemDataRole.UserRole + 2
#: How to edit the cell: "text", "choice", "date" or "optional_date".
EDITOR_ROLE = Qt.ItemDataRole.UserRole + 3
#: For "choice" cells, [(label, value), ...].
CHOICES_ROLE = Qt.ItemDataRole.UserRole + 4
#: The record id of the row.
ID_ROLE = Qt.ItemDataRole.UserRole + 5

ERROR_COLOR = QColor("#b3261e")


def role_label(role: Role) -> str:
    return {
        Role.VICE_CHAIR: QCoreApplication.translate("composition", "Vice-Chair"),
        Role.MEMBER: QCoreApplication.translate("composition", "Member"),
        Role.OBSERVER: QCoreApplication.translate("composition", "Observer"),
    }[role]


def kind_label(kind: EntityKind) -> str:
    return {
        EntityKind.UN: QCoreApplication.translate("composition", "UN"),
        EntityKind.NON_UN: QCoreApplication.translate("composition", "non-UN"),
    }[kind]


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


# -- dates that may be empty ---------------------------------------------------------


class OptionalDate(QObject):
    """Gives a QDateEdit a "no date" state (its minimum date, shown as a dash) and a
    `committed` signal for a finished edit.

    Delete clears an optional date; typing into an empty field starts from
    today (not from the sentinel year), and so does the calendar popup.
    `committed` fires on Return, on leaving the field, on picking a day in
    the calendar and on clearing, so a form can save each finished edit.
    """

    committed = Signal()
    NONE = QDate(1900, 1, 1)

    def __init__(self, edit: QDateEdit, today: Callable[[], date], optional: bool = True) -> None:
        super().__init__(edit)
        self.edit = edit
        self.optional = optional
        self._today = today
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        if optional:
            edit.setMinimumDate(self.NONE)
            edit.setSpecialValueText("\u2014")
            if not edit.toolTip():
                edit.setToolTip(QCoreApplication.translate("composition", "Delete: no date"))
        edit.installEventFilter(self)
        calendar = edit.calendarWidget()  # created now, so QDateEdit's own slots run before ours
        calendar.installEventFilter(self)
        calendar.clicked.connect(lambda _day: self.committed.emit())
        calendar.activated.connect(lambda _day: self.committed.emit())
        edit.editingFinished.connect(self.committed.emit)

    @staticmethod
    def value_of(edit: QDateEdit) -> date | None:
        if edit.minimumDate() == OptionalDate.NONE and edit.date() == OptionalDate.NONE:
            return None
        return from_qdate(edit.date())

    def value(self) -> date | None:
        return self.value_of(self.edit)

    def set_value(self, day: date | None) -> None:
        if day is None:
            self.edit.setDate(self.NONE if self.optional else to_qdate(self._today()))
        else:
            self.edit.setDate(to_qdate(day))

    def clear(self) -> None:
        if self.optional:
            self.set_value(None)
            self.committed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and self.optional:
            if event.key() == Qt.Key.Key_Delete and not event.modifiers():
                self.clear()
                return True
            if self.value() is None and event.text().strip():
                self.set_value(self._today())  # then the key edits a real date
        elif (
            event.type() == QEvent.Type.Show
            and watched is self.edit.calendarWidget()
            and self.value() is None
        ):
            self.edit.calendarWidget().setSelectedDate(to_qdate(self._today()))
        return False


class FieldDelegate(QStyledItemDelegate):
    """Edits a cell the way the model asks (EDITOR_ROLE): combo, date or text."""

    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._today = today

    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget:
        kind = index.data(EDITOR_ROLE)
        if kind == "choice":
            combo = QComboBox(parent)
            for label, value in index.data(CHOICES_ROLE) or []:
                combo.addItem(label, value)
            return combo
        if kind in ("date", "optional_date"):
            edit = QDateEdit(parent)
            OptionalDate(edit, self._today, optional=kind == "optional_date")
            return edit
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(VALUE_ROLE)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QDateEdit):
            if value is None:
                editor.setDate(
                    OptionalDate.NONE
                    if editor.minimumDate() == OptionalDate.NONE
                    else to_qdate(self._today())
                )
            else:
                editor.setDate(to_qdate(value))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: QModelIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), _EDIT)
        elif isinstance(editor, QDateEdit):
            model.setData(index, OptionalDate.value_of(editor), _EDIT)
        else:
            super().setModelData(editor, model, index)


# -- table models ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    editor: str | None = None  # None: read-only


class RecordTableModel(QAbstractTableModel):
    """Rows of frozen records with an `id`; cells edited through one operation each."""

    def __init__(self, inline: InlineMessage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.inline = inline  # where a refused edit is shown
        self.controller = inline.controller
        self._rows: list[Any] = []
        self.columns: tuple[Column, ...] = self.make_columns()

    # What a subclass says about its rows --------------------------------------------

    def make_columns(self) -> tuple[Column, ...]:
        raise NotImplementedError

    def display(self, row: Any, key: str) -> str:
        value = getattr(row, key)
        if isinstance(value, date):
            return fmt_date(value)
        return "" if value is None else str(value)

    def value(self, row: Any, key: str) -> Any:
        """What an editor starts from (and what an edit is compared with)."""
        value = getattr(row, key)
        return value.value if hasattr(value, "value") and not isinstance(value, date) else value

    def sort_key(self, row: Any, key: str) -> Any:
        value = getattr(row, key)
        if isinstance(value, date):
            return value.isoformat()
        if value is None:
            return ""
        return str(value).casefold()

    def editable(self, row: Any, key: str) -> bool:
        return True

    def choices(self, row: Any, key: str) -> list[tuple[str, Any]]:
        return []

    def operation(self, row: Any, key: str, value: Any) -> tuple[str, Callable[[Session], object]]:
        raise NotImplementedError

    def extra(self, row: Any, key: str, role: int) -> Any:
        return None

    # Rows -----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        rows = list(rows)
        if [r.id for r in rows] == [r.id for r in self._rows]:
            # Same records: update in place so selection, scroll and an open editor survive.
            self._rows = rows
            if rows:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1)
                )
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def row_of(self, record_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    # Qt ----------------------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == _DISPLAY
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].header
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if column.editor and self.editable(self._rows[index.row()], column.key):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == _DISPLAY:
            return self.display(row, column.key)
        if role == _EDIT:
            return self.display(row, column.key) if column.editor == "text" else None
        if role == VALUE_ROLE:
            return self.value(row, column.key)
        if role == SORT_ROLE:
            return self.sort_key(row, column.key)
        if role == EDITOR_ROLE:
            return column.editor
        if role == CHOICES_ROLE:
            return self.choices(row, column.key) if column.editor == "choice" else None
        if role == ID_ROLE:
            return row.id
        return self.extra(row, column.key, role)

    def setData(self, index: _Index, value: Any, role: int = _EDIT) -> bool:
        if (
            role != _EDIT
            or not index.isValid()
            or not self.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            return False
        row = self._rows[index.row()]
        key = self.columns[index.column()].key
        if isinstance(value, str) and self.columns[index.column()].editor == "text":
            if value.strip() == (self.display(row, key) or "").strip():
                return False
        elif value == self.value(row, key):
            return False
        text, operation = self.operation(row, key, value)
        return self.inline.perform(text, operation).ok


class PredicateProxy(QSortFilterProxyModel):
    """Sorts on SORT_ROLE and keeps the rows a predicate on the source row accepts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self._accept: Callable[[int], bool] | None = None

    def set_predicate(self, accept: Callable[[int], bool] | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self._accept = accept
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._accept = accept
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        if self._accept is not None and not self._accept(source_row):
            return False
        return super().filterAcceptsRow(source_row, source_parent)
