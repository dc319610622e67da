"""The chair's narratives: one text per working group, year and submission section.

`set_narrative` is the one user action (typing in a section's editor); the
reads beside it are what the Reports view shows. A group-year-section has one
live record; two laptops that each started the same section offline may have
made two, which the submission joins — saving the editor's text (which showed
them joined) keeps the oldest record and moves the others to the trash, so
nothing is said twice and nothing is lost. Clearing a section keeps its record
with empty text rather than deleting it.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from chairdesk.domain.vocabulary import NarrativeSection
from chairdesk.store.models import Meeting, Narrative, WorkingGroup, text_limit
from chairdesk.store.ops import OperationError, stored_text
from chairdesk.store.refusals import Label, Refusal

__all__ = [
    "MAX_YEAR",
    "MIN_YEAR",
    "default_report_year",
    "narrative_texts",
    "report_years",
    "set_narrative",
]

MIN_YEAR = 1990
MAX_YEAR = 2100


def _section(section_key: NarrativeSection | str) -> NarrativeSection:
    try:
        return NarrativeSection(section_key)
    except ValueError:
        known = ", ".join(s.value for s in NarrativeSection)
        raise OperationError(
            "section", Refusal.NOT_A_SECTION, section=section_key, known=known
        ) from None


def _check(session: Session, group_id: str, year: int) -> None:
    group = session.get(WorkingGroup, group_id)
    if group is None or group.deleted:
        raise OperationError("group", Refusal.GONE, what=Label.THE_WORKING_GROUP_GONE)
    if not isinstance(year, int) or not MIN_YEAR <= year <= MAX_YEAR:
        raise OperationError("year", Refusal.YEAR_NOT_BETWEEN, first=MIN_YEAR, last=MAX_YEAR)


def _live(session: Session, group_id: str, year: int, section: NarrativeSection) -> list[Narrative]:
    return list(
        session.scalars(
            select(Narrative)
            .where(
                Narrative.group_id == group_id,
                Narrative.year == year,
                Narrative.section == section,
                Narrative.deleted.is_(False),
            )
            .order_by(Narrative.created_at, Narrative.id)
        )
    )


def set_narrative(
    session: Session,
    group_id: str,
    year: int,
    section_key: NarrativeSection | str,
    text: str,
) -> str:
    """Store the chair's text for a section; returns the narrative's id.

    Creates the record the first time, updates it afterwards (an unchanged text
    writes nothing). Trailing white space is dropped; an empty text is kept as
    an empty record, so undo and sync see an edit, not a deletion.
    """
    section = _section(section_key)
    _check(session, group_id, year)
    if text is not None and not isinstance(text, str):
        raise OperationError("text", Refusal.MUST_BE_TEXT, label=Label.TEXT)
    text = stored_text((text or "").rstrip(), "text", Label.TEXT, text_limit(Narrative, "text"))
    records = _live(session, group_id, year, section)
    if not records:
        record = Narrative(group_id=group_id, year=year, section=section, text=text)
        session.add(record)
        return record.id
    first, *others = records
    if first.text != text:
        first.text = text
    for other in others:  # their text was shown joined in the editor and is now in `first`
        other.deleted = True
    return first.id


def narrative_texts(session: Session, group_id: str, year: int) -> dict[NarrativeSection, str]:
    """Each section's text as the chair last left it (empty ones too); duplicates joined."""
    texts: dict[NarrativeSection, list[str]] = {}
    for section, text in session.execute(
        select(Narrative.section, Narrative.text)
        .where(Narrative.group_id == group_id, Narrative.year == year, Narrative.deleted.is_(False))
        .order_by(Narrative.created_at, Narrative.id)
    ):
        parts = texts.setdefault(NarrativeSection(section), [])
        if text and text.strip():
            parts.append(text.strip())
    return {section: "\n\n".join(parts) for section, parts in texts.items()}


def report_years(session: Session, group_id: str) -> list[int]:
    """The years for which the group has meetings or narratives, oldest first."""
    years: set[int] = set()
    for (start,) in session.execute(
        select(Meeting.start).where(Meeting.group_id == group_id, Meeting.deleted.is_(False))
    ):
        years.add(start.year)
    years.update(
        session.scalars(
            select(func.distinct(Narrative.year)).where(
                Narrative.group_id == group_id, Narrative.deleted.is_(False)
            )
        )
    )
    return sorted(years)


def default_report_year(session: Session, group_id: str, today: date) -> int:
    """The year a chair most likely reports on: the last year up to this one with records (in
    January and February, last year's if it has any: the submission is written at the turn of
    the year); this year when there are none."""
    years = [y for y in report_years(session, group_id) if y <= today.year]
    if today.month <= 2 and today.year - 1 in years:
        return today.year - 1
    return years[-1] if years else today.year
