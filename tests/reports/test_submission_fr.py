"""Documents in French: the fixed wording translated, what people wrote exported as written.

Read back with python-docx as the secretariat's French unit would read them.
"""

from __future__ import annotations

from datetime import date

import docx
import pytest
from sqlalchemy import select

from chairdesk.cli import main
from chairdesk.domain.typography import tie
from chairdesk.domain.vocabulary import NarrativeSection
from chairdesk.reports.documents import build_agenda, build_annex, build_handover, build_minutes
from chairdesk.reports.phrases import FrenchPhrases, Phrases, phrases
from chairdesk.reports.submission import (
    build_submission,
    draft_sections,
    section_headings,
    submission_data,
    write_submission,
)
from chairdesk.store.database import open_workspace
from chairdesk.store.demo import load_demo
from chairdesk.store.models import Meeting, Narrative
from chairdesk.store.queries import group_by_acronym
from tests.reports.test_submission import AFTER_2022, CHAIRMANSHIP, body_text, headings, section

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
NBSP = "\u00a0"

CHAIRMANSHIP_FR = (
    "Tout au long de 2022, la présidence du groupe de travail a été assurée par UNICRI aux premier et "
    "deuxième trimestres, par OPCW au troisième trimestre et par INTERPOL au quatrième trimestre."
)
MEETINGS_FR = (
    "En 2022, le groupe de travail a tenu cinq réunions (quatre réunions trimestrielles ordinaires et "
    "une discussion thématique)."
)
TOR_FR = (
    "Le cadre de référence n\u2019a pas été révisé depuis son dernier examen et sa présentation au Comité de "
    "coordination du Pacte mondial de coordination contre le terrorisme le 11 décembre 2020."
)
# The demo's capacity-building narrative, written in English by the chair.
NARRATIVE = (
    "The working group\u2019s Work Plan identified four tasks to be implemented "
    "over the course of 2021 and 2022."
)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    ws = open_workspace(folder / "workspace.sqlite3", folder / "backups")
    with ws.transaction() as session:
        load_demo(session)
    yield ws
    ws.close()


def group_id(ws, acronym: str) -> str:
    with ws.read() as session:
        return group_by_acronym(session, acronym).id


@pytest.fixture(scope="module")
def etcip_fr(demo, tmp_path_factory):
    """The demo's ETCIP submission for 2022 in French, saved and opened again."""
    target = tmp_path_factory.mktemp("fr") / "ETCIP 2022 fr.docx"
    with demo.read() as session:
        result = write_submission(
            session, group_id(demo, "ETCIP"), 2022, target, language="fr", today=AFTER_2022
        )
    return docx.Document(str(result.path)), result


# --------------------------------------------------------------------------- the submission


def test_french_headings_follow_the_secretariat_order(etcip_fr) -> None:
    document, result = etcip_fr
    assert headings(document) == [
        (1, "Mandat, objectifs principaux et composition"),
        (1, "Coordination et cohérence"),
        (1, "Assistance technique et renforcement des capacités"),
        (1, "Mise en œuvre du plan de travail"),
        (1, "Observations finales et perspectives"),
        (2, "Difficultés"),
        (2, "Priorités pour 2023"),
    ]
    assert result.warnings == []


def test_the_drafted_sentences_are_in_french(etcip_fr) -> None:
    document, _ = etcip_fr
    mandate = " ".join(
        p.text for p in section(document, "Mandat, objectifs principaux et composition")
    )
    assert CHAIRMANSHIP_FR in mandate
    assert (
        "Aucun changement n\u2019est à signaler en ce qui concerne la composition du groupe de travail."
        in mandate
    )
    assert tie(TOR_FR, "fr") in mandate
    assert (
        f"Présidence{NBSP}:" not in mandate
    )  # the sentence names the Chair; no label line says it again
    coordination = [p.text for p in section(document, "Coordination et cohérence")]
    assert coordination[0] == MEETINGS_FR
    # The meeting is named in French (its kind), not by its English title.
    assert coordination[1].startswith(
        f"16{NBSP}mars 2022. Réunion trimestrielle ordinaire, en format virtuel. Thèmes{NBSP}: "
    )
    work_plan = " ".join(p.text for p in section(document, "Mise en œuvre du plan de travail"))
    assert (
        "Le plan de travail du groupe de travail pour 2021\u20132022 comprend quatre produits et 12 activités. "
        "Parmi celles-ci, six ont été achevées, quatre sont en cours, une est en retard et une n\u2019a pas "
        "commencé."
    ) in work_plan


