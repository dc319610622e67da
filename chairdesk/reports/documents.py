"""The chair's working documents: a meeting's agenda and summary, the composition annex,
the handover pack for an incoming chair.

Unlike the submission, these are records: where something is absent (no
decisions, no open action items) they say so in one sentence rather than leave
the heading out, because for a reader of minutes or of a handover the absence
is itself information.

Each document has a `build_*` function returning a python-docx Document and
a `write_*` function that saves it atomically and returns an ExportResult
(the warnings about the template, for the application or the command line).
The handover pack is read (`handover_data`, one session) and then laid out
(`render_handover`, no database), as the submission is (`submission_data`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from chairdesk.domain.quarters import quarters_of_year
from chairdesk.domain.rotations import chair_on, chairs_by_quarter, generate_terms, next_handover
from chairdesk.domain.vocabulary import ActivityStatus, MeetingMode, NarrativeSection, Pillar
from chairdesk.reports import report_data as rd
from chairdesk.reports.docx_builder import DocxBuilder, ExportResult, ReportError, save_document
from chairdesk.reports.phrases import Phrases, phrases
from chairdesk.reports.submission import CHART_DPI, _phrases, _timeline_labels, activity_row
from chairdesk.store.composition_queries import GroupDetails

if TYPE_CHECKING:
    from docx.document import Document

__all__ = [
    "HandoverData",
    "ReportError",
    "annex_body",
    "build_agenda",
    "build_annex",
    "build_handover",
    "build_minutes",
    "handover_data",
    "render_handover",
    "write_agenda",
    "write_annex",
    "write_handover",
    "write_minutes",
]

_EN_DASH = "\u2013"


# --------------------------------------------------------------------------- shared


def _clock(moment) -> str:  # noqa: ANN001 - a datetime
    return moment.strftime("%H:%M")


def _meeting_details(meeting: rd.MeetingInfo, words: Phrases) -> list[tuple[str, str]]:
    if meeting.last_day != meeting.start.date():
        when = words.date_range(meeting.start.date(), meeting.last_day)
    else:
        when = words.long_date(meeting.start.date())
    details = [(words.date_label, when)]
    time = _clock(meeting.start)
    if (
        meeting.end is not None
        and meeting.end > meeting.start
        and meeting.last_day == meeting.start.date()
    ):
        time += f"{_EN_DASH}{_clock(meeting.end)}"
    details.append((words.time_label, time))
    details.append((words.format_label, words.meeting_mode[meeting.mode]))
    if meeting.location:
        details.append((words.venue_label, meeting.location))
    elif meeting.mode != MeetingMode.VIRTUAL:
        details.append((words.venue_label, words.venue_tbc))
    details.append((words.kind_label, words.meeting_kind[meeting.kind]))
    if meeting.chair:
        details.append((words.chair_label, meeting.chair))
    return details


def _meeting_builder(
    meeting: rd.MeetingInfo, what: str, template: Path | str | None, words: Phrases
) -> DocxBuilder:
    builder = DocxBuilder(template, language=words.language)
    builder.core_properties(
        title=words.meeting_document_title(meeting.title, what),
        subject=what,
        keywords=(meeting.group_acronym, meeting.start.date().isoformat()),
    )
    builder.title_block(
        meeting.title,
        subtitle=[what, meeting.group_name_in(words)],
        details=_meeting_details(meeting, words),
    )
    builder.header_footer(words.meeting_header(meeting.group_acronym, what, meeting.start.date()))
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


def agenda_rows(meeting: rd.MeetingInfo, language: str = "en") -> list[list[str]]:
    """[number, start time, item (with its activity and notes), presenter, minutes] per item."""
    words = phrases(language)
    rows = []
    for item in meeting.agenda:
        text = item.title
        if item.activity:
            text += "\n" + words.work_plan_activity(item.activity, item.activity_title)
        if item.notes:
            text += f"\n{item.notes}"
        rows.append(
            [
                f"{item.number}.",
                _clock(item.starts),
                text,
                item.presenter or "",
                str(item.minutes or ""),
            ]
        )
    return rows


def build_agenda(
    session: Session,
    meeting_id: str,
    template: Path | str | None = None,
    *,
    warnings: list[str] | None = None,
    language: str = "en",
) -> Document:
    """A meeting's agenda: date, time, format and venue, then the time plan of its items.

    ``language`` ("en" or "fr") is that of the fixed wording; the items are as written.
    """
    words = _phrases(language)
    meeting = rd.meeting_info(session, meeting_id)
    builder = _meeting_builder(meeting, words.agenda, template, words)
    builder.heading(words.agenda, 1)
    if not meeting.agenda:
        builder.paragraph(words.no_agenda_yet)
        return _finish(builder, warnings)
    rows = agenda_rows(meeting, language)
    close = meeting.start + timedelta(minutes=meeting.planned_minutes)
    rows.append(["", _clock(close), words.close_of_meeting, "", ""])
    builder.table(list(words.agenda_headers), rows, widths_cm=[1.0, 1.4, 9.2, 2.4, 1.6])
    scheduled = meeting.scheduled_minutes
    planned = meeting.planned_minutes
    if scheduled is not None and planned > scheduled:
        builder.paragraph(words.over_time(planned, scheduled))
    return _finish(builder, warnings)


def write_agenda(
    session: Session,
    meeting_id: str,
    target: Path | str,
    template: Path | str | None = None,
    *,
    language: str = "en",
) -> ExportResult:
    return _write(
        lambda w: build_agenda(session, meeting_id, template, warnings=w, language=language), target
    )


# --------------------------------------------------------------------------- minutes


def action_rows(actions: Sequence[rd.ActionLine], language: str = "en") -> list[list[str]]:
    """[number, action, owner, due, status] per action item."""
    words = phrases(language)
    return [
        [
            f"{n}.",
            a.text + ("\n" + words.work_plan_activity(a.activity, None) if a.activity else ""),
            a.owner or "",
            words.date(a.due) if a.due else "",
            words.action_status[a.status],
        ]
        for n, a in enumerate(actions, start=1)
    ]


def build_minutes(
    session: Session,
    meeting_id: str,
    template: Path | str | None = None,
    *,
    warnings: list[str] | None = None,
    language: str = "en",
) -> Document:
    """A meeting's summary: attendance, agenda, summary, decisions and the action items table.

    ``language`` ("en" or "fr") is that of the fixed wording; what was recorded is as written.
    """
    words = _phrases(language)
    meeting = rd.meeting_info(session, meeting_id)
    builder = _meeting_builder(meeting, words.meeting_summary, template, words)

    builder.heading(words.attendance, 1)
    if meeting.attendance:
        builder.labelled(words.present(len(meeting.attendance)), words.join(meeting.attendance))
        if meeting.absent:
            builder.labelled(words.not_represented, words.join(meeting.absent))
    else:
        builder.paragraph(words.no_attendance)

    builder.heading(words.agenda, 1)
    if meeting.agenda:
        builder.numbered([item.title for item in meeting.agenda])
    else:
        builder.paragraph(words.no_agenda)

    builder.heading(words.summary, 1)
    if meeting.summary:
        builder.text_block(meeting.summary)
    else:
        builder.paragraph(words.no_summary)

    builder.heading(words.decisions, 1)
    if meeting.decisions:
        builder.numbered(meeting.decisions)
    else:
        builder.paragraph(words.no_decisions)

    builder.heading(words.action_items, 1)
    if meeting.actions:
        builder.table(
            list(words.action_headers),
            action_rows(meeting.actions, language),
            widths_cm=[1.0, 8.0, 2.4, 3.2, 1.4],
        )
    else:
        builder.paragraph(words.no_actions)
    return _finish(builder, warnings)


def write_minutes(
    session: Session,
    meeting_id: str,
    target: Path | str,
    template: Path | str | None = None,
    *,
    language: str = "en",
) -> ExportResult:
    return _write(
        lambda w: build_minutes(session, meeting_id, template, warnings=w, language=language),
        target,
    )


# --------------------------------------------------------------------------- annex


def chair_runs(terms, year: int, language: str = "en") -> str:  # noqa: ANN001 - domain ChairTerms
    """ "UNOCT" for a whole year; "UNICRI (Q1–Q2), OPCW (Q3) and INTERPOL (Q4)" for a rotation."""
    quarters = quarters_of_year(year)
    runs: list[tuple[str, list[int]]] = []
    for quarter, entity in zip(quarters, chairs_by_quarter(terms, year)):
        if entity is None:
            continue
        if (
            runs
            and runs[-1][0] == entity
            and runs[-1][1][-1] == quarters[quarter.number - 2].number
        ):
            runs[-1][1].append(quarter.number)
        else:
            runs.append((entity, [quarter.number]))
    if len(runs) == 1 and len(runs[0][1]) == 4:
        return runs[0][0]
    return phrases(language).quarter_runs(runs)


def build_annex(
    session: Session,
    year: int,
    template: Path | str | None = None,
    *,
    warnings: list[str] | None = None,
    language: str = "en",
) -> Document:
    """Every working group's Chair, Vice-Chairs, members and observers in ``year``, by pillar.

    Modelled on Annex II of the Compact's "Year in Review 2022" ("Working
    group structure and composition in 2022"); ``language`` ("en" or "fr") is
    that of the fixed wording.
    """
    words = _phrases(language)
    groups = rd.all_groups(session)
    builder = DocxBuilder(template, language=language)
    title = words.annex_title(year)
    builder.core_properties(
        title=f"{words.annex_label}{words.label('')}{title}",
        subject=words.annex_subject(year),
        keywords=(str(year),),
    )
    builder.title_block(title, label=words.annex_label)
    builder.header_footer(f"{words.annex_label} \u00b7 {title}")
    if not groups:
        builder.paragraph(words.no_groups)
        return _finish(builder, warnings)

    mentioned = annex_body(builder, session, year, groups, words)
    names = rd.entity_names(session)
    rows = [[acronym, names.get(acronym, "")] for acronym in sorted(mentioned, key=str.casefold)]
    if rows:
        builder.heading(words.abbreviations, 1)
        builder.table(list(words.abbreviation_headers), rows, widths_cm=[3.2, 12.8])
    return _finish(builder, warnings)


def annex_body(
    builder: DocxBuilder,
    session: Session,
    year: int,
    groups: Sequence[GroupDetails],
    words: Phrases,
    *,
    level: int = 1,
) -> set[str]:
    """Each group's composition in ``year`` under its pillar (pillars at ``level``, groups one below).

    The annex's body, which the Year in Review's Annex II shares; returns the entities it names.
    """
    first, last = date(year, 1, 1), date(year, 12, 31)
    mentioned: set[str] = set()
    for pillar in Pillar:
        in_pillar = [g for g in groups if g.pillar == pillar]
        if not in_pillar:
            continue
        builder.heading(words.pillar(pillar), level)
        # A pillar's title and each group's lines stay with what follows them on one page.
        builder.paragraph(
            words.pillar_titles[pillar], italic=True
        ).paragraph_format.keep_with_next = True
        for group in in_pillar:
            c = rd.composition(session, group.id, first, last)
            mentioned.update(c.everyone())
            builder.heading(
                words.annex_group_name(group.name, group.name_fr, group.acronym), level + 1
            )
            chair = builder.labelled(
                words.chair_label,
                chair_runs(c.chairs, year, words.language) if c.chairs else words.not_recorded,
            )
            vice = builder.labelled(
                words.vice_chairs_label(len(c.vice_chairs) or 2),
                words.join(c.vice_chairs) if c.vice_chairs else words.none,
            )
            for line in (chair, vice):
                line.paragraph_format.keep_with_next = True
            people = list(c.members) + [words.as_observer(o) for o in c.observers]
            builder.labelled(
                words.members_and_observers, words.join(people) if people else words.none_recorded
            )
    return mentioned


def write_annex(
    session: Session,
    year: int,
    target: Path | str,
    template: Path | str | None = None,
    *,
    language: str = "en",
) -> ExportResult:
    return _write(
        lambda w: build_annex(session, year, template, warnings=w, language=language), target
    )


# --------------------------------------------------------------------------- handover


def _term_text(term, words: Phrases) -> str:  # noqa: ANN001 - a domain ChairTerm
    return words.term(term.entity, term.start, term.end)


def _planned_handover(plans: Sequence[rd.RotationPlanInfo], terms, today: date):  # noqa: ANN001, ANN202
    """The next handover a rotation plan foresees after the recorded terms, or None."""
    planned = list(terms)
    for plan in plans:
        if plan.entities and plan.until > today:
            planned += generate_terms(plan.entities, plan.term_length, plan.start, plan.until)
    return next_handover(planned, today)


def _plan_sentence(plan: rd.RotationPlanInfo, words: Phrases) -> str:
    return words.rotation_plan(plan.term_length, plan.entities, plan.start, plan.until)


@dataclass(frozen=True)
class HandoverData:
    """What a handover pack says, read from the workspace as of ``today`` (then laid out)."""

    today: date
    group: GroupDetails
    terms: list  # domain ChairTerms, in order
    plans: list[rd.RotationPlanInfo]
    composition: rd.Composition
    contacts: list[rd.ContactInfo]
    upcoming: list[rd.MeetingInfo]
    actions: list[rd.ActionLine]
    work_plans: list[rd.WorkPlanInfo]
    narratives: dict[NarrativeSection, str]


def handover_data(session: Session, group_id: str, today: date | None = None) -> HandoverData:
    """Read everything a handover pack shows, in one session (layout: `render_handover`)."""
    today = today or date.today()
    terms = rd.chair_terms(session, group_id)
    composition = rd.composition(session, group_id, today)
    return HandoverData(
        today=today,
        group=rd.group_info(session, group_id),
        terms=list(terms),
        plans=rd.rotation_plans(session, group_id),
        composition=composition,
        contacts=rd.contacts(
            session, group_id, (*composition.everyone(), *(t.entity for t in terms))
        ),
        upcoming=rd.meetings(session, group_id, first=today),
        actions=rd.open_actions(session, group_id, until=today),
        work_plans=rd.work_plans(session, group_id),
        narratives=rd.narratives(session, group_id, today.year),
    )


def build_handover(
    session: Session,
    group_id: str,
    template: Path | str | None = None,
    *,
    today: date | None = None,
    warnings: list[str] | None = None,
    language: str = "en",
) -> Document:
    """The handover pack of a group (see `render_handover`), read and laid out."""
    return render_handover(
        handover_data(session, group_id, today), template, warnings=warnings, language=language
    )


def render_handover(
    data: HandoverData,
    template: Path | str | None = None,
    *,
    warnings: list[str] | None = None,
    language: str = "en",
) -> Document:
    """Everything an incoming chair needs on the first day, as of ``data.today``.

    Composition and focal points, the chair terms and rotation, upcoming
    meetings, open action items, activities due in this quarter and the next
    (and any overdue), and the drafts of this year's submission (as written).
    ``language`` ("en" or "fr") is that of the fixed wording.

    A ``today`` after the recorded terms never reads as "nobody chairs": the pack
    says who chaired last and until when, lists the last recorded terms, and
    names the next Chair the terms or a rotation plan foresee (or says none is
    recorded). Columns nobody filled (the telephone) are left out.
    """
    from chairdesk.reports import charts, timelines  # matplotlib only when a pack is made

    words = _phrases(language)
    today, group, terms = data.today, data.group, data.terms
    current = chair_on(terms, today)
    handover = next_handover(terms, today)
    name = rd.group_name(group, words)

    builder = DocxBuilder(template, language=language)
    builder.core_properties(
        title=words.handover_title(name),
        subject=words.handover_pack,
        keywords=(group.acronym, today.isoformat()),
    )
    details = [(words.prepared_on, words.date(today))]
    current_term = next((t for t in terms if t.contains(today) and t.entity == current), None)
    if current_term is not None:
        details.append((words.chair_label, _term_text(current_term, words)))
    elif terms:
        # After the recorded terms (or between two): who chaired last, and until when.
        ended = [t for t in terms if t.end is not None and t.end < today]
        last = max(ended, key=lambda t: t.end) if ended else None
        details.append((words.chair_label, words.no_chair_on(today, last)))
    else:
        details.append((words.chair_label, words.not_known))
    plans = data.plans
    if handover is not None:
        details.append((words.next_chair, words.from_date(handover.entity, handover.start)))
    elif (planned := _planned_handover(plans, terms, today)) is not None:
        details.append((words.next_chair, words.planned_from(planned.entity, planned.start)))
    elif terms:
        details.append((words.next_chair, words.not_known))
    builder.title_block(words.handover_pack, subtitle=[name], details=details)
    builder.header_footer(words.handover_header(group.acronym, today))

    # Composition
    builder.heading(words.composition, 1)
    if group.mandate:
        builder.paragraph(group.mandate)
    c = data.composition
    if c.vice_chairs:
        builder.labelled(words.vice_chairs_label(len(c.vice_chairs)), words.join(c.vice_chairs))
    builder.labelled(
        words.members_label, words.join(c.members) if c.members else words.none_recorded
    )
    if c.observers:
        builder.labelled(words.observers, words.join(c.observers))
    builder.heading(words.focal_points, 2)
    people = data.contacts
    if people:
        rows = [
            [
                p.entity,
                p.name + (f"\n{p.job_title}" if p.job_title else ""),
                p.email or "",
                p.phone or "",
            ]
            for p in people
        ]
        headers, widths = list(words.focal_point_headers), [2.2, 5.4, 5.4, 3.0]
        if not any(p.phone for p in people):
            # A column with nothing in it says nothing: no telephone is recorded.
            headers, widths, rows = headers[:3], widths[:3], [row[:3] for row in rows]
        builder.table(headers, rows, widths_cm=widths)
    else:
        builder.paragraph(words.no_focal_points)

    # Chairmanship and rotation
    builder.heading(words.chairmanship_and_rotation, 1)
    since = date(today.year - 1, 1, 1)
    shown = [t for t in terms if t.end is None or t.end >= since]
    if not shown and terms:
        # Every recorded term ended before last year: the last year of them, said as such.
        last_end = max(t.end for t in terms if t.end is not None)
        since = date(last_end.year, 1, 1)
        shown = [t for t in terms if t.end is None or t.end >= since]
        builder.paragraph(words.terms_end(last_end))
    if shown:
        builder.table(
            list(words.term_headers),
            [
                [t.entity, words.date(t.start), words.date(t.end) if t.end else words.open_ended]
                for t in shown
            ],
            widths_cm=[4.0, 4.5, 4.5],
        )
        if len(shown) > 1:  # one term alone is the table's one row: no figure
            until = max([t.end or t.start for t in shown] + [date(since.year, 12, 31)])
            until = min(until, date(max(today.year, since.year) + 2, 12, 31))
            marked = today if since <= today <= until else None
            chart = timelines.RotationTimeline(
                "", tuple(shown), since, until, today=marked, **_timeline_labels(words)
            )
            alt = ". ".join(words.alt_span(t.entity, t.start, t.end) for t in chart.clipped) + "."
            builder.picture(
                charts.chart_png(timelines.rotation_timeline, chart, dpi=CHART_DPI),
                min(chart.width_inches * 2.54, builder.text_width_cm),
                caption=words.terms_caption if marked else words.terms_caption_past,
                alt_text=alt,
            )
    else:
        builder.paragraph(words.no_terms)
    for plan in plans:
        builder.paragraph(_plan_sentence(plan, words))

    # Upcoming meetings
    builder.heading(words.upcoming_meetings, 1)
    upcoming = data.upcoming
    if upcoming:
        builder.table(
            list(words.upcoming_headers),
            [
                [
                    words.date_range(mt.start.date(), mt.last_day),
                    _clock(mt.start),
                    mt.title,
                    words.meeting_mode[mt.mode] + (f"\n{mt.location}" if mt.location else ""),
                ]
                for mt in upcoming
            ],
            widths_cm=[3.4, 1.5, 7.6, 3.5],
        )
    else:
        builder.paragraph(words.no_upcoming)

    # Open action items
    builder.heading(words.open_action_items, 1)
    actions = data.actions
    if actions:
        rows = []
        for a in actions:
            due = words.date(a.due) if a.due else ""
            if a.overdue_on(today):
                due += f"\n{words.overdue}"
            rows.append([a.text, a.owner or "", due, words.date(a.meeting_day)])
        builder.table(list(words.open_action_headers), rows, widths_cm=[7.4, 2.2, 3.2, 3.2])
    else:
        builder.paragraph(words.no_open_actions)

    # Activities due soon
    builder.heading(words.activities_due, 1)
    _, horizon = rd.quarter_span(today, 2)
    due = [
        a
        for plan in data.work_plans
        for a in plan.activities
        if a.status not in (ActivityStatus.COMPLETED, ActivityStatus.CANCELLED)
        and a.due is not None
        and a.due <= horizon
    ]
    due.sort(key=lambda a: (a.due, a.code))
    if due:
        builder.paragraph(words.due_lead_in(horizon))
        rows = []
        for a in due:
            code, title, lead, status, note = activity_row(a, today, language)
            when = words.date(a.due) + (f"\n{words.overdue}" if a.due < today else "")
            rows.append([code, title, lead, when, status, note])
        builder.table(list(words.due_headers), rows, widths_cm=[1.2, 5.0, 2.2, 2.6, 2.2, 3.2])
    else:
        builder.paragraph(words.nothing_due(horizon))

    # Drafts of this year's submission
    builder.heading(words.drafts_heading(today.year), 1)
    texts = data.narratives
    drafted = [s for s in NarrativeSection if s in texts]
    missing = [words.section_headings[s] for s in NarrativeSection if s not in texts]
    if not drafted:
        builder.paragraph(words.no_drafts(today.year))
    for section in drafted:
        heading = words.section_headings[section]
        if section == NarrativeSection.WAY_FORWARD:
            heading = words.priorities_heading(today.year + 1)
        builder.heading(heading, 2)
        builder.text_block(texts[section])
    if drafted and missing:
        builder.paragraph(words.not_drafted(missing), italic=True)
    return _finish(builder, warnings)


def write_handover(
    session: Session,
    group_id: str,
    target: Path | str,
    template: Path | str | None = None,
    *,
    today: date | None = None,
    language: str = "en",
) -> ExportResult:
    return _write(
        lambda w: build_handover(
            session, group_id, template, today=today, warnings=w, language=language
        ),
        target,
    )
