"""The JSON interchange format: ChairDesk's public data format.

These models are the format's single definition: they validate files on
import, and the JSON Schema shipped in resources/schema/ is generated from
them (`chairdesk schema`). Field names are stable; new fields may be added as
optional ones. Unknown fields are ignored, so that a file written by a later
ChairDesk of the same format version still imports.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from chairdesk.domain.vocabulary import (
    ActionStatus,
    ActivityStatus,
    EntityKind,
    FundingStatus,
    MeetingKind,
    MeetingMode,
    NarrativeSection,
    Pillar,
    Role,
    TermLength,
)

FORMAT_NAME = "chairdesk-workspace"
FORMAT_VERSION = 1

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?")
_PERIOD = re.compile(r"(\d{4})(?:-(\d{4}))?")


def _iso_date(value: Any) -> date:
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass
    raise PydanticCustomError("not_date", "not a date (expected YYYY-MM-DD)")


def _iso_datetime(value: Any) -> datetime:
    if isinstance(value, str) and _DATETIME.fullmatch(value):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            pass
    raise PydanticCustomError("not_datetime", "not a date-time (expected YYYY-MM-DDTHH:MM)")


def _record_id(value: Any) -> str:
    try:
        return str(uuid.UUID(value)) if isinstance(value, str) else _bad_id()
    except ValueError:
        return _bad_id()


def _bad_id() -> str:
    raise PydanticCustomError("not_uuid", "not a UUID")


def _period(value: Any) -> str:
    if isinstance(value, str):
        match = _PERIOD.fullmatch(value)
        if match and (match[2] is None or int(match[2]) >= int(match[1])):
            return value
    raise PydanticCustomError("not_period", "not a period (expected YYYY or YYYY-YYYY)")


IsoDate = Annotated[
    date, BeforeValidator(_iso_date), WithJsonSchema({"type": "string", "format": "date"})
]
IsoDateTime = Annotated[
    datetime,
    BeforeValidator(_iso_datetime),
    WithJsonSchema(
        {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$"}
    ),
]
RecordId = Annotated[
    str, BeforeValidator(_record_id), WithJsonSchema({"type": "string", "format": "uuid"})
]
Period = Annotated[
    str,
    BeforeValidator(_period),
    WithJsonSchema({"type": "string", "pattern": r"^\d{4}(-\d{4})?$"}),
]
Acronym = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40)]
Code = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=20)]
Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
Minutes = Annotated[int, Field(ge=0, le=24 * 60)]
Percent = Annotated[int, Field(ge=0, le=100)]


class Item(BaseModel):
    model_config = ConfigDict(extra="ignore", strict=False, use_enum_values=False)


class Record(Item):
    id: RecordId | None = None


class WorkspaceHeader(Item):
    name: str | None = None


class EntityIn(Record):
    acronym: Acronym
    name: Name
    kind: EntityKind


class WorkingGroupIn(Record):
    acronym: Acronym
    name: Name
    pillar: Pillar
    mandate: str | None = None
    objectives: str | None = None
    tor_revised: IsoDate | None = None
    tor_submitted: IsoDate | None = None


class MembershipIn(Record):
    group: Acronym
    entity: Acronym
    role: Role
    start: IsoDate | None = None
    end: IsoDate | None = None


class ChairTermIn(Record):
    group: Acronym
    entity: Acronym
    start: IsoDate
    end: IsoDate | None = None
    plan: RecordId | None = None


class RotationPlanIn(Record):
    group: Acronym
    start: IsoDate
    until: IsoDate
    term: TermLength
    entities: list[Acronym] = Field(min_length=1)


class ContactIn(Record):
    entity: Acronym
    name: Name
    email: str | None = None
    phone: str | None = None
    job_title: str | None = None
    group: Acronym | None = None


class ProgressUpdateIn(Record):
    date: IsoDate
    text: str


class ActivityIn(Record):
    code: Code
    title: Name
    description: str | None = None
    lead: list[Acronym] = []
    partners: list[Acronym] = []
    start: IsoDate | None = None
    due: IsoDate | None = None
    status: ActivityStatus = ActivityStatus.NOT_STARTED
    progress: Percent = 0
    indicator: str | None = None
    funding: FundingStatus | None = None
    updates: list[ProgressUpdateIn] = []


class OutputIn(Record):
    code: Code
    title: Name
    activities: list[ActivityIn] = []


class WorkPlanIn(Record):
    group: Acronym
    period: Period
    outputs: list[OutputIn] = []


class AgendaItemIn(Record):
    title: Name
    presenter: Acronym | None = None
    minutes: Minutes = 0
    activity: Code | None = None
    notes: str | None = None
    done: bool = False


class ActionItemIn(Record):
    text: str = Field(min_length=1)
    owner: Acronym | None = None
    due: IsoDate | None = None
    status: ActionStatus = ActionStatus.OPEN
    activity: Code | None = None


class MeetingIn(Record):
    group: Acronym
    title: Name
    start: IsoDateTime
    end: IsoDateTime | None = None
    kind: MeetingKind
    mode: MeetingMode
    location: str | None = None
    agenda: list[AgendaItemIn] = []
    attendance: list[Acronym] = []
    summary: str | None = None
    decisions: list[Annotated[str, StringConstraints(min_length=1)]] = []
    actions: list[ActionItemIn] = []


class NarrativeIn(Record):
    group: Acronym
    year: Annotated[int, Field(ge=1945, le=2200)]
    section: NarrativeSection
    text: str


class TemplateItemIn(Record):
    title: Name
    minutes: Minutes = 0
    presenter: Acronym | None = None
    notes: str | None = None


class AgendaTemplateIn(Record):
    name: Name
    group: Acronym | None = None
    items: list[TemplateItemIn] = []


class WorkspaceFile(Item):
    """A whole workspace."""

    model_config = ConfigDict(
        extra="ignore",
        title="ChairDesk workspace",
        json_schema_extra={"$schema": "https://json-schema.org/draft/2020-12/schema"},
    )

    format: Literal["chairdesk-workspace"]
    version: Literal[1]
    workspace: WorkspaceHeader | None = None
    entities: list[EntityIn] = []
    working_groups: list[WorkingGroupIn] = []
    memberships: list[MembershipIn] = []
    chair_terms: list[ChairTermIn] = []
    rotation_plans: list[RotationPlanIn] = []
    contacts: list[ContactIn] = []
    work_plans: list[WorkPlanIn] = []
    meetings: list[MeetingIn] = []
    narratives: list[NarrativeIn] = []
    agenda_templates: list[AgendaTemplateIn] = []


def json_schema() -> dict[str, Any]:
    return WorkspaceFile.model_json_schema(mode="validation")


def period_years(period: str) -> tuple[int, int]:
    match = _PERIOD.fullmatch(period)
    assert match, period
    first = int(match[1])
    return first, int(match[2] or first)
