"""Loading the Designer forms in ui/ (one helper, also used by the frozen build)."""

from __future__ import annotations

from chairdesk.gui.qt import QCoreApplication, QFile, QIODevice, QUiLoader, QWidget
from chairdesk.paths import ui_path


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """The widget described by ui/<name>; its children are found by objectName."""
    path = ui_path(name)
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"cannot open the form {path}")
    try:
        loader = _loader()
        loader.setLanguageChangeEnabled(True)  # the form's texts follow a change of language
        widget = loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"the form {path} could not be loaded")
    return widget


def _loader() -> QUiLoader:
    """A form loader that does not load Designer's plugins.

    QUiLoader loads every plugin in the library paths' designer/ folders when it is
    made (QtQuick and WebEngine views among them: ~10 ms of start-up); the forms use
    Qt's own widgets only.
    """
    library_paths = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([])
    try:
        return QUiLoader()
    finally:
        QCoreApplication.setLibraryPaths(library_paths)
