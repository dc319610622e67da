"""Every Qt name the application uses comes from here (as Anki's aqt.qt does).

One place that names the binding (PySide6) and the Qt modules we use: the
PyInstaller build ships these and excludes the rest. Views write
`from chairdesk.gui.qt import QTableView, Signal, ...`.

Names are looked up on first use (PEP 562) rather than star-imported: a star
import makes PySide6 build every enum of QtCore, QtGui and QtWidgets, about
0.2 s of start-up (tests/benchmarks, startup_ratio).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtUiTools import QUiLoader  # noqa: F401 - re-exported


def _spare_the_feature_scan() -> None:
    """Tell PySide6 that no ChairDesk module selects a feature, so it need not read them.

    PySide6's import hook (for `from __feature__ import snake_case`) reads the whole source
    of every module imported after PySide6, once, to see whether it names the binding:
    about 15 ms of start-up for what ChairDesk imports (tests/benchmarks, startup_ratio).
    No module here selects a feature, so the modules loaded so far and ChairDesk's own are
    entered in the hook's table as not using one (-1) before they are imported. A PySide6
    without that table simply reads them, as before.
    """
    try:
        from PySide6.support import feature

        table = feature.pyside_feature_dict
    except (ImportError, AttributeError):
        return
    names = list(sys.modules)
    package = Path(__file__).resolve().parent.parent  # chairdesk/ (absent when frozen: no sources)
    for source in package.glob("**/*.py"):
        parts = source.relative_to(package.parent).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    for name in names:
        table.setdefault(name, -1)


_spare_the_feature_scan()

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
