"""What the Dashboard shows of a working group on a given day, as plain values."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from chairdesk.domain.quarters import Quarter, quarters_of_year
from chairdesk.domain.rotations import ChairTerm as Term
from chairdesk.domain.rotations import chair_on, next_handover
from chairdesk.domain.vocabulary import ActionStatus, ActivityStatus, MeetingKind
from chairdesk.store.models import (
    ActionItem,
    Activity,
    AgendaItem,
    Entity,
    Meeting,
    Output,
)
from chairdesk.store.queries import chair_terms
from chairdesk.store.tables import live
from chairdesk.store.workplan_queries import (
    FINISHED,
    WorkPlanRef,
    current_work_plan,
    group_activities,
    is_overdue,
    work_plans,
)


@dataclass(frozen=True)
class NextMeeting:
    id: str
    title: str
    start: datetime
    kind: MeetingKind
    agenda_items: int
    agenda_minutes: int


@dataclass(frozen=True)
class OpenAction:
    id: str
    text: str
    owner: str | None  # acronym
    due: date | None
    meeting_id: str
    meeting_title: str
    meeting_start: datetime
    overdue: bool


@dataclass(frozen=True)
class DueActivity:
    id: str
    code: str
    title: str
    status: ActivityStatus
    progress: int
    due: date
    overdue: bool


@dataclass(frozen=True)
class ChairSituation:
    chair: str | None  # today's Chair (acronym)
    until: date | None  # the last day of that Chair's unbroken run of terms
    upcoming: Term | None  # the next handover


@dataclass(frozen=True)
class OutputStatus:
    code: str
    title: str
    counts: dict[ActivityStatus, int]


@dataclass(frozen=True)
class QuarterMeetings:
    quarter: Quarter
    counts: dict[MeetingKind, int]


@dataclass(frozen=True)
class Dashboard:
    today: date
    next_meeting: NextMeeting | None
    open_actions: tuple[OpenAction, ...]
    due_from: Quarter  # activities due in these quarters (and earlier, if overdue)
    due_until: Quarter
    due_activities: tuple[DueActivity, ...]
    overdue_activities: int
    chair: ChairSituation
    work_plan: WorkPlanRef | None
    status_by_output: tuple[OutputStatus, ...]
    meetings_by_quarter: tuple[QuarterMeetings, ...]

    @property
    def overdue_actions(self) -> int:
        return sum(a.overdue for a in self.open_actions)


def next_meeting(session: Session, group_id: str, today: date) -> NextMeeting | None:
    """The group's first meeting today or later (a meeting today is still the next one)."""
    meeting = session.scalars(
        select(Meeting)
        .where(
            Meeting.group_id == group_id,
            live(Meeting),
            Meeting.start >= datetime.combine(today, datetime.min.time()),
        )
        .order_by(Meeting.start, Meeting.id)
        .limit(1)
    ).first()
    if meeting is None:
        return None
    items, minutes = session.execute(
        select(func.count(), func.coalesce(func.sum(AgendaItem.minutes), 0)).where(
            AgendaItem.meeting_id == meeting.id, live(AgendaItem)
        )
    ).one()
    return NextMeeting(
        meeting.id, meeting.title, meeting.start, MeetingKind(meeting.kind), items, minutes
    )


def open_actions(session: Session, group_id: str, today: date) -> list[OpenAction]:
    """Open action items of the group's meetings: overdue first, then by due date."""
    owner = aliased(Entity)
    rows = session.execute(
        select(ActionItem, owner.acronym, Meeting.title, Meeting.start)
        .join(Meeting, ActionItem.meeting_id == Meeting.id)
        .outerjoin(owner, ActionItem.owner_id == owner.id)
        .where(
            Meeting.group_id == group_id,
            live(Meeting),
            live(ActionItem),
            ActionItem.status == ActionStatus.OPEN,
        )
    ).all()
    actions = [
        OpenAction(
            id=item.id,
            text=item.text,
            owner=acronym,
            due=item.due,
            meeting_id=item.meeting_id,
            meeting_title=title,
            meeting_start=start,
            overdue=item.due is not None and item.due < today,
        )
        for item, acronym, title, start in rows
    ]
    actions.sort(key=lambda a: (not a.overdue, a.due or date.max, a.meeting_start, a.id))
    return actions


