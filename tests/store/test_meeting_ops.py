"""Meeting operations and the Meetings screen's queries, on the demo workspace."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from chairdesk.domain.vocabulary import (
    AGENDA_ITEM_MAX_MINUTES,
    ActionStatus,
    MeetingKind,
    MeetingMode,
)
from chairdesk.store import meeting_queries as q
from chairdesk.store.changes import recording
from chairdesk.store.demo import load_demo
from chairdesk.store.models import (
    ActionItem,
    Activity,
    AgendaItem,
    AgendaTemplate,
    Attendance,
    Decision,
    Entity,
    Meeting,
    Output,
    WorkPlan,
)
from chairdesk.store.ops import OperationError
from chairdesk.store.ops import meetings as ops
from chairdesk.store.queries import group_by_acronym


@pytest.fixture
def demo(workspace):
    with workspace.transaction() as s:
        load_demo(s)
    return workspace


def _group(s, acronym="ETCIP") -> str:
    return group_by_acronym(s, acronym).id


def _entity(s, acronym: str) -> str:
    return s.scalars(select(Entity.id).where(Entity.acronym == acronym)).one()


def _activity(s, group: str, code: str) -> str:
    return s.scalars(
        select(Activity.id)
        .join(Output)
        .join(WorkPlan)
        .where(WorkPlan.group_id == _group(s, group), Activity.code == code)
    ).one()


def _template(s, name: str) -> str:
    return s.scalars(select(AgendaTemplate.id).where(AgendaTemplate.name == name)).one()


def _meeting_at(s, group: str, start: datetime) -> str:
    return s.scalars(
        select(Meeting.id).where(Meeting.group_id == _group(s, group), Meeting.start == start)
    ).one()


def _agenda_titles(s, meeting_id: str) -> list[str]:
    return [i.title for i in q.agenda_plan(s, meeting_id).items]


def _new(s, **overrides) -> str:
    fields = {
        "group_id": _group(s),
        "title": "Special meeting",
        "start": datetime(2022, 10, 5, 10, 0),
        "end": datetime(2022, 10, 5, 11, 0),
        "kind": MeetingKind.SPECIAL,
        "mode": MeetingMode.VIRTUAL,
    }
    fields.update(overrides)
    return ops.create_meeting(s, **fields)


def _refused(workspace, operation, field: str) -> OperationError:
    """Run `operation` in a transaction: it must be refused for `field` before writing anything."""
    with pytest.raises(OperationError) as caught, workspace.transaction() as s:
        with recording(s) as changes:
            try:
                operation(s)
            finally:
                assert not s.new and not s.dirty, "the operation wrote before refusing"
        assert not changes
    assert caught.value.field == field
    assert caught.value.message
    return caught.value


# -- meetings --------------------------------------------------------------------------------------


def test_create_meeting_and_update_fields(demo) -> None:
    with demo.transaction() as s:
        meeting_id = _new(s, location="  Vienna  ")
    with demo.read() as s:
        m = q.meeting_detail(s, meeting_id)
    assert (m.title, m.kind, m.mode, m.location, m.summary) == (
        "Special meeting",
        MeetingKind.SPECIAL,
        MeetingMode.VIRTUAL,
        "Vienna",
        "",
    )

    with demo.transaction() as s:
        ops.update_meeting(
            s, meeting_id, title="Special meeting on UAS", mode="hybrid", location=""
        )
    with demo.read() as s:
        m = q.meeting_detail(s, meeting_id)
    assert (m.title, m.mode, m.location) == ("Special meeting on UAS", MeetingMode.HYBRID, None)


def test_moving_the_start_keeps_the_duration_unless_the_end_is_given(demo) -> None:
    with demo.transaction() as s:
        meeting_id = _new(s)
        ops.update_meeting(s, meeting_id, start=datetime(2022, 10, 12, 15, 0))
    with demo.read() as s:
        m = q.meeting_detail(s, meeting_id)
    assert (m.start, m.end) == (datetime(2022, 10, 12, 15, 0), datetime(2022, 10, 12, 16, 0))
    with demo.transaction() as s:
        ops.update_meeting(
            s, meeting_id, start=datetime(2022, 10, 12, 14, 0), end=datetime(2022, 10, 12, 17, 0)
        )
    with demo.read() as s:
        assert q.meeting_detail(s, meeting_id).end == datetime(2022, 10, 12, 17, 0)


def test_bad_meeting_input_is_refused_with_its_field_and_nothing_written(demo) -> None:
    with demo.transaction() as s:
        meeting_id = _new(s)
    error = _refused(
        demo, lambda s: ops.update_meeting(s, meeting_id, end=datetime(2022, 10, 5, 9, 0)), "end"
    )
    assert "end after it starts" in error.message
    _refused(demo, lambda s: ops.update_meeting(s, meeting_id, title="   "), "title")
    _refused(demo, lambda s: ops.update_meeting(s, meeting_id, kind="party"), "kind")
    _refused(demo, lambda s: ops.update_meeting(s, meeting_id, mode="telepathy"), "mode")
    _refused(demo, lambda s: ops.update_meeting(s, meeting_id, start="tomorrow"), "start")
    _refused(demo, lambda s: _new(s, end=datetime(2022, 10, 5, 10, 0)), "end")
    _refused(demo, lambda s: _new(s, group_id="no-such-group"), "group")
    _refused(demo, lambda s: ops.update_meeting(s, "no-such-meeting", title="x"), "meeting")
    with demo.read() as s:
        m = q.meeting_detail(s, meeting_id)
    assert (m.title, m.end) == ("Special meeting", datetime(2022, 10, 5, 11, 0))


def test_delete_meeting_is_a_soft_delete(demo) -> None:
    with demo.transaction() as s:
        meeting_id = _new(s)
        group = _group(s)
        before = len(q.meeting_rows(s, group))
    with demo.transaction() as s:
        ops.delete_meeting(s, meeting_id)
    with demo.read() as s:
        assert s.get(Meeting, meeting_id).deleted is True
        assert len(q.meeting_rows(s, group)) == before - 1
        assert q.meeting_detail(s, meeting_id) is None
    _refused(demo, lambda s: ops.delete_meeting(s, meeting_id), "meeting")


# -- new meeting from a template, duplicate --------------------------------------------------------------


def _leave_work_open(workspace) -> tuple[str, list[str]]:
    """Make ETCIP's 14 December meeting leave two unfinished items (it already leaves one open action)."""
    with workspace.transaction() as s:
        december = _meeting_at(s, "ETCIP", datetime(2022, 12, 14, 15, 0))
        items = q.agenda_plan(s, december).items
        for item in (items[1], items[2]):
            ops.update_agenda_item(s, item.id, done=False)
        return december, [items[1].title, items[2].title]


