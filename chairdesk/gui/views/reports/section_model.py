"""The submission's sections as a list model, and the drafted text the Reports panels show.

`SectionListModel` lists the sections in the secretariat's order (greyed when the export
would leave them out); `facts_only` and `open_items` turn a drafted section into the text
of the writing panel.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from chairdesk.domain.vocabulary import NarrativeSection
from chairdesk.gui.qt import (
    QAbstractListModel,
    QBrush,
    QColor,
    QFont,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from chairdesk.reports import submission as sub

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
EDITABLE_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class SectionRow:
    key: str  # a NarrativeSection value, or "work_plan"
    heading: str
    level: int
    editable: bool  # the chair writes a narrative for it
    words: int  # in the chair's text
    included: bool  # the section will be in the document


class SectionListModel(QAbstractListModel):
    """The submission's sections in order; those the export would leave out are greyed."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[SectionRow] = []

    def set_rows(self, rows: Sequence[SectionRow]) -> None:
        rows = list(rows)
        if [r.key for r in rows] == [r.key for r in self._rows]:
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0), self.index(len(rows) - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> SectionRow:
        return self._rows[row]

    def row_of(self, key: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.key == key), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return ("\u2003" * (row.level - 1)) + row.heading
        if role == KEY_ROLE:
            return row.key
        if role == EDITABLE_ROLE:
            return row.editable
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and not row.included:
            return QBrush(QColor("#808080"))
        if role == Qt.ItemDataRole.FontRole and row.editable and row.words:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _tooltip(self, row: SectionRow) -> str:
        if not row.editable:
            text = self.tr("Drafted from the records; no text of yours.")
        elif row.words == 0:
            text = self.tr("No text of yours yet.")
        elif row.words == 1:
            text = self.tr("Your text: 1 word.")
        else:
            text = self.tr("Your text: {n} words.").format(n=row.words)
        if not row.included:
            text += " " + self.tr("The export leaves this section out: nothing to say yet.")
        return text


def flatten(drafts: Sequence[sub.SectionDraft]) -> list[sub.SectionDraft]:
    """Every section in document order, the concluding chapter followed by its parts."""
    out: list[sub.SectionDraft] = []
    for draft in drafts:
        out.append(draft)
        out.extend(flatten(draft.children))
    return out


def editable(key: str) -> bool:
    return key in {s.value for s in NarrativeSection}


def facts_only(draft: sub.SectionDraft) -> str:
    """What the records say, without the starting list (shown apart)."""
    return dataclasses.replace(draft, suggestions=(), narrative="").facts_text()


def open_items(draft: sub.SectionDraft) -> str:
    """The starting list as text the chair can insert ("- " items, as exports read lists)."""
    parts = []
    for block in draft.suggestions:
        if isinstance(block, sub.ItemList):
            lines = [block.lead_in] if block.lead_in else []
            lines += [f"- {lead}{text}" for lead, text in block.items]
            parts.append("\n".join(lines))
        elif isinstance(block, (sub.Para, sub.Labelled)):
            parts.append(
                dataclasses.replace(
                    draft, facts=(block,), suggestions=(), narrative=""
                ).facts_text()
            )
    return "\n\n".join(parts)
