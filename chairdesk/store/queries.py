"""Read-only questions the screens and reports ask of the store, answered as plain objects.

They read through the Core tables of chairdesk.store.tables, in an ORM session
or a plain connection alike, so that the main window needs no ORM to start.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, text

from chairdesk.domain.rotations import ChairTerm as Term
from chairdesk.domain.rotations import chair_on, next_handover
from chairdesk.domain.vocabulary import MeetingKind, Pillar
from chairdesk.store import tables as t
from chairdesk.store.tables import live

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from chairdesk.store.models import WorkingGroup
    from chairdesk.store.tables import Reader


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


def chair_terms(session: Reader, group_id: str) -> list[Term]:
    term, entity = t.chair_term.c, t.entity.c
    rows = session.execute(
        select(entity.acronym, term.start, term.end)
        .join_from(t.chair_term, t.entity, term.entity_id == entity.id)
        .where(term.group_id == group_id, live(term))
        .order_by(term.start)
    )
    return [Term(acronym, start, end) for acronym, start, end in rows]


def group_choices(session: Reader) -> list[tuple[str, str, str]]:
    """(id, acronym, name) of every working group, in the order of group_overviews."""
    group = t.working_group.c
    return [
        tuple(row)
        for row in session.execute(
            select(group.id, group.acronym, group.name)
            .where(live(group))
            .order_by(group.pillar, group.acronym)
        )
    ]


def group_acronym(session: Reader, group_id: str) -> str | None:
    """The acronym of a working group that is not deleted, or None."""
    group = t.working_group.c
    return session.execute(select(group.acronym).where(group.id == group_id, live(group))).scalar()


def workspace_name(session: Reader) -> str | None:
    info = t.workspace_info.c
    return session.execute(select(info.value).where(info.key == "name")).scalar()


def is_linked(session: Reader) -> bool:
    """Whether the workspace syncs through a folder (its sync state exists)."""
    return session.execute(text("SELECT 1 FROM sync_state WHERE id = 1")).first() is not None


def group_overviews(session: Reader, today: date) -> list[GroupOverview]:
    group, meeting = t.working_group.c, t.meeting.c
    groups = session.execute(
        select(group.id, group.acronym, group.name, group.pillar)
        .where(live(group))
        .order_by(group.pillar, group.acronym)
    ).all()
    counts: Counter[str] = Counter()
    upcoming: dict[str, datetime] = {}
    now = datetime.combine(today, datetime.min.time())
    for group_id, start in session.execute(
        select(meeting.group_id, meeting.start).where(live(meeting))
    ):
        counts[group_id] += 1
        if start >= now and (group_id not in upcoming or start < upcoming[group_id]):
            upcoming[group_id] = start
    overviews = []
    for g in groups:
        terms = chair_terms(session, g.id)
        overviews.append(
            GroupOverview(
                id=g.id,
                acronym=g.acronym,
                name=g.name,
                pillar=g.pillar,
                chair=chair_on(terms, today),
                next_handover=next_handover(terms, today),
                previous_term=max(
                    (t for t in terms if t.end is not None and t.end < today),
                    key=lambda t: t.end,
                    default=None,
                ),
                meetings=counts[g.id],
                next_meeting=upcoming.get(g.id),
            )
        )
    return overviews


def meeting_counts(session: Reader, year: int, group_id: str | None = None) -> Counter[MeetingKind]:
    """How many meetings of each kind were held in `year` (by one group, or by all)."""
    meeting = t.meeting.c
    query = (
        select(meeting.kind, func.count())
        .where(
            live(meeting),
            meeting.start >= datetime(year, 1, 1),
            meeting.start < datetime(year + 1, 1, 1),
        )
        .group_by(meeting.kind)
    )
    if group_id is not None:
        query = query.where(meeting.group_id == group_id)
    return Counter(dict(session.execute(query).all()))


def ids_starting_with(session: Reader, records: Any, prefix: str) -> list[str]:
    """The ids of live `records` (a model or table) that begin with `prefix`, sorted.

    How a person names a record on the command line: by an id `chairdesk` printed, shortened.
    """
    ids = records.c.id if hasattr(records, "c") else records.id
    return list(
        session.scalars(
            select(ids).where(live(records), ids.startswith(prefix, autoescape=True)).order_by(ids)
        )
    )


def group_by_acronym(session: Session, acronym: str) -> WorkingGroup | None:
    from chairdesk.store.models import WorkingGroup

    return session.scalars(
        select(WorkingGroup).where(WorkingGroup.acronym == acronym, live(WorkingGroup))
    ).first()
