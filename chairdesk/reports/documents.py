"""The chair's working documents: a meeting's agenda and summary, the composition annex,
the handover pack for an incoming chair.

Unlike the submission, these are records: where something is absent (no
decisions, no open action items) they say so in one sentence rather than leave
the heading out, because for a reader of minutes or of a handover the absence
is itself information.

Each document has a `build_*` function returning a python-docx Document and
a `write_*` function that saves it atomically and returns an ExportResult
(the warnings about the template, for the application or the command line).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from babel.dates import format_date
from sqlalchemy.orm import Session

from chairdesk.domain.quarters import quarters_of_year
from chairdesk.domain.rotations import chair_on, chairs_by_quarter, next_handover
from chairdesk.domain.vocabulary import ActivityStatus, MeetingMode, NarrativeSection, Pillar
from chairdesk.domain.wording import count_phrase, join_words, un_date, un_date_range
from chairdesk.reports import report_data as rd
from chairdesk.reports.docx_builder import DocxBuilder, ExportResult, ReportError, save_document
from chairdesk.reports.submission import CHART_DPI, SECTION_HEADINGS, activity_row

if TYPE_CHECKING:
    from docx.document import Document

__all__ = [
    "ReportError",
    "build_agenda",
    "build_annex",
    "build_handover",
    "build_minutes",
    "write_agenda",
    "write_annex",
    "write_handover",
    "write_minutes",
]

_EN_DASH = "\u2013"


# --------------------------------------------------------------------------- shared


def _day(day: date) -> str:
    """"Wednesday, 16 March 2022"."""
    return format_date(day, "EEEE, d MMMM y", locale="en")


def _clock(moment) -> str:  # noqa: ANN001 - a datetime
    return moment.strftime("%H:%M")


def _meeting_details(meeting: rd.MeetingInfo) -> list[tuple[str, str]]:
    if meeting.last_day != meeting.start.date():
        when = un_date_range(meeting.start.date(), meeting.last_day)
    else:
        when = _day(meeting.start.date())
    details = [("Date", when)]
    time = _clock(meeting.start)
    if meeting.end is not None and meeting.end > meeting.start and meeting.last_day == meeting.start.date():
        time += f"{_EN_DASH}{_clock(meeting.end)}"
    details.append(("Time", time))
    details.append(("Format", rd.MEETING_MODE_LABELS[meeting.mode]))
    if meeting.location:
        details.append(("Venue", meeting.location))
    elif meeting.mode != MeetingMode.VIRTUAL:
        details.append(("Venue", "to be confirmed"))
    details.append(("Kind", rd.MEETING_KIND_LABELS[meeting.kind]))
    if meeting.chair:
        details.append(("Chair", meeting.chair))
    return details


def _meeting_builder(meeting: rd.MeetingInfo, what: str, template: Path | str | None) -> DocxBuilder:
    builder = DocxBuilder(template)
    builder.core_properties(
        title=f"{meeting.title}: {what.lower()}", subject=what, author=f"{meeting.group_acronym} working group",
    )
    builder.title_block(meeting.title, subtitle=[what, meeting.group_name], details=_meeting_details(meeting))
    builder.header_footer(f"{meeting.group_acronym} working group \u00b7 {what} \u00b7 {un_date(meeting.start.date())}")
    return builder


def _finish(builder: DocxBuilder, warnings: list[str] | None) -> Document:
    if warnings is not None:
        warnings.extend(builder.warnings)
    return builder.document


def _write(document_of, target: Path | str) -> ExportResult:  # noqa: ANN001 - a builder call
    result = ExportResult(Path(target))
    document = document_of(result.warnings)
    save_document(document, result.path)
    return result


# --------------------------------------------------------------------------- agenda


def agenda_rows(meeting: rd.MeetingInfo) -> list[list[str]]:
    """[number, start time, item (with its activity and notes), presenter, minutes] per item."""
    rows = []
    for item in meeting.agenda:
        text = item.title
        if item.activity:
            text += f"\nWork-plan activity {item.activity}" + (f": {item.activity_title}" if item.activity_title else "")
        if item.notes:
            text += f"\n{item.notes}"
        rows.append([f"{item.number}.", _clock(item.starts), text, item.presenter or "", str(item.minutes or "")])
    return rows


def build_agenda(
    session: Session, meeting_id: str, template: Path | str | None = None, *, warnings: list[str] | None = None,
) -> Document:
    """A meeting's agenda: date, time, format and venue, then the time plan of its items."""
    meeting = rd.meeting_info(session, meeting_id)
    builder = _meeting_builder(meeting, "Agenda", template)
    builder.heading("Agenda", 1)
    if not meeting.agenda:
        builder.paragraph("No agenda items have been set yet.")
        return _finish(builder, warnings)
    rows = agenda_rows(meeting)
    close = meeting.start + timedelta(minutes=meeting.planned_minutes)
    rows.append(["", _clock(close), "Close of the meeting", "", ""])
    builder.table(["No.", "Time", "Item", "Presenter", "Minutes"], rows,
                  widths_cm=[1.0, 1.4, 9.2, 2.4, 1.6])
    scheduled = meeting.scheduled_minutes
    planned = meeting.planned_minutes
    if scheduled is not None and planned > scheduled:
        builder.paragraph(
            f"The items take {count_phrase(planned, 'minute')}, "
            f"{count_phrase(planned - scheduled, 'minute')} more than the meeting\u2019s "
            f"{count_phrase(scheduled, 'minute')}."
        )
    return _finish(builder, warnings)


