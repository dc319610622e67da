"""The choices for a new meeting: template, kind, title, dates, mode, what to carry over.

`NewMeetingDialog.ask` is what the Meetings view (and the tests, replacing it) call; the
dialog checks the title and the dates before it closes, and writes nothing itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from chairdesk.domain.vocabulary import MeetingKind, MeetingMode
from chairdesk.gui.forms import load_form
from chairdesk.gui.qt import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from chairdesk.gui.views.meetings.labels import (
    datetime_format,
    from_qdatetime,
    kind_labels,
    mode_labels,
    to_qdatetime,
)
from chairdesk.store import meeting_queries as queries


@dataclass(frozen=True)
class NewMeetingChoices:
    template_id: str | None
    start: datetime
    end: datetime
    kind: MeetingKind
    mode: MeetingMode
    title: str
    carry_actions: bool
    carry_unfinished: bool


class NewMeetingDialog(QDialog):
    """The choices for "New meeting from template"; `ask()` is what the view (and tests) call."""

    def __init__(
        self,
        parent: QWidget | None,
        defaults: NewMeetingChoices,
        templates: list[queries.TemplateChoice],
        describe_previous: Callable[[datetime], str],
        suggest_title: Callable[[MeetingKind, datetime], str],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newMeetingDialog")
        self.setWindowTitle(self.tr("New meeting"))
        self._describe_previous = describe_previous
        self._suggest_title = suggest_title
        self.form = load_form("new_meeting_dialog.ui", self)
        find = self.form.findChild
        self.template_combo: QComboBox = find(QComboBox, "templateCombo")
        self.kind_combo: QComboBox = find(QComboBox, "kindCombo")
        self.title_edit: QLineEdit = find(QLineEdit, "titleEdit")
        self.start_edit: QDateTimeEdit = find(QDateTimeEdit, "startEdit")
        self.end_edit: QDateTimeEdit = find(QDateTimeEdit, "endEdit")
        self.mode_combo: QComboBox = find(QComboBox, "modeCombo")
        self.carry_actions_check: QCheckBox = find(QCheckBox, "carryActionsCheck")
        self.carry_unfinished_check: QCheckBox = find(QCheckBox, "carryUnfinishedCheck")
        self.previous_label: QLabel = find(QLabel, "previousLabel")
        self.error_label: QLabel = find(QLabel, "errorLabel")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create meeting"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

        self._fill_choices(templates)
        self.template_combo.setCurrentIndex(
            max(0, self.template_combo.findData(defaults.template_id or ""))
        )
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(defaults.kind.value))
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(defaults.mode.value))
        self.title_edit.setText(defaults.title)
        self._auto_title = defaults.title
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("ddd " + datetime_format())
        self.start_edit.setDateTime(to_qdatetime(defaults.start))
        self.end_edit.setDateTime(to_qdatetime(defaults.end))
        self._duration = defaults.end - defaults.start
        self.carry_actions_check.setChecked(defaults.carry_actions)
        self.carry_unfinished_check.setChecked(defaults.carry_unfinished)
        self._show_previous()

        self.start_edit.dateTimeChanged.connect(self._start_changed)
        self.end_edit.dateTimeChanged.connect(self._end_changed)
        self.kind_combo.currentIndexChanged.connect(self._retitle)
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def _fill_choices(self, templates: list[queries.TemplateChoice]) -> None:
        self.template_combo.addItem(self.tr("(no template: an empty agenda)"), "")
        for t in templates:
            scope = self.tr("all groups") if t.shared else self.tr("this group")
            label = self.tr("{name} — {items} items, {minutes} min ({scope})").format(
                name=t.name, items=t.items, minutes=t.minutes, scope=scope
            )
            self.template_combo.addItem(label, t.id)
        for kind, label in kind_labels().items():
            self.kind_combo.addItem(label, kind.value)
        for mode, label in mode_labels().items():
            self.mode_combo.addItem(label, mode.value)

    def choices(self) -> NewMeetingChoices:
        return NewMeetingChoices(
            template_id=self.template_combo.currentData() or None,
            start=from_qdatetime(self.start_edit.dateTime()),
            end=from_qdatetime(self.end_edit.dateTime()),
            kind=MeetingKind(self.kind_combo.currentData()),
            mode=MeetingMode(self.mode_combo.currentData()),
            title=self.title_edit.text().strip(),
            carry_actions=self.carry_actions_check.isChecked(),
            carry_unfinished=self.carry_unfinished_check.isChecked(),
        )

    def _start_changed(self) -> None:
        # The end follows the start, so that moving the date keeps the meeting's length.
        start = from_qdatetime(self.start_edit.dateTime())
        self.end_edit.blockSignals(True)
        self.end_edit.setDateTime(to_qdatetime(start + self._duration))
        self.end_edit.blockSignals(False)
        self._retitle()
        self._show_previous()

    def _end_changed(self) -> None:
        self._duration = from_qdatetime(self.end_edit.dateTime()) - from_qdatetime(
            self.start_edit.dateTime()
        )

    def _retitle(self) -> None:
        # Only a title the chair has not typed follows the kind and the date.
        if self.title_edit.text() == self._auto_title:
            choices = self.choices()
            self._auto_title = self._suggest_title(choices.kind, choices.start)
            self.title_edit.setText(self._auto_title)

    def _show_previous(self) -> None:
        self.previous_label.setText(
            self._describe_previous(from_qdatetime(self.start_edit.dateTime()))
        )

    def accept(self) -> None:
        choices = self.choices()
        if not choices.title:
            self._refuse(self.tr("Give the meeting a title."), self.title_edit)
        elif choices.end <= choices.start:
            self._refuse(self.tr("The meeting must end after it starts."), self.end_edit)
        else:
            super().accept()

    def _refuse(self, message: str, widget: QWidget) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(True)
        widget.setFocus()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        defaults: NewMeetingChoices,
        templates: list[queries.TemplateChoice],
        describe_previous: Callable[[datetime], str],
        suggest_title: Callable[[MeetingKind, datetime], str],
    ) -> NewMeetingChoices | None:
        dialog = cls(parent, defaults, templates, describe_previous, suggest_title)
        try:
            return dialog.choices() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
