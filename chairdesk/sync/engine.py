"""The merge: the workspace's Y.Doc (pycrdt) and its mirror in SQLite.

The Y.Doc holds every synced record (see docs/sync.md, "Merge"):

- one top-level ``Y.Map`` per synced table (``"meeting"``, ``"agenda_item"``...),
  keyed by record UUID;
- each record a ``Y.Map`` of its columns, holding the values exactly as SQLite
  stores them (dates and times as text, booleans as 0/1, choices as their
  value), so that a record read back from the Y.Doc is byte-for-byte what was
  written;
- long text (``mandate``, ``summary``, ``notes``, ``description``, ``text``...:
  every ``Text`` column except titles) as a ``Y.Text`` changed by diff, never
  replaced, so that two people editing the same section both keep their
  words; a nullable one has a companion ``"<column>.null"`` flag;
- every other column last-writer-wins per field; deletion is the ``deleted``
  field, order the fractional ``position`` string;
- ``"_devices"``: device id → device name.

The Y.Doc is persisted as Yjs updates (table ``sync_doc``) and loaded with a
fresh client id in every session (never stored, so a cloned laptop cannot
reuse one). Local edits reach it in the transaction that makes them
(`attach` installs the store's hook; without it the store notes the records
in ``sync_dirty`` and the next round mirrors them first). Remote updates are
applied to the Y.Doc and the records they changed are then written to SQLite,
parents first, with the field history, in one transaction.

pycrdt's ``Text`` counts in UTF-8 bytes: positions are converted here.
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

import sqlalchemy as sa
from pycrdt import Doc, Map, Text, merge_updates
from sqlalchemy import event
from sqlalchemy.orm import Session

from chairdesk.store.database import Workspace
from chairdesk.store.models import SYNCED_MODELS, Base, utcnow
from chairdesk.store.sync_tables import SyncDirty, mark_dirty

DEVICES = "_devices"
NULL_SUFFIX = ".null"
WRITER_SEP = "@"  # "<column>@<device id>": the last value that device wrote to the column
_NO_WRITER_KEY = {"id", "created_at", "updated_at"}
ALL_FIELDS = "*"

_SYNCED = {m.__tablename__: m.__table__ for m in SYNCED_MODELS}
# Parents before children, so that a batch of remote records can be written in order.
ORDER: list[str] = [t.name for t in Base.metadata.sorted_tables if t.name in _SYNCED]
COLUMNS: dict[str, list[str]] = {name: [c.name for c in t.columns] for name, t in _SYNCED.items()}
TEXT_FIELDS: dict[str, set[str]] = {
    name: {c.name for c in t.columns if isinstance(c.type, sa.Text) and c.name != "title"}
    for name, t in _SYNCED.items()
}
NULLABLE: dict[str, set[str]] = {
    name: {c.name for c in t.columns if c.nullable} for name, t in _SYNCED.items()
}
# (column, parent table) for every reference.
FOREIGN_KEYS: dict[str, list[tuple[str, str]]] = {
    name: [(fk.parent.name, fk.column.table.name) for fk in t.foreign_keys]
    for name, t in _SYNCED.items()
}


def _raw_default(table: str, column: str) -> tuple[bool, Any]:
    """(known, value) that SQLite would hold for a column a record does not carry."""
    col = _SYNCED[table].c[column]
    if col.nullable:
        return True, None
    if col.default is not None and col.default.is_scalar:
        value = col.default.arg
        if isinstance(value, bool):
            return True, int(value)
        if hasattr(value, "value"):  # an enum member
            return True, value.value
        if isinstance(value, (int, str, float)):
            return True, value
    if col.server_default is not None and column == "deleted":
        return True, 0
    if column in TEXT_FIELDS[table]:
        return True, ""
    return False, None


_DEFAULTS = {(t, c): _raw_default(t, c) for t in _SYNCED for c in COLUMNS[t]}


def json_value(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


# --- the Y.Doc and its cache -------------------------------------------------------------


def new_doc() -> Doc:
    """An empty Y.Doc with a fresh, random client id and every root map in place."""
    doc = Doc(allow_multithreading=True)
    for name in (*ORDER, DEVICES):
        doc.get(name, type=Map)
    return doc


class DocCache:
    """One workspace's Y.Doc in memory, caught up from ``sync_doc`` inside each transaction.

    Rows of ``sync_doc`` are only ever appended (a merge appends the merged row
    and removes the others), and Yjs updates are idempotent, so catching up is
    applying the rows with a larger id. A change that is rolled back drops the
    in-memory Y.Doc; it is reloaded from the database at the next use.
    """

    def __init__(self) -> None:
        self.doc: Doc | None = None
        self.upto = 0
        self.uncommitted = False
        self.lock = threading.RLock()

    def drop(self) -> None:
        self.doc = None
        self.upto = 0
        self.uncommitted = False

    def load(self, session: Session) -> Doc:
        if self.uncommitted:  # a transaction that changed the Y.Doc did not commit
            self.drop()
        if self.doc is None:
            self.doc = new_doc()
            self.upto = 0
        rows = session.connection().exec_driver_sql(
            "SELECT id, data FROM sync_doc WHERE id > ? ORDER BY id", (self.upto,)
        ).all()
        for row_id, data in rows:
            self.doc.apply_update(data)
            self.upto = row_id
        return self.doc

    def changing(self, session: Session) -> None:
        """The Y.Doc is about to change inside `session`'s transaction."""
        if self.uncommitted and session.info.get(_CHANGING) is self:
            return
        self.uncommitted = True
        session.info[_CHANGING] = self

        def committed(_session: Session) -> None:
            self.uncommitted = False

        event.listen(session, "after_commit", committed, once=True)

    def append(self, session: Session, update: bytes) -> None:
        """Persist `update` (already in the Y.Doc) as a row of ``sync_doc``."""
        self.changing(session)
        result = session.connection().exec_driver_sql(
            "INSERT INTO sync_doc (data) VALUES (?)", (update,)
        )
        if self.doc is not None:
            self.upto = max(self.upto, result.lastrowid)


