"""Operations on meetings: the meeting itself, its agenda, attendance, summary, decisions, actions.

Each function is one user action in the caller's transaction. Input is
checked before anything is written, so an OperationError leaves the session
as it was. Removing means setting `deleted` (undo and the trash restore it);
a reorder writes one new position key for the moved record only.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from chairdesk.domain import positions
from chairdesk.domain.vocabulary import (
    AGENDA_ITEM_MAX_MINUTES,
    ActionStatus,
    MeetingKind,
    MeetingMode,
)
from chairdesk.domain.wording import un_date
from chairdesk.store.models import (
    ActionItem,
    Activity,
    AgendaItem,
    AgendaTemplate,
    Attendance,
    Decision,
    Entity,
    Meeting,
    Record,
    TemplateItem,
    WorkingGroup,
    text_limit,
)
from chairdesk.store.ops import OperationError, stored_date, stored_text
from chairdesk.store.refusals import Label, Refusal
from chairdesk.store.workplan_queries import group_activities

__all__ = [
    "FOLLOW_UP_MINUTES",
    "add_action_item",
    "add_agenda_item",
    "add_decision",
    "create_meeting",
    "delete_meeting",
    "duplicate_meeting",
    "move_action_item",
    "move_agenda_item",
    "move_decision",
    "new_meeting_from_template",
    "remove_action_item",
    "remove_agenda_item",
    "remove_decision",
    "set_action_status",
    "set_attendance",
    "set_attendances",
    "set_summary",
    "update_action_item",
    "update_agenda_item",
    "update_decision",
    "update_meeting",
]

#: Minutes given to the "Follow-up: ..." item made from an open action item.
FOLLOW_UP_MINUTES = 5
TITLE_LENGTH = text_limit(Meeting, "title")
LOCATION_LENGTH = text_limit(Meeting, "location")
SUMMARY_LENGTH = text_limit(Meeting, "summary")
ITEM_TITLE_LENGTH = text_limit(AgendaItem, "title")
NOTES_LENGTH = text_limit(AgendaItem, "notes")
DECISION_LENGTH = text_limit(Decision, "text")
ACTION_LENGTH = text_limit(ActionItem, "text")

R = TypeVar("R", bound=Record)


# -- checks ---------------------------------------------------------------------------


# What a refusal calls a record that is gone: "This agenda item no longer exists."
_THIS = {
    Meeting: Label.THIS_MEETING,
    WorkingGroup: Label.THIS_WORKING_GROUP,
    AgendaTemplate: Label.THIS_AGENDA_TEMPLATE,
    AgendaItem: Label.THIS_AGENDA_ITEM,
    Decision: Label.THIS_DECISION,
    ActionItem: Label.THIS_ACTION_ITEM,
}


def _live(session: Session, model: type[R], record_id: str, field: str) -> R:
    record = session.get(model, record_id) if record_id else None
    if record is None or record.deleted:
        raise OperationError(field, Refusal.GONE, what=_THIS[model])
    return record


def _meeting(session: Session, meeting_id: str) -> Meeting:
    return _live(session, Meeting, meeting_id, "meeting")


def _text(value: Any, field: str, label: Label, *, limit: int) -> str:
    if value is not None and not isinstance(value, str):
        raise OperationError(field, Refusal.MUST_BE_TEXT, label=label)
    text = (value or "").strip()
    if not text:
        raise OperationError(field, Refusal.EMPTY, label=label)
    return stored_text(text, field, label, limit)


def _optional_text(value: Any, field: str, label: Label, *, limit: int) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise OperationError(field, Refusal.THIS_MUST_BE_TEXT)
    return stored_text(value.strip(), field, label, limit) or None


def _clipped(text: str, limit: int) -> str:
    """A title made from other text, cut to fit its column (the source stays whole)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _minutes(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise OperationError("minutes", Refusal.DURATION_NOT_WHOLE)
    if value < 0:
        raise OperationError("minutes", Refusal.DURATION_NEGATIVE)
    if value > AGENDA_ITEM_MAX_MINUTES:
        raise OperationError("minutes", Refusal.ITEM_TOO_LONG, minutes=AGENDA_ITEM_MAX_MINUTES)
    return value


def _kind(value: Any) -> MeetingKind:
    try:
        return MeetingKind(value)
    except ValueError:
        raise OperationError("kind", Refusal.NOT_A_MEETING_KIND, value=value) from None


def _mode(value: Any) -> MeetingMode:
    try:
        return MeetingMode(value)
    except ValueError:
        raise OperationError("mode", Refusal.NOT_A_MEETING_MODE, value=value) from None


def _status(value: Any) -> ActionStatus:
    try:
        return ActionStatus(value)
    except ValueError:
        raise OperationError("status", Refusal.NOT_AN_ACTION_STATUS, value=value) from None


def _moment(value: Any, field: str) -> datetime:
    if not isinstance(value, datetime):
        raise OperationError(field, Refusal.NOT_A_MOMENT)
    label = Label.START if field == "start" else Label.END
    return stored_date(value.replace(second=0, microsecond=0, tzinfo=None), field, label)


def _span(start: datetime, end: datetime | None) -> None:
    if end is not None and end <= start:
        raise OperationError("end", Refusal.MEETING_ENDS_BEFORE_START)


def _due(value: Any) -> date | None:
    if value is None:
        return None
    if isinstance(value, datetime) or not isinstance(value, date):
        raise OperationError("due", Refusal.DUE_NOT_A_DATE)
    return stored_date(value, "due", Label.DUE_DATE)


def _entity(session: Session, entity_id: str | None, field: str) -> str | None:
    if entity_id is None:
        return None
    entity = session.get(Entity, entity_id) if isinstance(entity_id, str) else None
    if entity is None or entity.deleted:
        raise OperationError(field, Refusal.NO_SUCH_ENTITY)
    return entity.id


def _activity(
    session: Session, group_id: str, activity_id: str | None, field: str = "activity"
) -> str | None:
    """An activity of one of the group's work plans (another group's activity is refused)."""
    if activity_id is None:
        return None
    found = session.scalar(
        group_activities(group_id, Activity.id).where(Activity.id == activity_id)
    )
    if found is None:
        raise OperationError(field, Refusal.ACTIVITY_NOT_IN_PLANS)
    return found


def _group(session: Session, group_id: str) -> WorkingGroup:
    return _live(session, WorkingGroup, group_id, "group")


# -- ordered children ---------------------------------------------------------------


def _ordered(session: Session, model: type[R], meeting_id: str) -> list[R]:
    return list(
        session.scalars(
            select(model)
            .where(model.meeting_id == meeting_id, model.deleted.is_(False))
            .order_by(model.position, model.id)
        )
    )


def _strictly_increasing(records: Sequence[Any]) -> bool:
    return all(a.position < b.position for a, b in zip(records, records[1:], strict=False))


def _respread(records: Sequence[Any]) -> None:
    # Two laptops inserting at the same place offline can leave equal keys;
    # only then is the whole list renumbered, in its current (position, id) order.
    for record, key in zip(records, positions.initial(len(records)), strict=True):
        record.position = key


def _key_at(records: list[Any], index: int | None) -> str:
    """A key that puts a new record at `index` (None: at the end) of `records`."""
    if index is None or index > len(records):
        index = len(records)
    if index < 0:
        raise OperationError("position", Refusal.NO_SUCH_PLACE)
    if not _strictly_increasing(records):
        _respread(records)
    before = records[index - 1].position if index > 0 else None
    after = records[index].position if index < len(records) else None
    return positions.between(before, after)


def _move(records: list[Any], record: Any, to_index: int) -> None:
    if not isinstance(to_index, int) or not 0 <= to_index < len(records):
        raise OperationError("position", Refusal.NO_SUCH_PLACE)
    from_index = next(i for i, r in enumerate(records) if r.id == record.id)
    if from_index == to_index:
        return
    if not _strictly_increasing(records):
        _respread(records)
    record.position = positions.move_key([r.position for r in records], from_index, to_index)


def _apply(record: Record, fields: dict[str, Any]) -> None:
    for name, value in fields.items():
        if getattr(record, name) != value:
            setattr(record, name, value)


def _remove(record: Record) -> None:
    record.deleted = True


# -- meetings ---------------------------------------------------------------------------


def create_meeting(
    session: Session,
    group_id: str,
    title: str,
    start: datetime,
    end: datetime | None = None,
    kind: MeetingKind | str = MeetingKind.REGULAR,
    mode: MeetingMode | str = MeetingMode.VIRTUAL,
    location: str | None = None,
) -> str:
    """A new meeting of the group, without agenda; returns its id."""
    _group(session, group_id)
    title = _text(title, "title", Label.TITLE, limit=TITLE_LENGTH)
    start = _moment(start, "start")
    end = None if end is None else _moment(end, "end")
    _span(start, end)
    meeting = Meeting(
        group_id=group_id,
        title=title,
        start=start,
        end=end,
        kind=_kind(kind),
        mode=_mode(mode),
        location=_optional_text(location, "location", Label.LOCATION, limit=LOCATION_LENGTH),
        summary="",
    )
    session.add(meeting)
    # The models declare no relationship from agenda items to meetings, so the
    # unit of work cannot order their INSERTs: the meeting goes in first.
    session.flush()
    return meeting.id


_MEETING_FIELDS = {"title", "start", "end", "kind", "mode", "location", "summary"}


def update_meeting(session: Session, meeting_id: str, **fields: Any) -> None:
    """Change some of a meeting's fields.

    Moving the start without naming an end keeps the meeting's duration, as a
    calendar does: a meeting moved to another day is not left ending on the old one.
    """
    unknown = set(fields) - _MEETING_FIELDS
    if unknown:
        raise TypeError(f"update_meeting() got unknown fields {sorted(unknown)}")
    meeting = _meeting(session, meeting_id)
    wanted: dict[str, Any] = {}
    if "title" in fields:
        wanted["title"] = _text(fields["title"], "title", Label.TITLE, limit=TITLE_LENGTH)
    if "kind" in fields:
        wanted["kind"] = _kind(fields["kind"])
    if "mode" in fields:
        wanted["mode"] = _mode(fields["mode"])
    if "location" in fields:
        wanted["location"] = _optional_text(
            fields["location"], "location", Label.LOCATION, limit=LOCATION_LENGTH
        )
    if "summary" in fields:
        summary = fields["summary"]
        if summary is not None and not isinstance(summary, str):
            raise OperationError("summary", Refusal.MUST_BE_TEXT, label=Label.SUMMARY)
        wanted["summary"] = stored_text(summary or "", "summary", Label.SUMMARY, SUMMARY_LENGTH)
    start = _moment(fields["start"], "start") if "start" in fields else meeting.start
    if "end" in fields:
        end = None if fields["end"] is None else _moment(fields["end"], "end")
    elif "start" in fields and meeting.end is not None:
        end = start + (meeting.end - meeting.start)
    else:
        end = meeting.end
    _span(start, end)
    wanted["start"], wanted["end"] = start, end
    _apply(meeting, wanted)


def delete_meeting(session: Session, meeting_id: str) -> None:
    """Move the meeting to the trash (its agenda and records stay with it for a restore)."""
    _remove(_meeting(session, meeting_id))


def _copy_item(item: AgendaItem | TemplateItem, meeting_id: str, key: str) -> AgendaItem:
    return AgendaItem(
        meeting_id=meeting_id,
        position=key,
        title=item.title,
        presenter_id=item.presenter_id,
        minutes=item.minutes,
        activity_id=getattr(item, "activity_id", None),
        notes=item.notes,
        done=False,
    )


def new_meeting_from_template(
    session: Session,
    group_id: str,
    template_id: str | None,
    start: datetime,
    end: datetime | None,
    kind: MeetingKind | str,
    mode: MeetingMode | str,
    title: str,
    carry_actions: bool,
    carry_unfinished: bool,
) -> str:
    """A new meeting whose agenda is the template's standing items, then what the last meeting left.

    "The last meeting" is the group's latest meeting that starts before the
    new one. Its unfinished agenda items are copied; each of its open action
    items becomes a "Follow-up: ..." item presented by the action's owner.
    Returns the new meeting's id.
    """
    group = _group(session, group_id)
    template_items: list[TemplateItem] = []
    if template_id is not None:
        template = _live(session, AgendaTemplate, template_id, "template")
        if template.group_id not in (None, group.id):
            raise OperationError("template", Refusal.TEMPLATE_OF_ANOTHER_GROUP)
        template_items = list(
            session.scalars(
                select(TemplateItem)
                .where(TemplateItem.template_id == template.id, TemplateItem.deleted.is_(False))
                .order_by(TemplateItem.position, TemplateItem.id)
            )
        )
    start = _moment(start, "start")
    previous = None
    if carry_actions or carry_unfinished:
        previous = session.scalars(
            select(Meeting)
            .where(Meeting.group_id == group.id, Meeting.deleted.is_(False), Meeting.start < start)
            .order_by(Meeting.start.desc(), Meeting.id.desc())
            .limit(1)
        ).first()
    meeting_id = create_meeting(session, group.id, title, start, end, kind, mode)

    sources: list[AgendaItem | TemplateItem] = list(template_items)
    follow_ups: list[ActionItem] = []
    if previous is not None:
        if carry_unfinished:
            sources += [
                item for item in _ordered(session, AgendaItem, previous.id) if not item.done
            ]
        if carry_actions:
            follow_ups = [
                a
                for a in _ordered(session, ActionItem, previous.id)
                if a.status == ActionStatus.OPEN
            ]
    keys = positions.initial(len(sources) + len(follow_ups))
    for source, key in zip(sources, keys, strict=False):
        session.add(_copy_item(source, meeting_id, key))
    held = un_date(previous.start.date()) if previous is not None else ""
    for action, key in zip(follow_ups, keys[len(sources) :], strict=True):
        due = f"due {un_date(action.due)}" if action.due else "no due date"
        session.add(
            AgendaItem(
                meeting_id=meeting_id,
                position=key,
                title=_clipped(f"Follow-up: {action.text}", ITEM_TITLE_LENGTH),
                presenter_id=action.owner_id,
                minutes=FOLLOW_UP_MINUTES,
                activity_id=action.activity_id,
                notes=f"Action item of the meeting of {held}, {due}.",
                done=False,
            )
        )
    return meeting_id


def duplicate_meeting(
    session: Session, meeting_id: str, start: datetime, title: str | None = None
) -> str:
    """A copy of the meeting at `start` (same duration, kind, mode, place and agenda, all to do).

    Attendance, summary, decisions and action items belong to the meeting
    that was held and are not copied. Returns the copy's id.
    """
    original = _meeting(session, meeting_id)
    start = _moment(start, "start")
    end = start + (original.end - original.start) if original.end is not None else None
    copy_id = create_meeting(
        session,
        original.group_id,
        original.title if title is None else title,
        start,
        end,
        original.kind,
        original.mode,
        original.location,
    )
    items = _ordered(session, AgendaItem, original.id)
    for item, key in zip(items, positions.initial(len(items)), strict=True):
        session.add(_copy_item(item, copy_id, key))
    return copy_id


def set_summary(session: Session, meeting_id: str, text: str) -> None:
    update_meeting(session, meeting_id, summary=text)


# -- agenda -----------------------------------------------------------------------------


def add_agenda_item(
    session: Session,
    meeting_id: str,
    title: str,
    minutes: int = 0,
    presenter_id: str | None = None,
    activity_id: str | None = None,
    notes: str | None = None,
    index: int | None = None,
) -> str:
    """A new agenda item at `index` (None: at the end); returns its id."""
    meeting = _meeting(session, meeting_id)
    item = AgendaItem(
        meeting_id=meeting.id,
        title=_text(title, "title", Label.TITLE, limit=ITEM_TITLE_LENGTH),
        minutes=_minutes(minutes),
        presenter_id=_entity(session, presenter_id, "presenter"),
        activity_id=_activity(session, meeting.group_id, activity_id),
        notes=_optional_text(notes, "notes", Label.NOTES, limit=NOTES_LENGTH),
        done=False,
    )
    item.position = _key_at(_ordered(session, AgendaItem, meeting.id), index)
    session.add(item)
    return item.id


_AGENDA_FIELDS = {"title", "minutes", "presenter_id", "activity_id", "notes", "done"}


def update_agenda_item(session: Session, item_id: str, **fields: Any) -> None:
    unknown = set(fields) - _AGENDA_FIELDS
    if unknown:
        raise TypeError(f"update_agenda_item() got unknown fields {sorted(unknown)}")
    item = _live(session, AgendaItem, item_id, "item")
    meeting = _meeting(session, item.meeting_id)
    wanted: dict[str, Any] = {}
    if "title" in fields:
        wanted["title"] = _text(fields["title"], "title", Label.TITLE, limit=ITEM_TITLE_LENGTH)
    if "minutes" in fields:
        wanted["minutes"] = _minutes(fields["minutes"])
    if "presenter_id" in fields:
        wanted["presenter_id"] = _entity(session, fields["presenter_id"], "presenter")
    if "activity_id" in fields:
        wanted["activity_id"] = _activity(session, meeting.group_id, fields["activity_id"])
    if "notes" in fields:
        wanted["notes"] = _optional_text(fields["notes"], "notes", Label.NOTES, limit=NOTES_LENGTH)
    if "done" in fields:
        wanted["done"] = bool(fields["done"])
    _apply(item, wanted)


def remove_agenda_item(session: Session, item_id: str) -> None:
    _remove(_live(session, AgendaItem, item_id, "item"))


def move_agenda_item(session: Session, item_id: str, to_index: int) -> None:
    """Put the item at `to_index` of the agenda (its index after the move)."""
    item = _live(session, AgendaItem, item_id, "item")
    _move(_ordered(session, AgendaItem, item.meeting_id), item, to_index)


# -- attendance ---------------------------------------------------------------------------


def set_attendance(session: Session, meeting_id: str, entity_id: str, present: bool) -> str | None:
    """Tick or untick an entity's attendance; returns the attendance record's id (None if there is none).

    Ticking again restores the record that unticking set aside, so that the
    record (and what sync knows of it) is the same one.
    """
    meeting = _meeting(session, meeting_id)
    entity_id = _entity(session, entity_id, "entity")
    records = list(
        session.scalars(
            select(Attendance)
            .where(Attendance.meeting_id == meeting.id, Attendance.entity_id == entity_id)
            .order_by(Attendance.deleted, Attendance.created_at, Attendance.id)
        )
    )
    if present:
        if records:
            if records[0].deleted:
                records[0].deleted = False
            return records[0].id
        record = Attendance(meeting_id=meeting.id, entity_id=entity_id)
        session.add(record)
        return record.id
    for record in records:
        if not record.deleted:
            record.deleted = True
    return records[0].id if records else None


def set_attendances(
    session: Session, meeting_id: str, entity_ids: Iterable[str], present: bool
) -> None:
    """Tick (or untick) several entities at once, as one action."""
    _meeting(session, meeting_id)
    ids = list(entity_ids)
    for entity_id in ids:
        _entity(session, entity_id, "entity")
    for entity_id in ids:
        set_attendance(session, meeting_id, entity_id, present)


# -- decisions ------------------------------------------------------------------------------


def add_decision(session: Session, meeting_id: str, text: str, index: int | None = None) -> str:
    meeting = _meeting(session, meeting_id)
    decision = Decision(
        meeting_id=meeting.id, text=_text(text, "text", Label.DECISION, limit=DECISION_LENGTH)
    )
    decision.position = _key_at(_ordered(session, Decision, meeting.id), index)
    session.add(decision)
    return decision.id


def update_decision(session: Session, decision_id: str, text: str) -> None:
    decision = _live(session, Decision, decision_id, "decision")
    _apply(decision, {"text": _text(text, "text", Label.DECISION, limit=DECISION_LENGTH)})


def remove_decision(session: Session, decision_id: str) -> None:
    _remove(_live(session, Decision, decision_id, "decision"))


def move_decision(session: Session, decision_id: str, to_index: int) -> None:
    decision = _live(session, Decision, decision_id, "decision")
    _move(_ordered(session, Decision, decision.meeting_id), decision, to_index)


# -- action items -----------------------------------------------------------------------------


def add_action_item(
    session: Session,
    meeting_id: str,
    text: str,
    owner_id: str | None = None,
    due: date | None = None,
    activity_id: str | None = None,
    index: int | None = None,
) -> str:
    meeting = _meeting(session, meeting_id)
    action = ActionItem(
        meeting_id=meeting.id,
        text=_text(text, "text", Label.ACTION_ITEM, limit=ACTION_LENGTH),
        owner_id=_entity(session, owner_id, "owner"),
        due=_due(due),
        status=ActionStatus.OPEN,
        activity_id=_activity(session, meeting.group_id, activity_id),
    )
    action.position = _key_at(_ordered(session, ActionItem, meeting.id), index)
    session.add(action)
    return action.id


_ACTION_FIELDS = {"text", "owner_id", "due", "status", "activity_id"}


def update_action_item(session: Session, action_id: str, **fields: Any) -> None:
    unknown = set(fields) - _ACTION_FIELDS
    if unknown:
        raise TypeError(f"update_action_item() got unknown fields {sorted(unknown)}")
    action = _live(session, ActionItem, action_id, "action")
    meeting = _meeting(session, action.meeting_id)
    wanted: dict[str, Any] = {}
    if "text" in fields:
        wanted["text"] = _text(fields["text"], "text", Label.ACTION_ITEM, limit=ACTION_LENGTH)
    if "owner_id" in fields:
        wanted["owner_id"] = _entity(session, fields["owner_id"], "owner")
    if "due" in fields:
        wanted["due"] = _due(fields["due"])
    if "status" in fields:
        wanted["status"] = _status(fields["status"])
    if "activity_id" in fields:
        wanted["activity_id"] = _activity(session, meeting.group_id, fields["activity_id"])
    _apply(action, wanted)


def set_action_status(session: Session, action_id: str, status: ActionStatus | str) -> None:
    """Close (done) or reopen (open) an action item."""
    update_action_item(session, action_id, status=status)


def remove_action_item(session: Session, action_id: str) -> None:
    _remove(_live(session, ActionItem, action_id, "action"))


def move_action_item(session: Session, action_id: str, to_index: int) -> None:
    action = _live(session, ActionItem, action_id, "action")
    _move(_ordered(session, ActionItem, action.meeting_id), action, to_index)
