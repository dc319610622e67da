from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from chairdesk.domain.values import (
    FIRST_YEAR,
    LAST_YEAR,
    date_problem,
    text_problem,
    time_zone_problem,
)


@pytest.mark.parametrize(
    "bad", ["\x00", "\x01", "\x0b", "\x0c", "\x1f", "\ufffe", "\uffff", "\ud800"]
)
def test_text_a_word_document_cannot_hold_is_refused_with_its_position(bad: str) -> None:
    problem = text_problem(f"ab{bad}c")
    assert problem is not None
    assert f"U+{ord(bad):04X}" in problem and "position 3" in problem


def test_tabs_line_breaks_and_every_un_language_are_text() -> None:
    assert text_problem("Line one\r\nline two\tend — مرحبا 你好 Привет 🙂") is None


def test_text_longer_than_its_column_is_refused() -> None:
    assert text_problem("x" * 300, max_length=300) is None
    assert "longer than 300" in text_problem("x" * 301, max_length=300)


@given(st.text())
def test_text_is_accepted_exactly_when_a_word_document_can_hold_it(text: str) -> None:
    element = etree.Element("t")  # lxml, as python-docx writes every run
    try:
        element.text = text
        fits = True
    except ValueError:  # "All strings must be XML compatible"
        fits = False
    assert (text_problem(text) is None) == fits


def test_dates_outside_the_supported_years_are_refused() -> None:
    assert date_problem(date(FIRST_YEAR, 1, 1)) is None
    assert date_problem(datetime(LAST_YEAR, 12, 31, 23, 59)) is None
    assert "9999" in date_problem(date(9999, 12, 31))
    assert date_problem(date(1, 1, 1)) is not None


@pytest.mark.parametrize("bad", ["\t", "\n", "\r", "\x85", "\u2028", "\u2029"])
def test_an_acronym_or_a_code_is_one_line(bad: str) -> None:
    assert text_problem(f"UN{bad}DP") is None  # in a title or a narrative, a line break is text
    problem = text_problem(f"UN{bad}DP", one_line=True)
    assert problem is not None and problem.endswith("at position 3")
    assert text_problem("UNODC—Vienna 🇦🇹", one_line=True) is None


@pytest.mark.parametrize("zone", ["Europe/Vienna", "America/New_York", "Asia/Tokyo", "UTC"])
def test_iana_time_zones_are_accepted(zone: str) -> None:
    assert time_zone_problem(zone) is None


@pytest.mark.parametrize(
    "bad", ["", "Mars/Base", "CEST+2", " Europe/Vienna", "../etc/passwd", "/etc/localtime"]
)
def test_anything_else_is_not_a_time_zone(bad: str) -> None:
    problem = time_zone_problem(bad)
    assert problem is not None and "time zone" in problem
