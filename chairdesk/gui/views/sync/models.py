"""The Sync view's tables: the laptops sharing the folder, the files and the records set aside."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from chairdesk.gui.formatting import fmt_datetime
from chairdesk.gui.models import SORT_ROLE, RowsModel
from chairdesk.gui.qt import Qt


class _RowsModel(RowsModel):
    """A read-only table of small records, one attribute per column."""

    def display(self, row: Any, column: str) -> str:
        value = getattr(row, column, None)
        if isinstance(value, datetime):
            return fmt_datetime(local_time(value))
        return "" if value is None else str(value)

    def cell(self, row: Any, column: str, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.display(row, column)
        if role == SORT_ROLE:
            value = getattr(row, column, None)
            if isinstance(value, datetime):
                return value.timestamp()
            return "" if value is None else str(value)
        return None


class DevicesModel(_RowsModel):
    """The laptops whose files this one has read, and when each last wrote."""

    COLUMNS = ("name", "device_id", "files", "last_activity")

    def headers(self) -> dict[str, str]:
        return {
            "name": self.tr("Laptop"),
            "device_id": self.tr("Device id"),
            "files": self.tr("Files"),
            "last_activity": self.tr("Last change received"),
        }

    def display(self, row: Any, column: str) -> str:
        if column == "name":
            name = getattr(row, "name", None) or self.tr("(unnamed)")
            return (
                self.tr("{name} (this laptop)").format(name=name)
                if getattr(row, "this_device", False)
                else name
            )
        if column == "device_id":
            return str(getattr(row, "device_id", ""))[:8]
        if column == "files" and getattr(row, "this_device", False):
            return ""  # counts the files received from a laptop
        return super().display(row, column)


class QuarantineModel(_RowsModel):
    """Files that stayed unreadable: set aside, never deleted, never applied."""

    COLUMNS = ("path", "reason", "first_seen")

    def headers(self) -> dict[str, str]:
        return {"path": self.tr("File"), "reason": self.tr("Why"), "first_seen": self.tr("Since")}

    def display(self, row: Any, column: str) -> str:
        if column == "path":
            return Path(str(getattr(row, "path", ""))).name
        return super().display(row, column)


class SetAsideModel(_RowsModel):
    """Records other laptops sent that this one keeps aside: which, why, from where, since when."""

    COLUMNS = ("record", "state", "reason", "source")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.device_names: dict[str, str] = {}

    def headers(self) -> dict[str, str]:
        return {
            "record": self.tr("Record"),
            "state": self.tr("State"),
            "reason": self.tr("Why"),
            "source": self.tr("From"),
        }

    def table_name(self, table: str) -> str:
        names = {
            "entity": self.tr("Entity"),
            "working_group": self.tr("Working group"),
            "membership": self.tr("Membership"),
            "contact": self.tr("Focal point"),
            "rotation_plan": self.tr("Rotation plan"),
            "rotation_slot": self.tr("Rotation turn"),
            "chair_term": self.tr("Chair term"),
            "work_plan": self.tr("Work plan"),
            "output": self.tr("Output"),
            "activity": self.tr("Activity"),
            "activity_entity": self.tr("Activity's entity"),
            "progress_update": self.tr("Progress update"),
            "meeting": self.tr("Meeting"),
            "agenda_item": self.tr("Agenda item"),
            "attendance": self.tr("Attendance"),
            "decision": self.tr("Decision"),
            "action_item": self.tr("Action item"),
            "agenda_template": self.tr("Agenda template"),
            "template_item": self.tr("Template item"),
            "narrative": self.tr("Narrative"),
        }
        return names.get(table, table)

    def display(self, row: Any, column: str) -> str:
        if column == "record":
            what = self.table_name(row.table)
            if row.label:
                return self.tr("{what} “{label}”").format(what=what, label=row.label)
            return self.tr("{what} {id}").format(what=what, id=str(row.record_id)[:8])
        if column == "state":
            return self.tr("Waiting") if row.waiting else self.tr("Not applied")
        if column == "reason":  # in English, as ChairDesk's rules word it (like a file's reason)
            return f"{row.field}: {row.reason}" if row.field else row.reason
        if column == "source":
            laptop = self.device_names.get(row.device_id or "")
            file = Path(row.file).name if row.file else ""
            if laptop and file:
                return self.tr("{laptop} ({file})").format(laptop=laptop, file=file)
            return laptop or file
        return super().display(row, column)

    def cell(self, row: Any, column: str, role: int) -> Any:
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and column == "record"
            and getattr(row, "since", None)
        ):
            return self.tr("{record}, set aside since {since}").format(
                record=self.display(row, column), since=fmt_datetime(local_time(row.since))
            )
        if role == Qt.ItemDataRole.ToolTipRole and column == "state":
            if row.waiting:
                return self.tr(
                    "It refers to a record this laptop does not have yet; it is applied when that "
                    "arrives."
                )
            return self.tr(
                "This version of ChairDesk cannot apply it. It is kept, and applied once ChairDesk "
                "is updated, or once a laptop corrects it."
            )
        return super().cell(row, column, role)


def local_time(moment: datetime) -> datetime:
    """The sync tables keep naive UTC times; people read their own clock."""
    return (
        (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone().replace(tzinfo=None)
    )
