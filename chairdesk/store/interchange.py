"""Import and export of whole workspaces in the JSON interchange format.

Import is all or nothing: the file is read, parsed and validated (its shape and
values, then its own consistency here, then against the workspace as it is
applied, chairdesk.store.interchange_import), in one transaction. A problem is
reported once, naming its place in the file (`meetings[3].start: not a date-time`).

Import never deletes. A record whose `id` exists is updated (and restored if
it was in the trash); a record without an id is matched by its natural key
(an entity by acronym, a meeting by group, start and title, ...) so that
importing the same file twice changes nothing.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from chairdesk.domain.values import text_problem
from chairdesk.domain.vocabulary import ActivityRole, NarrativeSection, Role
from chairdesk.store.interchange_format import FORMAT_NAME, FORMAT_VERSION, WorkspaceFile
from chairdesk.store.interchange_format import Record as RecordIn
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
)
from chairdesk.store.tables import live

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
        raise InterchangeError(
            "format", f'not a ChairDesk workspace file (expected "{FORMAT_NAME}")'
        )
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
# The file's own consistency (what the workspace would become is checked as it is applied,
# chairdesk.store.interchange_import)


def file_records(doc: WorkspaceFile) -> Iterator[tuple[str, type[Record], RecordIn]]:
    """Every record of the file that may carry an id, with its place and its table."""
    for name, model, items in (
        ("entities", Entity, doc.entities),
        ("working_groups", WorkingGroup, doc.working_groups),
        ("memberships", Membership, doc.memberships),
        ("chair_terms", ChairTerm, doc.chair_terms),
        ("rotation_plans", RotationPlan, doc.rotation_plans),
        ("contacts", Contact, doc.contacts),
        ("narratives", Narrative, doc.narratives),
    ):
        for i, item in enumerate(items):
            yield f"{name}[{i}]", model, item
    for i, plan in enumerate(doc.work_plans):
        yield f"work_plans[{i}]", WorkPlan, plan
        for j, output in enumerate(plan.outputs):
            yield f"work_plans[{i}].outputs[{j}]", Output, output
            for k, activity in enumerate(output.activities):
                place = f"work_plans[{i}].outputs[{j}].activities[{k}]"
                yield place, Activity, activity
                for n, update in enumerate(activity.updates):
                    yield f"{place}.updates[{n}]", ProgressUpdate, update
    for i, meeting in enumerate(doc.meetings):
        yield f"meetings[{i}]", Meeting, meeting
        for j, item in enumerate(meeting.agenda):
            yield f"meetings[{i}].agenda[{j}]", AgendaItem, item
        for j, action in enumerate(meeting.actions):
            yield f"meetings[{i}].actions[{j}]", ActionItem, action
    for i, template in enumerate(doc.agenda_templates):
        yield f"agenda_templates[{i}]", AgendaTemplate, template
        for j, item in enumerate(template.items):
            yield f"agenda_templates[{i}].items[{j}]", TemplateItem, item


def check_file(doc: WorkspaceFile) -> None:
    """Raise InterchangeError at the first place where the file contradicts itself.

    One record of the file is one record of the workspace: an id used twice, or two
    records with the same natural key (two ETCIP narratives for "advocacy" in 2022),
    would be merged into one, the last one winning, and a second import of the same
    file would "update" it again. Positioned lists (agenda items, decisions, action
    items) may repeat a title: they are matched in order.
    """
    first: dict[str, str] = {}
    for place, _model, record in file_records(doc):
        if record.id is not None:
            if record.id in first:
                raise InterchangeError(
                    f"{place}.id", f"duplicate id '{record.id}' (also {first[record.id]})"
                )
            first[record.id] = place
    _no_duplicates(doc.entities, "entities", lambda e: e.acronym.casefold(), "acronym")
    _no_duplicates(doc.working_groups, "working_groups", lambda g: g.acronym.casefold(), "acronym")

    def in_order(place: str, start: date | datetime | None, end: date | datetime | None) -> None:
        if start is not None and end is not None and end < start:
            raise InterchangeError(
                place, f"ends ({end.isoformat()}) before it starts ({start.isoformat()})"
            )

    _same_key(
        doc.memberships,
        "memberships",
        lambda m: (m.group, m.entity, m.role, m.start),
        "group, entity, role and start",
    )
    for i, m in enumerate(doc.memberships):
        in_order(f"memberships[{i}].end", m.start, m.end)
    terms_by_group: dict[str, list[tuple[int, Any]]] = defaultdict(list)
    for i, t in enumerate(doc.chair_terms):
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
    _same_key(doc.rotation_plans, "rotation_plans", lambda p: (p.group, p.start), "group and start")
    for i, p in enumerate(doc.rotation_plans):
        in_order(f"rotation_plans[{i}].until", p.start, p.until)
    _same_key(doc.contacts, "contacts", lambda c: (c.entity, c.name), "entity and name")
    _same_key(doc.work_plans, "work_plans", lambda w: (w.group, w.period), "group and period")
    for i, plan in enumerate(doc.work_plans):
        _no_duplicates(
            plan.outputs, f"work_plans[{i}].outputs", lambda o: o.code.casefold(), "code"
        )
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
                _listed_once(activity.lead, f"{place}.lead")
                _listed_once(activity.partners, f"{place}.partners")
                in_order(f"{place}.due", activity.start, activity.due)
    _same_key(
        doc.meetings, "meetings", lambda m: (m.group, m.start, m.title), "group, start and title"
    )
    for i, meeting in enumerate(doc.meetings):
        in_order(f"meetings[{i}].end", meeting.start, meeting.end)
        _listed_once(meeting.attendance, f"meetings[{i}].attendance")
    sections: dict[tuple[str, int, Any], int] = {}
    for i, n in enumerate(doc.narratives):
        j = sections.setdefault((n.group, n.year, n.section), i)
        if j != i:
            raise InterchangeError(
                f"narratives[{i}].section",
                f"duplicate section '{n.section.value}' for {n.group} in {n.year} (also narratives[{j}])",
            )
    _same_key(
        doc.agenda_templates, "agenda_templates", lambda t: (t.group, t.name), "group and name"
    )


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


def _same_key(items: Sequence[T], name: str, key: Callable[[T], Hashable], what: str) -> None:
    first: dict[Hashable, int] = {}
    for i, item in enumerate(items):
        j = first.setdefault(key(item), i)
        if j != i:
            raise InterchangeError(f"{name}[{i}]", f"the same record as {name}[{j}] (same {what})")


def _listed_once(acronyms: Sequence[str], place: str) -> None:
    seen: set[str] = set()
    for j, acronym in enumerate(acronyms):
        if acronym in seen:
            raise InterchangeError(f"{place}[{j}]", f"'{acronym}' is listed twice")
        seen.add(acronym)


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


def import_workspace(session: Session, doc: WorkspaceFile) -> ImportReport:
    """Check `doc` against itself and the workspace and apply it within `session`'s transaction."""
    from chairdesk.store.interchange_import import apply_workspace

    check_file(doc)
    return apply_workspace(session, doc)


