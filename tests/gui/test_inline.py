"""Refusals shown where the chair is working: the message line and the field it names."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QVBoxLayout, QWidget

from chairdesk.gui.controller import AppController
from chairdesk.gui.inline import FIELD_ERROR_STYLE, InlineMessage
from chairdesk.store.ops import composition as ops


def _panel(qtbot, workspace):  # noqa: ANN001, ANN202
    panel = QWidget()
    name, label = QLineEdit(panel), QLabel(panel)
    layout = QVBoxLayout(panel)
    layout.addWidget(name)
    layout.addWidget(label)
    qtbot.addWidget(panel)
    panel.show()
    controller = AppController(workspace)
    panel.message = InlineMessage(controller, label, {"name": name})  # kept alive with the panel
    return controller, panel, name, label


def test_a_refused_edit_is_said_in_place_and_names_its_field(qtbot, workspace) -> None:
    controller, panel, name, label = _panel(qtbot, workspace)
    message = panel.message
    outcome = message.perform("Add entity", lambda s: ops.add_entity(s, "DSS", ""))
    assert not outcome.ok
    assert label.isVisible() and "name" in label.text().lower()
    assert name.styleSheet() == FIELD_ERROR_STYLE
    assert controller.undo_stack.count() == 0  # nothing was written, nothing to undo

    outcome = message.perform(
        "Add entity", lambda s: ops.add_entity(s, "DSS", "Safety and Security")
    )
    assert outcome.ok and isinstance(outcome.result, str)
    assert not label.isVisible() and name.styleSheet() == ""
    assert controller.undo_stack.count() == 1 and controller.undo_stack.undoText() == "Add entity"


def test_a_confirmation_replaces_a_refusal(qtbot, workspace) -> None:
    _controller, panel, name, label = _panel(qtbot, workspace)
    message = panel.message
    message.perform("Add entity", lambda s: ops.add_entity(s, "", "No acronym"))
    assert label.isVisible()
    message.say("Copied to 8 June 2022.")
    assert label.text() == "Copied to 8 June 2022." and label.styleSheet() == ""
    assert name.styleSheet() == ""


def test_a_panels_own_check_outlines_its_field_until_the_next_message(qtbot, workspace) -> None:
    # A panel's own check (an acronym no entity has) is said like a refusal, the field outlined.
    _controller, panel, name, label = _panel(qtbot, workspace)
    message = panel.message
    message.say("No entity is called NOSUCH.", error=True, field=name)
    assert label.isVisible() and label.text() == "No entity is called NOSUCH."
    assert name.styleSheet() == FIELD_ERROR_STYLE
    message.clear()
    assert not label.isVisible() and name.styleSheet() == ""
