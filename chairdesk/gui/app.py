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
from chairdesk.gui.forms import load_form
from chairdesk.gui.models import SORT_ROLE, GroupsModel
from chairdesk.gui.qt import (
    QAction,
    QApplication,
    QCoreApplication,
    QHeaderView,
    QKeySequence,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    QTableView,
    QWidget,
)
from chairdesk.store.database import Workspace, WorkspaceError, open_workspace
from chairdesk.store.demo import load_demo
from chairdesk.store.models import WorkspaceInfo
from chairdesk.store.queries import group_overviews

log = logging.getLogger(__name__)

ORGANIZATION = "ChairDesk"
APPLICATION = "ChairDesk"


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.workspace = workspace
        self._today = today
        self.setObjectName("MainWindow")

        self.groups_view = load_form("groups_view.ui", self)
        self.setCentralWidget(self.groups_view)
        self.groups_model = GroupsModel(self)
        self.groups_proxy = QSortFilterProxyModel(self)
        self.groups_proxy.setSourceModel(self.groups_model)
        self.groups_proxy.setSortRole(SORT_ROLE)
        self.groups_table: QTableView = self.groups_view.findChild(QTableView, "groupsTable")
        self.groups_table.setModel(self.groups_proxy)
        self.groups_table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.groups_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(GroupsModel.COLUMNS.index("name"), QHeaderView.ResizeMode.Stretch)
        self.first_start_panel: QWidget = self.groups_view.findChild(QWidget, "firstStartPanel")
        self.load_demo_button: QPushButton = self.groups_view.findChild(QPushButton, "loadDemoButton")
        self.load_demo_button.clicked.connect(self.load_demo)

        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)

        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(quit_action)

        self._restore_geometry()
        self.refresh()

    def refresh(self) -> None:
        with self.workspace.read() as session:
            rows = group_overviews(session, self._today())
            name = session.get(WorkspaceInfo, "name")
        self.groups_model.set_rows(rows)
        self.first_start_panel.setVisible(not rows)
        title = name.value if name else self.workspace.path.name
        self.setWindowTitle(self.tr("{title} — ChairDesk").format(title=title))
        self.status_label.setText(
            self.tr("{count} working groups · {path}").format(count=len(rows), path=self.workspace.path)
        )

    def load_demo(self) -> None:
        with self.workspace.transaction() as session:
            report = load_demo(session)
        log.info("loaded the demo workspace: %s", report.summary())
        self.refresh()
        self.statusBar().showMessage(self.tr("The example workspace is loaded."), 5000)

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("mainWindow/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1000, 600)

    def closeEvent(self, event) -> None:  # noqa: ANN001, N802
        QSettings().setValue("mainWindow/geometry", self.saveGeometry())
        super().closeEvent(event)


def _excepthook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    details = "".join(traceback.format_exception(kind, error, tb))
    log.error("unexpected error:\n%s", details)
    if QApplication.instance() is not None:
        box = QMessageBox(QMessageBox.Icon.Critical, APPLICATION, str(error) or kind.__name__)
        box.setInformativeText(
            QCoreApplication.translate("app", "ChairDesk keeps running. The details are in the log file.")
        )
        box.setDetailedText(details)
        box.exec()
    else:
        sys.__excepthook__(kind, error, tb)


def run(workspace_path: Path, backups: Path) -> int:
    sys.excepthook = _excepthook
    log_file = setup_logging(backups.parent)
    log.info("ChairDesk %s starting; log at %s", __version__, log_file)
    try:
        workspace = open_workspace(workspace_path, backups)
    except WorkspaceError as exc:
        print(f"chairdesk: {exc}", file=sys.stderr)
        app = QApplication.instance() or QApplication(sys.argv)
        QMessageBox.critical(None, APPLICATION, str(exc))
        return 2
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    window = MainWindow(workspace)
    window.show()
    try:
        return app.exec()
    finally:
        workspace.close()
