"""Chair terms: rotation plans, who chairs when, and the report's sentence.

Terms are plain values; the store keeps them as rows, the report asks who
chaired each quarter, and the GUI asks who chairs today and who is next
(`chair_situation`, worded by the GUI). A `RotationDraft` is a plan as the chair
arranges it before applying it: plain values too, kept unsaved by the GUI.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import groupby
from typing import Protocol

from chairdesk.domain.quarters import Quarter, add_months, quarters_of_year
from chairdesk.domain.vocabulary import TermLength
from chairdesk.domain.wording import join_words

__all__ = [
    "ChairSituation",
    "ChairTerm",
    "RotationDraft",
    "RotationPlace",
    "chair_on",
    "chair_situation",
    "chairmanship_sentence",
    "chairs_by_quarter",
    "generate_terms",
    "next_handover",
]

_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class ChairTerm:
    """``entity`` (an acronym) chairs from ``start`` to ``end`` inclusive; None = open-ended."""

    entity: str
    start: date
    end: date | None

    def __post_init__(self) -> None:
        if not self.entity.strip():
            raise ValueError("a chair term needs an entity acronym")
        if self.end is not None and self.end < self.start:
            raise ValueError(
                f"{self.entity}'s term ends ({self.end.isoformat()}) "
                f"before it starts ({self.start.isoformat()})"
            )

    def contains(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


def generate_terms(
    entities: Sequence[str], term_length: TermLength, start: date, until: date
) -> list[ChairTerm]:
    """Back-to-back terms cycling through ``entities`` until one contains ``until``.

    An entity may appear twice in a row (["UNICRI", "UNICRI", "OPCW"] with
    quarterly terms gives UNICRI two quarters). Term k starts at ``start`` +
    k × months, counted from the plan's start rather than from the previous
    term, so month-end clamping never drifts (a plan from 31 January gives
    30 April, then 31 July, not 30 July).
    """
    if not entities:
        raise ValueError("a rotation needs at least one entity")
    for position, entity in enumerate(entities, start=1):
        if not entity.strip():
            raise ValueError(f"entity {position} of the rotation has a blank acronym")
    if until < start:
        raise ValueError(
            f"the rotation ends ({until.isoformat()}) before it starts ({start.isoformat()})"
        )
    months = TermLength(term_length).months
    terms: list[ChairTerm] = []
    term_start = start
    while term_start <= until:
        k = len(terms)
        next_start = add_months(start, (k + 1) * months)
        terms.append(ChairTerm(entities[k % len(entities)], term_start, next_start - _ONE_DAY))
        term_start = next_start
    return terms


def _holder(terms: Iterable[ChairTerm], day: date) -> ChairTerm | None:
    """The term in force on ``day``: the latest-starting one; on equal starts the last given,
    so a later correction entered over an earlier plan wins."""
    found: ChairTerm | None = None
    for term in terms:
        if term.contains(day) and (found is None or term.start >= found.start):
            found = term
    return found


def chair_on(terms: Iterable[ChairTerm], day: date) -> str | None:
    """The entity chairing on ``day``, or None; overlapping terms: the latest start wins."""
    term = _holder(terms, day)
    return term.entity if term is not None else None


def next_handover(terms: Iterable[ChairTerm], day: date) -> ChairTerm | None:
    """The first term starting after ``day`` held by someone other than today's chair.

    Consecutive terms of the same entity are not handovers. Among terms with
    the same start, the one :func:`chair_on` would pick is returned.
    """
    terms = list(terms)
    current = chair_on(terms, day)
    found: ChairTerm | None = None
    for term in terms:
        if (
            term.start > day
            and term.entity != current
            and (found is None or term.start <= found.start)
        ):
            found = term
    return found


def chairing_since(terms: Iterable[ChairTerm], chair: str, day: date) -> date:
    """The first day of `chair`'s unbroken run of terms that includes `day`."""
    terms = list(terms)
    since = max(t.start for t in terms if t.entity == chair and t.contains(day))
    while True:
        before = [t for t in terms if t.entity == chair and t.end == since - _ONE_DAY]
        if not before:
            return since
        since = min(t.start for t in before)


@dataclass(frozen=True)
class ChairSituation:
    """Who chairs on a day (since when), who chaired last if nobody does, and who is next."""

    chair: str | None
    since: date | None
    last: ChairTerm | None  # the latest term ended before the day, when nobody chairs
    upcoming: ChairTerm | None


def chair_situation(terms: Iterable[ChairTerm], day: date) -> ChairSituation:
    terms = list(terms)
    chair = chair_on(terms, day)
    upcoming = next_handover(terms, day)
    if chair is not None:
        return ChairSituation(chair, chairing_since(terms, chair, day), None, upcoming)
    ended = (t for t in terms if t.end is not None and t.end < day)
    last = max(ended, key=lambda t: t.end or day, default=None)
    return ChairSituation(None, None, last, upcoming)


