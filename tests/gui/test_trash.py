"""The trash window restores a deleted record as one undoable step."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from sqlalchemy import select

from chairdesk.gui.controller import AppController
from chairdesk.gui.dialogs.trash import TrashDialog
from chairdesk.store.demo import load_demo
from chairdesk.store.models import Meeting


def test_restore_from_the_trash_and_undo(qtbot, qtmodeltester, workspace) -> None:
    with workspace.transaction() as session:
        load_demo(session)
    controller = AppController(workspace, today=lambda: date(2022, 8, 15))
    with workspace.read() as session:
        meeting = session.scalars(select(Meeting).order_by(Meeting.start)).first()
        meeting_id, title = meeting.id, meeting.title
    controller.perform(
        "Delete meeting", lambda s: setattr(s.get(Meeting, meeting_id), "deleted", True)
    )

    dialog = TrashDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    qtmodeltester.check(dialog.model)
    assert dialog.proxy.rowCount() == 1
    assert title in dialog.proxy.index(0, 2).data()

    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.proxy.rowCount() == 0
    with workspace.read() as session:
        assert session.get(Meeting, meeting_id).deleted is False

    controller.undo_stack.undo()  # the restore is undone: back in the trash
    assert dialog.proxy.rowCount() == 1
    with workspace.read() as session:
        assert session.get(Meeting, meeting_id).deleted is True


def test_an_empty_trash_says_so_until_something_is_deleted(qtbot, workspace) -> None:
    with workspace.transaction() as session:
        load_demo(session)
    controller = AppController(workspace, today=lambda: date(2022, 8, 15))
    dialog = TrashDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.message_label.text() == "Nothing is in the trash."
    with workspace.read() as session:
        meeting_id = session.scalars(select(Meeting.id)).first()
    controller.perform(
        "Delete meeting", lambda s: setattr(s.get(Meeting, meeting_id), "deleted", True)
    )
    assert dialog.proxy.rowCount() == 1 and dialog.message_label.text() == ""


def test_a_refused_restore_says_why_in_the_window(qtbot, workspace) -> None:
    with workspace.transaction() as session:
        load_demo(session)
    controller = AppController(workspace, today=lambda: date(2022, 8, 15))
    with workspace.read() as session:
        meeting_id = session.scalars(select(Meeting.id)).first()
    controller.perform(
        "Delete meeting", lambda s: setattr(s.get(Meeting, meeting_id), "deleted", True)
    )
    dialog = TrashDialog(controller)
    qtbot.addWidget(dialog)
    dialog.show()
    # Restored meanwhile by another laptop's round, before the window heard of it.
    with workspace.transaction() as session:
        session.get(Meeting, meeting_id).deleted = False
    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.message_label.isVisible() and "is not in the trash" in dialog.message_label.text()
    assert controller.undo_stack.count() == 1, "nothing more to undo than the deletion"
