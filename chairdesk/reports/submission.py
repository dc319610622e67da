"""The annual submission of a working group: drafted from the records, completed by the chair.

The secretariat compiles the groups' submissions into its "Year in Review",
so a submission must read like one of that report's chapters. Each section is
what the records say, written in the report's sentences (the chairmanship
sentence, the meetings sentence, the terms-of-reference sentence, in UN
editorial style), followed by the chair's own text for it (a Narrative
record). The sections follow the secretariat's order:

1. Mandate, primary objectives and composition
2. Coordination and coherence
3. Technical assistance and capacity-building
4. Research and analysis
5. Advocacy and visibility
6. Efforts to enhance regional coordination
   (then the implementation of the work plan: the activity table and charts)
7. Concluding observations and way forward: challenges; lessons learned and
   good practices; priorities for the next year.

A section with nothing to say is left out, heading and all, as the report's
chapters do, and the export notes which ones were. Where the chair has not
written the challenges or the priorities yet, the overdue activities and the
open action items are put there as a starting list.

`submission_data` reads everything in one session; `draft_sections` turns it
into text blocks (what the application previews beside each narrative);
`render_submission` lays those out in a Word document; `build_submission`
and `write_submission` do all three.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from chairdesk.domain.quarters import quarters_of_year
from chairdesk.domain.rotations import ChairTerm as Term
from chairdesk.domain.rotations import chairmanship_sentence
from chairdesk.domain.vocabulary import ActivityStatus, MeetingKind, MeetingMode, NarrativeSection, Role
from chairdesk.domain.wording import MEETING_KIND_NOUNS, count_phrase, join_words, meetings_sentence, number_words, un_date, un_date_range
from chairdesk.reports import report_data as rd
from chairdesk.reports.docx_builder import DocxBuilder, ExportResult, GroupRow, ReportError, split_blocks

if TYPE_CHECKING:
    from docx.document import Document

__all__ = [
    "DEFAULT_COMMITTEE",
    "NO_MEMBERSHIP_CHANGES",
    "SECTION_HEADINGS",
    "ActivityTable",
    "Chart",
    "ItemList",
    "Labelled",
    "Para",
    "ReportError",
    "SectionDraft",
    "SubmissionData",
    "build_submission",
    "chairmanship_text",
    "draft_sections",
    "meetings_text",
    "membership_text",
    "render_submission",
    "submission_data",
    "tor_text",
    "write_submission",
]

#: Where the terms of reference go, as the 2022 report names it (a setting of the export).
DEFAULT_COMMITTEE = "Counter-Terrorism Compact Coordination Committee"

#: The report's sentence for a year without membership changes (its apostrophe included).
NO_MEMBERSHIP_CHANGES = "There have been no changes to report in terms of the working group\u2019s membership."

SUPPORTED_LANGUAGES = ("en",)

SECTION_HEADINGS: dict[NarrativeSection, str] = {
    NarrativeSection.MANDATE: "Mandate, primary objectives and composition",
    NarrativeSection.COORDINATION: "Coordination and coherence",
    NarrativeSection.CAPACITY_BUILDING: "Technical assistance and capacity-building",
    NarrativeSection.RESEARCH: "Research and analysis",
    NarrativeSection.ADVOCACY: "Advocacy and visibility",
    NarrativeSection.REGIONAL: "Efforts to enhance regional coordination",
    NarrativeSection.CHALLENGES: "Challenges",
    NarrativeSection.LESSONS: "Lessons learned and good practices",
    NarrativeSection.WAY_FORWARD: "Priorities for the next year",  # the draft names the year
}
WORK_PLAN_HEADING = "Implementation of the work plan"
CONCLUDING_HEADING = "Concluding observations and way forward"

# Agenda items every meeting has; they say nothing about what a meeting was about.
_STANDING_ITEM = re.compile(
    r"^\s*(opening|welcome|adoption of the agenda|updates? from (the )?(chair|members)|"
    r"any other business|aob\b|open discussion|conclusions?( and next steps)?|closing|"
    r"questions and answers|tour de table|date of the next meeting|wrap[- ]up)",
    re.IGNORECASE,
)
_MODE_PHRASES = {
    MeetingMode.VIRTUAL: "held virtually",
    MeetingMode.HYBRID: "held in hybrid format",
    MeetingMode.IN_PERSON: "held in person",
}
_ROLE_NOUNS = {
    Role.VICE_CHAIR: ("a Vice-Chair", "Vice-Chairs"),
    Role.MEMBER: ("a member", "members"),
    Role.OBSERVER: ("an observer", "observers"),
}
_STATUS_ORDER = (
    ActivityStatus.COMPLETED, ActivityStatus.IN_PROGRESS, ActivityStatus.DELAYED,
    ActivityStatus.NOT_STARTED, ActivityStatus.CANCELLED,
)


# --------------------------------------------------------------------------- the data


@dataclass(frozen=True)
class SubmissionData:
    """Everything a group's submission for a year says, read in one session."""

    group: rd.GroupInfo
    year: int
    as_of: date  # the last day whose records count: the end of the year, or today if earlier
    today: date
    terms: tuple[Term, ...]
    composition: rd.Composition
    changes: tuple[rd.MembershipChange, ...]
    held: tuple[rd.MeetingInfo, ...]  # meetings of the year up to as_of
    scheduled: tuple[rd.MeetingInfo, ...]  # meetings later in the year
    work_plans: tuple[rd.WorkPlanInfo, ...]
    narratives: Mapping[NarrativeSection, str]
    open_actions: tuple[rd.ActionLine, ...]
    committee: str = DEFAULT_COMMITTEE


