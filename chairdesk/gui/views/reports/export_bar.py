"""The Reports view's export bar: which document, for which year, in which language and template.

The documents are the group's annual submission, the composition annex (every group), the
handover pack and the meeting calendar. The Word template is the chooser the Year in Review
shares (gui.template_choice: one preference for every document). `export` asks where
to, then writes the document off the UI thread (DocumentExporter); what went wrong is said
in the view's message line.
"""

from __future__ import annotations

from chairdesk.gui.controller import AppController
from chairdesk.gui.document_export import (
    DocumentExporter,
    remember_language,
    remembered_language,
    remembered_template,
    safe_file_name,
)
from chairdesk.gui.forms import load_form
from chairdesk.gui.inline import InlineMessage
from chairdesk.gui.qt import (
    QAction,
    QComboBox,
    QKeySequence,
    QLabel,
    QSpinBox,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from chairdesk.gui.template_choice import TemplateChoice
from chairdesk.store.models import WorkingGroup
from chairdesk.store.ops import narratives as ops

DOCUMENTS = ("submission", "annex", "handover", "ics")


class ExportBar(QWidget):
    documentChanged = Signal(str)
    yearChanged = Signal(int)
    languageChanged = Signal(str)

    def __init__(
        self, controller: AppController, message: InlineMessage, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.message = message
        self.group_id: str | None = None
        self.group_acronym = ""
        self.task = None

        self.form = load_form("reports_export_bar.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        find = self.form.findChild
        self.document_combo: QComboBox = find(QComboBox, "documentCombo")
        self.year_label: QLabel = find(QLabel, "yearLabel")
        self.year_spin: QSpinBox = find(QSpinBox, "yearSpin")
        self.language_combo: QComboBox = find(QComboBox, "languageCombo")
        self.export_button: QToolButton = find(QToolButton, "exportButton")
        self.template = TemplateChoice(self)
        # As the bar always showed it: the template's name right-aligned in the room left.
        self.template.label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.template.label.setWordWrap(True)
        host = find(QWidget, "templateHost")
        host_layout = QVBoxLayout(host)
        host_layout.setContentsMargins(0, 0, 0, 0)
        host_layout.addWidget(self.template)
        self.template.problem.connect(lambda text: self.message.say(text, error=bool(text)))
        self.exporter = DocumentExporter(controller, self)
        self.exporter.failed.connect(lambda text: self.message.say(text, error=True))
        self._setup()

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
        self.year_spin.valueChanged.connect(self.yearChanged)
        from chairdesk.domain.languages import LANGUAGE_NAMES

        for code, name in LANGUAGE_NAMES.items():  # each language named in itself
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            max(0, self.language_combo.findData(remembered_language()))
        )
        self.language_combo.currentIndexChanged.connect(self._on_language_changed)

        self.export_action = QAction(self.tr("&Export…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        # Window-wide: acts while this view is the visible page, wherever the focus is.
        self.export_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.export_action.setToolTip(self.tr("Save the chosen document as a file (Ctrl+E)"))
        self.addAction(self.export_action)
        self.export_button.setDefaultAction(self.export_action)

    # -- the choices -----------------------------------------------------------------------------

    def document(self) -> str:
        return self.document_combo.currentData() or "submission"

    def set_document(self, name: str) -> None:
        self.document_combo.setCurrentIndex(max(0, self.document_combo.findData(name)))

    def year(self) -> int:
        return self.year_spin.value()

    def language(self) -> str:
        """The language of the documents' fixed wording."""
        return self.language_combo.currentData() or "en"

    def set_group(self, group_id: str | None) -> None:
        """Export for `group_id`, the year its chair most likely reports on chosen (no signal)."""
        self.group_id = group_id
        self.group_acronym = ""
        year = self.controller.today().year
        if group_id is not None:
            with self.controller.read() as session:
                group = session.get(WorkingGroup, group_id)
                if group is not None:
                    self.group_acronym = group.acronym
                year = ops.default_report_year(session, group_id, self.controller.today())
        self.year_spin.blockSignals(True)
        self.year_spin.setValue(year)
        self.year_spin.blockSignals(False)
        self.update_enabled()

    def refresh(self, changed_tables: set[str]) -> None:
        """Read the group's acronym again if the groups changed (the names suggested use it)."""
        if self.group_id is not None and (not changed_tables or "working_group" in changed_tables):
            with self.controller.read() as session:
                group = session.get(WorkingGroup, self.group_id)
                if group is not None:
                    self.group_acronym = group.acronym
        self.template.refresh()

    def _on_document_changed(self, _index: int) -> None:
        document = self.document()
        year_matters = document in ("submission", "annex")
        self.year_spin.setEnabled(year_matters)
        self.year_label.setEnabled(year_matters)
        self.template.setEnabled(document != "ics")
        self.update_enabled()
        self.documentChanged.emit(document)

    def _on_language_changed(self, _index: int) -> None:
        remember_language(self.language())
        self.languageChanged.emit(self.language())

    def update_enabled(self) -> None:
        needs_group = self.document() != "annex"
        self.export_action.setEnabled(
            not self.exporter.busy and (self.group_id is not None or not needs_group)
        )

    # -- export ----------------------------------------------------------------------------------

    def suggested_name(self) -> str:
        document, group, year = self.document(), self.group_acronym or "group", self.year()
        if document == "submission":
            return safe_file_name(f"{group}-{year}-submission") + ".docx"
        if document == "annex":
            return safe_file_name(f"Composition-annex-{year}") + ".docx"
        if document == "handover":
            return (
                safe_file_name(f"{group}-handover-{self.controller.today().isoformat()}") + ".docx"
            )
        return safe_file_name(f"{group}-meetings") + ".ics"

    def export(self) -> bool:
        """Ask where to, then write the chosen document off the UI thread; False if not started."""
        if self.exporter.busy:
            return False
        document, group_id = self.document(), self.group_id
        if group_id is None and document != "annex":
            self.message.say(self.tr("Choose a working group first."), error=True)
            return False
        template = remembered_template() if document != "ics" else None
        if template is not None and (problem := self.template.template_problem(template)):
            self.message.say(problem, error=True)
            return False
        target = self.exporter.ask_target(self._titles()[document], self.suggested_name())
        if target is None:
            return False
        year, today, language = self.year(), self.controller.today(), self.language()
        from chairdesk.reports import calendar, documents
        from chairdesk.reports import submission as sub

        writers = {
            "submission": lambda s, p: sub.write_submission(
                s, group_id, year, p, template, today=today, language=language
            ),
            "annex": lambda s, p: documents.write_annex(s, year, p, template, language=language),
            "handover": lambda s, p: documents.write_handover(
                s, group_id, p, template, today=today, language=language
            ),
            "ics": lambda s, p: calendar.write_calendar(s, group_id, p, language=language),
        }
        labels = {
            "submission": self.tr("Writing the {year} submission…").format(year=year),
            "annex": self.tr("Writing the composition annex…"),
            "handover": self.tr("Writing the handover pack…"),
            "ics": self.tr("Writing the meeting calendar…"),
        }
        self.message.clear()
        self.task = self.exporter.run(labels[document], target, writers[document])
        self.task.finished.connect(self.update_enabled)
        self.update_enabled()
        return True

    def _titles(self) -> dict[str, str]:
        return {
            "submission": self.tr("Export the annual submission"),
            "annex": self.tr("Export the composition annex"),
            "handover": self.tr("Export the handover pack"),
            "ics": self.tr("Export the meeting calendar"),
        }