def write_agenda(session: Session, meeting_id: str, target: Path | str,
                 template: Path | str | None = None) -> ExportResult:
    return _write(lambda w: build_agenda(session, meeting_id, template, warnings=w), target)


# --------------------------------------------------------------------------- minutes


def action_rows(actions: Sequence[rd.ActionLine]) -> list[list[str]]:
    """[number, action, owner, due, status] per action item."""
    return [
        [f"{n}.", a.text + (f"\nWork-plan activity {a.activity}" if a.activity else ""), a.owner or "",
         un_date(a.due) if a.due else "", rd.ACTION_STATUS_LABELS[a.status]]
        for n, a in enumerate(actions, start=1)
    ]


def build_minutes(
    session: Session, meeting_id: str, template: Path | str | None = None, *, warnings: list[str] | None = None,
) -> Document:
    """A meeting's summary: attendance, agenda, summary, decisions and the action items table."""
    meeting = rd.meeting_info(session, meeting_id)
    builder = _meeting_builder(meeting, "Summary of the meeting", template)

    builder.heading("Attendance", 1)
    if meeting.attendance:
        builder.labelled(f"Present ({len(meeting.attendance)})", join_words(meeting.attendance))
        if meeting.absent:
            builder.labelled("Not represented", join_words(meeting.absent))
    else:
        builder.paragraph("No attendance was recorded.")

    builder.heading("Agenda", 1)
    if meeting.agenda:
        builder.numbered([item.title for item in meeting.agenda])
    else:
        builder.paragraph("No agenda items were recorded.")

    builder.heading("Summary", 1)
    if meeting.summary:
        builder.text_block(meeting.summary)
    else:
        builder.paragraph("No summary has been written yet.")

    builder.heading("Decisions", 1)
    if meeting.decisions:
        builder.numbered(meeting.decisions)
    else:
        builder.paragraph("No decisions were recorded.")

    builder.heading("Action items", 1)
    if meeting.actions:
        builder.table(["No.", "Action", "Owner", "Due", "Status"], action_rows(meeting.actions),
                      widths_cm=[1.0, 8.0, 2.4, 3.2, 1.4])
    else:
        builder.paragraph("No action items were recorded.")
    return _finish(builder, warnings)


def write_minutes(session: Session, meeting_id: str, target: Path | str,
                  template: Path | str | None = None) -> ExportResult:
    return _write(lambda w: build_minutes(session, meeting_id, template, warnings=w), target)


# --------------------------------------------------------------------------- annex


def chair_runs(terms, year: int) -> str:  # noqa: ANN001 - domain ChairTerms
    """"UNOCT" for a whole year; "UNICRI (Q1–Q2), OPCW (Q3) and INTERPOL (Q4)" for a rotation."""
    quarters = quarters_of_year(year)
    runs: list[tuple[str, list[str]]] = []
    for quarter, entity in zip(quarters, chairs_by_quarter(terms, year)):
        if entity is None:
            continue
        if runs and runs[-1][0] == entity and runs[-1][1][-1] == quarters[quarter.number - 2].label:
            runs[-1][1].append(quarter.label)
        else:
            runs.append((entity, [quarter.label]))
    if len(runs) == 1 and len(runs[0][1]) == 4:
        return runs[0][0]
    parts = [
        f"{entity} ({labels[0]}{_EN_DASH + labels[-1] if len(labels) > 1 else ''})" for entity, labels in runs
    ]
    return join_words(parts)


