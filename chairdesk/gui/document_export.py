"""Exporting documents from the application: where to, with which template, off the UI thread.

One helper for every view that writes a document (the Reports view, the
Meetings view): it asks for the target file (in the folder used last, with a
suggested name), runs the writer on a worker thread with its own database
session (run_task: progress dialog, cancel, errors as messages), and hands the
result back on the UI thread. The chosen Word template is one preference for
all documents, kept in QSettings. `ExportResultBar` shows what was written,
with "Open" and "Open folder".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from chairdesk.gui.controller import AppController
from chairdesk.gui.qt import (
    QCoreApplication,
    QDesktopServices,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QObject,
    QSettings,
    QStandardPaths,
    Qt,
    QToolButton,
    QUrl,
    QWidget,
    Signal,
)
from chairdesk.gui.tasks import Task, run_task

if TYPE_CHECKING:  # python-docx is loaded when a document is written, not at start-up
    from sqlalchemy.orm import Session

    from chairdesk.reports.docx_builder import ExportResult

LANGUAGE_KEY = "reports/language"
TEMPLATE_KEY = "reports/template"
FOLDER_KEY = "reports/lastFolder"

Writer = Callable[["Session", Path], "ExportResult"]


# -- preferences ---------------------------------------------------------------------------------


def remembered_template() -> Path | None:
    """The .docx template chosen for documents, or None for ChairDesk's default."""
    value = QSettings().value(TEMPLATE_KEY) or ""
    return Path(value) if value else None


def remembered_language() -> str:
    """The language of the documents' fixed wording ("en" or "fr"), as last chosen."""
    from chairdesk.domain.languages import LANGUAGE_NAMES

    value = QSettings().value(LANGUAGE_KEY) or "en"
    return value if value in LANGUAGE_NAMES else "en"


def remember_language(code: str) -> None:
    QSettings().setValue(LANGUAGE_KEY, code)


def remember_template(path: Path | None) -> None:
    QSettings().setValue(TEMPLATE_KEY, str(path) if path is not None else "")


def last_folder() -> Path:
    value = QSettings().value(FOLDER_KEY) or ""
    if value and Path(value).is_dir():
        return Path(value)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def safe_file_name(text: str) -> str:
    """A file name made of the text's letters, digits, dashes and dots."""
    kept = "".join(c if c.isalnum() or c in "-_." else "-" for c in text)
    while "--" in kept:
        kept = kept.replace("--", "-")
    return kept.strip("-.") or "document"