_CHANGING = "chairdesk.sync.changing"
_CACHES_LOCK = threading.Lock()


def cache_for(workspace: Workspace) -> DocCache:
    with _CACHES_LOCK:
        cache = workspace.__dict__.get("_sync_cache")
        if cache is None:
            cache = DocCache()
            workspace.__dict__["_sync_cache"] = cache
        return cache


def attach(workspace: Workspace) -> None:
    """Mirror this workspace's local edits into the Y.Doc in the transactions that make them."""
    if workspace.sync_hook is not None:
        return
    cache = cache_for(workspace)

    def hook(session: Session, touched: set[tuple[str, str]]) -> None:
        device_id = session.connection().exec_driver_sql(
            "SELECT device_id FROM sync_state WHERE id = 1"
        ).scalar()
        mirror_local(session, cache, touched, device_id)

    workspace.sync_hook = hook


def compact_doc(session: Session, cache: DocCache, *, min_rows: int = 200) -> bool:
    """Merge the rows of ``sync_doc`` into one when there are many."""
    conn = session.connection()
    count = conn.exec_driver_sql("SELECT count(*) FROM sync_doc").scalar()
    if count < min_rows:
        return False
    with cache.lock:
        cache.load(session)  # caught up first: the merged row then adds nothing new to it
        rows = conn.exec_driver_sql("SELECT id, data FROM sync_doc ORDER BY id").all()
        merged = merge_updates(*(data for _, data in rows))
        conn.exec_driver_sql("DELETE FROM sync_doc WHERE id <= ?", (rows[-1][0],))
        cache.append(session, merged)
    return True


# --- values ------------------------------------------------------------------------------


def _sql_value(value: Any) -> Any:
    # Yjs numbers come back as floats; no synced column holds a fractional number.
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def doc_value(table: str, record: Map, column: str) -> tuple[bool, Any]:
    """(present, value) of a column of a record in the Y.Doc, as SQLite stores it."""
    if column not in record:
        return False, None
    value = record[column]
    if isinstance(value, Text):
        if column in NULLABLE[table] and record.get(column + NULL_SUFFIX):
            return True, None
        return True, str(value)
    return True, _sql_value(value)


