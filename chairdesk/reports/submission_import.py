"""Importing the groups' submissions into the secretariat's workspace: one operation.

`import_submissions` applies what `chairdesk.reports.submission_reader` read
from one or more files, in the caller's transaction (the command line's, or
the application's through `controller.perform`-style recording, so that an
import is one undo step). A ChairDesk submission's records come in as a JSON
import does (`chairdesk.store.interchange.import_workspace`: validated
against the workspace, matched by id or natural key, only changed fields
written, so that importing the same file twice changes nothing); a plain Word
submission brings its sections' text as the group's narratives for the year.
Either way the group's `SubmissionReceipt` for the year says when the file
arrived, which file it was and what kind; a file identical to the one already
received changes nothing, not even the receipt.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from chairdesk.domain.vocabulary import SubmissionSource
from chairdesk.reports.submission_reader import ReceivedSubmission, SubmissionError, read_submission
from chairdesk.store.interchange import ImportReport, InterchangeError, import_workspace
from chairdesk.store.interchange_format import (
    FORMAT_NAME,
    FORMAT_VERSION,
    NarrativeIn,
    WorkspaceFile,
)
from chairdesk.store.models import SubmissionReceipt, WorkingGroup
from chairdesk.store.tables import live

__all__ = [
    "SubmissionImport",
    "import_submissions",
    "known_groups",
    "read_submissions",
]


@dataclass
class SubmissionImport:
    """What importing one file did."""

    received: ReceivedSubmission
    report: ImportReport = field(default_factory=ImportReport)
    receipt_changed: bool = False

    @property
    def changed_anything(self) -> bool:
        return bool(self.report.created or self.report.updated) or self.receipt_changed


def known_groups(session: Session) -> dict[str, str]:
    """Acronym → name of every working group of the workspace (to identify a plain Word file)."""
    rows = session.execute(
        select(WorkingGroup.acronym, WorkingGroup.name).where(live(WorkingGroup))
    )
    return dict(rows.all())


def read_submissions(
    paths: Sequence,
    known: dict[str, str],
    *,
    group: str | None = None,
    year: int | None = None,  # noqa: ANN001
    fallback_year: int | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> list[ReceivedSubmission]:
    """Read every file first (SubmissionError at the first that cannot be imported): all or nothing."""
    received = []
    for done, path in enumerate(paths):
        if progress is not None:
            progress(done, len(paths), str(getattr(path, "name", path)))
        received.append(
            read_submission(
                path, known_groups=known, group=group, year=year, fallback_year=fallback_year
            )
        )
    return received


def import_submissions(
    session: Session,
    received: Sequence[ReceivedSubmission],
    *,
    now: datetime | None = None,
) -> list[SubmissionImport]:
    """Apply the submissions in order, in the caller's transaction; SubmissionError if one does not fit."""
    now = now or datetime.now(UTC).replace(tzinfo=None)
    results = []
    for submission in received:
        doc = submission.records if submission.records is not None else _narratives_only(submission)
        try:
            report = import_workspace(session, doc)
        except InterchangeError as exc:
            what = "its embedded records" if submission.records is not None else "its text"
            raise SubmissionError(
                f"{submission.name}: {what} do not fit this workspace ({exc})"
            ) from None
        results.append(SubmissionImport(submission, report, _receipt(session, submission, now)))
    session.flush()
    return results


def _narratives_only(submission: ReceivedSubmission) -> WorkspaceFile:
    return WorkspaceFile(
        format=FORMAT_NAME,
        version=FORMAT_VERSION,
        narratives=[
            NarrativeIn(group=submission.group, year=submission.year, section=section, text=text)
            for section, text in submission.narratives.items()
        ],
    )


def _receipt(session: Session, submission: ReceivedSubmission, now: datetime) -> bool:
    """Record the file as the group's submission for the year; False if it was already the one received."""
    session.flush()
    group_id = session.scalars(
        select(WorkingGroup.id).where(WorkingGroup.acronym == submission.group, live(WorkingGroup))
    ).first()
    if group_id is None:  # cannot happen after a successful import; say so rather than guess
        raise SubmissionError(
            f"{submission.name}: no working group {submission.group!r} after the import"
        )
    receipt = session.scalars(
        select(SubmissionReceipt)
        .where(
            SubmissionReceipt.group_id == group_id,
            SubmissionReceipt.year == submission.year,
            live(SubmissionReceipt),
        )
        .order_by(SubmissionReceipt.created_at, SubmissionReceipt.id)
    ).first()
    values = {
        "file_name": submission.name[:300],
        "sha256": submission.sha256,
        "source": submission.source,
        "language": submission.language
        if submission.source is SubmissionSource.CHAIRDESK
        else None,
        "unplaced": submission.unplaced_text() or None,
    }
    if receipt is None:
        session.add(
            SubmissionReceipt(group_id=group_id, year=submission.year, received_at=now, **values)
        )
        return True
    if receipt.sha256 == submission.sha256 and receipt.file_name == values["file_name"]:
        return False
    receipt.received_at = now
    for name, value in values.items():
        if getattr(receipt, name) != value:
            setattr(receipt, name, value)
    return True
