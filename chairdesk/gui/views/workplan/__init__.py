"""The Work plan view: a period's outputs and coded activities, edited in place.

A thin shell: the work plan chosen (its period, starting a new one), the filter, and three
panels it places (modules beside this one, each with its form in ui/):
- `activities.ActivitiesPanel`: the outputs and their activities as a tree, status and
  progress edited in the cells;
- `details.ActivityDetailsPanel`: the chosen activity's description, indicator, funding
  and entities;
- `progress.ProgressLogPanel`: its dated progress updates.

Every edit is one undoable step through the controller (the panels' `InlineMessage`);
`refresh(changed_tables)` reloads when the controller's `changed` names a table the view
shows (while the view is hidden, when it is next shown), keeping the chosen row and the
text being typed; an edit of activities' own fields updates just their rows.
"""

from __future__ import annotations

from typing import Any

from chairdesk.gui.controller import AppController, Changed, WhenShown
from chairdesk.gui.forms import load_form
from chairdesk.gui.inline import InlineMessage
from chairdesk.gui.qt import (
    QAction,
    QComboBox,
    QEvent,
    QFrame,
    QKeySequence,
    QLabel,
    QLineEdit,
    QModelIndex,
    QObject,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from chairdesk.gui.views.workplan.activities import ActivitiesPanel
from chairdesk.gui.views.workplan.details import ActivityDetailsPanel
from chairdesk.gui.views.workplan.progress import ProgressLogPanel
from chairdesk.gui.views.workplan.tree_model import WorkPlanFilterProxy, WorkPlanModel
from chairdesk.gui.views.workplan_status import STATUS_ORDER, status_label
from chairdesk.store.ops import workplan as ops
from chairdesk.store.workplan_queries import (
    ActivityRow,
    OutputRow,
    WorkPlanRef,
    activity_detail,
    current_work_plan,
    entity_choices,
    suggested_period,
    work_plans,
)

# The tables whose changes this view shows; those that change the plans to choose from.
TABLES = frozenset(
    {
        "work_plan",
        "output",
        "activity",
        "activity_entity",
        "progress_update",
        "entity",
        "working_group",
    }
)
_PLAN_TABLES = frozenset({"work_plan", "working_group", "entity"})


class WorkPlanView(QWidget):
    """A working group's work plan for one period: outputs, activities and progress."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._plans: list[WorkPlanRef] = []

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
        self.detail_scroll: QScrollArea = find(QScrollArea, "detailScroll")
        self.detail_stack: QStackedWidget = find(QStackedWidget, "detailStack")
        self.empty_page: QWidget = find(QWidget, "emptyPage")
        self.activity_page: QWidget = find(QWidget, "activityPage")
        self.empty_detail_label: QLabel = find(QLabel, "emptyDetailLabel")
        self.new_plan_message = InlineMessage(
            controller, self.new_plan_error, {"period": self.new_plan_edit}, parent=self
        )

        self.activities = ActivitiesPanel(controller, self)
        self.details = ActivityDetailsPanel(controller, self)
        self.progress = ProgressLogPanel(controller, self.details.message, self)
        for host, panel in (
            ("activitiesHost", self.activities),
            ("detailsHost", self.details),
            ("progressHost", self.progress),
        ):
            _place(find(QWidget, host), panel)
        self.activities.before_leaving = self.details.commit_pending
        self.activities.clear_filter = self._clear_filter
        self.activities.currentChanged.connect(self._show_detail)
        self.detail_stack.setCurrentWidget(self.empty_page)

        self.filter_action = _action(self, self.tr("Filter"), self.focus_filter, "Ctrl+F")
        self.new_plan_action = _action(self, self.tr("New work plan…"), self.show_new_plan, "")
        self.new_plan_button.setDefaultAction(self.new_plan_action)
        self._connect()
        self._translate()
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([340, 330])
        self.reload()

    # The names the tests and the main window reach the panels' parts by.
    tree = property(lambda self: self.activities.tree)
    model = property(lambda self: self.activities.model)
    proxy = property(lambda self: self.activities.proxy)

    def _connect(self) -> None:
        c = self.controller
        self.changes = WhenShown(c, self, self.refresh)  # read when on screen
        c.groupChanged.connect(self._on_group_changed)
        c.workspaceChanged.connect(self._on_workspace_changed)
        self.period_combo.activated.connect(self._on_period_picked)
        self.filter_edit.textChanged.connect(self._on_filter)
        self.filter_edit.installEventFilter(self)
        self.status_filter.currentIndexChanged.connect(self._on_filter)
        self.create_plan_button.clicked.connect(self.create_plan)
        self.new_plan_edit.returnPressed.connect(self.create_plan)
        self.cancel_plan_button.clicked.connect(self.hide_new_plan)

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
        self.empty_detail_label.setText(
            self.tr("Select an activity to see its details and progress updates.")
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.filter_edit
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Escape
        ):
            self.filter_edit.clear()
            self.tree.setFocus()
            return True
        return super().eventFilter(watched, event)

    # -- what changed ----------------------------------------------------------------------------

    def refresh(self, changed_tables: set[str]) -> None:
        """Show what changed (an empty set: anything may have), each panel what it shows.

        The plans and the entities (the period list, the acronyms completed) are read again
        only when they changed; the tree when its tables did; the chosen activity's details
        and progress log are read again for any change the view shows.
        """
        if not changed_tables or changed_tables & _PLAN_TABLES:
            self.reload()
        elif changed_tables & TABLES:
            self.activities.refresh(changed_tables)
            if self._detail_touched(changed_tables):
                self._show_detail()

    def _detail_touched(self, changed: set[str]) -> bool:
        """Whether `changed` may alter the chosen activity's details (not when it only edited others)."""
        chosen = self.details.detail
        activities = Changed.records_of(changed, "activity")
        if chosen is None or activities is None or changed & TABLES != {"activity"}:
            return True
        return chosen.id in activities or chosen.id != self.activities.current_id

    def _on_workspace_changed(self) -> None:
        self.details.detail = None  # it belonged to the workspace that was closed
        self.progress.forget()
        self._on_group_changed()

    def _on_group_changed(self, *_args: Any) -> None:
        self.details.commit_pending()
        self.activities.plan_id = None
        self.activities.forget()
        self.details.detail = None
        self.hide_new_plan()
        self.reload()

    def _on_period_picked(self, index: int) -> None:
        plan_id = self.period_combo.itemData(index)
        if plan_id != self.activities.plan_id:
            self.details.commit_pending()
            self._load_plan(plan_id, fresh=True)

    def _on_filter(self, *_args: Any) -> None:
        self.activities.set_filter(self.filter_edit.text(), self.status_filter.currentData() or "")

    def _clear_filter(self) -> None:
        if self.proxy.filtering:
            self.filter_edit.clear()
            self.status_filter.setCurrentIndex(0)

    def focus_filter(self) -> None:
        self.filter_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_edit.selectAll()

    # -- loading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the group's work plans again and show the chosen one."""
        group_id = self.controller.group_id
        with self.controller.read() as session:
            self._plans = work_plans(session, group_id) if group_id else []
            self.details.set_entities(entity_choices(session))
        plan_id = self.activities.plan_id
        if plan_id not in {p.id for p in self._plans}:
            plan = current_work_plan(self._plans, self.controller.today())
            plan_id = plan.id if plan else None
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for plan in reversed(self._plans):  # the latest period first
            self.period_combo.addItem(plan.period.replace("-", "\u2013"), plan.id)
        self.period_combo.setCurrentIndex(self.period_combo.findData(plan_id))
        self.period_combo.blockSignals(False)
        self.period_combo.setEnabled(bool(self._plans))
        self._load_plan(plan_id)

    def _load_plan(self, plan_id: str | None, *, fresh: bool = False) -> None:
        self.activities.load(plan_id, fresh=fresh)
        has_plan = plan_id is not None
        self.detail_scroll.setVisible(has_plan)
        if not has_plan:
            if self.controller.group_id is None:
                text = self.tr("Choose a working group to see its work plan.")
            else:
                text = self.tr(
                    "This working group has no work plan yet. Start one with “New work plan…”."
                )
            self.activities.no_plan_label.setText(text)
        self._show_detail()

    def _show_detail(self) -> None:
        row = self.activities.chosen_row()
        if not isinstance(row, ActivityRow):
            self.details.detail = None
            self.progress.show_detail(None)
            self.detail_stack.setCurrentWidget(self.empty_page)
            if isinstance(row, OutputRow):
                text = self.tr(
                    "Output {code}: {title}\n\n{n} activities. Select one to see its details."
                )
                text = text.format(code=row.code, title=row.title, n=len(row.activities))
            else:
                text = self.tr("Select an activity to see its details and progress updates.")
            self.empty_detail_label.setText(text)
            return
        with self.controller.read() as session:
            detail = activity_detail(session, row.id)
        if detail is None:
            return
        output = next((o for o in self.model.outputs if o.id == detail.output_id), None)
        self.details.show_detail(detail, output.code if output else "")
        self.progress.show_detail(detail)
        self.detail_stack.setCurrentWidget(self.activity_page)
        self.activities.update_actions()

    # -- the chosen row ----------------------------------------------------------------------------

    def current_row(self) -> OutputRow | ActivityRow | None:
        return self.activities.current_row()

    def current_record(self) -> tuple[str, str, str] | None:
        """(table, id, name) of the record whose history Edit → History shows."""
        return self.activities.current_record()

    def select(self, record_id: str) -> None:
        self.changes.catch_up()  # asked while hidden: the tree shows what is there now
        self.activities.select(record_id)

    def proxy_index(self, record_id: str, column: str = "code") -> QModelIndex:
        """The table's index of an output or activity (for keyboard-free tests and scripts)."""
        source = self.model.index_of(record_id, WorkPlanModel.COLUMNS.index(column))
        return self.proxy.mapFromSource(source)

    # -- a new work plan ---------------------------------------------------------------------------

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
        done = self.new_plan_message.perform(
            self.tr("New work plan {period}").format(period=period.strip()),
            lambda s: ops.create_work_plan(s, group_id, period),
        )
        if not done.ok:
            return
        self.hide_new_plan()
        self.activities.plan_id = done.result
        self.activities.current_id = None
        self.reload()
        self.tree.setFocus()


def _action(view: QWidget, text: str, slot: Any, shortcut: str) -> QAction:
    act = QAction(text, view)
    if shortcut:
        act.setShortcut(QKeySequence(shortcut))
        keys = QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        act.setToolTip(f"{text.replace('&', '')} ({keys})")
    act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    act.triggered.connect(slot)
    view.addAction(act)
    return act


def _place(host: QWidget, panel: QWidget) -> None:
    layout = QVBoxLayout(host)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(panel)


__all__ = ["TABLES", "WorkPlanView"]
