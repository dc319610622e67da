from __future__ import annotations

from datetime import date

import pytest

from chairdesk.domain.vocabulary import MeetingKind
from chairdesk.domain.wording import (
    MEETING_KIND_NOUNS,
    count_phrase,
    join_words,
    meetings_sentence,
    number_words,
    plural,
    un_date,
    un_date_range,
)


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (0, "zero"),
        (1, "one"),
        (5, "five"),
        (9, "nine"),
        (10, "10"),
        (37, "37"),
        (1200, "1,200"),
        (1_000_000, "1,000,000"),
    ],
)
def test_number_words(n: int, expected: str) -> None:
    assert number_words(n) == expected


def test_negative_numbers_are_refused() -> None:
    with pytest.raises(ValueError):
        number_words(-1)
    with pytest.raises(ValueError):
        plural(-2, "meeting")


def test_plural() -> None:
    assert plural(1, "meeting") == "meeting"
    assert plural(0, "meeting") == "meetings"
    assert plural(2, "meeting") == "meetings"
    assert plural(3, "activity", "activities") == "activities"
    assert plural(1, "activity", "activities") == "activity"


def test_count_phrase() -> None:
    assert count_phrase(1, "regular quarterly meeting") == "one regular quarterly meeting"
    assert count_phrase(5, "in-focus discussion") == "five in-focus discussions"
    assert count_phrase(37, "meeting") == "37 meetings"
    assert count_phrase(2, "activity", "activities") == "two activities"


def test_join_words() -> None:
    assert join_words([]) == ""
    assert join_words(["a"]) == "a"
    assert join_words(["a", "b"]) == "a and b"
    assert join_words(["a", "b", "c"]) == "a, b and c"
    assert join_words(["a", "b", "c", "d"]) == "a, b, c and d"
    assert join_words(["a", "b", "c"], serial_comma=True) == "a, b, and c"
    assert join_words(["a", "b"], serial_comma=True) == "a and b"
    assert join_words(("Q1", "Q2")) == "Q1 and Q2"


def test_un_date_seed_dates() -> None:
    assert un_date(date(2020, 12, 11)) == "11 December 2020"
    assert un_date(date(2022, 6, 8)) == "8 June 2022"


def test_un_date_range() -> None:
    assert un_date_range(date(2022, 6, 8), date(2022, 6, 8)) == "8 June 2022"
    assert un_date_range(date(2022, 10, 18), date(2022, 10, 19)) == "18\u201319 October 2022"
    assert (
        un_date_range(date(2022, 11, 30), date(2022, 12, 2)) == "30 November\u20132 December 2022"
    )
    assert (
        un_date_range(date(2022, 12, 30), date(2023, 1, 2))
        == "30 December 2022\u20132 January 2023"
    )
    with pytest.raises(ValueError):
        un_date_range(date(2022, 6, 9), date(2022, 6, 8))


def test_every_meeting_kind_has_nouns() -> None:
    assert set(MEETING_KIND_NOUNS) == set(MeetingKind)
    assert MEETING_KIND_NOUNS[MeetingKind.REGULAR] == (
        "regular quarterly meeting",
        "regular quarterly meetings",
    )
    assert MEETING_KIND_NOUNS[MeetingKind.IN_FOCUS] == (
        "in-focus discussion",
        "in-focus discussions",
    )
    assert MEETING_KIND_NOUNS[MeetingKind.BRIEFING] == ("briefing", "briefings")


def test_meetings_sentence_seed() -> None:
    assert (
        meetings_sentence({MeetingKind.REGULAR: 32, MeetingKind.IN_FOCUS: 5})
        == "held 37 meetings (32 regular quarterly meetings and five in-focus discussions)"
    )


def test_meetings_sentence_accepts_string_keys_and_orders_by_kind() -> None:
    assert (
        meetings_sentence({"briefing": 1, "in_focus": 3, "regular": 8})
        == "held 12 meetings (eight regular quarterly meetings, three in-focus discussions"
        " and one briefing)"
    )


def test_meetings_sentence_small_counts() -> None:
    assert meetings_sentence({"regular": 1}) == "held one meeting (one regular quarterly meeting)"
    assert meetings_sentence({"regular": 4}) == "held four regular quarterly meetings"
    assert (
        meetings_sentence({"regular": 4, "workshop": 0}) == "held four regular quarterly meetings"
    )
    assert meetings_sentence({}) == "held no meetings"
    assert meetings_sentence({"regular": 0, "special": 0}) == "held no meetings"
    assert (
        meetings_sentence({"special": 1, "workshop": 1})
        == "held two meetings (one special meeting and one workshop)"
    )


def test_meetings_sentence_refuses_bad_input() -> None:
    with pytest.raises(ValueError, match="unknown meeting kind 'plenary'"):
        meetings_sentence({"plenary": 2})
    with pytest.raises(ValueError, match="negative"):
        meetings_sentence({"regular": -1})
