"""Every Qt name the application uses, imported in one place.

Keeps the binding (PySide6) and the set of Qt modules we ship in one spot:
the PyInstaller build excludes everything not imported here.
"""

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QFile,
    QIODevice,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

__all__ = [
    "QAbstractTableModel",
    "QAction",
    "QApplication",
    "QCoreApplication",
    "QFile",
    "QHeaderView",
    "QIODevice",
    "QKeySequence",
    "QLabel",
    "QMainWindow",
    "QMessageBox",
    "QModelIndex",
    "QObject",
    "QPersistentModelIndex",
    "QPushButton",
    "QSettings",
    "QSortFilterProxyModel",
    "QTableView",
    "QUiLoader",
    "QWidget",
    "Qt",
    "Signal",
    "Slot",
]
