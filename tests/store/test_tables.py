"""The Core tables of the first screen (chairdesk.store.tables) agree with the models."""

from __future__ import annotations

import pytest
from sqlalchemy import Enum

from chairdesk.store import tables
from chairdesk.store.models import Base


@pytest.mark.parametrize("table", tables.TABLES, ids=lambda t: t.name)
def test_every_column_is_the_models_own(table) -> None:
    model = Base.metadata.tables[table.name]
    for column in table.columns:
        assert column.name in model.columns, f"{table.name}.{column.name} is not in the models"
        expected = model.columns[column.name].type
        assert column.type._type_affinity is expected._type_affinity, f"{table.name}.{column.name}"
        if isinstance(expected, Enum):
            assert column.type.enum_class is expected.enum_class, f"{table.name}.{column.name}"
            assert column.type.enums == expected.enums


def test_core_reads_answer_as_the_orm_does(workspace, small_file) -> None:
    """The same question, in a plain connection and in an ORM session, gets the same answer."""
    from chairdesk.store import meeting_queries, queries
    from chairdesk.store.interchange import import_workspace, read_workspace_file

    with workspace.transaction() as session:
        import_workspace(session, read_workspace_file(small_file))
    with workspace.read() as session:
        group_id = queries.group_choices(session)[0][0]
        in_session = meeting_queries.meeting_rows(session, group_id)
    with workspace.read_rows() as conn:
        in_connection = meeting_queries.meeting_rows(conn, group_id)
    assert in_connection == in_session
    assert in_connection, "the small workspace's first group has meetings"
    assert isinstance(in_connection[0].kind, meeting_queries.MeetingKind)
