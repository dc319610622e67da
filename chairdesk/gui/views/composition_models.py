"""Table models and editors of the Composition view.

Each table model holds frozen rows from chairdesk.store.composition_queries;
an edit in a cell is one operation through `controller.perform`, and a
refused edit is reported through `failed` (the view shows it inline). The
rotation draft is the only model that holds unsaved data: the chair edits a
plan freely and saves it whole with "Apply rotation".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from chairdesk.domain.quarters import quarters_between
from chairdesk.domain.rotations import ChairTerm
from chairdesk.domain.vocabulary import EntityKind, Role
from chairdesk.gui.controller import AppController
from chairdesk.gui.formatting import fmt_date, fmt_quarter, fmt_quarter_label
from chairdesk.gui.inline import refusal_text
from chairdesk.gui.models import SORT_ROLE
from chairdesk.gui.qt import (
    QAbstractListModel,
    QAbstractTableModel,
    QBrush,
    QColor,
    QComboBox,
    QCoreApplication,
    QDate,
    QDateEdit,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPalette,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStyledItemDelegate,
    Qt,
    QWidget,
    Signal,
)
from chairdesk.store.composition_queries import ChairTermRow, ContactRow, EntityRow, MembershipRow
from chairdesk.store.ops import OperationError
from chairdesk.store.ops import composition as ops

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


def quarters_label(start: date, end: date | None) -> str:
    """ "Q3 2023", "Q1–Q2 2023", "Q4 2023–Q1 2024" for the quarters a term touches."""
    if end is None:
        text = QCoreApplication.translate("composition", "from {quarter}")
        return text.format(quarter=fmt_quarter(quarters_between(start, start)[0]))
    quarters = quarters_between(start, end)
    first, last = quarters[0], quarters[-1]
    if first == last:
        return fmt_quarter(first)
    if first.year == last.year:
        return f"{fmt_quarter_label(first)}\u2013{fmt_quarter_label(last)} {first.year}"
    return f"{fmt_quarter(first)}\u2013{fmt_quarter(last)}"


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

    failed = Signal(str, str)  # field, message of a refused edit
    succeeded = Signal()

    def __init__(self, controller: AppController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
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
        try:
            self.controller.perform(text, operation)
        except OperationError as error:
            self.failed.emit(error.field, refusal_text(error))
            return False
        self.succeeded.emit()
        return True


class EntitiesModel(RecordTableModel):
    def make_columns(self) -> tuple[Column, ...]:
        return (
            Column("acronym", self.tr("Acronym"), "text"),
            Column("name", self.tr("Full name"), "text"),
            Column("kind", self.tr("UN / non-UN"), "choice"),
        )

    def display(self, row: EntityRow, key: str) -> str:
        return kind_label(row.kind) if key == "kind" else super().display(row, key)

    def choices(self, row: EntityRow, key: str) -> list[tuple[str, Any]]:
        return [(kind_label(kind), kind.value) for kind in EntityKind]

    def operation(
        self, row: EntityRow, key: str, value: Any
    ) -> tuple[str, Callable[[Session], object]]:
        return (
            self.tr("Edit entity {acronym}").format(acronym=row.acronym),
            lambda s: ops.update_entity(s, row.id, **{key: value}),
        )


class MembershipsModel(RecordTableModel):
    """The group's memberships; `today` decides which are current."""

    def __init__(self, controller: AppController, parent: QObject | None = None) -> None:
        super().__init__(controller, parent)

    def make_columns(self) -> tuple[Column, ...]:
        return (
            Column("entity", self.tr("Entity")),
            Column("entity_name", self.tr("Full name")),
            Column("role", self.tr("Role"), "choice"),
            Column("start", self.tr("Start"), "optional_date"),
            Column("end", self.tr("End"), "optional_date"),
        )

    def display(self, row: MembershipRow, key: str) -> str:
        return role_label(row.role) if key == "role" else super().display(row, key)

    def sort_key(self, row: MembershipRow, key: str) -> Any:
        if key == "role":
            return list(Role).index(row.role)
        if key == "entity":
            return f"{row.entity.casefold()}\x00{(row.start or date.min).isoformat()}"
        return super().sort_key(row, key)

    def choices(self, row: MembershipRow, key: str) -> list[tuple[str, Any]]:
        return [(role_label(role), role.value) for role in Role]

    def extra(self, row: MembershipRow, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and key == "entity":
            return row.entity_name
        if role == Qt.ItemDataRole.ForegroundRole and not row.current_on(self.controller.today()):
            return QBrush(QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        return None

    def operation(
        self, row: MembershipRow, key: str, value: Any
    ) -> tuple[str, Callable[[Session], object]]:
        return (
            self.tr("Edit {entity}'s membership").format(entity=row.entity),
            lambda s: ops.update_membership(s, row.id, **{key: value}),
        )


class ContactsModel(RecordTableModel):
    """Focal points; the scope column says whether one serves this group or all of them."""

    def __init__(self, controller: AppController, parent: QObject | None = None) -> None:
        super().__init__(controller, parent)
        self._entities: list[tuple[str, str]] = []
        self._group: tuple[str, str] | None = None  # (id, acronym) of the group shown

    def set_context(self, entities: list[EntityRow], group: tuple[str, str] | None) -> None:
        self._entities = [(e.acronym, e.id) for e in entities]
        self._group = group

    def make_columns(self) -> tuple[Column, ...]:
        return (
            Column("entity_id", self.tr("Entity"), "choice"),
            Column("name", self.tr("Name"), "text"),
            Column("job_title", self.tr("Job title"), "text"),
            Column("email", self.tr("Email"), "text"),
            Column("phone", self.tr("Phone"), "text"),
            Column("group_id", self.tr("For"), "choice"),
        )

    def display(self, row: ContactRow, key: str) -> str:
        if key == "entity_id":
            return row.entity
        if key == "group_id":
            return row.group if row.group_id else self.tr("All groups")
        return super().display(row, key)

    def value(self, row: ContactRow, key: str) -> Any:
        value = getattr(row, key)
        return "" if key == "group_id" and value is None else value

    def sort_key(self, row: ContactRow, key: str) -> Any:
        return super().sort_key(row, {"entity_id": "entity", "group_id": "group"}.get(key, key))

    def editable(self, row: ContactRow, key: str) -> bool:
        # A focal point of another group is changed from that group, where it is in context.
        return (
            key != "group_id"
            or row.group_id is None
            or self._group is None
            or row.group_id == self._group[0]
        )

    def choices(self, row: ContactRow, key: str) -> list[tuple[str, Any]]:
        if key == "entity_id":
            return list(self._entities)
        scopes = [(self.tr("All groups"), "")]
        if self._group is not None:
            scopes.insert(0, (self._group[1], self._group[0]))
        return scopes

    def operation(
        self, row: ContactRow, key: str, value: Any
    ) -> tuple[str, Callable[[Session], object]]:
        if key == "group_id":
            value = value or None
        return (
            self.tr("Edit focal point {name}").format(name=row.name),
            lambda s: ops.update_contact(s, row.id, **{key: value}),
        )


class ChairTermsModel(RecordTableModel):
    """The group's chair terms; those from a rotation are changed through their plan."""

    def __init__(self, controller: AppController, parent: QObject | None = None) -> None:
        super().__init__(controller, parent)
        self._entities: list[tuple[str, str]] = []

    def set_entities(self, entities: list[EntityRow]) -> None:
        self._entities = [(e.acronym, e.id) for e in entities]

    def make_columns(self) -> tuple[Column, ...]:
        return (
            Column("entity_id", self.tr("Chair"), "choice"),
            Column("start", self.tr("From"), "date"),
            Column("end", self.tr("To"), "optional_date"),
            Column("quarters", self.tr("Quarters")),
            Column("source", self.tr("Source")),
        )

    def display(self, row: ChairTermRow, key: str) -> str:
        if key == "entity_id":
            return row.entity
        if key == "quarters":
            return quarters_label(row.start, row.end)
        if key == "source":
            return self.tr("from rotation") if row.from_rotation else self.tr("manual")
        return super().display(row, key)

    def value(self, row: ChairTermRow, key: str) -> Any:
        if key in ("quarters", "source"):
            return self.display(row, key)
        return getattr(row, key)

    def sort_key(self, row: ChairTermRow, key: str) -> Any:
        if key in ("entity_id", "source"):
            return self.display(row, key).casefold()
        if key == "quarters":
            return row.start.isoformat()
        return super().sort_key(row, key)

    def editable(self, row: ChairTermRow, key: str) -> bool:
        return not row.from_rotation

    def choices(self, row: ChairTermRow, key: str) -> list[tuple[str, Any]]:
        entities = list(self._entities)
        if row.entity_id not in {value for _, value in entities}:
            entities.insert(0, (row.entity, row.entity_id))
        return entities

    def extra(self, row: ChairTermRow, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and row.from_rotation:
            return self.tr("Generated by the rotation plan: change the plan to change it.")
        if role == Qt.ItemDataRole.ForegroundRole and row.from_rotation and key == "source":
            return QBrush(QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        return None

    def operation(
        self, row: ChairTermRow, key: str, value: Any
    ) -> tuple[str, Callable[[Session], object]]:
        return (
            self.tr("Edit {entity}'s chair term").format(entity=row.entity),
            lambda s: ops.update_chair_term(s, row.id, **{key: value}),
        )


class PreviewModel(QAbstractTableModel):
    """The chair terms a rotation plan would generate; conflicting ones are marked."""

    COLUMNS = ("number", "entity", "start", "end", "quarters")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._terms: list[ChairTerm] = []
        self._conflicts: dict[int, str] = {}
        self._headers = {
            "number": self.tr("#"),
            "entity": self.tr("Chair"),
            "start": self.tr("From"),
            "end": self.tr("To"),
            "quarters": self.tr("Quarters"),
        }

    def set_terms(
        self, terms: Sequence[ChairTerm], conflicts: dict[int, str] | None = None
    ) -> None:
        self.beginResetModel()
        self._terms = list(terms)
        self._conflicts = dict(conflicts or {})
        self.endResetModel()

    def terms(self) -> list[ChairTerm]:
        return list(self._terms)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._terms)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = _DISPLAY) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == _DISPLAY
            and 0 <= section < len(self.COLUMNS)
        ):
            return self._headers[self.COLUMNS[section]]
        return None

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        term = self._terms[index.row()]
        column = self.COLUMNS[index.column()]
        if role == _DISPLAY:
            if column == "number":
                return str(index.row() + 1)
            if column == "entity":
                return term.entity
            if column == "quarters":
                return quarters_label(term.start, term.end)
            return fmt_date(getattr(term, column))
        if role == SORT_ROLE:
            return index.row()
        if index.row() in self._conflicts:
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._conflicts[index.row()]
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(ERROR_COLOR)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "number":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


@dataclass(frozen=True)
class Place:
    """One place in the rotation: the entity taking the Chair for one term."""

    entity_id: str
    acronym: str


class RotationDraftModel(QAbstractListModel):
    """The entities of a rotation plan in order, reordered by drag and drop or Ctrl+Up/Down.

    Unsaved until "Apply rotation"; `edited` tells the view to refresh the preview.
    """

    edited = Signal()
    MIME = "application/x-chairdesk-rotation-places"

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._places: list[Place] = []

    def places(self) -> list[Place]:
        return list(self._places)

    def set_places(self, places: Sequence[Place]) -> None:
        self.beginResetModel()
        self._places = list(places)
        self.endResetModel()

    def append(self, place: Place, at: int | None = None) -> int:
        row = len(self._places) if at is None else max(0, min(at, len(self._places)))
        self.beginInsertRows(QModelIndex(), row, row)
        self._places.insert(row, place)
        self.endInsertRows()
        self.edited.emit()
        return row

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._places)

    def data(self, index: _Index, role: int = _DISPLAY) -> Any:
        if not index.isValid():
            return None
        place = self._places[index.row()]
        if role == _DISPLAY:
            return self.tr("{number}. {entity}").format(
                number=index.row() + 1, entity=place.acronym
            )
        if role == ID_ROLE:
            return place.entity_id
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # drops go between places, never onto one
        return (
            Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
        )

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [self.MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        mime.setData(self.MIME, ",".join(map(str, rows)).encode())
        return mime

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: _Index
    ) -> bool:
        # QListView moves internal drops with moveRows(); this covers other views.
        if action != Qt.DropAction.MoveAction or not data.hasFormat(self.MIME):
            return False
        rows = sorted({int(r) for r in bytes(data.data(self.MIME)).decode().split(",") if r})
        if not rows or rows[-1] >= len(self._places):
            return False
        target = len(self._places) if row < 0 else row
        if len(rows) == 1:
            self.moveRows(QModelIndex(), rows[0], 1, QModelIndex(), target)
        else:
            moving = [self._places[r] for r in rows]
            staying = [p for i, p in enumerate(self._places) if i not in rows]
            at = target - sum(1 for r in rows if r < target)
            self.set_places(staying[:at] + moving + staying[at:])
            self.edited.emit()
        return False  # already moved: the view must not remove the source rows

    def moveRows(
        self,
        source_parent: _Index,
        source_row: int,
        count: int,
        destination_parent: _Index,
        destination_child: int,
    ) -> bool:
        if source_parent.isValid() or destination_parent.isValid() or count < 1:
            return False
        last = source_row + count - 1
        if (
            source_row < 0
            or last >= len(self._places)
            or not 0 <= destination_child <= len(self._places)
        ):
            return False
        if source_row <= destination_child <= last + 1:
            return False  # onto itself
        if not self.beginMoveRows(
            QModelIndex(), source_row, last, QModelIndex(), destination_child
        ):
            return False
        moving = self._places[source_row : last + 1]
        del self._places[source_row : last + 1]
        at = destination_child if destination_child < source_row else destination_child - count
        self._places[at:at] = moving
        self.endMoveRows()
        self.edited.emit()
        # The numbers in front of the acronyms follow the new order.
        self.dataChanged.emit(self.index(0), self.index(len(self._places) - 1))
        return True

    def removeRows(self, row: int, count: int, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or row < 0 or count < 1 or row + count > len(self._places):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._places[row : row + count]
        self.endRemoveRows()
        self.edited.emit()
        if self._places:
            self.dataChanged.emit(self.index(0), self.index(len(self._places) - 1))
        return True


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
