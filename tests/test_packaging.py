"""`pip install .` (not editable) gives a working application: forms, resources and migrations inside."""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def _run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, f"{args}: {result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    _run(sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", out, REPO, cwd=out)
    (built,) = out.glob("chairdesk-*.whl")
    return built


def test_wheel_carries_forms_resources_and_migrations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "chairdesk/ui/main_window.ui",
        "chairdesk/resources/demo/workspace.json",
        "chairdesk/resources/schema/chairdesk-workspace.schema.json",
        "chairdesk/resources/translations/chairdesk_fr.qm",  # compiled by hatch_build.py
        "chairdesk/db/env.py",
        "chairdesk/db/versions/0001_initial_schema.py",
    ):
        assert expected in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "chairdesk = chairdesk.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_installed_wheel_runs_demo_info_export_and_check(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    _run(sys.executable, "-m", "venv", venv, cwd=tmp_path)
    bin_dir = venv / ("Scripts" if sys.platform == "win32" else "bin")
    python = bin_dir / "python"
    # Dependencies come from this environment; ChairDesk itself only from the wheel.
    site = Path(
        _run(
            python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))", cwd=tmp_path
        ).stdout.strip()
    )
    (site / "outer-deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    _run(python, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", wheel, cwd=tmp_path)

    where = _run(
        python, "-c", "import chairdesk.paths as p; print(p.resource_path('demo'))", cwd=tmp_path
    ).stdout
    assert Path(where.strip()).is_relative_to(site), (
        "resources must come from the installed package"
    )

    chairdesk = bin_dir / "chairdesk"
    data = tmp_path / "D"
    _run(chairdesk, "--data-dir", data, "demo", cwd=tmp_path)
    info = _run(chairdesk, "--data-dir", data, "info", cwd=tmp_path).stdout
    assert "Working groups (8):" in info
    _run(chairdesk, "--data-dir", data, "export", "json", "-o", tmp_path / "a.json", cwd=tmp_path)
    _run(chairdesk, "--data-dir", tmp_path / "E", "import", tmp_path / "a.json", cwd=tmp_path)
    _run(
        chairdesk,
        "--data-dir",
        tmp_path / "E",
        "export",
        "json",
        "-o",
        tmp_path / "b.json",
        cwd=tmp_path,
    )
    assert (tmp_path / "a.json").read_bytes() == (tmp_path / "b.json").read_bytes()
    assert len(json.loads((tmp_path / "a.json").read_text("utf-8"))["working_groups"]) == 8
    check = _run(chairdesk, "--data-dir", data, "check", cwd=tmp_path).stdout
    assert "no problems found" in check
