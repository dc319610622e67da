"""Fuzzing `chairdesk import`: whatever a file holds, it is refused cleanly or every later command works.

Hypothesis writes workspace files of three sorts:

- well-formed workspaces whose values are valid but hostile: every UN language, emoji,
  right-to-left marks, TeX and format strings, XML, tabs and line breaks, texts at their
  column's length, years 1900 and 2199, repeated titles, the ids of records already there;
- the same with one defect: a control character, a year 9999, a text over its column, a
  wrong type, a missing field, a record or an id twice, an unknown reference or choice;
- broken files: cut short, not UTF-8, nested a thousand deep, not an object.

Each is imported, through the command line's own function, into an empty workspace or one
that already holds records. Either the import is refused with exit status 2 and one line
naming the place, and the workspace is as it was; or it succeeds, a second import of the
same file changes nothing, and `check`, `export json`, every Word export (submission,
agenda, minutes, annex, handover, the secretariat's review), `export ics` and the everyday
read commands all succeed.

CI runs CHAIRDESK_IMPORT_EXAMPLES files (default 300); a long run:

    CHAIRDESK_IMPORT_EXAMPLES=3000 python -m pytest tests/test_import_fuzz.py
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from chairdesk import cli
from chairdesk.cli import main
from chairdesk.store.database import open_workspace
from chairdesk.store.interchange import import_workspace, read_workspace_file
from tests.conftest import SMALL, snapshot

EXAMPLES = int(os.environ.get("CHAIRDESK_IMPORT_EXAMPLES", "300"))
REPO = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow

# ---------------------------------------------------------------------------
# Values


#: Valid, and still the kind of text that breaks exports written carelessly.
HOSTILE_TEXTS = [
    "$\\frac{$",
    "$x^$",
    "a $b$ c",
    "\\",
    "%s %d {0} {}",
    "<w:t>&amp;</w:t>",
    "]]>",
    "A & B <C>",
    "\u202eevil RTL override",
    "مجموعة العمل",
    "工作组",
    "Рабочая группа",
    "🇺🇳👩🏽‍💼",
    "e\u0301",
    "\u200d",
    "\t",
    "line\nbreak",
    "windows\r\nline",
    "para\u2028graph",
    "next\x85line",
    " padded ",
    "'",
    '"',
    "--",
    "None",
    "null",
    "0",
    "\u00a0",
    "ﷺ",
    "x" * 299,
    "y" * 300,
]
#: What `chairdesk.domain.values` refuses, and more that a file may hold where text belongs.
BAD_VALUES = [
    "Q1\x01",
    "\x00",
    "a\uffff",
    "tab\x0bbed",
    "\ud800",
    "x" * 100_001,
    9999,
    -1,
    1.5,
    True,
    None,
    [],
    {},
    ["nested"],
    {"a": 1},
    "9999-12-31",
    "2022-02-30",
    "9999-12-31T23:00",
    "0001-01-01",
    "2022-13-01T10:00",
    "not-a-uuid",
    "plenary",
    "III-bis",
    10**30,
]
ACRONYMS = ["UNICRI", "OPCW", "INTERPOL", "CTED", "UNOCT", "Ü-N", "A/B", "$X$", "✓", "مكتب", "Z"]
CODES = ["A", "B", "A1", "A2", "B1", "$1$", "Ω", "C.3"]
SHARED_ID = "0f8fad5b-d9cb-469f-a165-70867728950e"
SECTIONS = [
    "mandate",
    "coordination",
    "capacity_building",
    "research",
    "advocacy",
    "regional",
    "challenges",
    "lessons",
    "way_forward",
]

valid_chars = st.characters(
    exclude_categories=("Cs", "Cc"),
    exclude_characters="\ufffe\uffff",
    include_characters="\t\n\r",
)
texts = st.one_of(st.sampled_from(HOSTILE_TEXTS), st.text(valid_chars, max_size=25))
titles = st.one_of(
    st.sampled_from([t for t in HOSTILE_TEXTS if t.strip() and len(t) <= 300]),
    st.text(valid_chars, min_size=1, max_size=25).filter(lambda t: t.strip()),
)
short = texts.filter(lambda t: len(t) <= 200)


@st.composite
def days(draw: st.DrawFn, year: int | None = None) -> str:
    y = year if year is not None else draw(st.sampled_from([1900, 2021, 2022, 2022, 2023, 2199]))
    return f"{y:04d}-{draw(st.integers(1, 12)):02d}-{draw(st.integers(1, 28)):02d}"


# ---------------------------------------------------------------------------
# Workspaces


@st.composite
def workspaces(draw: st.DrawFn, known_ids: list[str]) -> dict:
    """A well-formed workspace of hostile but valid values (import may still refuse it as a
    whole: a reference to a group the workspace lacks, a term overlapping one it holds)."""
    ids = st.one_of(
        st.none(),
        st.none(),
        st.sampled_from(known_ids) if known_ids else st.none(),
        st.uuids().map(str),
    )
    acronyms = draw(
        st.lists(
            st.sampled_from(ACRONYMS), min_size=1, max_size=4, unique_by=lambda a: a.casefold()
        )
    )
    groups = draw(
        st.lists(
            st.sampled_from(["ETCIP", "BSMCT", "gender", "Ω-WG"]),
            min_size=1,
            max_size=2,
            unique_by=lambda a: a.casefold(),
        )
    )
    entity = st.sampled_from(acronyms)
    group = st.sampled_from(groups)
    doc: dict[str, Any] = {"format": "chairdesk-workspace", "version": 1}
    if draw(st.booleans()):
        doc["workspace"] = {"name": draw(texts)}
    doc["entities"] = [
        {
            "id": draw(ids),
            "acronym": a,
            "name": draw(titles),
            "kind": draw(st.sampled_from(["un", "non_un"])),
        }
        for a in acronyms
    ]
    doc["working_groups"] = [
        {
            "id": draw(ids),
            "acronym": g,
            "name": draw(titles),
            "pillar": draw(st.sampled_from(["I", "II", "III", "IV"])),
            "mandate": draw(st.one_of(st.none(), texts)),
            "objectives": draw(texts),
            "tor_revised": draw(st.one_of(st.none(), days())),
            "tor_submitted": draw(st.one_of(st.none(), days())),
        }
        for g in groups
    ]
    doc["memberships"] = [
        {
            "group": draw(group),
            "entity": draw(entity),
            "role": draw(st.sampled_from(["vice_chair", "member", "observer"])),
            "start": start,
            "end": draw(st.one_of(st.none(), st.just(start))),
        }
        for start in draw(st.lists(days(), max_size=3, unique=True))
    ]
    terms = []
    for g in groups:
        for n, y in enumerate(
            sorted(draw(st.lists(st.integers(2019, 2024), max_size=2, unique=True)))
        ):
            terms.append(
                {
                    "id": draw(ids),
                    "group": g,
                    "entity": draw(entity),
                    "start": f"{y}-01-01",
                    "end": draw(st.sampled_from([f"{y}-06-30", f"{y}-12-31"]))
                    if n == 0
                    else f"{y}-12-31",
                }
            )
    doc["chair_terms"] = terms
    doc["rotation_plans"] = [
        {
            "group": draw(group),
            "start": "2030-01-01",
            "until": "2030-12-31",
            "term": "quarter",
            "entities": draw(st.lists(entity, min_size=1, max_size=5)),
        }
        for _ in range(draw(st.integers(0, 1)))
    ]
    doc["contacts"] = [
        {
            "entity": e,
            "name": draw(st.sampled_from(["A B", "Зоя", "李"])),
            "email": "a@example.org",
            "phone": draw(st.sampled_from([None, "+1 212 963 1234"])),
            "job_title": draw(st.one_of(st.none(), short)),
            "group": draw(st.one_of(st.none(), group)),
        }
        for e in draw(st.lists(entity, max_size=2, unique=True))
    ]
    plans = []
    for g in draw(st.lists(group, max_size=2, unique=True)):
        codes = iter(draw(st.permutations(CODES)))
        outputs = []
        for output_code in draw(
            st.lists(
                st.sampled_from(["A", "B", "Ω", "$O$"]),
                min_size=1,
                max_size=2,
                unique_by=str.casefold,
            )
        ):
            activities = []
            for _ in range(draw(st.integers(0, 3))):
                start = draw(days(2021))
                activities.append(
                    {
                        "id": draw(ids),
                        "code": next(codes),
                        "title": draw(titles),
                        "description": draw(st.one_of(st.none(), texts)),
                        "lead": draw(st.lists(entity, max_size=2, unique=True)),
                        "partners": draw(st.lists(entity, max_size=2, unique=True)),
                        "start": start,
                        "due": draw(st.one_of(st.none(), days(2022))),
                        "status": draw(
                            st.sampled_from(
                                ["not_started", "in_progress", "completed", "delayed", "cancelled"]
                            )
                        ),
                        "progress": draw(st.integers(0, 100)),
                        "indicator": draw(st.one_of(st.none(), texts)),
                        "funding": draw(
                            st.sampled_from([None, "funded", "partially_funded", "unfunded"])
                        ),
                        "updates": [
                            {"date": draw(days()), "text": draw(texts)}
                            for _ in range(draw(st.integers(0, 2)))
                        ],
                    }
                )
            outputs.append(
                {
                    "id": draw(ids),
                    "code": output_code,
                    "title": draw(titles),
                    "activities": activities,
                }
            )
        plans.append({"id": draw(ids), "group": g, "period": "2021-2022", "outputs": outputs})
    doc["work_plans"] = plans
    codes_of = {
        p["group"]: [a["code"] for o in p["outputs"] for a in o["activities"]] for p in plans
    }
    meetings = []
    for n in range(draw(st.integers(0, 3))):
        g = draw(group)
        year = draw(st.sampled_from([1900, 2021, 2022, 2022, 2199]))
        month, day, hour = (
            draw(st.integers(1, 12)),
            draw(st.integers(1, 28)),
            draw(st.integers(0, 23)),
        )
        start = f"{year}-{month:02d}-{day:02d}T{hour:02d}:{n:02d}"
        activity = (
            st.sampled_from([None, *codes_of.get(g, [])]) if year in (2021, 2022) else st.none()
        )
        meetings.append(
            {
                "id": draw(ids),
                "group": g,
                "title": draw(titles),
                "start": start,
                "end": draw(st.sampled_from([None, start, start[:11] + "23:59"])),
                "kind": draw(
                    st.sampled_from(["regular", "in_focus", "special", "briefing", "workshop"])
                ),
                "mode": draw(st.sampled_from(["virtual", "hybrid", "in_person"])),
                "location": draw(st.one_of(st.none(), texts)),
                "agenda": [
                    {
                        "id": draw(ids),
                        "title": draw(titles),
                        "presenter": draw(st.one_of(st.none(), entity)),
                        "minutes": draw(st.sampled_from([0, 5, 1440])),
                        "activity": draw(activity),
                        "notes": draw(st.one_of(st.none(), texts)),
                        "done": draw(st.booleans()),
                    }
                    for _ in range(draw(st.integers(0, 4)))
                ],
                "attendance": draw(st.lists(entity, max_size=3, unique=True)),
                "summary": draw(st.one_of(st.none(), texts)),
                "decisions": draw(st.lists(titles, max_size=3)),
                "actions": [
                    {
                        "id": draw(ids),
                        "text": draw(titles),
                        "owner": draw(st.one_of(st.none(), entity)),
                        "due": draw(st.one_of(st.none(), days())),
                        "status": draw(st.sampled_from(["open", "done"])),
                        "activity": draw(activity),
                    }
                    for _ in range(draw(st.integers(0, 2)))
                ],
            }
        )
    doc["meetings"] = meetings
    doc["narratives"] = [
        {"id": draw(ids), "group": g, "year": y, "section": s, "text": draw(texts)}
        for g, y, s in draw(
            st.lists(
                st.tuples(group, st.sampled_from([1900, 2022, 2199]), st.sampled_from(SECTIONS)),
                max_size=3,
                unique=True,
            )
        )
    ]
    doc["agenda_templates"] = [
        {
            "id": draw(ids),
            "name": draw(titles.filter(lambda t: len(t) <= 200)),
            "group": draw(st.one_of(st.none(), group)),
            "items": [
                {
                    "title": draw(titles),
                    "minutes": draw(st.sampled_from([0, 15])),
                    "presenter": draw(st.one_of(st.none(), entity)),
                }
                for _ in range(draw(st.integers(0, 2)))
            ],
        }
        for _ in range(draw(st.integers(0, 1)))
    ]
    return doc


def _places(value: Any, path: tuple = ()) -> Iterator[tuple]:
    """Every place in a document: the paths of its fields and list items."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield (*path, key)
            yield from _places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield (*path, index)
            yield from _places(item, (*path, index))


