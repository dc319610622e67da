from __future__ import annotations

import subprocess
import sys
from pathlib import Path

FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "sqlalchemy", "sqlite3", "alembic", "chairdesk.store")


def test_domain_imports_no_qt_and_no_database() -> None:
    # A fresh interpreter, since pytest itself may already have imported these.
    code = (
        "import sys\n"
        "import chairdesk.domain.quarters, chairdesk.domain.rotations\n"
        "import chairdesk.domain.wording, chairdesk.domain.positions, chairdesk.domain.values\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {FORBIDDEN!r}"
        f" or m in {FORBIDDEN!r}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.stdout.strip() == "[]"
