"""Applying a validated interchange file to a workspace, in the caller's transaction.

chairdesk.store.interchange reads a file and checks its shape and its own
consistency; this module takes the result (a WorkspaceFile) and

1. reads the workspace once, one query per table, as SQLite stores it;
2. matches every record of the file with the record it updates: by `id` when
   that id exists, else by its natural key among the live records that no id of
   the file claims (an entity by acronym, a meeting by group, start and title, an
   agenda item by title within its meeting: the second "Coffee break" to the
   second one), else it is new;
3. checks what the workspace would become against the rules `chairdesk check`
   holds it to (references, acronyms, chair terms, activity codes), and raises
   InterchangeError at the file's place that would break one;
4. writes what differs, one executemany per table, and tells sync which records
   changed (store/sync_tables.py) and, when the application records the unit of
   work for undo, what changed field by field (store/changes.py), as an edit
   through the ORM would.

A record's values are compared as SQLite stores them, so importing the same
file twice changes nothing the second time. Import never deletes: the only
records it moves to the trash are an activity's lead or partner links and a
rotation plan's places beyond the file's list, which are the file's to say.
"""

from __future__ import annotations

from collections import defaultdict, deque
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import Any

from sqlalchemy.dialects import sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from chairdesk.domain import positions
from chairdesk.domain.vocabulary import ActivityRole
from chairdesk.store.changes import FieldChange, is_recording, note_written
from chairdesk.store.interchange import ImportReport, InterchangeError, file_records
from chairdesk.store.interchange_format import MeetingIn, WorkspaceFile, period_years
from chairdesk.store.models import (
    SYNCED_MODELS,
    ActionItem,
    Activity,
    ActivityEntity,
    AgendaItem,
    AgendaTemplate,
    Attendance,
    ChairTerm,
    Contact,
    Decision,
    Entity,
    Meeting,
    Membership,
    Narrative,
    Output,
    ProgressUpdate,
    Record,
    RotationPlan,
    RotationSlot,
    TemplateItem,
    WorkingGroup,
    WorkPlan,
    new_id,
    utcnow,
)
from chairdesk.store.queries import is_linked
from chairdesk.store.sync_tables import note_changes

_DIALECT = sqlite.dialect()
_BOOKKEEPING = ("id", "created_at", "updated_at", "deleted")


def _to_sql(column_type: Any) -> Callable[[Any], Any] | None:
    """How SQLAlchemy turns a value into what SQLite stores (dates as ISO text, ...)."""
    return column_type.dialect_impl(_DIALECT).bind_processor(_DIALECT)


def _from_sql(column_type: Any) -> Callable[[Any], Any] | None:
    """How SQLAlchemy turns what SQLite stores back into a value (for the undo of an import)."""
    return column_type.dialect_impl(_DIALECT).result_processor(_DIALECT, None)


_STORED_TIME = _to_sql(Entity.__table__.c.updated_at.type)


