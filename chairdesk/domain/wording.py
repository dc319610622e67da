"""English wording in UN editorial style, for reports and the submission.

The UN Editorial Manual writes numbers below ten in words and larger ones in
figures, dates as "8 June 2022", ranges with an en dash, and lists without a
serial comma ("a, b and c").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from chairdesk.domain.vocabulary import MeetingKind

__all__ = [
    "MEETING_KIND_NOUNS",
    "count_phrase",
    "join_words",
    "meetings_sentence",
    "number_words",
    "plural",
    "un_date",
    "un_date_range",
]

_LOCALE = "en"
_EN_DASH = "\u2013"

#: (singular, plural) noun for each meeting kind, as the 2022 report words them.
MEETING_KIND_NOUNS: dict[MeetingKind, tuple[str, str]] = {
    MeetingKind.REGULAR: ("regular quarterly meeting", "regular quarterly meetings"),
    MeetingKind.IN_FOCUS: ("in-focus discussion", "in-focus discussions"),
    MeetingKind.SPECIAL: ("special meeting", "special meetings"),
    MeetingKind.BRIEFING: ("briefing", "briefings"),
    MeetingKind.WORKSHOP: ("workshop", "workshops"),
}


def _check_count(n: int) -> None:
    if n < 0:
        raise ValueError(f"a count cannot be negative: {n}")


def number_words(n: int) -> str:
    """0–9 in words ("five"), 10 and above in figures ("37", "1,200")."""
    _check_count(n)
    if n < 10:
        from num2words import num2words  # 20 ms of language tables: not at start-up

        return num2words(n, lang=_LOCALE)
    from babel.numbers import format_decimal  # babel's locale data: when a document is worded

    return format_decimal(n, locale=_LOCALE)


def plural(n: int, singular: str, plural_form: str | None = None) -> str:
    """The noun form for ``n`` items: singular only for exactly one.

    The default plural just appends "s"; pass ``plural_form`` for anything
    irregular ("activity"/"activities") rather than guessing English here.
    """
    _check_count(n)
    if n == 1:
        return singular
    return plural_form if plural_form is not None else singular + "s"


def count_phrase(n: int, singular: str, plural_form: str | None = None) -> str:
    """ "one regular quarterly meeting", "five in-focus discussions", "37 meetings"."""
    return f"{number_words(n)} {plural(n, singular, plural_form)}"


def join_words(items: Sequence[str], serial_comma: bool = False) -> str:
    """ "a", "a and b", "a, b and c" ("a, b, and c" with ``serial_comma``); "" if empty."""
    items = list(items)
    if len(items) <= 2:
        return " and ".join(items)
    last_joint = ", and " if serial_comma else " and "
    return ", ".join(items[:-1]) + last_joint + items[-1]


def un_date(day: date) -> str:
    """ "8 June 2022": no leading zero, no comma, no weekday."""
    return _format_date(day, "d MMMM y")


def _format_date(day: date, pattern: str) -> str:
    from babel.dates import format_date  # babel's locale data: when a document is worded

    return format_date(day, pattern, locale=_LOCALE)


def un_date_range(start: date, end: date) -> str:
    """A date range that repeats only what differs, joined by an en dash.

    "8 June 2022", "18–19 October 2022", "30 November–2 December 2022",
    "30 December 2022–2 January 2023".
    """
    if end < start:
        raise ValueError(f"range ends ({end.isoformat()}) before it starts ({start.isoformat()})")
    if start == end:
        return un_date(start)
    if (start.year, start.month) == (end.year, end.month):
        first = _format_date(start, "d")
    elif start.year == end.year:
        first = _format_date(start, "d MMMM")
    else:
        first = un_date(start)
    return f"{first}{_EN_DASH}{un_date(end)}"


def meeting_kind_counts(counts: Mapping[MeetingKind | str, int]) -> dict[MeetingKind, int]:
    """Meetings by kind, every kind present in MeetingKind order; a bad kind or count raises."""
    by_kind: dict[MeetingKind, int] = dict.fromkeys(MeetingKind, 0)
    for key, n in counts.items():
        try:
            kind = MeetingKind(key)
        except ValueError:
            known = ", ".join(k.value for k in MeetingKind)
            raise ValueError(f"unknown meeting kind {key!r} (known: {known})") from None
        _check_count(n)
        by_kind[kind] += n
    return by_kind


def meetings_sentence(counts: Mapping[MeetingKind | str, int]) -> str:
    """The report's meetings phrase, without its subject.

    {regular: 32, in_focus: 5} → "held 37 meetings (32 regular quarterly
    meetings and five in-focus discussions)". Kinds follow MeetingKind order
    and zero counts are left out. The bracket is dropped when it would only
    repeat the total ("held four regular quarterly meetings"), but kept for a
    single meeting so the kind is still named ("held one meeting (one regular
    quarterly meeting)").
    """
    by_kind = meeting_kind_counts(counts)

    total = sum(by_kind.values())
    if total == 0:
        return "held no meetings"
    parts = [count_phrase(n, *MEETING_KIND_NOUNS[kind]) for kind, n in by_kind.items() if n]
    if len(parts) == 1 and total > 1:
        return f"held {parts[0]}"
    return f"held {count_phrase(total, 'meeting')} ({join_words(parts)})"
