"""The Reports view's section list: the submission's sections in the secretariat's order.

Choosing a section (a click, the keyboard) emits `chosen` with its key; rows shown again
after a refresh keep the chosen one without emitting.
"""

from __future__ import annotations

from collections.abc import Sequence

from chairdesk.gui.forms import load_form
from chairdesk.gui.qt import (
    QItemSelectionModel,
    QListView,
    QModelIndex,
    QVBoxLayout,
    QWidget,
    Signal,
)
from chairdesk.gui.views.reports.section_model import KEY_ROLE, SectionListModel, SectionRow


class SectionsPanel(QWidget):
    chosen = Signal(str)  # the key of the section the chair went to

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.form = load_form("reports_sections.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.section_list: QListView = self.form.findChild(QListView, "sectionList")
        self.model = SectionListModel(self)
        self.section_list.setModel(self.model)
        self.section_list.selectionModel().currentChanged.connect(self._on_current_changed)

    def set_rows(self, rows: Sequence[SectionRow], key: str | None) -> str | None:
        """Show `rows` with `key` chosen (the first section if it is gone); the key chosen."""
        self._loading = True
        try:
            self.model.set_rows(rows)
            if self.model.row_of(key or "") < 0:
                key = rows[0].key if rows else None
            self._select(key)
        finally:
            self._loading = False
        return key

    def _select(self, key: str | None) -> None:
        row = self.model.row_of(key) if key else -1
        selection = self.section_list.selectionModel()
        if row < 0:
            selection.clear()
            return
        index = self.model.index(row)
        if selection.currentIndex() != index:
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._loading and current.isValid():
            self.chosen.emit(current.data(KEY_ROLE))
