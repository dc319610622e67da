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
(through the workspace's change listener, chairdesk.sync.listener; without it the
store notes the records in ``sync_dirty`` and the next round mirrors them first). Remote updates are
applied to the Y.Doc and the records they changed are then written to SQLite,
parents first, with the field history, in one transaction.

Nothing another laptop wrote goes into SQLite unchecked, and nothing it wrote stops
a round: an update that does not decode is left out (``Applied.rejected``); a record
whose row fails chairdesk.store.row_rules, or refers to a record that is not here, is
*set aside* whole (``sync_deferred``, with its field, reason, file and device) and
stays in the Y.Doc for the laptops, or the later version, that can apply it. A local
edit of a record set aside carries only the fields edited here. `rejudge` looks again
at what was set aside when this ChairDesk's rules change (docs/sync.md, "Records set
aside").

pycrdt's ``Text`` counts in UTF-8 bytes: positions are converted here.
"""

from __future__ import annotations

import json
import logging
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

from chairdesk.domain.values import text_problem
from chairdesk.store.database import Workspace
from chairdesk.store.models import SYNCED_MODELS, Base, utcnow
from chairdesk.store.row_rules import RULES_VERSION, RowProblem, row_problem, shown, value_problem
from chairdesk.store.sync_tables import SyncDirty, mark_dirty
from chairdesk.sync.listener import mirror_of

log = logging.getLogger(__name__)

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
    # default=str: a value another laptop wrote may be anything (a nested map, bytes).
    return None if value is None else json.dumps(value, ensure_ascii=False, default=str)


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
        rows = (
            session.connection()
            .exec_driver_sql("SELECT id, data FROM sync_doc WHERE id > ? ORDER BY id", (self.upto,))
            .all()
        )
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


def cache_for(workspace: Workspace) -> DocCache:
    """The workspace's Y.Doc in memory, kept by its sync listener (attached if it was not)."""
    return mirror_of(workspace).cache


def attach(workspace: Workspace) -> None:
    """Mirror this workspace's local edits into the Y.Doc in the transactions that make them."""
    mirror_of(workspace)


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

    def add(
        self,
        table: str,
        record_id: str,
        column: str,
        device: str,
        origin: str,
        value: Any,
        overwritten: Any,
        when: Any,
    ) -> None:
        if column in ("updated_at", "created_at"):
            return
        self.rows.append(
            {
                "tbl": table,
                "record_id": record_id,
                "field": column,
                "device_id": device,
                "origin": origin,
                "changed_at": when,
                "value": json_value(value),
                "overwritten": json_value(overwritten),
            }
        )

    def write(self, session: Session) -> None:
        if self.rows:
            session.execute(sa.insert(Base.metadata.tables["sync_history"]), self.rows)


def _write_record(
    table: str,
    tmap: Map,
    record_id: str,
    row: dict[str, Any],
    history: _History,
    device: str,
    now: Any,
    whole: dict[str, Any] | None = None,
) -> bool:
    """Make the Y.Doc's record's fields in `row` equal to it; True if anything changed.

    `row` may hold only some columns (the ones edited here); `whole` is then the
    whole row, written if the Y.Doc holds no record under that id.
    """
    texts = TEXT_FIELDS[table]
    nullable = NULLABLE[table]
    record = tmap.get(record_id)
    if not isinstance(record, Map):
        row = whole or row
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
        history.add(
            table, record_id, column, device, "local", value, current if present else None, now
        )
        changed = True
    return changed


