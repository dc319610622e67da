"""Notices across the top of the window, and the words for a workspace that cannot be used.

A notice bar says something that stays true until the chair acts (the workspace is damaged
or read-only; the window shows another day than today), in the window, not in a dialog
that has to be dismissed. The store names what is wrong with a workspace file
(chairdesk.store.health, with its values); `workspace_problem_text` words it here, in the
interface's language.
"""

from __future__ import annotations

from chairdesk.gui.qt import QCoreApplication, QFrame, QHBoxLayout, QLabel, QSizePolicy, Qt, QWidget
from chairdesk.store.health import DiskProblem, SchemaMismatch, WorkspaceDamaged, WorkspaceReadOnly

_STYLES = {
    # Light backgrounds with dark text: readable in light and dark themes alike.
    "problem": "QFrame#{name} {{ background: #fbe9e7; border-bottom: 1px solid #b3261e; }}"
    " QFrame#{name} QLabel {{ color: #5f1410; }}",
    "notice": "QFrame#{name} {{ background: #fff4d6; border-bottom: 1px solid #c99a2e; }}"
    " QFrame#{name} QLabel {{ color: #4a3a10; }}",
}


class NoticeBar(QFrame):
    """A line of text with the widgets that act on it, hidden until there is something to say."""

    def __init__(self, name: str, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet(_STYLES[kind].format(name=name))
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(12, 6, 12, 6)
        self.label = QLabel(self)
        self.label.setObjectName(f"{name}Label")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.layout_.addWidget(self.label, 1)
        self.hide()

    def add(self, widget: QWidget) -> QWidget:
        self.layout_.addWidget(widget)
        return widget

    def text(self) -> str:
        return self.label.text()


def workspace_problem_text(error: Exception, *, in_window: bool = True) -> str:
    """One sentence for people: what is wrong with the workspace file, and what to do.

    `in_window`: said in the main window, where File → Restore from Backup… is at hand;
    otherwise (at start-up, before any window) the command line's restore is named.
    """
    # Spelled out, QCoreApplication.translate("workspace", ...), so that lupdate finds them.
    if isinstance(error, WorkspaceDamaged):
        return QCoreApplication.translate(
            "workspace",
            "{path} is damaged ({detail}). ChairDesk will not save changes to it, so that nothing "
            "more is lost: restore it from a backup with File → Restore from Backup… (a copy of the "
            "damaged file is kept).",
        ).format(path=error.path, detail=error.detail)
    if isinstance(error, WorkspaceReadOnly) and error.folder:
        return QCoreApplication.translate(
            "workspace",
            "ChairDesk cannot write in {folder}, the folder of {name}: it needs to, even to read it. "
            "Make the folder writable, or copy the workspace to a folder of yours and open the copy.",
        ).format(folder=error.path.parent, name=error.path.name)
    if isinstance(error, WorkspaceReadOnly):
        return QCoreApplication.translate(
            "workspace",
            "{path} is read-only: you can look at it, but changes cannot be saved. Make the file "
            "writable, or copy it to a folder of yours and open the copy (File → Open Workspace…).",
        ).format(path=error.path)
    if isinstance(error, SchemaMismatch):
        if in_window:
            restore = QCoreApplication.translate(
                "workspace", "restore it from a backup with File → Restore from Backup…"
            )
        else:
            restore = QCoreApplication.translate(
                "workspace",
                'restore it from a backup: chairdesk --workspace "{path}" restore BACKUP',
            ).format(path=error.path)
        return QCoreApplication.translate(
            "workspace",
            "{path}: its tables do not match its schema version {revision} ({detail}); the file was "
            "left untouched. It was changed outside ChairDesk: {restore}.",
        ).format(
            path=error.path, revision=error.revision or "—", detail=error.detail, restore=restore
        )
    if isinstance(error, DiskProblem) and error.full:
        return QCoreApplication.translate(
            "workspace",
            "The disk holding {path} is full: nothing was saved. Free some space and try again.",
        ).format(path=error.path)
    if isinstance(error, DiskProblem):
        return QCoreApplication.translate(
            "workspace",
            "{path} could not be read or written ({detail}): nothing was saved. Check the disk, or "
            "the network drive it is on, and try again.",
        ).format(path=error.path, detail=error.detail)
    return str(error) or type(error).__name__
