"""Edit → Preferences…: what is typed and chosen is kept, Cancel keeps nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox

from chairdesk.gui import settings as prefs
from chairdesk.gui.app import MainWindow
from chairdesk.gui.dialogs.settings import SettingsDialog, SettingsFileDialog
from chairdesk.gui.settings import load_preferences
from chairdesk.reports.docx_builder import default_template


@pytest.fixture
def dialog(qtbot, tmp_path: Path) -> SettingsDialog:
    d = SettingsDialog(default_backups=tmp_path / "data" / "backups")
    qtbot.addWidget(d)
    d.show()
    return d


def _ok(qtbot, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(
        dialog.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def test_defaults_when_nothing_is_set(dialog: SettingsDialog, tmp_path: Path) -> None:
    assert dialog.language_combo.currentText() == "System language"
    assert [dialog.language_combo.itemText(i) for i in range(3)] == [
        "System language",
        "English",
        "Français",
    ]
    assert dialog.retention_spin.value() == prefs.DEFAULT_RETENTION_DAYS
    assert dialog.backup_folder_edit.text() == str(tmp_path / "data" / "backups")
    assert dialog.device_name_edit.text() == prefs.default_device_name()
    assert dialog.template_edit.text() == "" and not dialog.default_template_button.isEnabled()


def test_typed_and_chosen_preferences_are_saved(
    qtbot, dialog: SettingsDialog, tmp_path: Path, monkeypatch
) -> None:
    backup_target, sync_target = tmp_path / "my backups", tmp_path / "OneDrive" / "CT Compact"
    sync_target.mkdir(parents=True)
    folders = iter([backup_target, sync_target])
    monkeypatch.setattr(
        SettingsFileDialog,
        "ask_folder",
        classmethod(lambda cls, parent, title, start: next(folders)),
    )
    monkeypatch.setattr(
        SettingsFileDialog,
        "ask_template",
        classmethod(lambda cls, parent, start: default_template()),
    )

    qtbot.keyClicks(dialog.author_name_edit, "Amina Diallo")
    qtbot.keyClicks(dialog.author_entity_edit, "UNOCT")
    qtbot.mouseClick(dialog.choose_template_button, Qt.MouseButton.LeftButton)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findText("Français"))
    qtbot.mouseClick(dialog.choose_backup_folder_button, Qt.MouseButton.LeftButton)
    dialog.retention_spin.setValue(90)
    dialog.device_name_edit.clear()
    qtbot.keyClicks(dialog.device_name_edit, "Amina's laptop")
    qtbot.mouseClick(dialog.choose_sync_folder_button, Qt.MouseButton.LeftButton)
    assert dialog.sync_folder_edit.text() == str(sync_target)

    with qtbot.waitSignal(dialog.saved) as saved:
        _ok(qtbot, dialog)

    stored = load_preferences()
    assert stored == saved.args[0]
    assert stored.author_name == "Amina Diallo" and stored.author_entity == "UNOCT"
    assert stored.template == default_template()
    assert stored.language == "fr"
    assert stored.backup_folder == backup_target and backup_target.is_dir()
    assert stored.retention_days == 90
    assert stored.device_name == "Amina's laptop"
    assert stored.sync_folder == sync_target
    # The keys other modules read.
    settings = QSettings()
    assert settings.value("ui/language") == "fr"
    assert settings.value("sync/deviceName") == "Amina's laptop"
    assert settings.value("reports/template") == str(default_template())
    assert prefs.backup_folder() == backup_target and prefs.retention_days() == 90
    assert not dialog.isVisible()


def test_cancel_keeps_the_previous_preferences(qtbot, dialog: SettingsDialog) -> None:
    qtbot.keyClicks(dialog.author_name_edit, "Someone")
    dialog.retention_spin.setValue(5)
    qtbot.mouseClick(
        dialog.button_box.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    stored = load_preferences()
    assert stored.author_name == "" and stored.retention_days == prefs.DEFAULT_RETENTION_DAYS


def test_a_file_that_is_no_word_document_is_refused_inline(
    qtbot, dialog: SettingsDialog, tmp_path: Path, monkeypatch
) -> None:
    bogus = tmp_path / "agenda.docx"
    bogus.write_text("not a zip")
    monkeypatch.setattr(
        SettingsFileDialog, "ask_template", classmethod(lambda cls, parent, start: bogus)
    )
    qtbot.mouseClick(dialog.choose_template_button, Qt.MouseButton.LeftButton)
    assert "not a Word document" in dialog.error_label.text()
    assert dialog.template_edit.text() == ""


def test_a_backup_folder_that_cannot_be_made_keeps_the_dialog_open(
    qtbot, dialog: SettingsDialog, tmp_path: Path, monkeypatch
) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("")
    monkeypatch.setattr(
        SettingsFileDialog,
        "ask_folder",
        classmethod(lambda cls, parent, title, start: blocker / "backups"),
    )
    qtbot.mouseClick(dialog.choose_backup_folder_button, Qt.MouseButton.LeftButton)
    _ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "cannot be written" in dialog.error_label.text()
    assert load_preferences().backup_folder is None


def test_default_buttons_go_back_to_chairdesks_choices(qtbot, tmp_path: Path) -> None:
    QSettings().setValue("backups/folder", str(tmp_path / "elsewhere"))
    QSettings().setValue("reports/template", str(default_template()))
    dialog = SettingsDialog(default_backups=tmp_path / "default")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.default_backup_folder_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.default_template_button, Qt.MouseButton.LeftButton)
    assert dialog.backup_folder_edit.text() == str(tmp_path / "default")
    dialog.accept()
    assert load_preferences().backup_folder is None and load_preferences().template is None


def test_preferences_open_from_the_edit_menu_with_ctrl_comma(qtbot, workspace) -> None:
    window = MainWindow(workspace, today=lambda: date(2022, 8, 15))
    qtbot.addWidget(window)
    window.show()
    assert window.preferences_action.shortcut().toString() == "Ctrl+,"
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert window.preferences_action in edit_menu.actions()
    window.preferences_action.trigger()
    qtbot.waitUntil(lambda: window.settings_dialog.isVisible())
    assert window.settings_dialog.windowTitle() == "Preferences"
    window.settings_dialog.reject()
