"""What the Composition view's panels share: a form, a message line, record tables.

A panel is one tab of the view: it loads its own form (ui/composition_<panel>.ui),
shows the working group it is given (`show_group`), and reloads when a table it
shows changed (`refresh(changed_tables)`; an empty set means anything may have
changed). Its edits run through its `InlineMessage` (one undo step; a refusal is
shown in its message line, nothing written).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar

from chairdesk.domain.vocabulary import Pillar
from chairdesk.gui.controller import AppController
from chairdesk.gui.forms import load_form
from chairdesk.gui.inline import InlineMessage
from chairdesk.gui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QComboBox,
    QCoreApplication,
    QHeaderView,
    QItemSelectionModel,
    QKeySequence,
    QLabel,
    QShortcut,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .models import ID_ROLE, FieldDelegate, PredicateProxy, RecordTableModel


class CompositionPanel(QWidget):
    """One tab of the Composition view, showing `group_id` (None: no group chosen)."""

    FORM: ClassVar[str]
    #: The tables whose changes this panel shows.
    TABLES: ClassVar[frozenset[str]]

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.group_id: str | None = controller.group_id
        self.form = load_form(self.FORM, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)

    def child(self, kind: type, name: str) -> Any:
        widget = self.form.findChild(kind, name)
        if widget is None:
            raise LookupError(f"{self.FORM} has no {kind.__name__} {name}")
        return widget

    def message_line(self, name: str, fields: Mapping[str, QWidget] | None = None) -> InlineMessage:
        return InlineMessage(self.controller, self.child(QLabel, name), fields, self)

    def refresh(self, changed_tables: set[str]) -> None:
        if not changed_tables or changed_tables & self.TABLES:
            self.reload(group_changed=False)

    def show_group(self, group_id: str | None) -> None:
        """Show another working group (or none), and forget the previous one's refusals."""
        self.group_id = group_id
        self.reload(group_changed=True)

    def reload(self, group_changed: bool) -> None:
        raise NotImplementedError

    # Helpers for the panels' widgets ---------------------------------------------------

    def shortcut(
        self,
        keys: QKeySequence | str | QKeySequence.StandardKey,
        widget: QWidget,
        slot: Callable[[], object],
        context: Qt.ShortcutContext,
    ) -> QShortcut:
        shortcut = QShortcut(QKeySequence(keys), widget)
        shortcut.setContext(context)
        shortcut.activated.connect(slot)
        return shortcut

    def record_table(
        self,
        table: QTableView,
        model: RecordTableModel,
        sort_column: int = 0,
        stretch: int | None = None,
    ) -> PredicateProxy:
        """Show `model` in `table`, sorted, one row selected at a time, cells edited in place."""
        proxy = PredicateProxy(self)
        proxy.setSourceModel(model)
        table.setModel(proxy)
        table.setItemDelegate(FieldDelegate(self.controller.today, table))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        table.setAlternatingRowColors(True)
        table.setSortingEnabled(True)
        table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(stretch is None)
        if stretch is not None:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else in the form
        return proxy


def current_id(table: QTableView) -> str | None:
    """The id of the selected record, if any."""
    index = table.currentIndex()
    if not index.isValid() or not table.selectionModel().isSelected(index):
        return None
    return index.siblingAtColumn(0).data(ID_ROLE)


def select_id(table: QTableView, record_id: str | None) -> None:
    if record_id is None:
        return
    proxy = table.model()
    model = proxy.sourceModel()
    row = model.row_of(record_id)
    if row < 0:
        return
    index = proxy.mapFromSource(model.index(row, 0))
    if index.isValid():
        table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(index)


def set_rows(table: QTableView, model: RecordTableModel, rows: list[Any]) -> None:
    """New rows for `model`, keeping the selected record selected."""
    keep = current_id(table)
    model.set_rows(rows)
    if keep is not None and current_id(table) != keep:
        select_id(table, keep)


def fill_combo(combo: QComboBox, items: list[tuple[str, Any, str | None]]) -> None:
    """Refill `combo` with (label, value, tooltip); the chosen value stays chosen if offered."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for label, value, tip in items:
        combo.addItem(label, value)
        if tip:
            combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
    index = combo.findData(current) if current is not None else -1
    combo.setCurrentIndex(index if index >= 0 else (0 if items else -1))
    combo.blockSignals(False)


def select_value(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def entity_choices(entities: list[Any]) -> list[tuple[str, Any, str | None]]:
    """An entity combo's items: the acronym shown, the full name as tooltip."""
    return [(e.acronym, e.id, e.name) for e in entities]


#: The pillars of the UN Global Counter-Terrorism Strategy, as the combo boxes show them.
PILLAR_LABELS: dict[Pillar, str] = {
    Pillar.I: QT_TRANSLATE_NOOP(
        "CompositionView", "I \u2014 Conditions conducive to the spread of terrorism"
    ),
    Pillar.II: QT_TRANSLATE_NOOP("CompositionView", "II \u2014 Preventing and combating terrorism"),
    Pillar.III: QT_TRANSLATE_NOOP("CompositionView", "III \u2014 Building States\u2019 capacity"),
    Pillar.IV: QT_TRANSLATE_NOOP("CompositionView", "IV \u2014 Human rights and the rule of law"),
}


def fill_pillars(combo: QComboBox) -> None:
    for pillar, label in PILLAR_LABELS.items():
        combo.addItem(QCoreApplication.translate("CompositionView", label), pillar.value)
