"""What the Meetings screen asks of the store, answered as frozen plain objects.

Every function reads in the caller's session and hands back values only (no
ORM objects), so that the GUI can keep them after the session has closed.
The meeting list is one aggregate query whatever the number of meetings: a
group with ten thousand of them must still open at once.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from chairdesk.domain.quarters import Quarter
from chairdesk.domain.vocabulary import ActionStatus, MeetingKind, MeetingMode, Role
from chairdesk.store.models import (
    ActionItem,
    Activity,
    AgendaItem,
    AgendaTemplate,
    Attendance,
    ChairTerm,
    Decision,
    Entity,
    Meeting,
    Membership,
    Output,
    TemplateItem,
    WorkingGroup,
    WorkPlan,
)

#: The roles an entity can hold in a group, most senior first ("guest": attended, not a member).
CHAIR = "chair"
GUEST = "guest"
ATTENDANCE_ROLES = (CHAIR, Role.VICE_CHAIR.value, Role.MEMBER.value, Role.OBSERVER.value, GUEST)


@dataclass(frozen=True)
class MeetingRow:
    """One line of the meeting list."""

    id: str
    title: str
    start: datetime
    end: datetime | None
    kind: MeetingKind
    mode: MeetingMode
    location: str | None
    agenda_items: int
    agenda_minutes: int
    open_actions: int

    @property
    def quarter(self) -> Quarter:
        return Quarter.of(self.start.date())


@dataclass(frozen=True)
class MeetingDetail:
    id: str
    group_id: str
    title: str
    start: datetime
    end: datetime | None
    kind: MeetingKind
    mode: MeetingMode
    location: str | None
    summary: str


@dataclass(frozen=True)
class AgendaRow:
    """An agenda item with its place in the time plan."""

    id: str
    position: str
    title: str
    presenter_id: str | None
    presenter: str | None  # acronym
    presenter_name: str | None
    minutes: int
    activity_id: str | None
    activity_code: str | None
    activity_title: str | None
    notes: str | None
    done: bool
    starts_at: datetime  # the meeting's start plus every earlier item's minutes

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.minutes)


@dataclass(frozen=True)
class AgendaPlan:
    """A meeting's agenda as a running time plan."""

    meeting_start: datetime
    meeting_end: datetime | None
    items: tuple[AgendaRow, ...]

    @property
    def total_minutes(self) -> int:
        return sum(item.minutes for item in self.items)

    @property
    def planned_end(self) -> datetime:
        return self.meeting_start + timedelta(minutes=self.total_minutes)

    @property
    def overrun_minutes(self) -> int:
        """How far the agenda runs past the meeting's end (0 if it fits or no end is set)."""
        if self.meeting_end is None or self.planned_end <= self.meeting_end:
            return 0
        return int((self.planned_end - self.meeting_end).total_seconds() // 60)


@dataclass(frozen=True)
class AttendanceRow:
    entity_id: str
    acronym: str
    name: str
    role: str  # one of ATTENDANCE_ROLES
    present: bool


@dataclass(frozen=True)
class AttendanceSheet:
    rows: tuple[AttendanceRow, ...]

    @property
    def present(self) -> int:
        return sum(1 for r in self.rows if r.present)

    @property
    def total(self) -> int:
        return len(self.rows)


@dataclass(frozen=True)
class DecisionRow:
    id: str
    position: str
    text: str


@dataclass(frozen=True)
class ActionRow:
    id: str
    position: str
    text: str
    owner_id: str | None
    owner: str | None  # acronym
    owner_name: str | None
    due: date | None
    status: ActionStatus
    activity_id: str | None
    activity_code: str | None
    activity_title: str | None


@dataclass(frozen=True)
class EntityChoice:
    id: str
    acronym: str
    name: str


@dataclass(frozen=True)
class ActivityChoice:
    id: str
    code: str
    title: str
    period: str


@dataclass(frozen=True)
class TemplateChoice:
    id: str
    name: str
    shared: bool  # a template for every group rather than this group's own
    items: int
    minutes: int


@dataclass(frozen=True)
class PreviousMeeting:
    """The meeting a new one carries open action items and unfinished agenda items over from."""

    id: str
    title: str
    start: datetime
    open_actions: int
    unfinished_items: int


@dataclass(frozen=True)
class MeetingProposal:
    """Sensible defaults for the next meeting (the GUI words the title)."""

    start: datetime
    end: datetime
    kind: MeetingKind
    mode: MeetingMode
    group_acronym: str

    @property
    def quarter(self) -> Quarter:
        return Quarter.of(self.start.date())


# -- the meeting list ----------------------------------------------------------


def meeting_rows(session: Session, group_id: str) -> list[MeetingRow]:
    """The group's meetings, newest first, with agenda length and open actions: one query."""
    live_meeting = and_(Meeting.group_id == group_id, Meeting.deleted.is_(False))
    agenda = (
        select(
            AgendaItem.meeting_id.label("meeting_id"),
            func.count().label("item_count"),
            func.coalesce(func.sum(AgendaItem.minutes), 0).label("minutes"),
        )
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .where(live_meeting, AgendaItem.deleted.is_(False))
        .group_by(AgendaItem.meeting_id)
        .subquery()
    )
    actions = (
        select(ActionItem.meeting_id.label("meeting_id"), func.count().label("open"))
        .join(Meeting, ActionItem.meeting_id == Meeting.id)
        .where(live_meeting, ActionItem.deleted.is_(False), ActionItem.status == ActionStatus.OPEN)
        .group_by(ActionItem.meeting_id)
        .subquery()
    )
    query = (
        select(
            Meeting.id, Meeting.title, Meeting.start, Meeting.end, Meeting.kind, Meeting.mode,
            Meeting.location,
            func.coalesce(agenda.c.item_count, 0), func.coalesce(agenda.c.minutes, 0),
            func.coalesce(actions.c.open, 0),
        )
        .outerjoin(agenda, agenda.c.meeting_id == Meeting.id)
        .outerjoin(actions, actions.c.meeting_id == Meeting.id)
        .where(live_meeting)
        .order_by(Meeting.start.desc(), Meeting.id)
    )
    return [MeetingRow(*row) for row in session.execute(query)]


def meeting_detail(session: Session, meeting_id: str) -> MeetingDetail | None:
    m = session.get(Meeting, meeting_id)
    if m is None or m.deleted:
        return None
    return MeetingDetail(
        id=m.id, group_id=m.group_id, title=m.title, start=m.start, end=m.end, kind=m.kind,
        mode=m.mode, location=m.location, summary=m.summary or "",
    )


# -- one meeting's parts ---------------------------------------------------------


def agenda_plan(session: Session, meeting_id: str) -> AgendaPlan | None:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None or meeting.deleted:
        return None
    presenter = Entity.__table__.alias("presenter")
    rows = session.execute(
        select(
            AgendaItem.id, AgendaItem.position, AgendaItem.title, AgendaItem.presenter_id,
            presenter.c.acronym, presenter.c.name, AgendaItem.minutes, AgendaItem.activity_id,
            Activity.code, Activity.title, AgendaItem.notes, AgendaItem.done,
        )
        .outerjoin(presenter, presenter.c.id == AgendaItem.presenter_id)
        .outerjoin(Activity, Activity.id == AgendaItem.activity_id)
        .where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted.is_(False))
        .order_by(AgendaItem.position, AgendaItem.id)
    ).all()
    items = []
    clock = meeting.start
    for row in rows:
        item = AgendaRow(*row[:11], done=bool(row[11]), starts_at=clock)
        items.append(item)
        clock = item.ends_at
    return AgendaPlan(meeting.start, meeting.end, tuple(items))


