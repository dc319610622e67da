"""Editing a Work plan cell: the value read from an editor, and the editors themselves.

The delegates give the tree and the progress log a combo box of statuses, a spin box of
percentages (in the tree, drawn as a small bar) and a date with a calendar; the `*_from`
readers turn what an editor or a paste hands back into the value an operation takes (or
leave it as it is for the operation to refuse).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import Any

from chairdesk.domain.vocabulary import ActivityStatus
from chairdesk.gui.inline import Outcome
from chairdesk.gui.qt import (
    QComboBox,
    QDate,
    QDateEdit,
    QModelIndex,
    QPainter,
    QPersistentModelIndex,
    QRect,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QWidget,
)
from chairdesk.gui.views.workplan_status import KIND_ROLE, STATUS_ORDER, status_label

_Index = QModelIndex | QPersistentModelIndex

# Runs an edit as one undo step and shows its refusal (`InlineMessage.perform`).
Perform = Callable[[str, Callable[[Any], Any]], Outcome]


def qdate(day: date | None) -> QDate:
    return QDate(day.year, day.month, day.day) if day else QDate()


def status_from(value: Any) -> ActivityStatus | None:
    """A status from its value ("completed") or its label ("Completed"); None if neither."""
    if isinstance(value, ActivityStatus):
        return value
    text = str(value).strip()
    for status in STATUS_ORDER:
        if text == status.value or text.casefold() == status_label(status).casefold():
            return status
    return None


def int_from(value: Any) -> Any:
    """A whole number from an int or its text ("80", "80 %"); else unchanged (the op refuses it)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    text = str(value).strip().rstrip("%").strip()
    return int(text) if re.fullmatch(r"-?\d+", text) else value


def date_from(value: Any) -> Any:
    if isinstance(value, QDate):
        return value.toPython() if value.isValid() else None
    if value in (None, ""):
        return None
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return value
    return value


# -- delegates ------------------------------------------------------------------------------


class StatusDelegate(QStyledItemDelegate):
    """A combo box of the statuses' names; the choice is committed as soon as it is made."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("statusEditor")
        for status in STATUS_ORDER:
            combo.addItem(status_label(status), status.value)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ProgressDelegate(QStyledItemDelegate):
    """A spin box from 0 to 100 %."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        spin = QSpinBox(parent)
        spin.setObjectName("progressEditor")
        spin.setRange(0, 100)
        spin.setSingleStep(5)
        spin.setSuffix(" %")
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        return spin

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class ProgressBarDelegate(ProgressDelegate):
    """An activity's progress as its figure and a small bar (editing: a spin box)."""

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, index)  # background, selection and the figure
        if index.data(KIND_ROLE) != "activity":
            return
        progress = max(0, min(100, int(index.data(Qt.ItemDataRole.EditRole) or 0)))
        figure_width = option.fontMetrics.horizontalAdvance("100 %") + 10
        rect = option.rect.adjusted(4, 0, -figure_width, 0)
        if rect.width() < 16:
            return
        height = 6
        bar = QRect(rect.left(), rect.center().y() - height // 2 + 1, rect.width(), height)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        track = palette.highlightedText().color() if selected else palette.mid().color()
        track.setAlpha(90)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, 3, 3)
        if progress:
            done = QRect(bar.left(), bar.top(), max(height, bar.width() * progress // 100), height)
            painter.setBrush(palette.highlightedText() if selected else palette.highlight())
            painter.drawRoundedRect(done, 3, 3)
        painter.restore()


class DateDelegate(QStyledItemDelegate):
    """A date with a calendar. If `allow_empty`, the earliest date stands for "no date"."""

    NO_DATE = QDate(2000, 1, 1)

    def __init__(self, parent: Any = None, *, allow_empty: bool = True) -> None:
        super().__init__(parent)
        self.allow_empty = allow_empty

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: _Index) -> QWidget:
        edit = QDateEdit(parent)
        edit.setObjectName("dateEditor")
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        if self.allow_empty:
            # Typing the earliest date, or pressing Home, clears the date.
            edit.setMinimumDate(self.NO_DATE)
            edit.setSpecialValueText(self.tr("no date"))
        return edit

    def setEditorData(self, editor: QWidget, index: _Index) -> None:
        assert isinstance(editor, QDateEdit)
        day = index.data(Qt.ItemDataRole.EditRole)
        editor.setDate(qdate(day) if day else self.NO_DATE)

    def setModelData(self, editor: QWidget, model: Any, index: _Index) -> None:
        assert isinstance(editor, QDateEdit)
        day = editor.date()
        empty = self.allow_empty and day == self.NO_DATE
        model.setData(index, None if empty else day.toPython(), Qt.ItemDataRole.EditRole)
