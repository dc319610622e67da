"""The JSON interchange format: round trips, updates by id, and bad input refused whole."""

from __future__ import annotations

import copy
import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from chairdesk.cli import main
from chairdesk.paths import resource_path
from chairdesk.store import interchange
from chairdesk.store.interchange import export_workspace, import_workspace, parse_workspace
from chairdesk.store.interchange_format import json_schema
from chairdesk.store.models import AgendaItem, Meeting
from tests.conftest import snapshot


def _import(ws, doc: dict):
    with ws.transaction() as session:
        return import_workspace(session, parse_workspace(json.dumps(doc).encode()))


def _export(ws) -> dict:
    with ws.read() as session:
        return export_workspace(session)


def test_export_import_export_is_identical(workspace, small_doc, tmp_path, capsys) -> None:
    _import(workspace, small_doc)
    first = tmp_path / "first.json"
    assert main(["export", "json", "-o", str(first)]) == 0

    other = tmp_path / "other-data"
    assert main(["--data-dir", str(other), "import", str(first)]) == 0
    second = tmp_path / "second.json"
    assert main(["--data-dir", str(other), "export", "json", "-o", str(second)]) == 0

    assert first.read_bytes() == second.read_bytes()
    exported = json.loads(first.read_text(encoding="utf-8"))
    meeting = exported["meetings"][0]
    assert meeting["start"] == "2022-03-15T14:00"
    assert [item["title"] for item in meeting["agenda"]] == ["Opening", "A1 update"]
    assert meeting["agenda"][1]["activity"] == "A1"
    assert meeting["attendance"] == ["OPCW", "UNICRI"]
    assert exported["work_plans"][0]["outputs"][0]["activities"][0]["lead"] == ["UNICRI"]
    assert all(uuid.UUID(e["id"]) for e in exported["entities"])


def test_an_export_is_laid_out_from_the_records_read_and_leaves_the_trash_out(
    workspace, small_doc
) -> None:
    from chairdesk.store.interchange import interchange_document, workspace_records

    _import(workspace, small_doc)
    with workspace.transaction() as session:
        trashed = session.scalars(select(Meeting)).first()
        trashed.deleted = True
    with workspace.read() as session:
        records = workspace_records(session)
    laid_out = interchange_document(records)  # after the session: no database needed
    assert laid_out == _export(workspace)
    assert trashed.id not in {m["id"] for m in laid_out["meetings"]}
    assert {e["acronym"] for e in laid_out["entities"]} >= {"OPCW", "UNICRI"}


def test_importing_the_same_file_twice_changes_nothing(workspace, small_doc) -> None:
    _import(workspace, small_doc)
    before = snapshot(workspace)
    report = _import(workspace, small_doc)
    assert report.summary() == "nothing to change"
    assert snapshot(workspace) == before


def test_a_record_whose_id_exists_is_updated(workspace, small_doc) -> None:
    _import(workspace, small_doc)
    exported = _export(workspace)
    meeting_id = exported["meetings"][0]["id"]

    edited = copy.deepcopy(exported)
    edited["meetings"][0]["title"] = "First quarterly meeting of 2022"
    edited["meetings"][0]["agenda"].reverse()
    report = _import(workspace, edited)

    assert report.updated["meeting"] == 1 and report.created.get("meeting", 0) == 0
    with workspace.read() as session:
        meetings = session.scalars(select(Meeting)).all()
        assert [(m.id, m.title) for m in meetings] == [
            (meeting_id, "First quarterly meeting of 2022")
        ]
        agenda = session.scalars(
            select(AgendaItem.title)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.position)
        ).all()
    assert agenda == ["A1 update", "Opening"]


def test_a_record_in_the_trash_is_restored_by_importing_it(workspace, small_doc) -> None:
    _import(workspace, small_doc)
    exported = _export(workspace)
    with workspace.transaction() as session:
        session.scalars(select(Meeting)).one().deleted = True
    assert _export(workspace)["meetings"] == []
    _import(workspace, exported)
    assert _export(workspace) == exported


def test_shipped_json_schema_is_the_formats_own() -> None:
    shipped = json.loads(
        resource_path("schema", "chairdesk-workspace.schema.json").read_text("utf-8")
    )
    assert shipped == json_schema(), (
        "regenerate it: chairdesk schema > resources/schema/chairdesk-workspace.schema.json"
    )


