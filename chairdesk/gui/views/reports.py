"""The Reports view: write each section's narrative beside the drafted facts, preview, export.

The annual submission of the selected group for a year is shown section by
section: on the left the sections in the secretariat's order; for the chosen
one, what the records say (drafted by chairdesk.reports.submission) beside an
editor for the chair's own text, and below a preview of the whole submission
as it will read. The chair's text is saved as it is typed — after a short
pause, and when the editor loses the focus, another section is chosen or the
window closes — each save one undo step (so one editing burst is one step).
The Concluding observations sections offer the open items (overdue
activities, open action items) as a starting list to insert.

The other documents (composition annex, handover pack, iCalendar file) are
exported from here too. Exports run off the UI thread (DocumentExporter);
the Word template is a preference shared by every document.
"""

from __future__ import annotations

import dataclasses
import html
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from chairdesk.domain.vocabulary import NarrativeSection
from chairdesk.gui.controller import AppController
from chairdesk.gui.document_export import (
    DocumentExporter,
    ExportResultBar,
    last_folder,
    message_text,
    remember_language,
    remember_template,
    remembered_language,
    remembered_template,
    safe_file_name,
)
from chairdesk.gui.forms import load_form
from chairdesk.gui.inline import refusal_text
from chairdesk.gui.qt import (
    QAbstractListModel,
    QAction,
    QBrush,
    QColor,
    QComboBox,
    QEvent,
    QFileDialog,
    QFont,
    QGroupBox,
    QItemSelectionModel,
    QKeySequence,
    QLabel,
    QListView,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPlainTextEdit,
    QPushButton,
    QSettings,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    Qt,
    QTextBrowser,
    QTimer,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from chairdesk.reports import submission as sub
from chairdesk.reports.docx_builder import ExportResult, ReportError, open_template, split_blocks
from chairdesk.reports.phrases import phrases
from chairdesk.store.models import WorkingGroup
from chairdesk.store.ops import OperationError
from chairdesk.store.ops import narratives as ops

log = logging.getLogger(__name__)

#: How long typing must pause before the text is saved (one undo step per burst).
SAVE_DELAY_MS = 800

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
EDITABLE_ROLE = Qt.ItemDataRole.UserRole + 2

_ERROR_STYLE = "color: #b00020; font-weight: 600;"
_WARNING_STYLE = "color: #8a5a00;"
_TEMPLATE_SUFFIXES = (".docx", ".dotx")
_Index = QModelIndex | QPersistentModelIndex


# -- the section list -----------------------------------------------------------------------------


@dataclass(frozen=True)
class SectionRow:
    key: str  # a NarrativeSection value, or "work_plan"
    heading: str
    level: int
    editable: bool  # the chair writes a narrative for it
    words: int  # in the chair's text
    included: bool  # the section will be in the document


class SectionListModel(QAbstractListModel):
    """The submission's sections in order; those the export would leave out are greyed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SectionRow] = []

    def set_rows(self, rows: Sequence[SectionRow]) -> None:
        rows = list(rows)
        if [r.key for r in rows] == [r.key for r in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> SectionRow:
        return self._rows[row]

    def row_of(self, key: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.key == key), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return ("\u2003" * (row.level - 1)) + row.heading
        if role == KEY_ROLE:
            return row.key
        if role == EDITABLE_ROLE:
            return row.editable
        if role == Qt.ItemDataRole.ToolTipRole:
            if not row.editable:
                text = self.tr("Drafted from the records; no text of yours.")
            elif row.words == 0:
                text = self.tr("No text of yours yet.")
            elif row.words == 1:
                text = self.tr("Your text: 1 word.")
            else:
                text = self.tr("Your text: {n} words.").format(n=row.words)
            if not row.included:
                text += " " + self.tr("The export leaves this section out: nothing to say yet.")
            return text
        if role == Qt.ItemDataRole.ForegroundRole and not row.included:
            return QBrush(QColor("#808080"))
        if role == Qt.ItemDataRole.FontRole and row.editable and row.words:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _flatten(drafts: Sequence[sub.SectionDraft]) -> list[sub.SectionDraft]:
    """Every section in document order, the concluding chapter followed by its parts."""
    out: list[sub.SectionDraft] = []
    for draft in drafts:
        out.append(draft)
        out.extend(_flatten(draft.children))
    return out


def _editable(key: str) -> bool:
    return key in {s.value for s in NarrativeSection}


# -- text and HTML of the drafted blocks ---------------------------------------------------------------


def facts_only(draft: sub.SectionDraft) -> str:
    """What the records say, without the starting list (shown apart)."""
    return dataclasses.replace(draft, suggestions=(), narrative="").facts_text()


def open_items(draft: sub.SectionDraft) -> str:
    """The section's starting list as text the chair can insert ("- " items, as the export reads lists)."""
    parts = []
    for block in draft.suggestions:
        if isinstance(block, sub.ItemList):
            lines = [block.lead_in] if block.lead_in else []
            lines += [f"- {lead}{text}" for lead, text in block.items]
            parts.append("\n".join(lines))
        elif isinstance(block, (sub.Para, sub.Labelled)):
            parts.append(dataclasses.replace(draft, facts=(block,), suggestions=(), narrative="").facts_text())
    return "\n\n".join(parts)


def _h(text: str) -> str:
    return html.escape(text, quote=False)


def _blocks_html(blocks: Sequence[Any], as_of_label: str) -> str:
    out = []
    for block in blocks:
        if isinstance(block, sub.Para):
            out.append(f"<p>{_h(block.text)}</p>")
        elif isinstance(block, sub.Labelled):
            out.append(f"<p><b>{_h(block.label)}:</b> {_h(block.text)}</p>")
        elif isinstance(block, sub.ItemList):
            if block.lead_in:
                out.append(f"<p>{_h(block.lead_in)}</p>")
            items = "".join(f"<li><b>{_h(lead)}</b>{_h(text)}</li>" for lead, text in block.items)
            out.append(f"<ul>{items}</ul>")
        elif isinstance(block, sub.ActivityTable):
            # The document's own words (its language), as the export will write them.
            words = phrases(block.language)
            head = "".join(f"<th align='left'>{_h(c)}</th>" for c in words.activity_headers)
            rows = []
            for output in block.plan.outputs:
                rows.append(f"<tr><td colspan='5'><b>{_h(words.output_row(output.code, output.title))}</b></td></tr>")
                for activity in output.activities:
                    cells = "".join(
                        f"<td>{_h(c)}</td>" for c in sub.activity_row(activity, block.as_of, block.language))
                    rows.append(f"<tr>{cells}</tr>")
            out.append(
                f"<p><i>{_h(words.activity_table_caption(block.plan.period_label))}</i></p>"
                f"<table border='1' cellspacing='0' cellpadding='3' width='100%'><tr>{head}</tr>{''.join(rows)}</table>"
            )
        elif isinstance(block, sub.Chart):
            out.append(f"<p align='center'><i>[{_h(as_of_label)}: {_h(block.caption)}]</i></p>")
    return "".join(out)


def _narrative_html(text: str) -> str:
    out = []
    for block in split_blocks(text):
        if isinstance(block, list):
            out.append("<ul>" + "".join(f"<li>{_h(item)}</li>" for item in block) + "</ul>")
        else:
            out.append(f"<p>{_h(block)}</p>")
    return "".join(out)


# -- the view ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Pending:
    """A narrative typed but not saved yet, and where it belongs."""

    workspace: Any
    group_id: str
    year: int
    section: NarrativeSection
    heading: str


DOCUMENTS = ("submission", "annex", "handover", "ics")


class ReportsView(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.group_id: str | None = None
        self._group_acronym = ""
        self._group_name = ""
        self._drafts: dict[str, sub.SectionDraft] = {}
        self._stored: dict[NarrativeSection, str] = {}
        self._current_key: str | None = None
        self._pending: _Pending | None = None
        self._dirty = True  # data changed while the view was hidden
        self._loading = False
        self._data: sub.SubmissionData | None = None
        self.task = None

        self.form = load_form("reports_view.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        find = self.form.findChild
        self.document_combo: QComboBox = find(QComboBox, "documentCombo")
        self.year_label: QLabel = find(QLabel, "yearLabel")
        self.year_spin: QSpinBox = find(QSpinBox, "yearSpin")
        self.language_combo: QComboBox = find(QComboBox, "languageCombo")
        self.template_label: QLabel = find(QLabel, "templateLabel")
        self.choose_template_button: QToolButton = find(QToolButton, "chooseTemplateButton")
        self.default_template_button: QToolButton = find(QToolButton, "defaultTemplateButton")
        self.export_button: QToolButton = find(QToolButton, "exportButton")
        self.message_label: QLabel = find(QLabel, "messageLabel")
        self.page_stack: QStackedWidget = find(QStackedWidget, "pageStack")
        self.submission_page: QWidget = find(QWidget, "submissionPage")
        self.other_page: QWidget = find(QWidget, "otherPage")
        self.other_label: QLabel = find(QLabel, "otherLabel")
        self.splitter: QSplitter = find(QSplitter, "splitter")
        self.section_splitter: QSplitter = find(QSplitter, "sectionSplitter")
        self.writing_splitter: QSplitter = find(QSplitter, "writingSplitter")
        self.section_list: QListView = find(QListView, "sectionList")
        self.facts_view: QPlainTextEdit = find(QPlainTextEdit, "factsView")
        self.facts_label: QLabel = find(QLabel, "factsLabel")
        self.narrative_pane: QWidget = find(QWidget, "narrativePane")
        self.narrative_label: QLabel = find(QLabel, "narrativeLabel")
        self.narrative_edit: QPlainTextEdit = find(QPlainTextEdit, "narrativeEdit")
        self.open_items_box: QGroupBox = find(QGroupBox, "openItemsBox")
        self.open_items_label: QLabel = find(QLabel, "openItemsLabel")
        self.insert_open_items_button: QPushButton = find(QPushButton, "insertOpenItemsButton")
        self.preview: QTextBrowser = find(QTextBrowser, "previewBrowser")
        self.result_bar = ExportResultBar(self.form)
        self.form.findChild(QWidget, "resultBar").layout().addWidget(self.result_bar)
        self.form.findChild(QWidget, "resultBar").setVisible(True)

        self.model = SectionListModel(self)
        self.section_list.setModel(self.model)
        self.exporter = DocumentExporter(controller, self)
        self.exporter.succeeded.connect(self._exported)
        self.exporter.failed.connect(lambda message: self._show_message(message, error=True))

        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.flush)

        self._setup()
        controller.changed.connect(self._on_changed)
        controller.groupChanged.connect(self._on_group_changed)
        controller.workspaceChanged.connect(self._on_workspace_changed)
        self._restore_layout()
        self._show_template()
        self._on_group_changed(controller.group_id)

    # -- set-up -----------------------------------------------------------------------------------

    def _setup(self) -> None:
        labels = {
            "submission": self.tr("Annual submission"),
            "annex": self.tr("Composition annex (all groups)"),
            "handover": self.tr("Handover pack"),
            "ics": self.tr("Meeting calendar (iCalendar)"),
        }
        for name in DOCUMENTS:
            self.document_combo.addItem(labels[name], name)
        self.document_combo.currentIndexChanged.connect(self._on_document_changed)
        self.year_spin.setRange(ops.MIN_YEAR, ops.MAX_YEAR)
        self.year_spin.setKeyboardTracking(False)
        self.year_spin.valueChanged.connect(self._on_year_changed)
        from chairdesk.domain.languages import LANGUAGE_NAMES

        for code, name in LANGUAGE_NAMES.items():  # each language named in itself
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(remembered_language())))
        self.language_combo.currentIndexChanged.connect(self._on_language_changed)
        self.section_list.selectionModel().currentChanged.connect(self._on_section_changed)

        self.narrative_edit.textChanged.connect(self._on_text_changed)
        self.narrative_edit.installEventFilter(self)
        self.narrative_edit.setPlaceholderText(self.tr(
            "What only you can say about this section: what the group achieved, how, with whom. "
            "Blank lines separate paragraphs; lines starting with “- ” make a list."
        ))
        self.facts_view.setPlaceholderText(self.tr("Nothing is drafted from the records for this section."))
        self.insert_open_items_button.clicked.connect(self.insert_open_items)
        self.insert_open_items_button.setToolTip(self.tr("Add the list to your text, to edit it from there"))

        self.choose_template_button.setText(self.tr("Template…"))
        self.choose_template_button.setToolTip(self.tr("Use a Word template (.docx) the secretariat supplied"))
        self.choose_template_button.clicked.connect(self.choose_template)
        self.default_template_button.setText(self.tr("Default template"))
        self.default_template_button.setToolTip(self.tr("Use ChairDesk's own template"))
        self.default_template_button.clicked.connect(lambda: self.set_template(None))

        self.export_action = QAction(self.tr("&Export…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        # Window-wide: acts while this view is the visible page, wherever the focus is.
        self.export_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.export_action.setToolTip(self.tr("Save the chosen document as a file (Ctrl+E)"))
        self.export_action.triggered.connect(self.export)
        self.addAction(self.export_action)
        self.export_button.setDefaultAction(self.export_action)

    def _restore_layout(self) -> None:
        settings = QSettings()
        for name, splitter, sizes in (
            ("splitter", self.splitter, [230, 870]),
            ("sectionSplitter", self.section_splitter, [420, 260]),
            ("writingSplitter", self.writing_splitter, [400, 470]),
        ):
            state = settings.value(f"reports/{name}")
            if state is not None:
                splitter.restoreState(state)
            else:
                splitter.setSizes(sizes)
            splitter.splitterMoved.connect(
                lambda *_a, n=name, s=splitter: QSettings().setValue(f"reports/{n}", s.saveState())
            )

    # -- messages ---------------------------------------------------------------------------------

    def _show_message(self, text: str, *, error: bool = False, warning: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(_ERROR_STYLE if error else _WARNING_STYLE if warning else "")
        self.message_label.setVisible(bool(text))

    # -- which group, year and document --------------------------------------------------------------

    def document(self) -> str:
        return self.document_combo.currentData() or "submission"

    def set_document(self, name: str) -> None:
        self.document_combo.setCurrentIndex(max(0, self.document_combo.findData(name)))

    def _on_document_changed(self, _index: int) -> None:
        self.flush()
        document = self.document()
        submission = document == "submission"
        self.page_stack.setCurrentWidget(self.submission_page if submission else self.other_page)
        year_matters = document in ("submission", "annex")
        self.year_spin.setEnabled(year_matters)
        self.year_label.setEnabled(year_matters)
        word = document != "ics"
        for widget in (self.template_label, self.choose_template_button, self.default_template_button):
            widget.setEnabled(word)
        self._describe_other()
        self._update_enabled()
        if submission and self._dirty:
            self._reload()

    def _describe_other(self) -> None:
        group = self._group_acronym or self.tr("the group")
        texts = {
            "annex": self.tr(
                "The composition annex lists every working group of the workspace, by Strategy pillar: "
                "its Chair, Vice-Chairs, members and observers in the year chosen, with a table of the "
                "entities' names — as the secretariat's annex on the working groups' structure."
            ),
            "handover": self.tr(
                "The handover pack prepares an incoming chair of {group}: the composition, the rotation, "
                "the upcoming meetings, the open action items, the activities due in the next two quarters "
                "and the drafts of this year's narratives."
            ).format(group=group),
            "ics": self.tr(
                "The meeting calendar holds every meeting of {group} as an iCalendar (.ics) file, which "
                "Outlook, Google Calendar and Apple Calendar import."
            ).format(group=group),
        }
        self.other_label.setText(texts.get(self.document(), ""))

    def _update_enabled(self) -> None:
        has_group = self.group_id is not None
        needs_group = self.document() != "annex"
        self.export_action.setEnabled(not self.exporter.busy and (has_group or not needs_group))
        self.submission_page.setEnabled(has_group)

    def _on_group_changed(self, group_id: str | None) -> None:
        self.flush()
        self.group_id = group_id
        self._group_acronym = self._group_name = ""
        year = self.controller.today().year
        if group_id is not None:
            with self.controller.read() as session:
                group = session.get(WorkingGroup, group_id)
                if group is not None:
                    self._group_acronym, self._group_name = group.acronym, group.name
                year = ops.default_report_year(session, group_id, self.controller.today())
        self.year_spin.blockSignals(True)
        self.year_spin.setValue(year)
        self.year_spin.blockSignals(False)
        self._current_key = None
        self._show_message("")
        self._describe_other()
        self._update_enabled()
        self._dirty = True
        self._reload_if_shown()

    def _on_year_changed(self, _year: int) -> None:
        self.flush()
        self._reload()

    def year(self) -> int:
        return self.year_spin.value()

    def _on_workspace_changed(self) -> None:
        # The text typed last belongs to the workspace just closed, which is still open now.
        pending, self._pending = self._pending, None
        self.save_timer.stop()
        if pending is not None:
            text = self.narrative_edit.toPlainText()
            try:
                with pending.workspace.transaction() as session:
                    ops.set_narrative(session, pending.group_id, pending.year, pending.section, text)
            except Exception:  # noqa: BLE001 - the old workspace may be unusable; the log keeps the text
                log.exception("could not save the %s narrative typed before the workspace changed:\n%s",
                              pending.section.value, text)
        self._current_key = None
        self._on_group_changed(self.controller.group_id)

    def _on_changed(self, tables: set[str]) -> None:
        if not tables or "working_group" in tables:
            if self.group_id is not None:
                with self.controller.read() as session:
                    group = session.get(WorkingGroup, self.group_id)
                    if group is not None:
                        self._group_acronym, self._group_name = group.acronym, group.name
        self._dirty = True
        self._reload_if_shown()

    def _reload_if_shown(self) -> None:
        # A hidden view catches up when it is shown (showEvent).
        if self.isVisible() and self.document() == "submission":
            self._reload()

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802
        self.flush()  # another view is chosen, or the window closes
        super().hideEvent(event)

    def language(self) -> str:
        """The language of the documents' fixed wording."""
        return self.language_combo.currentData() or "en"

    def _on_language_changed(self, _index: int) -> None:
        remember_language(self.language())
        if self.document() == "submission":
            self.flush()
            self._reload()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        if self._dirty and self.document() == "submission":
            self._reload()

    # -- loading ---------------------------------------------------------------------------------

    def _reload(self) -> None:
        """Read the drafts and the chair's texts again; keep the chosen section."""
        self._dirty = False
        drafts: list[sub.SectionDraft] = []
        self._stored = {}
        if self.group_id is not None:
            with self.controller.read() as session:
                if session.get(WorkingGroup, self.group_id) is None:
                    self.group_id = None
                else:
                    data = sub.submission_data(
                        session, self.group_id, self.year(), today=self.controller.today(), language=self.language()
                    )
                    drafts = sub.draft_sections(data)
                    self._stored = ops.narrative_texts(session, self.group_id, self.year())
                    self._data = data
        flat = _flatten(drafts)
        self._drafts = {d.key: d for d in flat}
        rows = []
        for draft in flat:
            editable = _editable(draft.key)
            text = self._stored.get(NarrativeSection(draft.key), "") if editable else ""
            rows.append(SectionRow(draft.key, draft.heading, draft.level, editable, len(text.split()),
                                   draft.has_content))
        self._loading = True
        try:
            self.model.set_rows(rows)
            key = self._current_key if self._current_key in self._drafts else (flat[0].key if flat else None)
            self._select(key)
        finally:
            self._loading = False
        self._show_section(key)
        self._render_preview(drafts)

    def _select(self, key: str | None) -> None:
        row = self.model.row_of(key) if key else -1
        selection = self.section_list.selectionModel()
        if row < 0:
            selection.clear()
            return
        index = self.model.index(row)
        if selection.currentIndex() != index:
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def select_section(self, key: str) -> bool:
        """Choose a section (as a click in the list would); False if the submission has none such."""
        if self.model.row_of(key) < 0:
            return False
        self._select(key)
        return True

    def _on_section_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._loading or not current.isValid():
            return
        self.flush()
        self._show_section(current.data(KEY_ROLE))

    def _show_section(self, key: str | None) -> None:
        self._current_key = key
        draft = self._drafts.get(key) if key else None
        editable = key is not None and _editable(key)
        facts = facts_only(draft) if draft is not None else ""
        if draft is not None and draft.children:
            facts = self.tr(
                "Your text here opens the chapter: the concluding observations. Its parts follow it, "
                "each with a text of its own: {parts}."
            ).format(parts="; ".join(child.heading for child in draft.children))
        self.facts_view.setPlainText(facts)
        stored = self._stored.get(NarrativeSection(key), "") if editable else ""
        # Text being typed stays; otherwise the editor shows what is stored (after undo, a sync).
        if self._pending is None and self.narrative_edit.toPlainText().rstrip() != stored or not editable:
            self.narrative_edit.blockSignals(True)
            self.narrative_edit.setPlainText(stored)
            self.narrative_edit.blockSignals(False)
        self.narrative_edit.setReadOnly(not editable)
        self.narrative_edit.setEnabled(editable)
        # A section drafted from the records alone (the work plan) has no editor: the facts take the room.
        self.narrative_pane.setVisible(editable)
        if editable:
            self.narrative_label.setText(self.tr("Your &text for “{heading}”").format(heading=draft.heading))
            self.facts_label.setText(self.tr("Drafted from the records"))
        else:
            self.facts_label.setText(self.tr("Drafted from the records (this section has no text of yours)"))
        items = open_items(draft) if draft is not None and editable else ""
        self.open_items_box.setVisible(bool(items))
        self.open_items_label.setText(items)
        if key:
            self.preview.scrollToAnchor(key)

    def _render_preview(self, drafts: Sequence[sub.SectionDraft]) -> None:
        if self.group_id is None or not drafts or self._data is None:
            self.preview.setHtml("")
            return
        data = self._data
        figure = self.tr("Figure")
        parts = [
            f"<h1>{_h(data.group.name_in(data.words))}</h1>",
            f"<p><i>{_h(self.tr('Annual submission for {year}').format(year=data.year))}</i></p>",
        ]

        def section(draft: sub.SectionDraft) -> None:
            tag = "h2" if draft.level == 1 else "h3"
            anchor = f"<a name='{draft.key}'></a>"
            if not draft.has_content:
                left_out = self.tr("(left out of the document: nothing recorded for {year} yet)").format(year=data.year)
                parts.append(f"{anchor}<{tag} style='color:#808080'>{_h(draft.heading)}</{tag}>"
                             f"<p style='color:#808080'><i>{_h(left_out)}</i></p>")
                return
            parts.append(f"{anchor}<{tag}>{_h(draft.heading)}</{tag}>")
            charts_last = bool(draft.narrative)
            parts.append(_blocks_html([b for b in draft.facts if not (charts_last and isinstance(b, sub.Chart))], figure))
            if draft.narrative:
                parts.append(_narrative_html(draft.narrative))
                parts.append(_blocks_html([b for b in draft.facts if isinstance(b, sub.Chart)], figure))
            elif draft.suggestions:
                parts.append(_blocks_html(draft.suggestions, figure))
            for child in draft.children:
                section(child)

        for draft in drafts:
            section(draft)
        bar = self.preview.verticalScrollBar()
        position = bar.value()
        self.preview.setHtml("".join(parts))
        bar.setValue(position)

    # -- the chair's text ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.narrative_edit and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def _on_text_changed(self) -> None:
        key = self._current_key
        if self._loading or key is None or not _editable(key) or self.group_id is None:
            return
        if self._pending is None:
            draft = self._drafts[key]
            self._pending = _Pending(self.controller.workspace, self.group_id, self.year(),
                                     NarrativeSection(key), draft.heading)
        self.save_timer.start()

    def flush(self) -> bool:
        """Save the text typed and not yet saved, as one undo step. False if it was refused."""
        self.save_timer.stop()
        pending, self._pending = self._pending, None
        if pending is None or pending.workspace is not self.controller.workspace:
            return True
        text = self.narrative_edit.toPlainText()
        if text.rstrip() == self._stored.get(pending.section, "").rstrip():
            return True
        try:
            self.controller.perform(
                self.tr("Edit “{heading}”").format(heading=pending.heading),
                lambda s: ops.set_narrative(s, pending.group_id, pending.year, pending.section, text),
            )
        except OperationError as error:
            self._show_message(refusal_text(error), error=True)
            return False
        return True

    def insert_open_items(self) -> None:
        draft = self._drafts.get(self._current_key or "")
        if draft is None:
            return
        items = open_items(draft)
        if not items:
            return
        cursor = self.narrative_edit.textCursor()
        before = self.narrative_edit.toPlainText()[: cursor.position()]
        # The list starts a paragraph of its own.
        if not before.strip() or before.endswith("\n\n"):
            prefix = ""
        else:
            prefix = "\n" if before.endswith("\n") else "\n\n"
        cursor.insertText(prefix + items + "\n")
        self.narrative_edit.setTextCursor(cursor)
        self.flush()
        self.narrative_edit.setFocus()

    # -- the template -----------------------------------------------------------------------------------

    def _show_template(self) -> None:
        template = remembered_template()
        if template is None:
            self.template_label.setText(self.tr("Template: ChairDesk's default"))
            self.template_label.setToolTip("")
        else:
            self.template_label.setText(self.tr("Template: {name}").format(name=template.name))
            self.template_label.setToolTip(str(template))
        self.default_template_button.setVisible(template is not None)

    def template_problem(self, path: Path) -> str | None:
        """Why `path` cannot serve as a template (None: it can)."""
        if path.suffix.lower() not in _TEMPLATE_SUFFIXES:
            return self.tr("{name} is not a Word document (.docx); choose a .docx file as the template.").format(
                name=path.name)
        if not path.is_file():
            return self.tr("The template {path} is no longer there; choose another or use the default.").format(
                path=path)
        try:
            open_template(path)
        except ReportError as exc:
            return message_text(exc.message)
        return None

    def choose_template(self) -> None:
        current = remembered_template()
        folder = str(current.parent if current is not None else last_folder())
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a Word template"), folder,
            self.tr("Word documents (*.docx *.dotx);;All files (*)"),
        )
        if name:
            self.set_template(Path(name))

    def set_template(self, path: Path | None) -> bool:
        """Use `path` (None: ChairDesk's default) for the documents; refuse a file that is no template."""
        if path is not None and (problem := self.template_problem(path)):
            self._show_message(problem, error=True)
            return False
        remember_template(path)
        self._show_template()
        self._show_message("")
        return True

    # -- export -------------------------------------------------------------------------------------------

    def suggested_name(self) -> str:
        document, group, year = self.document(), self._group_acronym or "group", self.year()
        if document == "submission":
            return safe_file_name(f"{group}-{year}-submission") + ".docx"
        if document == "annex":
            return safe_file_name(f"Composition-annex-{year}") + ".docx"
        if document == "handover":
            return safe_file_name(f"{group}-handover-{self.controller.today().isoformat()}") + ".docx"
        return safe_file_name(f"{group}-meetings") + ".ics"

    def export(self) -> None:
        """Ask where to, then write the chosen document off the UI thread."""
        if not self.flush() or self.exporter.busy:
            return
        document = self.document()
        group_id = self.group_id
        if group_id is None and document != "annex":
            self._show_message(self.tr("Choose a working group first."), error=True)
            return
        template = remembered_template() if document != "ics" else None
        if template is not None and (problem := self.template_problem(template)):
            self._show_message(problem, error=True)
            return
        titles = {
            "submission": self.tr("Export the annual submission"),
            "annex": self.tr("Export the composition annex"),
            "handover": self.tr("Export the handover pack"),
            "ics": self.tr("Export the meeting calendar"),
        }
        target = self.exporter.ask_target(titles[document], self.suggested_name())
        if target is None:
            return
        year, today, language = self.year(), self.controller.today(), self.language()
        from chairdesk.reports import calendar, documents

        writers = {
            "submission": lambda s, p: sub.write_submission(s, group_id, year, p, template, today=today, language=language),
            "annex": lambda s, p: documents.write_annex(s, year, p, template, language=language),
            "handover": lambda s, p: documents.write_handover(s, group_id, p, template, today=today, language=language),
            "ics": lambda s, p: calendar.write_calendar(s, group_id, p, language=language),
        }
        labels = {
            "submission": self.tr("Writing the {year} submission…").format(year=year),
            "annex": self.tr("Writing the composition annex…"),
            "handover": self.tr("Writing the handover pack…"),
            "ics": self.tr("Writing the meeting calendar…"),
        }
        self._show_message("")
        self.result_bar.hide()
        self.task = self.exporter.run(labels[document], target, writers[document])
        self.task.finished.connect(self._update_enabled)
        self._update_enabled()

    def _exported(self, result: ExportResult) -> None:
        self.result_bar.show_result(result.path)
        lines = [message_text(w) for w in result.warnings]
        if lines:
            self._show_message("\n".join(lines), warning=True)
        elif result.notes:
            self._show_message("\n".join(message_text(n) for n in result.notes))
        else:
            self._show_message("")


__all__ = [
    "KEY_ROLE", "SAVE_DELAY_MS", "ReportsView", "SectionListModel", "SectionRow", "facts_only", "open_items",
]
