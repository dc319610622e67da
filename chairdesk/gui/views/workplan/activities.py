"""The Work plan view's activities panel: a plan's outputs and activities, edited in place.

Status and progress are edited in the cells (the model in `tree_model`, the delegates in
`cells`, both beside this module); the actions add, remove and move outputs and
activities, each one undo step through the panel's `InlineMessage` (a refusal, or a note
such as "progress set to 100 %", under the tree). The chosen row is kept across reloads;
`before_leaving` (the details panel's save) runs before another row is chosen, and a
refusal there keeps the row. `currentChanged` tells the view which row is chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any, ClassVar

from chairdesk.domain.vocabulary import ActivityStatus
from chairdesk.gui.controller import AppController, Changed
from chairdesk.gui.forms import load_form
from chairdesk.gui.inline import InlineMessage
from chairdesk.gui.qt import (
    QAction,
    QEvent,
    QItemSelectionModel,
    QKeySequence,
    QLabel,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from chairdesk.gui.views.workplan.cells import DateDelegate, ProgressBarDelegate, StatusDelegate
from chairdesk.gui.views.workplan.tree_model import WorkPlanFilterProxy, WorkPlanModel
from chairdesk.gui.views.workplan_status import ID_ROLE, KIND_ROLE
from chairdesk.store.ops import workplan as ops
from chairdesk.store.workplan_queries import (
    ActivityRow,
    OutputRow,
    activity_rows,
    is_overdue,
    work_plan_outputs,
)


class ActivitiesPanel(QWidget):
    currentChanged = Signal()  # another output or activity is chosen (or none)

    # The tables the tree shows (the entities: by their acronyms).
    TABLES = frozenset({"work_plan", "output", "activity", "activity_entity", "entity"})

    # Each column's width when there is room; on a narrow screen the entity
    # and start columns give way first (down to the second figure), so that
    # status and progress stay in sight.
    _WIDTHS: ClassVar[dict[str, int]] = {
        "code": 78,
        "leads": 84,
        "partners": 120,
        "start": 92,
        "due": 104,
        "status": 124,
        "progress": 108,
    }
    _NARROWEST: ClassVar[dict[str, int]] = {
        "partners": 80,
        "leads": 64,
        "start": 84,
        "due": 96,
        "status": 112,
        "progress": 92,
    }
    _TITLE_MIN = 160

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.plan_id: str | None = None
        self.current_id: str | None = None  # the chosen output's or activity's id
        self.before_leaving: Callable[[], bool] = lambda: True  # set by the view
        self.clear_filter: Callable[[], None] = lambda: None  # set by the view: a new row is shown
        self._collapsed: set[str] = set()  # outputs the person folded
        self._restoring = False

        self.form = load_form("workplan_activities.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        find = self.form.findChild
        self.summary_label: QLabel = find(QLabel, "summaryLabel")
        self.no_plan_label: QLabel = find(QLabel, "noPlanLabel")
        self.tree: QTreeView = find(QTreeView, "activitiesTree")
        self.message_label: QLabel = find(QLabel, "messageLabel")
        self.message = InlineMessage(controller, self.message_label, parent=self)

        self.model = WorkPlanModel(controller, self.message.perform, self)
        self.proxy = WorkPlanFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tree.setModel(self.proxy)
        self._setup_tree()
        self._build_actions()
        self.model.edited.connect(self.message.say)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.tree.collapsed.connect(lambda i: self._collapsed.add(i.data(ID_ROLE)))
        self.tree.expanded.connect(lambda i: self._collapsed.discard(i.data(ID_ROLE)))

    # -- construction ------------------------------------------------------------------------

    def _setup_tree(self) -> None:
        self._widths = dict(self._WIDTHS)
        self._fitting = False
        tree = self.tree
        columns = WorkPlanModel.COLUMNS
        tree.setItemDelegateForColumn(columns.index("status"), StatusDelegate(tree))
        tree.setItemDelegateForColumn(columns.index("progress"), ProgressBarDelegate(tree))
        dates = DateDelegate(tree)
        tree.setItemDelegateForColumn(columns.index("start"), dates)
        tree.setItemDelegateForColumn(columns.index("due"), dates)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionsMovable(False)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        tree.setSortingEnabled(True)
        for name, width in self._widths.items():
            header.resizeSection(columns.index(name), width)
        header.setMinimumSectionSize(40)
        # Kept: compared in eventFilter, even while Qt deletes the tree (a parent torn down).
        self._tree_viewport = tree.viewport()
        self._tree_viewport.installEventFilter(self)
        header.sectionResized.connect(self._on_section_resized)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        hidden = QSettings().value("workPlan/hiddenColumns") or []
        hidden = [hidden] if isinstance(hidden, str) else list(hidden)
        for name in ("leads", "partners", "start", "due", "status", "progress"):
            act = QAction(
                self.model.headerData(columns.index(name), Qt.Orientation.Horizontal), header
            )
            act.setCheckable(True)
            act.setChecked(name not in hidden)
            tree.setColumnHidden(columns.index(name), name in hidden)
            act.toggled.connect(lambda shown, n=name: self._show_column(n, shown))
            header.addAction(act)

    def _build_actions(self) -> None:
        tree_only = Qt.ShortcutContext.WidgetShortcut
        self.add_activity_action = _action(
            self, self.tr("Add activity"), self.add_activity, ["Ins", "Ctrl+N"], self
        )
        self.add_output_action = _action(
            self, self.tr("Add output"), self.add_output, ["Ctrl+Alt+N"], self
        )
        self.remove_action = _action(
            self, self.tr("Remove"), self.remove_selected, ["Del"], self.tree, tree_only
        )
        self.move_up_action = _action(
            self,
            self.tr("Move up"),
            lambda: self.move_selected(-1),
            ["Ctrl+Up"],
            self.tree,
            tree_only,
        )
        self.move_down_action = _action(
            self,
            self.tr("Move down"),
            lambda: self.move_selected(1),
            ["Ctrl+Down"],
            self.tree,
            tree_only,
        )
        for name, act in (
            ("addOutputButton", self.add_output_action),
            ("addActivityButton", self.add_activity_action),
            ("removeButton", self.remove_action),
            ("moveUpButton", self.move_up_action),
            ("moveDownButton", self.move_down_action),
        ):
            self.form.findChild(QToolButton, name).setDefaultAction(act)

    def _show_column(self, name: str, shown: bool) -> None:
        self.tree.setColumnHidden(WorkPlanModel.COLUMNS.index(name), not shown)
        columns = WorkPlanModel.COLUMNS
        hidden = [n for n in columns if self.tree.isColumnHidden(columns.index(n))]
        QSettings().setValue("workPlan/hiddenColumns", hidden)
        self._fit_title_column()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._tree_viewport and event.type() == QEvent.Type.Resize:
            self._fit_title_column()
        return super().eventFilter(watched, event)

    def _fit_title_column(self) -> None:
        # The title takes the room the other columns leave, but never less than
        # a readable width: below that the table scrolls sideways instead.
        header = self.tree.header()
        columns = WorkPlanModel.COLUMNS
        shown = {
            n: w for n, w in self._widths.items() if not header.isSectionHidden(columns.index(n))
        }
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
            header.resizeSection(
                title, max(self._TITLE_MIN, self.tree.viewport().width() - sum(shown.values()))
            )
        finally:
            self._fitting = False

    def _on_section_resized(self, index: int, _old: int, new: int) -> None:
        # A width the person chose is kept (the title still takes what is left).
        name = WorkPlanModel.COLUMNS[index]
        if not self._fitting and name in self._widths:
            self._widths[name] = new

    # -- loading and the chosen row ----------------------------------------------------------

    def refresh(self, changed_tables: set[str]) -> None:
        """Read the plan's rows again if a table the tree shows changed (empty: any may have).

        An edit of activities' own fields (a status, a date) reads those activities again
        and updates their rows in place; anything else reads the plan's rows again.
        """
        if changed_tables and not changed_tables & self.TABLES:
            return
        ids = Changed.records_of(changed_tables, "activity")
        if ids and changed_tables & self.TABLES == {"activity"} and self.plan_id is not None:
            with self.controller.read() as session:
                rows = activity_rows(session, ids)
            if self.model.update_activities(ids, rows):
                self._update_summary(self.model.outputs, self.controller.today())
                self.update_actions()
                return
        self.load(self.plan_id)

    def load(self, plan_id: str | None, *, fresh: bool = False) -> None:
        """Show the plan `plan_id` (None: none); `fresh`: another plan, nothing folded or chosen."""
        if fresh:
            self.current_id = None
            self._collapsed.clear()
        self.plan_id = plan_id
        outputs: list[OutputRow] = []
        if plan_id is not None:
            with self.controller.read() as session:
                outputs = work_plan_outputs(session, plan_id)
        today = self.controller.today()
        self._restoring = True
        try:
            if self.model.set_outputs(outputs, today):
                self._expand()
        finally:
            self._restoring = False
        self.restore_current()
        self.tree.setVisible(plan_id is not None)
        self.no_plan_label.setVisible(plan_id is None)
        self._update_summary(outputs, today)
        self.update_actions()

    def forget(self) -> None:
        """Another group: nothing chosen or folded, no message."""
        self.current_id = None
        self._collapsed.clear()
        self.message.clear()

    def _expand(self) -> None:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            self.tree.setExpanded(index, index.data(ID_ROLE) not in self._collapsed)

    def restore_current(self) -> None:
        """Select `current_id` again after the rows were replaced or filtered."""
        source = self.model.index_of(self.current_id) if self.current_id else QModelIndex()
        index = self.proxy.mapFromSource(source) if source.isValid() else QModelIndex()
        current = self.tree.currentIndex()
        if (
            index.isValid()
            and current.isValid()
            and current.row() == index.row()
            and current.parent() == index.parent()
        ):
            return
        self._restoring = True
        try:
            selection = self.tree.selectionModel()
            if index.isValid():
                if index.parent().isValid():
                    self.tree.expand(index.parent())
                selection.setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.tree.scrollTo(index)
            else:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            self._restoring = False

    def set_filter(self, text: str, status: str) -> None:
        self.proxy.set_text(text)
        self.proxy.set_status(status)
        self.tree.expandAll()
        self.restore_current()

    def _update_summary(self, outputs: list[OutputRow], today: date) -> None:
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

    def update_actions(self) -> None:
        row = self.current_row()
        has_plan = self.plan_id is not None
        self.add_output_action.setEnabled(has_plan)
        self.add_activity_action.setEnabled(has_plan and bool(self.model.outputs))
        for act in (self.remove_action, self.move_up_action, self.move_down_action):
            act.setEnabled(row is not None)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._restoring:
            return
        new_id = current.data(ID_ROLE) if current.isValid() else None
        if new_id != self.current_id:
            old_id = self.current_id
            # The new row is current before the typed text is saved, so that the
            # refresh that saving causes keeps the row the person went to.
            self.current_id = new_id
            if not self.before_leaving():
                # Refused (say, an emptied title): stay, so the text can be put right.
                self.current_id = old_id
                QTimer.singleShot(0, self.restore_current)
                return
            self.currentChanged.emit()
        self.update_actions()

    def current_row(self) -> OutputRow | ActivityRow | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_of(self.proxy.mapToSource(index))

    def chosen_row(self) -> OutputRow | ActivityRow | None:
        """The row of `current_id` (whether or not the filter shows it)."""
        return self.model.row_of(self.model.index_of(self.current_id)) if self.current_id else None

    def select(self, record_id: str) -> None:
        self.before_leaving()
        self.current_id = record_id
        self.restore_current()
        self.currentChanged.emit()
        self.update_actions()

    def current_record(self) -> tuple[str, str, str] | None:
        """(table, id, name) of the record whose history Edit → History shows."""
        index = self.tree.currentIndex()
        if not index.isValid() or self.current_id is None:
            return None
        code = index.siblingAtColumn(0).data() or ""
        title = index.siblingAtColumn(1).data() or ""
        return (index.data(KIND_ROLE), self.current_id, f"{code} {title}".strip())

    # -- editing the plan ----------------------------------------------------------------------

    def add_output(self) -> None:
        plan_id = self.plan_id
        if plan_id is None:
            return
        self.clear_filter()
        done = self.message.perform(
            self.tr("Add an output"), lambda s: ops.add_output(s, plan_id, self.tr("New output"))
        )
        if done.ok:
            self.select(done.result)
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
            self.message.say(
                self.tr("Add an output first: activities belong to an output."), error=True
            )
            return
        self.clear_filter()
        done = self.message.perform(
            self.tr("Add an activity"),
            lambda s: ops.add_activity(s, output_id, self.tr("New activity")),
        )
        if done.ok:
            self._collapsed.discard(output_id)
            self.select(done.result)
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
            done = self.message.perform(
                self.tr("Remove activity {code}").format(code=row.code),
                lambda s: ops.remove_activity(s, row.id),
            )
            note = self.tr("Removed activity {code}. Undo (Ctrl+Z) brings it back.").format(
                code=row.code
            )
        else:
            done = self.message.perform(
                self.tr("Remove output {code}").format(code=row.code),
                lambda s: ops.remove_output(s, row.id),
            )
            note = self.tr(
                "Removed output {code} and its {n} activities. Undo (Ctrl+Z) brings them back."
            ).format(code=row.code, n=len(row.activities))
        if done.ok:
            self.message.say(note)
            self.current_id = None
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
        others = ids[i + 1 :] + ids[:i][::-1]
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
            text = self.tr("Move activity {code}").format(code=row.code)
            move: Callable[[Any, str, int], Any] = ops.move_activity
        else:
            siblings = [o.id for o in outputs]
            text = self.tr("Move output {code}").format(code=row.code)
            move = ops.move_output
        target = siblings.index(row.id) + step
        if not 0 <= target < len(siblings):
            return
        self.message.perform(text, lambda s: move(s, row.id, target))
        self.restore_current()


def _action(
    owner: QWidget,
    text: str,
    slot: Callable[[], object],
    shortcuts: list[str],
    host: QWidget,
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
) -> QAction:
    act = QAction(text, owner)
    act.setShortcuts([QKeySequence(s) for s in shortcuts])
    act.setShortcutContext(context)
    act.triggered.connect(slot)
    if shortcuts:
        keys = ", ".join(
            QKeySequence(s).toString(QKeySequence.SequenceFormat.NativeText) for s in shortcuts
        )
        act.setToolTip(f"{text.replace('&', '')} ({keys})")
    host.addAction(act)
    return act
