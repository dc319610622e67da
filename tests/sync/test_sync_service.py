"""Sync rounds against the faults a shared folder really has."""

from __future__ import annotations

import os
import shutil
import struct
import time
import zlib
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from chairdesk.store.database import Workspace, create_workspace_engine
from chairdesk.store.models import Meeting, WorkingGroup
from chairdesk.sync import engine, fileformat, service
from tests.sync.merge_helpers import (
    add_group,
    add_meeting,
    canonical_dump,
    get_field,
    quick_workspace,
    set_field,
)


def rounds(*workspaces: Workspace, times: int = 2) -> None:
    for _ in range(times):
        for ws in workspaces:
            service.run_round(ws)


def files_of(folder: Path, device_id: str) -> list[Path]:
    return sorted((folder / "devices" / device_id).iterdir())


# --- linking ---------------------------------------------------------------------------------


def test_link_refuses_a_database_inside_the_shared_folder(tmp_path: Path) -> None:
    ws = quick_workspace(tmp_path / "shared" / "data" / "workspace.sqlite3")
    with pytest.raises(service.SyncError, match="inside the shared folder"):
        service.link(ws, tmp_path / "shared")
    assert not (tmp_path / "shared" / "workspace.json").exists()
    ws.close()


@pytest.mark.parametrize("where", ["OneDrive - UNOCT", "Dropbox", "Google Drive"])
def test_link_refuses_a_database_in_a_cloud_synced_folder(tmp_path: Path, where: str) -> None:
    ws = quick_workspace(tmp_path / where / "ChairDesk" / "workspace.sqlite3")
    with pytest.raises(service.SyncError, match="corrupts it") as caught:
        service.link(ws, tmp_path / "elsewhere")
    assert where.split(" ")[0] in str(caught.value)
    ws.close()


def test_link_refuses_a_database_under_a_syncthing_marker(tmp_path: Path) -> None:
    (tmp_path / "synced").mkdir()
    (tmp_path / "synced" / ".stfolder").mkdir()
    ws = quick_workspace(tmp_path / "synced" / "workspace.sqlite3")
    with pytest.raises(service.SyncError, match="Syncthing"):
        service.link(ws, tmp_path / "elsewhere")
    ws.close()


def test_joining_with_records_of_its_own_is_refused_unless_they_are_to_be_added(
    laptops, tmp_path: Path
) -> None:
    (a,) = laptops(1)
    add_group(a, acronym="ETCIP")
    service.run_round(a)
    shared = tmp_path / "shared"
    before = folder_paths(shared)
    b = quick_workspace(tmp_path / "set-up-apart" / "workspace.sqlite3")
    add_group(b, acronym="ETCIP")  # the same group, typed on another laptop
    with pytest.raises(
        service.WouldAddLocalRecords, match="already holds 1 working group"
    ) as refused:
        service.link(b, shared, device_name="Set up apart")
    assert (refused.value.groups, refused.value.shared_name) == (1, "shared")
    assert (
        service.status(b) is None and folder_paths(shared) == before
    )  # nothing linked, nothing written

    service.link(b, shared, device_name="Set up apart", add_local=True)
    rounds(a, b)
    assert sorted(get_acronyms(a)) == ["ETCIP", "ETCIP"]  # what the refusal warned of
    b.close()


def test_a_workspace_rejoins_the_shared_workspace_it_left(laptops, tmp_path: Path) -> None:
    a, b = laptops(2)
    add_group(b)
    rounds(a, b)
    service.unlink(b)
    add_group(b, acronym="NEW")  # made while unlinked
    service.link(
        b, tmp_path / "shared", device_name="Back again"
    )  # its records are the shared ones
    rounds(b, a)
    assert "NEW" in get_acronyms(a)


def get_acronyms(ws: Workspace) -> list[str]:
    with ws.read() as session:
        return list(
            session.execute(text("SELECT acronym FROM working_group WHERE deleted = 0")).scalars()
        )


def test_status_names_devices_pending_changes_and_the_folder(laptops, tmp_path: Path) -> None:
    a, b = laptops(2)
    assert service.status(a).pending >= 1  # its device name waits in the outbox
    add_group(a)
    rounds(a, b)
    st = service.status(b)
    assert st.online and not st.encrypted and st.pending == 0
    assert st.folder == (tmp_path / "shared").resolve()
    assert {d.name for d in st.devices} == {"Laptop 0", "Laptop 1"}
    assert [d.this_device for d in st.devices if d.name == "Laptop 1"] == [True]
    assert st.last_round is not None and st.quarantined == []