def submission_data(
    session: Session, group_id: str, year: int, *, today: date | None = None,
    committee: str = DEFAULT_COMMITTEE,
) -> SubmissionData:
    today = today or date.today()
    first, last = date(year, 1, 1), date(year, 12, 31)
    as_of = min(today, last)
    year_meetings = rd.meetings(session, group_id, first, last)
    return SubmissionData(
        group=rd.group_info(session, group_id),
        year=year,
        as_of=as_of,
        today=today,
        terms=tuple(rd.chair_terms(session, group_id)),
        composition=rd.composition(session, group_id, first, last),
        changes=tuple(rd.membership_changes(session, group_id, year)),
        held=tuple(mt for mt in year_meetings if mt.start.date() <= as_of),
        scheduled=tuple(mt for mt in year_meetings if mt.start.date() > as_of),
        work_plans=tuple(rd.work_plans(session, group_id, year)),
        narratives=rd.narratives(session, group_id, year),
        open_actions=tuple(rd.open_actions(session, group_id, until=as_of)),
        committee=committee.strip() or DEFAULT_COMMITTEE,
    )


# --------------------------------------------------------------------------- the blocks


@dataclass(frozen=True)
class Para:
    text: str


@dataclass(frozen=True)
class Labelled:
    """"Vice-Chair: UNOCT": a bold label run into its text."""

    label: str
    text: str


@dataclass(frozen=True)
class ItemList:
    """A sentence introducing a bulleted list; each item is (bold lead, text)."""

    lead_in: str
    items: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class ActivityTable:
    plan: rd.WorkPlanInfo
    as_of: date


@dataclass(frozen=True)
class Chart:
    name: str  # "rotation", "meetings", "activity_status" or "work_plan"
    caption: str
    plan: rd.WorkPlanInfo | None = None


Block = Para | Labelled | ItemList | ActivityTable | Chart