def test_no_english_fixed_wording_is_left(etcip_fr) -> None:
    document, _ = etcip_fr
    text = body_text(document)
    for english in (
        "Throughout 2022",
        "Chairmanship of the working group",
        "Terms of Reference",
        "In 2022, the working group",
        "Challenges",
        "Priorities for",
        "Topics:",
        "held virtually",
        "Figure 1. Chairmanship",
        "Table 1.",
        "lead:",
        "due ",
        "Working Group on",
        "regular meeting",
        "In-focus discussion:",
    ):
        assert english not in text, english
    # The group's French name is recorded: the title is French.
    assert document.paragraphs[0].text == (
        "Groupe de travail sur les menaces émergentes et la protection des infrastructures critiques (ETCIP)"
    )


def test_the_chairs_narrative_is_exported_as_written(etcip_fr) -> None:
    document, _ = etcip_fr
    texts = [
        p.text for p in section(document, "Assistance technique et renforcement des capacités")
    ]
    assert texts == [NARRATIVE]
    # The demo's mandate narrative repeats last year's English sentences, which the French
    # facts now say: they are left out rather than said twice.
    assert CHAIRMANSHIP not in body_text(document)


def test_a_french_narrative_keeps_its_paragraphs_lists_and_accents(workspace) -> None:
    text = (
        "Le groupe de travail a élaboré un répertoire des outils d\u2019intervention.\n\n"
        "- Atelier régional à Nairobi ;\n- Note d\u2019orientation sur les drones."
    )
    with workspace.transaction() as session:
        load_demo(session)
        group = group_by_acronym(session, "ETCIP")
        session.add(
            Narrative(group_id=group.id, year=2022, section=NarrativeSection.RESEARCH, text=text)
        )
    with workspace.read() as session:
        document = build_submission(
            session, group_id(workspace, "ETCIP"), 2022, language="fr", today=AFTER_2022
        )
    paragraphs = section(document, "Recherche et analyse")
    assert [p.text for p in paragraphs] == [
        "Le groupe de travail a élaboré un répertoire des outils d\u2019intervention.",
        f"Atelier régional à Nairobi{NBSP};",  # French typography: a no-break space before ";"
        "Note d\u2019orientation sur les drones.",
    ]
    assert paragraphs[1].style.name == "List Bullet"


def test_title_block_header_and_page_footer_are_in_french(etcip_fr) -> None:
    document, _ = etcip_fr
    assert [p.text for p in document.paragraphs[1:3]] == [
        "Contribution annuelle pour 2022",
        f"Pilier II{NBSP}: Mesures visant à prévenir et combattre le terrorisme",
    ]
    assert document.paragraphs[0].text.endswith("(ETCIP)")  # the group's name, as recorded
    assert document.core_properties.subject == "Contribution annuelle pour 2022"
    for part in document.sections:
        assert (
            part.header.paragraphs[-1].text
            == "Groupe de travail ETCIP \u00b7 Contribution annuelle 2022"
        )
        footer = part.footer.paragraphs[-1]._p
        assert "".join(t.text for t in footer.iter(f"{W}t")) == "Page 1 sur 1"
        assert [f.get(f"{W}instr").strip() for f in footer.iter(f"{W}fldSimple")] == [
            "PAGE",
            "NUMPAGES",
        ]