@dataclass(frozen=True)
class RotationPlace:
    """One place in the rotation: the entity taking the Chair for one term."""

    entity_id: str
    acronym: str


class SavedPlan(Protocol):
    """What a saved rotation plan offers a draft (the store's RotationPlanRow)."""

    @property
    def id(self) -> str: ...
    @property
    def entity_ids(self) -> tuple[str, ...]: ...
    @property
    def entities(self) -> tuple[str, ...]: ...
    @property
    def term_length(self) -> TermLength: ...
    @property
    def start(self) -> date: ...
    @property
    def until(self) -> date: ...


@dataclass(frozen=True)
class RotationDraft:
    """A rotation plan as arranged in the editor; plan_id None: not saved yet."""

    plan_id: str | None
    places: tuple[RotationPlace, ...]
    term_length: TermLength
    start: date
    until: date

    def same_plan_as(self, other: RotationDraft | None) -> bool:
        return other is not None and (
            tuple(p.entity_id for p in self.places),
            self.term_length,
            self.start,
            self.until,
        ) == (tuple(p.entity_id for p in other.places), other.term_length, other.start, other.until)

    @classmethod
    def of(cls, plan: SavedPlan) -> RotationDraft:
        return cls(
            plan.id,
            tuple(RotationPlace(i, a) for i, a in zip(plan.entity_ids, plan.entities, strict=True)),
            plan.term_length,
            plan.start,
            plan.until,
        )


def chairs_by_quarter(terms: Iterable[ChairTerm], year: int) -> list[str | None]:
    """For Q1..Q4 of ``year``, the entity chairing most days of it (None if nobody).

    Counted day by day through :func:`chair_on`, so overlaps resolve the same
    way everywhere; a tie goes to the entity whose chairing started earlier in
    the quarter.
    """
    # Only the terms overlapping the year can hold one of its days (a group's history may span
    # decades of terms, asked about on each day); their order, which settles ties, is kept.
    first, last = date(year, 1, 1), date(year, 12, 31)
    terms = [t for t in terms if t.start <= last and (t.end is None or t.end >= first)]
    result: list[str | None] = []
    for quarter in quarters_of_year(year):
        days_held: Counter[str] = Counter()  # insertion order = first day held
        day = quarter.start
        while day <= quarter.end:
            entity = chair_on(terms, day)
            if entity is not None:
                days_held[entity] += 1
            day += _ONE_DAY
        # most_common keeps insertion order among equal counts.
        result.append(days_held.most_common(1)[0][0] if days_held else None)
    return result


def chairmanship_sentence(terms: Iterable[ChairTerm], year: int) -> str | None:
    """The annual submission's chairmanship sentence, or None if nobody chaired.

    "Throughout 2022, the Chairmanship of the working group was held by
    UNICRI in Q1 and Q2, OPCW in Q3, and INTERPOL in Q4."

    Rules:
    - one entity all four quarters: "... was held by UNOCT." (no quarters);
    - a run is a stretch of chaired quarters with the same entity; unchaired
      quarters are skipped and do not break a run (A in Q1 and Q3 if nobody
      chaired Q2); an entity that returns after another gets a new run;
    - quarters in a run: "Q1, Q2 and Q3" (no serial comma);
    - three or more runs: "A in Q1, B in Q2, and C in Q3" (the seed's serial
      comma, which separates runs that themselves contain "and");
    - two runs: "A in Q1 and B in Q2" when both are single quarters, but
      "A in Q1 and Q2, and B in Q3" as soon as either run holds several
      quarters, since its own "and" would otherwise blur the boundary.
    """
    opening = f"Throughout {year}, the Chairmanship of the working group was held by"
    quarters = quarters_of_year(year)
    chaired = [(q, e) for q, e in zip(quarters, chairs_by_quarter(terms, year)) if e is not None]
    if not chaired:
        return None

    runs: list[tuple[str, list[Quarter]]] = [
        (entity, [q for q, _ in group]) for entity, group in groupby(chaired, key=lambda p: p[1])
    ]
    if len(runs) == 1 and len(runs[0][1]) == len(quarters):
        return f"{opening} {runs[0][0]}."

    parts = [f"{entity} in {join_words([q.label for q in qs])}" for entity, qs in runs]
    if len(parts) == 2 and any(len(qs) > 1 for _, qs in runs):
        return f"{opening} {parts[0]}, and {parts[1]}."
    return f"{opening} {join_words(parts, serial_comma=True)}."
