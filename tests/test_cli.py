"""The command line, driven as a script or a person would."""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from chairdesk.cli import build_parser, main
from chairdesk.paths import DATA_DIR_ENV

REPO = Path(__file__).resolve().parent.parent


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()):
    """Every (path, help, parser) of the command tree, depth first."""
    for action in parser._actions:  # noqa: SLF001 - argparse keeps its tree only here
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            helps = {choice.dest: choice.help for choice in action._choices_actions}  # noqa: SLF001
            for name, sub in action.choices.items():
                yield (*path, name), helps.get(name), sub
                yield from _commands(sub, (*path, name))


def test_help_documents_every_command(capsys) -> None:
    tree = list(_commands(build_parser()))
    assert len(tree) > 30  # the whole tree was walked, not only the top level
    for path, help_text, sub in tree:
        assert help_text, f"chairdesk {' '.join(path)} has no help"
        with pytest.raises(SystemExit) as exit_:
            main([*path, "--help"])
        assert exit_.value.code == 0
        out = capsys.readouterr().out
        assert out.startswith(f"usage: chairdesk {' '.join(path)}")
        for child, child_help, _ in _commands(sub):
            if len(child) == 1:  # its own subcommands are listed with their help
                assert child[0] in out and child_help.split()[0] in out, (path, child)
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for path, help_text, _ in tree:
        if len(path) == 1:
            # listed in the overview, with its help
            assert f"    {path[0]} " in out and help_text.split()[0] in out, path
            assert f"`chairdesk {path[0]}" in readme or path[0] == "gui", f"README misses {path[0]}"


def test_data_dir_option_overrides_the_environment(tmp_path, data_dir, small_file, capsys) -> None:
    chosen = tmp_path / "chosen"
    assert main(["--data-dir", str(chosen), "import", str(small_file)]) == 0
    assert (chosen / "workspace.sqlite3").exists()
    assert not (data_dir / "workspace.sqlite3").exists()
    assert main(["info"]) == 2  # the environment's folder holds no workspace, and gets none
    assert f"there is no ChairDesk workspace in {data_dir}" in capsys.readouterr().err
    assert not data_dir.exists()


def test_info_shows_schema_path_and_counts(small_file, data_dir, capsys) -> None:
    main(["import", str(small_file)])
    capsys.readouterr()
    assert main(["info"]) == 0
    out = capsys.readouterr().out
    assert f"Database:       {data_dir / 'workspace.sqlite3'}" in out
    assert "Schema version: 0006" in out
    assert "Workspace:      Test" in out
    assert "meeting                  1         0" in out
    assert "ETCIP    pillar II      1 meetings" in out


def test_check_reports_problems_and_fails(small_file, data_dir, capsys) -> None:
    from sqlalchemy import select

    from chairdesk.store.database import open_workspace
    from chairdesk.store.models import ChairTerm, Entity

    main(["import", str(small_file)])
    assert main(["check"]) == 0
    ws = open_workspace(data_dir / "workspace.sqlite3", data_dir / "backups")
    with ws.transaction() as session:  # what two laptops could do offline
        session.add(Entity(acronym="OPCW", name="A second OPCW", kind="un"))
        term = session.scalars(select(ChairTerm).order_by(ChairTerm.start)).first()
        term.end = None
    ws.close()
    capsys.readouterr()

    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert "duplicate acronym 'OPCW'" in out
    assert "starts 2022-07-01 while the term" in out
    assert "2 problems found" in out


def test_backup_and_restore_through_the_command_line(
    small_file, data_dir, tmp_path, capsys
) -> None:
    main(["import", str(small_file)])
    saved = tmp_path / "before-edit.sqlite3"
    assert main(["backup", "-o", str(saved)]) == 0
    doc = json.loads(small_file.read_text("utf-8"))
    doc["meetings"][0]["title"] = "Renamed meeting"
    edited = tmp_path / "edited.json"
    edited.write_text(json.dumps(doc), "utf-8")
    main(["import", str(edited)])

    assert main(["restore", str(saved)]) == 0
    out_file = tmp_path / "after.json"
    main(["export", "json", "-o", str(out_file)])
    titles = [m["title"] for m in json.loads(out_file.read_text("utf-8"))["meetings"]]
    assert titles == ["Q1 meeting"], "the restored workspace has the state of the backup"
    backups = list((data_dir / "backups").glob("*before-restore*"))
    assert len(backups) == 1, "the state before the restore is kept"


def test_restore_of_a_missing_backup_is_a_clear_error(capsys, tmp_path) -> None:
    assert main(["restore", str(tmp_path / "gone.sqlite3")]) == 2
    assert "gone.sqlite3: no such backup file" in capsys.readouterr().err


