"""Operations on work plans: outputs, coded activities, their entities and progress updates.

Every function is one user action. Input is checked before anything is
changed, so an OperationError leaves the session as it found it. Nothing is
hard-deleted: removing sets `deleted`, which undo and the trash can reverse.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from chairdesk.domain import positions
from chairdesk.domain.values import FIRST_YEAR, LAST_YEAR
from chairdesk.domain.vocabulary import ActivityRole, ActivityStatus, FundingStatus
from chairdesk.store.models import (
    Activity,
    ActivityEntity,
    Entity,
    Output,
    ProgressUpdate,
    Record,
    WorkingGroup,
    WorkPlan,
    one_line,
    text_limit,
)
from chairdesk.store.ops import OperationError, stored_date, stored_text
from chairdesk.store.refusals import Label, Refusal

__all__ = [
    "ACTIVITY_FIELDS",
    "add_activity",
    "add_output",
    "add_progress_update",
    "create_work_plan",
    "move_activity",
    "move_output",
    "next_activity_code",
    "next_output_code",
    "remove_activity",
    "remove_output",
    "remove_progress_update",
    "set_activity_entities",
    "set_activity_progress",
    "set_activity_status",
    "update_activity",
    "update_output",
    "update_progress_update",
]

R = TypeVar("R", bound=Record)

_PERIOD = re.compile(r"(\d{4})(?:-(\d{4}))?")
_CODE_MAX = text_limit(Activity, "code")
_TITLE_MAX = text_limit(Activity, "title")
_TEXT_MAX = text_limit(ProgressUpdate, "text")

#: The fields `update_activity` accepts.
ACTIVITY_FIELDS = frozenset(
    {"code", "title", "description", "start", "due", "status", "progress", "indicator", "funding"}
)


# -- checks -------------------------------------------------------------------


# What a refusal calls a record that is gone: "This output no longer exists."
_THIS = {
    WorkingGroup: Label.THIS_WORKING_GROUP,
    WorkPlan: Label.THIS_WORK_PLAN,
    Output: Label.THIS_OUTPUT,
    Activity: Label.THIS_ACTIVITY,
    ProgressUpdate: Label.THIS_PROGRESS_UPDATE,
}


def _live(session: Session, model: type[R], record_id: str, field: str) -> R:
    record = session.get(model, record_id)
    if record is None or record.deleted:
        raise OperationError(field, Refusal.GONE, what=_THIS[model])
    return record


def _required_text(value: object, field: str, what: Label, limit: int) -> str:
    if not isinstance(value, str) or not value.strip():
        raise OperationError(field, Refusal.EMPTY, label=what)
    return stored_text(value.strip(), field, what, limit)


def _optional_text(value: object, field: str, what: Label, limit: int) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise OperationError(field, Refusal.NOT_TEXT)
    return stored_text(value.strip(), field, what, limit) or None


def _code(value: object, field: str = "code") -> str:
    if not isinstance(value, str) or not value.strip():
        raise OperationError(field, Refusal.EMPTY, label=Label.CODE)
    code = value.strip()
    if len(code) > _CODE_MAX:
        raise OperationError(field, Refusal.CODE_TOO_LONG, limit=_CODE_MAX)
    return stored_text(code, field, Label.CODE, _CODE_MAX, one_line=one_line(Activity, "code"))


def _optional_date(value: object, field: str) -> date | None:
    if value is None:
        return None
    if not isinstance(value, date):
        raise OperationError(field, Refusal.NOT_A_DATE)
    return stored_date(value, field, Label.START_DATE if field == "start" else Label.DUE_DATE)


def _status(value: object) -> ActivityStatus:
    try:
        return ActivityStatus(value)
    except ValueError:
        choices = ", ".join(s.value for s in ActivityStatus)
        raise OperationError("status", Refusal.NOT_A_STATUS, value=value, choices=choices) from None


def _progress(value: object) -> int:
    # bool is an int in Python, but "True %" is not a progress.
    if isinstance(value, bool) or not isinstance(value, int):
        raise OperationError("progress", Refusal.PROGRESS_NOT_WHOLE)
    if not 0 <= value <= 100:
        raise OperationError("progress", Refusal.PROGRESS_OUT_OF_RANGE, value=value)
    return value


def _funding(value: object) -> FundingStatus | None:
    if value is None or value == "":
        return None
    try:
        return FundingStatus(value)
    except ValueError:
        raise OperationError("funding", Refusal.NOT_A_FUNDING_STATUS, value=value) from None


def _dates_in_order(start: date | None, due: date | None, field: str) -> None:
    if start is not None and due is not None and due < start:
        raise OperationError(field, Refusal.DUE_BEFORE_START, due=due, start=start)


def _plan_of_output(session: Session, output: Output) -> WorkPlan:
    return _live(session, WorkPlan, output.work_plan_id, "work_plan")


def _live_outputs(session: Session, work_plan_id: str) -> list[Output]:
    return list(
        session.scalars(
            select(Output)
            .where(Output.work_plan_id == work_plan_id, Output.deleted.is_(False))
            .order_by(Output.position, Output.id)
        )
    )


def _live_activities(session: Session, output_id: str) -> list[Activity]:
    return list(
        session.scalars(
            select(Activity)
            .where(Activity.output_id == output_id, Activity.deleted.is_(False))
            .order_by(Activity.position, Activity.id)
        )
    )


def _plan_activity_codes(
    session: Session, work_plan_id: str, *, except_id: str | None = None
) -> set[str]:
    rows = session.execute(
        select(Activity.id, Activity.code)
        .join(Output, Activity.output_id == Output.id)
        .where(
            Output.work_plan_id == work_plan_id,
            Output.deleted.is_(False),
            Activity.deleted.is_(False),
        )
    )
    return {code.casefold() for activity_id, code in rows if activity_id != except_id}


def _unique_activity_code(
    session: Session, work_plan_id: str, code: str, except_id: str | None = None
) -> None:
    if code.casefold() in _plan_activity_codes(session, work_plan_id, except_id=except_id):
        raise OperationError("code", Refusal.ACTIVITY_CODE_TAKEN, code=code)


def _unique_output_code(
    session: Session, work_plan_id: str, code: str, except_id: str | None = None
) -> None:
    for output in _live_outputs(session, work_plan_id):
        if output.id != except_id and output.code.casefold() == code.casefold():
            raise OperationError("code", Refusal.OUTPUT_CODE_TAKEN, code=code)


def _append_key(records: Sequence[Any]) -> str:
    return positions.between(records[-1].position if records else None, None)


def _keys_for_move(records: Sequence[Any]) -> list[str]:
    """The siblings' keys in order, respread first if two laptops gave two the same key."""
    keys = [r.position for r in records]
    if any(a >= b for a, b in zip(keys, keys[1:])):
        keys = positions.initial(len(records))
        for record, key in zip(records, keys):
            record.position = key
    return keys


