"""The workspace's change listeners: the seam between the store and sync (or anything else)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from chairdesk.domain.vocabulary import Pillar
from chairdesk.store.models import WorkingGroup


def add_group(workspace, acronym: str) -> str:  # noqa: ANN001
    with workspace.transaction() as session:
        group = WorkingGroup(acronym=acronym, name=f"{acronym} group", pillar=Pillar.II)
        session.add(group)
    return group.id


def test_a_listener_hears_each_edit_inside_its_transaction(workspace) -> None:
    heard: list[set[tuple[str, str]]] = []

    def listener(session, touched) -> None:  # noqa: ANN001
        heard.append(set(touched))
        # What a listener writes is part of the edit's own transaction.
        session.execute(
            text(
                "INSERT INTO workspace_info (key, value) VALUES ('heard', :n) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
            ),
            {"n": len(heard)},
        )

    workspace.add_change_listener(listener)
    workspace.add_change_listener(listener)  # once is enough
    group = add_group(workspace, "CTED")
    assert heard == [{("working_group", group)}]
    with workspace.read() as session:
        assert (
            session.execute(text("SELECT value FROM workspace_info WHERE key = 'heard'")).scalar()
            == "1"
        )

    workspace.remove_change_listener(listener)
    add_group(workspace, "BSMCT")
    assert len(heard) == 1


def test_a_listener_that_fails_takes_the_edit_with_it(workspace) -> None:
    def listener(_session, _touched) -> None:  # noqa: ANN001
        raise RuntimeError("the outbox cannot be written")

    workspace.add_change_listener(listener)
    with pytest.raises(RuntimeError):
        add_group(workspace, "CTED")
    with workspace.read() as session:
        assert session.execute(text("SELECT count(*) FROM working_group")).scalar() == 0
