"""Import and export of whole workspaces in the JSON interchange format.

Import is all or nothing: the file is read, parsed, validated (shape, then
references against the file and the workspace) and only then applied, in one
transaction. A problem is reported once, naming its place in the file
(`meetings[3].start: not a date-time`).

Import never deletes. A record whose `id` exists is updated (and restored if
it was in the trash); a record without an id is matched by its natural key
(an entity by acronym, a meeting by group, start and title, ...) so that
importing the same file twice changes nothing.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from chairdesk.domain import positions
from chairdesk.domain.values import text_problem
from chairdesk.domain.vocabulary import ActivityRole, NarrativeSection, Role
from chairdesk.store.interchange_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    ActivityIn,
    MeetingIn,
    WorkspaceFile,
    period_years,
)
from chairdesk.store.models import (
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
    WorkspaceInfo,
    new_id,
)

MAX_FILE_BYTES = 64 * 1024 * 1024  # far above any real workspace; stops a wrong file early
#: A file nested too deeply for Python's parser (about 1,000 levels) is refused at the first
#: place deeper than this. A workspace file nests six levels deep.
MAX_NESTING = 100


class InterchangeError(Exception):
    """Bad interchange input. `str()` names the place: `meetings[3].start: not a date-time`."""

    def __init__(self, place: str, problem: str) -> None:
        self.place = place
        self.problem = problem
        super().__init__(f"{place}: {problem}" if place else problem)


# ---------------------------------------------------------------------------
# Reading and validating


def read_workspace_file(path: Path) -> WorkspaceFile:
    """Read and validate the shape of an interchange file."""
    name = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InterchangeError(
                name, f"file is {size:,} bytes, over the limit of {MAX_FILE_BYTES:,} bytes"
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise InterchangeError(name, f"cannot read the file ({exc.strerror})") from exc
    return parse_workspace(raw, name)


def parse_workspace(raw: bytes, name: str = "<input>") -> WorkspaceFile:
    if len(raw) > MAX_FILE_BYTES:
        raise InterchangeError(name, f"over the limit of {MAX_FILE_BYTES:,} bytes")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InterchangeError(name, f"not UTF-8 text (bad byte at offset {exc.start})") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InterchangeError(
            f"{name}:{exc.lineno}:{exc.colno}", f"not valid JSON ({exc.msg})"
        ) from exc
    except RecursionError:
        # Python's parser recurses per level; a workspace file is a few levels deep.
        line, column = _too_deep(text, MAX_NESTING)
        raise InterchangeError(
            f"{name}:{line}:{column}", f"nested more than {MAX_NESTING} levels deep"
        ) from None
    if not isinstance(data, dict):
        raise InterchangeError(name, "not a ChairDesk workspace (expected a JSON object)")
    if data.get("format") != FORMAT_NAME:
        raise InterchangeError("format", f'not a ChairDesk workspace file (expected "{FORMAT_NAME}")')
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise InterchangeError("version", "missing or not a whole number")
    if version > FORMAT_VERSION:
        raise InterchangeError(
            "version",
            f"version {version} is newer than this ChairDesk reads (up to {FORMAT_VERSION}); "
            "update ChairDesk",
        )
    try:
        return WorkspaceFile.model_validate(data)
    except ValidationError as exc:
        raise _first_problem(exc) from None


_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _too_deep(text: str, limit: int) -> tuple[int, int]:
    """Line and column (from 1) where arrays and objects first nest deeper than `limit`."""
    depth = 0
    for token in _TOKENS.finditer(text):
        bracket = token.group()
        if bracket in "[{":
            depth += 1
            if depth > limit:
                start = token.start()
                line = text.count("\n", 0, start) + 1
                return line, start - (text.rfind("\n", 0, start) + 1) + 1
        elif bracket in "]}":
            depth -= 1
    return 1, 1


def _first_problem(exc: ValidationError) -> InterchangeError:
    errors = exc.errors(include_url=False)
    first = errors[0]
    place = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in first["loc"]).lstrip(".")
    problem = _problem_text(first)
    if len(errors) > 1:
        problem += f" (and {len(errors) - 1} more problem{'s' if len(errors) > 2 else ''})"
    return InterchangeError(place, problem)


def _problem_text(error: dict[str, Any]) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return "required field is missing"
    if kind == "greater_than_equal" and ctx.get("ge") == 0:
        return "must not be negative"
    if kind in {"greater_than_equal", "less_than_equal"}:
        return f"out of range ({error['msg'].lower()})"
    if kind == "enum":
        return f"not one of {ctx.get('expected')}"
    if kind in {"string_too_short", "too_short"}:
        return "must not be empty"
    if kind == "string_too_long":  # worded as domain.values words it for the operations and sync
        return f"longer than {ctx['max_length']:,} characters ({len(error['input']):,})"
    if kind in {"int_parsing", "int_type", "int_from_float"}:
        return "not a whole number"
    if kind == "string_type":
        return "not text"
    if kind == "string_unicode":  # a lone surrogate ("\ud800"): no text can hold it
        return text_problem(error["input"]) or "not Unicode text"
    if kind == "list_type":
        return "not a list"
    if kind in {"model_type", "model_attributes_type", "dict_type"}:
        return "not an object"
    if kind == "bool_type" or kind == "bool_parsing":
        return "not true or false"
    return error["msg"][0].lower() + error["msg"][1:]


# ---------------------------------------------------------------------------
# Cross-record checks


@dataclass
class _Known:
    """What references may point at: the file's records and the workspace's."""

    entities: set[str]
    groups: set[str]
    # group acronym -> activity code -> periods holding that code
    activity_codes: dict[str, dict[str, set[str]]]


def _known(doc: WorkspaceFile, session: Session) -> _Known:
    entities = {e.acronym for e in doc.entities}
    entities |= set(session.scalars(select(Entity.acronym).where(Entity.deleted.is_(False))))
    groups = {g.acronym for g in doc.working_groups}
    groups |= set(
        session.scalars(select(WorkingGroup.acronym).where(WorkingGroup.deleted.is_(False)))
    )
    codes: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    rows = session.execute(
        select(WorkingGroup.acronym, Activity.code, WorkPlan.period)
        .join(WorkPlan, WorkPlan.group_id == WorkingGroup.id)
        .join(Output, Output.work_plan_id == WorkPlan.id)
        .join(Activity, Activity.output_id == Output.id)
        .where(Activity.deleted.is_(False), Output.deleted.is_(False), WorkPlan.deleted.is_(False))
    )
    for group, code, period in rows:
        codes[group][code].add(period)
    for plan in doc.work_plans:
        for output in plan.outputs:
            for activity in output.activities:
                codes[plan.group][activity.code].add(plan.period)
    return _Known(entities, groups, codes)


def validate_references(doc: WorkspaceFile, session: Session) -> None:
    """Raise InterchangeError at the first reference or consistency problem."""
    _no_duplicates(doc.entities, "entities", lambda e: e.acronym.casefold(), "acronym")
    _no_duplicates(doc.working_groups, "working_groups", lambda g: g.acronym.casefold(), "acronym")
    known = _known(doc, session)

    def entity(place: str, acronym: str | None) -> None:
        if acronym is not None and acronym not in known.entities:
            raise InterchangeError(place, f"unknown entity '{acronym}'")

    def group(place: str, acronym: str | None) -> None:
        if acronym is not None and acronym not in known.groups:
            raise InterchangeError(place, f"unknown working group '{acronym}'")

    def in_order(place: str, start: date | datetime | None, end: date | datetime | None) -> None:
        if start is not None and end is not None and end < start:
            raise InterchangeError(place, f"ends ({end.isoformat()}) before it starts ({start.isoformat()})")

    for i, m in enumerate(doc.memberships):
        group(f"memberships[{i}].group", m.group)
        entity(f"memberships[{i}].entity", m.entity)
        in_order(f"memberships[{i}].end", m.start, m.end)
    terms_by_group: dict[str, list[tuple[int, Any]]] = defaultdict(list)
    for i, t in enumerate(doc.chair_terms):
        group(f"chair_terms[{i}].group", t.group)
        entity(f"chair_terms[{i}].entity", t.entity)
        in_order(f"chair_terms[{i}].end", t.start, t.end)
        terms_by_group[t.group].append((i, t))
    for terms in terms_by_group.values():
        terms.sort(key=lambda it: it[1].start)
        for (_, earlier), (i, later) in zip(terms, terms[1:]):
            if earlier.end is None or earlier.end >= later.start:
                raise InterchangeError(
                    f"chair_terms[{i}].start",
                    f"overlaps the term of {earlier.entity} starting {earlier.start.isoformat()}",
                )
    plan_ids = {p.id for p in doc.rotation_plans if p.id}
    for i, t in enumerate(doc.chair_terms):
        if t.plan is not None and t.plan not in plan_ids and not session.get(RotationPlan, t.plan):
            raise InterchangeError(f"chair_terms[{i}].plan", f"unknown rotation plan '{t.plan}'")
    for i, p in enumerate(doc.rotation_plans):
        group(f"rotation_plans[{i}].group", p.group)
        in_order(f"rotation_plans[{i}].until", p.start, p.until)
        for j, acronym in enumerate(p.entities):
            entity(f"rotation_plans[{i}].entities[{j}]", acronym)
    for i, c in enumerate(doc.contacts):
        entity(f"contacts[{i}].entity", c.entity)
        group(f"contacts[{i}].group", c.group)
    for i, plan in enumerate(doc.work_plans):
        group(f"work_plans[{i}].group", plan.group)
        codes_seen: dict[str, str] = {}
        for j, output in enumerate(plan.outputs):
            for k, activity in enumerate(output.activities):
                place = f"work_plans[{i}].outputs[{j}].activities[{k}]"
                if activity.code in codes_seen:
                    raise InterchangeError(
                        f"{place}.code",
                        f"duplicate activity code '{activity.code}' (also {codes_seen[activity.code]})",
                    )
                codes_seen[activity.code] = place
                for n, acronym in enumerate(activity.lead):
                    entity(f"{place}.lead[{n}]", acronym)
                for n, acronym in enumerate(activity.partners):
                    entity(f"{place}.partners[{n}]", acronym)
                in_order(f"{place}.due", activity.start, activity.due)
    for i, meeting in enumerate(doc.meetings):
        place = f"meetings[{i}]"
        group(f"{place}.group", meeting.group)
        in_order(f"{place}.end", meeting.start, meeting.end)
        for j, item in enumerate(meeting.agenda):
            entity(f"{place}.agenda[{j}].presenter", item.presenter)
            _activity_ref(known, meeting, item.activity, f"{place}.agenda[{j}].activity")
        seen: set[str] = set()
        for j, acronym in enumerate(meeting.attendance):
            entity(f"{place}.attendance[{j}]", acronym)
            if acronym in seen:
                raise InterchangeError(f"{place}.attendance[{j}]", f"'{acronym}' is listed twice")
            seen.add(acronym)
        for j, action in enumerate(meeting.actions):
            entity(f"{place}.actions[{j}].owner", action.owner)
            _activity_ref(known, meeting, action.activity, f"{place}.actions[{j}].activity")
    for i, n in enumerate(doc.narratives):
        group(f"narratives[{i}].group", n.group)
    for i, t in enumerate(doc.agenda_templates):
        group(f"agenda_templates[{i}].group", t.group)
        for j, item in enumerate(t.items):
            entity(f"agenda_templates[{i}].items[{j}].presenter", item.presenter)


T = TypeVar("T")


def _no_duplicates(items: Sequence[T], name: str, key: Callable[[T], str], field_name: str) -> None:
    first: dict[str, int] = {}
    for i, item in enumerate(items):
        k = key(item)
        if k in first:
            raise InterchangeError(
                f"{name}[{i}].{field_name}",
                f"duplicate {field_name} '{getattr(item, field_name)}' (also {name}[{first[k]}])",
            )
        first[k] = i


def _activity_ref(known: _Known, meeting: MeetingIn, code: str | None, place: str) -> None:
    if code is None:
        return
    periods = known.activity_codes.get(meeting.group, {}).get(code)
    if not periods:
        raise InterchangeError(place, f"unknown activity '{code}' in {meeting.group}'s work plans")
    if len(periods) > 1 and _period_for(periods, meeting.start.year) is None:
        raise InterchangeError(
            place, f"activity '{code}' is in several work plans and none covers {meeting.start.year}"
        )


def _period_for(periods: Iterable[str], year: int) -> str | None:
    for period in sorted(periods):
        first, last = period_years(period)
        if first <= year <= last:
            return period
    return None


# ---------------------------------------------------------------------------
# Applying


@dataclass
class ImportReport:
    created: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    updated: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def summary(self) -> str:
        new, changed = sum(self.created.values()), sum(self.updated.values())
        if not new and not changed:
            return "nothing to change"
        return f"{new} new and {changed} updated records"

    def details(self) -> list[str]:
        """One line per table that changed: `meeting: 37 new, 2 updated`."""
        tables = sorted(set(self.created) | set(self.updated))
        return [
            f"{table}: {self.created.get(table, 0)} new, {self.updated.get(table, 0)} updated"
            for table in tables
        ]


R = TypeVar("R", bound=Record)


class _Importer:
    def __init__(self, session: Session, report: ImportReport) -> None:
        self.session = session
        self.report = report
        self.entities = self._index(Entity, lambda e: e.acronym)
        self.groups = self._index(WorkingGroup, lambda g: g.acronym)

    def _index(self, model: type[R], key: Callable[[R], Any]) -> dict[Any, R]:
        rows = self.session.scalars(select(model).where(model.deleted.is_(False)))
        return {key(row): row for row in rows}

    def _children(self, model: type[R], parent: str) -> dict[str, list[R]]:
        grouped: dict[str, list[R]] = defaultdict(list)
        rows = self.session.scalars(select(model).where(model.deleted.is_(False)))
        for row in rows:
            grouped[getattr(row, parent)].append(row)
        return grouped

    def upsert(
        self, model: type[R], record_id: str | None, natural: R | None, values: dict[str, Any]
    ) -> R:
        """Update the record with `record_id` (or else `natural`), or create it."""
        obj = (self.session.get(model, record_id) if record_id else None) or natural
        table = model.__tablename__
        if obj is None:
            obj = model(id=record_id or new_id(), **values)
            self.session.add(obj)
            self.report.created[table] += 1
            return obj
        changed = obj.deleted
        obj.deleted = False
        for name, value in values.items():
            if getattr(obj, name) != value:
                setattr(obj, name, value)
                changed = True
        if changed:
            self.report.updated[table] += 1
        return obj

    def entity_id(self, acronym: str | None) -> str | None:
        return None if acronym is None else self.entities[acronym].id

    def run(self, doc: WorkspaceFile) -> None:
        if doc.workspace and doc.workspace.name:
            self.session.merge(WorkspaceInfo(key="name", value=doc.workspace.name))
        for e in doc.entities:
            obj = self.upsert(
                Entity, e.id, self.entities.get(e.acronym),
                {"acronym": e.acronym, "name": e.name, "kind": e.kind},
            )
            self.entities[e.acronym] = obj
        for g in doc.working_groups:
            obj = self.upsert(
                WorkingGroup, g.id, self.groups.get(g.acronym),
                {
                    "acronym": g.acronym, "name": g.name, "pillar": g.pillar,
                    "mandate": g.mandate or "", "objectives": g.objectives or "",
                    "tor_revised": g.tor_revised, "tor_submitted": g.tor_submitted,
                },
            )
            self.groups[g.acronym] = obj
        self.session.flush()
        self._memberships(doc)
        self._rotations_and_terms(doc)
        self._contacts(doc)
        self._work_plans(doc)
        self._meetings(doc)
        self._narratives(doc)
        self._templates(doc)

    def _memberships(self, doc: WorkspaceFile) -> None:
        existing = self._index(
            Membership, lambda m: (m.group_id, m.entity_id, m.role, m.start)
        )
        for m in doc.memberships:
            values = {
                "group_id": self.groups[m.group].id, "entity_id": self.entities[m.entity].id,
                "role": m.role, "start": m.start, "end": m.end,
            }
            key = (values["group_id"], values["entity_id"], m.role, m.start)
            existing[key] = self.upsert(Membership, m.id, existing.get(key), values)

    def _rotations_and_terms(self, doc: WorkspaceFile) -> None:
        plans = self._index(RotationPlan, lambda p: (p.group_id, p.start))
        slots = self._children(RotationSlot, "plan_id")
        for p in doc.rotation_plans:
            values = {
                "group_id": self.groups[p.group].id, "start": p.start, "until": p.until,
                "term_length": p.term,
            }
            key = (values["group_id"], p.start)
            plan = plans[key] = self.upsert(RotationPlan, p.id, plans.get(key), values)
            self.session.flush()
            # The plan's order is the file's: live slots beyond it go to the trash.
            current = sorted(slots.get(plan.id, []), key=lambda s: (s.position, s.id))
            keys = positions.initial(len(p.entities))
            for index, acronym in enumerate(p.entities):
                natural = current[index] if index < len(current) else None
                self.upsert(
                    RotationSlot, natural.id if natural else None, None,
                    {"plan_id": plan.id, "entity_id": self.entities[acronym].id,
                     "position": keys[index]},
                )
            for extra in current[len(p.entities):]:
                extra.deleted = True
        self.session.flush()
        terms = self._index(ChairTerm, lambda t: (t.group_id, t.start))
        for t in doc.chair_terms:
            values = {
                "group_id": self.groups[t.group].id, "entity_id": self.entities[t.entity].id,
                "start": t.start, "end": t.end, "plan_id": t.plan,
            }
            key = (values["group_id"], t.start)
            terms[key] = self.upsert(ChairTerm, t.id, terms.get(key), values)

    def _contacts(self, doc: WorkspaceFile) -> None:
        existing = self._index(Contact, lambda c: (c.entity_id, c.name))
        for c in doc.contacts:
            values = {
                "entity_id": self.entities[c.entity].id,
                "group_id": self.groups[c.group].id if c.group else None,
                "name": c.name, "email": c.email, "phone": c.phone, "job_title": c.job_title,
            }
            key = (values["entity_id"], c.name)
            existing[key] = self.upsert(Contact, c.id, existing.get(key), values)

    def _work_plans(self, doc: WorkspaceFile) -> None:
        plans = self._index(WorkPlan, lambda w: (w.group_id, w.period))
        outputs = self._children(Output, "work_plan_id")
        by_output = self._children(Activity, "output_id")
        activities = {
            (output.work_plan_id, activity.code): activity
            for group in outputs.values()
            for output in group
            for activity in by_output.get(output.id, [])
        }
        for w in doc.work_plans:
            group_id = self.groups[w.group].id
            plan = plans[(group_id, w.period)] = self.upsert(
                WorkPlan, w.id, plans.get((group_id, w.period)),
                {"group_id": group_id, "period": w.period},
            )
            self.session.flush()
            by_code = {o.code: o for o in outputs.get(plan.id, [])}
            output_keys = _keys_in_file_order(
                [by_code.get(o.code) for o in w.outputs], outputs.get(plan.id, [])
            )
            for o, key in zip(w.outputs, output_keys):
                output = self.upsert(
                    Output, o.id, by_code.get(o.code),
                    {"work_plan_id": plan.id, "code": o.code, "title": o.title, "position": key},
                )
                self.session.flush()
                activity_keys = _keys_in_file_order(
                    [activities.get((plan.id, a.code)) for a in o.activities],
                    by_output.get(output.id, []),
                )
                for a, akey in zip(o.activities, activity_keys):
                    activity = self._activity(a, output, activities.get((plan.id, a.code)), akey)
                    activities[(plan.id, a.code)] = activity

    def _activity(self, a: ActivityIn, output: Output, natural: Activity | None, key: str) -> Activity:
        activity = self.upsert(
            Activity, a.id, natural,
            {
                "output_id": output.id, "code": a.code, "title": a.title,
                "description": a.description, "start": a.start, "due": a.due,
                "status": a.status, "progress": a.progress, "indicator": a.indicator,
                "funding": a.funding, "position": key,
            },
        )
        self.session.flush()
        links = self.session.scalars(
            select(ActivityEntity).where(ActivityEntity.activity_id == activity.id)
        ).all()
        wanted = [(ActivityRole.LEAD, x) for x in a.lead] + [(ActivityRole.PARTNER, x) for x in a.partners]
        keys = positions.initial(len(wanted))
        by_pair = {(link.role, link.entity_id): link for link in links}
        kept: set[str] = set()
        for (role, acronym), pos in zip(wanted, keys):
            link = self.upsert(
                ActivityEntity, None, by_pair.get((role, self.entities[acronym].id)),
                {"activity_id": activity.id, "entity_id": self.entities[acronym].id,
                 "role": role, "position": pos},
            )
            kept.add(link.id)
        # Leads and partners are a property of the activity: the file's list is the list.
        for link in links:
            if link.id not in kept and not link.deleted:
                link.deleted = True
                self.report.updated[ActivityEntity.__tablename__] += 1
        existing_updates = {
            (u.date, u.text): u
            for u in self.session.scalars(
                select(ProgressUpdate).where(
                    ProgressUpdate.activity_id == activity.id, ProgressUpdate.deleted.is_(False)
                )
            )
        }
        for u in a.updates:
            self.upsert(
                ProgressUpdate, u.id, existing_updates.get((u.date, u.text)),
                {"activity_id": activity.id, "date": u.date, "text": u.text},
            )
        return activity

    def _resolve_activity(self, group_id: str, year: int, code: str | None) -> str | None:
        if code is None:
            return None
        candidates = self.session.execute(
            select(Activity.id, WorkPlan.period)
            .join(Output, Activity.output_id == Output.id)
            .join(WorkPlan, Output.work_plan_id == WorkPlan.id)
            .where(
                WorkPlan.group_id == group_id, Activity.code == code,
                Activity.deleted.is_(False), Output.deleted.is_(False), WorkPlan.deleted.is_(False),
            )
        ).all()
        if len(candidates) == 1:
            return candidates[0][0]
        period = _period_for((p for _, p in candidates), year)
        return next(a for a, p in candidates if p == period)

    def _meetings(self, doc: WorkspaceFile) -> None:
        self.session.flush()
        meetings = self._index(Meeting, lambda m: (m.group_id, m.start, m.title))
        agenda = self._children(AgendaItem, "meeting_id")
        attendance = self._children(Attendance, "meeting_id")
        decisions = self._children(Decision, "meeting_id")
        actions = self._children(ActionItem, "meeting_id")
        for m in doc.meetings:
            group_id = self.groups[m.group].id
            key = (group_id, m.start, m.title)
            meeting = meetings[key] = self.upsert(
                Meeting, m.id, meetings.get(key),
                {
                    "group_id": group_id, "title": m.title, "start": m.start, "end": m.end,
                    "kind": m.kind, "mode": m.mode, "location": m.location,
                    "summary": m.summary or "",
                },
            )
            self.session.flush()
            year = m.start.year
            items = {i.title: i for i in agenda.get(meeting.id, [])}
            keys = _keys_in_file_order([items.get(i.title) for i in m.agenda], agenda.get(meeting.id, []))
            for item, key in zip(m.agenda, keys):
                self.upsert(
                    AgendaItem, item.id, items.get(item.title),
                    {
                        "meeting_id": meeting.id, "position": key, "title": item.title,
                        "presenter_id": self.entity_id(item.presenter), "minutes": item.minutes,
                        "activity_id": self._resolve_activity(group_id, year, item.activity),
                        "notes": item.notes, "done": item.done,
                    },
                )
            present = {a.entity_id: a for a in attendance.get(meeting.id, [])}
            for acronym in m.attendance:
                entity_id = self.entities[acronym].id
                self.upsert(Attendance, None, present.get(entity_id),
                            {"meeting_id": meeting.id, "entity_id": entity_id})
            texts = {d.text: d for d in decisions.get(meeting.id, [])}
            keys = _keys_in_file_order([texts.get(t) for t in m.decisions], decisions.get(meeting.id, []))
            for text, key in zip(m.decisions, keys):
                self.upsert(Decision, None, texts.get(text),
                            {"meeting_id": meeting.id, "text": text, "position": key})
            by_text = {a.text: a for a in actions.get(meeting.id, [])}
            keys = _keys_in_file_order([by_text.get(a.text) for a in m.actions], actions.get(meeting.id, []))
            for action, key in zip(m.actions, keys):
                self.upsert(
                    ActionItem, action.id, by_text.get(action.text),
                    {
                        "meeting_id": meeting.id, "position": key, "text": action.text,
                        "owner_id": self.entity_id(action.owner), "due": action.due,
                        "status": action.status,
                        "activity_id": self._resolve_activity(group_id, year, action.activity),
                    },
                )

    def _narratives(self, doc: WorkspaceFile) -> None:
        existing = self._index(Narrative, lambda n: (n.group_id, n.year, n.section))
        for n in doc.narratives:
            group_id = self.groups[n.group].id
            key = (group_id, n.year, n.section)
            existing[key] = self.upsert(
                Narrative, n.id, existing.get(key),
                {"group_id": group_id, "year": n.year, "section": n.section, "text": n.text},
            )

    def _templates(self, doc: WorkspaceFile) -> None:
        templates = self._index(AgendaTemplate, lambda t: (t.group_id, t.name))
        items = self._children(TemplateItem, "template_id")
        for t in doc.agenda_templates:
            group_id = self.groups[t.group].id if t.group else None
            key = (group_id, t.name)
            template = templates[key] = self.upsert(
                AgendaTemplate, t.id, templates.get(key), {"group_id": group_id, "name": t.name}
            )
            self.session.flush()
            current = {i.title: i for i in items.get(template.id, [])}
            keys = _keys_in_file_order([current.get(i.title) for i in t.items], items.get(template.id, []))
            for item, pos in zip(t.items, keys):
                self.upsert(
                    TemplateItem, item.id, current.get(item.title),
                    {
                        "template_id": template.id, "position": pos, "title": item.title,
                        "minutes": item.minutes, "presenter_id": self.entity_id(item.presenter),
                        "notes": item.notes,
                    },
                )


def _keys_in_file_order(matched: Sequence[Any], existing: Sequence[Any]) -> list[str]:
    """Positions for the file's items, in the file's order, ahead of items it does not mention.

    Items matched to existing records keep their current key when the order is
    already right, so that re-importing an unchanged file changes nothing.
    """
    current = [m.position if m is not None else None for m in matched]
    if all(k is not None for k in current) and current == sorted(current) and len(set(current)) == len(current):
        return current  # type: ignore[return-value]
    mentioned = {id(m) for m in matched if m is not None}
    others = sorted((e for e in existing if id(e) not in mentioned), key=lambda e: (e.position, e.id))
    keys = positions.initial(len(matched) + len(others))
    for other, key in zip(others, keys[len(matched):]):
        other.position = key
    return keys[: len(matched)]


def import_workspace(session: Session, doc: WorkspaceFile) -> ImportReport:
    """Validate `doc` against the workspace and apply it within `session`'s transaction."""
    validate_references(doc, session)
    report = ImportReport()
    _Importer(session, report).run(doc)
    session.flush()
    return report


