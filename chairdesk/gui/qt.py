"""Every Qt name the application uses comes from here (as Anki's aqt.qt does).

One place that names the binding (PySide6) and the Qt modules we use: the
PyInstaller build ships these and excludes the rest. Views write
`from chairdesk.gui.qt import QTableView, Signal, ...`.

Names are looked up on first use (PEP 562) rather than star-imported: a star
import makes PySide6 build every enum of QtCore, QtGui and QtWidgets, about
0.2 s of start-up (tests/benchmarks, startup_ratio).
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtUiTools import QUiLoader  # noqa: F401 - re-exported

# The star imports' order: a later module's name won (Qt, qFuzzyCompare are in several).
_MODULES = (QtWidgets, QtGui, QtCore)


def __getattr__(name: str) -> object:
    for module in _MODULES:
        try:
            value = getattr(module, name)
        except AttributeError:
            continue
        globals()[name] = value  # found once, then a plain module attribute
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
