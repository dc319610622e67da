"""The shared folder: ``workspace.json``, one folder per device, safe writes, scans.

API summary
-----------
``SharedFolder(root)``:

- ``create(name, passphrase=None, *, params=crypto.DEFAULT_PARAMS, workspace_id=None)
  -> WorkspaceInfo``: make ``root`` (if needed), ``devices/`` and ``workspace.json`` (written
  atomically, never over an existing one: ``AlreadyAWorkspace``). With a passphrase the
  workspace is encrypted: a random salt, the scrypt parameters and a key check value are
  stored (never the passphrase or the key).
- ``open() -> WorkspaceInfo``: read ``workspace.json``. Raises ``FolderUnavailable`` (the
  folder is gone or unreachable), ``NotAChairDeskFolder``, ``FolderFutureFormat`` ("update
  ChairDesk") or ``WorkspaceFileDamaged``.
- ``key_from_passphrase(passphrase, info=None) -> bytes``: derive the key (slow: scrypt) and
  verify it against the key check; ``WrongPassphrase`` / ``NotEncrypted``.
- ``write_file(device_id, seq, data, kind="update") -> Path``: ``devices/<device_id>/
  000000000042.update`` (or ``.snapshot``). Written to ``.tmp-<random>`` in the same folder,
  flushed and fsynced, then renamed with ``os.replace``, retried with backoff on
  ``PermissionError`` (a sync client or antivirus holding the file on Windows). No temporary
  file is left behind, even when every retry fails. A sequence number already present in
  the device folder (as an update or a snapshot) is never overwritten: ``AlreadyWritten``.
- ``read(path) -> bytes``.
- ``read_sync_file(path, *, workspace_id, key=None) -> fileformat.DecodedFile``: decode a
  scanned file, reading no more than its header says (``fileformat.read``); raises
  ``fileformat.FileProblem`` as ``fileformat.decode`` does, ``FileNotFoundError`` if it went
  away meanwhile.
- ``scan(memo=None) -> list[FolderFile(path, device_dir_name, size, mtime_ns, rel)]``: every
  candidate file in every ``devices/*/`` folder, whatever its name ("conflicted copy"
  duplicates included), minus temporary and system files (``is_ignored_name``). Nothing is
  inferred from file times or from absent files. With a ``ScanMemo``, device folders that
  the memo knows unchanged are not listed (see ``ScanMemo``: a quiet round's shortcut,
  bounded by a complete listing every few minutes). ``rel`` and ``device_dir_name`` are
  always valid UTF-8 text (``storable_name``), whatever bytes the file system gave as a
  name: they go into the ledger and onto the screen; ``path`` opens the file.
- ``own_files(device_id) -> list[OwnFile(path, seq, kind)]``: this device's canonically
  named files, by sequence number.
- ``compact_own(device_id, upto_seq, *, keep=None) -> list[Path]``: after the caller wrote a
  snapshot (an own snapshot with seq >= ``upto_seq`` must exist), delete this device's own
  update files with seq <= ``upto_seq`` and its older snapshots. Only canonical names in its
  own folder: never another device's files, never a conflicted copy (it may hold a cloned
  device's edits). ``keep(own_file) -> True`` spares a file.
- ``remove_stale_temp(device_id) -> int``: delete this device's ``.tmp-*`` files left by a
  crash (call it while holding the device's write lock).
- ``is_available(timeout=10.0) -> bool``: False when the folder or its ``workspace.json`` is
  missing or does not answer in time. A network drive that is offline (or an empty mount
  point) is *unavailable*, never an empty workspace; ``scan``/``own_files``/``write_file``
  raise ``FolderUnavailable`` in that case rather than returning nothing.

Helpers: ``is_ignored_name(name) -> bool``; ``storable_name(name) -> str``. Where a database may live (``is_inside``,
``looks_cloud_synced``) is chairdesk.sync.location's business.

Blocking: every call here touches the disk, and a shared folder can be a network drive or
hold online-only placeholders that take minutes to download. Only ``is_available`` bounds its
own time; the sync service runs everything else on a worker thread, never on the UI thread.
"""