def test_new_meeting_from_template_carries_over_unfinished_items_and_open_actions(demo) -> None:
    december, unfinished = _leave_work_open(demo)
    with demo.transaction() as s:
        group = _group(s)
        template = _template(s, "Regular quarterly meeting")
        opcw = _entity(s, "OPCW")
        c2 = _activity(s, "ETCIP", "C2")
        with recording(s) as changes:
            meeting_id = ops.new_meeting_from_template(
                s,
                group,
                template,
                datetime(2023, 3, 8, 15, 0),
                datetime(2023, 3, 8, 16, 30),
                MeetingKind.REGULAR,
                MeetingMode.VIRTUAL,
                "First-quarter regular meeting 2023",
                True,
                True,
            )
    assert {t for t, _ in changes.created} == {"meeting", "agenda_item"}
    assert not changes.fields  # the previous meeting is not touched
    with demo.read() as s:
        plan = q.agenda_plan(s, meeting_id)
    standing = [
        "Opening and adoption of the agenda",
        "Updates from the Chair",
        "Progress on the work plan",
        "Updates from members",
        "Any other business",
    ]
    follow_up = "Follow-up: Propose 2023 dates for the tabletop exercise"
    assert [i.title for i in plan.items] == standing + unfinished + [follow_up]
    assert not any(i.done for i in plan.items)
    carried = plan.items[-1]
    assert (carried.presenter_id, carried.activity_id, carried.minutes) == (
        opcw,
        c2,
        ops.FOLLOW_UP_MINUTES,
    )
    assert "15 February 2023" in carried.notes and "14 December 2022" in carried.notes
    # The running time plan: 15:00 plus the minutes before each item.
    assert [i.starts_at.strftime("%H:%M") for i in plan.items[:5]] == [
        "15:00",
        "15:05",
        "15:15",
        "15:45",
        "16:15",
    ]


