"""An edit shows at once in a large workspace: only what it touched is read again (issue 18).

A meeting's new title reaches its row and its editor by reading that one meeting; an
activity's new status reaches its row and its details by reading that one activity; a view
hidden behind another reads nothing until it is shown, and then shows the change. Undo,
redo, a sync round, a filter and a sort still show the right thing.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStackedWidget
from sqlalchemy import insert, select

from chairdesk.domain.vocabulary import ActivityStatus, MeetingKind, MeetingMode
from chairdesk.gui.controller import AppController
from chairdesk.gui.views.meetings import MeetingsView
from chairdesk.gui.views.meetings.labels import ID_ROLE
from chairdesk.gui.views.workplan import WorkPlanView
from chairdesk.gui.views.workplan import activities as activities_panel
from chairdesk.store import meeting_queries as q
from chairdesk.store import workplan_queries as wq
from chairdesk.store.demo import load_demo
from chairdesk.store.models import Activity, Meeting, Output, WorkPlan, new_id
from chairdesk.store.ops import meetings as meeting_ops
from chairdesk.store.ops import workplan as plan_ops
from chairdesk.store.queries import group_by_acronym
from tests.gui.helpers import activate, controller_on, on_screen

TODAY = date(2022, 8, 15)
SEPTEMBER = datetime(2022, 9, 28, 14, 0)


pytestmark = pytest.mark.usefixtures("english_24_hour_clock")  # (tests/gui/conftest.py)


@pytest.fixture
def demo(workspace):
    """The demo, with sixty more ETCIP meetings in earlier years: a list that scrolls."""
    with workspace.transaction() as s:
        load_demo(s)
        etcip = group_by_acronym(s, "ETCIP").id
        first = datetime(2010, 1, 6, 10, 0)
        s.execute(
            insert(Meeting),
            [
                {
                    "id": new_id(),
                    "group_id": etcip,
                    "title": f"Earlier meeting {n:02}",
                    "start": first + timedelta(weeks=n),
                    "end": first + timedelta(weeks=n, hours=1),
                    "kind": MeetingKind.REGULAR,
                    "mode": MeetingMode.VIRTUAL,
                    "location": None,
                    "summary": "",
                    "deleted": False,
                }
                for n in range(60)
            ],
        )
    return workspace


class Reads:
    """What the views read from the store, counted (wrapping the query functions they call)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.meeting_rows: list[int] = []  # how many rows each read of the meeting list returned
        self.agendas = 0
        self.attendance = 0
        self.plans = 0
        self.activities: list[int] = []
        meeting_rows, agenda_plan, attendance_sheet = (
            q.meeting_rows,
            q.agenda_plan,
            q.attendance_sheet,
        )
        plan_outputs, activity_rows = wq.work_plan_outputs, wq.activity_rows

        def rows(*args, **kwargs):
            found = meeting_rows(*args, **kwargs)
            self.meeting_rows.append(len(found))
            return found

        def agenda(*args, **kwargs):
            self.agendas += 1
            return agenda_plan(*args, **kwargs)

        def attendance(*args, **kwargs):
            self.attendance += 1
            return attendance_sheet(*args, **kwargs)

        def outputs(*args, **kwargs):
            self.plans += 1
            return plan_outputs(*args, **kwargs)

        def activities(*args, **kwargs):
            found = activity_rows(*args, **kwargs)
            self.activities.append(len(found))
            return found

        monkeypatch.setattr(q, "meeting_rows", rows)
        monkeypatch.setattr(q, "agenda_plan", agenda)
        monkeypatch.setattr(q, "attendance_sheet", attendance)
        # The Work plan's activities panel imported the functions by name.
        monkeypatch.setattr(activities_panel, "work_plan_outputs", outputs)
        monkeypatch.setattr(activities_panel, "activity_rows", activities)

    def clear(self) -> None:
        self.meeting_rows.clear()
        self.activities.clear()
        self.agendas = self.attendance = self.plans = 0


def _controller(workspace, group: str = "ETCIP") -> AppController:
    return controller_on(workspace, group, TODAY)


def _meetings(qtbot, workspace) -> MeetingsView:
    view = on_screen(qtbot, MeetingsView(_controller(workspace)), 1200, 560)
    activate(qtbot, view)
    return view


def _meeting_id(workspace, start: datetime = SEPTEMBER) -> str:
    with workspace.read() as s:
        return s.scalars(select(Meeting.id).where(Meeting.start == start)).one()


