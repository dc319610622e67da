"""Sync rounds: link a workspace to a shared folder, send, receive, report.

The API the command line and the GUI's Sync view use (stable):

- ``link(workspace, folder, *, device_name=None, passphrase=None, add_local=False) -> LinkResult``:
  create a shared workspace in an empty folder, or join the one it holds (a workspace
  with records of its own joins only with `add_local`: ``WouldAddLocalRecords``).
- ``unlink(workspace) -> UnlinkResult``.
- ``rename_device(workspace, name) -> str``: this laptop's new name, as the others see it.
- ``status(workspace, *, check_folder=True) -> SyncStatus | None`` (None: not linked).
  ``quarantined`` names the files set aside, ``set_aside`` the records (file, table,
  record, field, reason).
- ``run_round(workspace, *, passphrase=None, progress=None, cancel=None) -> RoundReport``:
  one round: mirror local edits, receive every new valid file, send the outbox,
  snapshot and compact this device's own files when due. ``report.changed_tables``
  names the synced tables whose records changed (views showing them should reload).
  Nothing a file holds stops a round: a file whose content is not an update is
  quarantined at once, a record that fails chairdesk.store.row_rules (or refers to
  one no laptop has sent) is set aside, and the round goes on and sends.
- ``resolve_passphrase(workspace_id, passphrase=None)``: argument, else
  ``$CHAIRDESK_SYNC_PASSPHRASE``, else the OS keychain.
- ``database_location_problem(database, folder=None) -> str | None`` (from
  ``chairdesk.sync.location``, no pycrdt): why a database may not live where it is.
- ``TUNING``: grace period, snapshot and compaction thresholds.

Field history for a record: ``chairdesk.store.sync_tables.field_history(session, table, id)``.
Whoever opens a workspace calls ``chairdesk.sync.listener.attach_if_linked(workspace)`` (the
command line and the application do; the service attaches too) so that edits reach the outbox
in their own transaction; without it they are noted in ``sync_dirty`` and mirrored by the next
round.

Each call opens its own sessions on the `workspace` it is given, so a worker
thread may run a round with its own ``Workspace`` (or the application's: the
sessions are per call) while the UI keeps working; SQLite's write lock
(``BEGIN IMMEDIATE`` with a busy timeout) orders the two. Every call may block
on the folder (a network drive, online-only placeholders): never call one on
the UI thread. Failures that a person can act on raise ``SyncError`` with a
readable message; a folder that is offline gives ``RoundReport(offline=True)``,
never "everything was deleted".
"""

from __future__ import annotations

import logging
import os
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from pycrdt import merge_updates
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from chairdesk.store.database import Workspace
from chairdesk.store.models import utcnow
from chairdesk.store.sync_tables import (
    REMOTE,
    SyncDeferred,
    SyncDevice,
    SyncLedger,
    SyncSent,
    SyncState,
)
from chairdesk.sync import crypto, engine, fileformat
from chairdesk.sync.device import default_device_name
from chairdesk.sync.folder import (
    DEVICES_DIR,
    AlreadyWritten,
    FolderFile,
    FolderProblem,
    FolderUnavailable,
    ScanMemo,
    SharedFolder,
    WorkspaceInfo,
)
from chairdesk.sync.location import database_location_problem

log = logging.getLogger(__name__)

PASSPHRASE_ENV = "CHAIRDESK_SYNC_PASSPHRASE"


@dataclass
class Tuning:
    """Knobs of a round (tests make them small)."""

    # A bad file is quarantined once it failed this many rounds AND this long.
    grace_attempts: int = 3
    grace_period: timedelta = timedelta(minutes=10)
    # A snapshot is written when this device has this many update files since its last one.
    snapshot_after: int = 50
    # Own files older than the previous snapshot are deleted once the newest snapshot is this old.
    compact_after: timedelta = timedelta(hours=1)
    # Files applied per transaction.
    batch: int = 100
    # Merge the stored Y.Doc into one row when it has this many.
    doc_rows: int = 200
    # A round lists every device folder at least this often, not only the changed ones.
    full_scan_every: timedelta = timedelta(minutes=10)


TUNING = Tuning()


class SyncError(Exception):
    """A sync problem a person can act on; the message says what and why."""


class NotLinked(SyncError):
    pass


class Cancelled(SyncError):
    pass


class WouldAddLocalRecords(SyncError):
    """Joining would add this workspace's own records to a shared workspace they have never met.

    Two workspaces set up apart (the example loaded on two laptops, the same group
    typed twice) have different record ids: joined, they stand side by side, each
    group twice. Joining from an empty workspace avoids that; `add_local=True`
    says the records are meant to be added (a group the shared workspace lacks).
    """

    def __init__(self, folder: Path, shared_name: str, groups: int, records: int) -> None:
        self.folder, self.shared_name, self.groups, self.records = (
            folder,
            shared_name,
            groups,
            records,
        )
        super().__init__(
            f"this workspace already holds {groups} working group(s) and {records} record(s) in all, "
            f"and {folder} holds the shared workspace {shared_name!r}: joining would put them side by "
            "side (a group both have would be there twice). Join from a new, empty workspace "
            "(`chairdesk --workspace NEW.sqlite3 sync link FOLDER`), or add this workspace's records "
            "to the shared one with --add-local"
        )


