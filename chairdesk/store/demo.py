"""The shipped demo workspace: the Counter-Terrorism Compact's eight working groups in 2022."""

from __future__ import annotations

from sqlalchemy.orm import Session

from chairdesk.paths import resource_path
from chairdesk.store.interchange import ImportReport, import_workspace, read_workspace_file


def demo_file():  # noqa: ANN201 - a Path
    return resource_path("demo", "workspace.json")


def load_demo(session: Session) -> ImportReport:
    """Import the demo into the workspace (idempotent: loading it twice changes nothing)."""
    return import_workspace(session, read_workspace_file(demo_file()))
