"""The Meetings view with real widgets: what the tables show and what the database holds."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLineEdit,
    QSpinBox,
    QToolButton,
)
from sqlalchemy import event, insert, select

from chairdesk.domain.vocabulary import ActionStatus, MeetingKind, MeetingMode, Pillar
from chairdesk.gui.dialogs.duplicate_meeting import DuplicateChoices, DuplicateMeetingDialog
from chairdesk.gui.dialogs.new_meeting import NewMeetingChoices, NewMeetingDialog
from chairdesk.gui.inline import FIELD_ERROR_STYLE
from chairdesk.gui.views.meetings import MeetingsView
from chairdesk.gui.views.meetings.labels import ID_ROLE
from chairdesk.gui.views.meetings.list_model import MeetingListModel
from chairdesk.store import meeting_queries as q
from chairdesk.store.demo import load_demo
from chairdesk.store.models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Entity,
    Meeting,
    WorkingGroup,
    new_id,
)
from chairdesk.store.ops import meetings as ops
from chairdesk.store.queries import group_by_acronym
from tests.gui.helpers import activate, controller_on, on_screen

TODAY = date(2022, 8, 15)
CTRL = Qt.KeyboardModifier.ControlModifier


pytestmark = pytest.mark.usefixtures("english_24_hour_clock")  # (tests/gui/conftest.py)


@pytest.fixture
def demo(workspace):
    with workspace.transaction() as s:
        load_demo(s)
    return workspace


def _open_view(qtbot, workspace, acronym: str = "ETCIP") -> MeetingsView:
    view = on_screen(qtbot, MeetingsView(controller_on(workspace, acronym, TODAY)), 1200, 820)
    activate(qtbot, view)
    return view


def _cells(model, column: str, role=Qt.ItemDataRole.DisplayRole) -> list:
    c = model.column(column) if hasattr(model, "column") else column
    return [model.index(r, c).data(role) for r in range(model.rowCount())]


def _list_titles(view: MeetingsView) -> list[str]:
    title = MeetingListModel.COLUMNS.index("title")
    return [view.proxy.index(r, title).data() for r in range(view.proxy.rowCount())]


def _db_agenda(workspace, meeting_id: str) -> list[tuple[str, int, str]]:
    with workspace.read() as s:
        return [
            (i.title, i.minutes, i.starts_at.strftime("%H:%M"))
            for i in q.agenda_plan(s, meeting_id).items
        ]


def _ui_agenda(view: MeetingsView) -> list[tuple[str, int, str]]:
    model = view.editor.agenda.model
    return list(
        zip(
            _cells(model, "title"),
            [int(m) for m in _cells(model, "minutes")],
            _cells(model, "start"),
            strict=True,
        )
    )


def _focused_editor(kind):
    widget = QApplication.focusWidget()
    assert isinstance(widget, kind), widget
    return widget


def _type_into_new_editor(qtbot, table, text: str) -> None:
    editor = _focused_editor(QLineEdit)
    assert table.state() == QAbstractItemView.State.EditingState
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    _press_return(qtbot, table, editor)


def _press_return(qtbot, table, editor) -> None:
    # The delegate commits a Return on the next turn of the event loop.
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() != QAbstractItemView.State.EditingState)


def _state(view: MeetingsView, workspace, meeting_id: str):
    """What the chair sees of the meeting, checked against the database (None when it does not exist)."""
    titles = _list_titles(view)
    with workspace.read() as s:
        if q.meeting_detail(s, meeting_id) is None:
            return titles, None
        present = sorted(r.acronym for r in q.attendance_sheet(s, meeting_id).rows if r.present)
        actions = [(a.text, a.status.value) for a in q.action_rows(s, meeting_id)]
    if view.current_meeting_id() != meeting_id:
        assert view.select_meeting(meeting_id)
    editor = view.editor
    ui_agenda = _ui_agenda(view)
    assert ui_agenda == _db_agenda(workspace, meeting_id)
    attendance = editor.attendance.model
    ticked = sorted(
        attendance.index(r, 0).data()
        for r in range(attendance.rowCount())
        if attendance.index(r, 0).data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    )
    assert ticked == present
    assert (
        editor.attendance.count_label.text()
        == f"{len(present)} of {attendance.rowCount()} entities attended"
    )
    ui_actions = [
        (text, "done" if check == Qt.CheckState.Checked else "open")
        for text, check in zip(
            _cells(editor.actions.model, "text"),
            _cells(editor.actions.model, "status", Qt.ItemDataRole.CheckStateRole),
            strict=True,
        )
    ]
    assert ui_actions == actions
    return titles, ui_agenda, present, actions


# -- the end-to-end story ---------------------------------------------------------------------------


def test_new_meeting_agenda_attendance_actions_with_undo_and_redo(qtbot, demo, monkeypatch) -> None:
    # The previous meeting (14 December) leaves two unfinished items and one open action item.
    with demo.transaction() as s:
        december = s.scalars(
            select(Meeting).where(Meeting.start == datetime(2022, 12, 14, 15, 0))
        ).one()
        items = q.agenda_plan(s, december.id).items
        for item in items[1:3]:
            ops.update_agenda_item(s, item.id, done=False)
        unfinished = [items[1].title, items[2].title]
    view = _open_view(qtbot, demo)
    editor = view.editor
    stack = view.controller.undo_stack
    states = [_state(view, demo, "not yet")]

    # New meeting from the template (Ctrl+N); the form proposes next quarter's regular meeting.
    seen = {}

    def ask(cls, parent, defaults, templates, describe_previous, suggest_title):
        seen.update(
            defaults=defaults, templates=templates, previous=describe_previous(defaults.start)
        )
        return dataclasses.replace(defaults)

    monkeypatch.setattr(NewMeetingDialog, "ask", classmethod(ask))
    qtbot.keyClick(view.table, Qt.Key.Key_N, CTRL)
    defaults = seen["defaults"]
    regular = next(t for t in seen["templates"] if t.name == "Regular quarterly meeting")
    assert defaults == NewMeetingChoices(
        regular.id,
        datetime(2023, 3, 8, 15, 0),
        datetime(2023, 3, 8, 16, 30),
        MeetingKind.REGULAR,
        MeetingMode.VIRTUAL,
        "ETCIP working group: first-quarter regular meeting 2023",
        True,
        True,
    )
    assert "1 open action item and 2 unfinished agenda items" in seen["previous"]
    meeting_id = view.current_meeting_id()
    assert _list_titles(view)[0] == "ETCIP working group: first-quarter regular meeting 2023"
    assert view.table.currentIndex().data(ID_ROLE) == meeting_id
    standing = [
        "Opening and adoption of the agenda",
        "Updates from the Chair",
        "Progress on the work plan",
        "Updates from members",
        "Any other business",
    ]
    follow_up = "Follow-up: Propose 2023 dates for the tabletop exercise"
    assert _cells(editor.agenda.model, "title") == standing + unfinished + [follow_up]
    assert _cells(editor.agenda.model, "start")[:6] == [
        "15:00",
        "15:05",
        "15:15",
        "15:45",
        "16:15",
        "16:25",
    ]
    assert [t for t, _, _ in _db_agenda(demo, meeting_id)] == standing + unfinished + [follow_up]
    assert _cells(editor.agenda.model, "presenter")[-1] == "OPCW"
    assert stack.count() == 1
    states.append(_state(view, demo, meeting_id))

    # The carried items make the agenda run past 16:30: the warning says so.
    total = sum(m for _, m, _ in _db_agenda(demo, meeting_id))
    assert total > 90
    assert editor.agenda.overrun_label.isVisible()
    assert f"runs {total - 90} min past" in editor.agenda.overrun_label.text()

    # Three agenda items through the UI: Ins after the last item, then type the title.
    table = editor.agenda.table
    title_column = editor.agenda.model.column("title")
    table.setFocus()
    table.setCurrentIndex(
        editor.agenda.model.index(editor.agenda.model.rowCount() - 1, title_column)
    )
    for name in ("Item A", "Item B", "Item C"):
        qtbot.keyClick(table, Qt.Key.Key_Insert)
        states.append(_state(view, demo, meeting_id))  # the new item, its title being typed
        _type_into_new_editor(qtbot, table, name)
        states.append(_state(view, demo, meeting_id))
    assert _cells(editor.agenda.model, "title")[-3:] == ["Item A", "Item B", "Item C"]
    assert stack.count() == 7  # each add and each title: one step
    starts = _cells(editor.agenda.model, "start")
    # Each new item lasts 10 minutes: they start 10 minutes apart after the follow-up.
    assert [
        datetime.strptime(t, "%H:%M") - datetime.strptime(starts[-4], "%H:%M") for t in starts[-3:]
    ] == [timedelta(minutes=5), timedelta(minutes=15), timedelta(minutes=25)]

    # Item B lasts 20 minutes (F2 on its minutes cell, type, Enter).
    minutes = editor.agenda.model.column("minutes")
    row_b = _cells(editor.agenda.model, "title").index("Item B")
    table.setCurrentIndex(editor.agenda.model.index(row_b, minutes))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    spin = _focused_editor(QSpinBox)
    spin.selectAll()
    qtbot.keyClicks(spin, "20")
    _press_return(qtbot, table, spin)
    assert _cells(editor.agenda.model, "minutes")[row_b] == "20"
    start_c = datetime.strptime(_cells(editor.agenda.model, "start")[row_b + 1], "%H:%M")
    start_b = datetime.strptime(_cells(editor.agenda.model, "start")[row_b], "%H:%M")
    assert start_c - start_b == timedelta(minutes=20)
    states.append(_state(view, demo, meeting_id))

    # Ctrl+Up moves Item C above Item B; the times follow.
    row_c = row_b + 1
    table.setCurrentIndex(editor.agenda.model.index(row_c, title_column))
    before_b = _cells(editor.agenda.model, "start")[row_b]
    qtbot.keyClick(table, Qt.Key.Key_Up, CTRL)
    assert _cells(editor.agenda.model, "title")[-3:] == ["Item A", "Item C", "Item B"]
    assert table.currentIndex().row() == row_b  # the moved item stays current
    assert _cells(editor.agenda.model, "start")[row_b] == before_b  # C starts where B did
    assert _cells(editor.agenda.model, "start")[row_c] == (
        datetime.strptime(before_b, "%H:%M") + timedelta(minutes=10)
    ).strftime("%H:%M")
    states.append(_state(view, demo, meeting_id))
    # Ctrl+Down and Ctrl+Up again: back and forth, one step each.
    qtbot.keyClick(table, Qt.Key.Key_Down, CTRL)
    assert _cells(editor.agenda.model, "title")[-3:] == ["Item A", "Item B", "Item C"]
    states.append(_state(view, demo, meeting_id))
    qtbot.keyClick(table, Qt.Key.Key_Up, CTRL)
    assert _cells(editor.agenda.model, "title")[-3:] == ["Item A", "Item C", "Item B"]
    states.append(_state(view, demo, meeting_id))

    # Drag and drop: Item A to the top of the agenda (the model's drop, as the view does on a drop).
    model = editor.agenda.model
    assert (
        table.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove and table.dragEnabled()
    )
    assert model.flags(QModelIndex()) & Qt.ItemFlag.ItemIsDropEnabled
    row_a = _cells(model, "title").index("Item A")
    assert model.flags(model.index(row_a, title_column)) & Qt.ItemFlag.ItemIsDragEnabled
    data = model.mimeData([model.index(row_a, title_column)])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert _cells(model, "title")[:2] == ["Item A", "Opening and adoption of the agenda"]
    assert _cells(model, "start")[:3] == ["15:00", "15:10", "15:15"]
    with demo.read() as s:
        positions = [i.position for i in q.agenda_plan(s, meeting_id).items]
    assert positions == sorted(positions)
    states.append(_state(view, demo, meeting_id))
    # ... and moveRows: the first item to after the second.
    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 2)
    assert _cells(model, "title")[:2] == ["Opening and adoption of the agenda", "Item A"]
    assert _cells(model, "start")[:3] == ["15:00", "15:05", "15:15"]
    states.append(_state(view, demo, meeting_id))

    # Attendance: tick two entities with the keyboard (Space on the entity).
    editor.tabs.setCurrentIndex(1)
    attendance = editor.attendance.table
    total_entities = editor.attendance.model.rowCount()
    assert editor.attendance.count_label.text() == f"0 of {total_entities} entities attended"
    attendance.setFocus()
    for row in (0, 1):
        attendance.setCurrentIndex(editor.attendance.model.index(row, 0))
        qtbot.keyClick(attendance, Qt.Key.Key_Space)
        assert (
            editor.attendance.count_label.text()
            == f"{row + 1} of {total_entities} entities attended"
        )
        states.append(_state(view, demo, meeting_id))
    with demo.read() as s:
        assert (
            s.scalar(select(Attendance.id).where(Attendance.meeting_id == meeting_id).limit(1))
            is not None
        )

    # An action item: the button, its text, then close it (Ctrl+Return).
    editor.tabs.setCurrentIndex(4)
    qtbot.mouseClick(
        editor.form.findChild(QToolButton, "addActionButton"), Qt.MouseButton.LeftButton
    )
    states.append(_state(view, demo, meeting_id))
    _type_into_new_editor(qtbot, editor.actions.table, "Circulate the draft agenda")
    states.append(_state(view, demo, meeting_id))
    assert _cells(editor.actions.model, "text") == ["Circulate the draft agenda"]
    qtbot.keyClick(editor.actions.table, Qt.Key.Key_Return, CTRL)
    assert _cells(editor.actions.model, "status") == ["Done"]
    with demo.read() as s:
        assert [a.status for a in q.action_rows(s, meeting_id)] == [ActionStatus.DONE]
    states.append(_state(view, demo, meeting_id))
    assert editor.actions.close_action_action.text() == "Re&open"

    # Undo step by step: every earlier state comes back, in the table and in the database.
    forward = states
    assert stack.count() == len(forward) - 1 == 18
    for expected in reversed(forward[:-1]):
        stack.undo()
        assert _state(view, demo, meeting_id) == expected
    assert not stack.canUndo()
    with demo.read() as s:
        assert s.get(Meeting, meeting_id).deleted
    # ... and redo them all.
    for expected in forward[1:]:
        stack.redo()
        assert _state(view, demo, meeting_id) == expected
    assert not stack.canRedo()


# -- models -------------------------------------------------------------------------------------------


def test_every_table_model_passes_the_model_tester(qtbot, qtmodeltester, demo) -> None:
    view = _open_view(qtbot, demo)
    with demo.read() as s:
        september = s.scalars(
            select(Meeting.id).where(Meeting.start == datetime(2022, 9, 28, 14, 0))
        ).one()
    assert view.select_meeting(september)
    editor = view.editor
    for model in (
        view.model,
        view.proxy,
        editor.agenda.model,
        editor.attendance.model,
        editor.decisions.model,
        editor.actions.model,
    ):
        assert model.rowCount() > 0, model
        qtmodeltester.check(model, force_py=True)
    # The lazy list, too, once it has more rows than one batch.
    big = MeetingListModel()
    rows = [
        q.MeetingRow(
            f"id-{n:04}",
            f"Meeting {n}",
            datetime(2020, 1, 1) + timedelta(days=n),
            None,
            MeetingKind.REGULAR,
            MeetingMode.VIRTUAL,
            None,
            1,
            10,
            n % 3,
        )
        for n in range(450)
    ]
    big.set_rows(rows)
    assert big.rowCount() == MeetingListModel.BATCH and big.canFetchMore(QModelIndex())
    qtmodeltester.check(big, force_py=True)


def test_refreshes_keep_the_selection_by_small_notifications(qtbot, demo) -> None:
    """An edit elsewhere in the list changes cells, not the whole table, and the current row stays."""
    view = _open_view(qtbot, demo)
    current = view.current_meeting_id()
    resets = []
    view.model.modelReset.connect(lambda: resets.append(1))
    view.editor.agenda.model.modelReset.connect(lambda: resets.append(2))
    with view.controller.read() as s:
        december = s.scalars(
            select(Meeting.id).where(Meeting.start == datetime(2022, 12, 14, 15, 0))
        ).one()
    changed_rows: list[int] = []
    view.model.dataChanged.connect(lambda a, b: changed_rows.extend(range(a.row(), b.row() + 1)))
    view.controller.perform(
        "Add agenda item", lambda s: ops.add_agenda_item(s, december, "Extra", 15)
    )
    assert resets == []
    assert view.current_meeting_id() == current == view.table.currentIndex().data(ID_ROLE)
    row = view.model.row_of(december)
    assert changed_rows == [row]  # the views repaint exactly that row
    assert view.model.index(row, view.model.column("agenda")).data() == "7 items · 90 min"

    # A longer first agenda item moves every later start time: those rows are announced.
    agenda = view.editor.agenda.model
    announced: list[int] = []
    agenda.dataChanged.connect(lambda a, b: announced.extend(range(a.row(), b.row() + 1)))
    assert agenda.setData(agenda.index(0, agenda.column("minutes")), 30)
    assert announced == list(range(agenda.rowCount()))
    assert resets == []


# -- 10,000 meetings ------------------------------------------------------------------------------------


def test_ten_thousand_meetings_open_lazily_and_filter_across_all(qtbot, workspace) -> None:
    with workspace.transaction() as s:
        group = WorkingGroup(acronym="BIG", name="A very busy working group", pillar=Pillar.I)
        chair = Entity(acronym="UNX", name="United Nations X", kind="un")
        s.add_all([group, chair])
        s.flush()
        first = datetime(1990, 1, 1, 10, 0)
        rows = [
            {
                "id": new_id(),
                "group_id": group.id,
                "title": f"Meeting number {n:05}",
                "start": first + timedelta(days=n),
                "end": first + timedelta(days=n, hours=1),
                "kind": MeetingKind.REGULAR if n % 4 else MeetingKind.IN_FOCUS,
                "mode": MeetingMode.VIRTUAL,
                "location": None,
                "summary": "",
                "deleted": False,
            }
            for n in range(10_000)
        ]
        rows[1234]["title"] = "The one about unmanned aircraft"
        s.execute(insert(Meeting), rows)
        s.execute(
            insert(AgendaItem),
            [
                {
                    "id": new_id(),
                    "meeting_id": r["id"],
                    "position": "a0",
                    "title": "Opening",
                    "minutes": 10,
                    "done": False,
                    "deleted": False,
                }
                for r in rows[::10]
            ],
        )
        s.execute(
            insert(ActionItem),
            [
                {
                    "id": new_id(),
                    "meeting_id": r["id"],
                    "position": "a0",
                    "text": "Follow up",
                    "status": ActionStatus.OPEN,
                    "deleted": False,
                }
                for r in rows[::7]
            ],
        )
    statements: list[str] = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(workspace.engine, "before_cursor_execute", listener)
    try:
        view = _open_view(qtbot, workspace, "BIG")
        opened = len(statements)
        # One query for the list; a few more for the chosen meeting's editor: none per row.
        assert sum("FROM meeting LEFT OUTER JOIN" in st for st in statements) == 1
        assert opened < 30
        assert view.model.total == 10_000
        # A first batch or two (Qt asks for more while laying out a fresh view), far from all.
        first_batch = view.proxy.rowCount()
        assert MeetingListModel.BATCH <= first_batch <= 2 * MeetingListModel.BATCH
        assert view.model.canFetchMore(QModelIndex())
        assert view.count_label.text() == "10,000 meetings"
        newest = view.proxy.index(0, view.model.column("title")).data()
        assert newest == "Meeting number 09999"
        assert view.proxy.index(0, view.model.column("agenda")).data() == "no agenda"
        assert (
            view.proxy.index(9, view.model.column("agenda")).data() == "1 item · 10 min"
        )  # number 9990
        assert [view.proxy.index(r, view.model.column("actions")).data() for r in range(4)] == [
            "0",
            "0",
            "0",
            "1",
        ]

        # Scrolling to the end reveals the next batch, without asking the database.
        bar = view.table.verticalScrollBar()
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda: view.proxy.rowCount() > first_batch)
        assert view.proxy.rowCount() < 10_000
        assert len(statements) == opened

        # Sorting covers every meeting (in memory), and the list stays lazy.
        revealed = view.proxy.rowCount()
        view.table.sortByColumn(view.model.column("title"), Qt.SortOrder.AscendingOrder)
        assert _list_titles(view)[:2] == ["Meeting number 00000", "Meeting number 00001"]
        assert view.model.row_at(view.model.total - 1).title == "The one about unmanned aircraft"
        assert view.proxy.rowCount() == revealed < 10_000
        view.table.sortByColumn(view.model.column("date"), Qt.SortOrder.AscendingOrder)
        assert view.proxy.index(0, view.model.column("title")).data() == "Meeting number 00000"
        view.table.sortByColumn(view.model.column("date"), Qt.SortOrder.DescendingOrder)
        assert view.proxy.index(0, view.model.column("title")).data() == "Meeting number 09999"
        assert len(statements) == opened

        # Typing in the filter box (Ctrl+F) searches all 10,000, already in memory.
        qtbot.keyClick(view.table, Qt.Key.Key_F, CTRL)
        assert view.filter_edit.hasFocus()
        qtbot.keyClicks(view.filter_edit, "unmanned")
        assert view.proxy.rowCount() == 1
        assert _list_titles(view) == ["The one about unmanned aircraft"]
        assert view.count_label.text() == "1 of 10,000 meetings"
        assert view.current_meeting_id() == rows[1234]["id"]
        assert view.editor.header.title_edit.text() == "The one about unmanned aircraft"
        assert not any("FROM meeting LEFT OUTER JOIN" in st for st in statements[opened:])
        assert len(statements) - opened < 30  # the editor loading the one meeting shown

        # Words narrow together; the kind's label and the month are searchable.
        view.filter_edit.setText("in-focus 1990")
        assert view.proxy.rowCount() == len(
            [r for r in rows[:365] if r["kind"] == MeetingKind.IN_FOCUS]
        )
        view.filter_edit.setText("march 1990")
        assert view.proxy.rowCount() == 31
        view.filter_edit.clear()
        assert view.proxy.rowCount() == 10_000
    finally:
        event.remove(workspace.engine, "before_cursor_execute", listener)


# -- the meeting's own fields ----------------------------------------------------------------------------


def _september(workspace) -> str:
    with workspace.read() as s:
        return s.scalars(
            select(Meeting.id).where(Meeting.start == datetime(2022, 9, 28, 14, 0))
        ).one()


def test_a_location_pasted_with_a_control_character_is_refused_inline(qtbot, demo) -> None:
    # Word's manual line break is U+000B: pasted into a field, it would fail every Word export.
    view = _open_view(qtbot, demo)
    meeting_id = _september(demo)
    editor = view.editor
    editor.header.location_edit.setFocus()
    editor.header.location_edit.setText("Vienna\x0bInternational Centre")
    editor.header.location_edit.editingFinished.emit()
    assert editor.error_label.isVisible()
    assert (
        editor.error_label.text()
        == "The location contains the control character U+000B at position 7."
    )
    with demo.read() as s:
        assert q.meeting_detail(s, meeting_id).location != "Vienna\x0bInternational Centre"
    assert view.controller.undo_stack.count() == 0
    editor.header.location_edit.setText("Vienna International Centre")
    editor.header.location_edit.editingFinished.emit()
    assert not editor.error_label.isVisible()
    with demo.read() as s:
        assert q.meeting_detail(s, meeting_id).location == "Vienna International Centre"


def test_header_fields_save_at_once_and_refuse_an_end_before_the_start(qtbot, demo) -> None:
    view = _open_view(qtbot, demo)
    meeting_id = _september(demo)
    assert view.current_meeting_id() == meeting_id  # the next meeting from 15 August
    editor = view.editor
    stack = view.controller.undo_stack

    editor.header.title_edit.setFocus()
    editor.header.title_edit.selectAll()
    qtbot.keyClicks(editor.header.title_edit, "Third-quarter meeting in The Hague")
    qtbot.keyClick(editor.header.title_edit, Qt.Key.Key_Return)
    assert view.table.currentIndex().data() is not None
    assert "Third-quarter meeting in The Hague" in _list_titles(view)
    with demo.read() as s:
        assert q.meeting_detail(s, meeting_id).title == "Third-quarter meeting in The Hague"
    assert stack.count() == 1

    # An end before the start: refused in red under the fields, nothing written.
    editor.header.end_edit.setFocus()
    editor.header.end_edit.setDateTime(editor.header.start_edit.dateTime().addSecs(-3600))
    editor.header.end_edit.editingFinished.emit()
    assert editor.error_label.isVisible()
    assert editor.error_label.text() == "The meeting must end after it starts."
    assert editor.header.end_edit.styleSheet() == FIELD_ERROR_STYLE
    with demo.read() as s:
        assert q.meeting_detail(s, meeting_id).end == datetime(2022, 9, 28, 15, 30)
    assert stack.count() == 1
    # The next good edit clears it.
    editor.header.end_edit.setDateTime(editor.header.start_edit.dateTime().addSecs(2 * 3600))
    editor.header.end_edit.editingFinished.emit()
    assert not editor.error_label.isVisible() and editor.header.end_edit.styleSheet() == ""
    with demo.read() as s:
        assert q.meeting_detail(s, meeting_id).end == datetime(2022, 9, 28, 16, 0)
    assert (
        editor.agenda.time_plan_label.text()
        == "Total 80 min · planned end 15:20 · the meeting ends 16:00"
    )

    # Kind and mode: chosen from their lists.
    editor.header.mode_combo.setCurrentIndex(editor.header.mode_combo.findText("In person"))
    editor.header.mode_combo.activated.emit(editor.header.mode_combo.currentIndex())
    with demo.read() as s:
        assert q.meeting_detail(s, meeting_id).mode == MeetingMode.IN_PERSON
    row = view.table.currentIndex().row()
    assert view.proxy.index(row, view.model.column("mode")).data() == "In person"

    # Moving the start moves the end with it (the meeting keeps its two hours).
    editor.header.start_edit.setDateTime(editor.header.start_edit.dateTime().addDays(1))
    editor.header.start_edit.editingFinished.emit()
    with demo.read() as s:
        m = q.meeting_detail(s, meeting_id)
    assert (m.start, m.end) == (datetime(2022, 9, 29, 14, 0), datetime(2022, 9, 29, 16, 0))
    assert editor.header.end_edit.dateTime().toPython() == datetime(2022, 9, 29, 16, 0)

    for _ in range(4):
        stack.undo()
    with demo.read() as s:
        m = q.meeting_detail(s, meeting_id)
    assert (m.title, m.start, m.end, m.mode) == (
        "ETCIP working group: third-quarter regular meeting 2022",
        datetime(2022, 9, 28, 14, 0),
        datetime(2022, 9, 28, 15, 30),
        MeetingMode.HYBRID,
    )
    assert editor.header.title_edit.text() == m.title
    assert view.current_meeting_id() == meeting_id


def test_summary_is_saved_when_focus_leaves_as_one_step(qtbot, demo) -> None:
    view = _open_view(qtbot, demo)
    meeting_id = _september(demo)
    editor = view.editor
    with demo.read() as s:
        before = q.meeting_detail(s, meeting_id).summary
    editor.tabs.setCurrentIndex(2)
    editor.summary.summary_edit.setFocus()
    qtbot.waitUntil(editor.summary.summary_edit.hasFocus)
    editor.summary.summary_edit.moveCursor(
        editor.summary.summary_edit.textCursor().MoveOperation.End
    )
    qtbot.keyClicks(editor.summary.summary_edit, " The tabletop exercise waits for funding.")
    with demo.read() as s:
        assert q.meeting_detail(s, meeting_id).summary == before  # not per keystroke
    editor.header.title_edit.setFocus()  # leaving the field
    qtbot.waitUntil(lambda: view.controller.undo_stack.count() == 1)
    with demo.read() as s:
        assert (
            q.meeting_detail(s, meeting_id).summary
            == before + " The tabletop exercise waits for funding."
        )
    view.controller.undo_stack.undo()
    assert editor.summary.summary_edit.toPlainText() == before
    with demo.read() as s:
        assert q.meeting_detail(s, meeting_id).summary == before


def test_decisions_add_edit_reorder_remove(qtbot, demo) -> None:
    view = _open_view(qtbot, demo)
    meeting_id = _september(demo)
    editor = view.editor
    editor.tabs.setCurrentIndex(3)
    table = editor.decisions.table
    model = editor.decisions.model
    original = _cells(model, "text")
    assert len(original) == 1
    table.setFocus()
    table.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    _type_into_new_editor(qtbot, table, "Members send inputs by 31 October.")
    assert _cells(model, "text") == original + ["Members send inputs by 31 October."]
    qtbot.keyClick(table, Qt.Key.Key_Up, CTRL)
    assert _cells(model, "text") == ["Members send inputs by 31 October."] + original
    assert table.currentIndex().row() == 0
    assert editor.tabs.tabText(3) == "&Decisions (2)"
    # Edit in place: F2.
    qtbot.keyClick(table, Qt.Key.Key_F2)
    _type_into_new_editor(qtbot, table, "Members send inputs by 15 October.")
    with demo.read() as s:
        assert [d.text for d in q.decision_rows(s, meeting_id)] == [
            "Members send inputs by 15 October."
        ] + original
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert _cells(model, "text") == original
    with demo.read() as s:
        assert [d.text for d in q.decision_rows(s, meeting_id)] == original
    view.controller.undo_stack.undo()
    assert _cells(model, "text") == ["Members send inputs by 15 October."] + original


def test_an_edit_reloads_only_the_panels_that_show_what_changed(qtbot, demo) -> None:
    view = _open_view(qtbot, demo)
    _september(demo)
    editor = view.editor
    agenda_before = _ui_agenda(view)
    statements: list[str] = []

    def listener(*args) -> None:
        statements.append(args[2])

    event.listen(demo.engine, "before_cursor_execute", listener)
    try:
        editor.tabs.setCurrentIndex(3)
        editor.decisions.table.setFocus()
        qtbot.keyClick(editor.decisions.table, Qt.Key.Key_Insert)
    finally:
        event.remove(demo.engine, "before_cursor_execute", listener)
    assert editor.tabs.tabText(3) == "&Decisions (2)"
    read = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert any("FROM decision" in s for s in read)  # the decisions were read again
    # The agenda, the attendance, the action items and the list were not: nothing of theirs changed.
    for table in ("agenda_item", "attendance", "action_item"):
        assert not any(f"FROM {table}" in s or f"JOIN {table}" in s for s in read), table
    assert _ui_agenda(view) == agenda_before


def test_presenter_activity_owner_and_due_date_through_their_editors(qtbot, demo) -> None:
    view = _open_view(qtbot, demo)
    meeting_id = _september(demo)
    editor = view.editor
    agenda, model = editor.agenda.table, editor.agenda.model
    # The 5th item ("Updates from members") has no presenter: give it to UNODA, linked to A2.
    row = _cells(model, "title").index("Updates from members")
    agenda.setFocus()
    for column, label in (("presenter", "UNODA"), ("activity", "A2 — ")):
        index = model.index(row, model.column(column))
        agenda.setCurrentIndex(index)
        qtbot.keyClick(agenda, Qt.Key.Key_F2)
        combo = agenda.indexWidget(index)
        assert isinstance(combo, QComboBox)
        found = next(i for i in range(combo.count()) if combo.itemText(i).startswith(label))
        combo.setCurrentIndex(found)
        combo.activated.emit(found)  # choosing from the list commits at once
        qtbot.waitUntil(lambda: agenda.state() != QAbstractItemView.State.EditingState)
    assert (_cells(model, "presenter")[row], _cells(model, "activity")[row]) == ("UNODA", "A2")
    with demo.read() as s:
        item = q.agenda_plan(s, meeting_id).items[row]
    assert (item.presenter, item.activity_code) == ("UNODA", "A2")

    # Done: the check box (Space); unfinished items carry over to the next meeting.
    index = model.index(row, model.column("done"))
    agenda.setCurrentIndex(index)
    qtbot.keyClick(agenda, Qt.Key.Key_Space)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    with demo.read() as s:
        assert not q.agenda_plan(s, meeting_id).items[row].done

    # An action item's owner and due date.
    editor.tabs.setCurrentIndex(4)
    actions, amodel = editor.actions.table, editor.actions.model
    actions.setFocus()
    index = amodel.index(0, amodel.column("owner"))
    actions.setCurrentIndex(index)
    qtbot.keyClick(actions, Qt.Key.Key_F2)
    combo = actions.indexWidget(index)
    found = combo.findText("UNODC")
    combo.setCurrentIndex(found)
    combo.activated.emit(found)
    qtbot.waitUntil(lambda: actions.state() != QAbstractItemView.State.EditingState)
    index = amodel.index(0, amodel.column("due"))
    actions.setCurrentIndex(index)
    qtbot.keyClick(actions, Qt.Key.Key_F2)
    date_editor = actions.indexWidget(index)
    date_editor.setDate(date_editor.date().addDays(7))
    _press_return(qtbot, actions, date_editor)
    with demo.read() as s:
        first = q.action_rows(s, meeting_id)[0]
    assert (first.owner, first.due) == ("UNODC", date(2022, 11, 7))
    assert _cells(amodel, "owner")[0] == "UNODC"
    assert _cells(amodel, "due")[0] == "7 Nov 2022"


def test_agenda_running_past_the_end_is_flagged(qtbot, demo) -> None:
    view = _open_view(qtbot, demo)
    editor = view.editor
    assert not editor.agenda.overrun_label.isVisible()
    model = editor.agenda.model
    index = model.index(0, model.column("minutes"))
    assert model.setData(index, 25)  # 80 → 95 minutes in a 90-minute meeting
    assert editor.agenda.overrun_label.isVisible()
    assert editor.agenda.overrun_label.text().startswith(
        "The agenda runs 5 min past the meeting's end (15:30)"
    )
    assert (
        editor.agenda.time_plan_label.text()
        == "Total 95 min · planned end 15:35 · the meeting ends 15:30"
    )
    assert _cells(model, "start")[:3] == ["14:00", "14:25", "14:45"]
    # Only the last item (15:30–15:35) runs past 15:30: its start time is shown in red.
    colours = [
        b.color().name() if b is not None else None
        for b in _cells(model, "start", Qt.ItemDataRole.ForegroundRole)
    ]
    assert colours == [None] * 5 + ["#b00020"]
    assert "Runs past the meeting's end (15:30)" in model.index(5, model.column("start")).data(
        Qt.ItemDataRole.ToolTipRole
    )
    # A negative duration is refused inline, nothing written.
    assert not model.setData(index, -5)
    assert editor.error_label.text() == "The duration cannot be negative."
    assert _cells(model, "minutes")[0] == "25"


# -- list actions --------------------------------------------------------------------------------------


def test_duplicate_meeting_to_the_proposed_date(qtbot, demo, monkeypatch) -> None:
    view = _open_view(qtbot, demo)
    original = _september(demo)
    asked = {}

    def ask(cls, parent, title, start, original_start):
        asked.update(title=title, start=start)
        return DuplicateChoices(
            start, "ETCIP working group: fourth-quarter regular meeting 2022 (draft)"
        )

    monkeypatch.setattr(DuplicateMeetingDialog, "ask", classmethod(ask))
    qtbot.keyClick(view.table, Qt.Key.Key_D, CTRL)
    # A regular meeting: the same slot of the next quarter (4th Wednesday of the 3rd month).
    assert asked["start"] == datetime(2022, 12, 28, 14, 0)
    copy_id = view.current_meeting_id()
    assert copy_id != original
    assert (
        _list_titles(view)[0] == "ETCIP working group: fourth-quarter regular meeting 2022 (draft)"
    )
    assert view.count_label.text() == "6 meetings"
    with demo.read() as s:
        copy = q.meeting_detail(s, copy_id)
        agenda = q.agenda_plan(s, copy_id).items
        sheet = q.attendance_sheet(s, copy_id)
    assert (copy.start, copy.end, copy.location) == (
        datetime(2022, 12, 28, 14, 0),
        datetime(2022, 12, 28, 15, 30),
        "OPCW Headquarters, The Hague",
    )
    assert len(agenda) == 6 and not any(i.done for i in agenda)
    assert sheet.present == 0
    assert _cells(view.editor.agenda.model, "title") == [i.title for i in agenda]
    assert view.editor.decisions.model.rowCount() == 0 and view.editor.actions.model.rowCount() == 0


def test_a_refused_duplicate_is_said_in_the_views_message_line(qtbot, demo, monkeypatch) -> None:
    view = _open_view(qtbot, demo)
    original = _september(demo)
    before = _list_titles(view)
    monkeypatch.setattr(
        DuplicateMeetingDialog,
        "ask",
        classmethod(
            lambda cls, parent, title, start, original_start: DuplicateChoices(
                start, "Copy\x0bof it"
            )
        ),
    )
    qtbot.keyClick(view.table, Qt.Key.Key_D, CTRL)
    assert view.message_label.isVisible()
    assert "U+000B" in view.message_label.text()
    assert _list_titles(view) == before and view.count_label.text() == "5 meetings"
    assert view.current_meeting_id() == original
    # The next edit that succeeds clears the line.
    monkeypatch.setattr(
        DuplicateMeetingDialog,
        "ask",
        classmethod(
            lambda cls, parent, title, start, original_start: DuplicateChoices(start, "Copy of it")
        ),
    )
    qtbot.keyClick(view.table, Qt.Key.Key_D, CTRL)
    assert "U+000B" not in view.message_label.text() and view.count_label.text() == "6 meetings"


def test_delete_meeting_with_the_delete_key_and_undo(qtbot, demo) -> None:
    view = _open_view(qtbot, demo)
    meeting_id = _september(demo)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert meeting_id not in [
        view.proxy.index(r, 0).data(ID_ROLE) for r in range(view.proxy.rowCount())
    ]
    assert view.count_label.text() == "4 meetings"
    assert "moved to the trash" in view.message_label.text()
    assert view.current_meeting_id() is not None and view.current_meeting_id() != meeting_id
    assert view.editor.meeting_id == view.current_meeting_id()
    with demo.read() as s:
        assert s.get(Meeting, meeting_id).deleted
    view.controller.undo_stack.undo()
    assert view.count_label.text() == "5 meetings"
    with demo.read() as s:
        assert not s.get(Meeting, meeting_id).deleted
    assert view.select_meeting(meeting_id)
    assert view.editor.agenda.model.rowCount() == 6


def test_filter_sort_and_group_switch(qtbot, demo) -> None:
    view = _open_view(qtbot, demo)
    qtbot.keyClick(view.table, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(view.filter_edit, "in-focus")
    assert _list_titles(view) == ["In-focus discussion: unmanned aircraft systems (UAS)"]
    assert view.count_label.text() == "1 of 5 meetings"
    assert (
        view.editor.header.title_edit.text()
        == "In-focus discussion: unmanned aircraft systems (UAS)"
    )
    qtbot.keyClick(view.filter_edit, Qt.Key.Key_Escape)
    assert view.proxy.rowCount() == 5 and view.count_label.text() == "5 meetings"
    view.filter_edit.setText("hague")  # the location
    assert _list_titles(view) == ["ETCIP working group: third-quarter regular meeting 2022"]
    view.filter_edit.setText("q2 2022")
    assert _list_titles(view) == ["ETCIP working group: second-quarter regular meeting 2022"]
    view.filter_edit.clear()

    # Clicking a header sorts (on the sort role: dates as dates, counts as numbers).
    header = view.table.horizontalHeader()
    quarter = view.model.column("quarter")
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(quarter) + 5, 5),
    )
    assert header.sortIndicatorSection() == quarter
    quarters = [view.proxy.index(r, quarter).data() for r in range(5)]
    ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert quarters == sorted(quarters, key=lambda t: t[::-1], reverse=not ascending)
    view.table.sortByColumn(view.model.column("actions"), Qt.SortOrder.DescendingOrder)
    assert [view.proxy.index(r, view.model.column("actions")).data() for r in range(5)] == [
        "1",
        "1",
        "0",
        "0",
        "0",
    ]
    view.table.sortByColumn(view.model.column("date"), Qt.SortOrder.AscendingOrder)
    assert _list_titles(view)[0] == "ETCIP working group: first-quarter regular meeting 2022"

    # Another group: its meetings, and the editor follows.
    with demo.read() as s:
        rmme = group_by_acronym(s, "RMME").id
    view.controller.set_group(rmme)
    assert view.model.total == len(_list_titles(view)) > 0
    assert view.editor.detail is not None and view.editor.detail.group_id == rmme


def test_new_meeting_dialog_defaults_and_checks(qtbot, demo) -> None:
    view = _open_view(qtbot, demo)
    with demo.read() as s:
        templates = q.template_choices(s, view.controller.group_id)
    defaults = NewMeetingChoices(
        templates[1].id,
        datetime(2023, 3, 8, 15, 0),
        datetime(2023, 3, 8, 16, 30),
        MeetingKind.REGULAR,
        MeetingMode.VIRTUAL,
        view.suggest_title(MeetingKind.REGULAR, datetime(2023, 3, 8, 15, 0)),
        True,
        True,
    )
    dialog = NewMeetingDialog(view, defaults, templates, view.describe_previous, view.suggest_title)
    qtbot.addWidget(dialog)
    assert dialog.choices() == defaults
    assert dialog.template_combo.currentText().startswith(
        "Regular quarterly meeting — 5 items, 85 min"
    )
    assert dialog.previous_label.text().startswith(
        "The previous meeting, “ETCIP working group: fourth-quarter regular meeting 2022” of 14 Dec 2022, left "
        "1 open action item"
    )
    # Moving the start keeps the length and re-words the title (the chair has not typed one).
    dialog.start_edit.setDateTime(dialog.start_edit.dateTime().addMonths(3))
    assert dialog.choices().end == datetime(2023, 6, 8, 16, 30)
    assert dialog.choices().title == "ETCIP working group: second-quarter regular meeting 2023"
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("special"))
    assert dialog.choices().title == "Special meeting of the ETCIP working group"
    dialog.title_edit.setText("Special meeting on drones")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("workshop"))
    assert dialog.choices().title == "Special meeting on drones"  # typed: kept
    # An end before the start is refused inside the form.
    dialog.end_edit.setDateTime(dialog.start_edit.dateTime().addSecs(-60))
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error_label.text() == "The meeting must end after it starts."
    dialog.end_edit.setDateTime(dialog.start_edit.dateTime().addSecs(3600))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.choices().kind == MeetingKind.WORKSHOP


def test_in_the_main_window_shortcuts_and_ctrl_z(qtbot, demo, monkeypatch) -> None:
    from chairdesk.gui.app import MainWindow

    window = MainWindow(demo, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    window.group_combo.setCurrentIndex(
        window.group_combo.findText("ETCIP", Qt.MatchFlag.MatchStartsWith)
    )
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # Ctrl+2 opens the view; Ctrl+N works from there, with the focus still in the navigation.
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_2, CTRL)
    assert window.current_view_name() == "meetings"
    asked = []
    monkeypatch.setattr(
        NewMeetingDialog, "ask", classmethod(lambda cls, *args: asked.append(args) or None)
    )
    qtbot.keyClick(window.nav, Qt.Key.Key_N, CTRL)
    assert len(asked) == 1  # cancelled: nothing created
    assert window.controller.undo_stack.count() == 0
    qtbot.keyClick(window.nav, Qt.Key.Key_F, CTRL)
    view = window.view("meetings")
    assert view.filter_edit.hasFocus()
    # Another view in front: the Meetings view's shortcuts rest.
    window.show_view("dashboard")
    qtbot.keyClick(window.nav, Qt.Key.Key_N, CTRL)
    assert len(asked) == 1
    window.show_view("meetings")
    model = view.editor.agenda.model
    assert model.setData(model.index(0, model.column("title")), "Opening")
    assert _cells(model, "title")[0] == "Opening"
    view.editor.agenda.table.setFocus()
    qtbot.keyClick(view.editor.agenda.table, Qt.Key.Key_Z, CTRL)
    assert _cells(model, "title")[0] == "Opening, adoption of the agenda and updates from the Chair"
    # Redo by Ctrl+Y (QTest's Ctrl+Shift click leaves Shift "held" for the tests that follow).
    qtbot.keyClick(view.editor.agenda.table, Qt.Key.Key_Y, CTRL)
    assert _cells(model, "title")[0] == "Opening"


def test_a_narrow_table_keeps_room_for_the_titles(qtbot, demo) -> None:
    view = _open_view(qtbot, demo)
    header, viewport = view.table.horizontalHeader(), view.table.viewport()
    kind, title = view.model.column("kind"), view.model.column("title")
    wide_width = viewport.width()
    wide_kind = header.sectionSize(kind)
    assert header.sectionSize(title) >= wide_width // 3  # a wide table: room to spare

    def laid_out_narrower_than(width: int) -> bool:  # the columns follow the viewport's resize
        return 0 < viewport.width() < width

    view.resize(820, 700)  # a small screen
    qtbot.waitUntil(lambda: laid_out_narrower_than(820))
    assert header.sectionSize(title) >= viewport.width() // 3 - 2
    assert header.sectionSize(kind) < wide_kind  # the kinds' labels gave up room, elided
    view.resize(1400, 820)
    qtbot.waitUntil(lambda: viewport.width() > wide_width)
    assert header.sectionSize(kind) == wide_kind  # and get it back

    header.resizeSection(kind, 60)  # the chair narrows a column by hand
    view.resize(900, 700)
    qtbot.waitUntil(lambda: laid_out_narrower_than(900))
    assert header.sectionSize(kind) == 60  # it stays as she made it


def test_items_two_laptops_put_at_the_same_place_show_in_one_order_and_still_move(
    qtbot, demo
) -> None:
    """After a sync, two agenda items and two action items may share a position key: the
    editor shows them as every other laptop does (then by id), and Ctrl+Up still moves them."""
    with demo.transaction() as s:
        meeting_id = s.scalars(
            select(Meeting.id)
            .join(WorkingGroup)
            .where(WorkingGroup.acronym == "ETCIP")
            .order_by(Meeting.start.desc())
        ).first()
        last = s.scalars(
            select(AgendaItem.position)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.position.desc())
        ).first()
        # Written in this order by the merge; the smaller id comes second.
        for prefix, laptop in (("ffffffff", "one"), ("00000000", "two")):
            s.add(
                AgendaItem(
                    id=f"{prefix}-0000-4000-8000-00000000000a",
                    meeting_id=meeting_id,
                    position=last + "V",
                    title=f"Item from laptop {laptop}",
                    minutes=5,
                )
            )
            s.add(
                ActionItem(
                    id=f"{prefix}-0000-4000-8000-00000000000b",
                    meeting_id=meeting_id,
                    position="zz",
                    text=f"Action from laptop {laptop}",
                )
            )
            s.flush()
    view = _open_view(qtbot, demo)
    assert view.select_meeting(meeting_id)
    editor = view.editor
    assert _cells(editor.agenda.model, "title")[-2:] == [
        "Item from laptop two",
        "Item from laptop one",
    ]
    assert _cells(editor.actions.model, "text")[-2:] == [
        "Action from laptop two",
        "Action from laptop one",
    ]
    assert _ui_agenda(view) == _db_agenda(demo, meeting_id)

    table = editor.agenda.table
    table.setFocus()
    last_row = editor.agenda.model.rowCount() - 1
    table.setCurrentIndex(editor.agenda.model.index(last_row, editor.agenda.model.column("title")))
    qtbot.keyClick(table, Qt.Key.Key_Up, CTRL)
    assert _cells(editor.agenda.model, "title")[-2:] == [
        "Item from laptop one",
        "Item from laptop two",
    ]
    assert _ui_agenda(view) == _db_agenda(demo, meeting_id)
