"""`chairdesk check`: SQLite's own integrity checks plus the model's invariants.

The database leaves natural keys unconstrained so that offline edits from
several laptops always merge (see models.py); this is where a duplicate
acronym or an overlapping chair term is found and reported instead. Two
records sharing a position key are not a problem: two laptops inserting at
the same place make them in routine use, and every reader orders by
(position, id), so the order is the same everywhere.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session
from sqlalchemy.types import Enum as SAEnum

from chairdesk.store import models as m
from chairdesk.store.tables import live


@dataclass(frozen=True)
class Problem:
    table: str
    record: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.table} {self.record}" if self.record else self.table
        return f"{where}: {self.message}"


def check_workspace(session: Session) -> list[Problem]:
    problems = list(_sqlite_checks(session))
    problems += _enum_values(session)
    problems += _duplicates(session, m.Entity, lambda e: e.acronym.casefold(), "acronym")
    problems += _duplicates(session, m.WorkingGroup, lambda g: g.acronym.casefold(), "acronym")
    problems += _date_order(session)
    problems += _chair_overlaps(session)
    problems += _ranges(session)
    problems += _activity_codes(session)
    problems += _attendance(session)
    return problems


def _sqlite_checks(session: Session) -> Iterator[Problem]:
    for (line,) in session.execute(text("PRAGMA integrity_check")):
        if line != "ok":
            yield Problem("database", None, f"integrity check: {line}")
    for table, rowid, parent, _fk in session.execute(text("PRAGMA foreign_key_check")):
        yield Problem(table, str(rowid), f"refers to a missing {parent} record")


def _live(session: Session, model: type[m.Record]) -> Iterable[m.Record]:
    return session.scalars(select(model).where(live(model)))


def _enum_values(session: Session) -> Iterator[Problem]:
    for model in m.SYNCED_MODELS:
        table = model.__table__
        for column in table.columns:
            if isinstance(column.type, SAEnum) and column.type.enum_class is not None:
                allowed = [e.value for e in column.type.enum_class]
                placeholders = ", ".join(f"'{v}'" for v in allowed)
                rows = session.execute(
                    text(
                        f'SELECT id, "{column.name}" FROM "{table.name}" '
                        f'WHERE "{column.name}" IS NOT NULL AND "{column.name}" NOT IN ({placeholders})'
                    )
                )
                for record_id, value in rows:
                    yield Problem(
                        table.name, record_id, f"{column.name} has unknown value '{value}'"
                    )


def _duplicates(session: Session, model: type[m.Record], key, what: str) -> Iterator[Problem]:  # noqa: ANN001
    seen: dict[str, m.Record] = {}
    for record in _live(session, model):
        k = key(record)
        if k in seen:
            yield Problem(
                model.__tablename__,
                record.id,
                f"duplicate {what} '{getattr(record, what)}' (also {seen[k].id})",
            )
        else:
            seen[k] = record


def _date_order(session: Session) -> Iterator[Problem]:
    pairs = [
        (m.Membership, "start", "end"),
        (m.ChairTerm, "start", "end"),
        (m.RotationPlan, "start", "until"),
        (m.Activity, "start", "due"),
        (m.Meeting, "start", "end"),
    ]
    for model, first, last in pairs:
        for record in _live(session, model):
            a, b = getattr(record, first), getattr(record, last)
            if a is not None and b is not None and b < a:
                yield Problem(model.__tablename__, record.id, f"{last} {b} is before {first} {a}")


def _chair_overlaps(session: Session) -> Iterator[Problem]:
    by_group: dict[str, list[m.ChairTerm]] = defaultdict(list)
    for term in _live(session, m.ChairTerm):
        by_group[term.group_id].append(term)
    for terms in by_group.values():
        terms.sort(key=lambda t: t.start)
        for earlier, later in zip(terms, terms[1:]):
            if earlier.end is None or earlier.end >= later.start:
                yield Problem(
                    "chair_term",
                    later.id,
                    f"starts {later.start} while the term {earlier.id} (from {earlier.start}) runs",
                )


def _ranges(session: Session) -> Iterator[Problem]:
    for a in _live(session, m.Activity):
        if not 0 <= a.progress <= 100:
            yield Problem("activity", a.id, f"progress {a.progress}% is outside 0-100")
    for model in (m.AgendaItem, m.TemplateItem):
        for item in _live(session, model):
            if item.minutes < 0:
                yield Problem(
                    model.__tablename__, item.id, f"negative duration ({item.minutes} min)"
                )


def _activity_codes(session: Session) -> Iterator[Problem]:
    rows = session.execute(
        select(m.Activity.id, m.Activity.code, m.Output.work_plan_id)
        .join(m.Output, m.Activity.output_id == m.Output.id)
        .where(live(m.Activity), live(m.Output))
    )
    seen: dict[tuple[str, str], str] = {}
    for activity_id, code, plan_id in rows:
        if (plan_id, code) in seen:
            yield Problem(
                "activity",
                activity_id,
                f"duplicate activity code '{code}' in its work plan (also {seen[(plan_id, code)]})",
            )
        else:
            seen[(plan_id, code)] = activity_id


def _attendance(session: Session) -> Iterator[Problem]:
    seen: set[tuple[str, str]] = set()
    for row in _live(session, m.Attendance):
        key = (row.meeting_id, row.entity_id)
        if key in seen:
            yield Problem("attendance", row.id, "entity recorded twice at the same meeting")
        seen.add(key)


def table_counts(session: Session) -> dict[str, tuple[int, int]]:
    """Per table: (live records, records in the trash)."""
    counts = {}
    for model in m.SYNCED_MODELS:
        table = model.__tablename__
        live, trash = session.execute(
            text(
                f'SELECT coalesce(sum(deleted = 0), 0), coalesce(sum(deleted = 1), 0) FROM "{table}"'
            )
        ).one()
        counts[table] = (int(live), int(trash))
    return counts
