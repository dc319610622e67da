"""A damaged, read-only or unreachable workspace in the application: said in the window, in a
sentence that names the file and what to do; nothing written to a damaged file; no crash."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from chairdesk.gui import startup
from chairdesk.gui.app import MainWindow
from chairdesk.gui.startup import StartupProblem
from chairdesk.store.backup import backup_database, list_backups
from chairdesk.store.database import Workspace, open_workspace
from chairdesk.store.interchange import import_workspace, read_workspace_file
from tests.test_workspace_file import damage_page_of, read_only


def _window(qtbot, workspace: Workspace, backups: Path) -> MainWindow:
    window = MainWindow(workspace, today=lambda: date(2022, 8, 15))
    window.session.default_backups = backups
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _filled(workspace: Workspace, small_file: Path) -> None:
    with workspace.transaction() as session:
        import_workspace(session, read_workspace_file(small_file))


def test_a_damaged_workspace_is_said_in_the_window_and_nothing_is_written(
    qtbot, workspace, small_file, data_dir, monkeypatch
) -> None:
    _filled(workspace, small_file)
    backups = data_dir / "backups"
    good = backup_database(workspace.path, backups, reason="manual")
    path = workspace.path
    workspace.close()
    damage_page_of(path, "narrative")  # a page the Work plan view does not read
    ws = open_workspace(path, backups)  # nothing noted yet: it opens
    monkeypatch.setattr(sys, "excepthook", startup._excepthook)
    window = _window(qtbot, ws, backups)
    assert not window.problem_bar.isVisible()

    # The check after opening reads every page, finds the damage and says so, in the window.
    window.session.start_daily_backup()
    qtbot.waitUntil(lambda: not window.session.tasks, timeout=10_000)
    assert window.problem_bar.isVisible()
    text = window.problem_bar.text()
    assert f"{path} is damaged" in text and "File → Restore from Backup…" in text
    assert window.problem_bar.restore_button.isVisible()
    assert [b.path for b in list_backups(backups, path)] == [good], "no copy of the damaged file"

    # An edit is refused without a dialog; the file is not written.
    before = path.read_bytes()
    window.show_view("workplan")
    view = window.view("workplan")
    view.activateWindow()
    view.activities.add_output_action.trigger()
    editor = view.tree.focusWidget()
    qtbot.keyClicks(editor, "Task 5: Outreach")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert QApplication.activeModalWidget() is None
    assert window.problem_bar.isVisible() and "is damaged" in window.problem_bar.text()
    assert path.read_bytes() == before

    # Restore from Backup… in the notice: the workspace is whole again and the notice goes.
    qtbot.mouseClick(window.problem_bar.restore_button, Qt.MouseButton.LeftButton)
    dialog = window.restore_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.table.selectRow(
        next(
            r
            for r in range(dialog.proxy.rowCount())
            if "Made by hand" in dialog.proxy.index(r, 1).data()
        )
    )
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is restored" in dialog.message_label.text(), timeout=10_000)
    assert not window.problem_bar.isVisible()
    assert window.controller.workspace.verify() is None
    assert any(b.reason == "damaged" for b in list_backups(backups, path)), (
        "the damaged file is kept"
    )
    dialog.close()


def test_a_read_only_workspace_file_says_so_when_it_opens(
    qtbot, workspace, small_file, data_dir, request
) -> None:
    _filled(workspace, small_file)
    read_only(workspace.path, request)
    window = _window(qtbot, workspace, data_dir / "backups")
    assert window.problem_bar.isVisible()
    assert f"{workspace.path} is read-only" in window.problem_bar.text()
    assert not window.problem_bar.restore_button.isVisible()


def test_a_read_only_data_folder_at_start_is_one_message_and_no_crash(
    qapp, tmp_path, small_file, request, monkeypatch
) -> None:
    data = tmp_path / "read-only"
    ws = open_workspace(data / "workspace.sqlite3", data / "backups")
    _filled(ws, small_file)
    with ws.read() as session:
        session.connection().exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    ws.close()
    for leftover in data.glob("workspace.sqlite3-*"):
        leftover.unlink()
    read_only(data, request)
    said: list[str] = []
    monkeypatch.setattr(
        StartupProblem, "show", classmethod(lambda cls, message: said.append(message))
    )
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run() installs its own: undone after

    assert startup.run(data / "workspace.sqlite3", data / "backups") == 2

    (message,) = said
    assert f"ChairDesk cannot write in {data}" in message and "Make the folder writable" in message
    assert not (data / "logs").exists()


def test_a_damaged_page_met_by_a_view_is_said_in_the_window_not_in_a_dialog(
    qtbot, workspace, small_file, data_dir, monkeypatch
) -> None:
    _filled(workspace, small_file)
    path = workspace.path
    workspace.close()
    damage_page_of(path, "decision")  # read by the Meetings view, not by the Dashboard
    ws = open_workspace(path, data_dir / "backups")
    monkeypatch.setattr(sys, "excepthook", startup._excepthook)
    window = _window(qtbot, ws, data_dir / "backups")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert not window.problem_bar.isVisible()

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # the Meetings view
    qtbot.waitUntil(window.problem_bar.isVisible)
    assert f"{path} is damaged" in window.problem_bar.text()
    assert QApplication.activeModalWidget() is None
    assert window.isVisible()
    assert ws.damage is not None, "and nothing more is written to it"
