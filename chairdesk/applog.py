"""Logging to a rotating file in the data folder, so that a chair can send it when asked."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "chairdesk.log"


def setup_logging(data: Path, level: int = logging.INFO) -> Path:
    folder = data / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        # backslashreplace: a file name that is not UTF-8 (from a shared folder) is logged, not fatal.
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8", errors="backslashreplace"
        )
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return path
