"""Screenshots of every main view with the demo workspace, for the README.

Run under a real (virtual) display so that the window is drawn as a person sees it:
    Xvfb :99 -screen 0 1400x900x24 &  DISPLAY=:99 python docs/make_screenshots.py [VIEW ...]

Without names, every view; the secretariat's view ("review") is shown in a workspace of its
own, the secretariat's, which received the demo groups' submissions as .docx files.
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


def _secretariat(tmp: Path, demo) -> tuple[MainWindow, list[Path]]:  # noqa: ANN001 - the demo Workspace
    """The secretariat's window: seven submissions imported (one by its headings), one not yet received."""
    import docx

    from chairdesk.reports.submission import write_submission
    from chairdesk.store.interchange import (
        dump_json,
        export_workspace,
        import_workspace,
        parse_workspace,
    )
    from chairdesk.store.queries import group_by_acronym

    mail = tmp / "mail"
    files = []
    with demo.read() as session:
        structure = export_workspace(session)
        for acronym in ("PCVE", "BMLE", "ETCIP", "RMME", "NARS", "HRRL"):
            group = group_by_acronym(session, acronym).id
            files.append(
                write_submission(
                    session, group, 2022, mail / f"{acronym}-2022.docx", today=date(2023, 1, 20)
                ).path
            )
    typed = docx.Document()
    typed.add_paragraph("GSA working group: annual submission 2022", style="Title")
    for heading, text in (
        ("Coordination and coherence", "The working group met four times in 2022."),
        ("Advocacy and visibility", "The working group briefed four other working groups."),
        ("List of participants", "UN Women, CTED, UNOCT, OHCHR and UNODC took part."),
    ):
        typed.add_paragraph(heading, style="Heading 1")
        typed.add_paragraph(text)
    typed.save(str(mail / "GSA-2022 (typed in Word).docx"))
    files.append(mail / "GSA-2022 (typed in Word).docx")
    # The secretariat's workspace knows the Compact (its entities and groups) before anything arrives.
    keep = ("entities", "working_groups")
    structure = {k: v for k, v in structure.items() if k in keep or k in ("format", "version")}
    workspace = open_workspace(tmp / "secretariat.sqlite3", tmp / "secretariat-backups")
    with workspace.transaction() as session:
        import_workspace(session, parse_workspace(dump_json(structure).encode()))
    window = MainWindow(workspace, today=lambda: date(2023, 1, 20))
    window.resize(1360, 900)
    window.show()
    return window, files


def _shoot_review(app: QApplication, tmp: Path, demo) -> None:  # noqa: ANN001
    window, files = _secretariat(tmp, demo)
    window.show_view("review")
    view = window.views["review"]
    view.year_spin.setValue(2022)
    view.submissions.import_files(files)  # as if dropped on the view
    while view.submissions.tasks:
        app.processEvents()
    view.compiler.compile_to(tmp / "Year-in-Review-2022.docx")
    while view.compiler.tasks:
        app.processEvents()
    for _ in range(20):
        app.processEvents()
    window.screen().grabWindow(window.winId()).save(str(OUT / "review.png"))
    print(OUT / "review.png")
    window.close()
    window.controller.workspace.close()


def main() -> int:
    app = QApplication(sys.argv)
    wanted = set(sys.argv[1:])
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
        combo.setCurrentIndex(
            next(i for i in range(combo.count()) if combo.itemText(i).startswith("ETCIP"))
        )
        OUT.mkdir(parents=True, exist_ok=True)

        def shoot(name: str) -> None:
            for _ in range(20):
                app.processEvents()
            window.screen().grabWindow(window.winId()).save(str(OUT / f"{name}.png"))
            print(OUT / f"{name}.png")

        for name in window.VIEWS:
            if (
                wanted
                and name not in wanted
                and not (name == "composition" and "chairmanship" in wanted)
                or name == "review"
            ):
                continue
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
                view.writing.narrative_edit.setFocus()
            if name == "composition":
                shoot("composition")
                view.tabs.setCurrentWidget(view.tabs.findChild(QWidget, "chairTab"))
                name = "chairmanship"
            shoot(name)
        window.close()
        if not wanted or "review" in wanted:
            _shoot_review(app, Path(tmp), workspace)
        workspace.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