@dataclass(frozen=True)
class SectionDraft:
    """One section: drafted facts, the chair's narrative, and a starting list offered when it is empty."""

    key: str  # a NarrativeSection value, "work_plan" or "concluding"
    heading: str
    level: int = 1
    facts: tuple[Block, ...] = ()
    narrative: str = ""  # the chair's text, less any sentence the facts already say
    suggestions: tuple[Block, ...] = ()
    children: tuple[SectionDraft, ...] = ()

    @property
    def shown_suggestions(self) -> tuple[Block, ...]:
        return () if self.narrative else self.suggestions

    @property
    def has_content(self) -> bool:
        return bool(self.facts or self.narrative or self.shown_suggestions
                    or any(c.has_content for c in self.children))

    def facts_text(self) -> str:
        """The drafted facts as plain text, for a preview beside the narrative editor."""
        return "\n\n".join(_plain(b) for b in (*self.facts, *self.shown_suggestions) if _plain(b))


def _plain(block: Block) -> str:
    if isinstance(block, Para):
        return block.text
    if isinstance(block, Labelled):
        return f"{block.label}: {block.text}"
    if isinstance(block, ItemList):
        lines = [block.lead_in] if block.lead_in else []
        lines += [f"\u2022 {lead}{text}" for lead, text in block.items]
        return "\n".join(lines)
    if isinstance(block, ActivityTable):
        return f"[Table: the activities of the {block.plan.period_label} work plan]"
    return f"[Figure: {block.caption}]"


# --------------------------------------------------------------------------- sentences


def chairmanship_text(data: SubmissionData) -> str | None:
    """"Throughout 2022, the Chairmanship of the working group was held by …" (None: no chair)."""
    return chairmanship_sentence(data.terms, data.year)


def _role_noun(role: Role, n: int) -> str:
    singular, plural = _ROLE_NOUNS[role]
    return singular if n == 1 else plural


def membership_text(data: SubmissionData) -> str:
    """The year's arrivals, departures and changes of role, or the report's "no changes" sentence."""
    if not data.changes:
        return NO_MEMBERSHIP_CHANGES
    grouped: dict[tuple[date, str, Role], list[str]] = {}
    for change in data.changes:
        grouped.setdefault((change.day, change.change, change.role), []).append(change.entity)
    sentences = []
    for (day, change, role), entities in grouped.items():
        who = join_words(entities)
        on = un_date(day)
        if change == "joined":
            sentences.append(f"{who} joined the working group as {_role_noun(role, len(entities))} on {on}.")
        elif change == "role":
            sentences.append(f"{who} became {_role_noun(role, len(entities))} on {on}.")
        else:
            sentences.append(f"{who} left the working group on {on}.")
    return " ".join(sentences)


def tor_text(data: SubmissionData) -> str | None:
    """The terms-of-reference sentence, in the report's words; None if no date is recorded.

    "The Terms of Reference have not been revised since their latest review and
    submission to the Counter-Terrorism Compact Coordination Committee on 11
    December 2020."
    """
    group, committee = data.group, data.committee
    end = date(data.year, 12, 31)
    revised = group.tor_revised if group.tor_revised and group.tor_revised <= end else None
    submitted = group.tor_submitted if group.tor_submitted and group.tor_submitted <= end else None
    this_year = [d for d in (revised, submitted) if d is not None and d.year == data.year]
    if this_year:
        if revised and submitted and revised == submitted:
            return f"The Terms of Reference were revised and submitted to the {committee} on {un_date(submitted)}."
        parts = []
        if revised and revised.year == data.year:
            parts.append(f"revised on {un_date(revised)}")
        if submitted and (submitted.year == data.year or not parts):
            parts.append(f"submitted to the {committee} on {un_date(submitted)}")
        return f"The Terms of Reference were {' and '.join(parts)}."
    if submitted:
        return (
            "The Terms of Reference have not been revised since their latest review and "
            f"submission to the {committee} on {un_date(submitted)}."
        )
    if revised:
        return f"The Terms of Reference have not been revised since their latest review on {un_date(revised)}."
    return None


