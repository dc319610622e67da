"""Two real data folders and one shared folder, driven through the command line only."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SMALL = REPO / "tests" / "data" / "small-workspace.json"

pytestmark = pytest.mark.slow

OTHER = {
    "format": "chairdesk-workspace",
    "version": 1,
    "entities": [
        {"acronym": "UNODC", "name": "UN Office on Drugs and Crime", "kind": "un"},
        {"acronym": "UNOCT", "name": "UN Office of Counter-Terrorism", "kind": "un"},
    ],
    "working_groups": [
        {
            "acronym": "BSMCT",
            "name": "Border Management",
            "pillar": "III",
            "mandate": "Управление границами",
            "objectives": "边境管理",
        }
    ],
    "chair_terms": [
        {"group": "BSMCT", "entity": "UNODC", "start": "2022-01-01", "end": "2022-12-31"}
    ],
    "meetings": [
        {
            "group": "BSMCT",
            "title": "اجتماع",
            "start": "2022-05-10T10:00",
            "kind": "in_focus",
            "mode": "hybrid",
            "location": "Vienna",
            "agenda": [{"title": "Opening", "presenter": "UNOCT", "minutes": 5}],
            "attendance": ["UNODC"],
            "summary": "Summary 🇺🇳",
        }
    ],
}


def chairdesk(data: Path, *args: str, env: dict | None = None, check: bool = True) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "chairdesk", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, **(env or {})},
        timeout=120,
    )
    if check:
        assert result.returncode == 0, result.stderr + result.stdout
    return result.stdout + result.stderr


def test_two_data_folders_converge_through_the_command_line(tmp_path: Path) -> None:
    one, two, shared = tmp_path / "one", tmp_path / "two", tmp_path / "shared"
    other = tmp_path / "other.json"
    other.write_text(json.dumps(OTHER, ensure_ascii=False), encoding="utf-8")
    chairdesk(one, "import", str(SMALL))
    chairdesk(two, "import", str(other))

    out = chairdesk(one, "sync", "link", str(shared), "--name", "Chair's laptop")
    assert "Created the shared workspace" in out and "Sent 1" in out
    # Two's own group (BSMCT) is not in the shared workspace: joining adds it, when asked to.
    refused = subprocess.run(
        [sys.executable, "-m", "chairdesk", "--data-dir", str(two), "sync", "link", str(shared)],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert refused.returncode == 2
    assert "already holds 1 working group(s)" in refused.stderr and "--add-local" in refused.stderr
    assert "Not linked" in chairdesk(two, "sync", "status")
    out = chairdesk(two, "sync", "link", str(shared), "--name", "Secretariat", "--add-local")
    assert "Joined the shared workspace" in out and "received 1" in out
    chairdesk(one, "sync")

    # The same meeting edited on both laptops before they sync again.
    chairdesk(one, "export", "json", "-o", str(tmp_path / "before.json"))
    exported = json.loads((tmp_path / "before.json").read_text(encoding="utf-8"))
    (q1,) = [m for m in exported["meetings"] if m["title"] == "Q1 meeting"]
    for data, summary, location in (
        (one, q1["summary"] + " — agreed by the chair", "Geneva"),
        (two, "Secretariat's note. " + q1["summary"], None),
    ):
        edit = {
            "format": "chairdesk-workspace",
            "version": 1,
            "meetings": [{**q1, "summary": summary, "location": location or q1["location"]}],
        }
        path = tmp_path / f"edit-{data.name}.json"
        path.write_text(json.dumps(edit, ensure_ascii=False), encoding="utf-8")
        chairdesk(data, "import", str(path))

    for _ in range(2):
        out1 = chairdesk(one, "sync")
        out2 = chairdesk(two, "sync")
    assert "Sent 0, received 0, skipped 0, quarantined 0" in out1 + out2

    chairdesk(one, "export", "json", "-o", str(tmp_path / "one.json"))
    chairdesk(two, "export", "json", "-o", str(tmp_path / "two.json"))
    first = (tmp_path / "one.json").read_text(encoding="utf-8")
    assert first == (tmp_path / "two.json").read_text(encoding="utf-8")
    merged = json.loads(first)
    assert {g["acronym"] for g in merged["working_groups"]} == {"ETCIP", "BSMCT"}
    assert {e["acronym"] for e in merged["entities"]} >= {
        "UNICRI",
        "OPCW",
        "INTERPOL",
        "UNODC",
        "UNOCT",
    }
    (q1,) = [m for m in merged["meetings"] if m["title"] == "Q1 meeting"]
    assert q1["summary"] == "Secretariat's note. s — agreed by the chair"
    assert q1["location"] == "Geneva"
    (other_meeting,) = [m for m in merged["meetings"] if m["title"] == "اجتماع"]
    assert other_meeting["summary"] == "Summary 🇺🇳"
    for data in (one, two):
        assert "no problems found" in chairdesk(data, "check")

    status = chairdesk(two, "sync", "status")
    assert "Chair's laptop" in status and "Secretariat" in status and "Pending:      0" in status
    out = chairdesk(one, "sync", "rename", "Chair's new laptop")
    assert 'This device is now "Chair\'s new laptop"' in out
    chairdesk(one, "sync")
    chairdesk(two, "sync")
    status = chairdesk(two, "sync", "status")
    assert "Chair's new laptop" in status and "Chair's laptop " not in status
    empty = subprocess.run(
        [sys.executable, "-m", "chairdesk", "--data-dir", str(one), "sync", "rename", " "],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert empty.returncode == 2 and "needs a name" in empty.stderr
    out = chairdesk(two, "sync", "unlink")
    assert "Unlinked" in out
    assert "Not linked" in chairdesk(two, "sync", "status")


def test_sync_without_a_link_says_how_to_link(tmp_path: Path) -> None:
    chairdesk(tmp_path / "data", "import", str(SMALL))
    out = chairdesk(tmp_path / "data", "sync", check=False)
    assert "chairdesk sync link FOLDER" in out


def test_an_encrypted_folder_through_the_command_line(tmp_path: Path) -> None:
    one, two, shared = tmp_path / "one", tmp_path / "two", tmp_path / "shared"
    chairdesk(one, "import", str(SMALL))
    secret = {"MY_PASSPHRASE": "a long workspace passphrase"}
    out = chairdesk(
        one, "sync", "link", str(shared), "--passphrase-env", "MY_PASSPHRASE", env=secret
    )
    assert "(encrypted)" in out
    wrong = chairdesk(
        two,
        "sync",
        "link",
        str(shared),
        "--passphrase-env",
        "MY_PASSPHRASE",
        env={"MY_PASSPHRASE": "wrong"},
        check=False,
    )
    assert "wrong passphrase" in wrong
    chairdesk(two, "sync", "link", str(shared), "--passphrase-env", "MY_PASSPHRASE", env=secret)
    export = tmp_path / "two.json"
    chairdesk(two, "export", "json", "-o", str(export))
    assert "ETCIP" in export.read_text(encoding="utf-8")


def _workspace_id(shared: Path) -> str:
    return json.loads((shared / "workspace.json").read_text(encoding="utf-8"))["workspace_id"]


def test_a_file_that_is_not_an_update_stops_nothing_through_the_command_line(
    tmp_path: Path,
) -> None:
    """The issue's reproduction: a well-framed update whose payload is junk."""
    from chairdesk.sync import fileformat

    one, two, shared = tmp_path / "one", tmp_path / "two", tmp_path / "shared"
    chairdesk(one, "import", str(SMALL))
    chairdesk(one, "sync", "link", str(shared), "--name", "Chair's laptop")
    chairdesk(two, "sync", "link", str(shared), "--name", "Secretariat")
    bad = shared / "devices" / "x" / "000000000001.update"
    bad.parent.mkdir(parents=True)
    bad.write_bytes(
        fileformat.encode(
            b"\x01\x02junk", workspace_id=_workspace_id(shared), device_id="x", seq=1, kind="update"
        )
    )
    chairdesk(
        two,
        "narrative",
        "set",
        "--group",
        "ETCIP",
        "--year",
        "2022",
        "--section",
        "advocacy",
        "--text",
        "Written on the secretariat's laptop",
    )
    for data in (two, one):
        out = chairdesk(data, "sync")  # exit status 0, no traceback
        assert "quarantined 1" in out and "devices/x/000000000001.update" in out
        assert "Traceback" not in out
        status = chairdesk(data, "sync", "status")
        assert "Quarantined files: 1" in status and str(bad) in status
        assert "not a ChairDesk update" in status
    assert "Written on the secretariat's laptop" in chairdesk(
        one, "narrative", "show", "--group", "ETCIP", "--year", "2022"
    )
    assert "quarantined 0" in chairdesk(two, "sync")


