"""Files from a newer, buggy or hostile ChairDesk: one bad file never stops a group's sync.

Every file here has valid framing (magic, header, checksums): only what it says is
wrong. Whatever can be applied is applied; what cannot is set aside with its reason
and named by `sync status`; the laptop keeps sending its own edits; nothing that
reaches SQLite can break a later command; and every laptop ends up the same.
"""

from __future__ import annotations

import os
import sys
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pycrdt import Map
from sqlalchemy import select

from chairdesk.cli import main
from chairdesk.domain.vocabulary import SubmissionSource
from chairdesk.store.checks import check_workspace
from chairdesk.store.database import Workspace
from chairdesk.store.interchange import export_workspace, import_workspace, read_workspace_file
from chairdesk.store.models import (
    SYNCED_MODELS,
    AgendaItem,
    Meeting,
    SubmissionReceipt,
    WorkingGroup,
)
from chairdesk.store.row_rules import row_problem
from chairdesk.sync import fileformat, service
from tests.conftest import SMALL
from tests.sync.merge_helpers import canonical_dump, get_field, quick_workspace, set_field
from tests.sync.other_laptop import OtherLaptop, new_row, stored_row


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
        _fill(session)
    rounds(a, b)
    other = OtherLaptop(tmp_path / "shared")
    other.catch_up()
    return a, b, other


def _fill(session) -> None:  # noqa: ANN001
    """The small workspace, and a secretariat's receipt: a record in every synced table to spoil."""
    import_workspace(session, read_workspace_file(SMALL))
    group_id = session.scalars(select(WorkingGroup.id)).first()
    session.add(
        SubmissionReceipt(
            group_id=group_id,
            year=2022,
            received_at=datetime(2023, 1, 9, 10, 0),
            file_name="ETCIP 2022.docx",
            sha256="0" * 64,
            source=SubmissionSource.CHAIRDESK,
            language="en",
        )
    )


def set_aside(ws: Workspace) -> dict[tuple[str, str], service.SetAsideRecord]:
    return {(r.table, r.record_id): r for r in service.status(ws).set_aside}


def every_later_command_works(ws: Workspace, tmp_path: Path) -> None:
    """`check`, `export json`, every Word export and the calendar, as a person would run them."""
    out = tmp_path / f"exports-{uuid.uuid4().hex[:8]}"
    out.mkdir()
    base = ["--workspace", str(ws.path)]
    assert main([*base, "check"]) == 0
    assert main([*base, "export", "json", "-o", str(out / "all.json")]) == 0
    assert (
        main(
            [
                *base,
                "export",
                "submission",
                "--group",
                "ETCIP",
                "--year",
                "2022",
                "-o",
                str(out / "submission.docx"),
            ]
        )
        == 0
    )
    assert main([*base, "export", "annex", "--year", "2022", "-o", str(out / "annex.docx")]) == 0
    assert (
        main(
            [
                *base,
                "export",
                "handover",
                "--group",
                "ETCIP",
                "--date",
                "2022-08-15",
                "-o",
                str(out / "handover.docx"),
            ]
        )
        == 0
    )
    assert main([*base, "export", "ics", "--group", "ETCIP", "-o", str(out / "meetings.ics")]) == 0
    for meeting in record_ids(ws, Meeting):
        if get_field(ws, Meeting, meeting, "deleted"):
            continue
        for what in ("agenda", "minutes"):
            assert (
                main([*base, "export", what, "--meeting", meeting, "-o", str(out / f"{what}.docx")])
                == 0
            )


# --- a payload that is not an update ------------------------------------------------------------


def test_an_update_that_does_not_decode_is_set_aside_and_the_round_goes_on(
    group, tmp_path: Path
) -> None:
    a, b, other = group
    bad = other.send(b"\x01\x02junk")  # the reproduction: devices/x/000000000001.update
    assert bad == tmp_path / "shared" / "devices" / "x" / "000000000001.update"
    meeting = record_ids(a, Meeting)[0]
    set_field(a, Meeting, meeting, location="Vienna")  # a good file in the same round
    service.run_round(a)
    set_field(b, WorkingGroup, record_ids(b, WorkingGroup)[0], name="Renamed on B")

    report = service.run_round(b)
    assert report.quarantined == 1 and report.received == 1 and report.sent == 1
    assert any(
        "devices/x/000000000001.update" in m and "not a ChairDesk update" in m
        for m in report.messages
    )
    assert get_field(b, Meeting, meeting, "location") == "Vienna"
    (quarantined,) = service.status(b).quarantined
    assert quarantined.path == bad.resolve() and "not a ChairDesk update" in quarantined.reason
    assert bad.exists()  # never deleted

    assert service.run_round(b).quarantined == 0  # not read again
    service.run_round(a)
    assert get_field(a, WorkingGroup, record_ids(a, WorkingGroup)[0], "name") == "Renamed on B"
    # A later, good file of the same device is applied.
    other.catch_up()
    other.edit("meeting", meeting, title="Renamed by X")
    other.send()
    service.run_round(b)
    assert get_field(b, Meeting, meeting, "title") == "Renamed by X"


