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
open action items are put there as a starting list. The concluding chapter
opens with the chair's own paragraph (the `concluding` narrative), if any.

Each fact is said once: the Chair in the chairmanship sentence (no "Chair:"
line, no rotation figure). A figure is drawn only where it shows something a
sentence does not: meetings held alike in every quarter, one status or one
output, activities that all share their dates are said in words instead. A
chart taller than a third of a page (`DocxBuilder.max_figure_height_cm`) is
drawn in parts, by output, on one time axis; every figure has alternative text.

`submission_data` reads everything in one session; `draft_sections` turns it
into text blocks (what the application previews beside each narrative);
`render_submission` lays those out in a Word document (its sections by
`render_body`, which the Year in Review's chapters share); `build_submission`
and `write_submission` do all three, and put the group's records for the year
inside the document for the secretariat (`chairdesk.reports.embedded`).

The fixed wording (headings, labels, the drafted sentences) is written in the
document language given to `submission_data` or `build_submission`
(``language="en"`` or ``"fr"``, from `chairdesk.reports.phrases`); the
chair's narratives are exported as written.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from chairdesk.domain.quarters import quarters_of_year
from chairdesk.domain.rotations import ChairTerm as Term
from chairdesk.domain.vocabulary import ActivityStatus, MeetingKind, NarrativeSection
from chairdesk.reports import report_data as rd
from chairdesk.reports.docx_builder import (
    DocxBuilder,
    ExportResult,
    GroupRow,
    ReportError,
    split_blocks,
)
from chairdesk.reports.messages import Message
from chairdesk.reports.phrases import SUPPORTED_LANGUAGES, Phrases, phrases
from chairdesk.store.composition_queries import GroupDetails

if TYPE_CHECKING:
    from docx.document import Document

__all__ = [
    "DEFAULT_COMMITTEE",
    "NO_MEMBERSHIP_CHANGES",
    "SECTION_HEADINGS",
    "SUPPORTED_LANGUAGES",
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
    "render_body",
    "render_submission",
    "section_headings",
    "submission_data",
    "tor_text",
    "write_submission",
]

_EN = phrases("en")

#: Where the terms of reference go, as the 2022 report names it (a setting of the export;
#: left at this default, a French submission names the committee in French).
DEFAULT_COMMITTEE = _EN.default_committee

#: The report's sentence for a year without membership changes (its apostrophe included).
NO_MEMBERSHIP_CHANGES = _EN.no_membership_changes

#: The section headings in English (`section_headings(language)` for another language);
#: the draft names the year in the priorities' heading.
SECTION_HEADINGS: dict[NarrativeSection, str] = dict(_EN.section_headings)
WORK_PLAN_HEADING = _EN.work_plan_heading
CONCLUDING_HEADING = _EN.concluding_heading


def section_headings(language: str = "en") -> dict[NarrativeSection, str]:
    """The narrative sections' headings in a document language ("en" or "fr")."""
    return dict(phrases(language).section_headings)


# Agenda items every meeting has; they say nothing about what a meeting was about.
_STANDING_ITEM = re.compile(
    r"^\s*(opening|welcome|adoption of the agenda|updates? from (the )?(chair|members)|"
    r"any other business|aob\b|open discussion|conclusions?( and next steps)?|closing|"
    r"questions and answers|tour de table|date of the next meeting|wrap[- ]up)",
    re.IGNORECASE,
)
_STATUS_ORDER = (
    ActivityStatus.COMPLETED,
    ActivityStatus.IN_PROGRESS,
    ActivityStatus.DELAYED,
    ActivityStatus.NOT_STARTED,
    ActivityStatus.CANCELLED,
)


# --------------------------------------------------------------------------- the data


@dataclass(frozen=True)
class SubmissionData:
    """Everything a group's submission for a year says, read in one session."""

    group: GroupDetails
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
    language: str = "en"  # the document language of the drafted wording ("en" or "fr")

    @property
    def words(self) -> Phrases:
        return phrases(self.language)

    @functools.cached_property
    def drafts(self) -> tuple[SectionDraft, ...]:
        """The sections as drafted (`draft_sections`), drafted once: an export lays them out in
        the body and again in the layout it embeds for the secretariat."""
        return tuple(_draft_sections(self))


def submission_data(
    session: Session,
    group_id: str,
    year: int,
    *,
    today: date | None = None,
    committee: str = DEFAULT_COMMITTEE,
    language: str = "en",
) -> SubmissionData:
    """Everything the submission says; ``language`` ("en" or "fr") is the drafted wording's.

    The committee left at its (English) default is named in the document's language.
    """
    words = _phrases(language)
    committee = committee.strip()
    if not committee or committee == DEFAULT_COMMITTEE:
        committee = words.default_committee
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
        committee=committee,
        language=language,
    )