def attendance_sheet(session: Session, meeting_id: str) -> AttendanceSheet:
    """The group's chair, vice-chairs, members and observers on the meeting's day, ticked if present.

    Entities recorded as present that held no role that day (guests, or
    members who have since left) are listed too, so that no tick is hidden.
    """
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        return AttendanceSheet(())
    day = meeting.start.date()
    roles: dict[str, str] = {}
    for (entity_id,) in session.execute(
        select(ChairTerm.entity_id).where(
            ChairTerm.group_id == meeting.group_id, ChairTerm.deleted.is_(False),
            ChairTerm.start <= day, or_(ChairTerm.end.is_(None), ChairTerm.end >= day),
        )
    ):
        roles[entity_id] = CHAIR
    for entity_id, role in session.execute(
        select(Membership.entity_id, Membership.role).where(
            Membership.group_id == meeting.group_id, Membership.deleted.is_(False),
            or_(Membership.start.is_(None), Membership.start <= day),
            or_(Membership.end.is_(None), Membership.end >= day),
        )
    ):
        current = roles.get(entity_id)
        if current is None or ATTENDANCE_ROLES.index(role.value) < ATTENDANCE_ROLES.index(current):
            roles[entity_id] = role.value
    present = set(
        session.scalars(
            select(Attendance.entity_id).where(
                Attendance.meeting_id == meeting_id, Attendance.deleted.is_(False)
            )
        )
    )
    for entity_id in present - roles.keys():
        roles[entity_id] = GUEST
    if not roles:
        return AttendanceSheet(())
    entities = session.execute(
        select(Entity.id, Entity.acronym, Entity.name).where(Entity.id.in_(list(roles)))
    ).all()
    rows = [
        AttendanceRow(entity_id, acronym, name, roles[entity_id], entity_id in present)
        for entity_id, acronym, name in entities
    ]
    rows.sort(key=lambda r: (ATTENDANCE_ROLES.index(r.role), r.acronym.casefold(), r.entity_id))
    return AttendanceSheet(tuple(rows))


