"""Every Qt name the application uses comes from here (as Anki's aqt.qt does).

One place that names the binding (PySide6) and the Qt modules we use: the
PyInstaller build ships these and excludes the rest. Views write
`from chairdesk.gui.qt import QTableView, Signal, ...`.
"""

# ruff: noqa: F401, F403
from PySide6.QtCore import *
from PySide6.QtGui import *
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import *
