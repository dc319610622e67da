"""What the editor's table models share: rows edited in place through an InlineMessage.

The models hold frozen rows from chairdesk.store.meeting_queries. Edits go through a
`perform(text, operation) -> (ok, result)` callable (the panel's `InlineMessage.perform`:
one undo step, a refusal shown in place); the models never write themselves. After every
change the panel hands its model fresh rows, and `replace_rows` turns the difference into
the smallest notification (changed cells, one inserted, removed or moved row) so that the
table keeps its selection, current cell and scroll position; anything bigger is a reset.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from chairdesk.gui.models import RowsModel
from chairdesk.gui.qt import QModelIndex, QPersistentModelIndex, Qt

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    Perform = Callable[[str, Callable[[Session], Any]], tuple[bool, Any]]

Index = QModelIndex | QPersistentModelIndex

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
CENTER = int(Qt.AlignmentFlag.AlignCenter)


def checked(value: Any) -> bool:
    try:
        return Qt.CheckState(value) == Qt.CheckState.Checked
    except (TypeError, ValueError):
        return bool(value)


def check(flag: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if flag else Qt.CheckState.Unchecked


class EditableRows(RowsModel):
    """Rows that are edited in place through `perform`."""

    def __init__(self, perform: Perform, parent: Any = None) -> None:
        super().__init__(parent)
        self._perform = perform

    def _run(self, text: str, operation: Callable[[Session], Any]) -> bool:
        ok, _result = self._perform(text, operation)
        return ok


@dataclass(frozen=True)
class Keyed:
    """A row under the id that RowsModel tracks it by."""

    id: str
    row: Any
