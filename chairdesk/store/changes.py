"""What a unit of work changed, field by field — so that it can be undone and redone.

Operations just edit records; a recorder attached to the session notes every
created record and every changed field (old and new value) as the session
flushes. Because nothing is ever hard-deleted, undoing a creation is setting
`deleted`, and a change set can always be replayed in either direction.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, attributes

from chairdesk.store.models import SYNCED_MODELS, Record

_MODELS: dict[str, type[Record]] = {m.__tablename__: m for m in SYNCED_MODELS}
_NOT_UNDONE = {"id", "created_at", "updated_at"}


@dataclass(frozen=True)
class FieldChange:
    table: str
    record_id: str
    field: str
    old: Any
    new: Any


@dataclass
class ChangeSet:
    """The records a unit of work created and the fields it changed, in order."""

    created: list[tuple[str, str]] = field(default_factory=list)
    fields: list[FieldChange] = field(default_factory=list)
    _at: dict[tuple[str, str, str], int] = field(default_factory=dict, repr=False, compare=False)

    @property
    def tables(self) -> set[str]:
        return {t for t, _ in self.created} | {c.table for c in self.fields}

    def records(self) -> dict[str, set[str]]:
        """Each table touched: the ids of its records created or changed."""
        found: dict[str, set[str]] = {}
        for table, record_id in self.created:
            found.setdefault(table, set()).add(record_id)
        for change in self.fields:
            found.setdefault(change.table, set()).add(change.record_id)
        return found

    def changed_fields(self) -> dict[str, set[str]]:
        """Each table whose records had fields changed: the names of those fields."""
        found: dict[str, set[str]] = {}
        for change in self.fields:
            found.setdefault(change.table, set()).add(change.field)
        return found

    def __bool__(self) -> bool:
        return bool(self.created or self.fields)

    def _note(self, change: FieldChange) -> None:
        # Several flushes may touch one field: keep the first old and the last new value.
        key = (change.table, change.record_id, change.field)
        i = self._at.get(key)
        if i is None:
            self._at[key] = len(self.fields)
            self.fields.append(change)
        else:
            self.fields[i] = FieldChange(*key, self.fields[i].old, change.new)


# session.info key: the ChangeSet a `recording` block fills, for writers that bypass the ORM.
_RECORDER = "chairdesk.changes.recorder"


def is_recording(session: Session) -> bool:
    return _RECORDER in session.info


def note_written(
    session: Session, created: Iterable[tuple[str, str]], fields: Iterable[FieldChange]
) -> None:
    """Record what a unit of work wrote without the ORM (an import's executemany), as the
    recorder records the ORM's own writes: so that it too is one undo step."""
    changes = session.info.get(_RECORDER)
    if changes is None:
        return
    changes.created.extend(created)
    for change in fields:
        changes._note(change)


@contextmanager
def recording(session: Session) -> Iterator[ChangeSet]:
    """Record what `session` creates and changes while the block runs."""
    changes = ChangeSet()
    created: set[tuple[str, str]] = set()

    def before_flush(session: Session, _context: object, _instances: object) -> None:
        for obj in session.new:
            if isinstance(obj, Record):
                key = (obj.__tablename__, obj.id)
                if key not in created:
                    created.add(key)
                    changes.created.append(key)
        for obj in session.dirty:
            if not isinstance(obj, Record) or (obj.__tablename__, obj.id) in created:
                continue
            for attr in inspect(obj).mapper.column_attrs:
                if attr.key in _NOT_UNDONE:
                    continue
                history = attributes.get_history(obj, attr.key)
                if not history.has_changes():
                    continue
                old = history.deleted[0] if history.deleted else None
                new = history.added[0] if history.added else None
                if old != new:
                    changes._note(FieldChange(obj.__tablename__, obj.id, attr.key, old, new))

    event.listen(session, "before_flush", before_flush)
    outer = session.info.get(_RECORDER)
    session.info[_RECORDER] = changes
    try:
        yield changes
        session.flush()
    finally:
        event.remove(session, "before_flush", before_flush)
        if outer is None:
            session.info.pop(_RECORDER, None)
        else:
            session.info[_RECORDER] = outer


def replay(session: Session, changes: ChangeSet, *, undo: bool) -> None:
    """Apply `changes` backwards (undo) or forwards (redo) in `session`."""
    steps = reversed(changes.fields) if undo else changes.fields
    for change in steps:
        record = session.get(_MODELS[change.table], change.record_id)
        if record is not None:
            setattr(record, change.field, change.old if undo else change.new)
    for table, record_id in changes.created:
        record = session.get(_MODELS[table], record_id)
        if record is not None:
            record.deleted = undo
    session.flush()