def meetings_text(data: SubmissionData) -> str:
    """"In 2022, the working group held five meetings (four regular quarterly meetings and one
    in-focus discussion)." and, before the year is over, the meetings still to come."""
    counts = Counter(mt.kind for mt in data.held)
    text = f"In {data.year}, the working group {meetings_sentence(counts)}."
    if data.scheduled:
        n = len(data.scheduled)
        days = join_words([un_date(mt.start.date()) for mt in data.scheduled])
        verb = "is" if n == 1 else "are"
        text += f" {_capital(count_phrase(n, 'further meeting'))} {verb} scheduled, on {days}."
    return text


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower_first(text: str) -> str:
    # "Research on AI" → "research on AI", but "UAS mapping" stays (an acronym).
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def _short_title(meeting: rd.MeetingInfo) -> str:
    """The meeting's title without the group's name and the year the list already gives."""
    title = meeting.title
    acronym = re.escape(meeting.group_acronym)
    title = re.sub(rf"^{acronym}(\s+working\s+group)?\s*[:\u2013\u2014-]\s*", "", title, flags=re.IGNORECASE)
    title = re.sub(rf"\s+{meeting.start.year}$", "", title)
    return _capital(title.strip()) or MEETING_KIND_NOUNS[meeting.kind][0].capitalize()


def meeting_topics(meeting: rd.MeetingInfo) -> list[str]:
    """What a meeting was about: its agenda items other than the standing ones."""
    return [
        _lower_first(item.title.rstrip("."))
        for item in meeting.agenda
        if item.activity or not _STANDING_ITEM.match(item.title)
    ]


def meeting_line(meeting: rd.MeetingInfo) -> tuple[str, str]:
    """("16 March 2022. ", "First-quarter regular meeting, held virtually. Topics: …")."""
    when = un_date_range(meeting.start.date(), meeting.last_day)
    how = _MODE_PHRASES[meeting.mode]
    if meeting.location:
        how += f" ({meeting.location})" if meeting.mode == MeetingMode.HYBRID else f" in {meeting.location}"
    text = f"{_short_title(meeting)}, {how}."
    topics = meeting_topics(meeting)
    if topics:
        text += f" Topics: {'; '.join(topics)}."
    return f"{when}. ", text


def _objectives(text: str) -> str:
    """The objectives as a sentence: "To map …" becomes "The primary objectives … are to map …"."""
    text = text.strip()
    if not text:
        return ""
    if not text.endswith((".", "!", "?")):
        text += "."
    if text.startswith("To "):
        return f"The primary objectives of the working group are to {text[3:]}"
    if not text[0].isupper() or text[0] in "(0123456789":
        return f"The primary objectives of the working group are: {text}"
    return text


def _chair_dates(data: SubmissionData) -> str:
    first, last = date(data.year, 1, 1), date(data.year, 12, 31)
    terms = [t for t in data.composition.chairs]
    if len(terms) == 1 and terms[0].start <= first and (terms[0].end is None or terms[0].end >= last):
        return terms[0].entity
    parts = []
    for term in terms:
        start, end = max(term.start, first), min(term.end or last, last)
        parts.append(f"{term.entity} ({un_date_range(start, end)})")
    return join_words(parts)


def _composition_lines(data: SubmissionData) -> list[Labelled]:
    c = data.composition
    lines = []
    if c.chairs:
        lines.append(Labelled("Chair", _chair_dates(data)))
    if c.vice_chairs:
        lines.append(Labelled("Vice-Chair" if len(c.vice_chairs) == 1 else "Vice-Chairs", join_words(c.vice_chairs)))
    if c.members:
        lines.append(Labelled("Members", join_words(c.members)))
    if c.observers:
        lines.append(Labelled("Observer" if len(c.observers) == 1 else "Observers", join_words(c.observers)))
    return lines


def _status_phrase(status: ActivityStatus, n: int) -> str:
    one = n == 1
    return {
        ActivityStatus.COMPLETED: "has been completed" if one else "have been completed",
        ActivityStatus.IN_PROGRESS: "is in progress" if one else "are in progress",
        ActivityStatus.DELAYED: "is delayed" if one else "are delayed",
        ActivityStatus.NOT_STARTED: "has not started" if one else "have not started",
        ActivityStatus.CANCELLED: "has been cancelled" if one else "have been cancelled",
    }[status]


