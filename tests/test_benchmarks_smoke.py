"""The benchmarks (tests/benchmarks/run.py) at a tiny scale, once each, so that they cannot rot.

The figures themselves are not checked here (a busy CI machine says nothing
about them); only that every benchmark runs and reports a number.
"""

from __future__ import annotations

import math
import sqlite3
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).parent / "benchmarks"
TINY = 0.05


@pytest.fixture(scope="module")
def bench(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201 - the run module
    cache = tmp_path_factory.mktemp("bench-cache")
    patch = pytest.MonkeyPatch()
    patch.setenv("CHAIRDESK_BENCH_CACHE", str(cache))
    patch.syspath_prepend(str(BENCHMARKS))
    names = ("run", "generate", "sync_bench")  # tests/benchmarks/*.py, imported by plain name
    for name in names:
        sys.modules.pop(name, None)
    import run

    yield run
    patch.undo()
    for name in names:
        sys.modules.pop(name, None)


def _number(value: object) -> bool:
    return isinstance(value, float | int) and math.isfinite(value) and value > 0


def test_generator_is_reproducible_and_what_the_store_reads(bench, tmp_path: Path) -> None:
    from chairdesk.store.database import open_workspace
    from chairdesk.store.meeting_queries import meeting_rows

    gen = bench.generate
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    counts = gen.generate(a, TINY, seed=3)
    gen.generate(b, TINY, seed=3)
    dump = lambda p: list(sqlite3.connect(p).iterdump())  # noqa: E731
    assert dump(a) == dump(b)
    groups, years = gen.dims(TINY)
    assert counts["working_group"] == groups
    assert counts["agenda_item"] == 10 * counts["meeting"]
    group_id, _acronym, _year = gen.largest_group(a)
    ws = open_workspace(a, tmp_path / "backups")
    try:
        with ws.read() as session:
            rows = meeting_rows(session, group_id)
    finally:
        ws.close()
    assert len(rows) >= 6 * years and all(r.agenda_items == 10 for r in rows)


def test_every_benchmark_runs_at_a_tiny_scale(bench) -> None:
    lines: list[str] = []
    names = [n for n in bench.FIGURES if not n.startswith(("sync_", "build_"))]
    results = bench.run(names, TINY, reps=1, say=lines.append)
    for name in names:
        assert _number(results[name]), (name, results[name])
        assert any(line.startswith(f"{name}: ") for line in lines)
    assert results["startup_ratio.startup_bare_s"] > 0


def test_sync_benchmarks_run(bench) -> None:
    lines: list[str] = []
    results = bench.run(["sync_join_ratio", "sync_idle_ms"], TINY, reps=1, say=lines.append)
    for name in ("sync_join_ratio", "sync_idle_ms"):
        assert _number(results[name]), (name, results[name])
        assert any(line.startswith(f"{name}: ") for line in lines)


def test_the_build_is_weighed_or_said_to_be_missing(bench, tmp_path: Path) -> None:
    patch = pytest.MonkeyPatch()
    try:
        patch.setattr(bench, "BUILD_FOLDER", tmp_path / "none")
        lines: list[str] = []
        results = bench.run(["build_folder_mb"], None, reps=1, say=lines.append)
        assert "no build" in str(results["build_folder_mb"]), lines

        folder = tmp_path / "ChairDesk"
        (folder / "_internal").mkdir(parents=True)
        (folder / "ChairDesk").write_bytes(b"\x7fELF" + bytes(2_000_000))  # compresses well
        (folder / "_internal" / "noise.bin").write_bytes(bytes(range(256)) * 4_000)
        patch.setattr(bench, "BUILD_FOLDER", folder)
        lines.clear()
        results = bench.run(["build_folder_mb", "build_tar_gz_mb"], None, reps=1, say=lines.append)
    finally:
        patch.undo()
    assert 3.0 < results["build_folder_mb"] < 3.1, lines
    assert 0 < results["build_tar_gz_mb"] < results["build_folder_mb"], lines
    assert any(line.startswith("build_folder_mb: 3.02  (ok)") for line in lines), lines


def test_the_reviews_baseline_writes_what_the_review_says(bench, tmp_path: Path) -> None:
    """The bare baseline of review_ratio writes the same text, pictures and contents field."""
    import docx

    from chairdesk.reports.docx_builder import default_template
    from chairdesk.reports.review import build_review
    from chairdesk.store.database import open_workspace

    path, year = bench.review_workspace(TINY)
    ws = open_workspace(path, tmp_path / "backups")
    try:
        with ws.read() as session:
            review = build_review(session, year)
    finally:
        ws.close()
    ours = bench.document_content(review)
    bench.bare_docx(ours, default_template(), tmp_path / "bare.docx")
    bare = bench.document_content(docx.Document(str(tmp_path / "bare.docx")))

    def said(content) -> list[tuple]:  # noqa: ANN001 - a DocContent; styles the template lacks aside
        return [b if b[0] != "p" else ("p", b[2]) for b in content.blocks]

    assert said(bare) == said(ours) and bare.header == ours.header
    kinds = {b[0] for b in ours.blocks}
    assert {"toc", "img", "table"} <= kinds
    assert sum(b[0] == "p" and b[1] == "Heading 1" for b in ours.blocks) >= 2 + 1  # chapters
