"""The floor for start-up on this stack: PySide6 + SQLAlchemy, one query, one table.

    python bare_startup.py WORKSPACE GROUP_ID

Imports PySide6 and SQLAlchemy, opens the workspace, selects the group's
meetings (with their agenda length and open actions, as the Meetings list
shows them) in one query, shows them in a QTableView in a QMainWindow, and
prints ``chairdesk-shown <monotonic time>`` once the window has been painted,
exactly as ChairDesk does under CHAIRDESK_BENCH_EXIT_WHEN_SHOWN.
"""

import sys
import time

# SQLAlchemy before PySide6, as ChairDesk does: PySide6's import hook (its __feature__
# switch) reads the source of every module imported after it, ~60 ms for SQLAlchemy's.
from sqlalchemy import create_engine, text  # isort: skip

from PySide6.QtCore import QTimer  # isort: skip
from PySide6.QtGui import QStandardItem, QStandardItemModel  # isort: skip
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView  # isort: skip

QUERY = text("""
SELECT m.title, m.start, m.kind, m.mode, m.location,
       (SELECT count(*) FROM agenda_item a WHERE a.meeting_id = m.id AND a.deleted = 0),
       (SELECT coalesce(sum(a.minutes), 0) FROM agenda_item a WHERE a.meeting_id = m.id AND a.deleted = 0),
       (SELECT count(*) FROM action_item x WHERE x.meeting_id = m.id AND x.deleted = 0 AND x.status = 'open')
FROM meeting m WHERE m.group_id = :group AND m.deleted = 0
ORDER BY m.start DESC, m.id
""")


def main() -> int:
    path, group = sys.argv[1], sys.argv[2]
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        rows = conn.execute(QUERY, {"group": group}).all()
    app = QApplication(sys.argv[:1])
    model = QStandardItemModel(len(rows), 8)
    model.setHorizontalHeaderLabels(
        ["Title", "Date", "Kind", "Mode", "Location", "Items", "Minutes", "Open"]
    )
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            model.setItem(r, c, QStandardItem("" if value is None else str(value)))
    window = QMainWindow()
    table = QTableView(window)
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1200, 760)
    window.show()

    def shown() -> None:
        app.processEvents()
        print(f"chairdesk-shown {time.monotonic():.6f}", flush=True)
        app.quit()

    QTimer.singleShot(0, shown)
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
