"""Every test gets its own data folder and workspace; Qt runs offscreen."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Examples are checked for what they find, never for how fast a loaded machine runs them.
settings.register_profile("chairdesk", deadline=None)
settings.load_profile("chairdesk")

from chairdesk.paths import DATA_DIR_ENV  # noqa: E402
from chairdesk.store.checks import table_counts  # noqa: E402
from chairdesk.store.database import Workspace, open_workspace  # noqa: E402
from chairdesk.store.interchange import dump_json, export_workspace  # noqa: E402

SMALL = Path(__file__).parent / "data" / "small-workspace.json"


@pytest.fixture(autouse=True, scope="session")
def translation_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The French translation is compiled into the session's own folder, never the user's cache.

    In-process through `i18n.cache_dir`; for the application started in a subprocess through
    XDG_CACHE_HOME, where platformdirs looks (Linux; elsewhere subprocesses use the real cache).
    """
    from chairdesk.gui import i18n

    folder = tmp_path_factory.mktemp("cache")
    patch = pytest.MonkeyPatch()
    patch.setenv("XDG_CACHE_HOME", str(folder))
    patch.setattr(i18n, "cache_dir", lambda: folder / "translations")
    yield folder / "translations"
    patch.undo()


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv(DATA_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def workspace(data_dir: Path) -> Workspace:
    ws = open_workspace(data_dir / "workspace.sqlite3", data_dir / "backups")
    yield ws
    ws.close()


@pytest.fixture
def small_file() -> Path:
    return SMALL


@pytest.fixture
def small_doc() -> dict:
    return json.loads(SMALL.read_text(encoding="utf-8"))


def snapshot(ws: Workspace) -> tuple[str, dict]:
    """What a person could see of a workspace: its export and its per-table counts."""
    with ws.read() as session:
        return dump_json(export_workspace(session)), table_counts(session)