# ---------------------------------------------------------------------------
# Bad input: one clear message naming the place, exit status 2, nothing written.


def _edit(path: str, value):
    """An edit of the small file: set (or with value=KeyError, remove) the field at `path`."""

    def apply(doc: dict) -> None:
        *parents, last = path
        target = doc
        for key in parents:
            target = target[key]
        if value is KeyError:
            del target[last]
        else:
            target[last] = value

    return apply


ONE_ID = "1b4e28ba-2fa1-41d2-883f-0016d3cca427"


def _second_meeting(doc: dict, agenda_id: str) -> None:
    second = copy.deepcopy(doc["meetings"][0])
    second["start"], second["end"] = "2022-06-14T14:00", "2022-06-14T15:30"
    doc["meetings"].append(second)
    for meeting in doc["meetings"]:
        meeting["agenda"][0]["id"] = agenda_id


BAD_DOCUMENTS = {
    "wrong format": (
        _edit(["format"], "excel"),
        'format: not a ChairDesk workspace file (expected "chairdesk-workspace")',
    ),
    "newer version": (
        _edit(["version"], 2),
        "version: version 2 is newer than this ChairDesk reads (up to 1); update ChairDesk",
    ),
    "missing field": (
        _edit(["meetings", 0, "start"], KeyError),
        "meetings[0].start: required field is missing",
    ),
    "bad date": (
        _edit(["memberships", 0, "start"], "2020-02-30"),
        "memberships[0].start: not a date (expected YYYY-MM-DD)",
    ),
    "bad date-time": (
        _edit(["meetings", 0, "start"], "15 March 2022"),
        "meetings[0].start: not a date-time (expected YYYY-MM-DDTHH:MM)",
    ),
    "unknown entity": (
        _edit(["meetings", 0, "attendance", 1], "UNKNOWN"),
        "meetings[0].attendance[1]: unknown entity 'UNKNOWN'",
    ),
    "unknown activity": (
        _edit(["meetings", 0, "agenda", 1, "activity"], "Z9"),
        "meetings[0].agenda[1].activity: unknown activity 'Z9' in ETCIP's work plans",
    ),
    "unknown group": (
        _edit(["narratives", 0, "group"], "XYZ"),
        "narratives[0].group: unknown working group 'XYZ'",
    ),
    "duplicate acronym": (
        _edit(["entities", 2, "acronym"], "OPCW"),
        "entities[2].acronym: duplicate acronym 'OPCW' (also entities[1])",
    ),
    "negative duration": (
        _edit(["meetings", 0, "agenda", 0, "minutes"], -5),
        "meetings[0].agenda[0].minutes: must not be negative",
    ),
    "end before start": (
        _edit(["chair_terms", 1, "end"], "2022-06-01"),
        "chair_terms[1].end: ends (2022-06-01) before it starts (2022-07-01)",
    ),
    "overlapping chair terms": (
        _edit(["chair_terms", 1, "start"], "2022-06-01"),
        "chair_terms[1].start: overlaps the term of UNICRI starting 2022-01-01",
    ),
    "unknown choice": (
        _edit(["meetings", 0, "kind"], "plenary"),
        "meetings[0].kind: not one of 'regular', 'in_focus', 'special', 'briefing' or 'workshop'",
    ),
    "progress over 100": (
        _edit(["work_plans", 0, "outputs", 0, "activities", 0, "progress"], 150),
        "work_plans[0].outputs[0].activities[0].progress: out of range (input should be less than or equal to 100)",
    ),
    "not a whole number": (
        _edit(["meetings", 0, "agenda", 0, "minutes"], "ten"),
        "meetings[0].agenda[0].minutes: not a whole number",
    ),
    # Values every later command must be able to handle (issue 14): refused where they are.
    "U+0001 in a title": (
        _edit(["meetings", 0, "title"], "Q1\x01"),
        "meetings[0].title: contains the control character U+0001 at position 3",
    ),
    "NUL in notes": (
        _edit(["meetings", 0, "agenda", 1, "notes"], "a\x00b"),
        "meetings[0].agenda[1].notes: contains the control character U+0000 at position 2",
    ),
    "U+FFFF in a narrative": (
        _edit(["narratives", 0, "text"], "\uffff"),
        "narratives[0].text: contains the control character U+FFFF at position 1",
    ),
    "vertical tab in a name": (
        _edit(["entities", 1, "name"], "Organisation\x0bfor"),
        "entities[1].name: contains the control character U+000B at position 13",
    ),
    "lone surrogate in a decision": (
        _edit(["meetings", 0, "decisions", 0], "\ud800"),
        "meetings[0].decisions[0]: contains the control character U+D800 at position 1",
    ),
    "meeting in 9999": (
        _edit(["meetings", 0, "start"], "9999-03-15T14:00"),
        "meetings[0].start: year 9999 is outside 1900–2199",
    ),
    "due date in year 1": (
        _edit(["meetings", 0, "actions", 0, "due"], "0001-01-01"),
        "meetings[0].actions[0].due: year 1 is outside 1900–2199",
    ),
    "work plan for 9999": (
        _edit(["work_plans", 0, "period"], "2021-9999"),
        "work_plans[0].period: year 9999 is outside 1900–2199",
    ),
    "narrative for 2200": (
        _edit(["narratives", 0, "year"], 2200),
        "narratives[0].year: out of range (input should be less than or equal to 2199)",
    ),
    "a line break in an acronym": (
        _edit(["entities", 0, "acronym"], "UN\nICRI"),
        "entities[0].acronym: contains a line break at position 3",
    ),
    "a tab in an activity code": (
        _edit(["meetings", 0, "agenda", 1, "activity"], "A\t1"),
        "meetings[0].agenda[1].activity: contains a tab at position 2",
    ),
    "10 MB location": (
        _edit(["meetings", 0, "location"], "x" * 10_000_000),
        "meetings[0].location: longer than 300 characters (10,000,000)",
    ),
    "focal point's name over its column": (
        _edit(["contacts", 0, "name"], "x" * 201),
        "contacts[0].name: longer than 200 characters (201)",
    ),
    # One record of the file is one record of the workspace: never two merged, the last winning.
    "two records with the same id": (
        lambda doc: [e.update(id=ONE_ID) for e in doc["entities"][:2]],
        f"entities[1].id: duplicate id '{ONE_ID}' (also entities[0])",
    ),
    "an agenda id in two meetings": (
        lambda doc: _second_meeting(doc, ONE_ID),
        f"meetings[1].agenda[0].id: duplicate id '{ONE_ID}' (also meetings[0].agenda[0])",
    ),
    "duplicate narrative section": (
        lambda doc: doc["narratives"].append({**doc["narratives"][0], "text": "Said again."}),
        "narratives[1].section: duplicate section 'advocacy' for ETCIP in 2022 (also narratives[0])",
    ),
    "the same meeting twice": (
        lambda doc: doc["meetings"].append({**doc["meetings"][0], "summary": "Other"}),
        "meetings[1]: the same record as meetings[0] (same group, start and title)",
    ),
    "a lead entity listed twice": (
        _edit(["work_plans", 0, "outputs", 0, "activities", 0, "lead"], ["UNICRI", "UNICRI"]),
        "work_plans[0].outputs[0].activities[0].lead[1]: 'UNICRI' is listed twice",
    ),
    "two outputs with one code": (
        lambda doc: doc["work_plans"][0]["outputs"].append({"code": "a", "title": "Output a"}),
        "work_plans[0].outputs[1].code: duplicate code 'a' (also work_plans[0].outputs[0])",
    ),
}


