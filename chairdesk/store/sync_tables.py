"""The store's side of shared-folder sync: its local tables, and noting local edits.

These tables belong to this laptop alone: they are never synced, exported,
trashed or undone (they are not `Record`s and not in SYNCED_MODELS). The
merge itself (pycrdt) lives in `chairdesk.sync`; the store only

- keeps its state here (device id, folder, the Y.Doc as Yjs updates, the
  outbox, the ledger of files, records set aside, devices seen, field
  history), and
- hands the synced records a unit of work changed to the workspace's change
  listeners, in the same transaction (`Workspace.add_change_listener`): the sync
  layer's listener mirrors them into the Y.Doc and the outbox right there. A linked
  workspace without a listener notes them in `sync_dirty` for the next round.
  Either way a crash never separates an edit from its way into the folder. When the
  workspace is not linked this costs one tiny query per write transaction, and
  pycrdt is never imported.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import Index, LargeBinary, String, Text, event, text
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from chairdesk.store.models import Base, Record, utcnow
from chairdesk.store.queries import is_linked

# session.info keys
REMOTE = "chairdesk.sync.remote"  # a session that applies remote changes: nothing to note
TOUCHED = "chairdesk.sync.touched"  # {(table, record id)} changed by this unit of work

# Called in a writing transaction, before it commits, with the synced records it touched.
ChangeListener = Callable[[Session, set[tuple[str, str]]], None]


class SyncState(Base):
    """The one row (id 1) that says whether and where this workspace is linked."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(primary_key=True)
    device_id: Mapped[str] = mapped_column(String(36))
    device_name: Mapped[str] = mapped_column(String(200))
    folder: Mapped[str] = mapped_column(Text)
    workspace_id: Mapped[str] = mapped_column(String(36))
    encrypted: Mapped[bool] = mapped_column(default=False)
    # The next sequence number to use; raised (and committed) before a file is written.
    next_seq: Mapped[int] = mapped_column(default=1)
    linked_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_round: Mapped[datetime | None]
    last_snapshot_seq: Mapped[int | None]
    last_snapshot_at: Mapped[datetime | None]
    compact_upto_seq: Mapped[int | None]  # own files up to here go once the grace period passed
    # row_rules.RULES_VERSION when every record of the Y.Doc was last written under it; another
    # value (a ChairDesk that knows more) means the next round writes them all again.
    rules: Mapped[str | None] = mapped_column(String(16))


class SyncDoc(Base):
    """The Y.Doc, as Yjs updates to apply in order (merged into one row now and then)."""

    __tablename__ = "sync_doc"
    __table_args__ = {"sqlite_autoincrement": True}  # ids never reused after a merge

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class SyncOutbox(Base):
    """Local Yjs updates not yet written to the folder."""

    __tablename__ = "sync_outbox"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncDirty(Base):
    """Synced records changed locally and not yet mirrored into the Y.Doc."""

    __tablename__ = "sync_dirty"

    tbl: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncDeferred(Base):
    """Remote records set aside: not written to SQLite, kept in the Y.Doc, shown with their reason.

    ``waiting``: the record refers to one that has not arrived (or is set aside itself);
    it is looked at again whenever files are applied. ``refused``: its values fail
    chairdesk.store.row_rules; it is looked at again when it changes, when this laptop
    edits it (``rules`` is then cleared), and when the rules change (another ChairDesk
    version). ``base`` is the record's SQLite row (JSON) as this laptop last had it in step
    with the Y.Doc: a local edit of a record set aside sends only the fields it changed.
    """

    __tablename__ = "sync_deferred"

    tbl: Mapped[str] = mapped_column(String(40), primary_key=True)
    record_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    kind: Mapped[str] = mapped_column(String(12), default="waiting", server_default="waiting")
    field: Mapped[str | None] = mapped_column(String(60))
    reason: Mapped[str | None] = mapped_column(Text)
    file: Mapped[str | None] = mapped_column(
        Text
    )  # the file whose change set it aside (ledger path)
    device_id: Mapped[str | None] = mapped_column(String(36))  # the device that wrote that file
    since: Mapped[datetime | None]  # this laptop's clock
    rules: Mapped[str | None] = mapped_column(String(16))  # row_rules.RULES_VERSION that judged it
    label: Mapped[str | None] = mapped_column(Text)  # its title, name, acronym or code, for people
    base: Mapped[str | None] = mapped_column(Text)


class SyncSent(Base):
    """The files this laptop wrote (or was about to write): clones are told apart by them."""

    __tablename__ = "sync_sent"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    seq: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))
    content_hash: Mapped[str] = mapped_column(String(64))
    outbox_upto: Mapped[int | None]  # outbox rows up to this id travel in the file
    written: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class SyncLedger(Base):
    """Every file seen in the folder: applied, retrying (maybe still arriving) or quarantined."""

    __tablename__ = "sync_ledger"
    __table_args__ = (Index("ix_sync_ledger_content_hash", "content_hash"),)

    path: Mapped[str] = mapped_column(Text, primary_key=True)  # relative to the folder
    content_hash: Mapped[str | None] = mapped_column(String(64))
    device_id: Mapped[str | None] = mapped_column(String(36))
    seq: Mapped[int | None]
    status: Mapped[str] = mapped_column(String(12))  # applied | retrying | quarantined
    size: Mapped[int | None]
    mtime_ns: Mapped[int | None]  # only to notice that a file changed, never to order
    first_seen: Mapped[datetime] = mapped_column(default=utcnow)
    last_tried: Mapped[datetime] = mapped_column(default=utcnow)
    attempts: Mapped[int] = mapped_column(default=0)
    reason: Mapped[str | None] = mapped_column(Text)