def _group_activities(session: Session, group_id: str) -> list[Activity]:
    return list(session.scalars(group_activities(group_id)))


def due_activities(
    session: Session, group_id: str, today: date, first: Quarter, last: Quarter
) -> tuple[list[DueActivity], int]:
    """Activities due in `first`..`last`, plus any overdue; and how many are overdue."""
    found = []
    overdue_count = 0
    for a in _group_activities(session, group_id):
        if a.due is None:
            continue
        overdue = is_overdue(a.due, a.status, today)
        overdue_count += overdue
        if overdue or first.start <= a.due <= last.end:
            found.append(
                DueActivity(
                    a.id, a.code, a.title, ActivityStatus(a.status), a.progress, a.due, overdue
                )
            )
    found.sort(key=lambda d: (d.due, d.code, d.id))
    return found, overdue_count


def chair_situation(session: Session, group_id: str, today: date) -> ChairSituation:
    terms = chair_terms(session, group_id)
    chair = chair_on(terms, today)
    until = None
    if chair is not None:
        # The Chair's run of back-to-back terms: "OPCW until 30 September 2022".
        holding = [t for t in terms if t.entity == chair and t.contains(today)]
        until = max((t.end for t in holding), default=None, key=lambda d: d or date.max)
        while until is not None:
            following = [
                t for t in terms if t.entity == chair and t.start == until + timedelta(days=1)
            ]
            if not following:
                break
            until = following[0].end
    return ChairSituation(chair, until, next_handover(terms, today))


def status_by_output(session: Session, work_plan_id: str) -> list[OutputStatus]:
    outputs = list(
        session.execute(
            select(Output.id, Output.code, Output.title)
            .where(Output.work_plan_id == work_plan_id, live(Output))
            .order_by(Output.position, Output.id)
        )
    )
    counts: dict[str, Counter[ActivityStatus]] = {o.id: Counter() for o in outputs}
    for output_id, status in session.execute(
        select(Activity.output_id, Activity.status).where(
            Activity.output_id.in_(list(counts)), live(Activity)
        )
    ):
        counts[output_id][ActivityStatus(status)] += 1
    return [
        OutputStatus(o.code, o.title, {s: counts[o.id][s] for s in ActivityStatus}) for o in outputs
    ]


def meetings_by_quarter(session: Session, group_id: str, years: list[int]) -> list[QuarterMeetings]:
    quarters = [q for year in sorted(years) for q in quarters_of_year(year)]
    counts: dict[Quarter, Counter[MeetingKind]] = {q: Counter() for q in quarters}
    if quarters:
        for start, kind in session.execute(
            select(Meeting.start, Meeting.kind).where(
                Meeting.group_id == group_id,
                live(Meeting),
                Meeting.start >= datetime.combine(quarters[0].start, datetime.min.time()),
                Meeting.start
                < datetime.combine(quarters[-1].end + timedelta(days=1), datetime.min.time()),
            )
        ):
            counts[Quarter.of(start.date())][MeetingKind(kind)] += 1
    return [QuarterMeetings(q, {k: counts[q][k] for k in MeetingKind}) for q in quarters]


def dashboard(session: Session, group_id: str, today: date) -> Dashboard:
    """Everything the Dashboard shows for the group on `today`, read in one snapshot."""
    first = Quarter.of(today)
    last = first.next()
    activities, overdue = due_activities(session, group_id, today, first, last)
    plan = current_work_plan(work_plans(session, group_id), today)
    return Dashboard(
        today=today,
        next_meeting=next_meeting(session, group_id, today),
        open_actions=tuple(open_actions(session, group_id, today)),
        due_from=first,
        due_until=last,
        due_activities=tuple(activities),
        overdue_activities=overdue,
        chair=chair_situation(session, group_id, today),
        work_plan=plan,
        status_by_output=tuple(status_by_output(session, plan.id)) if plan else (),
        meetings_by_quarter=tuple(
            meetings_by_quarter(session, group_id, [today.year - 1, today.year])
        ),
    )


__all__ = [
    "FINISHED",
    "ChairSituation",
    "Dashboard",
    "DueActivity",
    "NextMeeting",
    "OpenAction",
    "OutputStatus",
    "QuarterMeetings",
    "chair_situation",
    "dashboard",
    "due_activities",
    "meetings_by_quarter",
    "next_meeting",
    "open_actions",
    "status_by_output",
]
