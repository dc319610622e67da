"""The Reports view: write each section's narrative beside the drafted facts, preview, export.

A thin shell placing four panels (modules beside this one, each with its form in ui/):
- `export_bar.ExportBar`: the document (annual submission, composition annex, handover
  pack, iCalendar file), the year, the language, the Word template (the chooser shared
  with the Year in Review) and Export, run off the UI thread;
- `sections.SectionsPanel`: the submission's sections in the secretariat's order;
- `writing.WritingPanel`: for the chosen section, what the records say (drafted by
  chairdesk.reports.submission) beside the chair's own text, saved as it is typed;
- `preview.PreviewPanel`: the whole submission as it will read.

The shell reads the selected group's submission for the year once per change
(`refresh(changed_tables)`, from the controller's `changed` while shown, or when shown
again) and hands the drafted sections to the three panels that show them. Refusals and
the exports' notes are shown in one message line (`InlineMessage`).
"""

from __future__ import annotations

from chairdesk.domain.vocabulary import NarrativeSection
from chairdesk.gui.controller import AppController
from chairdesk.gui.document_export import ExportResultBar, message_text
from chairdesk.gui.forms import load_form
from chairdesk.gui.inline import InlineMessage
from chairdesk.gui.qt import QLabel, QSettings, QSplitter, QStackedWidget, QVBoxLayout, QWidget
from chairdesk.gui.views.reports.export_bar import DOCUMENTS, ExportBar
from chairdesk.gui.views.reports.preview import PreviewPanel
from chairdesk.gui.views.reports.section_model import (
    KEY_ROLE,
    SectionListModel,
    SectionRow,
    editable,
    facts_only,
    flatten,
    open_items,
)
from chairdesk.gui.views.reports.sections import SectionsPanel
from chairdesk.gui.views.reports.writing import SAVE_DELAY_MS, WritingPanel
from chairdesk.reports import submission as sub
from chairdesk.reports.docx_builder import ExportResult
from chairdesk.store.models import WorkingGroup
from chairdesk.store.ops import narratives as ops


