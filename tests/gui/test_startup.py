"""Start-up: the first view is on screen before the ORM is loaded (issue 6, startup_ratio)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

from chairdesk.store.database import Workspace

# Runs the application until its window is shown, then says which modules were loaded.
PROBE = """
import os, sys
import gc
real_exit = os._exit
def report_and_exit(code):
    loaded = " ".join(sorted(sys.modules))
    print("collecting:", gc.isenabled(), "loaded:", loaded, flush=True)
    real_exit(code)
os._exit = report_and_exit
from chairdesk.cli import main
main(sys.argv[1:])
"""


def _start(
    probe: str, tmp_path: Path, workspace: Workspace, view: str, *, exit_when_shown: bool
) -> subprocess.CompletedProcess:
    """`chairdesk gui` on `workspace` opening on `view`, run by `probe` in a fresh process."""
    config = tmp_path / "config" / "ChairDesk"
    config.mkdir(parents=True)
    (config / "ChairDesk.conf").write_text(f"[mainWindow]\nview={view}\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    env.pop("CHAIRDESK_BENCH_EXIT_WHEN_SHOWN", None)
    if exit_when_shown:
        env["CHAIRDESK_BENCH_EXIT_WHEN_SHOWN"] = "1"
    return subprocess.run(
        [sys.executable, "-c", probe, "--workspace", str(workspace.path), "gui"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_meetings_view_appears_without_the_orm(
    tmp_path: Path, workspace: Workspace, small_file
) -> None:
    from chairdesk.store.interchange import import_workspace, read_workspace_file

    with workspace.transaction() as session:
        import_workspace(session, read_workspace_file(small_file))
    workspace.close()
    proc = _start(PROBE, tmp_path, workspace, "meetings", exit_when_shown=True)
    assert "chairdesk-shown" in proc.stdout, proc.stderr[-2000:]
    loaded = set(proc.stdout.split("loaded:")[1].split())
    assert "chairdesk.gui.views.meetings" in loaded  # the Meetings view was built and shown
    assert {
        "sqlalchemy.orm",
        "chairdesk.store.models",
        "babel",
        "matplotlib",
        "docx",
        "pycrdt",
    }.isdisjoint(loaded)
    # The cyclic garbage collector waits too (about 40 ms of start-up on the demo workspace).
    assert "collecting: False" in proc.stdout


# Runs the application on the Dashboard and says what was loaded when its window was first
# painted (what the chair sees first), then lets it run until the charts are drawn.
DASHBOARD_PROBE = """
import os, sys
from chairdesk.cli import main
import chairdesk.gui.startup as startup
from chairdesk.gui.qt import QApplication, QEvent, QObject, QTimer

class FirstPaint(QObject):
    said = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.said and watched.isWindow():
            self.said = True
            print("at the first paint, matplotlib:", "matplotlib" in sys.modules, flush=True)
            QTimer.singleShot(0, wait_for_the_charts)
        return False

def wait_for_the_charts():
    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow")
    view = window.view("dashboard")
    if view.status_chart.figure is not None and view.meetings_chart.figure is not None:
        print("charts drawn:", view.status_chart.data.title, flush=True)
        os._exit(0)
    QTimer.singleShot(20, wait_for_the_charts)

watcher = FirstPaint()
make_application = startup._application
def application():
    app = make_application()
    app.installEventFilter(watcher)
    return app
startup._application = application
main(sys.argv[1:])
"""


def test_the_dashboard_appears_before_its_charts_are_drawn(
    tmp_path: Path, workspace: Workspace
) -> None:
    """The Dashboard (the first view of a new user) draws its charts with matplotlib, a third of
    a second to import: the window is on screen first, then the charts fill in."""
    from chairdesk.store.demo import load_demo

    with workspace.transaction() as session:
        load_demo(session)
    workspace.close()
    proc = _start(DASHBOARD_PROBE, tmp_path, workspace, "dashboard", exit_when_shown=False)
    assert "at the first paint, matplotlib: False" in proc.stdout, proc.stdout + proc.stderr[-2000:]
    assert "charts drawn: Activity status by output" in proc.stdout, proc.stderr[-2000:]


def test_the_garbage_collector_resumes_once_the_store_is_loaded(
    qtbot, workspace: Workspace
) -> None:
    from chairdesk.gui.startup import _load_the_store

    gc.disable()  # as `chairdesk gui` starts
    try:
        _load_the_store(workspace)
        qtbot.waitUntil(gc.isenabled, timeout=10_000)
        assert gc.get_freeze_count() > 0  # start-up's survivors are kept out of later collections
        with workspace.transaction() as session:  # and the store is ready for the first edit
            assert session.get_bind() is not None
    finally:
        gc.enable()
        gc.unfreeze()


def test_a_failing_warm_up_step_does_not_keep_the_collector_paused(
    qtbot, workspace: Workspace, monkeypatch
) -> None:
    from chairdesk.gui.startup import _load_the_store

    def broken() -> None:
        raise RuntimeError("the store could not be loaded")

    monkeypatch.setattr(workspace, "session_makers", broken)
    gc.disable()
    try:
        with qtbot.captureExceptions() as exceptions:
            _load_the_store(workspace)
            qtbot.waitUntil(gc.isenabled, timeout=10_000)
        assert [str(error) for _, error, _ in exceptions] == ["the store could not be loaded"]
    finally:
        gc.enable()
        gc.unfreeze()
