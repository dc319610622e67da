"""The Reports view."""

from __future__ import annotations

from chairdesk.gui.controller import AppController
from chairdesk.gui.qt import QLabel, Qt, QVBoxLayout, QWidget


class ReportsView(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Reports: coming in a later release."), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