class SyncDevice(Base):
    """Devices seen in the folder, with their names and when this laptop last heard of them."""

    __tablename__ = "sync_device"

    device_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str | None] = mapped_column(String(200))
    last_activity: Mapped[datetime | None]  # this laptop's clock when a new file arrived
    files: Mapped[int] = mapped_column(default=0)


class SyncHistory(Base):
    """Who changed which field when, and the value a change (local or remote) overwrote."""

    __tablename__ = "sync_history"
    __table_args__ = (Index("ix_sync_history_record", "tbl", "record_id"),)

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=True)
    tbl: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(36))
    field: Mapped[str] = mapped_column(String(60))
    device_id: Mapped[str] = mapped_column(String(36))
    origin: Mapped[str] = mapped_column(String(8))  # local | remote
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    value: Mapped[str | None] = mapped_column(Text)  # JSON of the stored value
    overwritten: Mapped[str | None] = mapped_column(Text)  # JSON of the value it replaced


SYNC_TABLES = tuple(
    t.__table__
    for t in (
        SyncState,
        SyncDoc,
        SyncOutbox,
        SyncDirty,
        SyncDeferred,
        SyncSent,
        SyncLedger,
        SyncDevice,
        SyncHistory,
    )
)


def mark_dirty(session: Session, keys: set[tuple[str, str]]) -> None:
    """Note records to mirror into the Y.Doc at the next opportunity (same transaction)."""
    if not keys:
        return
    now = utcnow()
    insert = sqlite_insert(SyncDirty.__table__)
    session.execute(
        insert.on_conflict_do_update(
            index_elements=["tbl", "record_id"], set_={"changed_at": insert.excluded.changed_at}
        ),
        [{"tbl": t, "record_id": r, "changed_at": now} for t, r in sorted(keys)],
    )


def note_changes(session: Session, keys: set[tuple[str, str]]) -> None:
    """Note records a unit of work wrote without the ORM (an import's bulk writes).

    They go the way of the ORM's own edits at commit: into the Y.Doc, or `sync_dirty`.
    """
    if keys and not session.info.get(REMOTE):
        session.info.setdefault(TOUCHED, set()).update(keys)


def track_local_changes(
    writers: sessionmaker, listeners: Callable[[], tuple[ChangeListener, ...]]
) -> None:
    """Note the synced records that the sessions of `writers` create or change.

    `listeners()` returns the workspace's change listeners, each told of them before commit.
    """

    known: dict[str, bool] = {}

    def has_table(session: Session) -> bool:
        # A database not yet migrated to schema 0003 (opened without open_workspace) has no
        # sync tables; once they exist they stay.
        if not known.get("sync_state"):
            known["sync_state"] = (
                session.execute(
                    text("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'")
                ).first()
                is not None
            )
        return known["sync_state"]

    def before_flush(session: Session, _context: object, _instances: object) -> None:
        if session.info.get(REMOTE):
            return
        touched = session.info.get(TOUCHED)
        for obj in (*session.new, *session.dirty):
            if isinstance(obj, Record) and (obj in session.new or session.is_modified(obj)):
                if touched is None:
                    touched = session.info[TOUCHED] = set()
                touched.add((obj.__tablename__, obj.id))

    def before_commit(session: Session) -> None:
        if session.info.get(REMOTE):
            return
        session.flush()
        touched = session.info.pop(TOUCHED, None)
        if not touched:
            return
        told = listeners()
        for listener in told:
            listener(session, touched)
        if not told and has_table(session) and is_linked(session):
            mark_dirty(session, touched)

    def after_rollback(session: Session) -> None:
        session.info.pop(TOUCHED, None)

    event.listen(writers, "before_flush", before_flush)
    event.listen(writers, "before_commit", before_commit)
    event.listen(writers, "after_soft_rollback", lambda session, _previous: after_rollback(session))


def field_history(session: Session, table: str, record_id: str) -> list[SyncHistory]:
    """A record's field history, newest first: who changed which field, and what it overwrote.

    ``value`` and ``overwritten`` are JSON of the values as SQLite stores them; restoring
    one is an ordinary edit of the field (an operation through the usual undo stack).
    """
    from sqlalchemy import select

    return list(
        session.scalars(
            select(SyncHistory)
            .where(SyncHistory.tbl == table, SyncHistory.record_id == record_id)
            .order_by(SyncHistory.changed_at.desc(), SyncHistory.id.desc())
        )
    )