# -- suggestions ----------------------------------------------------------------


def next_output_code(session: Session, work_plan_id: str) -> str:
    """The next free letter after the work plan's outputs (A, B, ... Z, then AA, AB...)."""
    taken = {o.code.casefold() for o in _live_outputs(session, work_plan_id)}
    n = 0
    while True:
        code = _letters(n)
        if code.casefold() not in taken:
            return code
        n += 1


def _letters(n: int) -> str:
    text = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        text = chr(ord("A") + rest) + text
    return text


def next_activity_code(session: Session, output_id: str) -> str:
    """The output's code followed by the next free number: A1, A2, A3 -> A4."""
    output = _live(session, Output, output_id, "output")
    prefix = output.code
    pattern = re.compile(re.escape(prefix) + r"\.?(\d+)", re.IGNORECASE)
    numbers = [
        int(match[1])
        for a in _live_activities(session, output_id)
        if (match := pattern.fullmatch(a.code))
    ]
    taken = _plan_activity_codes(session, output.work_plan_id)
    n = max(numbers, default=0) + 1
    while f"{prefix}{n}".casefold() in taken:
        n += 1
    return f"{prefix}{n}"


# -- work plans and outputs -------------------------------------------------------


def create_work_plan(session: Session, group_id: str, period: str) -> str:
    """A new, empty work plan for `period` ("2023" or "2023-2024"); returns its id."""
    _live(session, WorkingGroup, group_id, "group")
    period = (period or "").strip().replace("\u2013", "-")
    match = _PERIOD.fullmatch(period)
    if not match or (match[2] is not None and int(match[2]) < int(match[1])):
        raise OperationError("period", Refusal.NOT_A_PERIOD)
    for year in {int(match[1]), int(match[2] or match[1])}:
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise OperationError(
                "period", Refusal.PERIOD_OUT_OF_RANGE, year=year, first=FIRST_YEAR, last=LAST_YEAR
            )
    existing = session.scalar(
        select(func.count())
        .select_from(WorkPlan)
        .where(
            WorkPlan.group_id == group_id, WorkPlan.period == period, WorkPlan.deleted.is_(False)
        )
    )
    if existing:
        raise OperationError("period", Refusal.WORK_PLAN_EXISTS, period=period)
    plan = WorkPlan(group_id=group_id, period=period)
    session.add(plan)
    return plan.id


