"""Background work: results and errors come back on the UI thread; Cancel stops the work."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from chairdesk.gui.tasks import run_task


def test_result_arrives_on_the_ui_thread(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = {}

    def work(progress):
        seen["worker"] = threading.get_ident()
        for step in range(3):
            progress(step, 3, f"step {step}")
        return 42

    task = run_task(parent, "Working…", work)
    with qtbot.waitSignal(task.succeeded, timeout=5000) as result:
        pass
    assert result.args == [42]
    assert seen["worker"] != threading.get_ident()


def test_a_failure_is_reported_not_raised(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(progress):
        raise ValueError("the shared folder is offline")

    task = run_task(parent, "Working…", work)
    with qtbot.waitSignal(task.failed, timeout=5000) as failure:
        pass
    assert failure.args[0] == "the shared folder is offline"
    assert "ValueError" in failure.args[1]


def test_cancel_stops_the_work_at_its_next_progress_report(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    started = threading.Event()
    release = threading.Event()
    reached = []

    def work(progress):
        started.set()
        release.wait(5)
        for step in range(100):
            progress(step, 100, "")
            reached.append(step)
        return "finished"

    task = run_task(parent, "Working…", work)
    assert started.wait(5)
    task._cancel()  # what the dialog's Cancel button does
    release.set()
    with qtbot.waitSignal(task.cancelled, timeout=5000):
        pass
    assert reached == []
