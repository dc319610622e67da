"""`chairdesk import FILE.docx …`: the groups' submissions into the secretariat's workspace."""

from __future__ import annotations

import io
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
from sqlalchemy import select

from chairdesk.cli import main
from chairdesk.reports.submission import write_submission
from chairdesk.reports.submission_reader import SubmissionError, read_submission
from chairdesk.store.database import open_workspace
from chairdesk.store.demo import load_demo
from chairdesk.store.models import Narrative, SubmissionReceipt
from chairdesk.store.queries import group_by_acronym
from tests.conftest import snapshot
from tests.reports.packages import members, payload_replace, resign, rewrite_part, write_members

AFTER_2022 = date(2023, 1, 20)
ETCIP_TASKS = (
    "The working group\u2019s Work Plan identified four tasks to be implemented over the course of "
    "2021 and 2022."
)


@pytest.fixture(scope="module")
def chairs(tmp_path_factory) -> dict[str, Path]:
    """The demo chairs' 2022 submissions of ETCIP and GSA, and ETCIP's in French."""
    folder = tmp_path_factory.mktemp("chairs")
    ws = open_workspace(folder / "workspace.sqlite3", folder / "backups")
    with ws.transaction() as session:
        load_demo(session)
    files = {}
    with ws.read() as session:
        for acronym in ("ETCIP", "GSA"):
            group = group_by_acronym(session, acronym).id
            files[acronym] = write_submission(
                session, group, 2022, folder / f"{acronym}-2022.docx", today=AFTER_2022
            ).path
        files["ETCIP-fr"] = write_submission(
            session,
            group_by_acronym(session, "ETCIP").id,
            2022,
            folder / "ETCIP-2022-fr.docx",
            language="fr",
            today=AFTER_2022,
        ).path
    ws.close()
    return files


@pytest.fixture
def secretariat(data_dir) -> Path:
    return data_dir


def run(*args: str) -> int:
    return main(["import", *args])


def narratives(data_dir: Path, acronym: str, year: int = 2022) -> dict[str, str]:
    ws = open_workspace(data_dir / "workspace.sqlite3", data_dir / "backups")
    try:
        with ws.read() as session:
            group = group_by_acronym(session, acronym).id
            rows = session.execute(
                select(Narrative.section, Narrative.text).where(
                    Narrative.group_id == group,
                    Narrative.year == year,
                    Narrative.deleted.is_(False),
                )
            )
            return {section.value: text for section, text in rows}
    finally:
        ws.close()


def workspace_snapshot(data_dir: Path):
    ws = open_workspace(data_dir / "workspace.sqlite3", data_dir / "backups")
    try:
        with ws.read() as session:
            receipts = [
                (r.file_name, r.sha256, r.received_at)
                for r in session.scalars(select(SubmissionReceipt))
            ]
        return snapshot(ws), receipts
    finally:
        ws.close()


# --------------------------------------------------------------------------- ChairDesk submissions


def test_a_chairdesk_submission_brings_the_groups_year(chairs, secretariat, capsys) -> None:
    assert run(str(chairs["ETCIP"]), str(chairs["GSA"])) == 0
    out = capsys.readouterr().out
    assert "ETCIP-2022.docx: ChairDesk submission of ETCIP for 2022: " in out
    assert "GSA-2022.docx: ChairDesk submission of GSA for 2022: " in out
    assert "Imported 2 submissions into" in out
    assert narratives(secretariat, "ETCIP")["capacity_building"] == ETCIP_TASKS
    assert set(narratives(secretariat, "GSA")) == {
        "coordination",
        "capacity_building",
        "advocacy",
        "challenges",
        "way_forward",
    }
    ws = open_workspace(secretariat / "workspace.sqlite3", secretariat / "backups")
    with ws.read() as session:
        receipt = session.scalars(
            select(SubmissionReceipt)
            .join(SubmissionReceipt.group)
            .where(SubmissionReceipt.group.has(acronym="ETCIP"))
        ).one()
        assert (receipt.file_name, receipt.year, receipt.source.value) == (
            "ETCIP-2022.docx",
            2022,
            "chairdesk",
        )
    ws.close()


