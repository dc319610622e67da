from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from chairdesk.domain.positions import between, initial, key_problem, move_key, spread


def test_initial() -> None:
    keys = initial(5)
    assert len(keys) == 5
    assert keys == sorted(keys)
    assert len(set(keys)) == 5
    assert initial(0) == []


def test_between() -> None:
    a, b = initial(2)
    mid = between(a, b)
    assert a < mid < b
    assert between(None, a) < a
    assert between(b, None) > b
    assert isinstance(between(None, None), str)


def test_between_refuses_misordered_or_bad_keys() -> None:
    a, b = initial(2)
    with pytest.raises(ValueError):
        between(b, a)
    with pytest.raises(ValueError):
        between(a, a)
    with pytest.raises(ValueError):
        between("not a key!", None)


def test_spread() -> None:
    a, b = initial(2)
    keys = spread(a, b, 10)
    assert len(keys) == 10
    assert [a, *keys, b] == sorted({a, *keys, b})
    assert spread(a, b, 0) == []
    assert len(spread(None, a, 3)) == 3 and spread(None, a, 3)[-1] < a
    with pytest.raises(ValueError):
        spread(a, b, -1)
    with pytest.raises(ValueError):
        spread(b, a, 2)


def test_move_key_down_and_up() -> None:
    keys = initial(4)  # items 0..3
    new = move_key(keys, 0, 2)  # item 0 goes after items 1 and 2
    assert keys[2] < new < keys[3]
    new = move_key(keys, 3, 0)  # last to first
    assert new < keys[0]
    new = move_key(keys, 0, 3)  # first to last
    assert new > keys[3]
    new = move_key(keys, 2, 1)  # Ctrl+Up
    assert keys[0] < new < keys[1]
    assert move_key(keys, 1, 1) == keys[1]


def test_move_key_refuses_bad_input() -> None:
    keys = initial(3)
    with pytest.raises(IndexError):
        move_key(keys, 3, 0)
    with pytest.raises(IndexError):
        move_key(keys, 0, -1)
    with pytest.raises(ValueError, match="strictly increasing"):
        move_key([keys[1], keys[0], keys[2]], 0, 2)
    with pytest.raises(ValueError, match="strictly increasing"):
        move_key([keys[0], keys[0], keys[2]], 2, 1)


def test_keys_sort_as_sqlite_binary_would() -> None:
    # SQLite's BINARY collation compares UTF-8 bytes; keys are ASCII, so bytes == str order.
    keys = initial(70)
    assert sorted(keys) == sorted(keys, key=lambda k: k.encode())
    assert keys == sorted(keys)


insert_op = st.tuples(st.just("insert"), st.integers(min_value=0), st.integers(min_value=0))
move_op = st.tuples(st.just("move"), st.integers(min_value=0), st.integers(min_value=0))


@settings(max_examples=200, deadline=None)
@given(
    start=st.integers(min_value=0, max_value=5),
    ops=st.lists(st.one_of(insert_op, move_op), max_size=60),
)
def test_random_inserts_and_moves_keep_the_intended_order(
    start: int, ops: list[tuple[str, int, int]]
) -> None:
    # The model is the list the user sees; every item carries the key we stored for it.
    items: list[tuple[int, str]] = list(enumerate(initial(start)))
    next_id = len(items)
    for op, x, y in ops:
        keys = [key for _, key in items]
        if op == "insert":
            at = x % (len(items) + 1)
            before = keys[at - 1] if at > 0 else None
            after = keys[at] if at < len(keys) else None
            items.insert(at, (next_id, between(before, after)))
            next_id += 1
        elif items:
            source, target = x % len(items), y % len(items)
            new_key = move_key(keys, source, target)
            item_id, _ = items.pop(source)
            items.insert(target, (item_id, new_key))

        keys = [key for _, key in items]
        assert len(set(keys)) == len(keys)
        assert all(a < b for a, b in zip(keys, keys[1:]))
        # Sorting by key alone (what ORDER BY position does) gives the intended order.
        assert [i for i, _ in sorted(items, key=lambda item: item[1])] == [i for i, _ in items]


@pytest.mark.parametrize("key", ["", "!!", "a", "a00", "a0!", "A" + "0" * 26, "é0", "a0 "])
def test_a_key_that_is_not_an_order_key_is_named(key: str) -> None:
    assert key_problem(key).startswith("not a position")


@given(st.lists(st.integers(0, 10), min_size=1, max_size=30))
def test_every_key_the_positions_make_is_a_key_and_makes_more(picks: list[int]) -> None:
    keys = initial(1)
    for pick in picks:
        i = pick % (len(keys) + 1)
        keys.insert(i, between(keys[i - 1] if i else None, keys[i] if i < len(keys) else None))
    assert all(key_problem(key) is None for key in keys)
    assert keys == sorted(keys)