# --- records that cannot be written -------------------------------------------------------------

# (table, column, value, what the reason says)
BAD_VALUES = [
    ("meeting", "start", "garbage", "not a date-time"),
    (
        "meeting",
        "start",
        "2022-03-15T14:00",
        "not a date-time",
    ),  # not as SQLite keeps it: sorts wrong
    ("meeting", "start", None, "missing"),
    ("meeting", "start", "9999-12-31 10:00:00.000000", "year 9999"),
    ("meeting", "end", 20220315, "not a date-time"),
    ("meeting", "kind", "bogus", "not a meeting kind"),
    ("meeting", "mode", None, "missing"),
    ("meeting", "title", 42, "not text"),
    ("meeting", "title", {"a": 1}, "not text"),
    ("meeting", "title", ["a", "b"], "not text"),
    ("meeting", "title", "Q1\x01", "U+0001"),
    ("meeting", "location", "x" * 301, "longer than 300"),
    ("meeting", "summary", 5, "not text"),
    ("meeting", "deleted", "yes", "not yes or no"),
    ("meeting", "group_id", "not-a-uuid", "not a record id"),
    ("meeting", "created_at", "yesterday", "not a date-time"),
    ("agenda_item", "minutes", 1e300, "outside 0–1440"),
    ("agenda_item", "minutes", -5, "outside 0–1440"),
    ("agenda_item", "minutes", 2.5, "not a whole number"),
    ("agenda_item", "minutes", "10", "not a whole number"),
    ("agenda_item", "minutes", True, "not a whole number"),
    ("agenda_item", "position", None, "missing"),
    ("agenda_item", "position", "!!", "not a position"),
    ("agenda_item", "done", 2, "not yes or no"),
    ("activity", "progress", 150, "outside 0–100"),
    ("activity", "due", "2022-02-30", "not a date"),
    ("activity", "funding", "lots", "not a funding status"),
    ("narrative", "year", 99999, "outside 1900–2199"),
    ("entity", "acronym", "X" * 41, "longer than 40"),
    ("entity", "kind", 1, "not an entity kind"),
]


def test_records_that_cannot_be_stored_are_set_aside_and_the_rest_of_the_file_is_applied(
    group, tmp_path: Path
) -> None:
    a, b, other = group
    expected: dict[tuple[str, str], tuple[str, str]] = {}
    for table, column, value, reason in BAD_VALUES:
        like = stored_row(a, table, _first_id(a, table))
        row = new_row(a, table, like["id"], **{column: value})
        expected[(table, row["id"])] = (column, reason)
        other.add(table, row)
    meeting = record_ids(a, Meeting)[0]
    good = new_row(a, "meeting", meeting, title="A good meeting in the same file")
    other.add("meeting", good)
    other.send()
    set_field(b, Meeting, meeting, location="Sent by B")

    report = service.run_round(b)
    assert report.received == 1 and report.sent == 1 and report.quarantined == 0
    assert report.set_aside == len(BAD_VALUES)
    assert get_field(b, Meeting, good["id"], "title") == "A good meeting in the same file"
    found = set_aside(b)
    assert set(found) == set(expected)
    for key, (column, reason) in expected.items():
        record = found[key]
        assert record.field == column and reason in record.reason, (key, record)
        assert record.file == "devices/x/000000000001.update" and record.device_id == "x"
        assert stored_row(b, *key) is None  # never applied half
    every_later_command_works(b, tmp_path)

    # The other laptop of this version sets the same records aside, and the two stay equal.
    rounds(a, b)
    assert get_field(a, Meeting, meeting, "location") == "Sent by B"
    assert set(set_aside(a)) == set(expected)
    assert canonical_dump(a) == canonical_dump(b)
    every_later_command_works(a, tmp_path)


