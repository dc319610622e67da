"""The meeting's summary: free text, saved when the chair leaves the field (one undo step)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chairdesk.gui.qt import QEvent, QObject, QPlainTextEdit
from chairdesk.gui.views.meetings.labels import meeting_ops
from chairdesk.gui.views.meetings.panel import MeetingPanel

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from chairdesk.store.meeting_queries import MeetingDetail


class MeetingSummaryPanel(MeetingPanel):
    FORM = "meetings_summary.ui"
    TABLES = frozenset({"meeting"})
    MEETING_FIELDS = frozenset({"summary", "deleted"})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.summary_edit: QPlainTextEdit = self.form.findChild(QPlainTextEdit, "summaryEdit")
        self._shown: MeetingDetail | None = None  # the meeting whose summary the field shows
        self.summary_edit.installEventFilter(self)

    def load(self, conn: Connection, detail: MeetingDetail, changed_tables: set[str]) -> None:
        # Text being typed keeps the chair's words through a refresh from elsewhere.
        typing = (
            self._shown is not None
            and self._shown.id == detail.id
            and self.summary_edit.hasFocus()
            and self.summary_edit.toPlainText() != self._shown.summary
        )
        self._shown = detail
        if not typing:
            self.summary_edit.setPlainText(detail.summary)

    def clear(self) -> None:
        self._shown = None
        self.summary_edit.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.summary_edit and event.type() == QEvent.Type.FocusOut:
            self.commit_pending()
        return super().eventFilter(watched, event)

    def commit_pending(self) -> None:
        meeting_id = self.meeting_id
        text = self.summary_edit.toPlainText()
        if self.detail is None or meeting_id is None or text == self.detail.summary:
            return
        self.message.perform(
            self.tr("Edit meeting summary"),
            lambda s: meeting_ops().set_summary(s, meeting_id, text),
        )
