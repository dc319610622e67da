from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chairdesk.domain.quarters import add_months
from chairdesk.domain.rotations import (
    ChairSituation,
    ChairTerm,
    RotationDraft,
    RotationPlace,
    chair_on,
    chair_situation,
    chairmanship_sentence,
    chairs_by_quarter,
    generate_terms,
    next_handover,
)
from chairdesk.domain.vocabulary import TermLength

SEED_SENTENCE = (
    "Throughout 2022, the Chairmanship of the working group was held by "
    "UNICRI in Q1 and Q2, OPCW in Q3, and INTERPOL in Q4."
)
OPENING = "Throughout 2022, the Chairmanship of the working group was held by "


def by_quarter(*entities: str | None, year: int = 2022) -> list[ChairTerm]:
    """One term per chaired quarter of ``year``."""
    starts = [date(year, m, 1) for m in (1, 4, 7, 10)]
    return [
        ChairTerm(e, s, add_months(s, 3) - timedelta(days=1))
        for e, s in zip(entities, starts)
        if e is not None
    ]


# --- ChairTerm -------------------------------------------------------------


def test_chair_term_contains_is_inclusive() -> None:
    term = ChairTerm("UNICRI", date(2022, 1, 1), date(2022, 6, 30))
    assert term.contains(date(2022, 1, 1))
    assert term.contains(date(2022, 6, 30))
    assert not term.contains(date(2021, 12, 31))
    assert not term.contains(date(2022, 7, 1))


def test_open_ended_term() -> None:
    term = ChairTerm("UNOCT", date(2022, 1, 1), None)
    assert term.contains(date(2099, 1, 1))
    assert not term.contains(date(2021, 12, 31))


def test_chair_term_validation() -> None:
    with pytest.raises(ValueError, match="before it starts"):
        ChairTerm("OPCW", date(2022, 2, 1), date(2022, 1, 31))
    with pytest.raises(ValueError):
        ChairTerm("  ", date(2022, 1, 1), None)
    assert ChairTerm("OPCW", date(2022, 2, 1), date(2022, 2, 1)).contains(date(2022, 2, 1))


# --- generate_terms ----------------------------------------------------------


def test_generate_seed_rotation() -> None:
    terms = generate_terms(
        ["UNICRI", "UNICRI", "OPCW", "INTERPOL"],
        TermLength.QUARTER,
        date(2022, 1, 1),
        date(2022, 12, 31),
    )
    assert terms == [
        ChairTerm("UNICRI", date(2022, 1, 1), date(2022, 3, 31)),
        ChairTerm("UNICRI", date(2022, 4, 1), date(2022, 6, 30)),
        ChairTerm("OPCW", date(2022, 7, 1), date(2022, 9, 30)),
        ChairTerm("INTERPOL", date(2022, 10, 1), date(2022, 12, 31)),
    ]
    assert chairmanship_sentence(terms, 2022) == SEED_SENTENCE


def test_generate_cycles_and_stops_at_the_term_containing_until() -> None:
    terms = generate_terms(["A", "B"], TermLength.HALF_YEAR, date(2022, 1, 1), date(2023, 7, 1))
    assert [(t.entity, t.start, t.end) for t in terms] == [
        ("A", date(2022, 1, 1), date(2022, 6, 30)),
        ("B", date(2022, 7, 1), date(2022, 12, 31)),
        ("A", date(2023, 1, 1), date(2023, 6, 30)),
        ("B", date(2023, 7, 1), date(2023, 12, 31)),
    ]
    yearly = generate_terms(["A"], TermLength.YEAR, date(2022, 1, 1), date(2022, 1, 1))
    assert yearly == [ChairTerm("A", date(2022, 1, 1), date(2022, 12, 31))]


def test_generate_from_a_month_end_does_not_drift() -> None:
    terms = generate_terms(["A", "B", "C"], "quarter", date(2022, 1, 31), date(2022, 8, 1))
    assert [t.start for t in terms] == [date(2022, 1, 31), date(2022, 4, 30), date(2022, 7, 31)]
    assert terms[0].end == date(2022, 4, 29)


