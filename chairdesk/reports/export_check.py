"""Every export ChairDesk offers, written from a workspace and read back.

The self-test (`chairdesk --self-test`) runs this on its demo workspace, from the
source tree and in the frozen build: a piece that a build left out (a library,
a font, babel's French, Pillow's PNG writer, the JSON Schema's validators) fails
the export that needs it here rather than on a chair's laptop. Each export is
reported in one line, ``exported NAME: what it holds``; the test of the frozen
build checks that every format `chairdesk export` offers is among them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from chairdesk.reports import report_data as rd
from chairdesk.reports.docx_builder import ExportResult
from chairdesk.reports.phrases import SUPPORTED_LANGUAGES

_PNG = b"\x89PNG\r\n\x1a\n"


class ExportCheckError(Exception):
    """An export was written but does not say what it should."""


def check_every_export(
    session: Session,
    group_acronym: str,
    year: int,
    folder: Path,
    say: Callable[[str], None],
) -> list[str]:
    """Write every export of ``group_acronym`` (and ``year``) into ``folder``, read each back and
    report it through ``say``; the names of the exports made, in order."""
    from chairdesk.store.queries import group_by_acronym

    group = group_by_acronym(session, group_acronym)
    if group is None:
        raise ExportCheckError(f"the workspace has no {group_acronym} working group")
    today = date(year, 8, 15)  # mid-year: a chair in office, meetings before and after
    checks: list[tuple[str, Callable[[], str]]] = [
        *(
            (
                f"submission ({language})",
                lambda language=language: _submission(session, group.id, year, language, folder),
            )
            for language in SUPPORTED_LANGUAGES
        ),
        ("agenda", lambda: _meeting_document("agenda", session, group.id, year, folder)),
        ("minutes", lambda: _meeting_document("minutes", session, group.id, year, folder)),
        ("annex", lambda: _annex(session, group.acronym, year, folder)),
        ("handover", lambda: _handover(session, group.id, today, folder)),
        ("ics", lambda: _calendar(session, group.id, year, folder)),
        ("json", lambda: _workspace_json(session, folder)),
        ("review", lambda: _review(session, year, folder)),
    ]
    for name, check in checks:
        say(f"exported {name}: {check()}")
    return [name for name, _ in checks]


def _docx_summary(
    result: ExportResult,
    must_say: Sequence[str],
    charts: int | None = None,
    at_least: int | None = None,
) -> str:
    """Read a written .docx back: it says ``must_say``, its pictures are PNGs (as many as ``charts``)."""
    import docx

    document = docx.Document(str(result.path))
    text = "\n".join(p.text for p in document.paragraphs)
    text += "\n" + "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    )
    for wanted in must_say:
        if wanted not in text:
            raise ExportCheckError(f"{result.path.name} does not say {wanted!r}")
    pictures = [
        r.target_part.blob for r in document.part.rels.values() if r.reltype.endswith("/image")
    ]
    if any(not blob.startswith(_PNG) for blob in pictures):
        raise ExportCheckError(f"{result.path.name} holds a picture that is not a PNG")
    if charts is not None and len(pictures) != charts:
        raise ExportCheckError(f"{result.path.name} has {len(pictures)} charts of {charts}")
    if at_least is not None and len(pictures) < at_least:
        raise ExportCheckError(
            f"{result.path.name} has {len(pictures)} charts of at least {at_least}"
        )
    count = len(pictures)
    return (
        f"{len(document.paragraphs)} paragraphs, {count} chart{'' if count == 1 else 's'}, "
        f"{result.path.stat().st_size // 1024} KB"
    )


def _submission(session: Session, group_id: str, year: int, language: str, folder: Path) -> str:
    from chairdesk.reports.submission import (
        draft_sections,
        section_headings,
        submission_data,
        write_submission,
    )

    today = date(year + 1, 1, 15)  # written after the year it reports on
    data = submission_data(session, group_id, year, today=today, language=language)
    result = write_submission(
        session,
        group_id,
        year,
        folder / f"submission-{language}.docx",
        language=language,
        today=today,
    )
    first_heading = next(iter(section_headings(language).values()))
    # A chart taller than a third of a page is drawn in parts: at least one figure per chart drafted.
    summary = _docx_summary(
        result,
        [rd.group_name(data.group, data.words), first_heading],
        at_least=_drafted_charts(draft_sections(data)),
    )
    return f"{data.group.acronym} {year}, {summary}, {_read_back(session, result.path)}"


def _read_back(session: Session, path: Path) -> str:
    """The secretariat's side: the submission's embedded records read back as an import would."""
    from chairdesk.reports.submission_import import known_groups
    from chairdesk.reports.submission_reader import read_submission

    received = read_submission(path, known_groups=known_groups(session))
    if received.records is None or not received.records.meetings:
        raise ExportCheckError(f"{path.name} carries no records for the secretariat")
    return f"{len(received.records.meetings)} meetings embedded"


def _drafted_charts(sections: Sequence) -> int:  # noqa: ANN001 - submission.SectionDraft
    """How many charts the submission's drafted sections place (those left out place none)."""
    from chairdesk.reports.submission import Chart

    return sum(
        sum(isinstance(block, Chart) for block in section.facts) + _drafted_charts(section.children)
        for section in sections
        if section.has_content
    )


