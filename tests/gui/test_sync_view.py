"""The Sync view and the background rounds, driven through the real window.

Two laptops share one folder: "ours" runs the application, "theirs" works from
its own workspace. A change made on theirs shows up in our open meetings table
without anyone pressing anything.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from chairdesk.gui.app import MainWindow
from chairdesk.gui.qt import QFileDialog, Qt
from chairdesk.store.database import open_workspace
from chairdesk.store.interchange import import_workspace, read_workspace_file
from chairdesk.store.models import Meeting
from chairdesk.store.ops.meetings import update_meeting
from chairdesk.sync import service
from tests.conftest import SMALL

TODAY = date(2022, 8, 15)


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    return tmp_path / "OurSharedFolder"


@pytest.fixture
def theirs(tmp_path: Path, shared: Path):  # noqa: ANN201
    """The other laptop: the small workspace, linked first, so it creates the shared folder."""
    ws = open_workspace(tmp_path / "theirs" / "workspace.sqlite3", tmp_path / "theirs" / "backups")
    with ws.transaction() as session:
        import_workspace(session, read_workspace_file(SMALL))
    service.link(ws, shared, device_name="Vice-chair's laptop")
    service.run_round(ws)
    yield ws
    ws.close()


def _window(qtbot, workspace) -> MainWindow:  # noqa: ANN001
    window = MainWindow(workspace, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _titles(view) -> list[str]:  # noqa: ANN001
    model = view.table.model()
    column = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Title"
    )
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_joining_through_the_view_then_a_remote_change_appears_by_itself(
    qtbot, workspace, theirs, shared, monkeypatch
) -> None:
    window = _window(qtbot, workspace)
    assert window.sync_label.text() == "Sync: not set up"
    # An empty workspace: the welcome page offers to join a shared folder.
    qtbot.mouseClick(window.join_folder_button, Qt.MouseButton.LeftButton)
    view = window.view("sync")
    assert window.current_view_name() == "sync"
    assert view.link_box.isVisible() and not view.state_box.isVisible()

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(shared))
    view.device_name_edit.setText("Chair's laptop")
    qtbot.mouseClick(view.link_button, Qt.MouseButton.LeftButton)
    # Linking, then the first round, run in the background; the group arrives with it.
    qtbot.waitUntil(lambda: window.group_combo.count() == 1, timeout=30_000)
    assert window.group_combo.currentText().startswith("ETCIP")
    qtbot.waitUntil(
        lambda: view.state_box.isVisible() and not window.sync_runner.busy, timeout=30_000
    )
    assert view.folder_label.text() == str(shared)
    assert not view.link_box.isVisible()
    laptops = {view.devices_model.index(r, 0).data() for r in range(view.devices_model.rowCount())}
    assert laptops == {"Chair's laptop (this laptop)", "Vice-chair's laptop"}
    assert "received" in view.last_round_label.text()

    window.show_view("meetings")
    meetings = window.view("meetings")
    qtbot.waitUntil(lambda: _titles(meetings) == ["Q1 meeting"], timeout=10_000)

    # The other laptop renames the meeting and sends it; nobody touches our window.
    with theirs.transaction() as session:
        meeting_id = session.scalars(select(Meeting.id)).one()
        update_meeting(session, meeting_id, title="First-quarter regular meeting 2022")
    report = service.run_round(theirs)
    assert report.sent >= 1
    qtbot.waitUntil(
        lambda: _titles(meetings) == ["First-quarter regular meeting 2022"], timeout=30_000
    )
    assert window.sync_label.text().startswith("Sync: up to date")


def test_joining_with_groups_of_our_own_asks_first(
    qtbot, workspace, theirs, shared, monkeypatch
) -> None:
    from chairdesk.domain.vocabulary import Pillar
    from chairdesk.gui.dialogs.sync_questions import JoinQuestion
    from chairdesk.store.models import WorkingGroup

    with workspace.transaction() as session:
        session.add(
            WorkingGroup(acronym="BSMCT", name="Border Security and Management", pillar=Pillar.III)
        )
    window = _window(qtbot, workspace)
    view = window.view("sync")
    window.show_view("sync")
    asked: list[tuple[int, str]] = []

    def decline(cls, parent, refused):  # noqa: ANN001, ANN202
        asked.append((refused.groups, refused.shared_name))
        return False

    monkeypatch.setattr(JoinQuestion, "add_local", classmethod(decline))
    view.link(shared)
    qtbot.waitUntil(lambda: "Not linked" in view.message_label.text(), timeout=30_000)
    assert asked == [(1, "Test")]  # our one group; the shared workspace by its name
    assert "new, empty workspace" in view.message_label.text()
    assert view.link_box.isVisible() and service.status(workspace) is None

    monkeypatch.setattr(JoinQuestion, "add_local", classmethod(lambda cls, parent, refused: True))
    view.link(shared)
    qtbot.waitUntil(lambda: window.group_combo.count() == 2, timeout=30_000)
    assert sorted(window.group_combo.itemText(i).split(" — ")[0] for i in range(2)) == [
        "BSMCT",
        "ETCIP",
    ]


def test_our_edit_reaches_the_other_laptop(qtbot, workspace, theirs, shared) -> None:
    service.link(workspace, shared, device_name="Chair's laptop")
    service.run_round(workspace)
    window = _window(qtbot, workspace)
    qtbot.waitUntil(lambda: window.sync_runner.status is not None, timeout=10_000)
    window.show_view("meetings")
    meetings = window.view("meetings")
    qtbot.waitUntil(lambda: _titles(meetings) == ["Q1 meeting"], timeout=10_000)

    with workspace.read() as session:
        meeting_id = session.scalars(select(Meeting.id)).one()
    # The edit is sent by a background round shortly after it is made.
    with qtbot.waitSignal(window.sync_runner.roundFinished, timeout=30_000):
        window.controller.perform(
            "Rename", lambda s: update_meeting(s, meeting_id, title="Renamed here")
        )
    assert window.sync_runner.status.pending == 0
    service.run_round(theirs)
    with theirs.read() as session:
        assert session.get(Meeting, meeting_id).title == "Renamed here"


def test_renaming_this_laptop_shows_the_new_name_and_reaches_the_others(
    qtbot, workspace, theirs, shared, monkeypatch
) -> None:
    from chairdesk.gui.dialogs.sync_questions import DeviceNameDialog

    service.link(workspace, shared, device_name="Chair's laptop")
    service.run_round(workspace)
    window = _window(qtbot, workspace)
    view = window.view("sync")
    window.show_view("sync")
    qtbot.waitUntil(
        lambda: view.state_box.isVisible() and not window.sync_runner.busy, timeout=10_000
    )
    assert view.device_label.text().startswith("Chair's laptop · device ")

    monkeypatch.setattr(DeviceNameDialog, "ask", classmethod(lambda cls, parent, current: "  "))
    qtbot.mouseClick(view.rename_device_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "needs a name" in view.message_label.text(), timeout=10_000)
    assert view.device_label.text().startswith("Chair's laptop · device ")

    monkeypatch.setattr(
        DeviceNameDialog, "ask", classmethod(lambda cls, parent, current: "Chair's new laptop")
    )
    with qtbot.waitSignal(window.sync_runner.roundFinished, timeout=30_000):  # sent at once
        qtbot.mouseClick(view.rename_device_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: view.device_label.text().startswith("Chair's new laptop · device "), timeout=10_000
    )
    assert not view.message_label.isVisible()
    service.run_round(theirs)
    assert "Chair's new laptop" in {d.name for d in service.status(theirs).devices}


def test_a_folder_that_goes_away_is_offline_not_empty(
    qtbot, workspace, theirs, shared, tmp_path
) -> None:
    service.link(workspace, shared, device_name="Chair's laptop")
    service.run_round(workspace)
    window = _window(qtbot, workspace)
    view = window.view("sync")
    window.show_view("sync")
    qtbot.waitUntil(lambda: view.state_box.isVisible(), timeout=10_000)

    shared.rename(tmp_path / "unplugged")  # the network drive is gone
    with qtbot.waitSignal(window.sync_runner.roundFinished, timeout=30_000):
        qtbot.mouseClick(view.sync_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Offline" in view.state_label.text(), timeout=10_000)
    assert window.sync_label.text() == "Sync: offline, retrying"
    window.show_view("meetings")
    assert _titles(window.view("meetings")) == ["Q1 meeting"]  # nothing treated as deleted

    (tmp_path / "unplugged").rename(shared)  # back
    window.show_view("sync")
    with qtbot.waitSignal(window.sync_runner.roundFinished, timeout=30_000):
        qtbot.mouseClick(view.sync_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.state_label.text() == "Online", timeout=10_000)


def test_sync_now_lists_every_folder_and_automatic_rounds_only_changed_ones(
    qtbot, workspace, theirs, shared, monkeypatch
) -> None:
    service.link(workspace, shared, device_name="Chair's laptop")
    service.run_round(workspace)
    asked: list[bool] = []
    real_round = service.run_round

    def run_round(ws, **options):  # noqa: ANN001, ANN003, ANN202
        asked.append(options.get("full_scan", False))
        return real_round(ws, **options)

    monkeypatch.setattr(service, "run_round", run_round)
    window = _window(qtbot, workspace)
    view = window.view("sync")
    window.show_view("sync")
    qtbot.waitUntil(lambda: view.state_box.isVisible(), timeout=10_000)
    with qtbot.waitSignal(window.sync_runner.roundFinished, timeout=30_000):
        window.sync_runner._timer.timeout.emit()  # the minute's round
    with qtbot.waitSignal(window.sync_runner.roundFinished, timeout=30_000):
        qtbot.mouseClick(view.sync_now_button, Qt.MouseButton.LeftButton)
    assert len(asked) >= 2 and asked[-1] and not any(asked[:-1])  # (a folder event may add a round)


def test_the_tables_pass_the_model_tester(qtbot, qtmodeltester, workspace, theirs, shared) -> None:
    service.link(workspace, shared, device_name="Chair's laptop")
    service.run_round(workspace)
    window = _window(qtbot, workspace)
    view = window.view("sync")
    window.sync_runner.refresh()
    assert view.devices_model.rowCount() == 2
    qtmodeltester.check(view.devices_model)
    qtmodeltester.check(view.quarantine_model)
    qtmodeltester.check(view.set_aside_model)


def test_history_shows_a_value_a_concurrent_edit_overwrote_and_restores_it(
    qtbot, qtmodeltester, workspace, theirs, shared
) -> None:
    service.link(workspace, shared, device_name="Chair's laptop")
    service.run_round(workspace)
    with workspace.read() as session:
        meeting_id = session.scalars(select(Meeting.id)).one()
    # Both laptops rename the meeting offline. One title wins on both; the other must stay
    # visible in the history and be restorable.
    from chairdesk.sync import engine

    engine.attach(workspace)
    engine.attach(theirs)
    with workspace.transaction() as session:
        update_meeting(session, meeting_id, title="Title typed by the chair")
    with theirs.transaction() as session:
        update_meeting(session, meeting_id, title="Title typed by the vice-chair")
    service.run_round(theirs)
    service.run_round(workspace)
    service.run_round(theirs)
    with workspace.read() as session:
        winner = session.get(Meeting, meeting_id).title
    loser = ({"Title typed by the chair", "Title typed by the vice-chair"} - {winner}).pop()

    window = _window(qtbot, workspace)
    window.show_view("meetings")
    meetings = window.view("meetings")
    qtbot.waitUntil(lambda: meetings.current_meeting_id() == meeting_id, timeout=10_000)
    window.history_action.trigger()
    dialog = window.history_dialog
    assert dialog.isVisible()
    qtmodeltester.check(dialog.model)
    model = dialog.model
    rows = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    title_rows = [i for i, row in enumerate(rows) if row[2] == "Title" and row[4] == loser]
    assert title_rows, rows
    dialog.table.setCurrentIndex(model.index(title_rows[0], 0))
    assert dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    with workspace.read() as session:
        assert session.get(Meeting, meeting_id).title == loser
    qtbot.waitUntil(lambda: _titles(meetings) == [loser], timeout=10_000)
    window.controller.undo_stack.undo()  # one step
    with workspace.read() as session:
        assert session.get(Meeting, meeting_id).title == winner


def test_the_join_question_names_the_shared_workspace_and_our_groups(
    qtbot, workspace, monkeypatch
) -> None:
    from chairdesk.gui.dialogs.sync_questions import JoinQuestion
    from chairdesk.gui.qt import QMessageBox

    window = _window(qtbot, workspace)
    view = window.view("sync")
    shown: list[str] = []

    def answer(box) -> int:  # noqa: ANN001 - the chair closes the question without choosing
        shown.append(box.text())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    refused = service.WouldAddLocalRecords(Path("/shared"), "ETCIP working group", 2, 40)
    assert JoinQuestion.add_local(view, refused) is False
    assert shown == [
        "The shared folder holds the workspace “ETCIP working group”, and this workspace has "
        "2 working group(s) of its own."
    ]


def test_files_and_records_set_aside_are_named_in_the_sync_view(
    qtbot, qtmodeltester, workspace, theirs, shared
) -> None:
    """A file that is not an update and a meeting of a newer ChairDesk's kind, from a third laptop."""
    from pycrdt import Map

    from tests.sync.other_laptop import OtherLaptop, new_row

    service.link(workspace, shared, device_name="Chair's laptop")
    service.run_round(workspace)
    other = OtherLaptop(shared, device_id="3a1d2c4e-5f60-4718-8a9b-0c1d2e3f4a5b")
    other.catch_up()
    other.doc.get("_devices", type=Map)[other.device_id] = "Newer laptop"
    with workspace.read() as session:
        meeting_id = session.scalars(select(Meeting.id)).one()
    hackathon = new_row(workspace, "meeting", meeting_id, kind="hackathon", title="AI hackathon")
    other.add("meeting", hackathon)
    other.send()
    junk = other.send(b"\x01\x02junk")

    window = _window(qtbot, workspace)
    view = window.view("sync")
    window.show_view("sync")
    qtbot.waitUntil(
        lambda: view.state_box.isVisible() and not window.sync_runner.busy, timeout=10_000
    )
    with qtbot.waitSignal(window.sync_runner.roundFinished, timeout=30_000):
        qtbot.mouseClick(view.sync_now_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.set_aside_model.rowCount() == 1, timeout=10_000)

    files = view.quarantine_model
    assert [files.index(0, c).data() for c in range(2)] == [
        junk.name,
        "its content is not a ChairDesk update (it does not decode)",
    ]
    records = view.set_aside_model
    row = {records.COLUMNS[c]: records.index(0, c).data() for c in range(records.columnCount())}
    assert row["record"] == "Meeting “AI hackathon”"
    assert row["state"] == "Not applied"
    assert row["reason"].startswith("kind: 'hackathon' is not a meeting kind this ChairDesk knows")
    assert row["source"] == "Newer laptop (000000000001.update)"
    qtmodeltester.check(records)
    assert view.last_round_label.text().endswith("1 file(s) set aside, 1 record(s) set aside")
    assert window.sync_label.text().startswith(
        "Sync: up to date"
    ) and window.sync_label.text().endswith("· 2 set aside")
    assert not view.message_label.isVisible()
    window.show_view("meetings")
    assert _titles(window.view("meetings")) == ["Q1 meeting"]  # the rest goes on