def open_path(path: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


# -- what an export says --------------------------------------------------------------------------


def _message_wordings() -> dict[str, str]:
    """Each export message's wording in the interface's language (see chairdesk.reports.messages)."""
    return {
        "section_left_out": QCoreApplication.translate(
            "DocumentExport", "{heading}: nothing recorded for {year}; the section is left out."
        ),
        "open_items_listed": QCoreApplication.translate(
            "DocumentExport",
            "{heading}: no text of the chair's for {year} yet; the open items are listed as a starting point.",
        ),
        "no_french_name": QCoreApplication.translate(
            "DocumentExport",
            "{group} has no French name recorded; its English name is used. Record it in Composition.",
        ),
        "time_zone_assumed": QCoreApplication.translate(
            "DocumentExport",
            "{group} has no time zone recorded; its meeting times were taken as {zone} time, this "
            "computer's. Record the group's zone in Composition.",
        ),
        "style_made": QCoreApplication.translate(
            "DocumentExport",
            'The template {template} has no "{style}" style; one was made from its own "{base}" style.',
        ),
        "header_distance": QCoreApplication.translate(
            "DocumentExport",
            "The template {template} puts the header or footer {distance} cm from the edge of the page, where "
            "printers cut it off; it was placed {placed} cm from the edge.",
        ),
        "template_missing": QCoreApplication.translate(
            "DocumentExport", "{path}: no such template file"
        ),
        "default_template_missing": QCoreApplication.translate(
            "DocumentExport",
            "{path}: ChairDesk's default template is missing from this installation",
        ),
        "template_unreadable": QCoreApplication.translate(
            "DocumentExport", "{path}: cannot read the template ({reason})"
        ),
        "not_word": QCoreApplication.translate(
            "DocumentExport",
            "{path}: not a Word document (.docx); choose a .docx or .dotx file as the template",
        ),
        "macro_template": QCoreApplication.translate(
            "DocumentExport",
            "{path}: a macro-enabled Word file cannot serve as a template; save it as a .docx first",
        ),
        "template_too_large": QCoreApplication.translate(
            "DocumentExport",
            "{path}: too large for a template ({size} MB once unpacked; at most {limit} MB)",
        ),
        "cannot_write": QCoreApplication.translate(
            "DocumentExport", "{path}: cannot write ({reason})"
        ),
        "group_note": QCoreApplication.translate("DocumentExport", "{group}: {note}"),
        "not_received": QCoreApplication.translate(
            "DocumentExport", "{group}: nothing received for {year}; named as not yet received."
        ),
    }


def message_text(message: str) -> str:
    """An export's message (a `chairdesk.reports.messages.Message`) in the interface's language."""
    code = getattr(message, "code", None)
    wording = _message_wordings().get(code) if code else None
    if wording is None:
        return str(message)
    values = {
        k: message_text(v) if getattr(v, "code", None) else v for k, v in message.values.items()
    }
    try:
        return wording.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that names a value wrongly
        return str(message)


# -- the result bar ---------------------------------------------------------------------------------


class ExportResultBar(QWidget):
    """ "Saved ETCIP-2022-submission.docx in ~/Documents." with Open and Open folder buttons."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportResultBar")
        self.path: Path | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel(self)
        self.label.setObjectName("exportResultLabel")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QToolButton(self)
        self.open_button.setObjectName("openDocumentButton")
        self.open_button.setText(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open the document with its application"))
        self.folder_button = QToolButton(self)
        self.folder_button.setObjectName("openFolderButton")
        self.folder_button.setText(self.tr("Open folder"))
        self.folder_button.setToolTip(self.tr("Show the folder that holds the document"))
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("closeResultButton")
        self.close_button.setText("\u00d7")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Hide this message"))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.folder_button)
        layout.addWidget(self.close_button)
        self.open_button.clicked.connect(lambda: self.path is not None and open_path(self.path))
        self.folder_button.clicked.connect(
            lambda: self.path is not None and open_path(self.path.parent)
        )
        self.close_button.clicked.connect(self.hide)
        self.setVisible(False)

    def show_result(self, path: Path) -> None:
        self.path = path
        self.label.setText(
            self.tr("Saved {name} in {folder}.").format(name=path.name, folder=path.parent)
        )
        self.setVisible(True)


# -- the exporter ---------------------------------------------------------------------------------------


class DocumentExporter(QObject):
    """Asks where to save, writes off the UI thread, announces the outcome."""

    succeeded = Signal(object)  # ExportResult
    failed = Signal(str)  # a message for people

    def __init__(self, controller: AppController, parent: QWidget) -> None:
        super().__init__(parent)
        self.controller = controller
        self._parent = parent
        self._tasks: list[Task] = []

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def ask_target(self, title: str, suggested_name: str) -> Path | None:
        """The file the person chose (with the suggested name's suffix), or None if they cancelled."""
        suffix = Path(suggested_name).suffix.lower() or ".docx"
        file_filter = (
            self.tr("iCalendar file (*.ics)")
            if suffix == ".ics"
            else self.tr("Word document (*.docx)")
        )
        name, _ = QFileDialog.getSaveFileName(
            self._parent, title, str(last_folder() / suggested_name), file_filter
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        QSettings().setValue(FOLDER_KEY, str(path.parent))
        return path

    def run(self, label: str, target: Path, write: Writer) -> Task:
        """Write the document at `target` on a worker thread with its own session."""
        workspace = self.controller.workspace

        def work(progress):  # noqa: ANN001, ANN202
            from chairdesk.reports.docx_builder import ReportError

            progress(0, 0, label)
            try:
                with workspace.read() as session:
                    return write(session, target)
            except ReportError as exc:
                raise ReportError(message_text(exc.message)) from exc  # in the interface's language

        task = run_task(self._parent, label, work)
        self._tasks.append(task)
        task.succeeded.connect(self._on_succeeded)
        task.failed.connect(lambda message, _details: self._on_failed(message))
        task.finished.connect(lambda: self._tasks.remove(task))
        return task

    def _on_succeeded(self, result: ExportResult) -> None:
        window = self._parent.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr("Saved {path}").format(path=result.path), 10_000)
        self.succeeded.emit(result)

    def _on_failed(self, message: str) -> None:
        window = self._parent.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                self.tr("Export failed: {message}").format(message=message), 10_000
            )
        self.failed.emit(message)


__all__ = [
    "DocumentExporter",
    "ExportResultBar",
    "last_folder",
    "message_text",
    "open_path",
    "remember_template",
    "remembered_template",
    "safe_file_name",
]
