"""What the GUI tests share: a controller on a working group, a view on screen and active."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from chairdesk.gui.controller import AppController
from chairdesk.gui.qt import QWidget
from chairdesk.store.database import Workspace
from chairdesk.store.queries import group_by_acronym

ViewT = TypeVar("ViewT", bound=QWidget)


def controller_on(workspace: Workspace, acronym: str, today: date) -> AppController:
    """A controller whose selected group is `acronym`, seeing the workspace as at `today`."""
    controller = AppController(workspace, today=lambda: today)
    with workspace.read() as session:
        controller.set_group(group_by_acronym(session, acronym).id)
    return controller


def on_screen(qtbot, view: ViewT, width: int = 1200, height: int = 760) -> ViewT:  # noqa: ANN001
    """`view` shown at the given size and exposed (not yet the active window: `activate`)."""
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    return view


def activate(qtbot, view: QWidget) -> None:  # noqa: ANN001
    """Make `view`'s window the active one, as a chair's click would (key presses go there)."""
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow)
