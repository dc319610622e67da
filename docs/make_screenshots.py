"""Screenshots of every main view with the demo workspace, for the README.

Run under a real (virtual) display so that the window is drawn as a person sees it:
    Xvfb :99 -screen 0 1400x900x24 &  DISPLAY=:99 python docs/make_screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from chairdesk.gui.app import MainWindow
from chairdesk.store.database import open_workspace
from chairdesk.store.demo import load_demo

OUT = Path(__file__).parent / "screenshots"
TODAY = date(2022, 8, 15)  # inside the demo's year, so every view has something current


def _share(workspace, tmp: Path) -> None:  # noqa: ANN001
    """Link the demo to a folder that a second laptop has joined, as a real team's would be."""
    from chairdesk.sync import service

    folder = tmp / "Shared" / "ETCIP working group"
    service.link(workspace, folder, device_name="Chair's laptop (OPCW)")
    service.run_round(workspace)
    other = open_workspace(tmp / "vice-chair" / "workspace.sqlite3", tmp / "vice-chair" / "backups")
    service.link(other, folder, device_name="Vice-chair's laptop (UNOCT)")
    service.run_round(other)
    other.close()


def main() -> int:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)
        app.setOrganizationName("ChairDeskScreenshots")
        workspace = open_workspace(Path(tmp) / "demo.sqlite3", Path(tmp) / "backups")
        with workspace.transaction() as session:
            load_demo(session)
        window = MainWindow(workspace, today=lambda: TODAY)
        window.resize(1360, 820)
        window.show()
        combo = window.group_combo
        combo.setCurrentIndex(next(i for i in range(combo.count()) if combo.itemText(i).startswith("ETCIP")))
        OUT.mkdir(parents=True, exist_ok=True)
        def shoot(name: str) -> None:
            for _ in range(20):
                app.processEvents()
            window.screen().grabWindow(window.winId()).save(str(OUT / f"{name}.png"))
            print(OUT / f"{name}.png")

        for name in window.VIEWS:
            window.show_view(name)
            view = window.views[name]
            for _ in range(5):
                app.processEvents()
            if name == "workplan":
                # An activity with a progress log, so that the detail pane shows something.
                tree, proxy = view.tree, view.tree.model()
                for row in range(proxy.rowCount()):
                    output = proxy.index(row, 0)
                    for child in range(proxy.rowCount(output)):
                        index = proxy.index(child, 0, output)
                        if index.data() == "A3":
                            tree.setCurrentIndex(index)
            if name == "sync":
                _share(workspace, Path(tmp))
                window.sync_runner.refresh()
                window.sync_runner.request_round()
                while window.sync_runner.busy:
                    app.processEvents()
            if name == "reports":
                view.narrative_edit.setFocus()
            if name == "composition":
                shoot("composition")
                view.tabs.setCurrentWidget(view.tabs.findChild(QWidget, "chairTab"))
                name = "chairmanship"
            shoot(name)
        window.close()
        workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