# ---------------------------------------------------------------------------
# Export


def _d(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _dt(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.isoformat(timespec="seconds" if value.second else "minutes")


_ROLE_ORDER = {role: i for i, role in enumerate(Role)}
_SECTION_ORDER = {section: i for i, section in enumerate(NarrativeSection)}


def export_workspace(session: Session, where: Mapping[type[Record], Any] | None = None) -> dict[str, Any]:
    """The whole workspace (records in the trash left out), in a stable order.

    ``where`` narrows it: a model mapped to a SQL condition exports only the rows
    meeting it (`chairdesk.store.submission_records`: one group's year).
    """

    def live(model: type[R]) -> list[R]:
        query = select(model).where(model.deleted.is_(False))
        if where is not None and model in where:
            query = query.where(where[model])
        return list(session.scalars(query))

    def children(model: type[R], parent: str) -> dict[str, list[R]]:
        grouped: dict[str, list[R]] = defaultdict(list)
        for row in live(model):
            grouped[getattr(row, parent)].append(row)
        return grouped

    entities = {e.id: e for e in live(Entity)}
    groups = {g.id: g for g in live(WorkingGroup)}

    def acr(entity_id: str | None) -> str | None:
        return None if entity_id is None else entities[entity_id].acronym

    def grp(group_id: str | None) -> str | None:
        return None if group_id is None else groups[group_id].acronym

    def live_parent(group_id: str) -> bool:
        return group_id in groups

    name = session.get(WorkspaceInfo, "name")
    out: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION}
    if name is not None:
        out["workspace"] = {"name": name.value}
    out["entities"] = [
        {"id": e.id, "acronym": e.acronym, "name": e.name, "kind": e.kind.value}
        for e in sorted(entities.values(), key=lambda e: (e.acronym.casefold(), e.id))
    ]
    out["working_groups"] = [
        {
            "id": g.id, "acronym": g.acronym, "name": g.name, "pillar": g.pillar.value,
            "mandate": g.mandate, "objectives": g.objectives,
            "tor_revised": _d(g.tor_revised), "tor_submitted": _d(g.tor_submitted),
        }
        for g in sorted(groups.values(), key=lambda g: (g.acronym.casefold(), g.id))
    ]
    memberships = [m for m in live(Membership) if live_parent(m.group_id) and m.entity_id in entities]
    memberships.sort(key=lambda m: (grp(m.group_id), _ROLE_ORDER[m.role], acr(m.entity_id), _d(m.start) or "", m.id))
    out["memberships"] = [
        {"id": m.id, "group": grp(m.group_id), "entity": acr(m.entity_id), "role": m.role.value,
         "start": _d(m.start), "end": _d(m.end)}
        for m in memberships
    ]
    plans = [p for p in live(RotationPlan) if live_parent(p.group_id)]
    plan_ids = {p.id for p in plans}
    terms = [t for t in live(ChairTerm) if live_parent(t.group_id) and t.entity_id in entities]
    terms.sort(key=lambda t: (grp(t.group_id), t.start, t.id))
    out["chair_terms"] = [
        {"id": t.id, "group": grp(t.group_id), "entity": acr(t.entity_id), "start": _d(t.start),
         "end": _d(t.end), "plan": t.plan_id if t.plan_id in plan_ids else None}
        for t in terms
    ]
    slots = children(RotationSlot, "plan_id")
    plans.sort(key=lambda p: (grp(p.group_id), p.start, p.id))
    out["rotation_plans"] = [
        {"id": p.id, "group": grp(p.group_id), "start": _d(p.start), "until": _d(p.until),
         "term": p.term_length.value,
         "entities": [acr(s.entity_id) for s in sorted(slots.get(p.id, []), key=lambda s: (s.position, s.id))]}
        for p in plans
    ]
    contacts = [c for c in live(Contact) if c.entity_id in entities]
    contacts.sort(key=lambda c: (acr(c.entity_id), c.name, c.id))
    out["contacts"] = [
        {"id": c.id, "entity": acr(c.entity_id), "name": c.name, "email": c.email,
         "phone": c.phone, "job_title": c.job_title,
         "group": grp(c.group_id) if c.group_id in groups else None}
        for c in contacts
    ]
    outputs = children(Output, "work_plan_id")
    activities = children(Activity, "output_id")
    links = children(ActivityEntity, "activity_id")
    updates = children(ProgressUpdate, "activity_id")
    activity_codes = {}
    work_plans = [w for w in live(WorkPlan) if live_parent(w.group_id)]
    work_plans.sort(key=lambda w: (grp(w.group_id), w.period, w.id))
    out["work_plans"] = []
    for w in work_plans:
        plan_out = {"id": w.id, "group": grp(w.group_id), "period": w.period, "outputs": []}
        for o in sorted(outputs.get(w.id, []), key=lambda o: (o.position, o.id)):
            output_out = {"id": o.id, "code": o.code, "title": o.title, "activities": []}
            for a in sorted(activities.get(o.id, []), key=lambda a: (a.position, a.id)):
                activity_codes[a.id] = a.code
                linked = sorted(
                    (x for x in links.get(a.id, []) if x.entity_id in entities),
                    key=lambda x: (x.position, x.id),
                )
                output_out["activities"].append({
                    "id": a.id, "code": a.code, "title": a.title, "description": a.description,
                    "lead": [acr(x.entity_id) for x in linked if x.role is ActivityRole.LEAD],
                    "partners": [acr(x.entity_id) for x in linked if x.role is ActivityRole.PARTNER],
                    "start": _d(a.start), "due": _d(a.due), "status": a.status.value,
                    "progress": a.progress, "indicator": a.indicator,
                    "funding": a.funding.value if a.funding else None,
                    "updates": [
                        {"id": u.id, "date": _d(u.date), "text": u.text}
                        for u in sorted(updates.get(a.id, []), key=lambda u: (u.date, u.id))
                    ],
                })
            plan_out["outputs"].append(output_out)
        out["work_plans"].append(plan_out)
    agenda = children(AgendaItem, "meeting_id")
    attendance = children(Attendance, "meeting_id")
    decisions = children(Decision, "meeting_id")
    actions = children(ActionItem, "meeting_id")
    meetings = [m for m in live(Meeting) if live_parent(m.group_id)]
    meetings.sort(key=lambda m: (grp(m.group_id), m.start, m.id))
    out["meetings"] = [
        {
            "id": m.id, "group": grp(m.group_id), "title": m.title, "start": _dt(m.start),
            "end": _dt(m.end), "kind": m.kind.value, "mode": m.mode.value, "location": m.location,
            "agenda": [
                {"id": i.id, "title": i.title, "presenter": acr(i.presenter_id) if i.presenter_id in entities else None,
                 "minutes": i.minutes, "activity": activity_codes.get(i.activity_id),
                 "notes": i.notes, "done": i.done}
                for i in sorted(agenda.get(m.id, []), key=lambda i: (i.position, i.id))
            ],
            "attendance": sorted(acr(a.entity_id) for a in attendance.get(m.id, []) if a.entity_id in entities),
            "summary": m.summary,
            "decisions": [d.text for d in sorted(decisions.get(m.id, []), key=lambda d: (d.position, d.id))],
            "actions": [
                {"id": a.id, "text": a.text, "owner": acr(a.owner_id) if a.owner_id in entities else None,
                 "due": _d(a.due), "status": a.status.value,
                 "activity": activity_codes.get(a.activity_id)}
                for a in sorted(actions.get(m.id, []), key=lambda a: (a.position, a.id))
            ],
        }
        for m in meetings
    ]
    narratives = [n for n in live(Narrative) if live_parent(n.group_id)]
    narratives.sort(key=lambda n: (grp(n.group_id), n.year, _SECTION_ORDER[n.section], n.id))
    out["narratives"] = [
        {"id": n.id, "group": grp(n.group_id), "year": n.year, "section": n.section.value, "text": n.text}
        for n in narratives
    ]
    template_items = children(TemplateItem, "template_id")
    templates = [t for t in live(AgendaTemplate) if t.group_id is None or live_parent(t.group_id)]
    templates.sort(key=lambda t: (t.name, grp(t.group_id) or "", t.id))
    out["agenda_templates"] = [
        {"id": t.id, "name": t.name, "group": grp(t.group_id),
         "items": [
             {"id": i.id, "title": i.title, "minutes": i.minutes,
              "presenter": acr(i.presenter_id) if i.presenter_id in entities else None, "notes": i.notes}
             for i in sorted(template_items.get(t.id, []), key=lambda i: (i.position, i.id))
         ]}
        for t in templates
    ]
    return out


def dump_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
