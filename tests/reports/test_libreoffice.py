"""Every document ChairDesk writes converts to PDF with LibreOffice without error.

LibreOffice stands in for the secretariat's word processor: a document it
cannot open or lay out would not reach the Year in Review. Where LibreOffice
(soffice) is not installed the test is skipped, and says why.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import docx
import pytest
from docx.shared import RGBColor
from sqlalchemy import select

from chairdesk.reports.documents import write_agenda, write_annex, write_handover, write_minutes
from chairdesk.reports.submission import write_submission
from chairdesk.store.demo import load_demo
from chairdesk.store.models import Meeting
from chairdesk.store.queries import group_by_acronym

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed; install it to check that the Word documents convert to PDF",
)


def test_every_document_converts_to_pdf(workspace, tmp_path) -> None:
    with workspace.transaction() as session:
        load_demo(session)
    out = tmp_path / "docx"
    secretariat = tmp_path / "secretariat.docx"
    template = docx.Document()
    template.styles["Heading 1"].font.color.rgb = RGBColor(0x8B, 0x00, 0x8B)
    template.save(str(secretariat))

    with workspace.read() as session:
        etcip = group_by_acronym(session, "ETCIP").id
        meeting = session.scalars(
            select(Meeting.id).where(Meeting.group_id == etcip).order_by(Meeting.start)
        ).first()
        documents = [
            write_submission(
                session, etcip, 2022, out / "submission.docx", today=date(2023, 1, 20)
            ).path,
            write_submission(
                session,
                etcip,
                2022,
                out / "submission-secretariat.docx",
                secretariat,
                today=date(2023, 1, 20),
            ).path,
            write_agenda(session, meeting, out / "agenda.docx").path,
            write_minutes(session, meeting, out / "minutes.docx").path,
            write_annex(session, 2022, out / "annex.docx").path,
            write_handover(session, etcip, out / "handover.docx", today=date(2022, 8, 15)).path,
        ]

    pdfs = tmp_path / "pdf"
    profile = tmp_path / "lo-profile"  # a private profile: no clash with a running LibreOffice
    completed = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(pdfs),
            *map(str, documents),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stderr
    for document in documents:
        pdf = pdfs / f"{document.stem}.pdf"
        assert pdf.exists(), (
            f"{document.name} did not convert:\n{completed.stdout}\n{completed.stderr}"
        )
        data = pdf.read_bytes()
        assert data.startswith(b"%PDF") and re.search(rb"/Type\s*/Page\b", data)

    pdftotext = shutil.which("pdftotext")
    if pdftotext:  # the words survive the conversion
        text = subprocess.run(
            [pdftotext, str(pdfs / "submission.pdf"), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "Mandate, primary objectives and composition" in text
        assert "Concluding observations and way forward" in text


def _soffice(profile, outdir, convert_to: str, *documents) -> subprocess.CompletedProcess:  # noqa: ANN001
    return subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            convert_to,
            "--outdir",
            str(outdir),
            *map(str, documents),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_the_year_in_review_converts_to_pdf(workspace, tmp_path) -> None:
    from chairdesk.reports.review import write_review

    with workspace.transaction() as session:
        load_demo(session)
    with workspace.read() as session:
        review = write_review(session, 2022, tmp_path / "review.docx", today=date(2023, 1, 20)).path
    completed = _soffice(tmp_path / "lo-profile", tmp_path / "pdf", "pdf", review)
    pdf = tmp_path / "pdf" / "review.pdf"
    assert completed.returncode == 0 and pdf.exists(), completed.stderr
    assert len(re.findall(rb"/Type\s*/Page\b", pdf.read_bytes())) > 20
    pdftotext = shutil.which("pdftotext")
    if pdftotext:
        text = subprocess.run(
            [pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        flat = " ".join(text.split())
        assert (
            "held 37 meetings (32 regular quarterly meetings and five in-focus discussions)" in flat
        )
        assert "Annex II: Working group structure and composition in 2022" in flat


def test_a_submission_saved_again_by_libreoffice_keeps_its_data(workspace, tmp_path) -> None:
    # The chair opens the exported submission in LibreOffice, edits nothing, saves it as .docx.
    from chairdesk.reports.docx_reader import read_docx
    from chairdesk.reports.embedded import read_embedded

    with workspace.transaction() as session:
        load_demo(session)
    with workspace.read() as session:
        etcip = group_by_acronym(session, "ETCIP").id
        exported = write_submission(
            session, etcip, 2022, tmp_path / "ETCIP.docx", today=date(2023, 1, 20)
        ).path
    completed = _soffice(
        tmp_path / "lo-profile", tmp_path / "saved", "docx:MS Word 2007 XML", exported
    )
    saved = tmp_path / "saved" / "ETCIP.docx"
    assert completed.returncode == 0 and saved.exists(), completed.stderr
    embedded = read_embedded(read_docx(saved))
    assert (embedded.group, embedded.year, len(embedded.records.meetings)) == ("ETCIP", 2022, 5)
    # Its headings, lists and paragraphs still read as exported: no section seems edited.
    from chairdesk.reports.submission_reader import read_submission

    received = read_submission(saved, known_groups={})
    assert (received.changed, received.missing, received.unplaced) == ([], [], [])