def _first_id(ws: Workspace, table: str) -> str:
    (model,) = [m for m in SYNCED_MODELS if m.__tablename__ == table]
    return record_ids(ws, model)[0]


def test_a_value_that_is_not_a_record_and_a_record_under_another_id_are_set_aside(group) -> None:
    a, b, other = group
    other.table("meeting")[str(uuid.uuid4())] = 5
    row = new_row(a, "meeting", record_ids(a, Meeting)[0])
    key = str(uuid.uuid4())
    other.add("meeting", row, record_id=key)  # its id field says another id
    other.send()
    report = service.run_round(b)
    assert report.received == 1 and report.set_aside == 2
    reasons = {k[1]: (r.field, r.reason) for k, r in set_aside(b).items()}
    assert reasons[key][0] == "id" and "not the key it is filed under" in reasons[key][1]
    assert any("not a record" in reason for _field, reason in reasons.values())


def test_an_existing_record_changed_to_a_bad_value_keeps_its_last_good_version(
    group, tmp_path: Path
) -> None:
    a, b, other = group
    meeting = record_ids(a, Meeting)[0]
    before = stored_row(b, "meeting", meeting)
    other.edit("meeting", meeting, start="garbage", title="Renamed by X")
    other.send()
    report = service.run_round(b)
    assert report.set_aside == 1
    assert stored_row(b, "meeting", meeting) == before  # the last good version, whole
    (record,) = service.status(b).set_aside
    assert (record.table, record.record_id, record.field) == ("meeting", meeting, "start")
    assert "garbage" in record.reason
    every_later_command_works(b, tmp_path)
    # Fixed by a later edit (X's own, or anyone's): applied, and no longer set aside.
    other.edit("meeting", meeting, start="2022-03-16 15:00:00.000000")
    other.send()
    service.run_round(b)
    assert get_field(b, Meeting, meeting, "title") == "Renamed by X"
    assert service.status(b).set_aside == []


# --- references -----------------------------------------------------------------------------------


def test_a_meeting_of_a_group_no_laptop_has_is_named_and_applied_once_the_group_arrives(
    group,
) -> None:
    a, b, other = group
    missing_group = str(uuid.uuid4())
    meeting = new_row(
        a, "meeting", record_ids(a, Meeting)[0], group_id=missing_group, title="Orphan"
    )
    other.add("meeting", meeting)
    item = new_row(a, "agenda_item", record_ids(a, AgendaItem)[0], meeting_id=meeting["id"])
    other.add("agenda_item", item)
    other.send()
    report = service.run_round(b)
    assert report.received == 1
    found = set_aside(b)
    waiting = found[("meeting", meeting["id"])]
    assert waiting.field == "group_id" and missing_group in waiting.reason
    assert "no laptop has sent" in waiting.reason and waiting.waiting
    child = found[("agenda_item", item["id"])]
    assert child.field == "meeting_id" and meeting["id"] in child.reason
    assert any(meeting["id"][:8] in m and "group_id" in m for m in report.messages)
    # The group arrives (from whoever had it): both are applied, and nothing is set aside.
    group_row = new_row(
        a, "working_group", record_ids(a, WorkingGroup)[0], id=missing_group, acronym="LATE"
    )
    other.add("working_group", group_row)
    other.send()
    rounds(a, b)
    assert get_field(b, Meeting, meeting["id"], "title") == "Orphan"
    assert get_field(b, AgendaItem, item["id"], "meeting_id") == meeting["id"]
    assert service.status(b).set_aside == [] and service.status(a).set_aside == []
    assert canonical_dump(a) == canonical_dump(b)


