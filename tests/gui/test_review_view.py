"""The secretariat's view with real widgets: import by the dialog and by dropping files, undo, compile."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow

from chairdesk.gui.controller import AppController
from chairdesk.gui.dialogs.submission_files import SubmissionFilesDialog
from chairdesk.gui.views.review import ReviewView
from chairdesk.reports.submission import write_submission
from chairdesk.store.database import open_workspace
from chairdesk.store.demo import load_demo
from chairdesk.store.interchange import import_workspace, parse_workspace
from chairdesk.store.queries import group_by_acronym
from tests.reports.demo_groups import demo_doc

TODAY = date(2023, 1, 20)


@pytest.fixture(scope="module")
def chairs(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("chairs")
    ws = open_workspace(folder / "workspace.sqlite3", folder / "backups")
    with ws.transaction() as session:
        load_demo(session)
    files = {}
    with ws.read() as session:
        for acronym in ("ETCIP", "GSA"):
            group = group_by_acronym(session, acronym).id
            files[acronym] = write_submission(
                session, group, 2022, folder / f"{acronym}-2022.docx", today=TODAY
            ).path
    ws.close()
    document = docx.Document()
    document.add_paragraph("GSA annual submission 2022", style="Title")
    document.add_paragraph("Advocacy and visibility", style="Heading 1")
    document.add_paragraph("A brochure was published.")
    document.add_paragraph("Participants", style="Heading 1")
    document.add_paragraph("Twelve entities took part.")
    files["plain"] = folder / "GSA-typed.docx"
    document.save(str(files["plain"]))
    files["bad"] = folder / "letter.docx"
    files["bad"].write_text("Please find attached.", encoding="utf-8")
    return files


@pytest.fixture
def view(qtbot, workspace):
    controller = AppController(workspace, today=lambda: TODAY)
    view = ReviewView(controller)
    window = QMainWindow()
    window.setCentralWidget(view)
    qtbot.addWidget(window)
    window.resize(1100, 820)
    window.show()
    qtbot.waitExposed(window)
    view.year_spin.setValue(2022)
    yield view
    window.close()


def cells(view: ReviewView, acronym: str) -> dict[str, str]:
    model = view.submissions.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == acronym)
    return {name: model.index(row, model.column(name)).data() or "" for name in model.COLUMNS}


def wait_idle(qtbot, panel) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: not panel.tasks, timeout=120_000)


def drop(view: ReviewView, *paths: Path) -> bool:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view, event)
    return True


def test_from_import_to_compile(qtbot, view: ReviewView, chairs, monkeypatch, tmp_path) -> None:
    panel = view.submissions
    assert (
        panel.model.rowCount() == 0
    )  # an empty workspace: the secretariat's, before anything arrived

    monkeypatch.setattr(
        SubmissionFilesDialog,
        "ask",
        classmethod(lambda cls, parent: [chairs["ETCIP"], chairs["GSA"]]),
    )
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, panel)
    etcip = cells(view, "ETCIP")
    assert etcip["file"] == "ETCIP-2022.docx" and re.fullmatch(
        r"\d{1,2} \w+\.? \d{4} \d\d:\d\d", etcip["received"]
    )
    assert etcip["kind"] == "ChairDesk"
    assert etcip["sections"] == "2 of 10"  # the concluding chapter takes a paragraph of its own too
    assert etcip["notes"] == "No text for Concluding observations"
    assert "ETCIP-2022.docx: ChairDesk submission of ETCIP for 2022: " in panel.report.toPlainText()

    # A Word file written without ChairDesk, dropped on the view: read by its headings.
    assert drop(view, chairs["plain"])
    wait_idle(qtbot, panel)
    gsa = cells(view, "GSA")
    assert gsa["kind"] == "Word (read by its headings)" and gsa["file"] == "GSA-typed.docx"
    assert "Text not placed in any section" in gsa["notes"]
    report = panel.report.toPlainText()
    assert "Sections recognized: Advocacy and visibility" in report
    assert "Not placed (under “Participants”): Twelve entities took part." in report

    # One undo takes the whole import back: GSA's receipt is the ChairDesk file's again.
    view.controller.undo_stack.undo()
    qtbot.waitUntil(lambda: cells(view, "GSA")["kind"] == "ChairDesk")

    # Compile, in the background; the preview reads the file written.
    target = tmp_path / "review.docx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    qtbot.mouseClick(view.compiler.compile_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, view.compiler)
    assert target.exists() and view.compiler.result_bar.isVisible()
    preview = view.compiler.preview.toPlainText()
    assert "Key deliverables in 2022" in preview
    assert (
        "During the reporting period, the two Counter-Terrorism Compact working groups held 10 meetings "
        "(eight regular quarterly meetings and two in-focus discussions)."
    ) in preview


def test_a_bad_file_is_named_inline_and_nothing_is_imported(
    qtbot, view: ReviewView, chairs, monkeypatch
) -> None:
    panel = view.submissions
    monkeypatch.setattr(
        SubmissionFilesDialog,
        "ask",
        classmethod(lambda cls, parent: [chairs["GSA"], chairs["bad"]]),
    )
    qtbot.mouseClick(panel.import_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, panel)
    assert panel.message_label.isVisible()
    assert (
        panel.message_label.text()
        == "Nothing was imported: letter.docx: not a Word document (.docx)."
    )
    assert panel.model.rowCount() == 0 and not view.controller.undo_stack.count()


def test_a_plain_file_naming_no_group_asks_for_one(
    qtbot, view: ReviewView, chairs, tmp_path
) -> None:
    panel = view.submissions
    assert drop(view, chairs["GSA"])
    wait_idle(qtbot, panel)
    untitled = tmp_path / "notes.docx"
    document = docx.Document()
    document.add_paragraph("Research and analysis", style="Heading 1")
    document.add_paragraph("A mapping was made.")
    document.save(str(untitled))
    assert drop(view, untitled)
    wait_idle(qtbot, panel)
    assert panel.message_label.text().endswith("Choose its group above and import it again.")
    panel.group_combo.setCurrentIndex(panel.group_combo.findData("GSA"))
    assert drop(view, untitled)  # the year reviewed, as its title names none
    wait_idle(qtbot, panel)
    assert cells(view, "GSA")["file"] == "notes.docx"


def test_only_word_files_are_taken_from_a_drop(view: ReviewView, tmp_path) -> None:
    other = tmp_path / "photo.png"
    other.write_bytes(b"\x89PNG")
    assert not drop(view, other)


def test_groups_set_up_but_not_heard_from_are_listed(qtbot, workspace) -> None:
    structure = {
        k: v
        for k, v in demo_doc().items()
        if k in ("format", "version", "entities", "working_groups")
    }
    with workspace.transaction() as session:
        import_workspace(session, parse_workspace(json.dumps(structure).encode()))
    controller = AppController(workspace, today=lambda: TODAY)
    view = ReviewView(controller)
    qtbot.addWidget(view)
    view.year_spin.setValue(2022)
    view.show()
    qtbot.waitExposed(view)
    assert view.submissions.model.rowCount() == 8
    cjlr = cells(view, "CJLR")
    assert (cjlr["received"], cjlr["notes"]) == ("Not yet received", "Nothing received for 2022")
