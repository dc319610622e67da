"""The annual submission, read back with python-docx as a reader (or the secretariat) would."""

from __future__ import annotations

import json
import zipfile
from collections import Counter
from dataclasses import replace
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.shared import RGBColor
from sqlalchemy import select

from chairdesk.domain.typography import tie
from chairdesk.domain.vocabulary import NarrativeSection
from chairdesk.paths import resource_path
from chairdesk.reports.docx_builder import USED_STYLES, ReportError, default_template
from chairdesk.reports.submission import (
    NO_MEMBERSHIP_CHANGES,
    build_submission,
    meetings_text,
    submission_data,
    tor_text,
    without_repeats,
    write_submission,
)
from chairdesk.store.database import open_workspace
from chairdesk.store.demo import load_demo
from chairdesk.store.models import AgendaItem, Meeting, Narrative
from chairdesk.store.queries import group_by_acronym

CHAIRMANSHIP = (
    "Throughout 2022, the Chairmanship of the working group was held by UNICRI in Q1 and Q2, "
    "OPCW in Q3, and INTERPOL in Q4."
)
TOR = (
    "The Terms of Reference have not been revised since their latest review and submission to the "
    "Counter-Terrorism Compact Coordination Committee on 11 December 2020."
)
AFTER_2022 = date(2023, 1, 20)  # the chair writes the 2022 submission in January


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    ws = open_workspace(folder / "workspace.sqlite3", folder / "backups")
    with ws.transaction() as session:
        load_demo(session)
    yield ws
    ws.close()


@pytest.fixture
def demo_doc() -> dict:
    return json.loads(resource_path("demo", "workspace.json").read_text("utf-8"))


def group_id(ws, acronym: str) -> str:
    with ws.read() as session:
        return group_by_acronym(session, acronym).id


@pytest.fixture(scope="module")
def etcip(demo):
    warnings: list[str] = []
    notes: list[str] = []
    with demo.read() as session:
        document = build_submission(
            session,
            group_id(demo, "ETCIP"),
            2022,
            today=AFTER_2022,
            warnings=warnings,
            notes=notes,
        )
    return document, warnings, notes


def headings(document) -> list[tuple[int, str]]:
    found = []
    for p in document.paragraphs:
        name = p.style.name
        if name.startswith("Heading "):
            found.append((int(name.split()[1]), p.text))
    return found


def body_text(document) -> str:
    return "\n".join(p.text for p in document.paragraphs)


def section(document, heading: str) -> list:
    """The paragraphs under a heading, up to the next heading of the same or a higher level."""
    paragraphs = document.paragraphs
    start = next(
        i
        for i, p in enumerate(paragraphs)
        if p.text == heading and p.style.name.startswith("Heading")
    )
    level = int(paragraphs[start].style.name.split()[1])
    found = []
    for p in paragraphs[start + 1 :]:
        if p.style.name.startswith("Heading ") and int(p.style.name.split()[1]) <= level:
            break
        found.append(p)
    return found


# --------------------------------------------------------------------------- structure


def test_sections_follow_the_secretariat_order_and_empty_ones_are_left_out(etcip) -> None:
    document, warnings, notes = etcip
    assert headings(document) == [
        (1, "Mandate, primary objectives and composition"),
        (1, "Coordination and coherence"),
        (1, "Technical assistance and capacity-building"),
        (1, "Implementation of the work plan"),
        (1, "Concluding observations and way forward"),
        (2, "Challenges"),
        (2, "Priorities for 2023"),
    ]
    assert warnings == []
    # What was left out, and why, is said to the person exporting.
    assert "Research and analysis: nothing recorded for 2022; the section is left out." in notes
    assert any(n.startswith("Lessons learned and good practices: nothing recorded") for n in notes)


def test_every_section_appears_in_order_once_the_chair_has_written_them(workspace) -> None:
    with workspace.transaction() as session:
        load_demo(session)
        group = group_by_acronym(session, "ETCIP")
        for key in ("research", "advocacy", "regional", "challenges", "lessons", "way_forward"):
            session.add(
                Narrative(
                    group_id=group.id,
                    year=2022,
                    section=NarrativeSection(key),
                    text=f"The chair's text on {key}.",
                )
            )
    with workspace.read() as session:
        document = build_submission(session, group_id(workspace, "ETCIP"), 2022, today=AFTER_2022)
    assert [text for _, text in headings(document)] == [
        "Mandate, primary objectives and composition",
        "Coordination and coherence",
        "Technical assistance and capacity-building",
        "Research and analysis",
        "Advocacy and visibility",
        "Efforts to enhance regional coordination",
        "Implementation of the work plan",
        "Concluding observations and way forward",
        "Challenges",
        "Lessons learned and good practices",
        "Priorities for 2023",
    ]
    # The chair's own text replaces the starting lists.
    challenges = [p.text for p in section(document, "Challenges")]
    assert challenges == ["The chair's text on challenges."]
    assert [p.text for p in section(document, "Research and analysis")] == [
        "The chair's text on research."
    ]


