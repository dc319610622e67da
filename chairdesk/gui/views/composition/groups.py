"""All the working groups of the workspace; activating one makes it the window's group."""

from __future__ import annotations

from typing import Any

from chairdesk.gui.models import SORT_ROLE, GroupsModel
from chairdesk.gui.qt import (
    QAbstractItemView,
    QHeaderView,
    QSortFilterProxyModel,
    Qt,
    QTableView,
    QWidget,
    Signal,
)
from chairdesk.store.queries import group_overviews

from .panel import CompositionPanel


class GroupsPanel(CompositionPanel):
    FORM = "composition_groups.ui"
    TABLES = frozenset(
        {"working_group", "entity", "meeting", "rotation_plan", "rotation_slot", "chair_term"}
    )

    #: The chair chose this group to work on.
    chosen = Signal(str)

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.overview_table: QTableView = self.child(QTableView, "overviewTable")
        self.groups_model = GroupsModel(self)
        self.groups_proxy = QSortFilterProxyModel(self)
        self.groups_proxy.setSourceModel(self.groups_model)
        self.groups_proxy.setSortRole(SORT_ROLE)
        table = self.overview_table
        table.setModel(self.groups_proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.activated.connect(self._activated)

    def _activated(self, index: Any) -> None:
        source = self.groups_proxy.mapToSource(index)
        if source.isValid():
            self.chosen.emit(self.groups_model.row_at(source.row()).id)

    def reload(self, group_changed: bool) -> None:
        with self.controller.read() as session:
            rows = group_overviews(session, self.controller.today())
        self.groups_model.set_rows(rows)
        for column in (0, 1, 3, 4, 5):
            self.overview_table.resizeColumnToContents(column)
        for row, group in enumerate(rows):
            if group.id == self.group_id:
                index = self.groups_proxy.mapFromSource(self.groups_model.index(row, 0))
                self.overview_table.selectRow(index.row())

    def any_group(self) -> bool:
        return self.groups_model.rowCount() > 0
