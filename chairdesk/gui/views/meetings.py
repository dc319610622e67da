"""The Meetings view: the selected group's meetings, and the editor of the chosen one.

The list comes from one aggregate query and is revealed to the table in
batches; filtering and sorting cover every meeting. After any change (an
edit, undo, redo, an import) the list is reloaded and the chosen meeting stays
chosen. New meetings start from an agenda template and can carry over what the
previous meeting left open; a meeting can be duplicated to another date.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from chairdesk.domain.quarters import Quarter
from chairdesk.domain.vocabulary import MeetingKind, MeetingMode
from chairdesk.gui.controller import AppController
from chairdesk.gui.document_export import (
    DocumentExporter,
    ExportResultBar,
    message_text,
    remembered_language,
    remembered_template,
    safe_file_name,
)
from chairdesk.gui.formatting import fmt_date, fmt_datetime
from chairdesk.gui.forms import load_form
from chairdesk.gui.inline import refusal_text
from chairdesk.gui.qt import (
    QAction,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QItemSelectionModel,
    QKeySequence,
    QLabel,
    QLineEdit,
    QLocale,
    QMenu,
    QModelIndex,
    QObject,
    QSettings,
    QSplitter,
    QStackedWidget,
    Qt,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from chairdesk.gui.views.meeting_editor import (
    MeetingEditor,
    datetime_format,
    from_qdatetime,
    to_qdatetime,
)
from chairdesk.gui.views.meeting_models import (
    ID_ROLE,
    MeetingFilterProxy,
    MeetingListModel,
    agenda_length,
    kind_labels,
    meeting_ops,
    mode_labels,
)
from chairdesk.store import meeting_queries as queries
from chairdesk.store.ops import OperationError
from chairdesk.store.queries import group_acronym

_LIST_TABLES = {"meeting", "agenda_item", "action_item"}
_ERROR_STYLE = "color: #b00020; font-weight: 600;"
_SHRINKABLE_COLUMNS = ("kind", "mode", "agenda", "actions")  # see MeetingsView._fit_columns


# -- the small forms -------------------------------------------------------------------------------


@dataclass(frozen=True)
class NewMeetingChoices:
    template_id: str | None
    start: datetime
    end: datetime
    kind: MeetingKind
    mode: MeetingMode
    title: str
    carry_actions: bool
    carry_unfinished: bool


class NewMeetingDialog(QDialog):
    """The choices for "New meeting from template"; `ask()` is what the view (and tests) call."""

    def __init__(
        self,
        parent: QWidget | None,
        defaults: NewMeetingChoices,
        templates: list[queries.TemplateChoice],
        describe_previous: Callable[[datetime], str],
        suggest_title: Callable[[MeetingKind, datetime], str],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("newMeetingDialog")
        self.setWindowTitle(self.tr("New meeting"))
        self._describe_previous = describe_previous
        self._suggest_title = suggest_title
        self.form = load_form("meeting_new_dialog.ui", self)
        find = self.form.findChild
        self.template_combo: QComboBox = find(QComboBox, "templateCombo")
        self.kind_combo: QComboBox = find(QComboBox, "kindCombo")
        self.title_edit: QLineEdit = find(QLineEdit, "titleEdit")
        self.start_edit: QDateTimeEdit = find(QDateTimeEdit, "startEdit")
        self.end_edit: QDateTimeEdit = find(QDateTimeEdit, "endEdit")
        self.mode_combo: QComboBox = find(QComboBox, "modeCombo")
        self.carry_actions_check: QCheckBox = find(QCheckBox, "carryActionsCheck")
        self.carry_unfinished_check: QCheckBox = find(QCheckBox, "carryUnfinishedCheck")
        self.previous_label: QLabel = find(QLabel, "previousLabel")
        self.error_label: QLabel = find(QLabel, "errorLabel")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create meeting"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)

        self.template_combo.addItem(self.tr("(no template: an empty agenda)"), "")
        for t in templates:
            scope = self.tr("all groups") if t.shared else self.tr("this group")
            label = self.tr("{name} — {items} items, {minutes} min ({scope})").format(
                name=t.name, items=t.items, minutes=t.minutes, scope=scope
            )
            self.template_combo.addItem(label, t.id)
        for kind, label in kind_labels().items():
            self.kind_combo.addItem(label, kind.value)
        for mode, label in mode_labels().items():
            self.mode_combo.addItem(label, mode.value)

        self.template_combo.setCurrentIndex(max(0, self.template_combo.findData(defaults.template_id or "")))
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(defaults.kind.value))
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(defaults.mode.value))
        self.title_edit.setText(defaults.title)
        self._auto_title = defaults.title
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("ddd " + datetime_format())
        self.start_edit.setDateTime(to_qdatetime(defaults.start))
        self.end_edit.setDateTime(to_qdatetime(defaults.end))
        self._duration = defaults.end - defaults.start
        self.carry_actions_check.setChecked(defaults.carry_actions)
        self.carry_unfinished_check.setChecked(defaults.carry_unfinished)
        self._show_previous()

        self.start_edit.dateTimeChanged.connect(self._start_changed)
        self.end_edit.dateTimeChanged.connect(self._end_changed)
        self.kind_combo.currentIndexChanged.connect(self._retitle)
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def choices(self) -> NewMeetingChoices:
        return NewMeetingChoices(
            template_id=self.template_combo.currentData() or None,
            start=from_qdatetime(self.start_edit.dateTime()),
            end=from_qdatetime(self.end_edit.dateTime()),
            kind=MeetingKind(self.kind_combo.currentData()),
            mode=MeetingMode(self.mode_combo.currentData()),
            title=self.title_edit.text().strip(),
            carry_actions=self.carry_actions_check.isChecked(),
            carry_unfinished=self.carry_unfinished_check.isChecked(),
        )

    def _start_changed(self) -> None:
        # The end follows the start, so that moving the date keeps the meeting's length.
        start = from_qdatetime(self.start_edit.dateTime())
        self.end_edit.blockSignals(True)
        self.end_edit.setDateTime(to_qdatetime(start + self._duration))
        self.end_edit.blockSignals(False)
        self._retitle()
        self._show_previous()

    def _end_changed(self) -> None:
        self._duration = from_qdatetime(self.end_edit.dateTime()) - from_qdatetime(self.start_edit.dateTime())

    def _retitle(self) -> None:
        # Only a title the chair has not typed follows the kind and the date.
        if self.title_edit.text() == self._auto_title:
            choices = self.choices()
            self._auto_title = self._suggest_title(choices.kind, choices.start)
            self.title_edit.setText(self._auto_title)

    def _show_previous(self) -> None:
        self.previous_label.setText(self._describe_previous(from_qdatetime(self.start_edit.dateTime())))

    def accept(self) -> None:
        choices = self.choices()
        if not choices.title:
            self._refuse(self.tr("Give the meeting a title."), self.title_edit)
        elif choices.end <= choices.start:
            self._refuse(self.tr("The meeting must end after it starts."), self.end_edit)
        else:
            super().accept()

    def _refuse(self, message: str, widget: QWidget) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(True)
        widget.setFocus()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        defaults: NewMeetingChoices,
        templates: list[queries.TemplateChoice],
        describe_previous: Callable[[datetime], str],
        suggest_title: Callable[[MeetingKind, datetime], str],
    ) -> NewMeetingChoices | None:
        dialog = cls(parent, defaults, templates, describe_previous, suggest_title)
        try:
            return dialog.choices() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


@dataclass(frozen=True)
class DuplicateChoices:
    start: datetime
    title: str


class DuplicateMeetingDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, start: datetime, original: datetime) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateMeetingDialog")
        self.setWindowTitle(self.tr("Duplicate meeting"))
        self.form = load_form("meeting_duplicate_dialog.ui", self)
        find = self.form.findChild
        self.start_edit: QDateTimeEdit = find(QDateTimeEdit, "startEdit")
        self.title_edit: QLineEdit = find(QLineEdit, "titleEdit")
        self.error_label: QLabel = find(QLabel, "errorLabel")
        find(QLabel, "introLabel").setText(
            self.tr("A copy of the meeting of {date} with its agenda (every item to do). Attendance, "
                    "summary, decisions and action items are not copied.").format(date=fmt_date(original.date()))
        )
        self.start_edit.setDisplayFormat("ddd " + datetime_format())
        self.start_edit.setDateTime(to_qdatetime(start))
        self.title_edit.setText(title)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Duplicate"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.start_edit.setFocus()

    def choices(self) -> DuplicateChoices:
        return DuplicateChoices(from_qdatetime(self.start_edit.dateTime()), self.title_edit.text().strip())

    def accept(self) -> None:
        if not self.choices().title:
            self.error_label.setText(self.tr("Give the meeting a title."))
            self.error_label.setVisible(True)
            self.title_edit.setFocus()
            return
        super().accept()

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, start: datetime, original: datetime) -> DuplicateChoices | None:
        dialog = cls(parent, title, start, original)
        try:
            return dialog.choices() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()


# -- the view ----------------------------------------------------------------------------------------


class MeetingsView(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._current_id: str | None = None  # the meeting chosen in the list (and shown in the editor)
        self._syncing = False  # the table's current row moves because the model changed, not the chair
        self._group_acronym = ""

        self.form = load_form("meetings_view.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        find = self.form.findChild
        self.filter_edit: QLineEdit = find(QLineEdit, "filterEdit")
        self.count_label: QLabel = find(QLabel, "countLabel")
        self.message_label: QLabel = find(QLabel, "messageLabel")
        self.table: QTableView = find(QTableView, "meetingsTable")
        self.splitter: QSplitter = find(QSplitter, "splitter")
        self.detail_stack: QStackedWidget = find(QStackedWidget, "detailStack")
        self.empty_page: QWidget = find(QWidget, "emptyPage")
        self.editor_page: QWidget = find(QWidget, "editorPage")

        self.model = MeetingListModel(self)
        self.proxy = MeetingFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        self._setup_table()

        self.editor = MeetingEditor(controller, self.editor_page)
        self.editor.setObjectName("meetingEditor")
        self.editor_page.layout().addWidget(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)

        self._build_actions()
        self._build_export()
        self.filter_edit.textChanged.connect(self._on_filter_changed)
        self.filter_edit.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        controller.changed.connect(self._on_changed)
        controller.groupChanged.connect(self._on_group_changed)
        controller.workspaceChanged.connect(self._on_workspace_changed)
        self._restore_layout()
        self._on_group_changed(controller.group_id)

    # -- set-up ---------------------------------------------------------------------------------------

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
        self._table_viewport = table.viewport()  # kept: compared in eventFilter, even while Qt deletes it
        self._table_viewport.installEventFilter(self)  # narrow tables: _fit_columns
        header.setSortIndicator(column("date"), Qt.SortOrder.DescendingOrder)
        table.sortByColumn(column("date"), Qt.SortOrder.DescendingOrder)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.doubleClicked.connect(lambda _index: self.editor.title_edit.setFocus())

    def _build_actions(self) -> None:
        def action(text: str, keys: list, slot: Callable[[], object], owner: QWidget, button: str | None,
                   tip: str, context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> QAction:
            # Window-wide shortcuts act while this view is the visible page (Qt ignores
            # the actions of hidden widgets), wherever the focus is in the window.
            act = QAction(text, owner)
            act.setShortcuts([QKeySequence(k) for k in keys])
            act.setShortcutContext(context)
            shortcuts = ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            act.setToolTip(f"{tip} ({shortcuts})" if shortcuts else tip)
            act.triggered.connect(slot)
            owner.addAction(act)
            if button is not None:
                self.form.findChild(QToolButton, button).setDefaultAction(act)
            return act

        self.new_action = action(
            self.tr("&New meeting…"), [QKeySequence.StandardKey.New], self.new_meeting, self, "newButton",
            self.tr("A new meeting from an agenda template, carrying over what the last meeting left open"),
        )
        self.duplicate_action = action(
            self.tr("D&uplicate…"), ["Ctrl+D"], self.duplicate_meeting, self, "duplicateButton",
            self.tr("Copy the chosen meeting and its agenda to another date"),
        )
        self.delete_action = action(
            self.tr("&Delete"), [QKeySequence.StandardKey.Delete], self.delete_meeting, self.table, "deleteButton",
            self.tr("Move the chosen meeting to the trash (Ctrl+Z brings it back)"),
            Qt.ShortcutContext.WidgetWithChildrenShortcut,  # Del elsewhere deletes what has the focus
        )
        self.filter_action = action(
            self.tr("&Filter"), [QKeySequence.StandardKey.Find], self.focus_filter, self, None,
            self.tr("Filter the meetings"),
        )
        # The table's context menu offers what applies to the meeting under the cursor.
        self.table.insertAction(self.delete_action, self.duplicate_action)
        self.table.insertAction(self.duplicate_action, self.new_action)

    def _restore_layout(self) -> None:
        state = QSettings().value("meetings/splitter")
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([230, 470])
        self.splitter.splitterMoved.connect(
            lambda *_: QSettings().setValue("meetings/splitter", self.splitter.saveState())
        )

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._table_viewport and event.type() == QEvent.Type.Resize:
            self._fit_columns()
            return False
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.table.currentIndex().isValid() and self.proxy.rowCount():
                    self._select_proxy_row(0)
                return True
        return super().eventFilter(watched, event)

    # -- loading --------------------------------------------------------------------------------------

    def _on_group_changed(self, group_id: str | None) -> None:
        self.editor.commit_pending()
        self._group_acronym = ""
        if group_id is not None:
            with self.controller.read_rows() as conn:
                self._group_acronym = group_acronym(conn, group_id) or ""
        self._current_id = None
        self._show_message("")
        self._reload()
        self._select_default()

    def _on_workspace_changed(self) -> None:
        # The meeting shown belongs to the workspace just closed: nothing of it to save.
        self._current_id = None
        self.editor.set_meeting(None, commit=False)
        self._on_group_changed(self.controller.group_id)

    def _on_changed(self, tables: set[str]) -> None:
        if not tables or tables & _LIST_TABLES:
            self._reload()
        if not tables or "working_group" in tables:
            self._on_group_name_changed()
        if self.editor.meeting_id is not None:
            self.editor.refresh(tables)

    def _on_group_name_changed(self) -> None:
        if self.controller.group_id is not None:
            with self.controller.read_rows() as conn:
                self._group_acronym = group_acronym(conn, self.controller.group_id) or ""

    def _reload(self) -> None:
        group_id = self.controller.group_id
        rows: list[queries.MeetingRow] = []
        if group_id is not None:
            with self.controller.read_rows() as conn:
                rows = queries.meeting_rows(conn, group_id)
        old_row = self.table.currentIndex().row()
        self._syncing = True
        try:
            self.model.set_rows(rows)
        finally:
            self._syncing = False
        if self._current_id is not None and self.model.row_of(self._current_id) < 0:
            # The chosen meeting went (deleted, or its creation undone): choose its neighbour.
            self._current_id = None
            if self.proxy.rowCount():
                self._select_proxy_row(min(max(old_row, 0), self.proxy.rowCount() - 1))
            else:
                self._show_meeting(None)
        else:
            self._restore_current()
        self._update_count()

    def _select_default(self) -> None:
        """The next meeting from today if it is among the first rows, else the newest."""
        if self.proxy.rowCount() == 0:
            self._show_meeting(None)
            return
        today = datetime.combine(self.controller.today(), datetime.min.time())
        revealed = self.model.rowCount()
        upcoming = [r for r in range(revealed) if self.model.row_at(r).start >= today]
        # Every revealed meeting upcoming: the next one lies further down; show the newest instead.
        next_one = upcoming[-1] if upcoming and (upcoming[-1] < revealed - 1 or not self.model.total > revealed) else None
        source_row = next_one if next_one is not None else 0
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        self._select_proxy_row(index.row() if index.isValid() else 0)

    def _restore_current(self) -> None:
        """After a reload, point the table at the chosen meeting again (if the filter shows it)."""
        if self._current_id is None:
            return
        current = self.table.currentIndex()
        if current.isValid() and current.data(ID_ROLE) == self._current_id:
            return
        index = self._proxy_index_of(self._current_id)
        if index.isValid():
            self._set_table_current(index)
        else:
            # Filtered out: the editor keeps the meeting; the list shows no current row.
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
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        syncing, self._syncing = self._syncing, True
        try:
            self.table.selectionModel().setCurrentIndex(index, flags)
        finally:
            self._syncing = syncing
        self.table.scrollTo(index)
        meeting_id = index.data(ID_ROLE)
        if meeting_id != self._current_id or self.editor.meeting_id != meeting_id:
            self._show_meeting(meeting_id)

    def _select_proxy_row(self, row: int) -> None:
        self._set_table_current(self.proxy.index(row, 0))

    def select_meeting(self, meeting_id: str) -> bool:
        """Choose a meeting in the list (clearing the filter if it hides it)."""
        index = self._proxy_index_of(meeting_id)
        if not index.isValid() and self.proxy.is_filtered():
            self.filter_edit.clear()
            index = self._proxy_index_of(meeting_id)
        if not index.isValid():
            return False
        self._set_table_current(index)
        return True

    def _on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._syncing or not current.isValid():
            return
        self._show_meeting(current.data(ID_ROLE))

    def _show_meeting(self, meeting_id: str | None) -> None:
        self._current_id = meeting_id
        self.editor.set_meeting(meeting_id)
        self.detail_stack.setCurrentWidget(self.editor_page if meeting_id else self.empty_page)
        self.duplicate_action.setEnabled(meeting_id is not None)
        self.delete_action.setEnabled(meeting_id is not None)
        self.export_agenda_action.setEnabled(meeting_id is not None)
        self.export_minutes_action.setEnabled(meeting_id is not None)
        self.new_action.setEnabled(self.controller.group_id is not None)

    def current_meeting_id(self) -> str | None:
        return self._current_id

    def current_record(self) -> tuple[str, str, str] | None:
        """(table, id, name) of the record whose history Edit → History shows."""
        detail = self.editor.detail
        return ("meeting", detail.id, detail.title) if detail is not None else None

    # -- filtering ------------------------------------------------------------------------------------

    def _on_filter_changed(self, text: str) -> None:
        self._syncing = True
        try:
            self.proxy.set_filter_text(text)
        finally:
            self._syncing = False
        index = self._proxy_index_of(self._current_id) if self._current_id else QModelIndex()
        if index.isValid():
            self._restore_current()
        elif self.proxy.rowCount():
            # The chosen meeting is filtered out: show the first that matches.
            self._select_proxy_row(0)
        else:
            self._syncing = True
            try:
                self.table.selectionModel().clear()
            finally:
                self._syncing = False
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
        self.count_label.setText(text)

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(_ERROR_STYLE if error else "")
        self.message_label.setVisible(bool(text))

    # -- new, duplicate, delete ---------------------------------------------------------------------------

    def suggest_title(self, kind: MeetingKind, start: datetime) -> str:
        if kind == MeetingKind.REGULAR:
            quarter = Quarter.of(start.date())
            ordinal = (self.tr("first"), self.tr("second"), self.tr("third"), self.tr("fourth"))[quarter.number - 1]
            return self.tr("{group} working group: {ordinal}-quarter regular meeting {year}").format(
                group=self._group_acronym, ordinal=ordinal, year=quarter.year
            )
        return self.tr("{kind} of the {group} working group").format(
            kind=kind_labels()[kind], group=self._group_acronym
        )

    def describe_previous(self, start: datetime) -> str:
        group_id = self.controller.group_id
        if group_id is None:
            return ""
        with self.controller.read_rows() as conn:
            previous = queries.previous_meeting(conn, group_id, start)
        if previous is None:
            return self.tr("This would be the group's first meeting: there is nothing to carry over.")
        actions = (self.tr("1 open action item") if previous.open_actions == 1
                   else self.tr("{n} open action items").format(n=previous.open_actions))
        items = (self.tr("1 unfinished agenda item") if previous.unfinished_items == 1
                 else self.tr("{n} unfinished agenda items").format(n=previous.unfinished_items))
        return self.tr("The previous meeting, “{title}” of {date}, left {actions} and {items}.").format(
            title=previous.title, date=fmt_date(previous.start.date()), actions=actions, items=items
        )

    def _default_template(self, templates: list[queries.TemplateChoice], kind: MeetingKind) -> str | None:
        remembered = QSettings().value(f"meetings/template/{kind.value}")
        if any(t.id == remembered for t in templates):
            return remembered
        label = kind_labels()[kind].casefold()
        named = [t for t in templates if t.name.casefold() == label]
        if named:
            return named[0].id
        return templates[0].id if templates else None

    def new_meeting(self) -> None:
        group_id = self.controller.group_id
        if group_id is None:
            return
        self.editor.commit_pending()
        with self.controller.read_rows() as conn:
            proposal = queries.propose_next_meeting(conn, group_id, self.controller.today())
            templates = queries.template_choices(conn, group_id)
        defaults = NewMeetingChoices(
            template_id=self._default_template(templates, proposal.kind),
            start=proposal.start, end=proposal.end, kind=proposal.kind, mode=proposal.mode,
            title=self.suggest_title(proposal.kind, proposal.start),
            carry_actions=True, carry_unfinished=True,
        )
        choices = NewMeetingDialog.ask(self, defaults, templates, self.describe_previous, self.suggest_title)
        if choices is None:
            return
        try:
            meeting_id = self.controller.perform(
                self.tr("New meeting"),
                lambda s: meeting_ops().new_meeting_from_template(
                    s, group_id, choices.template_id, choices.start, choices.end, choices.kind,
                    choices.mode, choices.title, choices.carry_actions, choices.carry_unfinished,
                ),
            )
        except OperationError as error:
            self._show_message(refusal_text(error), error=True)
            return
        if choices.template_id is not None:
            QSettings().setValue(f"meetings/template/{choices.kind.value}", choices.template_id)
        self._show_message("")
        self.select_meeting(meeting_id)
        self.editor.tabs.setCurrentIndex(0)
        self.editor.agenda_table.setFocus()

    def duplicate_meeting(self) -> None:
        meeting = self.editor.detail
        if meeting is None:
            return
        self.editor.commit_pending()
        start = queries.default_duplicate_start(meeting.start, meeting.kind)
        choices = DuplicateMeetingDialog.ask(self, meeting.title, start, meeting.start)
        if choices is None:
            return
        try:
            copy_id = self.controller.perform(
                self.tr("Duplicate meeting"),
                lambda s: meeting_ops().duplicate_meeting(s, meeting.id, choices.start, choices.title),
            )
        except OperationError as error:
            self._show_message(refusal_text(error), error=True)
            return
        self._show_message(self.tr("Copied to {date}.").format(date=fmt_date(choices.start.date())))
        self.select_meeting(copy_id)

    def delete_meeting(self) -> None:
        meeting = self.editor.detail
        if meeting is None:
            return
        self.editor.commit_pending()
        try:
            self.controller.perform(self.tr("Delete meeting"), lambda s: meeting_ops().delete_meeting(s, meeting.id))
        except OperationError as error:
            self._show_message(refusal_text(error), error=True)
            return
        self._show_message(self.tr("“{title}” was moved to the trash. Undo (Ctrl+Z) brings it back.").format(
            title=meeting.title))
        self.table.setFocus()


    # -- export ---------------------------------------------------------------------------------------------

    def _build_export(self) -> None:
        """"Export agenda…" and "Export meeting summary…": in the bar, the list's and the editor's menus."""
        self.exporter = DocumentExporter(self.controller, self)
        self.exporter.succeeded.connect(lambda result: self.export_result_bar.show_result(result.path))
        self.exporter.succeeded.connect(
            lambda result: self._show_message("\n".join(message_text(w) for w in result.warnings)))
        self.exporter.failed.connect(lambda message: self._show_message(message, error=True))
        self.export_result_bar = ExportResultBar(self.form)
        self.form.layout().insertWidget(2, self.export_result_bar)  # under the message line

        def action(text: str, keys: str, slot: Callable[[], object], tip: str) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.setToolTip(f"{tip} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})")
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.export_agenda_action = action(
            self.tr("Export &agenda…"), "Ctrl+E", lambda: self.export_meeting("agenda"),
            self.tr("Save the chosen meeting's agenda and time plan as a Word document"),
        )
        self.export_minutes_action = action(
            self.tr("Export meeting &summary…"), "Ctrl+Shift+E", lambda: self.export_meeting("minutes"),
            self.tr("Save the chosen meeting's attendance, summary, decisions and action items as a Word document"),
        )
        menu = QMenu(self)
        menu.addAction(self.export_agenda_action)
        menu.addAction(self.export_minutes_action)
        self.export_button = QToolButton(self.form)
        self.export_button.setObjectName("exportButton")
        self.export_button.setText(self.tr("E&xport"))
        self.export_button.setToolTip(self.tr("Save the chosen meeting's agenda or summary as a Word document"))
        self.export_button.setMenu(menu)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.form.findChild(QHBoxLayout, "barLayout").addWidget(self.export_button)
        self.table.addAction(self.export_agenda_action)
        self.table.addAction(self.export_minutes_action)
        self.editor.agenda_table.addAction(self.export_agenda_action)
        for table in (self.editor.decisions_table, self.editor.actions_table, self.editor.attendance_table):
            table.addAction(self.export_minutes_action)

    def export_meeting(self, what: str) -> None:
        """Save the chosen meeting's agenda ("agenda") or summary ("minutes") off the UI thread."""
        meeting = self.editor.detail
        if meeting is None or self.exporter.busy:
            return
        self.editor.commit_pending()
        from chairdesk.reports import documents

        stem = safe_file_name(f"{self._group_acronym}-{meeting.start:%Y-%m-%d}-{'agenda' if what == 'agenda' else 'summary'}")
        title = self.tr("Export the agenda") if what == "agenda" else self.tr("Export the meeting summary")
        target = self.exporter.ask_target(title, stem + ".docx")
        if target is None:
            return
        template, meeting_id, language = remembered_template(), meeting.id, remembered_language()
        write = documents.write_agenda if what == "agenda" else documents.write_minutes
        label = self.tr("Writing the agenda…") if what == "agenda" else self.tr("Writing the meeting summary…")
        self._show_message("")
        self.export_result_bar.hide()
        self.export_task = self.exporter.run(label, target, lambda s, p: write(s, meeting_id, p, template, language=language))


__all__ = [
    "DuplicateChoices",
    "DuplicateMeetingDialog",
    "MeetingsView",
    "NewMeetingChoices",
    "NewMeetingDialog",
]
