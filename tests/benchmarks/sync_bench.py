"""Sync figures (issue 6), through chairdesk.sync.service's public API only.

- ``sync_join_ratio``: a new device joins a folder holding 20,000 record
  updates from five devices (each device: rounds of 200 new records, so 100
  update files plus the snapshots the service writes on its own), timed from
  ``link`` to the end of its first ``run_round``; against bare pycrdt applying
  the same update payloads to a fresh ``Doc`` plus SQLite ``executemany`` of
  the rows the join wrote (into a blank schema), both in the same run.
- ``sync_idle_ms``: a round with nothing new, for a device that has seen every
  file of a folder of 10,000 files; ``sync_idle_full_ms``: the same round when it
  lists every file (the first of a session, and one every ``Tuning.full_scan_every``).

Folders are built once per size and cached beside the benchmark workspaces.
Importing this module fails (ImportError) where chairdesk.sync.service is not
there; run.py then reports the figures as not available.
"""

from __future__ import annotations

import shutil
import sqlite3
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

import generate

from chairdesk.sync import service  # noqa: F401 - ImportError: sync not available

DEVICES = 5
JOIN_UPDATES = 20_000
RECORDS_PER_ROUND = 200
IDLE_FILES = 10_000
CACHE_VERSION = 2


def sizes(scale: float) -> tuple[int, int, int]:
    """(devices, record updates for the join, files for the idle round) at a scale (1 and up: the issue's)."""
    if scale >= 1:
        return DEVICES, JOIN_UPDATES, IDLE_FILES
    # A quick look (the smoke test): two devices, a few updates and files.
    return (
        2,
        max(20, int(JOIN_UPDATES * scale * scale)),
        max(6, int(IDLE_FILES * scale * scale / 2)),
    )


def _open(path: Path):  # noqa: ANN202 - a Workspace
    from chairdesk.store.database import open_workspace

    return open_workspace(path, path.parent / "backups")


def _add_records(ws, group_id: str, count: int, tag: str, start: datetime) -> None:  # noqa: ANN001
    """`count` new records in one transaction: meetings, each with agenda items (ORM, as the app writes)."""
    from chairdesk.domain.positions import initial
    from chairdesk.domain.vocabulary import MeetingKind, MeetingMode
    from chairdesk.store.models import AgendaItem, Meeting

    per_meeting = 9
    positions = initial(per_meeting)
    meetings: list[Meeting] = []
    items: list[AgendaItem] = []
    made = 0
    while made < count:
        meeting = Meeting(
            group_id=group_id,
            title=f"Meeting {tag}-{made}",
            start=start + timedelta(days=made),
            end=None,
            kind=MeetingKind.REGULAR,
            mode=MeetingMode.VIRTUAL,
            location=None,
            summary="",
        )
        meetings.append(meeting)
        made += 1
        for pos in positions[: min(per_meeting, count - made)]:
            items.append(
                AgendaItem(
                    meeting_id=meeting.id,
                    position=pos,
                    title=f"Item {tag}-{made}",
                    presenter_id=None,
                    minutes=10,
                    activity_id=None,
                    notes=None,
                    done=False,
                )
            )
            made += 1
    with ws.transaction() as session:
        session.add_all(meetings)
        session.flush()  # parents first (the models declare no relationship to order them)
        session.add_all(items)