def decision_rows(session: Session, meeting_id: str) -> list[DecisionRow]:
    return [
        DecisionRow(*row)
        for row in session.execute(
            select(Decision.id, Decision.position, Decision.text)
            .where(Decision.meeting_id == meeting_id, Decision.deleted.is_(False))
            .order_by(Decision.position, Decision.id)
        )
    ]


def action_rows(session: Session, meeting_id: str) -> list[ActionRow]:
    owner = Entity.__table__.alias("owner")
    return [
        ActionRow(*row)
        for row in session.execute(
            select(
                ActionItem.id, ActionItem.position, ActionItem.text, ActionItem.owner_id,
                owner.c.acronym, owner.c.name, ActionItem.due, ActionItem.status,
                ActionItem.activity_id, Activity.code, Activity.title,
            )
            .outerjoin(owner, owner.c.id == ActionItem.owner_id)
            .outerjoin(Activity, Activity.id == ActionItem.activity_id)
            .where(ActionItem.meeting_id == meeting_id, ActionItem.deleted.is_(False))
            .order_by(ActionItem.position, ActionItem.id)
        )
    ]


# -- choices for editors and forms -----------------------------------------------


def entity_choices(session: Session) -> list[EntityChoice]:
    return [
        EntityChoice(*row)
        for row in session.execute(
            select(Entity.id, Entity.acronym, Entity.name)
            .where(Entity.deleted.is_(False))
            .order_by(func.lower(Entity.acronym), Entity.id)
        )
    ]


def activity_choices(session: Session, group_id: str) -> list[ActivityChoice]:
    """The activities of the group's work plans, by period then in work-plan order."""
    return [
        ActivityChoice(*row)
        for row in session.execute(
            select(Activity.id, Activity.code, Activity.title, WorkPlan.period)
            .join(Output, Activity.output_id == Output.id)
            .join(WorkPlan, Output.work_plan_id == WorkPlan.id)
            .where(
                WorkPlan.group_id == group_id, WorkPlan.deleted.is_(False),
                Output.deleted.is_(False), Activity.deleted.is_(False),
            )
            .order_by(WorkPlan.period, Output.position, Output.id, Activity.position, Activity.id)
        )
    ]


def template_choices(session: Session, group_id: str) -> list[TemplateChoice]:
    """The group's own agenda templates first, then the shared ones, by name."""
    items = (
        select(
            TemplateItem.template_id.label("template_id"),
            func.count().label("item_count"),
            func.coalesce(func.sum(TemplateItem.minutes), 0).label("minutes"),
        )
        .where(TemplateItem.deleted.is_(False))
        .group_by(TemplateItem.template_id)
        .subquery()
    )
    shared = case((AgendaTemplate.group_id.is_(None), 1), else_=0)
    return [
        TemplateChoice(id, name, bool(is_shared), count, minutes)
        for id, name, is_shared, count, minutes in session.execute(
            select(
                AgendaTemplate.id, AgendaTemplate.name, shared,
                func.coalesce(items.c.item_count, 0), func.coalesce(items.c.minutes, 0),
            )
            .outerjoin(items, items.c.template_id == AgendaTemplate.id)
            .where(
                AgendaTemplate.deleted.is_(False),
                or_(AgendaTemplate.group_id == group_id, AgendaTemplate.group_id.is_(None)),
            )
            .order_by(shared, func.lower(AgendaTemplate.name), AgendaTemplate.id)
        )
    ]