def add_output(session: Session, work_plan_id: str, title: str, code: str | None = None) -> str:
    """A new output at the end of the work plan (code: the next free letter); returns its id."""
    _live(session, WorkPlan, work_plan_id, "work_plan")
    title = _required_text(title, "title", Label.TITLE, text_limit(Output, "title"))
    code = _code(code) if code is not None else next_output_code(session, work_plan_id)
    _unique_output_code(session, work_plan_id, code)
    output = Output(
        work_plan_id=work_plan_id,
        code=code,
        title=title,
        position=_append_key(_live_outputs(session, work_plan_id)),
    )
    session.add(output)
    return output.id


def update_output(
    session: Session, output_id: str, *, code: str | None = None, title: str | None = None
) -> None:
    output = _live(session, Output, output_id, "output")
    new_code = _code(code) if code is not None else output.code
    new_title = (
        _required_text(title, "title", Label.TITLE, text_limit(Output, "title"))
        if title is not None
        else output.title
    )
    if new_code != output.code:
        _unique_output_code(session, output.work_plan_id, new_code, except_id=output.id)
    output.code = new_code
    output.title = new_title


def move_output(session: Session, output_id: str, to_index: int) -> None:
    """Put the output at `to_index` in its work plan's order (Ctrl+Up/Down)."""
    output = _live(session, Output, output_id, "output")
    siblings = _live_outputs(session, output.work_plan_id)
    if not 0 <= to_index < len(siblings):
        raise OperationError("position", Refusal.CANNOT_MOVE_FURTHER, what=Label.THE_OUTPUT)
    keys = _keys_for_move(siblings)
    output.position = positions.move_key(keys, siblings.index(output), to_index)


def remove_output(session: Session, output_id: str) -> int:
    """Put the output and its activities in the trash; returns how many activities went with it."""
    output = _live(session, Output, output_id, "output")
    activities = _live_activities(session, output_id)
    for activity in activities:
        activity.deleted = True
    output.deleted = True
    return len(activities)


# -- activities ---------------------------------------------------------------------


def add_activity(
    session: Session,
    output_id: str,
    title: str,
    code: str | None = None,
    *,
    start: date | None = None,
    due: date | None = None,
    status: ActivityStatus | str = ActivityStatus.NOT_STARTED,
    progress: int = 0,
    description: str | None = None,
    indicator: str | None = None,
    funding: FundingStatus | str | None = None,
    leads: Sequence[str] = (),
    partners: Sequence[str] = (),
) -> str:
    """A new activity at the end of the output (code: the next free one, e.g. A4); returns its id."""
    output = _live(session, Output, output_id, "output")
    plan = _plan_of_output(session, output)
    title = _required_text(title, "title", Label.TITLE, _TITLE_MAX)
    # A generated code is checked too: an output coded with 20 letters leaves no room for "1".
    code = _code(code if code is not None else next_activity_code(session, output_id))
    _unique_activity_code(session, plan.id, code)
    start, due = _optional_date(start, "start"), _optional_date(due, "due")
    _dates_in_order(start, due, "due")
    checked = {
        "status": _status(status),
        "progress": _progress(progress),
        "description": _optional_text(description, "description", Label.DESCRIPTION, _TEXT_MAX),
        "indicator": _optional_text(indicator, "indicator", Label.INDICATOR, _TEXT_MAX),
        "funding": _funding(funding),
    }
    wanted = _checked_entities(session, leads, partners)
    activity = Activity(
        output_id=output_id,
        code=code,
        title=title,
        start=start,
        due=due,
        position=_append_key(_live_activities(session, output_id)),
        **checked,
    )
    session.add(activity)
    if wanted:
        session.flush()  # the links' foreign key needs the activity's row
        _write_entities(session, activity.id, wanted, [])
    return activity.id


