"""Long work off the UI thread, with a progress dialog and a way to cancel.

The work function runs on a worker thread with its own database session (never
one shared with the UI thread); it reports progress through a callback, which
raises Cancelled once the person has pressed Cancel. Results and errors come
back on the UI thread as signals: workers never touch widgets.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from chairdesk.gui.qt import QObject, QProgressDialog, Qt, QThread, QWidget, Signal, Slot

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # (done, total, what) — raises Cancelled


class Cancelled(Exception):
    pass


def _said(exc: Exception) -> str:
    """A failure in words: a refusal in the interface's language, anything else as it says itself."""
    from chairdesk.store.ops import OperationError

    if isinstance(exc, OperationError):
        from chairdesk.gui.inline import refusal_text

        return refusal_text(exc)
    return str(exc) or type(exc).__name__


class _Worker(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str, str)  # message, details
    cancelled = Signal()

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._work = work
        self.cancel_requested = False

    def _progress(self, done: int, total: int, what: str = "") -> None:
        if self.cancel_requested:
            raise Cancelled
        self.progressed.emit(done, total, what)

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except Cancelled:
            self.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - every failure is shown, none is lost
            details = traceback.format_exc()
            log.error("background task failed:\n%s", details)
            self.failed.emit(_said(exc), details)
        else:
            self.succeeded.emit(result)


class Task(QObject):
    """One piece of background work; keep a reference until `finished`."""

    succeeded = Signal(object)
    failed = Signal(str, str)
    cancelled = Signal()
    finished = Signal()

    def __init__(
        self, parent: QWidget, label: str, work: Callable[[Progress], Any], *, dialog: bool = True
    ) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._worker = _Worker(work)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        # Without a dialog the work is housekeeping the person did not ask for (today's
        # backup): it must not stand in their way, and it has nothing to cancel.
        self._dialog: QProgressDialog | None = None
        if dialog:
            self._dialog = QProgressDialog(label, self.tr("Cancel"), 0, 0, parent)
            self._dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self._dialog.setMinimumDuration(400)  # quick work shows no dialog at all
            self._dialog.setAutoClose(False)
            self._dialog.setAutoReset(False)
            self._dialog.canceled.connect(self._cancel)
            self._worker.progressed.connect(self._on_progress)
        # Bound slots of this object (which lives on the UI thread), not lambdas:
        # Qt then queues the outcome to the UI thread.
        self._worker.succeeded.connect(self._on_succeeded)
        self._worker.failed.connect(self._on_failed)
        self._worker.cancelled.connect(self._on_cancelled)

    def start(self) -> Task:
        self._thread.start()
        return self

    def _cancel(self) -> None:
        self._worker.cancel_requested = True
        if self._dialog is not None:
            self._dialog.setLabelText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int, what: str) -> None:
        assert self._dialog is not None
        self._dialog.setMaximum(max(total, 0))
        self._dialog.setValue(done)
        if what:
            self._dialog.setLabelText(what)

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        self._finish(self.succeeded.emit, result)

    @Slot(str, str)
    def _on_failed(self, message: str, details: str) -> None:
        self._finish(self.failed.emit, message, details)

    @Slot()
    def _on_cancelled(self) -> None:
        self._finish(self.cancelled.emit)

    def _finish(self, announce: Callable[..., None], *outcome: object) -> None:
        # The thread is stopped before the outcome is announced, so whoever
        # receives it may drop the task (and its parent) at once.
        if self._dialog is not None:
            self._dialog.reset()
            self._dialog.hide()
        self._thread.quit()
        self._thread.wait()
        announce(*outcome)
        self.finished.emit()


def run_task(
    parent: QWidget, label: str, work: Callable[[Progress], Any], *, dialog: bool = True
) -> Task:
    return Task(parent, label, work, dialog=dialog).start()
