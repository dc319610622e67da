"""Choosing the groups' submission files to import (a file dialog; tests replace `ask`)."""

from __future__ import annotations

from pathlib import Path

from chairdesk.gui.document_export import last_folder
from chairdesk.gui.qt import QCoreApplication, QFileDialog, QSettings, QWidget

FOLDER_KEY = "review/importFolder"


class SubmissionFilesDialog:
    @classmethod
    def ask(cls, parent: QWidget) -> list[Path]:
        """The .docx files the person chose (none if they cancelled), in the folder used last."""
        folder = QSettings().value(FOLDER_KEY) or str(last_folder())
        names, _ = QFileDialog.getOpenFileNames(
            parent,
            QCoreApplication.translate("SubmissionFilesDialog", "Import the groups' submissions"),
            folder,
            QCoreApplication.translate(
                "SubmissionFilesDialog", "Word documents (*.docx);;All files (*)"
            ),
        )
        paths = [Path(name) for name in names]
        if paths:
            QSettings().setValue(FOLDER_KEY, str(paths[0].parent))
        return paths
