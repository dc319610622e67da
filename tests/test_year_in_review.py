"""From eight chairs' laptops to the secretariat's desk: the Year in Review, end to end, by the command line.

Eight data folders each hold one working group of the demo, as a chair's laptop
would; each chair exports the 2022 submission; a ninth folder, the
secretariat's, imports the eight .docx files and exports the review.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from chairdesk.cli import main
from chairdesk.store.database import open_workspace
from tests.conftest import snapshot
from tests.reports.demo_groups import SEED_ORDER, demo_with


def chairdesk(folder: Path, *args: str) -> int:
    return main(["--data-dir", str(folder), *args])


@pytest.fixture(scope="module")
def submissions(tmp_path_factory) -> list[Path]:
    root = tmp_path_factory.mktemp("chairs")
    files = []
    for acronym in SEED_ORDER:
        folder = root / acronym
        records = root / f"{acronym}.json"
        records.write_text(json.dumps(demo_with({acronym})), encoding="utf-8")
        assert chairdesk(folder, "import", str(records)) == 0
        target = root / "mail" / f"{acronym}-submission-2022.docx"
        assert (
            chairdesk(
                folder,
                "export",
                "submission",
                "--group",
                acronym,
                "--year",
                "2022",
                "-o",
                str(target),
            )
            == 0
        )
        files.append(target)
    return files


def heading_texts(document, level: int) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == f"Heading {level}"]


def test_eight_submissions_make_the_year_in_review(submissions, tmp_path, capsys) -> None:
    secretariat = tmp_path / "secretariat"
    assert chairdesk(secretariat, "import", *map(str, submissions)) == 0
    assert "Imported 8 submissions" in capsys.readouterr().out

    review = tmp_path / "review-2022.docx"
    assert chairdesk(secretariat, "export", "review", "--year", "2022", "-o", str(review)) == 0
    assert capsys.readouterr().out.startswith(f"Wrote {review}")
    document = docx.Document(str(review))
    text = " ".join(p.text for p in document.paragraphs)
    assert "held 37 meetings (32 regular quarterly meetings and five in-focus discussions)" in text

    chapters = [h for h in heading_texts(document, 1) if h.startswith("Working Group on")]
    assert [re.search(r"\((\w+)\)$", c).group(1) for c in chapters] == list(SEED_ORDER)

    paragraphs = document.paragraphs
    start = next(
        i
        for i, p in enumerate(paragraphs)
        if p.style.name == "Heading 1"
        and p.text == "Annex II: Working group structure and composition in 2022"
    )
    annex = [p.text for p in paragraphs[start:]]
    for acronym in SEED_ORDER:
        group = next(t for t in annex if t.endswith(f"({acronym})"))
        assert annex[annex.index(group) + 1].startswith("Chair: ")
    assert re.search(r"Chair: UNICRI \(Q1.Q2\), OPCW \(Q3\) and INTERPOL \(Q4\)", "\n".join(annex))

    instructions = [t.text for t in document.element.body.iter(qn("w:instrText"))]
    assert any(i.strip().startswith("TOC ") for i in instructions)


def test_importing_the_same_files_again_changes_nothing(submissions, tmp_path, capsys) -> None:
    secretariat = tmp_path / "secretariat"
    assert chairdesk(secretariat, "import", *map(str, submissions)) == 0
    ws = open_workspace(secretariat / "workspace.sqlite3", secretariat / "backups")
    before = snapshot(ws)
    ws.close()
    capsys.readouterr()
    assert chairdesk(secretariat, "import", *map(str, submissions)) == 0
    assert capsys.readouterr().out.count(": nothing to change") == 8
    ws = open_workspace(secretariat / "workspace.sqlite3", secretariat / "backups")
    assert snapshot(ws) == before
    ws.close()


def test_the_real_command_exits_2_on_a_bad_file_and_writes_nothing(submissions, tmp_path) -> None:
    secretariat = tmp_path / "secretariat"
    bad = tmp_path / "minutes.docx"
    bad.write_text("not a Word file", encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    completed = subprocess.run(
        [
            sys.executable,
            "-m",
            "chairdesk",
            "--data-dir",
            str(secretariat),
            "import",
            str(submissions[0]),
            str(bad),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert completed.returncode == 2
    assert (
        completed.stderr.splitlines()[0] == "chairdesk: minutes.docx: not a Word document (.docx)"
    )
    ws = open_workspace(secretariat / "workspace.sqlite3", secretariat / "backups")
    with ws.read() as session:
        from chairdesk.store.checks import table_counts

        assert all(live == 0 for live, _ in table_counts(session).values())
    ws.close()