def test_tables_and_figures_are_captioned_in_french(etcip_fr) -> None:
    document, _ = etcip_fr
    table = document.tables[0]
    assert [c.text for c in table.rows[0].cells] == [
        "Code",
        "Activité",
        "Chef de file",
        "État",
        "Avancement",
    ]
    assert table.rows[1].cells[0].text.startswith("Produit A. ")
    statuses = {row.cells[3].text for row in table.rows[2:]}
    assert "Achevée" in statuses and f"En cours (70{NBSP}%)" in statuses
    captions = [p.text for p in document.paragraphs if p.style.name == "Caption"]
    assert captions == [
        "Figure 1. Réunions du groupe de travail en 2022, par trimestre et par type",
        "Tableau 1. Activités du plan de travail 2021\u20132022, par produit",
        "Figure 2. État d\u2019avancement des activités du plan de travail 2021\u20132022, par produit",
        f"Figure 3. Calendrier du plan de travail 2021\u20132022{NBSP}: produit A",
        f"Figure 4. Calendrier du plan de travail 2021\u20132022{NBSP}: produit B",
        f"Figure 5. Calendrier du plan de travail 2021\u20132022{NBSP}: produits C à D",
    ]
    pictures = [r for r in document.part.rels.values() if "image" in r.reltype]
    assert len(pictures) == 5


def test_open_items_are_offered_in_french(etcip_fr) -> None:
    document, _ = etcip_fr
    challenges = [p.text for p in section(document, "Difficultés")]
    assert challenges[0] == (
        "Les activités ci-après étaient en retard ou n\u2019avaient pas été achevées à leur date "
        f"d\u2019échéance, au 31{NBSP}décembre 2022{NBSP}:"
    )
    assert (
        f"C2 Joint tabletop exercise on a chemical terrorism scenario (chef de file{NBSP}: OPCW{NBSP}; "
        f"échéance{NBSP}: 30{NBSP}novembre 2022{NBSP}; en retard, 30{NBSP}%)."
    ) in challenges
    priorities = [p.text for p in section(document, "Priorités pour 2023")]
    assert priorities[1] == (
        f"Propose 2023 dates for the tabletop exercise (OPCW{NBSP}; échéance{NBSP}: 15{NBSP}février 2023)."
    )


def test_the_preview_drafts_follow_the_language(demo) -> None:
    with demo.read() as session:
        data = submission_data(
            session, group_id(demo, "ETCIP"), 2022, today=AFTER_2022, language="fr"
        )
    drafts = draft_sections(data)
    assert [d.heading for d in drafts][:2] == [
        "Mandat, objectifs principaux et composition",
        "Coordination et cohérence",
    ]
    work_plan = next(d for d in drafts if d.key == "work_plan")
    assert (
        f"[Tableau{NBSP}: les activités du plan de travail 2021\u20132022]"
        in work_plan.facts_text()
    )
    assert (
        section_headings("fr")[NarrativeSection.LESSONS]
        == "Enseignements tirés et bonnes pratiques"
    )


def test_a_committee_given_by_the_chair_is_used_as_written(demo) -> None:
    with demo.read() as session:
        data = submission_data(
            session,
            group_id(demo, "ETCIP"),
            2022,
            today=AFTER_2022,
            language="fr",
            committee="Comité de coordination",
        )
    mandate = draft_sections(data)[0]
    assert "présentation au Comité de coordination le 11 décembre 2020." in mandate.facts_text()


def test_every_phrase_has_a_french_version() -> None:
    english = {name for name in vars(Phrases) if not name.startswith("__")}
    missing = english - set(vars(FrenchPhrases))
    assert not missing, f"no French for: {sorted(missing)}"
    assert phrases("fr").section_headings.keys() == phrases("en").section_headings.keys()
    with pytest.raises(ValueError, match="'de' are not available yet"):
        phrases("de")


# --------------------------------------------------------------------------- the other documents


def etcip_meetings(ws) -> list[str]:
    with ws.read() as session:
        group = group_by_acronym(session, "ETCIP")
        return session.scalars(
            select(Meeting.id).where(Meeting.group_id == group.id).order_by(Meeting.start)
        ).all()


