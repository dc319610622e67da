"""The secretariat's view: the groups' submissions for a year, and the Year in Review compiled from them.

A thin shell: the year reviewed, and two panels it places and keeps in step
(beside it in this package): the submissions, with importing by a file
dialog or by dropping .docx files anywhere on the view, and the compiling,
with its preview. Each panel refreshes itself from `refresh(changed_tables)`,
which the shell calls when data changes while it is shown (or when it is
shown again after changes).
"""

from __future__ import annotations

from pathlib import Path

from chairdesk.gui.controller import AppController
from chairdesk.gui.forms import load_form
from chairdesk.gui.qt import QSettings, QSpinBox, QSplitter, QVBoxLayout, QWidget
from chairdesk.gui.views.review.compile_panel import CompilePanel
from chairdesk.gui.views.review.submissions_panel import SubmissionsPanel

YEAR_KEY = "review/year"


class ReviewView(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._pending: set[str] | None = set()  # tables changed while hidden (None: nothing to do)
        self.form = load_form("review_view.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.year_spin: QSpinBox = self.form.findChild(QSpinBox, "yearSpin")
        self.splitter: QSplitter = self.form.findChild(QSplitter, "splitter")
        self.submissions = SubmissionsPanel(controller, self)
        self.compiler = CompilePanel(controller, self)
        for host, panel in (("submissionsHost", self.submissions), ("compileHost", self.compiler)):
            host_layout = QVBoxLayout(self.form.findChild(QWidget, host))
            host_layout.setContentsMargins(0, 0, 0, 0)
            host_layout.addWidget(panel)
        self.splitter.setSizes([380, 320])
        self.setAcceptDrops(True)

        self.year_spin.setKeyboardTracking(False)
        self.year_spin.setValue(self._first_year())
        self._set_year(self.year_spin.value())
        self.year_spin.valueChanged.connect(self._set_year)
        controller.changed.connect(self._on_changed)
        controller.workspaceChanged.connect(lambda: self._on_changed(set()))

    def _first_year(self) -> int:
        saved = QSettings().value(YEAR_KEY)
        if saved:
            return int(saved)
        from chairdesk.reports.review_data import default_review_year

        with self.controller.read() as session:
            return default_review_year(session, self.controller.today())

    def year(self) -> int:
        return self.year_spin.value()

    def _set_year(self, year: int) -> None:
        QSettings().setValue(YEAR_KEY, year)
        self.submissions.set_year(year)
        self.compiler.set_year(year)
        self._on_changed(set())

    def _on_changed(self, tables: set[str]) -> None:
        self._pending = (
            set(tables)
            if self._pending is None
            else (self._pending | set(tables) if tables else set())
        )
        if self.isVisible():
            self._refresh()

    def _refresh(self) -> None:
        if self._pending is None:
            return
        tables, self._pending = self._pending, None
        for panel in (self.submissions, self.compiler):
            panel.refresh(tables)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        self._refresh()

    # -- dropping .docx files on the view -------------------------------------------------------------------

    @staticmethod
    def _dropped(event) -> list[Path]:  # noqa: ANN001 - a QDragEnterEvent or QDropEvent
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        return SubmissionsPanel.word_files([Path(u.toLocalFile()) for u in urls if u.isLocalFile()])

    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802
        if self._dropped(event):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802
        paths = self._dropped(event)
        if paths:
            event.acceptProposedAction()
            self.submissions.import_files(paths)
