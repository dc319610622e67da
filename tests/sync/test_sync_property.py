"""Property test: 2–5 laptops, random edits, a misbehaving sync client; everyone converges.

Each laptop has its own copy (replica) of the shared folder. A simulated sync
client copies files between replicas late, out of order, twice, half-written
(the rest arrives later) and as "conflicted copy" duplicates, sometimes with
old modification times. Snapshots and compaction happen now and then. After
everything is finally delivered, every laptop must have the same SQLite
content, every scalar field must hold one of the values written to it, and
every text insertion (in the UN languages and emoji) must be there unless
someone deleted it.

CI runs CHAIRDESK_SYNC_EXAMPLES examples (default 200); for a long run:

    CHAIRDESK_SYNC_EXAMPLES=5000 python -m pytest tests/sync/test_sync_property.py -m slow
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from chairdesk.domain.positions import between
from chairdesk.store.database import Workspace
from chairdesk.store.models import AgendaItem, Meeting, WorkingGroup
from chairdesk.sync import service
from tests.sync.merge_helpers import canonical_dump, quick_workspace

EXAMPLES = int(os.environ.get("CHAIRDESK_SYNC_EXAMPLES", "200"))

pytestmark = pytest.mark.slow

SCALARS = {
    WorkingGroup: ("name",),
    Meeting: ("title", "location"),
    AgendaItem: ("title", "minutes", "done"),
}
TEXTS = {WorkingGroup: "mandate", Meeting: "summary", AgendaItem: "notes"}
BODIES = ["Ж", "中", "ب", "😀", "🇺🇳", "é"]


@dataclass
class World:
    root: Path
    devices: list[Workspace] = field(default_factory=list)
    replicas: list[Path] = field(default_factory=list)
    cloud: dict[str, bytes] = field(default_factory=dict)  # relative path -> complete bytes
    written: dict[tuple[str, str, str], list] = field(default_factory=lambda: defaultdict(list))
    tokens: dict[tuple[str, str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    deleted_tokens: set[str] = field(default_factory=set)
    counter: int = 0

    def token(self, device: int) -> str:
        # Unique first/last characters: a diff can only see the token as one insertion.
        self.counter += 1
        edge = chr(0x4E00 + self.counter)
        return f"{edge}d{device}{BODIES[self.counter % len(BODIES)]}{edge}"

    def value(self, device: int, name: str) -> str:
        self.counter += 1
        return f"{name}-{device}-{self.counter}"

    # the simulated sync client

    def publish(self, i: int) -> None:
        """Upload laptop i's own files (and its compactions) to the cloud."""
        st_ = service.status(self.devices[i], check_folder=False)
        own = self.replicas[i] / "devices" / st_.device_id
        prefix = f"devices/{st_.device_id}/"
        present = set()
        if own.is_dir():
            for f in own.iterdir():
                if f.name.startswith("."):
                    continue
                rel = prefix + f.name
                present.add(rel)
                self.cloud.setdefault(rel, f.read_bytes())
        for rel in [r for r in self.cloud if r.startswith(prefix) and r not in present]:
            del self.cloud[rel]

    def deliver(self, i: int, rel: str, mode: str, cut: float) -> None:
        data = self.cloud[rel]
        target = self.replicas[i] / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        if mode == "truncated":
            if target.exists() and target.stat().st_size == len(data):
                return  # already complete there
            target.write_bytes(data[: int(len(data) * cut)])
        elif mode == "conflicted":
            target.with_name(f"{target.stem} (conflicted copy {i}){target.suffix}").write_bytes(
                data
            )
        else:
            if mode == "full" and target.exists() and target.read_bytes() == data:
                return  # a sync client does not rewrite a file it already has
            target.write_bytes(data)
            if mode == "old":
                os.utime(target, (86400, 86400))  # 1970: Syncthing keeps the sender's times

    def deliver_everything(self) -> None:
        for i in range(len(self.devices)):
            for rel in self.cloud:
                self.deliver(i, rel, "full", 1.0)


def _live(ws: Workspace, model: type) -> list:
    with ws.read() as s:
        return sorted(s.scalars(select(model)).all(), key=lambda r: (r.created_at, r.id))


KINDS = ["group", "meeting", "item", "scalar", "text", "untext", "delete", "restore", "reorder"]