def test_title_block_header_and_page_numbers(etcip) -> None:
    document, _, _ = etcip
    first, second, third = document.paragraphs[:3]
    assert first.style.name == "Title"
    assert (
        first.text
        == "Working Group on Emerging Threats and Critical Infrastructure Protection (ETCIP)"
    )
    assert (second.text, third.text) == (
        "Annual submission for 2022",
        "Pillar II: Measures to prevent and combat terrorism",
    )
    header = document.sections[0].header.paragraphs[-1].text
    assert "ETCIP" in header and "2022" in header
    footer_xml = document.sections[0].footer._element.xml
    assert 'w:instr=" PAGE "' in footer_xml and 'w:instr=" NUMPAGES "' in footer_xml
    assert document.core_properties.title.endswith("annual submission 2022")


# --------------------------------------------------------------------------- drafted sentences


def test_the_seed_sentences_are_drafted_exactly_and_said_once(etcip) -> None:
    document, _, _ = etcip
    text = body_text(document)
    mandate = " ".join(
        p.text for p in section(document, "Mandate, primary objectives and composition")
    )
    assert tie(f"{CHAIRMANSHIP} {NO_MEMBERSHIP_CHANGES} {TOR}") in mandate
    assert (
        NO_MEMBERSHIP_CHANGES
        == "There have been no changes to report in terms of the working group\u2019s membership."
    )
    # The demo's mandate narrative repeats these sentences word for word: not twice.
    assert text.count(CHAIRMANSHIP) == 1
    assert text.count(tie(TOR)) == 1


def test_the_meetings_sentence_counts_the_demo_meetings(etcip, demo_doc) -> None:
    document, _, _ = etcip
    kinds = Counter(
        m["kind"]
        for m in demo_doc["meetings"]
        if m["group"] == "ETCIP" and m["start"].startswith("2022")
    )
    assert kinds == {"regular": 4, "in_focus": 1}
    expected = (
        "In 2022, the working group held five meetings "
        "(four regular quarterly meetings and one in-focus discussion)."
    )
    coordination = section(document, "Coordination and coherence")
    assert coordination[0].text == expected


def test_the_meetings_are_listed_with_dates_and_topics(etcip, demo_doc) -> None:
    document, _, _ = etcip
    items = [
        p for p in section(document, "Coordination and coherence") if p.style.name == "List Bullet"
    ]
    dates = [p.text.split(". ")[0] for p in items]
    assert dates == [
        tie(d)
        for d in (
            "16 March 2022",
            "22 June 2022",
            "28 September 2022",
            "9 November 2022",
            "14 December 2022",
        )
    ]
    third = items[2].text
    assert third.startswith(
        tie(
            "28 September 2022. Third-quarter regular meeting, held in hybrid format "
            "(OPCW Headquarters, The Hague). Topics: CBRN preparedness"
        )
    )
    assert items[2].runs[0].bold  # the date leads in bold
    # Standing items are not topics.
    assert "Any other business" not in third and "updates from members" not in third.lower()


def test_composition_lines(etcip) -> None:
    document, _, _ = etcip
    lines = [p.text for p in section(document, "Mandate, primary objectives and composition")]
    # The Chair is in the chairmanship sentence; a "Chair:" line would say it twice.
    assert not [line for line in lines if line.startswith("Chair:")]
    assert "Vice-Chair: UNOCT" in lines
    assert "Observers: OCHA and WCO" in lines
    members = next(line for line in lines if line.startswith("Members: "))
    assert members.startswith("Members: CTED, DSS, IAEA") and members.endswith("UNODC and WHO")
    assert any(
        line.startswith(
            "The primary objectives of the working group are to implement the four tasks"
        )
        for line in lines
    )


def test_membership_changes_replace_the_no_changes_sentence(demo) -> None:
    with demo.read() as session:
        document = build_submission(session, group_id(demo, "CJLR"), 2022, today=AFTER_2022)
    text = body_text(document)
    assert tie("FATF and UNITAD joined the working group as members on 1 April 2022.") in text
    assert NO_MEMBERSHIP_CHANGES not in text