def work_plan_text(plan: rd.WorkPlanInfo) -> str:
    """"The working group's work plan for 2021–2022 comprises four outputs and 12 activities. Of
    these, six have been completed, five are in progress and one is delayed." """
    activities = plan.activities
    text = (
        f"The working group\u2019s work plan for {plan.period_label} comprises "
        f"{count_phrase(len(plan.outputs), 'output')} and {count_phrase(len(activities), 'activity', 'activities')}."
    )
    counts = Counter(a.status for a in activities)
    present = [s for s in _STATUS_ORDER if counts[s]]
    if len(present) == 1 and len(activities) > 1:
        status = present[0]
        text += f" All of them {_status_phrase(status, 2)}."
    elif present:
        parts = [f"{number_words(counts[s])} {_status_phrase(s, counts[s])}" for s in present]
        text += f" Of these, {join_words(parts)}."
    return text


def _percent(n: int) -> str:
    return f"{n} per cent"  # UN style: figures with "per cent"


def _activity_item(activity: rd.ActivityInfo) -> tuple[str, str]:
    details = []
    if activity.lead:
        details.append(f"lead: {join_words(activity.lead)}")
    if activity.due:
        details.append(f"due {un_date(activity.due)}")
    status = rd.ACTIVITY_STATUS_LABELS[activity.status].lower()
    if activity.status in (ActivityStatus.IN_PROGRESS, ActivityStatus.DELAYED) and activity.progress:
        status += f", {_percent(activity.progress)}"
    details.append(status)
    return f"{activity.code} ", f"{activity.title} ({'; '.join(details)})."


def _action_item(action: rd.ActionLine) -> tuple[str, str]:
    details = [action.owner] if action.owner else []
    if action.due:
        details.append(f"due {un_date(action.due)}")
    suffix = f" ({'; '.join(details)})" if details else ""
    return "", f"{action.text.rstrip('.')}{suffix}."


# --------------------------------------------------------------------------- narratives


def _normal(sentence: str) -> str:
    text = unicodedata.normalize("NFKC", sentence)
    text = text.translate({0x2019: "'", 0x2018: "'", 0x201C: '"', 0x201D: '"'})
    return " ".join(text.split()).strip().casefold()


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z0-9\u201c\"(\u2018'])", text.strip()) if s]


def without_repeats(narrative: str, facts: Sequence[str]) -> str:
    """The narrative less the sentences the drafted facts already say (ignoring quote styles).

    Chairs often paste last year's submission, which repeats the chairmanship
    and terms-of-reference sentences the export now drafts; saying them twice
    reads badly. The narrative's paragraphs and lists are kept.
    """
    known = {_normal(s) for fact in facts for s in _sentences(fact)}
    if not known or not narrative.strip():
        return narrative.strip()

    def keep(text: str) -> str:
        return " ".join(s for s in _sentences(text) if _normal(s) not in known)

    parts = []
    for block in split_blocks(narrative):
        if isinstance(block, list):
            items = [kept for item in block if (kept := keep(item))]
            if items:
                parts.append("\n".join(f"- {item}" for item in items))
        elif kept := keep(block):
            parts.append(kept)
    return "\n\n".join(parts)


# --------------------------------------------------------------------------- drafting


def _texts(blocks: Sequence[Block]) -> list[str]:
    return [b.text for b in blocks if isinstance(b, (Para, Labelled))]


