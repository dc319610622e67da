"""What the Work plan view and the reports read of a group's work plans, as plain values."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from chairdesk.domain.vocabulary import ActivityRole, ActivityStatus, FundingStatus
from chairdesk.store.models import (
    Activity,
    ActivityEntity,
    Entity,
    Output,
    ProgressUpdate,
    WorkPlan,
)
from chairdesk.store.tables import live

_PERIOD = re.compile(r"(\d{4})(?:-(\d{4}))?")

#: Statuses after which a due date no longer matters.
FINISHED = frozenset({ActivityStatus.COMPLETED, ActivityStatus.CANCELLED})


@dataclass(frozen=True)
class WorkPlanRef:
    id: str
    period: str

    @property
    def years(self) -> tuple[int, int] | None:
        return period_years(self.period)


@dataclass(frozen=True)
class ActivityRow:
    id: str
    output_id: str
    code: str
    title: str
    leads: tuple[str, ...]  # acronyms, in the activity's order
    partners: tuple[str, ...]
    start: date | None
    due: date | None
    status: ActivityStatus
    progress: int
    position: str

    def overdue_on(self, today: date) -> bool:
        return is_overdue(self.due, self.status, today)


@dataclass(frozen=True)
class OutputRow:
    id: str
    code: str
    title: str
    position: str
    activities: tuple[ActivityRow, ...]


@dataclass(frozen=True)
class UpdateRow:
    id: str
    date: date
    text: str


@dataclass(frozen=True)
class ActivityDetail:
    id: str
    output_id: str
    code: str
    title: str
    description: str | None
    indicator: str | None
    funding: FundingStatus | None
    start: date | None
    due: date | None
    status: ActivityStatus
    progress: int
    leads: tuple[tuple[str, str], ...]  # (entity id, acronym)
    partners: tuple[tuple[str, str], ...]
    updates: tuple[UpdateRow, ...]  # newest first


@dataclass(frozen=True)
class EntityChoice:
    id: str
    acronym: str
    name: str


def group_activities(group_id: str, *columns: object) -> Select:
    """The live activities of a group's live outputs in its live work plans, as a query to extend.

    Selects `columns` (default: the Activity records); Output and WorkPlan are joined, so a
    caller may filter or order by them too.
    """
    return (
        select(*(columns or (Activity,)))
        .select_from(Activity)
        .join(Output, Activity.output_id == Output.id)
        .join(WorkPlan, Output.work_plan_id == WorkPlan.id)
        .where(WorkPlan.group_id == group_id, live(WorkPlan), live(Output), live(Activity))
    )


def period_years(period: str) -> tuple[int, int] | None:
    """(first, last) year of "2021-2022" or "2023"; None for anything else."""
    match = _PERIOD.fullmatch(period.strip())
    if not match:
        return None
    first = int(match[1])
    return first, int(match[2] or first)


def is_overdue(due: date | None, status: ActivityStatus, today: date) -> bool:
    return due is not None and due < today and ActivityStatus(status) not in FINISHED


def work_plans(session: Session, group_id: str) -> list[WorkPlanRef]:
    """The group's work plans, oldest period first."""
    plans = [
        WorkPlanRef(plan_id, period)
        for plan_id, period in session.execute(
            select(WorkPlan.id, WorkPlan.period).where(
                WorkPlan.group_id == group_id, live(WorkPlan)
            )
        )
    ]
    return sorted(plans, key=lambda p: (p.years or (0, 0), p.period, p.id))


def current_work_plan(plans: list[WorkPlanRef], today: date) -> WorkPlanRef | None:
    """The plan whose period covers today (the most recently started), else the latest one."""
    covering = [p for p in plans if p.years and p.years[0] <= today.year <= p.years[1]]
    if covering:
        return max(covering, key=lambda p: (p.years, p.period))
    if not plans:
        return None
    return max(plans, key=lambda p: (p.years or (0, 0), p.period))


def suggested_period(plans: list[WorkPlanRef], today: date) -> str:
    """The period after the latest plan, of the same length ("2023-2024" after "2021-2022")."""
    spans = [p.years for p in plans if p.years]
    if not spans:
        return f"{today.year}-{today.year + 1}"
    first, last = max(spans)
    length = last - first
    return f"{last + 1}-{last + 1 + length}" if length else str(last + 1)


