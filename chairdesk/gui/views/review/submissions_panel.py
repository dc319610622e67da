"""The submissions panel of the secretariat's view: every group's submission for the year, and importing them.

The table shows, for the chosen year, each working group's state: received
when and from which file, ChairDesk or plain Word, how many sections have
text (the missing ones in the tooltip), and what to check (no text for
Concluding observations, no meetings recorded, text not placed). Submissions
come in through "Import Submissions…" or by dropping .docx files on the view:
the files are read and applied on a worker thread, with progress, as one undo
step; what each brought is listed beside the table, and a file that cannot be
imported is named inline, nothing of the batch written.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path

from chairdesk.gui.controller import AppController
from chairdesk.gui.dialogs.submission_files import SubmissionFilesDialog
from chairdesk.gui.forms import load_form
from chairdesk.gui.i18n import current_language
from chairdesk.gui.models import SORT_ROLE
from chairdesk.gui.qt import (
    QComboBox,
    QHeaderView,
    QKeySequence,
    QLabel,
    QPushButton,
    QShortcut,
    QSortFilterProxyModel,
    QSplitter,
    Qt,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from chairdesk.gui.tasks import run_task
from chairdesk.gui.views.review.submissions_model import SubmissionsModel, row_of

_ERROR_STYLE = "color: #b00020; font-weight: 600;"
WORD_SUFFIXES = (".docx", ".docm", ".dotx", ".doc")  # as chairdesk.cli_submissions reads them
RELEVANT = {"working_group", "meeting", "narrative", "submission_receipt"}


class _Failed:
    """A batch that could not be imported: the message, and what choosing would let it in."""

    def __init__(self, message: str, needs: str | None) -> None:
        self.message, self.needs = message, needs


class SubmissionsPanel(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.year = controller.today().year
        self.tasks: list[object] = []
        self.form = load_form("review_submissions_panel.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        find = self.form.findChild
        self.import_button: QPushButton = find(QPushButton, "importButton")
        self.group_combo: QComboBox = find(QComboBox, "groupCombo")
        self.message_label: QLabel = find(QLabel, "messageLabel")
        self.table: QTableView = find(QTableView, "submissionsTable")
        self.report: QTextBrowser = find(QTextBrowser, "importReport")
        self.model = SubmissionsModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SORT_ROLE)
        self.table.setModel(proxy)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.model.column("notes"), QHeaderView.ResizeMode.Stretch)
        splitter: QSplitter = find(QSplitter, "tableSplitter")
        splitter.setStretchFactor(0, 3)  # the table first; what the last import brought under it
        splitter.setStretchFactor(1, 1)
        self.report.setVisible(False)  # until there is an import to report
        self.import_button.clicked.connect(self.choose_files)
        QShortcut(QKeySequence("Ctrl+I"), self, self.choose_files)

    # -- state ---------------------------------------------------------------------------------------------

    def set_year(self, year: int) -> None:
        if year != self.year:
            self.year = year
            self.refresh(set())

    def refresh(self, changed_tables: set[str]) -> None:
        """Read the groups' state again if what changed can change it (an empty set: anything)."""
        if changed_tables and not changed_tables & RELEVANT:
            return
        from chairdesk.reports.phrases import phrases
        from chairdesk.reports.report_data import group_name
        from chairdesk.reports.review_data import review_data

        with self.controller.read() as session:
            data = review_data(session, self.year, today=self.controller.today())
        headings = dict(phrases(current_language()).section_headings)
        self.model.year = self.year
        self.model.replace_rows([row_of(g, headings) for g in data.groups])
        self._fill_groups([(g.group.acronym, group_name(g.group)) for g in data.groups])

    def _fill_groups(self, groups: Sequence[tuple[str, str]]) -> None:
        chosen = self.group_combo.currentData()
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        self.group_combo.addItem(self.tr("The one its title names"), None)
        for acronym, name in groups:
            self.group_combo.addItem(acronym, acronym)
            self.group_combo.setItemData(
                self.group_combo.count() - 1, name, Qt.ItemDataRole.ToolTipRole
            )
        self.group_combo.setCurrentIndex(max(0, self.group_combo.findData(chosen)))
        self.group_combo.blockSignals(False)

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(_ERROR_STYLE if text else "")
        self.message_label.setVisible(bool(text))

    # -- importing ---------------------------------------------------------------------------------------------

    def choose_files(self) -> None:
        paths = SubmissionFilesDialog.ask(self)
        if paths:
            self.import_files(paths)

    @staticmethod
    def word_files(paths: Sequence[Path]) -> list[Path]:
        return [p for p in paths if p.suffix.lower() in WORD_SUFFIXES]

    def import_files(self, paths: Sequence[Path]) -> None:
        """Read and apply the files off the UI thread; one undo step when they are in."""
        if self.tasks or not paths:
            return
        self.show_message("")
        workspace, group, year = (
            self.controller.workspace,
            self.group_combo.currentData(),
            self.year,
        )
        reading = self.tr("Reading {file}…")

        def work(progress):  # noqa: ANN001, ANN202 - on the worker thread
            from chairdesk.reports.submission_import import (
                import_submissions,
                known_groups,
                read_submissions,
            )
            from chairdesk.reports.submission_reader import SubmissionError

            try:
                with workspace.read() as session:
                    known = known_groups(session)
                received = read_submissions(
                    paths,
                    known,
                    group=group,
                    fallback_year=year,
                    progress=lambda d, t, name: progress(d, t, reading.format(file=name)),
                )
                progress(len(paths), len(paths), self.tr("Importing…"))
                return AppController.run_recorded(
                    workspace, lambda s: import_submissions(s, received)
                )
            except SubmissionError as exc:
                return _Failed(str(exc), exc.needs)

        task = run_task(self, self.tr("Importing the submissions…"), work)
        self.tasks.append(task)
        task.succeeded.connect(self._imported)
        task.failed.connect(lambda message, _details: self.show_message(message))
        task.finished.connect(lambda: self.tasks.remove(task))

    def _imported(self, outcome: object) -> None:
        if isinstance(outcome, _Failed):
            hint = {
                "group": self.tr(" Choose its group above and import it again."),
                "year": self.tr(" Its title should name the one year it reports on."),
            }
            self.show_message(
                self.tr("Nothing was imported: {problem}.").format(problem=outcome.message)
                + hint.get(outcome.needs or "", "")
            )
            return
        results, changes = outcome
        self.controller.adopt(self.tr("Import Submissions"), changes)
        self.report.setHtml(self.report_html(results))
        self.report.setVisible(True)
        self.refresh(set())

    def report_html(self, results: Sequence[object]) -> str:
        """What each file brought, in the interface's language."""
        from chairdesk.domain.vocabulary import SubmissionSource

        parts = []
        for result in results:
            received = result.received
            kind = (
                self.tr("ChairDesk submission")
                if received.source is SubmissionSource.CHAIRDESK
                else self.tr("Word submission")
            )
            new, updated = sum(result.report.created.values()), sum(result.report.updated.values())
            what = (
                self.tr("{new} new and {updated} updated records").format(new=new, updated=updated)
                if new or updated
                else self.tr("nothing changed")
            )
            lines = []
            if received.source is SubmissionSource.WORD:
                lines.append(
                    self.tr("Sections recognized: {headings}").format(
                        headings="; ".join(received.recognized)
                    )
                )
            lines += [
                self.tr(
                    "{heading}: edited in Word since the export; the document's text is taken"
                ).format(heading=h)
                for h in received.changed
            ]
            lines += [
                self.tr(
                    "{heading}: no longer in the document; the text embedded at export is kept"
                ).format(heading=h)
                for h in received.missing
            ]
            for piece in received.unplaced:
                where = (
                    self.tr("under “{heading}”").format(heading=piece.where)
                    if piece.where
                    else self.tr("before the first section")
                )
                lines.append(
                    self.tr("Not placed ({where}): {text}").format(where=where, text=piece.text)
                )
            items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
            head = self.tr("{file}: {kind} of {group} for {year}: {what}").format(
                file=received.name, kind=kind, group=received.group, year=received.year, what=what
            )
            parts.append(
                f"<p><b>{html.escape(head)}</b></p>" + (f"<ul>{items}</ul>" if items else "")
            )
        return "".join(parts)