from __future__ import annotations

import base64
import binascii
import errno
import json
import logging
import os
import re
import secrets
import sys
import threading
import time
import uuid
from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from chairdesk import __version__
from chairdesk.sync import crypto, fileformat

log = logging.getLogger(__name__)

FOLDER_FORMAT = "chairdesk-shared-folder"
FOLDER_FORMAT_VERSION = 1
WORKSPACE_FILE = "workspace.json"
DEVICES_DIR = "devices"
TEMP_PREFIX = ".tmp-"
CIPHER = "AES-256-GCM"

#: A device folder changed less than this long ago is listed at every round (see ScanMemo).
SCAN_QUIET_NS = 3_000_000_000

RENAME_ATTEMPTS = 10
RENAME_FIRST_DELAY = 0.05  # seconds, doubled at each attempt
RENAME_MAX_DELAY = 2.0
_sleep = time.sleep  # replaced in tests

_DEVICE_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$")
_WINDOWS_SHARING = {5, 32, 33}  # access denied, sharing violation, lock violation
_BUSY_ERRNOS = {errno.EACCES, errno.EBUSY, errno.ETXTBSY, errno.EAGAIN}


# --- problems ---------------------------------------------------------------------------


class FolderProblem(Exception):
    """A shared-folder problem; ``str(exc)`` can be shown to a person."""


class FolderUnavailable(FolderProblem):
    """Gone, offline or not answering: try again later; never means "empty"."""


class NotAChairDeskFolder(FolderProblem):
    pass


class FolderFutureFormat(FolderProblem):
    pass


class WorkspaceFileDamaged(FolderProblem):
    pass


class AlreadyAWorkspace(FolderProblem):
    pass


class WrongPassphrase(FolderProblem):
    pass


class NotEncrypted(FolderProblem):
    pass


class AlreadyWritten(FolderProblem, FileExistsError):
    """A device tried to write a sequence number that its folder already holds."""


# --- values -----------------------------------------------------------------------------


@dataclass(frozen=True)
class EncryptionInfo:
    salt: bytes
    params: crypto.ScryptParams
    key_check: bytes

    def to_json(self) -> dict:
        return {
            "cipher": CIPHER,
            "kdf": self.params.to_json(),
            "salt": base64.b64encode(self.salt).decode("ascii"),
            "key_check": base64.b64encode(self.key_check).decode("ascii"),
        }


@dataclass(frozen=True)
class WorkspaceInfo:
    workspace_id: str
    name: str
    format_version: int
    encryption: EncryptionInfo | None = None

    @property
    def encrypted(self) -> bool:
        return self.encryption is not None


class FolderFile(NamedTuple):
    """A candidate file seen by a scan (a tuple: an idle round makes ten thousand)."""

    path_str: str
    device_dir_name: str
    size: int
    mtime_ns: int = 0  # only to notice that a file changed, never to order
    rel: str = ""  # relative to the folder, with "/": the ledger's key

    @property
    def path(self) -> Path:
        return Path(self.path_str)


