"""The editor of one meeting: a shell placing the header over tabs of panels.

The panels (chairdesk.gui.views.meetings.header, agenda, attendance, summary, decisions,
actions) each edit one part of the meeting. Every edit is saved at once as one undoable
step through the editor's one `InlineMessage`: a refused edit is shown in red under the
header, with the header field it names outlined, until the next edit that succeeds. The
summary is saved when the chair leaves the field, one step per editing session.

The editor does not listen to the controller itself: the Meetings view hands it the tables
that changed (`refresh`), after it has reloaded the list, so that the two never disagree
about which meeting is shown. The editor reads the meeting once and hands it to the panels,
each of which reloads only what a changed table touches.
"""

from __future__ import annotations

from chairdesk.gui.controller import AppController
from chairdesk.gui.forms import load_form
from chairdesk.gui.inline import InlineMessage
from chairdesk.gui.qt import QLabel, QTabWidget, QVBoxLayout, QWidget
from chairdesk.gui.views.meetings.actions import MeetingActionsPanel
from chairdesk.gui.views.meetings.agenda import MeetingAgendaPanel
from chairdesk.gui.views.meetings.attendance import MeetingAttendancePanel
from chairdesk.gui.views.meetings.decisions import MeetingDecisionsPanel
from chairdesk.gui.views.meetings.delegates import MeetingChoices
from chairdesk.gui.views.meetings.header import MeetingHeaderPanel
from chairdesk.gui.views.meetings.panel import MeetingPanel
from chairdesk.gui.views.meetings.summary import MeetingSummaryPanel
from chairdesk.store import meeting_queries as queries

# The tabs, in the form's order: the panel placed in each.
_AGENDA, _ATTENDANCE, _SUMMARY, _DECISIONS, _ACTIONS = range(5)


class MeetingEditor(QWidget):
    """Everything about one meeting, edited in place."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.meeting_id: str | None = None
        self.detail: queries.MeetingDetail | None = None

        self.form = load_form("meetings_editor.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.error_label: QLabel = self.form.findChild(QLabel, "errorLabel")
        self.tabs: QTabWidget = self.form.findChild(QTabWidget, "tabs")
        self.message = InlineMessage(controller, self.error_label, parent=self)
        self.choices = MeetingChoices(controller)

        self.header = MeetingHeaderPanel(controller, self.message, self.form)
        self.form.layout().insertWidget(0, self.header)
        self.message.fields = self.header.fields()
        self.agenda = MeetingAgendaPanel(controller, self.message, choices=self.choices)
        self.attendance = MeetingAttendancePanel(controller, self.message)
        self.summary = MeetingSummaryPanel(controller, self.message)
        self.decisions = MeetingDecisionsPanel(controller, self.message)
        self.actions = MeetingActionsPanel(controller, self.message, choices=self.choices)
        self.tab_panels: list[MeetingPanel] = [
            self.agenda,
            self.attendance,
            self.summary,
            self.decisions,
            self.actions,
        ]
        for number, panel in enumerate(self.tab_panels):
            page = self.tabs.widget(number)
            page.layout().addWidget(panel)
            panel.wantsShowing.connect(lambda page=page: self.tabs.setCurrentWidget(page))
        QWidget.setTabOrder(self.header.location_edit, self.tabs)
        self.panels: list[MeetingPanel] = [self.header, *self.tab_panels]
        self.setEnabled(False)

    # -- which meeting -----------------------------------------------------------------------

    def set_meeting(self, meeting_id: str | None, *, commit: bool = True) -> None:
        """Show another meeting, saving what was typed for this one (unless its workspace is gone)."""
        if meeting_id == self.meeting_id:
            return
        if commit:
            self.commit_pending()
        self.meeting_id = meeting_id
        self.message.clear()
        self.refresh(set())
        for panel in self.tab_panels:
            table = getattr(panel, "table", None)
            if table is not None:
                table.scrollToTop()

    def refresh(self, tables: set[str]) -> None:
        """Reload what the changed `tables` show (an empty set: everything)."""
        with self.controller.read_rows() as conn:
            detail = queries.meeting_detail(conn, self.meeting_id) if self.meeting_id else None
            if detail is None:
                self._show_nothing()
                return
            if (
                not tables
                or tables & MeetingChoices.TABLES
                or self.choices.group_id != detail.group_id
            ):
                self.choices.forget(detail.group_id)
            self.setEnabled(True)
            self.detail = detail
            for panel in self.panels:
                panel.show_meeting(detail)
                panel.refresh(tables, conn)
        self._update_counts()

    def commit_pending(self) -> None:
        """Save what is typed but not yet saved (the summary, a header field being edited)."""
        if self.detail is None:
            return
        self.summary.commit_pending()
        self.header.commit_pending()

    def _show_nothing(self) -> None:
        self.meeting_id = None
        self.detail = None
        for panel in self.panels:
            panel.show_meeting(None)
            panel.refresh(set())
        self.message.clear()
        self._update_counts()
        self.setEnabled(False)

    # -- tab titles ---------------------------------------------------------------------------------

    def _update_counts(self) -> None:
        tabs = self.tabs
        agenda = self.agenda.model.rowCount()
        tabs.setTabText(
            _AGENDA,
            self.tr("&Agenda ({count})").format(count=agenda) if agenda else self.tr("&Agenda"),
        )
        present, total = self.attendance.model.present_count(), self.attendance.model.rowCount()
        tabs.setTabText(
            _ATTENDANCE,
            self.tr("A&ttendance ({present}/{total})").format(present=present, total=total)
            if total
            else self.tr("A&ttendance"),
        )
        decisions = self.decisions.model.rowCount()
        tabs.setTabText(
            _DECISIONS,
            self.tr("&Decisions ({count})").format(count=decisions)
            if decisions
            else self.tr("&Decisions"),
        )
        open_actions = self.actions.model.open_count()
        tabs.setTabText(
            _ACTIONS,
            self.tr("A&ction items ({count} open)").format(count=open_actions)
            if open_actions
            else self.tr("A&ction items"),
        )


__all__ = ["MeetingEditor"]