R = TypeVar("R", bound=Record)


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


# What an export reads: every kind of record it writes, parents before children.
_EXPORTED = (
    Entity,
    WorkingGroup,
    Membership,
    RotationPlan,
    RotationSlot,
    ChairTerm,
    Contact,
    WorkPlan,
    Output,
    Activity,
    ActivityEntity,
    ProgressUpdate,
    Meeting,
    AgendaItem,
    Attendance,
    Decision,
    ActionItem,
    Narrative,
    AgendaTemplate,
    TemplateItem,
)


@dataclass(frozen=True)
class WorkspaceRecords:
    """The live records an export writes, read in one session (laid out by `interchange_document`)."""

    name: str | None
    by_model: dict[type[Record], list[Record]]

    def of(self, model: type[R]) -> list[R]:
        return list(self.by_model.get(model, ()))


def workspace_records(
    session: Session, where: Mapping[type[Record], Any] | None = None
) -> WorkspaceRecords:
    """The live records of the workspace (records in the trash left out).

    ``where`` narrows them: a model mapped to a SQL condition reads only the rows meeting
    it (`chairdesk.store.submission_records`: one group's year).
    """
    by_model: dict[type[Record], list[Record]] = {}
    for model in _EXPORTED:
        query = select(model).where(live(model))
        if where is not None and model in where:
            query = query.where(where[model])
        by_model[model] = list(session.scalars(query))
    name = session.get(WorkspaceInfo, "name")
    return WorkspaceRecords(name.value if name is not None else None, by_model)


