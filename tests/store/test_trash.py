"""Deleted records can be found and restored."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from chairdesk.store.demo import load_demo
from chairdesk.store.interchange import export_workspace
from chairdesk.store.models import AgendaItem, Meeting
from chairdesk.store.ops import OperationError
from chairdesk.store.trash import restore, trash_items


def test_a_deleted_meeting_is_listed_and_restored(workspace) -> None:
    with workspace.transaction() as session:
        load_demo(session)
        meeting = session.scalars(select(Meeting).order_by(Meeting.start)).first()
        meeting.deleted = True
        title, meeting_id = meeting.title, meeting.id
    with workspace.read() as session:
        items = trash_items(session)
        assert [(i.kind, i.id) for i in items] == [("Meeting", meeting_id)]
        assert title in items[0].label
        assert all(m["id"] != meeting_id for m in export_workspace(session)["meetings"])

    with workspace.transaction() as session:
        restore(session, "meeting", meeting_id)
    with workspace.read() as session:
        assert trash_items(session) == []
        assert any(m["id"] == meeting_id for m in export_workspace(session)["meetings"])


def test_restoring_what_is_not_in_the_trash_is_refused(workspace) -> None:
    with workspace.transaction() as session:
        load_demo(session)
        item_id = session.scalars(select(AgendaItem.id)).first()
    with (
        pytest.raises(OperationError, match="not in the trash"),
        workspace.transaction() as session,
    ):
        restore(session, "agenda_item", item_id)


def test_a_shortened_id_names_a_live_record_and_never_one_in_the_trash(workspace) -> None:
    from chairdesk.domain.vocabulary import Pillar
    from chairdesk.store.models import WorkingGroup
    from chairdesk.store.queries import ids_starting_with

    with workspace.transaction() as session:
        kept = WorkingGroup(
            id="abcd1111-0000-4000-8000-000000000000", acronym="CTED", name="Kept", pillar=Pillar.II
        )
        gone = WorkingGroup(
            id="abcd2222-0000-4000-8000-000000000000",
            acronym="OLD",
            name="Gone",
            pillar=Pillar.II,
            deleted=True,
        )
        session.add_all([kept, gone])
    with workspace.read() as session:
        assert ids_starting_with(session, WorkingGroup, "abcd") == [kept.id]
        assert ids_starting_with(session, WorkingGroup, "abcd2") == []
        assert ids_starting_with(session, WorkingGroup, "abcd_") == []  # a wildcard is a character
