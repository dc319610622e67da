"""The Meetings view's words for kinds, modes, roles and statuses, and its date-time fields.

Shared by the list, the editor's panels and the meeting dialogs. `meeting_ops` imports the
operations with the first edit: they load the ORM, which the first screen does without.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from chairdesk.domain.vocabulary import ActionStatus, MeetingKind, MeetingMode
from chairdesk.gui.qt import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime
from chairdesk.store.meeting_queries import CHAIR, GUEST

if TYPE_CHECKING:
    from types import ModuleType

#: The meeting's, item's or entity's id in a model (Qt's user roles: SORT_ROLE is + 1).
ID_ROLE = Qt.ItemDataRole.UserRole + 2

#: The red of an agenda that runs past the meeting's end.
OVERRUN_COLOR = "#b00020"


def meeting_ops() -> ModuleType:
    """chairdesk.store.ops.meetings, imported with the first edit.

    The operations load the ORM, which the Meetings view does not need to appear:
    the main window starts without it (chairdesk.store.tables), and loads it just after.
    """
    from chairdesk.store.ops import meetings

    return meetings


# -- labels for people ------------------------------------------------------------------


def kind_labels() -> dict[MeetingKind, str]:
    return {
        MeetingKind.REGULAR: QCoreApplication.translate(
            "MeetingLabels", "Regular quarterly meeting"
        ),
        MeetingKind.IN_FOCUS: QCoreApplication.translate("MeetingLabels", "In-focus discussion"),
        MeetingKind.SPECIAL: QCoreApplication.translate("MeetingLabels", "Special meeting"),
        MeetingKind.BRIEFING: QCoreApplication.translate("MeetingLabels", "Briefing"),
        MeetingKind.WORKSHOP: QCoreApplication.translate("MeetingLabels", "Workshop"),
    }


def mode_labels() -> dict[MeetingMode, str]:
    return {
        MeetingMode.VIRTUAL: QCoreApplication.translate("MeetingLabels", "Virtual"),
        MeetingMode.HYBRID: QCoreApplication.translate("MeetingLabels", "Hybrid"),
        MeetingMode.IN_PERSON: QCoreApplication.translate("MeetingLabels", "In person"),
    }


def role_labels() -> dict[str, str]:
    return {
        CHAIR: QCoreApplication.translate("MeetingLabels", "Chair"),
        "vice_chair": QCoreApplication.translate("MeetingLabels", "Vice-Chair"),
        "member": QCoreApplication.translate("MeetingLabels", "Member"),
        "observer": QCoreApplication.translate("MeetingLabels", "Observer"),
        GUEST: QCoreApplication.translate("MeetingLabels", "Guest"),
    }


def status_labels() -> dict[ActionStatus, str]:
    return {
        ActionStatus.OPEN: QCoreApplication.translate("MeetingLabels", "Open"),
        ActionStatus.DONE: QCoreApplication.translate("MeetingLabels", "Done"),
    }


def agenda_length(items: int, minutes: int) -> str:
    """ "6 items · 85 min" """
    if items == 0:
        return QCoreApplication.translate("MeetingLabels", "no agenda")
    if items == 1:
        text = QCoreApplication.translate("MeetingLabels", "1 item · {minutes} min")
    else:
        text = QCoreApplication.translate("MeetingLabels", "{items} items · {minutes} min")
    return text.format(items=QLocale().toString(items), minutes=QLocale().toString(minutes))


def datetime_format() -> str:
    """How date-time fields show a moment: "16 Mar 2022  14:00", the time as the locale writes it."""
    return "d MMM yyyy  " + QLocale().timeFormat(QLocale.FormatType.ShortFormat)


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