@pytest.mark.parametrize(
    ("entities", "start", "until", "message"),
    [
        ([], date(2022, 1, 1), date(2022, 12, 31), "at least one entity"),
        (["UNICRI", " "], date(2022, 1, 1), date(2022, 12, 31), "blank"),
        (["UNICRI"], date(2022, 1, 2), date(2022, 1, 1), "before it starts"),
    ],
)
def test_generate_refuses_bad_plans(
    entities: list[str], start: date, until: date, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        generate_terms(entities, TermLength.QUARTER, start, until)


# --- chair_on / next_handover ------------------------------------------------


def test_chair_on() -> None:
    terms = by_quarter("UNICRI", "UNICRI", "OPCW", None)
    assert chair_on(terms, date(2022, 6, 30)) == "UNICRI"
    assert chair_on(terms, date(2022, 7, 1)) == "OPCW"
    assert chair_on(terms, date(2022, 10, 1)) is None
    assert chair_on([], date(2022, 10, 1)) is None


def test_chair_on_overlap_latest_start_wins() -> None:
    terms = [
        ChairTerm("INTERPOL", date(2022, 3, 1), date(2022, 5, 31)),
        ChairTerm("UNOCT", date(2020, 1, 1), None),
    ]
    assert chair_on(terms, date(2022, 2, 28)) == "UNOCT"
    assert chair_on(terms, date(2022, 3, 1)) == "INTERPOL"
    assert chair_on(terms, date(2022, 6, 1)) == "UNOCT"
    # Equal starts: the later record wins.
    same = [ChairTerm("A", date(2022, 1, 1), None), ChairTerm("B", date(2022, 1, 1), None)]
    assert chair_on(same, date(2022, 1, 1)) == "B"
    assert chair_on(iter(same), date(2022, 1, 1)) == "B"


def test_next_handover_skips_same_chair_terms() -> None:
    terms = by_quarter("UNICRI", "UNICRI", "OPCW", "INTERPOL")
    assert next_handover(terms, date(2022, 1, 15)) == terms[2]
    assert next_handover(iter(terms), date(2022, 7, 1)) == terms[3]
    assert next_handover(terms, date(2022, 10, 1)) is None
    # Before anyone chairs, the first term is the next change.
    assert next_handover(terms, date(2021, 12, 31)) == terms[0]


def test_next_handover_back_to_same_entity_is_not_a_change() -> None:
    terms = by_quarter("A", None, "A", "B")
    assert [t.entity for t in terms] == ["A", "A", "B"]
    assert next_handover(terms, date(2022, 2, 1)) == terms[2]


def test_next_handover_equal_starts_agree_with_chair_on() -> None:
    terms = [
        ChairTerm("A", date(2022, 1, 1), date(2022, 3, 31)),
        ChairTerm("B", date(2022, 4, 1), None),
        ChairTerm("C", date(2022, 4, 1), None),
        ChairTerm("D", date(2022, 9, 1), None),
    ]
    handover = next_handover(terms, date(2022, 2, 1))
    assert handover == terms[2]
    assert handover.entity == chair_on(terms, handover.start) == "C"


# --- chairs_by_quarter -------------------------------------------------------


def test_chairs_by_quarter() -> None:
    assert chairs_by_quarter(by_quarter("UNICRI", "UNICRI", "OPCW", "INTERPOL"), 2022) == [
        "UNICRI",
        "UNICRI",
        "OPCW",
        "INTERPOL",
    ]
    assert chairs_by_quarter(by_quarter("A", None, "B", None), 2022) == ["A", None, "B", None]
    assert chairs_by_quarter([], 2022) == [None, None, None, None]
    assert chairs_by_quarter(by_quarter("A", "B", "C", "D"), 2023) == [None] * 4


def test_chairs_by_quarter_most_days_and_ties() -> None:
    # Q1 2022 has 90 days: A holds 45 (1 Jan–14 Feb), B 45 (15 Feb–31 Mar): tie → earlier A.
    tie = [
        ChairTerm("B", date(2022, 2, 15), date(2022, 3, 31)),
        ChairTerm("A", date(2022, 1, 1), date(2022, 2, 14)),
    ]
    assert chairs_by_quarter(tie, 2022)[0] == "A"
    # One day more for B and B takes the quarter.
    tie[1] = ChairTerm("A", date(2022, 1, 1), date(2022, 2, 13))
    assert chairs_by_quarter(tie, 2022)[0] == "B"
    # A single day is enough when nobody else chairs.
    assert chairs_by_quarter([ChairTerm("C", date(2022, 5, 5), date(2022, 5, 5))], 2022) == [
        None,
        "C",
        None,
        None,
    ]


# --- chairmanship_sentence ---------------------------------------------------


def test_sentence_seed() -> None:
    terms = [
        ChairTerm("UNICRI", date(2022, 1, 1), date(2022, 6, 30)),
        ChairTerm("OPCW", date(2022, 7, 1), date(2022, 9, 30)),
        ChairTerm("INTERPOL", date(2022, 10, 1), None),
    ]
    assert chairmanship_sentence(terms, 2022) == SEED_SENTENCE


def test_sentence_one_chair_all_year() -> None:
    terms = [ChairTerm("UNOCT", date(2019, 5, 1), None)]
    assert (
        chairmanship_sentence(terms, 2022)
        == "Throughout 2022, the Chairmanship of the working group was held by UNOCT."
    )
    assert chairmanship_sentence(by_quarter("UNOCT", "UNOCT", "UNOCT", None), 2022) == (
        OPENING + "UNOCT in Q1, Q2 and Q3."
    )


@pytest.mark.parametrize(
    ("chairs", "ending"),
    [
        (("A", "A", "B", "B"), "A in Q1 and Q2, and B in Q3 and Q4."),
        (("A", "B", "B", "B"), "A in Q1, and B in Q2, Q3 and Q4."),
        (("A", "B", None, None), "A in Q1 and B in Q2."),
        (("A", "B", "A", "A"), "A in Q1, B in Q2, and A in Q3 and Q4."),
        (("A", "B", "C", "D"), "A in Q1, B in Q2, C in Q3, and D in Q4."),
        (("A", None, "A", "B"), "A in Q1 and Q3, and B in Q4."),
        ((None, None, "OPCW", None), "OPCW in Q3."),
    ],
)
def test_sentence_runs(chairs: tuple[str | None, ...], ending: str) -> None:
    assert chairmanship_sentence(by_quarter(*chairs), 2022) == OPENING + ending


def test_sentence_nobody_chaired() -> None:
    assert chairmanship_sentence([], 2022) is None
    assert chairmanship_sentence(by_quarter("A", "B", "C", "D", year=2021), 2022) is None


# --- properties ----------------------------------------------------------------

acronyms = st.sampled_from(["UNICRI", "OPCW", "INTERPOL", "UNOCT", "CTED", "UNODC"])


@settings(max_examples=150, deadline=None)
@given(
    entities=st.lists(acronyms, min_size=1, max_size=5),
    length=st.sampled_from(list(TermLength)),
    start=st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)),
    span=st.integers(min_value=0, max_value=2500),
    data=st.data(),
)
def test_generated_terms_are_a_contiguous_cycle(
    entities: list[str], length: TermLength, start: date, span: int, data: st.DataObject
) -> None:
    until = start + timedelta(days=span)
    terms = generate_terms(entities, length, start, until)

    assert terms[0].start == start
    assert terms[-1].contains(until)
    for i, term in enumerate(terms):
        assert term.entity == entities[i % len(entities)]
        assert term.end is not None and term.start <= term.end
        # Each term lasts the plan's months, counted from the plan's start.
        assert term.end == add_months(start, (i + 1) * length.months) - timedelta(days=1)
    for earlier, later in zip(terms, terms[1:]):
        assert later.start == earlier.end + timedelta(days=1)  # no gap, no overlap
    assert not any(t.contains(until) for t in terms[:-1])

    day = start + timedelta(days=data.draw(st.integers(min_value=0, max_value=span)))
    # Independent oracle: the term index is how many whole terms have begun since start.
    index = 0
    while add_months(start, (index + 1) * length.months) <= day:
        index += 1
    assert chair_on(terms, day) == entities[index % len(entities)]


