"""The secretariat's own templates: documents in their look, never mixed with ChairDesk's (issue 16).

The templates are made here: one missing some styles, one with a narrow
page, one with its own header, one with its header at the page's edge, and a
small one that would unpack to a gibibyte.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tracemalloc
import zipfile
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.shared import Cm, Pt, RGBColor
from lxml import etree

from chairdesk.cli import main
from chairdesk.paths import DATA_DIR_ENV
from chairdesk.reports.docx_builder import MAX_UNPACKED_BYTES, ReportError, open_template
from chairdesk.reports.submission import build_submission, write_submission
from chairdesk.store.database import open_workspace
from chairdesk.store.demo import load_demo
from chairdesk.store.queries import group_by_acronym

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NS = {"w": W[1:-1]}
AFTER_2022 = date(2023, 1, 20)
MISSING = {
    "heading 2",
    "heading 3",
    "caption",
    "List Bullet",
    "List Number",
    "Table Grid",
    "Title",
    "Subtitle",
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    ws = open_workspace(folder / "workspace.sqlite3", folder / "backups")
    with ws.transaction() as session:
        load_demo(session)
    yield ws
    ws.close()


def etcip(ws) -> str:
    with ws.read() as session:
        return group_by_acronym(session, "ETCIP").id


def secretariat_template(
    path: Path,
    *,
    missing: set[str] = frozenset(),
    page_width_cm: float | None = None,
    header: str = "",
    header_distance_cm: float | None = None,
) -> Path:
    """A template in the secretariat's look: Georgia text, purple Courier headings."""
    template = docx.Document()
    normal = template.styles["Normal"]
    normal.font.name = "Georgia"
    normal.font.size = Pt(12)
    heading = template.styles["Heading 1"]
    heading.font.name = "Courier New"
    heading.font.size = Pt(16)
    heading.font.color.rgb = RGBColor(0x8B, 0x00, 0x8B)
    root = template.styles.element
    for style in list(root.findall(W + "style")):
        name = style.find(W + "name")
        if name is not None and name.get(W + "val") in missing:
            root.remove(style)
    section = template.sections[0]
    if page_width_cm is not None:
        section.page_width = Cm(page_width_cm)
        section.left_margin = section.right_margin = Cm(2.5)
    if header:
        section.header.paragraphs[0].text = header
    if header_distance_cm is not None:
        section.header_distance = Cm(header_distance_cm)
        section.footer_distance = Cm(header_distance_cm)
    template.save(str(path))
    return path


def xml(path: Path, name: str) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read(name))


# --------------------------------------------------------------------------- missing styles


def test_missing_styles_are_made_from_the_templates_own(demo, tmp_path) -> None:
    template = secretariat_template(tmp_path / "thin.docx", missing=MISSING)
    target = tmp_path / "out.docx"
    with demo.read() as session:
        result = write_submission(session, etcip(demo), 2022, target, template, today=AFTER_2022)
    # One warning per missing style, each naming it and what it was made from.
    made = {w.values["style"]: w.values["base"] for w in result.warnings if w.code == "style_made"}
    assert made == {  # (the submission has no third-level heading and no numbered list)
        "Title": "Normal",
        "Subtitle": "Normal",
        "Heading 2": "Heading 1",
        "Caption": "Normal",
        "List Bullet": "Normal",
        "Table Grid": "Normal Table",
    }
    assert all('"thin.docx"' in w for w in result.warnings)
    styles = xml(target, "word/styles.xml")
    # Nothing of ChairDesk's own look arrives: no Arial, no Times New Roman, no UN blue.
    fonts = {f.get(W + "ascii") for f in styles.iter(W + "rFonts")} - {None}
    assert not fonts & {"Arial", "Times New Roman"}
    assert "009EDB" not in etree.tostring(styles).decode().upper()
    by_name = {s.find("w:name", NS).get(W + "val"): s for s in styles.findall("w:style", NS)}
    heading2 = by_name["heading 2"]
    assert heading2.find("w:basedOn", NS).get(W + "val") == by_name["heading 1"].get(W + "styleId")
    # Bullets are a real list (numbering), not a typed "•".
    document = docx.Document(str(target))
    bullets = [p for p in document.paragraphs if p.style.name == "List Bullet"]
    assert bullets and all(not p.text.startswith("\u2022") for p in bullets)
    assert all(p.style.element.pPr.numPr is not None for p in bullets[:1])
    assert (2, "Challenges") in [
        (int(p.style.name[-1]), p.text)
        for p in document.paragraphs
        if p.style.name.startswith("Heading")
    ]


