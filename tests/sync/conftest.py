"""Fixtures of the sync tests: laptops linked to one shared folder, and the round's knobs."""

from __future__ import annotations

from pathlib import Path

import pytest

from chairdesk.store.database import Workspace
from chairdesk.sync import service
from tests.sync.merge_helpers import quick_workspace


@pytest.fixture
def tuning():
    saved = service.Tuning(**vars(service.TUNING))
    yield service.TUNING
    for key, value in vars(saved).items():
        setattr(service.TUNING, key, value)


@pytest.fixture
def laptops(tmp_path: Path):
    """`laptops(n)`: n new empty workspaces, each linked to `tmp_path/shared` (the first creates it)."""
    made: list[Workspace] = []

    def make(n: int, folder: Path | None = None) -> list[Workspace]:
        for _ in range(n):
            i = len(made)
            ws = quick_workspace(tmp_path / f"laptop{i}" / "workspace.sqlite3")
            service.link(ws, folder or tmp_path / "shared", device_name=f"Laptop {i}")
            made.append(ws)
        return made[-n:]

    yield make
    for ws in made:
        ws.close()