def test_the_installed_command_runs_as_a_process(tmp_path, small_file) -> None:
    """`python -m chairdesk` in a real process: exit statuses are what a script sees."""
    env = {**os.environ, DATA_DIR_ENV: str(tmp_path / "proc")}
    ok = subprocess.run(
        [sys.executable, "-m", "chairdesk", "import", str(small_file)],
        env=env,
        capture_output=True,
        text=True,
    )
    assert ok.returncode == 0, ok.stderr
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "chairdesk-workspace", "version": 1, "entities": [{"acronym": ""}]}')
    refused = subprocess.run(
        [sys.executable, "-m", "chairdesk", "import", str(bad)],
        env=env,
        capture_output=True,
        text=True,
    )
    assert refused.returncode == 2
    assert refused.stderr.startswith("chairdesk: entities[0].acronym: must not be empty")


def test_output_cut_short_by_its_reader_ends_quietly(tmp_path, small_file) -> None:
    """`chairdesk info | head -1`: no traceback when the reader has gone."""
    env = {**os.environ, DATA_DIR_ENV: str(tmp_path / "proc")}
    subprocess.run(
        [sys.executable, "-m", "chairdesk", "import", str(small_file)],
        env=env,
        capture_output=True,
        check=True,
    )
    reader, writer = os.pipe()
    os.close(reader)  # the reader is gone before anything is written
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "chairdesk", "info"],
            env=env,
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    finally:
        os.close(writer)
    assert (proc.returncode, proc.stderr) == (1, "")


def test_a_workspace_in_a_cloud_synced_folder_is_refused_and_not_created(tmp_path, capsys) -> None:
    inside = tmp_path / "Dropbox" / "ChairDesk"
    assert main(["--data-dir", str(inside), "demo"]) == 2
    err = capsys.readouterr().err
    assert "refusing to use" in err and "Dropbox" in err and "corrupts it" in err
    assert not (inside / "workspace.sqlite3").exists()


def test_the_application_without_a_display_says_how_to_run_headless(tmp_path) -> None:
    """On a server or over SSH: a sentence and a non-zero exit, not Qt's abort (exit 134)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env[DATA_DIR_ENV] = str(tmp_path / "data")
    for argv in ([], ["gui"]):
        proc = subprocess.run(
            [sys.executable, "-m", "chairdesk", *argv],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert proc.returncode == 2, proc.stderr
        assert proc.stderr.startswith("chairdesk: there is no display to show the application on")
        assert "QT_QPA_PLATFORM=offscreen" in proc.stderr and "chairdesk --help" in proc.stderr
        assert "qt.qpa" not in proc.stderr and "Aborted" not in proc.stderr
    assert not (tmp_path / "data").exists(), "nothing was created"


@pytest.mark.parametrize(
    "command",
    [
        ["export", "submission", "--group", "ETCIP", "--year", "9999", "-o", "s.docx"],
        ["export", "annex", "--year", "0", "-o", "a.docx"],
        ["export", "review", "--year", "9999", "-o", "r.docx"],
        ["export", "ics", "--group", "ETCIP", "--year", "10000", "-o", "c.ics"],
        ["export", "handover", "--group", "ETCIP", "--date", "9999-12-31", "-o", "h.docx"],
        ["meetings", "--group", "ETCIP", "--year", "99999"],
    ],
)
def test_a_year_no_calendar_holds_is_refused_with_exit_2(
    command, small_file, tmp_path, capsys
) -> None:
    # These went on to a traceback (OverflowError, "year 10000 is out of range") and exit 1.
    main(["import", str(small_file)])
    capsys.readouterr()
    with pytest.raises(SystemExit) as exit_:
        main(
            [
                part if not part.endswith((".docx", ".ics")) else str(tmp_path / part)
                for part in command
            ]
        )
    assert exit_.value.code == 2
    error = capsys.readouterr().err.splitlines()[-1]
    assert re.search(r"error: argument --(year|date): year \d+ is outside 1900–2199$", error), error
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".docx", ".ics")]


def test_the_command_line_reaches_the_application_only_through_the_gui_package_entry_points() -> (
    None
):
    import ast

    import chairdesk

    package = Path(chairdesk.__file__).parent
    modules = [
        package / "__main__.py",
        *package.glob("cli*.py"),
        *package.glob("cli/*.py"),
        package / "sync" / "cli_commands.py",
    ]
    reached = set()
    for module in filter(Path.exists, modules):
        for node in ast.walk(ast.parse(module.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("chairdesk.gui"):
                reached.add(node.module)
            elif isinstance(node, ast.Import):
                reached.update(a.name for a in node.names if a.name.startswith("chairdesk.gui"))
    assert reached == {"chairdesk.gui"}


def test_the_command_families_share_one_module_and_never_import_each_other() -> None:
    import ast

    import chairdesk.cli

    package = Path(chairdesk.cli.__file__).parent
    families = {path.stem: path for path in package.glob("*.py") if path.stem != "__init__"}
    assert {"common", "records", "submissions"} <= set(families)
    for name, path in families.items():
        imported = set()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module == "chairdesk":
                imported.update(f"chairdesk.{a.name}" for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                imported.add(node.module or "")
        cli_modules = {
            m for m in imported if m == "chairdesk.cli" or m.startswith("chairdesk.cli.")
        }
        allowed = set() if name == "common" else {"chairdesk.cli.common"}
        assert cli_modules <= allowed, (
            f"chairdesk/cli/{name}.py imports {sorted(cli_modules - allowed)}"
        )