def test_new_meeting_without_carry_over_or_template(demo) -> None:
    _leave_work_open(demo)
    with demo.transaction() as s:
        group = _group(s)
        template = _template(s, "Regular quarterly meeting")
        plain = ops.new_meeting_from_template(
            s,
            group,
            template,
            datetime(2023, 3, 8, 15, 0),
            datetime(2023, 3, 8, 16, 30),
            MeetingKind.REGULAR,
            MeetingMode.VIRTUAL,
            "Q1 2023",
            False,
            False,
        )
        empty = ops.new_meeting_from_template(
            s,
            group,
            None,
            datetime(2023, 1, 10, 15, 0),
            None,
            "briefing",
            "virtual",
            "Briefing",
            False,
            False,
        )
        assert len(_agenda_titles(s, plain)) == 5
        assert _agenda_titles(s, empty) == []


def test_new_meeting_takes_the_latest_meeting_before_its_start(demo) -> None:
    """A meeting slotted between two others carries over from the earlier one only."""
    with demo.transaction() as s:
        group = _group(s)
        meeting_id = ops.new_meeting_from_template(
            s,
            group,
            None,
            datetime(2022, 11, 20, 10, 0),
            datetime(2022, 11, 20, 11, 0),
            "special",
            "virtual",
            "Special",
            True,
            False,
        )
        # 9 November (in-focus) left "Finalize the UAS mapping" open; 14 December comes after.
        assert _agenda_titles(s, meeting_id) == ["Follow-up: Finalize the UAS mapping"]


def test_new_meeting_refuses_bad_input(demo) -> None:
    with demo.transaction() as s:
        group = _group(s)
        other = _group(s, "PCVE")
        own = AgendaTemplate(group_id=other, name="PCVE only")
        s.add(own)
        own_id = own.id
    start, end = datetime(2023, 3, 8, 15, 0), datetime(2023, 3, 8, 16, 30)
    _refused(
        demo,
        lambda s: ops.new_meeting_from_template(
            s, group, own_id, start, end, "regular", "virtual", "X", True, True
        ),
        "template",
    )
    _refused(
        demo,
        lambda s: ops.new_meeting_from_template(
            s, group, None, start, start - timedelta(hours=1), "regular", "virtual", "X", True, True
        ),
        "end",
    )
    _refused(
        demo,
        lambda s: ops.new_meeting_from_template(
            s, group, None, start, end, "regular", "virtual", "", True, True
        ),
        "title",
    )


def test_duplicate_meeting_copies_the_agenda_to_do_without_the_record_of_the_meeting(demo) -> None:
    with demo.transaction() as s:
        original = _meeting_at(s, "ETCIP", datetime(2022, 9, 28, 14, 0))
        copy_id = ops.duplicate_meeting(s, original, datetime(2022, 12, 28, 14, 0))
    with demo.read() as s:
        a, b = q.meeting_detail(s, original), q.meeting_detail(s, copy_id)
        assert (b.kind, b.mode, b.location, b.title) == (a.kind, a.mode, a.location, a.title)
        assert (b.start, b.end) == (datetime(2022, 12, 28, 14, 0), datetime(2022, 12, 28, 15, 30))
        old, new = q.agenda_plan(s, original).items, q.agenda_plan(s, copy_id).items
        assert [(i.title, i.presenter_id, i.minutes, i.activity_id, i.notes) for i in new] == [
            (i.title, i.presenter_id, i.minutes, i.activity_id, i.notes) for i in old
        ]
        assert all(i.done for i in old) and not any(i.done for i in new)
        assert q.attendance_sheet(s, copy_id).present == 0
        assert q.decision_rows(s, copy_id) == [] and q.action_rows(s, copy_id) == []
        assert q.meeting_detail(s, copy_id).summary == ""


# -- agenda --------------------------------------------------------------------------------------------


