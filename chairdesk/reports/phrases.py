"""The fixed wording of ChairDesk's documents, in each language a secretariat may ask for.

A document is written in one language, chosen when it is exported
(``language="en"`` or ``"fr"``): the headings, labels, table headers, chart
labels and the sentences drafted from the records. What people wrote (the
chair's narratives, meeting titles, agenda items, summaries, decisions,
entity names) is exported as written, in whatever language it was written.

`phrases(language)` gives the phrase book: `Phrases` (English, the wording
of the Compact's "Year in Review 2022") or `FrenchPhrases` (the wording of
the United Nations' French documents). Each has the same attributes and
methods; the French one overrides every one of them (a test checks it), so
no English phrase can slip into a French document. The sentence builders
underneath are `chairdesk.domain.wording` and `chairdesk.domain.wording_fr`.

Messages to the person exporting (warnings about a template, notes about
sections left out) are not part of the document and stay with the
application's own translation.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from babel.dates import format_date

from chairdesk.domain import wording as en
from chairdesk.domain import wording_fr as fr
from chairdesk.domain.languages import DEFAULT_LANGUAGE, LANGUAGE_NAMES, SUPPORTED_LANGUAGES
from chairdesk.domain.rotations import ChairTerm
from chairdesk.domain.rotations import chairmanship_sentence as en_chairmanship_sentence
from chairdesk.domain.vocabulary import (
    ActionStatus,
    ActivityStatus,
    MeetingKind,
    MeetingMode,
    NarrativeSection,
    Pillar,
    Role,
    TermLength,
)

__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGE_NAMES",
    "SUPPORTED_LANGUAGES",
    "FrenchPhrases",
    "Phrases",
    "phrases",
]


_EN_DASH = "\u2013"
_NB = fr.NBSP


class Phrases:
    """English: the wording of the Compact's "Year in Review 2022"."""

    language = "en"

    # ----------------------------------------------------------------- words and dates

    def date(self, day: date) -> str:
        return en.un_date(day)

    def date_range(self, start: date, end: date) -> str:
        return en.un_date_range(start, end)

    def long_date(self, day: date) -> str:
        """ "Wednesday, 16 March 2022"."""
        return format_date(day, "EEEE, d MMMM y", locale="en")

    def join(self, items: Sequence[str]) -> str:
        return en.join_words(items)

    def number(self, n: int, gender: str = fr.MASCULINE) -> str:  # noqa: ARG002 - English has no gender
        return en.number_words(n)

    def count(
        self, n: int, singular: str, plural_form: str | None = None, gender: str = fr.MASCULINE
    ) -> str:  # noqa: ARG002
        return en.count_phrase(n, singular, plural_form)

    def percent(self, n: int) -> str:
        return f"{n} per cent"  # UN style: figures with "per cent"

    def short_percent(self, n: int) -> str:
        """In a table cell: "40%"."""
        return f"{n}%"

    def label(self, text: str) -> str:
        """ "Chair: " before a labelled text."""
        return f"{text}: "

    def capital(self, text: str) -> str:
        return text[:1].upper() + text[1:]

    quarter_prefix = "Q"

    def quarter(self, number: int) -> str:
        """ "Q1": a quarter in a chart or a table."""
        return f"{self.quarter_prefix}{number}"

    # ----------------------------------------------------------------- vocabulary

    activity_status: Mapping[str, str] = {
        ActivityStatus.NOT_STARTED: "Not started",
        ActivityStatus.IN_PROGRESS: "In progress",
        ActivityStatus.COMPLETED: "Completed",
        ActivityStatus.DELAYED: "Delayed",
        ActivityStatus.CANCELLED: "Cancelled",
    }
    meeting_kind: Mapping[str, str] = {
        MeetingKind.REGULAR: "Regular quarterly meeting",
        MeetingKind.IN_FOCUS: "In-focus discussion",
        MeetingKind.SPECIAL: "Special meeting",
        MeetingKind.BRIEFING: "Briefing",
        MeetingKind.WORKSHOP: "Workshop",
    }
    meeting_mode: Mapping[str, str] = {
        MeetingMode.VIRTUAL: "Virtual",
        MeetingMode.HYBRID: "Hybrid",
        MeetingMode.IN_PERSON: "In person",
    }
    action_status: Mapping[str, str] = {ActionStatus.OPEN: "Open", ActionStatus.DONE: "Done"}
    pillar_titles: Mapping[Pillar, str] = {
        Pillar.I: "Measures to address the conditions conducive to the spread of terrorism",
        Pillar.II: "Measures to prevent and combat terrorism",
        Pillar.III: (
            "Measures to build States\u2019 capacity to prevent and combat terrorism and to strengthen "
            "the role of the United Nations system in this regard"
        ),
        Pillar.IV: (
            "Measures to ensure respect for human rights for all and the rule of law as the "
            "fundamental basis of the fight against terrorism"
        ),
    }

    def meeting_kind_plural(self, kind: MeetingKind) -> str:
        """ "Regular quarterly meetings": a chart's legend."""
        return en.MEETING_KIND_NOUNS[kind][1].capitalize()

    def meeting_kind_noun(self, kind: MeetingKind) -> str:
        """ "Regular quarterly meeting": a meeting without a title of its own."""
        return en.MEETING_KIND_NOUNS[kind][0].capitalize()

    def pillar(self, pillar: Pillar) -> str:
        return f"Pillar {pillar.value}"

    # ----------------------------------------------------------------- page furniture

    page = "Page "
    page_of = " of "
    figure = "Figure"
    table = "Table"

    def working_group(self, acronym: str) -> str:
        """ "ETCIP working group": the start of a header."""
        return f"{acronym} working group"

    #: The document properties' comment.
    drafted_with = "Drafted with ChairDesk from the recorded data."

    def group_name(self, name: str, name_fr: str | None, acronym: str) -> str:
        """ "Working Group on Emerging Threats … (ETCIP)", as the report heads a chapter."""
        name = name.strip()
        if not name.lower().startswith("working group"):
            name = f"Working Group on {name}"
        return f"{name} ({acronym})"

    def uses_recorded_name(self, name_fr: str | None) -> bool:  # noqa: ARG002 - French needs it
        """Whether the group's name in this language is recorded (else the English one stands in)."""
        return True

    # ----------------------------------------------------------------- the submission

    default_committee = "Counter-Terrorism Compact Coordination Committee"
    no_membership_changes = (
        "There have been no changes to report in terms of the working group\u2019s membership."
    )
    section_headings: Mapping[NarrativeSection, str] = {
        NarrativeSection.MANDATE: "Mandate, primary objectives and composition",
        NarrativeSection.COORDINATION: "Coordination and coherence",
        NarrativeSection.CAPACITY_BUILDING: "Technical assistance and capacity-building",
        NarrativeSection.RESEARCH: "Research and analysis",
        NarrativeSection.ADVOCACY: "Advocacy and visibility",
        NarrativeSection.REGIONAL: "Efforts to enhance regional coordination",
        NarrativeSection.CONCLUDING: "Concluding observations and way forward",
        NarrativeSection.CHALLENGES: "Challenges",
        NarrativeSection.LESSONS: "Lessons learned and good practices",
        NarrativeSection.WAY_FORWARD: "Priorities for the next year",
    }
    work_plan_heading = "Implementation of the work plan"
    concluding_heading = "Concluding observations and way forward"

    def priorities_heading(self, year: int) -> str:
        return f"Priorities for {year}"

    def submission_title(self, full_name: str, year: int) -> str:
        return f"{full_name}: annual submission {year}"

    def submission_subject(self, year: int) -> str:
        return f"Annual submission for {year}"

    def submission_header(self, acronym: str, year: int) -> str:
        return f"{acronym} working group \u00b7 Annual submission {year}"

    def pillar_line(self, pillar: Pillar) -> str:
        return f"Pillar {pillar.value}: {self.pillar_titles[pillar]}"

    def chairmanship_sentence(self, terms: Sequence[ChairTerm], year: int) -> str | None:
        return en_chairmanship_sentence(terms, year)

    def meetings_text(
        self, year: int, counts: Mapping[MeetingKind, int], scheduled: Sequence[date]
    ) -> str:
        """ "In 2022, the working group held five meetings (…)." and the meetings still to come."""
        text = f"In {year}, the working group {en.meetings_sentence(counts)}."
        if scheduled:
            n = len(scheduled)
            days = en.join_words([en.un_date(day) for day in scheduled])
            verb = "is" if n == 1 else "are"
            text += f" {self.capital(en.count_phrase(n, 'further meeting'))} {verb} scheduled, on {days}."
        return text

    _role_nouns: Mapping[Role, tuple[str, str]] = {
        Role.VICE_CHAIR: ("a Vice-Chair", "Vice-Chairs"),
        Role.MEMBER: ("a member", "members"),
        Role.OBSERVER: ("an observer", "observers"),
    }

    def membership_change(self, change: str, entities: Sequence[str], role: Role, day: date) -> str:
        """One sentence per (day, change, role): "UNODC joined the working group as a member on …"."""
        who = en.join_words(entities)
        singular, plural = self._role_nouns[role]
        noun = singular if len(entities) == 1 else plural
        on = en.un_date(day)
        if change == "joined":
            return f"{who} joined the working group as {noun} on {on}."
        if change == "role":
            return f"{who} became {noun} on {on}."
        return f"{who} left the working group on {on}."

    def tor_revised_and_submitted(self, committee: str, day: date) -> str:
        return f"The Terms of Reference were revised and submitted to the {committee} on {en.un_date(day)}."

    def tor_this_year(self, committee: str, revised: date | None, submitted: date | None) -> str:
        parts = []
        if revised:
            parts.append(f"revised on {en.un_date(revised)}")
        if submitted:
            parts.append(f"submitted to the {committee} on {en.un_date(submitted)}")
        return f"The Terms of Reference were {' and '.join(parts)}."

    def tor_not_revised_since_submission(self, committee: str, day: date) -> str:
        return (
            "The Terms of Reference have not been revised since their latest review and "
            f"submission to the {committee} on {en.un_date(day)}."
        )

    def tor_not_revised_since_review(self, day: date) -> str:
        return f"The Terms of Reference have not been revised since their latest review on {en.un_date(day)}."

    mode_phrases: Mapping[MeetingMode, str] = {
        MeetingMode.VIRTUAL: "held virtually",
        MeetingMode.HYBRID: "held in hybrid format",
        MeetingMode.IN_PERSON: "held in person",
    }

    def meeting_how(self, mode: MeetingMode, location: str | None) -> str:
        how = self.mode_phrases[mode]
        if location:
            how += f" ({location})" if mode == MeetingMode.HYBRID else f" in {location}"
        return how

    def topics(self, topics: Sequence[str]) -> str:
        return f" Topics: {'; '.join(topics)}."

    def meeting_name(self, title: str, kind: MeetingKind) -> str:  # noqa: ARG002 - French needs it
        """How a line of the meetings list names a meeting: by its recorded (short) title."""
        return title

    def evenly_spread(self, counts: Mapping[MeetingKind, int]) -> str:
        """ "It held one regular quarterly meeting in each quarter.": meetings the same every quarter."""
        parts = [
            en.count_phrase(n, *en.MEETING_KIND_NOUNS[kind]) for kind, n in counts.items() if n
        ]
        return f"It held {en.join_words(parts)} in each quarter."

    def objectives(self, text: str) -> str:
        """The objectives as a sentence: "To map …" becomes "The primary objectives … are to map …"."""
        if text.startswith("To "):
            return f"The primary objectives of the working group are to {text[3:]}"
        if not text[0].isupper() or text[0] in "(0123456789":
            return f"The primary objectives of the working group are: {text}"
        return text

    chair_label = "Chair"

    def vice_chairs_label(self, n: int) -> str:
        return "Vice-Chair" if n == 1 else "Vice-Chairs"

    members_label = "Members"

    def observers_label(self, n: int) -> str:
        return "Observer" if n == 1 else "Observers"

    work_plan_label = "Work plan"

    def work_plan_text(
        self,
        period: str,
        outputs: int,
        activities: int,
        by_status: Sequence[tuple[ActivityStatus, int]],
    ) -> str:
        """ "The working group's work plan for 2021–2022 comprises four outputs and 12 activities. Of
        these, six have been completed, five are in progress and one is delayed." """
        text = (
            f"The working group\u2019s work plan for {period} comprises "
            f"{en.count_phrase(outputs, 'output')} and {en.count_phrase(activities, 'activity', 'activities')}."
        )
        if len(by_status) == 1 and activities > 1:
            text += f" All of them {self._status_phrase(by_status[0][0], 2)}."
        elif by_status:
            parts = [f"{en.number_words(n)} {self._status_phrase(s, n)}" for s, n in by_status]
            text += f" Of these, {en.join_words(parts)}."
        return text

    def _status_phrase(self, status: ActivityStatus, n: int) -> str:
        one = n == 1
        return {
            ActivityStatus.COMPLETED: "has been completed" if one else "have been completed",
            ActivityStatus.IN_PROGRESS: "is in progress" if one else "are in progress",
            ActivityStatus.DELAYED: "is delayed" if one else "are delayed",
            ActivityStatus.NOT_STARTED: "has not started" if one else "have not started",
            ActivityStatus.CANCELLED: "has been cancelled" if one else "have been cancelled",
        }[status]

    def activity_details(
        self, lead: Sequence[str], due: date | None, status: ActivityStatus, progress: int | None
    ) -> str:
        """ "lead: UNICRI; due 1 March 2022; delayed, 40 per cent" (an overdue activity's details)."""
        details = []
        if lead:
            details.append(f"lead: {en.join_words(lead)}")
        if due:
            details.append(f"due {en.un_date(due)}")
        text = self.activity_status[status].lower()
        if status in (ActivityStatus.IN_PROGRESS, ActivityStatus.DELAYED) and progress:
            text += f", {self.percent(progress)}"
        details.append(text)
        return "; ".join(details)

    def action_details(self, owner: str | None, due: date | None) -> str:
        details = [owner] if owner else []
        if due:
            details.append(f"due {en.un_date(due)}")
        return "; ".join(details)

    def overdue_lead_in(self, as_of: date) -> str:
        return (
            "The following activities were delayed or not completed by their due date, "
            f"as at {en.un_date(as_of)}:"
        )

    def open_actions_lead_in(self, next_year: int) -> str:
        return f"The following action items remain open and will be taken forward in {next_year}:"

    def meetings_caption(self, year: int) -> str:
        return f"Meetings of the working group in {year}, by quarter and kind"

    def status_caption(self, period: str) -> str:
        return f"Status of the activities of the {period} work plan, by output"

    def timeline_caption(self, period: str) -> str:
        return f"Timeline of the {period} work plan"

    def activity_table_caption(self, period: str) -> str:
        return f"Activities of the {period} work plan, by output"

    def table_placeholder(self, period: str) -> str:
        """What a text preview shows for the activity table."""
        return f"[Table: the activities of the {period} work plan]"

    def figure_placeholder(self, caption: str) -> str:
        return f"[Figure: {caption}]"

    def output_row(self, code: str, title: str) -> str:
        return f"Output {code}. {title}"

    activity_headers = ("Code", "Activity", "Lead", "Status", "Progress")

    # ----------------------------------------------------------------- charts

    meetings_axis = "Meetings"
    activities_axis = "Activities"
    no_activities = "No activities yet"
    no_dated_activities = "No activity of this work plan has dates yet."
    today = "Today"
    planned = "planned"
    no_dates = "(no dates)"

    def no_meetings_in(self, year: int) -> str:
        return f"No meetings in {year}"

    def same_dates(self, period_start: date, period_end: date) -> str:
        """The sentence instead of a timeline whose bars would all be alike."""
        return (
            f"All the activities run from {en.un_date(period_start)} to {en.un_date(period_end)}."
        )

    def timeline_part(self, caption: str, first: str, last: str) -> str:
        """A timeline drawn in parts: "Timeline of the 2021–2022 work plan: outputs A–B"."""
        return (
            f"{caption}: output {first}"
            if first == last
            else f"{caption}: outputs {first}\u2013{last}"
        )

    def alt_bars(self, category: str, parts: Sequence[tuple[str, int]]) -> str:
        """One bar of a chart, for a screen reader: "Q1 2022: Regular quarterly meetings, 1"."""
        return (
            f"{category}: " + "; ".join(f"{label}, {n}" for label, n in parts)
            if parts
            else f"{category}: 0"
        )

    def alt_span(self, label: str, start: date | None, end: date | None, status: str = "") -> str:
        """One bar of a timeline, for a screen reader: "A1 Compendium: 1 January 2021 to 30 June 2022, completed"."""
        if start and end:
            when = f"{en.un_date(start)} to {en.un_date(end)}"
        elif start or end:
            when = en.un_date(start or end)
        else:
            when = "no dates"
        return f"{label}: {when}" + (f", {status.lower()}" if status else "")

    # ----------------------------------------------------------------- meetings

    agenda = "Agenda"
    meeting_summary = "Summary of the meeting"
    date_label = "Date"
    time_label = "Time"
    format_label = "Format"
    venue_label = "Venue"
    venue_tbc = "to be confirmed"
    kind_label = "Kind"

    def meeting_document_title(self, title: str, what: str) -> str:
        return f"{title}: {what.lower()}"

    def calendar_name(self, acronym: str) -> str:
        return f"{acronym} working group meetings"

    def event_intro(self, kind: str, group_name: str) -> str:
        """The first line of a calendar event's description."""
        return f"{kind} of the {group_name}."

    def meeting_header(self, acronym: str, what: str, day: date) -> str:
        return f"{acronym} working group \u00b7 {what} \u00b7 {en.un_date(day)}"

    def work_plan_activity(self, code: str, title: str | None) -> str:
        return f"Work-plan activity {code}" + (f": {title}" if title else "")

    no_agenda_yet = "No agenda items have been set yet."
    close_of_meeting = "Close of the meeting"
    agenda_headers = ("No.", "Time", "Item", "Presenter", "Minutes")

    def over_time(self, planned: int, scheduled: int) -> str:
        return (
            f"The items take {en.count_phrase(planned, 'minute')}, "
            f"{en.count_phrase(planned - scheduled, 'minute')} more than the meeting\u2019s "
            f"{en.count_phrase(scheduled, 'minute')}."
        )

    attendance = "Attendance"

    def present(self, n: int) -> str:
        return f"Present ({n})"

    not_represented = "Not represented"
    no_attendance = "No attendance was recorded."
    no_agenda = "No agenda items were recorded."
    summary = "Summary"
    no_summary = "No summary has been written yet."
    decisions = "Decisions"
    no_decisions = "No decisions were recorded."
    action_items = "Action items"
    action_headers = ("No.", "Action", "Owner", "Due", "Status")
    no_actions = "No action items were recorded."

    # ----------------------------------------------------------------- annex

    def annex_title(self, year: int) -> str:
        return f"Working group structure and composition in {year}"

    #: The annex's number in the secretariat's report ("ANNEX II" in the 2022 review).
    annex_label = "Annex II"

    def annex_group_name(self, name: str, name_fr: str | None, acronym: str) -> str:  # noqa: ARG002
        """A group's heading in the annex, as the seed's Annex II writes it: "… (PCVE)"."""
        return f"{name.strip()} ({acronym})"

    def annex_subject(self, year: int) -> str:
        return f"Composition annex {year}"

    no_groups = "The workspace has no working groups yet."
    not_recorded = "not recorded"
    none = "none"

    def as_observer(self, entity: str) -> str:
        return f"{entity} (observer)"

    members_and_observers = "Members and observers"
    none_recorded = "none recorded"
    abbreviations = "Abbreviations"
    abbreviation_headers = ("Acronym", "Entity")

    def quarter_runs(self, runs: Sequence[tuple[str, Sequence[int]]]) -> str:
        """ "UNICRI (Q1–Q2), OPCW (Q3) and INTERPOL (Q4)"."""
        parts = [
            f"{entity} ({self.quarter(numbers[0])}"
            f"{_EN_DASH + self.quarter(numbers[-1]) if len(numbers) > 1 else ''})"
            for entity, numbers in runs
        ]
        return self.join(parts)

    # ----------------------------------------------------------------- handover

    handover_pack = "Handover pack"
    prepared_on = "Prepared on"
    next_chair = "Next Chair"
    not_known = "not recorded"

    def no_chair_on(self, day: date, last: ChairTerm | None) -> str:
        """The Chair line when no term covers ``day``: who chaired last, and until when."""
        if last is None or last.end is None:
            return f"none recorded for {en.un_date(day)}"
        return (
            f"none recorded for {en.un_date(day)}; "
            f"the last Chair, {last.entity}, served until {en.un_date(last.end)}"
        )

    def terms_end(self, last_end: date) -> str:
        """Before the last recorded terms, when none reaches the handover's year."""
        return (
            f"No chair term is recorded after {en.un_date(last_end)}. The last recorded terms were:"
        )

    def handover_title(self, full_name: str) -> str:
        return f"{full_name}: handover pack"

    def handover_header(self, acronym: str, day: date) -> str:
        return f"{acronym} working group \u00b7 Handover pack \u00b7 {en.un_date(day)}"

    def term(self, entity: str, start: date, end: date | None) -> str:
        if end is None:
            return f"{entity}, from {en.un_date(start)}"
        return f"{entity} ({en.un_date_range(start, end)})"

    def from_date(self, entity: str, start: date) -> str:
        return f"{entity}, from {en.un_date(start)}"

    def planned_from(self, entity: str, start: date) -> str:
        """The next Chair a rotation plan foresees (no term recorded yet)."""
        return f"{entity}, from {en.un_date(start)}, as the rotation plan has it"

    def rotation_plan(
        self, term_length: TermLength, entities: Sequence[str], start: date, until: date
    ) -> str:
        length = {"quarter": "quarterly", "half_year": "half-yearly", "year": "yearly"}[
            term_length.value
        ]
        who = en.join_words(list(entities)) or "no entity yet"
        return (
            f"A rotation plan with {length} terms ({who}, in turn) runs from {en.un_date(start)} "
            f"to {en.un_date(until)}."
        )

    composition = "Composition"
    observers = "Observers"
    focal_points = "Focal points"
    focal_point_headers = ("Entity", "Focal point", "E-mail", "Telephone")
    no_focal_points = "No focal points have been recorded."
    chairmanship_and_rotation = "Chairmanship and rotation"
    term_headers = ("Chair", "From", "To")
    open_ended = "open-ended"
    terms_caption = "Chair terms, with today marked"
    no_terms = "No chair terms have been recorded."
    terms_caption_past = "The last recorded chair terms"
    upcoming_meetings = "Upcoming meetings"
    upcoming_headers = ("Date", "Time", "Meeting", "Format")
    no_upcoming = "No meetings are scheduled."
    open_action_items = "Open action items"
    open_action_headers = ("Action", "Owner", "Due", "Agreed at the meeting of")
    overdue = "overdue"
    no_open_actions = "No action items are open."
    activities_due = "Activities due in the next two quarters"
    due_headers = ("Code", "Activity", "Lead", "Due", "Status", "Progress")

    def due_lead_in(self, horizon: date) -> str:
        return (
            f"Activities not yet completed that are due by {en.un_date(horizon)}, "
            "including any whose due date has passed:"
        )

    def nothing_due(self, horizon: date) -> str:
        return f"No unfinished activity is due by {en.un_date(horizon)}."

    def drafts_heading(self, year: int) -> str:
        return f"Drafts of the {year} submission"

    def no_drafts(self, year: int) -> str:
        return f"No section of the {year} submission has been drafted yet."

    def not_drafted(self, headings: Sequence[str]) -> str:
        return f"Not drafted yet: {'; '.join(headings)}."