# --------------------------------------------------------------------------- the blocks


@dataclass(frozen=True)
class Para:
    text: str


@dataclass(frozen=True)
class Labelled:
    """ "Vice-Chair: UNOCT": a bold label run into its text."""

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
    language: str = "en"  # of the table's headers and status labels (`activity_row`)


@dataclass(frozen=True)
class Chart:
    name: str  # "meetings", "activity_status" or "work_plan"
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
    language: str = "en"  # of the heading and the drafted facts

    @property
    def shown_suggestions(self) -> tuple[Block, ...]:
        return () if self.narrative else self.suggestions

    @property
    def has_content(self) -> bool:
        return bool(
            self.facts
            or self.narrative
            or self.shown_suggestions
            or any(c.has_content for c in self.children)
        )

    def facts_text(self) -> str:
        """The drafted facts as plain text, for a preview beside the narrative editor."""
        words = phrases(self.language)
        return "\n\n".join(
            _plain(b, words) for b in (*self.facts, *self.shown_suggestions) if _plain(b, words)
        )


def _plain(block: Block, words: Phrases = _EN) -> str:
    if isinstance(block, Para):
        return block.text
    if isinstance(block, Labelled):
        return f"{words.label(block.label)}{block.text}"
    if isinstance(block, ItemList):
        lines = [block.lead_in] if block.lead_in else []
        lines += [f"\u2022 {lead}{text}" for lead, text in block.items]
        return "\n".join(lines)
    if isinstance(block, ActivityTable):
        return words.table_placeholder(block.plan.period_label)
    return words.figure_placeholder(block.caption)


# --------------------------------------------------------------------------- sentences


def chairmanship_text(data: SubmissionData) -> str | None:
    """ "Throughout 2022, the Chairmanship of the working group was held by …" (None: no chair)."""
    return data.words.chairmanship_sentence(data.terms, data.year)


def membership_text(data: SubmissionData) -> str:
    """The year's arrivals, departures and changes of role, or the report's "no changes" sentence."""
    words = data.words
    if not data.changes:
        return words.no_membership_changes
    grouped: dict[tuple[date, str, str], list[str]] = {}
    for change in data.changes:
        grouped.setdefault((change.day, change.change, change.role), []).append(change.entity)
    return " ".join(
        words.membership_change(change, entities, role, day)
        for (day, change, role), entities in grouped.items()
    )


def tor_text(data: SubmissionData) -> str | None:
    """The terms-of-reference sentence, in the report's words; None if no date is recorded.

    "The Terms of Reference have not been revised since their latest review and
    submission to the Counter-Terrorism Compact Coordination Committee on 11
    December 2020."
    """
    group, committee, words = data.group, data.committee, data.words
    end = date(data.year, 12, 31)
    revised = group.tor_revised if group.tor_revised and group.tor_revised <= end else None
    submitted = group.tor_submitted if group.tor_submitted and group.tor_submitted <= end else None
    this_year = [d for d in (revised, submitted) if d is not None and d.year == data.year]
    if this_year:
        if revised and submitted and revised == submitted:
            return words.tor_revised_and_submitted(committee, submitted)
        said_revised = revised if revised and revised.year == data.year else None
        said_submitted = (
            submitted if submitted and (submitted.year == data.year or not said_revised) else None
        )
        return words.tor_this_year(committee, said_revised, said_submitted)
    if submitted:
        return words.tor_not_revised_since_submission(committee, submitted)
    if revised:
        return words.tor_not_revised_since_review(revised)
    return None