def _row_title(view: MeetingsView, meeting_id: str) -> str | None:
    """The title the table shows for the meeting (None: no row shows it)."""
    title = view.model.column("title")
    for row in range(view.proxy.rowCount()):
        if view.proxy.index(row, 0).data(ID_ROLE) == meeting_id:
            return view.proxy.index(row, title).data()
    return None


def _shown(view: MeetingsView) -> tuple[str | None, str | None, str | None]:
    """(the title in the chosen row, in the editor's field, the meeting the table's current row is)."""
    current = view.table.currentIndex()
    row_title = (
        view.proxy.index(current.row(), view.model.column("title")).data()
        if current.isValid()
        else None
    )
    return row_title, view.editor.header.title_edit.text(), current.data(ID_ROLE)


def _type_title(qtbot, view: MeetingsView, title: str) -> None:
    edit = view.editor.header.title_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, title)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


# -- the Meetings view ---------------------------------------------------------------------------------


def test_a_title_edit_reads_only_its_meeting_and_shows_in_the_row_and_the_editor(
    qtbot, demo, monkeypatch
) -> None:
    view = _meetings(qtbot, demo)
    assert view.model.total > 60
    # A meeting far down the list, scrolled to: the table is not at its top.
    meeting_id = _meeting_id(demo, datetime(2010, 1, 6, 10, 0) + timedelta(weeks=30))
    assert view.select_meeting(meeting_id)
    scroll = view.table.verticalScrollBar()
    assert scroll.value() > 0
    where = scroll.value()
    old = "Earlier meeting 30"
    reads = Reads(monkeypatch)
    resets: list[int] = []
    view.model.modelReset.connect(lambda: resets.append(1))

    _type_title(qtbot, view, "Briefing on the protection of soft targets")
    new = "Briefing on the protection of soft targets"
    assert _shown(view) == (new, new, meeting_id)
    with demo.read() as s:
        assert q.meeting_detail(s, meeting_id).title == new
    # Only that meeting's row was read; the agenda and attendance were left as they were.
    assert reads.meeting_rows == [1]
    assert (reads.agendas, reads.attendance) == (0, 0)
    assert resets == []
    assert scroll.value() == where
    assert view.table.selectionModel().isRowSelected(view.table.currentIndex().row())

    reads.clear()
    view.controller.undo_stack.undo()
    assert _shown(view) == (old, old, meeting_id)
    assert reads.meeting_rows == [1]
    view.controller.undo_stack.redo()
    assert _shown(view) == (new, new, meeting_id)
    assert reads.meeting_rows == [1, 1]
    assert (reads.agendas, reads.attendance, resets) == (0, 0, [])
    assert scroll.value() == where


def test_an_undo_while_the_title_field_has_the_focus_shows_the_old_title_there(qtbot, demo) -> None:
    """Committed with Return, then Edit → Undo: the field shows the old title, and leaving it
    saves nothing (it did not hold the chair's typing any more)."""
    view = _meetings(qtbot, demo)
    meeting_id = _meeting_id(demo)
    edit = view.editor.header.title_edit
    old = edit.text()
    _type_title(qtbot, view, "Renamed in a hurry")
    assert edit.hasFocus()
    view.controller.undo_stack.undo()
    assert _shown(view) == (old, old, meeting_id)
    view.table.setFocus()
    qtbot.waitUntil(lambda: not edit.hasFocus())
    with demo.read() as s:
        assert q.meeting_detail(s, meeting_id).title == old
    stack = view.controller.undo_stack
    assert (stack.count(), stack.index()) == (1, 0)


def test_a_new_start_reads_the_agenda_again(qtbot, demo, monkeypatch) -> None:
    """The time plan runs from the meeting's start: moving it re-reads the agenda, not the title."""
    view = _meetings(qtbot, demo)
    meeting_id = _meeting_id(demo)
    assert view.current_meeting_id() == meeting_id
    reads = Reads(monkeypatch)
    view.controller.perform(
        "Change meeting start",
        lambda s: meeting_ops.update_meeting(s, meeting_id, start=SEPTEMBER + timedelta(hours=1)),
    )
    assert reads.agendas == 1 and reads.attendance == 1
    assert view.editor.agenda.model.index(0, view.editor.agenda.model.column("start")).data() == (
        "15:00"
    )


