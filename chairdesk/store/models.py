"""The workspace's tables.

Every synced record has a UUID key (so records made offline on several
laptops never collide), created/updated times, and a `deleted` flag instead of
being removed (a deleted record can be restored from the trash, and a
concurrent edit inside it is never lost). Lists whose order a person chooses
carry a fractional-index `position` so that concurrent reorders converge.

Natural keys (acronyms, activity codes) are deliberately not UNIQUE in the
database: two laptops may create the same acronym offline, and the merge must
still apply. The store's operations and `chairdesk check` guard them instead.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import ForeignKey, Index, MetaData, String, Text, false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from chairdesk.domain.positions import key_problem
from chairdesk.domain.values import FIRST_YEAR, LAST_YEAR, LONG_TEXT_MAX, time_zone_problem
from chairdesk.domain.vocabulary import (
    AGENDA_ITEM_MAX_MINUTES,
    ActionStatus,
    ActivityRole,
    ActivityStatus,
    EntityKind,
    FundingStatus,
    MeetingKind,
    MeetingMode,
    NarrativeSection,
    Pillar,
    Role,
    SubmissionSource,
    TermLength,
)
from chairdesk.store.tables import choice

# A column's `info` carries the domain's rules beyond its type, for chairdesk.store.row_rules
# (which checks records from other laptops): an inclusive range, or a function naming the problem.
POSITION = {"check": key_problem}
MINUTES = {"range": (0, AGENDA_ITEM_MAX_MINUTES)}
PERCENT = {"range": (0, 100)}
YEAR = {"range": (FIRST_YEAR, LAST_YEAR)}
# An acronym or a code: text on one line (domain.values), which messages and lists quote.
ONE_LINE = {"one_line": True}
TIME_ZONE = {"check": time_zone_problem}


def new_id() -> str:
    return str(uuid.uuid4())


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def text_limit(model: type[Base], column: str) -> int:
    """The most characters a text column holds: its declared length, else LONG_TEXT_MAX.

    SQLite would store any length; import, the operations and sync all hold text to this.
    """
    return getattr(model.__table__.c[column].type, "length", None) or LONG_TEXT_MAX


def one_line(model: type[Base], column: str) -> bool:
    """Whether a text column holds one line only (an acronym, a code)."""
    return bool(model.__table__.c[column].info.get("one_line"))


class Base(DeclarativeBase):
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(table_name)s_%(column_0_N_name)s",
            "uq": "uq_%(table_name)s_%(column_0_N_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


class Record(Base):
    """A synced record."""

    __abstract__ = True

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    deleted: Mapped[bool] = mapped_column(default=False, server_default=false())

    def __init__(self, **fields: object) -> None:
        # The id exists from the start (not only at INSERT), so that a record
        # can be referred to, and its creation recorded, before any flush.
        fields.setdefault("id", new_id())
        fields.setdefault("deleted", False)
        super().__init__(**fields)


class Entity(Record):
    """A UN or non-UN entity taking part in working groups (UNICRI, INTERPOL, ...)."""

    __tablename__ = "entity"

    acronym: Mapped[str] = mapped_column(String(40), index=True, info=ONE_LINE)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[EntityKind] = mapped_column(choice(EntityKind))


class WorkingGroup(Record):
    __tablename__ = "working_group"

    acronym: Mapped[str] = mapped_column(String(40), index=True, info=ONE_LINE)
    name: Mapped[str] = mapped_column(String(300))
    pillar: Mapped[Pillar] = mapped_column(choice(Pillar))
    mandate: Mapped[str] = mapped_column(Text, default="")
    objectives: Mapped[str] = mapped_column(Text, default="")
    tor_revised: Mapped[date | None]
    tor_submitted: Mapped[date | None]
    # Its name in French documents, in full ("Groupe de travail sur …"); None: not recorded.
    name_fr: Mapped[str | None] = mapped_column(String(300))
    # The IANA time zone ("Europe/Vienna") its meetings' times are written in; None: the
    # zone of the computer that exports the calendar.
    time_zone: Mapped[str | None] = mapped_column(String(64), info=TIME_ZONE)


class Membership(Record):
    """An entity's role in a group over a period. The Chair comes from chair terms."""

    __tablename__ = "membership"

    group_id: Mapped[str] = mapped_column(ForeignKey("working_group.id"), index=True)
    entity_id: Mapped[str] = mapped_column(ForeignKey("entity.id"), index=True)
    role: Mapped[Role] = mapped_column(choice(Role))
    start: Mapped[date | None]
    end: Mapped[date | None]

    group: Mapped[WorkingGroup] = relationship()
    entity: Mapped[Entity] = relationship()


