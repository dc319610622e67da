from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from chairdesk.domain.quarters import Quarter, add_months, quarters_between, quarters_of_year


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2022, 1, 31), 1, date(2022, 2, 28)),
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2022, 1, 15), 0, date(2022, 1, 15)),
        (date(2022, 11, 30), 3, date(2023, 2, 28)),
        (date(2022, 3, 31), -1, date(2022, 2, 28)),
        (date(2022, 1, 1), -1, date(2021, 12, 1)),
        (date(2022, 5, 31), 24, date(2024, 5, 31)),
        (date(2022, 8, 31), -18, date(2021, 2, 28)),
    ],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected


def test_add_months_off_the_calendar() -> None:
    with pytest.raises(ValueError):
        add_months(date(9999, 12, 1), 1)
    with pytest.raises(ValueError):
        add_months(date(1, 1, 1), -1)


def test_quarter_basics() -> None:
    q = Quarter(2022, 1)
    assert q.start == date(2022, 1, 1)
    assert q.end == date(2022, 3, 31)
    assert q.label == "Q1"
    assert str(q) == "Q1 2022"
    assert Quarter(2022, 4).end == date(2022, 12, 31)
    assert Quarter(2022, 2).end == date(2022, 6, 30)
    assert Quarter(2022, 3).start == date(2022, 7, 1)


@pytest.mark.parametrize("number", [0, 5, -1])
def test_quarter_number_is_validated(number: int) -> None:
    with pytest.raises(ValueError, match="1 to 4"):
        Quarter(2022, number)


def test_quarter_of() -> None:
    assert Quarter.of(date(2022, 3, 31)) == Quarter(2022, 1)
    assert Quarter.of(date(2022, 4, 1)) == Quarter(2022, 2)
    assert Quarter.of(date(2022, 12, 31)) == Quarter(2022, 4)


def test_next_previous_across_years() -> None:
    assert Quarter(2022, 4).next() == Quarter(2023, 1)
    assert Quarter(2023, 1).previous() == Quarter(2022, 4)
    assert Quarter(2022, 2).next() == Quarter(2022, 3)
    assert Quarter(2022, 2).previous() == Quarter(2022, 1)


def test_contains_edges() -> None:
    q = Quarter(2022, 2)
    assert q.contains(date(2022, 4, 1))
    assert q.contains(date(2022, 6, 30))
    assert not q.contains(date(2022, 3, 31))
    assert not q.contains(date(2022, 7, 1))


def test_quarters_order_chronologically() -> None:
    assert sorted([Quarter(2023, 1), Quarter(2022, 4), Quarter(2022, 1)]) == [
        Quarter(2022, 1),
        Quarter(2022, 4),
        Quarter(2023, 1),
    ]
    assert Quarter(2022, 4) < Quarter(2023, 1)


def test_quarters_of_year() -> None:
    assert quarters_of_year(2022) == [Quarter(2022, n) for n in (1, 2, 3, 4)]


def test_quarters_between() -> None:
    assert quarters_between(date(2021, 11, 5), date(2022, 4, 1)) == [
        Quarter(2021, 4),
        Quarter(2022, 1),
        Quarter(2022, 2),
    ]
    assert quarters_between(date(2022, 5, 1), date(2022, 5, 1)) == [Quarter(2022, 2)]
    with pytest.raises(ValueError):
        quarters_between(date(2022, 5, 2), date(2022, 5, 1))


@given(st.dates())
def test_quarter_of_contains_the_day(day: date) -> None:
    q = Quarter.of(day)
    assert q.contains(day)
    assert q.start <= day <= q.end
    assert Quarter.of(q.start) == q == Quarter.of(q.end)
    assert 90 <= (q.end - q.start).days + 1 <= 92


@given(st.dates(min_value=date(1, 4, 1), max_value=date(9999, 9, 30)))
def test_neighbouring_quarters_are_contiguous(day: date) -> None:
    q = Quarter.of(day)
    assert q.next().start == q.end + timedelta(days=1)
    assert q.previous().end == q.start - timedelta(days=1)
    assert q.next().previous() == q
