"""The secretariat's commands: `chairdesk import FILE.docx …` and `chairdesk export review`.

Importing submissions is all or nothing: every file is read and checked first
(a file that is not a Word document, a damaged package, embedded data that
fails its checksum or schema, a group that cannot be identified: one line
naming the file, exit status 2, nothing written); then all are applied in one
transaction. What each file brought is printed: the sections edited in Word
since the export, the sections recognized in a plain Word file, and the text
no section could take.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

__all__ = [
    "WORD_SUFFIXES",
    "describe_import",
    "export_review",
    "import_submissions_command",
    "is_word_file",
]

#: Files `chairdesk import` reads as submissions rather than as a JSON workspace.
WORD_SUFFIXES = (".docx", ".docm", ".dotx", ".doc")


def is_word_file(path: Path) -> bool:
    return path.suffix.lower() in WORD_SUFFIXES


def import_submissions_command(
    args: argparse.Namespace, open_workspace: Callable[[], Any], error: type[Exception]
) -> int:
    """`chairdesk import A.docx B.docx … [--group ACR] [--year Y]`."""
    from chairdesk.reports.submission_import import (
        import_submissions,
        known_groups,
        read_submissions,
    )
    from chairdesk.reports.submission_reader import SubmissionError

    paths = [Path(p).expanduser() for p in args.file]
    others = [p for p in paths if not is_word_file(p)]
    if others:
        raise error(
            f"{others[0]}: import a workspace file (.json) on its own, not with Word submissions"
        )
    for path in paths:
        if not path.is_file():
            raise error(f"{path}: no such file\nNothing was imported.")
    ws = open_workspace()
    try:
        with ws.read() as session:
            known = known_groups(session)
        try:
            received = read_submissions(paths, known, group=args.group, year=args.year)
            with ws.transaction() as session:
                results = import_submissions(session, received)
        except SubmissionError as exc:
            hint = {"group": "; give --group ACRONYM", "year": "; give --year YEAR"}.get(
                exc.needs or "", ""
            )
            raise error(f"{exc}{hint}\nNothing was imported.") from exc
    finally:
        ws.close()
    for result in results:
        for line in describe_import(result):
            print(line)
    count = len(results)
    print(f"Imported {count} submission{'s' if count != 1 else ''} into {ws.path}")
    return 0


def describe_import(result) -> list[str]:  # noqa: ANN001 - a SubmissionImport
    """What importing one file did, in lines for the command line (the application words its own)."""
    from chairdesk.domain.vocabulary import SubmissionSource

    received = result.received
    kind = (
        "ChairDesk submission"
        if received.source is SubmissionSource.CHAIRDESK
        else "Word submission"
    )
    report = (
        result.report.summary()
        if (result.report.created or result.report.updated)
        else "nothing to change"
    )
    if result.receipt_changed and report == "nothing to change":
        report = "received again under a new name or version; its records are unchanged"
    lines = [f"{received.name}: {kind} of {received.group} for {received.year}: {report}"]
    if received.source is SubmissionSource.WORD:
        lines.append("  sections recognized: " + "; ".join(received.recognized))
    for heading in received.changed:
        lines.append(f"  {heading}: edited in Word since the export; the document's text is taken")
    for heading in received.missing:
        lines.append(f"  {heading}: no longer in the document; the text embedded at export is kept")
    for piece in received.unplaced:
        where = f"under \u201c{piece.where}\u201d" if piece.where else "before the first section"
        lines.append(f"  not placed ({where}): {_short(piece.text)}")
    if received.unplaced:
        lines.append("  (the text not placed is kept with the submission's receipt)")
    return lines


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def export_review(args: argparse.Namespace, session) -> Any:  # noqa: ANN001 - a Session; an ExportResult
    """`chairdesk export review --year Y -o F.docx [--template T] [--language en|fr]`."""
    from chairdesk.reports.review import write_review

    return write_review(
        session,
        args.year,
        args.output.expanduser(),
        args.template,
        language=args.language,
        framework=args.framework,
    )