def update_activity(session: Session, activity_id: str, **fields: Any) -> None:
    """Change any of ACTIVITY_FIELDS; all are checked before any is written."""
    unknown = set(fields) - ACTIVITY_FIELDS
    if unknown:
        raise TypeError(f"update_activity() got unknown fields: {', '.join(sorted(unknown))}")
    activity = _live(session, Activity, activity_id, "activity")
    checked: dict[str, Any] = {}
    for name, value in fields.items():
        if name == "code":
            checked[name] = _code(value)
        elif name == "title":
            checked[name] = _required_text(value, "title", Label.TITLE, _TITLE_MAX)
        elif name in ("description", "indicator"):
            label = Label.DESCRIPTION if name == "description" else Label.INDICATOR
            checked[name] = _optional_text(value, name, label, _TEXT_MAX)
        elif name in ("start", "due"):
            checked[name] = _optional_date(value, name)
        elif name == "status":
            checked[name] = _status(value)
        elif name == "progress":
            checked[name] = _progress(value)
        elif name == "funding":
            checked[name] = _funding(value)
    start = checked.get("start", activity.start)
    due = checked.get("due", activity.due)
    _dates_in_order(start, due, "start" if "start" in checked and "due" not in checked else "due")
    if "code" in checked and checked["code"] != activity.code:
        output = _live(session, Output, activity.output_id, "output")
        _unique_activity_code(session, output.work_plan_id, checked["code"], except_id=activity.id)
    for name, value in checked.items():
        if getattr(activity, name) != value:
            setattr(activity, name, value)


def set_activity_status(
    session: Session,
    activity_id: str,
    status: ActivityStatus | str,
    *,
    complete_progress: bool = True,
) -> bool:
    """Set the status; a completed activity is 100 % done (unless told otherwise).

    Returns True when the progress was raised to 100 with it, so that the
    caller can say so.
    """
    activity = _live(session, Activity, activity_id, "activity")
    status = _status(status)
    activity.status = status
    if complete_progress and status is ActivityStatus.COMPLETED and activity.progress != 100:
        activity.progress = 100
        return True
    return False


def set_activity_progress(session: Session, activity_id: str, progress: int) -> None:
    activity = _live(session, Activity, activity_id, "activity")
    activity.progress = _progress(progress)


def move_activity(
    session: Session, activity_id: str, to_index: int, output_id: str | None = None
) -> None:
    """Put the activity at `to_index` among its output's activities, or in another output."""
    activity = _live(session, Activity, activity_id, "activity")
    if output_id is None or output_id == activity.output_id:
        siblings = _live_activities(session, activity.output_id)
        if not 0 <= to_index < len(siblings):
            raise OperationError("position", Refusal.CANNOT_MOVE_FURTHER, what=Label.THE_ACTIVITY)
        keys = _keys_for_move(siblings)
        activity.position = positions.move_key(keys, siblings.index(activity), to_index)
        return
    target = _live(session, Output, output_id, "output")
    source = _live(session, Output, activity.output_id, "output")
    if target.work_plan_id != source.work_plan_id:
        raise OperationError("output", Refusal.OTHER_WORK_PLAN)
    siblings = _live_activities(session, target.id)
    if not 0 <= to_index <= len(siblings):
        raise OperationError("position", Refusal.CANNOT_MOVE_THERE)
    keys = _keys_for_move(siblings)
    before = keys[to_index - 1] if to_index > 0 else None
    after = keys[to_index] if to_index < len(keys) else None
    activity.output_id = target.id
    activity.position = positions.between(before, after)


