"""A refusal in the interface's language: French words, French dates, in the field's own place."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from chairdesk.gui import i18n
from chairdesk.gui.controller import AppController
from chairdesk.gui.inline import FIELD_ERROR_STYLE, InlineMessage, refusal_text
from chairdesk.gui.views.composition import CompositionView
from chairdesk.store.demo import load_demo
from chairdesk.store.models import WorkingGroup
from chairdesk.store.ops import OperationError
from chairdesk.store.ops import composition as ops
from chairdesk.store.queries import group_by_acronym

TODAY = date(2022, 8, 15)


@pytest.fixture
def french(qapp):
    """The interface in French for one test; English (and the locale before) afterwards."""
    before = QLocale()
    assert i18n.install_language(qapp, "fr") == "fr"
    yield
    i18n.install_language(qapp, "en")
    QLocale.setDefault(before)


def _membership(workspace) -> str:
    with workspace.transaction() as s:
        group = ops.create_working_group(s, "ETCIP", "Emerging Threats", "II")
        entity = ops.add_entity(s, "UNODC", "United Nations Office on Drugs and Crime", "un")
        return ops.add_membership(s, group, entity, "member", start=date(2022, 7, 1))


def test_in_french_a_refused_edit_says_so_in_french_with_french_dates(
    qtbot, workspace, french
) -> None:
    membership = _membership(workspace)
    panel = QWidget()
    end, label = QLineEdit(panel), QLabel(panel)
    layout = QVBoxLayout(panel)
    layout.addWidget(end)
    layout.addWidget(label)
    qtbot.addWidget(panel)
    panel.show()
    panel.message = InlineMessage(AppController(workspace), label, {"end": end})

    outcome = panel.message.perform(
        "End", lambda s: ops.end_membership(s, membership, date(2022, 6, 8))
    )

    assert not outcome.ok and label.isVisible()
    assert label.text() == (
        "La participation se termine (8 juin 2022) avant de commencer (1er juillet 2022)."
    )
    assert end.styleSheet() == FIELD_ERROR_STYLE


def test_in_french_a_label_and_a_nested_phrase_are_french_too(workspace, french) -> None:
    membership = _membership(workspace)
    with workspace.transaction() as s:
        ops.end_membership(s, membership, date(2022, 12, 31))
    with pytest.raises(OperationError) as empty, workspace.transaction() as s:
        ops.add_entity(s, "DSS", "  ")
    assert refusal_text(empty.value) == "Le nom complet\u00a0: ce champ ne peut pas rester vide."
    with pytest.raises(OperationError) as ended, workspace.transaction() as s:
        ops.change_role(s, membership, "observer", date(2023, 3, 1))
    assert refusal_text(ended.value) == "Cette participation a pris fin le 31 décembre 2022."


def test_in_english_the_interface_words_it_as_the_command_line_does(workspace) -> None:
    membership = _membership(workspace)
    with pytest.raises(OperationError) as refused, workspace.transaction() as s:
        ops.end_membership(s, membership, date(2022, 6, 8))
    assert (
        refusal_text(refused.value)
        == refused.value.message
        == ("The membership ends (8 June 2022) before it starts (1 July 2022).")
    )


def test_in_french_the_composition_view_refuses_an_empty_name(qtbot, workspace, french) -> None:
    with workspace.transaction() as s:
        load_demo(s)
        etcip = group_by_acronym(s, "ETCIP").id
    controller = AppController(workspace, today=lambda: TODAY)
    controller.set_group(etcip)
    view = CompositionView(controller)
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    view.tabs.setCurrentWidget(view.details_tab)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
    view.details.name_edit.setFocus()
    view.details.name_edit.selectAll()
    qtbot.keyClick(view.details.name_edit, Qt.Key.Key_Delete)
    qtbot.keyClick(view.details.name_edit, Qt.Key.Key_Return)
    assert view.details.details_error.text() == "Le nom\u00a0: ce champ ne peut pas rester vide."
    with workspace.read() as s:
        assert s.get(WorkingGroup, etcip).name.startswith("Emerging Threats")


def test_in_french_a_refusal_from_background_work_is_reported_in_french(qtbot, french) -> None:
    from chairdesk.gui.tasks import run_task
    from chairdesk.store.refusals import Refusal

    parent = QWidget()
    qtbot.addWidget(parent)

    def work(progress):
        raise OperationError("minutes", Refusal.ITEM_TOO_LONG, minutes=480)

    task = run_task(parent, "Working…", work)
    with qtbot.waitSignal(task.failed, timeout=5000) as failure:
        pass
    assert failure.args[0] == "Un point de l’ordre du jour ne peut pas durer plus de 480 minutes."
