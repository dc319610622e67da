"""Every operation that stores text or a date holds it to chairdesk.domain.values' rule.

A control character pasted from elsewhere, a year mistyped as 9999 or a text longer than
its column is refused where it is typed, with the field named and nothing written: once
stored, it would break every Word export (`All strings must be XML compatible`), the
calendar and the meeting's time plan (`OverflowError`), or a later import of the export.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

import pytest
from sqlalchemy import select

from chairdesk.cli import main
from chairdesk.domain.values import LONG_TEXT_MAX
from chairdesk.store.models import (
    ActionItem,
    Activity,
    AgendaItem,
    ChairTerm,
    Contact,
    Decision,
    Entity,
    Meeting,
    Membership,
    Output,
    ProgressUpdate,
    WorkPlan,
)
from chairdesk.store.ops import OperationError
from chairdesk.store.ops import composition as comp
from chairdesk.store.ops import meetings as mops
from chairdesk.store.ops import narratives as nops
from chairdesk.store.ops import workplan as wops
from chairdesk.store.queries import group_by_acronym
from tests.conftest import snapshot


@dataclass
class Ids:
    group: str
    meeting: str
    item: str
    decision: str
    action: str
    entity: str
    other_entity: str
    plan: str
    output: str
    activity: str
    update: str
    membership: str
    contact: str
    term: str


@pytest.fixture
def small(workspace, small_file) -> tuple:
    from chairdesk.store.interchange import import_workspace, read_workspace_file

    with workspace.transaction() as s:
        import_workspace(s, read_workspace_file(small_file))
    with workspace.read() as s:
        one = lambda model: s.scalars(select(model.id).where(model.deleted.is_(False))).first()  # noqa: E731
        entities = s.scalars(select(Entity.id).order_by(Entity.acronym)).all()
        ids = Ids(
            group=group_by_acronym(s, "ETCIP").id,
            meeting=one(Meeting),
            item=one(AgendaItem),
            decision=one(Decision),
            action=one(ActionItem),
            entity=entities[0],
            other_entity=entities[1],
            plan=one(WorkPlan),
            output=one(Output),
            activity=one(Activity),
            update=one(ProgressUpdate),
            membership=one(Membership),
            contact=one(Contact),
            term=s.scalars(select(ChairTerm.id).order_by(ChairTerm.start)).first(),
        )
    return workspace, ids


Operation = Callable[..., object]

#: Every operation that stores a text a person types, with the field it names.
TEXT_OPERATIONS: dict[str, tuple[str, Operation]] = {
    "new meeting's title": (
        "title",
        lambda s, i, t: mops.create_meeting(s, i.group, t, datetime(2023, 3, 1, 10)),
    ),
    "meeting's title": ("title", lambda s, i, t: mops.update_meeting(s, i.meeting, title=t)),
    "meeting's location": (
        "location",
        lambda s, i, t: mops.update_meeting(s, i.meeting, location=t),
    ),
    "meeting's summary": ("summary", lambda s, i, t: mops.set_summary(s, i.meeting, t)),
    "duplicate's title": (
        "title",
        lambda s, i, t: mops.duplicate_meeting(s, i.meeting, datetime(2023, 1, 5, 9), t),
    ),
    "agenda item's title": ("title", lambda s, i, t: mops.add_agenda_item(s, i.meeting, t)),
    "agenda item's notes": ("notes", lambda s, i, t: mops.update_agenda_item(s, i.item, notes=t)),
    "decision": ("text", lambda s, i, t: mops.add_decision(s, i.meeting, t)),
    "edited decision": ("text", lambda s, i, t: mops.update_decision(s, i.decision, t)),
    "action item": ("text", lambda s, i, t: mops.add_action_item(s, i.meeting, t)),
    "edited action item": ("text", lambda s, i, t: mops.update_action_item(s, i.action, text=t)),
    "entity's acronym": ("acronym", lambda s, i, t: comp.add_entity(s, t, "A name")),
    "entity's name": ("name", lambda s, i, t: comp.update_entity(s, i.entity, name=t)),
    "group's name": ("name", lambda s, i, t: comp.update_working_group(s, i.group, name=t)),
    "group's mandate": (
        "mandate",
        lambda s, i, t: comp.update_working_group(s, i.group, mandate=t),
    ),
    "new group's objectives": (
        "objectives",
        lambda s, i, t: comp.create_working_group(s, "NEWG", "New", "I", objectives=t),
    ),
    "focal point's name": ("name", lambda s, i, t: comp.add_contact(s, i.entity, t)),
    "focal point's job title": (
        "job_title",
        lambda s, i, t: comp.update_contact(s, i.contact, job_title=t),
    ),
    "output's title": ("title", lambda s, i, t: wops.add_output(s, i.plan, t)),
    "output's code": ("code", lambda s, i, t: wops.update_output(s, i.output, code=t)),
    "activity's title": ("title", lambda s, i, t: wops.update_activity(s, i.activity, title=t)),
    "activity's description": (
        "description",
        lambda s, i, t: wops.update_activity(s, i.activity, description=t),
    ),
    "activity's indicator": (
        "indicator",
        lambda s, i, t: wops.add_activity(s, i.output, "Title", indicator=t),
    ),
    "progress update": (
        "text",
        lambda s, i, t: wops.add_progress_update(s, i.activity, date(2022, 5, 1), t),
    ),
    "edited progress update": (
        "text",
        lambda s, i, t: wops.update_progress_update(s, i.update, text=t),
    ),
    "narrative": ("text", lambda s, i, t: nops.set_narrative(s, i.group, 2022, "advocacy", t)),
}


def _refused(ws, ids: Ids, operation: Operation, value: object) -> OperationError:
    before = snapshot(ws)
    with pytest.raises(OperationError) as refused, ws.transaction() as s:
        operation(s, ids, value)
    assert snapshot(ws) == before
    return refused.value


@pytest.mark.parametrize(
    "bad", ["\x01", "\x00", "\uffff", "\x0b"], ids=["U+0001", "NUL", "U+FFFF", "VT"]
)
@pytest.mark.parametrize("case", sorted(TEXT_OPERATIONS))
def test_a_control_character_is_refused_by_every_operation_that_stores_text(
    small, case, bad
) -> None:
    ws, ids = small
    field, operation = TEXT_OPERATIONS[case]
    error = _refused(ws, ids, operation, f"Ab{bad}c")
    assert error.field == field
    assert f"contains the control character U+{ord(bad):04X} at position 3" in error.message


@pytest.mark.parametrize("case", sorted(TEXT_OPERATIONS))
def test_text_longer_than_its_column_is_refused(small, case) -> None:
    ws, ids = small
    field, operation = TEXT_OPERATIONS[case]
    error = _refused(ws, ids, operation, "x" * (LONG_TEXT_MAX + 1))
    assert error.field == field
    assert "at most" in error.message


def test_a_location_fits_its_column(small) -> None:
    ws, ids = small
    error = _refused(ws, ids, TEXT_OPERATIONS["meeting's location"][1], "x" * 301)
    assert error.message == "The location is too long (at most 300 characters)."
    with ws.transaction() as s:
        mops.update_meeting(s, ids.meeting, location="Vienna\tInternational Centre\nRoom M3")
    with ws.read() as s:
        assert s.get(Meeting, ids.meeting).location == "Vienna\tInternational Centre\nRoom M3"


@pytest.mark.parametrize(
    ("case", "value", "message"),
    [
        ("entity's acronym", "UN\tDP", "The acronym contains a tab at position 3."),
        ("output's code", "A\n1", "The code contains a line break at position 2."),
    ],
)
def test_an_acronym_or_a_code_is_one_line(small, case, value, message) -> None:
    ws, ids = small
    field, operation = TEXT_OPERATIONS[case]
    error = _refused(ws, ids, operation, value)
    assert (error.field, error.message) == (field, message)


YEAR_9999 = date(9999, 12, 31)
MOMENT_9999 = datetime(9999, 12, 31, 23, 0)

#: Every operation that stores a date a person gives, with the field it names.
DATE_OPERATIONS: dict[str, tuple[str, Operation]] = {
    "new meeting's start": (
        "start",
        lambda s, i: mops.create_meeting(s, i.group, "Q4", MOMENT_9999),
    ),
    "meeting's start": ("start", lambda s, i: mops.update_meeting(s, i.meeting, start=MOMENT_9999)),
    "meeting's end": ("end", lambda s, i: mops.update_meeting(s, i.meeting, end=MOMENT_9999)),
    "duplicate's start": ("start", lambda s, i: mops.duplicate_meeting(s, i.meeting, MOMENT_9999)),
    "meeting from a template": (
        "start",
        lambda s, i: mops.new_meeting_from_template(
            s, i.group, None, MOMENT_9999, None, "regular", "virtual", "Q4", True, True
        ),
    ),
    "action item's due date": (
        "due",
        lambda s, i: mops.add_action_item(s, i.meeting, "Do it", due=YEAR_9999),
    ),
    "membership's start": (
        "start",
        lambda s, i: comp.add_membership(s, i.group, i.entity, "member", YEAR_9999),
    ),
    "membership's end": ("end", lambda s, i: comp.end_membership(s, i.membership, YEAR_9999)),
    "chair term's end": (
        "end",
        lambda s, i: comp.add_chair_term(s, i.group, i.entity, date(2030, 1, 1), YEAR_9999),
    ),
    "terms of reference": (
        "tor_revised",
        lambda s, i: comp.update_working_group(s, i.group, tor_revised=YEAR_9999),
    ),
    "rotation's end": (
        "until",
        lambda s, i: comp.save_rotation_plan(
            s, i.group, None, [i.entity], "quarter", date(2030, 1, 1), YEAR_9999
        ),
    ),
    "activity's due date": ("due", lambda s, i: wops.update_activity(s, i.activity, due=YEAR_9999)),
    "new activity's start": (
        "start",
        lambda s, i: wops.add_activity(s, i.output, "T", start=date(1, 1, 1)),
    ),
    "progress update's date": (
        "date",
        lambda s, i: wops.add_progress_update(s, i.activity, YEAR_9999, "x"),
    ),
    "work plan's period": ("period", lambda s, i: wops.create_work_plan(s, i.group, "9998-9999")),
}


@pytest.mark.parametrize("case", sorted(DATE_OPERATIONS))
def test_a_date_outside_the_supported_years_is_refused_by_every_operation(small, case) -> None:
    ws, ids = small
    field, operation = DATE_OPERATIONS[case]
    error = _refused(ws, ids, lambda s, i, _v: operation(s, i), None)
    assert error.field == field
    assert "is out of range: year" in error.message and "outside 1900–2199" in error.message


def test_a_follow_up_made_from_a_long_action_item_fits_the_agenda(small) -> None:
    ws, ids = small
    with ws.transaction() as s:
        mops.update_action_item(s, ids.action, text="x" * LONG_TEXT_MAX)
        new = mops.new_meeting_from_template(
            s,
            ids.group,
            None,
            datetime(2022, 6, 1, 10),
            None,
            "regular",
            "virtual",
            "Q2",
            True,
            False,
        )
    with ws.read() as s:
        titles = s.scalars(select(AgendaItem.title).where(AgendaItem.meeting_id == new)).all()
    assert [len(t) for t in titles] == [LONG_TEXT_MAX] and titles[0].startswith("Follow-up: x")


# ---------------------------------------------------------------------------
# The command line: exit status 2, the field named, nothing changed.


def test_meeting_set_refuses_a_control_character_with_exit_2(small, capsys) -> None:
    ws, ids = small
    before = snapshot(ws)
    status = main(["meeting", "set", ids.meeting[:8], "--title", "Q1\x0bmeeting"])
    assert status == 2
    assert capsys.readouterr().err.splitlines() == [
        "chairdesk: title: The title contains the control character U+000B at position 3.",
        "Nothing was changed.",
    ]
    assert snapshot(ws) == before


def test_meeting_new_refuses_the_year_9999_with_exit_2(small, capsys) -> None:
    ws, _ids = small
    before = snapshot(ws)
    assert main(["meeting", "new", "--group", "ETCIP", "--start", "9999-12-31 23:00"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "chairdesk: start: The start is out of range: year 9999 is outside 1900–2199.",
        "Nothing was changed.",
    ]
    assert snapshot(ws) == before
