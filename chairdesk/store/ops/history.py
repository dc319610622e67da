"""A record's history across laptops, and giving a field back a value it once had.

Sync keeps, per field, who changed it and the value each change overwrote
(chairdesk.store.sync_tables.field_history). Restoring one of those values is
an ordinary edit: it goes through the session like any other, so it is undone
with Ctrl+Z and reaches the other laptops by the next round.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from chairdesk.store.models import SYNCED_MODELS, Record, text_limit
from chairdesk.store.ops import OperationError, stored_date, stored_text
from chairdesk.store.refusals import Label, Refusal

_MODELS: dict[str, type[Record]] = {m.__tablename__: m for m in SYNCED_MODELS}
_NOT_RESTORED = {"id", "created_at", "updated_at"}


@dataclass(frozen=True)
class HistoryEntry:
    changed_at: datetime  # UTC
    field: str
    laptop: str  # the device's name, or its id's beginning when it never said
    origin: str  # "local" | "remote"
    value: str | None  # JSON of the stored value
    overwritten: str | None

    def shown(self, which: str) -> str:
        raw = self.value if which == "value" else self.overwritten
        if raw is None:
            return ""
        value = json.loads(raw)
        return "" if value is None else str(value)


def record_history(session: Session, table: str, record_id: str) -> list[HistoryEntry]:
    """Newest first; empty when the workspace has never synced."""
    from chairdesk.store.sync_tables import SyncDevice, field_history

    names = {d.device_id: d.name for d in session.scalars(sa.select(SyncDevice))}
    return [
        HistoryEntry(
            h.changed_at,
            h.field,
            names.get(h.device_id) or h.device_id[:8],
            h.origin,
            h.value,
            h.overwritten,
        )
        for h in field_history(session, table, record_id)
    ]


def restore_field(
    session: Session, table: str, record_id: str, field: str, stored: str | None
) -> None:
    """Set `field` of the record back to `stored` (JSON of the value as SQLite keeps it)."""
    model = _MODELS.get(table)
    if model is None or field in _NOT_RESTORED or field not in model.__table__.c:
        raise OperationError("field", Refusal.NOT_RESTORABLE, table=table, field=field)
    record = session.get(model, record_id)
    if record is None:
        raise OperationError("record", Refusal.GONE, what=Label.THIS_RECORD)
    raw = json.loads(stored) if stored is not None else None
    column = model.__table__.c[field]
    if raw is None:
        if not column.nullable:
            raise OperationError(field, Refusal.EMPTY, label=field)  # the column's own name
        value = None
    else:
        # SQLAlchemy turns the stored form into the Python value (dates, enums, booleans).
        value = session.execute(
            sa.text("SELECT :raw AS v").bindparams(raw=raw).columns(v=column.type)
        ).scalar_one()
    # A value from history may have come from another laptop: it passes today's rule first.
    if isinstance(value, str):
        stored_text(value, field, Label.VALUE, text_limit(model, field))
    elif isinstance(value, date):
        stored_date(value, field, Label.VALUE)
    setattr(record, field, value)
