"""The main window's notices above the views (the workspace file's problem, the "as at" day)
and its status bar's words on the chair and on sync.

They are panels the window places; what they say comes from the controller (its session's
`problem`, its `as_at` day), and the "as at" notice changes that day through the controller.
"""

from __future__ import annotations

from datetime import UTC, date
from typing import TYPE_CHECKING

from chairdesk.gui.formatting import fmt_long_date, fmt_time
from chairdesk.gui.notices import NoticeBar, workspace_problem_text
from chairdesk.gui.qt import QDate, QDateEdit, QLabel, QPushButton, QTimer, QWidget, Signal
from chairdesk.store.database import SchemaMismatch, WorkspaceDamaged
from chairdesk.store.queries import chair_terms

if TYPE_CHECKING:
    from chairdesk.gui.controller import AppController
    from chairdesk.gui.sync_runner import SyncRunner

# A date typed digit by digit passes through other dates: the views follow once it settles.
AS_AT_SETTLE_MS = 400


class WorkspaceProblemBar(NoticeBar):
    """A damaged or read-only workspace, said above the views until it is dealt with."""

    restoreRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("workspaceProblemBar", "problem", parent)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("problemRestoreButton")
        self.restore_button.clicked.connect(self.restoreRequested)
        self.add(self.restore_button)

    def show_problem(self, problem: Exception | None) -> None:
        """Say what is wrong with the workspace file (None: nothing is, and the bar hides)."""
        self.restore_button.setText(self.tr("Restore from Backup…"))
        if problem is None:
            self.hide()
            return
        self.label.setText(workspace_problem_text(problem))
        self.restore_button.setVisible(isinstance(problem, WorkspaceDamaged | SchemaMismatch))
        self.show()


class AsAtBar(NoticeBar):
    """Looking at the workspace as at another day than today: said, changeable, clearable."""

    shown = Signal()  # the day shown was said again (the window's status bar follows)

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__("asAtBar", "notice", parent)
        self.controller = controller
        self._choosing = False  # the notice shown to pick a day, while still today
        self._filling = False  # the date edit set by the notice, not by the chair
        self.edit = QDateEdit(self)
        self.edit.setObjectName("asAtEdit")
        self.edit.setCalendarPopup(True)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(AS_AT_SETTLE_MS)
        self._settle.timeout.connect(self._apply_edited)
        self.edit.dateChanged.connect(self._on_edited)
        self.add(self.edit)
        self.today_button = QPushButton(self)
        self.today_button.setObjectName("asAtTodayButton")
        self.today_button.clicked.connect(lambda: self._set(None))
        self.add(self.today_button)
        controller.asAtChanged.connect(self.show_day)

    def choose(self) -> None:
        """Show the notice with its date, ready to be changed (Go → See as at Another Day…)."""
        self._choosing = True
        self.show_day(self.controller.as_at)
        self.edit.setFocus()
        self.edit.selectAll()

    def reset(self) -> None:
        """Another workspace (or language): shown only if its day is not today."""
        self._choosing = False
        self.show_day(self.controller.as_at)

    def _set(self, day: date | None) -> None:
        self._choosing = False
        self.controller.set_as_at(day)
        self.show_day(self.controller.as_at)

    def _on_edited(self, _qdate: QDate) -> None:
        if not self._filling:
            self._settle.start()

    def _apply_edited(self) -> None:
        self._choosing = False
        self.controller.set_as_at(self.edit.date().toPython())

    def show_day(self, day: date | None) -> None:
        """Say which day the views show, whenever it is not today."""
        self._filling = True
        try:
            shown = day or self.controller.calendar_today()
            self.edit.setDate(QDate(shown.year, shown.month, shown.day))
        finally:
            self._filling = False
        self.today_button.setText(self.tr("Back to Today"))
        self.today_button.setVisible(day is not None)
        if day is not None:
            today = self.controller.calendar_today()
            self.label.setText(
                self.tr(
                    "You are seeing this workspace as at {date}: the chair, the next meeting and "
                    "handover, what is due and what is overdue are as on that day, not today ({today})."
                ).format(date=fmt_long_date(day), today=fmt_long_date(today))
            )
        else:
            self.label.setText(self.tr("See the workspace as on another day:"))
        self.setVisible(day is not None or self._choosing)
        self.shown.emit()


class ChairStatusLabel(QLabel):
    """The status bar's word on who chairs the chosen group on the day shown, and who is next."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("statusChairLabel")

    def show_chair(self) -> None:
        group_id = self.controller.group_id
        if group_id is None:
            self.setText("")
            return
        from chairdesk.domain.rotations import chair_on, next_handover

        today = self.controller.today()
        with self.controller.read_rows() as conn:
            terms = chair_terms(conn, group_id)
        chair = chair_on(terms, today)
        upcoming = next_handover(terms, today)
        if self.controller.as_at is not None:  # the day is said: the notice may be scrolled past
            on = fmt_long_date(today)
            text = (
                self.tr("Chair on {date}: {entity}").format(date=on, entity=chair)
                if chair
                else self.tr("Chair: none on {date}").format(date=on)
            )
        else:
            text = (
                self.tr("Chair: {entity}").format(entity=chair)
                if chair
                else self.tr("Chair: none today")
            )
        if upcoming is not None:
            text += self.tr(" · next: {entity} from {date}").format(
                entity=upcoming.entity, date=fmt_long_date(upcoming.start)
            )
        self.setText(text)


class SyncStatusLabel(QLabel):
    """The status bar's word on sync: not set up, syncing, up to date, offline, set aside."""

    def __init__(self, runner: SyncRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncLabel")
        self.show_state(runner.status)
        runner.statusChanged.connect(self.show_state)
        runner.roundStarted.connect(lambda: self.setText(self.tr("Sync: syncing…")))
        runner.roundFailed.connect(self._show_failure)

    def show_state(self, status: object) -> None:
        """The runner's last word on the shared folder (None or no folder: not set up)."""
        if not getattr(status, "folder", None):
            self.setText(self.tr("Sync: not set up"))
            self.setToolTip("")
            return
        if not getattr(status, "online", True):
            text = self.tr("Sync: offline, retrying")
        elif getattr(status, "pending", 0):
            text = self.tr("Sync: %n change(s) to send", "", int(status.pending))
        else:
            last = getattr(status, "last_round", None)
            if last is not None:
                local = (last if last.tzinfo else last.replace(tzinfo=UTC)).astimezone()
                time = fmt_time(local.replace(tzinfo=None))
                text = self.tr("Sync: up to date ({time})").format(time=time)
            else:
                text = self.tr("Sync: linked")
        tip = str(status.folder)
        aside = len(getattr(status, "quarantined", []) or []) + int(
            getattr(status, "set_aside_count", 0) or 0
        )
        if aside:
            text = self.tr("{sync} · %n set aside", "", aside).format(sync=text)
            tip += "\n" + self.tr(
                "Files or records from other laptops are set aside: the Sync "
                "view says which, and why."
            )
        self.setText(text)
        self.setToolTip(tip)

    def _show_failure(self, message: str) -> None:
        self.setText(self.tr("Sync: failed, retrying"))
        self.setToolTip(message)
