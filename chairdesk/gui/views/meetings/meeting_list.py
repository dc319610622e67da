"""The list of the group's meetings: filtered, sorted, revealed in batches; one is chosen.

The list comes from one aggregate query and is revealed to the table in batches
(MeetingListModel), so that a group with 10,000 meetings opens at once; filtering and
sorting cover every meeting. After an edit, undo or redo the rows of the meetings it touched
are read again and updated in place (a change that does not say which, as a sync round or
an import, reloads the list); the chosen meeting stays chosen; if it went, its neighbour is
chosen. The
panel says which meeting is chosen through `chosen`, and what it counts through
`countChanged`; the view shows both.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from chairdesk.domain.quarters import Quarter
from chairdesk.gui.controller import Changed
from chairdesk.gui.formatting import fmt_datetime
from chairdesk.gui.forms import load_form
from chairdesk.gui.qt import (
    QEvent,
    QHeaderView,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from chairdesk.gui.views.meetings.labels import ID_ROLE, agenda_length, kind_labels, mode_labels
from chairdesk.gui.views.meetings.list_model import MeetingFilterProxy, MeetingListModel
from chairdesk.store import meeting_queries as queries

if TYPE_CHECKING:
    from chairdesk.gui.controller import AppController

_SHRINKABLE_COLUMNS = ("kind", "mode", "agenda", "actions")  # see MeetingListPanel._fit_columns


class MeetingListPanel(QWidget):
    """The meetings table; `current_id` is the meeting chosen (and shown in the editor)."""

    TABLES = frozenset({"meeting", "agenda_item", "action_item"})

    chosen = Signal(object)  # the meeting's id, or None: show it
    countChanged = Signal(str)

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.current_id: str | None = None
        self._syncing = (
            False  # the table's current row moves because the model changed, not the chair
        )
        self.form = load_form("meetings_list.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.table: QTableView = self.form.findChild(QTableView, "meetingsTable")
        self.model = MeetingListModel(self)
        self.proxy = MeetingFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        self._setup_table()
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)

    def _setup_table(self) -> None:
        self._natural_widths: dict[int, int] = {}
        self._fitted: dict[int, int] = {}  # the widths _fit_columns gave, while nobody changes them
        table = self.table
        column = self.model.column
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(column("title"), QHeaderView.ResizeMode.Stretch)
        # Widths measured on sample texts, not ResizeToContents, which would measure thousands of rows.
        metrics = table.fontMetrics()
        header_metrics = header.fontMetrics()
        samples = {
            "date": [fmt_datetime(datetime(2022, 12, 28, 22, 45))],
            "quarter": [str(Quarter(2022, 4))],
            "kind": list(kind_labels().values()),
            "mode": list(mode_labels().values()),
            "agenda": [agenda_length(12, 180)],
            "actions": ["00"],
        }
        for name, texts in samples.items():
            title = self.model.headerData(column(name), Qt.Orientation.Horizontal)
            width = max(
                max(metrics.horizontalAdvance(t) for t in texts) + 16,
                header_metrics.horizontalAdvance(title) + 28,  # room for the sort arrow
            )
            header.resizeSection(column(name), width)
            self._natural_widths[column(name)] = width
        self._table_viewport = (
            table.viewport()
        )  # kept: compared in eventFilter, even while Qt deletes it
        self._table_viewport.installEventFilter(self)  # narrow tables: _fit_columns
        header.setSortIndicator(column("date"), Qt.SortOrder.DescendingOrder)
        table.sortByColumn(column("date"), Qt.SortOrder.DescendingOrder)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _fit_columns(self) -> None:
        """Keep a third of a narrow table for the titles: the labels' columns give up room.

        On a wide table every column has its measured width and the title takes the
        rest; on a narrow one (a small screen, French labels) the kind, mode, agenda
        and open-actions columns shrink in proportion, down to half, their texts elided.
        """
        available = self._table_viewport.width()
        if available <= 0 or not self._natural_widths:
            return
        column = self.model.column
        shrinkable = {column(name) for name in _SHRINKABLE_COLUMNS}
        fixed = sum(w for c, w in self._natural_widths.items() if c not in shrinkable)
        flexible = sum(w for c, w in self._natural_widths.items() if c in shrinkable)
        room = available - fixed - available // 3
        scale = min(1.0, max(0.5, room / flexible)) if flexible else 1.0
        header = self.table.horizontalHeader()
        for col in shrinkable:
            if header.sectionSize(col) != self._fitted.get(col, self._natural_widths[col]):
                self._fitted[col] = -1  # resized by hand: left as the chair made it
                continue
            width = round(self._natural_widths[col] * scale)
            header.resizeSection(col, width)
            self._fitted[col] = width

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._table_viewport and event.type() == QEvent.Type.Resize:
            self._fit_columns()
            return False
        return super().eventFilter(watched, event)

    # -- loading --------------------------------------------------------------------------------------

    def show_group(self) -> None:
        """Load the controller's group and choose its next meeting (or its newest)."""
        self.current_id = None
        self._reload()
        self._select_default()

    def refresh(self, changed_tables: set[str]) -> None:
        """Reload the list if a table it shows changed (an empty set: everything).

        After an edit, an undo or a redo (`Changed`), only the meetings it touched are read
        again; after a change that does not say which (a sync round, an import), all are.
        """
        if not changed_tables:
            self._reload()
        elif changed_tables & self.TABLES:
            self._reload(self._meetings_touched(changed_tables))

    def _meetings_touched(self, changed: set[str]) -> set[str] | None:
        """The meetings whose rows `changed` may alter; None: it does not say."""
        meetings = Changed.records_of(changed, "meeting")
        if meetings is None:
            return None
        items = {t: Changed.records_of(changed, t) for t in ("agenda_item", "action_item")}
        touched = set(meetings)
        for table, ids in items.items():
            if ids is None:
                return None
            if ids:
                with self.controller.read_rows() as conn:
                    touched |= queries.meetings_of_items(conn, table, ids)
        return touched

    def _reload(self, only: set[str] | None = None) -> None:
        """Read the group's meetings again (`only`: just those, the others as they were)."""
        group_id = self.controller.group_id
        rows: list[queries.MeetingRow] = []
        if group_id is not None and (only is None or only):
            with self.controller.read_rows() as conn:
                rows = queries.meeting_rows(conn, group_id, only)
        old_row = self.table.currentIndex().row()
        self._syncing = True
        try:
            if only is None:
                self.model.set_rows(rows)
            else:
                self.model.update_meetings(only, rows)
        finally:
            self._syncing = False
        if self.current_id is not None and self.model.row_of(self.current_id) < 0:
            # The chosen meeting went (deleted, or its creation undone): choose its neighbour.
            self.current_id = None
            if self.proxy.rowCount():
                self._select_proxy_row(min(max(old_row, 0), self.proxy.rowCount() - 1))
            else:
                self._choose(None)
        else:
            self._restore_current()
        self._update_count()

    def _select_default(self) -> None:
        """The next meeting from today if it is among the first rows, else the newest."""
        if self.proxy.rowCount() == 0:
            self._choose(None)
            return
        today = datetime.combine(self.controller.today(), datetime.min.time())
        revealed = self.model.rowCount()
        upcoming = [r for r in range(revealed) if self.model.row_at(r).start >= today]
        # Every revealed meeting upcoming: the next one lies further down; show the newest instead.
        last_is_next = upcoming and (upcoming[-1] < revealed - 1 or not self.model.total > revealed)
        source_row = upcoming[-1] if last_is_next else 0
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self._select_proxy_row(index.row() if index.isValid() else 0)

    # -- the chosen meeting ---------------------------------------------------------------------------

    def _choose(self, meeting_id: str | None) -> None:
        self.current_id = meeting_id
        self.chosen.emit(meeting_id)

    def _restore_current(self) -> None:
        """After a reload, point the table at the chosen meeting again (if the filter shows it)."""
        if self.current_id is None:
            return
        current = self.table.currentIndex()
        if current.isValid() and current.data(ID_ROLE) == self.current_id:
            return
        index = self._proxy_index_of(self.current_id)
        if index.isValid():
            self._set_table_current(index)
        else:
            # Filtered out: the editor keeps the meeting; the list shows no current row.
            self._clear_current_row()

    def _clear_current_row(self) -> None:
        self._syncing = True
        try:
            self.table.selectionModel().clear()
        finally:
            self._syncing = False

    def _proxy_index_of(self, meeting_id: str) -> QModelIndex:
        row = self.model.row_of(meeting_id)
        if row < 0:
            return QModelIndex()
        self.model.reveal(row)
        return self.proxy.mapFromSource(self.model.index(row, 0))

    def _set_table_current(self, index: QModelIndex) -> None:
        """Make `index` the table's current row and show its meeting (whether or not the row moved)."""
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        syncing, self._syncing = self._syncing, True
        try:
            self.table.selectionModel().setCurrentIndex(index, flags)
        finally:
            self._syncing = syncing
        self.table.scrollTo(index)
        self._choose(index.data(ID_ROLE))

    def _select_proxy_row(self, row: int) -> None:
        self._set_table_current(self.proxy.index(row, 0))

    def select_first(self) -> None:
        """Choose the first meeting shown, unless one is current already."""
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self._select_proxy_row(0)

    def select_meeting(self, meeting_id: str) -> bool:
        """Choose a meeting in the list; False if the list (or its filter) does not show it."""
        index = self._proxy_index_of(meeting_id)
        if not index.isValid():
            return False
        self._set_table_current(index)
        return True

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        self._choose(current.data(ID_ROLE))

    # -- filtering ------------------------------------------------------------------------------------

    def set_filter_text(self, text: str) -> None:
        self._syncing = True
        try:
            self.proxy.set_filter_text(text)
        finally:
            self._syncing = False
        index = self._proxy_index_of(self.current_id) if self.current_id else QModelIndex()
        if index.isValid():
            self._restore_current()
        elif self.proxy.rowCount():
            # The chosen meeting is filtered out: show the first that matches.
            self._select_proxy_row(0)
        else:
            self._clear_current_row()
        self._update_count()

    def _update_count(self) -> None:
        total = self.model.total
        locale = QLocale()
        if self.proxy.is_filtered():
            text = self.tr("{shown} of {total} meetings").format(
                shown=locale.toString(self.proxy.rowCount()), total=locale.toString(total)
            )
        elif total == 1:
            text = self.tr("1 meeting")
        else:
            text = self.tr("{total} meetings").format(total=locale.toString(total))
        self.countChanged.emit(text)
