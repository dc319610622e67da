"""The Sync view's questions: add this workspace's records when joining? this laptop's new name?

Each behind a classmethod that tests replace; their words keep the Sync view's context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from chairdesk.gui.qt import QCoreApplication, QInputDialog, QLineEdit, QMessageBox, QWidget

if TYPE_CHECKING:
    from chairdesk.gui.views.sync import SyncView


class JoinQuestion:
    """Whether to add this workspace's own records when joining (a classmethod tests replace)."""

    @classmethod
    def add_local(cls, parent: SyncView, refused: Any) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("SyncView", "Join the Shared Folder"),
            parent.join_question(refused),
            parent=parent,
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "SyncView",
                "Joining adds this workspace's records to the shared one, side by side with its own: "
                "a group that both have set up would be there twice. To take part without adding anything, "
                "join from a new, empty workspace (File → New Workspace).",
            )
        )
        add = box.addButton(
            QCoreApplication.translate("SyncView", "Add My Records and Join"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is add


class DeviceNameDialog:
    """The new name for "Rename…", behind a classmethod that tests replace."""

    @classmethod
    def ask(cls, parent: QWidget, current: str) -> str | None:
        name, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("SyncView", "Rename This Laptop"),
            QCoreApplication.translate("SyncView", "The name the other laptops see:"),
            QLineEdit.EchoMode.Normal,
            current,
        )
        return name if ok else None