class ReportsView(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.group_id: str | None = None
        self._dirty = True  # data changed while the view was hidden

        self.form = load_form("reports_view.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        find = self.form.findChild
        self.message_label: QLabel = find(QLabel, "messageLabel")
        self.message = InlineMessage(controller, self.message_label, parent=self)
        self.page_stack: QStackedWidget = find(QStackedWidget, "pageStack")
        self.submission_page: QWidget = find(QWidget, "submissionPage")
        self.other_page: QWidget = find(QWidget, "otherPage")
        self.other_label: QLabel = find(QLabel, "otherLabel")
        self.splitter: QSplitter = find(QSplitter, "splitter")
        self.section_splitter: QSplitter = find(QSplitter, "sectionSplitter")

        self.export_bar = ExportBar(controller, self.message, self)
        self.sections = SectionsPanel(self)
        self.writing = WritingPanel(controller, self.message, self)
        self.preview = PreviewPanel(self)
        self.result_bar = ExportResultBar(self.form)
        for host, panel in (
            ("exportBarHost", self.export_bar),
            ("sectionsHost", self.sections),
            ("writingHost", self.writing),
            ("previewHost", self.preview),
            ("resultBar", self.result_bar),
        ):
            _place(find(QWidget, host), panel)

        self.export_bar.documentChanged.connect(self._on_document_changed)
        self.export_bar.yearChanged.connect(self._on_choice_changed)
        self.export_bar.languageChanged.connect(self._on_choice_changed)
        self.export_bar.export_action.triggered.connect(self.export)
        self.export_bar.exporter.succeeded.connect(self._exported)
        self.sections.chosen.connect(self._on_section_chosen)
        controller.changed.connect(self.refresh)
        controller.groupChanged.connect(self._on_group_changed)
        controller.workspaceChanged.connect(self._on_workspace_changed)
        self._restore_layout()
        self._on_group_changed(controller.group_id)

    def _restore_layout(self) -> None:
        settings = QSettings()
        for name, splitter, sizes in (
            ("splitter", self.splitter, [230, 870]),
            ("sectionSplitter", self.section_splitter, [420, 260]),
            ("writingSplitter", self.writing.splitter, [400, 470]),
        ):
            state = settings.value(f"reports/{name}")
            if state is not None:
                splitter.restoreState(state)
            else:
                splitter.setSizes(sizes)
            splitter.splitterMoved.connect(
                lambda *_a, n=name, s=splitter: QSettings().setValue(f"reports/{n}", s.saveState())
            )

    # -- which group, year and document ------------------------------------------------------------

    def document(self) -> str:
        return self.export_bar.document()

    def set_document(self, name: str) -> None:
        self.export_bar.set_document(name)

    def year(self) -> int:
        return self.export_bar.year()

    def language(self) -> str:
        return self.export_bar.language()

    def suggested_name(self) -> str:
        return self.export_bar.suggested_name()

    def _on_document_changed(self, document: str) -> None:
        self.writing.flush()
        submission = document == "submission"
        self.page_stack.setCurrentWidget(self.submission_page if submission else self.other_page)
        self._describe_other()
        if submission and self._dirty:
            self._reload()

    def _describe_other(self) -> None:
        group = self.export_bar.group_acronym or self.tr("the group")
        texts = {
            "annex": self.tr(
                "The composition annex lists every working group of the workspace, by Strategy "
                "pillar: "
                "its Chair, Vice-Chairs, members and observers in the year chosen, with a table of "
                "the "
                "entities' names — as the secretariat's annex on the working groups' structure."
            ),
            "handover": self.tr(
                "The handover pack prepares an incoming chair of {group}: the composition, the "
                "rotation, "
                "the upcoming meetings, the open action items, the activities due in the next two "
                "quarters "
                "and the drafts of this year's narratives."
            ).format(group=group),
            "ics": self.tr(
                "The meeting calendar holds every meeting of {group} as an iCalendar (.ics) file, "
                "which "
                "Outlook, Google Calendar and Apple Calendar import."
            ).format(group=group),
        }
        self.other_label.setText(texts.get(self.document(), ""))

    def _on_group_changed(self, group_id: str | None) -> None:
        self.writing.flush()
        self.group_id = group_id
        self.export_bar.set_group(group_id)
        self.writing.current_key = None
        self.message.clear()
        self._describe_other()
        self.submission_page.setEnabled(group_id is not None)
        self._dirty = True
        self._reload_if_shown()

    def _on_choice_changed(self, *_args: object) -> None:
        # Another year or language: the submission is drafted again (what is typed is saved first).
        if self.document() == "submission":
            self.writing.flush()
            self._reload()

    def _on_workspace_changed(self) -> None:
        # The text typed last belongs to the workspace just closed, which is still open now.
        self.writing.save_before_workspace_change()
        self.writing.current_key = None
        self._on_group_changed(self.controller.group_id)

    def refresh(self, changed_tables: set[str]) -> None:
        """Draft the submission again after a change (at once if shown, else when shown)."""
        self.export_bar.refresh(changed_tables)
        self._describe_other()
        self._dirty = True
        self._reload_if_shown()

    def _reload_if_shown(self) -> None:
        # A hidden view catches up when it is shown (showEvent).
        if self.isVisible() and self.document() == "submission":
            self._reload()

    def hideEvent(self, event) -> None:
        self.writing.flush()  # another view is chosen, or the window closes
        super().hideEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.export_bar.template.refresh()  # another view may have chosen another template
        if self._dirty and self.document() == "submission":
            self._reload()

    # -- the submission ----------------------------------------------------------------------------

    def _reload(self) -> None:
        """Read the drafts and the chair's texts again; keep the chosen section."""
        self._dirty = False
        drafts: list[sub.SectionDraft] = []
        stored: dict[NarrativeSection, str] = {}
        data = None
        if self.group_id is not None:
            with self.controller.read() as session:
                if session.get(WorkingGroup, self.group_id) is None:
                    self.group_id = None
                else:
                    data = sub.submission_data(
                        session,
                        self.group_id,
                        self.year(),
                        today=self.controller.today(),
                        language=self.language(),
                    )
                    drafts = sub.draft_sections(data)
                    stored = ops.narrative_texts(session, self.group_id, self.year())
        flat = flatten(drafts)
        self.writing.set_submission(self.group_id, self.year(), {d.key: d for d in flat}, stored)
        rows = [
            SectionRow(
                d.key,
                d.heading,
                d.level,
                editable(d.key),
                len(self.writing.stored_text(d.key).split()),
                d.has_content,
            )
            for d in flat
        ]
        key = self.sections.set_rows(rows, self.writing.current_key)
        self._show_section(key)
        self.preview.show_submission(data if self.group_id is not None else None, drafts)

    def _on_section_chosen(self, key: str) -> None:
        self.writing.flush()
        self._show_section(key)

    def _show_section(self, key: str | None) -> None:
        self.writing.show_section(key)
        if key:
            self.preview.scroll_to(key)

    # -- export ------------------------------------------------------------------------------------

    def export(self) -> None:
        """Save what is typed, then export the chosen document (the bar asks where to)."""
        if self.writing.flush() and self.export_bar.export():
            self.result_bar.hide()

    def _exported(self, result: ExportResult) -> None:
        self.result_bar.show_result(result.path)
        lines = [message_text(w) for w in result.warnings]
        if lines:
            self.message.say("\n".join(lines), warning=True)
        elif result.notes:
            self.message.say("\n".join(message_text(n) for n in result.notes))
        else:
            self.message.clear()


def _place(host: QWidget, panel: QWidget) -> None:
    layout = host.layout() or QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(panel)


__all__ = [
    "DOCUMENTS",
    "KEY_ROLE",
    "SAVE_DELAY_MS",
    "ReportsView",
    "SectionListModel",
    "SectionRow",
    "facts_only",
    "open_items",
]
