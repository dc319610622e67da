"""The main window on a real (offscreen) screen: first start, navigation, group, chair."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSettings, Qt

from chairdesk.gui.app import MainWindow, WorkspaceFileDialog


def _window(qtbot, workspace, today=date(2022, 8, 15)) -> MainWindow:
    window = MainWindow(workspace, today=lambda: today)
    qtbot.addWidget(window)
    window.show()
    return window


def _load_example(qtbot, window: MainWindow) -> None:
    qtbot.mouseClick(window.open_example_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.group_combo.count() == 8, timeout=10_000)


def test_first_start_offers_the_example_and_loads_it(qtbot, workspace) -> None:
    window = _window(qtbot, workspace)
    assert window.pages.currentWidget() is window.welcome_page
    assert window.group_combo.count() == 0

    _load_example(qtbot, window)

    assert window.pages.currentWidget() is not window.welcome_page
    labels = [window.group_combo.itemText(i) for i in range(window.group_combo.count())]
    assert "ETCIP — Emerging Threats and Critical Infrastructure Protection" in labels


def test_the_group_switcher_shows_whole_names_that_arrive_after_the_window(
    qtbot, workspace
) -> None:
    window = _window(qtbot, workspace)  # shown empty: the switcher has nothing to measure yet
    window.resize(1360, 820)
    _load_example(qtbot, window)
    window.group_combo.setCurrentIndex(
        window.group_combo.findText("ETCIP", Qt.MatchFlag.MatchStartsWith)
    )
    name = window.group_combo.currentText()
    assert name == "ETCIP — Emerging Threats and Critical Infrastructure Protection"
    qtbot.waitUntil(
        lambda: (
            window.group_combo.width()
            > window.group_combo.fontMetrics().horizontalAdvance(name) + 30
        )
    )


def test_status_bar_names_the_chair_of_the_selected_group(qtbot, workspace) -> None:
    window = _window(qtbot, workspace)
    _load_example(qtbot, window)
    window.group_combo.setCurrentIndex(
        window.group_combo.findText("ETCIP", Qt.MatchFlag.MatchStartsWith)
    )
    assert window.chair_label.text() == "Chair: OPCW · next: INTERPOL from 1 October 2022"


def test_navigation_by_list_and_shortcut(qtbot, workspace) -> None:
    window = _window(qtbot, workspace)
    _load_example(qtbot, window)
    window.nav.setCurrentRow(window.VIEWS.index("meetings"))
    assert window.current_view_name() == "meetings"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.nav, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view_name() == "workplan"


def test_new_workspace_switches_and_remembers_recent(
    qtbot, workspace, tmp_path, monkeypatch
) -> None:
    window = _window(qtbot, workspace)
    target = tmp_path / "second.sqlite3"
    monkeypatch.setattr(WorkspaceFileDialog, "ask_new", classmethod(lambda cls, parent: target))
    qtbot.mouseClick(window.new_workspace_button, Qt.MouseButton.LeftButton)
    assert window.controller.workspace.path == target and target.exists()
    assert window.current_view_name() == "composition"
    recent = QSettings().value("recentWorkspaces")
    assert str(target) in recent and str(workspace.path) in recent


def test_a_workspace_in_a_cloud_synced_folder_is_refused(qtbot, workspace, tmp_path) -> None:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    target = tmp_path / "OneDrive - United Nations" / "group.sqlite3"
    target.parent.mkdir()
    assert not window.switch_workspace(target)
    assert "refuses to use" in window.statusBar().currentMessage()
    assert window.controller.workspace is workspace
    assert not target.exists()