def test_each_warning_is_printed_once(data_dir, tmp_path) -> None:
    # A real process: the log's own handling of warnings is part of what is checked.
    env = {**os.environ, DATA_DIR_ENV: str(data_dir)}

    def chairdesk(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "chairdesk", *args], env=env, capture_output=True, text=True
        )

    assert chairdesk("demo").returncode == 0
    template = secretariat_template(tmp_path / "thin.docx", missing={"caption"})
    done = chairdesk(
        "export",
        "submission",
        "--group",
        "ETCIP",
        "--year",
        "2022",
        "-o",
        str(tmp_path / "s.docx"),
        "--template",
        str(template),
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.count('no "Caption" style') == 1
    assert done.stderr.startswith(
        'chairdesk: warning: The template "thin.docx" has no "Caption" style'
    )


def test_table_words_never_break_inside_on_a_narrow_page(demo, tmp_path) -> None:
    template = secretariat_template(tmp_path / "narrow.docx", page_width_cm=19.0)  # 14 cm of text
    target = tmp_path / "out.docx"
    with demo.read() as session:
        write_submission(session, etcip(demo), 2022, target, template, today=AFTER_2022)
    document = xml(target, "word/document.xml")
    table = next(
        t
        for t in document.iter(W + "tbl")
        if "INTERPOL" in "".join(x.text or "" for x in t.iter(W + "t"))
    )
    widths_cm = [int(c.get(W + "w")) / 567 for c in table.find("w:tblGrid", NS)]
    # "Code" in bold 9-point type and "INTERPOL" need these widths with the cells' margins
    # (0.19 cm a side); the old widths, scaled to the page, gave 1.05 and 1.93 cm: "Cod/e", "INTERPO/L".
    assert widths_cm[0] >= 1.17 and widths_cm[2] >= 1.97
    assert sum(widths_cm) <= 14.01


# --------------------------------------------------------------------------- headers


def test_a_templates_own_header_is_kept_alone(demo, tmp_path) -> None:
    template = secretariat_template(
        tmp_path / "headed.docx", header="UNITED NATIONS \u00b7 Office of Counter-Terrorism"
    )
    target = tmp_path / "out.docx"
    with demo.read() as session:
        write_submission(session, etcip(demo), 2022, target, template, today=AFTER_2022)
    with zipfile.ZipFile(target) as archive:
        headers = [n for n in archive.namelist() if n.startswith("word/header")]
        texts = [
            "".join(t.text or "" for t in etree.fromstring(archive.read(n)).iter(W + "t"))
            for n in headers
        ]
    assert any("UNITED NATIONS" in t for t in texts)
    assert not any("Annual submission" in t for t in texts)  # nothing stacked under it
    # The template had no footer: ChairDesk's page numbers still go there.
    footer = "".join(
        x.text or "" for n in ["word/footer1.xml"] for x in xml(target, n).iter(W + "t")
    )
    assert footer.startswith("Page ")


def _with_app_properties(template: Path, app_xml: bytes) -> Path:
    """`template` with its docProps/app.xml replaced by `app_xml`."""
    with zipfile.ZipFile(template) as archive:
        parts = {n: archive.read(n) for n in archive.namelist()}
    parts["docProps/app.xml"] = app_xml
    with zipfile.ZipFile(template, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return template


EP = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"


def test_the_templates_company_is_carried_as_written(demo, tmp_path) -> None:
    """The secretariat's company (the template's app properties) reads the same in the document:
    "Smith & Sons <Geneva>" as it was written, not with its escapes escaped again."""
    template = _with_app_properties(
        secretariat_template(tmp_path / "company.docx"),
        (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="{EP}">'
            "<Company>Smith &amp; Sons &lt;Geneva&gt;</Company></Properties>"
        ).encode(),
    )
    target = tmp_path / "out.docx"
    with demo.read() as session:
        write_submission(session, etcip(demo), 2022, target, template, today=AFTER_2022)
    assert xml(target, "docProps/app.xml").findtext(f"{{{EP}}}Company") == "Smith & Sons <Geneva>"


@pytest.mark.parametrize(
    "app_xml",
    [
        f'<Properties xmlns="{EP}"><Company>A&#x1;B</Company></Properties>'.encode(),  # not XML
        f'<Properties xmlns="{EP}"><Company>\x01\xff\xfe</Company></Properties>'.encode("latin-1"),
        f'<Properties xmlns="{EP}"><Company>'.encode() + b"<x>" * 5_000,  # deep, never closed
        b"\x00" * 100_000,
    ],
    ids=["bad-reference", "bad-bytes", "deep", "nul"],
)
def test_a_templates_damaged_app_properties_leave_a_document_word_opens(
    demo, tmp_path, app_xml
) -> None:
    template = _with_app_properties(secretariat_template(tmp_path / "damaged.docx"), app_xml)
    target = tmp_path / "out.docx"
    with demo.read() as session:
        write_submission(session, etcip(demo), 2022, target, template, today=AFTER_2022)
    app = xml(target, "docProps/app.xml")  # well-formed, or this raises
    assert app.findtext(f"{{{EP}}}Application", "").startswith("ChairDesk/")
    assert docx.Document(str(target)).paragraphs  # the rest of the document is there


def test_a_header_at_the_page_edge_is_moved_where_printers_reach(demo, tmp_path) -> None:
    template = secretariat_template(tmp_path / "edge.docx", header_distance_cm=0)
    target = tmp_path / "out.docx"
    with demo.read() as session:
        result = write_submission(session, etcip(demo), 2022, target, template, today=AFTER_2022)
    margins = xml(target, "word/document.xml").find(".//w:body/w:sectPr/w:pgMar", NS)
    assert int(margins.get(W + "header")) >= 454 and int(margins.get(W + "footer")) >= 454  # 0.8 cm
    assert [
        w for w in result.warnings if w.code == "header_distance" and w.values["distance"] == "0"
    ]


# --------------------------------------------------------------------------- the decompression cap


def bomb(path: Path, size: int = 2**30) -> Path:
    """A valid .docx whose media part inflates to ``size`` bytes (about a megabyte on disk)."""
    source = secretariat_template(path.with_name("base.docx"))
    chunk = bytes(2**20)
    with (
        zipfile.ZipFile(source) as src,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst,
    ):
        for item in src.infolist():
            dst.writestr(item, src.read(item.filename))
        with dst.open("word/media/image1.png", "w", force_zip64=True) as big:
            for _ in range(size // len(chunk)):
                big.write(chunk)
    return path


@pytest.mark.slow
def test_a_template_that_inflates_to_a_gibibyte_is_refused_unread(demo, tmp_path) -> None:
    template = bomb(tmp_path / "bomb.docx")
    assert template.stat().st_size < 5 * 2**20
    tracemalloc.start()
    try:
        with pytest.raises(ReportError) as refused:
            open_template(template)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "too large for a template" in str(refused.value) and str(template) in str(refused.value)
    assert peak < 50 * 2**20  # the template itself (a megabyte) and little else: nothing inflated
    with demo.read() as session, pytest.raises(ReportError):
        build_submission(session, etcip(demo), 2022, template)
    assert MAX_UNPACKED_BYTES < 2**30


def test_the_command_line_refuses_it_in_the_commands_language(data_dir, tmp_path, capsys) -> None:
    template = bomb(tmp_path / "bomb.docx", size=MAX_UNPACKED_BYTES + 2**20)
    assert main(["demo"]) == 0
    capsys.readouterr()
    target = tmp_path / "s.docx"
    assert (
        main(
            [
                "export",
                "submission",
                "--group",
                "ETCIP",
                "--year",
                "2022",
                "--language",
                "fr",
                "-o",
                str(target),
                "--template",
                str(template),
            ]
        )
        == 2
    )
    err = capsys.readouterr().err
    assert "trop volumineux pour un modèle" in err and "Rien n\u2019a été écrit." in err
    assert len(err.strip().splitlines()) == 2 and not target.exists()