def test_figures_with_nothing_to_show_are_said_in_a_sentence(demo) -> None:
    with demo.read() as session:
        document = build_submission(session, group_id(demo, "BMLE"), 2022, today=AFTER_2022)
    text = body_text(document)
    # One Chair all year: the sentence says it, with no "Chair:" line and no figure.
    assert "Throughout 2022, the Chairmanship of the working group was held by CTED." in text
    assert "Chair: CTED" not in text
    # One regular meeting a quarter: four equal bars would show nothing more than this.
    assert "It held one regular quarterly meeting in each quarter." in text
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert not [c for c in captions if "Meetings" in c or "Chairmanship" in c]
    assert [c for c in captions if c.startswith("Figure")] and len(document.inline_shapes) == len(
        [c for c in captions if c.startswith("Figure")]
    )


def test_terms_of_reference_sentence_variants(demo) -> None:
    with demo.read() as session:
        data = submission_data(session, group_id(demo, "ETCIP"), 2022, today=AFTER_2022)
    assert tor_text(data) == TOR
    group = data.group
    same_day = replace(
        data, group=replace(group, tor_revised=date(2022, 5, 3), tor_submitted=date(2022, 5, 3))
    )
    assert tor_text(same_day) == (
        "The Terms of Reference were revised and submitted to the Counter-Terrorism Compact "
        "Coordination Committee on 3 May 2022."
    )
    reviewed_only = replace(
        data, group=replace(group, tor_revised=date(2019, 2, 1), tor_submitted=None)
    )
    assert (
        tor_text(reviewed_only)
        == "The Terms of Reference have not been revised since their latest review on 1 February 2019."
    )
    assert (
        tor_text(replace(data, group=replace(group, tor_revised=None, tor_submitted=None))) is None
    )
    other = replace(data, committee="Coordination Committee")
    assert tor_text(other).endswith("submission to the Coordination Committee on 11 December 2020.")


def test_the_committee_is_a_setting(demo) -> None:
    with demo.read() as session:
        document = build_submission(
            session,
            group_id(demo, "ETCIP"),
            2022,
            today=AFTER_2022,
            committee="Global Compact Coordination Committee",
        )
    assert tie(
        "submission to the Global Compact Coordination Committee on 11 December 2020."
    ) in body_text(document)


def test_meetings_still_to_come_are_not_counted_as_held(demo) -> None:
    with demo.read() as session:
        data = submission_data(session, group_id(demo, "ETCIP"), 2022, today=date(2022, 11, 1))
    assert meetings_text(data) == (
        "In 2022, the working group held three regular quarterly meetings. "
        "Two further meetings are scheduled, on 9 November 2022 and 14 December 2022."
    )


# --------------------------------------------------------------------------- work plan


def activity_table(document):
    return next(
        t
        for t in document.tables
        if [c.text for c in t.rows[0].cells] == ["Code", "Activity", "Lead", "Status", "Progress"]
    )


def test_the_activity_table_lists_every_activity_by_output(etcip, demo_doc) -> None:
    document, _, _ = etcip
    table = activity_table(document)
    rows = [[c.text for c in row.cells] for row in table.rows[1:]]
    plan = next(w for w in demo_doc["work_plans"] if w["group"] == "ETCIP")
    expected_codes = []
    for output in plan["outputs"]:
        expected_codes.append(f"Output {output['code']}. {output['title']}")
        expected_codes += [a["code"] for a in output["activities"]]
    # an output's row spans the table: every cell of it reads the same
    assert [row[0] for row in rows] == expected_codes
    by_code = {row[0]: row for row in rows}
    descriptions = {
        a["code"]: a.get("description") for o in plan["outputs"] for a in o["activities"]
    }
    # The activity's description reaches the document, in italics under its title.
    assert by_code["A1"] == [
        "A1",
        "Contribution to the 2022 update of the UN Compendium of good practices on the protection "
        f"of critical infrastructure against terrorist attacks\n{descriptions['A1']}",
        "UNOCT",
        "Completed",
        "2022 update launched.",
    ]
    description_run = table.rows[2].cells[1].paragraphs[1].runs[0]
    assert description_run.text == descriptions["A1"] and description_run.italic
    assert by_code["A3"] == [
        "A3",
        f"Briefing series on soft target protection\n{descriptions['A3']}",
        "UNICRI",
        "In progress (70%)",
        "Third briefing held; fourth moved to 2023.",
    ]
    assert by_code["B3"][2] == "UNICRI and UNOCT"
    assert by_code["C2"][3] == "Delayed (30%)"
    assert (
        "Output A. Task 1: Protection of critical infrastructure and vulnerable targets" in by_code
    )