def test_agenda_items_add_at_a_place_update_and_remove(demo) -> None:
    with demo.transaction() as s:
        meeting_id = _new(s)
        unicri = _entity(s, "UNICRI")
        b1 = _activity(s, "ETCIP", "B1")
        first = ops.add_agenda_item(s, meeting_id, "Opening", minutes=5)
        last = ops.add_agenda_item(s, meeting_id, "Any other business", minutes=5)
        middle = ops.add_agenda_item(s, meeting_id, "UAS mapping", 20, unicri, b1, "Draft", index=1)
    with demo.read() as s:
        plan = q.agenda_plan(s, meeting_id)
    assert [i.id for i in plan.items] == [first, middle, last]
    assert [i.starts_at.strftime("%H:%M") for i in plan.items] == ["10:00", "10:05", "10:25"]
    assert (plan.items[1].presenter, plan.items[1].activity_code) == ("UNICRI", "B1")
    assert (plan.total_minutes, plan.planned_end, plan.overrun_minutes) == (
        30,
        datetime(2022, 10, 5, 10, 30),
        0,
    )

    with demo.transaction() as s:
        ops.update_agenda_item(s, middle, minutes=50, presenter_id=None, notes="  ", done=True)
    with demo.read() as s:
        plan = q.agenda_plan(s, meeting_id)
    item = plan.items[1]
    assert (item.minutes, item.presenter_id, item.notes, item.done) == (50, None, None, True)
    assert plan.overrun_minutes == 0 and plan.total_minutes == 60
    with demo.transaction() as s:
        ops.update_agenda_item(s, first, minutes=25)
    with demo.read() as s:
        assert q.agenda_plan(s, meeting_id).overrun_minutes == 20

    with demo.transaction() as s:
        ops.remove_agenda_item(s, middle)
    with demo.read() as s:
        assert [i.id for i in q.agenda_plan(s, meeting_id).items] == [first, last]
        assert s.get(AgendaItem, middle).deleted is True


def test_bad_agenda_input_is_refused_with_its_field(demo) -> None:
    with demo.transaction() as s:
        meeting_id = _new(s)
        item = ops.add_agenda_item(s, meeting_id, "Opening", 5)
        foreign = _activity(s, "PCVE", "A1")
    _refused(demo, lambda s: ops.add_agenda_item(s, meeting_id, "Item", minutes=-5), "minutes")
    _refused(demo, lambda s: ops.update_agenda_item(s, item, minutes=-1), "minutes")
    _refused(demo, lambda s: ops.update_agenda_item(s, item, minutes="ten"), "minutes")
    _refused(
        demo,
        lambda s: ops.update_agenda_item(s, item, minutes=AGENDA_ITEM_MAX_MINUTES + 1),
        "minutes",
    )
    _refused(
        demo,
        lambda s: ops.add_agenda_item(s, meeting_id, "Item", presenter_id="nobody"),
        "presenter",
    )
    _refused(demo, lambda s: ops.update_agenda_item(s, item, presenter_id="nobody"), "presenter")
    _refused(demo, lambda s: ops.update_agenda_item(s, item, activity_id=foreign), "activity")
    _refused(demo, lambda s: ops.add_agenda_item(s, meeting_id, "  "), "title")
    _refused(demo, lambda s: ops.add_agenda_item(s, "no-such-meeting", "Item"), "meeting")
    _refused(demo, lambda s: ops.move_agenda_item(s, item, 3), "position")
    with demo.read() as s:
        assert [(i.title, i.minutes) for i in q.agenda_plan(s, meeting_id).items] == [
            ("Opening", 5)
        ]


def test_moving_an_agenda_item_writes_one_position_key(demo) -> None:
    with demo.transaction() as s:
        meeting_id = _new(s)
        ids = [ops.add_agenda_item(s, meeting_id, title, 10) for title in "ABCDE"]
    with demo.transaction() as s, recording(s) as changes:
        ops.move_agenda_item(s, ids[4], 1)
    assert [(c.table, c.record_id, c.field) for c in changes.fields] == [
        ("agenda_item", ids[4], "position")
    ]
    with demo.transaction() as s, recording(s) as changes:
        ops.move_agenda_item(s, ids[0], 4)
    assert [(c.record_id, c.field) for c in changes.fields] == [(ids[0], "position")]
    with demo.read() as s:
        assert _agenda_titles(s, meeting_id) == list("EBCDA")
        starts = [i.starts_at.strftime("%H:%M") for i in q.agenda_plan(s, meeting_id).items]
    assert starts == ["10:00", "10:10", "10:20", "10:30", "10:40"]


def test_equal_positions_from_two_laptops_are_respread_before_a_move(demo) -> None:
    with demo.transaction() as s:
        meeting_id = _new(s)
        ids = [ops.add_agenda_item(s, meeting_id, title, 10) for title in "ABC"]
        s.flush()
        for item_id in ids:
            s.get(AgendaItem, item_id).position = "a0"  # the same key everywhere
    with demo.transaction() as s:
        order = _agenda_titles(s, meeting_id)  # by (position, id)
        last = q.agenda_plan(s, meeting_id).items[-1].id
        ops.move_agenda_item(s, last, 0)
        ops.add_agenda_item(s, meeting_id, "D", index=1)
    with demo.read() as s:
        assert _agenda_titles(s, meeting_id) == [order[2], "D", order[0], order[1]]


