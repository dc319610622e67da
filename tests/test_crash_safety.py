"""A process killed in the middle of a burst of edits loses at most the edit in flight.

A real subprocess makes edits through the store's operations, one transaction
each (a meeting's title changed and an agenda item added, alternately at the
end and at the top), printing a counter after each commit. It is SIGKILLed
mid-burst; the database must then pass `chairdesk check` (SQLite integrity and
the data's own rules) and hold every edit reported committed.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from sqlalchemy import select

from chairdesk.cli import main
from chairdesk.store.database import Workspace, open_workspace
from chairdesk.store.interchange import import_workspace, read_workspace_file
from chairdesk.store.models import AgendaItem, Meeting

REPO = Path(__file__).resolve().parent.parent

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is a POSIX signal"),
]

BURST = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from chairdesk.store.database import open_workspace
    from chairdesk.store.ops.meetings import add_agenda_item, update_meeting

    path, meeting_id = Path(sys.argv[1]), sys.argv[2]
    ws = open_workspace(path, path.parent / "backups")
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        with ws.transaction() as session:
            update_meeting(session, meeting_id, title=f"Edit {n}")
            add_agenda_item(session, meeting_id, f"Item {n}", index=None if n % 2 else 0)
        print(n, flush=True)
    """
)


def _meeting_id(ws: Workspace) -> str:
    with ws.read() as session:
        return session.scalars(select(Meeting.id).where(Meeting.deleted.is_(False))).first()


@pytest.mark.parametrize("seed", [1, 2])
def test_killed_mid_burst_keeps_every_committed_edit(
    tmp_path: Path, data_dir: Path, small_file: Path, capsys, seed: int
) -> None:
    path = data_dir / "workspace.sqlite3"
    ws = open_workspace(path, data_dir / "backups")
    with ws.transaction() as session:
        import_workspace(session, read_workspace_file(small_file))
    meeting_id = _meeting_id(ws)
    with ws.read() as session:
        items_before = len(
            session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)).all()
        )
    ws.close()

    kill_after = random.Random(seed).randint(40, 160)
    env = dict(
        os.environ,
        PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", BURST, str(path), meeting_id],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    reported: list[int] = []
    try:
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        for line in proc.stdout:
            reported.append(int(line))
            if reported[-1] >= kill_after:
                proc.send_signal(signal.SIGKILL)  # mid-burst: the next transaction is under way
                break
    finally:
        if proc.poll() is None:
            proc.kill()
        rest, errors = proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, errors
    reported += [int(line) for line in rest.split()]  # printed before the kill, read after
    last = reported[-1]
    assert reported == list(range(1, last + 1))

    # The database is whole and consistent.
    capsys.readouterr()
    assert main(["--workspace", str(path), "check"]) == 0, capsys.readouterr().out
    assert "no problems found" in capsys.readouterr().out

    # Every edit reported committed is there; at most the one in flight (committed, not yet reported).
    ws = open_workspace(path, data_dir / "backups")
    try:
        with ws.read() as session:
            title = session.get(Meeting, meeting_id).title
            added = session.scalars(
                select(AgendaItem.title).where(
                    AgendaItem.meeting_id == meeting_id, AgendaItem.title.like("Item %")
                )
            ).all()
            total = len(
                session.scalars(select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)).all()
            )
    finally:
        ws.close()
    committed = int(title.removeprefix("Edit "))
    assert committed in (last, last + 1), f"reported {last}, the database has {committed}"
    assert sorted(int(t.removeprefix("Item ")) for t in added) == list(range(1, committed + 1))
    assert total == items_before + committed
