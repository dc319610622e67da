"""The chairs' vocabulary: the fixed choices a record can take.

The values are the stable keys of the JSON interchange format and of the
database; labels for people live with the code that shows them.
"""

from __future__ import annotations

from enum import StrEnum


class EntityKind(StrEnum):
    UN = "un"
    NON_UN = "non_un"


class Pillar(StrEnum):
    """Pillars of the UN Global Counter-Terrorism Strategy."""

    I = "I"  # noqa: E741 - the pillar's own name
    II = "II"
    III = "III"
    IV = "IV"


class Role(StrEnum):
    """A membership role. The Chair is not a role: it comes from chair terms."""

    VICE_CHAIR = "vice_chair"
    MEMBER = "member"
    OBSERVER = "observer"


class TermLength(StrEnum):
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"

    @property
    def months(self) -> int:
        return {"quarter": 3, "half_year": 6, "year": 12}[self.value]


class MeetingKind(StrEnum):
    REGULAR = "regular"
    IN_FOCUS = "in_focus"
    SPECIAL = "special"
    BRIEFING = "briefing"
    WORKSHOP = "workshop"


class MeetingMode(StrEnum):
    VIRTUAL = "virtual"
    HYBRID = "hybrid"
    IN_PERSON = "in_person"


class ActivityStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    COMPLETED = "completed"
    DELAYED = "delayed"
    CANCELLED = "cancelled"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"


class ActivityRole(StrEnum):
    LEAD = "lead"
    PARTNER = "partner"


class NarrativeSection(StrEnum):
    """Sections of the annual submission, in the secretariat's order."""

    MANDATE = "mandate"
    COORDINATION = "coordination"
    CAPACITY_BUILDING = "capacity_building"
    RESEARCH = "research"
    ADVOCACY = "advocacy"
    REGIONAL = "regional"
    CONCLUDING = "concluding"  # the concluding chapter's own paragraph, before its parts
    CHALLENGES = "challenges"
    LESSONS = "lessons"
    WAY_FORWARD = "way_forward"


class SubmissionSource(StrEnum):
    """How the secretariat received a group's submission."""

    CHAIRDESK = "chairdesk"  # exported by ChairDesk: the group's records inside
    WORD = "word"  # a Word document written without ChairDesk: read by its headings


class FundingStatus(StrEnum):
    FUNDED = "funded"
    PARTIALLY_FUNDED = "partially_funded"
    UNFUNDED = "unfunded"


#: No single agenda item lasts longer than a day.
AGENDA_ITEM_MAX_MINUTES = 24 * 60