def draft_sections(data: SubmissionData) -> list[SectionDraft]:
    """The submission's sections in the secretariat's order, with what each will say."""
    narrative = data.narratives
    sections: list[SectionDraft] = []

    # 1. Mandate, primary objectives and composition
    facts: list[Block] = []
    if data.group.mandate:
        facts.append(Para(data.group.mandate))
    if objectives := _objectives(data.group.objectives):
        facts.append(Para(objectives))
    facts += _composition_lines(data)
    sentences = [s for s in (chairmanship_text(data), membership_text(data), tor_text(data)) if s]
    facts.append(Para(" ".join(sentences)))
    if len(data.composition.chair_entities) > 1 or len(data.composition.chairs) > 1:
        facts.append(Chart("rotation", f"Chairmanship of the working group in {data.year}"))
    sections.append(_section(NarrativeSection.MANDATE, facts, narrative))

    # 2. Coordination and coherence
    facts = [Para(meetings_text(data))]
    if data.held:
        facts.append(ItemList("", tuple(meeting_line(mt) for mt in data.held)))
        facts.append(Chart("meetings", f"Meetings of the working group in {data.year}, by quarter and kind"))
    sections.append(_section(NarrativeSection.COORDINATION, facts, narrative))

    # 3–6. The chair's narratives
    for key in (NarrativeSection.CAPACITY_BUILDING, NarrativeSection.RESEARCH,
                NarrativeSection.ADVOCACY, NarrativeSection.REGIONAL):
        sections.append(_section(key, [], narrative))

    # The work plan: activity table and charts
    facts = []
    several = len(data.work_plans) > 1
    for plan in data.work_plans:
        if several:
            facts.append(Labelled("Work plan", plan.period_label))
        facts.append(Para(work_plan_text(plan)))
        if plan.activities:
            facts.append(ActivityTable(plan, data.as_of))
            facts.append(Chart("activity_status", f"Status of the activities of the {plan.period_label} work plan, by output", plan))
            facts.append(Chart("work_plan", f"Timeline of the {plan.period_label} work plan", plan))
    sections.append(SectionDraft("work_plan", WORK_PLAN_HEADING, facts=tuple(facts)))

    # 7. Concluding observations and way forward
    overdue = [a for plan in data.work_plans for a in plan.activities if rd.activity_is_overdue(a, data.as_of)]
    challenges: list[Block] = []
    if overdue:
        challenges.append(ItemList(
            f"The following activities were delayed or not completed by their due date, "
            f"as at {un_date(data.as_of)}:",
            tuple(_activity_item(a) for a in overdue),
        ))
    priorities: list[Block] = []
    if data.open_actions:
        priorities.append(ItemList(
            f"The following action items remain open and will be taken forward in {data.year + 1}:",
            tuple(_action_item(a) for a in data.open_actions),
        ))
    children = (
        _section(NarrativeSection.CHALLENGES, [], narrative, level=2, suggestions=challenges),
        _section(NarrativeSection.LESSONS, [], narrative, level=2),
        _section(NarrativeSection.WAY_FORWARD, [], narrative, level=2, suggestions=priorities,
                 heading=f"Priorities for {data.year + 1}"),
    )
    sections.append(SectionDraft("concluding", CONCLUDING_HEADING, children=children))
    return sections


def _section(
    key: NarrativeSection, facts: Sequence[Block], narratives: Mapping[NarrativeSection, str], *,
    level: int = 1, suggestions: Sequence[Block] = (), heading: str | None = None,
) -> SectionDraft:
    text = without_repeats(narratives.get(key, ""), _texts(facts))
    return SectionDraft(
        key=key.value, heading=heading or SECTION_HEADINGS[key], level=level,
        facts=tuple(facts), narrative=text, suggestions=tuple(suggestions),
    )


# --------------------------------------------------------------------------- rendering


def render_submission(
    data: SubmissionData, template: Path | str | None = None, *,
    warnings: list[str] | None = None, notes: list[str] | None = None,
) -> Document:
    """Lay the drafted sections out in a Word document in the template's styles.

    ``warnings`` receives what the person should know about the template (a
    missing style); ``notes`` the sections left out or started from open items.
    """
    builder = DocxBuilder(template)
    group = data.group
    builder.core_properties(
        title=f"{group.full_name}: annual submission {data.year}",
        subject=f"Annual submission for {data.year}",
        author=f"{group.acronym} working group",
    )
    builder.title_block(
        group.full_name,
        subtitle=[
            f"Annual submission for {data.year}",
            f"Pillar {group.pillar.value}: {rd.PILLAR_TITLES[group.pillar]}",
        ],
    )
    builder.header_footer(f"{group.acronym} working group \u00b7 Annual submission {data.year}")

    for section in draft_sections(data):
        _render_section(builder, data, section, notes)
    if warnings is not None:
        warnings.extend(builder.warnings)
    return builder.document