class ScanMemo:
    """Which device folders a quiet round need not list again.

    Listing and stat-ing every file is most of a round with nothing new (ten
    thousand files: tens of milliseconds). A folder's modification time changes
    whenever a file in it is added, removed or renamed, which is how devices and
    sync clients deliver files (ours: a temporary file renamed into place). Each
    folder's time is read *before* it is listed, so a file that arrives during
    the listing changes it again. Folders are remembered only once the round has
    dealt with every file in them (applied, a duplicate, or quarantined): one
    holding a file still being written or refused is listed every round.

    What a folder's time does not show (a file rewritten in place, a file system
    with coarse times, a ledger changed by another process) is caught by a
    complete listing every few minutes (``begin``'s `full_every`), and at the
    first round of every session: a file can be seen later, never missed.
    """

    def __init__(self, key: tuple[str, ...] = ()) -> None:
        self.key = key  # whose memo: (folder, workspace id, device id) for the sync service
        self.known: dict[str, tuple[int, int]] = {}  # device folder -> (mtime_ns, inode)
        self.listed: dict[str, tuple[int, int]] = {}  # by the scan in progress
        self.complete: set[str] = set()  # device folders the scan in progress listed whole
        self.full_at: float | None = None  # time.monotonic() of the last complete listing

    def begin(self, full_every: float) -> bool:
        """Start a scan; True when it lists every folder (none for `full_every` seconds)."""
        now = time.monotonic()
        full = self.full_at is None or now - self.full_at >= full_every
        if full:
            self.known.clear()
            self.full_at = now
        self.listed = {}
        self.complete = set()
        return full

    def unchanged(self, name: str, mtime_ns: int, inode: int) -> bool:
        """Whether the folder is as a finished round left it; noted for the next round."""
        stamp = (mtime_ns, inode)
        # A time that is recent may not move for a change made a moment later (file
        # times have coarse ticks, two seconds on FAT): such a folder is listed again.
        if time.time_ns() - mtime_ns >= SCAN_QUIET_NS:
            self.listed[name] = stamp
        return self.known.get(name) == stamp

    def settled(self, unsettled: Collection[str] = ()) -> None:
        """The round dealt with the listed files, except in the `unsettled` device folders."""
        for name, stamp in self.listed.items():
            if name in unsettled:
                self.known.pop(name, None)
            else:
                self.known[name] = stamp
        self.listed = {}


@dataclass(frozen=True)
class OwnFile:
    path: Path
    seq: int
    kind: str


# --- the folder -------------------------------------------------------------------------


