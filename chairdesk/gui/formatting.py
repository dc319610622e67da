"""Dates, times and numbers as the interface shows them, in the interface's locale.

The locale follows the interface language (chairdesk.gui.i18n.install_language calls
set_locale): English as UN English writes it ("14 Dec 2022", en_GB), French as French
does ("14 déc. 2022", "1er juillet 2022").

Dates and times come from Qt's own CLDR data (QLocale), which costs nothing to load:
babel's locale data took 30 ms of start-up to format the first date on screen. The
patterns are CLDR's "medium" and "long" dates of en_GB and French ("d MMM y",
"d MMMM y"), the ones babel gives the documents; numbers, never on the first screen,
still come from babel.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import cache

from chairdesk.domain.quarters import Quarter
from chairdesk.gui.qt import QDate, QLocale, QTime

_locale_name = "en_GB"

MEDIUM_DATE = "d MMM yyyy"
LONG_DATE = "d MMMM yyyy"


def set_locale(name: str) -> None:
    """Format in the locale `name` (e.g. "en_GB", "fr_FR") from now on."""
    global _locale_name
    _locale_name = name


def _locale() -> str:
    return _locale_name


@cache
def _qlocale(name: str) -> QLocale:
    return QLocale(name)


def _french() -> bool:
    return _locale_name.split("_")[0] == "fr"


def _date(day: date, pattern: str) -> str:
    return _qlocale(_locale_name).toString(QDate(day.year, day.month, day.day), pattern)


def fmt_date(day: date | None) -> str:
    """ "14 Dec 2022" / "14 déc. 2022": tables, lists, short labels."""
    return "" if day is None else _date(day, MEDIUM_DATE)


def fmt_long_date(day: date | None) -> str:
    """ "8 June 2022" / "8 juin 2022", "1er juillet 2022": dates inside sentences."""
    if day is None:
        return ""
    if _french() and day.day == 1:
        return "1er " + _date(day, "MMMM yyyy")
    return _date(day, LONG_DATE)


def fmt_datetime(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return f"{fmt_date(moment.date())} {fmt_time(moment)}"


def fmt_time(moment: datetime | None) -> str:
    """ "14:30" / "14 h 30" (fr_CA): the locale's short time."""
    if moment is None:
        return ""
    locale = _qlocale(_locale_name)
    return locale.toString(
        QTime(moment.hour, moment.minute), locale.timeFormat(QLocale.FormatType.ShortFormat)
    )


def fmt_number(value: int | float | None) -> str:
    """ "10,000" / "10 000" """
    from babel.numbers import format_decimal

    return "" if value is None else format_decimal(value, locale=_locale())


def fmt_quarter_label(quarter: Quarter) -> str:
    """ "Q3" / "T3" (trimestre)."""
    from chairdesk.gui.qt import QCoreApplication

    return QCoreApplication.translate("Quarter", "Q{number}").format(number=quarter.number)


def fmt_quarter(quarter: Quarter) -> str:
    """ "Q3 2022" / "T3 2022"."""
    return f"{fmt_quarter_label(quarter)} {quarter.year}"