def test_a_round_reports_the_tables_it_changed(laptops) -> None:
    a, b = laptops(2)
    group = add_group(a)
    add_meeting(a, group)
    service.run_round(a)
    report = service.run_round(b)
    assert report.received == 1 and report.changed_tables == {"working_group", "meeting"}
    assert service.run_round(b).received == 0  # nothing new: nothing read again


def test_unlink_forgets_the_folder_and_leaves_it_alone(laptops, tmp_path: Path) -> None:
    (a,) = laptops(1)
    service.run_round(a)
    before = sorted(p.name for p in (tmp_path / "shared").rglob("*"))
    result = service.unlink(a)
    assert result.folder == (tmp_path / "shared").resolve()
    assert service.status(a) is None
    assert sorted(p.name for p in (tmp_path / "shared").rglob("*")) == before
    with pytest.raises(service.NotLinked):
        service.run_round(a)


def test_a_renamed_laptop_is_known_by_its_new_name_on_the_others(laptops) -> None:
    a, b = laptops(2)
    rounds(a, b)
    assert service.rename_device(a, "  Chair's   laptop ") == "Chair's laptop"
    assert service.status(a).device_name == "Chair's laptop"
    assert service.status(a).pending >= 1  # the new name waits in the outbox
    rounds(a, b)
    names = {d.name for d in service.status(b).devices}
    assert names == {"Chair's laptop", "Laptop 1"}
    # A laptop that joins later learns the name from the folder too.
    (c,) = laptops(1)
    rounds(c)
    assert "Chair's laptop" in {d.name for d in service.status(c).devices}


@pytest.mark.parametrize(
    ("name", "message"), [("   ", "needs a name"), ("x" * 201, "at most 200 characters")]
)
def test_a_laptop_name_that_cannot_be_used_changes_nothing(
    laptops, name: str, message: str
) -> None:
    (a,) = laptops(1)
    pending = service.status(a).pending
    with pytest.raises(service.SyncError, match=message):
        service.rename_device(a, name)
    st = service.status(a)
    assert (st.device_name, st.pending) == ("Laptop 0", pending)


def test_renaming_needs_a_linked_workspace(tmp_path: Path) -> None:
    ws = quick_workspace(tmp_path / "workspace.sqlite3")
    with pytest.raises(service.NotLinked, match="sync link"):
        service.rename_device(ws, "Chair's laptop")
    ws.close()


# --- a folder that is offline ----------------------------------------------------------------


def test_an_offline_folder_is_offline_not_empty(laptops, tmp_path: Path) -> None:
    a, b = laptops(2)
    group = add_group(a)
    rounds(a, b)
    shared = tmp_path / "shared"
    shared.rename(tmp_path / "unplugged")  # the network drive goes away
    set_field(b, WorkingGroup, group, name="Edited offline")
    report = service.run_round(b)
    assert report.offline and report.sent == 0
    assert service.status(b).online is False
    assert get_field(b, WorkingGroup, group, "deleted") is False  # nothing "deleted"
    (tmp_path / "unplugged").rename(shared)
    rounds(b, a)
    assert get_field(a, WorkingGroup, group, "name") == "Edited offline"


# --- damaged, incomplete and foreign files ------------------------------------------------------


def _one_update_file(laptops) -> tuple[Workspace, Workspace, Path, bytes, str]:  # noqa: ANN001
    a, b = laptops(2)
    group = add_group(a, "ETCIP", mandate="Mandate")
    service.run_round(a)
    path = files_of(Path(service.status(a).folder), service.status(a).device_id)[-1]
    return a, b, path, path.read_bytes(), group


