"""The rotation plan being arranged, and the chair terms it would generate.

The one piece of unsaved state in the Composition view: the chair arranges the
rotation and its preview freely, then "Apply rotation" saves the plan and its chair
terms in one step. Unsaved plans are kept per group and plan, so switching group or
plan never throws an arrangement away; a plan an undo took away comes back as a new
plan, never lost.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from chairdesk.domain.quarters import Quarter, add_months
from chairdesk.domain.rotations import ChairTerm, RotationDraft, RotationPlace, generate_terms
from chairdesk.domain.vocabulary import TermLength
from chairdesk.gui.formatting import fmt_date, fmt_long_date
from chairdesk.gui.qt import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QKeySequence,
    QLabel,
    QListView,
    QPushButton,
    Qt,
    QTableView,
    QWidget,
)
from chairdesk.store import composition_queries as queries
from chairdesk.store.composition_queries import ChairTermRow, EntityRow, RotationPlanRow
from chairdesk.store.ops import composition as ops

from .chair_models import PreviewModel, RotationDraftModel
from .models import ERROR_COLOR, OptionalDate
from .panel import CompositionPanel, entity_choices, fill_combo, select_value


class RotationPanel(CompositionPanel):
    FORM = "composition_rotation.ui"
    TABLES = frozenset({"entity", "membership", "rotation_plan", "rotation_slot", "chair_term"})

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        c = self.child
        self.plan_combo: QComboBox = c(QComboBox, "planCombo")
        self.new_plan_button: QPushButton = c(QPushButton, "newPlanButton")
        self.remove_plan_button: QPushButton = c(QPushButton, "removePlanButton")
        self.rotation_list: QListView = c(QListView, "rotationList")
        self.rotation_entity_combo: QComboBox = c(QComboBox, "rotationEntityCombo")
        self.add_place_button: QPushButton = c(QPushButton, "addPlaceButton")
        self.remove_place_button: QPushButton = c(QPushButton, "removePlaceButton")
        self.move_up_button: QPushButton = c(QPushButton, "moveUpButton")
        self.move_down_button: QPushButton = c(QPushButton, "moveDownButton")
        self.term_length_combo: QComboBox = c(QComboBox, "termLengthCombo")
        self.rotation_start_edit: QDateEdit = c(QDateEdit, "rotationStartEdit")
        self.rotation_until_edit: QDateEdit = c(QDateEdit, "rotationUntilEdit")
        self.rotation_state_label: QLabel = c(QLabel, "rotationStateLabel")
        self.revert_rotation_button: QPushButton = c(QPushButton, "revertRotationButton")
        self.apply_rotation_button: QPushButton = c(QPushButton, "applyRotationButton")
        self.preview_table: QTableView = c(QTableView, "previewTable")
        self.preview_summary: QLabel = c(QLabel, "previewSummary")
        self.rotation_inline = self.message_line(
            "rotationError",
            {
                "entities": self.rotation_list,
                "start": self.rotation_start_edit,
                "until": self.rotation_until_edit,
            },
        )
        self.rotation_error = self.rotation_inline.label

        self._entities: list[EntityRow] = []
        self._group_entities: list[EntityRow] = []
        self._terms: list[ChairTermRow] = []
        self._plans: list[RotationPlanRow] = []
        self._drafts: dict[tuple[str, str | None], RotationDraft] = {}
        self._plan_choice: dict[str, str | None] = {}  # group id -> plan shown in the editor
        self._shown_draft: RotationDraft | None = None
        self._setup_preview()
        self._setup_editor()

    def _setup_preview(self) -> None:
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

    def _setup_editor(self) -> None:
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
        self.shortcut(
            "Ctrl+Up", self.rotation_list, lambda: self.move_place(-1), ctx.WidgetShortcut
        )
        self.shortcut(
            "Ctrl+Down", self.rotation_list, lambda: self.move_place(+1), ctx.WidgetShortcut
        )
        self.shortcut(
            QKeySequence.StandardKey.Delete,
            self.rotation_list,
            self.remove_place,
            ctx.WidgetShortcut,
        )

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
        if draft is None or self.group_id is None:
            return
        self._shown_draft = draft
        key = (self.group_id, draft.plan_id)
        saved = self._saved_plan(draft.plan_id)
        if saved is not None and draft.same_plan_as(RotationDraft.of(saved)):
            self._drafts.pop(key, None)
        else:
            self._drafts[key] = draft
        self.rotation_inline.clear()
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
        group_id = self.group_id
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
        group_id = self.group_id
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
        select_value(self.term_length_combo, draft.term_length.value)
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
            if (self.group_id, plan.id) in self._drafts:
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
            shown is not None or bool(self._drafts.get((self.group_id, None)))
        )

    def _plan_picked(self, index: int) -> None:
        plan_id = self.plan_combo.itemData(index) or None
        self._show_plan(plan_id)

    def new_plan(self) -> None:
        self._show_plan(None)
        self.rotation_entity_combo.setFocus()

    def remove_plan(self) -> None:
        draft = self._shown_draft
        if draft is None or self.group_id is None:
            return
        if draft.plan_id is None:  # never saved: just forget it
            self._drafts.pop((self.group_id, None), None)
            self._plan_choice.pop(self.group_id, None)
            self._show_plan(self._choose_plan())
            return
        plan_id = draft.plan_id
        done = self.rotation_inline.perform(
            self.tr("Remove rotation plan"),
            lambda s: ops.remove_rotation_plan(s, plan_id),
        )
        if done.ok:
            self._drafts.pop((self.group_id, plan_id), None)
            self._plan_choice.pop(self.group_id, None)
            self.reload(group_changed=False)

    def add_place(self) -> None:
        entity_id = self.rotation_entity_combo.currentData()
        if entity_id is None:
            return
        row = self.draft_model.append(
            RotationPlace(entity_id, self.rotation_entity_combo.currentText())
        )
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
        if self._shown_draft is None or self.group_id is None:
            return
        self._drafts.pop((self.group_id, self._shown_draft.plan_id), None)
        self._show_plan(self._shown_draft.plan_id)

    def apply_rotation(self) -> None:
        draft = self._draft_from_widgets()
        group_id = self.group_id
        if draft is None or group_id is None:
            return
        entities = [p.entity_id for p in draft.places]
        done = self.rotation_inline.perform(
            self.tr("Apply rotation"),
            lambda s: ops.save_rotation_plan(
                s, group_id, draft.plan_id, entities, draft.term_length, draft.start, draft.until
            ),
        )
        if done.ok:
            self._drafts.pop((group_id, draft.plan_id), None)
            self._plan_choice[group_id] = done.result
            self.reload(group_changed=False)

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
            ).format(
                count=len(terms),
                start=fmt_long_date(terms[0].start),
                end=fmt_long_date(terms[-1].end),
            )
            bad = False
        self.preview_summary.setText(summary)
        self.preview_summary.setStyleSheet(f"color: {ERROR_COLOR.name()};" if bad else "")

        saved = self._saved_plan(draft.plan_id)
        changed = (self.group_id, draft.plan_id) in self._drafts
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

    def _rescue_orphan_drafts(self, group_id: str) -> None:
        """A changed draft whose plan went away (an undo) becomes a new plan, never lost."""
        acronyms = {e.id: e.acronym for e in self._entities}
        for (gid, plan_id), draft in list(self._drafts.items()):
            if gid != group_id:
                continue
            places = tuple(
                RotationPlace(p.entity_id, acronyms.get(p.entity_id, p.acronym))
                for p in draft.places
            )
            draft = replace(draft, places=places)
            self._drafts[(gid, plan_id)] = draft
            if plan_id is not None and self._saved_plan(plan_id) is None:
                del self._drafts[(gid, plan_id)]
                self._drafts.setdefault((gid, None), replace(draft, plan_id=None))
                if self._plan_choice.get(gid) == plan_id:
                    self._plan_choice[gid] = None

    def reload(self, group_changed: bool) -> None:
        group_id = self.group_id
        with self.controller.read() as session:
            self._entities = queries.entities(session)
            self._group_entities = queries.group_entities(session, group_id) if group_id else []
            if group_id is None:
                self._terms, self._plans = [], []
            else:
                self._terms = queries.chair_term_rows(session, group_id)
                self._plans = queries.rotation_plans(session, group_id)
        fill_combo(
            self.rotation_entity_combo, entity_choices(self._group_entities or self._entities)
        )
        self.add_place_button.setEnabled(self.rotation_entity_combo.count() > 0)
        if group_id is not None:
            self._rescue_orphan_drafts(group_id)
        self._show_plan(self._choose_plan() if group_id is not None else None)
        if group_changed:
            self.rotation_inline.clear()

    def show_group(self, group_id: str | None) -> None:
        self._shown_draft = None  # the editor's widgets still show the previous group's plan
        super().show_group(group_id)

    def forget_drafts(self) -> None:
        """Another workspace: its groups' plans are not this one's."""
        self._drafts.clear()
        self._plan_choice.clear()
        self._shown_draft = None
