"""The rules the code is written to, enforced where CI sees them.

The layer contracts (import-linter, `[tool.importlinter]` in pyproject.toml) and ruff's
checks (`[tool.ruff]`) run as tests; each is also shown catching a breach, so that a broken
configuration cannot pass for a clean codebase.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ["chairdesk", "tests", "tools", "build.spec", "db"]


def _lint_imports(package_parent: Path) -> subprocess.CompletedProcess[str]:
    """import-linter's command, on the package found under `package_parent`."""
    code = (
        "import sys; from importlinter import cli; "
        f"sys.exit(cli.lint_imports(config_filename={str(ROOT / 'pyproject.toml')!r}, "
        "no_cache=True, no_logo=True))"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=package_parent,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(package_parent), "PATH": ""},
        check=False,
        timeout=300,
    )


def _ruff(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args, "--no-cache"],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


def test_every_layer_contract_is_kept() -> None:
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert " 0 broken." in result.stdout


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("domain/quarters.py", "import chairdesk.store.models", "Layers look down only"),
        ("store/checks.py", "from PySide6 import QtWidgets", "Only the interface imports Qt"),
        ("domain/wording.py", "import sqlalchemy", "The domain is pure"),
        (
            "cli/records.py",
            "import chairdesk.gui.selftest",
            "The command line reaches the application",
        ),
    ],
)
def test_a_breach_of_a_contract_is_caught(
    tmp_path: Path, module: str, line: str, contract: str
) -> None:
    copy = tmp_path / "chairdesk"
    shutil.copytree(ROOT / "chairdesk", copy, ignore=shutil.ignore_patterns("__pycache__"))
    target = copy / module
    target.write_text(
        target.read_text(encoding="utf-8") + f"\n{line}  # a breach\n", encoding="utf-8"
    )
    result = _lint_imports(tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    assert f"{contract}" in result.stdout and "BROKEN" in result.stdout


def test_ruff_finds_nothing() -> None:
    result = _ruff("check", *SOURCES)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_code_is_laid_out_as_ruff_format_lays_it_out() -> None:
    result = _ruff("format", "--check", *SOURCES)
    assert result.returncode == 0, result.stdout + result.stderr


def test_ruff_catches_what_it_is_there_for(tmp_path: Path) -> None:
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "sloppy.py").write_text("import os\nx = {'a':1}\n", encoding="utf-8")
    result = _ruff("check", "sloppy.py", cwd=tmp_path)
    assert result.returncode == 1 and "F401" in result.stdout
    assert _ruff("format", "--check", "sloppy.py", cwd=tmp_path).returncode == 1  # x = {"a": 1}


def _read_classes(package: Path) -> dict[str, set[str]]:
    """Class name → annotated field names, for every class of the modules in `package`."""
    found: dict[str, set[str]] = {}
    for module in sorted(package.glob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                fields = {
                    item.target.id
                    for item in node.body
                    if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
                }
                found[f"{module.stem}.{node.name}"] = fields
    return found


def test_reports_keep_no_copy_of_a_store_read_class() -> None:
    # One read class per concept: a report holds the store's row (a group's details, a
    # meeting's) and adds only what documents need, rather than repeating its fields.
    store = {
        name: fields
        for name, fields in _read_classes(ROOT / "chairdesk" / "store").items()
        if name.split(".")[0].endswith("_queries")
        and len(fields) >= 7  # a row, not a small value like MeetingProposal
    }
    assert "composition_queries.GroupDetails" in store
    assert "meeting_queries.MeetingDetail" in store
    copies = [
        f"{report} repeats {read}"
        for report, fields in _read_classes(ROOT / "chairdesk" / "reports").items()
        for read, read_fields in store.items()
        if read_fields <= fields
    ]
    assert copies == []


def _queries_built(module: Path) -> list[str]:
    """Where `module` writes SQL itself: a name imported from SQLAlchemy or the trash filter,
    `select(...)`, or a session asked directly (`session.execute`, `.scalars`, `.get`...)."""
    found = []
    for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
        where = f"{module.name}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, ast.ImportFrom) and (
            (node.module or "").startswith("sqlalchemy")
            or (
                node.module == "chairdesk.store.tables"
                and any(a.name == "live" for a in node.names)
            )
        ):
            found.append(f"{where} imports {', '.join(a.name for a in node.names)}")
        elif isinstance(node, ast.Call):
            call = node.func
            if isinstance(call, ast.Name) and call.id == "select":
                found.append(f"{where} select(...)")
            elif (
                isinstance(call, ast.Attribute)
                and call.attr in {"execute", "scalars", "scalar", "get", "query"}
                and isinstance(call.value, ast.Name)
                and call.value.id in {"session", "s", "conn", "connection"}
            ):
                found.append(f"{where} {call.value.id}.{call.attr}(...)")
    return found


def test_the_command_line_runs_no_sql_of_its_own() -> None:
    # Its reads are the store's queries, shared with the views and the reports.
    modules = sorted((ROOT / "chairdesk" / "cli").glob("*.py"))
    assert len(modules) >= 4
    assert [q for module in modules for q in _queries_built(module)] == []


def test_a_query_written_on_the_command_line_is_caught(tmp_path: Path) -> None:
    module = tmp_path / "records.py"
    module.write_text(
        "from sqlalchemy import select\n"
        "from chairdesk.store.tables import live\n"
        "def f(session):\n"
        "    return session.scalars(select(1).where(live(2))).all()\n",
        encoding="utf-8",
    )
    assert len(_queries_built(module)) == 4
