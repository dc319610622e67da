"""The chair's narratives: one live record per group, year and section; the submission uses them."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from chairdesk.domain.vocabulary import NarrativeSection, Pillar
from chairdesk.reports.submission import draft_sections, submission_data
from chairdesk.store.changes import recording, replay
from chairdesk.store.models import Narrative, WorkingGroup
from chairdesk.store.ops import OperationError
from chairdesk.store.ops.narratives import (
    default_report_year,
    narrative_texts,
    report_years,
    set_narrative,
)


@pytest.fixture
def group_id(workspace) -> str:
    with workspace.transaction() as s:
        group = WorkingGroup(acronym="ETCIP", name="Emerging Threats", pillar=Pillar.I)
        s.add(group)
        s.flush()
        return group.id


def _rows(workspace, group_id: str) -> list[tuple[int, str, str, bool]]:
    with workspace.read() as s:
        return [
            (n.year, n.section.value, n.text, n.deleted)
            for n in s.scalars(
                select(Narrative)
                .where(Narrative.group_id == group_id)
                .order_by(Narrative.created_at)
            )
        ]


def test_the_first_text_creates_the_record_and_later_ones_update_it(workspace, group_id) -> None:
    with workspace.transaction() as s:
        first = set_narrative(s, group_id, 2022, "advocacy", "The group held a side event.")
    with workspace.transaction() as s:
        second = set_narrative(
            s, group_id, 2022, NarrativeSection.ADVOCACY, "The group held two side events.  \n"
        )
    assert first == second
    assert _rows(workspace, group_id) == [
        (2022, "advocacy", "The group held two side events.", False)
    ]


def test_an_emptied_section_keeps_its_record_with_empty_text(workspace, group_id) -> None:
    with workspace.transaction() as s:
        set_narrative(s, group_id, 2022, "research", "A study on drones.")
    with workspace.transaction() as s:
        set_narrative(s, group_id, 2022, "research", "   ")
    assert _rows(workspace, group_id) == [(2022, "research", "", False)]
    with workspace.read() as s:
        assert narrative_texts(s, group_id, 2022) == {NarrativeSection.RESEARCH: ""}


def test_years_and_sections_are_kept_apart(workspace, group_id) -> None:
    with workspace.transaction() as s:
        set_narrative(s, group_id, 2022, "lessons", "2022 lessons.")
        set_narrative(s, group_id, 2023, "lessons", "2023 lessons.")
        set_narrative(s, group_id, 2022, "challenges", "Funding.")
    with workspace.read() as s:
        assert narrative_texts(s, group_id, 2022) == {
            NarrativeSection.LESSONS: "2022 lessons.",
            NarrativeSection.CHALLENGES: "Funding.",
        }
        assert narrative_texts(s, group_id, 2023) == {NarrativeSection.LESSONS: "2023 lessons."}
        assert report_years(s, group_id) == [2022, 2023]


def test_an_unchanged_text_records_no_change(workspace, group_id) -> None:
    with workspace.transaction() as s:
        set_narrative(s, group_id, 2022, "regional", "Same.")
    with workspace.transaction() as s, recording(s) as changes:
        set_narrative(s, group_id, 2022, "regional", "Same.")
    assert not changes


def test_undoing_the_first_text_deletes_the_record_softly(workspace, group_id) -> None:
    with workspace.transaction() as s, recording(s) as changes:
        set_narrative(s, group_id, 2022, "regional", "Words.")
    with workspace.transaction() as s:
        replay(s, changes, undo=True)
    assert _rows(workspace, group_id) == [(2022, "regional", "Words.", True)]
    with workspace.read() as s:
        assert narrative_texts(s, group_id, 2022) == {}


def test_duplicates_from_two_laptops_are_joined_and_saving_keeps_one(workspace, group_id) -> None:
    with workspace.transaction() as s:
        s.add(
            Narrative(
                group_id=group_id,
                year=2022,
                section=NarrativeSection.ADVOCACY,
                text="From laptop A.",
            )
        )
    with workspace.transaction() as s:
        s.add(
            Narrative(
                group_id=group_id,
                year=2022,
                section=NarrativeSection.ADVOCACY,
                text="From laptop B.",
            )
        )
    with workspace.read() as s:
        joined = narrative_texts(s, group_id, 2022)[NarrativeSection.ADVOCACY]
    assert joined == "From laptop A.\n\nFrom laptop B."
    with workspace.transaction() as s:
        set_narrative(s, group_id, 2022, "advocacy", joined + " Edited.")
    rows = _rows(workspace, group_id)
    assert [r for r in rows if not r[3]] == [
        (2022, "advocacy", "From laptop A.\n\nFrom laptop B. Edited.", False)
    ]
    assert (2022, "advocacy", "From laptop B.", True) in rows  # in the trash, not gone


def test_bad_input_is_refused_naming_the_field(workspace, group_id) -> None:
    with workspace.transaction() as s:
        with pytest.raises(OperationError) as error:
            set_narrative(s, group_id, 2022, "preface", "x")
        assert error.value.field == "section"
        with pytest.raises(OperationError) as error:
            set_narrative(s, "no-such-group", 2022, "advocacy", "x")
        assert error.value.field == "group"
        with pytest.raises(OperationError) as error:
            set_narrative(s, group_id, 20222, "advocacy", "x")
        assert error.value.field == "year"
    assert _rows(workspace, group_id) == []


def test_the_submission_drafts_use_the_stored_narrative(workspace, group_id) -> None:
    with workspace.transaction() as s:
        set_narrative(s, group_id, 2022, "capacity_building", "The group trained 40 officials.")
    with workspace.read() as s:
        sections = draft_sections(submission_data(s, group_id, 2022, today=date(2023, 1, 10)))
    by_key = {d.key: d for d in sections}
    assert by_key["capacity_building"].narrative == "The group trained 40 officials."


def test_the_default_year_is_the_last_with_records(workspace, group_id) -> None:
    with workspace.transaction() as s:
        set_narrative(s, group_id, 2021, "lessons", "Old.")
        set_narrative(s, group_id, 2022, "lessons", "New.")
    with workspace.read() as s:
        assert default_report_year(s, group_id, date(2026, 11, 28)) == 2022
        assert default_report_year(s, group_id, date(2022, 6, 1)) == 2022
        assert default_report_year(s, group_id, date(2021, 6, 1)) == 2021
        assert default_report_year(s, "nobody", date(2026, 6, 1)) == 2026
