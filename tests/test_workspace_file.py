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
from chairdesk.store.database import SCHEMA_HEAD

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


def chairdesk(
    *args: str | Path, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """`python -m chairdesk ARGS` in a real process: the exit status a script sees."""
    return subprocess.run(
        [sys.executable, "-m", "chairdesk", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


def one_sentence(stderr: str) -> str:
    """The error's text, checked to be a message for people and not a traceback."""
    assert "Traceback" not in stderr, stderr
    assert stderr.startswith("chairdesk: "), stderr
    return stderr


# -- a command that reads never creates a workspace ------------------------------------------------


def test_reading_commands_on_a_mistyped_data_folder_create_nothing(tmp_path: Path) -> None:
    typo = tmp_path / "TYPO"
    for command in (
        READING[0],
        READING[1],
        ["sync", "status"],
    ):  # as processes: the real exit status
        proc = chairdesk("--data-dir", typo, *command, cwd=tmp_path)
        assert proc.returncode == 2, (command, proc.stdout, proc.stderr)
        err = one_sentence(proc.stderr)
        assert f"there is no ChairDesk workspace in {typo}" in err
        assert "chairdesk --data-dir" in err and "demo" in err and "import" in err, (
            "it says how to create one"
        )
        assert "no problems" not in proc.stdout
    assert not typo.exists(), "not even the folder is created"


@pytest.mark.parametrize("command", READING[2:], ids=lambda c: " ".join(c[:2]))
def test_no_reading_command_creates_a_workspace(
    tmp_path: Path, command: list[str], capsys, monkeypatch
) -> None:
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


# -- helpers: what a disk, a person or another program does to the file ----------------------------


def damage_page_of(path: Path, table: str = "meeting") -> None:
    """Overwrite the header of the table's first page, as a failing disk or a bad copy does."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    conn.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\xff" * 64)


def backups_in(data: Path) -> list[Path]:
    return sorted((data / "backups").glob("*.sqlite3")) if (data / "backups").is_dir() else []


@pytest.fixture
def filled(tmp_path: Path, small_file: Path, capsys) -> Path:  # noqa: ANN001 - pytest's capsys
    """A data folder holding the small workspace (a meeting and its agenda, a work plan...)."""
    data = tmp_path / "filled"
    assert main(["--data-dir", str(data), "import", str(small_file)]) == 0
    capsys.readouterr()
    return data


def read_only(path: Path, request: pytest.FixtureRequest) -> None:
    """Make `path` (a file or a folder) unwritable, even for root: the immutable attribute."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        request.addfinalizer(lambda: path.chmod(mode))
        return
    made = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
    if made.returncode != 0:
        pytest.skip(f"cannot make a file immutable here: {made.stderr.strip()}")
    request.addfinalizer(lambda: subprocess.run(["chattr", "-i", str(path)], check=True))


# -- a damaged page (finding 5) --------------------------------------------------------------------


def test_check_reports_a_damaged_workspace_in_a_sentence(filled: Path) -> None:
    workspace = filled / "workspace.sqlite3"
    damage_page_of(workspace)
    proc = chairdesk("--data-dir", filled, "check", cwd=filled)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    assert f"{workspace} is damaged" in proc.stdout
    assert "database disk image is malformed" in proc.stdout
    assert "chairdesk restore" in proc.stdout and "File → Restore from Backup…" in proc.stdout


def test_a_damaged_workspace_is_never_written_to_nor_backed_up(filled: Path, capsys) -> None:
    workspace = filled / "workspace.sqlite3"
    good_backups = backups_in(filled)
    damage_page_of(workspace)
    before = workspace.read_bytes()

    # Today's backup would be the first thing a command does: it reads the file first.
    proc = chairdesk(
        "--data-dir",
        filled,
        "narrative",
        "set",
        "--group",
        "ETCIP",
        "--year",
        "2022",
        "--section",
        "advocacy",
        "--text",
        "Written into a damaged file",
        cwd=filled,
    )
    assert proc.returncode == 2
    err = one_sentence(proc.stderr)
    assert f"{workspace} is damaged" in err and "will not write to it" in err
    assert "chairdesk restore" in err
    assert backups_in(filled) == good_backups, "no copy of a damaged file among the backups"
    assert workspace.read_bytes() == before, "nothing was written"

    # Known from now on without reading the whole file: every later write is refused too.
    assert (
        main(
            [
                "--data-dir",
                str(filled),
                "narrative",
                "set",
                "--group",
                "ETCIP",
                "--year",
                "2022",
                "--section",
                "advocacy",
                "--text",
                "Again",
            ]
        )
        == 2
    )
    assert "is damaged" in capsys.readouterr().err
    assert workspace.read_bytes() == before


def test_the_first_damaged_page_a_command_meets_stops_every_write(filled: Path, capsys) -> None:
    """Damage after today's backup was made: found by the first query that reads the page."""
    workspace = filled / "workspace.sqlite3"
    assert main(["--data-dir", str(filled), "info"]) == 0  # today's backup: made now
    capsys.readouterr()
    damage_page_of(workspace)
    proc = chairdesk("--data-dir", filled, "meetings", "--group", "ETCIP", cwd=filled)
    assert proc.returncode == 2
    assert f"{workspace} is damaged" in one_sentence(proc.stderr)
    before = workspace.read_bytes()
    assert (
        main(
            [
                "--data-dir",
                str(filled),
                "activity",
                "set",
                "A1",
                "--group",
                "ETCIP",
                "--progress",
                "50",
            ]
        )
        == 2
    )
    assert "will not write to it" in capsys.readouterr().err
    assert workspace.read_bytes() == before


def test_restore_brings_a_damaged_workspace_back_and_keeps_the_damaged_file(
    filled: Path, capsys
) -> None:
    workspace = filled / "workspace.sqlite3"
    assert main(["--data-dir", str(filled), "backup"]) == 0
    (good,) = backups_in(filled)
    damage_page_of(workspace)
    assert main(["--data-dir", str(filled), "check"]) == 1
    capsys.readouterr()

    assert main(["--data-dir", str(filled), "restore", str(good)]) == 0
    assert "damaged" in capsys.readouterr().out
    kept = [b for b in backups_in(filled) if "damaged" in b.name]
    assert len(kept) == 1, "the damaged file is kept, named as such"
    assert main(["--data-dir", str(filled), "check"]) == 0
    assert (
        main(
            [
                "--data-dir",
                str(filled),
                "activity",
                "set",
                "A1",
                "--group",
                "ETCIP",
                "--progress",
                "50",
            ]
        )
        == 0
    )


def test_a_damaged_backup_is_not_restored(filled: Path, capsys) -> None:
    assert main(["--data-dir", str(filled), "backup"]) == 0
    (backup,) = [b for b in backups_in(filled) if "manual" in b.name]
    damage_page_of(backup)
    capsys.readouterr()
    assert main(["--data-dir", str(filled), "restore", str(backup)]) == 2
    assert f"{backup} is damaged" in capsys.readouterr().err
    assert main(["--data-dir", str(filled), "check"]) == 0, "the workspace was left as it was"


# -- the schema and the tables (finding 7) -----------------------------------------------------------


def test_a_stamped_version_that_does_not_match_the_tables_is_one_sentence_and_one_backup_at_most(
    filled: Path,
) -> None:
    workspace = filled / "workspace.sqlite3"
    conn = sqlite3.connect(workspace)
    conn.execute("UPDATE alembic_version SET version_num = '0002'")  # the tables are the head's
    conn.commit()
    conn.close()
    before = workspace.read_bytes()
    backups_before = backups_in(filled)
    for _ in range(3):
        proc = chairdesk("--data-dir", filled, "info", cwd=filled)
        assert proc.returncode == 2
        err = one_sentence(proc.stderr)
        assert f"{workspace}: its tables do not match its schema version 0002" in err
        assert "sync_deferred already exists" in err and "left untouched" in err
        assert "chairdesk restore" in err
    assert backups_in(filled) == backups_before, "no backup per failed try"
    assert workspace.read_bytes() == before


def test_a_dropped_table_is_named_by_every_command_check_included(filled: Path) -> None:
    workspace = filled / "workspace.sqlite3"
    conn = sqlite3.connect(workspace)
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("DROP TABLE decision")
    conn.commit()
    conn.close()
    proc = chairdesk("--data-dir", filled, "check", cwd=filled)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stdout + proc.stderr
    assert (
        f"{workspace}: its tables do not match its schema version {SCHEMA_HEAD} (it has no table decision)"
        in proc.stdout
    )
    proc = chairdesk("--data-dir", filled, "export", "json", "-o", "-", cwd=filled)
    assert proc.returncode == 2
    assert "it has no table decision" in one_sentence(proc.stderr)


# -- read-only (finding 7) -------------------------------------------------------------------------------


def test_an_immutable_workspace_file_is_read_but_not_written(filled: Path, request, capsys) -> None:
    workspace = filled / "workspace.sqlite3"
    assert main(["--data-dir", str(filled), "info"]) == 0  # WAL files and today's backup exist
    read_only(workspace, request)
    capsys.readouterr()
    assert main(["--data-dir", str(filled), "meetings", "--group", "ETCIP"]) == 0
    assert "Q1 meeting" in capsys.readouterr().out
    proc = chairdesk(
        "--data-dir",
        filled,
        "narrative",
        "set",
        "--group",
        "ETCIP",
        "--year",
        "2022",
        "--section",
        "advocacy",
        "--text",
        "Kept?",
        cwd=filled,
    )
    assert proc.returncode == 2
    err = one_sentence(proc.stderr)
    assert f"{workspace} is read-only" in err and "Make the file writable" in err


def test_a_read_only_data_folder_is_one_sentence(filled: Path, request) -> None:
    workspace = filled / "workspace.sqlite3"
    conn = sqlite3.connect(workspace)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    for leftover in filled.glob("workspace.sqlite3-*"):
        leftover.unlink()  # as after a clean close: SQLite must create its journal to read
    read_only(filled, request)
    for command in (["info"], ["demo"]):
        proc = chairdesk("--data-dir", filled, *command, cwd=filled.parent)
        assert proc.returncode == 2, proc.stdout
        err = one_sentence(proc.stderr)
        assert f"ChairDesk cannot write in {filled}" in err and "Make the folder writable" in err
        assert "not a ChairDesk workspace" not in err