class SharedFolder:
    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)
        self.workspace_file = self.root / WORKSPACE_FILE
        self.devices_dir = self.root / DEVICES_DIR

    def __repr__(self) -> str:
        return f"SharedFolder({str(self.root)!r})"

    # workspace.json

    def create(
        self,
        name: str,
        passphrase: str | None = None,
        *,
        params: crypto.ScryptParams = crypto.DEFAULT_PARAMS,
        workspace_id: str | None = None,
    ) -> WorkspaceInfo:
        if not isinstance(name, str) or not name.strip():
            raise ValueError("a shared workspace needs a name")
        if self.workspace_file.exists():
            raise AlreadyAWorkspace(
                f"{self.root} is already a ChairDesk shared folder: join it instead"
            )
        encryption = None
        if passphrase is not None:
            salt = crypto.new_salt()
            key = crypto.derive_key(passphrase, salt, params)
            encryption = EncryptionInfo(salt, params, crypto.key_check(key))
        info = WorkspaceInfo(
            workspace_id or str(uuid.uuid4()), name.strip(), FOLDER_FORMAT_VERSION, encryption
        )
        doc = {
            "format": FOLDER_FORMAT,
            "format_version": FOLDER_FORMAT_VERSION,
            "file_format_version": fileformat.FORMAT_VERSION,
            "workspace_id": info.workspace_id,
            "name": info.name,
            "encryption": encryption.to_json() if encryption else None,
            "created_by": f"ChairDesk {__version__}",
        }
        text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
        self.root.mkdir(parents=True, exist_ok=True)
        self.devices_dir.mkdir(exist_ok=True)
        try:
            _atomic_write(self.root, WORKSPACE_FILE, text.encode("utf-8"))
        except FileExistsError:
            raise AlreadyAWorkspace(
                f"{self.root} is already a ChairDesk shared folder: join it instead"
            ) from None
        return info

    def open(self) -> WorkspaceInfo:
        try:
            raw = self.workspace_file.read_bytes()
        except FileNotFoundError:
            if not _is_dir(self.root):
                raise FolderUnavailable(f"{self.root} cannot be found (offline?)") from None
            raise NotAChairDeskFolder(
                f"{self.root} is not a ChairDesk shared folder (no {WORKSPACE_FILE}; "
                "if it is still being synced, wait and try again)"
            ) from None
        except IsADirectoryError:
            raise NotAChairDeskFolder(f"{self.root} is not a ChairDesk shared folder") from None
        except OSError as exc:
            raise FolderUnavailable(f"{self.root} cannot be read: {exc.strerror or exc}") from exc
        return _parse_workspace(raw, self.workspace_file)

    def key_from_passphrase(self, passphrase: str, info: WorkspaceInfo | None = None) -> bytes:
        """The workspace key, after checking the passphrase (scrypt: run it off the UI thread)."""
        info = info or self.open()
        if info.encryption is None:
            raise NotEncrypted(f"the shared workspace {info.name!r} is not encrypted")
        enc = info.encryption
        key = crypto.derive_key(passphrase, enc.salt, enc.params)
        if not crypto.verify_key(key, enc.key_check):
            raise WrongPassphrase(f"wrong passphrase for the shared workspace {info.name!r}")
        return key

    # availability

    def is_available(self, timeout: float | None = 10.0) -> bool:
        def probe() -> bool:
            return self.workspace_file.is_file()

        try:
            return bool(_with_timeout(probe, timeout))
        except (OSError, TimeoutError):
            return False

    def _require_available(self) -> None:
        try:
            ok = self.workspace_file.is_file()
        except OSError:
            ok = False
        if not ok:
            raise FolderUnavailable(
                f"{self.root} is not available (offline, moved, or {WORKSPACE_FILE} is missing)"
            )

    # device files

    def device_dir(self, device_id: str) -> Path:
        if not isinstance(device_id, str) or not _DEVICE_ID_RE.match(device_id):
            raise ValueError(f"not a usable device id: {device_id!r}")
        return self.devices_dir / device_id

    def write_file(self, device_id: str, seq: int, data: bytes, kind: str = "update") -> Path:
        name = fileformat.file_name(seq, kind)
        folder = self.device_dir(device_id)
        self._require_available()
        self.devices_dir.mkdir(exist_ok=True)
        folder.mkdir(exist_ok=True)
        for other in fileformat.KINDS:
            taken = folder / fileformat.file_name(seq, other)
            if os.path.lexists(taken):
                raise AlreadyWritten(f"{taken} already exists: sequence number {seq} is used")
        return _atomic_write(folder, name, bytes(data))

    def read(self, path: Path) -> bytes:
        """The bytes of a scanned file; ``FileNotFoundError`` if it went away meanwhile."""
        try:
            return Path(path).read_bytes()
        except FileNotFoundError:
            self._require_available()
            raise
        except OSError as exc:
            self._require_available()
            raise FolderUnavailable(f"{path} cannot be read: {exc.strerror or exc}") from exc

    def read_sync_file(
        self, path: Path, *, workspace_id: str, key: bytes | None = None
    ) -> fileformat.DecodedFile:
        """A scanned file, decoded from its header on: never read further than the header says."""
        try:
            with open(path, "rb") as fh:
                size = os.fstat(fh.fileno()).st_size
                return fileformat.read(fh, size, workspace_id=workspace_id, key=key)
        except FileNotFoundError:
            self._require_available()
            raise
        except OSError as exc:
            self._require_available()
            raise FolderUnavailable(
                f"{storable_name(os.fspath(path))} cannot be read: {exc.strerror or exc}"
            ) from exc

    def scan(self, memo: ScanMemo | None = None) -> list[FolderFile]:
        self._require_available()
        try:
            device_dirs = [
                e
                for e in os.scandir(self.devices_dir)
                if not e.name.startswith(".") and e.is_dir(follow_symlinks=False)
            ]
        except FileNotFoundError:
            self._require_available()
            return []
        except OSError as exc:
            raise FolderUnavailable(f"{self.devices_dir} cannot be listed: {exc}") from exc
        found: list[FolderFile] = []
        add = found.append
        for d in device_dirs:
            dir_name = storable_name(d.name)
            prefix = f"{DEVICES_DIR}/{dir_name}/"
            try:
                if memo is not None:
                    st = d.stat(follow_symlinks=False)  # before the listing (see ScanMemo)
                    if memo.unchanged(dir_name, st.st_mtime_ns, st.st_ino):
                        continue
                entries = list(os.scandir(d.path))
            except OSError as exc:
                log.warning("cannot list %s: %s", storable_name(d.path), exc)
                continue
            whole = True
            for e in entries:
                name = e.name
                if is_ignored_name(name):
                    continue
                try:
                    if not e.is_file(follow_symlinks=False):
                        continue
                    st = e.stat(follow_symlinks=False)
                except OSError as exc:
                    log.warning("cannot read %s: %s", storable_name(e.path), exc)
                    whole = False
                    continue
                add(
                    FolderFile(
                        e.path, dir_name, st.st_size, st.st_mtime_ns, prefix + storable_name(name)
                    )
                )
            if whole and memo is not None:
                memo.complete.add(dir_name)
        found.sort(key=lambda f: f.rel)  # device folder, then name (device ids: one length)
        return found

    def own_files(self, device_id: str) -> list[OwnFile]:
        folder = self.device_dir(device_id)
        self._require_available()
        try:
            names = os.listdir(folder)
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise FolderUnavailable(f"{folder} cannot be listed: {exc}") from exc
        own = []
        for name in names:
            parsed = fileformat.parse_file_name(name)
            if parsed:
                own.append(OwnFile(folder / name, parsed[0], parsed[1]))
        own.sort(key=lambda f: (f.seq, f.kind))
        return own

    def compact_own(
        self,
        device_id: str,
        upto_seq: int,
        *,
        keep: Callable[[OwnFile], bool] | None = None,
    ) -> list[Path]:
        files = self.own_files(device_id)
        snapshots = [f for f in files if f.kind == "snapshot"]
        if not any(s.seq >= upto_seq for s in snapshots):
            raise ValueError(
                f"no snapshot of device {device_id} at or after {upto_seq}: write one first"
            )
        newest = max(snapshots, key=lambda s: s.seq)
        deleted = []
        for f in files:
            if f.seq > upto_seq or f == newest or (keep and keep(f)):
                continue
            if _remove_with_retries(f.path):
                deleted.append(f.path)
        return deleted

    def remove_stale_temp(self, device_id: str) -> int:
        folder = self.device_dir(device_id)
        try:
            names = os.listdir(folder)
        except OSError:
            return 0
        return sum(_remove_with_retries(folder / n) for n in names if n.startswith(TEMP_PREFIX))