def mirror_local(
    session: Session, cache: DocCache, keys: Iterable[tuple[str, str]], device_id: str
) -> bool:
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
    # Records set aside differ from the Y.Doc by what this laptop could not apply: only what
    # was edited here since (against the row last in step) goes out, never the stale rest.
    bases: dict[tuple[str, str], str] = {}
    for table, ids in wanted.items():
        ids = sorted(ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            for record_id, base in conn.exec_driver_sql(
                f"SELECT record_id, base FROM sync_deferred WHERE tbl = ? AND record_id IN ({marks}) "
                "AND base IS NOT NULL",
                (table, *chunk),
            ):
                bases[(table, record_id)] = base
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
                    base = bases.get((table, record_id))
                    if base is None:
                        changed |= _write_record(
                            table, tmap, record_id, row, history, device_id, now
                        )
                        continue
                    old = json.loads(base)
                    edited = {c: v for c, v in row.items() if c not in old or old[c] != v}
                    if not edited:
                        continue
                    changed |= _write_record(
                        table, tmap, record_id, edited, history, device_id, now, row
                    )
                    # In step again; judged again at the next round (the edit may have mended it).
                    conn.exec_driver_sql(
                        "UPDATE sync_deferred SET base = ?, rules = NULL WHERE tbl = ? AND record_id = ?",
                        (json.dumps(row, ensure_ascii=False), table, record_id),
                    )
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
            "INSERT INTO sync_outbox (data, created_at) VALUES (?, ?)",
            (update, _sql_time(utcnow())),
        )


#: The longest device name the sync tables keep (sync_state, sync_device).
DEVICE_NAME_MAX = 200


def device_names(doc: Doc) -> dict[str, str]:
    """Device id → name; a name that is not readable text (another laptop's bug) is left out."""
    names = {}
    for device, name in doc.get(DEVICES, type=Map).items():
        if (
            isinstance(name, str)
            and name.strip()
            and text_problem(name, max_length=DEVICE_NAME_MAX) is None
        ):
            names[str(device)] = name
    return names


# --- remote updates → Y.Doc → SQLite ------------------------------------------------------


@dataclass(frozen=True)
class SetAside:
    """A remote record not written to SQLite, and why (see SyncDeferred)."""

    table: str
    record_id: str
    field: str
    reason: str
    waiting: bool  # for a record it refers to (True), or refused by the rules (False)


@dataclass
class Applied:
    """What applying remote updates changed in SQLite."""

    records: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    # Updates that could not be applied at all (their index in the batch → why): set aside whole.
    rejected: dict[int, str] = field(default_factory=dict)
    set_aside: list[SetAside] = field(default_factory=list)  # records newly set aside
    restored: set[tuple[str, str]] = field(default_factory=set)  # set aside before, written now

    @property
    def tables(self) -> set[str]:
        return {t for t, ids in self.records.items() if ids}


class _Observer:
    """Collects (table, record, field) → device from the Y.Doc's events while updates apply."""

    def __init__(self, doc: Doc) -> None:
        self.device = ""
        self.file: str | None = None
        self.changed: dict[tuple[str, str], dict[str, str]] = defaultdict(dict)
        # (table, record) -> (file, device) of the last update that changed it
        self.sources: dict[tuple[str, str], tuple[str | None, str]] = {}
        # (table, record, column) -> {device: the value it last wrote}, as they arrive
        self.writes: dict[tuple[str, str, str], dict[str, Any]] = defaultdict(dict)
        self._subs = []
        self.attach(doc)

    def attach(self, doc: Doc) -> None:
        for table in ORDER:
            tmap = doc.get(table, type=Map)
            self._subs.append((tmap, tmap.observe_deep(self._callback(table))))

    def _callback(self, table: str):  # noqa: ANN202
        def callback(events: list) -> None:
            try:
                for ev in events:
                    self._event(table, ev)
            except Exception:  # noqa: BLE001 - an odd shape another laptop wrote must not stop the update
                log.exception("could not follow a change in %s", table)

        return callback

    def _touch(self, table: str, record_id: str) -> dict[str, str]:
        self.sources[(table, record_id)] = (self.file, self.device)
        return self.changed[(table, record_id)]

    def _event(self, table: str, ev: Any) -> None:
        path = list(ev.path)
        if not path:
            for record_id in getattr(ev, "keys", {}) or {}:
                self._touch(table, str(record_id))[ALL_FIELDS] = self.device
            return
        record_id = str(path[0])
        if len(path) >= 2:
            self._touch(table, record_id)[str(path[1])] = self.device
            return
        for key, change in (getattr(ev, "keys", {}) or {}).items():
            key = str(key)
            if WRITER_SEP in key:
                column, _, writer = key.partition(WRITER_SEP)
                if isinstance(change, dict) and "newValue" in change:
                    self.writes[(table, record_id, column)][writer] = change["newValue"]
                self._touch(table, record_id)
                continue
            column = key.removesuffix(NULL_SUFFIX)
            self._touch(table, record_id)[column] = self.device

    def close(self) -> None:
        for tmap, sub in self._subs:
            tmap.unobserve(sub)
        self._subs.clear()


