"""Work plan operations: what they write, what they refuse, and that a refusal writes nothing."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from chairdesk.domain.vocabulary import ActivityRole, ActivityStatus, FundingStatus, Pillar
from chairdesk.store.changes import recording, replay
from chairdesk.store.models import (
    Activity,
    ActivityEntity,
    Entity,
    Output,
    ProgressUpdate,
    WorkingGroup,
    WorkPlan,
)
from chairdesk.store.ops import OperationError
from chairdesk.store.ops import workplan as ops
from chairdesk.store.workplan_queries import (
    activity_detail,
    current_work_plan,
    suggested_period,
    work_plan_outputs,
    work_plans,
)
from tests.conftest import snapshot


@pytest.fixture
def plan(workspace):
    """A group with a 2021-2022 work plan: output A (A1, A2, A3) and output B (B1); three entities."""
    with workspace.transaction() as s:
        group = WorkingGroup(acronym="ETCIP", name="Emerging threats", pillar=Pillar.II)
        s.add(group)
        ids = {"group": group.id}
        for acronym in ("UNOCT", "UNICRI", "OPCW"):
            entity = Entity(acronym=acronym, name=acronym, kind="un")
            s.add(entity)
            ids[acronym] = entity.id
        s.flush()
        ids["plan"] = ops.create_work_plan(s, group.id, "2021-2022")
        s.flush()
        ids["A"] = ops.add_output(s, ids["plan"], "Task 1")
        s.flush()
        ids["B"] = ops.add_output(s, ids["plan"], "Task 2")
        s.flush()
        for _ in range(3):
            activity_id = ops.add_activity(
                s, ids["A"], "Briefing", start=date(2022, 1, 1), due=date(2022, 6, 30)
            )
            s.flush()
            ids[s.get(Activity, activity_id).code] = activity_id
        ids["B1"] = ops.add_activity(s, ids["B"], "Mapping", leads=[ids["UNICRI"]])
    return ids


def _activity(workspace, activity_id: str) -> Activity:
    with workspace.read() as s:
        return s.get(Activity, activity_id)


def test_codes_are_suggested_in_sequence(workspace, plan) -> None:
    with workspace.read() as s:
        outputs = work_plan_outputs(s, plan["plan"])
        assert [o.code for o in outputs] == ["A", "B"]
        assert [a.code for a in outputs[0].activities] == ["A1", "A2", "A3"]
        assert ops.next_activity_code(s, plan["A"]) == "A4"
        assert ops.next_activity_code(s, plan["B"]) == "B2"
        assert ops.next_output_code(s, plan["plan"]) == "C"


def test_update_activity_writes_the_fields(workspace, plan) -> None:
    with workspace.transaction() as s:
        ops.update_activity(
            s,
            plan["A1"],
            title="  Compendium update ",
            progress=40,
            status="in_progress",
            due=date(2022, 9, 30),
            indicator="Published",
            funding="funded",
            description="",
        )
    a = _activity(workspace, plan["A1"])
    assert (a.title, a.progress, a.status, a.due, a.indicator, a.funding, a.description) == (
        "Compendium update",
        40,
        ActivityStatus.IN_PROGRESS,
        date(2022, 9, 30),
        "Published",
        FundingStatus.FUNDED,
        None,
    )


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"progress": 150}, "progress"),
        ({"progress": -1}, "progress"),
        ({"progress": "lots"}, "progress"),
        ({"due": date(2021, 12, 31)}, "due"),  # before the start, 1 January 2022
        ({"start": date(2022, 7, 1)}, "start"),  # after the due date, 30 June 2022
        ({"code": "A2"}, "code"),
        ({"code": "a2"}, "code"),  # codes are compared as people read them
        ({"code": "  "}, "code"),
        ({"title": ""}, "title"),
        ({"status": "finished"}, "status"),
        ({"funding": "rich"}, "funding"),
        ({"title": "Fine", "progress": 150}, "progress"),  # one bad field: nothing is written
    ],
)
def test_update_activity_refuses_bad_input_and_writes_nothing(
    workspace, plan, fields, field
) -> None:
    before = snapshot(workspace)
    with pytest.raises(OperationError) as error, workspace.transaction() as s:
        try:
            ops.update_activity(s, plan["A1"], **fields)
        finally:
            # Checked before anything is changed, not merely rolled back.
            assert not s.dirty
    assert error.value.field == field
    assert error.value.message
    assert snapshot(workspace) == before


def test_a_code_may_repeat_across_work_plans_but_not_within_one(workspace, plan) -> None:
    with workspace.transaction() as s:
        other = ops.create_work_plan(s, plan["group"], "2023-2024")
        s.flush()
        output = ops.add_output(s, other, "Task 1", code="A")
        s.flush()
        ops.add_activity(s, output, "Again", code="A1")  # fine: another work plan
    with pytest.raises(OperationError) as error, workspace.transaction() as s:
        ops.add_activity(s, plan["B"], "Clash", code="A1")  # A1 exists in output A of this plan
    assert error.value.field == "code"


def test_add_activity_checks_its_input(workspace, plan) -> None:
    before = snapshot(workspace)
    cases = [
        ({"title": ""}, "title"),
        ({"title": "x", "progress": 101}, "progress"),
        ({"title": "x", "start": date(2022, 2, 1), "due": date(2022, 1, 1)}, "due"),
        ({"title": "x", "leads": [plan["UNOCT"]], "partners": [plan["UNOCT"]]}, "partners"),
        ({"title": "x", "leads": [plan["UNOCT"], plan["UNOCT"]]}, "leads"),
    ]
    for kwargs, field in cases:
        with pytest.raises(OperationError) as error, workspace.transaction() as s:
            ops.add_activity(s, plan["A"], **kwargs)
        assert error.value.field == field, kwargs
    assert snapshot(workspace) == before


def test_completing_an_activity_sets_its_progress_to_100(workspace, plan) -> None:
    with workspace.transaction() as s:
        ops.set_activity_progress(s, plan["A2"], 60)
    with workspace.transaction() as s, recording(s) as changes:
        raised = ops.set_activity_status(s, plan["A2"], ActivityStatus.COMPLETED)
    assert raised is True
    a = _activity(workspace, plan["A2"])
    assert (a.status, a.progress) == (ActivityStatus.COMPLETED, 100)
    with workspace.transaction() as s:
        replay(s, changes, undo=True)  # one step undoes both
    a = _activity(workspace, plan["A2"])
    assert (a.status, a.progress) == (ActivityStatus.NOT_STARTED, 60)
    with workspace.transaction() as s:
        assert ops.set_activity_status(s, plan["A2"], "delayed") is False
        assert ops.set_activity_status(s, plan["A3"], "completed", complete_progress=False) is False
    assert _activity(workspace, plan["A3"]).progress == 0


def test_set_activity_progress_refuses_out_of_range(workspace, plan) -> None:
    for bad in (150, -5, True, 50.5):
        with pytest.raises(OperationError) as error, workspace.transaction() as s:
            ops.set_activity_progress(s, plan["A1"], bad)
        assert error.value.field == "progress"
    assert _activity(workspace, plan["A1"]).progress == 0


def test_entities_are_replaced_in_order_and_links_reused(workspace, plan) -> None:
    with workspace.transaction() as s:
        ops.set_activity_entities(s, plan["B1"], [plan["UNICRI"], plan["UNOCT"]], [plan["OPCW"]])
    with workspace.read() as s:
        detail = activity_detail(s, plan["B1"])
        assert [a for _, a in detail.leads] == ["UNICRI", "UNOCT"]
        assert [a for _, a in detail.partners] == ["OPCW"]
    with workspace.transaction() as s:
        ops.set_activity_entities(s, plan["B1"], [plan["UNOCT"]], [])
    with workspace.transaction() as s:
        ops.set_activity_entities(s, plan["B1"], [plan["UNOCT"]], [plan["OPCW"]])
    with workspace.read() as s:
        links = s.scalars(
            select(ActivityEntity).where(ActivityEntity.activity_id == plan["B1"])
        ).all()
        live = [(link.role, link.entity_id) for link in links if not link.deleted]
        # OPCW's partner link came back from the trash rather than being made twice.
        assert len(links) == 3
        assert sorted(live) == sorted(
            [(ActivityRole.LEAD, plan["UNOCT"]), (ActivityRole.PARTNER, plan["OPCW"])]
        )
    with pytest.raises(OperationError) as error, workspace.transaction() as s:
        ops.set_activity_entities(s, plan["B1"], [plan["OPCW"]], [plan["OPCW"]])
    assert error.value.field == "partners"


def test_moving_activities_and_outputs(workspace, plan) -> None:
    with workspace.transaction() as s:
        ops.move_activity(s, plan["A3"], 0)
    with workspace.read() as s:
        assert [a.code for a in work_plan_outputs(s, plan["plan"])[0].activities] == [
            "A3",
            "A1",
            "A2",
        ]
    with workspace.transaction() as s:
        ops.move_activity(s, plan["A1"], 2)
        ops.move_output(s, plan["B"], 0)
    with workspace.read() as s:
        outputs = work_plan_outputs(s, plan["plan"])
        assert [o.code for o in outputs] == ["B", "A"]
        assert [a.code for a in outputs[1].activities] == ["A3", "A2", "A1"]
    with pytest.raises(OperationError), workspace.transaction() as s:
        ops.move_activity(s, plan["A1"], 3)
    with workspace.transaction() as s:
        ops.move_activity(s, plan["A1"], 0, output_id=plan["B"])
    with workspace.read() as s:
        outputs = work_plan_outputs(s, plan["plan"])
        assert [a.code for a in outputs[0].activities] == ["A1", "B1"]


def test_moving_respreads_positions_two_laptops_made_equal(workspace, plan) -> None:
    with workspace.transaction() as s:
        for code in ("A1", "A2", "A3"):
            s.get(Activity, plan[code]).position = "a0"  # same key everywhere
    with workspace.transaction() as s:
        ops.move_activity(s, plan["A3"], 0)
    with workspace.read() as s:
        codes = [a.code for a in work_plan_outputs(s, plan["plan"])[0].activities]
    assert codes[0] == "A3" and sorted(codes) == ["A1", "A2", "A3"]


def test_removals_are_soft_and_take_the_activities_along(workspace, plan) -> None:
    with workspace.transaction() as s, recording(s) as changes:
        assert ops.remove_output(s, plan["A"]) == 3
    with workspace.read() as s:
        assert [o.code for o in work_plan_outputs(s, plan["plan"])] == ["B"]
        assert s.get(Output, plan["A"]).deleted and s.get(Activity, plan["A1"]).deleted
    with workspace.transaction() as s:
        replay(s, changes, undo=True)
    with workspace.read() as s:
        assert [len(o.activities) for o in work_plan_outputs(s, plan["plan"])] == [3, 1]
    with workspace.transaction() as s:
        ops.remove_activity(s, plan["A2"])
    with workspace.read() as s:
        assert s.get(Activity, plan["A2"]) is not None  # in the trash, not gone
        assert [a.code for a in work_plan_outputs(s, plan["plan"])[0].activities] == ["A1", "A3"]
        # A removed code is free again.
        assert ops.next_activity_code(s, plan["A"]) == "A4"
    with pytest.raises(OperationError), workspace.transaction() as s:
        ops.update_activity(s, plan["A2"], title="Edited in the trash")


def test_progress_updates(workspace, plan) -> None:
    with workspace.transaction() as s:
        first = ops.add_progress_update(
            s, plan["A1"], date(2022, 3, 16), "Contributions collected."
        )
        s.flush()
        second = ops.add_progress_update(s, plan["A1"], date(2022, 9, 28), "Launched.")
    with workspace.read() as s:
        assert [u.text for u in activity_detail(s, plan["A1"]).updates] == [
            "Launched.",
            "Contributions collected.",
        ]
    with workspace.transaction() as s:
        ops.update_progress_update(s, first, day=date(2022, 10, 1), text="Collected, late.")
    with workspace.read() as s:
        assert [u.id for u in activity_detail(s, plan["A1"]).updates] == [first, second]
    for kwargs, field in (({"text": " "}, "text"), ({"day": "yesterday"}, "date")):
        with pytest.raises(OperationError) as error, workspace.transaction() as s:
            ops.update_progress_update(s, first, **kwargs)
        assert error.value.field == field
    with pytest.raises(OperationError) as error, workspace.transaction() as s:
        ops.add_progress_update(s, plan["A1"], date(2022, 1, 1), "")
    assert error.value.field == "text"
    with workspace.transaction() as s:
        ops.remove_progress_update(s, second)
    with workspace.read() as s:
        assert [u.id for u in activity_detail(s, plan["A1"]).updates] == [first]
        assert s.get(ProgressUpdate, second).deleted


def test_work_plans_and_periods(workspace, plan) -> None:
    for bad in ("2022-2021", "next year", "22", "2021-2022"):
        with pytest.raises(OperationError) as error, workspace.transaction() as s:
            ops.create_work_plan(s, plan["group"], bad)
        assert error.value.field == "period"
    with workspace.transaction() as s:
        ops.create_work_plan(s, plan["group"], "2023–2024")  # an en dash, as people type it
    with workspace.read() as s:
        plans = work_plans(s, plan["group"])
        assert [p.period for p in plans] == ["2021-2022", "2023-2024"]
        assert s.scalars(select(WorkPlan.period).where(WorkPlan.period.like("%–%"))).first() is None
    assert current_work_plan(plans, date(2022, 8, 15)).period == "2021-2022"
    assert current_work_plan(plans, date(2030, 1, 1)).period == "2023-2024"
    assert current_work_plan(plans, date(2019, 1, 1)).period == "2023-2024"
    assert suggested_period(plans, date(2022, 8, 15)) == "2025-2026"


def test_outputs_are_checked(workspace, plan) -> None:
    with pytest.raises(OperationError) as error, workspace.transaction() as s:
        ops.add_output(s, plan["plan"], "Clash", code="a")
    assert error.value.field == "code"
    with pytest.raises(OperationError) as error, workspace.transaction() as s:
        ops.update_output(s, plan["B"], title="")
    assert error.value.field == "title"
    with workspace.transaction() as s:
        ops.update_output(s, plan["B"], code="C", title="Task 3")
    with workspace.read() as s:
        assert [(o.code, o.title) for o in work_plan_outputs(s, plan["plan"])] == [
            ("A", "Task 1"),
            ("C", "Task 3"),
        ]


def test_a_groups_live_activities_leave_out_removed_ones_and_those_of_removed_outputs(
    workspace, plan
) -> None:
    from chairdesk.store.workplan_queries import group_activities

    def codes() -> set[str]:
        with workspace.read() as s:
            return set(s.scalars(group_activities(plan["group"], Activity.code)))

    assert codes() == {"A1", "A2", "A3", "B1"}
    with workspace.transaction() as s:
        ops.remove_activity(s, plan["A2"])
        ops.remove_output(s, plan["B"])
    assert codes() == {"A1", "A3"}
    with workspace.transaction() as s:
        s.get(WorkPlan, plan["plan"]).deleted = True
    assert codes() == set()