@pytest.fixture
def populated(small_file) -> tuple:
    """A workspace holding the small file, and what it looks like."""
    assert main(["import", str(small_file)]) == 0
    from chairdesk.paths import data_dir, default_database
    from chairdesk.store.database import open_workspace

    ws = open_workspace(default_database(data_dir()), data_dir() / "backups")
    before = snapshot(ws)
    yield ws, before
    ws.close()


@pytest.mark.parametrize("case", sorted(BAD_DOCUMENTS))
def test_bad_document_is_refused_with_its_place(
    case, populated, small_doc, tmp_path, capsys
) -> None:
    ws, before = populated
    change, message = BAD_DOCUMENTS[case]
    doc = copy.deepcopy(small_doc)
    doc["meetings"][0]["title"] = "A meeting that must not appear"
    change(doc)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    capsys.readouterr()

    status = main(["import", str(bad)])

    err = capsys.readouterr().err
    assert status == 2
    assert err.splitlines() == [f"chairdesk: {message}", "Nothing was imported."]
    assert snapshot(ws) == before


def _raw_case(name: str, tmp_path: Path, small_file: Path, monkeypatch) -> tuple[Path, str]:
    path = tmp_path / "bad.json"
    text = small_file.read_text(encoding="utf-8")
    if name == "not JSON":
        path.write_text(text.replace('"version": 1,', '"version": 1', 1), encoding="utf-8")
        return path, f"chairdesk: {path}:4:3: not valid JSON (Expecting ',' delimiter)"
    if name == "not UTF-8":
        path.write_bytes(text.replace("A B", "Zoé").encode("latin-1"))
        offset = text.encode("utf-8").index(b"A B") + 2
        return path, f"chairdesk: {path}: not UTF-8 text (bad byte at offset {offset})"
    if name == "too large":
        monkeypatch.setattr(interchange, "MAX_FILE_BYTES", 1000)
        path.write_text(text, encoding="utf-8")
        size = path.stat().st_size
        return path, f"chairdesk: {path}: file is {size:,} bytes, over the limit of 1,000 bytes"
    if name == "not an object":
        path.write_text("[1, 2, 3]", encoding="utf-8")
        return path, f"chairdesk: {path}: not a ChairDesk workspace (expected a JSON object)"
    if name == "nested 1,000 deep":
        doc = json.loads(text)
        doc["from_a_newer_version"] = "<deep>"
        path.write_text(
            json.dumps(doc, indent=1).replace('"<deep>"', "[" * 1000 + "]" * 1000), encoding="utf-8"
        )
        line = (
            path.read_text(encoding="utf-8")
            .splitlines()
            .index(
                next(row for row in path.read_text(encoding="utf-8").splitlines() if "[[[" in row)
            )
            + 1
        )
        column = (
            len(' "from_a_newer_version": ') + 100
        )  # the whole file's object is the first level
        return path, f"chairdesk: {path}:{line}:{column}: nested more than 100 levels deep"
    if name == "missing file":
        return (
            tmp_path / "nowhere.json",
            f"chairdesk: {tmp_path / 'nowhere.json'}: cannot read the file (No such file or directory)",
        )
    raise AssertionError(name)