def _is_panic(exc: BaseException) -> bool:
    """A Rust panic inside Yrs (pyo3's PanicException derives from BaseException, not Exception)."""
    return type(exc).__name__ == "PanicException"


def apply_remote(
    session: Session,
    cache: DocCache,
    updates: Iterable[tuple[bytes, str] | tuple[bytes, str, str | None]],
) -> Applied:
    """Apply Yjs updates (payload, device id[, file]) to the Y.Doc, then the records they changed to SQLite.

    Everything happens in `session`'s transaction: local edits not yet mirrored
    are mirrored first (so they are merged, not overwritten), each update is
    persisted in ``sync_doc``, and records are upserted parents first with their
    field history. An update that does not decode is left out (``rejected``);
    records that fail the rules, or whose parent has not arrived, are set aside in
    ``sync_deferred`` (see `materialize`). Nothing another laptop wrote stops the rest.
    """
    conn = session.connection()
    device_id = conn.exec_driver_sql("SELECT device_id FROM sync_state WHERE id = 1").scalar()
    mirror_local(session, cache, (), device_id)
    result = Applied()
    with cache.lock:
        doc = cache.load(session)
        cache.changing(session)
        observer = _Observer(doc)
        try:
            for n, update in enumerate(updates):
                payload, device = update[0], update[1]
                observer.device, observer.file = device, (update[2] if len(update) > 2 else None)
                try:
                    doc.apply_update(payload)
                except Exception as exc:  # noqa: BLE001 - Yrs decodes the whole update first: nothing applied
                    log.warning(
                        "an update from %s (%s) does not decode: %s", device, observer.file, exc
                    )
                    result.rejected[n] = (
                        "its content is not a ChairDesk update (it does not decode)"
                    )
                    continue
                except BaseException as exc:
                    if not _is_panic(exc):
                        raise
                    # The Y.Doc may be half changed: start again from what sync_doc holds.
                    log.error(
                        "Yrs panicked applying an update from %s (%s): %s",
                        device,
                        observer.file,
                        exc,
                    )
                    result.rejected[n] = "its content is not a ChairDesk update (Yrs failed on it)"
                    observer.close()
                    cache.drop()
                    doc = cache.load(session)
                    cache.changing(session)
                    observer.attach(doc)
                    continue
                cache.append(session, payload)
        finally:
            observer.close()
        existed = _existing(session, observer.writes)
        materialize(session, doc, observer.changed, sources=observer.sources, into=result)
        _note_lost_writes(session, doc, observer.writes, existed, device_id)
        return result


def _existing(
    session: Session, writes: dict[tuple[str, str, str], dict[str, Any]]
) -> set[tuple[str, str]]:
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


def _note_lost_writes(
    session: Session,
    doc: Doc,
    writes: dict[tuple[str, str, str], dict[str, Any]],
    existed: set[tuple[str, str]],
    this_device: str,
) -> None:
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
        if not present or value_problem(table, column, current) is not None:
            continue  # a value this laptop could not apply: its record is set aside, not history
        winner = this_device
        for key in record:
            key = str(key)
            if key.startswith(column + WRITER_SEP) and _sql_value(record[key]) == current:
                winner = key.partition(WRITER_SEP)[2]
                if winner == this_device:
                    break
        for device, value in by_device.items():
            value = _sql_value(value)
            if (
                value != current
                and device != winner
                and value_problem(table, column, value) is None
            ):
                history.add(
                    table,
                    record_id,
                    column,
                    winner,
                    "local" if winner == this_device else "remote",
                    current,
                    value,
                    now,
                )
    history.write(session)


_LABEL_FIELDS = ("title", "name", "acronym", "code", "period", "text")