def meetings_text(data: SubmissionData) -> str:
    """ "In 2022, the working group held five meetings (four regular quarterly meetings and one
    in-focus discussion)." and, before the year is over, the meetings still to come.

    Meetings held alike in every quarter of a finished year are said in a sentence
    ("It held one regular quarterly meeting in each quarter."), where a chart of
    four equal bars would show nothing more.
    """
    counts = Counter(mt.kind for mt in data.held)
    text = data.words.meetings_text(data.year, counts, [mt.start.date() for mt in data.scheduled])
    if (even := _evenly_spread(data)) is not None:
        text += " " + data.words.evenly_spread(even)
    return text


def _by_quarter(data: SubmissionData) -> list[Counter[MeetingKind]]:
    quarters = quarters_of_year(data.year)
    return [Counter(mt.kind for mt in data.held if q.contains(mt.start.date())) for q in quarters]


def _evenly_spread(data: SubmissionData) -> Counter[MeetingKind] | None:
    """The meetings of one quarter, if every quarter of the (whole) year had the same; else None."""
    if data.scheduled or data.as_of < date(data.year, 12, 31) or not data.held:
        return None
    quarters = _by_quarter(data)
    return quarters[0] if all(q == quarters[0] for q in quarters) else None


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _short_title(meeting: rd.MeetingInfo, words: Phrases = _EN) -> str:
    """The meeting's title without the group's name and the year the list already gives."""
    title = meeting.title
    acronym = re.escape(meeting.group_acronym)
    title = re.sub(
        rf"^{acronym}(\s+working\s+group)?\s*[:\u2013\u2014-]\s*", "", title, flags=re.IGNORECASE
    )
    title = re.sub(rf"\s+{meeting.start.year}$", "", title)
    return _capital(title.strip()) or words.meeting_kind_noun(meeting.kind)


def meeting_topics(meeting: rd.MeetingInfo) -> list[str]:
    """What a meeting was about: its agenda items other than the standing ones, as written.

    Their case is the chair's: "Special Rapporteur's report" and "Model
    Legislative Provisions" begin with capitals that no rule could tell from a
    sentence's.
    """
    return [
        item.title.rstrip(".")
        for item in meeting.agenda
        if item.activity or not _STANDING_ITEM.match(item.title)
    ]


def meeting_line(meeting: rd.MeetingInfo, language: str = "en") -> tuple[str, str]:
    """("16 March 2022. ", "First-quarter regular meeting, held virtually. Topics: …")."""
    words = phrases(language)
    when = words.date_range(meeting.start.date(), meeting.last_day)
    name = words.meeting_name(_short_title(meeting, words), meeting.kind)
    text = f"{name}, {words.meeting_how(meeting.mode, meeting.location)}."
    topics = meeting_topics(meeting)
    if topics:
        text += words.topics(topics)
    return f"{when}. ", text


def _objectives(text: str, words: Phrases = _EN) -> str:
    """The objectives as a sentence: "To map …" becomes "The primary objectives … are to map …"."""
    text = text.strip()
    if not text:
        return ""
    if not text.endswith((".", "!", "?")):
        text += "."
    return words.objectives(text)


def _chair_dates(data: SubmissionData) -> str:
    words = data.words
    first, last = date(data.year, 1, 1), date(data.year, 12, 31)
    terms = list(data.composition.chairs)
    if (
        len(terms) == 1
        and terms[0].start <= first
        and (terms[0].end is None or terms[0].end >= last)
    ):
        return terms[0].entity
    parts = []
    for term in terms:
        start, end = max(term.start, first), min(term.end or last, last)
        parts.append(f"{term.entity} ({words.date_range(start, end)})")
    return words.join(parts)