def test_the_work_plan_is_summed_up_in_a_sentence(etcip) -> None:
    document, _, _ = etcip
    first = section(document, "Implementation of the work plan")[0].text
    assert first == (
        "The working group\u2019s work plan for 2021\u20132022 comprises four outputs and 12 activities. "
        "Of these, six have been completed, four are in progress, one is delayed and one has not started."
    )


def test_the_charts_are_pictures_with_captions(etcip) -> None:
    document, _, _ = etcip
    shapes = document.inline_shapes
    assert len(shapes) == 5
    for shape in shapes:
        rid = shape._inline.graphic.graphicData.pic.blipFill.blip.embed
        image = document.part.related_parts[rid].image
        assert image.content_type == "image/png"
        assert image.horz_dpi == 200
        assert 10 <= shape.width.cm <= 16.1  # within the text width of A4 with 2.5 cm margins
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    # No chairmanship figure (the sentence says it); the timeline, taller than a third of a
    # page, comes in parts of whole outputs.
    assert captions == [
        "Figure 1. Meetings of the working group in 2022, by quarter and kind",
        "Table 1. Activities of the 2021\u20132022 work plan, by output",
        "Figure 2. Status of the activities of the 2021\u20132022 work plan, by output",
        "Figure 3. Timeline of the 2021\u20132022 work plan: output A",
        "Figure 4. Timeline of the 2021\u20132022 work plan: output B",
        "Figure 5. Timeline of the 2021\u20132022 work plan: outputs C\u2013D",
    ]


def test_open_items_are_offered_where_the_chair_wrote_nothing(etcip) -> None:
    document, _, notes = etcip
    challenges = [p.text for p in section(document, "Challenges")]
    assert challenges[0] == tie(
        "The following activities were delayed or not completed by their due date, as at 31 December 2022:"
    )
    assert (
        tie(
            "C2 Joint tabletop exercise on a chemical terrorism scenario (lead: OPCW; due 30 November 2022; "
            "delayed, 30 per cent)."
        )
        in challenges
    )
    assert not any(line.startswith("A1 ") for line in challenges)  # completed
    priorities = [p.text for p in section(document, "Priorities for 2023")]
    assert priorities == [
        tie(line)
        for line in (
            "The following action items remain open and will be taken forward in 2023:",
            "Propose 2023 dates for the tabletop exercise (OPCW; due 15 February 2023).",
            "Finalize the UAS mapping (UNICRI; due 31 March 2023).",
        )
    ]
    assert any(n.startswith("Challenges: no text of the chair's for 2022 yet") for n in notes)


def test_repeated_sentences_are_dropped_but_the_rest_of_the_narrative_is_kept() -> None:
    facts = [
        "Throughout 2022, the Chairmanship was held by A. Nothing changed in terms of the group's membership."
    ]
    narrative = (
        "Throughout 2022, the Chairmanship was held by A. Nothing changed in terms of the group\u2019s membership. "
        "The group also met donors.\n\n- First point.\n- Throughout 2022, the Chairmanship was held by A."
    )
    assert without_repeats(narrative, facts) == "The group also met donors.\n\n- First point."


def test_narrative_paragraphs_and_bullets_become_paragraphs_and_list_items(demo) -> None:
    with demo.read() as session:
        document = build_submission(session, group_id(demo, "NARS"), 2022, today=AFTER_2022)
    lessons = section(document, "Lessons learned and good practices")
    assert lessons[0].text == "Lessons learned and good practices include:"
    assert [p.style.name for p in lessons[1:3]] == ["List Bullet", "List Bullet"]
    assert lessons[1].text.startswith("First, the strategy has to address multiple measures")


# --------------------------------------------------------------------------- templates


def test_the_default_template_defines_every_style_the_export_uses() -> None:
    template = docx.Document(str(default_template()))
    names = {s.name for s in template.styles}
    assert set(USED_STYLES) <= names
    section_ = template.sections[0]
    assert (round(section_.page_width.cm, 1), round(section_.page_height.cm, 1)) == (
        21.0,
        29.7,
    )  # A4
    assert template.styles["Normal"].font.name == "Times New Roman"
    assert template.styles["Heading 1"].font.name == "Arial"