def test_importing_the_same_files_again_changes_nothing(chairs, secretariat, capsys) -> None:
    assert run(str(chairs["ETCIP"]), str(chairs["GSA"])) == 0
    before = workspace_snapshot(secretariat)
    capsys.readouterr()
    assert run(str(chairs["ETCIP"]), str(chairs["GSA"])) == 0
    out = capsys.readouterr().out
    assert out.count(": nothing to change") == 2
    assert workspace_snapshot(secretariat) == before


def test_the_french_submission_is_read_as_well(chairs, secretariat, capsys) -> None:
    assert run(str(chairs["ETCIP-fr"])) == 0
    assert narratives(secretariat, "ETCIP")["capacity_building"] == ETCIP_TASKS
    assert "edited in Word" not in capsys.readouterr().out


def test_a_narrative_edited_in_word_is_taken_from_the_document(
    chairs, secretariat, tmp_path, capsys
) -> None:
    edited = tmp_path / "ETCIP-2022-edited.docx"
    document = docx.Document(str(chairs["ETCIP"]))
    paragraph = next(p for p in document.paragraphs if p.text == ETCIP_TASKS)
    paragraph.text = "The work plan identified four tasks; three were completed in 2022."
    paragraph.insert_paragraph_before("The secretariat added this paragraph.")
    document.save(str(edited))

    assert run(str(edited)) == 0
    out = capsys.readouterr().out
    assert (
        "  Technical assistance and capacity-building: edited in Word since the export; "
        "the document's text is taken"
    ) in out
    assert out.count("edited in Word") == 1  # the other sections read as exported
    texts = narratives(secretariat, "ETCIP")
    assert texts["capacity_building"] == (
        "The secretariat added this paragraph.\n\nThe work plan identified four tasks; three were completed in 2022."
    )
    # The mandate section's narrative repeats drafted sentences the export left out: unchanged, kept whole.
    assert texts["mandate"].startswith("Throughout 2022, the Chairmanship of the working group")


def test_a_section_removed_in_word_keeps_the_embedded_text(
    chairs, secretariat, tmp_path, capsys
) -> None:
    edited = tmp_path / "GSA-no-challenges.docx"
    document = docx.Document(str(chairs["GSA"]))
    body = document.element.body
    heading = next(p for p in document.paragraphs if p.text == "Challenges")
    following = heading._p.getnext()
    body.remove(heading._p)
    body.remove(following)
    document.save(str(edited))
    assert run(str(edited)) == 0
    assert (
        "  Challenges: no longer in the document; the text embedded at export is kept"
        in capsys.readouterr().out
    )
    assert narratives(secretariat, "GSA")["challenges"].startswith(
        "During the reporting period, the working group"
    )


# --------------------------------------------------------------------------- plain Word submissions


def plain_submission(
    path: Path,
    title: str = "Working Group on Adopting a Gender Sensitive Approach (GSA): "
    "annual submission 2022",
) -> Path:
    """A submission typed in Word without ChairDesk: headings and paragraphs only, some in French."""
    document = docx.Document()
    document.add_paragraph(title, style="Title")
    document.add_paragraph("Prepared by the Chair for the secretariat.")
    document.add_paragraph("1. Coordination and coherence", style="Heading 1")
    document.add_paragraph("The working group met four times.")
    document.add_paragraph("2. SENSIBILISATION ET VISIBILITÉ", style="Heading 2")
    document.add_paragraph("Une infographie a été publiée.")
    document.add_paragraph("Annex: list of participants", style="Heading 1")
    document.add_paragraph("UNOCT, CTED and UN Women took part.")
    document.add_paragraph("Observations finales et perspectives", style="Heading 1")
    document.add_paragraph("The group will continue in 2023.")
    document.add_paragraph("Difficultés", style="Heading 3")
    document.add_paragraph("Funding remained short.", style="List Bullet")
    document.add_paragraph("Travel was limited.", style="List Bullet")
    document.save(str(path))
    return path


