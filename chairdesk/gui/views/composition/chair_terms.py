"""The group's chair terms, from its rotation plans and entered by hand, and who chairs today."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from chairdesk.domain.quarters import Quarter
from chairdesk.domain.rotations import ChairTerm, chair_situation
from chairdesk.gui.formatting import fmt_long_date
from chairdesk.gui.qt import (
    QComboBox,
    QCoreApplication,
    QDateEdit,
    QKeySequence,
    QPushButton,
    Qt,
    QTableView,
    QWidget,
    Signal,
)
from chairdesk.store import composition_queries as queries
from chairdesk.store.composition_queries import ChairTermRow, EntityRow
from chairdesk.store.ops import composition as ops

from .chair_models import ChairTermsModel
from .models import OptionalDate
from .panel import CompositionPanel, current_id, entity_choices, fill_combo, select_id, set_rows


def chair_today_sentence(terms: list[ChairTerm], today: date, *, as_at: bool = False) -> str:
    """ "Chair today: OPCW (since 1 July 2022) — next handover: INTERPOL on 1 October 2022".

    `as_at`: `today` is a day the chair chose to look at, named instead of "today".
    """
    # Spelled out so that lupdate files these under the view's context, where they were.
    if not terms:
        return QCoreApplication.translate(
            "CompositionView", "No chair terms yet: set up the rotation on the Chairmanship tab."
        )
    now = chair_situation(terms, today)
    if now.chair is not None and as_at:
        text = QCoreApplication.translate(
            "CompositionView", "Chair on {day}: {entity} (since {date})"
        ).format(day=fmt_long_date(today), entity=now.chair, date=fmt_long_date(now.since))
    elif now.chair is not None:
        text = QCoreApplication.translate(
            "CompositionView", "Chair today: {entity} (since {date})"
        ).format(entity=now.chair, date=fmt_long_date(now.since))
    elif as_at:
        text = QCoreApplication.translate("CompositionView", "No chair on {day}").format(
            day=fmt_long_date(today)
        )
    else:
        text = QCoreApplication.translate("CompositionView", "No chair today")
    if now.last is not None:
        text += QCoreApplication.translate(
            "CompositionView", " (last: {entity}, until {date})"
        ).format(entity=now.last.entity, date=fmt_long_date(now.last.end))
    if now.upcoming is not None:
        text += QCoreApplication.translate(
            "CompositionView", " \u2014 next handover: {entity} on {date}"
        ).format(entity=now.upcoming.entity, date=fmt_long_date(now.upcoming.start))
    return text


class ChairTermsPanel(CompositionPanel):
    FORM = "composition_chair_terms.ui"
    TABLES = frozenset({"entity", "membership", "rotation_plan", "rotation_slot", "chair_term"})

    #: Who chairs today, in words, after each reload of a group's terms.
    sentence_changed = Signal(str)

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        c = self.child
        self.chair_terms_table: QTableView = c(QTableView, "chairTermsTable")
        self.term_entity_combo: QComboBox = c(QComboBox, "termEntityCombo")
        self.term_start_edit: QDateEdit = c(QDateEdit, "termStartEdit")
        self.term_end_edit: QDateEdit = c(QDateEdit, "termEndEdit")
        self.add_term_button: QPushButton = c(QPushButton, "addTermButton")
        self.remove_term_button: QPushButton = c(QPushButton, "removeTermButton")
        self.terms_inline = self.message_line(
            "termsError",
            {
                "entity": self.term_entity_combo,
                "start": self.term_start_edit,
                "end": self.term_end_edit,
            },
        )
        self.terms_error = self.terms_inline.label
        self._terms: list[ChairTermRow] = []
        self._term_defaults: tuple[date, date | None] | None = None
        self.terms_model = ChairTermsModel(self.terms_inline, self)
        self.record_table(self.chair_terms_table, self.terms_model, sort_column=1, stretch=None)
        self.term_start = OptionalDate(self.term_start_edit, self.controller.today, optional=False)
        self.term_end = OptionalDate(self.term_end_edit, self.controller.today)
        self.add_term_button.clicked.connect(self.add_manual_term)
        self.remove_term_button.clicked.connect(self.remove_selected_term)
        self.shortcut(
            QKeySequence.StandardKey.Delete,
            self.chair_terms_table,
            self.remove_selected_term,
            Qt.ShortcutContext.WidgetShortcut,
        )
        self.chair_terms_table.selectionModel().selectionChanged.connect(
            lambda *_: self._update_term_buttons()
        )

    def _selected_term(self) -> ChairTermRow | None:
        term_id = current_id(self.chair_terms_table)
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
        group_id = self.group_id
        done = self.terms_inline.perform(
            self.tr("Add {entity}'s chair term").format(
                entity=self.term_entity_combo.currentText()
            ),
            lambda s: ops.add_chair_term(s, group_id, entity_id, start, end),
        )
        if done.ok:
            select_id(self.chair_terms_table, done.result)
            self._default_term_dates()

    def remove_selected_term(self) -> None:
        term = self._selected_term()
        if term is None:
            return
        self.terms_inline.perform(
            self.tr("Remove {entity}'s chair term").format(entity=term.entity),
            lambda s: ops.remove_chair_term(s, term.id),
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

    def reload(self, group_changed: bool) -> None:
        group_id = self.group_id
        with self.controller.read() as session:
            entities: list[EntityRow] = (
                queries.group_entities(session, group_id) if group_id else []
            ) or queries.entities(session)  # the group's own, or all while it has none
            self._terms = queries.chair_term_rows(session, group_id) if group_id else []
        fill_combo(self.term_entity_combo, entity_choices(entities))
        self.add_term_button.setEnabled(self.term_entity_combo.count() > 0)
        untouched = self._term_dates_untouched()
        self.terms_model.set_entities(entities)
        set_rows(self.chair_terms_table, self.terms_model, self._terms)
        if untouched or group_changed:  # still our suggestion: follow the new last term
            self._default_term_dates()
        self.chair_terms_table.resizeColumnsToContents()
        self._update_term_buttons()
        if group_changed:
            self.terms_inline.clear()
        if group_id is not None:
            self.sentence_changed.emit(self.chair_today())

    def chair_today(self) -> str:
        """Who chairs the group today (or on the day the chair looks at), and who is next."""
        terms = [ChairTerm(t.entity, t.start, t.end) for t in self._terms]
        return chair_today_sentence(
            terms, self.controller.today(), as_at=self.controller.as_at is not None
        )
