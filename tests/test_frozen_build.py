"""`chairdesk --self-test`, from the source tree and from the PyInstaller build (build.spec).

The frozen build takes a few minutes and a few hundred megabytes: it runs only
with CHAIRDESK_TEST_FROZEN=1 (and PyInstaller installed: `pip install '.[build]'`).
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
# The one-folder build as chairs download it (issue 18): on disk and as a .tar.gz.
FOLDER_BUDGET_MB = 180
TAR_GZ_BUDGET_MB = 70


def _export_formats() -> set[str]:
    """What `chairdesk export FORMAT` offers."""
    from chairdesk.cli import build_parser

    def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
        (action,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        return action.choices

    return set(subcommands(subcommands(build_parser())["export"]))


def _assert_every_export_was_made(stdout: str) -> None:
    """The self-test wrote (and read back) every export the program offers, and drew every chart:
    a piece left out of a build fails the export that needs it."""
    made = re.findall(r"^exported (\S+(?: \(\w+\))?):", stdout, flags=re.MULTILINE)
    wanted = {f"submission ({language})" for language in ("en", "fr")}
    wanted |= _export_formats() - {"submission"}
    assert wanted <= set(made), (
        f"the self-test did not export {sorted(wanted - set(made))}:\n{stdout}"
    )
    # ETCIP's: the meetings, the activities' status and the timeline in three parts (by output).
    assert re.search(r"^exported submission \(en\): .*, 5 charts", stdout, flags=re.MULTILINE), (
        stdout
    )
    assert re.search(r"^exported submission \(fr\): .*, 5 charts", stdout, flags=re.MULTILINE), (
        stdout
    )
    assert re.search(r"^exported handover: .*, 1 chart\b", stdout, flags=re.MULTILINE), stdout
    assert "dashboard charts: activity status by output, meetings per quarter" in stdout, stdout


def _load_tool(name: str):  # noqa: ANN202 - a module
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        f"_chairdesk_{name}", REPO / "tools" / f"{name}.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _assert_only_what_chairdesk_uses(folder: Path) -> None:
    """What build.spec leaves out stays out (Linux, where it was measured)."""
    files = [
        f.relative_to(folder).as_posix()
        for f in folder.rglob("*")
        if f.is_file() and not f.is_symlink()
    ]
    qt = next(folder.rglob("PySide6/Qt"))
    plugins = sorted(
        f.relative_to(qt / "plugins").as_posix() for f in (qt / "plugins").rglob("*.so")
    )
    unexpected = [
        p
        for p in plugins
        if not re.fullmatch(
            r"platforms/libq(xcb|wayland|offscreen)\.so|platformthemes/libqxdgdesktopportal\.so"
            r"|platforminputcontexts/lib(compose|ibus)platforminputcontextplugin\.so"
            r"|(imageformats/libqsvg|iconengines/libqsvgicon)\.so|xcbglintegrations/.*"
            r"|wayland-decoration-client/.*|wayland-shell-integration/libxdg-shell\.so",
            p,
        )
    ]
    assert not unexpected, f"Qt plugins ChairDesk does not use: {unexpected}"
    translations = sorted(f.name for f in (qt / "translations").glob("*.qm"))
    assert translations and all(name.endswith("_fr.qm") for name in translations), translations
    assert not [f for f in files if re.search(r"libgtk-3|libgdk-3|libQt6Network|libQt6EglFS", f)]
    # What PySide6's Qt takes from the system, the build takes from it too.
    assert not [
        f for f in files if re.search(r"(^|/)lib(stdc\+\+|X11|glib-2\.0|fontconfig|dbus-1)\.so", f)
    ]
    (icu_data,) = (folder / f for f in files if re.search(r"/libicudata\.so\.\d+$", f))
    assert icu_data.stat().st_size < 6e6, (
        "ICU's data should be English and French only (tools/lean_icu.py)"
    )
    fonts = sorted(f.rsplit("/", 1)[1] for f in files if "mpl-data/fonts/" in f)
    assert fonts and all(
        re.fullmatch(r"DejaVuSans(-Bold)?\.ttf|LastResortHE-Regular\.ttf", f) for f in fonts
    ), fonts
    assert not [
        f for f in files if re.search(r"mpl-data/(sample_data|images)/|numpy/(random|fft)/", f)
    ]


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # the self-test must go offscreen by itself
    env.update(extra)
    return env


def test_self_test_passes_from_the_source_tree(tmp_path: Path, data_dir: Path) -> None:
    path = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    # QT_DEBUG_PLUGINS: Qt still logs while it unloads its plugins at exit, after the self-test
    # is over; its verdict must be its exit status all the same (it was a crash, status 139).
    result = subprocess.run(
        [sys.executable, "-m", "chairdesk", "--self-test"],
        cwd=tmp_path,
        env=_env(PYTHONPATH=path, QT_DEBUG_PLUGINS="1"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-5000:]
    assert "self-test passed" in result.stdout
    assert "main window: 8 working groups" in result.stdout
    _assert_every_export_was_made(result.stdout)
    assert not data_dir.exists(), "the self-test must not touch the person's data folder"


def test_self_test_reports_a_failure_with_its_step(monkeypatch, capsys) -> None:
    from chairdesk.gui import selftest

    def broken(*_args: object) -> None:
        raise ModuleNotFoundError("No module named 'docx'")

    monkeypatch.setattr(selftest, "_modules", broken)
    assert selftest.self_test() == 1
    err = capsys.readouterr().err
    assert (
        "self-test failed while importing the application's modules: No module named 'docx'" in err
    )


@pytest.mark.slow
@pytest.mark.skipif(
    os.environ.get("CHAIRDESK_TEST_FROZEN") != "1",
    reason="builds with PyInstaller (a few minutes): set CHAIRDESK_TEST_FROZEN=1",
)
def test_frozen_build_passes_its_self_test(tmp_path: Path) -> None:
    pytest.importorskip("PyInstaller", reason="pip install '.[build]'")
    dist, work = tmp_path / "dist", tmp_path / "work"
    build = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(REPO / "build.spec"),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert build.returncode == 0, build.stdout[-5000:] + build.stderr[-5000:]
    folder = dist / "ChairDesk"
    program = folder / ("ChairDesk.exe" if sys.platform == "win32" else "ChairDesk")
    assert program.is_file()
    for shipped in (
        "ui/main_window.ui",
        "ui/settings_dialog.ui",
        "resources/demo/workspace.json",
        "resources/translations/chairdesk_fr.qm",
        "db/env.py",
    ):
        assert any(folder.rglob(f"chairdesk/{shipped}")), f"{shipped} is missing from the build"
    assert not any(folder.rglob("PyQt5")) and not any(folder.rglob("PyQt6"))
    assert not any(folder.rglob("*QtWebEngine*")) and not any(folder.rglob("*tkinter*"))
    if sys.platform.startswith("linux"):
        _assert_only_what_chairdesk_uses(folder)

    result = subprocess.run(
        [str(program), "--self-test"],
        cwd=tmp_path,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    if sys.platform != "win32":  # a windowed Windows program has no standard output
        assert "self-test passed" in result.stdout
        _assert_every_export_was_made(result.stdout)

    weights = _load_tool("build_weights")
    size_mb, tar_gz_mb = weights.folder_size(folder) / 1e6, weights.tar_gz_size(folder) / 1e6
    print(f"frozen build: {folder} is {size_mb:.0f} MB, {tar_gz_mb:.0f} MB as .tar.gz")
    assert size_mb <= FOLDER_BUDGET_MB, weights.table(folder)
    assert tar_gz_mb <= TAR_GZ_BUDGET_MB, weights.table(folder)
