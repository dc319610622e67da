"""The meeting's header: title, start and end, kind, mode and location, each saved when left."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chairdesk.domain.vocabulary import MeetingKind, MeetingMode
from chairdesk.gui.qt import QComboBox, QDateTimeEdit, QLineEdit, QWidget
from chairdesk.gui.views.meetings.labels import (
    datetime_format,
    from_qdatetime,
    kind_labels,
    meeting_ops,
    mode_labels,
    to_qdatetime,
)
from chairdesk.gui.views.meetings.panel import MeetingPanel

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from chairdesk.store.meeting_queries import MeetingDetail


class MeetingHeaderPanel(MeetingPanel):
    FORM = "meetings_header.ui"
    TABLES = frozenset({"meeting"})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        find = self.form.findChild
        self.title_edit: QLineEdit = find(QLineEdit, "titleEdit")
        self.start_edit: QDateTimeEdit = find(QDateTimeEdit, "startEdit")
        self.end_edit: QDateTimeEdit = find(QDateTimeEdit, "endEdit")
        self.kind_combo: QComboBox = find(QComboBox, "kindCombo")
        self.mode_combo: QComboBox = find(QComboBox, "modeCombo")
        self.location_edit: QLineEdit = find(QLineEdit, "locationEdit")
        self._shown: MeetingDetail | None = None  # what the fields show
        self.start_edit.setDisplayFormat(datetime_format())
        self.end_edit.setDisplayFormat(datetime_format())
        for kind, label in kind_labels().items():
            self.kind_combo.addItem(label, kind.value)
        for mode, label in mode_labels().items():
            self.mode_combo.addItem(label, mode.value)
        self.title_edit.editingFinished.connect(self._save_title)
        self.location_edit.editingFinished.connect(self._save_location)
        self.start_edit.editingFinished.connect(self._save_start)
        self.end_edit.editingFinished.connect(self._save_end)
        self.kind_combo.activated.connect(self._save_kind)
        self.mode_combo.activated.connect(self._save_mode)

    def fields(self) -> dict[str, QWidget]:
        """The widgets a refusal may point at, by the operation's field names."""
        return {
            "title": self.title_edit,
            "start": self.start_edit,
            "end": self.end_edit,
            "kind": self.kind_combo,
            "mode": self.mode_combo,
            "location": self.location_edit,
        }

    def load(self, conn: Connection, detail: MeetingDetail, changed_tables: set[str]) -> None:
        same_meeting = self._shown is not None and self._shown.id == detail.id
        self._shown = detail
        # A field being typed in keeps the chair's text through a refresh from elsewhere.
        if not (same_meeting and self.title_edit.hasFocus() and self.title_edit.isModified()):
            self.title_edit.setText(detail.title)
            self.title_edit.setModified(False)
        if not (same_meeting and self.location_edit.hasFocus() and self.location_edit.isModified()):
            self.location_edit.setText(detail.location or "")
            self.location_edit.setModified(False)
        for edit, value in (
            (self.start_edit, detail.start),
            (self.end_edit, detail.end or detail.start),
        ):
            edit.blockSignals(True)
            edit.setDateTime(to_qdatetime(value))
            edit.blockSignals(False)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(detail.kind.value))
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(detail.mode.value))
        if self.message.outlined in (self.start_edit, self.end_edit):
            self.message.clear()  # the dates were put right elsewhere (an undo, another field)

    def clear(self) -> None:
        self._shown = None
        self.title_edit.clear()
        self.location_edit.clear()

    def commit_pending(self) -> None:
        if self.title_edit.hasFocus():
            self._save_title()
        if self.location_edit.hasFocus():
            self._save_location()

    def _update(self, text: str, **fields: Any) -> bool:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return False
        return self.message.perform(
            text, lambda s: meeting_ops().update_meeting(s, meeting_id, **fields)
        ).ok

    def _save_title(self) -> None:
        if (
            self.detail is not None
            and self.title_edit.text().strip() != self.detail.title
            and self._update(self.tr("Rename meeting"), title=self.title_edit.text())
        ):
            # Saved: the field holds no typing of the chair's any more (an undo may change it).
            self.title_edit.setModified(False)

    def _save_location(self) -> None:
        text = self.location_edit.text().strip() or None
        if (
            self.detail is not None
            and text != self.detail.location
            and self._update(self.tr("Change meeting location"), location=text)
        ):
            self.location_edit.setModified(False)

    def _save_start(self) -> None:
        start = from_qdatetime(self.start_edit.dateTime())
        if self.detail is not None and start != self.detail.start:
            self._update(self.tr("Change meeting start"), start=start)

    def _save_end(self) -> None:
        end = from_qdatetime(self.end_edit.dateTime())
        if self.detail is not None and end != self.detail.end:
            self._update(self.tr("Change meeting end"), end=end)

    def _save_kind(self) -> None:
        kind = MeetingKind(self.kind_combo.currentData())
        if self.detail is not None and kind != self.detail.kind:
            self._update(self.tr("Change kind of meeting"), kind=kind)

    def _save_mode(self) -> None:
        mode = MeetingMode(self.mode_combo.currentData())
        if self.detail is not None and mode != self.detail.mode:
            self._update(self.tr("Change meeting mode"), mode=mode)