def _composition_lines(data: SubmissionData) -> list[Labelled]:
    """Vice-Chairs, members and observers; the Chair only where no chairmanship sentence names it."""
    c, words = data.composition, data.words
    lines = []
    if c.chairs and chairmanship_text(data) is None:
        lines.append(Labelled(words.chair_label, _chair_dates(data)))
    if c.vice_chairs:
        lines.append(
            Labelled(words.vice_chairs_label(len(c.vice_chairs)), words.join(c.vice_chairs))
        )
    if c.members:
        lines.append(Labelled(words.members_label, words.join(c.members)))
    if c.observers:
        lines.append(Labelled(words.observers_label(len(c.observers)), words.join(c.observers)))
    return lines


def work_plan_text(plan: rd.WorkPlanInfo, language: str = "en") -> str:
    """ "The working group's work plan for 2021–2022 comprises four outputs and 12 activities. Of
    these, six have been completed, five are in progress and one is delayed." """
    activities = plan.activities
    counts = Counter(a.status for a in activities)
    by_status = [(s, counts[s]) for s in _STATUS_ORDER if counts[s]]
    return phrases(language).work_plan_text(
        plan.period_label, len(plan.outputs), len(activities), by_status
    )


def _activity_item(activity: rd.ActivityInfo, words: Phrases = _EN) -> tuple[str, str]:
    details = words.activity_details(
        activity.lead, activity.due, activity.status, activity.progress
    )
    return f"{activity.code} ", f"{activity.title} ({details})."


def _action_item(action: rd.ActionLine, words: Phrases = _EN) -> tuple[str, str]:
    details = words.action_details(action.owner, action.due)
    suffix = f" ({details})" if details else ""
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


def _english_facts(data: SubmissionData) -> dict[str, list[str]]:
    """The drafted facts of each section in English, by section key.

    A chair who pasted last year's English submission into a narrative repeats
    sentences the export drafts; in a document in another language they are
    repeats all the same, and are left out as the English ones are.
    """
    committee = (
        DEFAULT_COMMITTEE if data.committee == data.words.default_committee else data.committee
    )
    english = replace(data, language="en", committee=committee)
    found: dict[str, list[str]] = {}
    for draft in draft_sections(english):
        for section in (draft, *draft.children):
            found[section.key] = _texts(section.facts)
    return found


def draft_sections(data: SubmissionData) -> list[SectionDraft]:
    """The submission's sections in the secretariat's order, with what each will say."""
    return list(data.drafts)


