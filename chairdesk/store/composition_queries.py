"""What the composition and chairmanship screens read: plain, frozen rows.

Rows carry both ids (for the operations) and the acronyms people read, so a
view never needs to keep an ORM object or ask the session again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from chairdesk.domain.vocabulary import EntityKind, Pillar, Role, TermLength
from chairdesk.store.models import (
    ChairTerm,
    Contact,
    Entity,
    Membership,
    RotationPlan,
    RotationSlot,
    WorkingGroup,
)
from chairdesk.store.tables import live

__all__ = [
    "ChairTermRow",
    "ContactRow",
    "EntityRow",
    "GroupDetails",
    "MembershipRow",
    "RotationPlanRow",
    "chair_term_rows",
    "contacts",
    "entities",
    "entity_acronyms",
    "entity_ids_by_acronym",
    "group_details",
    "group_entities",
    "groups",
    "latest_rotation_plan_id",
    "memberships",
    "rotation_plans",
]


@dataclass(frozen=True)
class EntityRow:
    id: str
    acronym: str
    name: str
    kind: EntityKind


@dataclass(frozen=True)
class GroupDetails:
    id: str
    acronym: str
    name: str
    pillar: Pillar
    mandate: str
    objectives: str
    tor_revised: date | None
    tor_submitted: date | None
    name_fr: str = ""  # "": not recorded
    time_zone: str = ""  # "": the computer's own


@dataclass(frozen=True)
class MembershipRow:
    id: str
    entity_id: str
    entity: str  # acronym
    entity_name: str
    role: Role
    start: date | None
    end: date | None

    def current_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class ContactRow:
    id: str
    entity_id: str
    entity: str  # acronym
    name: str
    job_title: str | None
    email: str | None
    phone: str | None
    group_id: str | None  # None: the focal point for all groups
    group: str | None  # the group's acronym


@dataclass(frozen=True)
class ChairTermRow:
    id: str
    entity_id: str
    entity: str  # acronym
    start: date
    end: date | None
    plan_id: str | None  # set when a rotation plan generated the term

    @property
    def from_rotation(self) -> bool:
        return self.plan_id is not None


@dataclass(frozen=True)
class RotationPlanRow:
    id: str
    start: date
    until: date
    term_length: TermLength
    entity_ids: tuple[str, ...]  # in order of the rotation
    entities: tuple[str, ...]  # their acronyms


def entities(session: Session) -> list[EntityRow]:
    rows = session.execute(
        select(Entity.id, Entity.acronym, Entity.name, Entity.kind).where(live(Entity))
    )
    result = [EntityRow(*row) for row in rows]
    result.sort(key=lambda e: (e.acronym.casefold(), e.id))
    return result


def group_details(session: Session, group_id: str | None) -> GroupDetails | None:
    group = session.get(WorkingGroup, group_id) if group_id else None
    if group is None or group.deleted:
        return None
    return _details(group)


def groups(session: Session) -> list[GroupDetails]:
    """Every working group, by pillar then acronym (the annex's order)."""
    found = session.scalars(
        select(WorkingGroup)
        .where(live(WorkingGroup))
        .order_by(WorkingGroup.pillar, WorkingGroup.acronym)
    )
    return [_details(g) for g in found]


def _details(group: WorkingGroup) -> GroupDetails:
    return GroupDetails(
        id=group.id,
        acronym=group.acronym,
        name=group.name,
        pillar=group.pillar,
        mandate=group.mandate or "",
        objectives=group.objectives or "",
        tor_revised=group.tor_revised,
        tor_submitted=group.tor_submitted,
        name_fr=group.name_fr or "",
        time_zone=group.time_zone or "",
    )


def memberships(session: Session, group_id: str) -> list[MembershipRow]:
    """Every membership of the group, current and past, by entity then start."""
    rows = session.execute(
        select(
            Membership.id,
            Entity.id,
            Entity.acronym,
            Entity.name,
            Membership.role,
            Membership.start,
            Membership.end,
        )
        .join(Entity, Membership.entity_id == Entity.id)
        .where(
            Membership.group_id == group_id,
            live(Membership),
            live(Entity),
        )
    )
    result = [MembershipRow(*row) for row in rows]
    result.sort(key=lambda m: (m.entity.casefold(), m.start or date.min, m.id))
    return result


def group_entities(session: Session, group_id: str) -> list[EntityRow]:
    """The entities that are or were members of the group, by acronym."""
    rows = session.execute(
        select(Entity.id, Entity.acronym, Entity.name, Entity.kind)
        .join(Membership, Membership.entity_id == Entity.id)
        .where(
            Membership.group_id == group_id,
            live(Membership),
            live(Entity),
        )
        .distinct()
    )
    result = [EntityRow(*row) for row in rows]
    result.sort(key=lambda e: (e.acronym.casefold(), e.id))
    return result


def contacts(session: Session, group_id: str | None = None) -> list[ContactRow]:
    """Focal points: all of them (group None), or those of `group_id`.

    A group's focal points are those named for it, and the all-groups focal
    points of the entities that are or were its members.
    """
    group = aliased(WorkingGroup)
    query = (
        select(
            Contact.id,
            Entity.id,
            Entity.acronym,
            Contact.name,
            Contact.job_title,
            Contact.email,
            Contact.phone,
            Contact.group_id,
            group.acronym,
        )
        .join(Entity, Contact.entity_id == Entity.id)
        .outerjoin(group, (Contact.group_id == group.id) & live(group))
        .where(live(Contact), live(Entity))
    )
    if group_id is not None:
        members = select(Membership.entity_id).where(
            Membership.group_id == group_id, live(Membership)
        )
        query = query.where(
            (Contact.group_id == group_id)
            | (Contact.group_id.is_(None) & Contact.entity_id.in_(members))
        )
    result = []
    for row in session.execute(query):
        contact = ContactRow(*row)
        if contact.group_id is not None and contact.group is None:
            continue  # its group is gone
        result.append(contact)
    result.sort(key=lambda c: (c.entity.casefold(), c.name.casefold(), c.id))
    return result


def chair_term_rows(session: Session, group_id: str) -> list[ChairTermRow]:
    rows = session.execute(
        select(
            ChairTerm.id,
            Entity.id,
            Entity.acronym,
            ChairTerm.start,
            ChairTerm.end,
            ChairTerm.plan_id,
        )
        .join(Entity, ChairTerm.entity_id == Entity.id)
        .where(ChairTerm.group_id == group_id, live(ChairTerm))
        .order_by(ChairTerm.start, ChairTerm.id)
    )
    return [ChairTermRow(*row) for row in rows]


def rotation_plans(session: Session, group_id: str) -> list[RotationPlanRow]:
    """The group's rotation plans, latest start first."""
    plans = session.scalars(
        select(RotationPlan)
        .where(RotationPlan.group_id == group_id, live(RotationPlan))
        .order_by(RotationPlan.start.desc(), RotationPlan.id)
    ).all()
    result = []
    for plan in plans:
        slots = session.execute(
            select(Entity.id, Entity.acronym)
            .join(RotationSlot, RotationSlot.entity_id == Entity.id)
            .where(RotationSlot.plan_id == plan.id, live(RotationSlot))
            .order_by(RotationSlot.position, RotationSlot.id)
        ).all()
        result.append(
            RotationPlanRow(
                id=plan.id,
                start=plan.start,
                until=plan.until,
                term_length=plan.term_length,
                entity_ids=tuple(entity_id for entity_id, _ in slots),
                entities=tuple(acronym for _, acronym in slots),
            )
        )
    return result


def entity_ids_by_acronym(session: Session, acronym: str) -> list[str]:
    """The live entities whose acronym is `acronym`, whatever its case."""
    return list(
        session.scalars(
            select(Entity.id).where(
                live(Entity), func.lower(Entity.acronym) == acronym.strip().lower()
            )
        )
    )


def entity_acronyms(session: Session) -> list[str]:
    """The acronyms of the live entities, sorted (to name the known ones)."""
    return list(
        session.scalars(select(Entity.acronym).where(live(Entity)).order_by(Entity.acronym))
    )


def latest_rotation_plan_id(session: Session, group_id: str) -> str | None:
    """The group's live rotation plan that starts last, if any."""
    return session.scalars(
        select(RotationPlan.id)
        .where(RotationPlan.group_id == group_id, live(RotationPlan))
        .order_by(RotationPlan.start.desc())
    ).first()
