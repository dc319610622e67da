"""All the entities of the workspace (UN and non-UN), whichever groups they take part in."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from chairdesk.domain.vocabulary import EntityKind
from chairdesk.gui.qt import (
    QComboBox,
    QKeySequence,
    QLineEdit,
    QPushButton,
    Qt,
    QTableView,
    QWidget,
)
from chairdesk.store import composition_queries as queries
from chairdesk.store.composition_queries import EntityRow
from chairdesk.store.ops import composition as ops

from .models import Column, RecordTableModel, kind_label
from .panel import CompositionPanel, select_id, set_rows

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


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


class EntitiesPanel(CompositionPanel):
    FORM = "composition_entities.ui"
    TABLES = frozenset({"entity"})

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        c = self.child
        self.entities_filter: QLineEdit = c(QLineEdit, "entitiesFilter")
        self.entities_table: QTableView = c(QTableView, "entitiesTable")
        self.entity_acronym_edit: QLineEdit = c(QLineEdit, "entityAcronymEdit")
        self.entity_name_edit: QLineEdit = c(QLineEdit, "entityNameEdit")
        self.entity_kind_combo: QComboBox = c(QComboBox, "entityKindCombo")
        self.add_entity_button: QPushButton = c(QPushButton, "addEntityButton")
        self.inline = self.message_line(
            "entitiesError",
            {
                "acronym": self.entity_acronym_edit,
                "name": self.entity_name_edit,
            },
        )
        self.entities_error = self.inline.label

        self.entities_model = EntitiesModel(self.inline, self)
        self.entities_proxy = self.record_table(self.entities_table, self.entities_model, stretch=1)
        self.entities_filter.textChanged.connect(self.entities_proxy.setFilterFixedString)
        for kind in EntityKind:
            self.entity_kind_combo.addItem(kind_label(kind), kind.value)
        self.add_entity_button.clicked.connect(self.add_entity)
        self.entity_acronym_edit.returnPressed.connect(self.add_entity)
        self.entity_name_edit.returnPressed.connect(self.add_entity)
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.shortcut(QKeySequence.StandardKey.Find, self, self.entities_filter.setFocus, ctx)
        for keys in ("Ins", "Ctrl+N"):
            self.shortcut(keys, self, self.entity_acronym_edit.setFocus, ctx)

    def add_entity(self) -> None:
        acronym = self.entity_acronym_edit.text()
        name = self.entity_name_edit.text()
        kind = self.entity_kind_combo.currentData()
        done = self.inline.perform(
            self.tr("Add entity {acronym}").format(acronym=acronym.strip()),
            lambda s: ops.add_entity(s, acronym, name, kind),
        )
        if done.ok:
            self.entity_acronym_edit.clear()
            self.entity_name_edit.clear()
            self.entities_filter.clear()
            select_id(self.entities_table, done.result)
            self.entity_acronym_edit.setFocus()

    def reload(self, group_changed: bool) -> None:
        with self.controller.read() as session:
            entities = queries.entities(session)
        set_rows(self.entities_table, self.entities_model, entities)
        self.entities_table.resizeColumnToContents(0)
        self.entities_table.resizeColumnToContents(2)
        if group_changed:
            self.inline.clear()
