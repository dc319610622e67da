"""A working group's meetings as an iCalendar file (.ics), for Outlook, Google or Apple calendars.

Each meeting is one VEVENT whose UID is the meeting's id, so that importing a
newer file updates the events instead of duplicating them. Times are written
as floating local times (no time zone), because ChairDesk records a meeting's
time as people write it, in the local time of the meeting's place; a
calendar shows a floating time unchanged in any zone.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event
from sqlalchemy.orm import Session

from chairdesk import __version__
from chairdesk.domain.vocabulary import MeetingMode
from chairdesk.reports import report_data as rd
from chairdesk.reports.docx_builder import ExportResult, write_bytes_atomically

__all__ = ["build_calendar", "calendar_bytes", "write_calendar"]

PRODID = f"-//ChairDesk//ChairDesk {__version__}//EN"
_DEFAULT_LENGTH = timedelta(hours=1)


def _description(meeting: rd.MeetingInfo) -> str:
    lines = [f"{rd.MEETING_KIND_LABELS[meeting.kind]} of the {meeting.group_name}."]
    lines.append(f"Format: {rd.MEETING_MODE_LABELS[meeting.mode].lower()}.")
    if meeting.chair:
        lines.append(f"Chair: {meeting.chair}.")
    if meeting.agenda:
        lines += ["", "Agenda:"]
        for item in meeting.agenda:
            presenter = f" ({item.presenter})" if item.presenter else ""
            lines.append(f"{item.number}. {item.starts:%H:%M} {item.title}{presenter}")
    return "\n".join(lines)


def _event(meeting: rd.MeetingInfo, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", meeting.id)
    event.add("dtstamp", stamp)
    # Naive datetimes are written without TZID: floating local times.
    event.add("dtstart", meeting.start)
    end = meeting.end if meeting.end is not None and meeting.end > meeting.start else None
    if end is None:
        minutes = meeting.planned_minutes
        end = meeting.start + (timedelta(minutes=minutes) if minutes else _DEFAULT_LENGTH)
    event.add("dtend", end)
    event.add("summary", meeting.title)
    if meeting.location:
        event.add("location", meeting.location)
    elif meeting.mode == MeetingMode.VIRTUAL:
        event.add("location", "Virtual")
    event.add("description", _description(meeting))
    event.add("categories", [rd.MEETING_KIND_LABELS[meeting.kind]])
    event.add("status", "CONFIRMED")
    return event


def build_calendar(
    session: Session, group_id: str, year: int | None = None, *, stamp: datetime | None = None,
) -> Calendar:
    """The group's meetings (of ``year``, or all) as an iCalendar VCALENDAR."""
    group = rd.group_info(session, group_id)
    first = date(year, 1, 1) if year is not None else None
    last = date(year, 12, 31) if year is not None else None
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"{group.acronym} working group meetings")
    for meeting in rd.meetings(session, group_id, first, last):
        calendar.add_component(_event(meeting, stamp))
    return calendar


def calendar_bytes(session: Session, group_id: str, year: int | None = None) -> bytes:
    return build_calendar(session, group_id, year).to_ical()


def write_calendar(session: Session, group_id: str, target: Path | str, year: int | None = None) -> ExportResult:
    """Write the group's calendar at ``target`` atomically."""
    result = ExportResult(Path(target))
    write_bytes_atomically(result.path, calendar_bytes(session, group_id, year))
    return result
