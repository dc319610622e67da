"""A submission carries its group's records for the year, invisibly, with a version and a checksum."""

from __future__ import annotations

import hashlib
import json
from datetime import date

import docx
import pytest
from lxml import etree

from chairdesk.reports.docx_reader import read_docx
from chairdesk.reports.embedded import EmbeddedDataError, read_embedded
from chairdesk.reports.submission import write_submission
from chairdesk.store.demo import load_demo
from chairdesk.store.queries import group_by_acronym
from tests.reports.packages import chairdesk_part, members, payload_replace, resign, rewrite_part

AFTER_2022 = date(2023, 1, 20)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    """The demo's ETCIP and GSA submissions for 2022, as the chairs would e-mail them."""
    from chairdesk.store.database import open_workspace

    folder = tmp_path_factory.mktemp("chair")
    ws = open_workspace(folder / "workspace.sqlite3", folder / "backups")
    with ws.transaction() as session:
        load_demo(session)
    files = {}
    with ws.read() as session:
        for acronym in ("ETCIP", "GSA"):
            group = group_by_acronym(session, acronym).id
            files[acronym] = write_submission(
                session, group, 2022, folder / f"{acronym}.docx", today=AFTER_2022
            ).path
        files["ETCIP-fr"] = write_submission(
            session,
            group_by_acronym(session, "ETCIP").id,
            2022,
            folder / "ETCIP-fr.docx",
            language="fr",
            today=AFTER_2022,
        ).path
    ws.close()
    return files


def test_the_part_is_related_from_the_document_with_a_version_and_a_checksum(exported) -> None:
    name, xml = chairdesk_part(exported["ETCIP"])
    rels = members(exported["ETCIP"])["word/_rels/document.xml.rels"].decode()
    assert f'Target="../{name}"' in rels or f'Target="/{name}"' in rels
    assert "relationships/customXml" in rels
    root = etree.fromstring(xml)
    assert (root.get("formatVersion"), root.get("group"), root.get("year")) == (
        "1",
        "ETCIP",
        "2022",
    )
    assert root.get("sha256") == hashlib.sha256(root.text.encode("utf-8")).hexdigest()
    records = json.loads(root.text)["records"]
    assert records["format"] == "chairdesk-workspace"
    assert len(records["meetings"]) == 5 and [g["acronym"] for g in records["working_groups"]] == [
        "ETCIP"
    ]


def test_a_reader_sees_nothing_of_it(exported) -> None:
    document = docx.Document(str(exported["ETCIP"]))
    shown = [p.text for p in document.paragraphs]
    shown += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    shown += [
        p.text for s in document.sections for p in (*s.header.paragraphs, *s.footer.paragraphs)
    ]
    assert not any("chairdesk-workspace" in text or "urn:chairdesk" in text for text in shown)
    body = members(exported["ETCIP"])["word/document.xml"]
    assert b"chairdesk-workspace" not in body


def test_read_back_it_names_the_group_year_and_sections(exported) -> None:
    embedded = read_embedded(read_docx(exported["ETCIP-fr"]))
    assert (embedded.group, embedded.year, embedded.language) == ("ETCIP", 2022, "fr")
    keys = [s.key for s in embedded.sections]
    assert keys[:2] == ["mandate", "coordination"] and "way_forward" in keys
    mandate = next(s for s in embedded.sections if s.key == "mandate")
    assert mandate.heading == "Mandat, objectifs principaux et composition"
    assert any(text.startswith("Tout au long de 2022") for text in mandate.drafted)
    assert len(embedded.records.meetings) == 5


def test_a_template_made_from_a_submission_brings_no_stale_data(exported, tmp_path) -> None:
    from chairdesk.store.database import open_workspace

    ws = open_workspace(tmp_path / "w.sqlite3", tmp_path / "b")
    with ws.transaction() as session:
        load_demo(session)
    with ws.read() as session:
        target = write_submission(
            session,
            group_by_acronym(session, "GSA").id,
            2022,
            tmp_path / "gsa.docx",
            template=exported["ETCIP"],
            today=AFTER_2022,
        ).path
    ws.close()
    _, xml = chairdesk_part(target)  # exactly one part
    assert etree.fromstring(xml).get("group") == "GSA"


def test_a_plain_word_file_has_none(tmp_path) -> None:
    path = tmp_path / "plain.docx"
    document = docx.Document()
    document.add_paragraph("Coordination and coherence", style="Heading 1")
    document.save(str(path))
    assert read_embedded(read_docx(path)) is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            payload_replace(
                "ETCIP working group: first-quarter", "ETCIP working group: fifth-quarter"
            ),
            "fails its checksum",
        ),
        (
            lambda xml: resign(
                payload_replace('"start": "2022-03-16T14:00"', '"start": "yesterday"')(xml)
            ),
            "embedded records are invalid: meetings[0].start: not a date-time",
        ),
        (
            lambda xml: resign(payload_replace('"group": "ETCIP"', '"group": "GSA"')(xml)),
            "name a working group other than ETCIP",
        ),
        (
            payload_replace('formatVersion="1"', 'formatVersion="7"'),
            "format version 7, newer than this ChairDesk",
        ),
        (
            lambda xml: resign(payload_replace('"year": 2022', '"year": 2021')(xml)),
            "another year than 2022",
        ),
        (payload_replace('year="2022"', 'year="twenty"'), "no valid year"),
        (lambda xml: xml[:-40], "not well-formed XML"),
    ],
)
def test_tampered_data_is_refused_with_one_line(exported, tmp_path, change, message) -> None:
    bad = rewrite_part(exported["ETCIP"], tmp_path / "bad.docx", change)
    with pytest.raises(
        EmbeddedDataError, match=message.replace("[", r"\[").replace("]", r"\]")
    ) as caught:
        read_embedded(read_docx(bad))
    assert "\n" not in str(caught.value)
