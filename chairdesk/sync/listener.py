"""Sync's change listener: a linked workspace's local edits reach the Y.Doc in their own transaction.

`attach_if_linked(workspace)` is the one call both the command line and the application
make when they open a workspace: a linked one gets the listener, so that every edit, from
whichever process, lands in the outbox in the transaction that makes it (a crash cannot
separate them). The listener carries the workspace's Y.Doc cache (`LocalMirror.cache`,
used by the sync rounds too). Attaching costs one Core query; pycrdt is imported at the
first edit of a linked workspace, never before the first paint and never for one that is
not linked.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from chairdesk.store.database import Workspace
from chairdesk.store.queries import is_linked

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from chairdesk.sync.engine import DocCache

_ATTACHING = threading.Lock()


class LocalMirror:
    """Mirrors the synced records a transaction touched into the Y.Doc and the outbox."""

    def __init__(self) -> None:
        self._cache: DocCache | None = None

    @property
    def cache(self) -> DocCache:
        """The workspace's Y.Doc in memory (made on first use: pycrdt is loaded then)."""
        with _ATTACHING:
            if self._cache is None:
                from chairdesk.sync.engine import DocCache

                self._cache = DocCache()
            return self._cache

    def __call__(self, session: Session, touched: set[tuple[str, str]]) -> None:
        device_id = (
            session.connection()
            .exec_driver_sql("SELECT device_id FROM sync_state WHERE id = 1")
            .scalar()
        )
        if device_id is None:  # not linked (any more): nothing travels
            return
        from chairdesk.sync.engine import mirror_local

        mirror_local(session, self.cache, touched, device_id)


def mirror_of(workspace: Workspace) -> LocalMirror:
    """The workspace's sync listener, attached now if it was not."""
    with _ATTACHING:
        for listener in workspace.change_listeners():
            if isinstance(listener, LocalMirror):
                return listener
        mirror = LocalMirror()
        workspace.add_change_listener(mirror)
        return mirror


def attach_if_linked(workspace: Workspace) -> bool:
    """Attach sync's listener if the workspace is linked to a shared folder; whether it is."""
    with workspace.read_rows() as conn:
        linked = is_linked(conn)
    if linked:
        mirror_of(workspace)
    return linked
