"""Agenda, meeting summary, composition annex and handover pack, read back as a reader would."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from chairdesk.domain.typography import tie
from chairdesk.reports.documents import (
    build_agenda,
    build_annex,
    build_handover,
    build_minutes,
    write_agenda,
    write_minutes,
)
from chairdesk.reports.docx_builder import ReportError
from chairdesk.store.database import open_workspace
from chairdesk.store.demo import load_demo
from chairdesk.store.models import AgendaItem, Meeting
from chairdesk.store.queries import group_by_acronym

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def cell(text: str) -> str:
    """A table cell's text as printed: its dates kept whole on one line."""
    return tie(text, whole_dates=True)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    ws = open_workspace(folder / "workspace.sqlite3", folder / "backups")
    with ws.transaction() as session:
        load_demo(session)
    yield ws
    ws.close()


def etcip_meetings(ws) -> list[str]:
    with ws.read() as session:
        group = group_by_acronym(session, "ETCIP")
        return session.scalars(
            select(Meeting.id).where(Meeting.group_id == group.id).order_by(Meeting.start)
        ).all()


def headings(document) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name.startswith("Heading ")]


def texts(document) -> list[str]:
    return [p.text for p in document.paragraphs]


def rows(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


# --------------------------------------------------------------------------- agenda


def test_the_agenda_gives_the_time_plan_presenters_and_activities(demo) -> None:
    third = etcip_meetings(demo)[2]
    with demo.read() as session:
        document = build_agenda(session, third)
    lines = texts(document)
    assert lines[0] == "ETCIP working group: third-quarter regular meeting 2022"
    assert document.paragraphs[0].style.name == "Title"
    for detail in (
        "Date: Wednesday, 28 September 2022",
        "Time: 14:00\u201315:30",
        "Format: Hybrid",
        "Venue: OPCW Headquarters, The Hague",
        "Chair: OPCW",
    ):
        assert tie(detail) in lines
    assert headings(document) == ["Agenda"]
    (table,) = document.tables
    assert rows(table) == [
        ["No.", "Time", "Item", "Presenter", "Minutes"],
        ["1.", "14:00", "Opening, adoption of the agenda and updates from the Chair", "OPCW", "10"],
        [
            "2.",
            "14:10",
            "CBRN preparedness and response tools inventory\n"
            "Work-plan activity C1: Inventory of CBRN preparedness and response tools\n"
            "Inputs from five entities.",
            "OPCW",
            "20",
        ],
        [
            "3.",
            "14:30",
            "Weapons of mass destruction and maritime security\n"
            "Work-plan activity C3: Briefing on weapons of mass destruction and maritime security",
            "IMO",
            "20",
        ],
        [
            "4.",
            "14:50",
            "Launch of the 2022 update of the critical infrastructure Compendium\n"
            "Work-plan activity A1: Contribution to the 2022 update of the UN Compendium of good "
            "practices on the protection of critical infrastructure against terrorist attacks",
            "UNOCT",
            "10",
        ],
        ["5.", "15:00", "Updates from members", "", "15"],
        ["6.", "15:15", "Any other business", "OPCW", "5"],
        ["", "15:20", "Close of the meeting", "", ""],
    ]
    header = document.sections[0].header.paragraphs[-1].text
    assert "ETCIP" in header and "28\u00a0September 2022" in header


def test_an_agenda_longer_than_the_meeting_says_so(workspace) -> None:
    with workspace.transaction() as session:
        load_demo(session)
    first = etcip_meetings(workspace)[0]
    with workspace.transaction() as session:
        item = session.scalars(
            select(AgendaItem).where(AgendaItem.meeting_id == first).order_by(AgendaItem.position)
        ).first()
        item.minutes = 25  # 85 minutes become 100, for a 90-minute meeting
    with workspace.read() as session:
        document = build_agenda(session, first)
    assert (
        "The items take 100 minutes, 10 minutes more than the meeting\u2019s 90 minutes."
        in texts(document)
    )


def test_an_unknown_meeting_is_a_clear_error(demo) -> None:
    with demo.read() as session, pytest.raises(ReportError, match="no meeting with the id nope"):
        build_agenda(session, "nope")


# --------------------------------------------------------------------------- minutes


def test_the_summary_records_attendance_decisions_and_action_items(demo) -> None:
    in_focus = etcip_meetings(demo)[3]
    with demo.read() as session:
        document = build_minutes(session, in_focus)
    assert headings(document) == ["Attendance", "Agenda", "Summary", "Decisions", "Action items"]
    lines = texts(document)
    assert "Summary of the meeting" in lines
    assert "Present (9): ICAO, IMO, INTERPOL, OCHA, UNICRI, UNOCT, UNODA, UNODC and WCO" in lines
    assert (
        "Not represented: CTED, DSS, IAEA, OPCW, UNIDIR and WHO" in lines
    )  # observers are not expected
    assert any(line.startswith("Illustrative summary. Members discussed") for line in lines)
    assert "The UAS mapping will be completed in 2023." in lines
    (table,) = document.tables
    assert rows(table) == [
        ["No.", "Action", "Owner", "Due", "Status"],
        [
            "1.",
            "Send comments on the draft UAS mapping\nWork-plan activity B1",
            "UNOCT",
            cell("9 December 2022"),
            "Done",
        ],
        [
            "2.",
            "Finalize the UAS mapping\nWork-plan activity B1",
            "UNICRI",
            cell("31 March 2023"),
            "Open",
        ],
    ]


def numbering_of(paragraph) -> str:
    return paragraph._p.pPr.find(f"{W}numPr").find(f"{W}numId").get(f"{W}val")


def test_each_numbered_list_starts_again_at_one(demo) -> None:
    in_focus = etcip_meetings(demo)[3]
    with demo.read() as session:
        document = build_minutes(session, in_focus)
    numbered = [p for p in document.paragraphs if p.style.name == "List Number"]
    agenda, decisions = numbered[:6], numbered[6:]
    assert len({numbering_of(p) for p in agenda}) == 1
    assert numbering_of(decisions[0]) != numbering_of(agenda[0])
    numbering = document.part.numbering_part.element
    restarted = numbering.num_having_numId(int(numbering_of(decisions[0])))
    start = restarted.find(f"{W}lvlOverride").find(f"{W}startOverride").get(f"{W}val")
    assert start == "1"


def test_a_meeting_with_nothing_recorded_says_so(workspace) -> None:
    with workspace.transaction() as session:
        load_demo(session)
        group = group_by_acronym(session, "ETCIP")
        meeting = Meeting(
            group_id=group.id,
            title="Special meeting on the 2023 work plan",
            start=datetime(2023, 2, 1, 10, 0),
            end=None,
            kind="special",
            mode="in_person",
            location=None,
            summary="",
        )
        session.add(meeting)
        meeting_id = meeting.id
    with workspace.read() as session:
        minutes = build_minutes(session, meeting_id)
        agenda = build_agenda(session, meeting_id)
    lines = texts(minutes)
    for sentence in (
        "No attendance was recorded.",
        "No agenda items were recorded.",
        "No summary has been written yet.",
        "No decisions were recorded.",
        "No action items were recorded.",
    ):
        assert sentence in lines
    assert "Venue: to be confirmed" in lines and "Time: 10:00" in lines
    assert "No agenda items have been set yet." in texts(agenda)


def test_written_meeting_documents_open_and_report_no_warnings(demo, tmp_path) -> None:
    first = etcip_meetings(demo)[0]
    with demo.read() as session:
        agenda = write_agenda(session, first, tmp_path / "agenda.docx")
        minutes = write_minutes(session, first, tmp_path / "minutes.docx")
    assert agenda.warnings == [] and minutes.warnings == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["agenda.docx", "minutes.docx"]


# --------------------------------------------------------------------------- annex


def test_the_annex_lists_every_group_by_pillar_like_the_seed(demo) -> None:
    with demo.read() as session:
        document = build_annex(session, 2022)
    lines = texts(document)
    assert (
        lines[0] == "Annex II\nWorking group structure and composition in 2022"
    )  # as the seed labels it
    assert headings(document) == [
        "Pillar I",
        "Preventing and Countering Violent Extremism Conducive to Terrorism (PCVE)",
        "Pillar II",
        "Border Management and Law Enforcement relating to Counter-Terrorism (BMLE)",
        "Criminal Justice, Legal Responses and Countering the Financing of Terrorism (CJLR)",
        "Emerging Threats and Critical Infrastructure Protection (ETCIP)",
        "Pillar III",
        "National and Regional Counter-Terrorism Strategies (NARS)",
        "Resource Mobilization and Monitoring and Evaluation (RMME)",
        "Pillar IV",
        "Adopting a Gender Sensitive Approach to Preventing and Countering Terrorism (GSA)",
        "Promoting and Protecting Human Rights and Rule of Law while Countering Terrorism and "
        "Supporting the Victims of Terrorism (HRRL)",
        "Abbreviations",
    ]
    assert "Measures to address the conditions conducive to the spread of terrorism" in lines
    etcip = lines.index("Emerging Threats and Critical Infrastructure Protection (ETCIP)")
    assert lines[etcip + 1] == "Chair: UNICRI (Q1\u2013Q2), OPCW (Q3) and INTERPOL (Q4)"
    assert lines[etcip + 2] == "Vice-Chair: UNOCT"  # one
    assert lines[etcip + 3].startswith("Members and observers: CTED, DSS, IAEA")
    assert lines[etcip + 3].endswith("WHO, OCHA (observer) and WCO (observer)")
    pcve = lines.index("Preventing and Countering Violent Extremism Conducive to Terrorism (PCVE)")
    assert lines[pcve + 1] == "Chair: UNOCT"
    abbreviations = rows(document.tables[-1])
    assert abbreviations[0] == ["Acronym", "Entity"]
    assert [
        "UNICRI",
        "United Nations Interregional Crime and Justice Research Institute",
    ] in abbreviations


def test_the_annex_of_an_empty_workspace_says_so(workspace) -> None:
    with workspace.read() as session:
        document = build_annex(session, 2022)
    assert "The workspace has no working groups yet." in texts(document)


# --------------------------------------------------------------------------- handover


def test_the_handover_pack_at_the_summer_handover(demo) -> None:
    with demo.read() as session:
        group = group_by_acronym(session, "ETCIP")
        document = build_handover(session, group.id, today=date(2022, 8, 15))
    lines = texts(document)
    assert lines[0] == "Handover pack"
    assert tie("Prepared on: 15 August 2022") in lines
    assert tie("Chair: OPCW (1 July\u201330 September 2022)") in lines
    assert tie("Next Chair: INTERPOL, from 1 October 2022") in lines
    assert headings(document) == [
        "Composition",
        "Focal points",
        "Chairmanship and rotation",
        "Upcoming meetings",
        "Open action items",
        "Activities due in the next two quarters",
        "Drafts of the 2022 submission",
        "Mandate, primary objectives and composition",
        "Technical assistance and capacity-building",
    ]
    tables = {rows(t)[0][0] + "/" + rows(t)[0][-1]: rows(t) for t in document.tables}
    focal = tables["Entity/E-mail"]  # no telephone is recorded: no empty column for it
    assert [r[0] for r in focal[1:]] == ["INTERPOL", "OPCW", "UNICRI", "UNOCT"]
    terms = tables["Chair/To"]
    assert terms[1:] == [
        [cell(text) for text in row]
        for row in (
            ["UNICRI", "1 January 2022", "30 June 2022"],
            ["OPCW", "1 July 2022", "30 September 2022"],
            ["INTERPOL", "1 October 2022", "31 December 2022"],
        )
    ]
    upcoming = tables["Date/Format"]
    assert [r[0] for r in upcoming[1:]] == [
        cell(d) for d in ("28 September 2022", "9 November 2022", "14 December 2022")
    ]
    # Every action agreed so far is done: the pack says so.
    assert "No action items are open." in lines
    due = tables["Code/Progress"]
    assert [r[0] for r in due[1:]] == ["C2", "A3", "B1", "C1", "D1", "D3"]
    assert due[2][3] == cell("31 December 2022") and due[2][4] == "In progress (70%)"
    assert len(document.inline_shapes) == 1  # the rotation timeline
    assert (
        tie(
            "A rotation plan with half-yearly terms (INTERPOL and UNICRI, in turn) runs from 1 January 2023 "
            "to 31 December 2023."
        )
        in lines
    )
    assert any(
        line.startswith("Not drafted yet: Coordination and coherence; Research and analysis")
        for line in lines
    )


def test_a_handover_pack_is_laid_out_from_what_was_read_and_says_the_same(demo) -> None:
    from chairdesk.reports.documents import handover_data, render_handover

    with demo.read() as session:
        group = group_by_acronym(session, "ETCIP")
        data = handover_data(session, group.id, today=date(2022, 8, 15))
        read_and_laid_out = build_handover(
            session, group.id, today=date(2022, 8, 15), language="fr"
        )
    # Laid out after the session is gone: the data carries everything the pack says.
    laid_out = render_handover(data, language="fr")
    assert texts(laid_out) == texts(read_and_laid_out)
    assert [rows(t) for t in laid_out.tables] == [rows(t) for t in read_and_laid_out.tables]
    assert data.group.acronym == "ETCIP" and data.today == date(2022, 8, 15)


def test_the_handover_pack_in_december_shows_open_and_overdue_items(demo) -> None:
    with demo.read() as session:
        group = group_by_acronym(session, "ETCIP")
        document = build_handover(session, group.id, today=date(2022, 12, 20))
    lines = texts(document)
    # No term is recorded after INTERPOL's: the rotation plan for 2023 says what comes next.
    assert tie("Next Chair: UNICRI, from 1 July 2023, as the rotation plan has it") in lines
    tables = {rows(t)[0][0] + "/" + rows(t)[0][-1]: rows(t) for t in document.tables}
    actions = tables["Action/Agreed at the meeting of"]
    assert actions[1:] == [
        [
            cell(c)
            for c in (
                "Propose 2023 dates for the tabletop exercise",
                "OPCW",
                "15 February 2023",
                "14 December 2022",
            )
        ],
        [
            cell(c)
            for c in ("Finalize the UAS mapping", "UNICRI", "31 March 2023", "9 November 2022")
        ],
    ]
    due = tables["Code/Progress"]
    assert due[1][0] == "C2" and due[1][3] == cell("30 November 2022\noverdue")
    assert "Upcoming meetings" in headings(document) and "No meetings are scheduled." in lines


def test_an_unknown_group_is_a_clear_error(demo) -> None:
    with demo.read() as session, pytest.raises(ReportError, match="no working group with the id x"):
        build_handover(session, "x", today=date(2022, 8, 15))


def test_who_is_expected_at_a_meeting_is_the_roster_of_its_own_day(workspace) -> None:
    """An entity that left the group between two meetings is missed at the first, not the second."""
    from chairdesk.reports import report_data as rd
    from chairdesk.store.models import Attendance, Entity, Membership

    with workspace.transaction() as session:
        load_demo(session)
    september, december = etcip_meetings(workspace)[2], etcip_meetings(workspace)[4]
    with workspace.transaction() as session:
        group = group_by_acronym(session, "ETCIP")
        icao = session.scalars(select(Entity).where(Entity.acronym == "ICAO")).one().id
        session.scalars(
            select(Membership).where(Membership.group_id == group.id, Membership.entity_id == icao)
        ).one().end = date(2022, 10, 31)
        session.scalars(
            select(Attendance).where(
                Attendance.meeting_id == december, Attendance.entity_id == icao
            )
        ).one().deleted = True
    with workspace.read() as session:
        assert "Not represented: ICAO" in texts(build_minutes(session, september))
        assert "Not represented: IMO" in texts(build_minutes(session, december))
        year = {
            mt.id: mt for mt in rd.meetings(session, group.id, date(2022, 1, 1), date(2022, 12, 31))
        }
    assert year[september].absent == ("ICAO",) and year[december].absent == ("IMO",)