def test_a_truncated_file_is_never_applied_and_is_applied_once_complete(laptops) -> None:
    a, b, path, data, group = _one_update_file(laptops)
    ws_id = service.status(a).workspace_id
    for cut in range(len(data)):  # every byte offset, through the decoder
        with pytest.raises(fileformat.FileProblem):
            fileformat.decode(data[:cut], workspace_id=ws_id)
    for cut in sorted({0, 1, 8, 15, 16, 40, len(data) // 2, len(data) - 1}):  # and through rounds
        path.write_bytes(data[:cut])
        report = service.run_round(b)
        assert report.received == 0 and report.quarantined == 0
        assert get_field(b, WorkingGroup, group, "acronym") is None
    path.write_bytes(data)
    assert service.run_round(b).received == 1
    assert get_field(b, WorkingGroup, group, "mandate") == "Mandate"


def test_a_flipped_bit_is_quarantined_after_the_grace_period_and_kept(laptops, tuning) -> None:
    a, b, path, data, group = _one_update_file(laptops)
    tuning.grace_attempts, tuning.grace_period = 3, timedelta(0)
    damaged = bytearray(data)
    damaged[len(damaged) - 5] ^= 0x10
    path.write_bytes(bytes(damaged))
    assert [service.run_round(b).quarantined for _ in range(3)] == [0, 0, 1]
    st = service.status(b)
    assert [q.path.name for q in st.quarantined] == [path.name]
    assert "checksum" in st.quarantined[0].reason or "damaged" in st.quarantined[0].reason
    assert path.exists()  # never deleted
    assert get_field(b, WorkingGroup, group, "acronym") is None
    # The whole state travels again in a snapshot: nothing is lost.
    tuning.snapshot_after = 1
    add_group(a, "MORE")
    rounds(a, b)
    assert get_field(b, WorkingGroup, group, "mandate") == "Mandate"


def test_a_quarantined_file_that_arrives_whole_later_is_applied(laptops, tuning) -> None:
    a, b, path, data, group = _one_update_file(laptops)
    tuning.grace_attempts, tuning.grace_period = 3, timedelta(0)
    damaged = bytearray(data)
    damaged[len(damaged) - 5] ^= 0x10
    path.write_bytes(bytes(damaged))
    assert [service.run_round(b).quarantined for _ in range(3)] == [0, 0, 1]
    path.write_bytes(data)  # the sync client delivers the good copy under the same name
    assert service.run_round(b).received == 1
    assert get_field(b, WorkingGroup, group, "mandate") == "Mandate"
    assert service.status(b).quarantined == []


def settle_folder_times(ws: Workspace) -> None:
    """As if the device folders last changed a minute ago (recent ones are listed every round)."""
    past = time.time_ns() - 60_000_000_000
    for d in (Path(service.status(ws).folder) / "devices").iterdir():
        os.utime(d, ns=(past, past))


def test_a_round_with_nothing_new_opens_no_file(laptops, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = laptops(2)
    add_group(a, "ETCIP", mandate="Mandate")
    rounds(a, b)
    settle_folder_times(b)
    service.run_round(b)
    opened: list[Path] = []
    real_read = service.SharedFolder.read_sync_file

    def read(self, path: Path, **options):  # noqa: ANN001, ANN003, ANN202
        opened.append(path)
        return real_read(self, path, **options)

    monkeypatch.setattr(service.SharedFolder, "read_sync_file", read)
    report = service.run_round(b)
    assert (report.received, report.sent, report.skipped) == (0, 0, 0)
    assert opened == []
    # A file that changes under a name already seen is read again: its folder's time does
    # not show a file rewritten in place, so at the next complete listing.
    path = files_of(Path(service.status(a).folder), service.status(a).device_id)[-1]
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000_000))
    service.run_round(b)
    assert opened == []
    service.run_round(b, full_scan=True)  # a round a person asked for ("Sync now")
    assert opened == [path]
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 1_000_000_000))
    service.run_round(b)
    assert opened == [path]
    monkeypatch.setattr(service.TUNING, "full_scan_every", timedelta(0))  # ten minutes later
    service.run_round(b)
    assert opened == [path, path]


def test_a_quiet_round_lists_no_device_folder_and_a_new_file_is_seen_at_once(
    laptops, monkeypatch: pytest.MonkeyPatch
) -> None:
    a, b = laptops(2)
    add_group(a, "ETCIP", mandate="Mandate")
    rounds(a, b)
    listed: list[str] = []
    real_scandir = os.scandir

    def scandir(path: str):
        listed.append(Path(path).name)
        return real_scandir(path)

    monkeypatch.setattr("chairdesk.sync.folder.os.scandir", scandir)
    settle_folder_times(b)
    service.run_round(b)
    listed.clear()
    service.run_round(b)
    assert listed == ["devices"]  # the device folders themselves: only their times are read
    group = add_group(a, "CJLR", mandate="Another")
    service.run_round(a)
    listed.clear()
    report = service.run_round(b)
    assert report.received == 1
    assert get_field(b, WorkingGroup, group, "mandate") == "Another"
    assert service.status(a).device_id in listed  # the folder that gained a file, and only it
    assert service.status(b).device_id not in listed