class Picker:
    """Choices from numbers drawn up front (what a laptop sees varies run to run)."""

    def __init__(self, numbers: tuple[int, ...]) -> None:
        self.numbers = list(numbers)

    def number(self, upto: int) -> int:
        value = self.numbers.pop(0) if self.numbers else 0
        return value % (upto + 1)

    def choice(self, items: list):  # noqa: ANN201
        return items[self.number(len(items) - 1)]


def do_operation(world: World, i: int, kind: str, pick: Picker) -> None:
    ws = world.devices[i]
    groups, meetings, items = (_live(ws, m) for m in (WorkingGroup, Meeting, AgendaItem))
    if kind == "group" or not groups:
        token = world.token(i)
        with ws.transaction() as s:
            g = WorkingGroup(
                acronym=f"G{world.counter}", name=world.value(i, "name"), pillar="I", mandate=token
            )
            s.add(g)
        world.tokens[("working_group", g.id, "mandate")].add(token)
        world.written[("working_group", g.id, "name")].append(g.name)
        world.written[("working_group", g.id, "deleted")].append(False)
        return
    if kind == "meeting" or (kind in ("item", "reorder") and not meetings):
        group = pick.choice(groups)
        from datetime import datetime

        with ws.transaction() as s:
            m = Meeting(
                group_id=group.id,
                title=world.value(i, "title"),
                start=datetime(2022, 3, 1),
                kind="regular",
                mode="virtual",
                summary="",
            )
            s.add(m)
        for name, value in (("title", m.title), ("location", None), ("deleted", False)):
            world.written[("meeting", m.id, name)].append(value)
        return
    if kind == "item":
        meeting = pick.choice(meetings)
        siblings = sorted(x.position for x in items if x.meeting_id == meeting.id)
        position = between(siblings[-1] if siblings else None, None)
        with ws.transaction() as s:
            item = AgendaItem(
                meeting_id=meeting.id,
                title=world.value(i, "title"),
                position=position,
                notes=None,
                minutes=0,
                done=False,
            )
            s.add(item)
        for name, value in (
            ("title", item.title),
            ("minutes", 0),
            ("done", False),
            ("deleted", False),
            ("position", position),
        ):
            world.written[("agenda_item", item.id, name)].append(value)
        return
    if kind == "reorder":
        if not items:
            return
        item = pick.choice(items)
        siblings = sorted(
            (x.position, x.id) for x in items if x.meeting_id == item.meeting_id and x.id != item.id
        )
        keys = [p for p, _ in siblings]
        at = pick.number(len(keys))
        before = keys[at - 1] if at > 0 else None
        after = keys[at] if at < len(keys) else None
        if before is not None and after is not None and before >= after:
            return  # two laptops made the same key: equal neighbours, nothing fits between
        position = between(before, after)
        _set(ws, AgendaItem, item.id, position=position)
        world.written[("agenda_item", item.id, "position")].append(position)
        return
    record = pick.choice([*groups, *meetings, *items])
    model = type(record)
    table = model.__tablename__
    if kind in ("delete", "restore"):
        value = kind == "delete"
        _set(ws, model, record.id, deleted=value)
        world.written[(table, record.id, "deleted")].append(value)
    elif kind == "scalar":
        name = pick.choice(list(SCALARS[model]))
        if name == "minutes":
            value = pick.number(240)
        elif name == "done":
            value = bool(pick.number(1))
        else:
            value = world.value(i, name)
        _set(ws, model, record.id, **{name: value})
        world.written[(table, record.id, name)].append(value)
    elif kind == "text":
        name = TEXTS[model]
        current = getattr(record, name) or ""
        parts = _tokens_of(current, world)
        at = pick.number(len(parts))
        token = world.token(i)
        _set(ws, model, record.id, **{name: "".join([*parts[:at], token, *parts[at:]])})
        world.tokens[(table, record.id, name)].add(token)
    else:  # untext: delete one token this laptop sees
        name = TEXTS[model]
        parts = _tokens_of(getattr(record, name) or "", world)
        if not parts:
            return
        gone = pick.choice(parts)
        _set(ws, model, record.id, **{name: "".join(p for p in parts if p != gone)})
        world.deleted_tokens.add(gone)


