"""French wording in the style of the United Nations' French documents.

The counterpart of `chairdesk.domain.wording` for submissions the secretariat
asks for in French: numbers below ten in words ("cinq discussions
thématiques", with the feminine "une réunion"), larger ones in figures with a
space between thousands ("1 200"), dates as "11 décembre 2020" with the
ordinal "1er" for the first of the month ("le 1er octobre 2022"), lists joined
with "et" and no serial comma, a non-breaking space before a colon or a
semicolon.

Entity acronyms are written as recorded: ChairDesk does not invent French
acronyms (OPCW stays OPCW unless the workspace records OIAC), and it uses no
article before them ("assurée par UNICRI"), since an article would have to
know each acronym's gender.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from itertools import groupby

from babel.dates import format_date
from babel.numbers import format_decimal

from chairdesk.domain.quarters import quarters_of_year
from chairdesk.domain.rotations import ChairTerm, chairs_by_quarter
from chairdesk.domain.vocabulary import MeetingKind
from chairdesk.domain.wording import meeting_kind_counts

__all__ = [
    "FEMININE",
    "MASCULINE",
    "MEETING_KIND_NOUNS",
    "NBSP",
    "QUARTER_ORDINALS",
    "chairmanship_sentence",
    "count_phrase",
    "join_words",
    "long_date",
    "meetings_sentence",
    "number_words",
    "quarter_label",
    "un_date",
    "un_date_range",
]

_LOCALE = "fr"
_EN_DASH = "\u2013"
#: The non-breaking space French typography puts before ":", ";", "%" and the like.
NBSP = "\u00a0"

MASCULINE = "m"
FEMININE = "f"

#: (singular, plural, gender) for each meeting kind.
MEETING_KIND_NOUNS: dict[MeetingKind, tuple[str, str, str]] = {
    MeetingKind.REGULAR: (
        "réunion trimestrielle ordinaire",
        "réunions trimestrielles ordinaires",
        FEMININE,
    ),
    MeetingKind.IN_FOCUS: ("discussion thématique", "discussions thématiques", FEMININE),
    MeetingKind.SPECIAL: ("réunion extraordinaire", "réunions extraordinaires", FEMININE),
    MeetingKind.BRIEFING: ("séance d\u2019information", "séances d\u2019information", FEMININE),
    MeetingKind.WORKSHOP: ("atelier", "ateliers", MASCULINE),
}

#: "premier trimestre" … "quatrième trimestre": how the French report names Q1–Q4 in prose.
QUARTER_ORDINALS = ("premier", "deuxième", "troisième", "quatrième")


def _check_count(n: int) -> None:
    if n < 0:
        raise ValueError(f"a count cannot be negative: {n}")


def number_words(n: int, gender: str = MASCULINE) -> str:
    """0–9 in words ("cinq"; "une" for a feminine noun), 10 and above in figures ("37", "1 200")."""
    _check_count(n)
    if n == 1 and gender == FEMININE:
        return "une"
    if n < 10:
        from num2words import num2words  # 20 ms of language tables: not at start-up

        return num2words(n, lang=_LOCALE)
    # Babel writes a narrow no-break space between thousands; UN documents a plain no-break space.
    return format_decimal(n, locale=_LOCALE).replace("\u202f", NBSP)


def count_phrase(
    n: int, singular: str, plural_form: str | None = None, gender: str = MASCULINE
) -> str:
    """ "une réunion", "cinq discussions thématiques", "37 réunions"; zero is "aucun(e) …"."""
    _check_count(n)
    if n == 0:
        return f"{'aucune' if gender == FEMININE else 'aucun'} {singular}"
    noun = singular if n == 1 else (plural_form if plural_form is not None else singular + "s")
    return f"{number_words(n, gender)} {noun}"


def join_words(items: Sequence[str]) -> str:
    """ "a", "a et b", "a, b et c" (never a comma before "et"); "" if empty."""
    items = list(items)
    if len(items) <= 2:
        return " et ".join(items)
    return ", ".join(items[:-1]) + " et " + items[-1]


def _day_number(day: date) -> str:
    return "1er" if day.day == 1 else str(day.day)


def un_date(day: date) -> str:
    """ "11 décembre 2020", "1er octobre 2022": no leading zero, month in lower case."""
    return f"{_day_number(day)} {format_date(day, 'MMMM y', locale=_LOCALE)}"


def long_date(day: date) -> str:
    """ "mercredi 16 mars 2022", "samedi 1er octobre 2022" (the weekday, for an agenda)."""
    return f"{format_date(day, 'EEEE', locale=_LOCALE)} {un_date(day)}"


def un_date_range(start: date, end: date) -> str:
    """A date range that repeats only what differs.

    "8 juin 2022", "18–19 octobre 2022", "30 novembre – 2 décembre 2022",
    "30 décembre 2022 – 2 janvier 2023" (spaced dash where the parts have spaces).
    """
    if end < start:
        raise ValueError(f"range ends ({end.isoformat()}) before it starts ({start.isoformat()})")
    if start == end:
        return un_date(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{_day_number(start)}{_EN_DASH}{un_date(end)}"
    if start.year == end.year:
        first = f"{_day_number(start)} {format_date(start, 'MMMM', locale=_LOCALE)}"
    else:
        first = un_date(start)
    return f"{first} {_EN_DASH} {un_date(end)}"


def quarter_label(number: int) -> str:
    """ "T1" … "T4": a quarter (trimestre) in a chart or a table."""
    if not 1 <= number <= 4:
        raise ValueError(f"a quarter is numbered 1 to 4, not {number}")
    return f"T{number}"


def meetings_sentence(
    counts: Mapping[MeetingKind | str, int], *, plural_subject: bool = False
) -> str:
    """The report's meetings phrase, without its subject.

    {regular: 32, in_focus: 5} → "a tenu 37 réunions (32 réunions
    trimestrielles ordinaires et cinq discussions thématiques)". The same rules
    as the English phrase: kinds in MeetingKind order, zero counts left out,
    no bracket that would only repeat the total ("a tenu quatre réunions
    trimestrielles ordinaires"), but one for a single meeting ("a tenu une
    réunion (une réunion trimestrielle ordinaire)"). With ``plural_subject``
    the verb agrees with several groups ("ont tenu", the Year in Review's).
    """
    by_kind = meeting_kind_counts(counts)

    total = sum(by_kind.values())
    verb = "ont tenu" if plural_subject else "a tenu"
    if total == 0:
        return f"n\u2019{verb} aucune réunion"
    parts = [
        count_phrase(n, singular, plural_form, gender)
        for kind, n in by_kind.items()
        if n
        for singular, plural_form, gender in (MEETING_KIND_NOUNS[kind],)
    ]
    if len(parts) == 1 and total > 1:
        return f"{verb} {parts[0]}"
    return f"{verb} {count_phrase(total, 'réunion', gender=FEMININE)} ({join_words(parts)})"


def _quarters_phrase(numbers: Sequence[int]) -> str:
    """ "au troisième trimestre", "aux premier et deuxième trimestres"."""
    ordinals = join_words([QUARTER_ORDINALS[n - 1] for n in numbers])
    if len(numbers) == 1:
        return f"au {ordinals} trimestre"
    return f"aux {ordinals} trimestres"


def chairmanship_sentence(terms: Iterable[ChairTerm], year: int) -> str | None:
    """The chairmanship sentence of the French submission, or None if nobody chaired.

    "Tout au long de 2022, la présidence du groupe de travail a été assurée par
    UNICRI aux premier et deuxième trimestres, par OPCW au troisième trimestre
    et par INTERPOL au quatrième trimestre."

    Runs of quarters are counted exactly as in the English sentence
    (`chairdesk.domain.rotations.chairmanship_sentence`); one entity all year
    gives "… a été assurée par UNOCT." Each run repeats "par", which keeps
    the runs apart without the English sentence's serial comma.
    """
    opening = f"Tout au long de {year}, la présidence du groupe de travail a été assurée"
    quarters = quarters_of_year(year)
    chaired = [
        (q.number, e) for q, e in zip(quarters, chairs_by_quarter(terms, year)) if e is not None
    ]
    if not chaired:
        return None
    runs = [
        (entity, [n for n, _ in group]) for entity, group in groupby(chaired, key=lambda p: p[1])
    ]
    if len(runs) == 1 and len(runs[0][1]) == len(quarters):
        return f"{opening} par {runs[0][0]}."
    parts = [f"par {entity} {_quarters_phrase(numbers)}" for entity, numbers in runs]
    return f"{opening} {join_words(parts)}."
