"""`chairdesk --self-test`: does this installation work? (Also run on the frozen build.)

In a temporary folder, with throw-away preferences: upgrade a workspace of the
oldest schema (migrations and their backup), load the demo workspace, open the
main window offscreen and show every view (the Dashboard's charts drawn on their
Qt canvas), then write every export, the charts in them included, and read each
back (reports.export_check: one "exported NAME: ..." line each). Nothing of the
person's own data or preferences is touched. Exit status 0 when all is well,
1 with a message naming the step that failed.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import TracebackType

SELF_TEST_GROUP = "ETCIP"
SELF_TEST_YEAR = 2022


class SelfTestError(Exception):
    pass


def self_test(say: Callable[[str], None] = print) -> int:
    """Run the self-test; report each step through `say`; return the exit status."""
    step = "starting"
    errors: list[str] = []

    def record(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        # An exception raised in a Qt slot lands here instead of stopping the event loop.
        errors.append("".join(traceback.format_exception(kind, error, tb)))

    previous_hook = sys.excepthook
    sys.excepthook = record
    try:
        with tempfile.TemporaryDirectory(prefix="chairdesk-selftest-") as tmp:
            folder = Path(tmp)
            step = "importing the application's modules"
            _modules(say)
            step = "migrating a workspace of the oldest schema"
            _migration(folder, say)
            step = "starting Qt offscreen"
            app = _application(folder)
            step = "loading the French translation"
            _translations(say)
            step = "loading the demo workspace"
            workspace = _demo_workspace(folder, say)
            try:
                step = "opening the main window"
                _main_window(app, workspace, errors, say)
                step = "writing every export"
                _exports(workspace, folder, say)
            finally:
                workspace.close()
            if errors:
                raise SelfTestError(f"an error was raised in the application:\n{errors[0]}")
    except Exception as exc:  # noqa: BLE001 - every failure is reported, with its step
        print(f"chairdesk: self-test failed while {step}: {exc}", file=sys.stderr)
        traceback.print_exc(file=sys.stderr)
        return 1
    finally:
        sys.excepthook = previous_hook
        _default_qt_messages()
    say("self-test passed")
    return 0


def _modules(say: Callable[[str], None]) -> None:
    """Every module imports: a frozen build that left a dependency out fails here, not later."""
    import importlib
    import pkgutil

    import chairdesk

    names = [
        m.name
        for m in pkgutil.walk_packages(chairdesk.__path__, "chairdesk.")
        if not m.name.endswith("__main__")
    ]
    for name in names:
        importlib.import_module(name)
    if len(names) < 10:
        raise SelfTestError(f"only {len(names)} of the application's modules were found")
    say(f"modules: {len(names)} imported")


def _migration(folder: Path, say: Callable[[str], None]) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory
    from sqlalchemy.pool import NullPool

    from chairdesk.store.database import (
        SCHEMA_HEAD,
        alembic_config,
        create_workspace_engine,
        open_workspace,
    )

    config = alembic_config()
    first = ScriptDirectory.from_config(config).get_base()
    old = folder / "old.sqlite3"
    engine = create_workspace_engine(old, foreign_keys=False, poolclass=NullPool)
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, first)
    finally:
        engine.dispose()
    workspace = open_workspace(old, folder / "backups")
    try:
        revision = workspace.schema_revision()
        if revision != SCHEMA_HEAD:
            raise SelfTestError(f"the workspace is at schema {revision}, not {SCHEMA_HEAD}")
        if first != SCHEMA_HEAD and (workspace.backup is None or not workspace.backup.is_file()):
            raise SelfTestError("no backup was taken before the migration")
    finally:
        workspace.close()
    say(f"migrations: schema {first} upgraded to {SCHEMA_HEAD}, with a backup first")


def _application(folder: Path):  # noqa: ANN202 - QApplication
    # Offscreen even on a desktop: the self-test never shows a window.
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from chairdesk.gui.qt import QApplication, QSettings, qInstallMessageHandler

    def quiet(_mode, _context, message: str) -> None:  # noqa: ANN001
        # The offscreen platform warns about window hints it ignores; nothing else is hidden.
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(quiet)
    # Preferences (recent files, window geometry) go to the temporary folder.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "settings")
    )
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName("ChairDeskSelfTest")
    app.setApplicationName("ChairDeskSelfTest")
    return app


def _default_qt_messages() -> None:
    """Qt's own message handler again: Qt still logs while it unloads its plugins at exit,
    when a Python handler can no longer run (with QT_DEBUG_PLUGINS=1 the exit was a crash)."""
    if "chairdesk.gui.qt" in sys.modules:
        from chairdesk.gui.qt import qInstallMessageHandler

        qInstallMessageHandler(None)


def _translations(say: Callable[[str], None]) -> None:
    """Each interface language's compiled translation is there and loads (not installed here)."""
    from chairdesk.gui.i18n import qm_path
    from chairdesk.gui.i18n_tools import LANGUAGES
    from chairdesk.gui.qt import QTranslator

    for lang in LANGUAGES:
        path = qm_path(lang)
        translator = QTranslator()
        if path is None or not translator.load(str(path)) or translator.isEmpty():
            raise SelfTestError(f"the {lang} translation is missing or empty ({path})")
    # Dates as the interface and the documents write them (babel's locale data is trimmed
    # to English and French in the frozen build).
    from babel.dates import format_date

    for locale, month in (("en_GB", "July"), ("fr_FR", "juillet"), ("fr_CA", "juillet")):
        if month not in format_date(date(2022, 7, 1), "long", locale=locale):
            raise SelfTestError(f"dates are not written in {locale}")
    say(f"translations: {', '.join(LANGUAGES)}")