def _label(fields: dict[str, Any]) -> str | None:
    """What a person knows a record by (its title, name, acronym...), shortened, or None."""
    for column in _LABEL_FIELDS:
        value = fields.get(column)
        if isinstance(value, str) and value.strip():
            value = " ".join(value.split())
            value = value if len(value) <= 80 else value[:79] + "…"
            return value if text_problem(value) is None else shown(value)
    return None


def _missing_column(table: str, record: Map) -> str:
    fields = json.loads(str(record))
    return next((c for c in COLUMNS[table] if c not in fields and not _DEFAULTS[(table, c)][0]), "")


def _judge(
    table: str, record_id: str, record: Any
) -> tuple[dict[str, Any] | None, RowProblem | None, str | None]:
    """(row, None, label) for a record that may be written; (None, why, label) for one that may not."""
    if not isinstance(record, Map):
        return None, RowProblem("", f"not a record ({type(record).__name__})"), None
    try:
        row = doc_row(table, record)
        if row is None:
            missing = _missing_column(table, record)
            return None, RowProblem(missing, "missing (a value is required)"), None
        label = _label(row)
        problem = row_problem(table, row)
        if problem is None and row["id"] != record_id:
            problem = RowProblem(
                "id", f"{shown(row['id'])} is not the key it is filed under ({shown(record_id)})"
            )
        return (row, None, label) if problem is None else (None, problem, label)
    except Exception as exc:  # noqa: BLE001 - whatever shape another laptop gave it
        log.exception("cannot read %s %s from the Y.Doc", table, record_id)
        return None, RowProblem("", f"cannot be read ({exc})"), None


_WRITE_FAILURES = (sa.exc.StatementError, OverflowError, ValueError, TypeError)


def _upsert(session: Session, sql: str, batch: list[tuple[Any, ...]]) -> dict[int, str]:
    """Write `batch` (one executemany); rows SQLite refuses anyway are left out: {index: why}.

    The rules (row_rules) are meant to refuse everything SQLite would: this is the
    safety net that keeps a round going should they miss something.
    """
    conn = session.connection()
    try:
        with session.begin_nested():
            conn.exec_driver_sql(sql, batch)
        return {}
    except sa.exc.OperationalError:
        raise  # locked, disk full, I/O: the round fails and is tried again, nothing is refused
    except _WRITE_FAILURES:
        pass
    refused: dict[int, str] = {}
    for n, values in enumerate(batch):
        try:
            with session.begin_nested():
                conn.exec_driver_sql(sql, values)
        except sa.exc.OperationalError:
            raise
        except _WRITE_FAILURES as exc:
            log.warning("SQLite refused a remote record the rules let through: %s", exc)
            refused[n] = f"refused by the database ({getattr(exc, 'orig', None) or exc})"
    return refused


