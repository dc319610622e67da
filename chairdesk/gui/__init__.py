"""The desktop application (PySide6). The only layer that imports Qt widgets.

`app.MainWindow` is a shell: menus, toolbar, the view stack, the notices above it
(`window_notices`) and the status bar; `startup.run` starts it. Data changes only through
`controller.AppController.perform` (one transaction, one undo step, one `changed` signal);
the open workspace's life cycle is the controller's `workspace_session.WorkspaceSession`.
Views are packages under `views/` (a shell placing panels, each with `refresh(changed_tables)`),
dialogs modules under `dialogs/`; edits made in them go through `inline.InlineMessage`.
"""
