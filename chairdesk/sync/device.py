"""This laptop's name as the others see it, until the chair gives another (no pycrdt, no Qt)."""

from __future__ import annotations

import getpass
import platform


def default_device_name() -> str:
    """user@host: what the command line, the Settings dialog and the Sync view all suggest."""
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some sandboxes
        user = ""
    host = platform.node() or "laptop"
    return f"{user}@{host}" if user else host
