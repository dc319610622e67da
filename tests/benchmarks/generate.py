"""A reproducible secretariat-sized workspace for the benchmarks.

1x is eight working groups over ten years: about eight meetings a year per
group, each with ten agenda items, five action items, two decisions and twenty
attendance rows; a work plan per biennium with thirty activities, each with
quarterly progress updates. 10x and 100x add groups and years (16 groups over
50 years, 40 groups over 200 years). Other scales (0.05 for the smoke test)
shrink groups and years alike.

The schema comes from the store's normal create path (`open_workspace`, so the
migrations' stamp is real); the rows are then written with sqlite3's
``executemany`` in the formats SQLAlchemy uses, in one transaction. Files are
cached by scale, seed and generator version under ``$CHAIRDESK_BENCH_CACHE``
(default: ``<tmp>/chairdesk-bench``).

    python tests/benchmarks/generate.py --scale 100    # prints the file's path
"""

from __future__ import annotations

import argparse
import math
import os
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from chairdesk.domain.positions import initial  # noqa: E402

GENERATOR_VERSION = 1
LAST_YEAR = 2026
#: scale -> (groups, years); anything else is interpolated.
SCALES: dict[float, tuple[int, int]] = {1: (8, 10), 10: (16, 50), 100: (40, 200)}
STAMP = "2026-01-15 09:00:00.000000"

ENTITY_COUNT = 60
MEMBERS_PER_GROUP = 24


def dims(scale: float) -> tuple[int, int]:
    """(groups, years) for a scale."""
    if scale in SCALES:
        return SCALES[scale]
    root = math.sqrt(scale)
    return max(1, round(8 * root)), max(2, round(10 * root))


def cache_dir() -> Path:
    folder = Path(
        os.environ.get("CHAIRDESK_BENCH_CACHE") or Path(tempfile.gettempdir()) / "chairdesk-bench"
    )
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _scale_label(scale: float) -> str:
    return f"{scale:g}".replace(".", "_")


def schema_key() -> str:
    """A short hash of the schema the models create (a cached file of another schema is not reused)."""
    import hashlib

    from sqlalchemy.dialects import sqlite
    from sqlalchemy.schema import CreateTable

    import chairdesk.store.database  # noqa: F401 - registers every table (sync tables included)
    from chairdesk.store.database import SCHEMA_HEAD
    from chairdesk.store.models import Base

    ddl = "".join(
        str(CreateTable(t).compile(dialect=sqlite.dialect())) for t in Base.metadata.sorted_tables
    )
    return f"{SCHEMA_HEAD}-{hashlib.sha1(ddl.encode()).hexdigest()[:8]}"


def workspace_path(scale: float, seed: int = 1) -> Path:
    name = (
        f"workspace-x{_scale_label(scale)}-seed{seed}-g{GENERATOR_VERSION}-s{schema_key()}.sqlite3"
    )
    return cache_dir() / name


def ensure_workspace(scale: float, seed: int = 1, *, quiet: bool = True) -> Path:
    """The cached workspace for (scale, seed), generated first if it is not there."""
    path = workspace_path(scale, seed)
    if path.exists():
        return path
    started = time.perf_counter()
    tmp = path.with_name(f".{path.stem}.{os.getpid()}.tmp.sqlite3")
    try:
        counts = generate(tmp, scale, seed)
        os.replace(tmp, path)
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)
    if not quiet:
        total = sum(counts.values())
        print(
            f"generated {path.name}: {total:,} rows in {time.perf_counter() - started:.1f} s",
            file=sys.stderr,
        )
    return path


# --------------------------------------------------------------------------- values