class FrenchPhrases(Phrases):
    """French: the wording of the United Nations' French documents."""

    language = "fr"

    # ----------------------------------------------------------------- words and dates

    def date(self, day: date) -> str:
        return fr.un_date(day)

    def date_range(self, start: date, end: date) -> str:
        return fr.un_date_range(start, end)

    def long_date(self, day: date) -> str:
        return fr.long_date(day)

    def join(self, items: Sequence[str]) -> str:
        return fr.join_words(items)

    def number(self, n: int, gender: str = fr.MASCULINE) -> str:
        return fr.number_words(n, gender)

    def count(
        self, n: int, singular: str, plural_form: str | None = None, gender: str = fr.MASCULINE
    ) -> str:
        return fr.count_phrase(n, singular, plural_form, gender)

    def percent(self, n: int) -> str:
        return f"{n}{_NB}%"

    def short_percent(self, n: int) -> str:
        return f"{n}{_NB}%"

    def label(self, text: str) -> str:
        return f"{text}{_NB}: "

    def capital(self, text: str) -> str:
        return text[:1].upper() + text[1:]

    quarter_prefix = "T"  # trimestre

    def quarter(self, number: int) -> str:
        return fr.quarter_label(number)

    # ----------------------------------------------------------------- vocabulary

    activity_status = {
        ActivityStatus.NOT_STARTED: "Non commencée",
        ActivityStatus.IN_PROGRESS: "En cours",
        ActivityStatus.COMPLETED: "Achevée",
        ActivityStatus.DELAYED: "En retard",
        ActivityStatus.CANCELLED: "Annulée",
    }
    meeting_kind = {
        MeetingKind.REGULAR: "Réunion trimestrielle ordinaire",
        MeetingKind.IN_FOCUS: "Discussion thématique",
        MeetingKind.SPECIAL: "Réunion extraordinaire",
        MeetingKind.BRIEFING: "Séance d\u2019information",
        MeetingKind.WORKSHOP: "Atelier",
    }
    meeting_mode = {
        MeetingMode.VIRTUAL: "Virtuel",
        MeetingMode.HYBRID: "Hybride",
        MeetingMode.IN_PERSON: "En présentiel",
    }
    action_status = {ActionStatus.OPEN: "En cours", ActionStatus.DONE: "Terminée"}
    # The Strategy's pillars as the French text of resolution 60/288 heads them.
    pillar_titles = {
        Pillar.I: "Mesures visant à éliminer les conditions propices à la propagation du terrorisme",
        Pillar.II: "Mesures visant à prévenir et combattre le terrorisme",
        Pillar.III: (
            "Mesures visant à étoffer les moyens dont les États disposent pour prévenir et combattre "
            "le terrorisme et à renforcer le rôle joué par le système des Nations Unies à cet égard"
        ),
        Pillar.IV: (
            "Mesures garantissant le respect des droits de l\u2019homme et la primauté du droit en tant "
            "que base fondamentale de la lutte antiterroriste"
        ),
    }

    def meeting_kind_plural(self, kind: MeetingKind) -> str:
        return self.capital(fr.MEETING_KIND_NOUNS[kind][1])

    def meeting_kind_noun(self, kind: MeetingKind) -> str:
        return self.capital(fr.MEETING_KIND_NOUNS[kind][0])

    def pillar(self, pillar: Pillar) -> str:
        return f"Pilier {pillar.value}"

    # ----------------------------------------------------------------- page furniture

    page = "Page "
    page_of = " sur "
    figure = "Figure"
    table = "Tableau"

    def working_group(self, acronym: str) -> str:
        return f"Groupe de travail {acronym}"

    drafted_with = "Établi avec ChairDesk à partir des données enregistrées."

    def group_name(self, name: str, name_fr: str | None, acronym: str) -> str:
        # The French name is recorded in full ("Groupe de travail sur …"): its article
        # agrees with its noun, which no rule could add to an English name.
        if name_fr and name_fr.strip():
            return f"{name_fr.strip()} ({acronym})"
        return Phrases.group_name(self, name, None, acronym)

    def uses_recorded_name(self, name_fr: str | None) -> bool:
        return bool(name_fr and name_fr.strip())

    # ----------------------------------------------------------------- the submission

    default_committee = (
        "Comité de coordination du Pacte mondial de coordination contre le terrorisme"
    )
    no_membership_changes = (
        "Aucun changement n\u2019est à signaler "
        "en ce qui concerne la composition du groupe de travail."
    )
    section_headings = {
        NarrativeSection.MANDATE: "Mandat, objectifs principaux et composition",
        NarrativeSection.COORDINATION: "Coordination et cohérence",
        NarrativeSection.CAPACITY_BUILDING: "Assistance technique et renforcement des capacités",
        NarrativeSection.RESEARCH: "Recherche et analyse",
        NarrativeSection.ADVOCACY: "Sensibilisation et visibilité",
        NarrativeSection.REGIONAL: "Efforts visant à renforcer la coordination régionale",
        NarrativeSection.CONCLUDING: "Observations finales et perspectives",
        NarrativeSection.CHALLENGES: "Difficultés",
        NarrativeSection.LESSONS: "Enseignements tirés et bonnes pratiques",
        NarrativeSection.WAY_FORWARD: "Priorités pour l\u2019année suivante",
    }
    work_plan_heading = "Mise en œuvre du plan de travail"
    concluding_heading = "Observations finales et perspectives"

    def priorities_heading(self, year: int) -> str:
        return f"Priorités pour {year}"

    def submission_title(self, full_name: str, year: int) -> str:
        return f"{full_name}{_NB}: contribution annuelle {year}"

    def submission_subject(self, year: int) -> str:
        return f"Contribution annuelle pour {year}"

    def submission_header(self, acronym: str, year: int) -> str:
        return f"Groupe de travail {acronym} \u00b7 Contribution annuelle {year}"

    def pillar_line(self, pillar: Pillar) -> str:
        return f"Pilier {pillar.value}{_NB}: {self.pillar_titles[pillar]}"

    def chairmanship_sentence(self, terms: Sequence[ChairTerm], year: int) -> str | None:
        return fr.chairmanship_sentence(terms, year)

    def meetings_text(
        self, year: int, counts: Mapping[MeetingKind, int], scheduled: Sequence[date]
    ) -> str:
        """ "En 2022, le groupe de travail a tenu cinq réunions (…)." and the meetings still to come."""
        text = f"En {year}, le groupe de travail {fr.meetings_sentence(counts)}."
        if scheduled:
            n = len(scheduled)
            days = fr.join_words([f"le {fr.un_date(day)}" for day in scheduled])
            if n == 1:
                text += f" Une autre réunion est prévue, {days}."
            else:
                text += f" {self.capital(fr.number_words(n, fr.FEMININE))} autres réunions sont prévues{_NB}: {days}."
        return text

    # (singular, plural) after "en tant que"
    _role_nouns = {
        Role.VICE_CHAIR: ("vice-président", "vice-présidents"),
        Role.MEMBER: ("membre", "membres"),
        Role.OBSERVER: ("observateur", "observateurs"),
    }
    _role_status = {
        Role.VICE_CHAIR: "la vice-présidence",
        Role.MEMBER: "le statut de membre",
        Role.OBSERVER: "le statut d\u2019observateur",
    }

    def membership_change(self, change: str, entities: Sequence[str], role: Role, day: date) -> str:
        # Phrased so that nothing agrees with an acronym's (unknown) gender.
        who = fr.join_words(entities)
        several = len(entities) > 1
        on = fr.un_date(day)
        if change == "joined":
            singular, plural = self._role_nouns[role]
            noun = plural if several else singular
            verb = "ont rejoint" if several else "a rejoint"
            article = "qu\u2019" if noun[0] in "aeiouyéh" else "que "
            return f"{who} {verb} le groupe de travail en tant {article}{noun} le {on}."
        if change == "role":
            verb = "ont pris" if several else "a pris"
            return f"{who} {verb} {self._role_status[role]} le {on}."
        verb = "ont quitté" if several else "a quitté"
        return f"{who} {verb} le groupe de travail le {on}."

    def tor_revised_and_submitted(self, committee: str, day: date) -> str:
        return (
            f"Le cadre de référence a été révisé et présenté au {committee} le {fr.un_date(day)}."
        )

    def tor_this_year(self, committee: str, revised: date | None, submitted: date | None) -> str:
        parts = []
        if revised:
            parts.append(f"révisé le {fr.un_date(revised)}")
        if submitted:
            parts.append(f"présenté au {committee} le {fr.un_date(submitted)}")
        return f"Le cadre de référence a été {' et '.join(parts)}."

    def tor_not_revised_since_submission(self, committee: str, day: date) -> str:
        return (
            "Le cadre de référence n\u2019a pas été révisé depuis son dernier examen et sa "
            f"présentation au {committee} le {fr.un_date(day)}."
        )

    def tor_not_revised_since_review(self, day: date) -> str:
        return f"Le cadre de référence n\u2019a pas été révisé depuis son dernier examen, le {fr.un_date(day)}."

    mode_phrases = {
        MeetingMode.VIRTUAL: "en format virtuel",
        MeetingMode.HYBRID: "en format hybride",
        MeetingMode.IN_PERSON: "en présentiel",
    }

    def meeting_how(self, mode: MeetingMode, location: str | None) -> str:
        how = self.mode_phrases[mode]
        if location:
            how += f" ({location})" if mode == MeetingMode.HYBRID else f", à {location}"
        return how

    def topics(self, topics: Sequence[str]) -> str:
        return f" Thèmes{_NB}: {f'{_NB}; '.join(topics)}."

    def meeting_name(self, title: str, kind: MeetingKind) -> str:
        # Titles are recorded in the chair's working language: a French line names the
        # meeting by its kind rather than mix an English title with French words.
        return self.meeting_kind_noun(kind)

    def evenly_spread(self, counts: Mapping[MeetingKind, int]) -> str:
        parts = [
            fr.count_phrase(n, singular, plural_form, gender)
            for kind, n in counts.items()
            if n
            for singular, plural_form, gender in (fr.MEETING_KIND_NOUNS[kind],)
        ]
        return f"Il a tenu {fr.join_words(parts)} par trimestre."

    def objectives(self, text: str) -> str:
        # Always the lead-in: after a colon, French goes on in lower case ("cartographier …"),
        # unless the text starts with an acronym or a list marker.
        if len(text) > 1 and text[0].isupper() and not text[1].isupper():
            text = text[0].lower() + text[1:]
        return f"Les objectifs principaux du groupe de travail sont les suivants{_NB}: {text}"

    chair_label = "Présidence"

    def vice_chairs_label(self, n: int) -> str:
        return "Vice-présidence" if n == 1 else "Vice-présidences"

    members_label = "Membres"

    def observers_label(self, n: int) -> str:
        return "Observateur" if n == 1 else "Observateurs"

    work_plan_label = "Plan de travail"

    def work_plan_text(
        self,
        period: str,
        outputs: int,
        activities: int,
        by_status: Sequence[tuple[ActivityStatus, int]],
    ) -> str:
        """ "Le plan de travail du groupe de travail pour 2021–2022 comprend quatre produits et
        12 activités. Parmi celles-ci, six ont été achevées, cinq sont en cours et une est en retard." """
        text = (
            f"Le plan de travail du groupe de travail pour {period} comprend "
            f"{fr.count_phrase(outputs, 'produit')} et "
            f"{fr.count_phrase(activities, 'activité', 'activités', fr.FEMININE)}."
        )
        if len(by_status) == 1 and activities > 1:
            text += f" Toutes {self._status_phrase(by_status[0][0], 2)}."
        elif by_status:
            one = activities == 1
            parts = [
                f"{fr.number_words(n, fr.FEMININE)} {self._status_phrase(s, n)}"
                for s, n in by_status
            ]
            if one:
                text += f" Elle {self._status_phrase(by_status[0][0], 1)}."
            else:
                text += f" Parmi celles-ci, {fr.join_words(parts)}."
        return text

    def _status_phrase(self, status: ActivityStatus, n: int) -> str:
        one = n == 1
        return {  # an activité: feminine
            ActivityStatus.COMPLETED: "a été achevée" if one else "ont été achevées",
            ActivityStatus.IN_PROGRESS: "est en cours" if one else "sont en cours",
            ActivityStatus.DELAYED: "est en retard" if one else "sont en retard",
            ActivityStatus.NOT_STARTED: "n\u2019a pas commencé"
            if one
            else "n\u2019ont pas commencé",
            ActivityStatus.CANCELLED: "a été annulée" if one else "ont été annulées",
        }[status]

    def activity_details(
        self, lead: Sequence[str], due: date | None, status: ActivityStatus, progress: int | None
    ) -> str:
        details = []
        if lead:
            details.append(f"chef de file{_NB}: {fr.join_words(lead)}")
        if due:
            details.append(f"échéance{_NB}: {fr.un_date(due)}")
        text = self.activity_status[status].lower()
        if status in (ActivityStatus.IN_PROGRESS, ActivityStatus.DELAYED) and progress:
            text += f", {self.percent(progress)}"
        details.append(text)
        return f"{_NB}; ".join(details)

    def action_details(self, owner: str | None, due: date | None) -> str:
        details = [owner] if owner else []
        if due:
            details.append(f"échéance{_NB}: {fr.un_date(due)}")
        return f"{_NB}; ".join(details)

    def overdue_lead_in(self, as_of: date) -> str:
        return (
            "Les activités ci-après étaient en retard ou n\u2019avaient pas été achevées à leur date "
            f"d\u2019échéance, au {fr.un_date(as_of)}{_NB}:"
        )

    def open_actions_lead_in(self, next_year: int) -> str:
        return f"Les mesures de suivi ci-après restent en suspens et seront poursuivies en {next_year}{_NB}:"

    def meetings_caption(self, year: int) -> str:
        return f"Réunions du groupe de travail en {year}, par trimestre et par type"

    def status_caption(self, period: str) -> str:
        return f"État d\u2019avancement des activités du plan de travail {period}, par produit"

    def timeline_caption(self, period: str) -> str:
        return f"Calendrier du plan de travail {period}"

    def activity_table_caption(self, period: str) -> str:
        return f"Activités du plan de travail {period}, par produit"

    def table_placeholder(self, period: str) -> str:
        return f"[Tableau{_NB}: les activités du plan de travail {period}]"

    def figure_placeholder(self, caption: str) -> str:
        return f"[Figure{_NB}: {caption}]"

    def output_row(self, code: str, title: str) -> str:
        return f"Produit {code}. {title}"

    activity_headers = ("Code", "Activité", "Chef de file", "État", "Avancement")

    # ----------------------------------------------------------------- charts

    meetings_axis = "Réunions"
    activities_axis = "Activités"
    no_activities = "Aucune activité pour l\u2019instant"
    no_dated_activities = "Aucune activité de ce plan de travail n\u2019a encore de dates."
    today = "Aujourd\u2019hui"
    planned = "prévu"
    no_dates = "(sans dates)"

    def no_meetings_in(self, year: int) -> str:
        return f"Aucune réunion en {year}"

    def same_dates(self, period_start: date, period_end: date) -> str:
        return f"Toutes les activités se déroulent du {fr.un_date(period_start)} au {fr.un_date(period_end)}."

    def timeline_part(self, caption: str, first: str, last: str) -> str:
        return (
            f"{caption}{_NB}: produit {first}"
            if first == last
            else f"{caption}{_NB}: produits {first} à {last}"
        )

    def alt_bars(self, category: str, parts: Sequence[tuple[str, int]]) -> str:
        return (
            f"{category}{_NB}: " + f"{_NB}; ".join(f"{label}, {n}" for label, n in parts)
            if parts
            else f"{category}{_NB}: 0"
        )

    def alt_span(self, label: str, start: date | None, end: date | None, status: str = "") -> str:
        if start and end:
            when = f"du {fr.un_date(start)} au {fr.un_date(end)}"
        elif start or end:
            when = f"le {fr.un_date(start or end)}"
        else:
            when = "sans dates"
        return f"{label}{_NB}: {when}" + (f", {status.lower()}" if status else "")

    # ----------------------------------------------------------------- meetings

    agenda = "Ordre du jour"
    meeting_summary = "Résumé de la réunion"
    date_label = "Date"
    time_label = "Heure"
    format_label = "Format"
    venue_label = "Lieu"
    venue_tbc = "à confirmer"
    kind_label = "Type"

    def meeting_document_title(self, title: str, what: str) -> str:
        return f"{title}{_NB}: {what[:1].lower() + what[1:]}"

    def calendar_name(self, acronym: str) -> str:
        return f"Réunions du groupe de travail {acronym}"

    def event_intro(self, kind: str, group_name: str) -> str:
        return f"{kind} \u2013 {group_name}."

    def meeting_header(self, acronym: str, what: str, day: date) -> str:
        return f"Groupe de travail {acronym} \u00b7 {what} \u00b7 {fr.un_date(day)}"

    def work_plan_activity(self, code: str, title: str | None) -> str:
        return f"Activité {code} du plan de travail" + (f"{_NB}: {title}" if title else "")

    no_agenda_yet = "Aucun point n\u2019a encore été inscrit à l\u2019ordre du jour."
    close_of_meeting = "Clôture de la réunion"
    agenda_headers = ("N\u00b0", "Heure", "Point", "Intervenant", "Durée (min)")

    def over_time(self, planned: int, scheduled: int) -> str:
        return (
            f"Les points de l\u2019ordre du jour occupent {fr.count_phrase(planned, 'minute', gender=fr.FEMININE)}, "
            f"soit {fr.count_phrase(planned - scheduled, 'minute', gender=fr.FEMININE)} de plus que les "
            f"{fr.count_phrase(scheduled, 'minute', gender=fr.FEMININE)} prévues pour la réunion."
        )

    attendance = "Participation"

    def present(self, n: int) -> str:
        return f"Présents ({n})"

    not_represented = "Non représentés"
    no_attendance = "Aucune participation n\u2019a été enregistrée."
    no_agenda = "Aucun point de l\u2019ordre du jour n\u2019a été enregistré."
    summary = "Résumé"
    no_summary = "Aucun résumé n\u2019a encore été rédigé."
    decisions = "Décisions"
    no_decisions = "Aucune décision n\u2019a été enregistrée."
    action_items = "Mesures de suivi"
    action_headers = ("N\u00b0", "Mesure", "Responsable", "Échéance", "État")
    no_actions = "Aucune mesure de suivi n\u2019a été enregistrée."

    # ----------------------------------------------------------------- annex

    def annex_title(self, year: int) -> str:
        return f"Structure et composition des groupes de travail en {year}"

    annex_label = "Annexe II"

    def annex_group_name(self, name: str, name_fr: str | None, acronym: str) -> str:
        return f"{(name_fr or '').strip() or name.strip()} ({acronym})"

    def annex_subject(self, year: int) -> str:
        return f"Annexe sur la composition {year}"

    no_groups = "L\u2019espace de travail ne compte encore aucun groupe de travail."
    not_recorded = "non renseignée"
    none = "aucune"

    def as_observer(self, entity: str) -> str:
        return f"{entity} (observateur)"

    members_and_observers = "Membres et observateurs"
    none_recorded = "aucun membre enregistré"
    abbreviations = "Abréviations"
    abbreviation_headers = ("Sigle", "Entité")

    # The same form with French quarters and "et": "UNICRI (T1–T2), OPCW (T3) et INTERPOL (T4)".
    quarter_runs = Phrases.quarter_runs

    # ----------------------------------------------------------------- handover

    handover_pack = "Dossier de passation"
    prepared_on = "Établi le"
    next_chair = "Prochaine présidence"
    not_known = "non renseignée"

    def no_chair_on(self, day: date, last: ChairTerm | None) -> str:
        if last is None or last.end is None:
            return f"aucune présidence enregistrée au {fr.un_date(day)}"
        return (
            f"aucune présidence enregistrée au {fr.un_date(day)}{_NB}; la dernière, assurée par "
            f"{last.entity}, a pris fin le {fr.un_date(last.end)}"
        )

    def terms_end(self, last_end: date) -> str:
        return (
            f"Aucun mandat de présidence n\u2019est enregistré après le {fr.un_date(last_end)}. "
            f"Les derniers mandats enregistrés étaient les suivants{_NB}:"
        )

    def handover_title(self, full_name: str) -> str:
        return f"{full_name}{_NB}: dossier de passation"

    def handover_header(self, acronym: str, day: date) -> str:
        return f"Groupe de travail {acronym} \u00b7 Dossier de passation \u00b7 {fr.un_date(day)}"

    def term(self, entity: str, start: date, end: date | None) -> str:
        if end is None:
            return f"{entity}, à partir du {fr.un_date(start)}"
        return f"{entity} ({fr.un_date_range(start, end)})"

    def from_date(self, entity: str, start: date) -> str:
        return f"{entity}, à partir du {fr.un_date(start)}"

    def planned_from(self, entity: str, start: date) -> str:
        return f"{entity}, à partir du {fr.un_date(start)}, selon le plan de rotation"

    def rotation_plan(
        self, term_length: TermLength, entities: Sequence[str], start: date, until: date
    ) -> str:
        length = {"quarter": "trimestriels", "half_year": "semestriels", "year": "annuels"}[
            term_length.value
        ]
        who = fr.join_words(list(entities)) or "aucune entité pour l\u2019instant"
        return (
            f"Un plan de rotation à mandats {length} ({who}, à tour de rôle) court du {fr.un_date(start)} "
            f"au {fr.un_date(until)}."
        )

    composition = "Composition"
    observers = "Observateurs"
    focal_points = "Points focaux"
    focal_point_headers = ("Entité", "Point focal", "Courriel", "Téléphone")
    no_focal_points = "Aucun point focal n\u2019a été enregistré."
    chairmanship_and_rotation = "Présidence et rotation"
    term_headers = ("Présidence", "Du", "Au")
    open_ended = "sans date de fin"
    terms_caption = "Mandats de la présidence (la date du jour est indiquée)"
    no_terms = "Aucun mandat de présidence n\u2019a été enregistré."
    terms_caption_past = "Les derniers mandats de présidence enregistrés"
    upcoming_meetings = "Réunions à venir"
    upcoming_headers = ("Date", "Heure", "Réunion", "Format")
    no_upcoming = "Aucune réunion n\u2019est prévue."
    open_action_items = "Mesures de suivi en suspens"
    open_action_headers = ("Mesure", "Responsable", "Échéance", "Convenue à la réunion du")
    overdue = "en retard"
    no_open_actions = "Aucune mesure de suivi n\u2019est en suspens."
    activities_due = "Activités arrivant à échéance au cours des deux prochains trimestres"
    due_headers = ("Code", "Activité", "Chef de file", "Échéance", "État", "Avancement")

    def due_lead_in(self, horizon: date) -> str:
        return (
            f"Activités non achevées dont l\u2019échéance tombe au plus tard le {fr.un_date(horizon)}, "
            f"y compris celles dont l\u2019échéance est dépassée{_NB}:"
        )

    def nothing_due(self, horizon: date) -> str:
        return f"Aucune activité non achevée n\u2019arrive à échéance d\u2019ici au {fr.un_date(horizon)}."

    def drafts_heading(self, year: int) -> str:
        return f"Projets de la contribution {year}"

    def no_drafts(self, year: int) -> str:
        return f"Aucune section de la contribution {year} n\u2019a encore été rédigée."

    def not_drafted(self, headings: Sequence[str]) -> str:
        return f"Sections non encore rédigées{_NB}: {f'{_NB}; '.join(headings)}."


_BOOKS: dict[str, Phrases] = {"en": Phrases(), "fr": FrenchPhrases()}


def phrases(language: str = DEFAULT_LANGUAGE) -> Phrases:
    """The phrase book of a document language ("en" or "fr"); ValueError for any other."""
    try:
        return _BOOKS[language]
    except KeyError:
        known = en.join_words([repr(code) for code in SUPPORTED_LANGUAGES])
        raise ValueError(
            f"documents in {language!r} are not available yet; ChairDesk writes them in {known}"
        ) from None
