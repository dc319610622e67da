"""Calendar quarters and month arithmetic.

Reports speak in quarters ("UNICRI in Q1 and Q2") and rotations in months, so
both live here, on plain ``datetime.date``.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date

__all__ = ["Quarter", "add_months", "quarters_between", "quarters_of_year"]


def add_months(day: date, months: int) -> date:
    """``day`` moved by ``months`` (may be negative), clamped to the month's end.

    Clamping (31 January + 1 → 28/29 February) matches how people count
    "three months from the 31st"; ``ValueError`` past year 1 or 9999.
    """
    year, month_index = divmod(day.year * 12 + (day.month - 1) + months, 12)
    month = month_index + 1
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError(f"{day.isoformat()} + {months} months is outside the calendar")
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True, order=True)
class Quarter:
    """A calendar quarter; orders chronologically (year, then number)."""

    year: int
    number: int

    def __post_init__(self) -> None:
        if not 1 <= self.number <= 4:
            raise ValueError(f"quarter number must be 1 to 4, not {self.number!r}")
        if not MINYEAR <= self.year <= MAXYEAR:
            raise ValueError(f"year {self.year!r} is outside the calendar")

    @classmethod
    def of(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    @property
    def start(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def end(self) -> date:
        """The last day of the quarter (inclusive)."""
        last_month = 3 * self.number
        return date(self.year, last_month, calendar.monthrange(self.year, last_month)[1])

    @property
    def label(self) -> str:
        return f"Q{self.number}"

    def __str__(self) -> str:
        return f"{self.label} {self.year}"

    def next(self) -> Quarter:
        if self.number == 4:
            return Quarter(self.year + 1, 1)
        return Quarter(self.year, self.number + 1)

    def previous(self) -> Quarter:
        if self.number == 1:
            return Quarter(self.year - 1, 4)
        return Quarter(self.year, self.number - 1)

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end


def quarters_of_year(year: int) -> list[Quarter]:
    return [Quarter(year, number) for number in range(1, 5)]


def quarters_between(first: date, last: date) -> list[Quarter]:
    """Every quarter touched by ``first``..``last`` (both inclusive), in order."""
    if last < first:
        raise ValueError(f"{last.isoformat()} is before {first.isoformat()}")
    quarter, final = Quarter.of(first), Quarter.of(last)
    result = [quarter]
    while quarter < final:
        quarter = quarter.next()
        result.append(quarter)
    return result