def _draft_sections(data: SubmissionData) -> list[SectionDraft]:
    narrative, words, language = data.narratives, data.words, data.language
    sections: list[SectionDraft] = []
    also_said = _english_facts(data) if language != "en" and narrative else {}

    def _section(
        key: NarrativeSection,
        facts: Sequence[Block],
        *,
        level: int = 1,
        suggestions: Sequence[Block] = (),
        heading: str | None = None,
    ) -> SectionDraft:
        return _narrative_section(
            key,
            facts,
            narrative,
            words,
            level=level,
            suggestions=suggestions,
            heading=heading,
            also_said=also_said.get(key.value, ()),
        )

    # 1. Mandate, primary objectives and composition
    facts: list[Block] = []
    if data.group.mandate:
        facts.append(Para(data.group.mandate))
    if objectives := _objectives(data.group.objectives, words):
        facts.append(Para(objectives))
    facts += _composition_lines(data)
    # The chair is said once: in the chairmanship sentence (no "Chair:" line, no rotation figure).
    sentences = [s for s in (chairmanship_text(data), membership_text(data), tor_text(data)) if s]
    facts.append(Para(" ".join(sentences)))
    sections.append(_section(NarrativeSection.MANDATE, facts))

    # 2. Coordination and coherence
    facts = [Para(meetings_text(data))]
    if data.held:
        facts.append(ItemList("", tuple(meeting_line(mt, language) for mt in data.held)))
        if _evenly_spread(data) is None:
            facts.append(Chart("meetings", words.meetings_caption(data.year)))
    sections.append(_section(NarrativeSection.COORDINATION, facts))

    # 3–6. The chair's narratives
    for key in (
        NarrativeSection.CAPACITY_BUILDING,
        NarrativeSection.RESEARCH,
        NarrativeSection.ADVOCACY,
        NarrativeSection.REGIONAL,
    ):
        sections.append(_section(key, []))

    # The work plan: activity table and charts
    facts = []
    several = len(data.work_plans) > 1
    for plan in data.work_plans:
        if several:
            facts.append(Labelled(words.work_plan_label, plan.period_label))
        facts.append(Para(work_plan_text(plan, language)))
        if plan.activities:
            facts.append(ActivityTable(plan, data.as_of, language))
            facts += _work_plan_figures(plan, words)
    sections.append(
        SectionDraft("work_plan", words.work_plan_heading, facts=tuple(facts), language=language)
    )

    # 7. Concluding observations and way forward
    overdue = [
        a
        for plan in data.work_plans
        for a in plan.activities
        if rd.activity_is_overdue(a, data.as_of)
    ]
    challenges: list[Block] = []
    if overdue:
        challenges.append(
            ItemList(
                words.overdue_lead_in(data.as_of),
                tuple(_activity_item(a, words) for a in overdue),
            )
        )
    priorities: list[Block] = []
    if data.open_actions:
        priorities.append(
            ItemList(
                words.open_actions_lead_in(data.year + 1),
                tuple(_action_item(a, words) for a in data.open_actions),
            )
        )
    children = (
        _section(NarrativeSection.CHALLENGES, [], level=2, suggestions=challenges),
        _section(NarrativeSection.LESSONS, [], level=2),
        _section(
            NarrativeSection.WAY_FORWARD,
            [],
            level=2,
            suggestions=priorities,
            heading=words.priorities_heading(data.year + 1),
        ),
    )
    # The chapter's own paragraph (the chair's concluding observations), then its parts.
    sections.append(replace(_section(NarrativeSection.CONCLUDING, []), children=children))
    return sections


def _work_plan_figures(plan: rd.WorkPlanInfo, words: Phrases) -> list[Block]:
    """The work plan's charts, where they show something the table and the sentence do not.

    The status chart needs two outputs and two statuses to compare (else the
    sentence above says it all); the timeline needs dates, and dates that differ
    (else a sentence says them).
    """
    blocks: list[Block] = []
    statuses = {a.status for a in plan.activities}
    if len(plan.outputs) > 1 and len(statuses) > 1:
        blocks.append(Chart("activity_status", words.status_caption(plan.period_label), plan))
    dated = [a for a in plan.activities if a.start or a.due]
    spans = {(a.start, a.due) for a in dated}
    if not dated:
        blocks.append(Para(words.no_dated_activities))
    elif (
        len(spans) == 1 and len(dated) == len(plan.activities) > 1 and None not in next(iter(spans))
    ):
        start, due = next(iter(spans))
        blocks.append(Para(words.same_dates(start, due)))
    else:
        blocks.append(Chart("work_plan", words.timeline_caption(plan.period_label), plan))
    return blocks


def _narrative_section(
    key: NarrativeSection,
    facts: Sequence[Block],
    narratives: Mapping[NarrativeSection, str],
    words: Phrases = _EN,
    *,
    level: int = 1,
    suggestions: Sequence[Block] = (),
    heading: str | None = None,
    also_said: Sequence[str] = (),
) -> SectionDraft:
    text = without_repeats(narratives.get(key, ""), [*_texts(facts), *also_said])
    return SectionDraft(
        key=key.value,
        heading=heading or words.section_headings[key],
        level=level,
        facts=tuple(facts),
        narrative=text,
        suggestions=tuple(suggestions),
        language=words.language,
    )


