"""The group's members: who takes part in which role, since and until when.

Memberships are history: ending one or changing a role keeps the old record, and
"All history" shows it; a cell edit corrects a record in place.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any

from chairdesk.domain.vocabulary import Role
from chairdesk.gui.formatting import fmt_date
from chairdesk.gui.inline import InlineMessage
from chairdesk.gui.qt import (
    QBrush,
    QComboBox,
    QDateEdit,
    QKeySequence,
    QLabel,
    QObject,
    QPalette,
    QPushButton,
    QRadioButton,
    Qt,
    QTableView,
    QWidget,
)
from chairdesk.store import composition_queries as queries
from chairdesk.store.composition_queries import MembershipRow
from chairdesk.store.ops import composition as ops

from .models import Column, OptionalDate, RecordTableModel, role_label
from .panel import (
    CompositionPanel,
    current_id,
    entity_choices,
    fill_combo,
    select_id,
    select_value,
    set_rows,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class MembershipsModel(RecordTableModel):
    """The group's memberships; `today` decides which are current."""

    def __init__(self, inline: InlineMessage, parent: QObject | None = None) -> None:
        super().__init__(inline, parent)

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


class MembersPanel(CompositionPanel):
    FORM = "composition_members.ui"
    TABLES = frozenset({"membership", "entity"})

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        c = self.child
        self.current_only_radio: QRadioButton = c(QRadioButton, "currentOnlyRadio")
        self.all_history_radio: QRadioButton = c(QRadioButton, "allHistoryRadio")
        self.members_count_label: QLabel = c(QLabel, "membersCountLabel")
        self.members_table: QTableView = c(QTableView, "membersTable")
        self.member_entity_combo: QComboBox = c(QComboBox, "memberEntityCombo")
        self.member_role_combo: QComboBox = c(QComboBox, "memberRoleCombo")
        self.member_start_edit: QDateEdit = c(QDateEdit, "memberStartEdit")
        self.add_member_button: QPushButton = c(QPushButton, "addMemberButton")
        self.selected_member_label: QLabel = c(QLabel, "selectedMemberLabel")
        self.member_date_edit: QDateEdit = c(QDateEdit, "memberDateEdit")
        self.end_membership_button: QPushButton = c(QPushButton, "endMembershipButton")
        self.change_role_label: QLabel = c(QLabel, "changeRoleLabel")
        self.change_role_combo: QComboBox = c(QComboBox, "changeRoleCombo")
        self.change_role_button: QPushButton = c(QPushButton, "changeRoleButton")
        self.remove_member_button: QPushButton = c(QPushButton, "removeMemberButton")
        self.inline = self.message_line(
            "membersError",
            {
                "entity": self.member_entity_combo,
                "start": self.member_start_edit,
            },
        )
        self.members_error = self.inline.label
        self._selected_membership_id: str | None = None

        self.members_model = MembershipsModel(self.inline, self)
        self.members_proxy = self.record_table(self.members_table, self.members_model, stretch=1)
        self.members_proxy.set_predicate(self._shown)
        for role in Role:
            self.member_role_combo.addItem(role_label(role), role.value)
            self.change_role_combo.addItem(role_label(role), role.value)
        select_value(self.member_role_combo, Role.MEMBER.value)
        self.member_start = OptionalDate(self.member_start_edit, controller.today)
        self.member_start_edit.setToolTip(
            self.tr("The first day of the membership; Delete if unknown")
        )
        self.member_date = OptionalDate(self.member_date_edit, controller.today, optional=False)
        self.member_start.set_value(controller.today())
        self.member_date.set_value(controller.today())
        self._connect()
        self._membership_selected()

    def _connect(self) -> None:
        self.current_only_radio.toggled.connect(self._filter_changed)
        self.add_member_button.clicked.connect(self.add_member)
        self.end_membership_button.clicked.connect(self.end_selected_membership)
        self.change_role_button.clicked.connect(self.change_selected_role)
        self.remove_member_button.clicked.connect(self.remove_selected_membership)
        self.members_table.selectionModel().selectionChanged.connect(self._membership_selected)
        self.members_proxy.modelReset.connect(self._membership_selected)
        self.members_proxy.layoutChanged.connect(self._membership_selected)
        self.members_proxy.dataChanged.connect(self._membership_selected)
        self.shortcut(
            QKeySequence.StandardKey.Delete,
            self.members_table,
            self.remove_selected_membership,
            Qt.ShortcutContext.WidgetShortcut,
        )
        for keys in ("Ins", "Ctrl+N"):
            self.shortcut(
                keys,
                self,
                self.member_entity_combo.setFocus,
                Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )

    def _shown(self, source_row: int) -> bool:
        if not self.current_only_radio.isChecked():
            return True
        return self.members_model.row_at(source_row).current_on(self.controller.today())

    def _filter_changed(self) -> None:
        keep = current_id(self.members_table)
        self.members_proxy.set_predicate(self._shown)
        select_id(self.members_table, keep)
        self._count_members()

    def _count_members(self) -> None:
        today = self.controller.today()
        rows = self.members_model.rows()
        current = sum(1 for m in rows if m.current_on(today))
        if self.current_only_radio.isChecked():
            text = (
                self.tr("One current member")
                if current == 1
                else self.tr("{count} current members").format(count=current)
            )
        else:
            text = (
                self.tr("One membership over time")
                if len(rows) == 1
                else self.tr("{count} memberships over time").format(count=len(rows))
            )
        self.members_count_label.setText(text)

    def _selected_membership(self) -> Any:
        record_id = current_id(self.members_table)
        row = self.members_model.row_of(record_id) if record_id else -1
        return self.members_model.row_at(row) if row >= 0 else None

    def _membership_selected(self, *_args: object) -> None:
        m = self._selected_membership()
        today = self.controller.today()
        if m is None:
            self.selected_member_label.setText(
                self.tr("Select a membership to end it or change its role.")
            )
        else:
            since = self.tr(" since {date}").format(date=fmt_date(m.start)) if m.start else ""
            until = self.tr(", until {date}").format(date=fmt_date(m.end)) if m.end else ""
            self.selected_member_label.setText(
                self.tr("{entity}, {role}{since}{until}. On").format(
                    entity=m.entity, role=role_label(m.role), since=since, until=until
                )
            )
        if m is not None and m.id != self._selected_membership_id:
            # Offer a change to a role the entity does not hold yet.
            other = next(role for role in Role if role != m.role)
            select_value(self.change_role_combo, other.value)
        self._selected_membership_id = m.id if m is not None else None
        open_ended = m is not None and m.end is None
        self.end_membership_button.setEnabled(open_ended)
        self.change_role_button.setEnabled(open_ended or (m is not None and m.end >= today))
        self.change_role_combo.setEnabled(self.change_role_button.isEnabled())
        self.member_date_edit.setEnabled(self.change_role_button.isEnabled())
        self.remove_member_button.setEnabled(m is not None)

    def add_member(self) -> None:
        entity_id = self.member_entity_combo.currentData()
        role = self.member_role_combo.currentData()
        start = self.member_start.value()
        group_id = self.group_id
        done = self.inline.perform(
            self.tr("Add {entity} as {role}").format(
                entity=self.member_entity_combo.currentText(), role=role_label(Role(role)).lower()
            ),
            lambda s: ops.add_membership(s, group_id, entity_id, role, start),
        )
        if done.ok:
            select_id(self.members_table, done.result)

    def end_selected_membership(self) -> None:
        m = self._selected_membership()
        if m is None:
            return
        end = self.member_date.value()
        self.inline.perform(
            self.tr("End {entity}'s membership").format(entity=m.entity),
            lambda s: ops.end_membership(s, m.id, end),
        )

    def change_selected_role(self) -> None:
        m = self._selected_membership()
        if m is None:
            return
        role = self.change_role_combo.currentData()
        day = self.member_date.value()
        done = self.inline.perform(
            self.tr("{entity} becomes {role}").format(entity=m.entity, role=role_label(Role(role))),
            lambda s: ops.change_role(s, m.id, role, day),
        )
        if done.ok:
            select_id(self.members_table, done.result)

    def remove_selected_membership(self) -> None:
        m = self._selected_membership()
        if m is None:
            return
        self.inline.perform(
            self.tr("Remove {entity}'s membership").format(entity=m.entity),
            lambda s: ops.remove_membership(s, m.id),
        )

    def reload(self, group_changed: bool) -> None:
        with self.controller.read() as session:
            entities = queries.entities(session)
            rows = queries.memberships(session, self.group_id) if self.group_id else []
        fill_combo(self.member_entity_combo, entity_choices(entities))
        self.add_member_button.setEnabled(self.member_entity_combo.count() > 0)
        set_rows(self.members_table, self.members_model, rows)
        self._count_members()
        self._membership_selected()
        self.members_table.resizeColumnsToContents()
        if group_changed:
            today = self.controller.today()
            self.member_start.set_value(today)
            self.member_date.set_value(today)
            self.inline.clear()