def _dt(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


def _d(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


AGENDA_TOPICS = (
    "Multi-Year Appeal: results and next steps",
    "Regional briefings for Member States",
    "Dissemination of the meta-synthesis",
    "Joint project on border security",
    "Guidance on human rights compliance",
    "Gender mainstreaming in counter-terrorism",
    "Capacity-building for prison administrations",
    "Youth engagement and alternative narratives",
    "Technical assistance to Central Asia",
    "Victims of terrorism support network",
    "Review of the terms of reference",
    "Good practices on repatriation",
    "Countering the financing of terrorism",
    "Biometrics and watch lists",
    "Research agenda on online radicalization",
    "Work plan mid-term review",
    "Resource mobilization",
    "Outreach to regional organizations",
    "Protection of critical infrastructure",
    "Aviation security and advance passenger information",
)
ACTION_TEXTS = (
    "Circulate the draft concept note",
    "Confirm presenters for the side event",
    "Share the updated mapping of activities",
    "Prepare the quarterly progress summary",
    "Send comments on the draft guidance",
    "Propose dates for the next meeting",
    "Update the list of focal points",
    "Draft the annual submission's narrative",
)
DECISIONS = (
    "Members agreed to hold a series of regional briefings.",
    "The working group endorsed the revised work plan.",
    "Members agreed to prepare a joint statement for the Coordination Committee.",
    "The Chair will consult members on the draft terms of reference.",
)
CITIES = ("New York", "Vienna", "Geneva", "Nairobi", "Tashkent", "Doha", None, None, None)
KIND_CYCLE = ("in_focus", "special", "briefing", "workshop")
MODES = ("virtual", "virtual", "hybrid", "in_person")
PILLARS = ("I", "II", "III", "IV")
NARRATIVE = (
    "Throughout the year, members exchanged information on their activities and identified "
    "opportunities for joint work. The working group continued to support Member States on request, "
    "with particular attention to regional coordination and to the needs of beneficiary States."
)


@dataclass
class Writer:
    """Rows per table, in the table's column order, written at the end."""

    columns: dict[str, list[str]]
    rows: dict[str, list[tuple]] = field(default_factory=dict)

    def add(self, table: str, **values: object) -> str:
        values.setdefault("created_at", STAMP)
        values.setdefault("updated_at", STAMP)
        values.setdefault("deleted", 0)
        self.rows.setdefault(table, []).append(tuple(values.get(c) for c in self.columns[table]))
        return values.get("id")  # type: ignore[return-value]


class Ids:
    """Reproducible UUIDs."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def __call__(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))


def generate(path: Path, scale: float, seed: int = 1) -> dict[str, int]:
    """Write a new workspace at `path`; the row count per table."""
    from chairdesk.store.database import open_workspace
    from chairdesk.store.models import Base

    if path.exists():
        raise FileExistsError(path)
    ws = open_workspace(path, path.parent / "backups")  # the real create path: schema and stamp
    ws.close()
    columns = {
        name: [c.name for c in table.columns] for name, table in Base.metadata.tables.items()
    }
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("BEGIN")
    counts: dict[str, int] = {}

    groups, years = dims(scale)
    rng = random.Random(f"chairdesk-bench-{seed}")
    new_id = Ids(rng)
    w = Writer(columns)
    first_year = LAST_YEAR - years + 1
    today = date.today()

    w.add("workspace_info", key="name", value=f"Benchmark workspace x{scale:g}")
    entities = []
    for i in range(ENTITY_COUNT):
        acronym = f"E{i:02d}" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3))
        eid = w.add(
            "entity",
            id=new_id(),
            acronym=acronym,
            name=f"Entity {acronym} of the Compact",
            kind="un" if i < 45 else "non_un",
        )
        entities.append(eid)
        w.add(
            "contact",
            id=new_id(),
            entity_id=eid,
            group_id=None,
            name=f"Focal point {i}",
            email=f"focal.point{i}@example.org",
            phone=None,
            job_title="Programme Officer",
        )

    template = w.add("agenda_template", id=new_id(), group_id=None, name="Regular meeting")
    for pos, title in zip(
        initial(6),
        (
            "Opening and adoption of the agenda",
            "Updates from the Chair",
            "Work plan review",
            "Updates from members",
            "Any other business",
            "Closing",
        ),
    ):
        w.add(
            "template_item",
            id=new_id(),
            template_id=template,
            position=pos,
            title=title,
            minutes=15,
            presenter_id=None,
            notes=None,
        )

    _flush(conn, w, counts)
    agenda_positions = initial(10)
    five = initial(5)
    two = initial(2)
    for g in range(groups):
        acronym = f"WG{g:02d}"
        gid = w.add(
            "working_group",
            id=new_id(),
            acronym=acronym,
            name=f"Working Group {g} on Topic {g}",
            pillar=PILLARS[g % 4],
            mandate=NARRATIVE,
            objectives="To coordinate; to share; to support.",
            tor_revised=_d(date(first_year, 3, 1)),
            tor_submitted=_d(date(first_year, 3, 15)),
        )
        members = rng.sample(entities, MEMBERS_PER_GROUP)
        since = _d(date(first_year, 1, 1))
        for k, eid in enumerate(members):
            role = (
                "vice_chair" if k == 1 else ("observer" if k >= MEMBERS_PER_GROUP - 3 else "member")
            )
            w.add(
                "membership",
                id=new_id(),
                group_id=gid,
                entity_id=eid,
                role=role,
                start=since,
                end=None,
            )
        for y in range(first_year, LAST_YEAR + 1):
            w.add(
                "chair_term",
                id=new_id(),
                group_id=gid,
                entity_id=members[(y - first_year) % 5],
                start=_d(date(y, 1, 1)),
                end=_d(date(y, 12, 31)),
                plan_id=None,
            )

        # Work plans: one per biennium, four outputs, thirty activities, quarterly progress.
        activities_of_year: dict[int, list[str]] = {}
        for y in range(first_year, LAST_YEAR + 1, 2):
            last = min(y + 1, LAST_YEAR)
            period = f"{y}-{last}" if last > y else str(y)
            plan = w.add("work_plan", id=new_id(), group_id=gid, period=period)
            outputs = []
            for pos, code in zip(initial(4), "ABCD"):
                outputs.append(
                    (
                        code,
                        w.add(
                            "output",
                            id=new_id(),
                            work_plan_id=plan,
                            code=code,
                            title=f"Output {code}: {rng.choice(AGENDA_TOPICS)}",
                            position=pos,
                        ),
                    )
                )
            ids: list[str] = []
            per_output = [8, 8, 7, 7]
            for (code, oid), n in zip(outputs, per_output):
                for number, pos in enumerate(initial(n), start=1):
                    start = date(y, rng.randint(1, 6), 1)
                    due = date(last, rng.randint(6, 12), 28)
                    if due < today:
                        status = rng.choices(("completed", "delayed", "cancelled"), (85, 10, 5))[0]
                    elif start > today:
                        status = "not_started"
                    else:
                        status = rng.choice(
                            ("in_progress", "in_progress", "delayed", "not_started")
                        )
                    progress = (
                        {"completed": 100, "not_started": 0, "cancelled": 0}.get(status)
                        if status in ("completed", "not_started", "cancelled")
                        else rng.randint(10, 90)
                    )
                    aid = w.add(
                        "activity",
                        id=new_id(),
                        output_id=oid,
                        code=f"{code}{number}",
                        title=f"{rng.choice(AGENDA_TOPICS)} ({code}{number})",
                        description="Activity description.",
                        start=_d(start),
                        due=_d(due),
                        status=status,
                        progress=progress,
                        indicator="Number of beneficiaries",
                        funding=rng.choice(("funded", "partially_funded", "unfunded", None)),
                        position=pos,
                    )
                    ids.append(aid)
                    w.add(
                        "activity_entity",
                        id=new_id(),
                        activity_id=aid,
                        entity_id=rng.choice(members),
                        role="lead",
                        position="a0",
                    )
                    if rng.random() < 0.6:
                        w.add(
                            "activity_entity",
                            id=new_id(),
                            activity_id=aid,
                            entity_id=rng.choice(members),
                            role="partner",
                            position="a1",
                        )
                    for q in range(8):  # quarterly, over the biennium
                        when = date(y + q // 4, 3 * (q % 4) + 3, 28)
                        if when > today or when.year > last:
                            break
                        w.add(
                            "progress_update",
                            id=new_id(),
                            activity_id=aid,
                            date=_d(when),
                            text=f"Quarter {q % 4 + 1}: work continued as planned; {rng.randint(1, 40)} participants.",
                        )
            activities_of_year[y] = ids
            activities_of_year[last] = ids

        # Meetings: about eight a year (a regular one per quarter, and others).
        for y in range(first_year, LAST_YEAR + 1):
            count = rng.randint(6, 10)
            kinds = ["regular"] * 4 + [rng.choice(KIND_CYCLE) for _ in range(count - 4)]
            year_activities = activities_of_year[y]
            for k, kind in enumerate(kinds):
                month = rng.randint(1, 12) if kind != "regular" else 3 * k + rng.randint(1, 3)
                start = datetime(
                    y, month, rng.randint(1, 28), rng.choice((10, 14, 15)), rng.choice((0, 30))
                )
                past = start.date() < today
                if kind == "regular":
                    title = f"{acronym} working group: regular meeting, quarter {k + 1} of {y}"
                else:
                    topic = rng.choice(AGENDA_TOPICS).lower()
                    kind_name = kind.replace("_", "-").capitalize()
                    title = f"{kind_name} meeting of the {acronym} working group on {topic}"
                stamp = _dt(start - timedelta(days=20))
                mid = w.add(
                    "meeting",
                    id=new_id(),
                    group_id=gid,
                    title=title,
                    start=_dt(start),
                    end=_dt(start + timedelta(minutes=90)),
                    kind=kind,
                    mode=rng.choice(MODES),
                    location=rng.choice(CITIES),
                    summary="Members exchanged updates." if past else "",
                    created_at=stamp,
                    updated_at=stamp,
                )
                for i, pos in enumerate(agenda_positions):
                    if i == 0:
                        title_i, activity = (
                            "Opening, adoption of the agenda and updates from the Chair",
                            None,
                        )
                    elif i == 9:
                        title_i, activity = "Any other business", None
                    else:
                        activity = rng.choice(year_activities) if rng.random() < 0.5 else None
                        title_i = rng.choice(AGENDA_TOPICS)
                    w.add(
                        "agenda_item",
                        id=new_id(),
                        meeting_id=mid,
                        position=pos,
                        title=title_i,
                        presenter_id=rng.choice(members),
                        minutes=rng.choice((5, 10, 10, 15, 20)),
                        activity_id=activity,
                        notes=None,
                        done=1 if past else 0,
                        created_at=stamp,
                        updated_at=stamp,
                    )
                for pos in five:
                    due = start.date() + timedelta(days=30)
                    status = "done" if due < today and rng.random() < 0.97 else "open"
                    w.add(
                        "action_item",
                        id=new_id(),
                        meeting_id=mid,
                        position=pos,
                        text=rng.choice(ACTION_TEXTS),
                        owner_id=rng.choice(members),
                        due=_d(due),
                        status=status,
                        activity_id=rng.choice(year_activities) if rng.random() < 0.3 else None,
                        created_at=stamp,
                        updated_at=stamp,
                    )
                for pos in two:
                    w.add(
                        "decision",
                        id=new_id(),
                        meeting_id=mid,
                        position=pos,
                        text=rng.choice(DECISIONS),
                        created_at=stamp,
                        updated_at=stamp,
                    )
                if past:
                    for eid in rng.sample(members, 20):
                        w.add(
                            "attendance",
                            id=new_id(),
                            meeting_id=mid,
                            entity_id=eid,
                            created_at=stamp,
                            updated_at=stamp,
                        )
            for section in ("coordination", "capacity_building", "challenges"):
                w.add(
                    "narrative", id=new_id(), group_id=gid, year=y, section=section, text=NARRATIVE
                )
        _flush(conn, w, counts)

    conn.execute("COMMIT")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return counts


def _flush(conn: sqlite3.Connection, w: Writer, counts: dict[str, int]) -> None:
    """Insert the rows gathered so far, parents before children (the metadata's order)."""
    from chairdesk.store.models import Base

    for table in Base.metadata.sorted_tables:
        rows = w.rows.pop(table.name, None)
        if not rows:
            continue
        names = w.columns[table.name]
        sql = (
            f"INSERT INTO {table.name} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})"
        )
        conn.executemany(sql, rows)
        counts[table.name] = counts.get(table.name, 0) + len(rows)


def largest_group(path: Path) -> tuple[str, str, int]:
    """(group id, acronym, year): the group with most meetings, and its busiest past year."""
    with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as conn:
        gid, acronym = conn.execute(
            "SELECT g.id, g.acronym FROM working_group g JOIN meeting m ON m.group_id = g.id "
            "WHERE m.deleted = 0 GROUP BY g.id ORDER BY count(*) DESC, g.acronym LIMIT 1"
        ).fetchone()
        year = conn.execute(
            "SELECT CAST(substr(start, 1, 4) AS INTEGER) AS y FROM meeting WHERE group_id = ? AND deleted = 0 "
            "AND y < ? GROUP BY y ORDER BY count(*) DESC, y DESC LIMIT 1",
            (gid, date.today().year),
        ).fetchone()[0]
    return gid, acronym, year


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    print(ensure_workspace(args.scale, args.seed, quiet=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
