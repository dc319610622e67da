"""The outputs and activities of one work plan as a tree, and the filter over it.

Editing a cell is one user action: the model's setData() runs the matching operation
through the `perform` it is given (the panel's `InlineMessage.perform`, which runs it
through controller.perform()), so it is recorded and undoable, every view hears about it
through controller.changed, and a refusal is shown in the panel's message line.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from datetime import date
from typing import Any

from chairdesk.domain.vocabulary import ActivityStatus
from chairdesk.gui.controller import AppController
from chairdesk.gui.formatting import fmt_date
from chairdesk.gui.models import SORT_ROLE
from chairdesk.gui.qt import (
    QAbstractItemModel,
    QFont,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from chairdesk.gui.views.workplan.cells import Perform, date_from, int_from, status_from
from chairdesk.gui.views.workplan_status import (
    ID_ROLE,
    KIND_ROLE,
    OVERDUE_COLOUR,
    OVERDUE_ROLE,
    STATUS_ORDER,
    STATUS_ROLE,
    overdue_icon,
    overdue_text,
    status_label,
)
from chairdesk.store.ops import workplan as ops
from chairdesk.store.workplan_queries import ActivityRow, OutputRow, is_overdue

_Index = QModelIndex | QPersistentModelIndex


def _natural(code: str) -> str:
    """A1, A2, A10 sort as people count (a sort key Qt can compare: a string)."""
    return re.sub(r"\d+", lambda m: m.group().zfill(8), code.casefold())


def _activity_sort_key(a: ActivityRow, column: str) -> Any:
    """What an activity sorts by in a column (Qt compares keys of one type per column)."""
    if column == "code":
        return _natural(a.code)
    if column == "title":
        return a.title.casefold()
    if column in ("leads", "partners"):
        return ", ".join(getattr(a, column)).casefold()
    if column in ("start", "due"):
        day = getattr(a, column)
        return day.isoformat() if day else "9999-12-31"
    if column == "status":
        return STATUS_ORDER.index(a.status)
    if column == "progress":
        return a.progress
    return None


class WorkPlanModel(QAbstractItemModel):
    """Outputs at the top level, their activities below; edits go through the controller."""

    COLUMNS = ("code", "title", "leads", "partners", "start", "due", "status", "progress")
    ACTIVITY_EDITABLE = frozenset({"code", "title", "start", "due", "status", "progress"})
    OUTPUT_EDITABLE = frozenset({"code", "title"})

    edited = Signal(str)  # a note for people after a good edit ("progress set to 100 %")

    def __init__(self, controller: AppController, perform: Perform, parent: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._perform = perform
        self._outputs: list[OutputRow] = []
        self._today = controller.today()
        self._headers = {
            "code": self.tr("Code"),
            "title": self.tr("Title"),
            "leads": self.tr("Lead"),
            "partners": self.tr("Partners"),
            "start": self.tr("Start"),
            "due": self.tr("Due"),
            "status": self.tr("Status"),
            "progress": self.tr("Progress"),
        }

    # -- loading --------------------------------------------------------------------

    @staticmethod
    def _shape(outputs: list[OutputRow]) -> list[tuple[str, tuple[str, ...]]]:
        return [(o.id, tuple(a.id for a in o.activities)) for o in outputs]

    def set_outputs(self, outputs: list[OutputRow], today: date) -> bool:
        """Show these rows; returns True if the rows were replaced (selection must be restored).

        When only values changed, the rows stay and views keep their
        selection, current cell, open editors and scroll position.
        """
        outputs = list(outputs)
        if self._shape(outputs) == self._shape(self._outputs) and self._outputs:
            self._outputs = outputs
            self._today = today
            last = self.columnCount() - 1
            for row, output in enumerate(outputs):
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
                if output.activities:
                    parent = self.index(row, 0)
                    self.dataChanged.emit(
                        self.index(0, 0, parent),
                        self.index(len(output.activities) - 1, last, parent),
                    )
            return False
        self.beginResetModel()
        self._outputs = outputs
        self._today = today
        self.endResetModel()
        return True

    def update_activities(self, ids: frozenset[str], rows: list[ActivityRow]) -> bool:
        """Put the activities `ids`, read again as `rows`, in place; False if that cannot be done.

        Only values may change so: an activity that went, came, or moved to another place
        or output needs the rows replaced (`set_outputs`). The rows changed and their
        outputs (whose status and progress sum their activities up) are repainted.
        """
        fresh = {r.id: r for r in rows}
        places: dict[str, tuple[int, int]] = {}
        for row, output in enumerate(self._outputs):
            for child, activity in enumerate(output.activities):
                if activity.id in ids:
                    places[activity.id] = (row, child)
        if places.keys() != ids or fresh.keys() != ids:
            return False
        outputs = list(self._outputs)
        for activity_id, (row, child) in places.items():
            new, old = fresh[activity_id], outputs[row].activities[child]
            if (new.output_id, new.position) != (old.output_id, old.position):
                return False
            activities = list(outputs[row].activities)
            activities[child] = new
            outputs[row] = dataclasses.replace(outputs[row], activities=tuple(activities))
        self._outputs = outputs
        last = self.columnCount() - 1
        for row, child in places.values():
            parent = self.index(row, 0)
            self.dataChanged.emit(self.index(child, 0, parent), self.index(child, last, parent))
            self.dataChanged.emit(parent, self.index(row, last))
        return True

    @property
    def outputs(self) -> list[OutputRow]:
        return list(self._outputs)

    def row_of(self, index: _Index) -> OutputRow | ActivityRow | None:
        if not index.isValid():
            return None
        parent_row = index.internalId()
        if parent_row == 0:
            return self._outputs[index.row()]
        return self._outputs[parent_row - 1].activities[index.row()]

    def index_of(self, record_id: str, column: int = 0) -> QModelIndex:
        for row, output in enumerate(self._outputs):
            if output.id == record_id:
                return self.index(row, column)
            for child, activity in enumerate(output.activities):
                if activity.id == record_id:
                    return self.index(child, column, self.index(row, 0))
        return QModelIndex()

    # -- structure ----------------------------------------------------------------------

    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() != 0:
            return QModelIndex()  # activities have no children
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._outputs)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(self._outputs[parent.row()].activities)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[self.COLUMNS[section]]
            if role == Qt.ItemDataRole.TextAlignmentRole and self.COLUMNS[section] == "progress":
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.COLUMNS[index.column()]
        editable = self.OUTPUT_EDITABLE if index.internalId() == 0 else self.ACTIVITY_EDITABLE
        if column in editable:
            base |= Qt.ItemFlag.ItemIsEditable
        if index.internalId() != 0:
            base |= Qt.ItemFlag.ItemNeverHasChildren
        return base

    # -- data ----------------------------------------------------------------------------

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_of(index)
        if row is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.id
        if role == KIND_ROLE:
            return "output" if isinstance(row, OutputRow) else "activity"
        if isinstance(row, OutputRow):
            return self._output_data(row, column, role)
        return self._activity_data(row, column, role)

    def _output_data(self, output: OutputRow, column: str, role: int) -> Any:
        activities = output.activities
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == "code":
                return output.code
            if column == "title":
                return output.title
            if role == Qt.ItemDataRole.EditRole:
                return None
            if column == "status" and activities:
                done = sum(a.status is ActivityStatus.COMPLETED for a in activities)
                return self.tr("{done} of {total} completed").format(
                    done=done, total=len(activities)
                )
            if column == "progress":
                progress = _mean_progress(activities)
                return "" if progress is None else self.tr("{n} %").format(n=progress)
            return ""
        if role == SORT_ROLE:
            if column == "code":
                return _natural(output.code)
            if column == "title":
                return output.title.casefold()
            if column == "progress":
                return _mean_progress(activities) or 0
            return output.position
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == "title":
            return output.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "progress":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _activity_data(self, a: ActivityRow, column: str, role: int) -> Any:
        overdue = is_overdue(a.due, a.status, self._today)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._activity_text(a, column, overdue)
        if role == Qt.ItemDataRole.EditRole:
            return {
                "code": a.code,
                "title": a.title,
                "leads": ", ".join(a.leads),
                "partners": ", ".join(a.partners),
                "start": a.start,
                "due": a.due,
                "status": a.status.value,
                "progress": a.progress,
            }[column]
        if role == SORT_ROLE:
            return _activity_sort_key(a, column)
        if role == OVERDUE_ROLE:
            return overdue
        if role == STATUS_ROLE:
            return a.status.value
        if role == Qt.ItemDataRole.ToolTipRole:
            if overdue and column in ("code", "due", "status"):
                return overdue_text(a.due)
            if column == "title":
                return a.title
            if column in ("leads", "partners"):
                return ", ".join(getattr(a, column)) or None
            return None
        if overdue and column in ("due", "status"):
            if role == Qt.ItemDataRole.ForegroundRole:
                return OVERDUE_COLOUR
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.DecorationRole and column == "due":
                return overdue_icon()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "progress":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _activity_text(self, a: ActivityRow, column: str, overdue: bool) -> str:
        if column == "code":
            return a.code
        if column == "title":
            return a.title
        if column == "leads":
            return ", ".join(a.leads)
        if column == "partners":
            return ", ".join(a.partners)
        if column == "start":
            return fmt_date(a.start)
        if column == "due":
            return fmt_date(a.due)
        if column == "status":
            label = status_label(a.status)
            # Colour alone does not survive colour blindness or a grey printout.
            return self.tr("{status} · overdue").format(status=label) if overdue else label
        if column == "progress":
            return self.tr("{n} %").format(n=a.progress)
        return ""

    # -- editing ---------------------------------------------------------------------------

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not (self.flags(index) & Qt.ItemFlag.ItemIsEditable):
            return False
        row = self.row_of(index)
        column = self.COLUMNS[index.column()]
        if isinstance(row, OutputRow):
            return self._set_output(row, column, value)
        assert isinstance(row, ActivityRow)
        return self._set_activity(row, column, value)

    def _run(self, text: str, operation: Callable[[Any], Any]) -> tuple[bool, Any]:
        done = self._perform(text, operation)
        return done.ok, done.result

    def _set_output(self, output: OutputRow, column: str, value: Any) -> bool:
        value = "" if value is None else str(value)
        if value.strip() == getattr(output, column):
            return True
        text = (
            self.tr("Rename output {code}")
            if column == "title"
            else self.tr("Change the code of output {code}")
        ).format(code=output.code)
        ok, _ = self._run(text, lambda s: ops.update_output(s, output.id, **{column: value}))
        if ok:
            self.edited.emit("")
        return ok

    def _set_activity(self, a: ActivityRow, column: str, value: Any) -> bool:
        if column == "status":
            status = status_from(value)
            if status is not None and status is a.status:
                return True
            shown = status_label(status) if status is not None else str(value)
            ok, raised = self._run(
                self.tr("Set the status of {code} to {status}").format(code=a.code, status=shown),
                lambda s: ops.set_activity_status(s, a.id, status if status is not None else value),
            )
            if ok:
                self.edited.emit(
                    self.tr("{code} is completed: progress set to 100 %.").format(code=a.code)
                    if raised
                    else ""
                )
            return ok
        if column == "progress":
            progress = int_from(value)
            if progress == a.progress:
                return True
            ok, _ = self._run(
                self.tr("Set the progress of {code} to {n} %").format(code=a.code, n=value),
                lambda s: ops.set_activity_progress(s, a.id, progress),
            )
        elif column in ("start", "due"):
            day = date_from(value)
            if day == getattr(a, column):
                return True
            text = (
                self.tr("Change the start of {code}")
                if column == "start"
                else self.tr("Change the due date of {code}")
            )
            ok, _ = self._run(
                text.format(code=a.code), lambda s: ops.update_activity(s, a.id, **{column: day})
            )
        else:
            value = "" if value is None else str(value)
            if value.strip() == getattr(a, column):
                return True
            text = (
                self.tr("Rename activity {code}")
                if column == "title"
                else self.tr("Change the code of {code}")
            )
            ok, _ = self._run(
                text.format(code=a.code), lambda s: ops.update_activity(s, a.id, **{column: value})
            )
        if ok:
            self.edited.emit("")
        return ok


def _mean_progress(activities: tuple[ActivityRow, ...]) -> int | None:
    counted = [a.progress for a in activities if a.status is not ActivityStatus.CANCELLED]
    return round(sum(counted) / len(counted)) if counted else None


# -- filtering ---------------------------------------------------------------------------


class WorkPlanFilterProxy(QSortFilterProxyModel):
    """Activities matching the filter text and the status filter; outputs that hold one."""

    ALL = ""
    OPEN = "open"  # not completed or cancelled
    OVERDUE = "overdue"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._status = self.ALL
        self.setRecursiveFilteringEnabled(True)
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    @property
    def filtering(self) -> bool:
        return bool(self._text or self._status)

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "_text", text.strip().casefold()))

    def set_status(self, status: str) -> None:
        self._refilter(lambda: setattr(self, "_status", status or self.ALL))

    def _refilter(self, change: Callable[[], object]) -> None:
        # Qt 6.9 brought begin/endFilterChange; older releases know only invalidateFilter.
        if hasattr(QSortFilterProxyModel, "beginFilterChange"):
            self.beginFilterChange()
            change()
            self.endFilterChange()
        else:
            change()
            self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: _Index) -> bool:
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if model.data(index, KIND_ROLE) == "output":
            # An output shows when nothing is filtered; otherwise through its activities
            # (recursive filtering keeps the parents of accepted rows).
            return not self.filtering
        if self._status == self.OVERDUE:
            if not model.data(index, OVERDUE_ROLE):
                return False
        elif self._status == self.OPEN:
            if model.data(index, STATUS_ROLE) in (
                ActivityStatus.COMPLETED,
                ActivityStatus.CANCELLED,
            ):
                return False
        elif self._status and model.data(index, STATUS_ROLE) != self._status:
            return False
        if not self._text:
            return True
        # The output's code and title count too: "task 2" finds every activity of Task 2.
        texts = [
            model.data(model.index(source_row, c, source_parent))
            for c, name in enumerate(WorkPlanModel.COLUMNS)
            if name in ("code", "title", "leads", "partners")
        ]
        texts += [model.data(source_parent), model.data(model.index(source_parent.row(), 1))]
        return any(self._text in str(t or "").casefold() for t in texts)