# -- attendance -------------------------------------------------------------------------------------------


def test_attendance_tick_untick_and_tick_again_restores_the_same_record(demo) -> None:
    with demo.transaction() as s:
        meeting_id = _new(s)
        who = _entity(s, "WCO")
        first = ops.set_attendance(s, meeting_id, who, True)
        assert ops.set_attendance(s, meeting_id, who, True) == first  # ticking twice: one record
    with demo.transaction() as s:
        ops.set_attendance(s, meeting_id, who, False)
    with demo.read() as s:
        assert s.get(Attendance, first).deleted is True
        assert not next(
            r for r in q.attendance_sheet(s, meeting_id).rows if r.entity_id == who
        ).present
    with demo.transaction() as s:
        assert ops.set_attendance(s, meeting_id, who, True) == first
    with demo.read() as s:
        records = s.scalars(select(Attendance).where(Attendance.meeting_id == meeting_id)).all()
        assert [(r.id, r.deleted) for r in records] == [(first, False)]
    _refused(demo, lambda s: ops.set_attendance(s, meeting_id, "nobody", True), "entity")


def test_attendance_sheet_lists_the_group_on_the_meeting_day(demo) -> None:
    with demo.transaction() as s:
        september = _meeting_at(s, "ETCIP", datetime(2022, 9, 28, 14, 0))
        guest = (
            _entity(s, "UNESCO")
            if s.scalars(select(Entity).where(Entity.acronym == "UNESCO")).first()
            else None
        )
        if guest is None:
            guest = s.scalars(
                select(Entity.id).where(
                    Entity.acronym.not_in(
                        [r.acronym for r in q.attendance_sheet(s, september).rows]
                    )
                )
            ).first()
        ops.set_attendance(s, september, guest, True)
    with demo.read() as s:
        sheet = q.attendance_sheet(s, september)
    roles = {r.acronym: r.role for r in sheet.rows}
    assert roles["OPCW"] == "chair"  # chairs in Q3 2022; also a member, shown once as chair
    assert (
        roles["UNOCT"] == "vice_chair" and roles["WCO"] == "observer" and roles["IMO"] == "member"
    )
    assert [r.role for r in sheet.rows][-1] == "guest"
    assert (sheet.present, sheet.total) == (15, 16)
    with demo.transaction() as s:
        ops.set_attendances(s, september, [r.entity_id for r in sheet.rows], False)
    with demo.read() as s:
        assert q.attendance_sheet(s, september).present == 0
        assert q.attendance_sheet(s, september).total == 15  # the guest, no longer present, goes


# -- summary, decisions, action items ----------------------------------------------------------------------


def test_summary_and_decisions(demo) -> None:
    with demo.transaction() as s:
        meeting_id = _new(s)
        ops.set_summary(s, meeting_id, "Members discussed UAS.")
        a = ops.add_decision(s, meeting_id, "First")
        c = ops.add_decision(s, meeting_id, "Third")
        b = ops.add_decision(s, meeting_id, "Second", index=1)
    with demo.transaction() as s:
        ops.update_decision(s, c, "Third, amended")
        ops.move_decision(s, c, 0)
        ops.remove_decision(s, b)
    with demo.read() as s:
        assert q.meeting_detail(s, meeting_id).summary == "Members discussed UAS."
        assert [d.text for d in q.decision_rows(s, meeting_id)] == ["Third, amended", "First"]
        assert s.get(Decision, b).deleted is True
    _refused(demo, lambda s: ops.update_decision(s, a, ""), "text")
    _refused(demo, lambda s: ops.update_decision(s, b, "Back"), "decision")
    _refused(demo, lambda s: ops.set_summary(s, meeting_id, 42), "summary")


