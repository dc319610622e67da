"""The secretariat's Year in Review, read back as its readers (and Word) would."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from docx.oxml.ns import qn

from chairdesk.domain.vocabulary import MeetingKind
from chairdesk.reports.review import build_review
from chairdesk.reports.review_phrases import FrenchReviewWords, ReviewWords, review_words
from chairdesk.reports.submission import build_submission
from chairdesk.store.database import open_workspace
from chairdesk.store.demo import load_demo
from chairdesk.store.interchange import import_workspace, parse_workspace
from chairdesk.store.queries import group_by_acronym
from tests.reports.demo_groups import SEED_ORDER, demo_with

AFTER_2022 = date(2023, 1, 20)
SEED_SENTENCE = (
    "During the reporting period, the eight Counter-Terrorism Compact working groups held 37 meetings "
    "(32 regular quarterly meetings and five in-focus discussions)."
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("secretariat")
    ws = open_workspace(folder / "workspace.sqlite3", folder / "backups")
    with ws.transaction() as session:
        load_demo(session)
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def review(demo):
    notes: list[str] = []
    with demo.read() as session:
        document = build_review(session, 2022, today=AFTER_2022, notes=notes)
    return document, notes


def headings(document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def between(document, first: str, stop_level: int = 1) -> list:
    """The paragraphs after the heading ``first`` up to the next heading of ``stop_level`` or above."""
    found, inside = [], False
    for p in document.paragraphs:
        level = int(p.style.name[-1]) if p.style.name.startswith("Heading ") else None
        if inside and level is not None and level <= stop_level:
            break
        if inside:
            found.append(p)
        if p.text == first and level is not None:
            inside = True
    return found


# --------------------------------------------------------------------------- key deliverables


def test_key_deliverables_open_with_the_seeds_sentence(review) -> None:
    document, _ = review
    texts = [p.text for p in between(document, "Key deliverables in 2022")]
    assert texts[0] == SEED_SENTENCE
    assert texts[1] == "The working groups also held four briefings."
    assert texts[2] == "The working group meetings included:"


def test_the_topics_are_each_listed_once(review) -> None:
    document, _ = review
    items = [
        p.text
        for p in between(document, "Key deliverables in 2022")
        if p.style.name == "List Bullet"
    ]
    assert len(items) == 8  # one per group, its topics run together as the seed's bullets are
    # The topics keep the capitals they were written with, as the seed's own list does.
    assert items[0].startswith(
        "Progress on the joint mapping of PCVE work; Pilot support to PVE national"
    )
    topics = [t.strip(" ;.").casefold() for item in items for t in item.split("; ")]
    assert (
        "the increasing terrorist threat in parts of africa" in topics
    )  # an in-focus discussion's subject
    assert "launch of the technical guidelines on security council resolution 2370 (2017)" in topics
    # PCVE took up the guidance note at two meetings; "Any other business" at every one.
    assert topics.count("guidance note on pcve in cooperation frameworks") == 1
    assert not any(
        t.lower().startswith(("any other business", "updates from", "opening")) for t in topics
    )
    assert all(i.endswith(";") for i in items[:-1]) and items[-1].endswith(".")
    assert all(i[0].isupper() or i[0].isdigit() for i in items)
    # Briefings are not the groups' meetings: their agenda is not in the list.
    assert not any("Joint presentation of projects" in i for i in items)


def test_a_topic_two_groups_took_up_is_listed_under_the_first() -> None:
    assert ReviewWords().topic_items(
        [["Resource mobilization", "monitoring and evaluation"], ["border security"]]
    ) == ["Resource mobilization; monitoring and evaluation;", "Border security."]
    assert FrenchReviewWords().topic_items(
        [["mobilisation des ressources"], ["sécurité des frontières"]]
    ) == ["Mobilisation des ressources\u00a0;", "Sécurité des frontières."]


def test_one_compact_wide_chart(review) -> None:
    document, _ = review
    part = between(document, "Key deliverables in 2022")
    pictures = [p for p in part if p._p.xpath(".//w:drawing")]
    assert len(pictures) == 1
    assert "Figure 1. Meetings of the working groups in 2022, by working group and kind" in [
        p.text for p in part
    ]


# --------------------------------------------------------------------------- structure


def test_chapters_in_the_seeds_order_between_the_opening_and_the_annexes(review) -> None:
    document, _ = review
    chapters = headings(document, 1)
    assert chapters[:2] == [
        "Key deliverables in 2022",
        "Progress in the work of the Counter-Terrorism Compact working groups",
    ]
    assert [re.search(r"\((\w+)\)$", c).group(1) for c in chapters[2:10]] == list(SEED_ORDER)
    assert chapters[10:] == [
        "Annex I: Abbreviations",
        "Annex II: Working group structure and composition in 2022",
    ]


def test_a_chapter_is_the_groups_submission_one_level_down(review, demo) -> None:
    document, _ = review
    with demo.read() as session:
        submission = build_submission(
            session, group_by_acronym(session, "ETCIP").id, 2022, today=AFTER_2022
        )
    chapter_heading = next(h for h in headings(document, 1) if h.endswith("(ETCIP)"))
    chapter = between(document, chapter_heading)

    def shape(paragraphs, deeper: int) -> list[tuple[str, str]]:
        out = []
        for p in paragraphs:
            style = p.style.name
            if style.startswith("Heading "):
                style = f"Heading {int(style[-1]) - deeper}"
            # Figures and tables are numbered through the whole review.
            out.append((style, re.sub(r"^(Figure|Table) \d+\.", r"\1 N.", p.text)))
        return out

    body = [p for p in submission.paragraphs if p.style.name not in ("Title", "Subtitle")]
    assert shape(chapter, 1) == shape(body, 0)
    assert "Mandate, primary objectives and composition" in headings(document, 2)
    assert "Priorities for 2023" in headings(document, 3)


def test_a_table_of_contents_field_already_listing_the_chapters(review) -> None:
    document, _ = review
    body = document.element.body
    instructions = [t.text for t in body.iter(qn("w:instrText"))]
    assert any(re.fullmatch(r'\s*TOC \\o "1-1" \\h \\z \\u\s*', i) for i in instructions)
    begin = next(c for c in body.iter(qn("w:fldChar")) if c.get(qn("w:fldCharType")) == "begin")
    assert begin.get(qn("w:dirty")) == "true"  # Word refreshes it (page numbers) on opening
    entries = [p.text for p in document.paragraphs if p.style.name.casefold() == "toc 1"]
    assert entries == headings(document, 1)
    # Each entry links to a bookmark on its heading.
    anchors = [h.get(qn("w:anchor")) for h in body.iter(qn("w:hyperlink"))]
    bookmarks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    assert anchors and set(anchors) <= bookmarks


def test_annex_ii_lists_every_group_with_its_chair(review) -> None:
    document, _ = review
    annex = between(document, "Annex II: Working group structure and composition in 2022")
    texts = [p.text for p in annex]
    groups = [p.text for p in annex if p.style.name == "Heading 3"]
    assert [re.search(r"\((\w+)\)$", g).group(1) for g in groups] == list(SEED_ORDER)
    assert [p.text for p in annex if p.style.name == "Heading 2"] == [
        "Pillar I",
        "Pillar II",
        "Pillar III",
        "Pillar IV",
    ]
    for group in groups:
        assert texts[texts.index(group) + 1].startswith("Chair: ")
    assert "Chair: UNICRI (Q1\u2013Q2), OPCW (Q3) and INTERPOL (Q4)" in texts


def test_annex_i_abbreviates_the_entities_named(review) -> None:
    document, _ = review
    table = next(t for t in document.tables if t.rows[0].cells[0].text == "Acronym")
    rows = {row.cells[0].text: row.cells[1].text for row in table.rows[1:]}
    assert rows["UNOCT"] == "United Nations Office of Counter-Terrorism"
    assert {"CTED", "INTERPOL", "OPCW", "UNICRI", "UN Women"} <= set(rows)
    order = headings(document, 1)
    assert order.index("Annex I: Abbreviations") < order.index(
        "Annex II: Working group structure and composition in 2022"
    )


def test_the_export_notes_what_each_chapter_left_out(review) -> None:
    _, notes = review
    assert (
        "ETCIP: Research and analysis: nothing recorded for 2022; the section is left out." in notes
    )


# --------------------------------------------------------------------------- submissions missing


@pytest.fixture(scope="module")
def partial(tmp_path_factory):
    """ETCIP and GSA received; NARS set up but nothing of its 2022 received."""
    folder = tmp_path_factory.mktemp("partial")
    ws = open_workspace(folder / "workspace.sqlite3", folder / "backups")
    doc = demo_with({"ETCIP", "GSA", "NARS"})
    doc["meetings"] = [m for m in doc["meetings"] if m["group"] != "NARS"]
    doc["narratives"] = [n for n in doc["narratives"] if n["group"] != "NARS"]
    with ws.transaction() as session:
        import_workspace(session, parse_workspace(json.dumps(doc).encode()))
    with ws.read() as session:
        document = build_review(session, 2022, today=AFTER_2022)
    ws.close()
    return document


def test_a_group_with_nothing_received_is_named_never_left_out(partial) -> None:
    texts = [
        p.text
        for p in between(
            partial, "Progress in the work of the Counter-Terrorism Compact working groups"
        )
    ]
    assert texts[0] == (
        "The 2022 submission of the Working Group on National and Regional Counter-Terrorism "
        "Strategies (NARS) has not been received yet; its chapter is left out."
    )
    assert [h for h in headings(partial, 1) if h.endswith(")")] == [
        "Working Group on Emerging Threats and Critical Infrastructure Protection (ETCIP)",
        "Working Group on Adopting a Gender Sensitive Approach to Preventing and Countering Terrorism (GSA)",
    ]
    key = [p.text for p in between(partial, "Key deliverables in 2022")]
    assert key[0] == (
        "During the reporting period, the two Counter-Terrorism Compact working groups whose "
        "submissions were received held 10 meetings (eight regular quarterly meetings and two "
        "in-focus discussions)."
    )
    assert not any("also held" in t for t in key)  # no briefings among them
    # Annex II still lists NARS (its composition is known).
    assert any(p.text.endswith("(NARS)") for p in partial.paragraphs if p.style.name == "Heading 3")


def test_a_year_with_nothing_received_says_so(demo) -> None:
    with demo.read() as session:
        document = build_review(session, 2031, today=date(2032, 1, 10))
    assert [p.text for p in between(document, "Key deliverables in 2031")] == [
        "No working group\u2019s submission for 2031 has been received yet."
    ]
    progress = [
        p.text
        for p in between(
            document, "Progress in the work of the Counter-Terrorism Compact working groups"
        )
    ]
    assert progress[0].startswith("The 2031 submissions of the Working Group on Preventing")
    assert progress[0].endswith("have not been received yet; their chapters are left out.")


# --------------------------------------------------------------------------- wording


@pytest.mark.parametrize(
    ("groups", "all_received", "counts", "expected"),
    [
        (
            1,
            True,
            {MeetingKind.REGULAR: 4, MeetingKind.IN_FOCUS: 1},
            "During the reporting period, the Counter-Terrorism Compact working group held five meetings "
            "(four regular quarterly meetings and one in-focus discussion).",
        ),
        (
            1,
            False,
            {MeetingKind.REGULAR: 1},
            "During the reporting period, the one Counter-Terrorism Compact working group "
            "whose submission was received held one meeting (one regular quarterly meeting).",
        ),
        (
            12,
            True,
            {MeetingKind.REGULAR: 48},
            "During the reporting period, the 12 Counter-Terrorism Compact working groups held 48 regular quarterly "
            "meetings.",
        ),
        (
            3,
            True,
            {},
            "During the reporting period, the three Counter-Terrorism Compact working groups held no meetings.",
        ),
    ],
)
def test_the_compact_wide_sentence_agrees_in_number(groups, all_received, counts, expected) -> None:
    assert (
        ReviewWords().meetings_sentence("Counter-Terrorism Compact", groups, all_received, counts)
        == expected
    )


def test_the_other_meetings_in_words() -> None:
    counts = {MeetingKind.SPECIAL: 1, MeetingKind.BRIEFING: 4, MeetingKind.WORKSHOP: 2}
    assert ReviewWords().other_meetings_sentence(8, counts) == (
        "The working groups also held one special meeting, four briefings and two workshops."
    )
    assert FrenchReviewWords().other_meetings_sentence(8, counts) == (
        "Les groupes de travail ont également tenu une réunion extraordinaire, quatre séances d\u2019information "
        "et deux ateliers."
    )


def test_every_review_phrase_has_a_french_version() -> None:
    english = {name for name in vars(ReviewWords) if not name.startswith("__")} - {
        "base"
    }  # follows `language`
    missing = english - set(vars(FrenchReviewWords))
    assert not missing, f"no French for: {sorted(missing)}"
    with pytest.raises(ValueError, match="'de' are not available yet"):
        review_words("de")


def test_the_review_in_french(demo) -> None:
    notes: list[str] = []
    with demo.read() as session:
        document = build_review(session, 2022, today=AFTER_2022, language="fr", notes=notes)
    # The groups' French names head their chapters; what the export says is worded in French too.
    assert (
        "Groupe de travail sur les menaces émergentes et la protection des infrastructures critiques (ETCIP)"
        in headings(document, 1)
    )
    assert (
        "ETCIP\u00a0: Recherche et analyse\u00a0: rien n\u2019est enregistré pour 2022\u00a0; la section "
        "est omise."
    ) in [note.worded("fr") for note in notes]
    assert document.paragraphs[0].text == "Bilan de l\u2019année 2022"
    key = [p.text for p in between(document, "Principales réalisations en 2022")]
    assert key[0] == (
        "Au cours de la période considérée, les huit groupes de travail du Pacte mondial de coordination contre "
        "le terrorisme ont tenu 37 réunions (32 réunions trimestrielles ordinaires et cinq discussions "
        "thématiques)."
    )
    assert key[1] == "Les groupes de travail ont également tenu quatre séances d\u2019information."
    assert (
        key[2]
        == "Les réunions des groupes de travail ont notamment porté sur les thèmes suivants\u00a0:"
    )
    assert "Mandat, objectifs principaux et composition" in headings(document, 2)
    assert headings(document, 1)[-2:] == [
        "Annexe I\u00a0: Abréviations",
        "Annexe II\u00a0: Structure et composition des groupes de travail en 2022",
    ]
    assert "Table des matières" in [p.text for p in document.paragraphs]


def test_a_framework_of_ones_own(demo) -> None:
    with demo.read() as session:
        document = build_review(
            session, 2022, today=AFTER_2022, framework="Regional Coordination Platform"
        )
    assert "Progress in the work of the Regional Coordination Platform working groups" in headings(
        document, 1
    )
    assert any(
        p.text.startswith(
            "During the reporting period, the eight Regional Coordination Platform working "
            "groups held"
        )
        for p in document.paragraphs
    )


def test_a_groups_chapter_order_follows_the_workspace_not_the_acronyms(tmp_path) -> None:
    # Set up in the seed's order (RMME before NARS, HRRL before GSA): chapters follow it.
    ws = open_workspace(tmp_path / "w.sqlite3", tmp_path / "b")
    with ws.transaction() as session:
        import_workspace(
            session,
            parse_workspace(json.dumps(demo_with({"RMME", "NARS", "HRRL", "GSA"})).encode()),
        )
    from chairdesk.reports.review_data import review_groups

    with ws.read() as session:
        assert [g.acronym for g in review_groups(session)] == ["RMME", "NARS", "HRRL", "GSA"]
    ws.close()
