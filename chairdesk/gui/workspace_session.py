"""The open workspace's life cycle, below the main window.

The controller owns one `WorkspaceSession` (`AppController.start_session`) while a window
shows its workspace. The session opens and switches workspace files (refusing a
cloud-synced folder), remembers the recent ones, makes today's backup off the UI thread,
loads the example, attaches the sync runner, and knows what is wrong with the open file
(damaged, read-only: `problem`) and which day an example is seen as at. It shows nothing:
the window places what it says (`problemChanged`, `said`/`unsaid` for the status bar).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from chairdesk.gui.qt import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QSettings,
    QTimer,
    QWidget,
    Signal,
)
from chairdesk.paths import backups_dir, data_dir
from chairdesk.store.database import WorkspaceError, WorkspaceReadOnly, open_workspace
from chairdesk.store.queries import workspace_name

if TYPE_CHECKING:
    from chairdesk.gui.controller import AppController
    from chairdesk.gui.sync_runner import SyncRunner
    from chairdesk.gui.tasks import Task

log = logging.getLogger(__name__)

MAX_RECENT = 8
BACKUP_MESSAGE_DELAY_MS = 400


class WorkspaceSession(QObject):
    """Opening, switching, backing up and checking the controller's workspace."""

    problemChanged = Signal(object)  # what is wrong with the workspace file, or None
    said = Signal(str, int)  # a status bar message, how long it stays (ms; 0: until unsaid)
    unsaid = Signal(str)  # a message said until further notice is no longer true

    def __init__(self, controller: AppController, window: QWidget) -> None:
        super().__init__(controller)
        self.controller = controller
        self.window = window  # the parent of the progress dialogs of what the chair asked for
        self.default_backups: Path = backups_dir(data_dir())  # run() passes the --data-dir one
        self.problem: Exception | None = None
        self.name: str | None = None  # the workspace's own name, if it has one
        self.tasks: list[Task] = []
        self.sync_runner: SyncRunner | None = None
        controller.workspaceChanged.connect(self._opened)

    def start(self) -> SyncRunner:
        """Take in the workspace the controller has open, and attach its sync runner."""
        from chairdesk.gui.sync_runner import SyncRunner

        self._opened()
        self.sync_runner = SyncRunner(self.controller, self)
        # After the window is up: reading the sync state must not delay the start.
        QTimer.singleShot(0, self.sync_runner.refresh)
        return self.sync_runner

    # -- what is wrong with the file ---------------------------------------------------

    def set_problem(self, problem: Exception | None) -> None:
        """What is wrong with the workspace file (None: nothing is), for the window to say."""
        self.problem = problem
        self.problemChanged.emit(problem)

    def check_file(self) -> None:
        """What is known of the file without reading it all: damage noted, or no write access."""
        ws = self.controller.workspace
        if ws.damage is not None:
            self.set_problem(ws.damaged_error())
        elif not os.access(ws.path, os.W_OK):
            self.set_problem(WorkspaceReadOnly(ws.path, folder=False))
        else:
            self.set_problem(None)

    def _opened(self) -> None:
        ws = self.controller.workspace
        remember_recent(ws.path)
        self.check_file()
        with self.controller.read_rows() as conn:
            self.name = workspace_name(conn)
        self.suggest_the_examples_day()

    def suggest_the_examples_day(self) -> None:
        """The example (2022) seen today has nobody chairing and nothing planned: until the chair
        chooses a day for it, it is seen as at its own last day, which the window says."""
        from chairdesk.store.demo import EXAMPLE_AS_AT, EXAMPLE_NAME

        if self.name == EXAMPLE_NAME:
            self.controller.suggest_as_at(EXAMPLE_AS_AT)

    # -- opening and switching ---------------------------------------------------------

    def open(self, path: Path) -> bool:
        """Make `path` the open workspace (created if new); False, and said why, if it cannot be."""
        path = Path(path)
        existed = path.is_file()
        problem = location_problem(path)
        if problem is not None:
            self.said.emit(problem, 20_000)
            return False
        try:
            workspace = open_workspace(path, backups_dir(data_dir()))
        except WorkspaceError as exc:
            self.said.emit(str(exc), 10_000)
            return False
        self.controller.set_workspace(workspace)
        if existed:
            self.start_daily_backup()
        return True

    def create(self, path: Path) -> bool:
        """A new workspace at `path`; an existing file is not taken for a new one."""
        if path.exists():
            text = self.tr("{path} already exists; open it instead.").format(path=path)
            self.said.emit(text, 10_000)
            return False
        return self.open(path)

    def remember_last(self) -> None:
        QSettings().setValue("lastWorkspace", str(self.controller.workspace.path))

    # -- work off the UI thread --------------------------------------------------------

    def load_example(self) -> None:
        """Load the demo off the UI thread; views refresh when it is in."""
        from chairdesk.gui.tasks import run_task

        workspace = self.controller.workspace
        loading = self.tr("Loading the example workspace…")

        def work(progress):  # noqa: ANN001, ANN202
            from chairdesk.store.demo import load_demo  # pydantic: only when needed

            progress(0, 0, loading)
            with workspace.transaction() as session:
                return load_demo(session)

        task = self._keep(run_task(self.window, loading, work))
        task.succeeded.connect(self._example_loaded)
        task.failed.connect(lambda message, _details: self.said.emit(message, 10_000))

    def _example_loaded(self, report: object) -> None:
        log.info("loaded the example workspace: %s", getattr(report, "summary", lambda: "")())
        with self.controller.read_rows() as conn:
            self.name = workspace_name(conn)
        self.suggest_the_examples_day()
        self.controller.reload()
        self.said.emit(self.tr("The example workspace is loaded."), 5000)

    def start_daily_backup(self) -> None:
        """Today's backup of the open workspace, off the UI thread (see chairdesk.gui.backups)."""
        from chairdesk.gui.backups import start_daily_backup

        task = self._keep(
            start_daily_backup(self.window, self.controller.workspace.path, self.default_backups)
        )
        working = QCoreApplication.translate("backups", "Backing up the workspace…")

        def under_way() -> None:
            # Said only when it takes a while: a quick backup would just blink over the chair.
            if task in self.tasks:
                self.said.emit(working, 0)

        QTimer.singleShot(BACKUP_MESSAGE_DELAY_MS, self, under_way)
        task.finished.connect(lambda: self.unsaid.emit(working))
        task.succeeded.connect(self._daily_backup_done)
        task.failed.connect(
            lambda message, _details: self.said.emit(
                self.tr("Today's backup could not be made: {reason}").format(reason=message), 10_000
            )
        )

    def _daily_backup_done(self, result: object) -> None:
        damage = getattr(result, "damage", None)
        workspace = self.controller.workspace
        if damage is not None and workspace.path == getattr(result, "workspace", None):
            workspace.mark_damaged(damage)
            self.set_problem(workspace.damaged_error())

    def _keep(self, task: Task) -> Task:
        """Hold a reference to `task` until it is finished (a Task must outlive its thread)."""
        self.tasks.append(task)
        task.finished.connect(lambda: self.tasks.remove(task))
        return task

    def finish_tasks(self, timeout_ms: int = 30_000) -> None:
        """Let background work (a backup, the example loading) end before the window goes."""
        if self.sync_runner is not None:
            self.sync_runner.wait()
        if not self.tasks:
            return
        # A local event loop, not a processEvents() loop: PySide6 6.12's static
        # QCoreApplication.processEvents drops a reference to None on every call,
        # and polling it while a long backup runs crashed the interpreter on quit.
        loop = QEventLoop(self)
        poll = QTimer(self)
        poll.timeout.connect(lambda: None if self.tasks else loop.quit())
        poll.start(50)
        QTimer.singleShot(timeout_ms, loop.quit)
        loop.exec()
        poll.stop()


def recent_workspaces() -> list[Path]:
    value = QSettings().value("recentWorkspaces") or []
    paths = [value] if isinstance(value, str) else list(value)
    return [Path(p) for p in paths if Path(p).exists()]


def remember_recent(path: Path) -> None:
    paths = [str(path)] + [str(p) for p in recent_workspaces() if p != path]
    QSettings().setValue("recentWorkspaces", paths[:MAX_RECENT])


def location_problem(path: Path) -> str | None:
    """Why a workspace database must not be opened where it is (a cloud-synced folder), or None."""
    from chairdesk.sync.location import database_location_problem

    problem = database_location_problem(path)
    return (
        None
        if problem is None
        else QCoreApplication.translate(
            "MainWindow", "ChairDesk refuses to use {path}: {problem}."
        ).format(path=path, problem=problem)
    )
