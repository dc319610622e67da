"""Loading the Designer forms in ui/ (one helper, also used by the frozen build)."""

from __future__ import annotations

from chairdesk.gui.qt import QFile, QIODevice, QUiLoader, QWidget
from chairdesk.paths import ui_path


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """The widget described by ui/<name>; its children are found by objectName."""
    path = ui_path(name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"cannot open the form {path}")
    try:
        loader = QUiLoader()
        loader.setLanguageChangeEnabled(True)  # the form's texts follow a change of language
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"the form {path} could not be loaded")
    return widget