def export_workspace(
    session: Session, where: Mapping[type[Record], Any] | None = None
) -> dict[str, Any]:
    """The whole workspace (or the part ``where`` names, see `workspace_records`), in a stable order."""
    return interchange_document(workspace_records(session, where))


def interchange_document(data: WorkspaceRecords) -> dict[str, Any]:
    """The interchange format's document of `data`, in a stable order (no database needed)."""
    records = data.of

    def children(model: type[R], parent: str) -> dict[str, list[R]]:
        grouped: dict[str, list[R]] = defaultdict(list)
        for row in records(model):
            grouped[getattr(row, parent)].append(row)
        return grouped

    entities = {e.id: e for e in records(Entity)}
    groups = {g.id: g for g in records(WorkingGroup)}

    def acr(entity_id: str | None) -> str | None:
        return None if entity_id is None else entities[entity_id].acronym

    def grp(group_id: str | None) -> str | None:
        return None if group_id is None else groups[group_id].acronym

    def live_parent(group_id: str) -> bool:
        return group_id in groups

    out: dict[str, Any] = {"format": FORMAT_NAME, "version": FORMAT_VERSION}
    if data.name is not None:
        out["workspace"] = {"name": data.name}
    out["entities"] = [
        {"id": e.id, "acronym": e.acronym, "name": e.name, "kind": e.kind.value}
        for e in sorted(entities.values(), key=lambda e: (e.acronym.casefold(), e.id))
    ]
    out["working_groups"] = [
        {
            "id": g.id,
            "acronym": g.acronym,
            "name": g.name,
            "name_fr": g.name_fr,
            "pillar": g.pillar.value,
            "mandate": g.mandate,
            "objectives": g.objectives,
            "tor_revised": _d(g.tor_revised),
            "tor_submitted": _d(g.tor_submitted),
            "time_zone": g.time_zone,
        }
        for g in sorted(groups.values(), key=lambda g: (g.acronym.casefold(), g.id))
    ]
    memberships = [
        m for m in records(Membership) if live_parent(m.group_id) and m.entity_id in entities
    ]
    memberships.sort(
        key=lambda m: (
            grp(m.group_id),
            _ROLE_ORDER[m.role],
            acr(m.entity_id),
            _d(m.start) or "",
            m.id,
        )
    )
    out["memberships"] = [
        {
            "id": m.id,
            "group": grp(m.group_id),
            "entity": acr(m.entity_id),
            "role": m.role.value,
            "start": _d(m.start),
            "end": _d(m.end),
        }
        for m in memberships
    ]
    plans = [p for p in records(RotationPlan) if live_parent(p.group_id)]
    plan_ids = {p.id for p in plans}
    terms = [t for t in records(ChairTerm) if live_parent(t.group_id) and t.entity_id in entities]
    terms.sort(key=lambda t: (grp(t.group_id), t.start, t.id))
    out["chair_terms"] = [
        {
            "id": t.id,
            "group": grp(t.group_id),
            "entity": acr(t.entity_id),
            "start": _d(t.start),
            "end": _d(t.end),
            "plan": t.plan_id if t.plan_id in plan_ids else None,
        }
        for t in terms
    ]
    slots = children(RotationSlot, "plan_id")
    plans.sort(key=lambda p: (grp(p.group_id), p.start, p.id))
    out["rotation_plans"] = [
        {
            "id": p.id,
            "group": grp(p.group_id),
            "start": _d(p.start),
            "until": _d(p.until),
            "term": p.term_length.value,
            "entities": [
                acr(s.entity_id)
                for s in sorted(slots.get(p.id, []), key=lambda s: (s.position, s.id))
            ],
        }
        for p in plans
    ]
    contacts = [c for c in records(Contact) if c.entity_id in entities]
    contacts.sort(key=lambda c: (acr(c.entity_id), c.name, c.id))
    out["contacts"] = [
        {
            "id": c.id,
            "entity": acr(c.entity_id),
            "name": c.name,
            "email": c.email,
            "phone": c.phone,
            "job_title": c.job_title,
            "group": grp(c.group_id) if c.group_id in groups else None,
        }
        for c in contacts
    ]
    outputs = children(Output, "work_plan_id")
    activities = children(Activity, "output_id")
    links = children(ActivityEntity, "activity_id")
    updates = children(ProgressUpdate, "activity_id")
    activity_codes = {}
    work_plans = [w for w in records(WorkPlan) if live_parent(w.group_id)]
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
                output_out["activities"].append(
                    {
                        "id": a.id,
                        "code": a.code,
                        "title": a.title,
                        "description": a.description,
                        "lead": [acr(x.entity_id) for x in linked if x.role is ActivityRole.LEAD],
                        "partners": [
                            acr(x.entity_id) for x in linked if x.role is ActivityRole.PARTNER
                        ],
                        "start": _d(a.start),
                        "due": _d(a.due),
                        "status": a.status.value,
                        "progress": a.progress,
                        "indicator": a.indicator,
                        "funding": a.funding.value if a.funding else None,
                        "updates": [
                            {"id": u.id, "date": _d(u.date), "text": u.text}
                            for u in sorted(updates.get(a.id, []), key=lambda u: (u.date, u.id))
                        ],
                    }
                )
            plan_out["outputs"].append(output_out)
        out["work_plans"].append(plan_out)
    agenda = children(AgendaItem, "meeting_id")
    attendance = children(Attendance, "meeting_id")
    decisions = children(Decision, "meeting_id")
    actions = children(ActionItem, "meeting_id")
    meetings = [m for m in records(Meeting) if live_parent(m.group_id)]
    meetings.sort(key=lambda m: (grp(m.group_id), m.start, m.id))
    out["meetings"] = [
        {
            "id": m.id,
            "group": grp(m.group_id),
            "title": m.title,
            "start": _dt(m.start),
            "end": _dt(m.end),
            "kind": m.kind.value,
            "mode": m.mode.value,
            "location": m.location,
            "agenda": [
                {
                    "id": i.id,
                    "title": i.title,
                    "presenter": acr(i.presenter_id) if i.presenter_id in entities else None,
                    "minutes": i.minutes,
                    "activity": activity_codes.get(i.activity_id),
                    "notes": i.notes,
                    "done": i.done,
                }
                for i in sorted(agenda.get(m.id, []), key=lambda i: (i.position, i.id))
            ],
            "attendance": sorted(
                acr(a.entity_id) for a in attendance.get(m.id, []) if a.entity_id in entities
            ),
            "summary": m.summary,
            "decisions": [
                d.text for d in sorted(decisions.get(m.id, []), key=lambda d: (d.position, d.id))
            ],
            "actions": [
                {
                    "id": a.id,
                    "text": a.text,
                    "owner": acr(a.owner_id) if a.owner_id in entities else None,
                    "due": _d(a.due),
                    "status": a.status.value,
                    "activity": activity_codes.get(a.activity_id),
                }
                for a in sorted(actions.get(m.id, []), key=lambda a: (a.position, a.id))
            ],
        }
        for m in meetings
    ]
    narratives = [n for n in records(Narrative) if live_parent(n.group_id)]
    narratives.sort(key=lambda n: (grp(n.group_id), n.year, _SECTION_ORDER[n.section], n.id))
    out["narratives"] = [
        {
            "id": n.id,
            "group": grp(n.group_id),
            "year": n.year,
            "section": n.section.value,
            "text": n.text,
        }
        for n in narratives
    ]
    template_items = children(TemplateItem, "template_id")
    templates = [
        t for t in records(AgendaTemplate) if t.group_id is None or live_parent(t.group_id)
    ]
    templates.sort(key=lambda t: (t.name, grp(t.group_id) or "", t.id))
    out["agenda_templates"] = [
        {
            "id": t.id,
            "name": t.name,
            "group": grp(t.group_id),
            "items": [
                {
                    "id": i.id,
                    "title": i.title,
                    "minutes": i.minutes,
                    "presenter": acr(i.presenter_id) if i.presenter_id in entities else None,
                    "notes": i.notes,
                }
                for i in sorted(template_items.get(t.id, []), key=lambda i: (i.position, i.id))
            ],
        }
        for t in templates
    ]
    return out


def dump_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
