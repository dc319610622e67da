"""What the secretariat's Year in Review says across the working groups, read from the store.

For a year: every working group in the review's order (by the Strategy's
pillars, then in the order the groups were set up in the workspace, which for
the example and any workspace imported from the Compact's list is the
Compact's own), whether anything of its year has been received (a submission
imported, or meetings or narratives recorded), its meetings held, the sections
its narratives fill, and the Compact-wide figures the report opens with: the
working groups' meetings by kind and the topics they took up.

The report's count is of the working groups' own meetings, regular quarterly
meetings and in-focus discussions ("held 37 meetings (32 regular quarterly
meetings and five in-focus discussions)"); special meetings, briefings and
workshops, the groups' engagement with Member States, are said in a sentence
of their own, never folded into that count.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from chairdesk.domain.topics import subject_of, topic_key, unique_topics
from chairdesk.domain.vocabulary import MeetingKind, NarrativeSection, SubmissionSource
from chairdesk.reports import report_data as rd
from chairdesk.reports.submission import meeting_topics
from chairdesk.store import models as m
from chairdesk.store.composition_queries import GroupDetails
from chairdesk.store.tables import live

__all__ = [
    "COUNTED_KINDS",
    "CONCLUDING_SECTIONS",
    "GroupYear",
    "Receipt",
    "ReviewData",
    "default_review_year",
    "review_data",
    "review_groups",
]

#: The working groups' own meetings: what the report's "held 37 meetings (…)" counts.
COUNTED_KINDS = (MeetingKind.REGULAR, MeetingKind.IN_FOCUS)
CONCLUDING_SECTIONS = (
    NarrativeSection.CHALLENGES,
    NarrativeSection.LESSONS,
    NarrativeSection.WAY_FORWARD,
)


@dataclass(frozen=True)
class Receipt:
    received_at: datetime  # UTC
    file_name: str
    source: SubmissionSource
    language: str | None
    unplaced: str | None


@dataclass(frozen=True)
class GroupYear:
    """One working group's year, as far as the secretariat has it."""

    group: GroupDetails
    receipt: Receipt | None
    held: tuple[rd.MeetingInfo, ...]  # meetings of the year up to the review's day
    written: frozenset[NarrativeSection]  # sections with text of the chair's

    @property
    def received(self) -> bool:
        """Anything of the year is in the workspace: a submission imported, meetings or narratives."""
        return self.receipt is not None or bool(self.held) or bool(self.written)

    @property
    def missing_sections(self) -> tuple[NarrativeSection, ...]:
        return tuple(s for s in NarrativeSection if s not in self.written)

    @property
    def concluding_written(self) -> bool:
        return any(s in self.written for s in CONCLUDING_SECTIONS)


@dataclass(frozen=True)
class ReviewData:
    year: int
    as_of: date
    groups: tuple[GroupYear, ...]  # every group, in the review's order

    @property
    def received(self) -> tuple[GroupYear, ...]:
        return tuple(g for g in self.groups if g.received)

    @property
    def missing(self) -> tuple[GroupYear, ...]:
        return tuple(g for g in self.groups if not g.received)

    def meeting_counts(self) -> dict[MeetingKind, int]:
        """Meetings held by kind, across the groups received (every kind present, MeetingKind order)."""
        counts = Counter(mt.kind for g in self.received for mt in g.held)
        return {kind: counts[kind] for kind in MeetingKind}

    def counted(self) -> dict[MeetingKind, int]:
        return {kind: n for kind, n in self.meeting_counts().items() if kind in COUNTED_KINDS}

    def others(self) -> dict[MeetingKind, int]:
        return {kind: n for kind, n in self.meeting_counts().items() if kind not in COUNTED_KINDS}

    def topics(self) -> list[list[str]]:
        """What each group's counted meetings took up (groups without any left out), each topic once
        across the groups: an in-focus discussion's subject (its title's), a meeting's agenda items
        other than the standing ones. One list per group, as the seed's bullets run."""
        by_group: list[list[str]] = []
        for group in self.received:
            found: list[str] = []
            for meeting in group.held:
                if meeting.kind not in COUNTED_KINDS:
                    continue
                subject = (
                    subject_of(meeting.title) if meeting.kind == MeetingKind.IN_FOCUS else None
                )
                found += [subject] if subject else meeting_topics(meeting)
            by_group.append(found)
        # Each once across the groups: the first group to take a topic up lists it.
        listed: set[str] = set()
        result = []
        for found in by_group:
            kept = [t for t in unique_topics(found) if topic_key(t) not in listed]
            listed.update(topic_key(t) for t in kept)
            if kept:
                result.append(kept)
        return result


def review_groups(session: Session) -> list[GroupDetails]:
    """Every working group in the review's order: by pillar, then as set up in the workspace."""
    groups = session.scalars(
        select(m.WorkingGroup)
        .where(live(m.WorkingGroup))
        .order_by(m.WorkingGroup.pillar, m.WorkingGroup.created_at, text("working_group.rowid"))
    )
    return [rd.group_info(session, g.id) for g in groups]


def _receipts(session: Session, year: int) -> dict[str, Receipt]:
    rows = session.scalars(
        select(m.SubmissionReceipt)
        .where(m.SubmissionReceipt.year == year, live(m.SubmissionReceipt))
        .order_by(m.SubmissionReceipt.created_at, m.SubmissionReceipt.id)
    )
    receipts: dict[str, Receipt] = {}
    for r in rows:
        receipts.setdefault(
            r.group_id, Receipt(r.received_at, r.file_name, r.source, r.language, r.unplaced)
        )
    return receipts


def review_data(session: Session, year: int, *, today: date | None = None) -> ReviewData:
    """Every group's year, and the Compact-wide figures, as of ``today`` (the end of the year at most)."""
    today = today or date.today()
    first, last = date(year, 1, 1), date(year, 12, 31)
    as_of = min(today, last)
    receipts = _receipts(session, year)
    groups = []
    for group in review_groups(session):
        held = tuple(
            mt for mt in rd.meetings(session, group.id, first, last) if mt.start.date() <= as_of
        )
        written = frozenset(rd.narratives(session, group.id, year))
        groups.append(GroupYear(group, receipts.get(group.id), held, written))
    return ReviewData(year, as_of, tuple(groups))


def default_review_year(session: Session, today: date) -> int:
    """The year a secretariat most likely reviews: the last year up to this one with meetings or
    narratives (in January and February, last year's if it has any: the review is compiled at the
    turn of the year); this year when there are none."""
    years: set[int] = {
        start.year for (start,) in session.execute(select(m.Meeting.start).where(live(m.Meeting)))
    }
    years |= set(session.scalars(select(m.Narrative.year).where(live(m.Narrative)).distinct()))
    years = {y for y in years if y <= today.year}
    if today.month <= 2 and today.year - 1 in years:
        return today.year - 1
    return max(years, default=today.year)
