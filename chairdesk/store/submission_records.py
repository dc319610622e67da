"""One working group's records for one year, in the interchange format.

An annual submission carries them inside its Word package (see
`chairdesk.reports.embedded`), so that the secretariat's ChairDesk reads the
group's year back as a JSON import would: the group, its composition and chair
terms, the work plans covering the year, the year's meetings and narratives,
and the entities they name. Records keep their ids, so that importing a later
submission of the same group updates what the first one brought.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import false, select
from sqlalchemy.orm import Session

from chairdesk.store.interchange import export_workspace
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
    RotationPlan,
    RotationSlot,
    TemplateItem,
    WorkingGroup,
    WorkPlan,
)
from chairdesk.store.tables import live
from chairdesk.store.workplan_queries import period_years

__all__ = ["group_year_records"]


def _plans_covering(session: Session, group_id: str, year: int) -> list[str]:
    rows = session.execute(
        select(WorkPlan.id, WorkPlan.period).where(WorkPlan.group_id == group_id, live(WorkPlan))
    )
    found = []
    for plan_id, period in rows:
        # As the submission reads them (report_data.work_plans): an odd period counts if it names the year.
        years = period_years(period)
        if (years[0] <= year <= years[1]) if years else str(year) in period:
            found.append(plan_id)
    return found


def group_year_records(session: Session, group_id: str, year: int) -> dict[str, Any]:
    """The group's records for ``year`` as an interchange document (a dict, ready for JSON)."""
    meetings = select(Meeting.id).where(
        Meeting.group_id == group_id,
        Meeting.start >= datetime(year, 1, 1),
        Meeting.start < datetime(year + 1, 1, 1),
    )
    plans = _plans_covering(session, group_id, year)
    outputs = select(Output.id).where(Output.work_plan_id.in_(plans))
    activities = select(Activity.id).where(Activity.output_id.in_(outputs))
    rotations = select(RotationPlan.id).where(RotationPlan.group_id == group_id)
    where = {
        WorkingGroup: WorkingGroup.id == group_id,
        Membership: Membership.group_id == group_id,
        ChairTerm: ChairTerm.group_id == group_id,
        RotationPlan: RotationPlan.group_id == group_id,
        RotationSlot: RotationSlot.plan_id.in_(rotations),
        Contact: Contact.group_id == group_id,
        WorkPlan: WorkPlan.id.in_(plans),
        Output: Output.work_plan_id.in_(plans),
        Activity: Activity.output_id.in_(outputs),
        ActivityEntity: ActivityEntity.activity_id.in_(activities),
        ProgressUpdate: ProgressUpdate.activity_id.in_(activities),
        Meeting: Meeting.id.in_(meetings),
        AgendaItem: AgendaItem.meeting_id.in_(meetings),
        Attendance: Attendance.meeting_id.in_(meetings),
        Decision: Decision.meeting_id.in_(meetings),
        ActionItem: ActionItem.meeting_id.in_(meetings),
        Narrative: (Narrative.group_id == group_id) & (Narrative.year == year),
        AgendaTemplate: false(),
        TemplateItem: false(),
        Entity: Entity.id.is_not(None),  # all of them (a few dozen); those named are kept below
    }
    doc = export_workspace(session, where)
    doc.pop("workspace", None)  # the chair's workspace name is not the group's record
    named = _named_entities(doc)
    doc["entities"] = [e for e in doc["entities"] if e["acronym"] in named]
    return doc


def _named_entities(doc: dict[str, Any]) -> set[str]:
    named: set[str] = set()
    named.update(m["entity"] for m in doc["memberships"])
    named.update(t["entity"] for t in doc["chair_terms"])
    named.update(e for p in doc["rotation_plans"] for e in p["entities"])
    named.update(c["entity"] for c in doc["contacts"])
    for plan in doc["work_plans"]:
        for output in plan["outputs"]:
            for activity in output["activities"]:
                named.update(activity["lead"])
                named.update(activity["partners"])
    for meeting in doc["meetings"]:
        named.update(meeting["attendance"])
        named.update(item["presenter"] for item in meeting["agenda"] if item["presenter"])
        named.update(action["owner"] for action in meeting["actions"] if action["owner"])
    return named
