"""The focal points: who to write to at each entity, for this group or for all groups."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from chairdesk.gui.inline import InlineMessage
from chairdesk.gui.qt import (
    QCheckBox,
    QComboBox,
    QKeySequence,
    QLineEdit,
    QObject,
    QPushButton,
    Qt,
    QTableView,
    QWidget,
)
from chairdesk.store import composition_queries as queries
from chairdesk.store.composition_queries import ContactRow, EntityRow
from chairdesk.store.ops import composition as ops

from .models import Column, RecordTableModel
from .panel import CompositionPanel, current_id, entity_choices, fill_combo, select_id, set_rows

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class ContactsModel(RecordTableModel):
    """Focal points; the scope column says whether one serves this group or all of them."""

    def __init__(self, inline: InlineMessage, parent: QObject | None = None) -> None:
        super().__init__(inline, parent)
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


class ContactsPanel(CompositionPanel):
    FORM = "composition_contacts.ui"
    TABLES = frozenset({"contact", "entity", "membership", "working_group"})

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        c = self.child
        self.contacts_all_check: QCheckBox = c(QCheckBox, "contactsAllCheck")
        self.contacts_table: QTableView = c(QTableView, "contactsTable")
        self.contact_entity_combo: QComboBox = c(QComboBox, "contactEntityCombo")
        self.contact_name_edit: QLineEdit = c(QLineEdit, "contactNameEdit")
        self.contact_job_edit: QLineEdit = c(QLineEdit, "contactJobEdit")
        self.contact_email_edit: QLineEdit = c(QLineEdit, "contactEmailEdit")
        self.contact_phone_edit: QLineEdit = c(QLineEdit, "contactPhoneEdit")
        self.contact_all_groups_check: QCheckBox = c(QCheckBox, "contactAllGroupsCheck")
        self.add_contact_button: QPushButton = c(QPushButton, "addContactButton")
        self.remove_contact_button: QPushButton = c(QPushButton, "removeContactButton")
        self.inline = self.message_line(
            "contactsError",
            {
                "entity": self.contact_entity_combo,
                "name": self.contact_name_edit,
                "job_title": self.contact_job_edit,
                "email": self.contact_email_edit,
                "phone": self.contact_phone_edit,
            },
        )
        self.contacts_error = self.inline.label

        self.contacts_model = ContactsModel(self.inline, self)
        self.contacts_proxy = self.record_table(self.contacts_table, self.contacts_model, stretch=2)
        self.contacts_all_check.toggled.connect(lambda _on: self.reload(group_changed=False))
        self.add_contact_button.clicked.connect(self.add_contact)
        for edit in self._entry_edits():
            edit.returnPressed.connect(self.add_contact)
        self.remove_contact_button.clicked.connect(self.remove_selected_contact)
        self.shortcut(
            QKeySequence.StandardKey.Delete,
            self.contacts_table,
            self.remove_selected_contact,
            Qt.ShortcutContext.WidgetShortcut,
        )
        for keys in ("Ins", "Ctrl+N"):
            self.shortcut(
                keys,
                self,
                self.contact_entity_combo.setFocus,
                Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        self.contacts_table.selectionModel().selectionChanged.connect(
            lambda *_: self.remove_contact_button.setEnabled(
                current_id(self.contacts_table) is not None
            )
        )
        self.remove_contact_button.setEnabled(False)

    def _entry_edits(self) -> tuple[QLineEdit, ...]:
        return (
            self.contact_name_edit,
            self.contact_job_edit,
            self.contact_email_edit,
            self.contact_phone_edit,
        )

    def add_contact(self) -> None:
        entity_id = self.contact_entity_combo.currentData()
        name = self.contact_name_edit.text()
        job = self.contact_job_edit.text()
        email = self.contact_email_edit.text()
        phone = self.contact_phone_edit.text()
        group_id = None if self.contact_all_groups_check.isChecked() else self.group_id
        done = self.inline.perform(
            self.tr("Add focal point {name}").format(name=name.strip()),
            lambda s: ops.add_contact(
                s, entity_id, name, group_id=group_id, job_title=job, email=email, phone=phone
            ),
        )
        if done.ok:
            for edit in self._entry_edits():
                edit.clear()
            select_id(self.contacts_table, done.result)
            self.contact_name_edit.setFocus()

    def remove_selected_contact(self) -> None:
        contact_id = current_id(self.contacts_table)
        if contact_id is None:
            return
        contact = self.contacts_model.row_at(self.contacts_model.row_of(contact_id))
        self.inline.perform(
            self.tr("Remove focal point {name}").format(name=contact.name),
            lambda s: ops.remove_contact(s, contact_id),
        )

    def reload(self, group_changed: bool) -> None:
        group_id = self.group_id
        everyone = self.contacts_all_check.isChecked() or group_id is None
        with self.controller.read() as session:
            rows = queries.contacts(session, None if everyone else group_id)
            entities = queries.entities(session)
            details = queries.group_details(session, group_id) if group_id else None
        fill_combo(self.contact_entity_combo, entity_choices(entities))
        self.add_contact_button.setEnabled(self.contact_entity_combo.count() > 0)
        group = (details.id, details.acronym) if details else None
        self.contacts_model.set_context(entities, group)
        set_rows(self.contacts_table, self.contacts_model, rows)
        self.contacts_table.resizeColumnsToContents()
        self.contacts_all_check.setEnabled(group_id is not None)
        self.contact_all_groups_check.setEnabled(group_id is not None)
        if group_id is None:
            self.contact_all_groups_check.setChecked(True)
        self.remove_contact_button.setEnabled(current_id(self.contacts_table) is not None)
        if group_changed:
            self.inline.clear()