@pytest.mark.parametrize(
    "case",
    ["not JSON", "not UTF-8", "too large", "not an object", "nested 1,000 deep", "missing file"],
)
def test_unreadable_file_is_refused(
    case, populated, small_file, tmp_path, capsys, monkeypatch
) -> None:
    ws, before = populated
    path, message = _raw_case(case, tmp_path, small_file, monkeypatch)
    capsys.readouterr()
    assert main(["import", str(path)]) == 2
    assert capsys.readouterr().err.splitlines()[0] == message
    assert snapshot(ws) == before


# ---------------------------------------------------------------------------
# What the workspace would become: checked as `chairdesk check` would, before anything is written.


def _refused(ws, doc: dict, tmp_path: Path, capsys) -> str:
    before = snapshot(ws)
    path = tmp_path / "edit.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(path)]) == 2
    err = capsys.readouterr().err.splitlines()
    assert err[1:] == ["Nothing was imported."]
    assert snapshot(ws) == before
    return err[0]


def _file(**parts) -> dict:
    return {"format": "chairdesk-workspace", "version": 1, **parts}


def test_an_entity_renamed_onto_another_ones_acronym_is_refused(
    populated, tmp_path, capsys
) -> None:
    ws, _ = populated
    opcw = next(e for e in _export(ws)["entities"] if e["acronym"] == "OPCW")
    doc = _file(entities=[{**opcw, "acronym": "unicri"}])
    assert (
        _refused(ws, doc, tmp_path, capsys)
        == "chairdesk: entities[0].acronym: the workspace already has an entity 'UNICRI'"
    )


