"""The cell editors of the meeting editor's tables: a choice, minutes, a due date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from chairdesk.domain.vocabulary import AGENDA_ITEM_MAX_MINUTES
from chairdesk.gui.qt import (
    QAbstractItemModel,
    QComboBox,
    QDate,
    QDateEdit,
    QModelIndex,
    QObject,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QWidget,
)
from chairdesk.store import meeting_queries as queries

if TYPE_CHECKING:
    from chairdesk.gui.controller import AppController


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of (id, label) choices; "" stands for none. Choosing commits at once."""

    def __init__(
        self, choices: Callable[[], list[tuple[str, str, str]]], none_label: str, parent: QObject
    ) -> None:
        super().__init__(parent)
        self._choices = choices  # (id, label, tooltip)
        self._none_label = none_label

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("choiceEditor")
        combo.addItem(self._none_label, "")
        for choice_id, label, tip in self._choices():
            combo.addItem(label, choice_id)
            combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        combo.setMinimumContentsLength(12)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.setCurrentIndex(max(0, found))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        model.setData(index, editor.currentData() or "", Qt.ItemDataRole.EditRole)


class MinutesDelegate(QStyledItemDelegate):
    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        spin = QSpinBox(parent)
        spin.setObjectName("minutesEditor")
        spin.setRange(0, AGENDA_ITEM_MAX_MINUTES)
        spin.setSingleStep(5)
        spin.setSuffix(self.tr(" min"))
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        return spin

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class DueDateDelegate(QStyledItemDelegate):
    """A date editor; an empty due date stays empty unless the chair picks a date."""

    def __init__(self, default: Callable[[], date], parent: QObject) -> None:
        super().__init__(parent)
        self._default = default

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        editor = QDateEdit(parent)
        editor.setObjectName("dueEditor")
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("d MMM yyyy")
        editor.setProperty("touched", False)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        day = value if isinstance(value, date) else self._default()
        editor.blockSignals(True)
        editor.setDate(QDate(day.year, day.month, day.day))
        editor.blockSignals(False)
        editor.setProperty("touched", isinstance(value, date))
        editor.dateChanged.connect(lambda _d, e=editor: e.setProperty("touched", True))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:
        if editor.property("touched"):
            model.setData(index, editor.date().toPython(), Qt.ItemDataRole.EditRole)


class MeetingChoices:
    """The entities and the group's activities a cell may name, read when a choice opens.

    The editor forgets them (`forget`) when another meeting is shown or one of `TABLES`
    changed; the agenda's and the action items' choice cells share them.
    """

    TABLES = frozenset({"entity", "activity", "output", "work_plan"})

    def __init__(self, controller: AppController) -> None:
        self.controller = controller
        self.group_id: str | None = None
        self._entities: list[tuple[str, str, str]] | None = None
        self._activities: list[tuple[str, str, str]] | None = None

    def forget(self, group_id: str | None) -> None:
        self.group_id = group_id
        self._entities = self._activities = None

    def entities(self) -> list[tuple[str, str, str]]:
        if self._entities is None:
            with self.controller.read_rows() as conn:
                self._entities = [(e.id, e.acronym, e.name) for e in queries.entity_choices(conn)]
        return self._entities

    def activities(self) -> list[tuple[str, str, str]]:
        if self._activities is None:
            if self.group_id is None:
                return []
            with self.controller.read_rows() as conn:
                self._activities = [
                    (a.id, f"{a.code} — {a.title}", f"{a.code} ({a.period}): {a.title}")
                    for a in queries.activity_choices(conn, self.group_id)
                ]
        return self._activities