def materialize(
    session: Session,
    doc: Doc,
    changed: dict[tuple[str, str], dict[str, str]],
    *,
    sources: dict[tuple[str, str], tuple[str | None, str]] | None = None,
    everything: bool = False,
    into: Applied | None = None,
) -> Applied:
    """Write the Y.Doc's version of the `changed` records to SQLite, or set them aside.

    Also looked at: records waiting for a reference (every time), records set aside
    under other rules or edited here since (``rules`` not RULES_VERSION), and with
    `everything` every record of the Y.Doc. A record whose values fail
    chairdesk.store.row_rules, or that refers to a record neither in SQLite nor
    written now, is not written at all (never half): it is kept in ``sync_deferred``
    with its first field at fault, the reason, the file and device it came from
    (`sources`), and its SQLite row as it was (``base``, see mirror_local).
    """
    conn = session.connection()
    result = into if into is not None else Applied()
    sources = sources or {}
    # (table, id) -> (kind, rules, file, device id) of the records set aside so far
    aside: dict[tuple[str, str], tuple[Any, ...]] = {
        (row[0], row[1]): row[2:]
        for row in conn.exec_driver_sql(
            "SELECT tbl, record_id, kind, rules, file, device_id FROM sync_deferred"
        )
    }
    candidates: dict[tuple[str, str], dict[str, str]] = dict(changed)
    for key, (kind, rules, _file, _device) in aside.items():
        if kind == "waiting" or rules != RULES_VERSION:
            candidates.setdefault(key, {})
    if everything:
        for key in all_records(doc):
            candidates.setdefault(key, {})
    if not candidates:
        return result
    rows: dict[tuple[str, str], dict[str, Any]] = {}
    refused: dict[tuple[str, str], tuple[RowProblem, bool]] = {}  # key -> (why, waiting)
    labels: dict[tuple[str, str], str | None] = {}
    gone: set[tuple[str, str]] = set()
    maps: dict[str, Map] = {}  # each table's Y.Map, looked up once
    with doc.transaction():  # one read transaction for all, not one per lookup
        for key in candidates:
            table, record_id = key
            if table not in _SYNCED:
                continue
            records = maps.get(table)
            if records is None:
                records = maps[table] = doc.get(table, type=Map)
            record = records.get(record_id)
            if record is None:
                gone.add(key)  # no longer in the Y.Doc: nothing to write, nothing to keep aside
                continue
            row, problem, labels[key] = _judge(table, record_id, record)
            if problem is not None:
                refused[key] = (problem, False)
            else:
                rows[key] = row
    # A record whose parent is neither in SQLite nor written now waits (parents first).
    exists_cache: dict[tuple[str, str], bool] = {}

    def exists(table: str, record_id: str) -> bool:
        key = (table, record_id)
        if key in rows:
            return True
        if key not in exists_cache:
            exists_cache[key] = (
                conn.exec_driver_sql(f'SELECT 1 FROM "{table}" WHERE id = ?', (record_id,)).first()
                is not None
            )
        return exists_cache[key]

    def missing(parent: str, parent_id: str) -> str:
        what = parent.replace("_", " ")
        if isinstance(maps.get(parent, doc.get(parent, type=Map)).get(parent_id), Map):
            return f"refers to {what} {parent_id}, which is set aside itself"
        return f"refers to {what} {parent_id}, which no laptop has sent yet"

    settled = False
    while not settled:
        settled = True
        for key, row in list(rows.items()):
            for column, parent in FOREIGN_KEYS[key[0]]:
                if row[column] is not None and not exists(parent, row[column]):
                    del rows[key]
                    refused[key] = (RowProblem(column, missing(parent, row[column])), True)
                    settled = False
                    break
    conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
    history = _History()
    now = utcnow()
    by_table: dict[str, list[str]] = defaultdict(list)
    for table, record_id in rows:
        by_table[table].append(record_id)
    current_rows: dict[tuple[str, str], dict[str, Any]] = {}
    for table in ORDER:
        ids = by_table.get(table)
        if not ids:
            continue
        current = read_rows(session, table, ids)
        cols = COLUMNS[table]
        names = ", ".join(f'"{c}"' for c in cols)
        marks = ", ".join("?" * len(cols))
        updates = ", ".join(f'"{c}" = excluded."{c}"' for c in cols if c != "id")
        sql = (
            f'INSERT INTO "{table}" ({names}) VALUES ({marks}) '
            f"ON CONFLICT (id) DO UPDATE SET {updates}"
        )
        batch: list[tuple[Any, ...]] = []
        batch_ids: list[str] = []
        for record_id in ids:
            row = rows[(table, record_id)]
            old = current.get(record_id)
            if old is not None:
                current_rows[(table, record_id)] = old
            if old == row:
                continue
            batch.append(tuple(row[c] for c in cols))
            batch_ids.append(record_id)
        if not batch:
            continue
        # One executemany per table: a joining laptop writes tens of thousands of rows.
        failed = _upsert(session, sql, batch)
        for n, record_id in enumerate(batch_ids):
            key = (table, record_id)
            if n in failed:
                del rows[key]
                refused[key] = (RowProblem("", failed[n]), False)
                continue
            result.records[table].add(record_id)
            row, old = rows[key], current.get(record_id)
            if old is not None:
                devices = candidates.get(key, {})
                fallback = (
                    devices.get(ALL_FIELDS) or (aside[key][3] if key in aside else None) or ""
                )
                for column in cols:
                    if old[column] != row[column]:
                        history.add(
                            table,
                            record_id,
                            column,
                            devices.get(column) or fallback,
                            "remote",
                            row[column],
                            old[column],
                            now,
                        )
    history.write(session)
    _keep_aside(session, refused, rows, gone, aside, labels, sources, current_rows, result)
    return result


