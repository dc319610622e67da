"""Files from a newer, buggy or hostile ChairDesk: one bad file never stops a group's sync.

Every file here has valid framing (magic, header, checksums), or a name or a size
no ChairDesk would give it: whatever can be applied is applied, the rest is
named by `sync status`, and the laptop keeps sending its own edits.
"""

from __future__ import annotations

import os
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from chairdesk.cli import main
from chairdesk.store.database import Workspace
from chairdesk.store.interchange import import_workspace, read_workspace_file
from chairdesk.store.models import Meeting, WorkingGroup
from chairdesk.sync import fileformat, service
from tests.conftest import SMALL
from tests.sync.merge_helpers import get_field, set_field
from tests.sync.other_laptop import OtherLaptop


def rounds(*workspaces: Workspace, times: int = 2) -> None:
    for _ in range(times):
        for ws in workspaces:
            service.run_round(ws)


def record_ids(ws: Workspace, model: type) -> list[str]:
    with ws.read() as session:
        return list(session.scalars(select(model.id).order_by(model.id)))


@pytest.fixture
def group(laptops, tmp_path: Path):  # noqa: ANN201
    """Laptops A and B share the small workspace; X is the other ChairDesk, caught up."""
    a, b = laptops(2)
    with a.transaction() as session:
        import_workspace(session, read_workspace_file(SMALL))
    rounds(a, b)
    other = OtherLaptop(tmp_path / "shared")
    other.catch_up()
    return a, b, other


# --- names and sizes --------------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the file system takes any bytes as a name")
def test_file_and_folder_names_that_are_not_utf8_stop_nothing(group, tuning, tmp_path: Path) -> None:
    a, b, other = group
    tuning.grace_attempts, tuning.grace_period = 1, timedelta(0)
    shared = os.fsencode(tmp_path / "shared")
    meeting = record_ids(a, Meeting)[0]
    other.edit("meeting", meeting, title="From a file named in Latin-1")
    copy = other.send()
    # The same update under a name in Latin-1 (a conflicted copy made by an old client)...
    os.rename(os.fsencode(copy), shared + b"/devices/x/Caf\xe9.update")
    # ... and junk in a device folder whose name is not UTF-8 either.
    os.mkdir(shared + b"/devices/Caf\xe9")
    with open(shared + b"/devices/Caf\xe9/R\xe9sum\xe9.update", "wb") as junk:
        junk.write(b"not a sync file at all")
    set_field(b, WorkingGroup, record_ids(b, WorkingGroup)[0], name="Sent anyway")

    report = service.run_round(b)
    assert report.received == 1 and report.sent == 1
    assert get_field(b, Meeting, meeting, "title") == "From a file named in Latin-1"
    assert service.run_round(b).quarantined == 1  # the junk, once its grace period is over
    (quarantined,) = service.status(b).quarantined
    assert quarantined.path.name == "R\\xe9sum\\xe9.update"
    assert quarantined.path.parent.name == "Caf\\xe9"
    assert "not a ChairDesk sync file" in quarantined.reason
    assert service.run_round(b).quarantined == 0
    service.run_round(a)
    assert get_field(a, WorkingGroup, record_ids(a, WorkingGroup)[0], "name") == "Sent anyway"
    assert main(["--workspace", str(b.path), "sync", "status"]) == 0


def bytes_read(run) -> int:  # noqa: ANN001 - a callable
    """How many bytes this process read from files while `run()` ran (Linux's own count)."""
    io = Path("/proc/self/io")

    def rchar() -> int:
        return int(next(line for line in io.read_text().splitlines() if line.startswith("rchar:")).split()[1])

    before = rchar()
    run()
    return rchar() - before


@pytest.mark.skipif(not Path("/proc/self/io").exists(), reason="needs Linux's count of bytes read")
@pytest.mark.parametrize("header", ["junk", "trailing", "too_long"])
def test_a_huge_file_is_never_read_whole(group, tuning, tmp_path: Path, header: str) -> None:
    """A file bigger than any update may be (sparse: it takes no disk) is judged by its header."""
    a, b, other = group
    tuning.grace_attempts, tuning.grace_period = 2, timedelta(0)
    size = fileformat.MAX_PAYLOAD + (64 << 20)
    path = tmp_path / "shared" / "devices" / "x" / "000000000009.update"
    path.parent.mkdir(parents=True, exist_ok=True)
    small = fileformat.encode(b"\x00\x00", workspace_id=other.workspace_id, device_id="x", seq=9)
    if header == "junk":
        start = b"GARBAGE!" * 4
    elif header == "trailing":
        start = small  # a valid two-byte update, then gigabytes that do not belong to it
    else:  # a valid header (checksums and all) announcing more than any update may be
        start = _header_announcing(other.workspace_id, fileformat.MAX_PAYLOAD + 1)
    with open(path, "wb") as fh:
        fh.write(start)
        fh.truncate(size)
    set_field(b, WorkingGroup, record_ids(b, WorkingGroup)[0], name="Sent anyway")
    reports: list[service.RoundReport] = []
    read = bytes_read(lambda: reports.extend(service.run_round(b) for _ in range(2)))
    assert read < 8 << 20, read  # a few pages of SQLite, never the file
    assert [r.quarantined for r in reports] == [0, 1] and reports[0].sent == 1
    (quarantined,) = service.status(b).quarantined
    assert quarantined.path == path.resolve()
    assert "damaged" in quarantined.reason or "not a ChairDesk sync file" in quarantined.reason


def _header_announcing(workspace_id: str, length: int) -> bytes:
    """A well-formed header (checksums right) that announces a payload of `length` bytes."""
    import hashlib
    import struct

    data = bytearray(fileformat.encode(b"", workspace_id=workspace_id, device_id="x", seq=9))
    struct.pack_into(">Q", data, 26, length)
    header_len = struct.unpack_from(">H", data, 10)[0]
    data[header_len - 32:header_len] = hashlib.sha256(bytes(data[:header_len - 32])).digest()
    return bytes(data[:header_len])



def test_the_log_takes_a_file_name_that_is_not_utf8(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    import logging

    from chairdesk.applog import setup_logging

    path = setup_logging(tmp_path)
    handler = next(h for h in logging.getLogger().handlers if getattr(h, "baseFilename", None) == str(path))
    try:
        logging.getLogger("chairdesk.sync.folder").warning("cannot read %s", os.fsdecode(b"Caf\xe9.update"))
        handler.flush()
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    assert "cannot read Caf\\udce9.update" in path.read_text(encoding="utf-8")
    assert "Logging error" not in capsys.readouterr().err