def test_a_sync_round_shows_the_new_title_in_the_row_and_the_editor(qtbot, demo) -> None:
    view = _meetings(qtbot, demo)
    meeting_id = _meeting_id(demo)
    assert view.current_meeting_id() == meeting_id
    # Another laptop's edit, as a sync round writes it: not an operation of this window.
    with demo.transaction() as s:
        s.get(Meeting, meeting_id).title = "Renamed on the chair's laptop"
    view.controller.reload({"meeting"})
    title = "Renamed on the chair's laptop"
    assert _shown(view) == (title, title, meeting_id)
    assert view.controller.undo_stack.count() == 0


def test_a_title_edit_that_leaves_the_filter_removes_its_row(qtbot, demo) -> None:
    view = _meetings(qtbot, demo)
    qtbot.keyClicks(view.filter_edit, "earlier")
    assert view.proxy.rowCount() == 60
    meeting_id = _meeting_id(demo, datetime(2010, 1, 6, 10, 0) + timedelta(weeks=5))
    assert view.select_meeting(meeting_id)

    _type_title(qtbot, view, "Tabletop exercise")
    assert _row_title(view, meeting_id) is None
    assert view.proxy.rowCount() == 59
    assert view.count_label.text() == f"59 of {view.model.total} meetings"
    assert view.editor.header.title_edit.text() == "Tabletop exercise"  # the editor keeps it
    assert view.current_meeting_id() == meeting_id

    view.controller.undo_stack.undo()  # back in the filter, with its old title
    assert _row_title(view, meeting_id) == "Earlier meeting 05"
    assert view.proxy.rowCount() == 60


def test_a_title_that_sorts_elsewhere_moves_the_row_and_it_stays_chosen(qtbot, demo) -> None:
    view = _meetings(qtbot, demo)
    view.table.sortByColumn(view.model.column("title"), Qt.SortOrder.AscendingOrder)
    meeting_id = _meeting_id(demo)
    assert view.select_meeting(meeting_id)
    _type_title(qtbot, view, "AAA first of all")
    assert view.table.currentIndex().row() == 0
    assert _shown(view) == ("AAA first of all", "AAA first of all", meeting_id)
    view.controller.undo_stack.undo()
    assert _shown(view)[2] == meeting_id
    assert view.table.currentIndex().row() != 0


# -- the Work plan view --------------------------------------------------------------------------------


def _activity(workspace, code: str) -> str:
    with workspace.read() as s:
        group_id = group_by_acronym(s, "ETCIP").id
        return s.scalars(
            select(Activity.id)
            .join(Output, Activity.output_id == Output.id)
            .join(WorkPlan, Output.work_plan_id == WorkPlan.id)
            .where(WorkPlan.group_id == group_id, Activity.code == code, ~Activity.deleted)
        ).one()


def _plan(qtbot, workspace) -> WorkPlanView:
    view = on_screen(qtbot, WorkPlanView(_controller(workspace)))
    activate(qtbot, view)
    return view


def _status_shown(view: WorkPlanView, activity_id: str) -> tuple[str, str, str]:
    """(the tree's status cell, the output's summary cell, the details' first fact)."""
    index = view.proxy_index(activity_id, "status")
    output = index.parent().siblingAtColumn(index.column())
    return index.data(), output.data(), view.details.facts.text().split(" · ")[0]


def test_a_status_edit_reads_only_its_activity_and_shows_in_the_tree_and_the_details(
    qtbot, demo, monkeypatch
) -> None:
    view = _plan(qtbot, demo)
    a3 = _activity(demo, "A3")
    view.select(a3)
    assert view.details.detail.id == a3
    before = _status_shown(view, a3)
    assert before[0] != "Delayed"
    reads = Reads(monkeypatch)
    resets: list[int] = []
    view.model.modelReset.connect(lambda: resets.append(1))

    index = view.proxy_index(a3, "status")
    view.tree.setCurrentIndex(index)
    view.tree.edit(index)
    combo = view.tree.findChild(QComboBox, "statusEditor")
    qtbot.keyClicks(combo, "D")  # picks Delayed, committed at once
    qtbot.waitUntil(lambda: _status_shown(view, a3)[0] == "Delayed")
    status, output, facts = _status_shown(view, a3)
    assert facts == "Delayed"
    assert output == before[1]  # A3 was not completed, nor is it now
    assert before[0] == "In progress"
    assert reads.plans == 0 and reads.activities == [1]
    assert resets == []
    assert view.activities.current_id == a3

    # Completing it counts in the output's row and the summary line.
    reads.clear()
    view.controller.perform(
        "Complete A3", lambda s: plan_ops.set_activity_status(s, a3, ActivityStatus.COMPLETED)
    )
    status, output, facts = _status_shown(view, a3)
    assert (status, facts) == ("Completed", "Completed")
    assert output != before[1]
    assert view.activities.summary_label.text().startswith("12 activities · 7 completed")
    assert reads.plans == 0

    view.controller.undo_stack.undo()
    view.controller.undo_stack.undo()
    assert _status_shown(view, a3) == before
    view.controller.undo_stack.redo()
    assert _status_shown(view, a3)[::2] == ("Delayed", "Delayed")
    assert reads.plans == 0 and resets == []
    assert view.activities.current_id == a3


