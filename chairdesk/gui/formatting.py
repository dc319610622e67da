"""Dates, times and numbers as the interface shows them, in the interface's locale (babel)."""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date, format_time

from chairdesk.gui.qt import QLocale


def _locale() -> str:
    return QLocale().name() or "en_GB"


def fmt_date(day: date | None) -> str:
    return "" if day is None else format_date(day, "medium", locale=_locale())


def fmt_datetime(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return f"{fmt_date(moment.date())} {fmt_time(moment)}"


def fmt_time(moment: datetime | None) -> str:
    return "" if moment is None else format_time(moment.time(), "short", locale=_locale())