@dataclass(frozen=True)
class LinkResult:
    folder: Path
    created: bool  # True: a new shared workspace; False: joined an existing one
    workspace_id: str
    workspace_name: str
    device_id: str
    device_name: str
    encrypted: bool
    # Whether the passphrase went into the OS keychain (None: not asked, or not encrypted).
    passphrase_remembered: bool | None = None


@dataclass(frozen=True)
class UnlinkResult:
    folder: Path
    unsent: int  # local changes that had not reached the folder


@dataclass(frozen=True)
class DeviceInfo:
    device_id: str
    name: str | None
    last_activity: datetime | None  # this laptop's clock (UTC) when a new file arrived
    files: int
    this_device: bool


@dataclass(frozen=True)
class QuarantinedFile:
    path: Path
    reason: str
    first_seen: datetime
    attempts: int


@dataclass(frozen=True)
class SetAsideRecord:
    """A record another laptop sent that this one keeps aside (not in SQLite), and why."""

    table: str
    record_id: str
    field: str  # the first column at fault ("" for the record as a whole)
    reason: str
    waiting: bool  # for a record it refers to (applied when that arrives), or refused by the rules
    file: str | None  # the file that brought it, relative to the folder
    device_id: str | None
    label: str | None  # its title, name, acronym or code
    since: datetime | None  # this laptop's clock (UTC)


#: `status` lists at most this many records set aside (``set_aside_count`` counts them all).
SET_ASIDE_SHOWN = 500


@dataclass(frozen=True)
class SyncStatus:
    folder: Path
    online: bool
    encrypted: bool
    device_id: str
    device_name: str
    last_round: datetime | None  # UTC
    pending: int  # local changes not yet written to the folder
    devices: list[DeviceInfo]
    quarantined: list[QuarantinedFile]
    workspace_id: str = ""
    set_aside: list[SetAsideRecord] = field(default_factory=list)
    set_aside_count: int = 0


@dataclass
class RoundReport:
    sent: int = 0  # files written (updates and snapshots)
    received: int = 0  # new files applied
    skipped: int = 0  # files not applied this round: duplicates, still arriving, refused
    quarantined: int = 0  # files newly quarantined this round
    set_aside: int = 0  # records newly set aside this round (see SyncStatus.set_aside)
    changed_tables: set[str] = field(default_factory=set)
    offline: bool = False
    new_device_id: str | None = None  # set when a clone was detected and this laptop took a new id
    compacted: int = 0  # own files removed after a snapshot
    messages: list[str] = field(default_factory=list)

    def summary(self) -> str:
        if self.offline:
            return "the shared folder is offline; nothing was sent or received (it will be retried)"
        text = (
            f"sent {self.sent}, received {self.received}, skipped {self.skipped}, "
            f"quarantined {self.quarantined}"
        )
        return text + (f", set aside {self.set_aside} record(s)" if self.set_aside else "")


Progress = Callable[[str, int, int], None]  # (what, done, total)


# --- state ---------------------------------------------------------------------------------


@dataclass
class _State:
    device_id: str
    device_name: str
    folder: Path
    workspace_id: str
    encrypted: bool
    next_seq: int
    last_round: datetime | None
    last_snapshot_seq: int | None
    last_snapshot_at: datetime | None
    compact_upto_seq: int | None


def _remote_session(session: Session) -> Session:
    session.info[REMOTE] = True
    return session


def _read_state(session: Session) -> _State | None:
    row = session.get(SyncState, 1)
    if row is None:
        return None
    return _State(
        row.device_id,
        row.device_name,
        Path(row.folder),
        row.workspace_id,
        row.encrypted,
        row.next_seq,
        row.last_round,
        row.last_snapshot_seq,
        row.last_snapshot_at,
        row.compact_upto_seq,
    )


def is_linked(workspace: Workspace) -> bool:
    with workspace.read() as session:
        return session.get(SyncState, 1) is not None


def _scan_memo(workspace: Workspace, state: _State) -> ScanMemo:
    """The workspace's memo of device folders already dealt with (this session only).

    Linking again gives a new device id, so a new link (whose ledger starts empty) never
    inherits a memo.
    """
    key = (str(state.folder), state.workspace_id, state.device_id)
    memo = workspace.__dict__.get("_scan_memo")
    if memo is None or memo.key != key:
        memo = ScanMemo(key)
        workspace.__dict__["_scan_memo"] = memo
    return memo


def _require_state(workspace: Workspace) -> _State:
    with workspace.read() as session:
        state = _read_state(session)
    if state is None:
        raise NotLinked(
            "this workspace is not linked to a shared folder "
            "(`chairdesk sync link FOLDER` links it)"
        )
    return state


# --- passphrase ----------------------------------------------------------------------------

_KEYS: dict[tuple[str, str, str], bytes] = {}
_KEYS_LOCK = threading.Lock()


def resolve_passphrase(workspace_id: str, passphrase: str | None = None) -> str | None:
    if passphrase:
        return passphrase
    env = os.environ.get(PASSPHRASE_ENV)
    if env:
        return env
    return crypto.load_passphrase(workspace_id)


