"""The Work plan view's activity details: title, description, indicator, funding and entities.

What is typed is saved when a field is left, and before the view shows another row
(`commit_pending`), as one undo step through the panel's `InlineMessage` (shared with the
progress log: one message line under the fields); a refusal keeps the text, outlines the
field and says why. A refresh never overwrites text being typed. The entity fields complete
the acronym being typed.
"""

from __future__ import annotations

import re
from typing import Any

from chairdesk.domain.vocabulary import FundingStatus
from chairdesk.gui.controller import AppController
from chairdesk.gui.formatting import fmt_date
from chairdesk.gui.forms import load_form
from chairdesk.gui.inline import InlineMessage
from chairdesk.gui.qt import (
    QComboBox,
    QCompleter,
    QEvent,
    QLabel,
    QLineEdit,
    QObject,
    QPlainTextEdit,
    QStringListModel,
    Qt,
    QVBoxLayout,
    QWidget,
)
from chairdesk.gui.views.workplan_status import (
    OVERDUE_COLOUR,
    funding_label,
    overdue_text,
    status_label,
)
from chairdesk.store.ops import workplan as ops
from chairdesk.store.workplan_queries import ActivityDetail, EntityChoice, is_overdue

SPLIT = re.compile(r"[,;\s]+")


class _AcronymCompleter(QObject):
    """Completes the acronym being typed after the last comma of a line edit."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setWidget(edit)
        self.completer.activated[str].connect(self._insert)
        edit.textEdited.connect(self._update)

    def set_acronyms(self, acronyms: list[str]) -> None:
        self._model.setStringList(acronyms)

    def _update(self, text: str) -> None:
        prefix = SPLIT.split(text[: self._edit.cursorPosition()])[-1]
        if not prefix:
            self.completer.popup().hide()
            return
        self.completer.setCompletionPrefix(prefix)
        if self.completer.completionCount():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _insert(self, acronym: str) -> None:
        text = self._edit.text()
        cursor = self._edit.cursorPosition()
        head = re.sub(r"[^,;\s]*$", "", text[:cursor])
        tail = text[cursor:]
        self._edit.setText(f"{head}{acronym}, {tail.lstrip(', ')}".rstrip(", ").rstrip() + ", ")
        self._edit.setModified(True)


class ActivityDetailsPanel(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.detail: ActivityDetail | None = None
        self._entities: list[EntityChoice] = []

        self.form = load_form("workplan_details.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        find = self.form.findChild
        self.heading: QLabel = find(QLabel, "activityHeading")
        self.facts: QLabel = find(QLabel, "activityFacts")
        self.title_edit: QLineEdit = find(QLineEdit, "titleEdit")
        self.description_edit: QPlainTextEdit = find(QPlainTextEdit, "descriptionEdit")
        self.indicator_edit: QLineEdit = find(QLineEdit, "indicatorEdit")
        self.funding_combo: QComboBox = find(QComboBox, "fundingCombo")
        self.leads_edit: QLineEdit = find(QLineEdit, "leadsEdit")
        self.partners_edit: QLineEdit = find(QLineEdit, "partnersEdit")
        self.detail_error: QLabel = find(QLabel, "detailError")
        self.message = InlineMessage(
            controller,
            self.detail_error,
            {
                "title": self.title_edit,
                "description": self.description_edit,
                "indicator": self.indicator_edit,
                "leads": self.leads_edit,
                "partners": self.partners_edit,
                "funding": self.funding_combo,
            },
            parent=self,
        )

        self.funding_combo.addItem(funding_label(None), "")
        for funding in FundingStatus:
            self.funding_combo.addItem(funding_label(funding), funding.value)
        self.leads_completer = _AcronymCompleter(self.leads_edit)
        self.partners_completer = _AcronymCompleter(self.partners_edit)
        self.description_edit.installEventFilter(self)
        for edit in (self.title_edit, self.indicator_edit, self.leads_edit, self.partners_edit):
            edit.editingFinished.connect(self.commit_pending)
        self.funding_combo.activated.connect(lambda _i: self.commit_pending())

    def set_entities(self, entities: list[EntityChoice]) -> None:
        self._entities = entities
        acronyms = [e.acronym for e in entities]
        self.leads_completer.set_acronyms(acronyms)
        self.partners_completer.set_acronyms(acronyms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.description_edit and event.type() == QEvent.Type.FocusOut:
            self.commit_pending()
        return super().eventFilter(watched, event)

    def show_detail(self, detail: ActivityDetail, output_code: str) -> None:
        """Show `detail`; text being typed in it (the same activity, refreshed) is kept."""
        same = self.detail is not None and self.detail.id == detail.id
        if not same:
            self.message.clear()
        self.detail = detail
        self.heading.setText(
            self.tr("Activity {code} of output {output}").format(
                code=detail.code, output=output_code
            )
        )
        today = self.controller.today()
        self.facts.setText(self._facts(detail))
        self.facts.setToolTip(
            overdue_text(detail.due) if is_overdue(detail.due, detail.status, today) else ""
        )
        # Text the person is typing is never overwritten by a refresh.
        _set_line(self.title_edit, detail.title, keep=same)
        _set_line(self.indicator_edit, detail.indicator or "", keep=same)
        _set_line(self.leads_edit, ", ".join(a for _, a in detail.leads), keep=same)
        _set_line(self.partners_edit, ", ".join(a for _, a in detail.partners), keep=same)
        editing = (
            same
            and self.description_edit.hasFocus()
            and self.description_edit.document().isModified()
        )
        if not editing and self.description_edit.toPlainText() != (detail.description or ""):
            self.description_edit.setPlainText(detail.description or "")
            self.description_edit.document().setModified(False)
        funding = detail.funding.value if detail.funding else ""
        self.funding_combo.setCurrentIndex(max(0, self.funding_combo.findData(funding)))

    def _facts(self, d: ActivityDetail) -> str:
        parts = [status_label(d.status), self.tr("{n} % done").format(n=d.progress)]
        if d.start or d.due:
            parts.append(
                self.tr("{start} to {due}").format(
                    start=fmt_date(d.start) or "…", due=fmt_date(d.due) or "…"
                )
            )
        text = " · ".join(parts)
        if is_overdue(d.due, d.status, self.controller.today()):
            colour = OVERDUE_COLOUR.name()
            text += (
                f' · <span style="color:{colour}; font-weight:600">⚠ {overdue_text(d.due)}</span>'
            )
        return text

    def commit_pending(self) -> bool:
        """Save what is typed in the fields, as one step; False if it was refused.

        Called when a field is left and before the view shows something else,
        so that nothing typed is lost.
        """
        d = self.detail
        if d is None:
            return True
        fields = self._changed_fields(d)
        entities = None
        if self.leads_edit.isModified() or self.partners_edit.isModified():
            leads = self._parse_entities(self.leads_edit)
            partners = self._parse_entities(self.partners_edit) if leads is not None else None
            if leads is None or partners is None:
                return False
            if leads != [e for e, _ in d.leads] or partners != [e for e, _ in d.partners]:
                entities = (leads, partners)
        if fields or entities is not None:

            def edit(session: Any) -> None:
                if fields:
                    ops.update_activity(session, d.id, **fields)
                if entities is not None:
                    ops.set_activity_entities(session, d.id, *entities)

            if not self.message.perform(
                self._edit_text(d.code, fields, entities is not None), edit
            ).ok:
                return False
        else:
            self.message.clear()
        for edit_widget in (
            self.title_edit,
            self.indicator_edit,
            self.leads_edit,
            self.partners_edit,
        ):
            edit_widget.setModified(False)
        self.description_edit.document().setModified(False)
        stored = self.detail
        if stored is not None and stored.id == d.id:
            # Show what was stored: trimmed, acronyms spelt as they are, no stray commas.
            for edit_widget, text in (
                (self.title_edit, stored.title),
                (self.indicator_edit, stored.indicator or ""),
                (self.leads_edit, ", ".join(a for _, a in stored.leads)),
                (self.partners_edit, ", ".join(a for _, a in stored.partners)),
            ):
                _set_line(edit_widget, text, keep=False)
        return True

    def _changed_fields(self, d: ActivityDetail) -> dict[str, Any]:
        fields: dict[str, Any] = {}
        if self.title_edit.isModified() and self.title_edit.text().strip() != d.title:
            fields["title"] = self.title_edit.text()
        if (
            self.indicator_edit.isModified()
            and (self.indicator_edit.text().strip() or None) != d.indicator
        ):
            fields["indicator"] = self.indicator_edit.text()
        description = self.description_edit.toPlainText()
        if (
            self.description_edit.document().isModified()
            and (description.strip() or None) != d.description
        ):
            fields["description"] = description
        funding = self.funding_combo.currentData() or None
        if funding != (d.funding.value if d.funding else None):
            fields["funding"] = funding
        return fields

    def _edit_text(self, code: str, fields: dict[str, Any], entities: bool) -> str:
        """The undo step's name for an edit in the detail pane."""
        names = {
            "title": self.tr("Rename activity {code}"),
            "indicator": self.tr("Change the indicator of {code}"),
            "description": self.tr("Change the description of {code}"),
            "funding": self.tr("Change the funding of {code}"),
        }
        if len(fields) == 1 and not entities:
            return names[next(iter(fields))].format(code=code)
        if entities and not fields:
            return self.tr("Change the entities of {code}").format(code=code)
        return self.tr("Edit activity {code}").format(code=code)

    def _parse_entities(self, edit: QLineEdit) -> list[str] | None:
        by_acronym = {e.acronym.casefold(): e.id for e in self._entities}
        ids = []
        for word in (w for w in SPLIT.split(edit.text()) if w):
            entity_id = by_acronym.get(word.casefold())
            if entity_id is None:
                text = self.tr("No entity is called {acronym}.").format(acronym=word)
                self.message.say(text, error=True, field=edit)
                return None
            if entity_id not in ids:
                ids.append(entity_id)
        return ids


def _set_line(edit: QLineEdit, text: str, *, keep: bool) -> None:
    if keep and edit.hasFocus() and edit.isModified():
        return
    if edit.text() != text:
        edit.setText(text)  # also clears isModified()
