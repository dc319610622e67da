"""One group's year in the interchange format: what a submission carries to the secretariat."""

from __future__ import annotations

import json
from datetime import date

import pytest

from chairdesk.reports.submission import build_submission
from chairdesk.store.database import open_workspace
from chairdesk.store.demo import load_demo
from chairdesk.store.interchange import import_workspace, parse_workspace
from chairdesk.store.queries import group_by_acronym
from chairdesk.store.submission_records import group_year_records


@pytest.fixture
def demo(workspace):
    with workspace.transaction() as session:
        load_demo(session)
    return workspace


def records_of(ws, acronym: str, year: int) -> dict:
    with ws.read() as session:
        return group_year_records(session, group_by_acronym(session, acronym).id, year)


def test_the_year_of_one_group_only(demo) -> None:
    doc = records_of(demo, "ETCIP", 2022)
    assert [g["acronym"] for g in doc["working_groups"]] == ["ETCIP"]
    assert len(doc["meetings"]) == 5
    assert {m["group"] for m in doc["meetings"]} == {"ETCIP"}
    assert all(m["start"].startswith("2022-") for m in doc["meetings"])
    assert {(n["group"], n["year"]) for n in doc["narratives"]} == {("ETCIP", 2022)}
    assert [p["period"] for p in doc["work_plans"]] == ["2021-2022"]
    assert {t["entity"] for t in doc["chair_terms"]} == {"OPCW", "INTERPOL", "UNICRI"}
    assert "workspace" not in doc and doc["agenda_templates"] == []


def test_only_the_entities_it_names(demo) -> None:
    doc = records_of(demo, "ETCIP", 2022)
    acronyms = {e["acronym"] for e in doc["entities"]}
    named = {m["entity"] for m in doc["memberships"]} | {t["entity"] for t in doc["chair_terms"]}
    assert named <= acronyms
    assert "FATF" not in acronyms  # a CJLR member, not ETCIP's


def test_a_year_without_meetings_keeps_the_groups_composition(demo) -> None:
    doc = records_of(demo, "ETCIP", 2019)
    assert doc["meetings"] == [] and doc["narratives"] == [] and doc["work_plans"] == []
    assert doc["memberships"] and doc["working_groups"]


def test_imported_elsewhere_it_gives_the_same_submission(demo, tmp_path) -> None:
    doc = records_of(demo, "ETCIP", 2022)
    secretariat = open_workspace(tmp_path / "secretariat.sqlite3", tmp_path / "backups")
    try:
        with secretariat.transaction() as session:
            import_workspace(session, parse_workspace(json.dumps(doc).encode()))

        def text(ws) -> list[str]:
            with ws.read() as session:
                group = group_by_acronym(session, "ETCIP").id
                document = build_submission(session, group, 2022, today=date(2023, 1, 20))
            return [p.text for p in document.paragraphs]

        assert text(secretariat) == text(demo)
    finally:
        secretariat.close()
