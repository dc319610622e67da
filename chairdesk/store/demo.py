"""The shipped demo workspace: the Counter-Terrorism Compact's eight working groups in 2022."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from chairdesk.paths import resource_path

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from chairdesk.store.interchange import ImportReport

#: The example workspace's name, as its file gives it.
EXAMPLE_NAME = "Counter-Terrorism Compact (demo)"
#: The example's own last day (its last meeting and progress updates): the day it is seen as at,
#: since "today" finds nobody chairing and no meeting planned in a 2022 workspace.
EXAMPLE_AS_AT = date(2022, 12, 15)


def demo_file():  # noqa: ANN201 - a Path
    return resource_path("demo", "workspace.json")


def load_demo(session: Session) -> ImportReport:
    """Import the demo into the workspace (idempotent: loading it twice changes nothing)."""
    # The interchange models (pydantic) load only when the example does.
    from chairdesk.store.interchange import import_workspace, read_workspace_file

    return import_workspace(session, read_workspace_file(demo_file()))