def doc_row(table: str, record: Map) -> dict[str, Any] | None:
    """The SQLite row of a record in the Y.Doc, or None while it lacks a required field."""
    # One read of the whole record (Yrs writes it as JSON, texts as strings) instead of
    # a read per field: joining a folder materializes tens of thousands of records.
    fields = json.loads(str(record))
    texts = TEXT_FIELDS[table]
    nullable = NULLABLE[table]
    row = {}
    for column in COLUMNS[table]:
        if column in fields:
            value = fields[column]
            if column in texts and column in nullable and fields.get(column + NULL_SUFFIX):
                value = None
            else:
                value = _sql_value(value)
        else:
            known, value = _DEFAULTS[(table, column)]
            if not known:
                return None
        row[column] = value
    return row


def _doc_row_by_field(table: str, record: Map) -> dict[str, Any] | None:
    """doc_row, one field at a time (what doc_row must agree with; see the tests)."""
    row = {}
    for column in COLUMNS[table]:
        present, value = doc_value(table, record, column)
        if not present:
            known, value = _DEFAULTS[(table, column)]
            if not known:
                return None
        row[column] = value
    return row


def read_rows(session: Session, table: str, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Raw SQLite rows (as stored, no type conversion) by id."""
    ids = list(ids)
    cols = COLUMNS[table]
    select = ", ".join(f'"{c}"' for c in cols)
    found: dict[str, dict[str, Any]] = {}
    conn = session.connection()
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ", ".join("?" * len(chunk))
        for values in conn.exec_driver_sql(
            f'SELECT {select} FROM "{table}" WHERE id IN ({marks})', tuple(chunk)
        ):
            row = dict(zip(cols, values))
            found[row["id"]] = row
    return found


def _utf8_len(text: str) -> int:
    return len(text.encode("utf-8"))


def edit_text(target: Text, old: str, new: str) -> None:
    """Turn `target` (holding `old`) into `new` by inserting and deleting only what differs."""
    if old == new:
        return
    prefix = 0
    limit = min(len(old), len(new))
    while prefix < limit and old[prefix] == new[prefix]:
        prefix += 1
    suffix = 0
    while suffix < limit - prefix and old[-1 - suffix] == new[-1 - suffix]:
        suffix += 1
    a = old[prefix : len(old) - suffix]
    b = new[prefix : len(new) - suffix]
    if len(a) * len(b) > 1_000_000:  # too big to diff cheaply: replace the changed middle
        opcodes = [("replace", 0, len(a), 0, len(b))]
    else:
        opcodes = SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    # From the end, so that the positions of earlier changes still hold.
    for tag, i1, i2, j1, j2 in reversed(opcodes):
        if tag == "equal":
            continue
        start = _utf8_len(old[: prefix + i1])
        if i2 > i1:
            del target[start : start + _utf8_len(a[i1:i2])]
        if j2 > j1:
            target.insert(start, b[j1:j2])


# --- local edits → Y.Doc ------------------------------------------------------------------


@dataclass
class _History:
    rows: list[dict[str, Any]] = field(default_factory=list)

    def add(self, table: str, record_id: str, column: str, device: str, origin: str,
            value: Any, overwritten: Any, when: Any) -> None:
        if column in ("updated_at", "created_at"):
            return
        self.rows.append({
            "tbl": table, "record_id": record_id, "field": column, "device_id": device,
            "origin": origin, "changed_at": when, "value": json_value(value),
            "overwritten": json_value(overwritten),
        })

    def write(self, session: Session) -> None:
        if self.rows:
            session.execute(sa.insert(Base.metadata.tables["sync_history"]), self.rows)


def _write_record(table: str, tmap: Map, record_id: str, row: dict[str, Any],
                  history: _History, device: str, now: Any) -> bool:
    """Make the Y.Doc's record equal `row`; True if anything changed."""
    texts = TEXT_FIELDS[table]
    nullable = NULLABLE[table]
    record = tmap.get(record_id)
    if not isinstance(record, Map):
        fields: dict[str, Any] = {}
        for column, value in row.items():
            if column in texts:
                fields[column] = Text(value or "")
                if column in nullable:
                    fields[column + NULL_SUFFIX] = value is None
            else:
                fields[column] = value
        tmap[record_id] = Map(fields)
        return True
    changed = False
    for column, value in row.items():
        present, current = doc_value(table, record, column)
        if present and current == value:
            continue
        if column in texts:
            text = record.get(column)
            if isinstance(text, Text):
                edit_text(text, str(text), value or "")
            else:
                record[column] = Text(value or "")
            if column in nullable and bool(record.get(column + NULL_SUFFIX)) != (value is None):
                record[column + NULL_SUFFIX] = value is None
        else:
            record[column] = value
            # This device's own copy of its latest write: it never conflicts, so the
            # laptop whose concurrent write wins still learns (and keeps) this value.
            if column not in _NO_WRITER_KEY:
                record[f"{column}{WRITER_SEP}{device}"] = value
        history.add(table, record_id, column, device, "local", value,
                    current if present else None, now)
        changed = True
    return changed


def mirror_local(session: Session, cache: DocCache, keys: Iterable[tuple[str, str]],
                 device_id: str) -> bool:
    """Mirror the SQLite records `keys` (and any noted in ``sync_dirty``) into the Y.Doc.

    Writes the resulting Yjs update to ``sync_doc`` and the outbox, and the field
    history, in `session`'s transaction. True if the Y.Doc changed.
    """
    conn = session.connection()
    wanted: dict[str, set[str]] = defaultdict(set)
    for table, record_id in keys:
        if table in _SYNCED:
            wanted[table].add(record_id)
    dirty = conn.exec_driver_sql("SELECT tbl, record_id FROM sync_dirty").all()
    for table, record_id in dirty:
        if table in _SYNCED:
            wanted[table].add(record_id)
    if not wanted:
        return False
    with cache.lock:
        doc = cache.load(session)
        before = doc.get_state()
        history = _History()
        now = utcnow()
        changed = False
        cache.changing(session)
        with doc.transaction(origin="local"):
            for table in ORDER:
                if table not in wanted:
                    continue
                tmap = doc.get(table, type=Map)
                rows = read_rows(session, table, sorted(wanted[table]))
                for record_id, row in rows.items():
                    changed |= _write_record(table, tmap, record_id, row, history, device_id, now)
        if dirty:
            session.execute(sa.delete(SyncDirty.__table__))
        if not changed:
            return False
        update = doc.get_update(before)
        cache.append(session, update)
        conn.exec_driver_sql(
            "INSERT INTO sync_outbox (data, created_at) VALUES (?, ?)", (update, _sql_time(now))
        )
        history.write(session)
        return True


def _sql_time(when: Any) -> str:
    return when.strftime("%Y-%m-%d %H:%M:%S.%f")


def mark_all_dirty(session: Session) -> int:
    """Note every synced record for mirroring (when a workspace is linked)."""
    keys = set()
    conn = session.connection()
    for table in ORDER:
        for (record_id,) in conn.exec_driver_sql(f'SELECT id FROM "{table}"'):
            keys.add((table, record_id))
    mark_dirty(session, keys)
    return len(keys)


def set_device_name(session: Session, cache: DocCache, device_id: str, name: str) -> None:
    """Announce this device's name to the others (through the Y.Doc)."""
    with cache.lock:
        doc = cache.load(session)
        devices = doc.get(DEVICES, type=Map)
        if devices.get(device_id) == name:
            return
        before = doc.get_state()
        cache.changing(session)
        devices[device_id] = name
        update = doc.get_update(before)
        cache.append(session, update)
        session.connection().exec_driver_sql(
            "INSERT INTO sync_outbox (data, created_at) VALUES (?, ?)", (update, _sql_time(utcnow()))
        )


def device_names(doc: Doc) -> dict[str, str]:
    return {k: str(v) for k, v in doc.get(DEVICES, type=Map).items()}


# --- remote updates → Y.Doc → SQLite ------------------------------------------------------


@dataclass
class Applied:
    """What applying remote updates changed in SQLite."""

    records: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    deferred: int = 0

    @property
    def tables(self) -> set[str]:
        return {t for t, ids in self.records.items() if ids}


class _Observer:
    """Collects (table, record, field) → device from the Y.Doc's events while updates apply."""

    def __init__(self, doc: Doc) -> None:
        self.device = ""
        self.changed: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
        # (table, record, column) -> {device: the value it last wrote}, as they arrive
        self.writes: dict[tuple[str, str, str], dict[str, Any]] = defaultdict(dict)
        self._subs = []
        for table in ORDER:
            tmap = doc.get(table, type=Map)
            self._subs.append((tmap, tmap.observe_deep(self._callback(table))))

    def _callback(self, table: str):  # noqa: ANN202
        def callback(events: list) -> None:
            for ev in events:
                path = list(ev.path)
                if not path:
                    for record_id in ev.keys:
                        self.changed[(table, str(record_id))][ALL_FIELDS] = self.device
                    continue
                record_id = str(path[0])
                if len(path) >= 2:
                    self.changed[(table, record_id)][str(path[1])] = self.device
                    continue
                for key, change in (getattr(ev, "keys", {}) or {}).items():
                    key = str(key)
                    if WRITER_SEP in key:
                        column, _, writer = key.partition(WRITER_SEP)
                        if isinstance(change, dict) and "newValue" in change:
                            self.writes[(table, record_id, column)][writer] = change["newValue"]
                        self.changed.setdefault((table, record_id), {})
                        continue
                    column = key.removesuffix(NULL_SUFFIX)
                    self.changed[(table, record_id)][column] = self.device

        return callback

    def close(self) -> None:
        for tmap, sub in self._subs:
            tmap.unobserve(sub)
        self._subs.clear()


def apply_remote(session: Session, cache: DocCache,
                 updates: Iterable[tuple[bytes, str]]) -> Applied:
    """Apply Yjs updates (payload, device id) to the Y.Doc, then the records they changed to SQLite.

    Everything happens in `session`'s transaction: local edits not yet mirrored
    are mirrored first (so they are merged, not overwritten), each update is
    persisted in ``sync_doc``, and records are upserted parents first with their
    field history. Records whose parent has not arrived wait in ``sync_deferred``.
    """
    conn = session.connection()
    device_id = conn.exec_driver_sql("SELECT device_id FROM sync_state WHERE id = 1").scalar()
    mirror_local(session, cache, (), device_id)
    with cache.lock:
        doc = cache.load(session)
        cache.changing(session)
        observer = _Observer(doc)
        try:
            for payload, device in updates:
                observer.device = device
                doc.apply_update(payload)
                cache.append(session, payload)
        finally:
            observer.close()
        existed = _existing(session, observer.writes)
        result = materialize(session, doc, observer.changed)
        _note_lost_writes(session, doc, observer.writes, existed, device_id)
        return result


def _existing(session: Session, writes: dict[tuple[str, str, str], dict[str, Any]]) -> set[tuple[str, str]]:
    """Which of the records written to already exist in SQLite (before materializing)."""
    keys = {(t, r) for t, r, _ in writes}
    by_table: dict[str, list[str]] = defaultdict(list)
    for table, record_id in keys:
        if table in _SYNCED:
            by_table[table].append(record_id)
    found = set()
    for table, ids in by_table.items():
        found |= {(table, rid) for rid in read_rows(session, table, ids)}
    return found


def _note_lost_writes(session: Session, doc: Doc, writes: dict[tuple[str, str, str], dict[str, Any]],
                      existed: set[tuple[str, str]], this_device: str) -> None:
    """History for remote writes that arrived but did not win (a concurrent edit did).

    Yjs keeps one value per field; the value a laptop wrote concurrently and lost is
    otherwise never seen here. Each laptop also keeps its latest write under
    ``<column>@<device>``, which never conflicts: when that differs from the field's
    value, the field's value replaced it, and the history says so, restorable.
    """
    history = _History()
    now = utcnow()
    for (table, record_id, column), by_device in writes.items():
        if (table, record_id) not in existed or column not in COLUMNS.get(table, ()):
            continue  # a record new here: its past is not news
        record = doc.get(table, type=Map).get(record_id)
        if not isinstance(record, Map):
            continue
        present, current = doc_value(table, record, column)
        if not present:
            continue
        winner = this_device
        for key in record.keys():
            key = str(key)
            if key.startswith(column + WRITER_SEP) and _sql_value(record[key]) == current:
                winner = key.partition(WRITER_SEP)[2]
                if winner == this_device:
                    break
        for device, value in by_device.items():
            value = _sql_value(value)
            if value != current and device != winner:
                history.add(table, record_id, column, winner,
                            "local" if winner == this_device else "remote", current, value, now)
    history.write(session)


def materialize(session: Session, doc: Doc,
                changed: dict[tuple[str, str], dict[str, str]]) -> Applied:
    """Write the Y.Doc's version of the `changed` records (and deferred ones) to SQLite."""
    conn = session.connection()
    result = Applied()
    candidates: dict[tuple[str, str], dict[str, str]] = dict(changed)
    for table, record_id in conn.exec_driver_sql("SELECT tbl, record_id FROM sync_deferred"):
        candidates.setdefault((table, record_id), {})
    if not candidates:
        return result
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    waiting: set[tuple[str, str]] = set()
    maps: dict[str, Map] = {}  # each table's Y.Map, looked up once
    with doc.transaction():  # one read transaction for all, not one per lookup
        for (table, record_id) in candidates:
            if table not in _SYNCED:
                continue
            records = maps.get(table)
            if records is None:
                records = maps[table] = doc.get(table, type=Map)
            record = records.get(record_id)
            if not isinstance(record, Map):
                continue
            row = doc_row(table, record)
            if row is None or row.get("id") != record_id:
                waiting.add((table, record_id))
            else:
                rows[(table, record_id)] = row
    # A record whose parent is neither in SQLite nor arriving now waits (parents first).
    exists_cache: dict[tuple[str, str], bool] = {}

    def exists(table: str, record_id: str) -> bool:
        key = (table, record_id)
        if key in rows:
            return True
        if key not in exists_cache:
            exists_cache[key] = conn.exec_driver_sql(
                f'SELECT 1 FROM "{table}" WHERE id = ?', (record_id,)
            ).first() is not None
        return exists_cache[key]

    settled = False
    while not settled:
        settled = True
        for key, row in list(rows.items()):
            for column, parent in FOREIGN_KEYS[key[0]]:
                if row[column] is not None and not exists(parent, row[column]):
                    del rows[key]
                    waiting.add(key)
                    settled = False
                    break
    conn.exec_driver_sql("DELETE FROM sync_deferred")
    if waiting:
        for table, record_id in sorted(waiting):
            conn.exec_driver_sql(
                "INSERT OR IGNORE INTO sync_deferred (tbl, record_id) VALUES (?, ?)",
                (table, record_id),
            )
    result.deferred = len(waiting)
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    history = _History()
    now = utcnow()
    by_table: dict[str, list[str]] = defaultdict(list)
    for table, record_id in rows:
        by_table[table].append(record_id)
    for table in ORDER:
        ids = by_table.get(table)
        if not ids:
            continue
        current = read_rows(session, table, ids)
        cols = COLUMNS[table]
        names = ", ".join(f'"{c}"' for c in cols)
        marks = ", ".join("?" * len(cols))
        updates = ", ".join(f'"{c}" = excluded."{c}"' for c in cols if c != "id")
        sql = (f'INSERT INTO "{table}" ({names}) VALUES ({marks}) '
               f"ON CONFLICT (id) DO UPDATE SET {updates}")
        batch: list[tuple[Any, ...]] = []
        for record_id in ids:
            row = rows[(table, record_id)]
            old = current.get(record_id)
            if old == row:
                continue
            batch.append(tuple(row[c] for c in cols))
            result.records[table].add(record_id)
            if old is not None:
                devices = candidates.get((table, record_id), {})
                for column in cols:
                    if old[column] != row[column]:
                        device = devices.get(column) or devices.get(ALL_FIELDS) or ""
                        history.add(table, record_id, column, device, "remote",
                                    row[column], old[column], now)
        if batch:  # one executemany per table: a joining laptop writes tens of thousands of rows
            conn.exec_driver_sql(sql, batch)
    history.write(session)
    return result


def all_records(doc: Doc) -> Iterator[tuple[str, str]]:
    for table in ORDER:
        for record_id in doc.get(table, type=Map).keys():
            yield table, str(record_id)