def _key(folder: SharedFolder, info: WorkspaceInfo, passphrase: str | None) -> bytes | None:
    if not info.encrypted:
        return None
    passphrase = resolve_passphrase(info.workspace_id, passphrase)
    if not passphrase:
        raise SyncError(
            f"the shared workspace {info.name!r} is encrypted: give its passphrase "
            f"(--passphrase-env VAR, ${PASSPHRASE_ENV}, or keep it in the keychain)"
        )
    cache_key = (str(folder.root), info.workspace_id, passphrase)
    with _KEYS_LOCK:
        key = _KEYS.get(cache_key)
    if key is None:
        try:
            key = folder.key_from_passphrase(passphrase, info)
        except FolderProblem as exc:
            raise SyncError(str(exc)) from exc
        with _KEYS_LOCK:
            _KEYS[cache_key] = key
    return key


# --- link / unlink / status ------------------------------------------------------------------


DEVICE_NAME_MAX = engine.DEVICE_NAME_MAX


def link(
    workspace: Workspace,
    folder: Path | str,
    *,
    device_name: str | None = None,
    passphrase: str | None = None,
    workspace_name: str | None = None,
    remember_passphrase: bool = False,
    add_local: bool = False,
) -> LinkResult:
    """Link the workspace to a shared folder: create a shared workspace there, or join it.

    A new shared workspace is encrypted when a passphrase is given. Every record
    of the workspace is mirrored into the Y.Doc and waits in the outbox for the
    first round. Joining with records of its own that the shared workspace has
    never seen needs `add_local` (see WouldAddLocalRecords); rejoining the shared
    workspace this one was unlinked from does not.
    """
    folder = Path(folder).expanduser().resolve()
    with workspace.read() as session:
        state = _read_state(session)
        own_name = session.execute(
            sa.text("SELECT value FROM workspace_info WHERE key = 'name'")
        ).scalar()
        previous = session.execute(
            sa.text("SELECT value FROM workspace_info WHERE key = :key"), {"key": _PREVIOUS}
        ).scalar()
        conn = session.connection()
        own_records = sum(
            conn.exec_driver_sql(f'SELECT count(*) FROM "{t}"').scalar() for t in engine.ORDER
        )
        own_groups = conn.exec_driver_sql(
            "SELECT count(*) FROM working_group WHERE deleted = 0"
        ).scalar()
    if state is not None:
        raise SyncError(
            f"this workspace is already linked to {state.folder}; `chairdesk sync unlink` first"
        )
    problem = database_location_problem(workspace.path.resolve(), folder)
    if problem:
        raise SyncError(problem)
    shared = SharedFolder(folder)
    try:
        if shared.workspace_file.exists():
            info = shared.open()
            created = False
        else:
            if folder.exists() and not folder.is_dir():
                raise SyncError(f"{folder} is a file, not a folder")
            if (folder / "devices").is_dir():
                # Files of a shared workspace but not its workspace.json: probably still
                # arriving. Creating a second workspace here would split the group.
                raise SyncError(
                    f"{folder} holds ChairDesk devices' files but no workspace.json (yet): if "
                    "the folder is still being synced, wait until it has arrived and link again"
                )
            name = workspace_name or own_name or folder.name or "ChairDesk workspace"
            info = shared.create(name, passphrase or None)
            created = True
    except FolderProblem as exc:
        raise SyncError(str(exc)) from exc
    except OSError as exc:
        raise SyncError(f"{folder}: cannot use this folder ({exc.strerror or exc})") from exc
    if not created and own_records and previous != info.workspace_id and not add_local:
        raise WouldAddLocalRecords(folder, info.name, own_groups, own_records)
    remembered = None
    if info.encrypted:
        _key(shared, info, passphrase)  # a wrong passphrase is refused now
        if remember_passphrase:
            # False without a usable keychain (a headless machine): the caller says so.
            remembered = crypto.store_passphrase(
                info.workspace_id, resolve_passphrase(info.workspace_id, passphrase) or ""
            )
    device_id = str(uuid.uuid4())
    name = (device_name or default_device_name()).strip()[:DEVICE_NAME_MAX]
    engine.attach(workspace)
    cache = engine.cache_for(workspace)
    with workspace.transaction() as session:
        _remote_session(session)
        conn = session.connection()
        previous = conn.exec_driver_sql(
            "SELECT value FROM workspace_info WHERE key = ?", (_PREVIOUS,)
        ).scalar()
        keep_doc = previous == info.workspace_id
        _clear_sync_tables(session, keep_doc=keep_doc)
        conn.exec_driver_sql("DELETE FROM workspace_info WHERE key = ?", (_PREVIOUS,))
        # A new Y.Doc: every record it gets is written under this version's rules. A kept one
        # may hold what another version set aside: the first round judges it all again.
        session.add(
            SyncState(
                id=1,
                device_id=device_id,
                device_name=name,
                folder=str(folder),
                workspace_id=info.workspace_id,
                encrypted=info.encrypted,
                next_seq=1,
                linked_at=utcnow(),
                rules=None if keep_doc else engine.RULES_VERSION,
            )
        )
        session.flush()
        cache.drop()
        engine.mark_all_dirty(session)
        engine.mirror_local(session, cache, (), device_id)
        engine.set_device_name(session, cache, device_id, name)
        session.add(SyncDevice(device_id=device_id, name=name, last_activity=utcnow(), files=0))
        # The workspace takes the shared workspace's name (kept in workspace.json).
        session.connection().exec_driver_sql(
            "INSERT INTO workspace_info (key, value) VALUES ('name', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (info.name,),
        )
    return LinkResult(
        folder, created, info.workspace_id, info.name, device_id, name, info.encrypted, remembered
    )