def _meeting_document(what: str, session: Session, group_id: str, year: int, folder: Path) -> str:
    from chairdesk.reports.documents import write_agenda, write_minutes

    held = [
        m for m in rd.meetings(session, group_id, date(year, 1, 1), date(year, 12, 31)) if m.agenda
    ]
    if not held:
        raise ExportCheckError(f"no meeting of {year} has an agenda")
    meeting = held[0]
    write = write_agenda if what == "agenda" else write_minutes
    result = write(session, meeting.id, folder / f"{what}.docx")
    must_say = [meeting.title, meeting.agenda[0].title] if what == "agenda" else [meeting.title]
    return f"{meeting.title}, {_docx_summary(result, must_say, charts=0)}"


def _annex(session: Session, acronym: str, year: int, folder: Path) -> str:
    from chairdesk.reports.documents import write_annex

    result = write_annex(session, year, folder / "annex.docx")
    return f"{year}, {_docx_summary(result, [acronym], charts=0)}"


def _handover(session: Session, group_id: str, today: date, folder: Path) -> str:
    from chairdesk.reports.documents import write_handover

    group = rd.group_info(session, group_id)
    result = write_handover(session, group_id, folder / "handover.docx", today=today)
    # Its one chart: the chair rotation around the day it is prepared for.
    return f"{group.acronym}, {_docx_summary(result, [rd.group_name(group)], charts=1)}"


def _calendar(session: Session, group_id: str, year: int, folder: Path) -> str:
    from icalendar import Calendar

    from chairdesk.reports.calendar import write_calendar

    result = write_calendar(session, group_id, folder / "meetings.ics", year)
    events = Calendar.from_ical(result.path.read_bytes()).walk("VEVENT")
    expected = len(rd.meetings(session, group_id, date(year, 1, 1), date(year, 12, 31)))
    if not events or len(events) != expected:
        raise ExportCheckError(f"the calendar holds {len(events)} meetings of {expected}")
    return f"{year}, {len(events)} meetings"


def _review(session: Session, year: int, folder: Path) -> str:
    """The secretariat's Year in Review of every group of the workspace."""
    from chairdesk.reports.review import write_review

    result = write_review(session, year, folder / "review.docx", today=date(year + 1, 1, 15))
    summary = _docx_summary(result, [str(year)])
    if "0 charts" in summary:
        raise ExportCheckError(f"{result.path.name} has no chart")
    return f"{year}, {summary}"


def _workspace_json(session: Session, folder: Path) -> str:
    """The interchange file, written and validated again against its models (pydantic)."""
    from chairdesk.files import write_atomically
    from chairdesk.store.interchange import dump_json, export_workspace, parse_workspace

    target = folder / "workspace.json"
    write_atomically(target, dump_json(export_workspace(session)).encode("utf-8"))
    document = parse_workspace(target.read_bytes(), target.name)
    if not document.working_groups or not document.meetings:
        raise ExportCheckError(f"{target.name} holds no working groups or no meetings")
    return (
        f"{len(document.working_groups)} working groups, {len(document.meetings)} meetings, "
        f"{target.stat().st_size // 1024} KB"
    )