def remove_activity(session: Session, activity_id: str) -> None:
    _live(session, Activity, activity_id, "activity").deleted = True


# -- lead and partner entities ----------------------------------------------------------


def _checked_entities(
    session: Session, leads: Iterable[str], partners: Iterable[str]
) -> list[tuple[ActivityRole, str]]:
    leads, partners = list(leads), list(partners)
    names: dict[str, str] = {}
    for field, ids in (("leads", leads), ("partners", partners)):
        seen: set[str] = set()
        for entity_id in ids:
            entity = session.get(Entity, entity_id)
            if entity is None or entity.deleted:
                raise OperationError(field, Refusal.ENTITY_IN_LIST_GONE)
            if entity_id in seen:
                raise OperationError(field, Refusal.LISTED_TWICE, acronym=entity.acronym)
            seen.add(entity_id)
            names[entity_id] = entity.acronym
    both = [names[e] for e in leads if e in set(partners)]
    if both:
        raise OperationError("partners", Refusal.ALREADY_LEAD, acronym=both[0])
    return [(ActivityRole.LEAD, e) for e in leads] + [(ActivityRole.PARTNER, e) for e in partners]


def _write_entities(
    session: Session,
    activity_id: str,
    wanted: list[tuple[ActivityRole, str]],
    links: list[ActivityEntity],
) -> None:
    # Keep a link that stays (so its id, and any concurrent edit of it, survives),
    # revive one from the trash before making a new one.
    live = {(link.role, link.entity_id): link for link in links if not link.deleted}
    trashed = {(link.role, link.entity_id): link for link in links if link.deleted}
    keys = positions.initial(len(wanted))
    kept: set[str] = set()
    for pair, key in zip(wanted, keys):
        link = live.get(pair) or trashed.get(pair)
        if link is None:
            link = ActivityEntity(
                activity_id=activity_id, role=pair[0], entity_id=pair[1], position=key
            )
            session.add(link)
        else:
            if link.deleted:
                link.deleted = False
            if link.position != key:
                link.position = key
        kept.add(link.id)
    for link in live.values():
        if link.id not in kept:
            link.deleted = True


def set_activity_entities(
    session: Session, activity_id: str, leads: Sequence[str], partners: Sequence[str]
) -> None:
    """Make the activity's lead and partner entities (entity ids, in order) exactly these."""
    _live(session, Activity, activity_id, "activity")
    wanted = _checked_entities(session, leads, partners)
    links = list(
        session.scalars(select(ActivityEntity).where(ActivityEntity.activity_id == activity_id))
    )
    _write_entities(session, activity_id, wanted, links)


# -- progress updates ---------------------------------------------------------------


def _update_date(value: object) -> date:
    if not isinstance(value, date):
        raise OperationError("date", Refusal.UPDATE_NEEDS_DATE)
    return stored_date(value, "date", Label.DATE)


def add_progress_update(session: Session, activity_id: str, day: date, text: str) -> str:
    """A dated entry in the activity's progress log; returns its id."""
    _live(session, Activity, activity_id, "activity")
    day = _update_date(day)
    text = _required_text(text, "text", Label.UPDATE, _TEXT_MAX)
    update = ProgressUpdate(activity_id=activity_id, date=day, text=text)
    session.add(update)
    return update.id


def update_progress_update(
    session: Session, update_id: str, *, day: date | None = None, text: str | None = None
) -> None:
    update = _live(session, ProgressUpdate, update_id, "update")
    new_day = _update_date(day) if day is not None else update.date
    new_text = (
        _required_text(text, "text", Label.UPDATE, _TEXT_MAX) if text is not None else update.text
    )
    if new_day != update.date:
        update.date = new_day
    if new_text != update.text:
        update.text = new_text


def remove_progress_update(session: Session, update_id: str) -> None:
    _live(session, ProgressUpdate, update_id, "update").deleted = True