def test_a_local_edit_of_a_set_aside_record_sends_only_what_was_edited(
    group, tmp_path: Path
) -> None:
    """A newer ChairDesk's meeting kind, and a group no laptop has yet: the values this laptop
    cannot apply must survive its own edits of the same records, for when it can."""
    a, b, other = group
    meeting = record_ids(a, Meeting)[0]
    later_group = str(uuid.uuid4())
    other.edit("meeting", meeting, kind="hackathon", title="Hackathon on AI")
    other.send()
    rounds(a, b)
    assert set(set_aside(b)) == {("meeting", meeting)}
    assert get_field(b, Meeting, meeting, "title") == "Q1 meeting"
    set_field(b, Meeting, meeting, location="Vienna")  # B edits the meeting it shows
    rounds(b, a)
    other.catch_up()
    record = other.table("meeting")[meeting]
    assert (record["kind"], record["title"], record["location"]) == (
        "hackathon",
        "Hackathon on AI",
        "Vienna",
    )
    # The same for a record waiting for a reference.
    other.edit("meeting", meeting, kind="regular", group_id=later_group)
    other.send()
    rounds(a, b)
    assert set_aside(b)[("meeting", meeting)].waiting
    set_field(b, Meeting, meeting, summary="Summary typed on B")
    rounds(b, a)
    other.catch_up()
    record = other.table("meeting")[meeting]
    assert (record["group_id"], str(record["summary"])) == (later_group, "Summary typed on B")
    group_row = new_row(
        a, "working_group", record_ids(a, WorkingGroup)[0], id=later_group, acronym="LATE"
    )
    other.add("working_group", group_row)
    other.send()
    rounds(a, b)
    for ws in (a, b):
        assert get_field(ws, Meeting, meeting, "title") == "Hackathon on AI"
        assert get_field(ws, Meeting, meeting, "location") == "Vienna"
        assert get_field(ws, Meeting, meeting, "group_id") == later_group
    assert canonical_dump(a) == canonical_dump(b)


# --- names and sizes --------------------------------------------------------------------------------


@pytest.mark.skipif(
    sys.platform in ("win32", "darwin"), reason="the file system takes any bytes as a name"
)
def test_file_and_folder_names_that_are_not_utf8_stop_nothing(
    group, tuning, tmp_path: Path
) -> None:
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
        return int(
            next(line for line in io.read_text().splitlines() if line.startswith("rchar:")).split()[
                1
            ]
        )

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
    data[header_len - 32 : header_len] = hashlib.sha256(bytes(data[: header_len - 32])).digest()
    return bytes(data[:header_len])


# --- three laptops, after all of it ------------------------------------------------------------------


def test_after_hostile_files_three_laptops_converge_and_pass_their_checks(
    laptops, tuning, tmp_path: Path
) -> None:
    tuning.grace_attempts, tuning.grace_period = 1, timedelta(0)
    a, b, c = laptops(3)
    with a.transaction() as session:
        import_workspace(session, read_workspace_file(SMALL))
    rounds(a, b, c)
    other = OtherLaptop(tmp_path / "shared")
    other.catch_up()
    meeting = record_ids(a, Meeting)[0]
    other.send(b"\x01\x02junk")
    other.add("meeting", new_row(a, "meeting", meeting, kind="hackathon"))
    other.add("meeting", new_row(a, "meeting", meeting, start="garbage"))
    other.add("meeting", new_row(a, "meeting", meeting, group_id=str(uuid.uuid4())))
    other.add("agenda_item", new_row(a, "agenda_item", record_ids(a, AgendaItem)[0], minutes=1e300))
    other.send()
    (tmp_path / "shared" / "devices" / "x" / "Café (conflicted copy).update").write_bytes(
        b"\x89CDSync\njunk"
    )
    for n, ws in enumerate((a, b, c)):  # everyone keeps working meanwhile
        set_field(ws, WorkingGroup, record_ids(ws, WorkingGroup)[0], name=f"Name from laptop {n}")
        set_field(
            ws, Meeting, meeting, **{("location", "summary", "title")[n]: f"Edited on laptop {n}"}
        )
    rounds(a, b, c, times=3)
    dumps = [canonical_dump(ws) for ws in (a, b, c)]
    assert dumps[0] == dumps[1] == dumps[2]
    for ws in (a, b, c):
        st = service.status(ws)
        assert len(st.set_aside) == 4 and len(st.quarantined) == 2
        assert st.pending == 0
        with ws.read() as session:
            assert check_workspace(session) == []
            export_workspace(session)
        assert main(["--workspace", str(ws.path), "check"]) == 0
    assert get_field(c, Meeting, meeting, "location") == "Edited on laptop 0"
    assert get_field(a, Meeting, meeting, "summary").endswith("Edited on laptop 1")


# --- the safety nets ---------------------------------------------------------------------------------


def test_odd_device_names_and_writer_keys_are_ignored(group) -> None:
    a, b, other = group
    meeting = record_ids(a, Meeting)[0]
    devices = other.doc.get("_devices", type=Map)
    devices["x"] = {"name": "not text"}
    devices["y"] = "y" * 10_000
    devices["z"] = "Z's \x00 laptop"
    set_field(b, Meeting, meeting, title="B's title")  # a concurrent edit: the history compares
    other.edit(
        "meeting", meeting, **{"title": "X's title", "title@x": {"a": 1}, "location@x": ["Vienna"]}
    )
    other.send()
    rounds(b, a)
    names = {d.device_id: d.name for d in service.status(b).devices}
    assert names.get("x") is None and "y" not in names and "z" not in names
    assert get_field(a, Meeting, meeting, "title") == get_field(b, Meeting, meeting, "title")
    assert service.status(b).set_aside == []