def test_a_chair_term_overlapping_one_in_the_workspace_is_refused(
    populated, tmp_path, capsys
) -> None:
    ws, _ = populated
    doc = _file(
        chair_terms=[
            {"group": "ETCIP", "entity": "OPCW", "start": "2022-03-01", "end": "2022-04-30"}
        ]
    )
    assert _refused(ws, doc, tmp_path, capsys) == (
        "chairdesk: chair_terms[0].start: overlaps the term of UNICRI starting 2022-01-01"
    )


def test_an_activity_recoded_onto_a_code_its_work_plan_has_is_refused(
    populated, tmp_path, capsys
) -> None:
    ws, _ = populated
    plan = _export(ws)["work_plans"][0]
    a1 = plan["outputs"][0]["activities"][0]
    plan["outputs"][0]["activities"].append({**a1, "id": None, "code": "A2", "updates": []})
    _import(ws, _file(entities=_export(ws)["entities"], work_plans=[plan]))
    a2 = _export(ws)["work_plans"][0]["outputs"][0]["activities"][1]
    doc = _file(
        work_plans=[
            {**plan, "outputs": [{**plan["outputs"][0], "activities": [{**a2, "code": "A1"}]}]}
        ]
    )
    assert _refused(ws, doc, tmp_path, capsys) == (
        "chairdesk: work_plans[0].outputs[0].activities[0].code: the work plan already has an activity 'A1'"
    )


def test_a_reference_to_an_acronym_the_file_renames_away_is_refused(
    populated, tmp_path, capsys
) -> None:
    ws, _ = populated
    opcw = next(e for e in _export(ws)["entities"] if e["acronym"] == "OPCW")
    doc = _file(
        entities=[{**opcw, "acronym": "OPCW-2"}],
        memberships=[{"group": "ETCIP", "entity": "OPCW", "role": "member", "start": "2023-01-01"}],
    )
    assert (
        _refused(ws, doc, tmp_path, capsys)
        == "chairdesk: memberships[0].entity: unknown entity 'OPCW'"
    )


def test_an_acronym_in_another_case_is_the_same_entity(populated, tmp_path, capsys) -> None:
    ws, _ = populated
    report = _import(ws, _file(entities=[{"acronym": "opcw", "name": "OPCW", "kind": "non_un"}]))
    assert report.summary() == "0 new and 1 updated records"
    assert [e["acronym"] for e in _export(ws)["entities"]] == ["INTERPOL", "opcw", "UNICRI"]
    capsys.readouterr()
    assert main(["check"]) == 0


def test_repeated_titles_and_texts_import_once_and_then_change_nothing(
    workspace, small_doc
) -> None:
    doc = copy.deepcopy(small_doc)
    meeting = doc["meetings"][0]
    meeting["agenda"] = [
        {"title": "Coffee break", "minutes": 15},
        {"title": "Opening", "minutes": 10},
        {"title": "Coffee break", "minutes": 20, "notes": "longer"},
    ]
    meeting["decisions"] = ["Agreed.", "Noted.", "Agreed."]
    meeting["actions"] = [{"text": "Follow up"}, {"text": "Follow up", "owner": "OPCW"}]
    activity = doc["work_plans"][0]["outputs"][0]["activities"][0]
    activity["updates"] *= 2
    activity["partners"] = [
        "UNICRI",
        "OPCW",
    ]  # a lead entity that is also a partner, as earlier versions allowed
    first = _import(workspace, doc)
    assert (
        first.created["agenda_item"] == 3
        and first.created["decision"] == 3
        and first.created["progress_update"] == 2
    )
    before = snapshot(workspace)
    assert _import(workspace, doc).summary() == "nothing to change"
    assert snapshot(workspace) == before
    exported = _export(workspace)
    assert [(i["title"], i["minutes"]) for i in exported["meetings"][0]["agenda"]] == [
        ("Coffee break", 15),
        ("Opening", 10),
        ("Coffee break", 20),
    ]
    assert exported["meetings"][0]["decisions"] == ["Agreed.", "Noted.", "Agreed."]
    assert _import(workspace, exported).summary() == "nothing to change"


