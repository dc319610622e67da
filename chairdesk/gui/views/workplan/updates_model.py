"""An activity's dated progress updates, edited in place in the progress log.

Editing a cell runs the matching operation through the `perform` it is given (one undo step,
a refusal shown in the panel's message line); a value refused before any operation (an
update without a date) is reported through `editFailed`.
"""

from __future__ import annotations

from typing import Any

from chairdesk.gui.controller import AppController
from chairdesk.gui.formatting import fmt_date
from chairdesk.gui.models import SORT_ROLE, RowsModel
from chairdesk.gui.qt import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from chairdesk.gui.views.workplan.cells import Perform, date_from
from chairdesk.gui.views.workplan_status import ID_ROLE
from chairdesk.store.ops import workplan as ops
from chairdesk.store.workplan_queries import UpdateRow

_Index = QModelIndex | QPersistentModelIndex


class UpdatesModel(RowsModel[UpdateRow]):
    """An activity's dated progress updates, newest first; date and text edit in place."""

    COLUMNS = ("date", "text")

    editFailed = Signal(str, str)  # field, message: a value refused before any operation
    edited = Signal()

    def __init__(self, controller: AppController, perform: Perform, parent: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._perform = perform
        self._code = ""

    def set_updates(self, updates: list[UpdateRow], code: str) -> None:
        self._code = code
        self.replace_rows(updates)

    def headers(self) -> dict[str, str]:
        return {"date": self.tr("Date"), "text": self.tr("Update")}

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsEditable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def cell(self, update: UpdateRow, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return fmt_date(update.date) if column == "date" else update.text
        if role == Qt.ItemDataRole.EditRole:
            return update.date if column == "date" else update.text
        if role == SORT_ROLE:
            return update.date.isoformat() if column == "date" else update.text.casefold()
        if role == ID_ROLE:
            return update.id
        if role == Qt.ItemDataRole.ToolTipRole and column == "text":
            return update.text
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        update = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "date":
            day = date_from(value)
            if day is None:
                self.editFailed.emit("date", self.tr("An update needs a date."))
                return False
            if day == update.date:
                return True
            change = {"day": day}
            text = self.tr("Change the date of an update of {code}")
        else:
            value = "" if value is None else str(value)
            if value.strip() == update.text:
                return True
            change = {"text": value}
            text = self.tr("Edit an update of {code}")
        done = self._perform(
            text.format(code=self._code),
            lambda s: ops.update_progress_update(s, update.id, **change),
        )
        if done.ok:
            self.edited.emit()
        return done.ok