def test_a_future_format_file_is_refused_with_a_clear_message(laptops) -> None:
    a, b, path, data, group = _one_update_file(laptops)
    newer = bytearray(data)
    struct.pack_into(">H", newer, 8, fileformat.FORMAT_VERSION + 1)
    struct.pack_into(">I", newer, 12, zlib.crc32(bytes(newer[:12])))
    path.write_bytes(bytes(newer))
    report = service.run_round(b)
    assert report.received == 0 and report.skipped == 1 and report.quarantined == 0
    assert any("newer ChairDesk" in m and "update ChairDesk" in m for m in report.messages)
    assert get_field(b, WorkingGroup, group, "acronym") is None


def test_conflicted_copies_and_duplicates_are_harmless(laptops) -> None:
    a, b, path, data, group = _one_update_file(laptops)
    path.with_name(f"{path.stem} (Laptop 0's conflicted copy 2022-03-15){path.suffix}").write_bytes(
        data
    )
    path.with_name(f"{path.stem}-2{path.suffix}").write_bytes(data)
    report = service.run_round(b)
    assert report.received == 1 and report.skipped == 2 and report.quarantined == 0
    assert get_field(b, WorkingGroup, group, "mandate") == "Mandate"


def test_files_with_old_modification_times_are_picked_up(laptops) -> None:
    a, b = laptops(2)
    service.run_round(b)  # b has looked at the folder already
    group = add_group(a)
    service.run_round(a)
    for path in (Path(service.status(a).folder) / "devices").rglob("*.update"):
        os.utime(path, (0, 0))  # delivered with the sender's (or a bogus) old time
    assert service.run_round(b).received >= 1
    assert get_field(b, WorkingGroup, group, "acronym") == "ETCIP"


# --- laptops that are cloned, skewed or away ------------------------------------------------------


def test_a_cloned_laptop_is_detected_and_takes_a_new_id(laptops, tmp_path: Path) -> None:
    a, b = laptops(2)
    group = add_group(a)
    rounds(a, b)
    # The laptop's disk is copied to a new machine, workspace and all.
    clone_path = tmp_path / "clone" / "workspace.sqlite3"
    clone_path.parent.mkdir()
    a.close()
    shutil.copyfile(a.path, clone_path)
    a = Workspace(path=a.path, engine=create_workspace_engine(a.path))
    clone = Workspace(path=clone_path, engine=create_workspace_engine(clone_path))
    old_id = service.status(a).device_id
    assert service.status(clone).device_id == old_id
    set_field(a, WorkingGroup, group, mandate="Written on the original")
    service.run_round(a)
    set_field(clone, WorkingGroup, group, name="Written on the clone")
    report = service.run_round(clone)
    assert report.new_device_id and report.new_device_id != old_id
    assert service.status(clone).device_id == report.new_device_id
    rounds(a, b, clone)
    for ws in (a, b, clone):
        assert get_field(ws, WorkingGroup, group, "mandate") == "Written on the original"
        assert get_field(ws, WorkingGroup, group, "name") == "Written on the clone"
    assert canonical_dump(a) == canonical_dump(b) == canonical_dump(clone)
    clone.close()
    a.close()


def test_a_file_under_our_id_that_we_never_wrote_means_a_clone(laptops) -> None:
    a, b = laptops(2)
    add_group(a)
    rounds(a, b)
    st = service.status(a)
    # Another copy of laptop A wrote a sequence number A has not reached yet (a restored backup).
    data = fileformat.encode(
        b"\x00\x00", workspace_id=st.workspace_id, device_id=st.device_id, seq=999
    )
    (Path(st.folder) / "devices" / st.device_id / fileformat.file_name(999)).write_bytes(data)
    report = service.run_round(a)
    assert report.new_device_id is not None
    assert service.status(a).device_id == report.new_device_id


