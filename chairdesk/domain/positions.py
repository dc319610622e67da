"""Fractional-index order keys for ordered records (agenda items, outputs...).

Moving or inserting an item writes one new key for that item only, so two
laptops reordering offline change different fields and their edits merge
without renumbering the list. Keys are base-62 strings from the
``fractional_indexing`` library and compare with plain Python string
comparison, which is also what SQLite's default BINARY collation does: keep
the ``position`` column on BINARY (never NOCASE) so ORDER BY agrees with
Python.

Two laptops inserting between the same neighbours get the same key; readers
should order by (position, id) so the result is still the same everywhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from fractional_indexing import BASE_62_DIGITS, FIError, generate_n_keys_between, validate_order_key

__all__ = ["between", "initial", "key_problem", "move_key", "spread"]

_DIGITS = frozenset(BASE_62_DIGITS)


def between(before: str | None, after: str | None) -> str:
    """A key strictly between ``before`` and ``after`` (None = that end is open)."""
    return spread(before, after, 1)[0]


def spread(before: str | None, after: str | None, n: int) -> list[str]:
    """``n`` increasing keys strictly between ``before`` and ``after``."""
    if n < 0:
        raise ValueError(f"cannot make {n} keys")
    if before is not None and after is not None and before >= after:
        raise ValueError(f"position {before!r} is not before {after!r}")
    try:
        return generate_n_keys_between(before, after, n)
    except FIError as error:  # a malformed key: surface it as the usual ValueError
        raise ValueError(f"invalid position key: {error}") from error


def initial(n: int) -> list[str]:
    """``n`` keys for a fresh list ("a0", "a1", ...)."""
    return spread(None, None, n)


def move_key(keys_in_order: Sequence[str], from_index: int, to_index: int) -> str:
    """The new key for the item at ``from_index`` so that it sorts at ``to_index``.

    ``to_index`` is the item's index in the list after the move (as with
    drag and drop, or Ctrl+Up: ``move_key(keys, i, i - 1)``); the other
    items keep their keys. Moving to the same place returns the key unchanged.
    """
    count = len(keys_in_order)
    for name, index in (("from_index", from_index), ("to_index", to_index)):
        if not 0 <= index < count:
            raise IndexError(f"{name} {index} is outside a list of {count}")
    for a, b in pairwise(keys_in_order):
        if a >= b:
            raise ValueError(f"positions are not strictly increasing ({a!r}, {b!r}): respread")
    if from_index == to_index:
        return keys_in_order[from_index]
    others = [key for i, key in enumerate(keys_in_order) if i != from_index]
    before = others[to_index - 1] if to_index > 0 else None
    after = others[to_index] if to_index < len(others) else None
    return between(before, after)


def key_problem(key: str) -> str | None:
    """Why `key` is not an order key that `between` and `move_key` can work with, or None."""
    if not key or not _DIGITS.issuperset(key):
        return "not a position (an order key is made of the digits 0-9, A-Z and a-z)"
    try:
        validate_order_key(key)
    except FIError:
        return "not a position (a malformed order key)"
    return None