def _at(doc: Any, path: tuple) -> tuple[Any, Any]:
    *parents, last = path
    for key in parents:
        doc = doc[key]
    return doc, last


@st.composite
def with_a_defect(draw: st.DrawFn, doc: dict) -> dict:
    """`doc` with one thing wrong in it (which may still be harmless: then it imports)."""
    doc = copy.deepcopy(doc)
    places = [p for p in _places(doc) if p[0] not in ("format", "version")]
    kind = draw(
        st.sampled_from(["value", "value", "value", "delete", "twice", "same id", "unknown field"])
    )
    if not places:
        kind = "unknown field"
    if kind == "value":
        parent, last = _at(doc, draw(st.sampled_from(places)))
        parent[last] = draw(st.one_of(st.sampled_from(BAD_VALUES), st.text(max_size=5)))
    elif kind == "delete":
        parent, last = _at(doc, draw(st.sampled_from(places)))
        del parent[last]
    elif kind == "twice":
        lists = [p for p in places if isinstance(_at(doc, p)[0], list)]
        if lists:
            parent, last = _at(doc, draw(st.sampled_from(lists)))
            parent.insert(last, copy.deepcopy(parent[last]))
    elif kind == "same id":
        records = [p for p in places if p[-1] == "id"]
        if len(records) >= 2:
            (a, b) = draw(st.lists(st.sampled_from(records), min_size=2, max_size=2, unique=True))
            parent, last = _at(doc, b)
            parent[last] = _at(doc, a)[0][a[-1]] or SHARED_ID
            target, key = _at(doc, a)
            target[key] = parent[last]
    else:
        doc["from_a_newer_version"] = {"nested": [[{"deep": ["down"]}]], "kind": "plenary"}
    return doc