def test_a_meeting_kind_from_a_newer_chairdesk_waits_here_and_comes_back_whole_after_the_update(
    tmp_path: Path,
) -> None:
    newer = [sys.executable, str(REPO / "tests" / "sync" / "newer_chairdesk.py")]

    def newer_chairdesk(data: Path, *args: str) -> str:
        result = subprocess.run(
            [*newer, "--data-dir", str(data), *args],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr + result.stdout
        return result.stdout

    ahead, behind, shared = tmp_path / "ahead", tmp_path / "behind", tmp_path / "shared"
    newer_chairdesk(ahead, "import", str(SMALL))
    newer_chairdesk(ahead, "sync", "link", str(shared), "--name", "Updated laptop")
    chairdesk(behind, "sync", "link", str(shared), "--name", "Laptop not yet updated")
    hackathon = newer_chairdesk(
        ahead,
        "meeting",
        "new",
        "--group",
        "ETCIP",
        "--start",
        "2022-05-10 09:00",
        "--kind",
        "hackathon",
        "--title",
        "Counter-terrorism AI hackathon",
    ).strip()
    newer_chairdesk(ahead, "meeting", "set", hackathon, "--location", "Vienna")
    newer_chairdesk(ahead, "sync")

    out = chairdesk(behind, "sync")  # the older ChairDesk: no crash, the rest applied
    assert "set aside 1 record(s)" in out and "hackathon" in out
    status = chairdesk(behind, "sync", "status")
    assert "Records set aside: 1" in status
    assert (
        f"meeting {hackathon} “Counter-terrorism AI hackathon”: kind: 'hackathon' is not a meeting kind"
        in status
    )
    assert "no problems found" in chairdesk(behind, "check")
    chairdesk(behind, "export", "json", "-o", str(tmp_path / "behind.json"))
    titles = [
        m["title"]
        for m in json.loads((tmp_path / "behind.json").read_text(encoding="utf-8"))["meetings"]
    ]
    assert titles == ["Q1 meeting"]
    # Meanwhile the older laptop edits a meeting, and the newer one changes its hackathon again.
    chairdesk(
        behind,
        "narrative",
        "set",
        "--group",
        "ETCIP",
        "--year",
        "2022",
        "--section",
        "advocacy",
        "--text",
        "Typed before the update",
    )
    chairdesk(behind, "sync")
    newer_chairdesk(ahead, "sync")

    # The laptop is updated: its first round brings the meeting in, exactly as written.
    out = newer_chairdesk(behind, "sync")
    assert "1 record(s) set aside before are applied now" in out
    assert "Records set aside: 0" in newer_chairdesk(behind, "sync", "status")
    for data in (ahead, behind):
        newer_chairdesk(data, "export", "json", "-o", str(tmp_path / f"{data.name}.json"))
    exported = {
        data.name: json.loads((tmp_path / f"{data.name}.json").read_text(encoding="utf-8"))
        for data in (ahead, behind)
    }
    assert exported["ahead"] == exported["behind"]
    (meeting,) = [m for m in exported["behind"]["meetings"] if m["id"] == hackathon]
    assert (meeting["kind"], meeting["title"], meeting["location"], meeting["start"]) == (
        "hackathon",
        "Counter-terrorism AI hackathon",
        "Vienna",
        "2022-05-10T09:00",
    )
    (narrative,) = exported["ahead"]["narratives"]
    assert narrative["text"] == "Typed before the update"


def test_remember_passphrase_without_a_keychain_warns(tmp_path: Path) -> None:
    """A headless machine has no keychain: the chair must know to give the passphrase again."""
    one, two, shared = tmp_path / "one", tmp_path / "two", tmp_path / "shared"
    no_keychain = {
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "MY_PASSPHRASE": "a long workspace passphrase",
    }
    chairdesk(one, "import", str(SMALL))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "chairdesk",
            "--data-dir",
            str(one),
            "sync",
            "link",
            str(shared),
            "--passphrase-env",
            "MY_PASSPHRASE",
            "--remember-passphrase",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, **no_keychain},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "(encrypted)" in result.stdout
    assert "warning: --remember-passphrase: there is no keychain on this computer" in result.stderr
    assert "--passphrase-env" in result.stderr and "CHAIRDESK_SYNC_PASSPHRASE" in result.stderr

    plain = tmp_path / "plain"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "chairdesk",
            "--data-dir",
            str(two),
            "sync",
            "link",
            str(plain),
            "--remember-passphrase",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        env={**os.environ, **no_keychain},
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "warning: --remember-passphrase: the shared workspace is not encrypted" in result.stderr