def test_an_imported_list_goes_ahead_of_the_items_it_does_not_mention(populated) -> None:
    ws, _ = populated
    meeting = _export(ws)["meetings"][0]
    new_item = {"title": "Tour de table", "minutes": 30}
    _import(
        ws, _file(meetings=[{**meeting, "id": None, "agenda": [new_item, meeting["agenda"][1]]}])
    )
    agenda = _export(ws)["meetings"][0]["agenda"]
    assert [i["title"] for i in agenda] == ["Tour de table", "A1 update", "Opening"]
    assert _import(
        ws, _file(meetings=[{**meeting, "id": None, "agenda": [new_item, meeting["agenda"][1]]}])
    ).summary() == ("nothing to change")


def test_a_clash_two_laptops_made_offline_does_not_block_an_import(populated, small_doc) -> None:
    from chairdesk.store.models import Entity

    ws, _ = populated
    with ws.transaction() as session:  # as two laptops that each added OPCW offline leave it
        session.add(Entity(acronym="OPCW", name="A second OPCW", kind="non_un"))
    doc = copy.deepcopy(small_doc)
    doc["entities"][1]["name"] = "Organisation for the Prohibition of Chemical Weapons (OPCW)"
    report = _import(ws, doc)
    assert report.updated["entity"] == 1  # the older OPCW, as the file's natural match
    names = sorted(e["name"] for e in _export(ws)["entities"] if e["acronym"] == "OPCW")
    assert names == ["A second OPCW", "Organisation for the Prohibition of Chemical Weapons (OPCW)"]


def test_an_import_the_application_records_is_one_undo_step(populated, small_doc) -> None:
    # The secretariat's view imports submissions through the recorder (one undo step):
    # what the import writes in bulk is recorded as the ORM's own writes are.
    from chairdesk.store.changes import recording, replay

    ws, _ = populated
    before = _export(ws)
    doc = copy.deepcopy(small_doc)
    doc["entities"].append(
        {"acronym": "UNODC", "name": "UN Office on Drugs and Crime", "kind": "un"}
    )
    meeting = doc["meetings"][0]
    meeting["kind"], meeting["end"], meeting["attendance"] = (
        "special",
        "2022-03-15T17:00",
        ["UNICRI", "UNODC"],
    )
    meeting["agenda"][0]["done"] = True
    activity = doc["work_plans"][0]["outputs"][0]["activities"][0]
    activity["start"], activity["lead"], activity["progress"] = "2021-02-01", ["OPCW"], 55
    doc["narratives"][0]["text"] = "Advocated widely."
    with ws.transaction() as session, recording(session) as changes:
        import_workspace(session, parse_workspace(json.dumps(doc).encode()))
    after = _export(ws)
    assert (
        after != before
        and {"entity", "meeting", "attendance", "activity_entity", "narrative"} <= changes.tables
    )

    with ws.transaction() as session:
        replay(session, changes, undo=True)
    assert _export(ws) == before
    with ws.transaction() as session:
        replay(session, changes, undo=False)
    assert _export(ws) == after


def test_a_groups_french_name_and_time_zone_travel_and_an_older_file_keeps_them(
    workspace, small_doc
) -> None:
    doc = copy.deepcopy(small_doc)
    group = doc["working_groups"][0]
    group["name_fr"] = "Groupe de travail sur les menaces émergentes"
    group["time_zone"] = "Europe/Vienna"
    _import(workspace, doc)
    exported = _export(workspace)["working_groups"][0]
    assert (exported["name_fr"], exported["time_zone"]) == (
        "Groupe de travail sur les menaces émergentes",
        "Europe/Vienna",
    )
    # A file written before these fields existed says nothing about them: they stay.
    report = _import(workspace, small_doc)
    assert report.summary() == "nothing to change"
    assert _export(workspace)["working_groups"][0]["time_zone"] == "Europe/Vienna"
    assert {"name_fr", "time_zone"} <= set(json_schema()["$defs"]["WorkingGroupIn"]["properties"])


def test_a_bad_time_zone_is_refused_with_its_place(workspace, small_doc) -> None:
    doc = copy.deepcopy(small_doc)
    doc["working_groups"][0]["time_zone"] = "Vienna"
    before = snapshot(workspace)
    with pytest.raises(interchange.InterchangeError) as refused:
        _import(workspace, doc)
    assert "working_groups[0].time_zone" in str(refused.value) and "time zone" in str(refused.value)
    assert snapshot(workspace) == before