def test_remembering_the_passphrase_without_a_keychain_is_said(
    qtbot, workspace, tmp_path, monkeypatch
) -> None:
    import keyring
    from keyring.backends import fail

    shared = tmp_path / "Encrypted"
    other = open_workspace(tmp_path / "other" / "workspace.sqlite3", tmp_path / "other" / "backups")
    with other.transaction() as session:
        import_workspace(session, read_workspace_file(SMALL))
    service.link(
        other, shared, device_name="Vice-chair's laptop", passphrase="a long workspace passphrase"
    )
    service.run_round(other, passphrase="a long workspace passphrase")
    other.close()
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # a headless machine: no keychain at all
    try:
        window = _window(qtbot, workspace)
        window.show_view("sync")
        view = window.view("sync")
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(shared))
        view.passphrase_edit.setText("a long workspace passphrase")
        view.remember_check.setChecked(True)
        qtbot.mouseClick(view.link_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "not remembered" in view.encryption_label.text(), timeout=30_000)
        qtbot.waitUntil(lambda: not window.sync_runner.busy, timeout=30_000)
        assert view.state_box.isVisible()
        assert view.encryption_label.text().startswith("On: files in the folder are encrypted")
        assert (
            "not remembered: there is no keychain on this computer" in view.encryption_label.text()
        )
    finally:
        keyring.set_keyring(previous)


def test_an_edit_in_a_linked_workspace_reaches_the_outbox_before_any_round(
    qtbot, tmp_path, theirs
) -> None:
    from sqlalchemy import text

    from chairdesk.gui.controller import AppController

    path = theirs.path
    theirs.close()
    reopened = open_workspace(path, tmp_path / "theirs" / "backups")  # as the application opens it
    controller = AppController(reopened, today=lambda: TODAY)
    with reopened.read() as session:
        meeting_id = session.scalars(select(Meeting.id)).first()
    controller.perform("Rename", lambda s: update_meeting(s, meeting_id, title="Renamed at once"))
    with reopened.read() as session:
        assert session.execute(text("SELECT count(*) FROM sync_dirty")).scalar() == 0
        updates = [data for (data,) in session.execute(text("SELECT data FROM sync_outbox"))]
    assert any(b"Renamed at once" in update for update in updates)
