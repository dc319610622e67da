"""The application's state and its one way to change data.

Views never write to the database themselves: they call `perform()` with an
operation from chairdesk.store.ops. The operation runs in one transaction, its
changes are recorded, one undo step is pushed, and `changed` tells every view
which tables to refresh. Undo and redo replay the recorded change set. A long
operation runs the same way on a worker thread (`run_recorded`) and becomes
the undo step when it is done (`adopt`).

What `changed` carries is a set of table names, as every view reads it; after an
edit, an undo or a redo it is a `Changed`, which also says which records (and which of
their fields) the step touched, so that a view can re-read just those rows. A plain set
(an import, a sync round, another "as at" day) says only the tables, and an empty one
"anything": such a view reads its tables again.

"Today" is the controller's too: `today()` is the day every view shows (who chairs,
the next handover and meeting, what is overdue, the defaults of new dates). It is
the calendar's today unless the chair looks at the workspace "as at" another day
(`set_as_at`), a choice kept per workspace on this computer (QSettings). The
session suggests the example's own last day (`suggest_as_at`): a 2022 workspace
seen today has nobody chairing and nothing planned.

The workspace's life cycle (opening and switching files, today's backup, what is wrong
with the file, the sync runner) is the controller's `session`
(chairdesk.gui.workspace_session), started by the window that shows it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from typing import TYPE_CHECKING, TypeVar

from chairdesk.gui.qt import QEvent, QObject, QSettings, Qt, QUndoCommand, QUndoStack, Signal

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    from chairdesk.gui.qt import QWidget
    from chairdesk.gui.workspace_session import WorkspaceSession
    from chairdesk.store.changes import ChangeSet
    from chairdesk.store.database import Workspace

log = logging.getLogger(__name__)

T = TypeVar("T")


def _attach_sync(workspace: Workspace) -> None:
    """A linked workspace's edits reach the outbox in their own transactions (as on the command line)."""
    from chairdesk.store.database import WorkspaceError
    from chairdesk.sync.listener import attach_if_linked

    try:
        attach_if_linked(workspace)
    except WorkspaceError:  # said by the first view that reads; the next round mirrors the edits
        log.warning("cannot tell whether %s is linked", workspace.path, exc_info=True)


class Changed(set):  # set[str]: what every listener of `changed` reads
    """The tables a step touched, and which of their records and fields.

    `records`: each table's ids of records created or changed (undoing a creation
    changes its `deleted`); `fields`: each table's names of fields changed; `created`:
    the tables in which records were created (every field of those is new).
    """

    def __init__(
        self,
        tables: set[str],
        records: dict[str, frozenset[str]],
        fields: dict[str, frozenset[str]],
        created: frozenset[str],
    ) -> None:
        super().__init__(tables)
        self.records = records
        self.fields = fields
        self.created = created

    @classmethod
    def of(cls, changes: ChangeSet) -> Changed:
        """What a recorded step touched."""
        return cls(
            changes.tables,
            {t: frozenset(ids) for t, ids in changes.records().items()},
            {t: frozenset(names) for t, names in changes.changed_fields().items()},
            frozenset(t for t, _ in changes.created),
        )

    #: Beyond so many records of a table (an import), a view reads the whole table again:
    #: as quick, and no query with thousands of ids.
    FEW = 500

    @staticmethod
    def records_of(tables: set[str], table: str) -> frozenset[str] | None:
        """The ids of `table`'s records that `tables` says changed; None if it does not say
        (or names more than `FEW`)."""
        if not isinstance(tables, Changed):
            return None
        ids = tables.records.get(table, frozenset())
        return ids if len(ids) <= Changed.FEW else None

    @staticmethod
    def fields_of(tables: set[str], table: str) -> frozenset[str] | None:
        """The fields of `table`'s records that changed; None if unknown or records were created."""
        if not isinstance(tables, Changed) or table in tables.created:
            return None
        return tables.fields.get(table, frozenset())

    @staticmethod
    def merge(held: set[str] | None, more: set[str]) -> set[str]:
        """What a hidden view owes after `held` and then `more` (an empty set: everything)."""
        if held is None:
            return more
        if not held or not more:
            return set()
        if isinstance(held, Changed) and isinstance(more, Changed):
            return Changed(
                held | more,
                _union(held.records, more.records),
                _union(held.fields, more.fields),
                held.created | more.created,
            )
        return held | more  # which records is no longer known: the tables are read again


