"""Read-only questions the screens and reports ask of the store, answered as plain objects."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from chairdesk.domain.rotations import ChairTerm as Term
from chairdesk.domain.rotations import chair_on, next_handover
from chairdesk.domain.vocabulary import MeetingKind, Pillar
from chairdesk.store.models import ChairTerm, Entity, Meeting, WorkingGroup


@dataclass(frozen=True)
class GroupOverview:
    id: str
    acronym: str
    name: str
    pillar: Pillar
    chair: str | None  # acronym of today's Chair
    next_handover: Term | None
    previous_term: Term | None  # the last term that ended before today, if nobody chairs now
    meetings: int
    next_meeting: datetime | None


def chair_terms(session: Session, group_id: str) -> list[Term]:
    rows = session.execute(
        select(Entity.acronym, ChairTerm.start, ChairTerm.end)
        .join(Entity, ChairTerm.entity_id == Entity.id)
        .where(ChairTerm.group_id == group_id, ChairTerm.deleted.is_(False))
        .order_by(ChairTerm.start)
    )
    return [Term(acronym, start, end) for acronym, start, end in rows]


def group_choices(session: Session) -> list[tuple[str, str, str]]:
    """(id, acronym, name) of every working group, in the order of group_overviews."""
    return [tuple(row) for row in session.execute(
        select(WorkingGroup.id, WorkingGroup.acronym, WorkingGroup.name)
        .where(WorkingGroup.deleted.is_(False))
        .order_by(WorkingGroup.pillar, WorkingGroup.acronym)
    )]


def group_overviews(session: Session, today: date) -> list[GroupOverview]:
    groups = session.scalars(
        select(WorkingGroup)
        .where(WorkingGroup.deleted.is_(False))
        .order_by(WorkingGroup.pillar, WorkingGroup.acronym)
    ).all()
    counts: Counter[str] = Counter()
    upcoming: dict[str, datetime] = {}
    now = datetime.combine(today, datetime.min.time())
    for group_id, start in session.execute(
        select(Meeting.group_id, Meeting.start).where(Meeting.deleted.is_(False))
    ):
        counts[group_id] += 1
        if start >= now and (group_id not in upcoming or start < upcoming[group_id]):
            upcoming[group_id] = start
    overviews = []
    for g in groups:
        terms = chair_terms(session, g.id)
        overviews.append(
            GroupOverview(
                id=g.id, acronym=g.acronym, name=g.name, pillar=g.pillar,
                chair=chair_on(terms, today), next_handover=next_handover(terms, today),
                previous_term=max(
                    (t for t in terms if t.end is not None and t.end < today),
                    key=lambda t: t.end, default=None,
                ),
                meetings=counts[g.id], next_meeting=upcoming.get(g.id),
            )
        )
    return overviews


def meeting_counts(session: Session, year: int, group_id: str | None = None) -> Counter[MeetingKind]:
    """How many meetings of each kind were held in `year` (by one group, or by all)."""
    query = (
        select(Meeting.kind, func.count())
        .where(
            Meeting.deleted.is_(False),
            Meeting.start >= datetime(year, 1, 1),
            Meeting.start < datetime(year + 1, 1, 1),
        )
        .group_by(Meeting.kind)
    )
    if group_id is not None:
        query = query.where(Meeting.group_id == group_id)
    return Counter({kind: count for kind, count in session.execute(query)})


def group_by_acronym(session: Session, acronym: str) -> WorkingGroup | None:
    return session.scalars(
        select(WorkingGroup).where(WorkingGroup.acronym == acronym, WorkingGroup.deleted.is_(False))
    ).first()