# --------------------------------------------------------------------------- rendering


def render_submission(
    data: SubmissionData,
    template: Path | str | None = None,
    *,
    warnings: list[str] | None = None,
    notes: list[str] | None = None,
) -> Document:
    """Lay the drafted sections out in a Word document in the template's styles.

    ``warnings`` receives what the person should know about the template (a
    missing style); ``notes`` the sections left out or started from open items,
    and a group name that could not be given in the document's language.
    Both hold `Message`s, worded again by whoever shows them.
    """
    builder = DocxBuilder(template, language=data.language)
    group, words = data.group, data.words
    name = rd.group_name(group, words)
    builder.core_properties(
        title=words.submission_title(name, data.year),
        subject=words.submission_subject(data.year),
        keywords=(group.acronym, str(data.year)),
    )
    builder.title_block(
        name, subtitle=[words.submission_subject(data.year), words.pillar_line(group.pillar)]
    )
    builder.header_footer(words.submission_header(group.acronym, data.year))
    if notes is not None and not words.uses_recorded_name(group.name_fr):
        notes.append(Message("no_french_name", group=group.acronym))

    render_body(builder, data, notes=notes)
    if warnings is not None:
        warnings.extend(builder.warnings)
    return builder.document


def render_body(
    builder: DocxBuilder, data: SubmissionData, *, deeper: int = 0, notes: list[str] | None = None
) -> None:
    """The submission's sections, in order: the one body the submission and the Year in Review share.

    The review's chapter of a group is this body ``deeper`` heading levels down.
    """
    for section in draft_sections(data):
        _render_section(builder, data, section, notes, deeper)


def _render_section(
    builder: DocxBuilder,
    data: SubmissionData,
    section: SectionDraft,
    notes: list[str] | None,
    deeper: int = 0,
) -> None:
    if not section.has_content:
        if notes is not None:
            notes.append(Message("section_left_out", heading=section.heading, year=data.year))
        return
    builder.heading(section.heading, section.level + deeper)
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
            notes.append(Message("open_items_listed", heading=section.heading, year=data.year))
        for block in section.suggestions:
            _render_block(builder, data, block)
    for child in section.children:
        _render_section(builder, data, child, notes, deeper)


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
    words = phrases(block.language)
    builder.table_caption(words.activity_table_caption(block.plan.period_label))
    rows: list[Sequence[str] | GroupRow] = []
    for output in block.plan.outputs:
        rows.append(GroupRow(words.output_row(output.code, output.title)))
        for a in output.activities:
            row = activity_row(a, block.as_of, block.language)
            if a.description:
                row[1] += f"\n{a.description}"  # under the title, in italics
            rows.append(row)
    builder.table(list(words.activity_headers), rows, widths_cm=[1.2, 6.0, 2.2, 2.2, 4.4])


def activity_row(activity: rd.ActivityInfo, as_of: date, language: str = "en") -> list[str]:
    """[code, activity, lead, status, progress note] as the activity table shows them."""
    words = phrases(language)
    status = words.activity_status[activity.status]
    if (
        activity.status in (ActivityStatus.IN_PROGRESS, ActivityStatus.DELAYED)
        and activity.progress
    ):
        status += f" ({words.short_percent(activity.progress)})"
    note = activity.latest_update(as_of)
    return [
        activity.code,
        activity.title,
        words.join(activity.lead) or "\u2013",
        status,
        note.text if note else "",
    ]


