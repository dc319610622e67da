"""The trash: records people deleted, and the way back.

Nothing is ever removed from a workspace (a concurrent edit inside a deleted
record must survive a sync, and a chair must be able to change their mind);
deleting sets `deleted`. This module lists those records in words a person
recognises and restores them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from chairdesk.store import models as m
from chairdesk.store.ops import OperationError
from chairdesk.store.refusals import Refusal


@dataclass(frozen=True)
class TrashItem:
    table: str
    id: str
    kind: str  # what it is, for people: "Meeting", "Agenda item"...
    label: str
    deleted_at: datetime


def _short(text: str | None, limit: int = 80) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


_DESCRIBE: dict[type[m.Record], tuple[str, Callable[[m.Record], str]]] = {
    m.Entity: ("Entity", lambda r: f"{r.acronym} — {r.name}"),
    m.WorkingGroup: ("Working group", lambda r: f"{r.acronym} — {r.name}"),
    m.Membership: (
        "Membership",
        lambda r: f"{r.entity.acronym} in {r.group.acronym} ({r.role.value.replace('_', '-')})",
    ),
    m.Contact: ("Focal point", lambda r: f"{r.name} ({r.entity.acronym})"),
    m.RotationPlan: (
        "Rotation plan",
        lambda r: f"{r.group.acronym}, {r.start.isoformat()} to {r.until.isoformat()}",
    ),
    m.ChairTerm: (
        "Chair term",
        lambda r: f"{r.entity.acronym} chairing {r.group.acronym} from {r.start.isoformat()}",
    ),
    m.WorkPlan: ("Work plan", lambda r: f"{r.group.acronym} {r.period}"),
    m.Output: ("Output", lambda r: f"{r.code}. {_short(r.title)}"),
    m.Activity: ("Activity", lambda r: f"{r.code} {_short(r.title)}"),
    m.ProgressUpdate: ("Progress update", lambda r: f"{r.date.isoformat()}: {_short(r.text)}"),
    m.Meeting: ("Meeting", lambda r: f"{r.start:%Y-%m-%d} {_short(r.title)}"),
    m.AgendaItem: ("Agenda item", lambda r: _short(r.title)),
    m.Decision: ("Decision", lambda r: _short(r.text)),
    m.ActionItem: ("Action item", lambda r: _short(r.text)),
    m.AgendaTemplate: ("Agenda template", lambda r: r.name),
    m.TemplateItem: ("Template item", lambda r: _short(r.title)),
    m.Narrative: ("Narrative", lambda r: f"{r.year} {r.section.value}: {_short(r.text, 60)}"),
}
_MODELS = {model.__tablename__: model for model in m.SYNCED_MODELS}


def trash_items(session: Session, limit: int = 2000) -> list[TrashItem]:
    """Deleted records that a person made, newest deletion first.

    Attendance ticks, rotation slots and activity links are left out: they
    are parts of a record shown elsewhere, restored through it or by undo.
    """
    items: list[TrashItem] = []
    for model, (kind, describe) in _DESCRIBE.items():
        rows = session.scalars(
            select(model)
            .where(model.deleted.is_(True))
            .order_by(model.updated_at.desc())
            .limit(limit)
        )
        items += [
            TrashItem(model.__tablename__, r.id, kind, describe(r), r.updated_at) for r in rows
        ]
    items.sort(key=lambda item: item.deleted_at, reverse=True)
    return items[:limit]


def restore(session: Session, table: str, record_id: str) -> None:
    """Take a record out of the trash."""
    model = _MODELS.get(table)
    record = session.get(model, record_id) if model else None
    if record is None:
        raise OperationError("id", Refusal.NO_SUCH_RECORD, id=record_id, table=table)
    if not record.deleted:
        raise OperationError("id", Refusal.NOT_IN_TRASH, table=table, id=record_id)
    record.deleted = False