def _clear_sync_tables(session: Session, *, keep_doc: bool) -> None:
    """Forget the sync state (never the field history).

    `keep_doc` keeps the Y.Doc, the outbox and the records set aside (they are the
    difference between the Y.Doc and SQLite).
    """
    conn = session.connection()
    tables = ["sync_state", "sync_dirty", "sync_sent", "sync_ledger", "sync_device"]
    if not keep_doc:
        tables += ["sync_doc", "sync_outbox", "sync_deferred"]
    for table in tables:
        conn.exec_driver_sql(f"DELETE FROM {table}")


# After `unlink`, the Y.Doc stays, marked with its workspace id: linking the same shared
# workspace again then merges what changed meanwhile field by field (the Y.Doc is the
# common ancestor) instead of as whole new records.
_PREVIOUS = "sync.previous_workspace_id"


def unlink(workspace: Workspace) -> UnlinkResult:
    """Stop syncing: forget the folder and the sync state (the field history stays).

    Nothing in the folder is touched; linking again later joins it afresh.
    """
    state = _require_state(workspace)
    cache = engine.cache_for(workspace)
    with workspace.transaction() as session:
        _remote_session(session)
        conn = session.connection()
        unsent = (
            conn.exec_driver_sql("SELECT count(*) FROM sync_outbox").scalar()
            + conn.exec_driver_sql("SELECT count(*) FROM sync_dirty").scalar()
        )
        # Unsent changes stay in the outbox: linking the same workspace again sends them.
        _clear_sync_tables(session, keep_doc=True)
        conn.exec_driver_sql(
            "INSERT INTO workspace_info (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (_PREVIOUS, state.workspace_id),
        )
        cache.drop()
    return UnlinkResult(state.folder, unsent)


def rename_device(workspace: Workspace, name: str) -> str:
    """Give this laptop a new name; the others show it after their next round.

    The name travels in the Y.Doc like any change (one update in the outbox),
    so it reaches laptops that are offline today when they come back.
    """
    name = " ".join(name.split())
    if not name:
        raise SyncError("a laptop needs a name that the others can recognise")
    if len(name) > DEVICE_NAME_MAX:
        raise SyncError(
            f"a laptop's name has at most {DEVICE_NAME_MAX} characters ({len(name)} given)"
        )
    state = _require_state(workspace)
    engine.attach(workspace)
    cache = engine.cache_for(workspace)
    with workspace.transaction() as session:
        _remote_session(session)
        session.get(SyncState, 1).device_name = name
        me = session.get(SyncDevice, state.device_id)
        if me is None:
            session.add(
                SyncDevice(device_id=state.device_id, name=name, last_activity=utcnow(), files=0)
            )
        else:
            me.name = name
        engine.set_device_name(session, cache, state.device_id, name)
    return name


def status(workspace: Workspace, *, check_folder: bool = True) -> SyncStatus | None:
    """Where and how this workspace syncs; None when it is not linked.

    With `check_folder`, asks whether the folder answers (bounded wait).
    """
    with workspace.read() as session:
        state = _read_state(session)
        if state is None:
            return None
        conn = session.connection()
        pending = (
            conn.exec_driver_sql("SELECT count(*) FROM sync_outbox").scalar()
            + conn.exec_driver_sql("SELECT count(*) FROM sync_dirty").scalar()
        )
        devices = [
            DeviceInfo(
                d.device_id, d.name, d.last_activity, d.files, d.device_id == state.device_id
            )
            for d in session.scalars(sa.select(SyncDevice).order_by(SyncDevice.name))
        ]
        quarantined = [
            QuarantinedFile(state.folder / q.path, q.reason or "", q.first_seen, q.attempts)
            for q in session.scalars(
                sa.select(SyncLedger)
                .where(SyncLedger.status == "quarantined")
                .order_by(SyncLedger.path)
            )
        ]
        set_aside_count = conn.exec_driver_sql("SELECT count(*) FROM sync_deferred").scalar()
        set_aside = [
            SetAsideRecord(
                r.tbl,
                r.record_id,
                r.field or "",
                r.reason or "",
                r.kind == "waiting",
                r.file,
                r.device_id,
                r.label,
                r.since,
            )
            for r in session.scalars(
                sa.select(SyncDeferred)
                .order_by(SyncDeferred.since, SyncDeferred.tbl, SyncDeferred.record_id)
                .limit(SET_ASIDE_SHOWN)
            )
        ]
    online = SharedFolder(state.folder).is_available(timeout=5.0) if check_folder else True
    return SyncStatus(
        state.folder,
        online,
        state.encrypted,
        state.device_id,
        state.device_name,
        state.last_round,
        pending,
        devices,
        quarantined,
        state.workspace_id,
        set_aside,
        set_aside_count,
    )


# --- a round -------------------------------------------------------------------------------