class _Table:
    """One synced table: its records as the workspace holds them, and what the import writes.

    Values are tuples in `columns` order, as SQLite stores them (dates as ISO text,
    choices as their value), so that comparing them says whether a write changes anything.
    """

    def __init__(self, conn: Connection, model: type[Record], named_ids: Iterable[str]) -> None:
        table = model.__table__
        self.name = table.name
        own = [c for c in table.columns if c.name not in _BOOKKEEPING]
        self.columns = tuple(c.name for c in own)
        self.at = {name: i for i, name in enumerate(self.columns)}
        self._stored: tuple[Callable[[Any], Any] | None, ...] = tuple(_to_sql(c.type) for c in own)
        self._loaded: tuple[Callable[[Any], Any] | None, ...] = tuple(
            _from_sql(c.type) for c in own
        )
        names = ", ".join(f'"{c}"' for c in self.columns)
        self.rows: dict[str, tuple] = {}
        self.trashed: set[str] = set()
        # rowid order is the order records were made in: the first of two equals is the older.
        for record_id, deleted, *values in conn.exec_driver_sql(
            f'SELECT id, deleted, {names} FROM "{self.name}" ORDER BY rowid'
        ):
            self.rows[record_id] = tuple(values)
            if deleted:
                self.trashed.add(record_id)
        self.new: dict[str, tuple] = {}
        self.changed: dict[str, tuple[bool, tuple]] = {}  # id -> (deleted, values)
        self.places: dict[str, str] = {}  # the records the file wrote -> their place in it
        # Existing records the file names by id: no natural match takes them.
        self.claimed = {i for i in named_ids if i in self.rows}

    # -- the workspace as it is, and as it will be

    def was_live(self, record_id: str) -> bool:
        return record_id in self.rows and record_id not in self.trashed

    def live_before(self) -> Iterator[str]:
        return (r for r in self.rows if r not in self.trashed)

    def current(self, record_id: str) -> tuple:
        """The record's values after the import."""
        if record_id in self.new:
            return self.new[record_id]
        if record_id in self.changed:
            return self.changed[record_id][1]
        return self.rows[record_id]

    def get(self, record_id: str, column: str) -> Any:
        return self.current(record_id)[self.at[column]]

    def before(self, record_id: str, column: str) -> Any:
        return self.rows[record_id][self.at[column]]

    def is_live(self, record_id: str) -> bool:
        """Whether the record is live after the import."""
        if record_id in self.new:
            return True
        if record_id in self.changed:
            return not self.changed[record_id][0]
        return self.was_live(record_id)

    def live(self) -> Iterator[str]:
        """The records live after the import, older ones first."""
        yield from (r for r in self.rows if self.is_live(r))
        yield from self.new

    # -- matching

    def pool(
        self, key: Callable[[str], Hashable], among: Iterable[str] | None = None
    ) -> dict[Hashable, deque[str]]:
        """Live records no id of the file claims, by natural key; ordered ones in their order."""
        candidates = [
            r for r in (self.live_before() if among is None else among) if r not in self.claimed
        ]
        if "position" in self.at:
            candidates.sort(key=lambda r: (self.before(r, "position"), r))
        found: dict[Hashable, deque[str]] = defaultdict(deque)
        for record_id in candidates:
            found[key(record_id)].append(record_id)
        return found

    def match(
        self, record_id: str | None, pool: dict[Hashable, deque[str]], key: Hashable
    ) -> str | None:
        """The existing record a file record updates: its own id, else the first natural match."""
        if record_id is not None and record_id in self.rows:
            return record_id
        candidates = pool.get(key)
        return candidates.popleft() if candidates else None

    # -- writing

    def stored(self, values: dict[str, Any]) -> tuple:
        return tuple(
            [
                value if value is None or to_sql is None else to_sql(value)
                for value, to_sql in zip([values[c] for c in self.columns], self._stored)
            ]
        )

    def put(
        self, target: str | None, record_id: str | None, values: dict[str, Any], place: str
    ) -> str:
        """Write `values` into the existing record `target` (restoring it), or into a new record.

        A column `values` leaves out (a field a file written before it existed says nothing
        about) keeps the existing record's value, or is empty in a new one.
        """
        missing = {c for c in self.columns if c not in values}
        row = self.stored({**values, **dict.fromkeys(missing)})
        if missing and target is not None:
            current = self.current(target)
            row = tuple(
                current[i] if c in missing else v for i, (c, v) in enumerate(zip(self.columns, row))
            )
        if target is None:
            target = record_id if record_id is not None and record_id not in self.new else new_id()
            self.new[target] = row
        elif target in self.trashed or self.rows[target] != row:
            self.changed[target] = (False, row)
        else:  # as it was (an earlier step may have moved it, if it was in the way)
            self.changed.pop(target, None)
        self.places[target] = place
        return target

    def set(self, record_id: str, column: str, stored_value: Any) -> None:
        """Change one field of a record the file leaves out (its place in a list)."""
        values = list(self.current(record_id))
        values[self.at[column]] = stored_value
        self.changed[record_id] = (False, tuple(values))

    def trash(self, record_id: str) -> None:
        if self.is_live(record_id):
            self.changed[record_id] = (True, self.current(record_id))

    def clashes(self, a: str, b: str, columns: Sequence[str]) -> bool:
        """Whether two records the import leaves live first clash now: one of them is the
        file's, and they were not both live, with these values, before (two laptops may have
        made the same acronym offline: `chairdesk check` reports that, an import does not add it)."""
        if a not in self.places and b not in self.places:
            return False
        return not (
            self.was_live(a)
            and self.was_live(b)
            and all(self.get(r, c) == self.before(r, c) for r in (a, b) for c in columns)
        )

    def field_changes(self) -> Iterator[FieldChange]:
        """What the import changes in existing records, field by field, as Python values."""
        for record_id, (deleted, values) in self.changed.items():
            was_deleted = record_id in self.trashed
            if deleted != was_deleted:
                yield FieldChange(self.name, record_id, "deleted", was_deleted, deleted)
            for column, old, new, from_sql in zip(
                self.columns, self.rows[record_id], values, self._loaded
            ):
                if old != new:
                    yield FieldChange(
                        self.name,
                        record_id,
                        column,
                        *(v if v is None or from_sql is None else from_sql(v) for v in (old, new)),
                    )

    def write(self, conn: Connection, now: str) -> None:
        names = ", ".join(f'"{c}"' for c in self.columns)
        if self.new:
            marks = ", ".join("?" * (len(self.columns) + 4))
            conn.exec_driver_sql(
                f'INSERT INTO "{self.name}" (id, created_at, updated_at, deleted, {names}) VALUES ({marks})',
                [(record_id, now, now, 0, *values) for record_id, values in self.new.items()],
            )
        if self.changed:
            assignments = ", ".join(f'"{c}" = ?' for c in self.columns)
            conn.exec_driver_sql(
                f'UPDATE "{self.name}" SET deleted = ?, updated_at = ?, {assignments} WHERE id = ?',
                [
                    (int(deleted), now, *values, record_id)
                    for record_id, (deleted, values) in self.changed.items()
                ],
            )


