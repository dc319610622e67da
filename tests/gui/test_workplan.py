"""The Work plan view with the demo: inline status and progress, overdue marks, the detail pane."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox, QSpinBox
from sqlalchemy import select

from chairdesk.domain.vocabulary import ActivityStatus
from chairdesk.gui.views.workplan import WorkPlanView
from chairdesk.gui.views.workplan.tree_model import WorkPlanModel
from chairdesk.gui.views.workplan_status import OVERDUE_COLOUR, OVERDUE_ROLE
from chairdesk.store.demo import load_demo
from chairdesk.store.models import Activity, Output, ProgressUpdate, WorkPlan
from chairdesk.store.ops import workplan as ops
from chairdesk.store.queries import group_by_acronym
from tests.gui.helpers import activate, controller_on, on_screen

TODAY = date(2022, 8, 15)
COLUMNS = WorkPlanModel.COLUMNS


@pytest.fixture
def demo(workspace):
    with workspace.transaction() as s:
        load_demo(s)
    return workspace


def _view(qtbot, workspace, today: date = TODAY, group: str = "ETCIP") -> WorkPlanView:
    return on_screen(qtbot, WorkPlanView(controller_on(workspace, group, today)))


def _id(workspace, code: str, group: str = "ETCIP") -> str:
    with workspace.read() as s:
        group_id = group_by_acronym(s, group).id
        return s.scalars(
            select(Activity.id)
            .join(Output, Activity.output_id == Output.id)
            .join(WorkPlan, Output.work_plan_id == WorkPlan.id)
            .where(
                WorkPlan.group_id == group_id, Activity.code == code, Activity.deleted.is_(False)
            )
        ).one()


def _db(workspace, activity_id: str) -> tuple[ActivityStatus, int]:
    with workspace.read() as s:
        a = s.get(Activity, activity_id)
        return a.status, a.progress


def _codes(view: WorkPlanView, output_row: int) -> list[str]:
    # Indexes are fetched afresh: a proxy index does not survive the rows being replaced.
    parent = view.proxy.index(output_row, 0)
    return [view.proxy.index(r, 0, parent).data() for r in range(view.proxy.rowCount(parent))]


def _cell(view: WorkPlanView, activity_id: str, column: str) -> str:
    return view.proxy_index(activity_id, column).data()


def test_shows_the_current_work_plan_grouped_by_output(qtbot, demo) -> None:
    view = _view(qtbot, demo)
    assert view.period_combo.currentText() == "2021\u20132022"
    proxy = view.proxy
    outputs = [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    assert outputs == ["A", "B", "C", "D"]
    first = proxy.index(0, 0)
    assert [proxy.index(r, 0, first).data() for r in range(proxy.rowCount(first))] == [
        "A1",
        "A2",
        "A3",
    ]
    a3 = _id(demo, "A3")
    assert _cell(view, a3, "leads") == "UNICRI"
    assert _cell(view, a3, "partners") == "UNOCT, INTERPOL, DSS"
    assert _cell(view, a3, "status") == "In progress"
    assert _cell(view, a3, "progress") == "70 %"
    assert view.activities.summary_label.text() == "12 activities · 6 completed"


def test_status_and_progress_are_edited_inline_through_the_delegates(qtbot, demo) -> None:
    view = _view(qtbot, demo)
    activate(qtbot, view)
    a3 = _id(demo, "A3")

    # Progress: the spin box editor, typed into, committed with Enter.
    index = view.proxy_index(a3, "progress")
    view.tree.setCurrentIndex(index)
    view.tree.edit(index)
    spin = view.tree.findChild(QSpinBox, "progressEditor")
    assert spin is not None and spin.value() == 70
    spin.selectAll()
    qtbot.keyClicks(spin, "85")
    qtbot.keyClick(spin, Qt.Key.Key_Return)  # the delegate commits on the next turn of the loop
    qtbot.waitUntil(lambda: _cell(view, a3, "progress") == "85 %")
    assert _db(demo, a3) == (ActivityStatus.IN_PROGRESS, 85)

    # Status: the combo box shows people's words; typing "D" picks Delayed and commits.
    index = view.proxy_index(a3, "status")
    view.tree.setCurrentIndex(index)
    view.tree.edit(index)
    combo = view.tree.findChild(QComboBox, "statusEditor")
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Not started",
        "In progress",
        "Completed",
        "Delayed",
        "Cancelled",
    ]
    assert combo.currentText() == "In progress"
    qtbot.keyClicks(combo, "D")
    qtbot.waitUntil(lambda: _db(demo, a3)[0] is ActivityStatus.DELAYED)
    assert _cell(view, a3, "status") == "Delayed"
    assert view.controller.undo_stack.count() == 2
    assert view.controller.undo_stack.text(1) == "Set the status of A3 to Delayed"


def test_completing_sets_progress_to_100_in_one_step_and_undo_restores_both(qtbot, demo) -> None:
    view = _view(qtbot, demo)
    a3 = _id(demo, "A3")
    view.select(a3)
    assert view.proxy.setData(view.proxy_index(a3, "status"), "completed")
    assert (_cell(view, a3, "status"), _cell(view, a3, "progress")) == ("Completed", "100 %")
    assert _db(demo, a3) == (ActivityStatus.COMPLETED, 100)
    assert view.activities.message_label.text() == "A3 is completed: progress set to 100 %."
    assert view.controller.undo_stack.count() == 1
    assert view.activities.summary_label.text() == "12 activities · 7 completed"

    view.controller.undo_stack.undo()
    assert (_cell(view, a3, "status"), _cell(view, a3, "progress")) == ("In progress", "70 %")
    assert _db(demo, a3) == (ActivityStatus.IN_PROGRESS, 70)
    assert view.tree.currentIndex().data(Qt.ItemDataRole.UserRole + 2) == a3  # selection kept

    view.controller.undo_stack.redo()
    assert _db(demo, a3) == (ActivityStatus.COMPLETED, 100)
    assert _cell(view, a3, "progress") == "100 %"


def test_invalid_values_are_refused_inline_and_nothing_is_written(qtbot, demo) -> None:
    view = _view(qtbot, demo)
    a3 = _id(demo, "A3")
    assert not view.proxy.setData(view.proxy_index(a3, "progress"), 150)
    assert "between 0 and 100" in view.activities.message_label.text()
    assert not view.proxy.setData(view.proxy_index(a3, "due"), date(2021, 1, 1))  # before the start
    assert "before the start" in view.activities.message_label.text()
    assert not view.proxy.setData(view.proxy_index(a3, "code"), "A1")
    assert view.activities.message_label.text() == "The work plan already has an activity A1."
    assert not view.proxy.setData(view.proxy_index(a3, "status"), "finished")
    assert _db(demo, a3) == (ActivityStatus.IN_PROGRESS, 70)
    assert _cell(view, a3, "progress") == "70 %"
    assert view.controller.undo_stack.count() == 0
    # The next good edit clears the message.
    assert view.proxy.setData(view.proxy_index(a3, "progress"), 75)
    assert view.activities.message_label.text() == ""


def test_an_overdue_activity_is_marked_with_colour_icon_text_and_tooltip(qtbot, demo) -> None:
    # On 1 December 2022 the demo's C2 (delayed, due 30 November 2022) is overdue.
    view = _view(qtbot, demo, today=date(2022, 12, 1))
    c2 = _id(demo, "C2")
    due = view.proxy_index(c2, "due")
    assert due.data(OVERDUE_ROLE) is True
    assert due.data(Qt.ItemDataRole.ToolTipRole) == "Overdue since 30 November 2022"
    assert due.data(Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    assert not due.data(Qt.ItemDataRole.DecorationRole).isNull()
    assert _cell(view, c2, "status") == "Delayed · overdue"
    # Completed ones and ones not yet due are not marked.
    for code in ("A1", "A3"):
        index = view.proxy_index(_id(demo, code), "due")
        assert not index.data(OVERDUE_ROLE) and index.data(Qt.ItemDataRole.DecorationRole) is None
    assert "1 overdue" in view.activities.summary_label.text()
    view.status_filter.setCurrentIndex(view.status_filter.findText("Overdue"))
    assert [view.proxy.index(o, 0).data() for o in range(view.proxy.rowCount())] == ["C"]
    assert _codes(view, 0) == ["C2"]


def test_reopening_a_finished_activity_past_its_due_date_marks_it_overdue(qtbot, demo) -> None:
    view = _view(qtbot, demo)
    a2 = _id(demo, "A2")  # completed, due 30 June 2022
    assert not view.proxy_index(a2, "due").data(OVERDUE_ROLE)
    assert view.proxy.setData(view.proxy_index(a2, "status"), "In progress")  # by its label, too
    due = view.proxy_index(a2, "due")
    assert due.data(OVERDUE_ROLE)
    assert due.data(Qt.ItemDataRole.ToolTipRole) == "Overdue since 30 June 2022"
    view.select(a2)
    assert "Overdue since 30 June 2022" in view.details.facts.text()


def test_a_progress_update_is_added_in_the_detail_pane(qtbot, demo) -> None:
    view = _view(qtbot, demo)
    a3 = _id(demo, "A3")
    view.tree.setCurrentIndex(view.proxy_index(a3, "title"))
    assert view.detail_stack.currentWidget() is view.activity_page
    assert view.details.title_edit.text() == "Briefing series on soft target protection"
    assert view.progress.update_date_edit.date() == QDate(2022, 8, 15)  # today
    log = view.progress.updates_model
    assert [log.index(r, 1).data() for r in range(log.rowCount())] == [
        "Third briefing held; fourth moved to 2023.",
        "Two of four briefings held.",
    ]

    qtbot.keyClicks(view.progress.update_text_edit, "Third briefing scheduled for October.")
    qtbot.mouseClick(view.progress.add_update_button, Qt.MouseButton.LeftButton)

    texts = [log.index(r, 1).data() for r in range(log.rowCount())]
    assert texts == [  # newest first
        "Third briefing held; fourth moved to 2023.",
        "Third briefing scheduled for October.",
        "Two of four briefings held.",
    ]
    assert view.progress.update_text_edit.text() == ""
    with demo.read() as s:
        update = s.scalars(
            select(ProgressUpdate).where(ProgressUpdate.text.like("Third briefing sched%"))
        ).one()
        assert (update.activity_id, update.date) == (a3, TODAY)

    # An empty update is refused next to the field.
    qtbot.mouseClick(view.progress.add_update_button, Qt.MouseButton.LeftButton)
    assert view.details.detail_error.text() == "The update cannot be empty."

    # Edit it in place, then remove it.
    row = texts.index("Third briefing scheduled for October.")
    assert log.setData(log.index(row, 1), "Third briefing set for 12 October.")
    assert log.index(row, 1).data() == "Third briefing set for 12 October."
    assert view.details.detail_error.text() == ""
    view.progress.updates_table.selectRow(row)
    qtbot.mouseClick(view.progress.remove_update_button, Qt.MouseButton.LeftButton)
    assert log.rowCount() == 2
    view.controller.undo_stack.undo()
    assert log.rowCount() == 3


def test_detail_fields_save_when_left_and_refuse_unknown_entities(qtbot, demo) -> None:
    view = _view(qtbot, demo)
    activate(qtbot, view)
    a3 = _id(demo, "A3")
    view.select(a3)
    view.details.indicator_edit.setFocus()
    view.details.indicator_edit.selectAll()
    qtbot.keyClicks(view.details.indicator_edit, "Four briefings held by December")
    qtbot.keyClick(view.details.indicator_edit, Qt.Key.Key_Tab)
    with demo.read() as s:
        assert s.get(Activity, a3).indicator == "Four briefings held by December"

    view.details.partners_edit.setFocus()
    view.details.partners_edit.selectAll()
    qtbot.keyClicks(view.details.partners_edit, "UNOCT, NOSUCH")
    qtbot.keyClick(view.details.partners_edit, Qt.Key.Key_Return)
    assert view.details.detail_error.text() == "No entity is called NOSUCH."
    view.details.partners_edit.selectAll()
    qtbot.keyClicks(view.details.partners_edit, "unoct, interpol")
    qtbot.keyClick(view.details.partners_edit, Qt.Key.Key_Return)
    assert view.details.detail_error.text() == ""
    assert _cell(view, a3, "partners") == "UNOCT, INTERPOL"
    assert view.details.partners_edit.text() == "UNOCT, INTERPOL"


def test_description_typed_then_switching_activity_is_saved(qtbot, demo) -> None:
    view = _view(qtbot, demo)
    activate(qtbot, view)
    a3, b1 = _id(demo, "A3"), _id(demo, "B1")
    view.select(a3)
    view.details.description_edit.setFocus()
    view.details.description_edit.selectAll()
    qtbot.keyClicks(view.details.description_edit, "Four short briefings.")
    view.tree.setCurrentIndex(view.proxy_index(b1, "title"))  # without leaving the field first
    with demo.read() as s:
        assert s.get(Activity, a3).description == "Four short briefings."
    assert view.details.title_edit.text() == "Mapping of UN work on unmanned aircraft systems (UAS)"
    assert view.tree.currentIndex().data(Qt.ItemDataRole.UserRole + 2) == b1


def test_add_remove_and_move_activities_with_the_keyboard(qtbot, demo) -> None:
    view = _view(qtbot, demo)
    activate(qtbot, view)
    a3 = _id(demo, "A3")
    view.select(a3)
    view.tree.setFocus()

    qtbot.keyClick(view.tree, Qt.Key.Key_Insert)
    a4 = _id(demo, "A4")  # the next free code of output A
    assert view.tree.currentIndex().data(Qt.ItemDataRole.UserRole + 2) == a4
    editor = view.tree.focusWidget()
    qtbot.keyClicks(editor, "Tabletop exercise")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _cell(view, a4, "title") == "Tabletop exercise")

    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _codes(view, 0) == ["A1", "A2", "A4", "A3"]
    assert view.tree.currentIndex().data(Qt.ItemDataRole.UserRole + 2) == a4

    qtbot.keyClick(view.tree, Qt.Key.Key_Delete)
    assert _codes(view, 0) == ["A1", "A2", "A3"]
    with demo.read() as s:
        assert s.get(Activity, a4).deleted
    assert "Undo" in view.activities.message_label.text()
    view.controller.undo_stack.undo()
    assert _codes(view, 0) == ["A1", "A2", "A4", "A3"]


def test_add_output_and_filter(qtbot, demo) -> None:
    view = _view(qtbot, demo)
    activate(qtbot, view)
    view.activities.add_output_action.trigger()
    editor = view.tree.focusWidget()
    qtbot.keyClicks(editor, "Task 5: Outreach")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.proxy.index(4, 1).data() == "Task 5: Outreach")
    assert view.proxy.index(4, 0).data() == "E"
    assert view.proxy.index(4, 1).data() == "Task 5: Outreach"

    qtbot.keyClick(view.tree, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert view.filter_edit.hasFocus()
    qtbot.keyClicks(view.filter_edit, "uas")
    assert view.proxy.rowCount() == 1
    assert _codes(view, 0) == ["B1"]
    qtbot.keyClick(view.filter_edit, Qt.Key.Key_Escape)
    assert view.proxy.rowCount() == 5


def test_new_work_plan_inline(qtbot, demo) -> None:
    view = _view(qtbot, demo)
    view.new_plan_action.trigger()
    assert view.new_plan_frame.isVisible()
    assert view.new_plan_edit.text() == "2023-2024"
    view.new_plan_edit.setText("2021-2022")
    qtbot.mouseClick(view.create_plan_button, Qt.MouseButton.LeftButton)
    assert view.new_plan_error.text() == "The group already has a 2021-2022 work plan."
    view.new_plan_edit.setText("2023-2024")
    qtbot.keyClick(view.new_plan_edit, Qt.Key.Key_Return)
    assert not view.new_plan_frame.isVisible()
    assert view.period_combo.currentText() == "2023\u20132024"
    assert view.proxy.rowCount() == 0
    view.period_combo.setCurrentIndex(view.period_combo.findText("2021\u20132022"))
    view.period_combo.activated.emit(view.period_combo.currentIndex())
    assert view.proxy.rowCount() == 4


def test_follows_the_group_and_keeps_selection_on_outside_changes(qtbot, demo) -> None:
    view = _view(qtbot, demo)
    b1 = _id(demo, "B1")
    view.select(b1)
    # Another view changes the same activity: the row stays selected, the cell updates.
    view.controller.perform("elsewhere", lambda s: ops.set_activity_progress(s, b1, 66))
    assert _cell(view, b1, "progress") == "66 %"
    assert view.tree.currentIndex().data(Qt.ItemDataRole.UserRole + 2) == b1
    with demo.read() as s:
        view.controller.set_group(group_by_acronym(s, "RMME").id)
    assert [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())] == ["A", "B"]
    assert view.detail_stack.currentWidget() is view.empty_page


def test_models_pass_the_model_tester(qtbot, qtmodeltester, demo) -> None:
    view = _view(qtbot, demo)
    view.select(_id(demo, "A3"))
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)
    qtmodeltester.check(view.progress.updates_model)
    view.filter_edit.setText("briefing")
    qtmodeltester.check(view.proxy)