def previous_meeting(session: Session, group_id: str, before: datetime) -> PreviousMeeting | None:
    """The group's latest meeting that starts before `before`, with what it would carry over."""
    row = session.execute(
        select(Meeting.id, Meeting.title, Meeting.start)
        .where(Meeting.group_id == group_id, Meeting.deleted.is_(False), Meeting.start < before)
        .order_by(Meeting.start.desc(), Meeting.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    meeting_id, title, start = row
    open_actions = session.scalar(
        select(func.count()).select_from(ActionItem).where(
            ActionItem.meeting_id == meeting_id, ActionItem.deleted.is_(False),
            ActionItem.status == ActionStatus.OPEN,
        )
    )
    unfinished = session.scalar(
        select(func.count()).select_from(AgendaItem).where(
            AgendaItem.meeting_id == meeting_id, AgendaItem.deleted.is_(False),
            AgendaItem.done.is_(False),
        )
    )
    return PreviousMeeting(meeting_id, title, start, open_actions or 0, unfinished or 0)


# -- dates for new meetings --------------------------------------------------------


def same_slot_next_quarter(moment: datetime) -> datetime:
    """The same slot one quarter later: "the 2nd Wednesday of the quarter's 3rd month, 15:00".

    Regular meetings keep their rhythm this way (same weekday, same week of
    the same month of the quarter); a 5th weekday that the target month lacks
    becomes that month's last one.
    """
    day = moment.date()
    nth = (day.day - 1) // 7  # 0 = first such weekday of the month
    year, month0 = divmod(day.year * 12 + day.month - 1 + 3, 12)
    month = month0 + 1
    first = date(year, month, 1)
    first_same_weekday = 1 + (day.weekday() - first.weekday()) % 7
    target_day = first_same_weekday + 7 * nth
    last_day = calendar.monthrange(year, month)[1]
    while target_day > last_day:
        target_day -= 7
    return datetime.combine(date(year, month, target_day), moment.time())


def default_duplicate_start(start: datetime, kind: MeetingKind) -> datetime:
    """Where "Duplicate meeting" proposes the copy: next quarter for a regular meeting, else a week on."""
    if kind == MeetingKind.REGULAR:
        return same_slot_next_quarter(start)
    return start + timedelta(days=7)


DEFAULT_START_HOUR = 14
DEFAULT_MINUTES = 90


def propose_next_meeting(session: Session, group_id: str, today: date) -> MeetingProposal:
    """The group's next regular quarterly meeting, in the rhythm of its latest one.

    The slot after the latest regular meeting, moved on by quarters until it
    is not in the past; without any regular meeting, two weeks from today at 14:00.
    """
    group = session.get(WorkingGroup, group_id)
    acronym = group.acronym if group is not None else ""
    last = session.execute(
        select(Meeting.start, Meeting.end, Meeting.mode)
        .where(
            Meeting.group_id == group_id, Meeting.deleted.is_(False),
            Meeting.kind == MeetingKind.REGULAR,
        )
        .order_by(Meeting.start.desc(), Meeting.id)
        .limit(1)
    ).first()
    if last is None:
        start = datetime.combine(today + timedelta(days=14), datetime.min.time()).replace(
            hour=DEFAULT_START_HOUR
        )
        return MeetingProposal(
            start, start + timedelta(minutes=DEFAULT_MINUTES), MeetingKind.REGULAR,
            MeetingMode.VIRTUAL, acronym,
        )
    last_start, last_end, mode = last
    duration = (last_end - last_start) if last_end and last_end > last_start else timedelta(
        minutes=DEFAULT_MINUTES
    )
    start = same_slot_next_quarter(last_start)
    while start.date() < today:
        start = same_slot_next_quarter(start)
    return MeetingProposal(start, start + duration, MeetingKind.REGULAR, mode, acronym)
