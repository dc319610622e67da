"""Documents an editor would publish unchanged (issue 16), read from the saved .docx parts.

Every export is written to a file in English and in French, then read as Word
and LibreOffice read it: the package's parts (core and app properties, styles,
settings, the document, its headers) parsed as XML.
"""

from __future__ import annotations

import re
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from lxml import etree
from sqlalchemy import select

from chairdesk import __version__
from chairdesk.reports.documents import write_agenda, write_annex, write_handover, write_minutes
from chairdesk.reports.submission import write_submission
from chairdesk.store.database import open_workspace
from chairdesk.store.demo import load_demo
from chairdesk.store.models import Meeting
from chairdesk.store.queries import group_by_acronym

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}
W = f"{{{NS['w']}}}"
AFTER_2022 = date(2023, 1, 20)
LATER = date(2026, 12, 3)  # a handover prepared long after the data ends
TAGS = {"en": "en-GB", "fr": "fr-FR"}
DOCUMENTS = ("submission", "agenda", "minutes", "annex", "handover")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    ws = open_workspace(folder / "workspace.sqlite3", folder / "backups")
    with ws.transaction() as session:
        load_demo(session)
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def written(demo, tmp_path_factory) -> dict[tuple[str, str], Path]:
    """Every Word export of the demo, in English and French: (document, language) → file."""
    folder = tmp_path_factory.mktemp("out")
    with demo.read() as session:
        etcip = group_by_acronym(session, "ETCIP").id
        third = session.scalars(
            select(Meeting.id).where(Meeting.group_id == etcip).order_by(Meeting.start)
        ).all()[2]
        paths = {}
        for language in ("en", "fr"):

            def target(name: str, language: str = language) -> Path:
                return folder / f"{name}-{language}.docx"

            write_submission(
                session, etcip, 2022, target("submission"), language=language, today=AFTER_2022
            )
            write_agenda(session, third, target("agenda"), language=language)
            write_minutes(session, third, target("minutes"), language=language)
            write_annex(session, 2022, target("annex"), language=language)
            write_handover(session, etcip, target("handover"), today=LATER, language=language)
            for name in DOCUMENTS:
                paths[(name, language)] = target(name)
    return paths


def part(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read(name))


def names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return archive.namelist()


def body_texts(path: Path) -> list[str]:
    """Each paragraph's text (tables' cells included), as the reader sees it."""
    document = part(path, "word/document.xml")
    return ["".join(t.text or "" for t in p.iter(W + "t")) for p in document.iter(W + "p")]


def every_file(written):  # noqa: ANN201
    return [(name, language, path) for (name, language), path in written.items()]


# --------------------------------------------------------------------------- metadata


def test_created_and_modified_now_in_utc_by_one_author(written) -> None:
    now = datetime.now(UTC).replace(tzinfo=None)
    authors = set()
    for name, language, path in every_file(written):
        core = part(path, "docProps/core.xml")
        for field in ("created", "modified"):
            value = core.findtext(f"dcterms:{field}", namespaces=NS)
            assert value.endswith("Z"), (name, value)
            moment = datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ")
            assert now - timedelta(hours=1) <= moment <= now + timedelta(minutes=1), (
                name,
                language,
                value,
            )
        authors.add(
            (
                core.findtext("dc:creator", namespaces=NS),
                core.findtext("cp:lastModifiedBy", namespaces=NS),
            )
        )
        assert core.findtext("dc:language", namespaces=NS) == TAGS[language]
        assert core.find("cp:lastPrinted", namespaces=NS) is None
    assert authors == {("ChairDesk", "ChairDesk")}


def test_a_french_document_says_nothing_in_english_in_its_properties(written) -> None:
    core = part(written[("submission", "fr")], "docProps/core.xml")
    comment = core.findtext("dc:description", namespaces=NS)
    assert comment and "Drafted" not in comment and "ChairDesk" in comment
    assert core.findtext("dc:title", namespaces=NS).endswith("contribution annuelle 2022")


def test_the_language_is_on_the_run_defaults_every_style_and_the_settings(written) -> None:
    for name, language, path in every_file(written):
        styles = part(path, "word/styles.xml")
        default = styles.find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
        assert default is not None and default.get(W + "val") == TAGS[language], name
        for style in styles.findall("w:style", NS):
            if style.get(W + "type") in ("paragraph", "character"):
                lang = style.find("w:rPr/w:lang", NS)
                assert lang is not None and lang.get(W + "val") == TAGS[language], (
                    name,
                    style.get(W + "styleId"),
                )
        settings = part(path, "word/settings.xml")
        assert settings.find("w:themeFontLang", NS).get(W + "val") == TAGS[language]


