"""The workspace file when it is not what a command expects: missing, damaged, mismatched, read-only.

Each case must give one sentence that names the file and says what to do, with exit status 2
(`check` reports what it finds with exit status 1), never a traceback, and must leave
nothing behind: no new workspace, no extra backup, no write into a damaged file.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from chairdesk.cli import main
from chairdesk.paths import DATA_DIR_ENV

# Commands that only read: none of them may create a workspace where there is none.
READING = [
    ["info"],
    ["check"],
    ["meetings", "--group", "ETCIP"],
    ["chair", "--group", "ETCIP"],
    ["export", "json", "-o", "-"],
    ["export", "ics", "--group", "ETCIP", "-o", "out.ics"],
    ["export", "annex", "--year", "2022", "-o", "annex.docx"],
    ["activity", "list", "--group", "ETCIP"],
    ["narrative", "show", "--group", "ETCIP", "--year", "2022"],
    ["sync", "status"],
    ["backup"],
]


def chairdesk(*args: str | Path, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """`python -m chairdesk ARGS` in a real process: the exit status a script sees."""
    return subprocess.run(
        [sys.executable, "-m", "chairdesk", *map(str, args)], cwd=cwd, capture_output=True, text=True,
        env={**os.environ, **(env or {})}, timeout=300,
    )


def one_sentence(stderr: str) -> str:
    """The error's text, checked to be a message for people and not a traceback."""
    assert "Traceback" not in stderr, stderr
    assert stderr.startswith("chairdesk: "), stderr
    return stderr


# -- a command that reads never creates a workspace ------------------------------------------------


def test_reading_commands_on_a_mistyped_data_folder_create_nothing(tmp_path: Path) -> None:
    typo = tmp_path / "TYPO"
    for command in (READING[0], READING[1], ["sync", "status"]):  # as processes: the real exit status
        proc = chairdesk("--data-dir", typo, *command, cwd=tmp_path)
        assert proc.returncode == 2, (command, proc.stdout, proc.stderr)
        err = one_sentence(proc.stderr)
        assert f"there is no ChairDesk workspace in {typo}" in err
        assert "chairdesk --data-dir" in err and "demo" in err and "import" in err, "it says how to create one"
        assert "no problems" not in proc.stdout
    assert not typo.exists(), "not even the folder is created"


@pytest.mark.parametrize("command", READING[2:], ids=lambda c: " ".join(c[:2]))
def test_no_reading_command_creates_a_workspace(tmp_path: Path, command: list[str], capsys, monkeypatch) -> None:
    typo = tmp_path / "TYPO"
    monkeypatch.chdir(tmp_path)
    assert main(["--data-dir", str(typo), *command]) == 2
    assert f"there is no ChairDesk workspace in {typo}" in capsys.readouterr().err
    assert not typo.exists()


def test_a_missing_workspace_file_is_named(tmp_path: Path, capsys) -> None:
    missing = tmp_path / "elsewhere" / "mine.sqlite3"
    assert main(["--workspace", str(missing), "info"]) == 2
    err = capsys.readouterr().err
    assert f"{missing}: no such workspace file" in err
    assert not missing.parent.exists()


def test_creating_commands_still_create(tmp_path: Path, small_file: Path, capsys) -> None:
    fresh = tmp_path / "fresh"
    assert main(["--data-dir", str(fresh), "import", str(small_file)]) == 0
    assert (fresh / "workspace.sqlite3").is_file()
    capsys.readouterr()
    assert main(["--data-dir", str(fresh), "info"]) == 0
    assert "Workspace:      Test" in capsys.readouterr().out
