"""Where things are: the user's data directory and the files shipped with the program.

One place for both, so that a source checkout, an installed wheel and a frozen
(PyInstaller) build all find ui/, resources/ and db/ the same way.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "ChairDesk"
DATA_DIR_ENV = "CHAIRDESK_DATA_DIR"
DATABASE_NAME = "workspace.sqlite3"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped_root(name: str) -> Path:
    """The shipped folder `name` (ui, resources or db).

    Installed and frozen builds carry it inside the package; a source
    checkout keeps it at the top of the repository.
    """
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "chairdesk" / name)
    candidates += [_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"ChairDesk's {name}/ folder is missing from this installation")


def resource_path(*parts: str) -> Path:
    return _shipped_root("resources").joinpath(*parts)


def ui_path(form: str) -> Path:
    return _shipped_root("ui") / form


def migrations_path() -> Path:
    return _shipped_root("db")


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The user's data directory: --data-dir, then $CHAIRDESK_DATA_DIR, then the platform's."""
    chosen = override or os.environ.get(DATA_DIR_ENV) or user_data_dir(APP_NAME, APP_NAME)
    return Path(chosen).expanduser().resolve()


def default_database(data: Path) -> Path:
    return data / DATABASE_NAME


def backups_dir(data: Path) -> Path:
    return data / "backups"