@dataclass(frozen=True)
class Case:
    base: str  # "empty" | "small": what the workspace held before
    raw: bytes  # the file


def _broken(draw: st.DrawFn, text: str) -> bytes:
    """`text` (a workspace file) broken as a file can be: cut short, re-encoded, ..."""
    kind = draw(st.sampled_from(["cut", "latin-1", "deep", "not an object", "bom", "empty", "nan"]))
    if kind == "cut":
        return text.encode()[: draw(st.integers(0, max(0, len(text.encode()) - 1)))]
    if kind == "latin-1":
        return text.encode("utf-8")[:-2] + b"\xe9\xff" + text.encode("utf-8")[-2:]
    if kind == "deep":
        return text.replace(
            '"version": 1', '"version": 1, "x": ' + "[" * 1200 + "]" * 1200, 1
        ).encode()
    if kind == "not an object":
        return draw(st.sampled_from([b"[]", b"42", b'"chairdesk"', b"null", b"true"]))
    if kind == "bom":  # Notepad's UTF-8: must import
        return "\ufeff".encode() + text.encode()
    if kind == "empty":
        return b""
    return text.replace(
        '"version": 1', '"version": 1, "x": NaN, "y": -Infinity, "z": 1e400', 1
    ).encode()


# ---------------------------------------------------------------------------
# The workspaces imported into


