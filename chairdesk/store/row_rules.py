"""What a synced record's stored row may hold: one validator per synced table, from the models.

A *stored row* is a record as SQLite keeps it and as the sync's Y.Doc carries it
(docs/sync.md, "The Y.Doc"): text; integers; booleans as 0 or 1; dates as
``2022-03-15`` and date-times as ``2022-03-15 14:00:00.000000``; choices as their
value (``in_focus``); record ids as UUIDs; ``None`` for null. Records from other
laptops pass these rules before they reach SQLite (``chairdesk.sync.engine``), so
that nothing another laptop sends can break a later command here.

The rules are derived, not kept by hand: from each column of the models (its type,
length, nullability, choices, primary and foreign keys) and from the domain
(``chairdesk.domain.values`` for text and dates, and what a column's ``info``
declares: a ``range`` of integers, ``one_line`` text, or a ``check`` function such
as ``positions.key_problem``). A text column without a length holds LONG_TEXT_MAX
characters, as import and the operations hold it (``models.text_limit``). A column added
to a model is checked the day it is added; a column of a type nobody taught this module
fails loudly at import.

API: ``row_problem(table, row) -> RowProblem | None`` (the first column at fault,
in the table's order, and why); ``value_problem(table, column, value) -> str | None``;
``RULES_VERSION``, a fingerprint of the rules and of this ChairDesk's version — a
different one means a record judged before may be judged differently now (a newer
ChairDesk knows more choices), so the sync looks again at what it set aside.
Reasons are short English phrases that quote the value (shortened), for the
command line, the Sync view and the log.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any, NamedTuple

import sqlalchemy as sa

from chairdesk import __version__
from chairdesk.domain.values import FIRST_YEAR, LAST_YEAR, LONG_TEXT_MAX, date_problem, text_problem
from chairdesk.store.models import SYNCED_MODELS

__all__ = ["RULES_VERSION", "RowProblem", "row_problem", "value_problem"]

Check = Callable[[Any], "str | None"]

_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_INT64 = (-(1 << 63), (1 << 63) - 1)  # what an SQLite INTEGER holds


class RowProblem(NamedTuple):
    field: str
    reason: str


def shown(value: Any) -> str:
    """A value as a reason quotes it: its repr, shortened (a 10 MB string or 1e300 stay readable)."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**15:
        return f"{value:.3g}"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "…"


def _kind_of(value: Any) -> str:
    if isinstance(value, bool):
        return "yes or no"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, (list, tuple, bytes, bytearray)):
        return "a list"
    if isinstance(value, dict):
        return "a set of fields"
    return type(value).__name__


def _words(name: str) -> str:
    """``MeetingKind`` -> ``meeting kind``."""
    return re.sub(r"(?<!^)(?=[A-Z])", " ", name).lower()


# --- one check per kind of column --------------------------------------------------------------
# Each is a single function (nullability included): a joining laptop checks tens of thousands of rows.

MISSING = "missing (a value is required)"


def _record_id(nullable: bool) -> Check:
    def check(value: Any) -> str | None:
        if value is None:
            return None if nullable else MISSING
        if type(value) is str and _UUID.fullmatch(value):
            return None
        return f"{shown(value)} is not a record id"

    return check


def _text(max_length: int, nullable: bool, one_line: bool) -> Check:
    def check(value: Any) -> str | None:
        if value is None:
            return None if nullable else MISSING
        if type(value) is not str:
            return f"{shown(value)} is not text ({_kind_of(value)})"
        problem = text_problem(value, max_length=max_length, one_line=one_line)
        if problem is None:
            return None
        return f"{shown(value)} {'' if problem.startswith('contains') else 'is '}{problem}"

    return check


def _choice(column: sa.Column, nullable: bool) -> Check:
    allowed = frozenset(column.type.enums)
    what = _words(column.type.enum_class.__name__) if column.type.enum_class else "choice"
    what = f"{'an' if what[0] in 'aeiou' else 'a'} {what}"

    def check(value: Any) -> str | None:
        if value is None:
            return None if nullable else MISSING
        if type(value) is not str:
            return f"{shown(value)} is not {what}"
        if value in allowed:
            return None
        return (
            f"{shown(value)} is not {what} this ChairDesk knows "
            "(a newer ChairDesk's? it is applied once this one is updated)"
        )

    return check


def _boolean(nullable: bool) -> Check:
    def check(value: Any) -> str | None:
        if value is None:
            return None if nullable else MISSING
        if type(value) in (int, bool) and value in (0, 1):
            return None
        return f"{shown(value)} is not yes or no (0 or 1)"

    return check