class PanicException(BaseException):
    """What pyo3 raises when Rust code panics (it derives from BaseException)."""


def test_an_update_that_makes_yrs_panic_is_set_aside_and_the_rest_applied(
    group, monkeypatch
) -> None:
    from pycrdt import Doc

    a, b, other = group
    meeting = record_ids(a, Meeting)[0]
    poison = other.send(b"\x00\x00")  # an empty update, made to panic below
    other.edit("meeting", meeting, title="After the panic")
    other.send()
    real = Doc.apply_update

    def apply_update(doc, update: bytes) -> None:  # noqa: ANN001
        if update == b"\x00\x00":
            real(doc, update)
            raise PanicException("called `Option::unwrap()` on a `None` value")
        real(doc, update)

    monkeypatch.setattr(Doc, "apply_update", apply_update)
    report = service.run_round(b)
    assert report.quarantined == 1 and report.received == 1
    assert get_field(b, Meeting, meeting, "title") == "After the panic"
    (quarantined,) = service.status(b).quarantined
    assert quarantined.path == poison.resolve() and "Yrs" in quarantined.reason


def test_a_record_sqlite_refuses_is_set_aside_even_when_the_rules_let_it_through(
    group, monkeypatch
) -> None:
    from chairdesk.sync import engine

    a, b, other = group
    meeting = record_ids(a, Meeting)[0]
    bad = new_row(a, "meeting", meeting, start=None)  # NOT NULL
    good = new_row(a, "meeting", meeting, title="Good")
    other.add("meeting", bad)
    other.add("meeting", good)
    other.send()
    monkeypatch.setattr(engine, "row_problem", lambda table, row: None)  # rules that miss it
    report = service.run_round(b)
    assert report.received == 1 and report.set_aside == 1
    assert get_field(b, Meeting, good["id"], "title") == "Good"
    (record,) = service.status(b).set_aside
    assert (
        record.record_id == bad["id"]
        and "NOT NULL constraint failed: meeting.start" in record.reason
    )


