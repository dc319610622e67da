"""Where a printed line must not break, and one form for a range of years."""

from __future__ import annotations

import pytest

from chairdesk.domain.typography import NBSP, tie


@pytest.mark.parametrize(
    "text, printed",
    [
        (
            "held by INTERPOL (1 October–31 December 2022)",
            f"held by INTERPOL (1{NBSP}October–31{NBSP}December 2022)",
        ),
        ("in progress, 90 per cent", f"in progress, 90{NBSP}per{NBSP}cent"),
        ("the 2021-2022 work plan", "the 2021\u20132022 work plan"),
        (
            "le 31 décembre 2022 et le 1er octobre",
            f"le 31{NBSP}décembre 2022 et le 1er{NBSP}octobre",
        ),
        ("en retard, 30 %", f"en retard, 30{NBSP}%"),
    ],
)
def test_days_and_months_figures_and_per_cent_stay_together(text: str, printed: str) -> None:
    assert tie(text) == printed


@pytest.mark.parametrize(
    "text",
    [
        "call +43 1 2600-4000",  # a telephone number is no range of years
        "from 2022-2021",  # backwards: not a range
        "version 3.1 May be",  # not a day
        "resolution 2370 (2017)",
        "Q1 2022",
    ],
)
def test_what_only_looks_like_a_date_or_a_range_is_left_alone(text: str) -> None:
    assert tie(text) == text


def test_french_punctuation_takes_a_no_break_space_before_it() -> None:
    assert (
        tie("Thèmes : drones ; « cyber » ?", "fr")
        == f"Thèmes{NBSP}: drones{NBSP}; «{NBSP}cyber{NBSP}»{NBSP}?"
    )
    # English text keeps its spaces as written.
    assert tie("Topics : drones ;") == "Topics : drones ;"
    assert tie("14:00 à 15:30", "fr") == "14:00 à 15:30"


def test_a_table_cell_keeps_a_date_whole() -> None:
    assert (
        tie("31 December 2022\noverdue", whole_dates=True) == f"31{NBSP}December{NBSP}2022\noverdue"
    )
    assert tie("1er octobre 2022", "fr", whole_dates=True) == f"1er{NBSP}octobre{NBSP}2022"
    assert (
        tie("31 December 2022") == f"31{NBSP}December 2022"
    )  # in running text the year may go to the next line
