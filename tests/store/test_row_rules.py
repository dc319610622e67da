"""The rules for a stored row: all that this ChairDesk writes passes, the rest is named."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy.dialects import sqlite

from chairdesk.domain.values import FIRST_YEAR, LAST_YEAR
from chairdesk.paths import resource_path
from chairdesk.store import row_rules
from chairdesk.store.interchange import import_workspace, read_workspace_file
from chairdesk.store.models import SYNCED_MODELS, Meeting
from chairdesk.store.row_rules import row_problem, value_problem
from tests.conftest import SMALL

DIALECT = sqlite.dialect()


def stored_rows(path: Path):  # noqa: ANN201 - (table, row) pairs
    with sqlite3.connect(path) as conn:
        conn.row_factory = sqlite3.Row
        for model in SYNCED_MODELS:
            for row in conn.execute(f'SELECT * FROM "{model.__tablename__}"'):
                yield model.__tablename__, dict(row)


@pytest.mark.parametrize("source", ["demo", "small"])
def test_every_row_this_chairdesk_writes_passes(workspace, source: str) -> None:
    path = resource_path("demo", "workspace.json") if source == "demo" else SMALL
    with workspace.transaction() as session:
        import_workspace(session, read_workspace_file(path))
    rows = list(stored_rows(workspace.path))
    assert len(rows) > 20
    assert [
        (table, row["id"], row_problem(table, row))
        for table, row in rows
        if row_problem(table, row) is not None
    ] == []


def test_every_column_of_every_synced_table_has_a_rule() -> None:
    for model in SYNCED_MODELS:
        for column in model.__table__.columns:
            assert value_problem(model.__tablename__, column.name, object()) is not None, column
            nulls = value_problem(model.__tablename__, column.name, None)
            assert (nulls is None) == column.nullable, column


def test_a_column_of_a_type_without_a_rule_is_refused_at_once() -> None:
    with pytest.raises(TypeError, match="no rule"):
        row_rules._column_check(sa.Column("rate", sa.Float))


def _stored(column: sa.Column, value: object) -> object:
    """What SQLAlchemy writes to SQLite for `value` (the ORM's own conversion)."""
    return column.type.dialect_impl(DIALECT).bind_processor(DIALECT)(value)


def _read(column: sa.Column, text: str) -> object:
    return column.type.dialect_impl(DIALECT).result_processor(DIALECT, None)(text)


@given(
    st.datetimes(
        min_value=datetime(FIRST_YEAR, 1, 1), max_value=datetime(LAST_YEAR, 12, 31, 23, 59, 59)
    )
)
def test_a_date_time_as_sqlalchemy_stores_it_passes(moment: datetime) -> None:
    start = Meeting.__table__.c.start
    assert value_problem("meeting", "start", _stored(start, moment)) is None
    due = sa.Column("due", sa.Date)
    assert value_problem("activity", "due", _stored(due, moment.date())) is None


@given(
    st.one_of(
        st.text(max_size=30),
        st.from_regex(r"\d{4}-\d\d-\d\d[ T]\d\d:\d\d(:\d\d(\.\d{1,6})?)?([+-]\d\d:\d\d)?"),
    )
)
def test_a_date_time_that_passes_reads_back_as_itself(text: str) -> None:
    start = Meeting.__table__.c.start
    if value_problem("meeting", "start", text) is None:
        assert _stored(start, _read(start, text)) == text


@given(st.one_of(st.text(max_size=12), st.from_regex(r"\d{4}-?\d\d-?\d\d")))
def test_a_date_that_passes_reads_back_as_itself(text: str) -> None:
    due = sa.Column("due", sa.Date)
    if value_problem("activity", "due", text) is None:
        assert _stored(due, _read(due, text)) == text
        assert FIRST_YEAR <= date.fromisoformat(text).year <= LAST_YEAR


@pytest.mark.parametrize(
    ("table", "column", "value", "reason"),
    [
        ("meeting", "start", "2022-03-15 14:00:00.000000+05:00", "not a date-time"),
        ("meeting", "start", "1899-12-31 23:59:59.000000", "year 1899 is outside 1900–2199"),
        ("meeting", "kind", "hackathon", "not a meeting kind this ChairDesk knows"),
        ("meeting", "kind", ["regular"], "is not a meeting kind"),
        ("working_group", "pillar", "V", "not a pillar this ChairDesk knows"),
        ("agenda_item", "minutes", 10**300, "1e+300 is outside 0–1440"),
        ("agenda_item", "done", True, None),
        ("agenda_item", "done", 1, None),
        ("agenda_item", "done", 1.0, "not yes or no"),
        ("agenda_item", "position", "a0", None),
        ("agenda_item", "position", "a" + "0" * 64, "longer than 64"),
        ("activity", "progress", 100, None),
        ("activity", "progress", 101, "outside 0–100"),
        ("meeting", "id", "6F1C2D4E-0B7A-4C1E-9D2F-3A5B7C9E1F20", "not a record id"),
        ("meeting", "title", "a" * 300, None),
        ("meeting", "title", "a" * 301, "longer than 300"),
        (
            "meeting",
            "summary",
            "Line\tone\r\nمرحبا 你好 🙂" * 5_000,
            None,
        ),  # LONG_TEXT_MAX characters
        ("meeting", "summary", "\ufffe", "U+FFFE"),
        ("working_group", "time_zone", "Europe/Vienna", None),
        ("working_group", "time_zone", None, None),
        ("working_group", "time_zone", "Mars/Base", "not a known time zone"),
        ("working_group", "name_fr", "Groupe de travail sur les menaces émergentes", None),
    ],
)
def test_a_value_is_named_with_its_reason(
    table: str, column: str, value: object, reason: str | None
) -> None:
    problem = value_problem(table, column, value)
    if reason is None:
        assert problem is None
    else:
        assert problem is not None and reason in problem


def test_a_row_names_its_first_column_at_fault() -> None:
    columns = [c.name for c in Meeting.__table__.columns]
    problem = row_problem("meeting", dict.fromkeys(columns))
    assert problem.field == columns[0] and "missing" in problem.reason
    problem = row_problem("meeting", {})  # a column a row lacks is missing too
    assert problem.field == columns[0] and "missing" in problem.reason


def test_a_record_from_another_laptop_follows_the_rule_import_and_the_operations_follow() -> None:
    # Text columns without a length hold LONG_TEXT_MAX, acronyms and codes one line: what
    # sync lets in, an export of this workspace can import again.
    from chairdesk.domain.values import LONG_TEXT_MAX

    value_problem = row_rules.value_problem
    assert value_problem("narrative", "text", "x" * LONG_TEXT_MAX) is None
    assert "longer than 100000 characters" in value_problem(
        "narrative", "text", "x" * (LONG_TEXT_MAX + 1)
    )
    assert value_problem("entity", "acronym", "UN\nDP").endswith(
        "contains a line break at position 3"
    )
    assert value_problem("activity", "code", "A\t1").endswith("contains a tab at position 2")
    assert (
        value_problem("meeting", "title", "Q1\nmeeting") is None
    )  # a title may run over two lines
