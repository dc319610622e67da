"""The Composition view: the working group, its members, focal points, entities and chairmanship.

Every edit is one operation through `controller.perform` (one undo step);
refused input is shown in red under the form it came from. The one piece of
unsaved state is the rotation plan being edited: the chair arranges the
rotation and its preview freely, then "Apply rotation" saves the plan and
its chair terms in one step. Unsaved plans are kept per group and plan, so
switching group or plan never throws an arrangement away.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from chairdesk.domain.quarters import Quarter, add_months
from chairdesk.domain.rotations import ChairTerm, chair_on, generate_terms, next_handover
from chairdesk.domain.vocabulary import EntityKind, Pillar, Role, TermLength
from chairdesk.gui.controller import AppController
from chairdesk.gui.formatting import fmt_date, fmt_long_date
from chairdesk.gui.forms import load_form
from chairdesk.gui.inline import refusal_text
from chairdesk.gui.models import SORT_ROLE, GroupsModel
from chairdesk.gui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QEvent,
    QGroupBox,
    QHeaderView,
    QItemSelectionModel,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListView,
    QObject,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QShortcut,
    QSortFilterProxyModel,
    QSplitter,
    Qt,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from chairdesk.store import composition_queries as queries
from chairdesk.store.composition_queries import (
    ChairTermRow,
    EntityRow,
    GroupDetails,
    RotationPlanRow,
)
from chairdesk.store.models import WorkingGroup
from chairdesk.store.ops import OperationError
from chairdesk.store.ops import composition as ops
from chairdesk.store.queries import group_overviews

from .composition_models import (
    ERROR_COLOR,
    ID_ROLE,
    ChairTermsModel,
    ContactsModel,
    EntitiesModel,
    FieldDelegate,
    MembershipsModel,
    OptionalDate,
    Place,
    PredicateProxy,
    PreviewModel,
    RecordTableModel,
    RotationDraftModel,
    kind_label,
    role_label,
)

#: The pillars of the UN Global Counter-Terrorism Strategy, as the combo boxes show them.
PILLAR_LABELS: dict[Pillar, str] = {
    Pillar.I: QT_TRANSLATE_NOOP("CompositionView", "I \u2014 Conditions conducive to the spread of terrorism"),
    Pillar.II: QT_TRANSLATE_NOOP("CompositionView", "II \u2014 Preventing and combating terrorism"),
    Pillar.III: QT_TRANSLATE_NOOP("CompositionView", "III \u2014 Building States\u2019 capacity"),
    Pillar.IV: QT_TRANSLATE_NOOP("CompositionView", "IV \u2014 Human rights and the rule of law"),
}

_ROTATION_TABLES = {"rotation_plan", "rotation_slot", "chair_term"}


@dataclass(frozen=True)
class RotationDraft:
    """A rotation plan as arranged in the editor; plan_id None: not saved yet."""

    plan_id: str | None
    places: tuple[Place, ...]
    term_length: TermLength
    start: date
    until: date

    def same_plan_as(self, other: RotationDraft | None) -> bool:
        return other is not None and (
            tuple(p.entity_id for p in self.places),
            self.term_length,
            self.start,
            self.until,
        ) == (tuple(p.entity_id for p in other.places), other.term_length, other.start, other.until)

    @classmethod
    def of(cls, plan: RotationPlanRow) -> RotationDraft:
        return cls(
            plan.id,
            tuple(Place(i, a) for i, a in zip(plan.entity_ids, plan.entities)),
            plan.term_length,
            plan.start,
            plan.until,
        )


def chair_today_sentence(terms: list[ChairTerm], today: date, *, as_at: bool = False) -> str:
    """ "Chair today: OPCW (since 1 July 2022) — next handover: INTERPOL on 1 October 2022".

    `as_at`: `today` is a day the chair chose to look at, named instead of "today".
    """
    from chairdesk.gui.qt import QCoreApplication

    # Spelled out so that lupdate files these under the view's context.
    if not terms:
        return QCoreApplication.translate("CompositionView", "No chair terms yet: set up the rotation on the Chairmanship tab.")
    chair = chair_on(terms, today)
    upcoming = next_handover(terms, today)
    if chair is not None:
        since = _chairing_since(terms, chair, today)
        if as_at:
            text = QCoreApplication.translate("CompositionView", "Chair on {day}: {entity} (since {date})").format(
                day=fmt_long_date(today), entity=chair, date=fmt_long_date(since))
        else:
            text = QCoreApplication.translate("CompositionView", "Chair today: {entity} (since {date})").format(entity=chair, date=fmt_long_date(since))
    else:
        last = max(
            (t for t in terms if t.end is not None and t.end < today),
            key=lambda t: t.end,
            default=None,
        )
        text = (QCoreApplication.translate("CompositionView", "No chair on {day}").format(day=fmt_long_date(today))
                if as_at else QCoreApplication.translate("CompositionView", "No chair today"))
        if last is not None:
            text += QCoreApplication.translate("CompositionView", " (last: {entity}, until {date})").format(
                entity=last.entity, date=fmt_long_date(last.end)
            )
    if upcoming is not None:
        text += QCoreApplication.translate("CompositionView", " \u2014 next handover: {entity} on {date}").format(
            entity=upcoming.entity, date=fmt_long_date(upcoming.start)
        )
    return text


def _chairing_since(terms: list[ChairTerm], chair: str, today: date) -> date:
    """The first day of the chair's unbroken run of terms that includes today."""
    since = max(t.start for t in terms if t.entity == chair and t.contains(today))
    while True:
        before = [t for t in terms if t.entity == chair and t.end == since - timedelta(days=1)]
        if not before:
            return since
        since = min(t.start for t in before)


