"""The table of the secretariat's view: every working group's submission for the year, and its state."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from chairdesk.domain.vocabulary import NarrativeSection, SubmissionSource
from chairdesk.gui.formatting import fmt_datetime
from chairdesk.gui.models import SORT_ROLE, RowsModel
from chairdesk.gui.qt import QBrush, QColor, QFont, Qt

_GREY = "#6b6b6b"
_AMBER = "#8a5a00"


@dataclass(frozen=True)
class SubmissionRow:
    """What the table shows of one group's year (from chairdesk.reports.review_data.GroupYear)."""

    id: str  # the group's id
    acronym: str
    name: str
    received: bool
    received_at: datetime | None  # UTC
    file_name: str | None
    source: SubmissionSource | None
    written: tuple[NarrativeSection, ...]
    missing: tuple[str, ...]  # the missing sections' headings, in the interface's language
    meetings: int
    concluding: bool  # some text for Concluding observations
    unplaced: str | None


def row_of(
    group_year: Any, headings: dict[NarrativeSection, str]
) -> SubmissionRow:  # a review_data.GroupYear
    from chairdesk.reports.report_data import group_name  # not before the first paint

    receipt = group_year.receipt
    return SubmissionRow(
        id=group_year.group.id,
        acronym=group_year.group.acronym,
        name=group_name(group_year.group),
        received=group_year.received,
        received_at=receipt.received_at if receipt else None,
        file_name=receipt.file_name if receipt else None,
        source=receipt.source if receipt else None,
        written=tuple(s for s in NarrativeSection if s in group_year.written),
        missing=tuple(headings[s] for s in group_year.missing_sections),
        meetings=len(group_year.held),
        concluding=group_year.concluding_written,
        unplaced=receipt.unplaced if receipt else None,
    )


class SubmissionsModel(RowsModel[SubmissionRow]):
    COLUMNS = ("group", "received", "file", "kind", "sections", "notes")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.year = 0

    def headers(self) -> dict[str, str]:
        return {
            "group": self.tr("Working group"),
            "received": self.tr("Received"),
            "file": self.tr("File"),
            "kind": self.tr("Kind"),
            "sections": self.tr("Sections with text"),
            "notes": self.tr("To check"),
        }

    def received(self, row: SubmissionRow) -> str:
        if row.received_at is not None:
            return fmt_datetime(
                row.received_at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
            )
        if row.received:
            return self.tr("Recorded in this workspace")
        return self.tr("Not yet received")

    def kind(self, row: SubmissionRow) -> str:
        if row.source is SubmissionSource.CHAIRDESK:
            return self.tr("ChairDesk")
        if row.source is SubmissionSource.WORD:
            return self.tr("Word (read by its headings)")
        return ""

    def notes(self, row: SubmissionRow) -> list[str]:
        """What the secretariat should look at before compiling."""
        if not row.received:
            return [self.tr("Nothing received for {year}").format(year=self.year)]
        notes = []
        if not row.concluding:
            notes.append(self.tr("No text for Concluding observations"))
        if not row.meetings:
            notes.append(self.tr("No meetings recorded in {year}").format(year=self.year))
        if row.unplaced:
            notes.append(self.tr("Text not placed in any section (see the tooltip)"))
        return notes

    def cell(self, row: SubmissionRow, column: str, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._display(row, column, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not row.received:
                return QBrush(QColor(_GREY))
            if column == "notes":
                return QBrush(QColor(_AMBER))
        if role == Qt.ItemDataRole.FontRole and column == "group":
            font = QFont()
            font.setBold(row.received)
            return font
        return None

    def _display(self, row: SubmissionRow, column: str, role: int) -> Any:
        if column == "group":
            return row.acronym
        if column == "received":
            if role == SORT_ROLE:
                return (
                    row.received_at.isoformat()
                    if row.received_at
                    else ("0" if row.received else "")
                )
            return self.received(row)
        if column == "file":
            return row.file_name or ""
        if column == "kind":
            return self.kind(row)
        if column == "sections":
            if role == SORT_ROLE:
                return len(row.written)
            return self.tr("{written} of {total}").format(
                written=len(row.written), total=len(NarrativeSection)
            )
        return "; ".join(self.notes(row))

    def _tooltip(self, row: SubmissionRow, column: str) -> str | None:
        if column == "group":
            return row.name
        if column == "sections" and row.missing:
            return self.tr("No text yet: {sections}").format(sections="; ".join(row.missing))
        if column == "notes" and row.unplaced:
            return row.unplaced
        if column == "file" and row.file_name:
            return row.file_name
        return None
