"""The compile panel of the secretariat's view: the Year in Review, compiled, saved and previewed.

Compile asks where to save the report (in the folder used last, a suggested
name), then writes it on a worker thread with a progress dialog that names
the chapter being written (chairdesk.reports.review.write_review), and shows
what was written: "Open" and "Open folder", any warning about the template,
and a preview of the document as compiled, read back from the file.
"""

from __future__ import annotations

import html
from pathlib import Path

from chairdesk.gui.controller import AppController
from chairdesk.gui.document_export import (
    DocumentExporter,
    ExportResultBar,
    remember_language,
    remembered_language,
    safe_file_name,
)
from chairdesk.gui.forms import load_form
from chairdesk.gui.qt import (
    QComboBox,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QShortcut,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from chairdesk.gui.tasks import run_task
from chairdesk.gui.template_choice import TemplateChoice

_ERROR_STYLE = "color: #b00020; font-weight: 600;"
_WARNING_STYLE = "color: #8a5a00;"


class CompilePanel(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.year = controller.today().year
        self.tasks: list[object] = []
        self.form = load_form("review_compile_panel.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        find = self.form.findChild
        self.language_combo: QComboBox = find(QComboBox, "languageCombo")
        self.framework_edit: QLineEdit = find(QLineEdit, "frameworkEdit")
        self.compile_button: QPushButton = find(QPushButton, "compileButton")
        self.message_label: QLabel = find(QLabel, "messageLabel")
        self.preview: QTextBrowser = find(QTextBrowser, "previewBrowser")
        self.template = TemplateChoice(self)
        self.template.problem.connect(lambda text: self.show_message(text, error=True))
        _place(find(QWidget, "templateHost"), self.template)
        self.result_bar = ExportResultBar(self)
        _place(find(QWidget, "resultHost"), self.result_bar)
        self.exporter = DocumentExporter(controller, self)

        from chairdesk.domain.languages import LANGUAGE_NAMES

        for code, name in LANGUAGE_NAMES.items():  # each language named in itself
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(remembered_language()))
        )
        self.language_combo.currentIndexChanged.connect(
            lambda _i: remember_language(self.language())
        )
        self.language_combo.currentIndexChanged.connect(lambda _i: self._show_framework_default())
        self._show_framework_default()
        self.compile_button.clicked.connect(self.compile)
        QShortcut(QKeySequence("Ctrl+E"), self, self.compile)

    def language(self) -> str:
        return self.language_combo.currentData() or "en"

    def _show_framework_default(self) -> None:
        from chairdesk.reports.review_phrases import review_words

        self.framework_edit.setPlaceholderText(review_words(self.language()).default_framework)

    def set_year(self, year: int) -> None:
        self.year = year

    def refresh(self, changed_tables: set[str]) -> None:  # noqa: ARG002 - the preview is of a file written
        self.template.refresh()

    def show_message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(_ERROR_STYLE if error else _WARNING_STYLE if text else "")
        self.message_label.setVisible(bool(text))

    # -- compiling ---------------------------------------------------------------------------------------------

    def suggested_name(self) -> str:
        return safe_file_name(self.tr("Year-in-Review-{year}").format(year=self.year)) + ".docx"

    def compile(self) -> None:
        """Ask where to save the review, then compile it off the UI thread."""
        if self.tasks:
            return
        target = self.exporter.ask_target(
            self.tr("Compile the Year in Review"), self.suggested_name()
        )
        if target is not None:
            self.compile_to(target)

    def compile_to(self, target: Path) -> None:
        self.show_message("")
        workspace, year, language = self.controller.workspace, self.year, self.language()
        template, framework, today = (
            self.template.template(),
            self.framework_edit.text(),
            self.controller.today(),
        )
        chapter = self.tr("Compiling the chapter of {group}…")

        def work(progress):  # noqa: ANN001, ANN202 - on the worker thread
            from chairdesk.reports.review import write_review

            with workspace.read() as session:
                result = write_review(
                    session,
                    year,
                    target,
                    template,
                    language=language,
                    framework=framework,
                    today=today,
                    progress=lambda d, t, what: progress(
                        d, t, chapter.format(group=what) if what else ""
                    ),
                )
            return result, preview_html(result.path)

        task = run_task(self, self.tr("Compiling the Year in Review…"), work)
        self.tasks.append(task)
        task.succeeded.connect(self._compiled)
        task.failed.connect(
            lambda message, _details: self.show_message(
                self.tr("The review could not be compiled: {problem}").format(problem=message),
                error=True,
            )
        )
        task.finished.connect(lambda: self.tasks.remove(task))

    def _compiled(self, outcome: tuple) -> None:
        result, preview = outcome
        self.preview.setHtml(preview)
        self.result_bar.show_result(result.path)
        self.show_message("\n".join(result.warnings))
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr("Saved {path}").format(path=result.path), 10_000)


def _place(host: QWidget, widget: QWidget) -> None:
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(widget)


def preview_html(path: Path) -> str:
    """The compiled document as it reads: headings, paragraphs, lists and captions (figures and tables named)."""
    from chairdesk.reports.docx_reader import DocParagraph, body_blocks, read_docx

    out = []
    items: list[str] = []
    for block in body_blocks(read_docx(path)):
        if isinstance(block, DocParagraph) and block.list_item:
            items.append(f"<li>{html.escape(block.text)}</li>")
            continue
        if items:
            out.append(f"<ul>{''.join(items)}</ul>")
            items = []
        if not isinstance(block, DocParagraph):
            out.append(
                f"<p><i>[{len(block.rows)} \u00d7 {len(block.rows[0]) if block.rows else 0}]</i></p>"
            )
        elif block.heading is not None and block.style != "Subtitle":
            level = min(
                max(block.heading, 1), 4
            )  # the title as a chapter heading: the preview is not a page
            out.append(f"<h{level}>{html.escape(block.text)}</h{level}>")
        else:
            text = html.escape(block.text)
            out.append(
                f"<p><i>{text}</i></p>" if block.caption or block.heading == 0 else f"<p>{text}</p>"
            )
    if items:
        out.append(f"<ul>{''.join(items)}</ul>")
    return "".join(out)