def test_a_status_filter_drops_an_activity_whose_status_leaves_it(qtbot, demo) -> None:
    view = _plan(qtbot, demo)
    a3 = _activity(demo, "A3")
    view.status_filter.setCurrentIndex(view.status_filter.findData("open"))  # Not finished
    assert view.proxy_index(a3, "status").isValid()
    view.controller.perform(
        "Complete A3", lambda s: plan_ops.set_activity_status(s, a3, ActivityStatus.COMPLETED)
    )
    assert not view.proxy_index(a3, "status").isValid()
    view.controller.undo_stack.undo()
    assert view.proxy_index(a3, "status").data() == "In progress"


# -- a view hidden behind another ----------------------------------------------------------------------


def test_a_hidden_view_reads_nothing_until_shown_and_then_shows_the_change(
    qtbot, demo, monkeypatch
) -> None:
    controller = _controller(demo)
    pages = QStackedWidget()
    qtbot.addWidget(pages)
    meetings = MeetingsView(controller)
    plan = WorkPlanView(controller)
    pages.addWidget(meetings)
    pages.addWidget(plan)
    pages.resize(1200, 760)
    pages.setCurrentWidget(plan)
    pages.show()
    qtbot.waitExposed(pages)
    meeting_id = _meeting_id(demo)
    assert meetings.current_meeting_id() == meeting_id
    reads = Reads(monkeypatch)

    controller.perform(
        "Rename meeting",
        lambda s: meeting_ops.update_meeting(s, meeting_id, title="Renamed while out of sight"),
    )
    assert reads.meeting_rows == [] and reads.agendas == 0  # the Meetings view is hidden
    pages.setCurrentWidget(meetings)
    title = "Renamed while out of sight"
    assert _shown(meetings) == (title, title, meeting_id)

    # The Work plan, hidden in turn, catches up with an edit made meanwhile.
    a3 = _activity(demo, "A3")
    controller.perform(
        "Delay A3", lambda s: plan_ops.set_activity_status(s, a3, ActivityStatus.DELAYED)
    )
    assert reads.plans == 0 and reads.activities == []
    pages.setCurrentWidget(plan)
    assert plan.proxy_index(a3, "status").data() == "Delayed"


# -- what a change says --------------------------------------------------------------------------------


def test_a_change_says_its_tables_records_and_fields_and_merges_for_a_hidden_view() -> None:
    from chairdesk.gui.controller import Changed
    from chairdesk.store.changes import ChangeSet, FieldChange

    step = ChangeSet(
        created=[("agenda_item", "i1")],
        fields=[FieldChange("meeting", "m1", "title", "Old", "New")],
    )
    changed = Changed.of(step)
    assert changed == {"meeting", "agenda_item"}  # what every listener of `changed` reads
    assert Changed.records_of(changed, "meeting") == {"m1"}
    assert Changed.records_of(changed, "attendance") == frozenset()
    assert Changed.fields_of(changed, "meeting") == {"title"}
    assert Changed.fields_of(changed, "agenda_item") is None  # created: every field is new
    assert Changed.records_of({"meeting"}, "meeting") is None  # a sync round does not say

    other = Changed.of(ChangeSet(fields=[FieldChange("meeting", "m2", "start", 1, 2)]))
    both = Changed.merge(changed, other)
    assert Changed.records_of(both, "meeting") == {"m1", "m2"}
    assert Changed.fields_of(both, "meeting") is not None
    assert Changed.fields_of(both, "meeting") >= {"title", "start"}
    assert Changed.merge(None, other) is other
    assert Changed.merge(changed, set()) == set()  # "anything" stays "anything"
    assert Changed.records_of(Changed.merge(changed, {"meeting"}), "meeting") is None

    many = Changed.of(
        ChangeSet(created=[("meeting", f"m{n}") for n in range(Changed.FEW + 1)])
    )  # an import: the views read the table again rather than name every record
    assert Changed.records_of(many, "meeting") is None