def _chart(builder: DocxBuilder, data: SubmissionData, block: Chart) -> None:
    # matplotlib is loaded only when a document with charts is made.
    from chairdesk.reports import charts, timelines

    words = data.words
    # A figure taller than the builder allows is drawn in parts (by output), each a figure.
    # Charts are drawn 6.5 inches wide and placed at the text's width: the cap in drawn inches.
    cap_inches = builder.max_figure_height_cm / min(6.5 * 2.54, builder.text_width_cm) * 6.5
    figures: list[tuple[Callable[[Any], Any], Any, str, str]] = []  # draw, data, caption, alt text
    if block.name == "meetings":
        chart = meetings_bars(
            data.held, data.year, width_inches=5.2, height_inches=2.6, language=data.language
        )
        figures.append(
            (charts.meetings_per_quarter, chart, block.caption, bars_alt_text(chart, words))
        )
    elif block.name == "activity_status" and block.plan is not None:
        for part, caption in _parts(
            block.plan.outputs,
            block.caption,
            words,
            cap_inches,
            lambda outputs: charts.bars_height(
                status_bars(replace(block.plan, outputs=tuple(outputs)), data.language)
            ),
        ):
            chart = status_bars(replace(block.plan, outputs=part), data.language)
            figures.append(
                (charts.activity_status_by_output, chart, caption, bars_alt_text(chart, words))
            )
    elif block.name == "work_plan" and block.plan is not None:
        # Every part of one plan's timeline has the same time axis: the whole plan's.
        days = [d for a in block.plan.activities for d in (a.start, a.due) if d is not None]
        span = (min(days), max(days)) if days else None

        def timeline(outputs: Sequence[rd.OutputInfo]) -> Any:
            return timelines.work_plan_timeline_data(
                outputs,
                _in_year(data),
                words.activity_status,
                empty_text=words.no_dated_activities,
                span=span,
                **_timeline_labels(words, work_plan=True),
            )

        for part, caption in _parts(
            block.plan.outputs,
            block.caption,
            words,
            cap_inches,
            lambda outputs: timelines.work_plan_timeline_height(timeline(outputs)),
        ):
            figures.append(
                (
                    timelines.work_plan_timeline,
                    timeline(part),
                    caption,
                    timeline_alt_text(part, words),
                )
            )
    else:
        raise ValueError(f"unknown chart {block.name!r}")
    for draw, chart, caption, alt in figures:
        width_cm = min(chart.width_inches * 2.54, builder.text_width_cm)
        builder.picture(
            charts.chart_png(draw, chart, dpi=CHART_DPI), width_cm, caption=caption, alt_text=alt
        )


def _parts(
    outputs: Sequence[rd.OutputInfo],
    caption: str,
    words: Phrases,
    cap_inches: float,
    height: Callable[[Sequence[rd.OutputInfo]], float],
) -> list[tuple[tuple[rd.OutputInfo, ...], str]]:
    """The outputs in runs whose chart fits under ``cap_inches`` (one output at least), with captions."""
    parts: list[list[rd.OutputInfo]] = []
    for output in outputs:
        if parts and height([*parts[-1], output]) <= cap_inches:
            parts[-1].append(output)
        else:
            parts.append([output])
    if len(parts) == 1:
        return [(tuple(parts[0]), caption)]
    return [
        (tuple(part), words.timeline_part(caption, part[0].code, part[-1].code)) for part in parts
    ]


def bars_alt_text(chart: Any, words: Phrases) -> str:
    """What a bar chart shows, bar by bar, for a screen reader."""
    bars = []
    for index, category in enumerate(chart.categories):
        parts = [(s.label, s.values[index]) for s in chart.series if s.values[index]]
        bars.append(words.alt_bars(category.replace("\n", " "), parts))
    return ". ".join(bars) + "."


def timeline_alt_text(outputs: Sequence[rd.OutputInfo], words: Phrases) -> str:
    """What a work-plan timeline shows, activity by activity, for a screen reader."""
    lines = [
        words.alt_span(f"{a.code} {a.title}", a.start, a.due, words.activity_status[a.status])
        for o in outputs
        for a in o.activities
    ]
    return ". ".join(lines) + "."


#: Charts go into documents as PNG at this resolution: sharp in print, small in the file.
CHART_DPI = 200


