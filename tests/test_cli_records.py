"""Everyday edits from the command line, checked by what `meeting show`, `activity list`
and `chair` print afterwards, as a chair working in a terminal would check them."""

from __future__ import annotations

import re
from datetime import date

import pytest

from chairdesk.cli import main


@pytest.fixture
def demo(data_dir, capsys):  # noqa: ANN001, ANN201
    assert main(["demo"]) == 0
    capsys.readouterr()
    return data_dir


def run(capsys, *argv: str) -> str:  # noqa: ANN001
    assert main(list(argv)) == 0, capsys.readouterr().err
    return capsys.readouterr().out.strip()


def fail(capsys, *argv: str) -> str:  # noqa: ANN001
    assert main(list(argv)) == 2
    return capsys.readouterr().err


def test_a_meeting_prepared_from_the_command_line(demo, capsys) -> None:
    meeting = run(
        capsys,
        "meeting",
        "new",
        "--group",
        "ETCIP",
        "--start",
        "2022-12-01 10:00",
        "--title",
        "Fourth quarterly meeting",
        "--carry-over",
    )
    run(
        capsys,
        "agenda",
        "add",
        meeting[:8],
        "--title",
        "Opening",
        "--minutes",
        "10",
        "--presenter",
        "UNICRI",
    )
    review = run(capsys, "agenda", "add", meeting, "--title", "Work plan review", "--minutes", "45")
    run(capsys, "agenda", "add", meeting, "--title", "Any other business", "--minutes", "5")
    run(capsys, "agenda", "move", review[:8], "1")
    run(capsys, "attendance", meeting, "--present", "unicri", "OPCW")
    action = run(
        capsys,
        "action",
        "add",
        meeting,
        "--text",
        "Circulate the draft report",
        "--owner",
        "OPCW",
        "--due",
        "2022-12-15",
    )
    run(capsys, "action", "status", action, "done")

    shown = run(capsys, "meeting", "show", meeting)
    agenda = [line for line in shown.splitlines() if re.match(r"\s*\d+\. ", line)]
    assert "10:00   45 min  Work plan review" in agenda[0]
    assert "10:45" in agenda[1]  # the time plan follows the new order
    assert any("Follow-up:" in line for line in agenda)  # carried over from the previous meeting
    assert "Any other business" in agenda[-1]
    assert "Attendance: 2 of" in shown
    assert "[x] OPCW" in shown and "[x] UNICRI" in shown
    assert "[x] Circulate the draft report (OPCW, due 15 December 2022)" in shown


def test_activity_status_progress_and_log(demo, capsys) -> None:
    run(
        capsys,
        "activity",
        "set",
        "A3",
        "--group",
        "ETCIP",
        "--status",
        "delayed",
        "--progress",
        "40",
    )
    line = next(
        row
        for row in run(capsys, "activity", "list", "--group", "ETCIP").splitlines()
        if " A3 " in row
    )
    assert "delayed" in line and " 40 %" in line
    run(capsys, "activity", "set", "A3", "--group", "ETCIP", "--status", "completed")
    line = next(
        row
        for row in run(capsys, "activity", "list", "--group", "ETCIP").splitlines()
        if " A3 " in row
    )
    assert "completed" in line and "100 %" in line


def test_rotation_sets_who_chairs(demo, capsys) -> None:
    out = run(
        capsys,
        "rotation",
        "set",
        "--group",
        "ETCIP",
        "--order",
        "UNICRI,OPCW",
        "--term",
        "half_year",
        "--start",
        "2023-01-01",
        "--until",
        "2024-12-31",
    )
    assert "Chair of ETCIP on 1 January 2023: UNICRI" in out
    out = run(capsys, "chair", "--group", "ETCIP", "--on", "2023-08-01")
    assert "Chair of ETCIP on 1 August 2023: OPCW" in out
    assert "Next handover: UNICRI from 1 January 2024" in out


def test_bad_input_names_the_place_and_changes_nothing(demo, capsys) -> None:
    before = run(capsys, "export", "json", "-o", "-")
    assert "no entity 'NOPE'" in fail(
        capsys,
        "rotation",
        "set",
        "--group",
        "ETCIP",
        "--order",
        "UNICRI,NOPE",
        "--term",
        "year",
        "--start",
        "2023-01-01",
        "--until",
        "2024-12-31",
    )
    assert "progress: Progress must be between 0 and 100" in fail(
        capsys,
        "activity",
        "set",
        "A3",
        "--group",
        "ETCIP",
        "--status",
        "delayed",
        "--progress",
        "150",
    )
    assert "no working group 'XYZ'" in fail(capsys, "chair", "--group", "XYZ")
    meeting = run(capsys, "meetings", "--group", "ETCIP").splitlines()[0].split()[0]
    assert "end:" in fail(
        capsys,
        "meeting",
        "set",
        meeting,
        "--start",
        "2022-12-01 10:00",
        "--end",
        "2022-12-01 09:00",
    )
    assert run(capsys, "export", "json", "-o", "-") == before


