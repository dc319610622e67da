"""The Work plan view: a period's outputs and coded activities, edited in place.

The table is a tree (outputs, then their activities). Status and progress
are edited in the cells; the pane beside it holds the selected activity's
description, indicator, funding, entities and its dated progress updates.
Every edit is one undoable step through the controller; the view reloads
from the database when `changed` names a table it shows, keeping the
selection.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from chairdesk.domain.vocabulary import ActivityStatus, FundingStatus
from chairdesk.gui.controller import AppController
from chairdesk.gui.formatting import fmt_date
from chairdesk.gui.forms import load_form
from chairdesk.gui.inline import refusal_text
from chairdesk.gui.qt import (
    QAction,
    QComboBox,
    QCompleter,
    QDate,
    QDateEdit,
    QEvent,
    QFrame,
    QHeaderView,
    QItemSelectionModel,
    QKeySequence,
    QLabel,
    QLineEdit,
    QModelIndex,
    QObject,
    QPainter,
    QPlainTextEdit,
    QPushButton,
    QRect,
    QScrollArea,
    QSettings,
    QSplitter,
    QStackedWidget,
    QStringListModel,
    QStyle,
    QStyleOptionViewItem,
    Qt,
    QTableView,
    QTimer,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from chairdesk.gui.views.workplan_models import (
    ID_ROLE,
    KIND_ROLE,
    OVERDUE_COLOUR,
    STATUS_ORDER,
    DateDelegate,
    ProgressDelegate,
    StatusDelegate,
    UpdatesModel,
    WorkPlanFilterProxy,
    WorkPlanModel,
    funding_label,
    overdue_text,
    status_label,
)
from chairdesk.store.ops import OperationError
from chairdesk.store.ops import workplan as ops
from chairdesk.store.workplan_queries import (
    ActivityDetail,
    ActivityRow,
    EntityChoice,
    OutputRow,
    WorkPlanRef,
    activity_detail,
    current_work_plan,
    entity_choices,
    is_overdue,
    suggested_period,
    work_plan_outputs,
    work_plans,
)

#: The tables whose changes this view shows.
TABLES = frozenset({"work_plan", "output", "activity", "activity_entity", "progress_update", "entity", "working_group"})

_ERROR_STYLE = "color: #B3261E;"
_FIELD_ERROR_STYLE = "border: 1px solid #B3261E;"
_SPLIT = re.compile(r"[,;\s]+")


class _ProgressBarDelegate(ProgressDelegate):
    """An activity's progress as its figure and a small bar (editing: a spin box)."""

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: ANN001
        super().paint(painter, option, index)  # background, selection and the figure
        if index.data(KIND_ROLE) != "activity":
            return
        progress = max(0, min(100, int(index.data(Qt.ItemDataRole.EditRole) or 0)))
        figure_width = option.fontMetrics.horizontalAdvance("100 %") + 10
        rect = option.rect.adjusted(4, 0, -figure_width, 0)
        if rect.width() < 16:
            return
        height = 6
        bar = QRect(rect.left(), rect.center().y() - height // 2 + 1, rect.width(), height)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        track = palette.highlightedText().color() if selected else palette.mid().color()
        track.setAlpha(90)
        painter.setBrush(track)
        painter.drawRoundedRect(bar, 3, 3)
        if progress:
            done = QRect(bar.left(), bar.top(), max(height, bar.width() * progress // 100), height)
            painter.setBrush(palette.highlightedText() if selected else palette.highlight())
            painter.drawRoundedRect(done, 3, 3)
        painter.restore()


class _AcronymCompleter(QObject):
    """Completes the acronym being typed after the last comma of a line edit."""

    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self._edit = edit
        self._model = QStringListModel(self)
        self.completer = QCompleter(self._model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.completer.setWidget(edit)
        self.completer.activated[str].connect(self._insert)
        edit.textEdited.connect(self._update)

    def set_acronyms(self, acronyms: list[str]) -> None:
        self._model.setStringList(acronyms)

    def _update(self, text: str) -> None:
        prefix = _SPLIT.split(text[: self._edit.cursorPosition()])[-1]
        if not prefix:
            self.completer.popup().hide()
            return
        self.completer.setCompletionPrefix(prefix)
        if self.completer.completionCount():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _insert(self, acronym: str) -> None:
        text = self._edit.text()
        cursor = self._edit.cursorPosition()
        head = re.sub(r"[^,;\s]*$", "", text[:cursor])
        tail = text[cursor:]
        self._edit.setText(f"{head}{acronym}, {tail.lstrip(', ')}".rstrip(", ").rstrip() + ", ")
        self._edit.setModified(True)


class WorkPlanView(QWidget):
    """A working group's work plan for one period: outputs, activities and progress."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._plans: list[WorkPlanRef] = []
        self._plan_id: str | None = None
        self._current_id: str | None = None  # the selected output's or activity's id
        self._collapsed: set[str] = set()  # outputs the person folded
        self._detail: ActivityDetail | None = None
        self._entities: list[EntityChoice] = []
        self._restoring = False
        self._drafts: dict[str, str] = {}  # update text typed but not added, per activity

        self.form = load_form("workplan_view.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        find = self.form.findChild
        self.period_combo: QComboBox = find(QComboBox, "periodCombo")
        self.new_plan_button: QToolButton = find(QToolButton, "newPlanButton")
        self.filter_edit: QLineEdit = find(QLineEdit, "filterEdit")
        self.status_filter: QComboBox = find(QComboBox, "statusFilterCombo")
        self.new_plan_frame: QFrame = find(QFrame, "newPlanFrame")
        self.new_plan_edit: QLineEdit = find(QLineEdit, "newPlanPeriodEdit")
        self.create_plan_button: QPushButton = find(QPushButton, "createPlanButton")
        self.cancel_plan_button: QPushButton = find(QPushButton, "cancelPlanButton")
        self.new_plan_error: QLabel = find(QLabel, "newPlanError")
        self.splitter: QSplitter = find(QSplitter, "mainSplitter")
        self.summary_label: QLabel = find(QLabel, "summaryLabel")
        self.no_plan_label: QLabel = find(QLabel, "noPlanLabel")
        self.tree: QTreeView = find(QTreeView, "activitiesTree")
        self.message_label: QLabel = find(QLabel, "messageLabel")
        self.detail_scroll: QScrollArea = find(QScrollArea, "detailScroll")
        self.detail_stack: QStackedWidget = find(QStackedWidget, "detailStack")
        self.empty_page: QWidget = find(QWidget, "emptyPage")
        self.activity_page: QWidget = find(QWidget, "activityPage")
        self.empty_detail_label: QLabel = find(QLabel, "emptyDetailLabel")
        self.heading: QLabel = find(QLabel, "activityHeading")
        self.facts: QLabel = find(QLabel, "activityFacts")
        self.title_edit: QLineEdit = find(QLineEdit, "titleEdit")
        self.description_edit: QPlainTextEdit = find(QPlainTextEdit, "descriptionEdit")
        self.indicator_edit: QLineEdit = find(QLineEdit, "indicatorEdit")
        self.funding_combo: QComboBox = find(QComboBox, "fundingCombo")
        self.leads_edit: QLineEdit = find(QLineEdit, "leadsEdit")
        self.partners_edit: QLineEdit = find(QLineEdit, "partnersEdit")
        self.detail_error: QLabel = find(QLabel, "detailError")
        self.update_date_edit: QDateEdit = find(QDateEdit, "updateDateEdit")
        self.update_text_edit: QLineEdit = find(QLineEdit, "updateTextEdit")
        self.add_update_button: QPushButton = find(QPushButton, "addUpdateButton")
        self.updates_table: QTableView = find(QTableView, "updatesTable")
        self.remove_update_button: QPushButton = find(QPushButton, "removeUpdateButton")

        self.model = WorkPlanModel(controller, self)
        self.proxy = WorkPlanFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree.setModel(self.proxy)
        self.updates_model = UpdatesModel(controller, self)
        self.updates_table.setModel(self.updates_model)

        self._setup_tree()
        self._setup_detail()
        self._build_actions()
        self._connect()
        self._translate()
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([340, 330])
        self.reload()

    # -- construction ------------------------------------------------------------------

    #: Each column's width when there is room; on a narrow screen the entity
    #: and start columns give way first (down to the second figure), so that
    #: status and progress stay in sight.
    _WIDTHS = {"code": 78, "leads": 84, "partners": 120, "start": 92, "due": 104, "status": 124, "progress": 108}
    _NARROWEST = {"partners": 80, "leads": 64, "start": 84, "due": 96, "status": 112, "progress": 92}
    _TITLE_MIN = 160

    def _setup_tree(self) -> None:
        self._widths = dict(self._WIDTHS)
        self._fitting = False
        tree = self.tree
        columns = WorkPlanModel.COLUMNS
        tree.setItemDelegateForColumn(columns.index("status"), StatusDelegate(tree))
        tree.setItemDelegateForColumn(columns.index("progress"), _ProgressBarDelegate(tree))
        dates = DateDelegate(tree)
        tree.setItemDelegateForColumn(columns.index("start"), dates)
        tree.setItemDelegateForColumn(columns.index("due"), dates)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionsMovable(False)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        tree.setSortingEnabled(True)
        widths = self._widths
        for name, width in widths.items():
            header.resizeSection(columns.index(name), width)
        header.setMinimumSectionSize(40)
        tree.viewport().installEventFilter(self)
        header.sectionResized.connect(self._on_section_resized)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        hidden = QSettings().value("workPlan/hiddenColumns") or []
        hidden = [hidden] if isinstance(hidden, str) else list(hidden)
        for name in ("leads", "partners", "start", "due", "status", "progress"):
            act = QAction(self.model.headerData(columns.index(name), Qt.Orientation.Horizontal), header)
            act.setCheckable(True)
            act.setChecked(name not in hidden)
            tree.setColumnHidden(columns.index(name), name in hidden)
            act.toggled.connect(lambda shown, n=name: self._show_column(n, shown))
            header.addAction(act)

    def _setup_detail(self) -> None:
        self.updates_table.setItemDelegateForColumn(0, DateDelegate(self.updates_table, allow_empty=False))
        header = self.updates_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.updates_table.verticalHeader().setVisible(False)
        self.updates_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.funding_combo.addItem(funding_label(None), "")
        for funding in FundingStatus:
            self.funding_combo.addItem(funding_label(funding), funding.value)
        self.leads_completer = _AcronymCompleter(self.leads_edit)
        self.partners_completer = _AcronymCompleter(self.partners_edit)
        self.description_edit.installEventFilter(self)
        self.update_date_edit.setDate(_qdate(self.controller.today()))
        self.detail_stack.setCurrentWidget(self.empty_page)

    def _build_actions(self) -> None:
        def action(text: str, slot: Callable[[], object], shortcuts: list[str], host: QWidget,
                   context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut) -> QAction:
            act = QAction(text, self)
            act.setShortcuts([QKeySequence(s) for s in shortcuts])
            act.setShortcutContext(context)
            act.triggered.connect(slot)
            if shortcuts:
                keys = ", ".join(QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in shortcuts)
                act.setToolTip(f"{text.replace('&', '')} ({keys})")
            host.addAction(act)
            return act

        tree_only = Qt.ShortcutContext.WidgetShortcut
        self.add_activity_action = action(self.tr("Add activity"), self.add_activity, ["Ins", "Ctrl+N"], self)
        self.add_output_action = action(self.tr("Add output"), self.add_output, ["Ctrl+Alt+N"], self)
        self.remove_action = action(self.tr("Remove"), self.remove_selected, ["Del"], self.tree, tree_only)
        self.move_up_action = action(self.tr("Move up"), lambda: self.move_selected(-1), ["Ctrl+Up"], self.tree, tree_only)
        self.move_down_action = action(self.tr("Move down"), lambda: self.move_selected(1), ["Ctrl+Down"], self.tree, tree_only)
        self.filter_action = action(self.tr("Filter"), self.focus_filter, ["Ctrl+F"], self)
        self.new_plan_action = action(self.tr("New work plan…"), self.show_new_plan, [], self)
        self.remove_update_action = action(
            self.tr("Remove update"), self.remove_update, ["Del"], self.updates_table, tree_only
        )
        for button, act in (
            (self.form.findChild(QToolButton, "addOutputButton"), self.add_output_action),
            (self.form.findChild(QToolButton, "addActivityButton"), self.add_activity_action),
            (self.form.findChild(QToolButton, "removeButton"), self.remove_action),
            (self.form.findChild(QToolButton, "moveUpButton"), self.move_up_action),
            (self.form.findChild(QToolButton, "moveDownButton"), self.move_down_action),
            (self.new_plan_button, self.new_plan_action),
        ):
            button.setDefaultAction(act)

    def _connect(self) -> None:
        c = self.controller
        c.changed.connect(self._on_changed)
        c.groupChanged.connect(self._on_group_changed)
        c.workspaceChanged.connect(self._on_workspace_changed)
        self.model.editFailed.connect(lambda _field, message: self._message(message, error=True))
        self.model.edited.connect(lambda note: self._message(note))
        self.updates_model.editFailed.connect(lambda _field, message: self._detail_message(message, self.updates_table))
        self.updates_model.edited.connect(lambda: self._detail_message("", None))
        self.period_combo.activated.connect(self._on_period_picked)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.filter_edit.installEventFilter(self)
        self.status_filter.currentIndexChanged.connect(self._on_filter)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.tree.collapsed.connect(lambda i: self._collapsed.add(i.data(ID_ROLE)))
        self.tree.expanded.connect(lambda i: self._collapsed.discard(i.data(ID_ROLE)))
        self.create_plan_button.clicked.connect(self.create_plan)
        self.new_plan_edit.returnPressed.connect(self.create_plan)
        self.cancel_plan_button.clicked.connect(self.hide_new_plan)
        for edit in (self.title_edit, self.indicator_edit, self.leads_edit, self.partners_edit):
            edit.editingFinished.connect(self._commit_pending)
        self.funding_combo.activated.connect(lambda _i: self._commit_pending())
        self.add_update_button.clicked.connect(self.add_update)
        self.update_text_edit.returnPressed.connect(self.add_update)
        self.remove_update_button.clicked.connect(self.remove_update)
        self.updates_table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

    def _translate(self) -> None:
        self.status_filter.blockSignals(True)
        current = self.status_filter.currentData()
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All statuses"), WorkPlanFilterProxy.ALL)
        self.status_filter.addItem(self.tr("Not finished"), WorkPlanFilterProxy.OPEN)
        self.status_filter.addItem(self.tr("Overdue"), WorkPlanFilterProxy.OVERDUE)
        for status in STATUS_ORDER:
            self.status_filter.addItem(status_label(status), status.value)
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(current)))
        self.status_filter.blockSignals(False)
        self.empty_detail_label.setText(self.tr("Select an activity to see its details and progress updates."))

    def _show_column(self, name: str, shown: bool) -> None:
        self.tree.setColumnHidden(WorkPlanModel.COLUMNS.index(name), not shown)
        hidden = [n for n in WorkPlanModel.COLUMNS if self.tree.isColumnHidden(WorkPlanModel.COLUMNS.index(n))]
        QSettings().setValue("workPlan/hiddenColumns", hidden)
        self._fit_title_column()

    # -- events ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if watched is self.tree.viewport() and kind == QEvent.Type.Resize:
            self._fit_title_column()
        elif watched is self.description_edit and kind == QEvent.Type.FocusOut:
            self._commit_pending()
        elif watched is self.filter_edit and kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.filter_edit.clear()
            self.tree.setFocus()
            return True
        return super().eventFilter(watched, event)

    def _fit_title_column(self) -> None:
        # The title takes the room the other columns leave, but never less than
        # a readable width: below that the table scrolls sideways instead.
        header = self.tree.header()
        columns = WorkPlanModel.COLUMNS
        shown = {n: w for n, w in self._widths.items() if not header.isSectionHidden(columns.index(n))}
        room = self.tree.viewport().width() - self._TITLE_MIN
        short = sum(shown.values()) - room
        for name, narrowest in self._NARROWEST.items():
            if short > 0 and name in shown:
                give = min(short, shown[name] - narrowest)
                shown[name] -= give
                short -= give
        self._fitting = True
        try:
            for name, width in shown.items():
                header.resizeSection(columns.index(name), width)
            title = columns.index("title")
            header.resizeSection(title, max(self._TITLE_MIN, self.tree.viewport().width() - sum(shown.values())))
        finally:
            self._fitting = False

    def _on_section_resized(self, index: int, _old: int, new: int) -> None:
        # A width the person chose is kept (the title still takes what is left).
        name = WorkPlanModel.COLUMNS[index]
        if not self._fitting and name in self._widths:
            self._widths[name] = new

    def _on_changed(self, tables: set[str]) -> None:
        if not tables or tables & TABLES:
            self.reload()

    def _on_workspace_changed(self) -> None:
        self._detail = None  # it belonged to the workspace that was closed
        self._drafts.clear()
        self._on_group_changed()

    def _on_group_changed(self, *_args: Any) -> None:
        self._commit_pending()
        self._plan_id = None
        self._current_id = None
        self._collapsed.clear()
        self._detail = None
        self.hide_new_plan()
        self._message("")
        self.reload()

    def _on_period_picked(self, index: int) -> None:
        plan_id = self.period_combo.itemData(index)
        if plan_id != self._plan_id:
            self._commit_pending()
            self._plan_id = plan_id
            self._current_id = None
            self._collapsed.clear()
            self._load_plan()

    def _on_filter(self, *_args: Any) -> None:
        self.proxy.set_text(self.filter_edit.text())
        self.proxy.set_status(self.status_filter.currentData() or "")
        self.tree.expandAll()
        self._restore_current()

    def current_record(self) -> tuple[str, str, str] | None:
        """(table, id, name) of the record whose history Edit → History shows."""
        index = self.tree.currentIndex()
        if not index.isValid() or self._current_id is None:
            return None
        kind = index.data(KIND_ROLE)
        code = index.siblingAtColumn(0).data() or ""
        title = index.siblingAtColumn(1).data() or ""
        return (kind, self._current_id, f"{code} {title}".strip())

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring:
            return
        new_id = current.data(ID_ROLE) if current.isValid() else None
        if new_id != self._current_id:
            old_id = self._current_id
            # The new row is current before the typed text is saved, so that the
            # refresh that saving causes keeps the row the person went to.
            self._current_id = new_id
            if not self._commit_pending():
                # Refused (say, an emptied title): stay, so the text can be put right.
                self._current_id = old_id
                QTimer.singleShot(0, self._restore_current)
                return
            self._show_detail()
        self._update_actions()

    # -- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the group's work plans again and show the chosen one."""
        group_id = self.controller.group_id
        with self.controller.read() as session:
            self._plans = work_plans(session, group_id) if group_id else []
            self._entities = entity_choices(session)
        acronyms = [e.acronym for e in self._entities]
        self.leads_completer.set_acronyms(acronyms)
        self.partners_completer.set_acronyms(acronyms)
        if self._plan_id not in {p.id for p in self._plans}:
            plan = current_work_plan(self._plans, self.controller.today())
            self._plan_id = plan.id if plan else None
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for plan in reversed(self._plans):  # the latest period first
            self.period_combo.addItem(plan.period.replace("-", "\u2013"), plan.id)
        self.period_combo.setCurrentIndex(self.period_combo.findData(self._plan_id))
        self.period_combo.blockSignals(False)
        self.period_combo.setEnabled(bool(self._plans))
        self._load_plan()

    def _load_plan(self) -> None:
        outputs: list[OutputRow] = []
        if self._plan_id is not None:
            with self.controller.read() as session:
                outputs = work_plan_outputs(session, self._plan_id)
        today = self.controller.today()
        self._restoring = True
        try:
            replaced = self.model.set_outputs(outputs, today)
            if replaced:
                self._expand()
        finally:
            self._restoring = False
        self._restore_current()
        has_plan = self._plan_id is not None
        self.tree.setVisible(has_plan)
        self.detail_scroll.setVisible(has_plan)
        self.no_plan_label.setVisible(not has_plan)
        if not has_plan:
            if self.controller.group_id is None:
                self.no_plan_label.setText(self.tr("Choose a working group to see its work plan."))
            else:
                self.no_plan_label.setText(
                    self.tr("This working group has no work plan yet. Start one with “New work plan…”.")
                )
        self._update_summary(outputs, today)
        self._show_detail()
        self._update_actions()

    def _expand(self) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            self.tree.setExpanded(index, index.data(ID_ROLE) not in self._collapsed)

    def _restore_current(self) -> None:
        """Select `_current_id` again after the rows were replaced or filtered."""
        source = self.model.index_of(self._current_id) if self._current_id else QModelIndex()
        index = self.proxy.mapFromSource(source) if source.isValid() else QModelIndex()
        current = self.tree.currentIndex()
        if index.isValid() and current.isValid() and current.row() == index.row() and current.parent() == index.parent():
            return
        self._restoring = True
        try:
            selection = self.tree.selectionModel()
            if index.isValid():
                if index.parent().isValid():
                    self.tree.expand(index.parent())
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.tree.scrollTo(index)
            else:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            self._restoring = False

    def _update_summary(self, outputs: list[OutputRow], today: Any) -> None:
        activities = [a for o in outputs for a in o.activities]
        if not activities:
            self.summary_label.setText("")
            return
        done = sum(a.status is ActivityStatus.COMPLETED for a in activities)
        overdue = sum(is_overdue(a.due, a.status, today) for a in activities)
        text = self.tr("{n} activities · {done} completed").format(n=len(activities), done=done)
        if overdue:
            text += self.tr(" · ⚠ {n} overdue").format(n=overdue)
        self.summary_label.setText(text)

    def _update_actions(self) -> None:
        row = self.current_row()
        has_plan = self._plan_id is not None
        self.add_output_action.setEnabled(has_plan)
        self.add_activity_action.setEnabled(has_plan and bool(self.model.outputs))
        self.remove_action.setEnabled(row is not None)
        self.move_up_action.setEnabled(row is not None)
        self.move_down_action.setEnabled(row is not None)
        has_update = bool(self.updates_table.selectionModel().selectedRows())
        self.remove_update_button.setEnabled(has_update)
        self.remove_update_action.setEnabled(has_update)

    # -- messages ----------------------------------------------------------------------------

    def _message(self, text: str, *, error: bool = False) -> None:
        self.message_label.setStyleSheet(_ERROR_STYLE if error else "")
        self.message_label.setText(text)

    def _detail_message(self, text: str, field: QWidget | None) -> None:
        self.detail_error.setText(text)
        for widget in (self.title_edit, self.description_edit, self.indicator_edit, self.leads_edit,
                       self.partners_edit, self.funding_combo, self.update_text_edit, self.update_date_edit):
            widget.setStyleSheet(_FIELD_ERROR_STYLE if widget is field else "")

    def _perform(self, text: str, operation: Callable[[Any], Any]) -> tuple[bool, Any]:
        """Run an edit of the table; a refusal is shown under the table."""
        try:
            result = self.controller.perform(text, operation)
        except OperationError as error:
            self._message(refusal_text(error), error=True)
            return False, None
        self._message("")
        return True, result

    def _perform_detail(self, text: str, operation: Callable[[Any], Any]) -> bool:
        """Run an edit from the detail pane; a refusal is shown under its fields."""
        try:
            self.controller.perform(text, operation)
        except OperationError as error:
            fields = {
                "title": self.title_edit, "description": self.description_edit,
                "indicator": self.indicator_edit, "leads": self.leads_edit,
                "partners": self.partners_edit, "funding": self.funding_combo,
                "date": self.updates_table, "text": self.updates_table,
            }
            self._detail_message(refusal_text(error), fields.get(error.field))
            return False
        self._detail_message("", None)
        return True

    # -- selection -------------------------------------------------------------------------------

    def current_row(self) -> OutputRow | ActivityRow | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_of(self.proxy.mapToSource(index))

    def select(self, record_id: str) -> None:
        self._commit_pending()
        self._current_id = record_id
        self._restore_current()
        self._show_detail()
        self._update_actions()

    def proxy_index(self, record_id: str, column: str = "code") -> QModelIndex:
        """The table's index of an output or activity (for keyboard-free tests and scripts)."""
        source = self.model.index_of(record_id, WorkPlanModel.COLUMNS.index(column))
        return self.proxy.mapFromSource(source)

    # -- editing the plan --------------------------------------------------------------------------

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    def show_new_plan(self) -> None:
        self.new_plan_edit.setText(suggested_period(self._plans, self.controller.today()))
        self.new_plan_error.clear()
        self.new_plan_frame.show()
        self.new_plan_edit.setFocus()
        self.new_plan_edit.selectAll()

    def hide_new_plan(self) -> None:
        self.new_plan_frame.hide()
        self.new_plan_error.clear()

    def create_plan(self) -> None:
        group_id = self.controller.group_id
        if group_id is None:
            return
        period = self.new_plan_edit.text()
        try:
            plan_id = self.controller.perform(
                self.tr("New work plan {period}").format(period=period.strip()),
                lambda s: ops.create_work_plan(s, group_id, period),
            )
        except OperationError as error:
            self.new_plan_error.setText(refusal_text(error))
            return
        self.hide_new_plan()
        self._plan_id = plan_id
        self._current_id = None
        self.reload()
        self.tree.setFocus()

    def _clear_filter(self) -> None:
        if self.proxy.filtering:
            self.filter_edit.clear()
            self.status_filter.setCurrentIndex(0)

    def add_output(self) -> None:
        plan_id = self._plan_id
        if plan_id is None:
            return
        self._clear_filter()
        ok, output_id = self._perform(
            self.tr("Add an output"), lambda s: ops.add_output(s, plan_id, self.tr("New output"))
        )
        if ok:
            self.select(output_id)
            self._edit_title()

    def add_activity(self) -> None:
        row = self.current_row()
        outputs = self.model.outputs
        if isinstance(row, ActivityRow):
            output_id = row.output_id
        elif isinstance(row, OutputRow):
            output_id = row.id
        elif outputs:
            output_id = outputs[-1].id
        else:
            self._message(self.tr("Add an output first: activities belong to an output."), error=True)
            return
        self._clear_filter()
        ok, activity_id = self._perform(
            self.tr("Add an activity"), lambda s: ops.add_activity(s, output_id, self.tr("New activity"))
        )
        if ok:
            self._collapsed.discard(output_id)
            self.select(activity_id)
            self._edit_title()

    def _edit_title(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            title = index.siblingAtColumn(WorkPlanModel.COLUMNS.index("title"))
            self.tree.setCurrentIndex(title)
            self.tree.setFocus()
            self.tree.edit(title)

    def remove_selected(self) -> None:
        row = self.current_row()
        if row is None:
            return
        neighbour = self._neighbour_of(row)
        if isinstance(row, ActivityRow):
            ok, _ = self._perform(
                self.tr("Remove activity {code}").format(code=row.code),
                lambda s: ops.remove_activity(s, row.id),
            )
            note = self.tr("Removed activity {code}. Undo (Ctrl+Z) brings it back.").format(code=row.code)
        else:
            ok, _ = self._perform(
                self.tr("Remove output {code}").format(code=row.code),
                lambda s: ops.remove_output(s, row.id),
            )
            note = self.tr("Removed output {code} and its {n} activities. Undo (Ctrl+Z) brings them back.").format(
                code=row.code, n=len(row.activities)
            )
        if ok:
            self._message(note)
            self._current_id = None
            if neighbour:
                self.select(neighbour)

    def _neighbour_of(self, row: OutputRow | ActivityRow) -> str | None:
        outputs = self.model.outputs
        if isinstance(row, OutputRow):
            ids = [o.id for o in outputs]
        else:
            output = next(o for o in outputs if o.id == row.output_id)
            ids = [a.id for a in output.activities]
            if len(ids) == 1:
                return output.id
        i = ids.index(row.id)
        others = ids[i + 1:] + ids[:i][::-1]
        return others[0] if others else None

    def move_selected(self, step: int) -> None:
        row = self.current_row()
        if row is None:
            return
        if self.proxy.sortColumn() != -1:
            # Moving means the plan's own order: show it.
            self.tree.header().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            self.proxy.sort(-1)
        outputs = self.model.outputs
        if isinstance(row, ActivityRow):
            output = next(o for o in outputs if o.id == row.output_id)
            siblings = [a.id for a in output.activities]
            target = siblings.index(row.id) + step
            if not 0 <= target < len(siblings):
                return
            self._perform(
                self.tr("Move activity {code}").format(code=row.code),
                lambda s: ops.move_activity(s, row.id, target),
            )
        else:
            siblings = [o.id for o in outputs]
            target = siblings.index(row.id) + step
            if not 0 <= target < len(siblings):
                return
            self._perform(
                self.tr("Move output {code}").format(code=row.code),
                lambda s: ops.move_output(s, row.id, target),
            )
        self._restore_current()

    # -- the detail pane ---------------------------------------------------------------------------

    def _show_detail(self) -> None:
        row = self.model.row_of(self.model.index_of(self._current_id)) if self._current_id else None
        if not isinstance(row, ActivityRow):
            if self._detail is not None and self.update_text_edit.text().strip():
                self._drafts[self._detail.id] = self.update_text_edit.text()
            self._detail = None
            self.detail_stack.setCurrentWidget(self.empty_page)
            if isinstance(row, OutputRow):
                self.empty_detail_label.setText(
                    self.tr("Output {code}: {title}\n\n{n} activities. Select one to see its details.").format(
                        code=row.code, title=row.title, n=len(row.activities)
                    )
                )
            else:
                self.empty_detail_label.setText(self.tr("Select an activity to see its details and progress updates."))
            self.updates_model.set_updates([], "")
            return
        with self.controller.read() as session:
            detail = activity_detail(session, row.id)
        if detail is None:
            return
        same = self._detail is not None and self._detail.id == detail.id
        if not same:
            self._detail_message("", None)
            if self._detail is not None and self.update_text_edit.text().strip():
                self._drafts[self._detail.id] = self.update_text_edit.text()
            self.update_date_edit.setDate(_qdate(self.controller.today()))
            self.update_text_edit.setText(self._drafts.pop(detail.id, ""))
        self._detail = detail
        self.detail_stack.setCurrentWidget(self.activity_page)
        output = next((o for o in self.model.outputs if o.id == detail.output_id), None)
        self.heading.setText(
            self.tr("Activity {code} of output {output}").format(code=detail.code, output=output.code if output else "")
        )
        self.facts.setText(self._facts(detail))
        self.facts.setToolTip(overdue_text(detail.due) if is_overdue(detail.due, detail.status, self.controller.today()) else "")
        # Text the person is typing is never overwritten by a refresh.
        _set_line(self.title_edit, detail.title, keep=same)
        _set_line(self.indicator_edit, detail.indicator or "", keep=same)
        _set_line(self.leads_edit, ", ".join(a for _, a in detail.leads), keep=same)
        _set_line(self.partners_edit, ", ".join(a for _, a in detail.partners), keep=same)
        editing = same and self.description_edit.hasFocus() and self.description_edit.document().isModified()
        if not editing and self.description_edit.toPlainText() != (detail.description or ""):
            self.description_edit.setPlainText(detail.description or "")
            self.description_edit.document().setModified(False)
        self.funding_combo.setCurrentIndex(max(0, self.funding_combo.findData(detail.funding.value if detail.funding else "")))
        selected = self._selected_update_id()
        self.updates_model.set_updates(list(detail.updates), detail.code)
        if selected:
            row_index = self.updates_model.row_of(selected)
            if row_index >= 0:
                self.updates_table.selectRow(row_index)
        self._update_actions()

    def _facts(self, d: ActivityDetail) -> str:
        parts = [status_label(d.status), self.tr("{n} % done").format(n=d.progress)]
        if d.start or d.due:
            parts.append(
                self.tr("{start} to {due}").format(start=fmt_date(d.start) or "…", due=fmt_date(d.due) or "…")
            )
        text = " · ".join(parts)
        if is_overdue(d.due, d.status, self.controller.today()):
            colour = OVERDUE_COLOUR.name()
            text += f' · <span style="color:{colour}; font-weight:600">⚠ {overdue_text(d.due)}</span>'
        return text

    def _commit_pending(self) -> bool:
        """Save what is typed in the detail pane, as one step; False if it was refused.

        Called when a field is left and before the pane shows something else,
        so that nothing typed is lost.
        """
        d = self._detail
        if d is None:
            return True
        fields: dict[str, Any] = {}
        if self.title_edit.isModified() and self.title_edit.text().strip() != d.title:
            fields["title"] = self.title_edit.text()
        if self.indicator_edit.isModified() and (self.indicator_edit.text().strip() or None) != d.indicator:
            fields["indicator"] = self.indicator_edit.text()
        description = self.description_edit.toPlainText()
        if self.description_edit.document().isModified() and (description.strip() or None) != d.description:
            fields["description"] = description
        funding = self.funding_combo.currentData() or None
        if funding != (d.funding.value if d.funding else None):
            fields["funding"] = funding
        entities = None
        if self.leads_edit.isModified() or self.partners_edit.isModified():
            leads = self._parse_entities(self.leads_edit)
            partners = self._parse_entities(self.partners_edit) if leads is not None else None
            if leads is None or partners is None:
                return False
            if leads != [e for e, _ in d.leads] or partners != [e for e, _ in d.partners]:
                entities = (leads, partners)
        if fields or entities is not None:

            def edit(session: Any) -> None:
                if fields:
                    ops.update_activity(session, d.id, **fields)
                if entities is not None:
                    ops.set_activity_entities(session, d.id, *entities)

            what = self._edit_text(d.code, fields, entities is not None)
            if not self._perform_detail(what, edit):
                return False
        else:
            self._detail_message("", None)
        for edit_widget in (self.title_edit, self.indicator_edit, self.leads_edit, self.partners_edit):
            edit_widget.setModified(False)
        self.description_edit.document().setModified(False)
        stored = self._detail
        if stored is not None and stored.id == d.id:
            # Show what was stored: trimmed, acronyms spelt as they are, no stray commas.
            _set_line(self.title_edit, stored.title, keep=False)
            _set_line(self.indicator_edit, stored.indicator or "", keep=False)
            self._show_detail_lines(stored)
        return True

    def _edit_text(self, code: str, fields: dict[str, Any], entities: bool) -> str:
        """The undo step's name for an edit in the detail pane."""
        names = {
            "title": self.tr("Rename activity {code}"),
            "indicator": self.tr("Change the indicator of {code}"),
            "description": self.tr("Change the description of {code}"),
            "funding": self.tr("Change the funding of {code}"),
        }
        if len(fields) == 1 and not entities:
            return names[next(iter(fields))].format(code=code)
        if entities and not fields:
            return self.tr("Change the entities of {code}").format(code=code)
        return self.tr("Edit activity {code}").format(code=code)

    def _parse_entities(self, edit: QLineEdit) -> list[str] | None:
        by_acronym = {e.acronym.casefold(): e.id for e in self._entities}
        ids = []
        for word in (w for w in _SPLIT.split(edit.text()) if w):
            entity_id = by_acronym.get(word.casefold())
            if entity_id is None:
                self._detail_message(self.tr("No entity is called {acronym}.").format(acronym=word), edit)
                return None
            if entity_id not in ids:
                ids.append(entity_id)
        return ids

    def _show_detail_lines(self, d: ActivityDetail) -> None:
        _set_line(self.leads_edit, ", ".join(a for _, a in d.leads), keep=False)
        _set_line(self.partners_edit, ", ".join(a for _, a in d.partners), keep=False)

    # -- progress updates -------------------------------------------------------------------------

    def _selected_update_id(self) -> str | None:
        rows = self.updates_table.selectionModel().selectedRows()
        return self.updates_model.row_at(rows[0].row()).id if rows else None

    def add_update(self) -> None:
        d = self._detail
        if d is None:
            return
        day = self.update_date_edit.date().toPython()
        text = self.update_text_edit.text()
        try:
            update_id = self.controller.perform(
                self.tr("Add an update to {code}").format(code=d.code),
                lambda s: ops.add_progress_update(s, d.id, day, text),
            )
        except OperationError as error:
            field = self.update_date_edit if error.field == "date" else self.update_text_edit
            self._detail_message(refusal_text(error), field)
            return
        self._detail_message("", None)
        self.update_text_edit.clear()
        row = self.updates_model.row_of(update_id)
        if row >= 0:
            self.updates_table.selectRow(row)
        self.update_text_edit.setFocus()

    def remove_update(self) -> None:
        d = self._detail
        update_id = self._selected_update_id()
        if d is None or update_id is None:
            return
        row = self.updates_model.row_of(update_id)
        if self._perform_detail(
            self.tr("Remove an update of {code}").format(code=d.code),
            lambda s: ops.remove_progress_update(s, update_id),
        ):
            count = self.updates_model.rowCount()
            if count:
                self.updates_table.selectRow(min(row, count - 1))


def _qdate(day: Any) -> QDate:
    return QDate(day.year, day.month, day.day)


def _set_line(edit: QLineEdit, text: str, *, keep: bool) -> None:
    if keep and edit.hasFocus() and edit.isModified():
        return
    if edit.text() != text:
        edit.setText(text)  # also clears isModified()


__all__ = ["WorkPlanView"]
