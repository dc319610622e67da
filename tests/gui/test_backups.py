"""Backups in the application: today's backup on opening, File → Restore from Backup…,
and an unexpected error in a slot (a readable dialog, the log, the application keeps running)."""

from __future__ import annotations

import logging
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from chairdesk.gui import startup
from chairdesk.gui.app import MainWindow
from chairdesk.gui.dialogs.restore import BackupFileDialog, RestoreDialog
from chairdesk.store.backup import backup_database, list_backups
from chairdesk.store.database import Workspace
from chairdesk.store.interchange import import_workspace, read_workspace_file


def _window(qtbot, workspace: Workspace, backups: Path) -> MainWindow:
    window = MainWindow(workspace, today=lambda: date(2022, 8, 15))
    window.session.default_backups = backups
    qtbot.addWidget(window)
    window.show()
    return window


def _import_small(workspace: Workspace, small_file: Path) -> None:
    with workspace.transaction() as session:
        import_workspace(session, read_workspace_file(small_file))


def _open_restore_dialog(qtbot, window: MainWindow) -> RestoreDialog:
    file_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    action = next(a for a in file_menu.actions() if a.text() == "Restore from &Backup…")
    action.trigger()
    dialog = window.restore_dialog
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_opening_a_workspace_makes_todays_backup_once(
    qtbot, workspace, small_file, data_dir, tmp_path
) -> None:
    _import_small(workspace, small_file)
    backups = data_dir / "backups"
    window = _window(qtbot, workspace, backups)
    window.session.start_daily_backup()
    qtbot.waitUntil(lambda: not window.session.tasks, timeout=10_000)
    (daily,) = list_backups(backups, workspace.path)
    assert daily.reason == "daily"

    window.session.start_daily_backup()  # opened again the same day
    qtbot.waitUntil(lambda: not window.session.tasks, timeout=10_000)
    assert len(list_backups(backups, workspace.path)) == 1


def test_daily_backup_goes_to_the_chosen_folder(qtbot, workspace, data_dir, tmp_path) -> None:
    chosen = tmp_path / "my backups"
    QSettings().setValue("backups/folder", str(chosen))
    window = _window(qtbot, workspace, data_dir / "backups")
    window.session.start_daily_backup()
    qtbot.waitUntil(lambda: not window.session.tasks, timeout=10_000)
    assert len(list_backups(chosen, workspace.path)) == 1
    assert not (data_dir / "backups").exists()


def test_restore_from_backup_in_the_application(
    qtbot, qtmodeltester, workspace, small_file, data_dir
) -> None:
    backups = data_dir / "backups"
    before = backup_database(workspace.path, backups, reason="manual")  # an empty workspace
    _import_small(workspace, small_file)
    window = _window(qtbot, workspace, backups)
    assert window.group_combo.count() == 1

    dialog = _open_restore_dialog(qtbot, window)
    qtmodeltester.check(dialog.model)
    assert dialog.proxy.rowCount() == 1
    assert dialog.proxy.index(0, 1).data() == "Made by hand"
    assert not dialog.restore_button.isEnabled()
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "restored" in dialog.message_label.text(), timeout=10_000)

    # The workspace is reopened on the backup: the working group is gone...
    assert window.controller.workspace is not workspace
    assert window.controller.workspace.path == workspace.path
    assert window.group_combo.count() == 0
    assert window.pages.currentWidget() is window.welcome_page
    # ...and the state before the restore was backed up first, and is listed to restore.
    listed = list_backups(backups, workspace.path)
    assert [b.reason for b in listed] == ["before-restore", "manual"]
    assert dialog.proxy.rowCount() == 2
    qtmodeltester.check(dialog.model)
    assert before.exists()

    # Restoring that one brings the working group back.
    dialog.table.selectRow(
        next(r for r in range(2) if dialog.proxy.index(r, 1).data() == "Before a restore")
    )
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.group_combo.count() == 1, timeout=10_000)
    qtbot.waitUntil(lambda: not dialog._tasks, timeout=10_000)
    window.controller.workspace.close()


def test_restoring_a_file_that_is_no_backup_says_so_and_changes_nothing(
    qtbot, workspace, small_file, data_dir, tmp_path, monkeypatch
) -> None:
    _import_small(workspace, small_file)
    bogus = tmp_path / "holiday photos.sqlite3"
    bogus.write_bytes(b"JFIF" * 100)
    monkeypatch.setattr(BackupFileDialog, "ask", classmethod(lambda cls, parent, start: bogus))
    window = _window(qtbot, workspace, data_dir / "backups")
    dialog = _open_restore_dialog(qtbot, window)
    assert "no backups" in dialog.message_label.text()
    qtbot.mouseClick(dialog.other_file_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not a ChairDesk backup" in dialog.message_label.text(), timeout=10_000)
    qtbot.waitUntil(lambda: not dialog._tasks, timeout=10_000)
    window.controller.reload()
    assert window.group_combo.count() == 1
    assert list_backups(data_dir / "backups", workspace.path) == []


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_shows_a_dialog_is_logged_and_the_application_keeps_running(
    qtbot, workspace, data_dir, monkeypatch
) -> None:
    log_file = startup.setup_logging(data_dir)
    shown: list[dict[str, str]] = []

    def fake_exec(box: QMessageBox) -> int:
        copy = next(b for b in box.findChildren(QPushButton) if b.text() == "Copy details")
        copy.click()
        shown.append(
            {"text": box.text(), "info": box.informativeText(), "details": box.detailedText()}
        )
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(sys, "excepthook", startup._excepthook)
    window = _window(qtbot, workspace, data_dir / "backups")

    def broken() -> None:
        raise RuntimeError("the printer caught fire")

    button = QPushButton("Broken", window)
    button.clicked.connect(broken)
    button.show()
    try:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(shown))

        assert shown[0]["text"] == "the printer caught fire"
        assert "keeps running" in shown[0]["info"]
        assert "RuntimeError" in shown[0]["details"]
        assert "RuntimeError: the printer caught fire" in QApplication.clipboard().text()
        assert "the printer caught fire" in log_file.read_text("utf-8")
        # Still running: the window is there and answers.
        assert window.isVisible()
        window.show_view("composition")
        assert window.current_view_name() == "composition"
    finally:
        root = logging.getLogger()
        for handler in [
            h for h in root.handlers if getattr(h, "baseFilename", None) == str(log_file)
        ]:
            root.removeHandler(handler)
            handler.close()


def test_todays_backup_does_not_stand_in_the_way(
    qtbot, workspace, small_file, data_dir, monkeypatch
) -> None:
    import threading

    from chairdesk.gui import backups as gui_backups
    from chairdesk.gui.qt import QProgressDialog

    _import_small(workspace, small_file)
    release = threading.Event()
    real_backup = gui_backups.backup_daily

    def slow_backup(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202 - a big workspace on a slow disk
        release.wait(10)
        return real_backup(*args, **kwargs)

    monkeypatch.setattr(gui_backups, "backup_daily", slow_backup)
    backups = data_dir / "backups"
    window = _window(qtbot, workspace, backups)
    window.session.start_daily_backup()
    qtbot.wait(700)  # longer than a progress dialog waits before it shows
    assert window.statusBar().currentMessage() == "Backing up the workspace…"
    assert not [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
    assert window.isEnabled() and QApplication.activeModalWidget() is None
    release.set()
    qtbot.waitUntil(lambda: not window.session.tasks, timeout=10_000)
    assert window.statusBar().currentMessage() == ""
    (daily,) = list_backups(backups, workspace.path)
    assert daily.reason == "daily"