def test_a_plain_word_submission_is_read_by_its_headings(
    chairs, secretariat, tmp_path, capsys
) -> None:
    assert run(str(chairs["GSA"])) == 0  # the group is known to the secretariat
    capsys.readouterr()
    assert run(str(plain_submission(tmp_path / "gsa-plain.docx"))) == 0
    out = capsys.readouterr().out
    assert "gsa-plain.docx: Word submission of GSA for 2022: " in out
    assert (
        "  sections recognized: 1. Coordination and coherence; 2. SENSIBILISATION ET VISIBILITÉ; "
        "Observations finales et perspectives; Difficultés"
    ) in out
    assert (
        "  not placed (before the first section): Prepared by the Chair for the secretariat." in out
    )
    assert (
        "  not placed (under \u201cAnnex: list of participants\u201d): UNOCT, CTED and UN Women took part."
        in out
    )
    texts = narratives(secretariat, "GSA")
    assert texts["coordination"] == "The working group met four times."
    assert texts["advocacy"] == "Une infographie a été publiée."
    assert texts["concluding"] == "The group will continue in 2023."  # the chapter's own paragraph
    assert texts["challenges"] == "- Funding remained short.\n- Travel was limited."
    ws = open_workspace(secretariat / "workspace.sqlite3", secretariat / "backups")
    with ws.read() as session:
        receipt = session.scalars(
            select(SubmissionReceipt)
            .where(SubmissionReceipt.deleted.is_(False))
            .where(SubmissionReceipt.group.has(acronym="GSA"))
        ).one()
        assert receipt.source.value == "word" and receipt.file_name == "gsa-plain.docx"
        assert "UNOCT, CTED and UN Women took part." in receipt.unplaced
    ws.close()
    capsys.readouterr()
    assert run(str(tmp_path / "gsa-plain.docx")) == 0
    assert "nothing to change" in capsys.readouterr().out


def test_the_group_and_year_can_be_given(chairs, secretariat, tmp_path, capsys) -> None:
    assert run(str(chairs["ETCIP"])) == 0
    plain = plain_submission(tmp_path / "untitled.docx", title="Annual submission")
    assert run(str(plain), "--group", "etcip", "--year", "2021") == 0
    assert "untitled.docx: Word submission of ETCIP for 2021" in capsys.readouterr().out
    assert (
        narratives(secretariat, "ETCIP", 2021)["coordination"]
        == "The working group met four times."
    )


def test_headings_typed_as_plain_paragraphs_are_recognized(tmp_path) -> None:
    document = docx.Document()
    document.add_paragraph("NARS annual submission 2022")
    bold = document.add_paragraph()
    bold.add_run("Research and Analysis").bold = True
    document.add_paragraph("A mapping was made.")
    path = tmp_path / "typed.docx"
    document.save(str(path))
    received = read_submission(
        path, known_groups={"NARS": "National and Regional Counter-Terrorism Strategies"}
    )
    assert (received.group, received.year) == ("NARS", 2022)
    assert received.narratives == {"research": "A mapping was made."}


# --------------------------------------------------------------------------- bad files


