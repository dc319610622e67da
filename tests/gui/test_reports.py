"""The Reports view with real widgets: write a narrative, undo it, export, read the file back."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMainWindow
from sqlalchemy import select

from chairdesk.domain.vocabulary import NarrativeSection
from chairdesk.gui.controller import AppController
from chairdesk.gui.document_export import TEMPLATE_KEY
from chairdesk.gui.views.meetings import MeetingsView
from chairdesk.gui.views.reports import KEY_ROLE, ReportsView
from chairdesk.reports.docx_builder import default_template
from chairdesk.store import meeting_queries as q
from chairdesk.store.demo import load_demo
from chairdesk.store.models import Narrative
from chairdesk.store.queries import group_by_acronym
from tests.gui.helpers import controller_on

TODAY = date(2023, 1, 20)  # the chair writes the 2022 submission in January
LESSON = "Joint briefings with CTED kept the members' work aligned."


@pytest.fixture
def demo(workspace):
    with workspace.transaction() as s:
        load_demo(s)
    return workspace


def _controller(workspace, acronym: str = "ETCIP") -> AppController:
    return controller_on(workspace, acronym, TODAY)


def _show(qtbot, view) -> QMainWindow:
    window = QMainWindow()
    window.setCentralWidget(view)
    qtbot.addWidget(window)
    window.resize(1200, 820)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def view(qtbot, demo) -> ReportsView:
    view = ReportsView(_controller(demo))
    window = _show(qtbot, view)
    yield view
    window.close()


def _stored(workspace, section: str) -> list[str]:
    with workspace.read() as s:
        return list(
            s.scalars(
                select(Narrative.text)
                .where(Narrative.section == NarrativeSection(section), Narrative.deleted.is_(False))
                .where(
                    Narrative.group_id == group_by_acronym(s, "ETCIP").id, Narrative.year == 2022
                )
            )
        )


def _click_section(qtbot, view: ReportsView, key: str) -> None:
    index = view.sections.model.index(view.sections.model.row_of(key))
    rect = view.sections.section_list.visualRect(index)
    qtbot.mouseClick(
        view.sections.section_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    assert view.sections.section_list.currentIndex().data(KEY_ROLE) == key


def _save_as(monkeypatch, target: Path) -> list[str]:
    """Answer the save dialog with `target`; returns the suggested paths it was shown."""
    suggested: list[str] = []

    def ask(_parent, _title, path, _filter, *args, **kwargs):  # noqa: ANN001, ANN202
        suggested.append(path)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return suggested


def _section_text(document, heading: str) -> list[str]:
    paragraphs = document.paragraphs
    start = next(
        i
        for i, p in enumerate(paragraphs)
        if p.text == heading and p.style.name.startswith("Heading")
    )
    found = []
    for p in paragraphs[start + 1 :]:
        if p.style.name.startswith("Heading"):
            break
        found.append(p.text)
    return found


def test_the_sections_are_listed_in_the_submissions_order(view: ReportsView, qtmodeltester) -> None:
    qtmodeltester.check(view.sections.model)
    keys = [
        view.sections.model.index(r).data(KEY_ROLE) for r in range(view.sections.model.rowCount())
    ]
    assert keys == [
        "mandate",
        "coordination",
        "capacity_building",
        "research",
        "advocacy",
        "regional",
        "work_plan",
        "concluding",
        "challenges",
        "lessons",
        "way_forward",
    ]
    assert view.export_bar.year_spin.value() == 2022
    assert (
        view.sections.model.index(keys.index("way_forward")).data().strip() == "Priorities for 2023"
    )
    # The first section is shown: its drafted facts beside the chair's text.
    assert (
        "Throughout 2022, the Chairmanship of the working group was held by UNICRI in Q1 and Q2"
        in (view.writing.facts_view.toPlainText())
    )
    assert view.writing.facts_view.isReadOnly()
    assert view.writing.narrative_edit.toPlainText().startswith("Throughout 2022")


def test_a_typed_narrative_is_stored_and_one_undo_takes_it_back(
    qtbot, view: ReportsView, demo
) -> None:
    _click_section(qtbot, view, "lessons")
    assert view.writing.narrative_edit.toPlainText() == ""
    steps = view.controller.undo_stack.count()
    view.writing.save_timer.setInterval(
        1500
    )  # a slow machine may pause between keys; the burst stays one
    view.writing.narrative_edit.setFocus()
    qtbot.keyClicks(view.writing.narrative_edit, LESSON)
    qtbot.waitUntil(lambda: _stored(demo, "lessons") == [LESSON], timeout=5000)
    assert (
        view.controller.undo_stack.count() == steps + 1
    )  # one step for the burst, not one per key
    assert LESSON in view.preview.browser.toPlainText()
    assert (
        view.sections.model.index(view.sections.model.row_of("lessons"))
        .data(Qt.ItemDataRole.ToolTipRole)
        .startswith("Your text: 9 words")
    )

    view.controller.undo_stack.undo()
    assert _stored(demo, "lessons") == []
    assert view.writing.narrative_edit.toPlainText() == ""
    assert LESSON not in view.preview.browser.toPlainText()


def test_leaving_the_editor_saves_at_once(qtbot, view: ReportsView, demo) -> None:
    _click_section(qtbot, view, "research")
    view.writing.narrative_edit.setFocus()
    qtbot.keyClicks(view.writing.narrative_edit, "A study on drones.")
    _click_section(qtbot, view, "regional")  # before the pause has passed
    assert _stored(demo, "research") == ["A study on drones."]
    assert view.writing.narrative_edit.toPlainText() == ""
    _click_section(qtbot, view, "research")
    assert view.writing.narrative_edit.toPlainText() == "A study on drones."


def test_the_open_items_are_offered_for_the_challenges_and_can_be_inserted(
    qtbot, view: ReportsView, demo
) -> None:
    _click_section(qtbot, view, "lessons")
    assert not view.writing.open_items_box.isVisible()
    _click_section(qtbot, view, "challenges")
    assert view.writing.open_items_box.isVisible()
    offered = view.writing.open_items_label.text()
    assert offered.startswith(
        "The following activities were delayed or not completed by their due date"
    )
    qtbot.mouseClick(view.writing.insert_open_items_button, Qt.MouseButton.LeftButton)
    stored = _stored(demo, "challenges")
    assert stored == [offered]
    assert "\n- " in stored[0]


def test_export_writes_the_narrative_under_its_heading(
    qtbot, view: ReportsView, monkeypatch, tmp_path
) -> None:
    _click_section(qtbot, view, "lessons")
    view.writing.narrative_edit.setFocus()
    qtbot.keyClicks(view.writing.narrative_edit, LESSON)
    target = tmp_path / "out" / "submission.docx"
    target.parent.mkdir()
    suggested = _save_as(monkeypatch, target)

    with qtbot.waitSignal(view.export_bar.exporter.succeeded, timeout=30_000):
        qtbot.keyClick(
            view.writing.narrative_edit, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
        )
    assert Path(suggested[0]).name == "ETCIP-2022-submission.docx"
    document = docx.Document(str(target))
    assert _section_text(document, "Lessons learned and good practices") == [LESSON]
    assert view.result_bar.isVisible() and "submission.docx" in view.result_bar.label.text()
    assert "submission.docx" in view.window().statusBar().currentMessage()


def test_french_wording_with_the_chairs_text_as_written(
    qtbot, view: ReportsView, monkeypatch, tmp_path
) -> None:
    _click_section(qtbot, view, "lessons")
    view.writing.narrative_edit.setFocus()
    qtbot.keyClicks(view.writing.narrative_edit, LESSON)
    view.export_bar.language_combo.setCurrentIndex(view.export_bar.language_combo.findData("fr"))
    # The drafted facts beside the editor follow the language at once.
    _click_section(qtbot, view, "mandate")
    assert (
        "la présidence du groupe de travail a été assurée" in view.writing.facts_view.toPlainText()
    )
    target = tmp_path / "soumission.docx"
    _save_as(monkeypatch, target)

    with qtbot.waitSignal(view.export_bar.exporter.succeeded, timeout=30_000):
        qtbot.mouseClick(view.export_bar.export_button, Qt.MouseButton.LeftButton)
    document = docx.Document(str(target))
    assert _section_text(document, "Enseignements tirés et bonnes pratiques") == [LESSON]
    assert QSettings().value("reports/language") == "fr"


def test_a_template_that_is_not_a_docx_is_refused_inline(
    qtbot, view: ReportsView, monkeypatch, tmp_path
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("not a template", "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(notes), ""))
    qtbot.mouseClick(view.export_bar.template.choose_button, Qt.MouseButton.LeftButton)
    assert view.message_label.isVisible()
    assert "notes.txt is not a Word document (.docx)" in view.message_label.text()
    assert not QSettings().value(TEMPLATE_KEY)
    assert view.export_bar.template.label.text() == "Template: ChairDesk's default"

    # A remembered template that has turned into something else: the export stops, nothing is written.
    fake = tmp_path / "secretariat.docx"
    fake.write_text("plain text with a .docx name", "utf-8")
    QSettings().setValue(TEMPLATE_KEY, str(fake))
    target = tmp_path / "never.docx"
    suggested = _save_as(monkeypatch, target)
    view.export_bar.export_action.trigger()
    assert "not a Word document" in view.message_label.text()
    assert suggested == [] and not target.exists()


def test_a_template_without_some_styles_works_and_the_warning_is_shown(
    qtbot,
    view: ReportsView,
    monkeypatch,
    tmp_path,
) -> None:
    thin = docx.Document(str(default_template()))
    root = thin.styles.element
    ns = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    for style in list(root.findall(f"{ns}style")):
        name = style.find(f"{ns}name")
        if name is not None and name.get(f"{ns}val") == "caption":
            root.remove(style)
    thin.save(str(tmp_path / "thin.docx"))
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(tmp_path / "thin.docx"), "")
    )
    qtbot.mouseClick(view.export_bar.template.choose_button, Qt.MouseButton.LeftButton)
    assert view.export_bar.template.label.text() == "Template: thin.docx"
    _save_as(monkeypatch, tmp_path / "sub.docx")
    with qtbot.waitSignal(view.export_bar.exporter.succeeded, timeout=30_000):
        view.export_bar.export_action.trigger()
    assert view.message_label.isVisible()
    assert 'no "Caption" style' in view.message_label.text()
    assert (tmp_path / "sub.docx").is_file()


def test_the_meeting_calendar_is_exported_from_the_view(
    qtbot, view: ReportsView, monkeypatch, tmp_path
) -> None:
    view.set_document("ics")
    assert view.other_label.isVisible() and "iCalendar" in view.other_label.text()
    suggested = _save_as(monkeypatch, tmp_path / "meetings")
    with qtbot.waitSignal(view.export_bar.exporter.succeeded, timeout=10_000):
        view.export_bar.export_action.trigger()
    assert Path(suggested[0]).name == "ETCIP-meetings.ics"
    text = (tmp_path / "meetings.ics").read_text("utf-8")
    assert text.startswith("BEGIN:VCALENDAR") and text.count("BEGIN:VEVENT") >= 4


def test_a_meetings_agenda_is_exported_from_the_meetings_view(
    qtbot, demo, monkeypatch, tmp_path
) -> None:
    view = MeetingsView(_controller(demo))
    window = _show(qtbot, view)  # noqa: F841 - kept alive for the test
    meeting_id = view.current_meeting_id()
    with demo.read() as s:
        titles = [item.title for item in q.agenda_plan(s, meeting_id).items]
    assert titles
    assert view.export_agenda_action in view.table.actions()
    assert view.export_agenda_action in view.editor.agenda.table.actions()
    suggested = _save_as(monkeypatch, tmp_path / "agenda.docx")
    with qtbot.waitSignal(view.exporter.succeeded, timeout=20_000):
        view.export_agenda_action.trigger()
    assert Path(suggested[0]).name.startswith("ETCIP-") and suggested[0].endswith("-agenda.docx")
    document = docx.Document(str(tmp_path / "agenda.docx"))
    cells = [row.cells[2].text for row in document.tables[0].rows]
    for title in titles:
        assert any(cell.startswith(title) for cell in cells)
    assert view.export_result_bar.isVisible()


def test_text_typed_just_before_quitting_is_kept(qtbot, demo) -> None:
    from chairdesk.gui.app import MainWindow

    window = MainWindow(demo, today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    window.group_combo.setCurrentIndex(
        window.group_combo.findText("ETCIP", Qt.MatchFlag.MatchStartsWith)
    )
    window.show_view("reports")
    view = window.view("reports")
    window.activateWindow()
    _click_section(qtbot, view, "regional")
    view.writing.narrative_edit.setFocus()
    qtbot.keyClicks(view.writing.narrative_edit, "A regional workshop in Nairobi.")
    assert view.writing.save_timer.isActive()
    window.close()
    assert _stored(demo, "regional") == ["A regional workshop in Nairobi."]


def test_text_typed_before_another_workspace_is_opened_stays_in_its_own(
    qtbot, view: ReportsView, demo, data_dir
) -> None:
    from chairdesk.store.database import open_workspace

    _click_section(qtbot, view, "regional")
    view.writing.narrative_edit.setFocus()
    qtbot.keyClicks(view.writing.narrative_edit, "Words for the first workspace.")
    other = open_workspace(data_dir / "other.sqlite3", data_dir / "backups")
    first_path = demo.path
    view.controller.set_workspace(other)
    first = open_workspace(first_path, data_dir / "backups")
    try:
        assert _stored(first, "regional") == ["Words for the first workspace."]
    finally:
        first.close()
    with other.read() as s:
        assert s.scalars(select(Narrative)).all() == []
    assert view.sections.model.rowCount() == 0 and not view.export_bar.export_action.isEnabled()


@pytest.mark.parametrize(
    ("document", "name", "title"),
    [
        (
            "annex",
            "Composition-annex-2022.docx",
            "Annex II\nWorking group structure and composition in 2022",
        ),
        ("handover", "ETCIP-handover-2023-01-20.docx", "Handover pack"),
    ],
)
def test_the_annex_and_the_handover_pack_are_exported_from_the_view(
    qtbot,
    view: ReportsView,
    monkeypatch,
    tmp_path,
    document: str,
    name: str,
    title: str,
) -> None:
    view.set_document(document)
    assert view.page_stack.currentWidget() is view.other_page
    assert view.export_bar.year_spin.isEnabled() == (document == "annex")
    suggested = _save_as(monkeypatch, tmp_path / name)
    with qtbot.waitSignal(view.export_bar.exporter.succeeded, timeout=30_000):
        view.export_bar.export_action.trigger()
    assert Path(suggested[0]).name == name
    paragraphs = [p.text for p in docx.Document(str(tmp_path / name)).paragraphs]
    assert paragraphs[0] == title


def test_the_concluding_chapter_takes_a_paragraph_of_the_chairs_own(
    qtbot, view: ReportsView, demo
) -> None:
    _click_section(qtbot, view, "concluding")
    assert view.writing.narrative_edit.isEnabled() and not view.writing.narrative_edit.isReadOnly()
    assert (
        "Challenges" in view.writing.facts_view.toPlainText()
    )  # its parts follow the chair's paragraph
    view.writing.narrative_edit.setFocus()
    qtbot.keyClicks(view.writing.narrative_edit, "The group closed its second work plan.")
    _click_section(qtbot, view, "challenges")  # leaving saves at once
    with demo.read() as s:
        texts = list(
            s.scalars(
                select(Narrative.text).where(Narrative.section == NarrativeSection.CONCLUDING)
            )
        )
    assert texts == ["The group closed its second work plan."]
    html = view.preview.browser.toPlainText()
    assert html.index("The group closed its second work plan.") < html.index("Challenges")


def test_the_exports_notes_are_shown_in_the_interfaces_language(
    qtbot, view: ReportsView, monkeypatch, tmp_path
) -> None:
    # A French document from an English interface: the notes are worded by the interface (tr()).
    view.export_bar.language_combo.setCurrentIndex(view.export_bar.language_combo.findData("fr"))
    _save_as(monkeypatch, tmp_path / "fr.docx")
    with qtbot.waitSignal(view.export_bar.exporter.succeeded, timeout=30_000):
        view.export_bar.export_action.trigger()
    message = view.message_label.text()
    assert "Recherche et analyse: nothing recorded for 2022; the section is left out." in message
    assert "rien n\u2019est enregistré" not in message