def _date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


class _Tables(dict):
    """The workspace's tables, each read the first time the import needs it."""

    def __init__(self, conn: Connection, doc: WorkspaceFile) -> None:
        super().__init__()
        self.conn = conn
        self.named: dict[type[Record], list[str]] = defaultdict(list)
        for _place, model, record in file_records(doc):
            if record.id is not None:
                self.named[model].append(record.id)

    def __missing__(self, model: type[Record]) -> _Table:
        table = self[model] = _Table(self.conn, model, self.named.get(model, ()))
        return table


class _Import:
    """One import: the workspace's tables, the file's records matched to them, then the writes."""

    def __init__(self, session: Session, doc: WorkspaceFile) -> None:
        self.session = session
        self.doc = doc
        self.t = _Tables(session.connection(), doc)
        self.entities: dict[str, str] = {}  # acronym -> id, after the import
        self.groups: dict[str, str] = {}
        self.activities: dict[
            tuple[str, str], list[tuple[str, str]]
        ] = {}  # (group, code) -> [(id, period)]

    # -- references, resolved against the workspace as the import leaves it

    def entity(self, place: str, acronym: str | None) -> str | None:
        if acronym is None:
            return None
        found = self.entities.get(acronym)
        if found is None:
            raise InterchangeError(place, f"unknown entity '{acronym}'")
        return found

    def group(self, place: str, acronym: str | None) -> str | None:
        if acronym is None:
            return None
        found = self.groups.get(acronym)
        if found is None:
            raise InterchangeError(place, f"unknown working group '{acronym}'")
        return found

    def activity(
        self, place: str, meeting: MeetingIn, group_id: str, code: str | None
    ) -> str | None:
        """The activity `code` of the group's work plans; of the one covering the meeting's year if several."""
        if code is None:
            return None
        found = self.activities.get((group_id, code))
        if not found:
            raise InterchangeError(
                place, f"unknown activity '{code}' in {meeting.group}'s work plans"
            )
        if len(found) == 1:
            return found[0][0]
        year = meeting.start.year
        for activity_id, period in sorted(found, key=lambda f: f[1]):
            first, last = _period_years(period)
            if first <= year <= last:
                return activity_id
        raise InterchangeError(
            place, f"activity '{code}' is in several work plans and none covers {year}"
        )

    def _by_acronym(self, model: type[Entity | WorkingGroup]) -> dict[str, str]:
        table = self.t[model]
        found: dict[str, str] = {}
        for record_id in table.live():
            acronym = table.get(record_id, "acronym")
            if acronym not in found or record_id in table.places:  # the file's record first
                found[acronym] = record_id
        return found

    # -- the file, part by part

    def run(self) -> ImportReport:
        doc = self.doc
        self._named(
            Entity,
            doc.entities,
            "entities",
            lambda e: {"acronym": e.acronym, "name": e.name, "kind": e.kind},
        )
        self._named(
            WorkingGroup,
            doc.working_groups,
            "working_groups",
            lambda g: {
                "acronym": g.acronym,
                "name": g.name,
                "pillar": g.pillar,
                "mandate": g.mandate or "",
                "objectives": g.objectives or "",
                "tor_revised": g.tor_revised,
                "tor_submitted": g.tor_submitted,
                # Fields added to the format later: a file written before them leaves them as they are.
                **{
                    field: getattr(g, field) or None
                    for field in ("name_fr", "time_zone")
                    if field in g.model_fields_set
                },
            },
        )
        self.entities = self._by_acronym(Entity)
        self.groups = self._by_acronym(WorkingGroup)
        self._memberships()
        self._rotation_plans()
        self._chair_terms()
        self._contacts()
        self._work_plans()
        self._meetings()
        self._narratives()
        self._templates()
        return self._write()

    def _named(
        self,
        model: type[Entity | WorkingGroup],
        items: Sequence[Any],
        name: str,
        values: Callable[[Any], dict[str, Any]],
    ) -> None:
        table = self.t[model]
        # Acronyms are unique whatever their case (as `chairdesk check` and the operations hold).
        pool = table.pool(lambda r: table.before(r, "acronym").casefold())
        for i, item in enumerate(items):
            target = table.match(item.id, pool, item.acronym.casefold())
            table.put(target, item.id, values(item), f"{name}[{i}]")
        seen: dict[str, str] = {}
        for record_id in table.live():
            other = seen.setdefault(table.get(record_id, "acronym").casefold(), record_id)
            if other != record_id and table.clashes(other, record_id, ("acronym",)):
                mine, theirs = (
                    (record_id, other) if record_id in table.places else (other, record_id)
                )
                what = "an entity" if model is Entity else "a working group"
                raise InterchangeError(
                    f"{table.places[mine]}.acronym",
                    f"the workspace already has {what} '{table.get(theirs, 'acronym')}'",
                )

    def _memberships(self) -> None:
        table = self.t[Membership]
        pool = table.pool(
            lambda r: tuple(table.before(r, c) for c in ("group_id", "entity_id", "role", "start"))
        )
        for i, m in enumerate(self.doc.memberships):
            place = f"memberships[{i}]"
            values = {
                "group_id": self.group(f"{place}.group", m.group),
                "entity_id": self.entity(f"{place}.entity", m.entity),
                "role": m.role,
                "start": m.start,
                "end": m.end,
            }
            key = (values["group_id"], values["entity_id"], m.role.value, _date(m.start))
            table.put(table.match(m.id, pool, key), m.id, values, place)

    def _rotation_plans(self) -> None:
        table, slots = self.t[RotationPlan], self.t[RotationSlot]
        pool = table.pool(lambda r: (table.before(r, "group_id"), table.before(r, "start")))
        live_slots = _children(slots, "plan_id")
        for i, p in enumerate(self.doc.rotation_plans):
            place = f"rotation_plans[{i}]"
            group_id = self.group(f"{place}.group", p.group)
            entity_ids = [
                self.entity(f"{place}.entities[{j}]", a) for j, a in enumerate(p.entities)
            ]
            plan_id = table.put(
                table.match(p.id, pool, (group_id, _date(p.start))),
                p.id,
                {"group_id": group_id, "start": p.start, "until": p.until, "term_length": p.term},
                place,
            )
            # The plan's order is the file's: its places are reused in order, those beyond it go.
            current = sorted(
                live_slots.get(plan_id, ()), key=lambda r: (slots.before(r, "position"), r)
            )
            for j, (entity_id, key) in enumerate(
                zip(entity_ids, _initial(len(entity_ids)), strict=True)
            ):
                slots.put(
                    current[j] if j < len(current) else None,
                    None,
                    {"plan_id": plan_id, "entity_id": entity_id, "position": key},
                    f"{place}.entities[{j}]",
                )
            for extra in current[len(entity_ids) :]:
                slots.trash(extra)

    def _chair_terms(self) -> None:
        table, plans = self.t[ChairTerm], self.t[RotationPlan]
        pool = table.pool(lambda r: (table.before(r, "group_id"), table.before(r, "start")))
        for i, t in enumerate(self.doc.chair_terms):
            place = f"chair_terms[{i}]"
            group_id = self.group(f"{place}.group", t.group)
            entity_id = self.entity(f"{place}.entity", t.entity)
            if t.plan is not None and not (
                t.plan in plans.rows
                and plans.is_live(t.plan)
                and plans.get(t.plan, "group_id") == group_id
            ):
                raise InterchangeError(
                    f"{place}.plan", f"unknown rotation plan '{t.plan}' of {t.group}"
                )
            table.put(
                table.match(t.id, pool, (group_id, _date(t.start))),
                t.id,
                {
                    "group_id": group_id,
                    "entity_id": entity_id,
                    "start": t.start,
                    "end": t.end,
                    "plan_id": t.plan,
                },
                place,
            )
        # Terms of one group never overlap, the file's with the workspace's included.
        by_group: dict[str, list[str]] = defaultdict(list)
        for record_id in table.live():
            by_group[table.get(record_id, "group_id")].append(record_id)
        for terms in by_group.values():
            terms.sort(key=lambda r: table.get(r, "start"))
            for earlier, later in zip(terms, terms[1:]):
                end = table.get(earlier, "end")
                if (end is None or end >= table.get(later, "start")) and table.clashes(
                    earlier, later, ("group_id", "start", "end")
                ):
                    mine, other = (later, earlier) if later in table.places else (earlier, later)
                    entity = self.t[Entity].get(table.get(other, "entity_id"), "acronym")
                    raise InterchangeError(
                        f"{table.places[mine]}.start",
                        f"overlaps the term of {entity} starting {table.get(other, 'start')}",
                    )

    def _contacts(self) -> None:
        table = self.t[Contact]
        pool = table.pool(lambda r: (table.before(r, "entity_id"), table.before(r, "name")))
        for i, c in enumerate(self.doc.contacts):
            place = f"contacts[{i}]"
            values = {
                "entity_id": self.entity(f"{place}.entity", c.entity),
                "group_id": self.group(f"{place}.group", c.group),
                "name": c.name,
                "email": c.email,
                "phone": c.phone,
                "job_title": c.job_title,
            }
            table.put(table.match(c.id, pool, (values["entity_id"], c.name)), c.id, values, place)

    def _work_plans(self) -> None:
        plans, outputs, activities = self.t[WorkPlan], self.t[Output], self.t[Activity]
        plan_pool = plans.pool(lambda r: (plans.before(r, "group_id"), plans.before(r, "period")))
        output_pool = outputs.pool(
            lambda r: (outputs.before(r, "work_plan_id"), outputs.before(r, "code"))
        )
        live_outputs = _children(outputs, "work_plan_id")
        live_activities = _children(activities, "output_id")
        self._links = _children(self.t[ActivityEntity], "activity_id", live_only=False)
        self._updates = _children(self.t[ProgressUpdate], "activity_id")
        # Activities are known by code within their work plan, whichever output holds them.
        activity_pool = activities.pool(
            lambda r: (
                outputs.before(activities.before(r, "output_id"), "work_plan_id"),
                activities.before(r, "code"),
            ),
            among=(r for output in outputs.live_before() for r in live_activities.get(output, ())),
        )
        for i, w in enumerate(self.doc.work_plans):
            place = f"work_plans[{i}]"
            group_id = self.group(f"{place}.group", w.group)
            plan_id = plans.put(
                plans.match(w.id, plan_pool, (group_id, w.period)),
                w.id,
                {"group_id": group_id, "period": w.period},
                place,
            )
            targets = [outputs.match(o.id, output_pool, (plan_id, o.code)) for o in w.outputs]
            keys = _file_order(
                outputs, targets, "work_plan_id", plan_id, live_outputs.get(plan_id, ())
            )
            for j, (o, target, key) in enumerate(zip(w.outputs, targets, keys, strict=True)):
                output_place = f"{place}.outputs[{j}]"
                output_id = outputs.put(
                    target,
                    o.id,
                    {"work_plan_id": plan_id, "code": o.code, "title": o.title, "position": key},
                    output_place,
                )
                found = [
                    activities.match(a.id, activity_pool, (plan_id, a.code)) for a in o.activities
                ]
                akeys = _file_order(
                    activities, found, "output_id", output_id, live_activities.get(output_id, ())
                )
                for k, (a, target_activity, akey) in enumerate(
                    zip(o.activities, found, akeys, strict=True)
                ):
                    self._activity(
                        a, f"{output_place}.activities[{k}]", output_id, target_activity, akey
                    )
        self._activity_codes()

    def _activity(self, a: Any, place: str, output_id: str, target: str | None, key: str) -> None:
        activities, links, updates = (
            self.t[Activity],
            self.t[ActivityEntity],
            self.t[ProgressUpdate],
        )
        activity_id = activities.put(
            target,
            a.id,
            {
                "output_id": output_id,
                "code": a.code,
                "title": a.title,
                "description": a.description,
                "start": a.start,
                "due": a.due,
                "status": a.status,
                "progress": a.progress,
                "indicator": a.indicator,
                "funding": a.funding,
                "position": key,
            },
            place,
        )
        # Leads and partners are a property of the activity: the file's lists are the lists.
        wanted = [
            (ActivityRole.LEAD, self.entity(f"{place}.lead[{n}]", x)) for n, x in enumerate(a.lead)
        ]
        wanted += [
            (ActivityRole.PARTNER, self.entity(f"{place}.partners[{n}]", x))
            for n, x in enumerate(a.partners)
        ]
        mine = self._links.get(activity_id, []) if target is not None else []
        by_pair: dict[tuple[str, str], str] = {}
        for link in sorted(
            mine, key=lambda r: r in links.trashed
        ):  # a live link before one in the trash
            by_pair.setdefault((links.before(link, "role"), links.before(link, "entity_id")), link)
        kept = set()
        for (role, entity_id), pos in zip(wanted, _initial(len(wanted)), strict=True):
            kept.add(
                links.put(
                    by_pair.get((role.value, entity_id)),
                    None,
                    {
                        "activity_id": activity_id,
                        "entity_id": entity_id,
                        "role": role,
                        "position": pos,
                    },
                    place,
                )
            )
        for link in mine:
            if link not in kept:
                links.trash(link)
        pool = updates.pool(
            lambda r: (updates.before(r, "date"), updates.before(r, "text")),
            among=self._updates.get(activity_id, []) if target is not None else [],
        )
        for n, u in enumerate(a.updates):
            updates.put(
                updates.match(u.id, pool, (_date(u.date), u.text)),
                u.id,
                {"activity_id": activity_id, "date": u.date, "text": u.text},
                f"{place}.updates[{n}]",
            )

    def _activity_codes(self) -> None:
        """Each work plan's activity codes stay unique; meetings then refer to activities by code."""
        plans, outputs, activities = self.t[WorkPlan], self.t[Output], self.t[Activity]
        seen: dict[tuple[str, str], str] = {}
        found: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        for activity_id in activities.live():
            output_id = activities.get(activity_id, "output_id")
            if not outputs.is_live(output_id):
                continue
            plan_id = outputs.get(output_id, "work_plan_id")
            if not plans.is_live(plan_id):
                continue
            code = activities.get(activity_id, "code")
            other = seen.setdefault((plan_id, code), activity_id)
            if other != activity_id and activities.clashes(
                other, activity_id, ("output_id", "code")
            ):
                mine = activity_id if activity_id in activities.places else other
                raise InterchangeError(
                    f"{activities.places[mine]}.code",
                    f"the work plan already has an activity '{code}'",
                )
            found[(plans.get(plan_id, "group_id"), code)].append(
                (activity_id, plans.get(plan_id, "period"))
            )
        self.activities = dict(found)

    def _meetings(self) -> None:
        meetings = self.t[Meeting]
        agenda, attendance, decisions, actions = (
            self.t[AgendaItem],
            self.t[Attendance],
            self.t[Decision],
            self.t[ActionItem],
        )
        to_sql = meetings._stored[meetings.at["start"]]
        pool = meetings.pool(
            lambda r: tuple(meetings.before(r, c) for c in ("group_id", "start", "title"))
        )
        live_agenda = _children(agenda, "meeting_id")
        every_attendance = _children(attendance, "meeting_id", live_only=False)
        live_decisions = _children(decisions, "meeting_id")
        live_actions = _children(actions, "meeting_id")
        agenda_pool = agenda.pool(
            lambda r: (agenda.before(r, "meeting_id"), agenda.before(r, "title"))
        )
        decision_pool = decisions.pool(
            lambda r: (decisions.before(r, "meeting_id"), decisions.before(r, "text"))
        )
        action_pool = actions.pool(
            lambda r: (actions.before(r, "meeting_id"), actions.before(r, "text"))
        )
        for i, m in enumerate(self.doc.meetings):
            place = f"meetings[{i}]"
            group_id = self.group(f"{place}.group", m.group)
            meeting_id = meetings.put(
                meetings.match(m.id, pool, (group_id, to_sql(m.start), m.title)),
                m.id,
                {
                    "group_id": group_id,
                    "title": m.title,
                    "start": m.start,
                    "end": m.end,
                    "kind": m.kind,
                    "mode": m.mode,
                    "location": m.location,
                    "summary": m.summary or "",
                },
                place,
            )
            targets = [
                agenda.match(item.id, agenda_pool, (meeting_id, item.title)) for item in m.agenda
            ]
            keys = _file_order(
                agenda, targets, "meeting_id", meeting_id, live_agenda.get(meeting_id, ())
            )
            for j, (item, target, key) in enumerate(zip(m.agenda, targets, keys, strict=True)):
                item_place = f"{place}.agenda[{j}]"
                agenda.put(
                    target,
                    item.id,
                    {
                        "meeting_id": meeting_id,
                        "position": key,
                        "title": item.title,
                        "presenter_id": self.entity(f"{item_place}.presenter", item.presenter),
                        "minutes": item.minutes,
                        "activity_id": self.activity(
                            f"{item_place}.activity", m, group_id, item.activity
                        ),
                        "notes": item.notes,
                        "done": item.done,
                    },
                    item_place,
                )
            # Ticking again keeps the record (as the operations do): a live one, else one from the trash.
            present: dict[str, str] = {}
            for record_id in every_attendance.get(meeting_id, ()):
                entity_id = attendance.before(record_id, "entity_id")
                best = present.get(entity_id)
                if best is None or (
                    best in attendance.trashed and record_id not in attendance.trashed
                ):
                    present[entity_id] = record_id
            for j, acronym in enumerate(m.attendance):
                entity_id = self.entity(f"{place}.attendance[{j}]", acronym)
                attendance.put(
                    present.get(entity_id),
                    None,
                    {"meeting_id": meeting_id, "entity_id": entity_id},
                    f"{place}.attendance[{j}]",
                )
            targets = [
                decisions.match(None, decision_pool, (meeting_id, text)) for text in m.decisions
            ]
            keys = _file_order(
                decisions, targets, "meeting_id", meeting_id, live_decisions.get(meeting_id, ())
            )
            for j, (text, target, key) in enumerate(zip(m.decisions, targets, keys, strict=True)):
                decisions.put(
                    target,
                    None,
                    {"meeting_id": meeting_id, "text": text, "position": key},
                    f"{place}.decisions[{j}]",
                )
            targets = [actions.match(a.id, action_pool, (meeting_id, a.text)) for a in m.actions]
            keys = _file_order(
                actions, targets, "meeting_id", meeting_id, live_actions.get(meeting_id, ())
            )
            for j, (a, target, key) in enumerate(zip(m.actions, targets, keys, strict=True)):
                action_place = f"{place}.actions[{j}]"
                actions.put(
                    target,
                    a.id,
                    {
                        "meeting_id": meeting_id,
                        "position": key,
                        "text": a.text,
                        "owner_id": self.entity(f"{action_place}.owner", a.owner),
                        "due": a.due,
                        "status": a.status,
                        "activity_id": self.activity(
                            f"{action_place}.activity", m, group_id, a.activity
                        ),
                    },
                    action_place,
                )

    def _narratives(self) -> None:
        table = self.t[Narrative]
        pool = table.pool(
            lambda r: tuple(table.before(r, c) for c in ("group_id", "year", "section"))
        )
        for i, n in enumerate(self.doc.narratives):
            place = f"narratives[{i}]"
            group_id = self.group(f"{place}.group", n.group)
            table.put(
                table.match(n.id, pool, (group_id, n.year, n.section.value)),
                n.id,
                {"group_id": group_id, "year": n.year, "section": n.section, "text": n.text},
                place,
            )

    def _templates(self) -> None:
        templates, items = self.t[AgendaTemplate], self.t[TemplateItem]
        pool = templates.pool(
            lambda r: (templates.before(r, "group_id"), templates.before(r, "name"))
        )
        live_items = _children(items, "template_id")
        item_pool = items.pool(lambda r: (items.before(r, "template_id"), items.before(r, "title")))
        for i, t in enumerate(self.doc.agenda_templates):
            place = f"agenda_templates[{i}]"
            group_id = self.group(f"{place}.group", t.group)
            template_id = templates.put(
                templates.match(t.id, pool, (group_id, t.name)),
                t.id,
                {"group_id": group_id, "name": t.name},
                place,
            )
            targets = [
                items.match(item.id, item_pool, (template_id, item.title)) for item in t.items
            ]
            keys = _file_order(
                items, targets, "template_id", template_id, live_items.get(template_id, ())
            )
            for j, (item, target, key) in enumerate(zip(t.items, targets, keys, strict=True)):
                item_place = f"{place}.items[{j}]"
                items.put(
                    target,
                    item.id,
                    {
                        "template_id": template_id,
                        "position": key,
                        "title": item.title,
                        "minutes": item.minutes,
                        "presenter_id": self.entity(f"{item_place}.presenter", item.presenter),
                        "notes": item.notes,
                    },
                    item_place,
                )

    # -- writing

    def _write(self) -> ImportReport:
        conn = self.session.connection()
        now = _STORED_TIME(utcnow())
        report = ImportReport()
        for model in SYNCED_MODELS:  # parents before children: foreign keys hold at every statement
            table = self.t.get(model)
            if table is None:
                continue
            table.write(conn, now)
            if table.new:
                report.created[table.name] = len(table.new)
            if table.changed:
                report.updated[table.name] = len(table.changed)
        name = self.doc.workspace.name if self.doc.workspace else None
        if name:
            before = conn.exec_driver_sql(
                "SELECT value FROM workspace_info WHERE key = 'name'"
            ).scalar()
            if before != name:
                conn.exec_driver_sql(
                    "INSERT INTO workspace_info (key, value) VALUES ('name', ?) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    (name,),
                )
        if is_linked(self.session):  # sync mirrors what changed, as after an edit
            note_changes(
                self.session, {(t.name, r) for t in self.t.values() for r in (*t.new, *t.changed)}
            )
        if is_recording(self.session):  # the application's submission import: one undo step
            tables = [self.t[m] for m in SYNCED_MODELS if m in self.t]
            note_written(
                self.session,
                [(t.name, r) for t in tables for r in t.new],
                [change for t in tables for change in t.field_changes()],
            )
        return report


