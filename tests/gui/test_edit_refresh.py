"""Edits in the Meetings editor show where the chair looks: the row and the field."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from sqlalchemy import insert, select

from chairdesk.domain.vocabulary import MeetingKind, MeetingMode
from chairdesk.gui.controller import AppController
from chairdesk.gui.views.meetings import MeetingsView
from chairdesk.gui.views.meetings.labels import ID_ROLE
from chairdesk.store import meeting_queries as q
from chairdesk.store.demo import load_demo
from chairdesk.store.models import Meeting, new_id
from chairdesk.store.queries import group_by_acronym

TODAY = date(2022, 8, 15)
SEPTEMBER = datetime(2022, 9, 28, 14, 0)


@pytest.fixture(autouse=True)
def english_24_hour_clock():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def demo(workspace):
    """The demo, with sixty more ETCIP meetings in earlier years: a list that scrolls."""
    with workspace.transaction() as s:
        load_demo(s)
        etcip = group_by_acronym(s, "ETCIP").id
        first = datetime(2010, 1, 6, 10, 0)
        s.execute(
            insert(Meeting),
            [
                {
                    "id": new_id(),
                    "group_id": etcip,
                    "title": f"Earlier meeting {n:02}",
                    "start": first + timedelta(weeks=n),
                    "end": first + timedelta(weeks=n, hours=1),
                    "kind": MeetingKind.REGULAR,
                    "mode": MeetingMode.VIRTUAL,
                    "location": None,
                    "summary": "",
                    "deleted": False,
                }
                for n in range(60)
            ],
        )
    return workspace


def _controller(workspace, group: str = "ETCIP") -> AppController:
    controller = AppController(workspace, today=lambda: TODAY)
    with workspace.read() as s:
        controller.set_group(group_by_acronym(s, group).id)
    return controller


def _meetings(qtbot, workspace) -> MeetingsView:
    view = MeetingsView(_controller(workspace))
    qtbot.addWidget(view)
    view.resize(1200, 560)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    return view


def _meeting_id(workspace, start: datetime = SEPTEMBER) -> str:
    with workspace.read() as s:
        return s.scalars(select(Meeting.id).where(Meeting.start == start)).one()


def _row_title(view: MeetingsView, meeting_id: str) -> str | None:
    """The title the table shows for the meeting (None: no row shows it)."""
    title = view.model.column("title")
    for row in range(view.proxy.rowCount()):
        if view.proxy.index(row, 0).data(ID_ROLE) == meeting_id:
            return view.proxy.index(row, title).data()
    return None


def _shown(view: MeetingsView) -> tuple[str | None, str | None, str | None]:
    """(the title in the chosen row, in the editor's field, the meeting the table's current row is)."""
    current = view.table.currentIndex()
    row_title = (
        view.proxy.index(current.row(), view.model.column("title")).data()
        if current.isValid()
        else None
    )
    return row_title, view.editor.header.title_edit.text(), current.data(ID_ROLE)


def _type_title(qtbot, view: MeetingsView, title: str) -> None:
    edit = view.editor.header.title_edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, title)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


# -- the Meetings view ---------------------------------------------------------------------------------


def test_an_undo_while_the_title_field_has_the_focus_shows_the_old_title_there(qtbot, demo) -> None:
    """Committed with Return, then Edit → Undo: the field shows the old title, and leaving it
    saves nothing (it did not hold the chair's typing any more)."""
    view = _meetings(qtbot, demo)
    meeting_id = _meeting_id(demo)
    edit = view.editor.header.title_edit
    old = edit.text()
    _type_title(qtbot, view, "Renamed in a hurry")
    assert edit.hasFocus()
    view.controller.undo_stack.undo()
    assert _shown(view) == (old, old, meeting_id)
    view.table.setFocus()
    qtbot.waitUntil(lambda: not edit.hasFocus())
    with demo.read() as s:
        assert q.meeting_detail(s, meeting_id).title == old
    stack = view.controller.undo_stack
    assert (stack.count(), stack.index()) == (1, 0)
