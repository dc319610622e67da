"""What the meeting editor's panels share: the meeting shown, their form, their table actions.

A panel shows one part of one meeting (its header, agenda, attendance, summary, decisions
or action items). The editor hands every panel the meeting's detail (`show_meeting`) and
then the tables that changed (`refresh`, within the editor's one read); a panel reloads
only when a table it shows changed. Its edits run through the editor's one
`InlineMessage`, so a refusal in any tab is shown under the header, with the header field
it names outlined.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from chairdesk.gui.controller import Changed
from chairdesk.gui.forms import load_form
from chairdesk.gui.qt import (
    QAction,
    QHeaderView,
    QKeySequence,
    Qt,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)

if TYPE_CHECKING:
    from sqlalchemy.engine import Connection

    from chairdesk.gui.controller import AppController
    from chairdesk.gui.inline import InlineMessage
    from chairdesk.store.meeting_queries import MeetingDetail


class MeetingPanel(QWidget):
    """One part of the meeting editor, with its own form in ui/."""

    FORM = ""
    #: The tables whose change makes the panel reload (an empty change set: everything).
    TABLES: frozenset[str] = frozenset()
    #: The fields of the meeting itself that the panel shows (None: any of them).
    MEETING_FIELDS: frozenset[str] | None = None

    #: The panel's tab should come to the front (a new row to edit is in it).
    wantsShowing = Signal()

    def __init__(
        self, controller: AppController, message: InlineMessage, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.message = message
        self.detail: MeetingDetail | None = None
        self.form = load_form(self.FORM, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)

    @property
    def meeting_id(self) -> str | None:
        return self.detail.id if self.detail is not None else None

    def show_meeting(self, detail: MeetingDetail | None) -> None:
        """The meeting the next `refresh` shows (None: nothing)."""
        self.detail = detail

    def refresh(self, changed_tables: set[str], conn: Connection | None = None) -> None:
        """Reload what the panel shows if one of its tables changed (an empty set: everything).

        `conn`: the editor's read, shared by its panels (one transaction for all of them).
        """
        if self.detail is None:
            self.clear()
        elif self.concerns(changed_tables):
            if conn is not None:
                self.load(conn, self.detail, changed_tables)
            else:
                with self.controller.read_rows() as own:
                    self.load(own, self.detail, changed_tables)
        self.update_actions()

    def concerns(self, changed_tables: set[str]) -> bool:
        """Whether a change may alter what the panel shows (an empty set: anything may).

        A change to the meeting table alone concerns the panel only if it touched the
        meeting shown, in a field the panel shows (a new title leaves the agenda be).
        """
        if not changed_tables:
            return True
        touched = changed_tables & self.TABLES
        if touched != {"meeting"} or self.detail is None:
            return bool(touched)
        meetings = Changed.records_of(changed_tables, "meeting")
        if meetings is not None and self.detail.id not in meetings:
            return False
        fields = Changed.fields_of(changed_tables, "meeting")
        return fields is None or self.MEETING_FIELDS is None or bool(fields & self.MEETING_FIELDS)

    def load(self, conn: Connection, detail: MeetingDetail, changed_tables: set[str]) -> None:
        """Read and show the panel's part of `detail`."""

    def clear(self) -> None:
        """Show no meeting."""

    def commit_pending(self) -> None:
        """Save what is typed but not yet saved."""

    def update_actions(self) -> None:
        """Enable the panel's actions for the current row."""

    # -- the tables' actions and looks -------------------------------------------------------

    def add_action(
        self,
        table: QTableView,
        text: str,
        keys: list[QKeySequence | str],
        slot: Callable[[], object],
        button: str | None = None,
        tip: str | None = None,
    ) -> QAction:
        """An action of `table` (its shortcuts act while the table has the focus), shown on `button`."""
        action = QAction(text, table)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut_text = ", ".join(
            QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys
        )
        action.setToolTip(
            f"{tip or text.replace('&', '')} ({shortcut_text})" if keys else (tip or text)
        )
        action.triggered.connect(slot)
        table.addAction(action)
        if button is not None:
            self.form.findChild(QToolButton, button).setDefaultAction(action)
        return action

    @staticmethod
    def prepare(table: QTableView) -> None:
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)

    @staticmethod
    def current_row(table: QTableView) -> int:
        index = table.currentIndex()
        return index.row() if index.isValid() else -1

    @staticmethod
    def edit_new(table: QTableView, row: int, column: int) -> None:
        """Open the editor of a row just added."""
        if row < 0:
            return
        index = table.model().index(row, column)
        table.setFocus()
        table.setCurrentIndex(index)
        table.scrollTo(index)
        table.edit(index)
