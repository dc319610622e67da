"""What the Meetings screen asks of the store, answered as immutable plain values.

Every function reads in the caller's session or connection and hands back
values only (named tuples), so that the GUI can keep them after the session
has closed. They read the Core tables of chairdesk.store.tables: the Meetings
view, often the first on screen, needs no ORM to appear (and a named tuple
costs a tenth of a frozen dataclass to define, at start-up too).

The meeting list is one aggregate query whatever the number of meetings: a
group with ten thousand of them must still open at once.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, NamedTuple

from sqlalchemy import and_, case, func, or_, select

from chairdesk.domain.quarters import Quarter
from chairdesk.domain.vocabulary import ActionStatus, MeetingKind, MeetingMode, Role
from chairdesk.store import tables as t
from chairdesk.store.queries import group_acronym
from chairdesk.store.tables import live

if TYPE_CHECKING:
    from collections.abc import Collection

    from chairdesk.store.tables import Reader


#: The roles an entity can hold in a group, most senior first ("guest": attended, not a member).
CHAIR = "chair"
GUEST = "guest"
ATTENDANCE_ROLES = (CHAIR, Role.VICE_CHAIR.value, Role.MEMBER.value, Role.OBSERVER.value, GUEST)


class MeetingRow(NamedTuple):
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
    """The fields of one meeting that its editor shows (the documents' `MeetingInfo` adds
    what they print around them)."""

    id: str
    group_id: str
    title: str
    start: datetime
    end: datetime | None
    kind: MeetingKind
    mode: MeetingMode
    location: str | None
    summary: str


class AgendaRow(NamedTuple):
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


class AgendaPlan(NamedTuple):
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


class AttendanceRow(NamedTuple):
    """One entity on a meeting's attendance sheet."""

    entity_id: str
    acronym: str
    name: str
    role: str  # one of ATTENDANCE_ROLES
    present: bool


class AttendanceSheet(NamedTuple):
    """Who was expected at a meeting, and who came."""

    rows: tuple[AttendanceRow, ...]

    @property
    def present(self) -> int:
        return sum(1 for r in self.rows if r.present)

    @property
    def total(self) -> int:
        return len(self.rows)


class DecisionRow(NamedTuple):
    """One decision of a meeting."""

    id: str
    position: str
    text: str


class ActionRow(NamedTuple):
    """One action item of a meeting, with its owner and activity."""

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


class EntityChoice(NamedTuple):
    """An entity to choose (presenter, owner, attendee)."""

    id: str
    acronym: str
    name: str


class ActivityChoice(NamedTuple):
    """A work-plan activity to link an agenda item or action item to."""

    id: str
    code: str
    title: str
    period: str


class TemplateChoice(NamedTuple):
    """An agenda template to start a new meeting from."""

    id: str
    name: str
    shared: bool  # a template for every group rather than this group's own
    items: int
    minutes: int


class PreviousMeeting(NamedTuple):
    """The meeting a new one carries open action items and unfinished agenda items over from."""

    id: str
    title: str
    start: datetime
    open_actions: int
    unfinished_items: int


class MeetingProposal(NamedTuple):
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