def _render_section(builder: DocxBuilder, data: SubmissionData, section: SectionDraft,
                    notes: list[str] | None) -> None:
    if not section.has_content:
        if notes is not None:
            notes.append(f"{section.heading}: nothing recorded for {data.year}; the section is left out.")
        return
    builder.heading(section.heading, section.level)
    # A figure between the drafted facts and the chair's prose would cut the
    # text in two: with a narrative, the section's charts close it.
    charts_last = bool(section.narrative)
    for block in section.facts:
        if not (charts_last and isinstance(block, Chart)):
            _render_block(builder, data, block)
    if section.narrative:
        builder.text_block(section.narrative)
        for block in section.facts:
            if isinstance(block, Chart):
                _render_block(builder, data, block)
    elif section.suggestions:
        if notes is not None:
            notes.append(
                f"{section.heading}: no text of the chair's for {data.year} yet; "
                "the open items are listed as a starting point."
            )
        for block in section.suggestions:
            _render_block(builder, data, block)
    for child in section.children:
        _render_section(builder, data, child, notes)


def _render_block(builder: DocxBuilder, data: SubmissionData, block: Block) -> None:
    if isinstance(block, Para):
        builder.paragraph(block.text)
    elif isinstance(block, Labelled):
        builder.labelled(block.label, block.text)
    elif isinstance(block, ItemList):
        if block.lead_in:
            builder.paragraph(block.lead_in)
        builder.bullets(block.items)
    elif isinstance(block, ActivityTable):
        _activity_table(builder, block)
    elif isinstance(block, Chart):
        _chart(builder, data, block)


def _activity_table(builder: DocxBuilder, block: ActivityTable) -> None:
    builder.table_caption(f"Activities of the {block.plan.period_label} work plan, by output")
    rows: list[Sequence[str] | GroupRow] = []
    for output in block.plan.outputs:
        rows.append(GroupRow(f"Output {output.code}. {output.title}"))
        for a in output.activities:
            rows.append(activity_row(a, block.as_of))
    builder.table(
        ["Code", "Activity", "Lead", "Status", "Progress"], rows,
        widths_cm=_fit([1.2, 6.0, 2.2, 2.2, 4.4], builder.text_width_cm),
    )


def activity_row(activity: rd.ActivityInfo, as_of: date) -> list[str]:
    """[code, activity, lead, status, progress note] as the activity table shows them."""
    status = rd.ACTIVITY_STATUS_LABELS[activity.status]
    if activity.status in (ActivityStatus.IN_PROGRESS, ActivityStatus.DELAYED) and activity.progress:
        status += f" ({activity.progress}%)"
    note = activity.latest_update(as_of)
    return [activity.code, activity.title, join_words(activity.lead) or "\u2013", status,
            note.text if note else ""]


def _fit(widths: Sequence[float], available: float) -> list[float]:
    total = sum(widths)
    return [w * available / total for w in widths] if total > available else list(widths)


