"""Dates, times and numbers as the interface shows them, in the interface's locale (babel).

The locale follows the interface language (chairdesk.gui.i18n.install_language calls
set_locale): English as UN English writes it ("14 Dec 2022", en_GB), French as French
does ("14 déc. 2022", "1er juillet 2022").
"""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date, format_time
from babel.numbers import format_decimal, format_percent

from chairdesk.domain.quarters import Quarter

_locale_name = "en_GB"


def set_locale(name: str) -> None:
    """Format in the babel locale `name` (e.g. "en_GB", "fr_FR") from now on."""
    global _locale_name
    _locale_name = name


def _locale() -> str:
    return _locale_name


def _french() -> bool:
    return _locale_name.split("_")[0] == "fr"


def fmt_date(day: date | None) -> str:
    """ "14 Dec 2022" / "14 déc. 2022": tables, lists, short labels."""
    return "" if day is None else format_date(day, "medium", locale=_locale())


def fmt_long_date(day: date | None) -> str:
    """ "8 June 2022" / "8 juin 2022", "1er juillet 2022": dates inside sentences."""
    if day is None:
        return ""
    if _french() and day.day == 1:
        return "1er " + format_date(day, "MMMM y", locale=_locale())
    return format_date(day, "long", locale=_locale())


def fmt_datetime(moment: datetime | None) -> str:
    if moment is None:
        return ""
    return f"{fmt_date(moment.date())} {fmt_time(moment)}"


def fmt_time(moment: datetime | None) -> str:
    return "" if moment is None else format_time(moment.time(), "short", locale=_locale())


def fmt_number(value: int | float | None) -> str:
    """ "10,000" / "10 000" """
    return "" if value is None else format_decimal(value, locale=_locale())


def fmt_percent(value: int | float | None) -> str:
    """A percentage given from 0 to 100: "45%" / "45 %"."""
    return "" if value is None else format_percent(value / 100, locale=_locale())


def fmt_quarter_label(quarter: Quarter) -> str:
    """ "Q3" / "T3" (trimestre)."""
    from chairdesk.gui.qt import QCoreApplication

    return QCoreApplication.translate("Quarter", "Q{number}").format(number=quarter.number)


def fmt_quarter(quarter: Quarter) -> str:
    """ "Q3 2022" / "T3 2022"."""
    return f"{fmt_quarter_label(quarter)} {quarter.year}"
