"""Recorded change sets undo and redo exactly what a unit of work did."""

from __future__ import annotations

from sqlalchemy import select

from chairdesk.store.changes import recording, replay
from chairdesk.store.models import Entity
from tests.conftest import snapshot


def test_a_creation_and_an_edit_are_undone_and_redone(workspace) -> None:
    with workspace.transaction() as session:
        session.add(Entity(acronym="UNOCT", name="Office", kind="un"))
    before = snapshot(workspace)

    with workspace.transaction() as session, recording(session) as changes:
        entity = session.scalars(select(Entity)).one()
        entity.name = "United Nations Office of Counter-Terrorism"
        session.flush()
        entity.name = "UN Office of Counter-Terrorism"  # two flushes, one change
        session.add(Entity(acronym="CTED", name="Executive Directorate", kind="un"))
    after = snapshot(workspace)
    assert changes.tables == {"entity"}
    assert [(c.field, c.old, c.new) for c in changes.fields] == [
        ("name", "Office", "UN Office of Counter-Terrorism")
    ]

    with workspace.transaction() as session:
        replay(session, changes, undo=True)
    assert snapshot(workspace)[0] == before[0]

    with workspace.transaction() as session:
        replay(session, changes, undo=False)
    assert snapshot(workspace) == after