def test_agenda_and_summary_in_french(demo) -> None:
    meeting = etcip_meetings(demo)[2]  # 28 September 2022, hybrid, in The Hague
    with demo.read() as session:
        agenda = build_agenda(session, meeting, language="fr")
        summary = build_minutes(session, meeting, language="fr")
    text = body_text(agenda)
    assert agenda.paragraphs[1].text == "Ordre du jour"
    assert f"Date{NBSP}: mercredi 28{NBSP}septembre 2022" in text
    assert f"Type{NBSP}: Réunion trimestrielle ordinaire" in text
    assert [c.text for c in agenda.tables[0].rows[0].cells] == [
        "N\u00b0",
        "Heure",
        "Point",
        "Intervenant",
        "Durée (min)",
    ]
    assert agenda.tables[0].rows[-1].cells[2].text == "Clôture de la réunion"
    assert [p.text for p in summary.paragraphs if p.style.name == "Heading 1"] == [
        "Participation",
        "Ordre du jour",
        "Résumé",
        "Décisions",
        "Mesures de suivi",
    ]
    assert (
        summary.tables[0].rows[1].cells[3].text == f"31{NBSP}octobre{NBSP}2022"
    )  # whole, in a cell
    assert summary.sections[0].header.paragraphs[-1].text == (
        f"Groupe de travail ETCIP \u00b7 Résumé de la réunion \u00b7 28{NBSP}septembre 2022"
    )


def test_annex_and_handover_in_french(demo) -> None:
    with demo.read() as session:
        annex = build_annex(session, 2022, language="fr")
        handover = build_handover(
            session, group_id(demo, "ETCIP"), language="fr", today=date(2022, 9, 20)
        )
    text = body_text(annex)
    assert (
        annex.paragraphs[0].text
        == "Annexe II\nStructure et composition des groupes de travail en 2022"
    )
    assert "Pilier I" in [p.text for p in annex.paragraphs if p.style.name == "Heading 1"]
    assert f"Présidence{NBSP}: UNICRI (T1\u2013T2), OPCW (T3) et INTERPOL (T4)" in text
    assert [c.text for c in annex.tables[0].rows[0].cells] == ["Sigle", "Entité"]
    handover_text = body_text(handover)
    assert handover.paragraphs[0].text == "Dossier de passation"
    assert (
        f"Prochaine présidence{NBSP}: INTERPOL, à partir du 1er{NBSP}octobre 2022" in handover_text
    )
    assert "Projets de la contribution 2022" in handover_text
    # The drafts are the chair's own text, exported as written.
    assert NARRATIVE in handover_text


# --------------------------------------------------------------------------- the command line


def test_export_with_language_fr_from_the_command_line(data_dir, tmp_path, capsys) -> None:
    assert main(["demo"]) == 0
    target = tmp_path / "ETCIP-2022-fr.docx"
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
            ]
        )
        == 0
    )
    out = capsys.readouterr().out
    # A French document, a French command: what it prints is in French too.
    assert f"Écrit{NBSP}: {target}" in out
    assert (
        f"Recherche et analyse{NBSP}: rien n\u2019est enregistré pour 2022{NBSP}; la section est omise."
        in out
    )
    assert "nothing recorded" not in out and "Wrote" not in out
    assert CHAIRMANSHIP_FR in body_text(docx.Document(str(target)))
    annex = tmp_path / "annex.docx"
    assert main(["export", "annex", "--year", "2022", "--language", "fr", "-o", str(annex)]) == 0
    assert (
        docx.Document(str(annex))
        .paragraphs[0]
        .text.startswith("Annexe II\nStructure et composition")
    )


def test_an_unknown_language_is_refused_by_the_command_line(data_dir, tmp_path, capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(
            [
                "export",
                "annex",
                "--year",
                "2022",
                "--language",
                "de",
                "-o",
                str(tmp_path / "a.docx"),
            ]
        )
    assert exit_.value.code == 2
    assert "--language" in capsys.readouterr().err
    assert not (tmp_path / "a.docx").exists()
