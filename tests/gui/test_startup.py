"""Start-up: the first view is on screen before the ORM is loaded (issue 6, startup_ratio)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from chairdesk.store.database import Workspace

# Runs the application until its window is shown, then says which modules were loaded.
PROBE = """
import os, sys
os._exit = (lambda exit: lambda code: (print("loaded:", " ".join(sorted(sys.modules)), flush=True), exit(code)))(os._exit)
from chairdesk.cli import main
main(sys.argv[1:])
"""


def test_the_meetings_view_appears_without_the_orm(tmp_path: Path, workspace: Workspace, small_file) -> None:
    from chairdesk.store.interchange import import_workspace, read_workspace_file

    with workspace.transaction() as session:
        import_workspace(session, read_workspace_file(small_file))
    workspace.close()
    config = tmp_path / "config" / "ChairDesk"
    config.mkdir(parents=True)
    (config / "ChairDesk.conf").write_text("[mainWindow]\nview=meetings\n", encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"),
               CHAIRDESK_BENCH_EXIT_WHEN_SHOWN="1")
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, "--workspace", str(workspace.path), "gui"],
        env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert "chairdesk-shown" in proc.stdout, proc.stderr[-2000:]
    loaded = set(proc.stdout.split("loaded:")[1].split())
    assert "chairdesk.gui.views.meetings" in loaded  # the Meetings view was built and shown
    assert {"sqlalchemy.orm", "chairdesk.store.models", "babel", "matplotlib", "docx", "pycrdt"}.isdisjoint(loaded)
