"""The iCalendar file of a group's meetings, read back with the icalendar library."""

from __future__ import annotations

from datetime import datetime

import pytest
from icalendar import Calendar
from sqlalchemy import select

from chairdesk.reports.calendar import build_calendar, write_calendar
from chairdesk.reports.docx_builder import ReportError
from chairdesk.store.demo import load_demo
from chairdesk.store.models import Meeting
from chairdesk.store.queries import group_by_acronym


@pytest.fixture
def demo(workspace):
    with workspace.transaction() as session:
        load_demo(session)
    return workspace


def etcip(ws) -> tuple[str, list[Meeting]]:
    with ws.read() as session:
        group = group_by_acronym(session, "ETCIP")
        meetings = session.scalars(
            select(Meeting).where(Meeting.group_id == group.id, Meeting.deleted.is_(False)).order_by(Meeting.start)
        ).all()
        return group.id, meetings


def test_every_meeting_is_an_event_with_its_id_floating_times_and_agenda(demo, tmp_path) -> None:
    group_id, meetings = etcip(demo)
    target = tmp_path / "out" / "etcip.ics"
    with demo.read() as session:
        result = write_calendar(session, group_id, target)
    assert result.path == target and [p.name for p in target.parent.iterdir()] == ["etcip.ics"]

    calendar = Calendar.from_ical(target.read_bytes())
    assert str(calendar["version"]) == "2.0" and "ChairDesk" in str(calendar["prodid"])
    events = calendar.walk("VEVENT")
    assert [str(e["uid"]) for e in events] == [m.id for m in meetings]
    third = events[2]
    start, end = third.decoded("dtstart"), third.decoded("dtend")
    assert start == datetime(2022, 9, 28, 14, 0) and start.tzinfo is None  # floating local time
    assert end == datetime(2022, 9, 28, 15, 30)
    assert "TZID" not in third["dtstart"].params
    assert str(third["summary"]) == "ETCIP working group: third-quarter regular meeting 2022"
    assert str(third["location"]) == "OPCW Headquarters, The Hague"
    description = str(third["description"])
    assert "Agenda:" in description
    assert "2. 14:10 CBRN preparedness and response tools inventory (OPCW)" in description
    assert str(events[0]["location"]) == "Virtual"


def test_a_meeting_without_an_end_lasts_as_long_as_its_agenda(demo) -> None:
    group_id, meetings = etcip(demo)
    with demo.transaction() as session:
        session.get(Meeting, meetings[0].id).end = None
    with demo.read() as session:
        event = build_calendar(session, group_id).walk("VEVENT")[0]
    assert event.decoded("dtend") == datetime(2022, 3, 16, 15, 25)  # 85 minutes of agenda


def test_deleted_meetings_and_other_years_are_left_out(demo) -> None:
    group_id, meetings = etcip(demo)
    with demo.transaction() as session:
        session.get(Meeting, meetings[1].id).deleted = True
    with demo.read() as session:
        events = build_calendar(session, group_id, 2022).walk("VEVENT")
        assert build_calendar(session, group_id, 2021).walk("VEVENT") == []
    assert meetings[1].id not in {str(e["uid"]) for e in events}
    assert len(events) == len(meetings) - 1


def test_an_unknown_group_is_a_clear_error(demo, tmp_path) -> None:
    with demo.read() as session, pytest.raises(ReportError, match="no working group"):
        write_calendar(session, "missing", tmp_path / "out" / "x.ics")
    assert not (tmp_path / "out").exists()
