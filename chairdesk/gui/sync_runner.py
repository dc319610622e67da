"""Sync rounds in the background: when the shared folder changes, on a timer, on request.

A round reads files a cloud client may still be writing, or a network drive that
has gone away, so it never runs on the UI thread and never shows a dialog on its
own: it reports through signals, and the status bar and the Sync view show what
happened. Rounds never overlap; a request during a round runs one more round
after it. Remote changes reach the open views through AppController.reload().
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path
from typing import Any

from chairdesk.gui.controller import AppController
from chairdesk.gui.qt import QFileSystemWatcher, QObject, QThread, QTimer, Signal, Slot

log = logging.getLogger(__name__)

#: A folder event is followed by more while a client writes a batch of files.
SETTLE_MS = 1500
#: Rounds also run on a timer: some clients (and network drives) send no events.
PERIOD_MS = 60_000


class _RoundWorker(QObject):
    finished = Signal(object, object)  # report or None, error message or None

    def __init__(self, workspace: Any, passphrase: str | None, full_scan: bool) -> None:
        super().__init__()
        self._workspace = workspace
        self._passphrase = passphrase
        self._full_scan = full_scan

    @Slot()
    def run(self) -> None:
        from chairdesk.sync import service

        try:
            report = service.run_round(
                self._workspace, passphrase=self._passphrase, full_scan=self._full_scan
            )
        except Exception as exc:  # noqa: BLE001 - a failed round is reported, never raised
            log.exception("sync round failed")
            self.finished.emit(None, str(exc) or type(exc).__name__)
        else:
            self.finished.emit(report, None)


class SyncRunner(QObject):
    """Runs sync rounds for the controller's workspace while it is linked to a folder."""

    roundStarted = Signal()
    roundFinished = Signal(object)  # the RoundReport
    roundFailed = Signal(str)
    statusChanged = Signal(object)  # the SyncStatus, or None when not linked

    def __init__(self, controller: AppController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.passphrase: str | None = None
        self.status: Any = None
        self._thread: QThread | None = None
        self._worker: _RoundWorker | None = None
        self._again = False
        self._again_full = False
        self._reloading = False
        self.offline = False  # the last round found the folder unreachable
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._on_folder_event)
        self._watcher.fileChanged.connect(self._on_folder_event)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.request_round)
        self._timer = QTimer(self, interval=PERIOD_MS)
        self._timer.timeout.connect(self.request_round)
        controller.workspaceChanged.connect(self._on_workspace_changed)
        controller.changed.connect(self._on_local_change)

    def _on_workspace_changed(self) -> None:
        self.offline = False
        self.refresh()

    @property
    def busy(self) -> bool:
        return self._thread is not None

    def refresh(self) -> None:
        """Read the sync state again (cheap: local tables only) and follow the folder."""
        try:
            if not self._linked():
                self._set_status(None)
                return
            from chairdesk.sync import service  # pycrdt: paid for only by linked workspaces

            # Local tables only: asking the folder may block (the rounds find out instead).
            status = service.status(self.controller.workspace, check_folder=False)
        except Exception:  # noqa: BLE001 - a status that cannot be read is "not linked"
            log.exception("cannot read the sync status")
            status = None
        if status is not None and self.offline:
            status = dataclasses.replace(status, online=False)
        self._set_status(status)

    def _linked(self) -> bool:
        from chairdesk.store.queries import is_linked

        with self.controller.read_rows() as conn:
            return is_linked(conn)

    def _set_status(self, status: Any) -> None:
        self.status = status
        self._follow_folder()
        self.statusChanged.emit(self.status)

    def _follow_folder(self) -> None:
        watched = self._watcher.directories() + self._watcher.files()
        if watched:
            self._watcher.removePaths(watched)
        folder = getattr(self.status, "folder", None)
        if not folder:
            self._timer.stop()
            return
        self._timer.start()
        root = Path(folder)
        paths = [root, root / "devices"]
        devices = root / "devices"
        try:
            if devices.is_dir():
                paths += [p for p in devices.iterdir() if p.is_dir()]
        except OSError:
            pass  # offline: the timer retries
        existing = [str(p) for p in paths if p.exists()]
        if existing:
            self._watcher.addPaths(existing)

    def _on_folder_event(self, _path: str) -> None:
        self._settle.start()

    def _on_local_change(self, tables: set[str]) -> None:
        # A local edit is in the outbox: send it soon, after a burst of typing settles.
        if not self._reloading and getattr(self.status, "folder", None) and tables:
            self._settle.start()

    def request_round(self, full_scan: bool = False) -> None:
        """A round soon; `full_scan` when a person asked for it (every device folder is listed)."""
        if getattr(self.status, "folder", None) is None:
            return
        if self.controller.workspace.damage is not None:
            return  # nothing is written to a damaged workspace: the window says how to restore it
        if self.busy:
            self._again = True
            self._again_full = self._again_full or full_scan
            return
        full_scan = full_scan or self._again_full
        self._again = self._again_full = False
        self._thread = QThread(self)
        self._worker = _RoundWorker(self.controller.workspace, self.passphrase, full_scan)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.finished.connect(self._on_round_finished)
        self.roundStarted.emit()
        self._thread.start()

    @Slot(object, object)
    def _on_round_finished(self, report: Any, error: str | None) -> None:
        assert self._thread is not None
        self._thread.quit()
        self._thread.wait()
        self._thread.deleteLater()
        self._worker.deleteLater()
        self._thread = self._worker = None
        if error is not None:
            self.roundFailed.emit(error)
        else:
            self.offline = bool(getattr(report, "offline", False))
            tables = set(getattr(report, "changed_tables", ()) or ())
            if tables:
                self._reloading = True
                try:
                    self.controller.reload(tables)
                finally:
                    self._reloading = False
            self.roundFinished.emit(report)
        self.refresh()
        if self._again:
            self.request_round(self._again_full)

    def wait(self) -> None:
        """Let a running round end (on quit: never cut a round off mid-transaction)."""
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
