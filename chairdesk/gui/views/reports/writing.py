"""The Reports view's writing panel: a section's drafted facts beside the chair's own text.

The chair's text is saved as it is typed — after a short pause (`SAVE_DELAY_MS`), and when
the editor loses the focus, another section is chosen or the window closes — each save one
undo step through the view's `InlineMessage` (so one editing burst is one step, and a
refusal is shown in place). Text typed just before another workspace is opened is saved in
the workspace it was typed in. The Concluding observations sections offer the open items
(overdue activities, open action items) as a starting list to insert.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from chairdesk.domain.vocabulary import NarrativeSection
from chairdesk.gui.controller import AppController
from chairdesk.gui.forms import load_form
from chairdesk.gui.inline import InlineMessage
from chairdesk.gui.qt import (
    QEvent,
    QGroupBox,
    QLabel,
    QObject,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from chairdesk.gui.views.reports.section_model import editable, facts_only, open_items
from chairdesk.reports import submission as sub
from chairdesk.store.ops import narratives as ops

log = logging.getLogger(__name__)

# How long typing must pause before the text is saved (one undo step per burst).
SAVE_DELAY_MS = 800


@dataclass(frozen=True)
class _Pending:
    """A narrative typed but not saved yet, and where it belongs."""

    workspace: Any
    group_id: str
    year: int
    section: NarrativeSection
    heading: str


class WritingPanel(QWidget):
    def __init__(
        self, controller: AppController, message: InlineMessage, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.message = message  # the view's message line: a refused save is shown there
        self.group_id: str | None = None
        self.year = 0
        self._drafts: dict[str, sub.SectionDraft] = {}
        self._stored: dict[NarrativeSection, str] = {}
        self.current_key: str | None = None
        self._pending: _Pending | None = None

        self.form = load_form("reports_writing.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        find = self.form.findChild
        self.splitter: QSplitter = find(QSplitter, "writingSplitter")
        self.facts_view: QPlainTextEdit = find(QPlainTextEdit, "factsView")
        self.facts_label: QLabel = find(QLabel, "factsLabel")
        self.narrative_pane: QWidget = find(QWidget, "narrativePane")
        self.narrative_label: QLabel = find(QLabel, "narrativeLabel")
        self.narrative_edit: QPlainTextEdit = find(QPlainTextEdit, "narrativeEdit")
        self.open_items_box: QGroupBox = find(QGroupBox, "openItemsBox")
        self.open_items_label: QLabel = find(QLabel, "openItemsLabel")
        self.insert_open_items_button: QPushButton = find(QPushButton, "insertOpenItemsButton")

        self.save_timer = QTimer(self)
        self.save_timer.setSingleShot(True)
        self.save_timer.setInterval(SAVE_DELAY_MS)
        self.save_timer.timeout.connect(self.flush)
        self.narrative_edit.textChanged.connect(self._on_text_changed)
        self.narrative_edit.installEventFilter(self)
        self.narrative_edit.setPlaceholderText(
            self.tr(
                "What only you can say about this section: what the group achieved, how, with "
                "whom. Blank lines separate paragraphs; lines starting with “- ” make a list."
            )
        )
        self.facts_view.setPlaceholderText(
            self.tr("Nothing is drafted from the records for this section.")
        )
        self.insert_open_items_button.clicked.connect(self.insert_open_items)
        self.insert_open_items_button.setToolTip(
            self.tr("Add the list to your text, to edit it from there")
        )
        message.fields["text"] = self.narrative_edit

    def set_submission(
        self,
        group_id: str | None,
        year: int,
        drafts: dict[str, sub.SectionDraft],
        stored: dict[NarrativeSection, str],
    ) -> None:
        """The sections drafted for `group_id`'s submission of `year`, and the texts stored."""
        self.group_id, self.year = group_id, year
        self._drafts, self._stored = drafts, stored

    def stored_text(self, key: str) -> str:
        return self._stored.get(NarrativeSection(key), "") if editable(key) else ""

    def show_section(self, key: str | None) -> None:
        self.current_key = key
        draft = self._drafts.get(key) if key else None
        can_edit = key is not None and editable(key)
        facts = facts_only(draft) if draft is not None else ""
        if draft is not None and draft.children:
            facts = self.tr(
                "Your text here opens the chapter: the concluding observations. Its parts follow "
                "it, "
                "each with a text of its own: {parts}."
            ).format(parts="; ".join(child.heading for child in draft.children))
        self.facts_view.setPlainText(facts)
        stored = self.stored_text(key) if key else ""
        # Text being typed stays; otherwise the editor shows what is stored (after undo, a sync).
        if (
            self._pending is None
            and self.narrative_edit.toPlainText().rstrip() != stored
            or not can_edit
        ):
            self.narrative_edit.blockSignals(True)
            self.narrative_edit.setPlainText(stored)
            self.narrative_edit.blockSignals(False)
        self.narrative_edit.setReadOnly(not can_edit)
        self.narrative_edit.setEnabled(can_edit)
        # A section drafted from the records alone (the work plan) has no editor: the facts
        # take the room.
        self.narrative_pane.setVisible(can_edit)
        if can_edit:
            self.narrative_label.setText(
                self.tr("Your &text for “{heading}”").format(heading=draft.heading)
            )
            self.facts_label.setText(self.tr("Drafted from the records"))
        else:
            self.facts_label.setText(
                self.tr("Drafted from the records (this section has no text of yours)")
            )
        items = open_items(draft) if draft is not None and can_edit else ""
        self.open_items_box.setVisible(bool(items))
        self.open_items_label.setText(items)

    # -- saving the chair's text ---------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.narrative_edit and event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def _on_text_changed(self) -> None:
        key = self.current_key
        if key is None or not editable(key) or self.group_id is None:
            return
        if self._pending is None:
            self._pending = _Pending(
                self.controller.workspace,
                self.group_id,
                self.year,
                NarrativeSection(key),
                self._drafts[key].heading,
            )
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
        return self.message.perform(
            self.tr("Edit “{heading}”").format(heading=pending.heading),
            lambda s: ops.set_narrative(s, pending.group_id, pending.year, pending.section, text),
        ).ok

    def save_before_workspace_change(self) -> None:
        """Save the text typed last in the workspace it was typed in (still open when this runs)."""
        pending, self._pending = self._pending, None
        self.save_timer.stop()
        if pending is None:
            return
        text = self.narrative_edit.toPlainText()
        try:
            with pending.workspace.transaction() as session:
                ops.set_narrative(session, pending.group_id, pending.year, pending.section, text)
        except Exception:  # the old workspace may be unusable; the log keeps the text
            log.exception(
                "could not save the %s narrative typed before the workspace changed:\n%s",
                pending.section.value,
                text,
            )

    def insert_open_items(self) -> None:
        draft = self._drafts.get(self.current_key or "")
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
