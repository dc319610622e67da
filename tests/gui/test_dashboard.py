"""The Dashboard in the main window: its figures, and how they follow edits made in the Work plan."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSpinBox, QTableView
from sqlalchemy import select

from chairdesk.gui.app import MainWindow
from chairdesk.gui.chart_canvas import ChartCanvas
from chairdesk.gui.views.dashboard import DashboardView
from chairdesk.gui.views.workplan_status import OVERDUE_ROLE
from chairdesk.store.demo import load_demo
from chairdesk.store.models import ActionItem, Meeting

TODAY = date(2022, 8, 15)


@pytest.fixture
def window(qtbot, workspace) -> MainWindow:
    with workspace.transaction() as s:
        load_demo(s)
    w = MainWindow(workspace, today=lambda: TODAY)
    qtbot.addWidget(w)
    w.resize(1200, 760)
    w.show()
    qtbot.waitExposed(w)
    w.group_combo.setCurrentIndex(w.group_combo.findText("ETCIP", Qt.MatchFlag.MatchStartsWith))
    w.show_view("dashboard")
    return w


def _dashboard(qtbot, window: MainWindow) -> DashboardView:
    view = window.view("dashboard")
    assert window.current_view_name() == "dashboard"
    status = view.findChild(ChartCanvas, "statusChart")
    qtbot.waitUntil(
        lambda: (
            status.figure is not None
            and view.findChild(ChartCanvas, "meetingsChart").figure is not None
        )
    )
    return view


def _text(view, name: str) -> str:
    return view.findChild(QLabel, name).text()


def _table(view, name: str) -> list[list[str]]:
    table = view.findChild(QTableView, name)
    model = table.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def _status_counts(view) -> dict[str, dict[str, int]]:
    """Output → status → count, as the status chart was drawn."""
    data = view.findChild(ChartCanvas, "statusChart").data
    return {
        category.split(":")[0]: {s.key: s.values[i] for s in data.series if s.values[i]}
        for i, category in enumerate(data.categories)
    }


def _drawn_widths(view, label: str) -> list[float]:
    """The widths of one status's segments in the figure itself."""
    (ax,) = view.findChild(ChartCanvas, "statusChart").figure.axes
    containers = [c for c in ax.containers if c.get_label() == label]
    return [p.get_width() for p in containers[0]] if containers else []


def test_the_dashboard_shows_the_groups_figures(qtbot, window) -> None:
    view = _dashboard(qtbot, window)
    assert (
        _text(view, "groupTitleLabel")
        == "ETCIP — Emerging Threats and Critical Infrastructure Protection"
    )
    assert (
        _text(view, "chairLabel")
        == "Chair: OPCW until 30 September 2022; INTERPOL from 1 October 2022"
    )
    next_meeting = _text(view, "nextMeetingLabel")
    assert "28 September 2022" in next_meeting and "(in 44 days)" in next_meeting
    assert "third-quarter regular meeting 2022" in next_meeting and "6 agenda items" in next_meeting
    assert _text(view, "openActionsLabel") == "2 open action items, none overdue"
    assert _text(view, "dueActivitiesLabel") == "9 activities due in Q3 and Q4 2022, 3 completed"
    assert _text(view, "overdueActivitiesLabel") == "No overdue activities"
    actions = _table(view, "actionsTable")
    assert [row[0] for row in actions] == ["OPCW", "UNICRI"]  # by due date
    assert actions[1][2] == "Finalize the UAS mapping"
    due = _table(view, "dueActivitiesTable")
    assert [row[0] for row in due] == ["A1", "C3", "C2", "A3", "B1", "B2", "C1", "D1", "D3"]
    assert _status_counts(view) == {
        "A": {"completed": 2, "in_progress": 1},
        "B": {"completed": 2, "in_progress": 1},
        "C": {"completed": 1, "in_progress": 1, "delayed": 1},
        "D": {"completed": 1, "in_progress": 1, "not_started": 1},
    }
    meetings = view.findChild(ChartCanvas, "meetingsChart").data
    assert meetings.categories[0] == "Q1 2021" and meetings.categories[-1] == "Q4 2022"
    regular = next(s for s in meetings.series if s.key == "regular")
    in_focus = next(s for s in meetings.series if s.key == "in_focus")
    assert regular.values == (0, 0, 0, 0, 1, 1, 1, 1)
    assert in_focus.values == (0, 0, 0, 0, 0, 0, 0, 1)