def _integer(bounds: tuple[int, int] | None, nullable: bool) -> Check:
    low, high = bounds or _INT64

    def check(value: Any) -> str | None:
        if value is None:
            return None if nullable else MISSING
        if type(value) is not int:
            return f"{shown(value)} is not a whole number"
        if not low <= value <= high:
            return f"{shown(value)} is outside {low}–{high}"
        return None

    return check


# SQLAlchemy keeps dates and date-times in SQLite as ISO text, date-times with a space and
# microseconds. Anything else ("2022-03-15T14:00", a time zone) reads back, but sorts and
# compares wrongly in SQL; tests/store/test_row_rules.py holds this to SQLAlchemy's own.
_DATE_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
_DATETIME_TEXT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{6}")


def _moment(pattern: re.Pattern, parse: Callable[[str], date], what: str, nullable: bool) -> Check:
    def check(value: Any) -> str | None:
        if value is None:
            return None if nullable else MISSING
        if type(value) is str and pattern.fullmatch(value):
            try:
                moment = parse(value)
            except ValueError:  # 2022-02-30
                pass
            else:
                problem = date_problem(moment)
                return None if problem is None else f"{shown(value)}: {problem}"
        return f"{shown(value)} is not {what}"

    return check


def _with(extra: Check, base: Check) -> Check:
    """`base`, then the domain's `extra` rule for a value that passed it."""

    def check(value: Any) -> str | None:
        problem = base(value)
        if problem is None and value is not None:
            problem = extra(value)
            if problem is not None and problem.startswith("not "):
                problem = f"{shown(value)} is {problem}"
        return problem

    return check


def _column_check(column: sa.Column) -> tuple[Check, str]:
    """The column's check, and a description of it (for the fingerprint)."""
    kind, nullable = column.type, bool(column.nullable)
    if column.primary_key or column.foreign_keys:
        check, what = _record_id(nullable), "id"
    elif isinstance(kind, sa.Enum):
        check, what = _choice(column, nullable), f"choice{sorted(kind.enums)}"
    elif isinstance(kind, sa.Boolean):
        check, what = _boolean(nullable), "boolean"
    elif isinstance(kind, sa.Integer):
        bounds = column.info.get("range")
        check, what = _integer(bounds, nullable), f"integer{bounds}"
    elif isinstance(kind, sa.DateTime):
        check = _moment(
            _DATETIME_TEXT,
            datetime.fromisoformat,
            "a date-time (YYYY-MM-DD HH:MM:SS.ffffff)",
            nullable,
        )
        what = "datetime"
    elif isinstance(kind, sa.Date):
        check, what = (
            _moment(_DATE_TEXT, date.fromisoformat, "a date (YYYY-MM-DD)", nullable),
            "date",
        )
    elif isinstance(
        kind, sa.String
    ):  # Text included: it holds LONG_TEXT_MAX, as import and the operations say
        length, single = kind.length or LONG_TEXT_MAX, bool(column.info.get("one_line"))
        check, what = (
            _text(length, nullable, single),
            f"text{length}{'-one-line' if single else ''}",
        )
    else:
        raise TypeError(
            f"{column}: no rule for a column of type {kind!r}; teach chairdesk.store.row_rules"
        )
    extra: Check | None = column.info.get("check")
    if extra is not None:
        check = _with(extra, check)
        what += f"+{extra.__module__}.{extra.__qualname__}"
    return check, f"{column.name}:{what}:{'null' if nullable else 'required'}"


def _build() -> tuple[dict[str, tuple[tuple[str, Check], ...]], str]:
    checks: dict[str, tuple[tuple[str, Check], ...]] = {}
    described = [__version__, f"years {FIRST_YEAR}-{LAST_YEAR}"]
    for model in SYNCED_MODELS:
        table = model.__table__
        pairs = []
        for column in table.columns:
            check, what = _column_check(column)
            pairs.append((column.name, check))
            described.append(f"{table.name}.{what}")
        checks[table.name] = tuple(pairs)
    return checks, hashlib.sha256("\n".join(described).encode("utf-8")).hexdigest()[:16]


_CHECKS, RULES_VERSION = _build()


def row_problem(table: str, row: Mapping[str, Any]) -> RowProblem | None:
    """Why the stored row of a record of `table` cannot be stored, or None.

    `row` holds every column of the table (a column it lacks counts as missing).
    """
    for name, check in _CHECKS[table]:
        problem = check(row.get(name))
        if problem is not None:
            return RowProblem(name, problem)
    return None


def value_problem(table: str, column: str, value: Any) -> str | None:
    """Why `value` cannot be stored in `column` of `table`, or None."""
    for name, check in _CHECKS[table]:
        if name == column:
            return check(value)
    raise KeyError(f"{table}.{column}")
