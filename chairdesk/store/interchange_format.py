"""The JSON interchange format: ChairDesk's public data format.

These models are the format's single definition: they validate files on
import, and the JSON Schema shipped in resources/schema/ is generated from
them (`chairdesk schema`). Field names are stable; new fields may be added as
optional ones. Unknown fields are ignored, so that a file written by a later
ChairDesk of the same format version still imports.

Values follow chairdesk.domain.values, as the operations and sync do: a text
holds no control character a Word document cannot hold and is no longer than
its column (`text_limit`), a date lies in FIRST_YEAR–LAST_YEAR. So nothing a
file brings in can break a later export.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    WithJsonSchema,
)
from pydantic_core import PydanticCustomError

from chairdesk.domain.values import (
    FIRST_YEAR,
    LAST_YEAR,
    date_problem,
    text_problem,
    time_zone_problem,
)
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
from chairdesk.store.models import (
    ActionItem,
    Activity,
    AgendaItem,
    AgendaTemplate,
    Base,
    Contact,
    Decision,
    Entity,
    Meeting,
    Narrative,
    Output,
    ProgressUpdate,
    TemplateItem,
    WorkingGroup,
    one_line,
    text_limit,
)

D = TypeVar("D", date, datetime)

FORMAT_NAME = "chairdesk-workspace"
FORMAT_VERSION = 1

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?")
_PERIOD = re.compile(r"(\d{4})(?:-(\d{4}))?")
_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def _iso_date(value: Any) -> date:
    if isinstance(value, str) and _DATE.fullmatch(value):
        try:
            day = date.fromisoformat(value)
        except ValueError:
            pass
        else:
            return _in_range(day)
    raise PydanticCustomError("not_date", "not a date (expected YYYY-MM-DD)")


def _iso_datetime(value: Any) -> datetime:
    if isinstance(value, str) and _DATETIME.fullmatch(value):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            pass
        else:
            return _in_range(moment)
    raise PydanticCustomError("not_datetime", "not a date-time (expected YYYY-MM-DDTHH:MM)")


def _in_range(value: D) -> D:
    problem = date_problem(value)
    if problem is not None:
        # A year far ahead (9999) would overflow the calendar and the time plan later on.
        raise PydanticCustomError("date_range", "{problem}", {"problem": problem})
    return value


def _storable(value: str) -> str:
    problem = text_problem(value)
    if problem is not None:
        # A control character would make every Word export fail ("not XML compatible").
        raise PydanticCustomError("not_storable", "{problem}", {"problem": problem})
    return value


def _one_line(value: str) -> str:
    problem = text_problem(value, one_line=True)
    if problem is not None:
        raise PydanticCustomError("not_storable", "{problem}", {"problem": problem})
    return value


def _record_id(value: Any) -> str:
    if isinstance(value, str) and _CANONICAL_UUID.fullmatch(value):
        return value  # as ChairDesk writes them: no need to parse (a large file has 400,000)
    try:
        return str(uuid.UUID(value)) if isinstance(value, str) else _bad_id()
    except ValueError:
        return _bad_id()


def _bad_id() -> str:
    raise PydanticCustomError("not_uuid", "not a UUID")


def _time_zone(value: Any) -> Any:
    if isinstance(value, str) and value.strip() and (problem := time_zone_problem(value.strip())):
        raise PydanticCustomError("not_time_zone", problem)
    return value


def _period(value: Any) -> str:
    if isinstance(value, str):
        match = _PERIOD.fullmatch(value)
        if match and (match[2] is None or int(match[2]) >= int(match[1])):
            for year in (int(match[1]), int(match[2] or match[1])):
                if not FIRST_YEAR <= year <= LAST_YEAR:
                    raise PydanticCustomError(
                        "date_range",
                        "year {year} is outside {first}–{last}",
                        {"year": year, "first": FIRST_YEAR, "last": LAST_YEAR},
                    )
            return value
    raise PydanticCustomError("not_period", "not a period (expected YYYY or YYYY-YYYY)")


def _text(model: type[Base], column: str, *, required: bool = False) -> Any:
    """Text stored in `model.column`: as long as the column holds, storable (domain.values),
    on one line if the column says so (an acronym, a code).

    A required text is trimmed and must not be empty, as a name or a title.
    """
    return Annotated[
        str,
        StringConstraints(
            strip_whitespace=required or None,
            min_length=1 if required else None,
            max_length=text_limit(model, column),
        ),
        AfterValidator(_one_line if one_line(model, column) else _storable),
    ]


IsoDate = Annotated[
    date, BeforeValidator(_iso_date), WithJsonSchema({"type": "string", "format": "date"})
]
IsoDateTime = Annotated[
    datetime,
    BeforeValidator(_iso_datetime),
    WithJsonSchema({"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$"}),
]
RecordId = Annotated[
    str, BeforeValidator(_record_id), WithJsonSchema({"type": "string", "format": "uuid"})
]
Period = Annotated[
    str,
    BeforeValidator(_period),
    WithJsonSchema({"type": "string", "pattern": r"^\d{4}(-\d{4})?$"}),
]
Acronym = _text(Entity, "acronym", required=True)
Code = _text(Activity, "code", required=True)
Minutes = Annotated[int, Field(ge=0, le=24 * 60)]
Percent = Annotated[int, Field(ge=0, le=100)]


class Item(BaseModel):
    model_config = ConfigDict(extra="ignore", strict=False, use_enum_values=False)


class Record(Item):
    id: RecordId | None = None


class WorkspaceHeader(Item):
    name: Annotated[str, StringConstraints(max_length=300), AfterValidator(_storable)] | None = None


class EntityIn(Record):
    acronym: Acronym
    name: _text(Entity, "name", required=True)
    kind: EntityKind


class WorkingGroupIn(Record):
    acronym: Acronym
    name: _text(WorkingGroup, "name", required=True)
    #: The group's name in French documents, in full ("Groupe de travail sur …").
    name_fr: _text(WorkingGroup, "name_fr") | None = None
    pillar: Pillar
    mandate: _text(WorkingGroup, "mandate") | None = None
    objectives: _text(WorkingGroup, "objectives") | None = None
    tor_revised: IsoDate | None = None
    tor_submitted: IsoDate | None = None
    #: The IANA time zone its meetings' times are written in ("Europe/Vienna").
    time_zone: (
        Annotated[
            str, StringConstraints(strip_whitespace=True, max_length=64), AfterValidator(_time_zone)
        ]
        | None
    ) = None


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
    name: _text(Contact, "name", required=True)
    email: _text(Contact, "email") | None = None
    phone: _text(Contact, "phone") | None = None
    job_title: _text(Contact, "job_title") | None = None
    group: Acronym | None = None


class ProgressUpdateIn(Record):
    date: IsoDate
    text: _text(ProgressUpdate, "text")


class ActivityIn(Record):
    code: Code
    title: _text(Activity, "title", required=True)
    description: _text(Activity, "description") | None = None
    lead: list[Acronym] = []
    partners: list[Acronym] = []
    start: IsoDate | None = None
    due: IsoDate | None = None
    status: ActivityStatus = ActivityStatus.NOT_STARTED
    progress: Percent = 0
    indicator: _text(Activity, "indicator") | None = None
    funding: FundingStatus | None = None
    updates: list[ProgressUpdateIn] = []


class OutputIn(Record):
    code: _text(Output, "code", required=True)
    title: _text(Output, "title", required=True)
    activities: list[ActivityIn] = []


class WorkPlanIn(Record):
    group: Acronym
    period: Period
    outputs: list[OutputIn] = []


class AgendaItemIn(Record):
    title: _text(AgendaItem, "title", required=True)
    presenter: Acronym | None = None
    minutes: Minutes = 0
    activity: Code | None = None
    notes: _text(AgendaItem, "notes") | None = None
    done: bool = False


class ActionItemIn(Record):
    text: Annotated[_text(ActionItem, "text"), Field(min_length=1)]
    owner: Acronym | None = None
    due: IsoDate | None = None
    status: ActionStatus = ActionStatus.OPEN
    activity: Code | None = None


class MeetingIn(Record):
    group: Acronym
    title: _text(Meeting, "title", required=True)
    start: IsoDateTime
    end: IsoDateTime | None = None
    kind: MeetingKind
    mode: MeetingMode
    location: _text(Meeting, "location") | None = None
    agenda: list[AgendaItemIn] = []
    attendance: list[Acronym] = []
    summary: _text(Meeting, "summary") | None = None
    decisions: list[Annotated[_text(Decision, "text"), Field(min_length=1)]] = []
    actions: list[ActionItemIn] = []


class NarrativeIn(Record):
    group: Acronym
    year: Annotated[int, Field(ge=FIRST_YEAR, le=LAST_YEAR)]
    section: NarrativeSection
    text: _text(Narrative, "text")


class TemplateItemIn(Record):
    title: _text(TemplateItem, "title", required=True)
    minutes: Minutes = 0
    presenter: Acronym | None = None
    notes: _text(TemplateItem, "notes") | None = None


class AgendaTemplateIn(Record):
    name: _text(AgendaTemplate, "name", required=True)
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
