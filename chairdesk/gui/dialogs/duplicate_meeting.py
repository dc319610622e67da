"""The choices for duplicating a meeting: the copy's start and title.

`DuplicateMeetingDialog.ask` is what the Meetings view (and the tests, replacing it) call.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from chairdesk.gui.formatting import fmt_date
from chairdesk.gui.forms import load_form
from chairdesk.gui.qt import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from chairdesk.gui.views.meetings.labels import datetime_format, from_qdatetime, to_qdatetime


@dataclass(frozen=True)
class DuplicateChoices:
    start: datetime
    title: str


class DuplicateMeetingDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, title: str, start: datetime, original: datetime
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateMeetingDialog")
        self.setWindowTitle(self.tr("Duplicate meeting"))
        self.form = load_form("duplicate_meeting_dialog.ui", self)
        find = self.form.findChild
        self.start_edit: QDateTimeEdit = find(QDateTimeEdit, "startEdit")
        self.title_edit: QLineEdit = find(QLineEdit, "titleEdit")
        self.error_label: QLabel = find(QLabel, "errorLabel")
        find(QLabel, "introLabel").setText(
            self.tr(
                "A copy of the meeting of {date} with its agenda (every item to do). Attendance, "
                "summary, decisions and action items are not copied."
            ).format(date=fmt_date(original.date()))
        )
        self.start_edit.setDisplayFormat("ddd " + datetime_format())
        self.start_edit.setDateTime(to_qdatetime(start))
        self.title_edit.setText(title)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Duplicate"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.start_edit.setFocus()

    def choices(self) -> DuplicateChoices:
        return DuplicateChoices(
            from_qdatetime(self.start_edit.dateTime()), self.title_edit.text().strip()
        )

    def accept(self) -> None:
        if not self.choices().title:
            self.error_label.setText(self.tr("Give the meeting a title."))
            self.error_label.setVisible(True)
            self.title_edit.setFocus()
            return
        super().accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, start: datetime, original: datetime
    ) -> DuplicateChoices | None:
        dialog = cls(parent, title, start, original)
        try:
            return dialog.choices() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