def test_clocks_skewed_by_a_day_lose_nothing(laptops, monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = laptops(2)
    group = add_group(a)
    meeting = add_meeting(a, group, summary="Agreed:")
    rounds(a, b)
    real = engine.utcnow
    # Laptop B's clock is a day behind: its edits look older than A's although they are later.
    set_field(a, Meeting, meeting, summary="Agreed: A's point.", location="Vienna")
    service.run_round(a)
    monkeypatch.setattr(engine, "utcnow", lambda: real() - timedelta(days=1))
    monkeypatch.setattr(service, "utcnow", lambda: real() - timedelta(days=1))
    with b.transaction() as s:
        m = s.get(Meeting, meeting)
        m.summary = "Agreed: B's point. " + m.summary.removeprefix("Agreed:")
        m.updated_at = m.updated_at - timedelta(days=1)
    service.run_round(b)
    monkeypatch.undo()
    rounds(a, b)
    summary = get_field(a, Meeting, meeting, "summary")
    assert summary == get_field(b, Meeting, meeting, "summary")
    assert "A's point." in summary and "B's point." in summary
    assert get_field(b, Meeting, meeting, "location") == "Vienna"


def test_a_laptop_away_while_the_others_compacted_converges(
    laptops, tuning, tmp_path: Path
) -> None:
    a, b, c = laptops(3)
    group = add_group(a)
    rounds(a, b, c)
    tuning.snapshot_after, tuning.compact_after = 3, timedelta(0)
    b_id = service.status(b).device_id
    b_files = len(files_of(tmp_path / "shared", b_id))
    for n in range(12):  # C is away for months; A writes and compacts meanwhile
        set_field(a, WorkingGroup, group, mandate=f"Version {n}")
        service.run_round(a)
    a_id = service.status(a).device_id
    a_files = files_of(tmp_path / "shared", a_id)
    assert any(p.suffix == ".snapshot" for p in a_files)
    assert len(a_files) < 10  # its old files were compacted away
    assert len(files_of(tmp_path / "shared", b_id)) >= b_files  # never someone else's
    set_field(c, WorkingGroup, group, name="C's edit while away")
    rounds(c, a, b, c)
    assert get_field(c, WorkingGroup, group, "mandate") == "Version 11"
    assert get_field(a, WorkingGroup, group, "name") == "C's edit while away"
    assert canonical_dump(a) == canonical_dump(b) == canonical_dump(c)


def ledger_paths(ws: Workspace) -> set[str]:
    with ws.read() as session:
        return set(session.execute(text("SELECT path FROM sync_ledger")).scalars())


def folder_paths(folder: Path) -> set[str]:
    return {
        p.relative_to(folder).as_posix() for p in (folder / "devices").rglob("*") if p.is_file()
    }


def test_the_ledger_forgets_files_their_device_compacted_away(
    laptops, tuning, tmp_path: Path
) -> None:
    a, b = laptops(2)
    group = add_group(a)
    rounds(a, b)
    tuning.snapshot_after, tuning.compact_after = 3, timedelta(0)
    for n in range(12):
        set_field(a, WorkingGroup, group, mandate=f"Version {n}")
        service.run_round(a)
        service.run_round(b, full_scan=True)
    shared = tmp_path / "shared"
    a_id = service.status(a).device_id
    assert len(files_of(shared, a_id)) < 10  # A compacted its own files
    service.run_round(b, full_scan=True)
    # B remembers the files that are there, not every file A ever wrote.
    assert ledger_paths(b) == folder_paths(shared)
    assert get_field(b, WorkingGroup, group, "mandate") == "Version 11"
    set_field(a, WorkingGroup, group, mandate="After the clean-up")
    rounds(a, b)
    assert get_field(b, WorkingGroup, group, "mandate") == "After the clean-up"
    assert canonical_dump(a) == canonical_dump(b)


def test_a_device_folder_that_cannot_be_listed_keeps_its_ledger(
    laptops, tmp_path: Path, monkeypatch
) -> None:
    a, b = laptops(2)
    add_group(a)
    rounds(a, b)
    before = ledger_paths(b)
    a_folder = str(tmp_path / "shared" / "devices" / service.status(a).device_id)
    real_scandir = os.scandir

    def flaky(path=".") -> object:  # noqa: ANN001
        if os.fspath(path) == a_folder:
            raise PermissionError(13, "Permission denied", a_folder)  # a network hiccup
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", flaky)
    service.run_round(b, full_scan=True)
    assert ledger_paths(b) == before  # nothing forgotten for a folder that was not seen whole


def test_killed_after_reserving_a_sequence_number_never_reuses_it(laptops) -> None:
    """The in-process part of the kill tests: a reserved number is never written twice."""
    a, b = laptops(2)
    group = add_group(a)
    rnd = service._Round(a, None, None, None)
    with a.transaction() as session:
        service._remote_session(session)
        seq, _ = rnd._reserve(session, "update", b"\x00\x00", None)
    # ... the process dies here; the next round starts over.
    service.run_round(a)
    st = service.status(a)
    seqs = [fileformat.parse_file_name(p.name)[0] for p in files_of(Path(st.folder), st.device_id)]
    assert seq not in seqs and max(seqs) > seq
    service.run_round(b)
    assert get_field(b, WorkingGroup, group, "acronym") == "ETCIP"


# --- encryption ----------------------------------------------------------------------------------


def test_an_encrypted_workspace_needs_the_right_passphrase(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv(service.PASSPHRASE_ENV, raising=False)
    monkeypatch.setattr(service.crypto, "load_passphrase", lambda _id: None)
    a = quick_workspace(tmp_path / "a.sqlite3")
    b = quick_workspace(tmp_path / "b.sqlite3")
    shared = tmp_path / "shared"
    assert service.link(a, shared, passphrase="correct horse").encrypted
    group = add_group(a, mandate="Confidential مسودة")
    service.run_round(a, passphrase="correct horse")
    with pytest.raises(service.SyncError, match="wrong passphrase"):
        service.link(b, shared, passphrase="wrong")
    assert service.status(b) is None  # not linked
    with pytest.raises(service.SyncError, match="encrypted"):
        service.link(b, shared)
    service.link(b, shared, passphrase="correct horse")
    with pytest.raises(service.SyncError, match="passphrase"):
        service.run_round(b)
    monkeypatch.setenv(service.PASSPHRASE_ENV, "correct horse")
    service.run_round(b)
    assert get_field(b, WorkingGroup, group, "mandate") == "Confidential مسودة"
    for path in shared.rglob("*.update"):
        assert b"Confidential" not in path.read_bytes()
    assert service.status(b).encrypted
    a.close()
    b.close()


def test_the_database_passes_its_checks_after_sync(laptops) -> None:
    from chairdesk.store.checks import check_workspace

    a, b = laptops(2)
    group = add_group(a)
    add_meeting(a, group)
    rounds(a, b)
    with b.read() as s:
        assert check_workspace(s) == []
        assert s.execute(text("PRAGMA foreign_key_check")).all() == []


def test_relinking_the_same_folder_merges_what_changed_meanwhile(laptops, tmp_path: Path) -> None:
    a, b = laptops(2)
    group = add_group(a, mandate="Base text.")
    rounds(a, b)
    service.unlink(a)
    set_field(a, WorkingGroup, group, mandate="Base text. Added while unlinked.")
    set_field(b, WorkingGroup, group, mandate="B first. Base text.", name="B's name")
    service.run_round(b)
    service.link(a, tmp_path / "shared")
    rounds(a, b)
    for ws in (a, b):
        assert (
            get_field(ws, WorkingGroup, group, "mandate")
            == "B first. Base text. Added while unlinked."
        )
        assert get_field(ws, WorkingGroup, group, "name") == "B's name"
    assert canonical_dump(a) == canonical_dump(b)


def test_link_does_not_create_a_second_workspace_in_a_folder_still_arriving(
    laptops, tmp_path: Path
) -> None:
    (a,) = laptops(1)
    service.run_round(a)
    (tmp_path / "shared" / "workspace.json").rename(tmp_path / "later.json")  # not synced yet
    b = quick_workspace(tmp_path / "b" / "workspace.sqlite3")
    with pytest.raises(service.SyncError, match="still being synced"):
        service.link(b, tmp_path / "shared")
    assert not (tmp_path / "shared" / "workspace.json").exists()
    b.close()


def test_a_laptop_linked_without_a_name_is_known_by_the_name_the_application_suggests(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import getpass
    import platform

    from chairdesk.gui.settings import default_device_name

    monkeypatch.setattr(getpass, "getuser", lambda: "amina")
    monkeypatch.setattr(platform, "node", lambda: "ctcc-laptop-7")
    ws = quick_workspace(tmp_path / "a.sqlite3")
    service.link(ws, tmp_path / "shared")
    assert service.status(ws).device_name == default_device_name() == "amina@ctcc-laptop-7"
