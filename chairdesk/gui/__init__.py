"""The desktop application (PySide6). The only layer that imports Qt widgets.

`app.MainWindow` is a shell: menus, toolbar, the view stack, the notices above it
(`window_notices`) and the status bar; `startup.run` starts it. Data changes only through
`controller.AppController.perform` (one transaction, one undo step, one `changed` signal);
the open workspace's life cycle is the controller's `workspace_session.WorkspaceSession`.
Views are packages under `views/` (a shell placing panels, each with `refresh(changed_tables)`),
dialogs modules under `dialogs/`; edits made in them go through `inline.InlineMessage`.

The command line enters the application only through the two functions below, which import
it when they are called (nothing of Qt is loaded by `chairdesk info` or `chairdesk export`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path


def run_application(workspace: Path | None, backups: Path) -> int:
    """Open the main window on `workspace` (None: the last one used); the exit status."""
    from chairdesk.gui.startup import run

    return run(workspace, backups)


def run_self_test() -> int:
    """`chairdesk --self-test`: every module, a migration, each export and chart; the exit status."""
    from chairdesk.gui.selftest import self_test

    return self_test()