def meeting_rows(
    session: Reader, group_id: str, ids: Collection[str] | None = None
) -> list[MeetingRow]:
    """The group's meetings, newest first, with agenda length and open actions: one query.

    `ids`: only those meetings (those of them still the group's), to update a list in place.
    """
    meeting, agenda_item, action_item = t.meeting.c, t.agenda_item.c, t.action_item.c
    live_meeting = and_(meeting.group_id == group_id, live(meeting))
    if ids is not None:
        live_meeting = and_(live_meeting, meeting.id.in_(list(ids)))
    agenda = (
        select(
            agenda_item.meeting_id.label("meeting_id"),
            func.count().label("item_count"),
            func.coalesce(func.sum(agenda_item.minutes), 0).label("minutes"),
        )
        .join_from(t.agenda_item, t.meeting, agenda_item.meeting_id == meeting.id)
        .where(live_meeting, live(agenda_item))
        .group_by(agenda_item.meeting_id)
        .subquery()
    )
    actions = (
        select(action_item.meeting_id.label("meeting_id"), func.count().label("open"))
        .join_from(t.action_item, t.meeting, action_item.meeting_id == meeting.id)
        .where(live_meeting, live(action_item), action_item.status == ActionStatus.OPEN)
        .group_by(action_item.meeting_id)
        .subquery()
    )
    query = (
        select(
            meeting.id,
            meeting.title,
            meeting.start,
            meeting.end,
            meeting.kind,
            meeting.mode,
            meeting.location,
            func.coalesce(agenda.c.item_count, 0),
            func.coalesce(agenda.c.minutes, 0),
            func.coalesce(actions.c.open, 0),
        )
        .select_from(t.meeting)
        .outerjoin(agenda, agenda.c.meeting_id == meeting.id)
        .outerjoin(actions, actions.c.meeting_id == meeting.id)
        .where(live_meeting)
        .order_by(meeting.start.desc(), meeting.id)
    )
    return [MeetingRow(*row) for row in session.execute(query)]


def meetings_of_items(session: Reader, table: str, ids: Collection[str]) -> set[str]:
    """The meetings that agenda items or action items (`table`, deleted or not) belong to."""
    if not ids:
        return set()
    items = getattr(t, table).c
    return set(session.scalars(select(items.meeting_id).where(items.id.in_(list(ids)))))


def meeting_detail(session: Reader, meeting_id: str) -> MeetingDetail | None:
    meeting = t.meeting.c
    row = session.execute(
        select(
            meeting.id,
            meeting.group_id,
            meeting.title,
            meeting.start,
            meeting.end,
            meeting.kind,
            meeting.mode,
            meeting.location,
            meeting.summary,
        ).where(meeting.id == meeting_id, live(meeting))
    ).first()
    if row is None:
        return None
    return MeetingDetail(*row[:8], summary=row.summary or "")


def _meeting_times(
    session: Reader, meeting_id: str
) -> tuple[str, datetime, datetime | None] | None:
    """(group id, start, end) of a meeting that is not deleted."""
    meeting = t.meeting.c
    row = session.execute(
        select(meeting.group_id, meeting.start, meeting.end).where(
            meeting.id == meeting_id, live(meeting)
        )
    ).first()
    return None if row is None else tuple(row)


# -- one meeting's parts ---------------------------------------------------------


def agenda_plan(session: Reader, meeting_id: str) -> AgendaPlan | None:
    times = _meeting_times(session, meeting_id)
    if times is None:
        return None
    _, start, end = times
    item, activity = t.agenda_item.c, t.activity.c
    presenter = t.entity.alias("presenter")
    rows = session.execute(
        select(
            item.id,
            item.position,
            item.title,
            item.presenter_id,
            presenter.c.acronym,
            presenter.c.name,
            item.minutes,
            item.activity_id,
            activity.code,
            activity.title,
            item.notes,
            item.done,
        )
        .select_from(t.agenda_item)
        .outerjoin(presenter, presenter.c.id == item.presenter_id)
        .outerjoin(t.activity, activity.id == item.activity_id)
        .where(item.meeting_id == meeting_id, live(item))
        .order_by(item.position, item.id)
    ).all()
    items = []
    clock = start
    for row in rows:
        agenda_row = AgendaRow(*row[:11], done=bool(row[11]), starts_at=clock)
        items.append(agenda_row)
        clock = agenda_row.ends_at
    return AgendaPlan(start, end, tuple(items))


