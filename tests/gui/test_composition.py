"""The Composition view, driven through its real widgets on the demo and on an empty workspace."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit
from sqlalchemy import func, select

from chairdesk.domain.rotations import ChairTerm as Term
from chairdesk.domain.rotations import RotationPlace as Place
from chairdesk.gui.app import MainWindow
from chairdesk.gui.controller import AppController
from chairdesk.gui.formatting import fmt_date
from chairdesk.gui.inline import FIELD_ERROR_STYLE
from chairdesk.gui.views.composition import CompositionView, chair_today_sentence
from chairdesk.gui.views.composition.models import ID_ROLE
from chairdesk.store import composition_queries as q
from chairdesk.store.demo import load_demo
from chairdesk.store.models import (
    ChairTerm,
    Contact,
    Entity,
    Membership,
    RotationPlan,
    WorkingGroup,
)
from chairdesk.store.queries import group_by_acronym

TODAY = date(2023, 8, 15)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def demo(workspace):
    with workspace.transaction() as s:
        load_demo(s)
    return workspace


@pytest.fixture
def etcip(demo) -> str:
    with demo.read() as s:
        return group_by_acronym(s, "ETCIP").id


@pytest.fixture
def view(qtbot, demo, etcip) -> CompositionView:
    controller = AppController(demo, today=lambda: TODAY)
    controller.set_group(etcip)
    widget = CompositionView(controller)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    return widget


def _window(qtbot, workspace) -> MainWindow:
    window = MainWindow(workspace, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    return window


def _table(table) -> list[list[str]]:
    model = table.model()
    return [
        [model.index(r, c).data() or "" for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _column(table, header: str) -> int:
    model = table.model()
    return next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == header
    )


def _select_row(table, column_header: str, text: str) -> QModelIndex:
    model = table.model()
    column = _column(table, column_header)
    row = next(r for r in range(model.rowCount()) if model.index(r, column).data() == text)
    table.selectRow(row)
    return model.index(row, column)


def _choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, f"{text} is not offered"
    combo.setCurrentIndex(index)


def _set_date(edit: QDateEdit, day: date) -> None:
    edit.setDate(QDate(day.year, day.month, day.day))


def _focus(qtbot, view, widget) -> None:
    """Keyboard shortcuts need an active window and the focus where the chair would have it."""
    view.window().activateWindow()
    qtbot.waitUntil(view.window().isActiveWindow)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def _places(view: CompositionView) -> list[str]:
    return [p.acronym for p in view.chair.rotation.draft_model.places()]


def _arrange_rotation(
    qtbot, view: CompositionView, acronyms: list[str], length: str, start: date, until: date
) -> None:
    while view.chair.rotation.draft_model.rowCount():
        view.chair.rotation.rotation_list.setCurrentIndex(view.chair.rotation.draft_model.index(0))
        qtbot.mouseClick(view.chair.rotation.remove_place_button, LEFT)
    for acronym in acronyms:
        _choose(view.chair.rotation.rotation_entity_combo, acronym)
        qtbot.mouseClick(view.chair.rotation.add_place_button, LEFT)
    view.chair.rotation.term_length_combo.setCurrentIndex(
        view.chair.rotation.term_length_combo.findData(length)
    )
    _set_date(view.chair.rotation.rotation_start_edit, start)
    _set_date(view.chair.rotation.rotation_until_edit, until)


def _generated(workspace, group_id: str) -> list[tuple[str, date, date]]:
    with workspace.read() as s:
        return [
            (t.entity, t.start, t.end) for t in q.chair_term_rows(s, group_id) if t.from_rotation
        ]


# -- the acceptance path: a rotation applied, undone and redone -----------------------------------


def test_rotation_through_the_window_sets_todays_chair_and_undoes(qtbot, demo, etcip) -> None:
    window = _window(qtbot, demo)
    # The example opens as at its own last day (15 December 2022); this story is set today, in 2023.
    qtbot.mouseClick(window.as_at_bar.today_button, Qt.MouseButton.LeftButton)
    window.group_combo.setCurrentIndex(
        window.group_combo.findText("ETCIP", Qt.MatchFlag.MatchStartsWith)
    )
    window.show_view("composition")
    view = window.views["composition"]
    assert window.current_view_name() == "composition"
    view.tabs.setCurrentWidget(view.chair_tab)
    assert window.chair_label.text() == "Chair: none today"
    # The demo's plan for 2023 (INTERPOL and UNICRI, half-years) is the one shown.
    assert _places(view) == ["INTERPOL", "UNICRI"]
    assert (
        view.chair.rotation.rotation_state_label.text()
        == "Saved, but its chair terms are not generated yet."
    )

    _arrange_rotation(
        qtbot, view, ["INTERPOL", "UNICRI", "OPCW"], "quarter", date(2023, 1, 1), date(2023, 12, 31)
    )

    preview = _table(view.chair.rotation.preview_table)
    assert [row[1:] for row in preview] == [
        ["INTERPOL", fmt_date(date(2023, 1, 1)), fmt_date(date(2023, 3, 31)), "Q1 2023"],
        ["UNICRI", fmt_date(date(2023, 4, 1)), fmt_date(date(2023, 6, 30)), "Q2 2023"],
        ["OPCW", fmt_date(date(2023, 7, 1)), fmt_date(date(2023, 9, 30)), "Q3 2023"],
        ["INTERPOL", fmt_date(date(2023, 10, 1)), fmt_date(date(2023, 12, 31)), "Q4 2023"],
    ]
    assert view.chair.rotation.rotation_state_label.text() == "Unsaved changes."
    assert _generated(demo, etcip) == []  # nothing saved before Apply

    undo_steps = window.controller.undo_stack.count()
    qtbot.mouseClick(view.chair.rotation.apply_rotation_button, LEFT)

    assert (
        window.controller.undo_stack.count() == undo_steps + 1
    )  # one step for plan, slots and terms
    assert window.chair_label.text() == "Chair: OPCW · next: INTERPOL from 1 October 2023"
    assert view.chair_today_label.text() == (
        "Chair today: OPCW (since 1 July 2023) — next handover: INTERPOL on 1 October 2023"
    )
    assert _generated(demo, etcip) == [
        ("INTERPOL", date(2023, 1, 1), date(2023, 3, 31)),
        ("UNICRI", date(2023, 4, 1), date(2023, 6, 30)),
        ("OPCW", date(2023, 7, 1), date(2023, 9, 30)),
        ("INTERPOL", date(2023, 10, 1), date(2023, 12, 31)),
    ]
    with demo.read() as s:
        [plan] = q.rotation_plans(s, etcip)
    assert plan.entities == ("INTERPOL", "UNICRI", "OPCW") and plan.term_length.value == "quarter"
    terms_table = _table(view.chair.terms.chair_terms_table)
    assert [
        "OPCW",
        fmt_date(date(2023, 7, 1)),
        fmt_date(date(2023, 9, 30)),
        "Q3 2023",
        "from rotation",
    ] in terms_table
    assert [
        "INTERPOL",
        fmt_date(date(2022, 10, 1)),
        fmt_date(date(2022, 12, 31)),
        "Q4 2022",
        "manual",
    ] in terms_table
    assert (
        view.chair.rotation.rotation_state_label.text()
        == "Applied: its terms are among the group's chair terms."
    )
    assert not view.chair.rotation.apply_rotation_button.isEnabled()

    window.controller.undo_stack.undo()
    assert window.chair_label.text() == "Chair: none today"
    assert _generated(demo, etcip) == []
    assert _places(view) == ["INTERPOL", "UNICRI"]
    assert view.chair.rotation.term_length_combo.currentData() == "half_year"
    assert len(_table(view.chair.terms.chair_terms_table)) == 3  # the example's terms of 2022

    window.controller.undo_stack.redo()
    assert window.chair_label.text() == "Chair: OPCW · next: INTERPOL from 1 October 2023"
    assert len(_generated(demo, etcip)) == 4
    assert _places(view) == ["INTERPOL", "UNICRI", "OPCW"]


def test_reordering_the_rotation_by_keyboard_and_twice_in_a_row(qtbot, view, demo, etcip) -> None:
    view.tabs.setCurrentWidget(view.chair_tab)
    _arrange_rotation(
        qtbot, view, ["UNICRI", "OPCW", "INTERPOL"], "quarter", date(2023, 1, 1), date(2023, 12, 31)
    )
    _focus(qtbot, view, view.chair.rotation.rotation_list)
    view.chair.rotation.rotation_list.setCurrentIndex(view.chair.rotation.draft_model.index(2))
    qtbot.keyClick(
        view.chair.rotation.rotation_list, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier
    )
    assert _places(view) == ["UNICRI", "INTERPOL", "OPCW"]
    assert (
        view.chair.rotation.rotation_list.currentIndex().row() == 1
    )  # the moved entity stays selected
    qtbot.keyClick(
        view.chair.rotation.rotation_list, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier
    )
    assert _places(view) == ["UNICRI", "OPCW", "INTERPOL"]
    # Drag and drop moves rows through moveRows(): INTERPOL to the top.
    assert view.chair.rotation.draft_model.moveRows(QModelIndex(), 2, 1, QModelIndex(), 0)
    assert _places(view) == ["INTERPOL", "UNICRI", "OPCW"]
    qtbot.keyClick(view.chair.rotation.rotation_list, Qt.Key.Key_Delete)
    assert len(_places(view)) == 2

    # The same entity twice in a row holds two terms.
    _arrange_rotation(
        qtbot, view, ["UNICRI", "UNICRI", "OPCW"], "quarter", date(2023, 1, 1), date(2023, 12, 31)
    )
    assert [row[1] for row in _table(view.chair.rotation.preview_table)] == [
        "UNICRI",
        "UNICRI",
        "OPCW",
        "UNICRI",
    ]
    qtbot.keyClick(
        view.chair.rotation.rotation_list, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert [t[0] for t in _generated(demo, etcip)] == ["UNICRI", "UNICRI", "OPCW", "UNICRI"]
    assert view.chair_today_label.text().startswith("Chair today: OPCW (since 1 July 2023)")


def test_rotation_over_a_manual_term_is_refused_inline(qtbot, view, demo, etcip) -> None:
    view.tabs.setCurrentWidget(view.chair_tab)
    _arrange_rotation(
        qtbot, view, ["OPCW", "UNICRI"], "quarter", date(2022, 10, 1), date(2023, 6, 30)
    )
    # The preview already marks the clash...
    assert "manual chair term of INTERPOL" in view.chair.rotation.preview_summary.text()
    qtbot.mouseClick(view.chair.rotation.apply_rotation_button, LEFT)
    # ...and Apply refuses it, naming the term, with nothing written.
    assert view.chair.rotation.rotation_error.isVisible()
    assert (
        "manual chair term of INTERPOL (1 October 2022 – 31 December 2022)"
        in view.chair.rotation.rotation_error.text()
    )
    assert view.controller.undo_stack.count() == 0
    assert _generated(demo, etcip) == []
    assert _places(view) == ["OPCW", "UNICRI"]  # the arrangement is kept to be fixed
    _set_date(view.chair.rotation.rotation_start_edit, date(2023, 1, 1))
    assert not view.chair.rotation.rotation_error.isVisible()  # cleared by the next edit
    qtbot.mouseClick(view.chair.rotation.apply_rotation_button, LEFT)
    assert [t[0] for t in _generated(demo, etcip)] == ["OPCW", "UNICRI"]


def test_an_unsaved_plan_survives_switching_groups(qtbot, view, demo, etcip) -> None:
    view.tabs.setCurrentWidget(view.chair_tab)
    _arrange_rotation(qtbot, view, ["OPCW"], "year", date(2023, 1, 1), date(2024, 12, 31))
    with demo.read() as s:
        pcve = group_by_acronym(s, "PCVE").id
    view.controller.set_group(pcve)
    assert view.title_label.text().startswith("PCVE")
    assert _places(view) == []
    view.controller.set_group(etcip)
    assert _places(view) == ["OPCW"]
    assert view.chair.rotation.rotation_state_label.text() == "Unsaved changes."
    qtbot.mouseClick(view.chair.rotation.revert_rotation_button, LEFT)
    assert _places(view) == ["INTERPOL", "UNICRI"]


def test_new_plan_and_removing_it_with_its_terms(qtbot, view, demo, etcip) -> None:
    view.tabs.setCurrentWidget(view.chair_tab)
    qtbot.mouseClick(view.chair.rotation.new_plan_button, LEFT)
    assert _places(view) == []
    assert view.chair.rotation.plan_combo.currentText() == "New plan (not saved)"
    # A new plan starts the day after the last chair term.
    assert (
        view.chair.rotation.rotation_start.value(),
        view.chair.rotation.rotation_until.value(),
    ) == (
        date(2023, 1, 1),
        date(2023, 12, 31),
    )
    _arrange_rotation(qtbot, view, ["UNODC"], "year", date(2024, 1, 1), date(2024, 12, 31))
    qtbot.mouseClick(view.chair.rotation.apply_rotation_button, LEFT)
    with demo.read() as s:
        plans = q.rotation_plans(s, etcip)
    assert [p.entities for p in plans] == [("UNODC",), ("INTERPOL", "UNICRI")]
    assert _generated(demo, etcip) == [("UNODC", date(2024, 1, 1), date(2024, 12, 31))]
    qtbot.mouseClick(view.chair.rotation.remove_plan_button, LEFT)
    assert _generated(demo, etcip) == []
    with demo.read() as s:
        assert s.get(RotationPlan, plans[0].id).deleted


def test_manual_chair_terms_are_added_and_overlaps_refused(qtbot, view, demo, etcip) -> None:
    view.tabs.setCurrentWidget(view.chair_tab)
    _choose(view.chair.terms.term_entity_combo, "UNODA")
    _set_date(view.chair.terms.term_start_edit, date(2022, 12, 1))
    _set_date(view.chair.terms.term_end_edit, date(2023, 3, 31))
    qtbot.mouseClick(view.chair.terms.add_term_button, LEFT)
    assert "manual chair term of INTERPOL" in view.chair.terms.terms_error.text()
    assert len(_table(view.chair.terms.chair_terms_table)) == 3
    _set_date(view.chair.terms.term_start_edit, date(2023, 1, 1))
    qtbot.mouseClick(view.chair.terms.add_term_button, LEFT)
    assert not view.chair.terms.terms_error.isVisible()
    assert [
        "UNODA",
        fmt_date(date(2023, 1, 1)),
        fmt_date(date(2023, 3, 31)),
        "Q1 2023",
        "manual",
    ] in _table(view.chair.terms.chair_terms_table)
    # Edited in place: the term's end, through the model as the date editor would.
    index = _select_row(view.chair.terms.chair_terms_table, "Chair", "UNODA")
    assert view.chair.terms.chair_terms_table.model().setData(
        index.siblingAtColumn(2), date(2023, 6, 30)
    )
    with demo.read() as s:
        [term] = [t for t in q.chair_term_rows(s, etcip) if t.entity == "UNODA"]
    assert term.end == date(2023, 6, 30)
    _focus(qtbot, view, view.chair.terms.chair_terms_table)
    qtbot.keyClick(view.chair.terms.chair_terms_table, Qt.Key.Key_Delete)
    with demo.read() as s:
        assert s.get(ChairTerm, term.id).deleted


# -- members, focal points, entities, details --------------------------------------------------------


def test_ending_a_membership_and_changing_a_role(qtbot, view, demo, etcip) -> None:
    view.tabs.setCurrentWidget(view.members_tab)
    table = view.members.members_table
    assert view.members.members_count_label.text() == "15 current members"
    _select_row(table, "Entity", "UNICRI")
    assert view.members.end_membership_button.isEnabled()
    assert view.members.member_date.value() == TODAY  # ending defaults to today
    qtbot.mouseClick(view.members.end_membership_button, LEFT)

    row = next(r for r in _table(table) if r[0] == "UNICRI")
    assert row[4] == fmt_date(TODAY)
    with demo.read() as s:
        membership = next(m for m in q.memberships(s, etcip) if m.entity == "UNICRI")
    assert membership.end == TODAY
    assert not view.members.end_membership_button.isEnabled()  # it has ended

    # From tomorrow UNICRI is no longer current; the history still shows it.
    _select_row(table, "Entity", "OPCW")
    _set_date(view.members.member_date_edit, date(2023, 9, 1))
    _choose(view.members.change_role_combo, "Vice-Chair")
    qtbot.mouseClick(view.members.change_role_button, LEFT)
    assert not view.members.members_error.isVisible()
    qtbot.mouseClick(view.members.all_history_radio, LEFT)
    opcw = [r[2:] for r in _table(table) if r[0] == "OPCW"]
    assert sorted(opcw) == sorted(
        [
            ["Member", "", fmt_date(date(2023, 8, 31))],  # the example records no date of joining
            ["Vice-Chair", fmt_date(date(2023, 9, 1)), ""],
        ]
    )
    assert view.members.members_count_label.text() == "16 memberships over time"

    # A role edited in place, through the model as the combo editor would.
    index = _select_row(table, "Entity", "WCO")
    assert table.model().setData(index.siblingAtColumn(_column(table, "Role")), "member")
    with demo.read() as s:
        assert next(m for m in q.memberships(s, etcip) if m.entity == "WCO").role.value == "member"


def test_adding_and_removing_a_member_with_inline_refusal(qtbot, view, demo, etcip) -> None:
    view.tabs.setCurrentWidget(view.members_tab)
    _choose(view.members.member_entity_combo, "OPCW")
    qtbot.mouseClick(view.members.add_member_button, LEFT)
    assert "OPCW is already a member" in view.members.members_error.text()
    _choose(view.members.member_entity_combo, "FATF")
    _choose(view.members.member_role_combo, "Observer")
    qtbot.mouseClick(view.members.add_member_button, LEFT)
    assert not view.members.members_error.isVisible()
    assert ["FATF", "Financial Action Task Force", "Observer", fmt_date(TODAY), ""] in _table(
        view.members.members_table
    )
    assert (
        view.members.members_table.currentIndex().data() == "FATF"
    )  # the new membership is selected
    _focus(qtbot, view, view.members.members_table)
    qtbot.keyClick(view.members.members_table, Qt.Key.Key_Delete)
    assert "FATF" not in [r[0] for r in _table(view.members.members_table)]
    with demo.read() as s:
        assert (
            s.scalar(
                select(func.count()).select_from(Membership).where(Membership.deleted.is_(True))
            )
            == 1
        )


def test_adding_a_focal_point_checks_the_email(qtbot, view, demo, etcip) -> None:
    view.tabs.setCurrentWidget(view.contacts_tab)
    assert {r[1] for r in _table(view.contacts.contacts_table)} == {
        "Sam Demo",
        "Kim Testwell",
        "Robin Example",
        "Alex Sample",
    }
    _choose(view.contacts.contact_entity_combo, "WHO")
    qtbot.keyClicks(view.contacts.contact_name_edit, "Dana Placeholder")
    qtbot.keyClicks(view.contacts.contact_job_edit, "Focal point, ETCIP")
    qtbot.keyClicks(view.contacts.contact_email_edit, "dana.example.org")
    qtbot.keyClicks(view.contacts.contact_phone_edit, "+41 22 791 21 11")
    with demo.read() as s:
        before = s.scalar(select(func.count()).select_from(Contact))
    qtbot.mouseClick(view.contacts.add_contact_button, LEFT)
    assert view.contacts.contacts_error.isVisible()
    assert "does not look like an email address" in view.contacts.contacts_error.text()
    assert view.contacts.contact_name_edit.text() == "Dana Placeholder"  # kept, to be corrected

    view.contacts.contact_email_edit.clear()
    qtbot.keyClicks(view.contacts.contact_email_edit, "dana@example.org")
    qtbot.keyClick(view.contacts.contact_email_edit, Qt.Key.Key_Return)
    assert not view.contacts.contacts_error.isVisible()
    assert [
        "WHO",
        "Dana Placeholder",
        "Focal point, ETCIP",
        "dana@example.org",
        "+41 22 791 21 11",
        "ETCIP",
    ] in _table(view.contacts.contacts_table)
    assert view.contacts.contact_name_edit.text() == ""
    with demo.read() as s:
        contact = s.scalars(select(Contact).where(Contact.name == "Dana Placeholder")).one()
        assert (contact.email, contact.group_id) == ("dana@example.org", etcip)
        assert s.scalar(select(func.count()).select_from(Contact)) == before + 1

    # Edited in place: a bad email is refused inline, then the scope becomes "All groups".
    index = _select_row(view.contacts.contacts_table, "Name", "Dana Placeholder")
    model = view.contacts.contacts_table.model()
    assert not model.setData(
        index.siblingAtColumn(_column(view.contacts.contacts_table, "Email")), "dana@"
    )
    assert "does not look like an email address" in view.contacts.contacts_error.text()
    assert model.setData(index.siblingAtColumn(_column(view.contacts.contacts_table, "For")), "")
    assert not view.contacts.contacts_error.isVisible()
    with demo.read() as s:
        assert s.get(Contact, contact.id).group_id is None
    _select_row(view.contacts.contacts_table, "Name", "Dana Placeholder")
    qtbot.mouseClick(view.contacts.remove_contact_button, LEFT)
    with demo.read() as s:
        assert s.get(Contact, contact.id).deleted


def test_duplicate_entity_acronym_is_refused_inline(qtbot, view, demo) -> None:
    view.tabs.setCurrentWidget(view.entities_tab)
    with demo.read() as s:
        before = s.scalar(select(func.count()).select_from(Entity))
    qtbot.keyClicks(view.entities.entity_acronym_edit, "opcw")
    qtbot.keyClicks(view.entities.entity_name_edit, "Another OPCW")
    qtbot.mouseClick(view.entities.add_entity_button, LEFT)
    assert view.entities.entities_error.isVisible()
    assert view.entities.entities_error.text() == "There is already an entity called opcw."
    assert view.controller.undo_stack.count() == 0
    with demo.read() as s:
        assert s.scalar(select(func.count()).select_from(Entity)) == before
    # The same refusal when an acronym is edited in place.
    index = _select_row(view.entities.entities_table, "Acronym", "WHO")
    assert not view.entities.entities_table.model().setData(index, "INTERPOL")
    assert view.entities.entities_error.text() == "There is already an entity called INTERPOL."
    assert view.entities.entities_table.model().setData(index, "W.H.O.")
    assert not view.entities.entities_error.isVisible()
    with demo.read() as s:
        assert (
            s.scalars(
                select(Entity.acronym).where(Entity.name == "World Health Organization")
            ).one()
            == "W.H.O."
        )
    assert "W.H.O." in [r[0] for r in _table(view.members.members_table)]  # other tables follow


def test_group_details_are_edited_in_place(qtbot, view, demo, etcip) -> None:
    view.tabs.setCurrentWidget(view.details_tab)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    assert view.details.acronym_edit.text() == "ETCIP"
    view.details.name_edit.setFocus()
    view.details.name_edit.selectAll()
    qtbot.keyClick(view.details.name_edit, Qt.Key.Key_Delete)
    qtbot.keyClick(view.details.name_edit, Qt.Key.Key_Return)
    assert view.details.details_error.text() == "The name cannot be empty."
    with demo.read() as s:
        assert s.get(WorkingGroup, etcip).name.startswith("Emerging Threats")
    qtbot.keyClicks(view.details.name_edit, "Emerging Threats")
    qtbot.keyClick(view.details.name_edit, Qt.Key.Key_Return)
    assert not view.details.details_error.isVisible()
    assert view.title_label.text() == "ETCIP — Emerging Threats"

    view.details.mandate_edit.setFocus()
    view.details.mandate_edit.selectAll()
    qtbot.keyClicks(view.details.mandate_edit, "A new mandate.")
    view.details.objectives_edit.setFocus()  # leaving the field saves it
    _choose(view.details.pillar_combo, view.PILLARS[list(view.PILLARS)[2]])
    view.details.pillar_combo.activated.emit(view.details.pillar_combo.currentIndex())
    _set_date(view.details.tor_revised_edit, date(2023, 2, 1))
    view.details.tor_revised.committed.emit()
    with demo.read() as s:
        group = s.get(WorkingGroup, etcip)
        assert (group.name, group.mandate, group.pillar.value, group.tor_revised) == (
            "Emerging Threats",
            "A new mandate.",
            "III",
            date(2023, 2, 1),
        )
    qtbot.mouseClick(view.details.tor_revised_clear, LEFT)
    with demo.read() as s:
        assert s.get(WorkingGroup, etcip).tor_revised is None
    assert view.controller.undo_stack.count() == 5
    view.controller.undo_stack.undo()
    assert view.details.tor_revised.value() == date(2023, 2, 1)


def test_overview_lists_every_group_and_switches(qtbot, view, demo) -> None:
    view.tabs.setCurrentWidget(view.overview_tab)
    table = _table(view.groups.overview_table)
    assert len(table) == 8 and table[3][:2] == ["II", "ETCIP"]
    index = view.groups.overview_table.model().index(0, 0)
    view.groups.overview_table.activated.emit(index)
    assert view.title_label.text().startswith("PCVE")


# -- an empty workspace -----------------------------------------------------------------------------


def test_empty_workspace_sets_up_the_first_group(qtbot, workspace) -> None:
    window = _window(qtbot, workspace)
    assert window.pages.currentWidget() is window.welcome_page
    qtbot.mouseClick(window.start_own_button, LEFT)
    assert window.current_view_name() == "composition"
    view = window.views["composition"]
    assert view.title_label.text() == "Set up your working group"
    assert view.new_group_box.isVisible()
    assert not view.tabs.isTabEnabled(view.tabs.indexOf(view.chair_tab))
    assert view.tabs.currentWidget() is view.entities_tab

    for acronym, name, kind in (
        ("UNICRI", "United Nations Interregional Crime and Justice Research Institute", "UN"),
        ("INTERPOL", "International Criminal Police Organization", "non-UN"),
    ):
        qtbot.keyClicks(view.entities.entity_acronym_edit, acronym)
        qtbot.keyClicks(view.entities.entity_name_edit, name)
        _choose(view.entities.entity_kind_combo, kind)
        qtbot.mouseClick(view.entities.add_entity_button, LEFT)
    assert [r[0] for r in _table(view.entities.entities_table)] == ["INTERPOL", "UNICRI"]

    qtbot.mouseClick(view.create_group_button, LEFT)  # nothing typed yet
    assert view.new_group_error.text() == "The acronym cannot be empty."
    assert window.group_combo.count() == 0
    qtbot.keyClicks(view.new_group_acronym, "ETCIP")
    qtbot.keyClicks(view.new_group_name, "Emerging Threats and Critical Infrastructure Protection")
    view.new_group_pillar.setCurrentIndex(view.new_group_pillar.findData("II"))
    qtbot.mouseClick(view.create_group_button, LEFT)

    assert window.group_combo.count() == 1
    assert (
        window.group_combo.itemText(0)
        == "ETCIP — Emerging Threats and Critical Infrastructure Protection"
    )
    with workspace.read() as s:
        group = s.scalars(select(WorkingGroup)).one()
        assert group.pillar.value == "II"
        assert s.scalar(select(func.count()).select_from(Entity)) == 2
    assert window.controller.group_id == group.id
    assert (
        view.title_label.text() == "ETCIP — Emerging Threats and Critical Infrastructure Protection"
    )
    assert not view.new_group_box.isVisible()
    assert view.tabs.currentWidget() is view.details_tab
    assert window.nav.isEnabled()

    # The new group's first members and its first rotation.
    view.tabs.setCurrentWidget(view.members_tab)
    for acronym in ("UNICRI", "INTERPOL"):
        _choose(view.members.member_entity_combo, acronym)
        qtbot.mouseClick(view.members.add_member_button, LEFT)
    view.tabs.setCurrentWidget(view.chair_tab)
    assert view.chair.rotation.plan_combo.currentText() == "New plan (not saved)"
    _arrange_rotation(
        qtbot, view, ["UNICRI", "INTERPOL"], "half_year", date(2023, 1, 1), date(2023, 12, 31)
    )
    qtbot.mouseClick(view.chair.rotation.apply_rotation_button, LEFT)
    assert window.chair_label.text() == "Chair: INTERPOL"


def test_a_second_group_from_the_new_group_form(qtbot, view, demo) -> None:
    qtbot.mouseClick(view.new_group_button, LEFT)
    assert view.new_group_box.isVisible()
    qtbot.keyClicks(view.new_group_acronym, "etcip")
    qtbot.keyClicks(view.new_group_name, "Again")
    qtbot.keyClick(view.new_group_name, Qt.Key.Key_Return)
    assert view.new_group_error.text() == "There is already a working group called etcip."
    view.new_group_acronym.clear()
    qtbot.keyClicks(view.new_group_acronym, "CYBER")
    qtbot.mouseClick(view.create_group_button, LEFT)
    assert view.title_label.text() == "CYBER — Again"
    assert not view.new_group_box.isVisible()
    with demo.read() as s:
        assert view.controller.group_id == group_by_acronym(s, "CYBER").id


def test_a_refusal_outlines_the_field_it_names(qtbot, view, demo) -> None:
    qtbot.mouseClick(view.new_group_button, LEFT)
    qtbot.keyClicks(view.new_group_acronym, "etcip")
    qtbot.keyClicks(view.new_group_name, "Again")
    qtbot.mouseClick(view.create_group_button, LEFT)
    assert view.new_group_error.text() == "There is already a working group called etcip."
    assert view.new_group_acronym.styleSheet() == FIELD_ERROR_STYLE
    assert view.new_group_name.styleSheet() == ""
    view.new_group_acronym.clear()
    qtbot.keyClicks(view.new_group_acronym, "CYBER")
    qtbot.mouseClick(view.create_group_button, LEFT)
    assert view.new_group_acronym.styleSheet() == ""

    view.tabs.setCurrentWidget(view.contacts_tab)
    contacts = view.contacts
    _choose(contacts.contact_entity_combo, "WHO")
    qtbot.keyClicks(contacts.contact_name_edit, "Dana Placeholder")
    qtbot.keyClicks(contacts.contact_email_edit, "dana.example.org")
    qtbot.mouseClick(contacts.add_contact_button, LEFT)
    assert "does not look like an email address" in contacts.contacts_error.text()
    assert contacts.contact_email_edit.styleSheet() == FIELD_ERROR_STYLE
    contacts.contact_email_edit.clear()
    qtbot.mouseClick(contacts.add_contact_button, LEFT)
    assert not contacts.contacts_error.isVisible()
    assert contacts.contact_email_edit.styleSheet() == ""


def test_each_panel_reloads_when_a_table_it_shows_changes(view, etcip, monkeypatch) -> None:
    from datetime import datetime

    from chairdesk.store.ops import meetings as meeting_ops

    reloads: list[str] = []
    panels = {
        "details": view.details,
        "members": view.members,
        "contacts": view.contacts,
        "rotation": view.chair.rotation,
        "terms": view.chair.terms,
        "entities": view.entities,
        "groups": view.groups,
    }
    for name, panel in panels.items():

        def counted(group_changed: bool, name: str = name, reload=panel.reload) -> None:
            reloads.append(name)
            reload(group_changed)

        monkeypatch.setattr(panel, "reload", counted)
    table = view.groups.overview_table
    meetings = _column(table, "Meetings")
    row = next(r for r in _table(table) if r[_column(table, "Group")] == "ETCIP")
    view.controller.perform(
        "New meeting",
        lambda s: meeting_ops.create_meeting(s, etcip, "Extra meeting", datetime(2023, 9, 1, 14)),
    )
    # A meeting shows on the All groups tab only: that panel alone reloads, and counts it.
    assert reloads == ["groups"]
    after = next(r for r in _table(table) if r[_column(table, "Group")] == "ETCIP")
    assert after[meetings] != row[meetings]

    reloads.clear()
    index = _select_row(view.entities.entities_table, "Acronym", "WHO")
    assert view.entities.entities_table.model().setData(index, "W.H.O.")
    # An entity's acronym shows on every tab but the group's details.
    assert sorted(reloads) == ["contacts", "entities", "groups", "members", "rotation", "terms"]


# -- models --------------------------------------------------------------------------------------------


def test_every_model_passes_the_model_tester(qtbot, qtmodeltester, view) -> None:
    view.tabs.setCurrentWidget(view.chair_tab)
    _arrange_rotation(
        qtbot, view, ["OPCW", "UNICRI"], "quarter", date(2022, 10, 1), date(2023, 6, 30)
    )
    assert view.chair.rotation.preview_model.rowCount() == 3  # one of them in conflict
    qtbot.mouseClick(view.members.all_history_radio, LEFT)
    view.contacts.contacts_all_check.setChecked(True)
    models = [
        view.entities.entities_model,
        view.members.members_model,
        view.contacts.contacts_model,
        view.chair.terms.terms_model,
        view.chair.rotation.preview_model,
        view.chair.rotation.draft_model,
        view.groups.groups_model,
        view.members.members_proxy,
        view.contacts.contacts_proxy,
        view.entities.entities_proxy,
        view.groups.groups_proxy,
    ]
    for model in models:
        assert model.rowCount() > 0, model
        qtmodeltester.check(model)


def test_chair_today_sentence() -> None:
    terms = [
        Term("UNICRI", date(2022, 1, 1), date(2022, 3, 31)),
        Term("UNICRI", date(2022, 4, 1), date(2022, 6, 30)),
        Term("OPCW", date(2022, 7, 1), date(2022, 9, 30)),
        Term("INTERPOL", date(2022, 10, 1), date(2022, 12, 31)),
    ]
    assert chair_today_sentence(terms, date(2022, 8, 15)) == (
        "Chair today: OPCW (since 1 July 2022) — next handover: INTERPOL on 1 October 2022"
    )
    # Two terms in a row are one run: since the first of them.
    assert chair_today_sentence(terms, date(2022, 5, 1)) == (
        "Chair today: UNICRI (since 1 January 2022) — next handover: OPCW on 1 July 2022"
    )
    assert chair_today_sentence(terms, date(2023, 2, 1)) == (
        "No chair today (last: INTERPOL, until 31 December 2022)"
    )
    assert chair_today_sentence([], date(2023, 2, 1)).startswith("No chair terms yet")


def test_place_ids_are_kept_by_the_draft(view) -> None:
    view.chair.rotation.draft_model.set_places([Place("a", "A"), Place("b", "B")])
    assert view.chair.rotation.draft_model.index(1).data(ID_ROLE) == "b"
    assert view.chair.rotation.draft_model.index(1).data() == "2. B"


def test_the_groups_french_name_and_time_zone_are_edited_in_place(qtbot, view, demo, etcip) -> None:
    view.tabs.setCurrentWidget(view.details_tab)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    steps = view.controller.undo_stack.count()
    french = "Groupe de travail sur les menaces émergentes et la protection des infrastructures critiques"
    assert view.details.name_fr_edit.text() == french  # the example's own translation
    view.details.name_fr_edit.setFocus()
    view.details.name_fr_edit.selectAll()
    qtbot.keyClicks(
        view.details.name_fr_edit, "Groupe de travail sur les nouvelles menaces"
    )  # (QTest types ASCII)
    qtbot.keyClick(view.details.name_fr_edit, Qt.Key.Key_Return)
    combo = view.details.time_zone_combo
    combo.setFocus()
    qtbot.waitUntil(lambda: combo.count() > 300)  # the zones are listed once the field is reached
    assert combo.findText("Europe/Vienna") >= 0
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "Mars/Base")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Return)
    assert (
        "not a known time zone" in view.details.details_error.text()
    )  # inline, and nothing written
    combo.setCurrentIndex(combo.findText("Europe/Vienna"))
    combo.activated.emit(combo.currentIndex())
    assert not view.details.details_error.isVisible()
    with demo.read() as s:
        group = s.get(WorkingGroup, etcip)
        assert (group.name_fr, group.time_zone) == (
            "Groupe de travail sur les nouvelles menaces",
            "Europe/Vienna",
        )
    assert view.controller.undo_stack.count() == steps + 2  # one step each
    view.controller.undo_stack.undo()
    assert view.details.time_zone_combo.currentText() == ""
    with demo.read() as s:
        assert s.get(WorkingGroup, etcip).time_zone is None