# --- names ------------------------------------------------------------------------------

_IGNORED_EXACT = {"desktop.ini", "thumbs.db", "ehthumbs.db", "icon\r", "$recycle.bin"}
_IGNORED_SUFFIXES = (".tmp", ".temp", ".part", ".partial", ".crdownload", ".!sync", ".icloud")


def storable_name(name: str) -> str:
    """`name` as text that can be stored and shown: bytes that are not UTF-8 as ``\\xe9``.

    A shared folder may hold any bytes as a name (``Caf\\xe9.update`` from an old sync
    client); Python gives them as lone surrogates, which neither SQLite nor a screen takes.
    """
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return os.fsencode(name).decode("utf-8", "backslashreplace")


def is_ignored_name(name: str) -> bool:
    """Temporary, placeholder and system files that a scan skips.

    Ours (``.tmp-*``) and those of sync clients and systems: any hidden name (``.syncthing.*``,
    ``.DS_Store``, ``._*``, iCloud's ``.name.icloud`` placeholders, Nextcloud's ``.~lock``),
    Office/Syncthing-on-Windows ``~$*`` and ``~syncthing~*``, ``desktop.ini``, ``Thumbs.db``,
    and names ending in ``.tmp``, ``.part``, ``.partial``, ``.crdownload``, ``.!sync``.
    """
    lower = name.lower()
    return (
        name.startswith((".", "~")) or lower in _IGNORED_EXACT or lower.endswith(_IGNORED_SUFFIXES)
    )


# --- workspace.json ---------------------------------------------------------------------


