"""The shipped demo workspace reproduces what the 2022 report says."""

from __future__ import annotations

from datetime import date

import pytest

from chairdesk.cli import main
from chairdesk.domain.rotations import chairmanship_sentence
from chairdesk.domain.vocabulary import MeetingKind
from chairdesk.domain.wording import meetings_sentence, un_date
from chairdesk.store.checks import check_workspace
from chairdesk.store.demo import load_demo
from chairdesk.store.queries import chair_terms, group_by_acronym, group_overviews, meeting_counts


@pytest.fixture
def demo(workspace):
    with workspace.transaction() as session:
        load_demo(session)
    return workspace


def test_demo_has_the_eight_working_groups_with_their_pillars(demo) -> None:
    with demo.read() as session:
        groups = {g.acronym: g.pillar.value for g in group_overviews(session, date(2022, 6, 1))}
    assert len(groups) == 8
    assert groups["PCVE"] == "I"
    assert groups["ETCIP"] == "II" and groups["BMLE"] == "II"
    assert groups["RMME"] == "III" and groups["NARS"] == "III"
    assert groups["GSA"] == "IV"


def test_etcip_chairmanship_sentence_is_the_seeds(demo) -> None:
    with demo.read() as session:
        etcip = group_by_acronym(session, "ETCIP")
        terms = chair_terms(session, etcip.id)
        tor = etcip.tor_submitted
    assert chairmanship_sentence(terms, 2022) == (
        "Throughout 2022, the Chairmanship of the working group was held by UNICRI in Q1 and Q2, "
        "OPCW in Q3, and INTERPOL in Q4."
    )
    assert un_date(tor) == "11 December 2020"


def test_demo_meetings_give_the_seeds_meeting_sentence(demo) -> None:
    with demo.read() as session:
        counts = meeting_counts(session, 2022)
    working_group_meetings = {k: counts[k] for k in (MeetingKind.REGULAR, MeetingKind.IN_FOCUS)}
    assert meetings_sentence(working_group_meetings) == (
        "held 37 meetings (32 regular quarterly meetings and five in-focus discussions)"
    )
    assert counts[MeetingKind.BRIEFING] >= 4, "RMME's briefings for Member States"


def test_demo_passes_the_consistency_check(demo) -> None:
    with demo.read() as session:
        assert [str(p) for p in check_workspace(session)] == []


def test_demo_command_is_idempotent(capsys) -> None:
    assert main(["demo"]) == 0
    assert main(["demo"]) == 0
    second = capsys.readouterr().out.split("Imported the demo workspace")[-1]
    assert "nothing to change" in second.splitlines()[0]


def test_the_examples_name_and_last_day_are_those_of_its_file() -> None:
    """The application opens the example as at its own last day; that day is in the file."""
    import json

    from chairdesk.store.demo import EXAMPLE_AS_AT, EXAMPLE_NAME, demo_file

    doc = json.loads(demo_file().read_text(encoding="utf-8"))
    assert doc["workspace"]["name"] == EXAMPLE_NAME
    last_meeting = max(date.fromisoformat(m["start"][:10]) for m in doc["meetings"])
    last_update = max(
        date.fromisoformat(u["date"])
        for plan in doc["work_plans"]
        for o in plan["outputs"]
        for a in o["activities"]
        for u in a.get("updates", [])
    )
    assert max(last_meeting, last_update) == EXAMPLE_AS_AT


def test_where_the_seed_is_silent_the_example_leaves_fields_empty(demo) -> None:
    # The seed gives ETCIP's terms-of-reference date alone, and no date of joining but
    # FATF's and UNITAD's (the Compact, in April 2022): nothing else is made up.
    from sqlalchemy import select

    from chairdesk.store.models import ChairTerm, Membership, WorkingGroup

    with demo.read() as session:
        groups = session.scalars(select(WorkingGroup)).all()
        dated = {g.acronym for g in groups if g.tor_revised or g.tor_submitted}
        joined = {m.start for m in session.scalars(select(Membership))}
        first_term = min(t.start for t in session.scalars(select(ChairTerm)))
    assert dated == {"ETCIP"}
    assert joined == {None, date(2022, 4, 1)}
    assert first_term == date(2022, 1, 1)  # the year the seed reports on
    assert all(g.name_fr and g.name_fr.startswith("Groupe de travail sur ") for g in groups)