def _device_folder_of(rel: str) -> str | None:
    """The device folder of a ledger path (``devices/<folder>/<file>``), or None."""
    parts = rel.split("/")
    return parts[1] if len(parts) == 3 and parts[0] == DEVICES_DIR else None


@dataclass
class _Incoming:
    file: FolderFile
    rel: str
    mtime_ns: int
    decoded: fileformat.DecodedFile


#: A round's report names this many records newly set aside; `sync status` lists them all.
_SET_ASIDE_MESSAGES = 20

_ROUND_LOCKS: dict[str, threading.Lock] = {}
_ROUND_LOCKS_GUARD = threading.Lock()


def _round_lock(workspace: Workspace) -> threading.Lock:
    with _ROUND_LOCKS_GUARD:
        return _ROUND_LOCKS.setdefault(str(workspace.path.resolve()), threading.Lock())


def run_round(
    workspace: Workspace,
    *,
    passphrase: str | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    full_scan: bool = False,
) -> RoundReport:
    """One sync round. Returns what it did; raises SyncError for a problem a person must fix.

    `full_scan` lists every device folder, even those unchanged since the last round (a
    person asked for this round: anything the folders' times do not show is seen now).
    """
    with _round_lock(workspace):
        return _Round(workspace, passphrase, progress, cancel, full_scan).run()