def test_app_properties_name_chairdesk_and_claim_no_counts_and_no_thumbnail(written) -> None:
    for name, _language, path in every_file(written):
        app = part(path, "docProps/app.xml")
        assert app.findtext("ep:Application", namespaces=NS) == f"ChairDesk/{__version__}", name
        for stale in (
            "Pages",
            "Words",
            "Characters",
            "Lines",
            "Paragraphs",
            "CharactersWithSpaces",
            "TotalTime",
            "TitlesOfParts",
            "HeadingPairs",
            "AppVersion",
        ):
            assert app.find(f"ep:{stale}", NS) is None, (name, stale)
        assert not [n for n in names(path) if "thumbnail" in n.lower()], name
        rels = part(path, "_rels/.rels")
        assert not [r for r in rels if r.get("Type", "").endswith("/thumbnail")], name


# --------------------------------------------------------------------------- accessibility


def test_every_picture_has_alternative_text(written) -> None:
    pictures = 0
    for name, _language, path in every_file(written):
        for doc_pr in part(path, "word/document.xml").iter(f"{{{NS['wp']}}}docPr"):
            pictures += 1
            assert doc_pr.get("title"), name
            assert len(doc_pr.get("descr", "")) > 20, name
            assert not doc_pr.get("name", "").startswith("Picture"), name
    assert pictures >= 3
    submission = part(written[("submission", "en")], "word/document.xml")
    descriptions = [d.get("descr") for d in submission.iter(f"{{{NS['wp']}}}docPr")]
    assert any(
        "Q4 2022: Regular quarterly meetings, 1; In-focus discussions, 1" in d for d in descriptions
    )


def _captions(path: Path) -> list[tuple[str, str, str]]:
    """(the SEQ field's instruction, its result, the caption's whole text) of each caption."""
    found = []
    for p in part(path, "word/document.xml").iter(W + "p"):
        instructions = "".join(i.text or "" for i in p.iter(W + "instrText"))
        if " SEQ " in f" {instructions}":
            runs = list(p.iter(W + "r"))
            after_separate = False
            result = ""
            for run in runs:
                char = run.find(W + "fldChar")
                if char is not None:
                    after_separate = char.get(W + "fldCharType") == "separate"
                elif after_separate:
                    result += "".join(t.text or "" for t in run.iter(W + "t"))
            found.append(
                (instructions.strip(), result, "".join(t.text or "" for t in p.iter(W + "t")))
            )
    return found


def test_captions_are_numbered_by_seq_fields(written) -> None:
    captions = _captions(written[("submission", "en")])
    figures = [c for c in captions if c[0].startswith("SEQ Figure")]
    tables = [c for c in captions if c[0].startswith("SEQ Table")]
    assert [r for _, r, _ in figures] == [str(n) for n in range(1, len(figures) + 1)] and figures
    assert [r for _, r, _ in tables] == ["1"]
    assert tables[0][2] == "Table 1. Activities of the 2021\u20132022 work plan, by output"
    french = _captions(written[("submission", "fr")])
    assert {c[0].split()[1] for c in french} == {"Figure", "Tableau"}


# --------------------------------------------------------------------------- typography


def test_dates_and_percentages_never_break_across_lines(written) -> None:
    english = "\n".join(body_texts(written[("submission", "en")]))
    assert "16\u00a0March 2022" in english and "11\u00a0December 2020" in english
    assert re.search(r"\d\u00a0per\u00a0cent", english)
    assert not re.search(
        r"\d{1,2} (January|February|March|April|May|June|July|August|September|October|"
        r"November|December)",
        english,
    )
    assert "per cent" not in english.replace("\u00a0per\u00a0cent", "")
    handover = "\n".join(body_texts(written[("handover", "en")]))
    assert "1\u00a0October\u00a02022" in handover  # in a table's cell, the whole date
    french = "\n".join(body_texts(written[("submission", "fr")]))
    assert "11\u00a0décembre 2020" in french and re.search(r"\d\u00a0%", french)
    assert not re.search(
        r"\d (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|"
        r"décembre)",
        french,
    )
    assert not re.search(r"\d %", french)
    assert "1er\u00a0octobre\u00a02022" in "\n".join(body_texts(written[("handover", "fr")]))


def test_a_range_of_years_is_written_one_way(written) -> None:
    for name, _language, path in every_file(written):
        text = "\n".join(body_texts(path))
        assert not re.search(r"\b20\d\d-20\d\d\b", text), name
    assert "2021\u20132022" in "\n".join(body_texts(written[("submission", "en")]))


def test_no_empty_paragraph_follows_a_table(written) -> None:
    for name, _language, path in every_file(written):
        body = part(path, "word/document.xml").find("w:body", NS)
        blocks = list(body)
        for index, block in enumerate(blocks[:-1]):
            if block.tag == W + "tbl":
                following = blocks[index + 1]
                if following.tag == W + "p":  # a paragraph of text, or a figure
                    text = "".join(t.text or "" for t in following.iter(W + "t")).strip()
                    assert text or following.find(".//w:drawing", NS) is not None, name


