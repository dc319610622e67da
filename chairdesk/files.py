"""Writing a file the user asked for (an export) so that a failure never leaves half of it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(target: Path | str, data: bytes) -> Path:
    """Write `data` to a temporary file beside `target`, flush it to disk, then rename it.

    The previous file (a submission exported yesterday) stays whole until the new one is
    complete. Raises OSError; no temporary file is left behind. Returns the target.
    """
    target = Path(target).expanduser()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=target.suffix, dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
