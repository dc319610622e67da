"""Start-up: the exception hook, logging, the workspace, the application and its window.

Start-up order: exception hook, logging, workspace (backup and migration),
QApplication, main window — so that a workspace that cannot be opened is
reported before any window appears, and nothing is migrated without a backup.
The cyclic garbage collector, paused by `chairdesk gui`, resumes once the store is
loaded (`_load_the_store`), after the first paint.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from chairdesk import __version__
from chairdesk.applog import setup_logging
from chairdesk.gui.app import MainWindow
from chairdesk.gui.i18n import install_language
from chairdesk.gui.notices import workspace_problem_text
from chairdesk.gui.qt import QApplication, QCoreApplication, QMessageBox, QSettings, QTimer
from chairdesk.gui.workspace_session import location_problem
from chairdesk.store.database import Workspace, WorkspaceError, open_workspace

log = logging.getLogger(__name__)

ORGANIZATION = "ChairDesk"
APPLICATION = "ChairDesk"
DAILY_BACKUP_DELAY_MS = 3_000
STORE_WARM_UP_DELAY_MS = 100


class StartupProblem:
    """The one message when no workspace can be opened at start, before any window (tests replace it)."""

    @classmethod
    def show(cls, message: str) -> None:
        QMessageBox.critical(None, APPLICATION, message)


_log_file: Path | None = None  # where unexpected errors are written (None: standard error only)


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if isinstance(error, WorkspaceError) and _say_in_window(error):
        # A damaged, read-only or full workspace is no bug: said above the views, once, and
        # the chair can act on it there (File → Restore from Backup…).
        log.warning("workspace problem: %s", error)
        return
    details = "".join(traceback.format_exception(kind, error, tb))
    log.error("unexpected error:\n%s", details)
    if QApplication.instance() is not None:
        box = QMessageBox(QMessageBox.Icon.Critical, APPLICATION, str(error) or kind.__name__)
        box.setInformativeText(
            QCoreApplication.translate(
                "app", "ChairDesk keeps running. The details are in the log file."
            )
            if _log_file is not None
            else QCoreApplication.translate("app", "ChairDesk keeps running.")
        )
        box.setDetailedText(details)
        copy = box.addButton(
            QCoreApplication.translate("app", "Copy details"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(QMessageBox.StandardButton.Close)
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        box.exec()
    else:
        sys.__excepthook__(kind, error, tb)


def _say_in_window(error: WorkspaceError) -> bool:
    """Show a workspace problem in the main window showing that workspace; False if there is none."""
    if QApplication.instance() is None:
        return False
    for widget in QApplication.topLevelWidgets():
        if (
            isinstance(widget, MainWindow)
            and widget.isVisible()
            and (getattr(error, "path", None) in (None, widget.controller.workspace.path))
        ):
            widget.show_workspace_problem(error)
            return True
    return False


def run(workspace_path: Path | None, backups: Path) -> int:
    """Open the application on `workspace_path` (None: the last one used, else the default)."""
    global _log_file
    sys.excepthook = _excepthook
    _log_file = setup_logging(backups.parent)
    log.info("ChairDesk %s starting; log at %s", __version__, _log_file or "standard error")
    if workspace_path is None:
        last = QSettings(ORGANIZATION, APPLICATION).value("lastWorkspace")
        workspace_path = (
            Path(last) if last and Path(last).exists() else backups.parent / "workspace.sqlite3"
        )
    try:
        problem = location_problem(workspace_path)
        if problem is not None:
            raise WorkspaceError(problem)
        workspace = open_workspace(workspace_path, backups)
    except WorkspaceError as exc:
        print(f"chairdesk: {exc}", file=sys.stderr)
        _application()
        StartupProblem.show(workspace_problem_text(exc, in_window=False))
        return 2
    app = _application()
    window = MainWindow(workspace)
    window.session.default_backups = backups
    try:
        window.show()
    except WorkspaceError as exc:  # a damaged page the first view read: said in the window
        window.show_workspace_problem(exc)
    QTimer.singleShot(STORE_WARM_UP_DELAY_MS, lambda: _load_the_store(workspace))
    # Today's backup waits until the first view is up: it competes for the interpreter.
    QTimer.singleShot(DAILY_BACKUP_DELAY_MS, window.session.start_daily_backup)
    if os.environ.get(
        "CHAIRDESK_BENCH_EXIT_WHEN_SHOWN"
    ):  # tests/benchmarks/run.py: time to the first view
        from time import monotonic

        from chairdesk.gui.qt import QTimer as _Timer

        def _shown() -> None:
            app.processEvents()  # the first paint of the populated view
            print(f"chairdesk-shown {monotonic():.6f}", flush=True)
            os._exit(0)  # what is measured ends here; no quitting work (tasks, backups) after it

        _Timer.singleShot(0, _shown)
    try:
        return app.exec()
    finally:
        window.controller.workspace.close()


def _load_the_store(workspace: Workspace) -> None:
    """Load what edits need (sqlalchemy.orm, the models, the operations) once the window is up.

    The first view reads through Core (chairdesk.store.tables) and appears without
    the ORM; loading it here, in steps between which the window stays responsive,
    spares the first edit the wait (about a quarter of a second). The last step
    resumes the garbage collector, paused for start-up.
    """
    from importlib import import_module

    modules = (
        "sqlalchemy.orm",
        "chairdesk.store.models",
        "chairdesk.store.changes",
        "chairdesk.store.ops.meetings",
    )
    steps: list[Callable[[], object]] = [lambda name=name: import_module(name) for name in modules]
    steps.append(lambda: import_module("sqlalchemy.orm").configure_mappers())
    steps.append(workspace.session_makers)
    steps.append(resume_garbage_collection)

    def next_step() -> None:
        step = steps.pop(0)
        if steps:  # scheduled first: a step that fails does not keep the collector paused
            QTimer.singleShot(0, next_step)
        step()

    next_step()


def resume_garbage_collection() -> None:
    """Collect start-up's few cycles once, then keep its survivors out of later collections.

    `chairdesk gui` starts with the cyclic collector paused (cli.cmd_gui). What start-up
    made lives as long as the application: frozen, it is not traversed again by every
    full collection while the chair works.
    """
    gc.collect()
    gc.freeze()
    gc.enable()


def _application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    install_language(app)  # the saved choice (Settings), else the system's language
    return app
