"""What the Dashboard and the Work plan share about an activity: its status and whether it is late.

Light on purpose: the Dashboard imports it at start-up, and importing anything under
`gui/views/workplan/` would load the database layer before the first paint
(tests/gui/test_startup.py). The item roles are the ones both views' models answer.
"""

from __future__ import annotations

from datetime import date

from chairdesk.domain.vocabulary import ActivityStatus, FundingStatus
from chairdesk.gui.formatting import fmt_long_date
from chairdesk.gui.qt import (
    QApplication,
    QColor,
    QCoreApplication,
    QIcon,
    QStyle,
    Qt,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the record's id
KIND_ROLE = Qt.ItemDataRole.UserRole + 3  # "output" or "activity"
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 4  # bool: due before today and not finished
STATUS_ROLE = Qt.ItemDataRole.UserRole + 5  # the activity's ActivityStatus value

#: The order people expect the statuses in (a combo box, a filter, a legend).
STATUS_ORDER = (
    ActivityStatus.NOT_STARTED,
    ActivityStatus.IN_PROGRESS,
    ActivityStatus.COMPLETED,
    ActivityStatus.DELAYED,
    ActivityStatus.CANCELLED,
)

OVERDUE_COLOUR = QColor("#B3261E")  # dark red: readable on white and on the selection


def status_label(status: ActivityStatus | str) -> str:
    labels = {
        ActivityStatus.NOT_STARTED: QCoreApplication.translate("ActivityStatus", "Not started"),
        ActivityStatus.IN_PROGRESS: QCoreApplication.translate("ActivityStatus", "In progress"),
        ActivityStatus.COMPLETED: QCoreApplication.translate("ActivityStatus", "Completed"),
        ActivityStatus.DELAYED: QCoreApplication.translate("ActivityStatus", "Delayed"),
        ActivityStatus.CANCELLED: QCoreApplication.translate("ActivityStatus", "Cancelled"),
    }
    return labels[ActivityStatus(status)]


def funding_label(funding: FundingStatus | str | None) -> str:
    if funding is None:
        return QCoreApplication.translate("FundingStatus", "Not stated")
    labels = {
        FundingStatus.FUNDED: QCoreApplication.translate("FundingStatus", "Funded"),
        FundingStatus.PARTIALLY_FUNDED: QCoreApplication.translate(
            "FundingStatus", "Partially funded"
        ),
        FundingStatus.UNFUNDED: QCoreApplication.translate("FundingStatus", "Unfunded"),
    }
    return labels[FundingStatus(funding)]


def overdue_text(due: date) -> str:
    return QCoreApplication.translate("WorkPlan", "Overdue since {date}").format(
        date=fmt_long_date(due)
    )


_overdue_icon: QIcon | None = None


def overdue_icon() -> QIcon:
    global _overdue_icon
    if _overdue_icon is None:
        _overdue_icon = QApplication.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning
        )
    return _overdue_icon