def attendance_sheet(session: Reader, meeting_id: str) -> AttendanceSheet:
    """The group's chair, vice-chairs, members and observers on the meeting's day, ticked if present.

    Entities recorded as present that held no role that day (guests, or
    members who have since left) are listed too, so that no tick is hidden.
    """
    meeting = t.meeting.c
    found = session.execute(
        select(meeting.group_id, meeting.start).where(meeting.id == meeting_id)
    ).first()
    if found is None:
        return AttendanceSheet(())
    group_id, start = found
    day = start.date()
    term, member, attendance, entity = t.chair_term.c, t.membership.c, t.attendance.c, t.entity.c
    roles: dict[str, str] = {}
    for (entity_id,) in session.execute(
        select(term.entity_id).where(
            term.group_id == group_id,
            live(term),
            term.start <= day,
            or_(term.end.is_(None), term.end >= day),
        )
    ):
        roles[entity_id] = CHAIR
    for entity_id, role in session.execute(
        select(member.entity_id, member.role).where(
            member.group_id == group_id,
            live(member),
            or_(member.start.is_(None), member.start <= day),
            or_(member.end.is_(None), member.end >= day),
        )
    ):
        current = roles.get(entity_id)
        if current is None or ATTENDANCE_ROLES.index(role.value) < ATTENDANCE_ROLES.index(current):
            roles[entity_id] = role.value
    present = set(
        session.execute(
            select(attendance.entity_id).where(
                attendance.meeting_id == meeting_id, live(attendance)
            )
        ).scalars()
    )
    for entity_id in present - roles.keys():
        roles[entity_id] = GUEST
    if not roles:
        return AttendanceSheet(())
    entities = session.execute(
        select(entity.id, entity.acronym, entity.name).where(entity.id.in_(list(roles)))
    ).all()
    rows = [
        AttendanceRow(entity_id, acronym, name, roles[entity_id], entity_id in present)
        for entity_id, acronym, name in entities
    ]
    rows.sort(key=lambda r: (ATTENDANCE_ROLES.index(r.role), r.acronym.casefold(), r.entity_id))
    return AttendanceSheet(tuple(rows))


def decision_rows(session: Reader, meeting_id: str) -> list[DecisionRow]:
    decision = t.decision.c
    return [
        DecisionRow(*row)
        for row in session.execute(
            select(decision.id, decision.position, decision.text)
            .where(decision.meeting_id == meeting_id, live(decision))
            .order_by(decision.position, decision.id)
        )
    ]


def action_rows(session: Reader, meeting_id: str) -> list[ActionRow]:
    action, activity = t.action_item.c, t.activity.c
    owner = t.entity.alias("owner")
    return [
        ActionRow(*row)
        for row in session.execute(
            select(
                action.id,
                action.position,
                action.text,
                action.owner_id,
                owner.c.acronym,
                owner.c.name,
                action.due,
                action.status,
                action.activity_id,
                activity.code,
                activity.title,
            )
            .select_from(t.action_item)
            .outerjoin(owner, owner.c.id == action.owner_id)
            .outerjoin(t.activity, activity.id == action.activity_id)
            .where(action.meeting_id == meeting_id, live(action))
            .order_by(action.position, action.id)
        )
    ]


# -- choices for editors and forms -----------------------------------------------


def entity_choices(session: Reader) -> list[EntityChoice]:
    entity = t.entity.c
    return [
        EntityChoice(*row)
        for row in session.execute(
            select(entity.id, entity.acronym, entity.name)
            .where(live(entity))
            .order_by(func.lower(entity.acronym), entity.id)
        )
    ]


def activity_choices(session: Reader, group_id: str) -> list[ActivityChoice]:
    """The activities of the group's work plans, by period then in work-plan order."""
    activity, output, plan = t.activity.c, t.output.c, t.work_plan.c
    return [
        ActivityChoice(*row)
        for row in session.execute(
            select(activity.id, activity.code, activity.title, plan.period)
            .select_from(t.activity)
            .join(t.output, activity.output_id == output.id)
            .join(t.work_plan, output.work_plan_id == plan.id)
            .where(
                plan.group_id == group_id,
                live(plan),
                live(output),
                live(activity),
            )
            .order_by(plan.period, output.position, output.id, activity.position, activity.id)
        )
    ]


