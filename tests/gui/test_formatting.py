"""The interface's dates and times (QLocale) read exactly as CLDR's, which babel gives the documents."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from babel.dates import format_date, format_time

from chairdesk.gui import formatting


@pytest.fixture
def locale_name(request):  # noqa: ANN001, ANN201
    formatting.set_locale(request.param)
    yield request.param
    formatting.set_locale("en_GB")


@pytest.mark.parametrize(
    "locale_name", ["en_GB", "fr_FR", "fr_CA", "fr_BE", "fr_CH"], indirect=True
)
def test_every_day_of_a_leap_year_and_every_minute_shape(locale_name: str) -> None:
    day = date(2024, 1, 1)
    while day.year == 2024:
        assert formatting.fmt_date(day) == format_date(day, "medium", locale=locale_name)
        if not (
            locale_name.startswith("fr") and day.day == 1
        ):  # "1er juillet 2024" is ChairDesk's own
            assert formatting.fmt_long_date(day) == format_date(day, "long", locale=locale_name)
        day += timedelta(days=1)
    for hour in range(24):
        for minute in (0, 5, 30, 59):
            moment = datetime(2024, 3, 1, hour, minute)
            assert formatting.fmt_time(moment) == format_time(
                moment.time(), "short", locale=locale_name
            )


def test_words_people_see() -> None:
    assert formatting.fmt_datetime(datetime(2022, 12, 14, 15, 0)) == "14 Dec 2022 15:00"
    formatting.set_locale("fr_FR")
    try:
        assert formatting.fmt_long_date(date(2022, 7, 1)) == "1er juillet 2022"
        assert formatting.fmt_date(date(2022, 9, 1)) == "1 sept. 2022"
    finally:
        formatting.set_locale("en_GB")
