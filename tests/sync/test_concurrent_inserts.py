"""Two laptops adding at the same place, then syncing: routine use, not a problem.

Each laptop appends after the same last item, so both new records get the same
position key. Every reader must then put them in the same order on every laptop
(position, then id), and `chairdesk check` must not call it a problem.
"""

from __future__ import annotations

import json
from pathlib import Path

from docx import Document

from chairdesk.cli import main


def run(capsys, data: Path, *args: str) -> str:  # noqa: ANN001
    status = main(["--data-dir", str(data), *args])
    out = capsys.readouterr()
    assert status == 0, out.err + out.out
    return out.out


def test_action_items_added_on_two_laptops_order_alike_everywhere_and_check_passes(
    tmp_path: Path, small_file: Path, capsys
) -> None:
    one, two, shared = tmp_path / "one", tmp_path / "two", tmp_path / "shared"
    run(capsys, one, "import", str(small_file))
    run(capsys, one, "sync", "link", str(shared), "--name", "one")
    run(capsys, two, "sync", "link", str(shared), "--name", "two")
    meeting = run(capsys, one, "meetings", "--group", "ETCIP").split()[0]

    # Offline, each laptop adds an action item at the end of the same list, and an agenda item.
    for data in (one, two):
        run(capsys, data, "action", "add", meeting, "--text", f"Follow-up from {data.name}")
        run(
            capsys,
            data,
            "agenda",
            "add",
            meeting,
            "--title",
            f"Item from {data.name}",
            "--minutes",
            "5",
        )
    for data in (one, two, one):
        run(capsys, data, "sync")

    exports = {}
    for data in (one, two):
        run(capsys, data, "export", "json", "-o", str(tmp_path / f"{data.name}.json"))
        exports[data] = json.loads((tmp_path / f"{data.name}.json").read_text("utf-8"))
    (m1,) = [m for m in exports[one]["meetings"] if m["id"].startswith(meeting)]
    actions = [a["text"] for a in m1["actions"]]
    assert {"Follow-up from one", "Follow-up from two"} <= set(actions), (
        "both laptops' items arrived"
    )

    from chairdesk.store.database import open_workspace
    from chairdesk.store.models import ActionItem

    ws = open_workspace(one / "workspace.sqlite3", one / "backups")
    with ws.read() as session:
        new = [a for a in session.query(ActionItem) if a.text.startswith("Follow-up from")]
    ws.close()
    assert new[0].position == new[1].position, "the premise: both laptops chose the same key"

    # Every reader, on every laptop, shows the same order.
    assert exports[one] == exports[two]
    shown = {data: run(capsys, data, "meeting", "show", meeting) for data in (one, two)}
    assert shown[one] == shown[two]
    tie_break = [a.text for a in sorted(new, key=lambda a: a.id)]
    printed = [line for line in shown[one].splitlines() if "Follow-up from" in line]
    assert [next(t for t in tie_break if t in line) for line in printed] == tie_break
    minutes = {}
    for data in (one, two):
        target = tmp_path / f"minutes-{data.name}.docx"
        run(capsys, data, "export", "minutes", "--meeting", meeting, "-o", str(target))
        texts = [p.text for p in Document(str(target)).paragraphs] + [
            cell.text
            for table in Document(str(target)).tables
            for row in table.rows
            for cell in row.cells
        ]
        minutes[data] = [t for t in texts if t.startswith("Follow-up from")]
    assert minutes[one] == minutes[two] == tie_break

    # And the check finds nothing to report.
    for data in (one, two):
        status = main(["--data-dir", str(data), "check"])
        out = capsys.readouterr().out
        assert status == 0, out
        assert "shares its position" not in out and "no problems found" in out


def test_records_sharing_a_position_read_in_id_order_by_every_reader(
    workspace, small_file: Path, capsys
) -> None:
    """Ties written the way a merge leaves them: the later-created record has the smaller id."""
    from sqlalchemy import select

    from chairdesk.store.interchange import (
        dump_json,
        export_workspace,
        import_workspace,
        read_workspace_file,
    )
    from chairdesk.store.models import Activity, Output, RotationPlan, RotationSlot

    with workspace.transaction() as session:
        import_workspace(session, read_workspace_file(small_file))
    with workspace.transaction() as session:
        output = session.scalars(select(Output)).one()
        first = session.scalars(select(Activity)).one()
        plan = session.scalars(select(RotationPlan)).one()
        slot = session.scalars(select(RotationSlot).order_by(RotationSlot.position)).first()
        for code, prefix in (("A8", "ffffffff"), ("A9", "00000000")):  # made in this order
            session.add(
                Activity(
                    id=f"{prefix}-0000-4000-8000-000000000000",
                    output_id=output.id,
                    position=first.position + "V",
                    code=code,
                    title=f"Activity {code}",
                )
            )
            session.flush()
        session.add(
            RotationSlot(
                id="00000000-0000-4000-8000-000000000001",
                plan_id=plan.id,
                entity_id=slot.entity_id,
                position=slot.position,
            )
        )
    ws_path = workspace.path
    workspace.close()

    assert main(["--workspace", str(ws_path), "activity", "list", "--group", "ETCIP"]) == 0
    listed = [line.split()[1] for line in capsys.readouterr().out.splitlines()]
    assert listed == ["A1", "A9", "A8"], "ties in id order, not in the order they were written"

    with workspace.read() as session:
        exported = json.loads(dump_json(export_workspace(session)))
        plan = session.scalars(select(RotationPlan)).one()
        slot_ids = [s.id for s in plan.slots]
    codes = [a["code"] for a in exported["work_plans"][0]["outputs"][0]["activities"]]
    assert codes == ["A1", "A9", "A8"]
    assert slot_ids[0] == "00000000-0000-4000-8000-000000000001", (
        "the relationship orders ties by id too"
    )
    assert main(["--workspace", str(ws_path), "check"]) == 0
