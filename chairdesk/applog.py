"""Logging to a rotating file in the data folder, so that a chair can send it when asked."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "chairdesk.log"


def setup_logging(data: Path, level: int = logging.INFO) -> Path | None:
    """Log to data/logs/chairdesk.log; the log file, or None when it cannot be written there
    (a read-only data folder): then to standard error, and the application still starts."""
    folder = data / "logs"
    path = folder / LOG_NAME
    root = logging.getLogger()
    root.setLevel(level)
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # backslashreplace: a file name that is not UTF-8 (from a shared folder) is logged, not fatal.
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8", errors="backslashreplace"
        )
    except OSError as exc:
        handler = logging.StreamHandler()
        handler.setLevel(logging.WARNING)  # a terminal gets what matters, not the chatter
        handler.setFormatter(formatter)
        root.addHandler(handler)
        logging.getLogger(__name__).warning(
            "no log file: cannot write in %s (%s)", folder, exc.strerror or exc
        )
        return None
    handler.setFormatter(formatter)
    root.addHandler(handler)
    return path