def _build(
    folder: Path, work: Path, devices_: int, updates: int, rounds_only: int = 0
) -> list[Path]:
    """`devices_` devices share `folder`; between them they write `updates` new records (or
    `rounds_only` rounds of one record each). Returns the devices' workspace files."""
    from chairdesk.store.models import WorkingGroup

    base = generate.ensure_workspace(0.05, seed=7)
    devices: list[Path] = []
    for d in range(devices_):
        path = work / f"device{d}.sqlite3"
        if d == 0:
            shutil.copyfile(base, path)
        ws = _open(path)
        service.link(ws, folder, device_name=f"device {d}")
        service.run_round(ws)
        ws.close()
        devices.append(path)
    workspaces = [_open(p) for p in devices]
    try:
        with workspaces[0].read() as session:
            group_id = session.query(WorkingGroup.id).order_by(WorkingGroup.acronym).first()[0]
        if rounds_only:
            # Every device writes a few real rounds; the folder is then filled up to `rounds_only`
            # files with those updates written again under further devices' ids and sequence
            # numbers (as years of rounds would leave them). A round per file would take hours.
            for n in range(2):
                for d, ws in enumerate(workspaces):
                    _add_records(ws, group_id, 5, f"d{d}r{n}", datetime(2030 + d, 1, 1))
                    service.run_round(ws)
            _fill(folder, rounds_only)
        else:
            rounds = max(1, updates // (devices_ * RECORDS_PER_ROUND))
            per_round = max(1, updates // (devices_ * rounds))
            for n in range(rounds):
                for d, ws in enumerate(workspaces):
                    _add_records(ws, group_id, per_round, f"d{d}r{n}", datetime(2030 + d, 1, 1))
                    service.run_round(ws)
        for ws in (
            workspaces[-1:] if rounds_only else workspaces
        ):  # (the idle device) has seen everything
            service.run_round(ws)
    finally:
        for ws in workspaces:
            ws.close()
    return devices


def _fill(folder: Path, total: int) -> None:
    import uuid

    from chairdesk.sync import fileformat
    from chairdesk.sync.folder import SharedFolder

    shared = SharedFolder(folder)
    workspace_id = shared.open().workspace_id
    payloads = [
        fileformat.decode(p.read_bytes(), workspace_id=workspace_id).payload
        for p in sorted(_files(folder))
    ]
    missing = total - len(payloads) - 1  # workspace.json is a file too
    writers = [str(uuid.UUID(int=n + 1, version=4)) for n in range(DEVICES)]
    for n in range(max(0, missing)):
        device = writers[n % len(writers)]
        data = fileformat.encode(
            payloads[n % len(payloads)],
            workspace_id=workspace_id,
            device_id=device,
            seq=n // len(writers) + 1,
        )
        shared.write_file(device, n // len(writers) + 1, data)


def _cached(kind: str, amount: int, devices: int = DEVICES) -> tuple[Path, list[Path]]:
    many = "" if devices == DEVICES else f"-d{devices}"
    root = (
        generate.cache_dir()
        / f"sync-{kind}-{amount}{many}-v{CACHE_VERSION}-s{generate.schema_key()}"
    )
    folder, work = root / "folder", root / "devices"
    import fcntl

    with open(generate.cache_dir() / ".sync-build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one builder at a time (a second run waits, then reuses)
        if not (root / "done").exists():
            shutil.rmtree(root, ignore_errors=True)
            work.mkdir(parents=True)
            if kind == "join":
                _build(folder, work, devices, amount)
            else:
                _build(folder, work, devices, 0, rounds_only=amount)
            (root / "done").write_text("ok")
    return folder, sorted(work.glob("device*.sqlite3"))


def _files(folder: Path) -> list[Path]:
    """The sync files (update and snapshot files of every device)."""
    return [p for p in folder.rglob("*") if p.is_file() and p.name != "workspace.json"]


def bench_join(devices: int, updates: int, reps: int) -> dict[str, float]:
    from pycrdt import Doc

    from chairdesk.sync import fileformat
    from chairdesk.sync.folder import SharedFolder

    source, _devices = _cached("join", updates, devices)
    workspace_id = SharedFolder(source).open().workspace_id
    ours: list[float] = []
    floor: list[float] = []
    joined_meetings = 0
    for rep in range(reps):
        with tempfile.TemporaryDirectory(prefix="chairdesk-bench-sync-") as name:
            tmp = Path(name)
            folder = tmp / "folder"
            shutil.copytree(source, folder)
            payloads = []
            for path in _files(folder):
                try:
                    payloads.append(
                        fileformat.decode(path.read_bytes(), workspace_id=workspace_id).payload
                    )
                except fileformat.FileProblem:
                    continue

            def join(tmp: Path = tmp, folder: Path = folder) -> Path:
                ws = _open(tmp / "joiner.sqlite3")
                try:
                    service.link(ws, folder, device_name="new laptop")
                    service.run_round(ws)
                finally:
                    ws.close()
                return tmp / "joiner.sqlite3"

            def bare(
                rows: dict[str, tuple[list[str], list[tuple]]],
                target: Path,
                payloads: list[bytes] = payloads,
            ) -> None:
                doc = Doc()
                for payload in payloads:
                    doc.apply_update(payload)
                conn = sqlite3.connect(target, isolation_level=None)
                conn.execute("PRAGMA foreign_keys=OFF")
                conn.execute("BEGIN")
                for table, (columns, values) in rows.items():
                    conn.executemany(
                        f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                        values,
                    )
                conn.execute("COMMIT")
                conn.close()

            _open(
                tmp / "joiner.sqlite3"
            ).close()  # its empty workspace, made outside the timing as the bare's
            started = time.perf_counter()
            joined = join()
            ours.append(time.perf_counter() - started)
            rows = _synced_rows(joined)
            blank = tmp / "blank.sqlite3"
            _open(blank).close()  # the schema, made outside the timing
            started = time.perf_counter()
            bare(rows, blank)
            floor.append(time.perf_counter() - started)
            if rep == 0:
                joined_meetings = sum(len(v) for t, (_c, v) in rows.items() if t == "meeting")
    return {
        "sync_join_ratio": statistics.median(a / b for a, b in zip(ours, floor)),
        "sync_join_s": statistics.median(ours),
        "sync_join_bare_s": statistics.median(floor),
        "sync_join_files": len(_files(source)),
        "sync_join_meetings": joined_meetings,
    }


def _synced_rows(path: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    from chairdesk.store.models import SYNCED_MODELS, Base

    synced = {m.__tablename__ for m in SYNCED_MODELS}
    out: dict[str, tuple[list[str], list[tuple]]] = {}
    with sqlite3.connect(path) as conn:
        for table in Base.metadata.sorted_tables:
            if table.name in synced:
                columns = [c.name for c in table.columns]
                out[table.name] = (
                    columns,
                    conn.execute(f"SELECT {', '.join(columns)} FROM {table.name}").fetchall(),
                )
    return out


def bench_idle(device_count: int, files: int, reps: int) -> dict[str, float]:
    source, devices = _cached("idle", files, device_count)
    times: list[float] = []
    with tempfile.TemporaryDirectory(prefix="chairdesk-bench-sync-") as name:
        tmp = Path(name)
        folder = source  # nothing is written by an idle round but its own bookkeeping
        device = tmp / devices[-1].name
        shutil.copyfile(devices[-1], device)
        ws = _open(device)
        full: list[float] = []
        saved = service.TUNING.full_scan_every
        try:
            service.run_round(ws)  # warm: Y.Doc loaded, caches filled
            for _ in range(max(3, reps) if reps > 1 else 1):
                # A round as most are; then one that lists every file, as the first of a
                # session and one every Tuning.full_scan_every do.
                for into, every in ((times, saved), (full, timedelta(0))):
                    service.TUNING.full_scan_every = every
                    started = time.perf_counter()
                    report = service.run_round(ws)
                    into.append(time.perf_counter() - started)
                    assert report.received == 0 and report.sent == 0, report.summary()
        finally:
            service.TUNING.full_scan_every = saved
            ws.close()
        count = len(_files(folder)) + 1
    return {
        "sync_idle_ms": statistics.median(times) * 1000,
        "sync_idle_full_ms": statistics.median(full) * 1000,
        "sync_idle_files": count,
    }


def bench(scale: float, reps: int = 3) -> dict[str, float]:
    devices, updates, files = sizes(scale)
    return bench_join(devices, updates, max(1, min(reps, 3))) | bench_idle(devices, files, reps)
