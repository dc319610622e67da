"""The iCalendar file of a group's meetings, read back with the icalendar library."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlalchemy import select

from chairdesk.reports.calendar import build_calendar, write_calendar
from chairdesk.reports.docx_builder import ReportError
from chairdesk.store.demo import load_demo
from chairdesk.store.models import Meeting
from chairdesk.store.ops.composition import update_working_group
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
            select(Meeting)
            .where(Meeting.group_id == group.id, Meeting.deleted.is_(False))
            .order_by(Meeting.start)
        ).all()
        return group.id, meetings


def set_zone(ws, zone: str | None) -> None:
    with ws.transaction() as session:
        update_working_group(session, group_by_acronym(session, "ETCIP").id, time_zone=zone)


def test_every_meeting_is_an_event_with_its_id_time_zone_and_agenda(demo, tmp_path) -> None:
    group_id, meetings = etcip(demo)
    set_zone(demo, "Europe/Vienna")
    target = tmp_path / "out" / "etcip.ics"
    with demo.read() as session:
        result = write_calendar(session, group_id, target)
    assert result.path == target and [p.name for p in target.parent.iterdir()] == ["etcip.ics"]
    assert result.notes == []  # the group's zone is recorded: nothing assumed

    raw = target.read_bytes().decode()
    calendar = Calendar.from_ical(raw)
    assert str(calendar["version"]) == "2.0" and "ChairDesk" in str(calendar["prodid"])
    events = calendar.walk("VEVENT")
    assert [str(e["uid"]) for e in events] == [m.id for m in meetings]
    third = events[2]
    assert third["dtstart"].params["TZID"] == "Europe/Vienna"
    assert "DTSTART;TZID=Europe/Vienna:20220928T140000" in raw
    start, end = third.decoded("dtstart"), third.decoded("dtend")
    # 14:00 in Vienna is 08:00 in New York: an attendee there sees the right time.
    assert start.astimezone(ZoneInfo("America/New_York")).replace(tzinfo=None) == datetime(
        2022, 9, 28, 8, 0
    )
    assert end - start == timedelta(minutes=90)
    assert str(third["summary"]) == "ETCIP working group: third-quarter regular meeting 2022"
    assert str(third["location"]) == "OPCW Headquarters, The Hague"
    description = str(third["description"])
    assert "Agenda:" in description
    assert "2. 14:10 CBRN preparedness and response tools inventory (OPCW)" in description
    assert str(events[0]["location"]) == "Virtual"


def test_the_calendar_carries_the_zones_rules(demo) -> None:
    group_id, _ = etcip(demo)
    set_zone(demo, "Europe/Vienna")
    with demo.read() as session:
        calendar = build_calendar(session, group_id)
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["tzid"]) == "Europe/Vienna"
    offsets = {(c.name, c["tzoffsetto"].to_ical()) for c in zone.subcomponents}
    assert ("DAYLIGHT", "+0200") in offsets and ("STANDARD", "+0100") in offsets
    # A reader that knows only the file (not the zone's name) still places the March meeting right:
    # 14:00 in Vienna (winter time, UTC+1) is 09:00 in New York (summer time already, UTC-4).
    vienna = zone.to_tz()
    first = calendar.walk("VEVENT")[0].decoded("dtstart").replace(tzinfo=vienna)
    assert first.astimezone(ZoneInfo("America/New_York")).replace(tzinfo=None) == datetime(
        2022, 3, 16, 9, 0
    )


def test_without_a_zone_of_its_own_the_computers_is_used_and_said(demo) -> None:
    group_id, _ = etcip(demo)
    set_zone(demo, None)
    notes: list[str] = []
    with demo.read() as session:
        calendar = build_calendar(session, group_id, notes=notes, system_zone="Asia/Tokyo")
    event = calendar.walk("VEVENT")[0]
    assert event["dtstart"].params["TZID"] == "Asia/Tokyo"
    assert [n.code for n in notes] == ["time_zone_assumed"] and "Asia/Tokyo" in notes[0]
    assert notes[0].worded("fr").startswith("Aucun fuseau horaire n\u2019est enregistré pour ETCIP")
    # A system that names no zone: the times in UTC, by the system's own rules.
    with demo.read() as session:
        utc = build_calendar(session, group_id, system_zone=None).walk("VEVENT")[0]
    start = utc.decoded("dtstart")
    assert start.utcoffset() == timedelta(0)
    assert start == datetime(2022, 3, 16, 14, 0).astimezone()


def test_event_descriptions_in_french(demo) -> None:
    group_id, _ = etcip(demo)
    with demo.read() as session:
        event = build_calendar(session, group_id, language="fr").walk("VEVENT")[2]
    description = str(event["description"])
    assert description.startswith(
        "Réunion trimestrielle ordinaire \u2013 Groupe de travail sur les menaces"
    )
    assert "Ordre du jour\u00a0:" in description and "Agenda" not in description
    assert [str(c) for c in event["categories"].cats] == ["Réunion trimestrielle ordinaire"]


def test_a_meeting_without_an_end_lasts_as_long_as_its_agenda(demo) -> None:
    group_id, meetings = etcip(demo)
    with demo.transaction() as session:
        session.get(Meeting, meetings[0].id).end = None
    with demo.read() as session:
        event = build_calendar(session, group_id).walk("VEVENT")[0]
    assert event.decoded("dtend") - event.decoded("dtstart") == timedelta(
        minutes=85
    )  # 85 minutes of agenda


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
