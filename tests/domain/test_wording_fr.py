"""The French wording: numbers, dates and the report's sentences as the UN's French documents write them."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from chairdesk.domain.rotations import ChairTerm
from chairdesk.domain.vocabulary import MeetingKind
from chairdesk.domain.wording_fr import (
    FEMININE,
    chairmanship_sentence,
    count_phrase,
    join_words,
    long_date,
    meetings_sentence,
    number_words,
    quarter_label,
    un_date,
    un_date_range,
)

NBSP = "\u00a0"

# The seed's 2022 ETCIP rotation: UNICRI Q1–Q2, OPCW Q3, INTERPOL Q4.
SEED_TERMS = [
    ChairTerm("UNICRI", date(2022, 1, 1), date(2022, 6, 30)),
    ChairTerm("OPCW", date(2022, 7, 1), date(2022, 9, 30)),
    ChairTerm("INTERPOL", date(2022, 10, 1), date(2022, 12, 31)),
]


# --------------------------------------------------------------------------- the report's sentences


def test_the_seeds_chairmanship_sentence_in_french() -> None:
    assert chairmanship_sentence(SEED_TERMS, 2022) == (
        "Tout au long de 2022, la présidence du groupe de travail a été assurée par UNICRI aux premier et "
        "deuxième trimestres, par OPCW au troisième trimestre et par INTERPOL au quatrième trimestre."
    )


def test_acronyms_stay_as_recorded() -> None:
    # ChairDesk invents no French acronym: a workspace that records OIAC gets OIAC.
    terms = [
        ChairTerm("OIAC" if t.entity == "OPCW" else t.entity, t.start, t.end) for t in SEED_TERMS
    ]
    assert "par OIAC au troisième trimestre" in chairmanship_sentence(terms, 2022)


def test_one_chair_all_year_names_no_quarters() -> None:
    terms = [ChairTerm("UNOCT", date(2020, 1, 1), None)]
    assert chairmanship_sentence(terms, 2022) == (
        "Tout au long de 2022, la présidence du groupe de travail a été assurée par UNOCT."
    )


def test_two_runs_and_three_quarters() -> None:
    terms = [
        ChairTerm("CTED", date(2022, 1, 1), date(2022, 9, 30)),
        ChairTerm("UNODC", date(2022, 10, 1), None),
    ]
    assert chairmanship_sentence(terms, 2022) == (
        "Tout au long de 2022, la présidence du groupe de travail a été assurée par CTED aux premier, "
        "deuxième et troisième trimestres et par UNODC au quatrième trimestre."
    )


def test_nobody_chairing_gives_no_sentence() -> None:
    assert chairmanship_sentence([], 2022) is None


def test_the_seeds_meetings_sentence_in_french() -> None:
    counts = {MeetingKind.REGULAR: 32, MeetingKind.IN_FOCUS: 5}
    assert meetings_sentence(counts) == (
        "a tenu 37 réunions (32 réunions trimestrielles ordinaires et cinq discussions thématiques)"
    )


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ({"regular": 1}, "a tenu une réunion (une réunion trimestrielle ordinaire)"),
        ({"regular": 4}, "a tenu quatre réunions trimestrielles ordinaires"),
        (
            {"regular": 4, "in_focus": 1},
            "a tenu cinq réunions (quatre réunions trimestrielles ordinaires "
            "et une discussion thématique)",
        ),
        (
            {"regular": 2, "briefing": 1, "workshop": 1},
            "a tenu quatre réunions (deux réunions trimestrielles ordinaires, une séance d\u2019information "
            "et un atelier)",
        ),
        ({}, "n\u2019a tenu aucune réunion"),
    ],
)
def test_meetings_sentence_agrees_in_number_and_gender(counts, expected: str) -> None:
    assert meetings_sentence(counts) == expected


def test_an_unknown_meeting_kind_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown meeting kind 'party'"):
        meetings_sentence({"party": 1})


def test_the_year_in_reviews_meetings_sentence_has_a_plural_subject() -> None:
    # "Les huit groupes de travail ont tenu …": the Compact-wide sentence of the Year in Review.
    counts = {MeetingKind.REGULAR: 32, MeetingKind.IN_FOCUS: 5}
    assert meetings_sentence(counts, plural_subject=True) == (
        "ont tenu 37 réunions (32 réunions trimestrielles ordinaires et cinq discussions thématiques)"
    )
    assert meetings_sentence({}, plural_subject=True) == "n\u2019ont tenu aucune réunion"


# --------------------------------------------------------------------------- numbers and lists


@pytest.mark.parametrize(
    ("n", "gender", "expected"),
    [
        (0, "m", "zéro"),
        (1, "m", "un"),
        (1, FEMININE, "une"),
        (5, FEMININE, "cinq"),
        (9, "m", "neuf"),
        (10, "m", "10"),
        (37, FEMININE, "37"),
        (1200, "m", f"1{NBSP}200"),
    ],
)
def test_number_words(n: int, gender: str, expected: str) -> None:
    assert number_words(n, gender) == expected


def test_count_phrase() -> None:
    assert count_phrase(1, "réunion", gender=FEMININE) == "une réunion"
    assert count_phrase(5, "discussion thématique", "discussions thématiques", FEMININE) == (
        "cinq discussions thématiques"
    )
    assert count_phrase(12, "activité", gender=FEMININE) == "12 activités"
    assert count_phrase(1, "produit") == "un produit"
    assert count_phrase(0, "réunion", gender=FEMININE) == "aucune réunion"
    with pytest.raises(ValueError):
        count_phrase(-1, "réunion")


def test_join_words_has_no_serial_comma() -> None:
    assert join_words([]) == ""
    assert join_words(["UNICRI"]) == "UNICRI"
    assert join_words(["UNICRI", "OPCW"]) == "UNICRI et OPCW"
    assert join_words(["UNICRI", "OPCW", "INTERPOL"]) == "UNICRI, OPCW et INTERPOL"


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2020, 12, 11), "11 décembre 2020"),
        (date(2022, 10, 1), "1er octobre 2022"),
        (date(2022, 2, 2), "2 février 2022"),
        (date(2022, 8, 31), "31 août 2022"),
    ],
)
def test_un_date(day: date, expected: str) -> None:
    assert un_date(day) == expected


def test_the_first_of_the_month_reads_1er_in_a_sentence() -> None:
    assert f"le {un_date(date(2022, 10, 1))}" == "le 1er octobre 2022"


def test_long_date_has_the_weekday_in_lower_case() -> None:
    assert long_date(date(2022, 3, 16)) == "mercredi 16 mars 2022"
    assert long_date(date(2022, 10, 1)) == "samedi 1er octobre 2022"


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (date(2022, 6, 8), date(2022, 6, 8), "8 juin 2022"),
        (date(2022, 10, 18), date(2022, 10, 19), "18\u201319 octobre 2022"),
        (date(2022, 10, 1), date(2022, 10, 3), "1er\u20133 octobre 2022"),
        (date(2022, 11, 30), date(2022, 12, 2), "30 novembre \u2013 2 décembre 2022"),
        (date(2022, 12, 30), date(2023, 1, 2), "30 décembre 2022 \u2013 2 janvier 2023"),
    ],
)
def test_un_date_range(start: date, end: date, expected: str) -> None:
    assert un_date_range(start, end) == expected


def test_a_backwards_range_is_refused() -> None:
    with pytest.raises(ValueError):
        un_date_range(date(2022, 2, 1), date(2022, 1, 1))


def test_quarter_labels() -> None:
    assert [quarter_label(n) for n in (1, 2, 3, 4)] == ["T1", "T2", "T3", "T4"]
    with pytest.raises(ValueError):
        quarter_label(5)


def test_the_french_wording_imports_no_qt_and_no_database() -> None:
    code = (
        "import sys\nimport chairdesk.domain.wording_fr\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'sqlalchemy', 'sqlite3') or m.startswith('chairdesk.store')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.stdout.strip() == "[]"
