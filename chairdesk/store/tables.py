"""The tables as SQLAlchemy Core sees them, for the reads of the first screen.

The ORM (sqlalchemy.orm and the declarative models) costs about a quarter of a
second to load, half of ChairDesk's start-up. The main window and the Meetings
view read through these lightweight table clauses instead, so that the window
is on screen before the ORM is loaded (after the first paint, see
chairdesk.gui.app). Only the columns those reads use are listed, typed as in
chairdesk.store.models; tests/test_tables.py checks them against the models.
"""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, DateTime, Enum, Integer, String, Text, column, table
from sqlalchemy.sql.expression import ColumnClause, ColumnElement, TableClause

from chairdesk.domain.vocabulary import ActionStatus, MeetingKind, MeetingMode, Pillar, Role

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    Reader = Connection | Session  # what a read runs in: a plain connection or an ORM session


def live(records: object) -> ColumnElement[bool]:
    """The filter that leaves deleted records out (they wait in the trash, see store/trash.py).

    `records`: a model (``Meeting``), a table clause (``t.meeting``) or its columns (``t.meeting.c``).
    """
    deleted = records.c.deleted if isinstance(records, TableClause) else records.deleted
    return deleted.is_(False)


def choice(enum_type: type[enum.Enum]) -> Enum:
    """A vocabulary column's type: the member's plain value ("in_focus"), no CHECK constraint.

    The application validates; a later version may add choices without a table rebuild.
    """
    return Enum(
        enum_type,
        native_enum=False,
        create_constraint=False,
        length=24,
        values_callable=lambda members: [m.value for m in members],
    )


def _record(name: str, *columns: ColumnClause) -> TableClause:
    """A synced table: a UUID key and the `deleted` flag, then its own columns."""
    return table(name, column("id", String(36)), column("deleted", Boolean), *columns)


entity = _record("entity", column("acronym", String(40)), column("name", String(300)))

working_group = _record(
    "working_group",
    column("acronym", String(40)),
    column("name", String(300)),
    column("pillar", choice(Pillar)),
)

membership = _record(
    "membership",
    column("group_id", String(36)),
    column("entity_id", String(36)),
    column("role", choice(Role)),
    column("start", Date),
    column("end", Date),
)

chair_term = _record(
    "chair_term",
    column("group_id", String(36)),
    column("entity_id", String(36)),
    column("start", Date),
    column("end", Date),
)

work_plan = _record("work_plan", column("group_id", String(36)), column("period", String(20)))

output = _record("output", column("work_plan_id", String(36)), column("position", String(64)))

activity = _record(
    "activity",
    column("output_id", String(36)),
    column("code", String(20)),
    column("title", Text),
    column("position", String(64)),
)

meeting = _record(
    "meeting",
    column("group_id", String(36)),
    column("title", String(300)),
    column("start", DateTime),
    column("end", DateTime),
    column("kind", choice(MeetingKind)),
    column("mode", choice(MeetingMode)),
    column("location", String(300)),
    column("summary", Text),
)

agenda_item = _record(
    "agenda_item",
    column("meeting_id", String(36)),
    column("position", String(64)),
    column("title", Text),
    column("presenter_id", String(36)),
    column("minutes", Integer),
    column("activity_id", String(36)),
    column("notes", Text),
    column("done", Boolean),
)

attendance = _record(
    "attendance", column("meeting_id", String(36)), column("entity_id", String(36))
)

decision = _record(
    "decision",
    column("meeting_id", String(36)),
    column("position", String(64)),
    column("text", Text),
)

action_item = _record(
    "action_item",
    column("meeting_id", String(36)),
    column("position", String(64)),
    column("text", Text),
    column("owner_id", String(36)),
    column("due", Date),
    column("status", choice(ActionStatus)),
    column("activity_id", String(36)),
)

agenda_template = _record(
    "agenda_template", column("group_id", String(36)), column("name", String(200))
)

template_item = _record(
    "template_item", column("template_id", String(36)), column("minutes", Integer)
)

workspace_info = table("workspace_info", column("key", String(60)), column("value", Text))

TABLES: tuple[TableClause, ...] = (
    entity,
    working_group,
    membership,
    chair_term,
    work_plan,
    output,
    activity,
    meeting,
    agenda_item,
    attendance,
    decision,
    action_item,
    agenda_template,
    template_item,
    workspace_info,
)
