"""Looking at a workspace "as at" another day than today: the example (2022) opens as at its own
last day, with a notice the chair can change and clear, and every "today" view follows."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from chairdesk.gui.app import MainWindow
from chairdesk.gui.views.workplan_status import OVERDUE_ROLE
from chairdesk.store.demo import EXAMPLE_AS_AT, load_demo
from chairdesk.store.models import Activity, Output, WorkPlan
from chairdesk.store.queries import group_by_acronym

CALENDAR_TODAY = date(2026, 3, 10)  # years after the example's records end


def _window(qtbot, workspace) -> MainWindow:  # noqa: ANN001
    window = MainWindow(workspace, today=lambda: CALENDAR_TODAY)
    qtbot.addWidget(window)
    window.resize(1100, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def _pick_group(window: MainWindow, acronym: str) -> None:
    index = next(
        i
        for i in range(window.group_combo.count())
        if window.group_combo.itemText(i).startswith(acronym)
    )
    window.group_combo.setCurrentIndex(index)


def _dashboard_chair(qtbot, window: MainWindow) -> str:  # noqa: ANN001
    window.show_view("dashboard")
    dashboard = window.view("dashboard")
    qtbot.waitUntil(lambda: not dashboard._stale)
    return dashboard.chair_label.text()


def _c2_overdue(window: MainWindow) -> bool:
    window.show_view("workplan")
    view = window.view("workplan")
    with window.controller.read() as s:
        group_id = group_by_acronym(s, "ETCIP").id
        c2 = s.scalars(
            select(Activity.id)
            .join(Output)
            .join(WorkPlan)
            .where(WorkPlan.group_id == group_id, Activity.code == "C2")
        ).one()
    return bool(view.proxy_index(c2, "due").data(OVERDUE_ROLE))


def test_the_example_opens_as_at_its_last_day_and_the_chair_can_change_and_clear_it(
    qtbot, workspace
) -> None:
    window = _window(qtbot, workspace)
    assert not window.as_at_bar.isVisible(), "an empty workspace is seen as today"

    qtbot.mouseClick(window.open_example_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.group_combo.count() == 8, timeout=30_000)
    qtbot.waitUntil(window.as_at_bar.isVisible)
    assert (
        "as at 15 December 2022" in window.as_at_bar.text()
        and "not today (10 March 2026)" in window.as_at_bar.text()
    )
    assert window.as_at_bar.edit.date() == QDate(2022, 12, 15)
    assert window.as_at_bar.today_button.isVisible()

    # Every "today" view is as at that day: the dashboard, the status bar, what is overdue.
    _pick_group(window, "ETCIP")
    assert _dashboard_chair(qtbot, window) == "Chair: INTERPOL until 31 December 2022"
    assert window.chair_label.text() == "Chair on 15 December 2022: INTERPOL"
    assert _c2_overdue(window), (
        "C2, delayed and due 30 November 2022, is overdue on 15 December 2022"
    )
    window.show_view("reports")
    reports = window.view("reports")
    reports.export_bar.document_combo.setCurrentIndex(
        reports.export_bar.document_combo.findData("handover")
    )
    assert reports.suggested_name() == "ETCIP-handover-2022-12-15.docx", (
        "the handover pack is prepared for that day"
    )

    # The chair changes the day in the notice.
    window.as_at_bar.edit.setFocus()
    window.as_at_bar.edit.setDate(QDate(2022, 8, 15))
    qtbot.waitUntil(lambda: "as at 15 August 2022" in window.as_at_bar.text())
    assert window.chair_label.text().startswith("Chair on 15 August 2022: OPCW")
    assert (
        _dashboard_chair(qtbot, window)
        == "Chair: OPCW until 30 September 2022; INTERPOL from 1 October 2022"
    )
    assert not _c2_overdue(window)

    # And clears it: back to today, where a 2022 workspace has nobody chairing.
    qtbot.mouseClick(window.as_at_bar.today_button, Qt.MouseButton.LeftButton)
    assert not window.as_at_bar.isVisible()
    assert window.chair_label.text() == "Chair: none today"
    assert _dashboard_chair(qtbot, window) == "Chair: none today"
    assert window.controller.today() == CALENDAR_TODAY

    # The choice is this workspace's: opened again, it is seen as today, not as the example's day.
    window.close()
    again = _window(qtbot, workspace)
    assert again.controller.as_at is None and not again.as_at_bar.isVisible()


def test_the_example_loaded_elsewhere_opens_as_at_its_day_and_a_chosen_day_is_remembered(
    qtbot, workspace
) -> None:
    with workspace.transaction() as session:  # `chairdesk demo`, then the application
        load_demo(session)
    window = _window(qtbot, workspace)
    assert window.controller.as_at == EXAMPLE_AS_AT and window.as_at_bar.isVisible()

    window.as_at_bar.edit.setDate(QDate(2022, 3, 1))
    qtbot.waitUntil(lambda: window.controller.as_at == date(2022, 3, 1))
    window.close()
    again = _window(qtbot, workspace)
    assert again.controller.as_at == date(2022, 3, 1)
    assert "as at 1 March 2022" in again.as_at_bar.text()


def test_any_workspace_can_be_seen_as_at_another_day_from_the_go_menu(
    qtbot, workspace, small_file
) -> None:
    from chairdesk.store.interchange import import_workspace, read_workspace_file

    with workspace.transaction() as session:
        import_workspace(session, read_workspace_file(small_file))
    window = _window(qtbot, workspace)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert window.controller.as_at is None and not window.as_at_bar.isVisible()
    assert window.chair_label.text() == "Chair: none today"

    go_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Go")
    next(a for a in go_menu.actions() if a.text() == "See as at Another &Day…").trigger()
    assert window.as_at_bar.isVisible() and window.as_at_bar.edit.hasFocus()
    assert not window.as_at_bar.today_button.isVisible(), "still today: nothing to go back from"
    window.as_at_bar.edit.setDate(QDate(2022, 5, 2))
    qtbot.waitUntil(lambda: window.controller.as_at == date(2022, 5, 2))
    assert window.chair_label.text() == "Chair on 2 May 2022: UNICRI · next: OPCW from 1 July 2022"