def build_annex(
    session: Session, year: int, template: Path | str | None = None, *, warnings: list[str] | None = None,
) -> Document:
    """Every working group's Chair, Vice-Chairs, members and observers in ``year``, by pillar.

    Modelled on Annex II of the Compact's "Year in Review 2022" ("Working
    group structure and composition in 2022").
    """
    groups = rd.all_groups(session)
    builder = DocxBuilder(template)
    title = f"Working group structure and composition in {year}"
    builder.core_properties(title=title, subject=f"Composition annex {year}", author="ChairDesk")
    builder.title_block(title)
    builder.header_footer(title)
    if not groups:
        builder.paragraph("The workspace has no working groups yet.")
        return _finish(builder, warnings)

    first, last = date(year, 1, 1), date(year, 12, 31)
    mentioned: set[str] = set()
    for pillar in Pillar:
        in_pillar = [g for g in groups if g.pillar == pillar]
        if not in_pillar:
            continue
        builder.heading(f"Pillar {pillar.value}", 1)
        builder.paragraph(rd.PILLAR_TITLES[pillar], italic=True)
        for group in in_pillar:
            c = rd.composition(session, group.id, first, last)
            mentioned.update(c.everyone())
            builder.heading(f"{group.name} ({group.acronym})", 2)
            builder.labelled("Chair", chair_runs(c.chairs, year) if c.chairs else "not recorded")
            builder.labelled("Vice-Chairs", join_words(c.vice_chairs) if c.vice_chairs else "none")
            people = list(c.members) + [f"{o} (observer)" for o in c.observers]
            builder.labelled("Members and observers", join_words(people) if people else "none recorded")

    names = rd.entity_names(session)
    rows = [[acronym, names.get(acronym, "")] for acronym in sorted(mentioned, key=str.casefold)]
    if rows:
        builder.heading("Abbreviations", 1)
        builder.table(["Acronym", "Entity"], rows, widths_cm=[3.2, 12.8])
    return _finish(builder, warnings)


def write_annex(session: Session, year: int, target: Path | str,
                template: Path | str | None = None) -> ExportResult:
    return _write(lambda w: build_annex(session, year, template, warnings=w), target)


# --------------------------------------------------------------------------- handover


def _term_text(term) -> str:  # noqa: ANN001 - a domain ChairTerm
    if term.end is None:
        return f"{term.entity}, from {un_date(term.start)}"
    return f"{term.entity} ({un_date_range(term.start, term.end)})"


def _plan_sentence(plan: rd.RotationPlanInfo) -> str:
    length = {"quarter": "quarterly", "half_year": "half-yearly", "year": "yearly"}[plan.term_length.value]
    who = join_words(list(plan.entities)) or "no entity yet"
    return (
        f"A rotation plan with {length} terms ({who}, in turn) runs from {un_date(plan.start)} "
        f"to {un_date(plan.until)}."
    )


