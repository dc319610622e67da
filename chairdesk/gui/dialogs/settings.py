"""Edit → Preferences… (Ctrl+,): the preferences edited together (chairdesk.gui.settings keeps them)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from chairdesk.gui.forms import load_form
from chairdesk.gui.qt import (
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    Signal,
)
from chairdesk.gui.settings import (
    LANGUAGE_CODES,
    Preferences,
    default_device_name,
    load_preferences,
    save_preferences,
)
from chairdesk.paths import backups_dir, data_dir


class SettingsFileDialog:
    """File and folder choices, behind classmethods that tests replace."""

    @classmethod
    def ask_template(cls, parent: QWidget, start: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("SettingsDialog", "Choose a Word template"),
            start,
            QCoreApplication.translate(
                "SettingsDialog", "Word documents (*.docx *.dotx);;All files (*)"
            ),
        )
        return Path(name) if name else None

    @classmethod
    def ask_folder(cls, parent: QWidget, title: str, start: str) -> Path | None:
        folder = QFileDialog.getExistingDirectory(parent, title, start)
        return Path(folder) if folder else None


class SettingsDialog(QDialog):
    """The preferences, edited together; OK saves them all, Cancel none."""

    saved = Signal(object)  # the new Preferences

    def __init__(self, parent: QWidget | None = None, default_backups: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.default_backups = default_backups or backups_dir(data_dir())
        form = load_form("settings_dialog.ui", self)
        QVBoxLayout(self).addWidget(form)

        def find(kind: type, name: str):  # noqa: ANN202
            return form.findChild(kind, name)

        self.author_name_edit: QLineEdit = find(QLineEdit, "authorNameEdit")
        self.author_entity_edit: QLineEdit = find(QLineEdit, "authorEntityEdit")
        self.template_edit: QLineEdit = find(QLineEdit, "templateEdit")
        self.choose_template_button: QPushButton = find(QPushButton, "chooseTemplateButton")
        self.default_template_button: QPushButton = find(QPushButton, "defaultTemplateButton")
        self.language_combo: QComboBox = find(QComboBox, "languageCombo")
        self.backup_folder_edit: QLineEdit = find(QLineEdit, "backupFolderEdit")
        self.choose_backup_folder_button: QPushButton = find(
            QPushButton, "chooseBackupFolderButton"
        )
        self.default_backup_folder_button: QPushButton = find(
            QPushButton, "defaultBackupFolderButton"
        )
        self.retention_spin: QSpinBox = find(QSpinBox, "retentionSpin")
        self.device_name_edit: QLineEdit = find(QLineEdit, "deviceNameEdit")
        self.sync_folder_edit: QLineEdit = find(QLineEdit, "syncFolderEdit")
        self.choose_sync_folder_button: QPushButton = find(QPushButton, "chooseSyncFolderButton")
        self.error_label: QLabel = find(QLabel, "errorLabel")
        self.button_box: QDialogButtonBox = find(QDialogButtonBox, "buttonBox")

        # Each language is named in itself, as language pickers do: not translated.
        for code, label in zip(
            LANGUAGE_CODES, (self.tr("System language"), "English", "Français"), strict=True
        ):
            self.language_combo.addItem(label, code)
        self.retention_spin.setSuffix(self.tr(" days"))
        self.retention_spin.setSpecialValueText(self.tr("Keep all"))
        self.template_edit.setPlaceholderText(self.tr("ChairDesk's default template"))
        self.sync_folder_edit.setPlaceholderText(self.tr("Not chosen"))
        self.device_name_edit.setToolTip(
            self.tr("How this laptop is named to the others sharing the workspace")
        )

        self.choose_template_button.clicked.connect(self.choose_template)
        self.default_template_button.clicked.connect(lambda: self._set_template(None))
        self.choose_backup_folder_button.clicked.connect(self.choose_backup_folder)
        self.default_backup_folder_button.clicked.connect(lambda: self._set_backup_folder(None))
        self.choose_sync_folder_button.clicked.connect(self.choose_sync_folder)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)

        self._prefs = load_preferences()
        self._show(self._prefs)

    # -- showing and reading -----------------------------------------------------------------

    def _show(self, prefs: Preferences) -> None:
        self.author_name_edit.setText(prefs.author_name)
        self.author_entity_edit.setText(prefs.author_entity)
        self._set_template(prefs.template)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(prefs.language)))
        self._set_backup_folder(prefs.backup_folder)
        self.retention_spin.setValue(prefs.retention_days)
        self.device_name_edit.setText(prefs.device_name)
        self._set_sync_folder(prefs.sync_folder)
        self.error_label.clear()

    def preferences(self) -> Preferences:
        """The preferences as shown in the dialog (not yet saved)."""
        return replace(
            self._prefs,
            author_name=self.author_name_edit.text().strip(),
            author_entity=self.author_entity_edit.text().strip(),
            language=self.language_combo.currentData() or "",
            retention_days=self.retention_spin.value(),
            device_name=self.device_name_edit.text().strip() or default_device_name(),
        )

    def _set_template(self, path: Path | None) -> None:
        self._prefs = replace(self._prefs, template=path)
        self.template_edit.setText(str(path) if path else "")
        self.default_template_button.setEnabled(path is not None)

    def _set_backup_folder(self, path: Path | None) -> None:
        self._prefs = replace(self._prefs, backup_folder=path)
        self.backup_folder_edit.setText(str(path or self.default_backups))
        self.default_backup_folder_button.setEnabled(path is not None)

    def _set_sync_folder(self, path: Path | None) -> None:
        self._prefs = replace(self._prefs, sync_folder=path)
        self.sync_folder_edit.setText(str(path) if path else "")

    # -- choices -----------------------------------------------------------------------------

    def choose_template(self) -> None:
        current = self._prefs.template
        path = SettingsFileDialog.ask_template(
            self, str(current.parent if current else Path.home())
        )
        if path is None:
            return
        problem = self.template_problem(path)
        if problem:
            self.error_label.setText(problem)
            return
        self.error_label.clear()
        self._set_template(path)

    def template_problem(self, path: Path) -> str | None:
        from chairdesk.reports.docx_builder import ReportError, open_template

        if path.suffix.lower() not in (".docx", ".dotx"):
            return self.tr(
                "{name} is not a Word document (.docx); choose a .docx file as the template."
            ).format(name=path.name)
        try:
            open_template(path)
        except ReportError as exc:
            from chairdesk.gui.document_export import message_text

            return message_text(exc.message)
        return None

    def choose_backup_folder(self) -> None:
        start = str(self._prefs.backup_folder or self.default_backups)
        path = SettingsFileDialog.ask_folder(self, self.tr("Choose the Backup Folder"), start)
        if path is not None:
            self._set_backup_folder(path)

    def choose_sync_folder(self) -> None:
        start = str(self._prefs.sync_folder or Path.home())
        path = SettingsFileDialog.ask_folder(self, self.tr("Choose the Shared Folder"), start)
        if path is not None:
            self._set_sync_folder(path)

    # -- OK -----------------------------------------------------------------------------------

    def accept(self) -> None:
        prefs = self.preferences()
        folder = prefs.backup_folder
        if folder is not None:
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                self.error_label.setText(
                    self.tr(
                        "Backups cannot be written to {folder} ({reason}); choose another folder."
                    ).format(folder=folder, reason=exc.strerror or exc)
                )
                return
        save_preferences(prefs)
        self._prefs = prefs
        self.saved.emit(prefs)
        super().accept()