class CompositionView(QWidget):
    """Composition and chairmanship of the selected working group (or setting up the first)."""

    PILLARS = PILLAR_LABELS

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.form = load_form("composition_view.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self._find_widgets()

        self._group_id: str | None = None
        self._details: GroupDetails | None = None
        self._entities: list[EntityRow] = []
        self._group_entities: list[EntityRow] = []
        self._terms: list[ChairTermRow] = []
        self._plans: list[RotationPlanRow] = []
        self._drafts: dict[tuple[str, str | None], RotationDraft] = {}
        self._plan_choice: dict[str, str | None] = {}  # group id -> plan shown in the editor
        self._shown_draft: RotationDraft | None = None
        self._term_defaults: tuple[date, date | None] | None = None
        self._selected_membership_id: str | None = None

        self._setup_new_group()
        self._setup_details()
        self._setup_members()
        self._setup_contacts()
        self._setup_chair()
        self._setup_entities()
        self._setup_overview()
        for label in self._error_labels():
            label.setStyleSheet(f"color: {ERROR_COLOR.name()};")
            label.hide()

        controller.changed.connect(self._on_changed)
        controller.groupChanged.connect(self._on_group_changed)
        controller.workspaceChanged.connect(self._on_workspace_changed)
        self._group_id = controller.group_id
        self._reload(set(), group_changed=True)

    # -- widgets -----------------------------------------------------------------------

    def _find_widgets(self) -> None:
        f = self.form

        def w(kind: type, name: str) -> Any:
            widget = f.findChild(kind, name)
            if widget is None:
                raise LookupError(f"composition_view.ui has no {kind.__name__} {name}")
            return widget

        self.title_label: QLabel = w(QLabel, "titleLabel")
        self.chair_today_label: QLabel = w(QLabel, "chairTodayLabel")
        self.new_group_button: QPushButton = w(QPushButton, "newGroupButton")
        self.new_group_box: QGroupBox = w(QGroupBox, "newGroupBox")
        self.new_group_intro: QLabel = w(QLabel, "newGroupIntro")
        self.new_group_acronym: QLineEdit = w(QLineEdit, "newGroupAcronym")
        self.new_group_name: QLineEdit = w(QLineEdit, "newGroupName")
        self.new_group_pillar: QComboBox = w(QComboBox, "newGroupPillar")
        self.create_group_button: QPushButton = w(QPushButton, "createGroupButton")
        self.cancel_new_group_button: QPushButton = w(QPushButton, "cancelNewGroupButton")
        self.new_group_error: QLabel = w(QLabel, "newGroupError")
        self.tabs: QTabWidget = w(QTabWidget, "tabs")
        self.details_tab: QWidget = w(QWidget, "detailsTab")
        self.members_tab: QWidget = w(QWidget, "membersTab")
        self.contacts_tab: QWidget = w(QWidget, "contactsTab")
        self.chair_tab: QWidget = w(QWidget, "chairTab")
        self.entities_tab: QWidget = w(QWidget, "entitiesTab")
        self.overview_tab: QWidget = w(QWidget, "overviewTab")

        self.acronym_edit: QLineEdit = w(QLineEdit, "acronymEdit")
        self.name_edit: QLineEdit = w(QLineEdit, "nameEdit")
        self.name_fr_edit: QLineEdit = w(QLineEdit, "nameFrEdit")
        self.pillar_combo: QComboBox = w(QComboBox, "pillarCombo")
        self.time_zone_combo: QComboBox = w(QComboBox, "timeZoneCombo")
        self.mandate_edit: QPlainTextEdit = w(QPlainTextEdit, "mandateEdit")
        self.objectives_edit: QPlainTextEdit = w(QPlainTextEdit, "objectivesEdit")
        self.tor_revised_edit: QDateEdit = w(QDateEdit, "torRevisedEdit")
        self.tor_submitted_edit: QDateEdit = w(QDateEdit, "torSubmittedEdit")
        self.tor_revised_clear: QToolButton = w(QToolButton, "torRevisedClear")
        self.tor_submitted_clear: QToolButton = w(QToolButton, "torSubmittedClear")
        self.details_error: QLabel = w(QLabel, "detailsError")

        self.current_only_radio: QRadioButton = w(QRadioButton, "currentOnlyRadio")
        self.all_history_radio: QRadioButton = w(QRadioButton, "allHistoryRadio")
        self.members_count_label: QLabel = w(QLabel, "membersCountLabel")
        self.members_table: QTableView = w(QTableView, "membersTable")
        self.member_entity_combo: QComboBox = w(QComboBox, "memberEntityCombo")
        self.member_role_combo: QComboBox = w(QComboBox, "memberRoleCombo")
        self.member_start_edit: QDateEdit = w(QDateEdit, "memberStartEdit")
        self.add_member_button: QPushButton = w(QPushButton, "addMemberButton")
        self.selected_member_label: QLabel = w(QLabel, "selectedMemberLabel")
        self.member_date_edit: QDateEdit = w(QDateEdit, "memberDateEdit")
        self.end_membership_button: QPushButton = w(QPushButton, "endMembershipButton")
        self.change_role_label: QLabel = w(QLabel, "changeRoleLabel")
        self.change_role_combo: QComboBox = w(QComboBox, "changeRoleCombo")
        self.change_role_button: QPushButton = w(QPushButton, "changeRoleButton")
        self.remove_member_button: QPushButton = w(QPushButton, "removeMemberButton")
        self.members_error: QLabel = w(QLabel, "membersError")

        self.contacts_all_check: QCheckBox = w(QCheckBox, "contactsAllCheck")
        self.contacts_table: QTableView = w(QTableView, "contactsTable")
        self.contact_entity_combo: QComboBox = w(QComboBox, "contactEntityCombo")
        self.contact_name_edit: QLineEdit = w(QLineEdit, "contactNameEdit")
        self.contact_job_edit: QLineEdit = w(QLineEdit, "contactJobEdit")
        self.contact_email_edit: QLineEdit = w(QLineEdit, "contactEmailEdit")
        self.contact_phone_edit: QLineEdit = w(QLineEdit, "contactPhoneEdit")
        self.contact_all_groups_check: QCheckBox = w(QCheckBox, "contactAllGroupsCheck")
        self.add_contact_button: QPushButton = w(QPushButton, "addContactButton")
        self.remove_contact_button: QPushButton = w(QPushButton, "removeContactButton")
        self.contacts_error: QLabel = w(QLabel, "contactsError")

        self.chair_splitter: QSplitter = w(QSplitter, "chairSplitter")
        self.plan_combo: QComboBox = w(QComboBox, "planCombo")
        self.new_plan_button: QPushButton = w(QPushButton, "newPlanButton")
        self.remove_plan_button: QPushButton = w(QPushButton, "removePlanButton")
        self.rotation_list: QListView = w(QListView, "rotationList")
        self.rotation_entity_combo: QComboBox = w(QComboBox, "rotationEntityCombo")
        self.add_place_button: QPushButton = w(QPushButton, "addPlaceButton")
        self.remove_place_button: QPushButton = w(QPushButton, "removePlaceButton")
        self.move_up_button: QPushButton = w(QPushButton, "moveUpButton")
        self.move_down_button: QPushButton = w(QPushButton, "moveDownButton")
        self.term_length_combo: QComboBox = w(QComboBox, "termLengthCombo")
        self.rotation_start_edit: QDateEdit = w(QDateEdit, "rotationStartEdit")
        self.rotation_until_edit: QDateEdit = w(QDateEdit, "rotationUntilEdit")
        self.rotation_error: QLabel = w(QLabel, "rotationError")
        self.rotation_state_label: QLabel = w(QLabel, "rotationStateLabel")
        self.revert_rotation_button: QPushButton = w(QPushButton, "revertRotationButton")
        self.apply_rotation_button: QPushButton = w(QPushButton, "applyRotationButton")
        self.preview_table: QTableView = w(QTableView, "previewTable")
        self.preview_summary: QLabel = w(QLabel, "previewSummary")
        self.chair_terms_table: QTableView = w(QTableView, "chairTermsTable")
        self.term_entity_combo: QComboBox = w(QComboBox, "termEntityCombo")
        self.term_start_edit: QDateEdit = w(QDateEdit, "termStartEdit")
        self.term_end_edit: QDateEdit = w(QDateEdit, "termEndEdit")
        self.add_term_button: QPushButton = w(QPushButton, "addTermButton")
        self.remove_term_button: QPushButton = w(QPushButton, "removeTermButton")
        self.terms_error: QLabel = w(QLabel, "termsError")

        self.entities_filter: QLineEdit = w(QLineEdit, "entitiesFilter")
        self.entities_table: QTableView = w(QTableView, "entitiesTable")
        self.entity_acronym_edit: QLineEdit = w(QLineEdit, "entityAcronymEdit")
        self.entity_name_edit: QLineEdit = w(QLineEdit, "entityNameEdit")
        self.entity_kind_combo: QComboBox = w(QComboBox, "entityKindCombo")
        self.add_entity_button: QPushButton = w(QPushButton, "addEntityButton")
        self.entities_error: QLabel = w(QLabel, "entitiesError")

        self.overview_table: QTableView = w(QTableView, "overviewTable")

    def _error_labels(self) -> list[QLabel]:
        return [
            self.new_group_error,
            self.details_error,
            self.members_error,
            self.contacts_error,
            self.rotation_error,
            self.terms_error,
            self.entities_error,
        ]

    def _shortcut(
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

    def _table(
        self,
        table: QTableView,
        model: Any,
        proxy: QSortFilterProxyModel | None = None,
        sort_column: int = 0,
        stretch: int | None = None,
    ) -> QSortFilterProxyModel:
        proxy = proxy or PredicateProxy(self)
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
        if isinstance(model, RecordTableModel):
            label = self._error_label_for(table)
            model.failed.connect(lambda _field, message: self._show_error(label, message))
            model.succeeded.connect(lambda: self._show_error(label, ""))
        return proxy

    def _error_label_for(self, table: QTableView) -> QLabel:
        return {
            self.members_table: self.members_error,
            self.contacts_table: self.contacts_error,
            self.chair_terms_table: self.terms_error,
            self.entities_table: self.entities_error,
        }[table]

    @staticmethod
    def _show_error(label: QLabel, message: str) -> None:
        label.setText(message)
        label.setVisible(bool(message))

    @staticmethod
    def _fill_combo(combo: QComboBox, items: list[tuple[str, Any, str | None]]) -> None:
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

    @staticmethod
    def _select_value(combo: QComboBox, value: Any) -> None:
        index = combo.findData(value)
        if index >= 0:
            combo.setCurrentIndex(index)

    def _perform(
        self, text: str, operation: Callable[[Session], Any], error: QLabel
    ) -> tuple[bool, Any]:
        """Run one undoable operation; a refusal goes to `error` (and nothing was written)."""
        try:
            result = self.controller.perform(text, operation)
        except OperationError as refused:
            self._show_error(error, refusal_text(refused))
            return False, None
        self._show_error(error, "")
        return True, result

    def _current_id(self, table: QTableView) -> str | None:
        index = table.currentIndex()
        if not index.isValid() or not table.selectionModel().isSelected(index):
            return None
        return index.siblingAtColumn(0).data(ID_ROLE)

    def _select_id(self, table: QTableView, record_id: str | None) -> None:
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

    def _set_rows(self, table: QTableView, model: RecordTableModel, rows: list[Any]) -> None:
        """New rows for `model`, keeping the selected record selected."""
        keep = self._current_id(table)
        model.set_rows(rows)
        if keep is not None and self._current_id(table) != keep:
            self._select_id(table, keep)

    # -- a new working group ---------------------------------------------------------------

    def _setup_new_group(self) -> None:
        for pillar, label in self.PILLARS.items():
            self.new_group_pillar.addItem(self.tr(label), pillar.value)
        self.new_group_button.toggled.connect(self._toggle_new_group)
        self.create_group_button.clicked.connect(self.create_group)
        self.cancel_new_group_button.clicked.connect(
            lambda: self.new_group_button.setChecked(False)
        )
        self.new_group_acronym.returnPressed.connect(self.create_group)
        self.new_group_name.returnPressed.connect(self.create_group)
        self._shortcut(
            QKeySequence.StandardKey.Cancel,
            self.new_group_box,
            lambda: self.new_group_button.setChecked(False),
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    def _toggle_new_group(self, shown: bool) -> None:
        self.new_group_box.setVisible(shown or self._group_id is None)
        if shown:
            self.new_group_acronym.setFocus()
        else:
            self._show_error(self.new_group_error, "")

    def create_group(self) -> None:
        acronym = self.new_group_acronym.text()
        name = self.new_group_name.text()
        pillar = self.new_group_pillar.currentData()
        ok, group_id = self._perform(
            self.tr("Create working group {acronym}").format(acronym=acronym.strip()),
            lambda s: ops.create_working_group(s, acronym, name, pillar),
            self.new_group_error,
        )
        if not ok:
            return
        self.new_group_acronym.clear()
        self.new_group_name.clear()
        self.new_group_button.setChecked(False)
        # The whole window follows the new group, not only this view.
        self.controller.set_group(group_id)
        self.tabs.setCurrentWidget(self.details_tab)
        self.name_edit.setFocus()

    # -- details -------------------------------------------------------------------------------

    def _setup_details(self) -> None:
        for pillar, label in self.PILLARS.items():
            self.pillar_combo.addItem(self.tr(label), pillar.value)
        self.tor_revised = OptionalDate(self.tor_revised_edit, self.controller.today)
        self.tor_submitted = OptionalDate(self.tor_submitted_edit, self.controller.today)
        self.acronym_edit.editingFinished.connect(
            lambda: self._save_detail("acronym", self.acronym_edit.text())
        )
        self.name_edit.editingFinished.connect(
            lambda: self._save_detail("name", self.name_edit.text())
        )
        self.name_fr_edit.editingFinished.connect(
            lambda: self._save_detail("name_fr", self.name_fr_edit.text())
        )
        self.name_fr_edit.setPlaceholderText(
            self.tr("As French documents name it, in full: “Groupe de travail sur …”")
        )
        self._setup_time_zones()
        self.pillar_combo.activated.connect(
            lambda _i: self._save_detail("pillar", self.pillar_combo.currentData())
        )
        self.tor_revised.committed.connect(
            lambda: self._save_detail("tor_revised", self.tor_revised.value())
        )
        self.tor_submitted.committed.connect(
            lambda: self._save_detail("tor_submitted", self.tor_submitted.value())
        )
        self.tor_revised_clear.clicked.connect(self.tor_revised.clear)
        self.tor_submitted_clear.clicked.connect(self.tor_submitted.clear)
        for edit in (self.mandate_edit, self.objectives_edit):
            edit.installEventFilter(self)
        self.mandate_edit.setPlaceholderText(
            self.tr("What the working group is for, as its terms of reference say.")
        )
        self.objectives_edit.setPlaceholderText(self.tr("The working group's primary objectives."))
        self.tor_revised_clear.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tor_submitted_clear.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _setup_time_zones(self) -> None:
        """The zone the group's meeting times are written in: any IANA zone, typed or chosen.

        Left empty, the calendar export takes the computer's own zone (and says so).
        """
        combo = self.time_zone_combo
        combo.installEventFilter(self)  # the zones are listed when the chair first reaches the field
        combo.lineEdit().installEventFilter(self)
        combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        combo.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.lineEdit().setPlaceholderText(self.tr("This computer’s zone"))
        combo.setToolTip(self.tr(
            "The time zone the group's meeting times are written in (Europe/Vienna, America/New_York). "
            "Calendars sent to members in other zones show the meetings at their own local time."
        ))
        combo.lineEdit().editingFinished.connect(lambda: self._save_detail("time_zone", combo.currentText()))
        combo.activated.connect(lambda _i: self._save_detail("time_zone", combo.currentText()))

    def _list_time_zones(self) -> None:
        # Reading the zone database takes a tenth of a second: not while the view opens.
        from zoneinfo import available_timezones

        combo = self.time_zone_combo
        text = combo.currentText()
        combo.blockSignals(True)
        combo.addItems(["", *sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc/")), "UTC"])
        combo.setCurrentText(text)
        combo.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched in (self.time_zone_combo, self.time_zone_combo.lineEdit())
            and event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress)
            and self.time_zone_combo.count() == 0
        ):
            self._list_time_zones()
        # Long texts are saved when the chair leaves the field (or the window closes).
        if event.type() == QEvent.Type.FocusOut:
            if watched is self.mandate_edit:
                self._save_detail("mandate", self.mandate_edit.toPlainText())
            elif watched is self.objectives_edit:
                self._save_detail("objectives", self.objectives_edit.toPlainText())
        return super().eventFilter(watched, event)

    def _detail_widgets(
        self,
    ) -> dict[str, tuple[QWidget, Callable[[], Any], Callable[[Any], None]]]:
        return {
            "acronym": (self.acronym_edit, self.acronym_edit.text, self.acronym_edit.setText),
            "name": (self.name_edit, self.name_edit.text, self.name_edit.setText),
            "name_fr": (self.name_fr_edit, self.name_fr_edit.text, self.name_fr_edit.setText),
            "time_zone": (
                self.time_zone_combo,
                self.time_zone_combo.currentText,
                self.time_zone_combo.setCurrentText,
            ),
            "pillar": (
                self.pillar_combo,
                self.pillar_combo.currentData,
                lambda v: self._select_value(self.pillar_combo, Pillar(v).value if v else None),
            ),
            "mandate": (
                self.mandate_edit,
                self.mandate_edit.toPlainText,
                self.mandate_edit.setPlainText,
            ),
            "objectives": (
                self.objectives_edit,
                self.objectives_edit.toPlainText,
                self.objectives_edit.setPlainText,
            ),
            "tor_revised": (
                self.tor_revised_edit,
                self.tor_revised.value,
                self.tor_revised.set_value,
            ),
            "tor_submitted": (
                self.tor_submitted_edit,
                self.tor_submitted.value,
                self.tor_submitted.set_value,
            ),
        }

    @staticmethod
    def _comparable(field: str, value: Any) -> Any:
        if isinstance(value, str):
            return value.strip()
        if field == "pillar" and value is not None:
            return Pillar(value).value
        return value

    def _save_detail(self, field: str, value: Any) -> None:
        details = self._details
        if details is None or self._comparable(field, value) == self._comparable(
            field, getattr(details, field)
        ):
            return
        labels = {
            "acronym": self.tr("acronym"),
            "name": self.tr("name"),
            "name_fr": self.tr("name in French"),
            "time_zone": self.tr("time zone"),
            "pillar": self.tr("pillar"),
            "mandate": self.tr("mandate"),
            "objectives": self.tr("primary objectives"),
            "tor_revised": self.tr("terms-of-reference revision date"),
            "tor_submitted": self.tr("terms-of-reference submission date"),
        }
        group_id = details.id  # the group the field was filled from, even if the window moved on
        self._perform(
            self.tr("Edit the group's {field}").format(field=labels[field]),
            lambda s: ops.update_working_group(s, group_id, **{field: value}),
            self.details_error,
        )

    def _refresh_details(self, group_changed: bool) -> None:
        with self.controller.read() as session:
            details = queries.group_details(session, self._group_id)
        previous = self._details
        self._details = details
        empty = {
            "acronym": "",
            "name": "",
            "name_fr": "",
            "time_zone": "",
            "pillar": None,
            "mandate": "",
            "objectives": "",
            "tor_revised": None,
            "tor_submitted": None,
        }
        for field, (widget, read, write) in self._detail_widgets().items():
            new = getattr(details, field) if details else empty[field]
            typing = (
                not group_changed
                and widget.hasFocus()
                and previous is not None
                and self._comparable(field, read())
                != self._comparable(field, getattr(previous, field))
            )
            if typing:
                continue  # never overwrite what the chair is typing
            if self._comparable(field, read()) != self._comparable(field, new):
                widget.blockSignals(True)
                write(new)
                widget.blockSignals(False)
        if group_changed:
            self._show_error(self.details_error, "")

    # -- members ----------------------------------------------------------------------------------

    def _setup_members(self) -> None:
        self.members_model = MembershipsModel(self.controller, self)
        self.members_proxy = self._table(self.members_table, self.members_model, stretch=1)
        self.members_proxy.set_predicate(self._membership_shown)
        for role in Role:
            self.member_role_combo.addItem(role_label(role), role.value)
            self.change_role_combo.addItem(role_label(role), role.value)
        self._select_value(self.member_role_combo, Role.MEMBER.value)
        self.member_start = OptionalDate(self.member_start_edit, self.controller.today)
        self.member_start_edit.setToolTip(
            self.tr("The first day of the membership; Delete if unknown")
        )
        self.member_date = OptionalDate(
            self.member_date_edit, self.controller.today, optional=False
        )
        self.member_start.set_value(self.controller.today())
        self.member_date.set_value(self.controller.today())
        self.current_only_radio.toggled.connect(self._membership_filter_changed)
        self.add_member_button.clicked.connect(self.add_member)
        self.end_membership_button.clicked.connect(self.end_selected_membership)
        self.change_role_button.clicked.connect(self.change_selected_role)
        self.remove_member_button.clicked.connect(self.remove_selected_membership)
        self.members_table.selectionModel().selectionChanged.connect(self._membership_selected)
        self.members_proxy.modelReset.connect(self._membership_selected)
        self.members_proxy.layoutChanged.connect(self._membership_selected)
        self.members_proxy.dataChanged.connect(self._membership_selected)
        self._shortcut(
            QKeySequence.StandardKey.Delete,
            self.members_table,
            self.remove_selected_membership,
            Qt.ShortcutContext.WidgetShortcut,
        )
        for keys in ("Ins", "Ctrl+N"):
            self._shortcut(
                keys,
                self.members_tab,
                self.member_entity_combo.setFocus,
                Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        self._membership_selected()

    def _membership_shown(self, source_row: int) -> bool:
        if not self.current_only_radio.isChecked():
            return True
        return self.members_model.row_at(source_row).current_on(self.controller.today())

    def _membership_filter_changed(self) -> None:
        keep = self._current_id(self.members_table)
        self.members_proxy.set_predicate(self._membership_shown)
        self._select_id(self.members_table, keep)
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
        record_id = self._current_id(self.members_table)
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
            self._select_value(self.change_role_combo, other.value)
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
        group_id = self._group_id
        ok, membership_id = self._perform(
            self.tr("Add {entity} as {role}").format(
                entity=self.member_entity_combo.currentText(), role=role_label(Role(role)).lower()
            ),
            lambda s: ops.add_membership(s, group_id, entity_id, role, start),
            self.members_error,
        )
        if ok:
            self._select_id(self.members_table, membership_id)

    def end_selected_membership(self) -> None:
        m = self._selected_membership()
        if m is None:
            return
        end = self.member_date.value()
        self._perform(
            self.tr("End {entity}'s membership").format(entity=m.entity),
            lambda s: ops.end_membership(s, m.id, end),
            self.members_error,
        )

    def change_selected_role(self) -> None:
        m = self._selected_membership()
        if m is None:
            return
        role = self.change_role_combo.currentData()
        day = self.member_date.value()
        ok, new_id = self._perform(
            self.tr("{entity} becomes {role}").format(entity=m.entity, role=role_label(Role(role))),
            lambda s: ops.change_role(s, m.id, role, day),
            self.members_error,
        )
        if ok:
            self._select_id(self.members_table, new_id)

    def remove_selected_membership(self) -> None:
        m = self._selected_membership()
        if m is None:
            return
        self._perform(
            self.tr("Remove {entity}'s membership").format(entity=m.entity),
            lambda s: ops.remove_membership(s, m.id),
            self.members_error,
        )

    def _refresh_members(self) -> None:
        if self._group_id is None:
            rows: list[Any] = []
        else:
            with self.controller.read() as session:
                rows = queries.memberships(session, self._group_id)
        self._set_rows(self.members_table, self.members_model, rows)
        self._count_members()
        self._membership_selected()
        self.members_table.resizeColumnsToContents()

    # -- focal points -----------------------------------------------------------------------

    def _setup_contacts(self) -> None:
        self.contacts_model = ContactsModel(self.controller, self)
        self.contacts_proxy = self._table(self.contacts_table, self.contacts_model, stretch=2)
        self.contacts_all_check.toggled.connect(self._refresh_contacts)
        self.add_contact_button.clicked.connect(self.add_contact)
        for edit in (
            self.contact_name_edit,
            self.contact_job_edit,
            self.contact_email_edit,
            self.contact_phone_edit,
        ):
            edit.returnPressed.connect(self.add_contact)
        self.remove_contact_button.clicked.connect(self.remove_selected_contact)
        self._shortcut(
            QKeySequence.StandardKey.Delete,
            self.contacts_table,
            self.remove_selected_contact,
            Qt.ShortcutContext.WidgetShortcut,
        )
        for keys in ("Ins", "Ctrl+N"):
            self._shortcut(
                keys,
                self.contacts_tab,
                self.contact_entity_combo.setFocus,
                Qt.ShortcutContext.WidgetWithChildrenShortcut,
            )
        self.contacts_table.selectionModel().selectionChanged.connect(
            lambda *_: self.remove_contact_button.setEnabled(
                self._current_id(self.contacts_table) is not None
            )
        )
        self.remove_contact_button.setEnabled(False)

    def add_contact(self) -> None:
        entity_id = self.contact_entity_combo.currentData()
        name = self.contact_name_edit.text()
        job = self.contact_job_edit.text()
        email = self.contact_email_edit.text()
        phone = self.contact_phone_edit.text()
        group_id = None if self.contact_all_groups_check.isChecked() else self._group_id
        ok, contact_id = self._perform(
            self.tr("Add focal point {name}").format(name=name.strip()),
            lambda s: ops.add_contact(
                s, entity_id, name, group_id=group_id, job_title=job, email=email, phone=phone
            ),
            self.contacts_error,
        )
        if ok:
            for edit in (
                self.contact_name_edit,
                self.contact_job_edit,
                self.contact_email_edit,
                self.contact_phone_edit,
            ):
                edit.clear()
            self._select_id(self.contacts_table, contact_id)
            self.contact_name_edit.setFocus()

    def remove_selected_contact(self) -> None:
        contact_id = self._current_id(self.contacts_table)
        if contact_id is None:
            return
        contact = self.contacts_model.row_at(self.contacts_model.row_of(contact_id))
        self._perform(
            self.tr("Remove focal point {name}").format(name=contact.name),
            lambda s: ops.remove_contact(s, contact_id),
            self.contacts_error,
        )

    def _refresh_contacts(self) -> None:
        everyone = self.contacts_all_check.isChecked() or self._group_id is None
        with self.controller.read() as session:
            rows = queries.contacts(session, None if everyone else self._group_id)
        group = (self._details.id, self._details.acronym) if self._details else None
        self.contacts_model.set_context(self._entities, group)
        self._set_rows(self.contacts_table, self.contacts_model, rows)
        self.contacts_table.resizeColumnsToContents()
        self.contacts_all_check.setEnabled(self._group_id is not None)
        self.contact_all_groups_check.setEnabled(self._group_id is not None)
        if self._group_id is None:
            self.contact_all_groups_check.setChecked(True)
        self.remove_contact_button.setEnabled(self._current_id(self.contacts_table) is not None)

    # -- chairmanship -----------------------------------------------------------------------------

    def _setup_chair(self) -> None:
        self.terms_model = ChairTermsModel(self.controller, self)
        self._table(self.chair_terms_table, self.terms_model, sort_column=1, stretch=None)
        self.preview_model = PreviewModel(self)
        self.preview_table.setModel(self.preview_model)
        self.preview_table.verticalHeader().hide()
        self.preview_table.horizontalHeader().setStretchLastSection(True)
        self.preview_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview_table.setAlternatingRowColors(True)
        self.preview_table.verticalHeader().setDefaultSectionSize(
            self.preview_table.fontMetrics().height() + 10
        )

        self.draft_model = RotationDraftModel(self)
        self.rotation_list.setModel(self.draft_model)
        self.rotation_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.rotation_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.rotation_list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.rotation_list.setDragEnabled(True)
        self.rotation_list.setAcceptDrops(True)
        self.rotation_list.setDropIndicatorShown(True)
        self.rotation_list.setMinimumWidth(160)
        self.draft_model.edited.connect(self._draft_edited)

        for length, label in (
            (TermLength.QUARTER, self.tr("a quarter")),
            (TermLength.HALF_YEAR, self.tr("half a year")),
            (TermLength.YEAR, self.tr("a year")),
        ):
            self.term_length_combo.addItem(label, length.value)
        self.rotation_start = OptionalDate(
            self.rotation_start_edit, self.controller.today, optional=False
        )
        self.rotation_until = OptionalDate(
            self.rotation_until_edit, self.controller.today, optional=False
        )
        self.term_length_combo.currentIndexChanged.connect(self._draft_edited)
        self.rotation_start_edit.dateChanged.connect(self._draft_edited)
        self.rotation_until_edit.dateChanged.connect(self._draft_edited)

        self.plan_combo.activated.connect(self._plan_picked)
        self.new_plan_button.clicked.connect(self.new_plan)
        self.remove_plan_button.clicked.connect(self.remove_plan)
        self.add_place_button.clicked.connect(self.add_place)
        self.remove_place_button.clicked.connect(self.remove_place)
        self.move_up_button.clicked.connect(lambda: self.move_place(-1))
        self.move_down_button.clicked.connect(lambda: self.move_place(+1))
        self.revert_rotation_button.clicked.connect(self.revert_rotation)
        self.apply_rotation_button.clicked.connect(self.apply_rotation)
        self.rotation_list.selectionModel().currentChanged.connect(
            lambda *_: self._update_place_buttons()
        )
        ctx = Qt.ShortcutContext
        self._shortcut(
            "Ctrl+Up", self.rotation_list, lambda: self.move_place(-1), ctx.WidgetShortcut
        )
        self._shortcut(
            "Ctrl+Down", self.rotation_list, lambda: self.move_place(+1), ctx.WidgetShortcut
        )
        self._shortcut(
            QKeySequence.StandardKey.Delete,
            self.rotation_list,
            self.remove_place,
            ctx.WidgetShortcut,
        )
        self._shortcut(
            "Ins",
            self.chair_tab,
            self.rotation_entity_combo.setFocus,
            ctx.WidgetWithChildrenShortcut,
        )
        self._shortcut(
            "Ctrl+Return", self.chair_tab, self.apply_rotation, ctx.WidgetWithChildrenShortcut
        )

        self.term_start = OptionalDate(self.term_start_edit, self.controller.today, optional=False)
        self.term_end = OptionalDate(self.term_end_edit, self.controller.today)
        self.add_term_button.clicked.connect(self.add_manual_term)
        self.remove_term_button.clicked.connect(self.remove_selected_term)
        self._shortcut(
            QKeySequence.StandardKey.Delete,
            self.chair_terms_table,
            self.remove_selected_term,
            ctx.WidgetShortcut,
        )
        self.chair_terms_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_term_buttons()
        )
        self.chair_splitter.setStretchFactor(0, 1)
        self.chair_splitter.setStretchFactor(1, 1)

    # The rotation editor --------------------------------------------------------------------

    def _draft_from_widgets(self) -> RotationDraft | None:
        if self._shown_draft is None:
            return None
        return RotationDraft(
            self._shown_draft.plan_id,
            tuple(self.draft_model.places()),
            TermLength(self.term_length_combo.currentData()),
            self.rotation_start.value(),
            self.rotation_until.value(),
        )

    def _saved_plan(self, plan_id: str | None) -> RotationPlanRow | None:
        return next((p for p in self._plans if p.id == plan_id), None) if plan_id else None

    def _draft_edited(self, *_args: object) -> None:
        draft = self._draft_from_widgets()
        if draft is None or self._group_id is None:
            return
        self._shown_draft = draft
        key = (self._group_id, draft.plan_id)
        saved = self._saved_plan(draft.plan_id)
        if saved is not None and draft.same_plan_as(RotationDraft.of(saved)):
            self._drafts.pop(key, None)
        else:
            self._drafts[key] = draft
        self._show_error(self.rotation_error, "")
        self._update_preview()

    def _default_draft(self) -> RotationDraft:
        """A new plan starts the day after the last chair term (or this quarter) and runs a year."""
        ends = [t.end for t in self._terms if t.end is not None]
        if ends and not any(t.end is None for t in self._terms):
            start = max(ends) + timedelta(days=1)
        else:
            start = Quarter.of(self.controller.today()).start
        until = add_months(start, 12) - timedelta(days=1)
        return RotationDraft(None, (), TermLength.QUARTER, start, until)

    def _choose_plan(self) -> str | None:
        """The plan to show: the one chosen before, else the one in force today, else the latest."""
        group_id = self._group_id
        if group_id in self._plan_choice:
            chosen = self._plan_choice[group_id]
            if chosen is None or self._saved_plan(chosen) is not None:
                return chosen
        today = self.controller.today()
        in_force = [p for p in self._plans if p.start <= today <= p.until]
        upcoming = sorted((p for p in self._plans if p.start > today), key=lambda p: p.start)
        chosen_plan = (in_force or upcoming or self._plans or [None])[0]
        return chosen_plan.id if chosen_plan is not None else None

    def _show_plan(self, plan_id: str | None) -> None:
        group_id = self._group_id
        if group_id is None:
            self._shown_draft = None
            self.draft_model.set_places([])
            self.preview_model.set_terms([])
            return
        same_plan = self._shown_draft is not None and self._shown_draft.plan_id == plan_id
        keep_row = self.rotation_list.currentIndex().row() if same_plan else -1
        self._plan_choice[group_id] = plan_id
        saved = self._saved_plan(plan_id)
        draft = self._drafts.get((group_id, plan_id))
        if draft is None:
            draft = RotationDraft.of(saved) if saved is not None else self._default_draft()
        self._shown_draft = draft
        for widget in (self.term_length_combo, self.rotation_start_edit, self.rotation_until_edit):
            widget.blockSignals(True)
        self._select_value(self.term_length_combo, draft.term_length.value)
        self.rotation_start.set_value(draft.start)
        self.rotation_until.set_value(draft.until)
        for widget in (self.term_length_combo, self.rotation_start_edit, self.rotation_until_edit):
            widget.blockSignals(False)
        self.draft_model.set_places(draft.places)
        if 0 <= keep_row < self.draft_model.rowCount():  # a refresh keeps the chosen place
            self.rotation_list.setCurrentIndex(self.draft_model.index(keep_row))
        self._update_preview()

    def _fill_plan_combo(self) -> None:
        lengths = {
            TermLength.QUARTER: self.tr("quarterly terms"),
            TermLength.HALF_YEAR: self.tr("half-year terms"),
            TermLength.YEAR: self.tr("yearly terms"),
        }
        items = []
        for plan in sorted(self._plans, key=lambda p: p.start):
            label = self.tr("{start} \u2013 {until}, {length}").format(
                start=fmt_date(plan.start),
                until=fmt_date(plan.until),
                length=lengths[plan.term_length],
            )
            if (self._group_id, plan.id) in self._drafts:
                label += self.tr(" (changed)")
            items.append((label, plan.id, None))
        shown = self._shown_draft.plan_id if self._shown_draft else None
        if shown is None:
            items.append((self.tr("New plan (not saved)"), "", None))
        self.plan_combo.blockSignals(True)
        self.plan_combo.clear()
        for label, value, _tip in items:
            self.plan_combo.addItem(label, value)
        self.plan_combo.setCurrentIndex(max(0, self.plan_combo.findData(shown or "")))
        self.plan_combo.blockSignals(False)
        self.remove_plan_button.setEnabled(
            shown is not None or bool(self._drafts.get((self._group_id, None)))
        )

    def _plan_picked(self, index: int) -> None:
        plan_id = self.plan_combo.itemData(index) or None
        self._show_plan(plan_id)

    def new_plan(self) -> None:
        self._show_plan(None)
        self.rotation_entity_combo.setFocus()

    def remove_plan(self) -> None:
        draft = self._shown_draft
        if draft is None or self._group_id is None:
            return
        if draft.plan_id is None:  # never saved: just forget it
            self._drafts.pop((self._group_id, None), None)
            self._plan_choice.pop(self._group_id, None)
            self._show_plan(self._choose_plan())
            return
        plan_id = draft.plan_id
        ok, _ = self._perform(
            self.tr("Remove rotation plan"),
            lambda s: ops.remove_rotation_plan(s, plan_id),
            self.rotation_error,
        )
        if ok:
            self._drafts.pop((self._group_id, plan_id), None)
            self._plan_choice.pop(self._group_id, None)
            self._refresh_chair()

    def add_place(self) -> None:
        entity_id = self.rotation_entity_combo.currentData()
        if entity_id is None:
            return
        row = self.draft_model.append(Place(entity_id, self.rotation_entity_combo.currentText()))
        self.rotation_list.setCurrentIndex(self.draft_model.index(row))

    def remove_place(self) -> None:
        index = self.rotation_list.currentIndex()
        if index.isValid():
            self.draft_model.removeRows(index.row(), 1)
            self._update_place_buttons()

    def move_place(self, step: int) -> None:
        index = self.rotation_list.currentIndex()
        if not index.isValid():
            return
        row, target = index.row(), index.row() + step
        if not 0 <= target < self.draft_model.rowCount():
            return
        # moveRows counts the destination before the move: one further when moving down.
        self.draft_model.moveRows(
            index.parent(), row, 1, index.parent(), target + (1 if step > 0 else 0)
        )
        self.rotation_list.setCurrentIndex(self.draft_model.index(target))

    def _update_place_buttons(self) -> None:
        index = self.rotation_list.currentIndex()
        count = self.draft_model.rowCount()
        self.remove_place_button.setEnabled(index.isValid())
        self.move_up_button.setEnabled(index.isValid() and index.row() > 0)
        self.move_down_button.setEnabled(index.isValid() and index.row() < count - 1)

    def revert_rotation(self) -> None:
        if self._shown_draft is None or self._group_id is None:
            return
        self._drafts.pop((self._group_id, self._shown_draft.plan_id), None)
        self._show_plan(self._shown_draft.plan_id)

    def apply_rotation(self) -> None:
        draft = self._draft_from_widgets()
        group_id = self._group_id
        if draft is None or group_id is None:
            return
        entities = [p.entity_id for p in draft.places]
        ok, plan_id = self._perform(
            self.tr("Apply rotation"),
            lambda s: ops.save_rotation_plan(
                s, group_id, draft.plan_id, entities, draft.term_length, draft.start, draft.until
            ),
            self.rotation_error,
        )
        if ok:
            self._drafts.pop((group_id, draft.plan_id), None)
            self._plan_choice[group_id] = plan_id
            self._refresh_chair()

    def _update_preview(self) -> None:
        draft = self._shown_draft
        self._update_place_buttons()
        if draft is None:
            self.preview_model.set_terms([])
            self.preview_summary.setText("")
            return
        problem, terms, conflicts = self._preview_terms(draft)
        self.preview_model.set_terms(terms, conflicts)
        self.preview_table.resizeColumnsToContents()
        self.preview_table.horizontalHeader().setStretchLastSection(True)
        if problem:
            summary, bad = problem, bool(draft.places)  # an empty rotation is a start, not an error
        elif conflicts:
            summary, bad = next(iter(conflicts.values())), True
        else:
            summary = (
                self.tr("One chair term, from {start} to {end}.")
                if len(terms) == 1
                else self.tr("{count} chair terms, from {start} to {end}.")
            ).format(count=len(terms), start=fmt_long_date(terms[0].start), end=fmt_long_date(terms[-1].end))
            bad = False
        self.preview_summary.setText(summary)
        self.preview_summary.setStyleSheet(f"color: {ERROR_COLOR.name()};" if bad else "")

        saved = self._saved_plan(draft.plan_id)
        changed = (self._group_id, draft.plan_id) in self._drafts
        generated = sorted(
            (t.entity, t.start, t.end)
            for t in self._terms
            if draft.plan_id and t.plan_id == draft.plan_id
        )
        applied = (
            saved is not None
            and not changed
            and generated == sorted((t.entity, t.start, t.end) for t in terms)
        )
        if draft.plan_id is None:
            state = self.tr("New plan: not saved yet.") if draft.places else ""
        elif changed:
            state = self.tr("Unsaved changes.")
        elif not applied:
            state = self.tr("Saved, but its chair terms are not generated yet.")
        else:
            state = self.tr("Applied: its terms are among the group's chair terms.")
        self.rotation_state_label.setText(state)
        self.apply_rotation_button.setEnabled(not problem and not applied and bool(terms))
        self.revert_rotation_button.setEnabled(changed and saved is not None)
        self._fill_plan_combo()

    def _preview_terms(self, draft: RotationDraft) -> tuple[str, list[ChairTerm], dict[int, str]]:
        if not draft.places:
            return self.tr("Add the entities that take the Chair in turn."), [], {}
        if draft.until < draft.start:
            return self.tr("The rotation ends before it starts."), [], {}
        if draft.until.year - draft.start.year > ops.MAX_ROTATION_YEARS:
            return (
                self.tr(
                    "A rotation can be planned at most {years} years ahead; check the year."
                ).format(years=ops.MAX_ROTATION_YEARS),
                [],
                {},
            )
        terms = generate_terms(
            [p.acronym for p in draft.places], draft.term_length, draft.start, draft.until
        )
        others = [t for t in self._terms if draft.plan_id is None or t.plan_id != draft.plan_id]
        conflicts = {}
        for row, term in enumerate(terms):
            for other in others:
                if term.start <= (other.end or date.max) and other.start <= term.end:
                    source = (
                        self.tr("manual chair term")
                        if other.plan_id is None
                        else self.tr("chair term from another plan")
                    )
                    conflicts[row] = self.tr(
                        "{entity}'s term would overlap the {source} of {other} "
                        "({start} \u2013 {end})."
                    ).format(
                        entity=term.entity,
                        source=source,
                        other=other.entity,
                        start=fmt_date(other.start),
                        end=fmt_date(other.end) if other.end else "\u2026",
                    )
                    break
        return "", terms, conflicts

    # Chair terms ---------------------------------------------------------------------------

    def _selected_term(self) -> ChairTermRow | None:
        term_id = self._current_id(self.chair_terms_table)
        row = self.terms_model.row_of(term_id) if term_id else -1
        return self.terms_model.row_at(row) if row >= 0 else None

    def _update_term_buttons(self) -> None:
        term = self._selected_term()
        self.remove_term_button.setEnabled(term is not None and not term.from_rotation)
        self.remove_term_button.setToolTip(
            self.tr("Change the rotation plan to change its terms.")
            if term is not None and term.from_rotation
            else self.tr("Remove the selected manual term (Del)")
        )

    def add_manual_term(self) -> None:
        entity_id = self.term_entity_combo.currentData()
        start, end = self.term_start.value(), self.term_end.value()
        group_id = self._group_id
        ok, term_id = self._perform(
            self.tr("Add {entity}'s chair term").format(
                entity=self.term_entity_combo.currentText()
            ),
            lambda s: ops.add_chair_term(s, group_id, entity_id, start, end),
            self.terms_error,
        )
        if ok:
            self._select_id(self.chair_terms_table, term_id)
            self._default_term_dates()

    def remove_selected_term(self) -> None:
        term = self._selected_term()
        if term is None:
            return
        self._perform(
            self.tr("Remove {entity}'s chair term").format(entity=term.entity),
            lambda s: ops.remove_chair_term(s, term.id),
            self.terms_error,
        )

    def _default_term_dates(self) -> None:
        """The next manual term most likely follows the last one, for a quarter."""
        ends = [t.end for t in self._terms if t.end is not None]
        start = max(ends) + timedelta(days=1) if ends else Quarter.of(self.controller.today()).start
        self.term_start.set_value(start)
        self.term_end.set_value(Quarter.of(start).end)
        self._term_defaults = (start, Quarter.of(start).end)

    def _term_dates_untouched(self) -> bool:
        return (self.term_start.value(), self.term_end.value()) == self._term_defaults

    def _refresh_chair(self) -> None:
        group_id = self._group_id
        if group_id is None:
            self._terms, self._plans = [], []
        else:
            with self.controller.read() as session:
                self._terms = queries.chair_term_rows(session, group_id)
                self._plans = queries.rotation_plans(session, group_id)
        untouched = self._term_dates_untouched()
        self.terms_model.set_entities(self._choosable_entities())
        self._set_rows(self.chair_terms_table, self.terms_model, self._terms)
        if untouched:  # still our suggestion: follow the new last term
            self._default_term_dates()
        self.chair_terms_table.resizeColumnsToContents()
        self._update_term_buttons()
        if group_id is not None:
            self._rescue_orphan_drafts(group_id)
        self._show_plan(self._choose_plan() if group_id is not None else None)
        self._refresh_chair_sentence()

    def _rescue_orphan_drafts(self, group_id: str) -> None:
        """A changed draft whose plan went away (an undo) becomes a new plan, never lost."""
        acronyms = {e.id: e.acronym for e in self._entities}
        for (gid, plan_id), draft in list(self._drafts.items()):
            if gid != group_id:
                continue
            places = tuple(
                Place(p.entity_id, acronyms.get(p.entity_id, p.acronym)) for p in draft.places
            )
            draft = replace(draft, places=places)
            self._drafts[(gid, plan_id)] = draft
            if plan_id is not None and self._saved_plan(plan_id) is None:
                del self._drafts[(gid, plan_id)]
                self._drafts.setdefault((gid, None), replace(draft, plan_id=None))
                if self._plan_choice.get(gid) == plan_id:
                    self._plan_choice[gid] = None

    def _refresh_chair_sentence(self) -> None:
        if self._group_id is None:
            return
        terms = [ChairTerm(t.entity, t.start, t.end) for t in self._terms]
        self.chair_today_label.setText(chair_today_sentence(terms, self.controller.today(),
                                                            as_at=self.controller.as_at is not None))

    # -- entities ------------------------------------------------------------------------------

    def _setup_entities(self) -> None:
        self.entities_model = EntitiesModel(self.controller, self)
        self.entities_proxy = self._table(self.entities_table, self.entities_model, stretch=1)
        self.entities_filter.textChanged.connect(self.entities_proxy.setFilterFixedString)
        for kind in EntityKind:
            self.entity_kind_combo.addItem(kind_label(kind), kind.value)
        self.add_entity_button.clicked.connect(self.add_entity)
        self.entity_acronym_edit.returnPressed.connect(self.add_entity)
        self.entity_name_edit.returnPressed.connect(self.add_entity)
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self._shortcut(
            QKeySequence.StandardKey.Find, self.entities_tab, self.entities_filter.setFocus, ctx
        )
        for keys in ("Ins", "Ctrl+N"):
            self._shortcut(keys, self.entities_tab, self.entity_acronym_edit.setFocus, ctx)

    def add_entity(self) -> None:
        acronym = self.entity_acronym_edit.text()
        name = self.entity_name_edit.text()
        kind = self.entity_kind_combo.currentData()
        ok, entity_id = self._perform(
            self.tr("Add entity {acronym}").format(acronym=acronym.strip()),
            lambda s: ops.add_entity(s, acronym, name, kind),
            self.entities_error,
        )
        if ok:
            self.entity_acronym_edit.clear()
            self.entity_name_edit.clear()
            self.entities_filter.clear()
            self._select_id(self.entities_table, entity_id)
            self.entity_acronym_edit.setFocus()

    def _choosable_entities(self) -> list[EntityRow]:
        """The entities offered for the Chair: the group's own, or all while it has none."""
        return self._group_entities or self._entities

    def _refresh_entities(self) -> None:
        with self.controller.read() as session:
            self._entities = queries.entities(session)
            self._group_entities = (
                queries.group_entities(session, self._group_id) if self._group_id else []
            )
        self._set_rows(self.entities_table, self.entities_model, self._entities)
        self.entities_table.resizeColumnToContents(0)
        self.entities_table.resizeColumnToContents(2)
        every = [(e.acronym, e.id, e.name) for e in self._entities]
        chair = [(e.acronym, e.id, e.name) for e in self._choosable_entities()]
        self._fill_combo(self.member_entity_combo, every)
        self._fill_combo(self.contact_entity_combo, every)
        self._fill_combo(self.rotation_entity_combo, chair)
        self._fill_combo(self.term_entity_combo, chair)
        self.terms_model.set_entities(self._choosable_entities())
        for button, combo in (
            (self.add_member_button, self.member_entity_combo),
            (self.add_contact_button, self.contact_entity_combo),
            (self.add_place_button, self.rotation_entity_combo),
            (self.add_term_button, self.term_entity_combo),
        ):
            button.setEnabled(combo.count() > 0)

    # -- all groups ------------------------------------------------------------------------------

    def _setup_overview(self) -> None:
        self.groups_model = GroupsModel(self)
        self.groups_proxy = QSortFilterProxyModel(self)
        self.groups_proxy.setSourceModel(self.groups_model)
        self.groups_proxy.setSortRole(SORT_ROLE)
        self.overview_table.setModel(self.groups_proxy)
        self.overview_table.setSortingEnabled(True)
        self.overview_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.overview_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.overview_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.overview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.overview_table.setAlternatingRowColors(True)
        self.overview_table.verticalHeader().hide()
        self.overview_table.horizontalHeader().setSectionResizeMode(
            2, QHeaderView.ResizeMode.Stretch
        )
        self.overview_table.activated.connect(self._overview_activated)

    def _overview_activated(self, index: Any) -> None:
        source = self.groups_proxy.mapToSource(index)
        if source.isValid():
            self.controller.set_group(self.groups_model.row_at(source.row()).id)
            self.tabs.setCurrentWidget(self.details_tab)

    def _refresh_overview(self) -> None:
        with self.controller.read() as session:
            rows = group_overviews(session, self.controller.today())
        self.groups_model.set_rows(rows)
        for column in (0, 1, 3, 4, 5):
            self.overview_table.resizeColumnToContents(column)
        for row, group in enumerate(rows):
            if group.id == self._group_id:
                index = self.groups_proxy.mapFromSource(self.groups_model.index(row, 0))
                self.overview_table.selectRow(index.row())

    # -- the group and refreshing ----------------------------------------------------------------

    def _refresh_group_state(self) -> None:
        """Title, the new-group form and which tabs make sense without a group."""
        has_group = self._group_id is not None and self._details is not None
        with self.controller.read() as session:
            any_group = bool(
                session.scalar(
                    select(func.count())
                    .select_from(WorkingGroup)
                    .where(WorkingGroup.deleted.is_(False))
                )
            )
        if has_group:
            d = self._details
            self.title_label.setText(
                self.tr("{acronym} \u2014 {name}").format(acronym=d.acronym, name=d.name)
            )
        elif any_group:
            self.title_label.setText(self.tr("Choose a working group"))
            self.chair_today_label.setText(
                self.tr("Pick it in the toolbar, or on the All groups tab.")
            )
        else:
            self.title_label.setText(self.tr("Set up your working group"))
            self.chair_today_label.setText(
                self.tr(
                    "This workspace has no working group yet. Create yours here; add the "
                    "entities that take part in it on the Entities tab."
                )
            )
        self.new_group_intro.setText(
            self.tr(
                "Give the working group its acronym, name and Strategy pillar. Mandate, "
                "objectives, members and the chair rotation follow on the tabs below."
            )
        )
        self.new_group_button.setVisible(has_group)
        self.cancel_new_group_button.setVisible(has_group)
        self.new_group_box.setVisible(not has_group or self.new_group_button.isChecked())
        for tab in (self.details_tab, self.members_tab, self.contacts_tab, self.chair_tab):
            self.tabs.setTabEnabled(self.tabs.indexOf(tab), has_group)
        self.tabs.setTabEnabled(self.tabs.indexOf(self.overview_tab), any_group)
        if not has_group and not self.tabs.isTabEnabled(self.tabs.currentIndex()):
            self.tabs.setCurrentWidget(self.entities_tab)

    def _reload(self, tables: set[str], group_changed: bool = False) -> None:
        every = not tables or group_changed

        def touched(*names: str) -> bool:
            return every or bool(tables & set(names))

        if touched("working_group"):
            self._refresh_details(group_changed)
            self._refresh_group_state()
        if touched("entity", "membership", "working_group"):
            self._refresh_entities()
        if touched("membership", "entity"):
            self._refresh_members()
        if touched("contact", "entity", "membership", "working_group"):
            self._refresh_contacts()
        if touched("entity", "membership", *_ROTATION_TABLES):
            self._refresh_chair()
        if touched("working_group", "entity", "meeting", *_ROTATION_TABLES):
            self._refresh_overview()
        if group_changed:
            self._default_term_dates()
            self.member_start.set_value(self.controller.today())
            self.member_date.set_value(self.controller.today())
            for label in self._error_labels():
                self._show_error(label, "")

    def _on_changed(self, tables: set[str]) -> None:
        self._reload(set(tables))

    def _on_group_changed(self, group_id: str | None) -> None:
        self._group_id = group_id
        self._shown_draft = None  # the editor's widgets still show the previous group's plan
        self._reload(set(), group_changed=True)

    def _on_workspace_changed(self) -> None:
        self._drafts.clear()
        self._plan_choice.clear()
        self._shown_draft = None
        self._group_id = self.controller.group_id
        self._reload(set(), group_changed=True)

    def showEvent(self, event: Any) -> None:
        # Created while the window was already on a group: catch up with it.
        if self._group_id != self.controller.group_id:
            self._on_group_changed(self.controller.group_id)
        super().showEvent(event)