class _Round:
    def __init__(
        self,
        workspace: Workspace,
        passphrase: str | None,
        progress: Progress | None,
        cancel: Callable[[], bool] | None,
        full_scan: bool = False,
    ) -> None:
        self.ws = workspace
        self.full_scan = full_scan
        self.passphrase = passphrase
        self.progress = progress or (lambda _what, _done, _total: None)
        self.cancel = cancel or (lambda: False)
        self.report = RoundReport()
        engine.attach(workspace)
        self.cache = engine.cache_for(workspace)
        self.state = _require_state(workspace)
        self.folder = SharedFolder(self.state.folder)
        self.key: bytes | None = None
        self.clone = False
        self.set_aside: dict[tuple[str, str], engine.SetAside] = {}  # newly, this round
        self.restored = 0  # records set aside in an earlier round, applied in this one

    def _check_cancel(self) -> None:
        if self.cancel():
            raise Cancelled("the sync round was cancelled; nothing was lost")

    def run(self) -> RoundReport:
        if not self.folder.is_available():
            self.report.offline = True
            return self.report
        try:
            info = self.folder.open()
        except FolderUnavailable:
            self.report.offline = True
            return self.report
        except FolderProblem as exc:
            raise SyncError(str(exc)) from exc
        if info.workspace_id != self.state.workspace_id:
            raise SyncError(
                f"{self.folder.root} now holds another shared workspace ({info.name!r}); "
                "`chairdesk sync unlink`, then link the right folder"
            )
        self.key = _key(self.folder, info, self.passphrase)
        receiving: Exception | None = None
        try:
            self.folder.remove_stale_temp(self.state.device_id)
            try:
                self._receive()
                self._rejudge()
            except (FolderProblem, OSError, Cancelled, sa.exc.OperationalError):
                raise
            except Exception as exc:  # noqa: BLE001 - a bug must not keep this laptop's edits back
                log.exception("receiving failed")
                receiving = exc
            self._report_set_aside()
            self._check_cancel()
            self._send()
            if receiving is not None:
                raise SyncError(
                    f"receiving the other laptops' changes failed ({receiving}); this "
                    "laptop's changes were sent and nothing was lost; the next round "
                    "tries again"
                )
            if self.clone:
                self._take_new_device_id()
            self._snapshot_if_due()
        except FolderUnavailable:
            self.report.offline = True
            return self.report
        except FolderProblem as exc:
            raise SyncError(str(exc)) from exc
        except OSError as exc:  # a full disk, a file the folder's owner made read-only...
            where = getattr(exc, "filename", None) or self.folder.root
            raise SyncError(
                f"{where}: {exc.strerror or exc}; the round stopped, nothing was "
                "lost (the next round resumes)"
            ) from exc
        with self.ws.transaction() as session:
            _remote_session(session)
            row = session.get(SyncState, 1)
            if row is not None:
                row.last_round = utcnow()
                me = session.get(SyncDevice, row.device_id)
                if me is None:
                    session.add(
                        SyncDevice(
                            device_id=row.device_id,
                            name=row.device_name,
                            last_activity=utcnow(),
                            files=0,
                        )
                    )
                else:
                    me.last_activity = utcnow()
            engine.compact_doc(session, self.cache, min_rows=TUNING.doc_rows)
        return self.report

    # receiving

    def _rel(self, path: Path) -> str:
        try:
            return path.relative_to(self.folder.root).as_posix()
        except ValueError:
            return str(path)

    def _receive(self) -> None:
        memo = _scan_memo(self.ws, self.state)
        memo.begin(0 if self.full_scan else TUNING.full_scan_every.total_seconds())
        files = self.folder.scan(memo)
        if not files and not memo.complete:
            memo.settled()
            return
        with self.ws.read() as session:
            # Plain rows on the connection, not through the ORM: a full scan compares
            # ten thousand of them.
            ledger = {
                path: (status, size, mtime_ns)
                for path, status, size, mtime_ns in session.connection().execute(
                    sa.select(
                        SyncLedger.path, SyncLedger.status, SyncLedger.size, SyncLedger.mtime_ns
                    )
                )
            }
        self._forget_vanished(ledger, files, memo.complete)
        if not files:
            memo.settled()
            return
        new_files = [
            (n, f)
            for n, f in enumerate(files)
            if not (
                (known := ledger.get(f.rel)) is not None
                and known[0] in ("applied", "quarantined")
                and known[1] == f.size
                and known[2] == f.mtime_ns
            )  # seen exactly this file before
        ]
        if not new_files:
            memo.settled()
            return
        unsettled: set[str] = set()  # device folders to list again next round
        with self.ws.read() as session:
            applied_hashes = {
                h
                for (h,) in session.execute(
                    sa.select(SyncLedger.content_hash).where(SyncLedger.status == "applied")
                )
                if h
            }
            sent = {
                (d, q): h
                for d, q, h in session.execute(
                    sa.select(SyncSent.device_id, SyncSent.seq, SyncSent.content_hash)
                )
            }
        incoming: list[_Incoming] = []
        problems: list[tuple[FolderFile, str, int, str, bool, str | None]] = []
        own_or_dupes: list[tuple[FolderFile, str, int, fileformat.DecodedFile]] = []
        for n, f in new_files:
            rel, mtime_ns = f.rel, f.mtime_ns
            self._check_cancel()
            self.progress("reading", n, len(files))
            try:
                # Never more than the header says: a huge junk file costs a few bytes.
                decoded = self.folder.read_sync_file(
                    f.path, workspace_id=self.state.workspace_id, key=self.key
                )
            except FileNotFoundError:
                unsettled.add(f.device_dir_name)
                continue
            except (
                fileformat.FutureFormat,
                fileformat.WrongWorkspace,
                fileformat.PassphraseNeeded,
            ) as exc:
                problems.append((f, rel, mtime_ns, str(exc), False, None))
                continue
            except fileformat.FileProblem as exc:
                problems.append((f, rel, mtime_ns, str(exc), True, None))
                continue
            mine = decoded.device_id == self.state.device_id
            if mine and sent.get((decoded.device_id, decoded.seq)) != decoded.content_hash:
                # Our id, a file we never wrote: a copy of this laptop works elsewhere.
                self.clone = True
                self.report.messages.append(
                    f"{rel} was written under this device's id by another copy of this "
                    "workspace (a cloned laptop or a restored backup): this device takes a new id"
                )
            elif mine or decoded.content_hash in applied_hashes:
                own_or_dupes.append((f, rel, mtime_ns, decoded))
                if not mine:
                    self.report.skipped += 1
                continue
            applied_hashes.add(decoded.content_hash)
            incoming.append(_Incoming(f, rel, mtime_ns, decoded))
        self._record_problems(problems, ledger)
        unsettled.update(f.device_dir_name for f, *_ in problems)
        # Snapshots first, then by device and sequence: fewer updates wait for their dependencies.
        incoming.sort(
            key=lambda i: (i.decoded.kind != "snapshot", i.decoded.device_id, i.decoded.seq)
        )
        for start in range(0, len(incoming), TUNING.batch):
            self._check_cancel()
            batch = incoming[start : start + TUNING.batch]
            self.progress("applying", start, len(incoming))
            self._apply(batch)
        # Duplicates are noted only now: their content is in the Y.Doc (applied above, or
        # earlier), so a crash before this point leaves nothing marked applied that is not.
        if own_or_dupes:
            with self.ws.transaction() as session:
                _remote_session(session)
                for f, rel, mtime_ns, d in own_or_dupes:
                    self._ledger(session, rel, d, f.size, mtime_ns, "applied", None)
        memo.settled(unsettled)

    def _apply(self, batch: list[_Incoming]) -> None:
        now = utcnow()
        with self.ws.transaction() as session:
            _remote_session(session)
            applied = engine.apply_remote(
                session,
                self.cache,
                ((i.decoded.payload, i.decoded.device_id, i.rel) for i in batch),
            )
            for n, i in enumerate(batch):
                if n in applied.rejected:
                    # Whole and checked, yet not an update: waiting will not mend it.
                    reason = applied.rejected[n]
                    self._ledger(
                        session, i.rel, i.decoded, i.file.size, i.mtime_ns, "quarantined", reason
                    )
                    self.report.quarantined += 1
                    self.report.messages.append(f"{i.rel}: quarantined ({reason})")
                    continue
                self._ledger(session, i.rel, i.decoded, i.file.size, i.mtime_ns, "applied", None)
                dev = session.get(SyncDevice, i.decoded.device_id)
                if dev is None:
                    dev = SyncDevice(device_id=i.decoded.device_id, files=0)
                    session.add(dev)
                dev.files = (dev.files or 0) + 1
                dev.last_activity = now
            session.flush()
            names = engine.device_names(self.cache.doc) if self.cache.doc is not None else {}
            for device_id, name in names.items():
                dev = session.get(SyncDevice, device_id)
                if dev is not None and dev.name != name:
                    dev.name = name
        self.report.received += len(batch) - len(applied.rejected)
        self._note(applied)

    def _note(self, applied: engine.Applied) -> None:
        """What applying (or judging again) changed; records set aside are reported at the end."""
        self.report.changed_tables |= applied.tables
        for record in applied.set_aside:
            self.set_aside[(record.table, record.record_id)] = record
        for key in applied.restored:
            # A child that waited for a parent in a later batch of the same round is no news.
            if self.set_aside.pop(key, None) is None:
                self.restored += 1

    def _report_set_aside(self) -> None:
        """The records this round set aside that are still aside: counted, and the first named."""
        records = list(self.set_aside.values())
        self.report.set_aside = len(records)
        for record in records[:_SET_ASIDE_MESSAGES]:
            what = f"{record.field}: {record.reason}" if record.field else record.reason
            self.report.messages.append(
                f"{record.table} {record.record_id}: {'waits' if record.waiting else 'set aside'} ({what})"
            )
        if len(records) > _SET_ASIDE_MESSAGES:
            self.report.messages.append(
                f"... and {len(records) - _SET_ASIDE_MESSAGES} more record(s) set aside "
                "(`chairdesk sync status` lists them)"
            )
        if self.restored:
            self.report.messages.append(
                f"{self.restored} record(s) set aside before are applied now"
            )

    def _rejudge(self) -> None:
        """Records set aside that this version (or a local edit since) may now write."""
        with self.ws.read() as session:
            if not engine.rejudge_due(session):
                return
        with self.ws.transaction() as session:
            _remote_session(session)
            applied = engine.rejudge(session, self.cache)
        self._note(applied)

    def _ledger(
        self,
        session: Session,
        rel: str,
        decoded: fileformat.DecodedFile | None,
        size: int,
        mtime_ns: int | None,
        status: str,
        reason: str | None,
        content_hash: str | None = None,
    ) -> None:
        """Note a file in the ledger (one upsert; attempts count the times it was looked at)."""
        now = utcnow()
        table = SyncLedger.__table__
        insert = sqlite_insert(table).values(
            path=rel,
            content_hash=decoded.content_hash if decoded else content_hash,
            device_id=decoded.device_id if decoded else None,
            seq=decoded.seq if decoded else None,
            status=status,
            size=size,
            mtime_ns=mtime_ns,
            first_seen=now,
            last_tried=now,
            attempts=1,
            reason=reason,
        )
        session.execute(
            insert.on_conflict_do_update(
                index_elements=["path"],
                set_={
                    "content_hash": insert.excluded.content_hash,
                    "device_id": insert.excluded.device_id,
                    "seq": insert.excluded.seq,
                    "status": insert.excluded.status,
                    "size": insert.excluded.size,
                    "mtime_ns": insert.excluded.mtime_ns,
                    "last_tried": insert.excluded.last_tried,
                    "reason": insert.excluded.reason,
                    "attempts": table.c.attempts + 1,
                },
            )
        )

    def _forget_vanished(
        self, ledger: dict[str, tuple], files: list[FolderFile], listed: set[str]
    ) -> None:
        """Drop the ledger rows of files gone from device folders this scan listed whole.

        Devices delete their own old files once a snapshot covers them (compaction):
        without this the ledger, read whole by every round that finds files, would
        grow with every file ever written. A folder that could not be listed whole
        keeps its rows. Should a forgotten file come back (a restored copy), it is
        read and applied again: Yjs updates are idempotent, so that changes nothing.
        """
        present = {f.rel for f in files}
        gone = [
            path for path in ledger if path not in present and _device_folder_of(path) in listed
        ]
        if not gone:
            return
        column = SyncLedger.__table__.c.path
        with self.ws.transaction() as session:
            _remote_session(session)
            for start in range(0, len(gone), 500):  # within SQLite's limit on bound values
                session.execute(
                    sa.delete(SyncLedger.__table__).where(column.in_(gone[start : start + 500]))
                )
        for path in gone:
            del ledger[path]
        log.info("forgot %d file(s) no longer in the shared folder", len(gone))

    def _record_problems(self, problems: list, ledger: dict[str, tuple]) -> None:
        if not problems:
            return
        now = utcnow()
        with self.ws.transaction() as session:
            _remote_session(session)
            for f, rel, mtime_ns, reason, transient, digest in problems:
                known = ledger.get(rel)  # (status, size, mtime_ns)
                if known is not None and known[0] == "quarantined":
                    # It changed since it was quarantined: judge it again from the start.
                    session.execute(
                        sa.update(SyncLedger.__table__)
                        .where(SyncLedger.__table__.c.path == rel)
                        .values(first_seen=now, attempts=0)
                    )
                self._ledger(session, rel, None, f.size, mtime_ns, "retrying", reason, digest)
                row = session.get(SyncLedger, rel)
                if not transient:
                    # Refused as it is (newer format, another workspace): looked at every round.
                    self.report.skipped += 1
                    self.report.messages.append(f"{rel}: {reason}")
                    continue
                if (
                    row.attempts >= TUNING.grace_attempts
                    and now - row.first_seen >= TUNING.grace_period
                ):
                    row.status = "quarantined"
                    self.report.quarantined += 1
                    self.report.messages.append(f"{rel}: quarantined ({reason})")
                else:
                    self.report.skipped += 1

    # sending

    def _reserve(
        self, session: Session, kind: str, payload: bytes, outbox_upto: int | None
    ) -> tuple[int, bytes]:
        state = session.get(SyncState, 1)
        seq = state.next_seq
        data = fileformat.encode(
            payload,
            workspace_id=state.workspace_id,
            device_id=state.device_id,
            seq=seq,
            kind=kind,
            key=self.key,
        )
        state.next_seq = seq + 1
        session.add(
            SyncSent(
                device_id=state.device_id,
                seq=seq,
                kind=kind,
                content_hash=fileformat.content_hash(data),
                outbox_upto=outbox_upto,
                written=False,
                created_at=utcnow(),
            )
        )
        return seq, data

    def _write(self, seq: int, data: bytes, kind: str, outbox_upto: int | None) -> bool:
        device_id = self.state.device_id
        try:
            path = self.folder.write_file(device_id, seq, data, kind)
        except AlreadyWritten:
            self.clone = True
            self.report.messages.append(
                f"sequence number {seq} of this device is already in the folder, written by "
                "another copy of this workspace: this device takes a new id"
            )
            return False
        try:
            st = path.stat()
            size, mtime_ns = st.st_size, st.st_mtime_ns
        except OSError:
            size, mtime_ns = len(data), None
        with self.ws.transaction() as session:
            _remote_session(session)
            if outbox_upto is not None:
                session.connection().exec_driver_sql(
                    "DELETE FROM sync_outbox WHERE id <= ?", (outbox_upto,)
                )
            sent = session.get(SyncSent, (device_id, seq))
            if sent is not None:
                sent.written = True
            decoded = fileformat.DecodedFile(
                device_id, seq, kind, b"", fileformat.content_hash(data)
            )
            self._ledger(session, self._rel(path), decoded, size, mtime_ns, "applied", None)
        self.report.sent += 1
        return True

    def _send(self) -> None:
        with self.ws.transaction() as session:
            _remote_session(session)
            engine.mirror_local(session, self.cache, (), self.state.device_id)
            rows = (
                session.connection()
                .exec_driver_sql("SELECT id, data FROM sync_outbox ORDER BY id")
                .all()
            )
            if not rows:
                return
            payload = rows[0][1] if len(rows) == 1 else merge_updates(*(d for _, d in rows))
            upto = rows[-1][0]
            seq, data = self._reserve(session, "update", payload, upto)
        self._write(seq, data, "update", upto)

    def _write_snapshot(self) -> int | None:
        with self.ws.transaction() as session:
            _remote_session(session)
            engine.mirror_local(session, self.cache, (), self.state.device_id)
            with self.cache.lock:
                doc = self.cache.load(session)
                payload = doc.get_update()
            upto = session.connection().exec_driver_sql("SELECT max(id) FROM sync_outbox").scalar()
            seq, data = self._reserve(session, "snapshot", payload, upto)
        if not self._write(seq, data, "snapshot", upto):
            return None
        with self.ws.transaction() as session:
            _remote_session(session)
            state = session.get(SyncState, 1)
            state.last_snapshot_seq = seq
            state.last_snapshot_at = utcnow()
            state.compact_upto_seq = seq  # once the grace period has passed
        self.state = _require_state(self.ws)
        return seq

    def _snapshot_if_due(self) -> None:
        state = self.state = _require_state(self.ws)
        since = state.last_snapshot_seq or 0
        with self.ws.read() as session:
            written = session.execute(
                sa.select(sa.func.count())
                .select_from(SyncSent)
                .where(
                    SyncSent.device_id == state.device_id,
                    SyncSent.seq > since,
                    SyncSent.kind == "update",
                )
            ).scalar()
        if written >= TUNING.snapshot_after:
            self._write_snapshot()
        self._compact_if_due()

    def _compact_if_due(self) -> None:
        """Delete this device's files older than its last snapshot, once that is old enough."""
        state = self.state
        upto = state.compact_upto_seq
        if not upto or state.last_snapshot_at is None:
            return
        if utcnow() - state.last_snapshot_at < TUNING.compact_after:
            return
        try:
            removed = self.folder.compact_own(state.device_id, upto)
        except ValueError:  # the snapshot is not (or no longer) in the folder: keep everything
            removed = []
        self.report.compacted += len(removed)
        with self.ws.transaction() as session:
            _remote_session(session)
            for path in removed:
                row = session.get(SyncLedger, self._rel(path))
                if row is not None:
                    session.delete(row)
            session.get(SyncState, 1).compact_upto_seq = None
        self.state = _require_state(self.ws)

    def _take_new_device_id(self) -> None:
        new_id = str(uuid.uuid4())
        with self.ws.transaction() as session:
            _remote_session(session)
            state = session.get(SyncState, 1)
            state.device_id = new_id
            state.next_seq = 1
            state.last_snapshot_seq = state.compact_upto_seq = None
            state.last_snapshot_at = None
            session.add(
                SyncDevice(
                    device_id=new_id, name=state.device_name, last_activity=utcnow(), files=0
                )
            )
            session.flush()
            engine.set_device_name(session, self.cache, new_id, state.device_name)
        self.state = _require_state(self.ws)
        self.report.new_device_id = new_id
        self.clone = False
        # Whatever the other copy overwrote travels again, in full.
        self._write_snapshot()
