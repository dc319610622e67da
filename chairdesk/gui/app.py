"""The main window: a shell of menus, toolbar, the view stack, notices and the status bar.

The workspace's life cycle (opening, switching, today's backup, what is wrong with the file,
the sync runner) is the controller's session (chairdesk.gui.workspace_session); the window
asks it and shows what it says. Start-up is chairdesk.gui.startup.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from chairdesk import __version__
from chairdesk.gui.controller import AppController, workspace_settings_key
from chairdesk.gui.dialogs.workspace_file import WorkspaceFileDialog
from chairdesk.gui.forms import load_form
from chairdesk.gui.i18n import install_language
from chairdesk.gui.qt import (
    QAction,
    QApplication,
    QComboBox,
    QEvent,
    QKeySequence,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSettings,
    QSizePolicy,
    QStackedWidget,
    Qt,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from chairdesk.gui.window_notices import (
    AsAtBar,
    ChairStatusLabel,
    SyncStatusLabel,
    WorkspaceProblemBar,
)
from chairdesk.gui.workspace_session import recent_workspaces
from chairdesk.store.database import Workspace
from chairdesk.store.queries import group_choices

log = logging.getLogger(__name__)

__all__ = ["MainWindow", "WorkspaceFileDialog"]


class MainWindow(QMainWindow):
    """Navigation between the views, the working-group switcher, menus and status bar."""

    VIEWS = ("dashboard", "meetings", "workplan", "composition", "reports", "sync", "review")

    def __init__(self, workspace: Workspace, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.controller = AppController(workspace, today, self)
        self.controller.changed.connect(self._on_data_changed)
        self.controller.groupChanged.connect(self._on_group_changed)
        # Connected before the window's own slots: the session has checked a newly opened
        # file and suggested its day by the time the window reads them.
        self.session = self.controller.start_session(self)
        self.controller.workspaceChanged.connect(self._on_workspace_changed)
        self.session.said.connect(self.statusBar().showMessage)
        self.session.unsaid.connect(self._unsay)

        self._build_pages()
        content = self.main_view.findChild(QVBoxLayout, "contentLayout")
        self.problem_bar = WorkspaceProblemBar(self.main_view)
        self.problem_bar.restoreRequested.connect(self.restore_from_backup)
        content.insertWidget(0, self.problem_bar)
        self.as_at_bar = AsAtBar(self.controller, self.main_view)
        content.insertWidget(1, self.as_at_bar)

        self._build_group_switcher()
        self.chair_label = ChairStatusLabel(self.controller, self)
        self.as_at_bar.shown.connect(self.chair_label.show_chair)
        self.statusBar().addWidget(self.chair_label, 1)
        self.sync_runner = self.session.start()
        self.sync_label = SyncStatusLabel(self.sync_runner, self)
        self.statusBar().addPermanentWidget(self.sync_label)

        self._build_actions()
        self._restore_geometry()
        self.session.problemChanged.connect(self.problem_bar.show_problem)
        self.problem_bar.show_problem(self.session.problem)
        self._on_workspace_changed()

    def _build_pages(self) -> None:
        """The form: the navigation, the pages, and the welcome page's ways to begin."""
        self.main_view = load_form("main_window.ui", self)
        self.setCentralWidget(self.main_view)
        self.nav: QListWidget = self.main_view.findChild(QListWidget, "navList")
        self.pages: QStackedWidget = self.main_view.findChild(QStackedWidget, "pages")
        self.welcome_page: QWidget = self.main_view.findChild(QWidget, "welcomePage")
        self.open_example_button: QPushButton = self.main_view.findChild(
            QPushButton, "openExampleButton"
        )
        self.start_own_button: QPushButton = self.main_view.findChild(QPushButton, "startOwnButton")
        self.new_workspace_button: QPushButton = self.main_view.findChild(
            QPushButton, "newWorkspaceButton"
        )
        self.open_example_button.clicked.connect(self.load_example)
        self.start_own_button.clicked.connect(lambda: self.show_view("composition"))
        self.join_folder_button: QPushButton = self.main_view.findChild(
            QPushButton, "joinFolderButton"
        )
        self.join_folder_button.clicked.connect(lambda: self.show_view("sync"))
        self.secretariat_button: QPushButton = self.main_view.findChild(
            QPushButton, "secretariatButton"
        )
        self.secretariat_button.clicked.connect(lambda: self.show_view("review"))
        self.new_workspace_button.clicked.connect(self.new_workspace)
        self.views: dict[str, QWidget] = {}
        self._titles = self._view_titles()
        for name in self.VIEWS:
            self.nav.addItem(self._titles[name])
        self.nav.currentRowChanged.connect(lambda row: self.show_view(self.VIEWS[row]))

    def _build_group_switcher(self) -> None:
        self.group_combo = QComboBox(self)
        self.group_combo.setObjectName("groupCombo")
        # As wide as the toolbar allows whatever the groups' names, even when they arrive after
        # the window is shown (the example loaded, a shared folder joined); never wider.
        self.group_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.group_combo.setMinimumContentsLength(28)
        self.group_combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.group_combo.setToolTip(self.tr("The working group you are working on (Ctrl+G)"))
        self.group_combo.currentIndexChanged.connect(self._on_group_picked)

    # -- menus and actions ---------------------------------------------------

    def _build_actions(self) -> None:
        self._built_actions: list[QAction] = []  # deleted and built again on a language change
        self._build_file_menu()
        self._build_edit_menu()
        self._build_go_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About ChairDesk"), self._about))
        self._build_toolbar()

    def _action(
        self, text: str, slot: Callable[[], object], shortcut: QKeySequence | str | None = None
    ) -> QAction:
        act = QAction(text, self)
        self._built_actions.append(act)
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        act.triggered.connect(slot)
        return act

    def _build_file_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(
            self._action(self.tr("&New Workspace…"), self.new_workspace, "Ctrl+Shift+N")
        )
        file_menu.addAction(
            self._action(
                self.tr("&Open Workspace…"), self.open_workspace_file, QKeySequence.StandardKey.Open
            )
        )
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("Load the &Example Workspace"), self.load_example))
        file_menu.addAction(
            self._action(self.tr("Restore from &Backup…"), self.restore_from_backup)
        )
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        )

    def _build_edit_menu(self) -> None:
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self.controller.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.controller.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(self.tr("&Trash…"), self.show_trash, "Ctrl+Shift+T"))
        self.history_action = self._action(
            self.tr("&History of the Selected Record…"), self.show_history, "Ctrl+H"
        )
        edit_menu.addAction(self.history_action)
        edit_menu.addSeparator()
        self.preferences_action = self._action(
            self.tr("&Preferences…"), self.show_settings, "Ctrl+,"
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        edit_menu.addAction(self.preferences_action)

    def _build_go_menu(self) -> None:
        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for number, name in enumerate(self.VIEWS, start=1):
            go_menu.addAction(
                self._action(
                    self._titles[name],
                    lambda _checked=False, n=name: self.show_view(n),
                    f"Ctrl+{number}",
                )
            )
        go_menu.addSeparator()
        go_menu.addAction(
            self._action(self.tr("Choose &Working Group"), self._focus_group_combo, "Ctrl+G")
        )
        go_menu.addAction(
            self._action(self.tr("See as at Another &Day…"), self.choose_as_at, "Ctrl+Shift+D")
        )

    def _build_toolbar(self) -> None:
        toolbar = self.findChild(QToolBar, "mainToolbar")
        if toolbar is None:  # built once: a language change renames it (retranslate)
            toolbar = QToolBar(self)
            toolbar.setObjectName("mainToolbar")
            toolbar.setMovable(False)
            self.group_label = QLabel(self)
            toolbar.addWidget(self.group_label)
            toolbar.addWidget(self.group_combo)
            toolbar.addSeparator()
        toolbar.setWindowTitle(self.tr("Main"))
        self.group_label.setText(self.tr(" Working group: "))
        toolbar.addAction(self.undo_action)
        toolbar.addAction(self.redo_action)
        self.addToolBar(toolbar)

    # -- language ----------------------------------------------------------------

    def changeEvent(self, event) -> None:  # noqa: ANN001, N802
        # Sent (once, however many translators changed) after i18n.install_language.
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_built_actions"):
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Show the window in the language just installed, without a restart.

        Menus and actions are built again, the navigation and the status bar renamed, and the
        views made anew (they are created lazily: the current one at once, the others when
        shown), so that every text, date and number is in the new language.
        """
        toolbar = self.findChild(QToolBar, "mainToolbar")
        for act in (self.undo_action, self.redo_action):
            toolbar.removeAction(act)
        for act in (*self._built_actions, self.undo_action, self.redo_action):
            act.deleteLater()
        for menu in self.menuBar().actions():
            if menu.menu() is not None:
                menu.menu().deleteLater()
        self.menuBar().clear()
        self._titles = self._view_titles()
        self._build_actions()
        for row, name in enumerate(self.VIEWS):
            self.nav.item(row).setText(self._titles[name])
        self.group_combo.setToolTip(self.tr("The working group you are working on (Ctrl+G)"))

        current = self.current_view_name()
        for widget in self.views.values():
            self.pages.removeWidget(widget)
            widget.deleteLater()
        self.views.clear()
        for name in ("trash_dialog",):
            dialog = getattr(self, name, None)
            if dialog is not None:
                setattr(self, name, None)
                dialog.deleteLater()
        if current is not None:
            self.show_view(current)
        self._on_workspace_changed()  # the window title, the chair in the status bar, the notices
        self.sync_label.show_state(self.sync_runner.status)
        # One met while working (a full disk) is said again, reworded.
        self.problem_bar.show_problem(self.session.problem)

    def show_trash(self) -> None:
        from chairdesk.gui.dialogs.trash import TrashDialog

        if getattr(self, "trash_dialog", None) is None:
            self.trash_dialog = TrashDialog(self.controller, self)
        self.trash_dialog.refresh()
        self.trash_dialog.show()
        self.trash_dialog.raise_()

    def show_history(self) -> None:
        """Which laptop changed the selected meeting or activity, and what each change replaced."""
        view = self.pages.currentWidget()
        record = view.current_record() if hasattr(view, "current_record") else None
        if record is None:
            self.statusBar().showMessage(
                self.tr("Select a meeting or an activity to see its history."), 5000
            )
            return
        from chairdesk.gui.dialogs.history import HistoryDialog

        if getattr(self, "history_dialog", None) is None:
            self.history_dialog = HistoryDialog(self.controller, self)
        self.history_dialog.show_record(*record)

    def _focus_group_combo(self) -> None:
        self.group_combo.setFocus()
        self.group_combo.showPopup()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About ChairDesk"),
            self.tr(
                "ChairDesk {version}\nThe desk of an inter-agency working group's chair."
            ).format(version=__version__),
        )

    # -- views -----------------------------------------------------------------

    def _view_titles(self) -> dict[str, str]:
        return {
            "dashboard": self.tr("Dashboard"),
            "meetings": self.tr("Meetings"),
            "workplan": self.tr("Work plan"),
            "composition": self.tr("Composition"),
            "reports": self.tr("Reports"),
            "review": self.tr("Year in Review"),
            "sync": self.tr("Sync"),
        }

    # Each view's class, in the module chairdesk.gui.views.<view name>.
    _VIEW_CLASSES = {
        "dashboard": "DashboardView",
        "meetings": "MeetingsView",
        "workplan": "WorkPlanView",
        "composition": "CompositionView",
        "reports": "ReportsView",
        "review": "ReviewView",
        "sync": "SyncView",
    }

    def view(self, name: str) -> QWidget:
        """The view called `name`, created the first time it is needed."""
        if name not in self.views:
            from importlib import import_module

            # Each view's module on first use: the Dashboard's charts (matplotlib) or the
            # Reports view's documents are not paid for at start-up when not on screen.
            view_class = getattr(
                import_module(f"chairdesk.gui.views.{name}"), self._VIEW_CLASSES[name]
            )
            widget = view_class(self.controller, self.pages)
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

    def show_workspace_problem(self, problem: Exception | None) -> None:
        """Say above the views what is wrong with the workspace file (None: nothing is)."""
        self.session.set_problem(problem)

    def choose_as_at(self) -> None:
        self.as_at_bar.choose()

    def _on_workspace_changed(self) -> None:
        title = self.session.name or self.controller.workspace.path.stem
        self.as_at_bar.reset()
        self.setWindowTitle(self.tr("{title} — ChairDesk").format(title=title))
        self._fill_groups()

    def _fill_groups(self) -> None:
        with self.controller.read_rows() as conn:
            groups = group_choices(conn)
        wanted = self.controller.group_id or QSettings().value(
            f"groups/{workspace_settings_key(self.controller.workspace.path)}"
        )
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        for group_id, acronym, name in groups:
            self.group_combo.addItem(f"{acronym} — {name}", group_id)
        index = max(0, self.group_combo.findData(wanted))
        self.group_combo.setCurrentIndex(index if groups else -1)
        self.group_combo.blockSignals(False)
        has_groups = bool(groups)
        # Without groups, only the views that can bring some are open: set one up, join a folder,
        # or import the groups' submissions (the secretariat's).
        setting_up = self.current_view_name() in ("composition", "sync", "review")
        self.nav.setEnabled(has_groups or setting_up)
        self.controller.set_group(self.group_combo.currentData() if has_groups else None)
        if not has_groups and not setting_up:
            self.pages.setCurrentWidget(self.welcome_page)
        elif self.pages.currentWidget() is self.welcome_page:
            self.show_view(QSettings().value("mainWindow/view", "dashboard") or "dashboard")
        self.chair_label.show_chair()

    def _on_group_picked(self, index: int) -> None:
        group_id = self.group_combo.itemData(index)
        QSettings().setValue(
            f"groups/{workspace_settings_key(self.controller.workspace.path)}", group_id
        )
        self.controller.set_group(group_id)

    def _on_group_changed(self, group_id: str | None) -> None:
        # A view (or undo) may switch the group; keep the switcher in step with it.
        index = self.group_combo.findData(group_id)
        if index >= 0 and index != self.group_combo.currentIndex():
            self.group_combo.blockSignals(True)
            self.group_combo.setCurrentIndex(index)
            self.group_combo.blockSignals(False)
            if self.controller.workspace is not None:
                QSettings().setValue(
                    f"groups/{workspace_settings_key(self.controller.workspace.path)}", group_id
                )
        self.chair_label.show_chair()

    def _on_data_changed(self, tables: set[str]) -> None:
        if not tables or tables & {"working_group", "chair_term", "workspace_info"}:
            self._fill_groups()

    def switch_workspace(self, path: Path) -> bool:
        return self.session.open(path)

    def new_workspace(self) -> None:
        path = WorkspaceFileDialog.ask_new(self)
        if path is not None and self.session.create(path):
            self.show_view("composition")

    def open_workspace_file(self) -> None:
        path = WorkspaceFileDialog.ask_open(self)
        if path is not None:
            self.session.open(path)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in recent_workspaces():
            act = self.recent_menu.addAction(str(path))
            act.triggered.connect(lambda _checked=False, p=path: self.session.open(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("(none)")).setEnabled(False)

    def load_example(self) -> None:
        self.session.load_example()

    def _unsay(self, text: str) -> None:
        if self.statusBar().currentMessage() == text:
            self.statusBar().clearMessage()

    # -- preferences and backups ---------------------------------------------------

    def show_settings(self) -> None:
        from chairdesk.gui.dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self, default_backups=self.session.default_backups)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.settings_dialog = dialog
        dialog.saved.connect(
            lambda prefs: install_language(QApplication.instance(), prefs.language)
        )
        dialog.open()

    def restore_from_backup(self) -> None:
        from chairdesk.gui.dialogs.restore import RestoreDialog

        dialog = RestoreDialog(self.controller, self.session.default_backups, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.restore_dialog = dialog
        dialog.open()

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
        self.session.finish_tasks()
        QSettings().setValue("mainWindow/geometry", self.saveGeometry())
        self.session.remember_last()
        super().closeEvent(event)