def test_narrative_written_from_the_command_line_is_in_the_submission(
    demo, tmp_path, capsys
) -> None:
    from docx import Document

    text_file = tmp_path / "lessons.txt"
    text_file.write_text(
        "Briefings by two members at once drew twice the audience.\n", encoding="utf-8"
    )
    run(
        capsys,
        "narrative",
        "set",
        "--group",
        "ETCIP",
        "--year",
        "2022",
        "--section",
        "lessons",
        "--file",
        str(text_file),
    )
    assert "Briefings by two members at once" in run(
        capsys, "narrative", "show", "--group", "ETCIP", "--year", "2022"
    )
    out = tmp_path / "submission.docx"
    run(capsys, "export", "submission", "--group", "ETCIP", "--year", "2022", "-o", str(out))
    paragraphs = [p.text for p in Document(str(out)).paragraphs]
    heading = next(i for i, t in enumerate(paragraphs) if t.startswith("Lessons learned"))
    assert (
        "Briefings by two members at once drew twice the audience."
        in paragraphs[heading + 1 : heading + 6]
    )
    assert "section: invalid choice" in fail_usage(
        capsys,
        "narrative",
        "set",
        "--group",
        "ETCIP",
        "--year",
        "2022",
        "--section",
        "nope",
        "--text",
        "x",
    )


def fail_usage(capsys, *argv: str) -> str:  # noqa: ANN001
    with pytest.raises(SystemExit) as exit_:
        main(list(argv))
    assert exit_.value.code == 2
    return capsys.readouterr().err


def test_chair_hints_at_on_when_nobody_is_recorded_that_day_but_terms_exist(demo, capsys) -> None:
    out = run(capsys, "chair", "--group", "ETCIP", "--on", "2030-01-01")
    assert "Chair of ETCIP on 1 January 2030: none recorded" in out
    assert "ETCIP's chair terms are recorded from 1 January 2022 to 31 December 2022" in out
    assert "chairdesk chair --group ETCIP --on 2022-10-01" in out, "a day with a chair, to try"
    # Without --on, today is asked about: the example is of 2022, so the hint is what helps.
    if date.today() > date(2022, 12, 31):
        assert "--on" in run(capsys, "chair", "--group", "ETCIP")
    # A day inside the terms needs no hint; a group without terms has none to give.
    assert "recorded from" not in run(capsys, "chair", "--group", "ETCIP", "--on", "2022-08-01")


def test_loading_the_example_says_which_day_it_is_as_at(data_dir, capsys) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert "The example's records end on 15 December 2022" in out and "--on 2022-12-15" in out


def test_a_groups_french_name_and_time_zone_from_the_command_line(demo, capsys) -> None:
    french = "Groupe de travail sur les menaces émergentes et la protection des infrastructures critiques"
    assert run(
        capsys,
        "group",
        "set",
        "--group",
        "etcip",
        "--name-fr",
        french,
        "--time-zone",
        "Europe/Vienna",
    ) == (f"etcip: French name {french!r}; time zone 'Europe/Vienna'")
    shown = run(capsys, "group", "show", "--group", "ETCIP")
    assert f"French name:   {french}" in shown and "Time zone:     Europe/Vienna" in shown
    error = fail(capsys, "group", "set", "--group", "ETCIP", "--time-zone", "Vienna")
    assert (
        "time_zone: 'Vienna' is not a known time zone" in error and "Nothing was changed." in error
    )
    assert "Europe/Vienna" in run(capsys, "group", "show", "--group", "ETCIP")
    assert (
        run(capsys, "group", "set", "--group", "ETCIP", "--time-zone", "")
        == "ETCIP: time zone cleared"
    )
    assert "Time zone:     (not recorded" in run(capsys, "group", "show", "--group", "ETCIP")
    assert "nothing to set" in fail(capsys, "group", "set", "--group", "ETCIP")


def test_a_refusal_is_an_english_sentence_with_the_documents_dates_and_exit_2(
    demo, capsys, monkeypatch
) -> None:
    """Worded from the refusal's code and values: in English whatever the environment's language."""
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    error = fail(
        capsys,
        "rotation",
        "set",
        "--group",
        "ETCIP",
        "--order",
        "UNICRI,OPCW",
        "--term",
        "year",
        "--start",
        "2024-01-01",
        "--until",
        "2023-06-08",
    )
    assert error.strip().splitlines() == [
        "chairdesk: until: The rotation ends (8 June 2023) before it starts (1 January 2024).",
        "Nothing was changed.",
    ]
