"""An export replaces the previous file whole, or leaves it as it was."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from chairdesk import files
from chairdesk.files import write_atomically
from chairdesk.paths import DATA_DIR_ENV


def test_a_file_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "exports" / "submission.docx"
    assert write_atomically(target, b"first") == target
    write_atomically(target, b"second, longer")
    assert target.read_bytes() == b"second, longer"
    assert [p.name for p in target.parent.iterdir()] == ["submission.docx"]


def test_a_failed_write_keeps_the_previous_file_and_leaves_no_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "submission.docx"
    target.write_bytes(b"yesterday's export")

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", disk_full)
    with pytest.raises(OSError, match="No space left"):
        write_atomically(target, b"today's export")
    assert target.read_bytes() == b"yesterday's export"
    assert [p.name for p in tmp_path.iterdir()] == ["submission.docx"]


def test_a_new_export_has_the_permissions_the_umask_gives(tmp_path: Path) -> None:
    """Not 0600: a chair's umask may let colleagues on a shared machine read what is exported."""
    previous = os.umask(0o022)
    try:
        target = write_atomically(tmp_path / "submission.docx", b"new")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644


def test_a_replaced_export_keeps_the_permissions_it_had(tmp_path: Path) -> None:
    target = tmp_path / "submission.docx"
    target.write_bytes(b"yesterday's")
    target.chmod(0o664)  # made readable by the group by hand
    write_atomically(target, b"today's")
    assert stat.S_IMODE(target.stat().st_mode) == 0o664


def test_exports_from_the_command_line_follow_the_umask(tmp_path: Path, small_file: Path) -> None:
    env = {**os.environ, DATA_DIR_ENV: str(tmp_path / "data")}

    def chairdesk(*args: str) -> None:
        subprocess.run(
            [sys.executable, "-m", "chairdesk", *args],
            env=env,
            capture_output=True,
            check=True,
            umask=0o027,
            timeout=300,
        )

    chairdesk("import", str(small_file))
    chairdesk("export", "json", "-o", str(tmp_path / "workspace.json"))
    chairdesk("export", "ics", "--group", "ETCIP", "-o", str(tmp_path / "meetings.ics"))
    chairdesk("export", "annex", "--year", "2022", "-o", str(tmp_path / "annex.docx"))
    for name in ("workspace.json", "meetings.ics", "annex.docx"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o640, name