def distinctive_template(path: Path) -> Path:
    template = docx.Document()
    heading = template.styles["Heading 1"]
    heading.font.name = "Courier New"
    heading.font.color.rgb = RGBColor(0x8B, 0x00, 0x8B)
    template.add_paragraph("The secretariat's sample text, which must not reach the submission.")
    template.save(str(path))
    return path


def test_a_supplied_template_gives_its_styles(demo, tmp_path) -> None:
    template = distinctive_template(tmp_path / "secretariat.docx")
    warnings: list[str] = []
    with demo.read() as session:
        document = build_submission(
            session, group_id(demo, "ETCIP"), 2022, template, today=AFTER_2022, warnings=warnings
        )
    assert warnings == []
    heading = document.styles["Heading 1"]
    assert heading.font.name == "Courier New"
    assert heading.font.color.rgb == RGBColor(0x8B, 0x00, 0x8B)
    first_heading = next(p for p in document.paragraphs if p.text == "Coordination and coherence")
    assert first_heading.style.name == "Heading 1"
    assert "secretariat's sample text" not in body_text(document)
    # python-docx's own default page is US Letter: the template's page set-up is kept too.
    assert round(document.sections[0].page_width.cm, 2) == 21.59


def without_styles(source: Path, target: Path, names: set[str]) -> Path:
    template = docx.Document(str(source))
    root = template.styles.element
    for style in list(
        root.findall("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}style")
    ):
        name = style.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}name")
        if (
            name is not None
            and name.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val")
            in names
        ):
            root.remove(style)
    template.save(str(target))
    return target


def test_a_template_missing_styles_still_works_and_warns(demo, tmp_path) -> None:
    template = without_styles(
        default_template(), tmp_path / "thin.docx", {"caption", "List Bullet", "heading 2"}
    )  # as styles.xml spells them
    warnings: list[str] = []
    with demo.read() as session:
        document = build_submission(
            session, group_id(demo, "ETCIP"), 2022, template, today=AFTER_2022, warnings=warnings
        )
    assert len(warnings) == 3
    assert any('no "Caption" style' in w and '"thin.docx"' in w for w in warnings)
    assert any('no "List Bullet" style' in w for w in warnings)
    assert any(
        'no "Heading 2" style; one was made from its own "Heading 1" style' in w for w in warnings
    )
    # The styles are made in the template (tests/reports/test_templates.py checks their look).
    assert [p.text for p in document.paragraphs if p.style.name == "Caption"][0].startswith(
        "Figure 1."
    )
    assert (2, "Challenges") in headings(document)
    bullets = [
        p for p in section(document, "Coordination and coherence") if p.style.name == "List Bullet"
    ]
    assert len(bullets) == 5 and not any(p.text.startswith("\u2022") for p in bullets)


def test_a_word_template_file_is_accepted(demo, tmp_path) -> None:
    source = distinctive_template(tmp_path / "secretariat.docx")
    dotx = tmp_path / "secretariat.dotx"
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(dotx, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"document.main+xml", b"template.main+xml")
            dst.writestr(item, data)
    with demo.read() as session:
        document = build_submission(session, group_id(demo, "ETCIP"), 2022, dotx, today=AFTER_2022)
    assert document.styles["Heading 1"].font.name == "Courier New"


@pytest.mark.parametrize("content", [b"just some text\n", b"PK\x03\x04 not really a zip", None])
def test_a_file_that_is_not_a_docx_is_a_clear_error(demo, tmp_path, content) -> None:
    bad = tmp_path / "notes.docx"
    if content is None:  # a real zip, but not a Word document
        with zipfile.ZipFile(bad, "w") as archive:
            archive.writestr("hello.txt", "hi")
    else:
        bad.write_bytes(content)
    with demo.read() as session, pytest.raises(ReportError) as error:
        build_submission(session, group_id(demo, "ETCIP"), 2022, bad)
    assert str(bad) in str(error.value)
    assert "not a Word document" in str(error.value)


def test_a_missing_template_is_a_clear_error(demo, tmp_path) -> None:
    with demo.read() as session, pytest.raises(ReportError, match="no such template file"):
        build_submission(session, group_id(demo, "ETCIP"), 2022, tmp_path / "gone.docx")


def test_other_languages_are_refused_clearly(demo) -> None:
    with demo.read() as session, pytest.raises(ReportError, match="'es' are not available yet"):
        build_submission(session, group_id(demo, "ETCIP"), 2022, language="es")


