"""The shared folder as sync clients really leave it: late, duplicated, locked, offline."""

from __future__ import annotations

import json
import os
import threading
import time
from pathlib import Path

import pytest

from chairdesk.sync import fileformat, folder
from chairdesk.sync.crypto import ScryptParams
from chairdesk.sync.folder import (
    AlreadyAWorkspace,
    AlreadyWritten,
    FolderFutureFormat,
    FolderUnavailable,
    NotAChairDeskFolder,
    NotEncrypted,
    ScanMemo,
    SharedFolder,
    WorkspaceFileDamaged,
    WrongPassphrase,
    is_ignored_name,
)
from chairdesk.sync.location import is_inside, looks_cloud_synced

FAST = ScryptParams(n=1024, r=8, p=1)
A = "a3e1b2c4-5d6f-4a8b-9c0d-1e2f3a4b5c6d"
B = "b7c8d9e0-1f2a-4b3c-8d4e-5f6a7b8c9d0e"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    return tmp_path / "Groupe de travail – Égalité" / "共享"


@pytest.fixture
def shared(root: Path) -> SharedFolder:
    sf = SharedFolder(root)
    sf.create("ETCIP – Égalité")
    return sf


@pytest.fixture
def no_sleep(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    delays: list[float] = []
    monkeypatch.setattr(folder, "_sleep", delays.append)
    return delays


def leftovers(path: Path) -> list[str]:
    return sorted(p.name for p in path.rglob(".tmp-*"))


# --- workspace.json ---------------------------------------------------------------------


def test_create_then_open(root: Path) -> None:
    info = SharedFolder(root).create("ETCIP – Égalité")
    assert (root / "devices").is_dir()
    doc = json.loads((root / "workspace.json").read_text(encoding="utf-8"))
    assert doc["format"] == "chairdesk-shared-folder"
    assert doc["format_version"] == 1
    assert doc["workspace_id"] == info.workspace_id
    assert doc["name"] == "ETCIP – Égalité"
    assert doc["encryption"] is None
    again = SharedFolder(root).open()
    assert again == info
    assert not again.encrypted
    assert leftovers(root) == []


def test_create_refuses_an_existing_workspace(shared: SharedFolder) -> None:
    before = shared.workspace_file.read_bytes()
    with pytest.raises(AlreadyAWorkspace, match="join it"):
        SharedFolder(shared.root).create("Other")
    assert shared.workspace_file.read_bytes() == before


def test_encrypted_workspace(root: Path) -> None:
    sf = SharedFolder(root)
    info = sf.create("WG", passphrase="Égalité pour tous", params=FAST)
    text = (root / "workspace.json").read_text(encoding="utf-8")
    assert "Égalité pour tous" not in text
    assert json.loads(text)["encryption"]["cipher"] == "AES-256-GCM"
    opened = SharedFolder(root).open()
    assert opened.encrypted and opened == info
    key = sf.key_from_passphrase("Égalité pour tous")
    data = fileformat.encode(b"x", workspace_id=info.workspace_id, device_id=A, seq=1, key=key)
    assert fileformat.decode(data, workspace_id=info.workspace_id, key=key).payload == b"x"
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        sf.key_from_passphrase("egalite pour tous")


def test_passphrase_for_a_plain_workspace(shared: SharedFolder) -> None:
    with pytest.raises(NotEncrypted):
        shared.key_from_passphrase("anything")


def test_open_a_missing_folder_is_unavailable(root: Path) -> None:
    with pytest.raises(FolderUnavailable):
        SharedFolder(root).open()


def test_open_an_ordinary_folder(root: Path) -> None:
    root.mkdir(parents=True)
    with pytest.raises(NotAChairDeskFolder, match="not a ChairDesk shared folder"):
        SharedFolder(root).open()
    (root / "workspace.json").write_text('{"name": "something else"}', encoding="utf-8")
    with pytest.raises(NotAChairDeskFolder):
        SharedFolder(root).open()


def test_open_a_half_synced_workspace_file(shared: SharedFolder) -> None:
    text = shared.workspace_file.read_bytes()
    shared.workspace_file.write_bytes(text[: len(text) // 2])
    with pytest.raises(WorkspaceFileDamaged, match="try again"):
        shared.open()


def test_open_a_newer_folder_format(shared: SharedFolder) -> None:
    doc = json.loads(shared.workspace_file.read_text(encoding="utf-8"))
    doc["format_version"] = 2
    shared.workspace_file.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(FolderFutureFormat, match="newer ChairDesk.*update ChairDesk"):
        shared.open()


def test_open_refuses_hostile_scrypt_parameters(root: Path) -> None:
    sf = SharedFolder(root)
    sf.create("WG", passphrase="p", params=FAST)
    doc = json.loads(sf.workspace_file.read_text(encoding="utf-8"))
    doc["encryption"]["kdf"]["n"] = 2**40
    sf.workspace_file.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(WorkspaceFileDamaged):
        sf.open()


# --- writing ----------------------------------------------------------------------------


def test_write_file(shared: SharedFolder) -> None:
    path = shared.write_file(A, 42, b"payload")
    assert path == shared.root / "devices" / A / "000000000042.update"
    assert path.read_bytes() == b"payload"
    snap = shared.write_file(A, 43, b"state", kind="snapshot")
    assert snap.name == "000000000043.snapshot"
    assert leftovers(shared.root) == []


def test_write_never_overwrites_a_sequence_number(shared: SharedFolder) -> None:
    path = shared.write_file(A, 1, b"first")
    with pytest.raises(AlreadyWritten):
        shared.write_file(A, 1, b"second")
    with pytest.raises(AlreadyWritten):
        shared.write_file(A, 1, b"second", kind="snapshot")
    assert path.read_bytes() == b"first"
    assert leftovers(shared.root) == []


@pytest.mark.parametrize("device", ["", "../escape", ".hidden", "a/b", "a\\b", "x" * 200])
def test_write_refuses_unsafe_device_ids(shared: SharedFolder, device: str) -> None:
    with pytest.raises(ValueError):
        shared.write_file(device, 1, b"x")


def test_rename_retried_while_a_sync_client_holds_the_file(
    shared: SharedFolder, monkeypatch: pytest.MonkeyPatch, no_sleep: list[float]
) -> None:
    real_replace = os.replace
    calls = []

    def flaky_replace(src, dst):
        calls.append((src, dst))
        if len(calls) <= 3:
            raise PermissionError(13, "The process cannot access the file")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", flaky_replace)
    path = shared.write_file(A, 5, b"payload")
    assert path.read_bytes() == b"payload"
    assert len(calls) == 4
    assert no_sleep == sorted(no_sleep) and len(no_sleep) == 3 and no_sleep[0] < no_sleep[-1]
    assert leftovers(shared.root) == []


def test_rename_that_keeps_failing_leaves_no_temporary_file(
    shared: SharedFolder, monkeypatch: pytest.MonkeyPatch, no_sleep: list[float]
) -> None:
    def locked(src, dst):
        raise PermissionError(13, "locked by antivirus")

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(PermissionError):
        shared.write_file(A, 5, b"payload")
    monkeypatch.undo()
    assert leftovers(shared.root) == []
    assert not (shared.root / "devices" / A / "000000000005.update").exists()
    assert len(no_sleep) == folder.RENAME_ATTEMPTS - 1
    assert sum(no_sleep) < 15
    # and the same number can be written once the lock is gone
    assert shared.write_file(A, 5, b"payload").read_bytes() == b"payload"


def test_disk_full_while_writing_leaves_no_temporary_file(
    shared: SharedFolder, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError, match="No space"):
        shared.write_file(A, 1, b"payload")
    monkeypatch.undo()
    assert leftovers(shared.root) == []
    assert shared.own_files(A) == []


def test_remove_stale_temp_only_in_own_folder(shared: SharedFolder) -> None:
    shared.write_file(A, 1, b"a")
    shared.write_file(B, 1, b"b")
    (shared.root / "devices" / A / ".tmp-0123456789abcdef").write_bytes(b"half")
    (shared.root / "devices" / B / ".tmp-fedcba9876543210").write_bytes(b"half")
    assert shared.remove_stale_temp(A) == 1
    assert leftovers(shared.root) == [".tmp-fedcba9876543210"]


# --- scanning ---------------------------------------------------------------------------

CANDIDATES = [
    "000000000001.update",
    "000000000001 (conflicted copy 2026-11-28).update",  # Dropbox, Nextcloud
    "000000000001 (Ana's conflicted copy 2026-11-28).update",
    "000000000001-LAPTOP-7.update",  # OneDrive
    "000000000001.sync-conflict-20261128-101010-ABCDEFG.update",  # Syncthing
    "000000000001 (1).update",  # Google Drive
    "000000000002.snapshot",
    "README",  # whatever the name: the header decides
]
IGNORED = [
    ".tmp-0123456789abcdef",
    ".syncthing.000000000003.update.tmp",
    "~syncthing~000000000003.update.tmp",
    "~$notes.docx",
    ".~lock.notes.odt#",
    ".DS_Store",
    "._000000000001.update",
    ".000000000004.update.icloud",
    "desktop.ini",
    "Thumbs.db",
    "000000000005.update.part",
]


def test_scan_includes_conflicted_copies_and_ignores_temporary_files(
    shared: SharedFolder,
) -> None:
    for i, name in enumerate(CANDIDATES + IGNORED):
        (shared.root / "devices" / A).mkdir(exist_ok=True)
        (shared.root / "devices" / A / name).write_bytes(b"x" * (i + 1))
    (shared.root / "devices" / A / "subfolder").mkdir()
    (shared.root / "devices" / ".stversions").mkdir()
    (shared.root / "devices" / ".stversions" / "000000000001.update").write_bytes(b"old")
    # a whole device folder duplicated by a sync client
    (shared.root / "devices" / f"{B} (1)").mkdir()
    (shared.root / "devices" / f"{B} (1)" / "000000000009.update").write_bytes(b"late")
    found = shared.scan()
    assert sorted(f.path.name for f in found if f.device_dir_name == A) == sorted(CANDIDATES)
    late = [f for f in found if f.device_dir_name == f"{B} (1)"]
    assert [(f.path.name, f.size) for f in late] == [("000000000009.update", 4)]
    sizes = {f.path.name: f.size for f in found}
    assert sizes["000000000001.update"] == 1
    assert all(f.path.read_bytes() == shared.read(f.path) for f in found)


def _settle_times(shared: SharedFolder) -> None:
    """As if the device folders last changed a minute ago (recent ones are always listed)."""
    past = time.time_ns() - 60_000_000_000
    for d in (shared.root / "devices").iterdir():
        os.utime(d, ns=(past, past))


def test_a_scan_with_a_memo_lists_only_folders_that_changed_or_are_unsettled(
    shared: SharedFolder,
) -> None:
    first = shared.write_file(A, 1, b"a1")
    shared.write_file(B, 1, b"b1")
    memo = ScanMemo()
    assert memo.begin(full_every=600)  # the first scan of a session lists everything
    assert {f.path for f in shared.scan(memo)} == {
        first,
        shared.device_dir(B) / "000000000001.update",
    }
    memo.settled()
    assert not memo.begin(full_every=600)
    assert len(shared.scan(memo)) == 2  # folders changed a moment ago: listed again
    memo.settled()
    _settle_times(shared)
    assert not memo.begin(full_every=600)
    assert len(shared.scan(memo)) == 2
    memo.settled(unsettled={B})  # B holds a file the round could not deal with yet
    assert not memo.begin(full_every=600)
    assert [f.device_dir_name for f in shared.scan(memo)] == [B]
    memo.settled()
    assert not memo.begin(full_every=600)
    assert shared.scan(memo) == []
    memo.settled()
    second = shared.write_file(A, 2, b"a2")  # a new file changes its folder's time
    assert not memo.begin(full_every=600)
    assert {f.path for f in shared.scan(memo)} == {first, second}
    memo.settled()
    _settle_times(shared)
    first.write_bytes(b"rewritten in place")  # invisible in the folder's time...
    for _ in range(2):
        assert not memo.begin(full_every=600)
        shared.scan(memo)
        memo.settled()
    assert not memo.begin(full_every=600)
    assert shared.scan(memo) == []
    memo.settled()
    assert memo.begin(full_every=0)  # ...until the next complete listing
    assert {f.path: f.size for f in shared.scan(memo)}[first] == len(b"rewritten in place")


@pytest.mark.parametrize("name", IGNORED)
def test_ignored_names(name: str) -> None:
    assert is_ignored_name(name)


@pytest.mark.parametrize("name", CANDIDATES)
def test_candidate_names(name: str) -> None:
    assert not is_ignored_name(name)


def test_files_with_old_times_are_found(shared: SharedFolder) -> None:
    path = shared.write_file(B, 3, b"from a laptop back after three months")
    os.utime(path, (86400, 86400))  # 1970: Syncthing keeps the sender's times
    assert [f.path for f in shared.scan()] == [path]


def test_own_files(shared: SharedFolder) -> None:
    shared.write_file(A, 2, b"2")
    shared.write_file(A, 1, b"1")
    shared.write_file(A, 3, b"3", kind="snapshot")
    shared.write_file(B, 1, b"b")
    (shared.root / "devices" / A / "000000000001 (conflicted copy).update").write_bytes(b"c")
    own = shared.own_files(A)
    assert [(f.seq, f.kind) for f in own] == [(1, "update"), (2, "update"), (3, "snapshot")]
    assert all(f.path.parent.name == A for f in own)
    assert shared.own_files("c0ffee00-0000-4000-8000-000000000000") == []


# --- compaction -------------------------------------------------------------------------


def _names(path: Path) -> list[str]:
    return sorted(p.name for p in path.iterdir())


def test_compact_touches_only_own_files(shared: SharedFolder) -> None:
    for seq in (1, 2, 4, 5, 7):
        shared.write_file(A, seq, b"u")
    shared.write_file(A, 3, b"s", kind="snapshot")
    shared.write_file(A, 6, b"s", kind="snapshot")
    for seq in (1, 2, 3):
        shared.write_file(B, seq, b"b")
    copy = shared.root / "devices" / A / "000000000001 (conflicted copy 2026-11-28).update"
    copy.write_bytes(b"maybe a cloned laptop's edits")
    others = _names(shared.root / "devices" / B)

    deleted = shared.compact_own(A, 6)

    assert sorted(p.name for p in deleted) == [
        "000000000001.update",
        "000000000002.update",
        "000000000003.snapshot",
        "000000000004.update",
        "000000000005.update",
    ]
    assert _names(shared.root / "devices" / A) == [
        "000000000001 (conflicted copy 2026-11-28).update",
        "000000000006.snapshot",
        "000000000007.update",
    ]
    assert _names(shared.root / "devices" / B) == others


def test_compact_needs_a_snapshot_first(shared: SharedFolder) -> None:
    for seq in (1, 2, 3):
        shared.write_file(A, seq, b"u")
    with pytest.raises(ValueError, match="snapshot"):
        shared.compact_own(A, 3)
    assert len(shared.own_files(A)) == 3


def test_compact_can_spare_files(shared: SharedFolder) -> None:
    for seq in (1, 2):
        shared.write_file(A, seq, b"u")
    shared.write_file(A, 3, b"s", kind="snapshot")
    deleted = shared.compact_own(A, 2, keep=lambda f: f.seq == 1)
    assert [p.name for p in deleted] == ["000000000002.update"]


# --- offline ----------------------------------------------------------------------------


def test_folder_removed_is_offline_not_empty(shared: SharedFolder) -> None:
    path = shared.write_file(A, 1, b"x")
    assert shared.is_available()
    moved = shared.root.with_name("elsewhere")
    shared.root.rename(moved)
    assert not shared.is_available()
    with pytest.raises(FolderUnavailable):
        shared.scan()
    with pytest.raises(FolderUnavailable):
        shared.own_files(A)
    with pytest.raises(FolderUnavailable):
        shared.write_file(A, 2, b"y")
    with pytest.raises(FolderUnavailable):
        shared.read(path)
    assert not shared.root.exists()  # writing did not recreate an empty folder
    moved.rename(shared.root)
    assert shared.is_available()
    assert [f.path for f in shared.scan()] == [path]


def test_empty_mount_point_is_offline(shared: SharedFolder) -> None:
    shared.workspace_file.unlink()  # e.g. the network share is not mounted
    assert not shared.is_available()
    with pytest.raises(FolderUnavailable):
        shared.scan()


def test_a_folder_that_does_not_answer_is_offline(shared: SharedFolder) -> None:
    release = threading.Event()

    class Hanging:
        def is_file(self) -> bool:
            release.wait(10)
            return True

    shared.workspace_file = Hanging()  # type: ignore[assignment]
    try:
        assert shared.is_available(timeout=0.05) is False
    finally:
        release.set()


# --- where the database may live --------------------------------------------------------


@pytest.fixture
def no_onedrive_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer"):
        monkeypatch.delenv(var, raising=False)


@pytest.mark.usefixtures("no_onedrive_env")
def test_plain_folder_is_not_cloud_synced(tmp_path: Path) -> None:
    assert looks_cloud_synced(tmp_path / "ChairDesk" / "workspace.sqlite3") is None


@pytest.mark.usefixtures("no_onedrive_env")
@pytest.mark.parametrize(
    ("parts", "service"),
    [
        (["OneDrive - United Nations", "WG"], "OneDrive"),
        (["OneDrive"], "OneDrive"),
        (["Dropbox", "chair"], "Dropbox"),
        (["Dropbox (UNOCT)"], "Dropbox"),
        (["Google Drive", "My Drive"], "Google Drive"),
        (["Library", "CloudStorage", "GoogleDrive-ana@un.org"], "Google Drive"),
        (["Library", "Mobile Documents", "com~apple~CloudDocs"], "iCloud Drive"),
        (["iCloud Drive"], "iCloud Drive"),
        (["Box Sync"], "Box"),
        (["Nextcloud", "docs"], "Nextcloud"),
    ],
)
def test_cloud_folders_by_name(tmp_path: Path, parts: list[str], service: str) -> None:
    reason = looks_cloud_synced(tmp_path.joinpath(*parts) / "data" / "workspace.sqlite3")
    assert reason is not None and service in reason


@pytest.mark.usefixtures("no_onedrive_env")
@pytest.mark.parametrize(
    ("marker", "service"),
    [
        (".dropbox", "Dropbox"),
        (".stfolder", "Syncthing"),
        (".sync_0a1b2c3d4e5f.db", "Nextcloud"),
    ],
)
def test_cloud_folders_by_marker(tmp_path: Path, marker: str, service: str) -> None:
    synced = tmp_path / "Travail – 共享"
    (synced / "sub").mkdir(parents=True)
    (synced / marker).write_bytes(b"")
    reason = looks_cloud_synced(synced / "sub" / "not-yet" / "workspace.sqlite3")
    assert reason is not None and service in reason and str(synced) in reason


def test_onedrive_named_by_windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    business = tmp_path / "UN Secretariat"
    monkeypatch.setenv("OneDriveCommercial", str(business))
    assert "OneDrive" in looks_cloud_synced(business / "WG" / "db.sqlite3")


def test_is_inside(tmp_path: Path) -> None:
    shared = tmp_path / "Groupe – 共享"
    (shared / "devices").mkdir(parents=True)
    assert is_inside(shared, shared)
    assert is_inside(shared / "devices" / "x" / "not-yet.sqlite3", shared)
    assert not is_inside(tmp_path / "Groupe – 共享 2" / "db.sqlite3", shared)
    assert not is_inside(tmp_path, shared)
    link = tmp_path / "link"
    link.symlink_to(shared, target_is_directory=True)
    assert is_inside(link / "db.sqlite3", shared)
    assert is_inside(shared / "db.sqlite3", link)