@lru_cache(maxsize=64)
def _period_years(period: str) -> tuple[int, int]:
    return period_years(period)


@lru_cache(maxsize=256)
def _initial(n: int) -> tuple[str, ...]:
    """Keys for a list of n (the same for every agenda of ten items: made once)."""
    return tuple(positions.initial(n))


def _children(table: _Table, parent: str, *, live_only: bool = True) -> dict[str, list[str]]:
    """A table's records by the parent they belonged to before the import, older ones first."""
    found: dict[str, list[str]] = defaultdict(list)
    for record_id in table.live_before() if live_only else table.rows:
        found[table.before(record_id, parent)].append(record_id)
    return found


def _file_order(
    table: _Table,
    targets: Sequence[str | None],
    parent: str,
    parent_id: str,
    siblings: Iterable[str],
) -> list[str]:
    """Positions for the file's records, in the file's order, ahead of the siblings it leaves out.

    When the records the file names are already in its order (and no sibling shares a
    key with them) they keep their keys, so re-importing an unchanged file changes nothing.
    """
    taken = {t for t in targets if t is not None}
    # Siblings the file names elsewhere move away; the others stay, after the file's records.
    others = [
        r for r in siblings if r not in taken and r not in table.claimed and r not in table.places
    ]
    others.sort(key=lambda r: (table.get(r, "position"), r))
    current: list[str] = []
    for target in targets:
        if (
            target is None
            or not table.was_live(target)
            or table.before(target, parent) != parent_id
        ):
            break
        current.append(table.before(target, "position"))
    else:
        if all(a < b for a, b in pairwise(current)) and not {
            table.get(r, "position") for r in others
        } & set(current):
            return current
    keys = _initial(len(targets) + len(others))
    for other, key in zip(others, keys[len(targets) :], strict=True):
        if table.get(other, "position") != key:
            table.set(other, "position", key)
    return list(keys[: len(targets)])


def apply_workspace(session: Session, doc: WorkspaceFile) -> ImportReport:
    """Apply a file whose shape and own consistency are checked, in `session`'s transaction."""
    return _Import(session, doc).run()
