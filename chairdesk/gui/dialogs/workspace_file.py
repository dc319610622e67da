"""The file dialogs that choose a workspace to create or open."""

from __future__ import annotations

from pathlib import Path

from chairdesk.gui.qt import QT_TRANSLATE_NOOP, QCoreApplication, QFileDialog, QWidget
from chairdesk.paths import data_dir


class WorkspaceFileDialog:
    """File choices, behind classmethods that tests replace."""

    FILTER = QT_TRANSLATE_NOOP("MainWindow", "ChairDesk workspace (*.sqlite3)")

    @classmethod
    def ask_new(cls, parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("MainWindow", "New workspace"),
            str(data_dir() / "new-workspace.sqlite3"),
            QCoreApplication.translate("MainWindow", cls.FILTER),
        )
        return Path(name) if name else None

    @classmethod
    def ask_open(cls, parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("MainWindow", "Open workspace"),
            str(data_dir()),
            QCoreApplication.translate("MainWindow", cls.FILTER),
        )
        return Path(name) if name else None