def build_handover(
    session: Session, group_id: str, template: Path | str | None = None, *, today: date | None = None,
    warnings: list[str] | None = None,
) -> Document:
    """Everything an incoming chair needs on the first day, as of ``today``.

    Composition and focal points, the chair terms and rotation, upcoming
    meetings, open action items, activities due in this quarter and the next
    (and any overdue), and the drafts of this year's submission.
    """
    from chairdesk.reports import charts, timelines  # matplotlib only when a pack is made

    today = today or date.today()
    group = rd.group_info(session, group_id)
    terms = rd.chair_terms(session, group_id)
    current = chair_on(terms, today)
    handover = next_handover(terms, today)

    builder = DocxBuilder(template)
    builder.core_properties(title=f"{group.full_name}: handover pack", subject="Handover pack",
                            author=f"{group.acronym} working group")
    details = [("Prepared on", un_date(today))]
    current_term = next((t for t in terms if t.contains(today) and t.entity == current), None)
    details.append(("Chair", _term_text(current_term) if current_term else "nobody chairs today"))
    if handover is not None:
        details.append(("Next Chair", f"{handover.entity}, from {un_date(handover.start)}"))
    builder.title_block("Handover pack", subtitle=[group.full_name], details=details)
    builder.header_footer(f"{group.acronym} working group \u00b7 Handover pack \u00b7 {un_date(today)}")

    # Composition
    builder.heading("Composition", 1)
    if group.mandate:
        builder.paragraph(group.mandate)
    c = rd.composition(session, group_id, today)
    if c.vice_chairs:
        builder.labelled("Vice-Chair" if len(c.vice_chairs) == 1 else "Vice-Chairs", join_words(c.vice_chairs))
    builder.labelled("Members", join_words(c.members) if c.members else "none recorded")
    if c.observers:
        builder.labelled("Observers", join_words(c.observers))
    builder.heading("Focal points", 2)
    people = rd.contacts(session, group_id, (*c.everyone(), *(t.entity for t in terms)))
    if people:
        builder.table(
            ["Entity", "Focal point", "E-mail", "Telephone"],
            [[p.entity, p.name + (f"\n{p.job_title}" if p.job_title else ""), p.email or "", p.phone or ""]
             for p in people],
            widths_cm=[2.4, 6.0, 5.0, 2.6],
        )
    else:
        builder.paragraph("No focal points have been recorded.")

    # Chairmanship and rotation
    builder.heading("Chairmanship and rotation", 1)
    since = date(today.year - 1, 1, 1)
    shown = [t for t in terms if t.end is None or t.end >= since]
    if shown:
        builder.table(["Chair", "From", "To"],
                      [[t.entity, un_date(t.start), un_date(t.end) if t.end else "open-ended"] for t in shown],
                      widths_cm=[4.0, 4.5, 4.5])
        until = max([t.end or t.start for t in shown] + [date(today.year, 12, 31)])
        until = min(until, date(today.year + 2, 12, 31))
        figure = timelines.rotation_timeline(timelines.RotationTimeline("", tuple(shown), since, until, today=today))
        builder.picture(charts.figure_png(figure, dpi=CHART_DPI), min(figure.get_figwidth() * 2.54, builder.text_width_cm),
                        caption="Chair terms, with today marked")
    else:
        builder.paragraph("No chair terms have been recorded.")
    for plan in rd.rotation_plans(session, group_id):
        builder.paragraph(_plan_sentence(plan))

    # Upcoming meetings
    builder.heading("Upcoming meetings", 1)
    upcoming = rd.meetings(session, group_id, first=today)
    if upcoming:
        builder.table(
            ["Date", "Time", "Meeting", "Format"],
            [[un_date_range(mt.start.date(), mt.last_day), _clock(mt.start), mt.title,
              rd.MEETING_MODE_LABELS[mt.mode] + (f"\n{mt.location}" if mt.location else "")]
             for mt in upcoming],
            widths_cm=[3.2, 1.5, 7.8, 3.5],
        )
    else:
        builder.paragraph("No meetings are scheduled.")

    # Open action items
    builder.heading("Open action items", 1)
    actions = rd.open_actions(session, group_id, until=today)
    if actions:
        rows = []
        for a in actions:
            due = un_date(a.due) if a.due else ""
            if a.overdue_on(today):
                due += "\noverdue"
            rows.append([a.text, a.owner or "", due, un_date(a.meeting_day)])
        builder.table(["Action", "Owner", "Due", "Agreed at the meeting of"], rows,
                      widths_cm=[8.0, 2.4, 2.8, 2.8])
    else:
        builder.paragraph("No action items are open.")

    # Activities due soon
    builder.heading("Activities due in the next two quarters", 1)
    _, horizon = rd.quarter_span(today, 2)
    due = [
        a for plan in rd.work_plans(session, group_id) for a in plan.activities
        if a.status not in (ActivityStatus.COMPLETED, ActivityStatus.CANCELLED)
        and a.due is not None and a.due <= horizon
    ]
    due.sort(key=lambda a: (a.due, a.code))
    if due:
        builder.paragraph(
            f"Activities not yet completed that are due by {un_date(horizon)}, "
            "including any whose due date has passed:"
        )
        rows = []
        for a in due:
            code, title, lead, status, note = activity_row(a, today)
            when = un_date(a.due) + ("\noverdue" if a.due < today else "")
            rows.append([code, title, lead, when, status, note])
        builder.table(["Code", "Activity", "Lead", "Due", "Status", "Progress"], rows,
                      widths_cm=[1.1, 5.0, 2.0, 2.5, 2.0, 3.4])
    else:
        builder.paragraph(f"No unfinished activity is due by {un_date(horizon)}.")

    # Drafts of this year's submission
    builder.heading(f"Drafts of the {today.year} submission", 1)
    texts = rd.narratives(session, group_id, today.year)
    drafted = [s for s in NarrativeSection if s in texts]
    missing = [SECTION_HEADINGS[s] for s in NarrativeSection if s not in texts]
    if not drafted:
        builder.paragraph(f"No section of the {today.year} submission has been drafted yet.")
    for section in drafted:
        heading = SECTION_HEADINGS[section]
        if section == NarrativeSection.WAY_FORWARD:
            heading = f"Priorities for {today.year + 1}"
        builder.heading(heading, 2)
        builder.text_block(texts[section])
    if drafted and missing:
        builder.paragraph(f"Not drafted yet: {'; '.join(missing)}.", italic=True)
    return _finish(builder, warnings)


def write_handover(session: Session, group_id: str, target: Path | str,
                   template: Path | str | None = None, *, today: date | None = None) -> ExportResult:
    return _write(lambda w: build_handover(session, group_id, template, today=today, warnings=w), target)

