"""An export replaces the previous file whole, or leaves it as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from chairdesk import files
from chairdesk.files import write_atomically


def test_a_file_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "exports" / "submission.docx"
    assert write_atomically(target, b"first") == target
    write_atomically(target, b"second, longer")
    assert target.read_bytes() == b"second, longer"
    assert [p.name for p in target.parent.iterdir()] == ["submission.docx"]


def test_a_failed_write_keeps_the_previous_file_and_leaves_no_temporary_one(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "submission.docx"
    target.write_bytes(b"yesterday's export")

    def disk_full(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", disk_full)
    with pytest.raises(OSError, match="No space left"):
        write_atomically(target, b"today's export")
    assert target.read_bytes() == b"yesterday's export"
    assert [p.name for p in tmp_path.iterdir()] == ["submission.docx"]