def _demo_workspace(folder: Path, say: Callable[[str], None]):  # noqa: ANN202 - Workspace
    from chairdesk.store.database import open_workspace
    from chairdesk.store.demo import load_demo

    workspace = open_workspace(folder / "workspace.sqlite3", folder / "backups")
    with workspace.transaction() as session:
        report = load_demo(session)
    say(f"demo workspace: {report.summary()}")
    return workspace


def _main_window(app, workspace, errors: list[str], say: Callable[[str], None]) -> None:  # noqa: ANN001
    from chairdesk.gui.app import MainWindow

    window = MainWindow(workspace, today=lambda: date(SELF_TEST_YEAR, 8, 15))
    try:
        window.show()
        _settle(app)
        if window.group_combo.count() == 0:
            raise SelfTestError("the main window lists no working groups")
        for name in window.VIEWS:
            window.show_view(name)
            _settle(app)
            if window.current_view_name() != name:
                raise SelfTestError(f"the {name} view did not open")
            if errors:
                raise SelfTestError(f"the {name} view raised an error:\n{errors[0]}")
        say(
            f"main window: {window.group_combo.count()} working groups, views {', '.join(window.VIEWS)}"
        )
        _dashboard_charts(app, window, say)
        window.session.default_backups = workspace.path.parent / "backups"
        window.session.start_daily_backup()
        deadline = time.monotonic() + 30
        while window.session.tasks and time.monotonic() < deadline:
            _settle(app, 0.05)
        from chairdesk.store.backup import list_backups

        if not any(
            b.reason == "daily"
            for b in list_backups(window.session.default_backups, workspace.path)
        ):
            raise SelfTestError("the daily backup was not made")
        say("daily backup: made")
    finally:
        window.close()
        window.deleteLater()
        _settle(app, 0.05)


def _settle(app, seconds: float = 0.3) -> None:  # noqa: ANN001
    """Let timers (charts drawn after the window shows) and queued signals run."""
    end = time.monotonic() + seconds
    while True:
        app.processEvents()
        if time.monotonic() >= end:
            break
        time.sleep(0.01)


def _dashboard_charts(app, window, say: Callable[[str], None]) -> None:  # noqa: ANN001
    """The Dashboard's two charts, drawn by matplotlib on its Qt canvas (QtAgg)."""
    window.show_view("dashboard")
    view = window.view("dashboard")
    charts = {
        "activity status by output": view.status_chart,
        "meetings per quarter": view.meetings_chart,
    }
    deadline = time.monotonic() + 30
    while any(c.figure is None for c in charts.values()) and time.monotonic() < deadline:
        _settle(app, 0.05)
    for name, chart in charts.items():
        if chart.figure is None:
            raise SelfTestError(f"the Dashboard did not draw its {name} chart")
        if chart.grab().isNull():
            raise SelfTestError(f"the Dashboard's {name} chart could not be painted")
    say(f"dashboard charts: {', '.join(charts)}")


def _exports(workspace, folder: Path, say: Callable[[str], None]) -> None:  # noqa: ANN001
    from chairdesk.reports.export_check import check_every_export

    exports = folder / "exports"
    exports.mkdir()
    with workspace.read() as session:
        check_every_export(session, SELF_TEST_GROUP, SELF_TEST_YEAR, exports, say)
