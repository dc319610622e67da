"""Writing a file the user asked for (an export) so that a failure never leaves half of it."""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
from pathlib import Path


def write_atomically(target: Path | str, data: bytes) -> Path:
    """Write `data` to a temporary file beside `target`, flush it to disk, then rename it.

    The previous file (a submission exported yesterday) stays whole until the new one is
    complete. Raises OSError; no temporary file is left behind. Returns the target. A new
    file gets the permissions the umask gives (as any program's would; a private
    temporary file's 0600 would hide it from colleagues the chair shares a folder with),
    a replaced one keeps its own.
    """
    target = Path(target).expanduser()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _create_beside(target)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        # A new file keeps what os.open gave it: 0o666 less the umask.
        with contextlib.suppress(FileNotFoundError):
            os.chmod(tmp, stat.S_IMODE(target.stat().st_mode))
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def _create_beside(target: Path) -> tuple[int, str]:
    """A new, empty temporary file in `target`'s folder, opened for writing (exclusive, like mkstemp)."""
    for _ in range(100):
        tmp = str(target.with_name(f".tmp-{secrets.token_hex(6)}{target.suffix}"))
        try:
            return os.open(
                tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666
            ), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"no free temporary name beside {target}")