def _timeline_labels(words: Phrases, *, work_plan: bool = False) -> dict[str, str]:
    """The words a timeline chart writes, as keyword arguments of its data."""
    labels = {"today_label": words.today, "quarter_prefix": words.quarter_prefix}
    if work_plan:
        labels["no_dates_label"] = words.no_dates
    else:
        labels["planned_label"] = words.planned
    return labels


def _in_year(data: SubmissionData) -> date | None:
    """ "Today" on a chart of the year: only while the year is running."""
    return data.today if data.today.year == data.year else None


def meetings_bars(  # noqa: ANN201 - a charts.StackedBars
    meetings: Sequence[rd.MeetingInfo],
    year: int,
    *,
    width_inches: float = 6.5,
    height_inches: float | None = None,
    language: str = "en",
):
    """The meetings-per-quarter chart's data: one bar per quarter, one segment per kind."""
    from chairdesk.reports.charts import Series, StackedBars

    words = phrases(language)
    quarters = quarters_of_year(year)
    counts = Counter(
        (q.number, mt.kind) for mt in meetings for q in quarters if q.contains(mt.start.date())
    )
    series = tuple(
        Series(
            kind.value,
            words.meeting_kind_plural(kind),
            tuple(counts[(q.number, kind)] for q in quarters),
        )
        for kind in MeetingKind
    )
    return StackedBars(
        title="",
        categories=tuple(f"{words.quarter(q.number)} {year}" for q in quarters),
        series=series,
        value_label=words.meetings_axis,
        empty_text=words.no_meetings_in(year),
        width_inches=width_inches,
        height_inches=height_inches,
    )


def status_bars(plan: rd.WorkPlanInfo, language: str = "en"):  # noqa: ANN201
    """The activity-status chart's data: one bar per output, one segment per status."""
    from chairdesk.reports.charts import Series, StackedBars

    words = phrases(language)
    series = tuple(
        Series(
            status.value,
            words.activity_status[status],
            tuple(sum(1 for a in o.activities if a.status == status) for o in plan.outputs),
        )
        for status in _STATUS_ORDER
    )
    return StackedBars(
        title="",
        categories=tuple(f"{o.code}. {o.title}" for o in plan.outputs),
        series=series,
        value_label=words.activities_axis,
        empty_text=words.no_activities,
    )


# --------------------------------------------------------------------------- entry points


def _phrases(language: str) -> Phrases:
    """The phrase book of a document language; ReportError for a language ChairDesk does not write."""
    try:
        return phrases(language)
    except ValueError as exc:
        raise ReportError(str(exc)) from None


def build_submission(
    session: Session,
    group_id: str,
    year: int,
    template: Path | str | None = None,
    language: str = "en",
    *,
    today: date | None = None,
    committee: str = DEFAULT_COMMITTEE,
    warnings: list[str] | None = None,
    notes: list[str] | None = None,
) -> Document:
    """The group's annual submission for ``year`` as a python-docx Document (not saved).

    ``language`` ("en" or "fr") is that of the fixed wording: headings, labels and
    the sentences drafted from the records; the chair's narratives are exported as written.
    """
    from chairdesk.reports.embedded import embed_submission_data

    data = submission_data(
        session, group_id, year, today=today, committee=committee, language=language
    )
    document = render_submission(data, template, warnings=warnings, notes=notes)
    embed_submission_data(
        document, session, data
    )  # the group's year, for the secretariat's ChairDesk
    return document


def write_submission(
    session: Session,
    group_id: str,
    year: int,
    target: Path | str,
    template: Path | str | None = None,
    language: str = "en",
    *,
    today: date | None = None,
    committee: str = DEFAULT_COMMITTEE,
) -> ExportResult:
    """Build the submission and save it at ``target`` atomically (never a half-written file)."""
    from chairdesk.reports.docx_builder import save_document

    result = ExportResult(Path(target))
    document = build_submission(
        session,
        group_id,
        year,
        template,
        language,
        today=today,
        committee=committee,
        warnings=result.warnings,
        notes=result.notes,
    )
    save_document(document, result.path)
    return result