@pytest.fixture(scope="module", autouse=True)
def one_parser() -> Iterator[None]:
    """The command line's parser, built once: the commands run thousands of times here."""
    parser = cli.build_parser()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cli, "build_parser", lambda: parser)
        yield


@pytest.fixture(scope="module")
def bases() -> Iterator[dict[str, Path]]:
    """Workspace files to copy: an empty one, and one holding the small file's records."""
    folder = Path(tempfile.mkdtemp(prefix="chairdesk-fuzz-"))
    made = {}
    for name in ("empty", "small"):
        path = folder / f"{name}.sqlite3"
        ws = open_workspace(path, folder / "backups")
        if name == "small":
            with ws.transaction() as session:
                import_workspace(session, read_workspace_file(SMALL))
        ws.close()  # the last connection to close folds the WAL into the file: a copy is whole
        assert not Path(f"{path}-wal").exists()
        made[name] = path
    yield made
    shutil.rmtree(folder, ignore_errors=True)


def _small_ids(bases: dict[str, Path]) -> list[str]:
    ws = open_workspace(bases["small"], bases["small"].parent / "backups")
    try:
        with ws.read() as session:
            return [
                r[0]
                for model in (
                    "entity",
                    "meeting",
                    "agenda_item",
                    "activity",
                    "narrative",
                    "chair_term",
                )
                for r in session.connection().exec_driver_sql(f"SELECT id FROM {model}")
            ]
    finally:
        ws.close()


