"""The merge engine: Y.Doc ↔ SQLite, text diffs, history, parents first, fresh client ids."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pycrdt import Doc, Map, Text
from sqlalchemy import select, text

from chairdesk.store.database import open_workspace
from chairdesk.store.models import AgendaItem, Meeting, WorkingGroup
from chairdesk.store.sync_tables import SyncHistory
from chairdesk.sync import engine, service
from chairdesk.sync.listener import mirror_of
from tests.sync.merge_helpers import (
    add_group,
    add_item,
    add_meeting,
    canonical_dump,
    get_field,
    quick_workspace,
    set_field,
)

UN_TEXTS = [
    "تعزيز التنسيق بين الكيانات",  # Arabic
    "加强各实体之间的协调",  # Chinese
    "Укрепление координации между структурами",  # Russian
    "Coordination 🤝🏽 renforcée 🇺🇳 — ✅",  # emoji (with modifiers and flags)
]


@pytest.fixture
def pair(tmp_path: Path):
    a = quick_workspace(tmp_path / "a" / "workspace.sqlite3")
    b = quick_workspace(tmp_path / "b" / "workspace.sqlite3")
    service.link(a, tmp_path / "shared", device_name="Laptop A")
    service.link(b, tmp_path / "shared", device_name="Laptop B")
    yield a, b
    a.close()
    b.close()


def sync(*workspaces, rounds: int = 2) -> None:
    for _ in range(rounds):
        for ws in workspaces:
            service.run_round(ws)


# --- text diffs ----------------------------------------------------------------------------


@given(st.text(max_size=40), st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_edit_text_turns_any_text_into_any_other(old: str, new: str) -> None:
    doc = Doc()
    doc["t"] = t = Text(old)
    engine.edit_text(t, old, new)
    assert str(t) == new


@pytest.mark.parametrize("base", UN_TEXTS)
def test_concurrent_insertions_in_un_languages_keep_both(base: str) -> None:
    a, b = Doc(), Doc()
    a["t"] = ta = Text(base)
    b.apply_update(a.get_update())
    tb = b.get("t", type=Text)
    middle = len(base) // 2
    engine.edit_text(ta, base, base[:middle] + "«A»" + base[middle:])
    engine.edit_text(tb, base, "🅱 " + base + " نهاية")
    a.apply_update(b.get_update())
    b.apply_update(a.get_update())
    assert str(ta) == str(tb)
    merged = str(ta)
    assert "«A»" in merged and merged.startswith("🅱 ") and merged.endswith(" نهاية")
    # Both edits kept, nothing else changed: removing them gives the base back.
    assert merged.replace("«A»", "").removeprefix("🅱 ").removesuffix(" نهاية") == base


def test_a_long_text_edit_changes_only_the_edited_part() -> None:
    doc = Doc()
    old = "Первый абзац. " * 200
    doc["t"] = t = Text(old)
    before = doc.get_state()
    engine.edit_text(t, old, old[:1000] + "вставка" + old[1000:])
    assert len(doc.get_update(before)) < 200


# --- mirror and merge through SQLite --------------------------------------------------------


def test_local_edits_reach_the_outbox_in_their_own_transaction(pair) -> None:
    a, _ = pair
    group = add_group(a, mandate="Mandate")
    with a.read() as s:
        outbox = s.execute(text("SELECT count(*) FROM sync_outbox")).scalar()
        dirty = s.execute(text("SELECT count(*) FROM sync_dirty")).scalar()
    assert outbox >= 1 and dirty == 0
    set_field(a, WorkingGroup, group, mandate="Mandate, revised")
    with a.read() as s:
        history = s.scalars(select(SyncHistory).where(SyncHistory.record_id == group)).all()
    assert [(h.field, h.value, h.overwritten, h.origin) for h in history] == [
        ("mandate", '"Mandate, revised"', '"Mandate"', "local")
    ]


def test_a_commit_that_fails_after_mirroring_leaves_no_trace_in_the_y_doc(pair) -> None:
    a, b = pair
    group = add_group(a)
    service.run_round(a)
    with a.read() as s:
        before = s.execute(text("SELECT count(*) FROM sync_outbox")).scalar()
    with pytest.raises(Exception, match="FOREIGN KEY"), a.transaction() as s:
        # The reference is checked at COMMIT, after the hook mirrored the meeting.
        s.execute(text("PRAGMA defer_foreign_keys = ON"))
        m = Meeting(
            group_id="no-such-group",
            title="Orphan",
            start=datetime(2022, 1, 1),
            kind="regular",
            mode="virtual",
        )
        s.add(m)
        s.flush()
    orphan = m.id
    with a.read() as s:
        assert s.execute(text("SELECT count(*) FROM sync_outbox")).scalar() == before
    add_meeting(a, group, title="Next")  # the in-memory Y.Doc was dropped and reloads cleanly
    assert engine.cache_for(a).doc.get("meeting", type=Map).get(orphan) is None
    rounds_report = service.run_round(a)
    assert rounds_report.sent == 1
    service.run_round(b)
    assert get_field(b, Meeting, orphan, "title") is None
    assert canonical_dump(a) == canonical_dump(b)


def test_edits_without_the_listener_are_noted_and_mirrored_by_the_next_round(
    tmp_path: Path,
) -> None:
    a = quick_workspace(tmp_path / "a.sqlite3")
    b = quick_workspace(tmp_path / "b.sqlite3")
    service.link(a, tmp_path / "shared")
    service.link(b, tmp_path / "shared")
    a.remove_change_listener(mirror_of(a))  # as in a process that never attached sync
    group = add_group(a, "CTED")
    with a.read() as s:
        assert s.execute(text("SELECT tbl, record_id FROM sync_dirty")).all() == [
            ("working_group", group)
        ]
    sync(a, b)
    assert get_field(b, WorkingGroup, group, "acronym") == "CTED"


def test_nothing_is_noted_when_the_workspace_is_not_linked(workspace) -> None:
    add_group(workspace)
    with workspace.read() as s:
        assert s.execute(text("SELECT count(*) FROM sync_dirty")).scalar() == 0
        assert s.execute(text("SELECT count(*) FROM sync_outbox")).scalar() == 0


def test_the_application_does_not_load_pycrdt_at_start_up() -> None:
    code = "import sys, chairdesk.cli, chairdesk.gui.app; print('pycrdt' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert out.stdout.strip() == "False"


def test_records_round_trip_exactly(pair) -> None:
    a, b = pair
    group = add_group(a, mandate=UN_TEXTS[0])
    meeting = add_meeting(a, group, summary=UN_TEXTS[3])
    add_item(a, meeting, "Opening", "a0", notes=None)
    add_item(a, meeting, "Tour de table", "a1", notes="")
    add_item(a, meeting, "AOB", "a2", notes=UN_TEXTS[1])
    sync(a, b)
    assert canonical_dump(a) == canonical_dump(b)
    with b.read() as s:
        notes = s.execute(
            select(AgendaItem.title, AgendaItem.notes).order_by(AgendaItem.position)
        ).all()
    assert notes == [("Opening", None), ("Tour de table", ""), ("AOB", UN_TEXTS[1])]


@pytest.mark.parametrize("base", UN_TEXTS)
def test_concurrent_edits_of_the_same_summary_keep_both(pair, base: str) -> None:
    a, b = pair
    group = add_group(a)
    meeting = add_meeting(a, group, summary=base)
    sync(a, b)
    set_field(a, Meeting, meeting, summary=base + " [A: agreed]")
    set_field(b, Meeting, meeting, summary="[B: draft] " + base)
    sync(a, b)
    merged = get_field(a, Meeting, meeting, "summary")
    assert merged == get_field(b, Meeting, meeting, "summary")
    assert merged == "[B: draft] " + base + " [A: agreed]"


def _concurrent_titles(a, b, meeting: str, round_: int) -> str:
    """Both laptops retitle `meeting` before they meet; the winner's name, after checking
    that both converged on it and both keep the loser in the history."""
    mine, theirs = f"From A ({round_})", f"From B ({round_})"
    set_field(a, Meeting, meeting, title=mine)
    set_field(b, Meeting, meeting, title=theirs)
    sync(a, b)
    winner = get_field(a, Meeting, meeting, "title")
    assert winner == get_field(b, Meeting, meeting, "title") and winner in (mine, theirs)
    loser = mine if winner == theirs else theirs
    # Both laptops keep the losing value in the history, as replaced by the winning one.
    for ws in (a, b):
        with ws.read() as s:
            rows = s.scalars(select(SyncHistory).where(SyncHistory.record_id == meeting)).all()
        assert any(
            r.field == "title" and r.value == f'"{winner}"' and r.overwritten == f'"{loser}"'
            for r in rows
        ), [(r.field, r.origin, r.value, r.overwritten) for r in rows]
    return "A" if winner == mine else "B"


def test_concurrent_scalar_edits_converge_and_the_loser_is_in_history(pair) -> None:
    a, b = pair
    group = add_group(a)
    meeting = add_meeting(a, group, title="Q1 meeting")
    sync(a, b)
    _concurrent_titles(a, b, meeting, 0)


def test_a_lost_concurrent_write_is_in_the_history_of_both_laptops(pair) -> None:
    """Whichever laptop wins (Yjs decides by the sessions' random client ids), the other's
    value is in both histories: go on until each laptop has won once."""
    a, b = pair
    meeting = add_meeting(a, add_group(a), title="Q1 meeting")
    sync(a, b)
    winners: set[str] = set()
    for round_ in range(40):  # each round a new session on both: new client ids
        engine.cache_for(a).drop()
        engine.cache_for(b).drop()
        winners.add(_concurrent_titles(a, b, meeting, round_))
        if winners == {"A", "B"}:
            break
    assert winners == {"A", "B"}  # 2**-39 by chance, if client ids decide as they should


def test_an_edit_inside_a_concurrently_deleted_record_survives(pair) -> None:
    a, b = pair
    group = add_group(a)
    meeting = add_meeting(a, group, summary="Draft")
    sync(a, b)
    set_field(a, Meeting, meeting, deleted=True)
    set_field(b, Meeting, meeting, summary="Draft, with B's minutes")
    sync(a, b)
    for ws in (a, b):
        assert get_field(ws, Meeting, meeting, "deleted") is True
        assert get_field(ws, Meeting, meeting, "summary") == "Draft, with B's minutes"
    set_field(a, Meeting, meeting, deleted=False)  # restored from the trash
    sync(a, b)
    assert get_field(b, Meeting, meeting, "deleted") is False


def test_a_child_that_arrives_before_its_parent_waits_for_it(tmp_path: Path) -> None:
    a = quick_workspace(tmp_path / "a.sqlite3")
    b = quick_workspace(tmp_path / "b.sqlite3")
    service.link(a, tmp_path / "shared")
    service.link(b, tmp_path / "shared")
    group = add_group(a)
    meeting = add_meeting(a, group)
    service.run_round(a)  # file 1: group and meeting
    add_item(a, meeting, "Item", "a0")
    engine.cache_for(a).drop()  # a new session of A: a new client id
    item2 = add_item(a, meeting, "Item 2", "a1")
    service.run_round(a)  # file 2 (two client ids)
    # B receives only file 2 first: the items wait, nothing breaks.
    files = sorted((tmp_path / "shared" / "devices").glob("*/*.update"))
    first = files[0]
    hidden = first.with_name(".hidden")
    first.rename(hidden)
    report = service.run_round(b)
    assert report.received >= 1
    assert get_field(b, AgendaItem, item2, "title") is None
    with b.read() as s:
        assert s.execute(text("SELECT count(*) FROM sync_deferred")).scalar() >= 1
    hidden.rename(first)
    service.run_round(b)
    assert get_field(b, AgendaItem, item2, "title") == "Item 2"
    assert canonical_dump(a) == canonical_dump(b)
    with b.read() as s:
        assert s.execute(text("PRAGMA foreign_key_check")).all() == []


def test_every_session_gets_a_fresh_client_id(tmp_path: Path) -> None:
    a = quick_workspace(tmp_path / "a.sqlite3")
    service.link(a, tmp_path / "shared")
    add_group(a)
    first = engine.cache_for(a).doc.client_id
    a.close()
    again = quick_workspace(tmp_path / "unused.sqlite3")  # make sure a new Workspace object is used
    again.close()
    from chairdesk.store.database import Workspace, create_workspace_engine

    reopened = Workspace(path=a.path, engine=create_workspace_engine(a.path))
    service.run_round(reopened)
    add_group(reopened, "NEW")
    second = engine.cache_for(reopened).doc.client_id
    assert first != second
    with reopened.read() as s:
        columns = [r[1] for r in s.execute(text("PRAGMA table_info(sync_state)"))]
    assert not any("client" in c for c in columns)
    reopened.close()


def test_field_history_lists_changes_newest_first(pair) -> None:
    from chairdesk.store.sync_tables import field_history

    a, b = pair
    group = add_group(a)
    meeting = add_meeting(a, group, title="First")
    sync(a, b)
    set_field(a, Meeting, meeting, title="Second")
    sync(a, b)
    set_field(b, Meeting, meeting, title="Third")
    sync(a, b)
    with a.read() as s:
        rows = [
            (h.field, h.origin, h.value, h.overwritten)
            for h in field_history(s, "meeting", meeting)
        ]
    assert rows == [
        ("title", "remote", '"Third"', '"Second"'),
        ("title", "local", '"Second"', '"First"'),
    ]
    a_device = service.status(a).device_id
    with b.read() as s:
        remote = [h for h in field_history(s, "meeting", meeting) if h.origin == "remote"]
    assert [h.device_id for h in remote] == [a_device]


def test_undo_and_redo_travel_like_any_edit(pair) -> None:
    from chairdesk.store.changes import recording, replay

    a, b = pair
    group = add_group(a, mandate="Original")
    sync(a, b)
    with a.transaction() as s, recording(s) as changes:
        s.get(WorkingGroup, group).mandate = "Changed by mistake"
    sync(a, b)
    assert get_field(b, WorkingGroup, group, "mandate") == "Changed by mistake"
    with a.transaction() as s:
        replay(s, changes, undo=True)
    sync(a, b)
    assert get_field(b, WorkingGroup, group, "mandate") == "Original"


def test_an_edit_from_the_command_line_reaches_the_outbox_in_its_own_transaction(
    tmp_path: Path, small_file: Path, capsys
) -> None:
    from chairdesk.cli import main

    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "import", str(small_file)]) == 0
    assert main(["--data-dir", str(data), "sync", "link", str(tmp_path / "shared")]) == 0
    capsys.readouterr()
    assert (
        main(
            [
                "--data-dir",
                str(data),
                "group",
                "set",
                "--group",
                "ETCIP",
                "--name-fr",
                "Groupe ETCIP",
            ]
        )
        == 0
    ), capsys.readouterr().err
    ws = open_workspace(data / "workspace.sqlite3", tmp_path / "backups")
    with ws.read() as s:
        assert s.execute(text("SELECT count(*) FROM sync_dirty")).scalar() == 0, (
            "left for a later round"
        )
        updates = [row for (row,) in s.execute(text("SELECT data FROM sync_outbox"))]
    ws.close()
    assert any(b"Groupe ETCIP" in update for update in updates)


def test_opening_a_linked_workspace_attaches_sync_and_an_unlinked_one_stays_free(
    tmp_path: Path,
) -> None:
    from chairdesk.sync.listener import attach_if_linked

    linked, unlinked = (
        quick_workspace(tmp_path / "a.sqlite3"),
        quick_workspace(tmp_path / "b.sqlite3"),
    )
    service.link(linked, tmp_path / "shared")
    path = linked.path
    linked.close()
    reopened = open_workspace(path, tmp_path / "backups")
    assert attach_if_linked(reopened) and not attach_if_linked(unlinked)
    assert unlinked.change_listeners() == ()
    add_group(reopened, "CTED")
    with reopened.read() as s:
        assert s.execute(text("SELECT count(*) FROM sync_dirty")).scalar() == 0
        assert s.execute(text("SELECT count(*) FROM sync_outbox")).scalar() >= 1
