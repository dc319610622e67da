"""Reading a record out of the Y.Doc in one piece gives the row that field-by-field reading gives."""

from __future__ import annotations

import pytest
from pycrdt import Doc, Map

from chairdesk.sync import engine

ROW = {
    "output_id": "out-1",
    "code": "1.2",
    "title": "Workshop on border security",
    "description": "Deux ateliers — 研讨会 — семинар — ورشة 🎯\nsecond line",
    "start": "2026-01-15",
    "due": "2026-12-31",
    "status": "ongoing",
    "progress": 40,
    "indicator": None,
    "funding": "funded",
    "position": "a0",
    "id": "act-1",
    "created_at": "2026-01-02 10:00:00.000000",
    "updated_at": "2026-03-04 11:22:33.000000",
    "deleted": 0,
}


def _record(row: dict) -> Map:
    doc = Doc()
    records = doc.get("activity", type=Map)
    engine._write_record("activity", records, row["id"], row, engine._History(), "dev", None)
    return records[row["id"]]


@pytest.mark.parametrize(
    "changes",
    [
        {},
        {"indicator": "Two workshops held", "description": None},  # nullable texts: set, and None
        {"progress": 100, "deleted": 1, "start": None},
        {"description": ""},
    ],
)
def test_whole_record_read_matches_field_by_field(changes: dict) -> None:
    row = ROW | changes
    record = _record(row)
    assert engine.doc_row("activity", record) == engine._doc_row_by_field("activity", record)
    read = engine.doc_row("activity", record)
    assert read["indicator"] == row["indicator"]
    assert read["description"] == row["description"]  # None and "" stay apart
    assert read["progress"] == row["progress"] and isinstance(read["progress"], int)


def test_a_record_missing_a_required_field_waits() -> None:
    record = _record(ROW)
    del record["output_id"]
    assert engine.doc_row("activity", record) is None
    assert engine._doc_row_by_field("activity", record) is None
