"""Start-up and the main window.

Start-up order: exception hook, logging, workspace (backup and migration),
QApplication, main window — so that a workspace that cannot be opened is
reported before any window appears, and nothing is migrated without a backup.
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path
from types import TracebackType

from chairdesk import __version__
from chairdesk.applog import setup_logging
from chairdesk.domain.wording import un_date
from chairdesk.gui.controller import AppController
from chairdesk.gui.forms import load_form
from chairdesk.gui.qt import (
    QAction,
    QApplication,
    QComboBox,
    QCoreApplication,
    QFileDialog,
    QKeySequence,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSettings,
    QStackedWidget,
    QToolBar,
    QWidget,
)
from chairdesk.gui.tasks import run_task
from chairdesk.paths import backups_dir, data_dir
from chairdesk.store.database import Workspace, WorkspaceError, open_workspace
from chairdesk.store.models import WorkspaceInfo
from chairdesk.store.queries import chair_terms, group_overviews

log = logging.getLogger(__name__)

ORGANIZATION = "ChairDesk"
APPLICATION = "ChairDesk"
MAX_RECENT = 8


class WorkspaceFileDialog:
    """File choices, behind classmethods that tests replace."""

    FILTER = "ChairDesk workspace (*.sqlite3)"

    @classmethod
    def ask_new(cls, parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent, parent.tr("New workspace"), str(data_dir() / "new-workspace.sqlite3"), cls.FILTER
        )
        return Path(name) if name else None

    @classmethod
    def ask_open(cls, parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, parent.tr("Open workspace"), str(data_dir()), cls.FILTER)
        return Path(name) if name else None


class MainWindow(QMainWindow):
    """Navigation between the views, the working-group switcher, menus and status bar."""

    VIEWS = ("dashboard", "meetings", "workplan", "composition", "reports", "sync")

    def __init__(self, workspace: Workspace, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.controller = AppController(workspace, today, self)
        self.controller.changed.connect(self._on_data_changed)
        self.controller.groupChanged.connect(self._on_group_changed)
        self.controller.workspaceChanged.connect(self._on_workspace_changed)
        self._tasks: list[object] = []

        self.main_view = load_form("main_window.ui", self)
        self.setCentralWidget(self.main_view)
        self.nav: QListWidget = self.main_view.findChild(QListWidget, "navList")
        self.pages: QStackedWidget = self.main_view.findChild(QStackedWidget, "pages")
        self.welcome_page: QWidget = self.main_view.findChild(QWidget, "welcomePage")
        self.open_example_button: QPushButton = self.main_view.findChild(QPushButton, "openExampleButton")
        self.start_own_button: QPushButton = self.main_view.findChild(QPushButton, "startOwnButton")
        self.new_workspace_button: QPushButton = self.main_view.findChild(QPushButton, "newWorkspaceButton")
        self.open_example_button.clicked.connect(self.load_example)
        self.start_own_button.clicked.connect(lambda: self.show_view("composition"))
        self.new_workspace_button.clicked.connect(self.new_workspace)

        self.views: dict[str, QWidget] = {}
        self._titles = {
            "dashboard": self.tr("Dashboard"),
            "meetings": self.tr("Meetings"),
            "workplan": self.tr("Work plan"),
            "composition": self.tr("Composition"),
            "reports": self.tr("Reports"),
            "sync": self.tr("Sync"),
        }
        for name in self.VIEWS:
            self.nav.addItem(self._titles[name])
        self.nav.currentRowChanged.connect(lambda row: self.show_view(self.VIEWS[row]))

        self.group_combo = QComboBox(self)
        self.group_combo.setObjectName("groupCombo")
        self.group_combo.setMinimumContentsLength(28)
        self.group_combo.setToolTip(self.tr("The working group you are working on (Ctrl+G)"))
        self.group_combo.currentIndexChanged.connect(self._on_group_picked)
        self.chair_label = QLabel(self)
        self.chair_label.setObjectName("statusChairLabel")
        self.sync_label = QLabel(self.tr("Sync: not set up"), self)
        self.sync_label.setObjectName("syncLabel")
        self.statusBar().addWidget(self.chair_label, 1)
        self.statusBar().addPermanentWidget(self.sync_label)

        self._build_actions()
        self._restore_geometry()
        self._on_workspace_changed()

    # -- menus and actions ---------------------------------------------------

    def _build_actions(self) -> None:
        def action(text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None) -> QAction:
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            return act

        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(action(self.tr("&New Workspace…"), self.new_workspace, "Ctrl+Shift+N"))
        file_menu.addAction(action(self.tr("&Open Workspace…"), self.open_workspace_file, QKeySequence.StandardKey.Open))
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(action(self.tr("Load the &Example Workspace"), self.load_example))
        file_menu.addSeparator()
        file_menu.addAction(action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.controller.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.controller.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(action(self.tr("&Trash…"), self.show_trash, "Ctrl+Shift+T"))

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for number, name in enumerate(self.VIEWS, start=1):
            go_menu.addAction(action(self._titles[name], lambda _checked=False, n=name: self.show_view(n), f"Ctrl+{number}"))
        go_menu.addSeparator()
        go_menu.addAction(action(self.tr("Choose &Working Group"), self._focus_group_combo, "Ctrl+G"))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(action(self.tr("&About ChairDesk"), self._about))

        toolbar = QToolBar(self.tr("Main"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr(" Working group: "), self))
        toolbar.addWidget(self.group_combo)
        toolbar.addSeparator()
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        self.addToolBar(toolbar)

    def show_trash(self) -> None:
        from chairdesk.gui.trash import TrashDialog

        if getattr(self, "trash_dialog", None) is None:
            self.trash_dialog = TrashDialog(self.controller, self)
        self.trash_dialog.refresh()
        self.trash_dialog.show()
        self.trash_dialog.raise_()

    def _focus_group_combo(self) -> None:
        self.group_combo.setFocus()
        self.group_combo.showPopup()

    def _about(self) -> None:
        QMessageBox.about(
            self, self.tr("About ChairDesk"),
            self.tr("ChairDesk {version}\nThe desk of an inter-agency working group's chair.").format(version=__version__),
        )

    # -- views -----------------------------------------------------------------

    def view(self, name: str) -> QWidget:
        """The view called `name`, created the first time it is needed."""
        if name not in self.views:
            from chairdesk.gui.views import composition, dashboard, meetings, reports, sync, workplan

            classes = {
                "dashboard": dashboard.DashboardView,
                "meetings": meetings.MeetingsView,
                "workplan": workplan.WorkPlanView,
                "composition": composition.CompositionView,
                "reports": reports.ReportsView,
                "sync": sync.SyncView,
            }
            widget = classes[name](self.controller, self.pages)
            widget.setObjectName(f"{name}View")
            self.views[name] = widget
            self.pages.addWidget(widget)
        return self.views[name]

    def show_view(self, name: str) -> None:
        self.pages.setCurrentWidget(self.view(name))
        row = self.VIEWS.index(name)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        QSettings().setValue("mainWindow/view", name)

    def current_view_name(self) -> str | None:
        current = self.pages.currentWidget()
        return next((n for n, w in self.views.items() if w is current), None)

    # -- workspace and group ---------------------------------------------------

    def _on_workspace_changed(self) -> None:
        ws = self.controller.workspace
        _remember_recent(ws.path)
        with self.controller.read() as session:
            name = session.get(WorkspaceInfo, "name")
        title = name.value if name else ws.path.stem
        self.setWindowTitle(self.tr("{title} — ChairDesk").format(title=title))
        self._fill_groups()

    def _fill_groups(self) -> None:
        with self.controller.read() as session:
            groups = group_overviews(session, self.controller.today())
        wanted = self.controller.group_id or QSettings().value(f"groups/{_settings_key(self.controller.workspace.path)}")
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        for g in groups:
            self.group_combo.addItem(f"{g.acronym} — {g.name}", g.id)
        index = max(0, self.group_combo.findData(wanted))
        self.group_combo.setCurrentIndex(index if groups else -1)
        self.group_combo.blockSignals(False)
        has_groups = bool(groups)
        self.nav.setEnabled(has_groups or self.current_view_name() == "composition")
        self.controller.set_group(self.group_combo.currentData() if has_groups else None)
        if not has_groups and self.current_view_name() != "composition":
            self.pages.setCurrentWidget(self.welcome_page)
        elif self.pages.currentWidget() is self.welcome_page:
            self.show_view(QSettings().value("mainWindow/view", "dashboard") or "dashboard")
        self._update_chair()

    def _on_group_picked(self, index: int) -> None:
        group_id = self.group_combo.itemData(index)
        QSettings().setValue(f"groups/{_settings_key(self.controller.workspace.path)}", group_id)
        self.controller.set_group(group_id)

    def _on_group_changed(self, group_id: str | None) -> None:
        # A view (or undo) may switch the group; keep the switcher in step with it.
        index = self.group_combo.findData(group_id)
        if index >= 0 and index != self.group_combo.currentIndex():
            self.group_combo.blockSignals(True)
            self.group_combo.setCurrentIndex(index)
            self.group_combo.blockSignals(False)
            if self.controller.workspace is not None:
                QSettings().setValue(f"groups/{_settings_key(self.controller.workspace.path)}", group_id)
        self._update_chair()

    def _on_data_changed(self, tables: set[str]) -> None:
        if not tables or tables & {"working_group", "chair_term", "workspace_info"}:
            self._fill_groups()

    def _update_chair(self) -> None:
        group_id = self.controller.group_id
        if group_id is None:
            self.chair_label.setText("")
            return
        from chairdesk.domain.rotations import chair_on, next_handover

        today = self.controller.today()
        with self.controller.read() as session:
            terms = chair_terms(session, group_id)
        chair = chair_on(terms, today)
        upcoming = next_handover(terms, today)
        text = self.tr("Chair: {entity}").format(entity=chair) if chair else self.tr("Chair: none today")
        if upcoming is not None:
            text += self.tr(" · next: {entity} from {date}").format(entity=upcoming.entity, date=un_date(upcoming.start))
        self.chair_label.setText(text)

    def switch_workspace(self, path: Path) -> bool:
        try:
            workspace = open_workspace(path, backups_dir(data_dir()))
        except WorkspaceError as exc:
            self.statusBar().showMessage(str(exc), 10_000)
            return False
        self.controller.set_workspace(workspace)
        return True

    def new_workspace(self) -> None:
        path = WorkspaceFileDialog.ask_new(self)
        if path is None:
            return
        if path.exists():
            self.statusBar().showMessage(self.tr("{path} already exists; open it instead.").format(path=path), 10_000)
            return
        if self.switch_workspace(path):
            self.show_view("composition")

    def open_workspace_file(self) -> None:
        path = WorkspaceFileDialog.ask_open(self)
        if path is not None:
            self.switch_workspace(path)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in recent_workspaces():
            act = self.recent_menu.addAction(str(path))
            act.triggered.connect(lambda _checked=False, p=path: self.switch_workspace(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def load_example(self) -> None:
        """Load the demo off the UI thread; views refresh when it is in."""
        workspace = self.controller.workspace

        def work(progress):  # noqa: ANN001, ANN202
            from chairdesk.store.demo import load_demo  # pydantic: only when needed

            progress(0, 0, self.tr("Loading the example workspace…"))
            with workspace.transaction() as session:
                return load_demo(session)

        task = run_task(self, self.tr("Loading the example workspace…"), work)
        self._tasks.append(task)
        task.succeeded.connect(self._example_loaded)
        task.failed.connect(lambda message, _details: self.statusBar().showMessage(message, 10_000))
        task.finished.connect(lambda: self._tasks.remove(task))

    def _example_loaded(self, report: object) -> None:
        log.info("loaded the example workspace: %s", getattr(report, "summary", lambda: "")())
        self.controller.reload()
        self.statusBar().showMessage(self.tr("The example workspace is loaded."), 5000)

    # -- window state -----------------------------------------------------------

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        # Text being typed is saved when its field loses focus: make that happen now.
        focused = QApplication.focusWidget()
        if focused is not None:
            focused.clearFocus()
        settings = QSettings()
        settings.setValue("mainWindow/geometry", self.saveGeometry())
        settings.setValue("lastWorkspace", str(self.controller.workspace.path))
        super().closeEvent(event)


def _settings_key(path: Path) -> str:
    import hashlib

    return hashlib.sha1(str(path).encode()).hexdigest()[:12]


def recent_workspaces() -> list[Path]:
    value = QSettings().value("recentWorkspaces") or []
    paths = [value] if isinstance(value, str) else list(value)
    return [Path(p) for p in paths if Path(p).exists()]


def _remember_recent(path: Path) -> None:
    paths = [str(path)] + [str(p) for p in recent_workspaces() if p != path]
    QSettings().setValue("recentWorkspaces", paths[:MAX_RECENT])


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    details = "".join(traceback.format_exception(kind, error, tb))
    log.error("unexpected error:\n%s", details)
    if QApplication.instance() is not None:
        box = QMessageBox(QMessageBox.Icon.Critical, APPLICATION, str(error) or kind.__name__)
        box.setInformativeText(
            QCoreApplication.translate("app", "ChairDesk keeps running. The details are in the log file.")
        )
        box.setDetailedText(details)
        copy = box.addButton(QCoreApplication.translate("app", "Copy details"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
        box.exec()
    else:
        sys.__excepthook__(kind, error, tb)


def run(workspace_path: Path | None, backups: Path) -> int:
    """Open the application on `workspace_path` (None: the last one used, else the default)."""
    sys.excepthook = _excepthook
    log_file = setup_logging(backups.parent)
    log.info("ChairDesk %s starting; log at %s", __version__, log_file)
    if workspace_path is None:
        last = QSettings(ORGANIZATION, APPLICATION).value("lastWorkspace")
        workspace_path = Path(last) if last and Path(last).exists() else backups.parent / "workspace.sqlite3"
    try:
        workspace = open_workspace(workspace_path, backups)
    except WorkspaceError as exc:
        print(f"chairdesk: {exc}", file=sys.stderr)
        _application()
        QMessageBox.critical(None, APPLICATION, str(exc))
        return 2
    app = _application()
    window = MainWindow(workspace)
    window.show()
    try:
        return app.exec()
    finally:
        window.controller.workspace.close()


def _application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    return app
