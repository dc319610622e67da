"""The main window on a real (offscreen) screen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from chairdesk.gui.app import MainWindow
from chairdesk.gui.models import GroupsModel


def _column(window: MainWindow, name: str) -> list[str]:
    proxy = window.groups_proxy
    col = GroupsModel.COLUMNS.index(name)
    return [proxy.index(row, col).data() for row in range(proxy.rowCount())]


def test_first_start_offers_the_example_and_loads_it(qtbot, workspace) -> None:
    window = MainWindow(workspace, today=lambda: date(2022, 8, 15))
    qtbot.addWidget(window)
    window.show()
    assert window.first_start_panel.isVisible()
    assert window.groups_proxy.rowCount() == 0

    qtbot.mouseClick(window.load_demo_button, Qt.MouseButton.LeftButton)

    assert not window.first_start_panel.isVisible()
    assert window.groups_proxy.rowCount() == 8
    groups = _column(window, "acronym")
    assert {"ETCIP", "BMLE", "PCVE", "RMME", "NARS", "GSA"} <= set(groups)
    etcip = groups.index("ETCIP")
    assert _column(window, "chair")[etcip] == "OPCW", "OPCW chaired ETCIP in Q3 2022"
    assert _column(window, "handover")[etcip] == "INTERPOL from 1 October 2022"
    assert _column(window, "pillar") == sorted(_column(window, "pillar"), key=["I", "II", "III", "IV"].index)


def test_groups_model_passes_the_model_tester(qtmodeltester, workspace) -> None:
    window = MainWindow(workspace)
    window.load_demo()
    qtmodeltester.check(window.groups_model)
    qtmodeltester.check(window.groups_proxy)


def test_without_a_current_chair_the_last_one_is_named(qtbot, workspace) -> None:
    window = MainWindow(workspace, today=lambda: date(2026, 11, 28))
    qtbot.addWidget(window)
    window.load_demo()
    etcip = _column(window, "acronym").index("ETCIP")
    assert _column(window, "chair")[etcip] == "none (last: INTERPOL, until 31 December 2022)"
