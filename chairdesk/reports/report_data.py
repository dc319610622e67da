"""What the documents say, read from the store as plain values.

Each function reads in the caller's session and returns frozen dataclasses
that hold no ORM objects, so a document can be laid out after the session is
gone (off the UI thread, or in a test without a database). Deleted records
are never read.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from chairdesk.domain.quarters import Quarter
from chairdesk.domain.rotations import ChairTerm as Term
from chairdesk.domain.rotations import chair_on
from chairdesk.domain.vocabulary import (
    ActionStatus,
    ActivityRole,
    ActivityStatus,
    MeetingKind,
    MeetingMode,
    NarrativeSection,
    Role,
    TermLength,
)
from chairdesk.reports.docx_builder import ReportError
from chairdesk.reports.phrases import Phrases
from chairdesk.reports.phrases import phrases as phrases_for
from chairdesk.store import models as m
from chairdesk.store.composition_queries import GroupDetails, group_details, groups
from chairdesk.store.meeting_queries import MeetingDetail
from chairdesk.store.queries import chair_terms
from chairdesk.store.tables import live

__all__ = [
    "ACTION_STATUS_LABELS",
    "ACTIVITY_STATUS_LABELS",
    "MEETING_KIND_LABELS",
    "MEETING_MODE_LABELS",
    "ActionLine",
    "ActivityInfo",
    "AgendaLine",
    "Composition",
    "ContactInfo",
    "MeetingInfo",
    "MembershipChange",
    "OutputInfo",
    "ProgressNote",
    "RotationPlanInfo",
    "WorkPlanInfo",
    "activity_is_overdue",
    "all_groups",
    "composition",
    "contacts",
    "entity_names",
    "group_info",
    "group_name",
    "meeting_info",
    "meetings",
    "membership_changes",
    "narratives",
    "open_actions",
    "period_years",
    "quarter_span",
    "rotation_plans",
    "work_plans",
]

_DONE = (ActivityStatus.COMPLETED, ActivityStatus.CANCELLED)

# English labels of the vocabulary, as the documents print them.
ACTIVITY_STATUS_LABELS: dict[str, str] = {
    ActivityStatus.NOT_STARTED: "Not started",
    ActivityStatus.IN_PROGRESS: "In progress",
    ActivityStatus.COMPLETED: "Completed",
    ActivityStatus.DELAYED: "Delayed",
    ActivityStatus.CANCELLED: "Cancelled",
}
MEETING_KIND_LABELS: dict[str, str] = {
    MeetingKind.REGULAR: "Regular quarterly meeting",
    MeetingKind.IN_FOCUS: "In-focus discussion",
    MeetingKind.SPECIAL: "Special meeting",
    MeetingKind.BRIEFING: "Briefing",
    MeetingKind.WORKSHOP: "Workshop",
}
MEETING_MODE_LABELS: dict[str, str] = {
    MeetingMode.VIRTUAL: "Virtual",
    MeetingMode.HYBRID: "Hybrid",
    MeetingMode.IN_PERSON: "In person",
}
ACTION_STATUS_LABELS: dict[str, str] = {ActionStatus.OPEN: "Open", ActionStatus.DONE: "Done"}


# --------------------------------------------------------------------------- values


def group_name(group: GroupDetails, words: Phrases | None = None) -> str:
    """The group's full name in a document's language (its French name, where recorded):
    "Working Group on Emerging Threats … (ETCIP)", as the report heads a chapter."""
    words = phrases_for("en") if words is None else words
    return words.group_name(group.name, group.name_fr, group.acronym)


@dataclass(frozen=True)
class Composition:
    """Who took part in a group over a period, by acronym (each list sorted, no repeats)."""

    chairs: tuple[Term, ...]  # the chair terms overlapping the period, in order
    vice_chairs: tuple[str, ...]
    members: tuple[str, ...]
    observers: tuple[str, ...]

    @property
    def chair_entities(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(t.entity for t in self.chairs))

    def everyone(self) -> tuple[str, ...]:
        return tuple(
            dict.fromkeys((*self.chair_entities, *self.vice_chairs, *self.members, *self.observers))
        )


@dataclass(frozen=True)
class MembershipChange:
    day: date
    entity: str
    change: str  # "joined", "left" or "role"
    role: Role  # the role joined, left or taken


@dataclass(frozen=True)
class ContactInfo:
    entity: str
    name: str
    job_title: str | None
    email: str | None
    phone: str | None


@dataclass(frozen=True)
class RotationPlanInfo:
    start: date
    until: date
    term_length: TermLength
    entities: tuple[str, ...]


@dataclass(frozen=True)
class AgendaLine:
    number: int
    title: str
    presenter: str | None
    minutes: int
    starts: datetime  # the meeting's start plus the durations of the items before
    activity: str | None  # the linked activity's code
    activity_title: str | None
    notes: str | None
    done: bool


@dataclass(frozen=True)
class ActionLine:
    text: str
    owner: str | None
    due: date | None
    status: ActionStatus
    activity: str | None
    meeting_title: str
    meeting_day: date

    def overdue_on(self, day: date) -> bool:
        return self.status == ActionStatus.OPEN and self.due is not None and self.due < day


@dataclass(frozen=True)
class MeetingInfo(MeetingDetail):
    """The store's meeting, as printed (texts stripped, a blank location None), with its parts."""

    group_acronym: str
    group_name: str  # the group's full name, "Working Group on … (ACR)"
    chair: str | None  # the entity chairing on the meeting's day
    agenda: tuple[AgendaLine, ...] = ()
    attendance: tuple[str, ...] = ()  # entities present, sorted
    absent: tuple[str, ...] = ()  # Chair, Vice-Chairs and members not present, sorted
    decisions: tuple[str, ...] = ()
    actions: tuple[ActionLine, ...] = ()
    group: GroupDetails | None = None

    def group_name_in(self, words: Phrases) -> str:
        return group_name(self.group, words) if self.group is not None else self.group_name

    @property
    def planned_minutes(self) -> int:
        return sum(item.minutes for item in self.agenda)

    @property
    def scheduled_minutes(self) -> int | None:
        if self.end is None or self.end <= self.start:
            return None
        return int((self.end - self.start).total_seconds() // 60)

    @property
    def last_day(self) -> date:
        return (
            self.end.date()
            if self.end is not None and self.end.date() > self.start.date()
            else self.start.date()
        )


@dataclass(frozen=True)
class ProgressNote:
    day: date
    text: str


@dataclass(frozen=True)
class ActivityInfo:
    id: str
    output_code: str
    code: str
    title: str
    lead: tuple[str, ...]
    partners: tuple[str, ...]
    start: date | None
    due: date | None
    status: ActivityStatus
    progress: int
    updates: tuple[ProgressNote, ...] = ()  # oldest first
    description: str = ""

    def latest_update(self, on_or_before: date | None = None) -> ProgressNote | None:
        notes = [u for u in self.updates if on_or_before is None or u.day <= on_or_before]
        return notes[-1] if notes else None


@dataclass(frozen=True)
class OutputInfo:
    code: str
    title: str
    activities: tuple[ActivityInfo, ...]


@dataclass(frozen=True)
class WorkPlanInfo:
    id: str
    period: str
    outputs: tuple[OutputInfo, ...] = field(default=())

    @property
    def activities(self) -> tuple[ActivityInfo, ...]:
        return tuple(a for o in self.outputs for a in o.activities)

    @property
    def period_label(self) -> str:
        """ "2021–2022": the period as the report writes it (en dash)."""
        return re.sub(r"(\d{4})\s*[-/\u2013]\s*(\d{4})", "\\1\u2013\\2", self.period.strip())


def activity_is_overdue(activity: ActivityInfo, day: date) -> bool:
    """Delayed, or past (or at) its due date and neither completed nor cancelled."""
    if activity.status in _DONE:
        return False
    return activity.status == ActivityStatus.DELAYED or (
        activity.due is not None and activity.due <= day
    )


def period_years(period: str) -> tuple[int, int] | None:
    """ "2021-2022" → (2021, 2022); "2023" → (2023, 2023); anything else → None."""
    found = re.fullmatch(r"\s*(\d{4})\s*(?:[-/\u2013]\s*(\d{4}))?\s*", period)
    if not found:
        return None
    first = int(found.group(1))
    last = int(found.group(2) or first)
    return (first, last) if first <= last else None


# --------------------------------------------------------------------------- queries


def entity_names(session: Session) -> dict[str, str]:
    """Acronym → full name of every entity."""
    rows = session.execute(select(m.Entity.acronym, m.Entity.name).where(live(m.Entity)))
    return dict(rows.all())  # a Result has keys(): dict() would take it for a mapping


def _acronyms(session: Session) -> dict[str, str]:
    rows = session.execute(select(m.Entity.id, m.Entity.acronym).where(live(m.Entity)))
    return dict(rows.all())  # a Result has keys(): dict() would take it for a mapping


def _as_printed(group: GroupDetails) -> GroupDetails:
    # Documents print the texts without the blanks around them; "" stays "not recorded".
    return replace(
        group,
        mandate=group.mandate.strip(),
        objectives=group.objectives.strip(),
        name_fr=group.name_fr.strip(),
        time_zone=group.time_zone.strip(),
    )


def group_info(session: Session, group_id: str) -> GroupDetails:
    group = group_details(session, group_id)
    if group is None:
        raise ReportError(f"no working group with the id {group_id}")
    return _as_printed(group)


def all_groups(session: Session) -> list[GroupDetails]:
    """Every working group, by pillar then acronym."""
    return [_as_printed(g) for g in groups(session)]


def _overlaps(start: date | None, end: date | None, first: date, last: date) -> bool:
    return (start is None or start <= last) and (end is None or end >= first)


def composition(
    session: Session, group_id: str, first: date, last: date | None = None
) -> Composition:
    """Chair terms and memberships overlapping first..last (one day if ``last`` is None).

    An entity whose role changed in the period is listed under its latest role.
    """
    return _composition(
        _memberships(session, group_id),
        chair_terms(session, group_id),
        _acronyms(session),
        first,
        last,
    )


_MembershipRow = tuple[str, Role, date | None, date | None]  # entity id, role, start, end


def _memberships(session: Session, group_id: str) -> list[_MembershipRow]:
    rows = session.execute(
        select(
            m.Membership.entity_id, m.Membership.role, m.Membership.start, m.Membership.end
        ).where(live(m.Membership), m.Membership.group_id == group_id)
    )
    return [tuple(row) for row in rows]


def _composition(
    memberships: Sequence[_MembershipRow],
    all_terms: Sequence[Term],
    acronyms: dict[str, str],
    first: date,
    last: date | None = None,
) -> Composition:
    """`composition` of the group's memberships and chair terms, already read."""
    last = first if last is None else last
    latest: dict[str, tuple[date, Role]] = {}
    for entity_id, role, start, end in memberships:
        if entity_id not in acronyms or not _overlaps(start, end, first, last):
            continue
        since = start or date.min
        if entity_id not in latest or since >= latest[entity_id][0]:
            latest[entity_id] = (since, role)
    by_role: dict[Role, list[str]] = defaultdict(list)
    for entity_id, (_, role) in latest.items():
        by_role[role].append(acronyms[entity_id])
    terms = tuple(t for t in all_terms if _overlaps(t.start, t.end, first, last))
    return Composition(
        chairs=terms,
        vice_chairs=tuple(sorted(by_role[Role.VICE_CHAIR], key=str.casefold)),
        members=tuple(sorted(by_role[Role.MEMBER], key=str.casefold)),
        observers=tuple(sorted(by_role[Role.OBSERVER], key=str.casefold)),
    )


def membership_changes(session: Session, group_id: str, year: int) -> list[MembershipChange]:
    """Entities that joined, left or changed role during ``year``, by date then acronym.

    A membership that ends the day before (or the day) another of the same
    entity starts is a change of role, not a departure and an arrival.
    """
    first, last = date(year, 1, 1), date(year, 12, 31)
    acronyms = _acronyms(session)
    spans: dict[str, list[tuple[date | None, date | None, Role]]] = defaultdict(list)
    for entity_id, role, start, end in session.execute(
        select(
            m.Membership.entity_id, m.Membership.role, m.Membership.start, m.Membership.end
        ).where(live(m.Membership), m.Membership.group_id == group_id)
    ):
        if entity_id in acronyms:
            spans[acronyms[entity_id]].append((start, end, role))
    changes: list[MembershipChange] = []
    for entity, entity_spans in spans.items():
        for start, end, role in entity_spans:
            if start is not None and first <= start <= last:
                follows = any(
                    e is not None and start - timedelta(days=1) <= e <= start and r != role
                    for s, e, r in entity_spans
                    if (s, e, r) != (start, end, role)
                )
                changes.append(
                    MembershipChange(start, entity, "role" if follows else "joined", role)
                )
            if end is not None and first <= end <= last:
                succeeded = any(
                    s is not None and end <= s <= end + timedelta(days=1)
                    for s, e, r in entity_spans
                    if (s, e, r) != (start, end, role)
                )
                if not succeeded:
                    changes.append(MembershipChange(end, entity, "left", role))
    return sorted(changes, key=lambda c: (c.day, c.change, c.entity.casefold()))


def contacts(session: Session, group_id: str, entities: Iterable[str]) -> list[ContactInfo]:
    """Focal points of the given entities for this group (or for every group), by entity."""
    wanted = set(entities)
    rows = session.execute(
        select(m.Contact, m.Entity.acronym)
        .join(m.Entity, m.Contact.entity_id == m.Entity.id)
        .where(live(m.Contact), live(m.Entity))
        .where((m.Contact.group_id == group_id) | m.Contact.group_id.is_(None))
    )
    found = [
        ContactInfo(acronym, c.name, c.job_title, c.email, c.phone)
        for c, acronym in rows
        if acronym in wanted
    ]
    return sorted(found, key=lambda c: (c.entity.casefold(), c.name.casefold()))


def rotation_plans(session: Session, group_id: str) -> list[RotationPlanInfo]:
    acronyms = _acronyms(session)
    plans = session.scalars(
        select(m.RotationPlan)
        .where(live(m.RotationPlan), m.RotationPlan.group_id == group_id)
        .order_by(m.RotationPlan.start)
    ).all()
    result = []
    for plan in plans:
        slots = session.scalars(
            select(m.RotationSlot)
            .where(live(m.RotationSlot), m.RotationSlot.plan_id == plan.id)
            .order_by(m.RotationSlot.position, m.RotationSlot.id)
        )
        result.append(
            RotationPlanInfo(
                plan.start,
                plan.until,
                plan.term_length,
                tuple(acronyms[s.entity_id] for s in slots if s.entity_id in acronyms),
            )
        )
    return result


def narratives(session: Session, group_id: str, year: int) -> dict[NarrativeSection, str]:
    """The chair's text per section (only sections with text); duplicates from sync are joined."""
    texts: dict[NarrativeSection, list[str]] = defaultdict(list)
    for section, text in session.execute(
        select(m.Narrative.section, m.Narrative.text)
        .where(live(m.Narrative), m.Narrative.group_id == group_id, m.Narrative.year == year)
        .order_by(m.Narrative.created_at, m.Narrative.id)
    ):
        if text and text.strip():
            texts[NarrativeSection(section)].append(text.strip())
    return {section: "\n\n".join(parts) for section, parts in texts.items()}


# --------------------------------------------------------------------------- work plans


def work_plans(session: Session, group_id: str, year: int | None = None) -> list[WorkPlanInfo]:
    """The group's work plans (those whose period covers ``year``, if given), oldest first."""
    plans = session.scalars(
        select(m.WorkPlan).where(live(m.WorkPlan), m.WorkPlan.group_id == group_id)
    ).all()
    if year is not None:
        plans = [p for p in plans if _covers(p.period, year)]
    plans = sorted(plans, key=lambda p: (period_years(p.period) or (9999, 9999), p.period))
    if not plans:
        return []
    acronyms = _acronyms(session)
    plan_ids = [p.id for p in plans]
    outputs = session.scalars(
        select(m.Output)
        .where(live(m.Output), m.Output.work_plan_id.in_(plan_ids))
        .order_by(m.Output.position, m.Output.id)
    ).all()
    output_ids = [o.id for o in outputs]
    activities = session.scalars(
        select(m.Activity)
        .where(live(m.Activity), m.Activity.output_id.in_(output_ids))
        .order_by(m.Activity.position, m.Activity.id)
    ).all()
    activity_ids = [a.id for a in activities]
    roles: dict[str, dict[ActivityRole, list[str]]] = defaultdict(lambda: defaultdict(list))
    for link in session.scalars(
        select(m.ActivityEntity)
        .where(live(m.ActivityEntity), m.ActivityEntity.activity_id.in_(activity_ids))
        .order_by(m.ActivityEntity.position, m.ActivityEntity.id)
    ):
        if link.entity_id in acronyms:
            roles[link.activity_id][link.role].append(acronyms[link.entity_id])
    updates: dict[str, list[ProgressNote]] = defaultdict(list)
    for update in session.scalars(
        select(m.ProgressUpdate)
        .where(live(m.ProgressUpdate), m.ProgressUpdate.activity_id.in_(activity_ids))
        .order_by(m.ProgressUpdate.date, m.ProgressUpdate.created_at, m.ProgressUpdate.id)
    ):
        if update.text.strip():
            updates[update.activity_id].append(ProgressNote(update.date, update.text.strip()))

    by_output: dict[str, list[ActivityInfo]] = defaultdict(list)
    output_code = {o.id: o.code for o in outputs}
    for a in activities:
        by_output[a.output_id].append(
            ActivityInfo(
                id=a.id,
                output_code=output_code[a.output_id],
                code=a.code,
                title=a.title.strip(),
                lead=tuple(roles[a.id][ActivityRole.LEAD]),
                partners=tuple(roles[a.id][ActivityRole.PARTNER]),
                start=a.start,
                due=a.due,
                status=ActivityStatus(a.status),
                progress=a.progress or 0,
                updates=tuple(updates[a.id]),
                description=(a.description or "").strip(),
            )
        )
    by_plan: dict[str, list[OutputInfo]] = defaultdict(list)
    for o in outputs:
        by_plan[o.work_plan_id].append(OutputInfo(o.code, o.title.strip(), tuple(by_output[o.id])))
    return [WorkPlanInfo(p.id, p.period, tuple(by_plan[p.id])) for p in plans]


def _covers(period: str, year: int) -> bool:
    years = period_years(period)
    if years is None:
        return str(year) in period
    return years[0] <= year <= years[1]


# --------------------------------------------------------------------------- meetings


def meetings(
    session: Session,
    group_id: str,
    first: date | None = None,
    last: date | None = None,
) -> list[MeetingInfo]:
    """The group's meetings starting first..last (inclusive days; None = open), with their details."""
    query = select(m.Meeting).where(live(m.Meeting), m.Meeting.group_id == group_id)
    if first is not None:
        query = query.where(m.Meeting.start >= datetime.combine(first, time.min))
    if last is not None:
        query = query.where(m.Meeting.start < datetime.combine(last + timedelta(days=1), time.min))
    rows = session.scalars(query.order_by(m.Meeting.start, m.Meeting.id)).all()
    return _details(session, rows)


def meeting_info(session: Session, meeting_id: str) -> MeetingInfo:
    meeting = session.get(m.Meeting, meeting_id)
    if meeting is None or meeting.deleted:
        raise ReportError(f"no meeting with the id {meeting_id}")
    return _details(session, [meeting])[0]


def _details(session: Session, rows: Sequence[m.Meeting]) -> list[MeetingInfo]:
    if not rows:
        return []
    acronyms = _acronyms(session)
    ids = [r.id for r in rows]
    agenda: dict[str, list[m.AgendaItem]] = defaultdict(list)
    for item in session.scalars(
        select(m.AgendaItem)
        .where(live(m.AgendaItem), m.AgendaItem.meeting_id.in_(ids))
        .order_by(m.AgendaItem.position, m.AgendaItem.id)
    ):
        agenda[item.meeting_id].append(item)
    present: dict[str, set[str]] = defaultdict(set)
    for meeting_id, entity_id in session.execute(
        select(m.Attendance.meeting_id, m.Attendance.entity_id).where(
            live(m.Attendance), m.Attendance.meeting_id.in_(ids)
        )
    ):
        if entity_id in acronyms:
            present[meeting_id].add(acronyms[entity_id])
    decisions: dict[str, list[str]] = defaultdict(list)
    for d in session.scalars(
        select(m.Decision)
        .where(live(m.Decision), m.Decision.meeting_id.in_(ids))
        .order_by(m.Decision.position, m.Decision.id)
    ):
        if d.text.strip():
            decisions[d.meeting_id].append(d.text.strip())
    actions: dict[str, list[m.ActionItem]] = defaultdict(list)
    for a in session.scalars(
        select(m.ActionItem)
        .where(live(m.ActionItem), m.ActionItem.meeting_id.in_(ids))
        .order_by(m.ActionItem.position, m.ActionItem.id)
    ):
        actions[a.meeting_id].append(a)
    activity_ids = {i.activity_id for items in agenda.values() for i in items if i.activity_id}
    activity_ids |= {a.activity_id for items in actions.values() for a in items if a.activity_id}
    activities = {
        a.id: (a.code, a.title)
        for a in session.scalars(
            select(m.Activity).where(live(m.Activity), m.Activity.id.in_(activity_ids))
        )
    }

    group_of: dict[str, GroupDetails] = {}
    terms: dict[str, list[Term]] = {}
    memberships: dict[str, list[_MembershipRow]] = {}  # read once a group, not once a meeting
    result = []
    for meeting in rows:
        if meeting.group_id not in group_of:
            group_of[meeting.group_id] = group_info(session, meeting.group_id)
            terms[meeting.group_id] = chair_terms(session, meeting.group_id)
            memberships[meeting.group_id] = _memberships(session, meeting.group_id)
        group = group_of[meeting.group_id]
        day = meeting.start.date()
        chair = chair_on(terms[meeting.group_id], day)
        lines = []
        clock = meeting.start
        for number, item in enumerate(agenda[meeting.id], start=1):
            code, title = (
                activities.get(item.activity_id, (None, None)) if item.activity_id else (None, None)
            )
            lines.append(
                AgendaLine(
                    number=number,
                    title=item.title.strip(),
                    presenter=acronyms.get(item.presenter_id or ""),
                    minutes=max(item.minutes or 0, 0),
                    starts=clock,
                    activity=code,
                    activity_title=title,
                    notes=(item.notes or "").strip() or None,
                    done=bool(item.done),
                )
            )
            clock += timedelta(minutes=max(item.minutes or 0, 0))
        roster = _composition(memberships[meeting.group_id], terms[meeting.group_id], acronyms, day)
        # Observers are welcome but not expected: their absence is not worth a line.
        expected = set(roster.everyone()) - set(roster.observers)
        if chair:
            expected.add(chair)
        attended = present[meeting.id]
        result.append(
            MeetingInfo(
                id=meeting.id,
                group_id=group.id,
                group_acronym=group.acronym,
                group_name=group_name(group),
                title=meeting.title.strip(),
                start=meeting.start,
                end=meeting.end,
                kind=MeetingKind(meeting.kind),
                mode=MeetingMode(meeting.mode),
                location=(meeting.location or "").strip() or None,
                summary=(meeting.summary or "").strip(),
                chair=chair,
                agenda=tuple(lines),
                attendance=tuple(sorted(attended, key=str.casefold)),
                absent=tuple(sorted(expected - attended, key=str.casefold)) if attended else (),
                decisions=tuple(decisions[meeting.id]),
                group=group,
                actions=tuple(
                    ActionLine(
                        text=a.text.strip(),
                        owner=acronyms.get(a.owner_id or ""),
                        due=a.due,
                        status=ActionStatus(a.status),
                        activity=activities.get(a.activity_id, (None,))[0]
                        if a.activity_id
                        else None,
                        meeting_title=meeting.title.strip(),
                        meeting_day=day,
                    )
                    for a in actions[meeting.id]
                    if a.text.strip()
                ),
            )
        )
    return result


def open_actions(session: Session, group_id: str, until: date | None = None) -> list[ActionLine]:
    """Open action items from the group's meetings (held up to ``until``), by due date.

    One query over the open items only: a group's whole history of meetings is
    not read (tests/benchmarks: export_ratio grew with the years before).
    """
    query = (
        select(m.ActionItem, m.Meeting.title, m.Meeting.start)
        .join(m.Meeting, m.ActionItem.meeting_id == m.Meeting.id)
        .where(
            live(m.Meeting),
            m.Meeting.group_id == group_id,
            live(m.ActionItem),
            m.ActionItem.status == ActionStatus.OPEN,
        )
        .order_by(m.Meeting.start, m.Meeting.id, m.ActionItem.position, m.ActionItem.id)
    )
    if until is not None:
        query = query.where(m.Meeting.start < datetime.combine(until + timedelta(days=1), time.min))
    rows = [(a, title, start) for a, title, start in session.execute(query) if a.text.strip()]
    if not rows:
        return []
    acronyms = _acronyms(session)
    activity_ids = {a.activity_id for a, _title, _start in rows if a.activity_id}
    codes = (
        dict(
            session.execute(
                select(m.Activity.id, m.Activity.code).where(
                    live(m.Activity), m.Activity.id.in_(activity_ids)
                )
            ).all()
        )
        if activity_ids
        else {}
    )
    found = [
        ActionLine(
            text=a.text.strip(),
            owner=acronyms.get(a.owner_id or ""),
            due=a.due,
            status=ActionStatus(a.status),
            activity=codes.get(a.activity_id) if a.activity_id else None,
            meeting_title=title.strip(),
            meeting_day=start.date(),
        )
        for a, title, start in rows
    ]
    return sorted(found, key=lambda a: (a.due or date.max, a.meeting_day))


def quarter_span(day: date, quarters: int) -> tuple[date, date]:
    """From ``day`` to the end of the ``quarters``-th quarter counting the one containing it."""
    quarter = Quarter.of(day)
    for _ in range(quarters - 1):
        quarter = quarter.next()
    return day, quarter.end