def _keep_aside(
    session: Session,
    refused: dict[tuple[str, str], tuple[RowProblem, bool]],
    written: dict[tuple[str, str], dict[str, Any]],
    gone: set[tuple[str, str]],
    aside: dict[tuple[str, str], tuple[Any, ...]],
    labels: dict[tuple[str, str], str | None],
    sources: dict[tuple[str, str], tuple[str | None, str]],
    current_rows: dict[tuple[str, str], dict[str, Any]],
    result: Applied,
) -> None:
    """Bring ``sync_deferred`` in step with what materialize decided."""
    conn = session.connection()
    done = [key for key in (*written, *gone) if key in aside]
    result.restored.update(key for key in written if key in aside)
    if done:
        conn.exec_driver_sql("DELETE FROM sync_deferred WHERE tbl = ? AND record_id = ?", done)
    if not refused:
        return
    now = _sql_time(utcnow())
    missing_rows: dict[str, list[str]] = defaultdict(list)
    for table, record_id in refused:
        if (table, record_id) not in aside and (table, record_id) not in current_rows:
            missing_rows[table].append(record_id)
    for table, ids in missing_rows.items():
        for record_id, row in read_rows(session, table, ids).items():
            current_rows[(table, record_id)] = row
    values = []
    for key in sorted(refused):
        (column, reason), waiting = refused[key]
        previous = aside.get(key)
        file, device = sources.get(key, (None, None))
        since, base = now, None  # kept as they are for a record already set aside (see the upsert)
        if previous is not None:
            file, device = file or previous[2], device or previous[3]
        else:
            row = current_rows.get(key)
            base = None if row is None else json.dumps(row, ensure_ascii=False)
            result.set_aside.append(SetAside(key[0], key[1], column, reason, waiting))
        values.append(
            (
                key[0],
                key[1],
                "waiting" if waiting else "refused",
                column,
                reason,
                file,
                device,
                since,
                RULES_VERSION,
                labels.get(key),
                base,
            )
        )
    conn.exec_driver_sql(
        "INSERT INTO sync_deferred (tbl, record_id, kind, field, reason, file, device_id, since, rules, "
        "label, base) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tbl, record_id) DO UPDATE SET "
        "kind = excluded.kind, field = excluded.field, reason = excluded.reason, file = excluded.file, "
        "device_id = excluded.device_id, rules = excluded.rules, label = excluded.label",
        values,
    )


def rejudge_due(session: Session) -> bool:
    """Whether records set aside need looking at again (see `rejudge`), without loading the Y.Doc."""
    conn = session.connection()
    if conn.exec_driver_sql("SELECT rules FROM sync_state WHERE id = 1").scalar() != RULES_VERSION:
        return True
    return (
        conn.exec_driver_sql(
            "SELECT 1 FROM sync_deferred WHERE rules IS NULL OR rules != ? LIMIT 1",
            (RULES_VERSION,),
        ).first()
        is not None
    )


def rejudge(session: Session, cache: DocCache) -> Applied:
    """Look again at records set aside that another ChairDesk version, or a local edit, may mend.

    After this ChairDesk changed its rules (an update that knows a new meeting kind,
    a new column...), every record of the Y.Doc is written again: whatever an older
    version could not apply, or did not know, comes back whole. The Y.Doc kept it all.
    """
    conn = session.connection()
    everything = (
        conn.exec_driver_sql("SELECT rules FROM sync_state WHERE id = 1").scalar() != RULES_VERSION
    )
    device_id = conn.exec_driver_sql("SELECT device_id FROM sync_state WHERE id = 1").scalar()
    mirror_local(session, cache, (), device_id)
    with cache.lock:
        doc = cache.load(session)
        result = materialize(session, doc, {}, everything=everything)
    conn.exec_driver_sql("UPDATE sync_state SET rules = ? WHERE id = 1", (RULES_VERSION,))
    return result


def all_records(doc: Doc) -> Iterator[tuple[str, str]]:
    for table in ORDER:
        for record_id in doc.get(table, type=Map):
            yield table, str(record_id)
