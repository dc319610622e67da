"""`chairdesk export submission|agenda|minutes|annex|handover|ics` and `chairdesk meetings`."""

from __future__ import annotations

import docx
import pytest
from icalendar import Calendar

from chairdesk.cli import main
from chairdesk.reports.docx_builder import default_template
from tests.reports.test_submission import CHAIRMANSHIP, without_styles


@pytest.fixture
def demo(data_dir, capsys):
    assert main(["demo"]) == 0
    capsys.readouterr()


def meeting_ids(capsys) -> list[str]:
    assert main(["meetings", "--group", "ETCIP", "--year", "2022"]) == 0
    return [line.split()[0] for line in capsys.readouterr().out.splitlines()]


def test_meetings_lists_ids_dates_and_titles(demo, capsys) -> None:
    assert main(["meetings", "--group", "ETCIP", "--year", "2022"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 5
    assert "2022-03-16 14:00" in lines[0] and "first-quarter regular meeting 2022" in lines[0]
    assert "In-focus discussion" in lines[3]
    assert main(["meetings", "--group", "ETCIP", "--year", "2019"]) == 0
    assert capsys.readouterr().out.strip() == "No meetings of ETCIP in 2019"


def test_export_submission(demo, tmp_path, capsys) -> None:
    target = tmp_path / "ETCIP-2022.docx"
    assert (
        main(["export", "submission", "--group", "ETCIP", "--year", "2022", "-o", str(target)]) == 0
    )
    captured = capsys.readouterr()
    assert captured.out.startswith(f"Wrote {target}")
    assert (
        "Research and analysis: nothing recorded for 2022; the section is left out." in captured.out
    )
    assert captured.err == ""
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert CHAIRMANSHIP in text


def test_export_submission_with_a_template_and_a_committee(demo, tmp_path, capsys) -> None:
    template = without_styles(default_template(), tmp_path / "secretariat.docx", {"caption"})
    target = tmp_path / "out.docx"
    status = main(
        [
            "export",
            "submission",
            "--group",
            "etcip",
            "--year",
            "2022",
            "-o",
            str(target),
            "--template",
            str(template),
            "--committee",
            "Coordination Committee",
        ]
    )
    assert status == 0  # a missing style is a warning, not a failure
    err = capsys.readouterr().err
    assert 'chairdesk: warning: The template "secretariat.docx" has no "Caption" style' in err
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "submission to the Coordination Committee on 11\u00a0December 2020" in text


def test_agenda_and_minutes_by_id_or_its_beginning(demo, tmp_path, capsys) -> None:
    ids = meeting_ids(capsys)
    agenda, minutes = tmp_path / "agenda.docx", tmp_path / "minutes.docx"
    assert main(["export", "agenda", "--meeting", ids[2], "-o", str(agenda)]) == 0
    assert main(["export", "minutes", "--meeting", ids[3][:8].upper(), "-o", str(minutes)]) == 0
    assert (
        docx.Document(str(agenda)).paragraphs[0].text
        == "ETCIP working group: third-quarter regular meeting 2022"
    )
    assert (
        docx.Document(str(minutes)).paragraphs[0].text
        == "In-focus discussion: unmanned aircraft systems (UAS)"
    )


def test_annex_handover_and_calendar(demo, tmp_path, capsys) -> None:
    annex, handover, ics = (
        tmp_path / "annex.docx",
        tmp_path / "handover.docx",
        tmp_path / "etcip.ics",
    )
    assert main(["export", "annex", "--year", "2022", "-o", str(annex)]) == 0
    assert (
        main(
            ["export", "handover", "--group", "ETCIP", "--date", "2022-08-15", "-o", str(handover)]
        )
        == 0
    )
    assert main(["export", "ics", "--group", "ETCIP", "--year", "2022", "-o", str(ics)]) == 0
    assert (
        docx.Document(str(annex)).paragraphs[0].text
        == "Annex II\nWorking group structure and composition in 2022"
    )
    assert "Next Chair: INTERPOL, from 1\u00a0October 2022" in [
        p.text for p in docx.Document(str(handover)).paragraphs
    ]
    assert len(Calendar.from_ical(ics.read_bytes()).walk("VEVENT")) == 5


@pytest.mark.parametrize(
    "args, message",
    [
        (
            ["export", "submission", "--group", "NOPE", "--year", "2022"],
            "no working group 'NOPE' (known: BMLE, CJLR",
        ),
        (["export", "handover", "--group", "NOPE"], "no working group 'NOPE'"),
        (["export", "ics", "--group", "NOPE"], "no working group 'NOPE'"),
        (["export", "agenda", "--meeting", "ffffffff"], "no meeting with the id 'ffffffff'"),
        (["export", "minutes", "--meeting", "ab"], "too short"),
    ],
)
def test_unknown_groups_and_meetings_exit_2_and_write_nothing(
    demo, tmp_path, capsys, args, message
) -> None:
    target = tmp_path / "out.file"
    assert main([*args, "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("chairdesk: ") and message in err
    assert not target.exists()


def test_a_template_that_is_not_a_docx_exits_2_and_writes_nothing(demo, tmp_path, capsys) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    bad = tmp_path / "letterhead.pdf"
    bad.write_bytes(b"%PDF-1.7 not a Word document")
    target = tmp_path / "out.docx"
    status = main(
        [
            "export",
            "submission",
            "--group",
            "ETCIP",
            "--year",
            "2022",
            "-o",
            str(target),
            "--template",
            str(bad),
        ]
    )
    assert status == 2
    err = capsys.readouterr().err
    assert f"{bad}: not a Word document" in err and "Nothing was written." in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["letterhead.pdf"]


def test_the_meetings_command_needs_a_known_group(demo, capsys) -> None:
    assert main(["meetings", "--group", "XYZ"]) == 2
    assert "no working group 'XYZ'" in capsys.readouterr().err


def test_export_help_lists_the_documents(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    out = capsys.readouterr().out
    for name in ("json", "submission", "agenda", "minutes", "annex", "handover", "ics"):
        assert name in out
