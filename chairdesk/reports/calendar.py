"""A working group's meetings as an iCalendar file (.ics), for Outlook, Google or Apple calendars.

Each meeting is one VEVENT whose UID is the meeting's id, so that importing a
newer file updates the events instead of duplicating them.

Times carry their time zone. ChairDesk records a meeting's time as people
write it, in the local time of the group (a Vienna-based group writes 14:00
for two in the afternoon in Vienna); the calendar says which zone that is, with
a VTIMEZONE (its daylight-saving rules, from the IANA database that zoneinfo
and tzdata provide), so that a member in New York sees the meeting at 08:00.
The zone comes from:

1. the group's own time zone (`WorkingGroup.time_zone`, set in Composition or
   with `chairdesk group set --time-zone`), synced with its records so every
   laptop writes the same calendar;
2. else the zone of the computer that exports (`system_time_zone`: the TZ
   variable, then /etc/localtime, as macOS and Linux keep it), and the export
   notes it;
3. else (a system that names no zone, as Windows does without the tzlocal
   package) the times are converted by the operating system's own rules and
   written in UTC, which every calendar shows right too.
"""

from __future__ import annotations

import contextlib
import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from sqlalchemy.orm import Session

from chairdesk import __version__
from chairdesk.domain.values import time_zone_problem
from chairdesk.domain.vocabulary import MeetingMode
from chairdesk.reports import report_data as rd
from chairdesk.reports.docx_builder import ExportResult, write_bytes_atomically
from chairdesk.reports.messages import Message
from chairdesk.reports.phrases import Phrases, phrases

__all__ = ["build_calendar", "calendar_bytes", "system_time_zone", "write_calendar"]

PRODID = f"-//ChairDesk//ChairDesk {__version__}//EN"
_DEFAULT_LENGTH = timedelta(hours=1)


def system_time_zone() -> str | None:
    """The IANA name of this computer's time zone ("Europe/Vienna"), or None if it names none."""
    candidates = []
    if tz := os.environ.get("TZ", "").lstrip(":"):
        candidates.append(tz)
    localtime = Path("/etc/localtime")
    try:
        if localtime.is_symlink():
            target = os.path.realpath(localtime)
            if "zoneinfo/" in target:
                candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    with contextlib.suppress(OSError):
        candidates.append(Path("/etc/timezone").read_text(encoding="utf-8").strip())
    return next((name for name in candidates if name and time_zone_problem(name) is None), None)


def _description(meeting: rd.MeetingInfo, words: Phrases) -> str:
    lines = [words.event_intro(words.meeting_kind[meeting.kind], meeting.group_name_in(words))]
    lines.append(f"{words.label(words.format_label)}{words.meeting_mode[meeting.mode].lower()}.")
    if meeting.chair:
        lines.append(f"{words.label(words.chair_label)}{meeting.chair}.")
    if meeting.agenda:
        lines += ["", words.label(words.agenda).rstrip()]
        for item in meeting.agenda:
            presenter = f" ({item.presenter})" if item.presenter else ""
            lines.append(f"{item.number}. {item.starts:%H:%M} {item.title}{presenter}")
    return "\n".join(lines)


def _event(
    meeting: rd.MeetingInfo, stamp: datetime, zone: ZoneInfo | None, words: Phrases
) -> Event:
    event = Event()
    event.add("uid", meeting.id)
    event.add("dtstamp", stamp)
    end = meeting.end if meeting.end is not None and meeting.end > meeting.start else None
    if end is None:
        minutes = meeting.planned_minutes
        end = meeting.start + (timedelta(minutes=minutes) if minutes else _DEFAULT_LENGTH)
    for name, moment in (("dtstart", meeting.start), ("dtend", end)):
        if zone is not None:
            event.add(name, moment.replace(tzinfo=zone))  # written with its TZID
        else:
            event.add(name, moment.astimezone().astimezone(UTC))  # the system's rules, then UTC
    event.add("summary", meeting.title)
    if meeting.location:
        event.add("location", meeting.location)
    elif meeting.mode == MeetingMode.VIRTUAL:
        event.add("location", words.meeting_mode[MeetingMode.VIRTUAL])
    event.add("description", _description(meeting, words))
    event.add("categories", [words.meeting_kind[meeting.kind]])
    event.add("status", "CONFIRMED")
    return event


def build_calendar(
    session: Session,
    group_id: str,
    year: int | None = None,
    *,
    stamp: datetime | None = None,
    language: str = "en",
    notes: list[str] | None = None,
    system_zone: str | None = "",
) -> Calendar:
    """The group's meetings (of ``year``, or all) as an iCalendar VCALENDAR.

    ``notes`` receives a `Message` when the computer's zone stood in for the
    group's; ``system_zone`` replaces the computer's zone ("" asks the system).
    """
    words = phrases(language)
    group = rd.group_info(session, group_id)
    first = date(year, 1, 1) if year is not None else None
    last = date(year, 12, 31) if year is not None else None
    stamp = stamp or datetime.now(UTC).replace(microsecond=0)
    zone_name = (
        group.time_zone if group.time_zone and time_zone_problem(group.time_zone) is None else None
    )
    if zone_name is None:
        zone_name = system_time_zone() if system_zone == "" else system_zone
        if notes is not None:
            notes.append(Message("time_zone_assumed", group=group.acronym, zone=zone_name or "UTC"))
    zone = ZoneInfo(zone_name) if zone_name else None

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", words.calendar_name(group.acronym))
    calendar.add("x-wr-timezone", zone_name or "UTC")
    meetings = rd.meetings(session, group_id, first, last)
    for meeting in meetings:
        calendar.add_component(_event(meeting, stamp, zone, words))
    if zone is not None and meetings:
        # The zone's rules over the years the meetings span (not 1970–2038: a smaller file).
        calendar.add_missing_timezones(
            date(meetings[0].start.year - 1, 1, 1),
            date(meetings[-1].start.year + 2, 1, 1),
        )
    return calendar


def calendar_bytes(
    session: Session,
    group_id: str,
    year: int | None = None,
    *,
    language: str = "en",
    notes: list[str] | None = None,
) -> bytes:
    return build_calendar(session, group_id, year, language=language, notes=notes).to_ical()


def write_calendar(
    session: Session,
    group_id: str,
    target: Path | str,
    year: int | None = None,
    *,
    language: str = "en",
) -> ExportResult:
    """Write the group's calendar at ``target`` atomically."""
    result = ExportResult(Path(target))
    write_bytes_atomically(
        result.path, calendar_bytes(session, group_id, year, language=language, notes=result.notes)
    )
    return result