class Contact(Record):
    """A focal point of an entity, for one group or for all."""

    __tablename__ = "contact"

    entity_id: Mapped[str] = mapped_column(ForeignKey("entity.id"), index=True)
    group_id: Mapped[str | None] = mapped_column(ForeignKey("working_group.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(60))
    job_title: Mapped[str | None] = mapped_column(String(200))

    entity: Mapped[Entity] = relationship()
    group: Mapped[WorkingGroup | None] = relationship()


class RotationPlan(Record):
    """Entities that take the Chair in turn, each for a term of fixed length."""

    __tablename__ = "rotation_plan"

    group_id: Mapped[str] = mapped_column(ForeignKey("working_group.id"), index=True)
    start: Mapped[date]
    until: Mapped[date]
    term_length: Mapped[TermLength] = mapped_column(choice(TermLength))

    group: Mapped[WorkingGroup] = relationship()
    slots: Mapped[list[RotationSlot]] = relationship(
        back_populates="plan", order_by="[RotationSlot.position, RotationSlot.id]"
    )


class RotationSlot(Record):
    __tablename__ = "rotation_slot"

    plan_id: Mapped[str] = mapped_column(ForeignKey("rotation_plan.id"), index=True)
    entity_id: Mapped[str] = mapped_column(ForeignKey("entity.id"), index=True)
    position: Mapped[str] = mapped_column(String(64), info=POSITION)

    plan: Mapped[RotationPlan] = relationship(back_populates="slots")
    entity: Mapped[Entity] = relationship()


class ChairTerm(Record):
    """Who holds the Chair of a group from `start` to `end` (inclusive)."""

    __tablename__ = "chair_term"

    group_id: Mapped[str] = mapped_column(ForeignKey("working_group.id"), index=True)
    entity_id: Mapped[str] = mapped_column(ForeignKey("entity.id"), index=True)
    start: Mapped[date]
    end: Mapped[date | None]
    # Set when the term was generated by a rotation plan, so that changing the
    # plan can replace exactly the terms it made.
    plan_id: Mapped[str | None] = mapped_column(ForeignKey("rotation_plan.id"), index=True)

    group: Mapped[WorkingGroup] = relationship()
    entity: Mapped[Entity] = relationship()


class WorkPlan(Record):
    __tablename__ = "work_plan"

    group_id: Mapped[str] = mapped_column(ForeignKey("working_group.id"), index=True)
    period: Mapped[str] = mapped_column(String(20))  # "2021-2022" or "2023"

    group: Mapped[WorkingGroup] = relationship()


class Output(Record):
    __tablename__ = "output"

    work_plan_id: Mapped[str] = mapped_column(ForeignKey("work_plan.id"), index=True)
    code: Mapped[str] = mapped_column(String(20), info=ONE_LINE)
    title: Mapped[str] = mapped_column(Text)
    position: Mapped[str] = mapped_column(String(64), info=POSITION)

    work_plan: Mapped[WorkPlan] = relationship()


class Activity(Record):
    __tablename__ = "activity"

    output_id: Mapped[str] = mapped_column(ForeignKey("output.id"), index=True)
    code: Mapped[str] = mapped_column(String(20), index=True, info=ONE_LINE)
    title: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    start: Mapped[date | None]
    due: Mapped[date | None]
    status: Mapped[ActivityStatus] = mapped_column(
        choice(ActivityStatus), default=ActivityStatus.NOT_STARTED
    )
    progress: Mapped[int] = mapped_column(default=0, info=PERCENT)
    indicator: Mapped[str | None] = mapped_column(Text)
    funding: Mapped[FundingStatus | None] = mapped_column(choice(FundingStatus))
    position: Mapped[str] = mapped_column(String(64), info=POSITION)

    output: Mapped[Output] = relationship()


class ActivityEntity(Record):
    """A lead or partner entity of an activity."""

    __tablename__ = "activity_entity"

    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"), index=True)
    entity_id: Mapped[str] = mapped_column(ForeignKey("entity.id"), index=True)
    role: Mapped[ActivityRole] = mapped_column(choice(ActivityRole))
    position: Mapped[str] = mapped_column(String(64), info=POSITION)

    entity: Mapped[Entity] = relationship()


class ProgressUpdate(Record):
    __tablename__ = "progress_update"

    activity_id: Mapped[str] = mapped_column(ForeignKey("activity.id"), index=True)
    date: Mapped[date]
    text: Mapped[str] = mapped_column(Text)


class Meeting(Record):
    __tablename__ = "meeting"
    __table_args__ = (Index("ix_meeting_group_id_start", "group_id", "start"),)

    group_id: Mapped[str] = mapped_column(ForeignKey("working_group.id"))
    title: Mapped[str] = mapped_column(String(300))
    start: Mapped[datetime]  # local time of the meeting's place, as people write it
    end: Mapped[datetime | None]
    kind: Mapped[MeetingKind] = mapped_column(choice(MeetingKind))
    mode: Mapped[MeetingMode] = mapped_column(choice(MeetingMode))
    location: Mapped[str | None] = mapped_column(String(300))
    summary: Mapped[str] = mapped_column(Text, default="")

    group: Mapped[WorkingGroup] = relationship()


class AgendaItem(Record):
    __tablename__ = "agenda_item"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    position: Mapped[str] = mapped_column(String(64), info=POSITION)
    title: Mapped[str] = mapped_column(Text)
    presenter_id: Mapped[str | None] = mapped_column(ForeignKey("entity.id"), index=True)
    minutes: Mapped[int] = mapped_column(default=0, info=MINUTES)
    activity_id: Mapped[str | None] = mapped_column(ForeignKey("activity.id"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)
    done: Mapped[bool] = mapped_column(default=False)


class Attendance(Record):
    """An entity present at a meeting; un-ticking it sets `deleted`."""

    __tablename__ = "attendance"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    entity_id: Mapped[str] = mapped_column(ForeignKey("entity.id"), index=True)


class Decision(Record):
    __tablename__ = "decision"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    position: Mapped[str] = mapped_column(String(64), info=POSITION)
    text: Mapped[str] = mapped_column(Text)


class ActionItem(Record):
    __tablename__ = "action_item"

    meeting_id: Mapped[str] = mapped_column(ForeignKey("meeting.id"), index=True)
    position: Mapped[str] = mapped_column(String(64), info=POSITION)
    text: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[str | None] = mapped_column(ForeignKey("entity.id"), index=True)
    due: Mapped[date | None]
    status: Mapped[ActionStatus] = mapped_column(choice(ActionStatus), default=ActionStatus.OPEN)
    activity_id: Mapped[str | None] = mapped_column(ForeignKey("activity.id"), index=True)


class AgendaTemplate(Record):
    """Standing agenda items that a new meeting starts from (group None: any group)."""

    __tablename__ = "agenda_template"

    group_id: Mapped[str | None] = mapped_column(ForeignKey("working_group.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))


class TemplateItem(Record):
    __tablename__ = "template_item"

    template_id: Mapped[str] = mapped_column(ForeignKey("agenda_template.id"), index=True)
    position: Mapped[str] = mapped_column(String(64), info=POSITION)
    title: Mapped[str] = mapped_column(Text)
    minutes: Mapped[int] = mapped_column(default=0, info=MINUTES)
    presenter_id: Mapped[str | None] = mapped_column(ForeignKey("entity.id"), index=True)
    notes: Mapped[str | None] = mapped_column(Text)


class Narrative(Record):
    """The chair's own text for one section of a group's submission for a year."""

    __tablename__ = "narrative"

    group_id: Mapped[str] = mapped_column(ForeignKey("working_group.id"), index=True)
    year: Mapped[int] = mapped_column(info=YEAR)
    section: Mapped[NarrativeSection] = mapped_column(choice(NarrativeSection))
    text: Mapped[str] = mapped_column(Text, default="")


class SubmissionReceipt(Record):
    """A group's submission for a year as the secretariat last received it.

    One live receipt per group and year: importing the same file again changes
    nothing, a new version of it updates the receipt. Text of a plain Word file
    that no section took is kept here, so that nothing received is dropped.
    """

    __tablename__ = "submission_receipt"

    group_id: Mapped[str] = mapped_column(ForeignKey("working_group.id"), index=True)
    year: Mapped[int]
    received_at: Mapped[datetime]  # UTC
    file_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    source: Mapped[SubmissionSource] = mapped_column(choice(SubmissionSource))
    language: Mapped[str | None] = mapped_column(
        String(8)
    )  # of a ChairDesk submission's fixed wording
    unplaced: Mapped[str | None] = mapped_column(Text)

    group: Mapped[WorkingGroup] = relationship()


class WorkspaceInfo(Base):
    """Facts about the workspace itself (its name), one row per key."""

    __tablename__ = "workspace_info"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


SYNCED_MODELS: tuple[type[Record], ...] = (
    Entity,
    WorkingGroup,
    Membership,
    Contact,
    RotationPlan,
    RotationSlot,
    ChairTerm,
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
    AgendaTemplate,
    TemplateItem,
    Narrative,
    SubmissionReceipt,
)
