"""A laptop running some other ChairDesk — newer, or buggy, or hostile — that writes into the folder.

It keeps a Y.Doc of its own, caught up from every file in the shared folder, and
sends whatever it is told to, through the real file format: the files it writes
have valid framing and checksums, so only their content can be wrong.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

from pycrdt import Doc, Map, Text

from chairdesk.store.database import Workspace
from chairdesk.sync import engine, fileformat


class OtherLaptop:
    def __init__(self, folder: Path, device_id: str = "x") -> None:
        self.folder = Path(folder)
        self.workspace_id = json.loads((self.folder / "workspace.json").read_text("utf-8"))[
            "workspace_id"
        ]
        self.device_id = device_id
        self.doc = Doc()
        for name in engine.ORDER:
            self.doc.get(name, type=Map)
        self.seq = 0
        self.sent_state = self.doc.get_state()

    def catch_up(self) -> None:
        """Apply every readable file of the folder (as a laptop joining would)."""
        for path in sorted((self.folder / "devices").glob("*/*")):
            try:
                decoded = fileformat.decode(path.read_bytes(), workspace_id=self.workspace_id)
                self.doc.apply_update(decoded.payload)
            except (fileformat.FileProblem, ValueError):
                continue
        self.sent_state = self.doc.get_state()

    def table(self, name: str) -> Map:
        return self.doc.get(name, type=Map)

    def add(self, table: str, row: dict[str, Any], *, record_id: str | None = None) -> str:
        """A new record holding `row`'s values as they are (text columns as Y.Text when they are text)."""
        record_id = record_id or str(row.get("id") or uuid.uuid4())
        fields: dict[str, Any] = {}
        for column, value in row.items():
            if column in engine.TEXT_FIELDS.get(table, ()) and isinstance(value, str):
                fields[column] = Text(value)
            else:
                fields[column] = value
        self.table(table)[record_id] = Map(fields)
        return record_id

    def edit(self, table: str, record_id: str, **fields: Any) -> None:
        record = self.table(table)[record_id]
        for column, value in fields.items():
            record[column] = value

    def update(self) -> bytes:
        """What changed since the last file sent, as a Yjs update."""
        return self.doc.get_update(self.sent_state)

    def send(self, payload: bytes | None = None, *, name: str | None = None) -> Path:
        """Write the changes (or `payload`) as this laptop's next update file."""
        if payload is None:
            payload = self.update()
            self.sent_state = self.doc.get_state()
        self.seq += 1
        data = fileformat.encode(
            payload,
            workspace_id=self.workspace_id,
            device_id=self.device_id,
            seq=self.seq,
            kind="update",
        )
        folder = self.folder / "devices" / self.device_id
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / (name or fileformat.file_name(self.seq))
        path.write_bytes(data)
        return path


def stored_row(ws: Workspace, table: str, record_id: str) -> dict[str, Any] | None:
    """A record's row exactly as SQLite holds it (no type conversion), or None."""
    with sqlite3.connect(ws.path) as conn:
        conn.row_factory = sqlite3.Row
        row = conn.execute(f'SELECT * FROM "{table}" WHERE id = ?', (record_id,)).fetchone()
    return None if row is None else dict(row)


def new_row(ws: Workspace, table: str, like: str, **changes: Any) -> dict[str, Any]:
    """A copy of a stored record's row under a new id, with `changes`."""
    row = stored_row(ws, table, like)
    assert row is not None, (table, like)
    return {**row, "id": str(uuid.uuid4()), **changes}
