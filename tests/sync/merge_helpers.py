"""Helpers for the merge and round tests: quick workspaces, devices, a canonical dump."""

from __future__ import annotations

import atexit
import shutil
import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from chairdesk.domain.vocabulary import MeetingKind, MeetingMode, Pillar
from chairdesk.store.database import Workspace, create_workspace_engine, open_workspace
from chairdesk.store.models import SYNCED_MODELS, AgendaItem, Meeting, WorkingGroup

_TEMPLATE: Path | None = None


def quick_workspace(path: Path) -> Workspace:
    """A new empty workspace at `path`, copied from one made (and migrated) once."""
    global _TEMPLATE
    if _TEMPLATE is None or not _TEMPLATE.exists():
        folder = Path(tempfile.mkdtemp(prefix="chairdesk-template-"))
        atexit.register(shutil.rmtree, folder, True)
        ws = open_workspace(folder / "template.sqlite3", folder / "backups")
        ws.close()
        _TEMPLATE = folder / "template.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_TEMPLATE, path)
    return Workspace(path=path, engine=create_workspace_engine(path))


def canonical_dump(ws: Workspace) -> dict[str, list[tuple]]:
    """Every synced table's rows, as stored, sorted by id."""
    with sqlite3.connect(ws.path) as conn:
        return {
            m.__tablename__: conn.execute(
                f'SELECT * FROM "{m.__tablename__}" ORDER BY id'
            ).fetchall()
            for m in SYNCED_MODELS
        }


def add_group(ws: Workspace, acronym: str = "ETCIP", mandate: str = "") -> str:
    with ws.transaction() as s:
        g = WorkingGroup(
            acronym=acronym, name=f"{acronym} group", pillar=Pillar.II, mandate=mandate
        )
        s.add(g)
    return g.id


def add_meeting(ws: Workspace, group_id: str, title: str = "Q1", summary: str = "") -> str:
    with ws.transaction() as s:
        m = Meeting(
            group_id=group_id,
            title=title,
            start=datetime(2022, 3, 15, 14, 0),
            kind=MeetingKind.REGULAR,
            mode=MeetingMode.VIRTUAL,
            summary=summary,
        )
        s.add(m)
    return m.id


def add_item(
    ws: Workspace, meeting_id: str, title: str, position: str, notes: str | None = None
) -> str:
    with ws.transaction() as s:
        item = AgendaItem(meeting_id=meeting_id, title=title, position=position, notes=notes)
        s.add(item)
    return item.id


def set_field(ws: Workspace, model: type, record_id: str, **values: object) -> None:
    with ws.transaction() as s:
        record = s.get(model, record_id)
        for key, value in values.items():
            setattr(record, key, value)


def get_field(ws: Workspace, model: type, record_id: str, name: str) -> object:
    with ws.read() as s:
        record = s.get(model, record_id)
        return None if record is None else getattr(record, name)