def _parse_workspace(raw: bytes, where: Path) -> WorkspaceInfo:
    damaged = (
        f"{where} is damaged or incomplete (if the folder is still being synced, "
        "wait and try again)"
    )
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise WorkspaceFileDamaged(damaged) from None
    if not isinstance(doc, dict) or doc.get("format") != FOLDER_FORMAT:
        raise NotAChairDeskFolder(f"{where.parent} is not a ChairDesk shared folder")
    version = doc.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise WorkspaceFileDamaged(damaged)
    if version > FOLDER_FORMAT_VERSION:
        raise FolderFutureFormat(
            f"{where.parent} was made by a newer ChairDesk (folder format {version}; this one "
            f"reads up to {FOLDER_FORMAT_VERSION}); update ChairDesk"
        )
    workspace_id, name = doc.get("workspace_id"), doc.get("name")
    if not isinstance(workspace_id, str) or not workspace_id or not isinstance(name, str):
        raise WorkspaceFileDamaged(damaged)
    enc = doc.get("encryption")
    encryption = None
    if enc is not None:
        if not isinstance(enc, dict):
            raise WorkspaceFileDamaged(damaged)
        if enc.get("cipher") != CIPHER or (
            isinstance(enc.get("kdf"), dict) and enc["kdf"].get("algorithm") != "scrypt"
        ):
            raise FolderFutureFormat(
                f"{where.parent} is encrypted in a way this ChairDesk does not know; "
                "update ChairDesk"
            )
        try:
            params = crypto.ScryptParams.from_json(enc.get("kdf"))
            salt = base64.b64decode(enc["salt"], validate=True)
            check = base64.b64decode(enc["key_check"], validate=True)
        except (ValueError, KeyError, TypeError, binascii.Error):
            raise WorkspaceFileDamaged(damaged) from None
        if len(salt) < 8 or len(check) != 32:
            raise WorkspaceFileDamaged(damaged)
        encryption = EncryptionInfo(salt, params, check)
    return WorkspaceInfo(workspace_id, name, version, encryption)


# --- safe file operations ---------------------------------------------------------------


def _is_busy(exc: OSError) -> bool:
    if isinstance(exc, PermissionError):
        return True
    return getattr(exc, "winerror", None) in _WINDOWS_SHARING or exc.errno in _BUSY_ERRNOS


def _retrying(action: Callable[[], None], what: str) -> None:
    delay = RENAME_FIRST_DELAY
    for attempt in range(1, RENAME_ATTEMPTS + 1):
        try:
            action()
            return
        except FileNotFoundError:
            raise
        except OSError as exc:
            if not _is_busy(exc) or attempt == RENAME_ATTEMPTS:
                raise
            log.info("%s: %s; retrying in %.2f s", what, exc, delay)
            _sleep(delay)
            delay = min(delay * 2, RENAME_MAX_DELAY)


def _remove_with_retries(path: Path) -> bool:
    try:
        _retrying(lambda: os.unlink(path), f"delete {path}")
    except FileNotFoundError:
        return False
    except OSError as exc:
        log.warning("could not delete %s: %s", path, exc)
        return False
    return True


def _atomic_write(folder: Path, name: str, data: bytes) -> Path:
    """Write ``folder/name`` via a temporary file and a rename; never over an existing file."""
    final = folder / name
    if os.path.lexists(final):
        raise AlreadyWritten(f"{final} already exists")
    tmp = folder / f"{TEMP_PREFIX}{secrets.token_hex(8)}"
    try:
        with open(tmp, "xb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if os.path.lexists(final):
            raise AlreadyWritten(f"{final} already exists")
        _retrying(lambda: os.replace(tmp, final), f"rename {tmp.name} to {name}")
    finally:
        if os.path.lexists(tmp):
            _remove_with_retries(tmp)
    _fsync_dir(folder)
    return final


def _fsync_dir(folder: Path) -> None:
    if sys.platform == "win32":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _is_dir(path: Path) -> bool:
    try:
        return path.is_dir()
    except OSError:
        return False


def _with_timeout(fn: Callable[[], object], timeout: float | None) -> object:
    """Run ``fn`` on a daemon thread; ``TimeoutError`` if it has not answered in time.

    A hung network file system call cannot be cancelled: the thread is left to finish on
    its own, which is harmless for a read-only probe.
    """
    if timeout is None:
        return fn()
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller
            box["error"] = exc

    thread = threading.Thread(target=run, name="chairdesk-folder-probe", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise TimeoutError("the folder did not answer in time")
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box.get("value")