@dataclass
class Run:
    status: int
    out: str
    err: str


def _chairdesk(folder: Path, *args: str) -> Run:
    """`chairdesk --data-dir FOLDER ARGS` in this process, as the command line runs it."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(["--data-dir", str(folder), *args])
    return Run(status, out.getvalue(), err.getvalue())


def _succeeds(folder: Path, *args: str) -> str:
    run = _chairdesk(folder, *args)
    assert run.status == 0, f"chairdesk {' '.join(args)} failed ({run.status}):\n{run.err}{run.out}"
    return run.out


_PLACE = r"[a-z_]+(?:\[\d+\])*(?:\.[a-z_]+(?:\[\d+\])*)*"


def _check_import(bases: dict[str, Path], case: Case) -> None:
    with tempfile.TemporaryDirectory(prefix="chairdesk-fuzz-case-") as name:
        folder = Path(name)
        shutil.copyfile(bases[case.base], folder / "workspace.sqlite3")
        ws = open_workspace(folder / "workspace.sqlite3", folder / "backups")
        try:
            before = snapshot(ws)
            file = folder / "import.json"
            file.write_bytes(case.raw)
            run = _chairdesk(folder, "import", str(file))
            if run.status != 0:
                assert run.status == 2, run.err
                lines = run.err.splitlines()
                assert lines[1:] == ["Nothing was imported."], run.err
                where = rf"{re.escape(str(file))}(?::\d+:\d+)?|{_PLACE}"
                assert re.fullmatch(rf"chairdesk: (?:{where}): \S.*", lines[0]), lines[0]
                assert snapshot(ws) == before
                return
        finally:
            ws.close()
        _every_later_command_works(folder, file)


def _every_later_command_works(folder: Path, file: Path) -> None:
    again = _succeeds(folder, "import", str(file))
    assert again.splitlines()[0].endswith(": nothing to change"), again
    assert "no problems found" in _succeeds(folder, "check")
    exported = folder / "export.json"
    _succeeds(folder, "export", "json", "-o", str(exported))
    doc = json.loads(exported.read_text(encoding="utf-8"))
    _succeeds(folder, "info")
    years: set[int] = set()
    for group in doc["working_groups"]:
        acronym = f"--group={group['acronym']}"
        mine = [m for m in doc["meetings"] if m["group"] == group["acronym"]]
        held = sorted(
            {int(m["start"][:4]) for m in mine}
            | {n["year"] for n in doc["narratives"] if n["group"] == group["acronym"]}
        ) or [2022]
        for year in {held[0], held[-1]}:
            years.add(year)
            _succeeds(
                folder,
                "export",
                "submission",
                acronym,
                "--year",
                str(year),
                "-o",
                str(folder / "s.docx"),
            )
            _succeeds(folder, "narrative", "show", acronym, "--year", str(year))
        _succeeds(folder, "export", "handover", acronym, "-o", str(folder / "h.docx"))
        _succeeds(folder, "export", "ics", acronym, "-o", str(folder / "c.ics"))
        _succeeds(folder, "meetings", acronym)
        _succeeds(folder, "chair", acronym)
        _succeeds(folder, "activity", "list", acronym)
        for meeting in mine:
            _succeeds(folder, "meeting", "show", meeting["id"])
            _succeeds(
                folder, "export", "agenda", "--meeting", meeting["id"], "-o", str(folder / "a.docx")
            )
            _succeeds(
                folder,
                "export",
                "minutes",
                "--meeting",
                meeting["id"],
                "-o",
                str(folder / "m.docx"),
            )
    for year in sorted(years):
        _succeeds(folder, "export", "annex", "--year", str(year), "-o", str(folder / "x.docx"))
        _succeeds(folder, "export", "review", "--year", str(year), "-o", str(folder / "r.docx"))


@st.composite
def cases(draw: st.DrawFn, known_ids: list[str]) -> Case:
    base = draw(st.sampled_from(["empty", "small"]))
    doc = draw(workspaces(known_ids if base == "small" else []))
    sort = draw(st.sampled_from(["hostile", "hostile", "defect", "defect", "broken"]))
    if sort == "defect":
        doc = draw(with_a_defect(doc))
    text = json.dumps(
        doc, ensure_ascii=draw(st.booleans()), indent=draw(st.sampled_from([None, 1]))
    )
    if sort == "broken":
        return Case(base, _broken(draw, text))
    return Case(base, text.encode("utf-8", "surrogatepass"))


def test_any_file_is_refused_cleanly_or_leaves_a_workspace_every_command_handles(bases) -> None:
    known_ids = _small_ids(bases)

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck))
    @given(cases(known_ids))
    def import_one(case: Case) -> None:
        _check_import(bases, case)

    import_one()


# ---------------------------------------------------------------------------
# The real command: its exit statuses, as a script sees them


def test_the_import_command_exits_0_or_2_with_one_line(tmp_path) -> None:
    def chairdesk(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "chairdesk", "--data-dir", str(tmp_path / "data"), *args],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=120,
        )

    doc = json.loads(SMALL.read_text(encoding="utf-8"))
    doc["meetings"][0]["location"] = "Vienna\x0bInternational Centre"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    refused = chairdesk("import", str(bad))
    assert refused.returncode == 2
    assert refused.stderr.splitlines() == [
        "chairdesk: meetings[0].location: contains the control character U+000B at position 7",
        "Nothing was imported.",
    ]
    deep = tmp_path / "deep.json"
    deep.write_text(
        '{"format": "chairdesk-workspace", "version": 1, "x": ' + "[" * 5000 + "]" * 5000 + "}"
    )
    refused = chairdesk("import", str(deep))
    column = (
        len('{"format": "chairdesk-workspace", "version": 1, "x": ') + 100
    )  # the object is the first level
    assert refused.returncode == 2 and refused.stderr.splitlines()[0] == (
        f"chairdesk: {deep}:1:{column}: nested more than 100 levels deep"
    )
    assert chairdesk("import", str(SMALL)).returncode == 0
    again = chairdesk("import", str(SMALL))
    assert again.returncode == 0 and again.stdout.splitlines()[0].endswith(": nothing to change")
    assert chairdesk("check").returncode == 0