def _tokens_of(textvalue: str, world: World) -> list[str]:
    """Split a text made only of tokens into its tokens."""
    parts, i = [], 0
    while i < len(textvalue):
        edge = textvalue[i]
        j = textvalue.index(edge, i + 1)
        parts.append(textvalue[i : j + 1])
        i = j + 1
    return parts


def _set(ws: Workspace, model: type, record_id: str, **values: object) -> None:
    with ws.transaction() as s:
        record = s.get(model, record_id)
        for k, v in values.items():
            setattr(record, k, v)


def converge(world: World) -> None:
    for _ in range(3):
        for i, ws in enumerate(world.devices):
            service.run_round(ws)
            world.publish(i)
        world.deliver_everything()
    for ws in world.devices:
        report = service.run_round(ws)
        assert report.quarantined == 0


def check(world: World) -> None:
    dumps = [canonical_dump(ws) for ws in world.devices]
    for other in dumps[1:]:
        assert other == dumps[0]
    ws = world.devices[0]
    with ws.read() as s:
        for model in (WorkingGroup, Meeting, AgendaItem):
            for record in s.scalars(select(model)):
                table = model.__tablename__
                for name in (*SCALARS[model], "deleted", "position"):
                    if (table, record.id, name) in world.written:
                        value = getattr(record, name)
                        assert value in world.written[(table, record.id, name)], (table, name)
                name = TEXTS[model]
                final = getattr(record, name) or ""
                parts = _tokens_of(final, world)
                assert len(parts) == len(set(parts)), "a token appears twice"
                expected = world.tokens[(table, record.id, name)] - world.deleted_tokens
                assert set(parts) == expected


STEP = st.tuples(
    st.integers(0, 4),  # laptop
    st.sampled_from(["op", "op", "round", "deliver", "deliver"]),
    st.sampled_from(KINDS),
    st.tuples(*[st.integers(0, 1 << 16)] * 3),  # choices inside the step
    st.sampled_from(["full", "truncated", "conflicted", "old"]),
    st.floats(0, 0.99),  # how much of a truncated file has arrived
)


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(n=st.integers(2, 5), snapshots=st.booleans(), steps=st.lists(STEP, min_size=1, max_size=24))
def test_every_laptop_converges_and_nothing_written_is_lost(
    n: int, snapshots: bool, steps: list
) -> None:
    with pytest.MonkeyPatch.context() as mp:
        # Durability is not what this test is about: skip the folder's fsyncs (slow disks).
        mp.setattr(os, "fsync", lambda _fd: None)
        run_example(n, snapshots, steps)


def run_example(n: int, snapshots: bool, steps: list) -> None:
    saved = (service.TUNING.snapshot_after, service.TUNING.compact_after, service.TUNING.doc_rows)
    if snapshots:  # snapshots, compaction of own files and of the stored Y.Doc, all often
        service.TUNING.snapshot_after, service.TUNING.compact_after = 2, timedelta(0)
        service.TUNING.doc_rows = 3
    shm = Path("/dev/shm")  # many small files and commits: memory is faster, when there is one
    fast = shm if shm.is_dir() and os.access(shm, os.W_OK) else None
    root = Path(tempfile.mkdtemp(prefix="chairdesk-prop-", dir=fast))
    world = World(root)
    try:
        for i in range(n):
            replica = root / f"replica{i}"
            if i > 0:
                replica.mkdir()
                shutil.copyfile(world.replicas[0] / "workspace.json", replica / "workspace.json")
            ws = quick_workspace(root / f"laptop{i}" / "workspace.sqlite3")
            service.link(ws, replica, device_name=f"Laptop {i}")
            world.devices.append(ws)
            world.replicas.append(replica)
        for laptop, action, kind, numbers, mode, cut in steps:
            i = laptop % n
            pick = Picker(numbers)
            if action == "op":
                do_operation(world, i, kind, pick)
            elif action == "round":
                service.run_round(world.devices[i])
                world.publish(i)
            elif world.cloud:
                world.deliver(i, pick.choice(sorted(world.cloud)), mode, cut)
        converge(world)
        check(world)
    finally:
        service.TUNING.snapshot_after, service.TUNING.compact_after, service.TUNING.doc_rows = saved
        for ws in world.devices:
            ws.close()
        shutil.rmtree(root, ignore_errors=True)
