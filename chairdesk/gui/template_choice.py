"""The Word template of the documents: which one, choose another, back to ChairDesk's own.

One preference for every document (chairdesk.gui.document_export), and one chooser for
the views that write them (the Reports view's export bar, the Year in Review's compile
panel); a file that cannot serve as a template is refused with a message for the panel
to show inline, and the choice is left as it was.
"""

from __future__ import annotations

from pathlib import Path

from chairdesk.gui.document_export import (
    last_folder,
    message_text,
    remember_template,
    remembered_template,
)
from chairdesk.gui.qt import QFileDialog, QHBoxLayout, QLabel, QToolButton, QWidget, Signal

_TEMPLATE_SUFFIXES = (".docx", ".dotx")


class TemplateChoice(QWidget):
    problem = Signal(str)  # why a chosen file cannot serve ("" once a good one is chosen)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName("templateLabel")
        self.choose_button = QToolButton(self)
        self.choose_button.setObjectName("chooseTemplateButton")
        self.choose_button.setText(self.tr("Template…"))
        self.choose_button.setToolTip(
            self.tr("Use a Word template (.docx) the secretariat supplied")
        )
        self.default_button = QToolButton(self)
        self.default_button.setObjectName("defaultTemplateButton")
        self.default_button.setText(self.tr("Default template"))
        self.default_button.setToolTip(self.tr("Use ChairDesk's own template"))
        for widget in (self.label, self.choose_button, self.default_button):
            layout.addWidget(widget)
        self.choose_button.clicked.connect(self.choose)
        self.default_button.clicked.connect(lambda: self.set_template(None))
        self.refresh()

    def template(self) -> Path | None:
        return remembered_template()

    def refresh(self) -> None:
        template = remembered_template()
        if template is None:
            self.label.setText(self.tr("Template: ChairDesk's default"))
            self.label.setToolTip("")
        else:
            self.label.setText(self.tr("Template: {name}").format(name=template.name))
            self.label.setToolTip(str(template))
        self.default_button.setVisible(template is not None)

    def choose(self) -> None:
        current = remembered_template()
        folder = str(current.parent if current is not None else last_folder())
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a Word template"),
            folder,
            self.tr("Word documents (*.docx *.dotx);;All files (*)"),
        )
        if name:
            self.set_template(Path(name))

    def set_template(self, path: Path | None) -> bool:
        """Use `path` (None: ChairDesk's default); a file that is no template is refused."""
        if path is not None and (problem := self.template_problem(path)):
            self.problem.emit(problem)
            return False
        remember_template(path)
        self.refresh()
        self.problem.emit("")
        return True

    def template_problem(self, path: Path) -> str | None:
        """Why `path` cannot serve as a template, in the interface's language (None: it can)."""
        from chairdesk.reports.docx_builder import ReportError, open_template

        if path.suffix.lower() not in _TEMPLATE_SUFFIXES:
            return self.tr(
                "{name} is not a Word document (.docx); choose a .docx file as the template."
            ).format(name=path.name)
        if not path.is_file():
            return self.tr(
                "The template {path} is no longer there; choose another or use the default."
            ).format(path=path)
        try:
            open_template(path)
        except ReportError as exc:
            return message_text(exc.message)
        return None
