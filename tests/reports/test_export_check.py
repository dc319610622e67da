"""The self-test's check of every export: it notices an export that lost a piece."""

from __future__ import annotations

from pathlib import Path

import pytest

from chairdesk.reports import submission
from chairdesk.reports.export_check import ExportCheckError, check_every_export
from chairdesk.store.demo import load_demo


@pytest.fixture
def demo(workspace):
    with workspace.transaction() as session:
        load_demo(session)
    return workspace


def test_every_export_is_written_and_read_back(demo, tmp_path: Path) -> None:
    said: list[str] = []
    folder = tmp_path / "exports"
    folder.mkdir()
    with demo.read() as session:
        made = check_every_export(session, "ETCIP", 2022, folder, said.append)
    assert made == [
        "submission (en)",
        "submission (fr)",
        "agenda",
        "minutes",
        "annex",
        "handover",
        "ics",
        "json",
        "review",
    ]
    assert [line.split(":")[0] for line in said] == [f"exported {name}" for name in made]
    assert sorted(p.name for p in folder.iterdir()) == [
        "agenda.docx",
        "annex.docx",
        "handover.docx",
        "meetings.ics",
        "minutes.docx",
        "review.docx",
        "submission-en.docx",
        "submission-fr.docx",
        "workspace.json",
    ]
    assert "meetings embedded" in said[0]  # the secretariat reads the submission's records back


def test_a_submission_that_lost_a_chart_fails_the_check(demo, tmp_path: Path, monkeypatch) -> None:
    drawn = submission._chart

    def without_the_work_plan(builder, data, block) -> None:  # noqa: ANN001 - as submission._chart
        if block.name != "work_plan":
            drawn(builder, data, block)

    monkeypatch.setattr(submission, "_chart", without_the_work_plan)
    # Meetings and status drawn, the timeline (drafted once, drawn in parts) not: 2 of at least 3.
    with (
        demo.read() as session,
        pytest.raises(ExportCheckError, match="submission-en.docx has 2 charts of at least 3"),
    ):
        check_every_export(session, "ETCIP", 2022, tmp_path, print)


def test_an_unknown_group_is_named(demo, tmp_path: Path) -> None:
    with demo.read() as session, pytest.raises(ExportCheckError, match="no XYZ working group"):
        check_every_export(session, "XYZ", 2022, tmp_path, print)