# --------------------------------------------------------------------------- writing


def test_write_submission_saves_a_whole_file_and_nothing_else(demo, tmp_path) -> None:
    target = tmp_path / "out" / "ETCIP 2022.docx"
    with demo.read() as session:
        result = write_submission(session, group_id(demo, "ETCIP"), 2022, target, today=AFTER_2022)
    assert result.path == target and result.warnings == []
    assert docx.Document(str(target)).paragraphs[0].text.endswith("(ETCIP)")
    assert [p.name for p in target.parent.iterdir()] == ["ETCIP 2022.docx"]


def test_a_failed_export_leaves_the_previous_file_untouched(demo, tmp_path) -> None:
    target = tmp_path / "submission.docx"
    target.write_bytes(b"last week's version")
    bad = tmp_path / "bad.docx"
    bad.write_text("not a document", "utf-8")
    with demo.read() as session, pytest.raises(ReportError):
        write_submission(session, group_id(demo, "ETCIP"), 2022, target, bad)
    assert target.read_bytes() == b"last week's version"
    blocked = tmp_path / "a-file"
    blocked.write_text("x", "utf-8")
    with demo.read() as session, pytest.raises(ReportError, match="cannot write"):
        write_submission(
            session, group_id(demo, "ETCIP"), 2022, blocked / "sub.docx", today=AFTER_2022
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "bad.docx", "submission.docx"]


def test_deleted_records_stay_out_of_the_submission(workspace) -> None:
    with workspace.transaction() as session:
        load_demo(session)
        narrative = session.scalars(
            select(Narrative)
            .where(Narrative.section == NarrativeSection.CAPACITY_BUILDING)
            .where(Narrative.group_id == group_by_acronym(session, "ETCIP").id)
        ).one()
        narrative.deleted = True
    with workspace.read() as session:
        document = build_submission(session, group_id(workspace, "ETCIP"), 2022, today=AFTER_2022)
    assert "Technical assistance and capacity-building" not in [t for _, t in headings(document)]


def test_charts_close_a_section_that_has_the_chairs_text(demo) -> None:
    with demo.read() as session:
        document = build_submission(session, group_id(demo, "GSA"), 2022, today=AFTER_2022)
    coordination = section(document, "Coordination and coherence")
    styles = [p.style.name for p in coordination]
    assert styles[-1] == "Caption" and coordination[-1].text.startswith("Figure 1. Meetings")
    narrative = next(
        i for i, p in enumerate(coordination) if p.text.startswith("Furthermore, the working group")
    )
    picture = next(i for i, p in enumerate(coordination) if p._p.xpath(".//pic:pic"))
    assert narrative < picture


def test_the_chairs_concluding_paragraph_opens_the_concluding_chapter(workspace) -> None:
    with workspace.transaction() as session:
        load_demo(session)
        group = group_by_acronym(session, "ETCIP")
        session.add(
            Narrative(
                group_id=group.id,
                year=2022,
                section=NarrativeSection.CONCLUDING,
                text="The working group closed its second work plan with most tasks done.",
            )
        )
    with workspace.read() as session:
        document = build_submission(session, group_id(workspace, "ETCIP"), 2022, today=AFTER_2022)
    texts = [p.text for p in document.paragraphs]
    chapter = texts.index("Concluding observations and way forward")
    assert (
        texts[chapter + 1] == "The working group closed its second work plan with most tasks done."
    )
    assert texts[chapter + 2] == "Challenges"


def test_agenda_topics_keep_the_capitals_they_were_written_with(workspace) -> None:
    with workspace.transaction() as session:
        load_demo(session)
        meeting = session.scalars(
            select(Meeting)
            .where(Meeting.group_id == group_by_acronym(session, "HRRL").id)
            .order_by(Meeting.start)
        ).first()
        for position, title in (
            ("x1", "Special Rapporteur's country visit"),
            ("x2", "Model Legislative Provisions"),
            ("x3", "Support to victims of terrorism"),
        ):
            session.add(
                AgendaItem(meeting_id=meeting.id, position=position, title=title, minutes=10)
            )
    with workspace.read() as session:
        document = build_submission(session, group_id(workspace, "HRRL"), 2022, today=AFTER_2022)
    line = next(
        p.text for p in section(document, "Coordination and coherence") if "Rapporteur" in p.text
    )
    assert (
        "Special Rapporteur's country visit; Model Legislative Provisions; Support to victims of terrorism"
        in line
    )
    assert "special Rapporteur" not in line and "model Legislative" not in line