def test_the_chair_today_is_chairing_since_the_start_of_its_unbroken_run() -> None:
    terms = by_quarter("UNICRI", "UNICRI", "OPCW", "INTERPOL")
    assert chair_situation(terms, date(2022, 5, 1)) == ChairSituation(
        "UNICRI", date(2022, 1, 1), None, terms[2]
    )
    assert chair_situation(terms, date(2022, 8, 15)).since == date(2022, 7, 1)
    # Nobody chairs after the last term: the last chair is named, nobody is next.
    assert chair_situation(terms, date(2023, 2, 1)) == ChairSituation(None, None, terms[3], None)
    # Before the first term: nobody chairs yet, the first chair is next.
    assert chair_situation(terms, date(2021, 12, 1)) == ChairSituation(None, None, None, terms[0])


def test_a_draft_is_the_same_plan_whatever_the_acronyms_say() -> None:
    places = (RotationPlace("e1", "UNICRI"), RotationPlace("e2", "OPCW"))
    draft = RotationDraft("p", places, TermLength.QUARTER, date(2022, 1, 1), date(2022, 12, 31))
    renamed = RotationDraft(
        None,
        (RotationPlace("e1", "UNICRI*"), places[1]),
        TermLength.QUARTER,
        date(2022, 1, 1),
        date(2022, 12, 31),
    )
    assert draft.same_plan_as(renamed)
    assert not draft.same_plan_as(None)
    reordered = RotationDraft(
        "p", places[::-1], TermLength.QUARTER, date(2022, 1, 1), date(2022, 12, 31)
    )
    assert not draft.same_plan_as(reordered)


def test_a_years_chairs_among_two_centuries_of_terms() -> None:
    """A workspace's whole history of terms: the year's own decide, the open-ended ones included."""
    terms = generate_terms(
        ["A", "B", "C"], TermLength.QUARTER, date(1827, 1, 1), date(2026, 12, 31)
    )
    # Quarter 580 of the rotation is Q1 1972: B, then C, A and B.
    assert chairs_by_quarter(terms, 1972) == ["B", "C", "A", "B"]
    since_1900 = ChairTerm("D", date(1900, 1, 1), None)  # open-ended, under every later start
    correction = ChairTerm("E", date(1972, 10, 1), None)  # same start as Q4's term, given last
    assert chairs_by_quarter([since_1900, *terms, correction], 1972) == ["B", "C", "A", "E"]
    assert chairs_by_quarter([since_1900, *terms[:400]], 1972) == ["D"] * 4
    assert chairmanship_sentence(terms, 1972) == (
        "Throughout 1972, the Chairmanship of the working group was held by "
        "B in Q1, C in Q2, A in Q3, and B in Q4."
    )
