"""What an operation refuses, as a code and its values; the one catalog of its wording.

An operation never words a refusal. It raises `OperationError(field, Refusal.X, **values)`:
the values are values (dates as dates, numbers as numbers, a field's name as a `Label`, a
part of a sentence as a `Phrase`), never English sentences. Whoever shows the refusal words
it from `TEMPLATES`:

- the application in the interface's language (`chairdesk.gui.inline.refusal_text`: the
  templates below are marked for Qt Linguist in the context "Refusal", the dates and numbers
  are the interface locale's);
- the command line in English, with the documents' date style ("8 June 2022"): `english`.

No Qt here: `QT_TRANSLATE_NOOP` below only marks a text for lupdate, which reads this file
(`chairdesk.gui.i18n_tools.translatable_sources`).
"""

from __future__ import annotations

import string
from datetime import date, datetime
from enum import StrEnum
from typing import Any

__all__ = [
    "CONTEXT",
    "LABELS",
    "TEMPLATES",
    "Label",
    "Phrase",
    "Refusal",
    "english",
    "placeholders",
]

# The Qt Linguist context of every text below.
CONTEXT = "Refusal"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Marks `text` for translation in `context`; the text itself is unchanged."""
    return text


class Refusal(StrEnum):
    """Why an operation refused its input: a stable code, worded by `TEMPLATES`."""

    # a text or a date a record may not hold (chairdesk.domain.values' rule)
    TOO_LONG = "too_long"
    CONTROL_CHARACTER = "control_character"
    TAB = "tab"
    LINE_BREAK = "line_break"
    YEAR_OUT_OF_RANGE = "year_out_of_range"
    # a value of the wrong kind
    EMPTY = "empty"
    REQUIRED = "required"
    MUST_BE_TEXT = "must_be_text"
    NOT_TEXT = "not_text"
    THIS_MUST_BE_TEXT = "this_must_be_text"
    NOT_A_DATE = "not_a_date"
    NOT_AN_ISO_DATE = "not_an_iso_date"
    NOT_A_MOMENT = "not_a_moment"
    DUE_NOT_A_DATE = "due_not_a_date"
    UPDATE_NEEDS_DATE = "update_needs_date"
    NOT_ONE_OF = "not_one_of"
    NOT_A_STATUS = "not_a_status"
    NOT_A_FUNDING_STATUS = "not_a_funding_status"
    NOT_A_MEETING_KIND = "not_a_meeting_kind"
    NOT_A_MEETING_MODE = "not_a_meeting_mode"
    NOT_AN_ACTION_STATUS = "not_an_action_status"
    NOT_A_TIME_ZONE_NAME = "not_a_time_zone_name"
    UNKNOWN_TIME_ZONE = "unknown_time_zone"
    NOT_AN_EMAIL = "not_an_email"
    NOT_A_PHONE = "not_a_phone"
    # records that are gone or not chosen
    CHOOSE = "choose"
    GONE = "gone"
    NO_SUCH_ENTITY = "no_such_entity"
    ENTITY_IN_LIST_GONE = "entity_in_list_gone"
    NO_SUCH_RECORD = "no_such_record"
    NOT_IN_TRASH = "not_in_trash"
    NOT_RESTORABLE = "not_restorable"
    # composition and chairmanship
    ACRONYM_TAKEN = "acronym_taken"
    ENDS_BEFORE_START = "ends_before_start"
    ALREADY_MEMBER = "already_member"
    ALREADY_ENDED = "already_ended"
    ALREADY_IN_ROLE = "already_in_role"
    MEMBERSHIP_ENDED = "membership_ended"
    CHANGE_BEFORE_START = "change_before_start"
    TERM_OVERLAPS = "term_overlaps"
    TERM_FROM_ROTATION = "term_from_rotation"
    PLAN_OF_ANOTHER_GROUP = "plan_of_another_group"
    ROTATION_WITHOUT_ENTITIES = "rotation_without_entities"
    ROTATION_TOO_LONG = "rotation_too_long"
    ROTATION_OVERLAPS = "rotation_overlaps"
    # work plans
    CODE_TOO_LONG = "code_too_long"
    PROGRESS_NOT_WHOLE = "progress_not_whole"
    PROGRESS_OUT_OF_RANGE = "progress_out_of_range"
    DUE_BEFORE_START = "due_before_start"
    ACTIVITY_CODE_TAKEN = "activity_code_taken"
    OUTPUT_CODE_TAKEN = "output_code_taken"
    NOT_A_PERIOD = "not_a_period"
    PERIOD_OUT_OF_RANGE = "period_out_of_range"
    WORK_PLAN_EXISTS = "work_plan_exists"
    CANNOT_MOVE_FURTHER = "cannot_move_further"
    CANNOT_MOVE_THERE = "cannot_move_there"
    OTHER_WORK_PLAN = "other_work_plan"
    LISTED_TWICE = "listed_twice"
    ALREADY_LEAD = "already_lead"
    # meetings
    DURATION_NOT_WHOLE = "duration_not_whole"
    DURATION_NEGATIVE = "duration_negative"
    ITEM_TOO_LONG = "item_too_long"
    MEETING_ENDS_BEFORE_START = "meeting_ends_before_start"
    ACTIVITY_NOT_IN_PLANS = "activity_not_in_plans"
    NO_SUCH_PLACE = "no_such_place"
    TEMPLATE_OF_ANOTHER_GROUP = "template_of_another_group"
    # narratives
    NOT_A_SECTION = "not_a_section"
    YEAR_NOT_BETWEEN = "year_not_between"
    # parts of a sentence (`Phrase`): a period, a chair term
    PERIOD_WITHOUT_DATES = "period_without_dates"
    PERIOD_FROM = "period_from"
    PERIOD_UNTIL = "period_until"
    PERIOD_FROM_TO = "period_from_to"
    SPAN_FROM = "span_from"
    SPAN = "span"
    MANUAL_TERM = "manual_term"
    OTHER_PLAN_TERM = "other_plan_term"


# code → English template; "{name}" is filled from the refusal's values.
TEMPLATES: dict[Refusal, str] = {
    Refusal.TOO_LONG: QT_TRANSLATE_NOOP(
        "Refusal", "{label} is too long (at most {limit} characters)."
    ),
    Refusal.CONTROL_CHARACTER: QT_TRANSLATE_NOOP(
        "Refusal", "{label} contains the control character {character} at position {position}."
    ),
    Refusal.TAB: QT_TRANSLATE_NOOP("Refusal", "{label} contains a tab at position {position}."),
    Refusal.LINE_BREAK: QT_TRANSLATE_NOOP(
        "Refusal", "{label} contains a line break at position {position}."
    ),
    Refusal.YEAR_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "Refusal", "{label} is out of range: year {year} is outside {first}\u2013{last}."
    ),
    Refusal.EMPTY: QT_TRANSLATE_NOOP("Refusal", "{label} cannot be empty."),
    Refusal.REQUIRED: QT_TRANSLATE_NOOP("Refusal", "{label} is required."),
    Refusal.MUST_BE_TEXT: QT_TRANSLATE_NOOP("Refusal", "{label} must be text."),
    Refusal.NOT_TEXT: QT_TRANSLATE_NOOP("Refusal", "Not a text."),
    Refusal.THIS_MUST_BE_TEXT: QT_TRANSLATE_NOOP("Refusal", "This must be text."),
    Refusal.NOT_A_DATE: QT_TRANSLATE_NOOP("Refusal", "Not a date."),
    Refusal.NOT_AN_ISO_DATE: QT_TRANSLATE_NOOP(
        "Refusal", "{label} is not a date (write it as 2023-01-31)."
    ),
    Refusal.NOT_A_MOMENT: QT_TRANSLATE_NOOP("Refusal", "This must be a date and time."),
    Refusal.DUE_NOT_A_DATE: QT_TRANSLATE_NOOP("Refusal", "The due date must be a date."),
    Refusal.UPDATE_NEEDS_DATE: QT_TRANSLATE_NOOP("Refusal", "An update needs a date."),
    Refusal.NOT_ONE_OF: QT_TRANSLATE_NOOP("Refusal", "{label} must be one of: {choices}."),
    Refusal.NOT_A_STATUS: QT_TRANSLATE_NOOP(
        "Refusal", "'{value}' is not a status (one of {choices})."
    ),
    Refusal.NOT_A_FUNDING_STATUS: QT_TRANSLATE_NOOP(
        "Refusal", "'{value}' is not a funding status."
    ),
    Refusal.NOT_A_MEETING_KIND: QT_TRANSLATE_NOOP(
        "Refusal", "\u201c{value}\u201d is not a kind of meeting."
    ),
    Refusal.NOT_A_MEETING_MODE: QT_TRANSLATE_NOOP(
        "Refusal", "\u201c{value}\u201d is not a meeting mode."
    ),
    Refusal.NOT_AN_ACTION_STATUS: QT_TRANSLATE_NOOP(
        "Refusal", "\u201c{value}\u201d is not a status of an action item."
    ),
    Refusal.NOT_A_TIME_ZONE_NAME: QT_TRANSLATE_NOOP(
        "Refusal", "'{zone}' is not a time zone name (such as Europe/Vienna or America/New_York)."
    ),
    Refusal.UNKNOWN_TIME_ZONE: QT_TRANSLATE_NOOP(
        "Refusal", "'{zone}' is not a known time zone (such as Europe/Vienna or America/New_York)."
    ),
    Refusal.NOT_AN_EMAIL: QT_TRANSLATE_NOOP(
        "Refusal", "\u201c{email}\u201d does not look like an email address (name@example.org)."
    ),
    Refusal.NOT_A_PHONE: QT_TRANSLATE_NOOP(
        "Refusal", "A phone number has digits, spaces and + ( ) - . / only."
    ),
    Refusal.CHOOSE: QT_TRANSLATE_NOOP("Refusal", "Choose {what}."),
    Refusal.GONE: QT_TRANSLATE_NOOP("Refusal", "{what} no longer exists."),
    Refusal.NO_SUCH_ENTITY: QT_TRANSLATE_NOOP("Refusal", "There is no such entity."),
    Refusal.ENTITY_IN_LIST_GONE: QT_TRANSLATE_NOOP(
        "Refusal", "An entity in the list no longer exists."
    ),
    Refusal.NO_SUCH_RECORD: QT_TRANSLATE_NOOP("Refusal", "There is no record {id} in {table}."),
    Refusal.NOT_IN_TRASH: QT_TRANSLATE_NOOP("Refusal", "{table} {id} is not in the trash."),
    Refusal.NOT_RESTORABLE: QT_TRANSLATE_NOOP(
        "Refusal", "{table}.{field} is not a field that can be restored."
    ),
    Refusal.ACRONYM_TAKEN: QT_TRANSLATE_NOOP(
        "Refusal", "There is already {what} called {acronym}."
    ),
    Refusal.ENDS_BEFORE_START: QT_TRANSLATE_NOOP(
        "Refusal", "{what} ends ({end}) before it starts ({start})."
    ),
    Refusal.ALREADY_MEMBER: QT_TRANSLATE_NOOP(
        "Refusal",
        "{entity} is already {role} of this group {period}; end that membership first "
        "(an entity has one role at a time).",
    ),
    Refusal.ALREADY_ENDED: QT_TRANSLATE_NOOP(
        "Refusal", "This membership already has an end date ({end})."
    ),
    Refusal.ALREADY_IN_ROLE: QT_TRANSLATE_NOOP("Refusal", "The entity is already {role}."),
    Refusal.MEMBERSHIP_ENDED: QT_TRANSLATE_NOOP("Refusal", "This membership ended on {end}."),
    Refusal.CHANGE_BEFORE_START: QT_TRANSLATE_NOOP(
        "Refusal", "The change must come after the membership starts ({start})."
    ),
    Refusal.TERM_OVERLAPS: QT_TRANSLATE_NOOP("Refusal", "This term overlaps {term}."),
    Refusal.TERM_FROM_ROTATION: QT_TRANSLATE_NOOP(
        "Refusal", "This term comes from the rotation plan: change the plan instead."
    ),
    Refusal.PLAN_OF_ANOTHER_GROUP: QT_TRANSLATE_NOOP(
        "Refusal", "This rotation plan belongs to another working group."
    ),
    Refusal.ROTATION_WITHOUT_ENTITIES: QT_TRANSLATE_NOOP(
        "Refusal", "Add at least one entity to the rotation."
    ),
    Refusal.ROTATION_TOO_LONG: QT_TRANSLATE_NOOP(
        "Refusal", "A rotation can be planned at most {years} years ahead; check the year."
    ),
    Refusal.ROTATION_OVERLAPS: QT_TRANSLATE_NOOP(
        "Refusal",
        "{entity}'s term ({start} \u2013 {end}) would overlap {term}. Start the "
        "rotation later or change that term.",
    ),
    Refusal.CODE_TOO_LONG: QT_TRANSLATE_NOOP("Refusal", "A code has at most {limit} characters."),
    Refusal.PROGRESS_NOT_WHOLE: QT_TRANSLATE_NOOP(
        "Refusal", "Progress is a whole number from 0 to 100."
    ),
    Refusal.PROGRESS_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "Refusal", "Progress must be between 0 and 100 % (not {value})."
    ),
    Refusal.DUE_BEFORE_START: QT_TRANSLATE_NOOP(
        "Refusal", "The due date ({due}) is before the start ({start})."
    ),
    Refusal.ACTIVITY_CODE_TAKEN: QT_TRANSLATE_NOOP(
        "Refusal", "The work plan already has an activity {code}."
    ),
    Refusal.OUTPUT_CODE_TAKEN: QT_TRANSLATE_NOOP(
        "Refusal", "The work plan already has an output {code}."
    ),
    Refusal.NOT_A_PERIOD: QT_TRANSLATE_NOOP(
        "Refusal", "A period is a year (2023) or a span of years (2023-2024)."
    ),
    Refusal.PERIOD_OUT_OF_RANGE: QT_TRANSLATE_NOOP(
        "Refusal", "The period is out of range: year {year} is outside {first}\u2013{last}."
    ),
    Refusal.WORK_PLAN_EXISTS: QT_TRANSLATE_NOOP(
        "Refusal", "The group already has a {period} work plan."
    ),
    Refusal.CANNOT_MOVE_FURTHER: QT_TRANSLATE_NOOP("Refusal", "{what} cannot move further."),
    Refusal.CANNOT_MOVE_THERE: QT_TRANSLATE_NOOP("Refusal", "The activity cannot move there."),
    Refusal.OTHER_WORK_PLAN: QT_TRANSLATE_NOOP(
        "Refusal", "An activity moves only between outputs of its own work plan."
    ),
    Refusal.LISTED_TWICE: QT_TRANSLATE_NOOP("Refusal", "{acronym} is in the list twice."),
    Refusal.ALREADY_LEAD: QT_TRANSLATE_NOOP("Refusal", "{acronym} is already a lead entity."),
    Refusal.DURATION_NOT_WHOLE: QT_TRANSLATE_NOOP(
        "Refusal", "The duration must be a whole number of minutes."
    ),
    Refusal.DURATION_NEGATIVE: QT_TRANSLATE_NOOP("Refusal", "The duration cannot be negative."),
    Refusal.ITEM_TOO_LONG: QT_TRANSLATE_NOOP(
        "Refusal", "An agenda item cannot last more than {minutes} minutes."
    ),
    Refusal.MEETING_ENDS_BEFORE_START: QT_TRANSLATE_NOOP(
        "Refusal", "The meeting must end after it starts."
    ),
    Refusal.ACTIVITY_NOT_IN_PLANS: QT_TRANSLATE_NOOP(
        "Refusal", "This activity is not in the working group's work plans."
    ),
    Refusal.NO_SUCH_PLACE: QT_TRANSLATE_NOOP("Refusal", "There is no such place in the list."),
    Refusal.TEMPLATE_OF_ANOTHER_GROUP: QT_TRANSLATE_NOOP(
        "Refusal", "This agenda template belongs to another working group."
    ),
    Refusal.NOT_A_SECTION: QT_TRANSLATE_NOOP(
        "Refusal", "\u201c{section}\u201d is not a section of the submission ({known})."
    ),
    Refusal.YEAR_NOT_BETWEEN: QT_TRANSLATE_NOOP(
        "Refusal", "The year must lie between {first} and {last}."
    ),
    Refusal.PERIOD_WITHOUT_DATES: QT_TRANSLATE_NOOP("Refusal", "with no dates"),
    Refusal.PERIOD_FROM: QT_TRANSLATE_NOOP("Refusal", "from {start} (no end date)"),
    Refusal.PERIOD_UNTIL: QT_TRANSLATE_NOOP("Refusal", "until {end}"),
    Refusal.PERIOD_FROM_TO: QT_TRANSLATE_NOOP("Refusal", "from {start} to {end}"),
    Refusal.SPAN_FROM: QT_TRANSLATE_NOOP("Refusal", "{start} (no end date)"),
    Refusal.SPAN: QT_TRANSLATE_NOOP("Refusal", "{start} \u2013 {end}"),
    Refusal.MANUAL_TERM: QT_TRANSLATE_NOOP(
        "Refusal", "the manual chair term of {entity} ({period})"
    ),
    Refusal.OTHER_PLAN_TERM: QT_TRANSLATE_NOOP(
        "Refusal", "the chair term from another rotation plan of {entity} ({period})"
    ),
}


class Label(StrEnum):
    """A field or a thing a refusal names (a key; `LABELS` words it)."""

    ACRONYM = "acronym"
    CHANGE_DATE = "change_date"
    CODE = "code"
    DATE = "date"
    DECISION = "decision"
    DESCRIPTION = "description"
    DUE_DATE = "due_date"
    EMAIL = "email"
    END = "end"
    FRENCH_NAME = "french_name"
    FULL_NAME = "full_name"
    INDICATOR = "indicator"
    JOB_TITLE = "job_title"
    KIND = "kind"
    LOCATION = "location"
    MANDATE = "mandate"
    NAME = "name"
    NOTES = "notes"
    OBJECTIVES = "objectives"
    PHONE = "phone"
    PILLAR = "pillar"
    REVISION_DATE = "revision_date"
    ROLE = "role"
    ROTATION_END = "rotation_end"
    START = "start"
    START_DATE = "start_date"
    SUBMISSION_DATE = "submission_date"
    SUMMARY = "summary"
    TERM_LENGTH = "term_length"
    TEXT = "text"
    TIME_ZONE = "time_zone"
    TITLE = "title"
    UPDATE = "update"
    VALUE = "value"
    ACTION_ITEM = "action_item"
    # "Choose the …" (CHOOSE)
    THE_ENTITY = "the_entity"
    THE_WORKING_GROUP = "the_working_group"
    THE_MEMBERSHIP = "the_membership"
    THE_FOCAL_POINT = "the_focal_point"
    THE_CHAIR_TERM = "the_chair_term"
    THE_ROTATION_PLAN = "the_rotation_plan"
    # "… no longer exists." (GONE), "… ends before it starts" (ENDS_BEFORE_START)
    THIS_ENTITY = "this_entity"
    THIS_WORKING_GROUP = "this_working_group"
    THIS_MEMBERSHIP = "this_membership"
    THIS_FOCAL_POINT = "this_focal_point"
    THIS_CHAIR_TERM = "this_chair_term"
    THIS_ROTATION_PLAN = "this_rotation_plan"
    THIS_MEETING = "this_meeting"
    THIS_AGENDA_ITEM = "this_agenda_item"
    THIS_AGENDA_TEMPLATE = "this_agenda_template"
    THIS_DECISION = "this_decision"
    THIS_ACTION_ITEM = "this_action_item"
    THIS_WORK_PLAN = "this_work_plan"
    THIS_OUTPUT = "this_output"
    THIS_ACTIVITY = "this_activity"
    THIS_PROGRESS_UPDATE = "this_progress_update"
    THIS_RECORD = "this_record"
    THE_WORKING_GROUP_GONE = "the_working_group_gone"
    THE_MEMBERSHIP_ENDS = "the_membership_ends"
    THE_CHAIR_TERM_ENDS = "the_chair_term_ends"
    THE_ROTATION_ENDS = "the_rotation_ends"
    # "There is already … called X." (ACRONYM_TAKEN)
    AN_ENTITY = "an_entity"
    A_WORKING_GROUP = "a_working_group"
    # "… cannot move further." (CANNOT_MOVE_FURTHER)
    THE_OUTPUT = "the_output"
    THE_ACTIVITY = "the_activity"
    # a role, inside a sentence ("already a vice-chair")
    A_VICE_CHAIR = "a_vice_chair"
    A_MEMBER = "a_member"
    AN_OBSERVER = "an_observer"


# label → English wording; a label at the start of a template starts with a capital.
LABELS: dict[Label, str] = {
    Label.ACRONYM: QT_TRANSLATE_NOOP("Refusal", "The acronym"),
    Label.CHANGE_DATE: QT_TRANSLATE_NOOP("Refusal", "The date of the change"),
    Label.CODE: QT_TRANSLATE_NOOP("Refusal", "The code"),
    Label.DATE: QT_TRANSLATE_NOOP("Refusal", "The date"),
    Label.DECISION: QT_TRANSLATE_NOOP("Refusal", "The decision"),
    Label.DESCRIPTION: QT_TRANSLATE_NOOP("Refusal", "The description"),
    Label.DUE_DATE: QT_TRANSLATE_NOOP("Refusal", "The due date"),
    Label.EMAIL: QT_TRANSLATE_NOOP("Refusal", "The email address"),
    Label.END: QT_TRANSLATE_NOOP("Refusal", "The end"),
    Label.FRENCH_NAME: QT_TRANSLATE_NOOP("Refusal", "The French name"),
    Label.FULL_NAME: QT_TRANSLATE_NOOP("Refusal", "The full name"),
    Label.INDICATOR: QT_TRANSLATE_NOOP("Refusal", "The indicator"),
    Label.JOB_TITLE: QT_TRANSLATE_NOOP("Refusal", "The job title"),
    Label.KIND: QT_TRANSLATE_NOOP("Refusal", "The kind"),
    Label.LOCATION: QT_TRANSLATE_NOOP("Refusal", "The location"),
    Label.MANDATE: QT_TRANSLATE_NOOP("Refusal", "The mandate"),
    Label.NAME: QT_TRANSLATE_NOOP("Refusal", "The name"),
    Label.NOTES: QT_TRANSLATE_NOOP("Refusal", "The notes field"),
    Label.OBJECTIVES: QT_TRANSLATE_NOOP("Refusal", "The objectives"),
    Label.PHONE: QT_TRANSLATE_NOOP("Refusal", "The phone number"),
    Label.PILLAR: QT_TRANSLATE_NOOP("Refusal", "The pillar"),
    Label.REVISION_DATE: QT_TRANSLATE_NOOP("Refusal", "The revision date"),
    Label.ROLE: QT_TRANSLATE_NOOP("Refusal", "The role"),
    Label.ROTATION_END: QT_TRANSLATE_NOOP("Refusal", "The end of the rotation"),
    Label.START: QT_TRANSLATE_NOOP("Refusal", "The start"),
    Label.START_DATE: QT_TRANSLATE_NOOP("Refusal", "The start date"),
    Label.SUBMISSION_DATE: QT_TRANSLATE_NOOP("Refusal", "The submission date"),
    Label.SUMMARY: QT_TRANSLATE_NOOP("Refusal", "The summary"),
    Label.TERM_LENGTH: QT_TRANSLATE_NOOP("Refusal", "The term length"),
    Label.TEXT: QT_TRANSLATE_NOOP("Refusal", "The text"),
    Label.TIME_ZONE: QT_TRANSLATE_NOOP("Refusal", "The time zone"),
    Label.TITLE: QT_TRANSLATE_NOOP("Refusal", "The title"),
    Label.UPDATE: QT_TRANSLATE_NOOP("Refusal", "The update"),
    Label.VALUE: QT_TRANSLATE_NOOP("Refusal", "The value"),
    Label.ACTION_ITEM: QT_TRANSLATE_NOOP("Refusal", "The action item"),
    Label.THE_ENTITY: QT_TRANSLATE_NOOP("Refusal", "the entity"),
    Label.THE_WORKING_GROUP: QT_TRANSLATE_NOOP("Refusal", "the working group"),
    Label.THE_MEMBERSHIP: QT_TRANSLATE_NOOP("Refusal", "the membership"),
    Label.THE_FOCAL_POINT: QT_TRANSLATE_NOOP("Refusal", "the focal point"),
    Label.THE_CHAIR_TERM: QT_TRANSLATE_NOOP("Refusal", "the chair term"),
    Label.THE_ROTATION_PLAN: QT_TRANSLATE_NOOP("Refusal", "the rotation plan"),
    Label.THIS_ENTITY: QT_TRANSLATE_NOOP("Refusal", "This entity"),
    Label.THIS_WORKING_GROUP: QT_TRANSLATE_NOOP("Refusal", "This working group"),
    Label.THIS_MEMBERSHIP: QT_TRANSLATE_NOOP("Refusal", "This membership"),
    Label.THIS_FOCAL_POINT: QT_TRANSLATE_NOOP("Refusal", "This focal point"),
    Label.THIS_CHAIR_TERM: QT_TRANSLATE_NOOP("Refusal", "This chair term"),
    Label.THIS_ROTATION_PLAN: QT_TRANSLATE_NOOP("Refusal", "This rotation plan"),
    Label.THIS_MEETING: QT_TRANSLATE_NOOP("Refusal", "This meeting"),
    Label.THIS_AGENDA_ITEM: QT_TRANSLATE_NOOP("Refusal", "This agenda item"),
    Label.THIS_AGENDA_TEMPLATE: QT_TRANSLATE_NOOP("Refusal", "This agenda template"),
    Label.THIS_DECISION: QT_TRANSLATE_NOOP("Refusal", "This decision"),
    Label.THIS_ACTION_ITEM: QT_TRANSLATE_NOOP("Refusal", "This action item"),
    Label.THIS_WORK_PLAN: QT_TRANSLATE_NOOP("Refusal", "This work plan"),
    Label.THIS_OUTPUT: QT_TRANSLATE_NOOP("Refusal", "This output"),
    Label.THIS_ACTIVITY: QT_TRANSLATE_NOOP("Refusal", "This activity"),
    Label.THIS_PROGRESS_UPDATE: QT_TRANSLATE_NOOP("Refusal", "This progress update"),
    Label.THIS_RECORD: QT_TRANSLATE_NOOP("Refusal", "This record"),
    Label.THE_WORKING_GROUP_GONE: QT_TRANSLATE_NOOP("Refusal", "The working group"),
    Label.THE_MEMBERSHIP_ENDS: QT_TRANSLATE_NOOP("Refusal", "The membership"),
    Label.THE_CHAIR_TERM_ENDS: QT_TRANSLATE_NOOP("Refusal", "The chair term"),
    Label.THE_ROTATION_ENDS: QT_TRANSLATE_NOOP("Refusal", "The rotation"),
    Label.AN_ENTITY: QT_TRANSLATE_NOOP("Refusal", "an entity"),
    Label.A_WORKING_GROUP: QT_TRANSLATE_NOOP("Refusal", "a working group"),
    Label.THE_OUTPUT: QT_TRANSLATE_NOOP("Refusal", "The output"),
    Label.THE_ACTIVITY: QT_TRANSLATE_NOOP("Refusal", "The activity"),
    Label.A_VICE_CHAIR: QT_TRANSLATE_NOOP("Refusal", "a vice-chair"),
    Label.A_MEMBER: QT_TRANSLATE_NOOP("Refusal", "a member"),
    Label.AN_OBSERVER: QT_TRANSLATE_NOOP("Refusal", "an observer"),
}


class Phrase:
    """A part of a refusal's sentence (a period, a chair term): a code and values of its own."""

    __slots__ = ("code", "values")

    def __init__(self, code: Refusal, /, **values: Any) -> None:
        self.code = code
        self.values = values

    def __repr__(self) -> str:
        return f"Phrase({self.code!s}, {self.values!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Phrase) and (self.code, self.values) == (other.code, other.values)

    def __hash__(self) -> int:
        return hash(self.code)


def placeholders(template: str) -> set[str]:
    """The names a template fills in ("{label} is required." → {"label"})."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def english(code: Refusal, values: dict[str, Any]) -> str:
    """The refusal in English, dates as the documents write them ("8 June 2022")."""
    return TEMPLATES[code].format(**{name: _english_value(value) for name, value in values.items()})


def _english_value(value: Any) -> str:
    if isinstance(value, Label):
        return LABELS[value]
    if isinstance(value, Phrase):
        return english(value.code, value.values)
    if isinstance(value, datetime):
        from chairdesk.domain.wording import un_date

        return f"{un_date(value.date())} {value:%H:%M}"
    if isinstance(value, date):
        from chairdesk.domain.wording import un_date

        return un_date(value)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10_000:
        return f"{value:,}"  # a limit of characters; years and minutes stay as written
    return str(value)