def _chart(builder: DocxBuilder, data: SubmissionData, block: Chart) -> None:
    # matplotlib is loaded only when a document with charts is made.
    from chairdesk.reports import charts, timelines

    if block.name == "rotation":
        first, last = date(data.year, 1, 1), date(data.year, 12, 31)
        figure = timelines.rotation_timeline(
            timelines.RotationTimeline("", data.terms, first, last, today=_in_year(data)),
        )
    elif block.name == "meetings":
        figure = charts.meetings_per_quarter(meetings_bars(data.held, data.year, width_inches=5.2, height_inches=2.6))
    elif block.name == "activity_status" and block.plan is not None:
        figure = charts.activity_status_by_output(status_bars(block.plan))
    elif block.name == "work_plan" and block.plan is not None:
        figure = timelines.work_plan_timeline(
            timelines.work_plan_timeline_data(block.plan.outputs, _in_year(data), rd.ACTIVITY_STATUS_LABELS)
        )
    else:
        raise ValueError(f"unknown chart {block.name!r}")
    width_cm = min(figure.get_figwidth() * 2.54, builder.text_width_cm)
    builder.picture(charts.figure_png(figure, dpi=CHART_DPI), width_cm, caption=block.caption)


#: Charts go into documents as PNG at this resolution: sharp in print, small in the file.
CHART_DPI = 200


def _in_year(data: SubmissionData) -> date | None:
    """"Today" on a chart of the year: only while the year is running."""
    return data.today if data.today.year == data.year else None


def meetings_bars(  # noqa: ANN201 - a charts.StackedBars
    meetings: Sequence[rd.MeetingInfo], year: int, *, width_inches: float = 6.5,
    height_inches: float | None = None,
):
    """The meetings-per-quarter chart's data: one bar per quarter, one segment per kind."""
    from chairdesk.reports.charts import Series, StackedBars

    quarters = quarters_of_year(year)
    counts = Counter((q.number, mt.kind) for mt in meetings for q in quarters if q.contains(mt.start.date()))
    series = tuple(
        Series(kind.value, MEETING_KIND_NOUNS[kind][1].capitalize(), tuple(counts[(q.number, kind)] for q in quarters))
        for kind in MeetingKind
    )
    return StackedBars(
        title="", categories=tuple(f"{q.label} {year}" for q in quarters), series=series,
        value_label="Meetings", empty_text=f"No meetings in {year}", width_inches=width_inches,
        height_inches=height_inches,
    )


def status_bars(plan: rd.WorkPlanInfo):  # noqa: ANN201
    """The activity-status chart's data: one bar per output, one segment per status."""
    from chairdesk.reports.charts import Series, StackedBars

    series = tuple(
        Series(status.value, rd.ACTIVITY_STATUS_LABELS[status],
               tuple(sum(1 for a in o.activities if a.status == status) for o in plan.outputs))
        for status in _STATUS_ORDER
    )
    return StackedBars(
        title="", categories=tuple(f"{o.code}. {o.title}" for o in plan.outputs), series=series,
        value_label="Activities", empty_text="No activities yet",
    )


# --------------------------------------------------------------------------- entry points


def _check_language(language: str) -> None:
    if language not in SUPPORTED_LANGUAGES:
        raise ReportError(
            f"documents in {language!r} are not available yet; ChairDesk writes them in "
            + join_words([repr(code) for code in SUPPORTED_LANGUAGES])
        )


def build_submission(
    session: Session, group_id: str, year: int, template: Path | str | None = None,
    language: str = "en", *, today: date | None = None, committee: str = DEFAULT_COMMITTEE,
    warnings: list[str] | None = None, notes: list[str] | None = None,
) -> Document:
    """The group's annual submission for ``year`` as a python-docx Document (not saved)."""
    _check_language(language)
    data = submission_data(session, group_id, year, today=today, committee=committee)
    return render_submission(data, template, warnings=warnings, notes=notes)


def write_submission(
    session: Session, group_id: str, year: int, target: Path | str,
    template: Path | str | None = None, language: str = "en", *,
    today: date | None = None, committee: str = DEFAULT_COMMITTEE,
) -> ExportResult:
    """Build the submission and save it at ``target`` atomically (never a half-written file)."""
    from chairdesk.reports.docx_builder import save_document

    result = ExportResult(Path(target))
    document = build_submission(
        session, group_id, year, template, language, today=today, committee=committee,
        warnings=result.warnings, notes=result.notes,
    )
    save_document(document, result.path)
    return result