def test_an_outputs_row_is_kept_with_the_rows_under_it(written) -> None:
    table = next(
        t
        for t in part(written[("submission", "en")], "word/document.xml").iter(W + "tbl")
        if "Output A." in "".join(x.text or "" for x in t.iter(W + "t"))
    )
    group_rows = [
        r
        for r in table.findall("w:tr", NS)
        if "".join(x.text or "" for x in r.iter(W + "t")).startswith("Output ")
    ]
    assert len(group_rows) == 4
    for row in group_rows:
        paragraphs = list(row.iter(W + "p"))
        assert paragraphs and all(p.find("w:pPr/w:keepNext", NS) is not None for p in paragraphs)


def test_no_figure_is_taller_than_a_third_of_the_page(written) -> None:
    for name, _language, path in every_file(written):
        document = part(path, "word/document.xml")
        section = document.find("w:body/w:sectPr", NS)
        size, margins = section.find("w:pgSz", NS), section.find("w:pgMar", NS)
        text_height = (
            int(size.get(W + "h")) - int(margins.get(W + "top")) - int(margins.get(W + "bottom"))
        )
        for extent in document.iter(f"{{{NS['wp']}}}extent"):
            height_twips = int(extent.get("cy")) / 635  # EMU per twip
            assert height_twips <= text_height / 3 + 1, name


def test_the_chair_is_stated_once_on_the_first_page(written) -> None:
    path = written[("submission", "en")]
    texts = body_texts(path)
    start = texts.index("Mandate, primary objectives and composition")
    end = texts.index("Coordination and coherence")
    mandate = texts[start:end]
    assert (
        "\n".join(mandate).count(
            "Chairmanship of the working group was held by UNICRI in Q1 and Q2"
        )
        == 1
    )
    assert not any(line.startswith("Chair:") for line in mandate)
    # and no figure restates it: the first picture comes after the meetings
    body = part(path, "word/document.xml").find("w:body", NS)
    before_meetings = []
    for block in body:
        if "".join(t.text or "" for t in block.iter(W + "t")) == "Coordination and coherence":
            break
        before_meetings.append(block)
    assert not [d for block in before_meetings for d in block.iter(f"{{{NS['wp']}}}docPr")]


# --------------------------------------------------------------------------- French


def test_french_meeting_lines_are_french(written) -> None:
    french = body_texts(written[("submission", "fr")])
    lines = [t for t in french if re.match(r"\d{1,2}(er)?\u00a0\w+ 2022\. ", t)]
    assert len(lines) == 5
    for line in lines:
        assert (
            "meeting" not in line.split("Thèmes")[0].lower() and "discussion:" not in line.lower()
        )
    assert lines[0].startswith(
        "16\u00a0mars 2022. Réunion trimestrielle ordinaire, en format virtuel."
    )


def test_french_objectives_keep_their_lead_in(written) -> None:
    french = body_texts(written[("submission", "fr")])
    assert any(
        t.startswith("Les objectifs principaux du groupe de travail sont les suivants\u00a0: ")
        for t in french
    )


# --------------------------------------------------------------------------- content


def test_the_annex_is_annex_ii_and_counts_vice_chairs(written) -> None:
    texts = body_texts(written[("annex", "en")])
    assert (
        texts[0] == "Annex IIWorking group structure and composition in 2022"
    )  # a line break between
    title = part(written[("annex", "en")], "word/document.xml").find(".//w:p", NS)
    assert title.find(".//w:br", NS) is not None
    assert "Vice-Chair: CTED" in texts  # GSA's one Vice-Chair
    assert "Vice-Chairs: CTED" not in texts
    assert body_texts(written[("annex", "fr")])[0].startswith("Annexe II")


# --------------------------------------------------------------------------- handover


def test_a_handover_after_the_data_ends_says_who_chaired_last(written) -> None:
    for language in ("en", "fr"):
        text = "\n".join(body_texts(written[("handover", language)]))
        for false in (
            "nobody chairs",
            "No chair terms have been recorded",
            "aucune présidence à ce jour",
            "Aucun mandat de présidence n\u2019a été enregistré",
        ):
            assert false not in text, (language, false)
    english = body_texts(written[("handover", "en")])
    chair = next(t for t in english if t.startswith("Chair: "))
    assert (
        "none recorded for 3\u00a0December 2026" in chair
        and "served until 31\u00a0December 2022" in chair
    )
    assert any(
        t.startswith("No chair term is recorded after 31\u00a0December 2022") for t in english
    )
    assert "INTERPOL" in "\n".join(english)  # the last terms are listed


def test_the_handover_has_no_empty_telephone_column(written) -> None:
    english = body_texts(written[("handover", "en")])
    assert "E-mail" in english and "Telephone" not in english


def test_the_readme_shows_the_submission_in_english_and_french() -> None:
    from chairdesk.paths import resource_path

    root = resource_path("demo").parent.parent
    readme = (root / "README.md").read_text(encoding="utf-8")
    for language in ("en", "fr"):
        for page in (1, 4):
            image = f"docs/screenshots/submission-{language}-page-{page}.png"
            assert f"({image})" in readme
            assert (root / image).stat().st_size > 20_000