def _entities_of(
    session: Session, activity_ids: list[str]
) -> dict[str, dict[ActivityRole, list[tuple[str, str]]]]:
    found: dict[str, dict[ActivityRole, list[tuple[str, str]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    if not activity_ids:
        return found
    rows = session.execute(
        select(ActivityEntity.activity_id, ActivityEntity.role, Entity.id, Entity.acronym)
        .join(Entity, ActivityEntity.entity_id == Entity.id)
        .where(ActivityEntity.activity_id.in_(activity_ids), live(ActivityEntity))
        .order_by(ActivityEntity.position, ActivityEntity.id)
    )
    for activity_id, role, entity_id, acronym in rows:
        found[activity_id][ActivityRole(role)].append((entity_id, acronym))
    return found


def work_plan_outputs(session: Session, work_plan_id: str) -> list[OutputRow]:
    """The plan's outputs in their order, each with its activities in order."""
    outputs = list(
        session.scalars(
            select(Output)
            .where(Output.work_plan_id == work_plan_id, live(Output))
            .order_by(Output.position, Output.id)
        )
    )
    activities = list(
        session.scalars(
            select(Activity)
            .where(Activity.output_id.in_([o.id for o in outputs]), live(Activity))
            .order_by(Activity.position, Activity.id)
        )
    )
    by_output: dict[str, list[ActivityRow]] = defaultdict(list)
    for row in _activity_rows(session, activities):
        by_output[row.output_id].append(row)
    return [
        OutputRow(o.id, o.code, o.title, o.position, tuple(by_output.get(o.id, [])))
        for o in outputs
    ]


def activity_rows(session: Session, activity_ids: Collection[str]) -> list[ActivityRow]:
    """Those activities' rows as the plan's tree shows them (those not deleted), to update it in place."""
    if not activity_ids:
        return []
    activities = session.scalars(
        select(Activity).where(Activity.id.in_(list(activity_ids)), live(Activity))
    )
    return _activity_rows(session, list(activities))


def _activity_rows(session: Session, activities: list[Activity]) -> list[ActivityRow]:
    entities = _entities_of(session, [a.id for a in activities])
    rows = []
    for a in activities:
        links = entities.get(a.id, {})
        rows.append(
            ActivityRow(
                id=a.id,
                output_id=a.output_id,
                code=a.code,
                title=a.title,
                leads=tuple(acr for _, acr in links.get(ActivityRole.LEAD, [])),
                partners=tuple(acr for _, acr in links.get(ActivityRole.PARTNER, [])),
                start=a.start,
                due=a.due,
                status=ActivityStatus(a.status),
                progress=a.progress,
                position=a.position,
            )
        )
    return rows


def activity_detail(session: Session, activity_id: str) -> ActivityDetail | None:
    a = session.get(Activity, activity_id)
    if a is None or a.deleted:
        return None
    links = _entities_of(session, [a.id]).get(a.id, {})
    updates = session.execute(
        select(
            ProgressUpdate.id, ProgressUpdate.date, ProgressUpdate.text, ProgressUpdate.created_at
        ).where(ProgressUpdate.activity_id == a.id, live(ProgressUpdate))
    ).all()
    # Newest first; entries of one day in the order they were written, newest on top.
    updates.sort(key=lambda u: (u.date, u.created_at, u.id), reverse=True)
    return ActivityDetail(
        id=a.id,
        output_id=a.output_id,
        code=a.code,
        title=a.title,
        description=a.description,
        indicator=a.indicator,
        funding=FundingStatus(a.funding) if a.funding else None,
        start=a.start,
        due=a.due,
        status=ActivityStatus(a.status),
        progress=a.progress,
        leads=tuple(links.get(ActivityRole.LEAD, [])),
        partners=tuple(links.get(ActivityRole.PARTNER, [])),
        updates=tuple(UpdateRow(u.id, u.date, u.text) for u in updates),
    )


def entity_choices(session: Session) -> list[EntityChoice]:
    """Every entity an activity may name as lead or partner, by acronym."""
    return [
        EntityChoice(entity_id, acronym, name)
        for entity_id, acronym, name in session.execute(
            select(Entity.id, Entity.acronym, Entity.name)
            .where(live(Entity))
            .order_by(Entity.acronym, Entity.id)
        )
    ]


class ActivityLine(NamedTuple):
    """One activity as `chairdesk activity list` prints it."""

    period: str
    output: str  # the output's code
    code: str
    status: ActivityStatus
    progress: int
    due: date | None
    title: str


def activity_lines(session: Session, group_id: str) -> list[ActivityLine]:
    """The group's activities, by work plan, output and place."""
    query = group_activities(
        group_id,
        WorkPlan.period,
        Output.code,
        Activity.code,
        Activity.status,
        Activity.progress,
        Activity.due,
        Activity.title,
    ).order_by(
        WorkPlan.period, WorkPlan.id, Output.position, Output.id, Activity.position, Activity.id
    )
    return [ActivityLine(*row) for row in session.execute(query)]


def activity_ids_with_code(session: Session, group_id: str, code: str) -> list[str]:
    """The group's activities coded `code`, whatever its case (more than one: a code reused)."""
    return list(
        session.scalars(
            group_activities(group_id, Activity.id).where(
                func.lower(Activity.code) == code.strip().lower()
            )
        )
    )
