"""The Qt binding ChairDesk runs on must not corrupt the interpreter.

PySide6 6.12.0's QCoreApplication.processEvents() dropped a reference to None on
each call: a few thousand calls (a wait loop while a long backup ran at quit)
aborted the process with "Fatal Python error: none_dealloc". pyproject.toml
excludes that release; this test fails on any build with the same fault.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEventLoop


def test_processing_events_keeps_the_interpreter_sound(qapp) -> None:  # noqa: ANN001
    before = sys.getrefcount(None)
    for _ in range(200):
        QCoreApplication.processEvents()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1)
    # Other code may take or drop a few references meanwhile; 400 calls losing one each may not.
    assert sys.getrefcount(None) > before - 100