def _union(a: dict[str, frozenset[str]], b: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    return {t: a.get(t, frozenset()) | b.get(t, frozenset()) for t in a.keys() | b.keys()}


class WhenShown(QObject):
    """Hands a view the controller's changes at once while it is on screen, else when shown.

    A view hidden behind another (a page of the main window not chosen) reads nothing
    on every edit: it owes the changes, merged, and reads them in one go when it is
    shown again (before it is painted). A view never shown yet (built by a test, or
    before its window opens) is handed them at once, as before.
    """

    def __init__(
        self, controller: AppController, view: QWidget, apply: Callable[[set[str]], None]
    ) -> None:
        super().__init__(view)
        self._view = view
        self._apply = apply
        self._owed: set[str] | None = None
        controller.changed.connect(self._on_changed)
        view.installEventFilter(self)

    def _on_changed(self, tables: set[str]) -> None:
        view = self._view
        if view.isVisible() or not view.testAttribute(
            Qt.WidgetAttribute.WA_WState_ExplicitShowHide
        ):
            self.catch_up()
            self._apply(tables)
        else:
            self._owed = Changed.merge(self._owed, tables)

    def catch_up(self) -> None:
        """Show what changed while the view was hidden (nothing if nothing did)."""
        owed, self._owed = self._owed, None
        if owed is not None:
            self._apply(owed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._view and event.type() == QEvent.Type.Show:
            self.catch_up()
        return False


class ChangeCommand(QUndoCommand):
    """One user action, already applied when pushed; undo/redo replay its changes."""

    def __init__(self, controller: AppController, text: str, changes: ChangeSet) -> None:
        super().__init__(text)
        self._controller = controller
        self._changes = changes
        self._applied = True

    def redo(self) -> None:
        if self._applied:  # QUndoStack.push() calls redo(); the operation already ran
            self._applied = False
            return
        self._controller._replay(self._changes, undo=False)

    def undo(self) -> None:
        self._controller._replay(self._changes, undo=True)


def workspace_settings_key(path: object) -> str:
    """A short key for what is remembered per workspace file (the group, the "as at" day)."""
    import hashlib

    return hashlib.sha1(str(path).encode()).hexdigest()[:12]


class AppController(QObject):
    # set[str]: the tables touched (after an edit, undo or redo: a Changed, with its records)
    changed = Signal(object)
    groupChanged = Signal(object)  # the selected working group's id, or None
    workspaceChanged = Signal()
    asAtChanged = Signal(object)  # the day the views show instead of today, or None

    def __init__(
        self,
        workspace: Workspace,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._clock = today
        self.as_at: date | None = None
        self._as_at_chosen = False
        self.group_id: str | None = None
        self.undo_stack = QUndoStack(self)
        self.session: WorkspaceSession | None = None
        self._load_as_at()
        _attach_sync(workspace)

    def start_session(self, window: QWidget) -> WorkspaceSession:
        """The workspace's life cycle (open, switch, back up, check, sync) for the window showing it."""
        from chairdesk.gui.workspace_session import WorkspaceSession

        self.session = WorkspaceSession(self, window)
        return self.session

    def today(self) -> date:
        """The day the views show: the "as at" day when one is chosen, else the calendar's today."""
        return self.as_at or self._clock()

    def calendar_today(self) -> date:
        return self._clock()

    def set_as_at(self, day: date | None) -> None:
        """Show every view as at `day` (None, or today's date: as today); remembered for this workspace."""
        if day == self._clock():
            day = None
        # An empty value, not none: "as today" was chosen, and the example's default no longer applies.
        QSettings().setValue(self._as_at_key(), day.isoformat() if day else "")
        self._as_at_chosen = True
        if day != self.as_at:
            self.as_at = day
            self.asAtChanged.emit(day)
            self.changed.emit(set())  # every view reads again, as at the new day

    def _as_at_key(self) -> str:
        return f"asAt/{workspace_settings_key(self.workspace.path)}"

    def suggest_as_at(self, day: date | None) -> None:
        """A day to show until the chair chooses one for this workspace (the example's own last day)."""
        if self._as_at_chosen or day == self.as_at:
            return
        self.as_at = day if day is None or day < self._clock() else None
        self.asAtChanged.emit(self.as_at)

    def _load_as_at(self) -> None:
        """The day the chair chose for this workspace before, if any."""
        saved = QSettings().value(self._as_at_key())
        self._as_at_chosen = saved is not None
        day = None
        if saved:
            try:
                day = date.fromisoformat(str(saved))
            except ValueError:
                day = None
        if day != self.as_at:
            self.as_at = day
            self.asAtChanged.emit(day)

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self.workspace.read() as session:
            yield session

    @contextmanager
    def read_rows(self) -> Iterator[Connection]:
        """A connection for the Core queries of chairdesk.store.queries and meeting_queries."""
        with self.workspace.read_rows() as conn:
            yield conn

    def perform(self, text: str, operation: Callable[[Session], T]) -> T:
        """Run `operation` as one undoable step. OperationError propagates to the caller."""
        from chairdesk.store.changes import recording

        with self.workspace.transaction() as session, recording(session) as changes:
            result = operation(session)
        if changes:
            self.undo_stack.push(ChangeCommand(self, text, changes))
            self.changed.emit(Changed.of(changes))
        return result

    @staticmethod
    def run_recorded(
        workspace: Workspace, operation: Callable[[Session], T]
    ) -> tuple[T, ChangeSet]:
        """`operation` in one transaction with its changes recorded, on a worker thread (gui.tasks).

        Long operations (importing the groups' submissions) run there; the UI
        thread then makes the changes one undo step with `adopt`.
        """
        from chairdesk.store.changes import recording

        with workspace.transaction() as session, recording(session) as changes:
            result = operation(session)
        return result, changes

    def adopt(self, text: str, changes: ChangeSet) -> None:
        """One undo step, and one `changed`, for changes `run_recorded` made off the UI thread."""
        if changes:
            self.undo_stack.push(ChangeCommand(self, text, changes))
            self.changed.emit(Changed.of(changes))

    def _replay(self, changes: ChangeSet, *, undo: bool) -> None:
        from chairdesk.store.changes import replay

        with self.workspace.transaction() as session:
            replay(session, changes, undo=undo)
        self.changed.emit(Changed.of(changes))

    def set_group(self, group_id: str | None) -> None:
        if group_id != self.group_id:
            self.group_id = group_id
            self.groupChanged.emit(group_id)

    def set_workspace(self, workspace: Workspace) -> None:
        old = self.workspace
        self.workspace = workspace
        _attach_sync(workspace)
        self.undo_stack.clear()
        self.group_id = None
        self._load_as_at()  # before the views hear of the new workspace: they read as at its day
        self.workspaceChanged.emit()
        if old is not workspace:
            old.close()

    def reload(self, tables: set[str] | None = None) -> None:
        """Tell the views that data changed outside an operation (an import, a sync round)."""
        self.changed.emit(tables or set())