def test_inline_edits_in_the_work_plan_show_on_the_dashboard_and_undo_reverts_them(
    qtbot, window
) -> None:
    dashboard = _dashboard(qtbot, window)
    assert _drawn_widths(dashboard, "Completed") == [2, 2, 1, 1]

    window.show_view("workplan")
    plan = window.view("workplan")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)

    # A1 (completed, due 30 September 2022) goes back to "In progress" at 80 %, through the editors.
    a1 = plan.proxy.index(0, 0, plan.proxy.index(0, 0))
    assert a1.data() == "A1"
    status = a1.siblingAtColumn(6)
    plan.tree.setCurrentIndex(status)
    plan.tree.edit(status)
    combo = plan.tree.findChild(QComboBox, "statusEditor")
    qtbot.keyClicks(combo, "I")  # "In progress"
    qtbot.waitUntil(
        lambda: (
            plan.proxy.index(0, 0, plan.proxy.index(0, 0)).siblingAtColumn(6).data()
            == "In progress"
        )
    )
    progress = plan.proxy.index(0, 0, plan.proxy.index(0, 0)).siblingAtColumn(7)
    plan.tree.setCurrentIndex(progress)
    plan.tree.edit(progress)
    spin = plan.tree.findChild(QSpinBox, "progressEditor")
    spin.selectAll()
    qtbot.keyClicks(spin, "80")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: plan.proxy.index(0, 0, plan.proxy.index(0, 0)).siblingAtColumn(7).data() == "80 %"
    )

    # A2 (completed, due 30 June 2022) reopened: now overdue.
    a2 = plan.proxy.index(1, 0, plan.proxy.index(0, 0))
    assert plan.proxy.setData(a2.siblingAtColumn(6), "in_progress")
    assert plan.proxy.index(1, 0, plan.proxy.index(0, 0)).siblingAtColumn(5).data(OVERDUE_ROLE)

    window.show_view("dashboard")
    qtbot.waitUntil(lambda: _status_counts(dashboard)["A"] == {"in_progress": 3})
    assert (
        _text(dashboard, "dueActivitiesLabel") == "9 activities due in Q3 and Q4 2022, 2 completed"
    )
    assert _text(dashboard, "overdueActivitiesLabel") == "⚠ 1 overdue activity"
    due = _table(dashboard, "dueActivitiesTable")
    assert due[0][0] == "A2" and due[0][2] == "In progress (100 %) · overdue"
    assert next(r for r in due if r[0] == "A1")[2] == "In progress (80 %)"
    assert _drawn_widths(dashboard, "Completed") == [0, 2, 1, 1]

    # Undo all three steps (Ctrl+Z in the main window) and the figures come back.
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _status_counts(dashboard)["A"] == {"completed": 2, "in_progress": 1})
    assert (
        _text(dashboard, "dueActivitiesLabel") == "9 activities due in Q3 and Q4 2022, 3 completed"
    )
    assert _text(dashboard, "overdueActivitiesLabel") == "No overdue activities"
    assert _drawn_widths(dashboard, "Completed") == [2, 2, 1, 1]
    assert window.controller.undo_stack.index() == 0


def test_the_dashboard_follows_the_group_and_other_tables(qtbot, window) -> None:
    dashboard = _dashboard(qtbot, window)
    window.group_combo.setCurrentIndex(
        window.group_combo.findText("RMME", Qt.MatchFlag.MatchStartsWith)
    )
    assert _text(dashboard, "groupTitleLabel").startswith("RMME")
    qtbot.waitUntil(lambda: set(_status_counts(dashboard)) == {"A", "B"})
    # An action item closed elsewhere: the count follows.
    before = _text(dashboard, "openActionsLabel")
    assert before == "1 open action item, none overdue"

    def close_all(session) -> None:  # noqa: ANN001
        for item in session.scalars(
            select(ActionItem)
            .join(Meeting, ActionItem.meeting_id == Meeting.id)
            .where(Meeting.group_id == window.controller.group_id, ActionItem.status == "open")
        ):
            item.status = "done"

    window.controller.perform("Close action items", close_all)
    assert _text(dashboard, "openActionsLabel") == "No open action items"
    window.controller.undo_stack.undo()
    assert _text(dashboard, "openActionsLabel") == before


def test_the_dashboard_models_pass_the_model_tester(qtbot, qtmodeltester, window) -> None:
    view = _dashboard(qtbot, window)
    qtmodeltester.check(view.actions_model)
    qtmodeltester.check(view.due_model)
    qtmodeltester.check(view.findChild(QTableView, "dueActivitiesTable").model())


@pytest.mark.slow
def test_matplotlib_is_loaded_only_after_the_window_is_shown(tmp_path) -> None:
    code = textwrap.dedent(
        f"""
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ["CHAIRDESK_DATA_DIR"] = {str(tmp_path)!r}
        from datetime import date
        from pathlib import Path
        from PySide6.QtCore import QSettings
        from PySide6.QtWidgets import QApplication
        app = QApplication([])
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {str(tmp_path / "settings")!r})
        from chairdesk.gui.app import MainWindow
        from chairdesk.store.database import open_workspace
        from chairdesk.store.demo import load_demo
        ws = open_workspace(Path({str(tmp_path)!r}) / "w.sqlite3", Path({str(tmp_path)!r}) / "backups")
        with ws.transaction() as s:
            load_demo(s)
        window = MainWindow(ws, today=lambda: date(2022, 8, 15))
        window.show_view("dashboard")
        window.show()
        before = "matplotlib" in sys.modules
        for _ in range(20):
            app.processEvents()
        after = "matplotlib" in sys.modules
        print(before, after, "matplotlib.pyplot" in sys.modules, flush=True)
        window.close()
        ws.close()
        del window
        del app
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True", "False"]