def template_choices(session: Reader, group_id: str) -> list[TemplateChoice]:
    """The group's own agenda templates first, then the shared ones, by name."""
    template, template_item = t.agenda_template.c, t.template_item.c
    items = (
        select(
            template_item.template_id.label("template_id"),
            func.count().label("item_count"),
            func.coalesce(func.sum(template_item.minutes), 0).label("minutes"),
        )
        .where(live(template_item))
        .group_by(template_item.template_id)
        .subquery()
    )
    shared = case((template.group_id.is_(None), 1), else_=0)
    return [
        TemplateChoice(id, name, bool(is_shared), count, minutes)
        for id, name, is_shared, count, minutes in session.execute(
            select(
                template.id,
                template.name,
                shared,
                func.coalesce(items.c.item_count, 0),
                func.coalesce(items.c.minutes, 0),
            )
            .select_from(t.agenda_template)
            .outerjoin(items, items.c.template_id == template.id)
            .where(
                live(template),
                or_(template.group_id == group_id, template.group_id.is_(None)),
            )
            .order_by(shared, func.lower(template.name), template.id)
        )
    ]


def previous_meeting(session: Reader, group_id: str, before: datetime) -> PreviousMeeting | None:
    """The group's latest meeting that starts before `before`, with what it would carry over."""
    meeting, action, item = t.meeting.c, t.action_item.c, t.agenda_item.c
    row = session.execute(
        select(meeting.id, meeting.title, meeting.start)
        .where(meeting.group_id == group_id, live(meeting), meeting.start < before)
        .order_by(meeting.start.desc(), meeting.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    meeting_id, title, start = row
    open_actions = session.execute(
        select(func.count())
        .select_from(t.action_item)
        .where(
            action.meeting_id == meeting_id,
            live(action),
            action.status == ActionStatus.OPEN,
        )
    ).scalar()
    unfinished = session.execute(
        select(func.count())
        .select_from(t.agenda_item)
        .where(
            item.meeting_id == meeting_id,
            live(item),
            item.done.is_(False),
        )
    ).scalar()
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


def propose_next_meeting(session: Reader, group_id: str, today: date) -> MeetingProposal:
    """The group's next regular quarterly meeting, in the rhythm of its latest one.

    The slot after the latest regular meeting, moved on by quarters until it
    is not in the past; without any regular meeting, two weeks from today at 14:00.
    """
    acronym = group_acronym(session, group_id) or ""
    meeting = t.meeting.c
    last = session.execute(
        select(meeting.start, meeting.end, meeting.mode)
        .where(
            meeting.group_id == group_id,
            live(meeting),
            meeting.kind == MeetingKind.REGULAR,
        )
        .order_by(meeting.start.desc(), meeting.id)
        .limit(1)
    ).first()
    if last is None:
        start = datetime.combine(today + timedelta(days=14), datetime.min.time()).replace(
            hour=DEFAULT_START_HOUR
        )
        return MeetingProposal(
            start,
            start + timedelta(minutes=DEFAULT_MINUTES),
            MeetingKind.REGULAR,
            MeetingMode.VIRTUAL,
            acronym,
        )
    last_start, last_end, mode = last
    duration = (
        (last_end - last_start)
        if last_end and last_end > last_start
        else timedelta(minutes=DEFAULT_MINUTES)
    )
    start = same_slot_next_quarter(last_start)
    while start.date() < today:
        start = same_slot_next_quarter(start)
    return MeetingProposal(start, start + duration, MeetingKind.REGULAR, mode, acronym)


def template_named(session: Reader, group_id: str, name: str) -> str | None:
    """The id of a live agenda template of the group (or shared) called `name`, any case."""
    template = t.agenda_template.c
    return session.execute(
        select(template.id).where(
            live(template),
            func.lower(template.name) == name.strip().lower(),
            or_(template.group_id == group_id, template.group_id.is_(None)),
        )
    ).scalar()