def test_a_bug_while_receiving_still_lets_this_laptop_send(group, monkeypatch) -> None:
    from chairdesk.sync import engine

    a, b, other = group
    other.edit("meeting", record_ids(a, Meeting)[0], title="Renamed by X")
    other.send()
    set_field(b, WorkingGroup, record_ids(b, WorkingGroup)[0], name="Renamed on B")

    def broken(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise RuntimeError("a bug in this version")

    monkeypatch.setattr(engine, "materialize", broken)
    with pytest.raises(service.SyncError, match="were sent and nothing was lost"):
        service.run_round(b)
    monkeypatch.undo()
    service.run_round(a)
    assert get_field(a, WorkingGroup, record_ids(a, WorkingGroup)[0], "name") == "Renamed on B"
    service.run_round(b)  # the bug fixed: what failed is received now
    assert get_field(b, Meeting, record_ids(b, Meeting)[0], "title") == "Renamed by X"


def test_the_log_takes_a_file_name_that_is_not_utf8(tmp_path: Path, capsys) -> None:  # noqa: ANN001
    import logging

    from chairdesk.applog import setup_logging

    path = setup_logging(tmp_path)
    handler = next(
        h for h in logging.getLogger().handlers if getattr(h, "baseFilename", None) == str(path)
    )
    try:
        logging.getLogger("chairdesk.sync.folder").warning(
            "cannot read %s", os.fsdecode(b"Caf\xe9.update")
        )
        handler.flush()
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    assert "cannot read Caf\\udce9.update" in path.read_text(encoding="utf-8")
    assert "Logging error" not in capsys.readouterr().err


def test_records_that_wait_for_a_parent_in_a_later_batch_of_the_same_round_are_no_news(
    group, tuning, tmp_path: Path
) -> None:
    a, b, other = group
    tuning.batch = 1  # each file in a transaction of its own
    meeting = new_row(a, "meeting", record_ids(a, Meeting)[0], title="Sent second, applied first")
    item = new_row(a, "agenda_item", record_ids(a, AgendaItem)[0], meeting_id=meeting["id"])
    late = OtherLaptop(tmp_path / "shared", device_id="z")  # applied after x's file
    late.catch_up()
    late.add("meeting", meeting)
    late.send()
    other.add("agenda_item", item)  # x's file: the item, before its meeting
    other.send()
    report = service.run_round(b)
    assert report.received == 2 and report.set_aside == 0 and report.messages == []
    assert get_field(b, AgendaItem, item["id"], "meeting_id") == meeting["id"]
    assert service.status(b).set_aside == []


def test_a_laptop_that_unlinks_and_links_again_keeps_what_it_set_aside(
    group, tmp_path: Path
) -> None:
    a, b, other = group
    meeting = record_ids(a, Meeting)[0]
    other.edit("meeting", meeting, kind="hackathon")
    other.send()
    rounds(a, b)
    assert set(set_aside(b)) == {("meeting", meeting)}
    service.unlink(b)
    set_field(b, Meeting, meeting, title="Renamed while unlinked")
    service.link(b, tmp_path / "shared", device_name="Back again")
    rounds(b, a)
    assert set(set_aside(b)) == {("meeting", meeting)}
    other.catch_up()
    record = other.table("meeting")[meeting]
    assert (record["kind"], record["title"]) == ("hackathon", "Renamed while unlinked")


# --- any value in any field ----------------------------------------------------------------------------

ANY_VALUE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**63), 2**63 - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=30),
    st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=3),
    st.sampled_from(
        [
            "",
            "2022-03-15",
            "2022-03-15 14:00:00.000000",
            "2022-13-01",
            "1899-12-31",
            "9999-12-31 23:59:59.999999",
            "regular",
            "in_focus",
            "lead",
            "a0",
            "a1V",
            "Zz",
            "x" * 301,
            str(uuid.uuid4()),
            "2022-03-15T14:00:00",
        ]
    ),
    # (Yjs numbers: 64-bit integers or doubles; pycrdt cannot even write a bigger integer)
    st.lists(st.integers(-(2**63), 2**63 - 1), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(-(2**63), 2**63 - 1), max_size=2),
)
_WORLD: dict[str, object] = {}
# What `check` may rightly say of a value that is storable but odd (an end before its start,
# an acronym made a duplicate): findings, never a crash or a value it cannot read.
SEMANTIC = ("is before", "duplicate", "shares its position", "starts", "recorded twice")


def _world(tmp_path_factory) -> tuple:  # noqa: ANN001
    if not _WORLD:
        root = tmp_path_factory.mktemp("any-value")
        laptops = []
        for n in range(2):
            ws = quick_workspace(root / f"laptop{n}" / "workspace.sqlite3")
            service.link(ws, root / "shared", device_name=f"Laptop {n}")
            laptops.append(ws)
        with laptops[0].transaction() as session:
            _fill(session)
        rounds(*laptops)
        other = OtherLaptop(root / "shared")
        other.catch_up()
        _WORLD.update(a=laptops[0], b=laptops[1], other=other, root=root, examples=0)
    return _WORLD["a"], _WORLD["b"], _WORLD["other"], _WORLD["root"]


@pytest.fixture(scope="module", autouse=True)
def _close_world():  # noqa: ANN202
    yield
    for key in ("a", "b"):
        if key in _WORLD:
            _WORLD[key].close()
    _WORLD.clear()


COLUMNS_OF = [(m.__tablename__, c.name) for m in SYNCED_MODELS for c in m.__table__.columns]


@settings(
    max_examples=int(os.environ.get("CHAIRDESK_HOSTILE_EXAMPLES", "120")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(field=st.sampled_from(COLUMNS_OF), value=ANY_VALUE)
def test_any_value_in_any_field_is_applied_or_set_aside_and_breaks_nothing(
    tmp_path_factory, field, value
) -> None:
    a, b, other, root = _world(tmp_path_factory)
    table, column = field
    record_id = _first_id(a, table)
    other.edit(table, record_id, **{column: value})
    other.send()
    report = service.run_round(b)
    assert report.received == 1 and report.quarantined == 0
    row = stored_row(b, table, record_id)
    aside = set_aside(b).get((table, record_id))
    if aside is None:  # applied, then it is storable
        assert row_problem(table, row) is None
    with b.read() as session:
        problems = check_workspace(session)
        export_workspace(session)
    assert [str(p) for p in problems if not any(word in p.message for word in SEMANTIC)] == []
    _WORLD["examples"] += 1
    if _WORLD["examples"] % 40 == 0:  # the Word exports, now and then (they take a second)
        every_later_command_works(b, root)