def _truncated(source: Path, target: Path) -> Path:
    target.write_bytes(source.read_bytes()[: source.stat().st_size // 2])
    return target


def _zip_of(target: Path, files: dict[str, bytes]) -> Path:
    return write_members(target, files)


def _bomb(target: Path) -> Path:
    # One part that says it expands to 2 GiB: refused from the zip's directory, before anything is expanded.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        archive.writestr("word/document.xml", b"<w:document/>")
    data = bytearray(buffer.getvalue())
    entry = data.rfind(b"PK\x01\x02")
    while entry != -1:  # the central directory's "uncompressed size" of each entry
        data[entry + 24 : entry + 28] = (2 * 1024**3 - 1).to_bytes(4, "little")
        entry = data.rfind(b"PK\x01\x02", 0, entry)
    target.write_bytes(bytes(data))
    return target


BAD_FILES = {
    "not-a-zip.docx": (
        lambda c, t: (t.write_text("Dear secretariat, please find our submission."), t)[1],
        "not-a-zip.docx: not a Word document (.docx)",
    ),
    "truncated.docx": (
        lambda c, t: _truncated(c["ETCIP"], t),
        "truncated.docx: a damaged or incomplete Word file",
    ),
    "tampered.docx": (
        lambda c, t: rewrite_part(
            c["ETCIP"], t, payload_replace("held virtually", "held in Paris")
        ),
        "tampered.docx: its embedded data fails its checksum",
    ),
    "bad-schema.docx": (
        lambda c, t: rewrite_part(
            c["ETCIP"],
            t,
            lambda x: resign(payload_replace('"kind": "regular"', '"kind": "party"')(x)),
        ),
        "bad-schema.docx: its embedded records are invalid: meetings[0].kind: not one of",
    ),
    "spreadsheet.docx": (
        lambda c, t: _zip_of(
            t,
            {
                "[Content_Types].xml": b"<Types><Override ContentType="
                b"'application/vnd.ms-excel'/></Types>",
                "xl/workbook.xml": b"<x/>",
            },
        ),
        "spreadsheet.docx: not a Word document (.docx)",
    ),
    "bomb.docx": (lambda c, t: _bomb(t), "bomb.docx: its part "),
    "old.doc": (
        lambda c, t: (t.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)), t)[1],
        "old.doc: a Word 97\u20132003 document",
    ),
    "no-headings.docx": (
        lambda c, t: _plain_without_headings(t),
        "no-headings.docx: no section of the submission is recognized by its headings",
    ),
    "unknown-group.docx": (
        lambda c, t: plain_submission(t, title="Working Group on Outer Space (SPACE) 2022"),
        "unknown-group.docx: cannot tell which working group it is from",
    ),
    "overlong.docx": (
        lambda c, t: _overlong(t),
        "overlong.docx: the text of advocacy is longer than 100,000 characters (",
    ),
    "two-years.docx": (
        lambda c, t: plain_submission(t, title="GSA submission for 2021 and 2022"),
        "two-years.docx: its title names several years (2021, 2022); give --year",
    ),
    "broken-xml.docx": (
        lambda c, t: _broken_document_xml(c["GSA"], t),
        "broken-xml.docx: a damaged Word file",
    ),
}


def _plain_without_headings(target: Path) -> Path:
    document = docx.Document()
    document.add_paragraph("GSA 2022", style="Title")
    document.add_paragraph("We met often and did a great deal.")
    document.save(str(target))
    return target


def _overlong(target: Path) -> Path:
    """A whole report pasted under one heading: more than a narrative holds (went on to a traceback)."""
    document = docx.Document(str(plain_submission(target)))
    document.add_paragraph("Advocacy and visibility", style="Heading 1")
    document.add_paragraph("x" * 100_050)
    document.save(str(target))
    return target


def _broken_document_xml(source: Path, target: Path) -> Path:
    parts = members(source)
    parts["word/document.xml"] = parts["word/document.xml"][:-200]
    return write_members(target, parts)


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_bad_file_is_refused_in_one_line_and_nothing_is_written(
    name, chairs, secretariat, tmp_path, capsys
) -> None:
    assert run(str(chairs["GSA"])) == 0  # a workspace with something in it, to stay unchanged
    before = workspace_snapshot(secretariat)
    make, message = BAD_FILES[name]
    bad = make(chairs, tmp_path / name)
    capsys.readouterr()
    assert (
        run(str(chairs["ETCIP"]), str(bad)) == 2
    )  # a good file with it: nothing of either comes in
    err = capsys.readouterr().err
    first, *rest = err.splitlines()
    assert first.startswith(f"chairdesk: {message}"), err
    assert rest == ["Nothing was imported."]
    assert workspace_snapshot(secretariat) == before


def test_an_unknown_group_given_is_refused(chairs, secretariat, tmp_path, capsys) -> None:
    assert run(str(plain_submission(tmp_path / "p.docx")), "--group", "NOPE") == 2
    assert (
        "p.docx: no working group 'NOPE' in this workspace (known: none" in capsys.readouterr().err
    )


def test_a_json_file_cannot_come_with_word_files(chairs, small_file, capsys) -> None:
    assert run(str(chairs["GSA"]), str(small_file)) == 2
    assert "import a workspace file (.json) on its own" in capsys.readouterr().err
    assert run(str(small_file), "--group", "GSA") == 2
    assert "--group and --year are for Word submissions (.docx)" in capsys.readouterr().err


def test_reading_a_damaged_file_names_it(tmp_path) -> None:
    path = tmp_path / "x.docx"
    path.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(SubmissionError, match="x.docx: a damaged or incomplete Word file"):
        read_submission(path, known_groups={})