def test_action_items(demo) -> None:
    with demo.transaction() as s:
        meeting_id = _new(s)
        owner = _entity(s, "INTERPOL")
        b1 = _activity(s, "ETCIP", "B1")
        action = ops.add_action_item(
            s, meeting_id, "Circulate the draft", owner, date(2022, 11, 1), b1
        )
        other = ops.add_action_item(s, meeting_id, "Book the room")
    with demo.read() as s:
        rows = q.action_rows(s, meeting_id)
        group = q.meeting_detail(s, meeting_id).group_id
        listed = next(r for r in q.meeting_rows(s, group) if r.id == meeting_id)
    assert [(r.text, r.owner, r.due, r.status, r.activity_code) for r in rows] == [
        ("Circulate the draft", "INTERPOL", date(2022, 11, 1), ActionStatus.OPEN, "B1"),
        ("Book the room", None, None, ActionStatus.OPEN, None),
    ]
    assert listed.open_actions == 2
    with demo.transaction() as s:
        ops.set_action_status(s, action, "done")
        ops.update_action_item(s, other, due=date(2022, 10, 20), owner_id=owner, text="Book a room")
    with demo.transaction() as s:
        ops.remove_action_item(s, other)
    with demo.read() as s:
        rows = q.action_rows(s, meeting_id)
        listed = next(r for r in q.meeting_rows(s, group) if r.id == meeting_id)
        assert s.get(ActionItem, other).deleted is True
    assert [(r.text, r.status) for r in rows] == [("Circulate the draft", ActionStatus.DONE)]
    assert listed.open_actions == 0
    _refused(demo, lambda s: ops.set_action_status(s, action, "maybe"), "status")
    _refused(demo, lambda s: ops.update_action_item(s, action, due="soon"), "due")
    _refused(demo, lambda s: ops.update_action_item(s, action, owner_id="nobody"), "owner")
    _refused(demo, lambda s: ops.add_action_item(s, meeting_id, ""), "text")


# -- queries --------------------------------------------------------------------------------------------------


def test_meeting_rows_aggregate_agenda_and_open_actions_newest_first(demo) -> None:
    with demo.read() as s:
        rows = q.meeting_rows(s, _group(s))
    assert [r.start for r in rows] == sorted((r.start for r in rows), reverse=True)
    december = rows[0]
    assert (december.agenda_items, december.agenda_minutes, december.open_actions) == (6, 75, 1)
    assert str(december.quarter) == "Q4 2022"


def test_previous_meeting_and_proposal_for_the_next(demo) -> None:
    _leave_work_open(demo)
    with demo.read() as s:
        group = _group(s)
        previous = q.previous_meeting(s, group, datetime(2023, 1, 1))
        proposal = q.propose_next_meeting(s, group, date(2022, 8, 15))
        later = q.propose_next_meeting(s, group, date(2023, 5, 2))
        templates = q.template_choices(s, group)
    assert (previous.title, previous.open_actions, previous.unfinished_items) == (
        "ETCIP working group: fourth-quarter regular meeting 2022",
        1,
        2,
    )
    # 14 December 2022 is the 2nd Wednesday of the quarter's 3rd month: so is 8 March 2023.
    assert (proposal.start, proposal.end, proposal.kind) == (
        datetime(2023, 3, 8, 15, 0),
        datetime(2023, 3, 8, 16, 30),
        MeetingKind.REGULAR,
    )
    assert later.start == datetime(2023, 6, 14, 15, 0)
    assert [t.name for t in templates] == ["In-focus discussion", "Regular quarterly meeting"]
    assert (
        all(t.shared for t in templates) and templates[1].items == 5 and templates[1].minutes == 85
    )


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2022, 3, 16, 14, 0), datetime(2022, 6, 15, 14, 0)),  # 3rd Wednesday
        (datetime(2022, 12, 14, 15, 0), datetime(2023, 3, 8, 15, 0)),  # across the year
        (datetime(2022, 3, 31, 10, 0), datetime(2022, 6, 30, 10, 0)),  # 5th Thursday exists in June
        (datetime(2022, 8, 31, 9, 30), datetime(2022, 11, 30, 9, 30)),  # 5th Wednesday
        (datetime(2022, 5, 31, 9, 0), datetime(2022, 8, 30, 9, 0)),  # 5th Tuesday → last Tuesday
    ],
)
def test_same_slot_next_quarter(moment, expected) -> None:
    result = q.same_slot_next_quarter(moment)
    assert result == expected and result.weekday() == moment.weekday()


def test_default_duplicate_start() -> None:
    start = datetime(2022, 11, 9, 14, 0)
    assert q.default_duplicate_start(start, MeetingKind.IN_FOCUS) == datetime(2022, 11, 16, 14, 0)
    assert q.default_duplicate_start(start, MeetingKind.REGULAR) == datetime(2023, 2, 8, 14, 0)
