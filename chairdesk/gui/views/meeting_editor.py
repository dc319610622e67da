"""The editor of one meeting: its header fields, agenda builder, attendance, summary,
decisions and action items.

Every edit is saved at once as one undoable step (controller.perform); the
summary is saved when the chair leaves the field, one step per editing
session. A refused edit is shown in red under the header until the next
edit that succeeds. The editor does not listen to the controller itself: the
Meetings view hands it the tables that changed (refresh), after it has
reloaded the list, so that the two never disagree about which meeting is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from chairdesk.domain.vocabulary import (
    AGENDA_ITEM_MAX_MINUTES,
    ActionStatus,
    MeetingKind,
    MeetingMode,
)
from chairdesk.gui.controller import AppController
from chairdesk.gui.formatting import fmt_time
from chairdesk.gui.forms import load_form
from chairdesk.gui.inline import refusal_text
from chairdesk.gui.qt import (
    QAbstractItemModel,
    QAction,
    QComboBox,
    QDate,
    QDateEdit,
    QDateTime,
    QDateTimeEdit,
    QEvent,
    QHeaderView,
    QKeySequence,
    QLabel,
    QLineEdit,
    QLocale,
    QModelIndex,
    QObject,
    QPlainTextEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    Qt,
    QTableView,
    QTabWidget,
    QTime,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from chairdesk.gui.views.meeting_models import (
    ActionsModel,
    AgendaModel,
    AttendanceModel,
    DecisionsModel,
    kind_labels,
    meeting_ops,
    mode_labels,
)
from chairdesk.store import meeting_queries as queries
from chairdesk.store.ops import OperationError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: How long a new agenda item lasts until the chair says otherwise.
NEW_ITEM_MINUTES = 10

_MEETING_TABLES = {"meeting"}
_AGENDA_TABLES = {"meeting", "agenda_item", "entity", "activity", "output", "work_plan"}
_ATTENDANCE_TABLES = {"meeting", "attendance", "membership", "chair_term", "entity"}
_DECISION_TABLES = {"decision"}
_ACTION_TABLES = {"action_item", "entity", "activity", "output", "work_plan"}
_CHOICE_TABLES = {"entity", "activity", "output", "work_plan"}
_INVALID_STYLE = "border: 1px solid #b00020;"


def datetime_format() -> str:
    """How date-time fields show a moment: "16 Mar 2022  14:00", the time as the locale writes it."""
    return "d MMM yyyy  " + QLocale().timeFormat(QLocale.FormatType.ShortFormat)


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


# -- delegates ---------------------------------------------------------------------------------


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of (id, label) choices; "" stands for none. Choosing commits at once."""

    def __init__(self, choices: Callable[[], list[tuple[str, str, str]]], none_label: str, parent: QObject) -> None:
        super().__init__(parent)
        self._choices = choices  # (id, label, tooltip)
        self._none_label = none_label

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        combo = QComboBox(parent)
        combo.setObjectName("choiceEditor")
        combo.addItem(self._none_label, "")
        for choice_id, label, tip in self._choices():
            combo.addItem(label, choice_id)
            combo.setItemData(combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        combo.setMinimumContentsLength(12)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.activated.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.setCurrentIndex(max(0, found))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:  # noqa: N802
        model.setData(index, editor.currentData() or "", Qt.ItemDataRole.EditRole)


class MinutesDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        spin = QSpinBox(parent)
        spin.setObjectName("minutesEditor")
        spin.setRange(0, AGENDA_ITEM_MAX_MINUTES)
        spin.setSingleStep(5)
        spin.setSuffix(self.tr(" min"))
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        return spin

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:  # noqa: N802
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class DueDateDelegate(QStyledItemDelegate):
    """A date editor; an empty due date stays empty unless the chair picks a date."""

    def __init__(self, default: Callable[[], date], parent: QObject) -> None:
        super().__init__(parent)
        self._default = default

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        editor = QDateEdit(parent)
        editor.setObjectName("dueEditor")
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("d MMM yyyy")
        editor.setProperty("touched", False)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        day = value if isinstance(value, date) else self._default()
        editor.blockSignals(True)
        editor.setDate(QDate(day.year, day.month, day.day))
        editor.blockSignals(False)
        editor.setProperty("touched", isinstance(value, date))
        editor.dateChanged.connect(lambda _d, e=editor: e.setProperty("touched", True))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:  # noqa: N802
        if editor.property("touched"):
            model.setData(index, editor.date().toPython(), Qt.ItemDataRole.EditRole)


# -- the editor ---------------------------------------------------------------------------------


class MeetingEditor(QWidget):
    """Everything about one meeting, edited in place."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.meeting_id: str | None = None
        self.detail: queries.MeetingDetail | None = None
        self.plan: queries.AgendaPlan | None = None
        self._entities: list[queries.EntityChoice] = []
        self._activities: list[queries.ActivityChoice] = []
        self._invalid: QWidget | None = None

        self.form = load_form("meeting_editor.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        find = self.form.findChild
        self.title_edit: QLineEdit = find(QLineEdit, "titleEdit")
        self.start_edit: QDateTimeEdit = find(QDateTimeEdit, "startEdit")
        self.end_edit: QDateTimeEdit = find(QDateTimeEdit, "endEdit")
        self.kind_combo: QComboBox = find(QComboBox, "kindCombo")
        self.mode_combo: QComboBox = find(QComboBox, "modeCombo")
        self.location_edit: QLineEdit = find(QLineEdit, "locationEdit")
        self.error_label: QLabel = find(QLabel, "errorLabel")
        self.tabs: QTabWidget = find(QTabWidget, "tabs")
        self.agenda_table: QTableView = find(QTableView, "agendaTable")
        self.time_plan_label: QLabel = find(QLabel, "timePlanLabel")
        self.overrun_label: QLabel = find(QLabel, "overrunLabel")
        self.attendance_table: QTableView = find(QTableView, "attendanceTable")
        self.attendance_count_label: QLabel = find(QLabel, "attendanceCountLabel")
        self.summary_edit: QPlainTextEdit = find(QPlainTextEdit, "summaryEdit")
        self.decisions_table: QTableView = find(QTableView, "decisionsTable")
        self.actions_table: QTableView = find(QTableView, "actionsTable")
        self._fields: dict[str, QWidget] = {
            "title": self.title_edit, "start": self.start_edit, "end": self.end_edit,
            "kind": self.kind_combo, "mode": self.mode_combo, "location": self.location_edit,
        }

        self._setup_header()
        self._setup_agenda()
        self._setup_attendance()
        self._setup_summary()
        self._setup_decisions()
        self._setup_actions()
        self.setEnabled(False)

    # -- running operations ----------------------------------------------------------------

    def perform(self, text: str, operation: Callable[[Session], Any]) -> tuple[bool, Any]:
        """Run an operation as one undo step; a refusal is shown inline. Returns (ok, result)."""
        try:
            result = self.controller.perform(text, operation)
        except OperationError as error:
            self.show_error(error.field, refusal_text(error))
            return False, None
        self.clear_error()
        return True, result

    def show_error(self, field: str, message: str) -> None:
        self.clear_error()
        self.error_label.setText(message)
        self.error_label.setVisible(True)
        widget = self._fields.get(field)
        if widget is not None:
            widget.setStyleSheet(_INVALID_STYLE)
            self._invalid = widget

    def clear_error(self) -> None:
        self.error_label.clear()
        self.error_label.setVisible(False)
        if self._invalid is not None:
            self._invalid.setStyleSheet("")
            self._invalid = None

    # -- which meeting -----------------------------------------------------------------------

    def set_meeting(self, meeting_id: str | None, *, commit: bool = True) -> None:
        """Show another meeting, saving what was typed for this one (unless its workspace is gone)."""
        if meeting_id == self.meeting_id:
            return
        if commit:
            self.commit_pending()
        self.meeting_id = meeting_id
        self.clear_error()
        self.refresh(set())
        for table in (self.agenda_table, self.decisions_table, self.actions_table, self.attendance_table):
            table.scrollToTop()

    def refresh(self, tables: set[str]) -> None:
        """Reload what the changed `tables` show (an empty set: everything)."""
        def touched(names: set[str]) -> bool:
            return not tables or bool(tables & names)

        with self.controller.read_rows() as conn:
            detail = queries.meeting_detail(conn, self.meeting_id) if self.meeting_id else None
            if detail is None:
                self._show_nothing()
                return
            if touched(_CHOICE_TABLES) or not self._entities:
                self._entities = queries.entity_choices(conn)
                self._activities = queries.activity_choices(conn, detail.group_id)
            plan = queries.agenda_plan(conn, detail.id) if touched(_AGENDA_TABLES) else None
            sheet = queries.attendance_sheet(conn, detail.id) if touched(_ATTENDANCE_TABLES) else None
            decisions = queries.decision_rows(conn, detail.id) if touched(_DECISION_TABLES) else None
            actions = queries.action_rows(conn, detail.id) if touched(_ACTION_TABLES) else None
        self.setEnabled(True)
        if touched(_MEETING_TABLES):
            self._show_detail(detail)
        self.detail = detail
        if plan is not None:
            self.plan = plan
            self.agenda_model.set_plan(plan.items, plan.meeting_end)
            self._show_time_plan()
        if sheet is not None:
            self.attendance_model.meeting_id = detail.id
            self.attendance_model.replace_rows(sheet.rows)
        if decisions is not None:
            self.decisions_model.replace_rows(decisions)
        if actions is not None:
            self.actions_model.replace_rows(actions)
        self._update_counts()
        self._update_action_states()

    def commit_pending(self) -> None:
        """Save what is typed but not yet saved (the summary, a header field being edited)."""
        if self.detail is None:
            return
        self._save_summary()
        if self.title_edit.hasFocus():
            self._save_title()
        if self.location_edit.hasFocus():
            self._save_location()

    def _show_nothing(self) -> None:
        self.meeting_id = None
        self.detail = None
        self.plan = None
        for model in (self.agenda_model, self.attendance_model, self.decisions_model, self.actions_model):
            model.replace_rows([])
        self.agenda_model.set_plan([], None)
        self.attendance_model.meeting_id = None
        self.title_edit.clear()
        self.location_edit.clear()
        self.summary_edit.clear()
        self.time_plan_label.clear()
        self.overrun_label.setVisible(False)
        self.clear_error()
        self._update_counts()
        self.setEnabled(False)

    # -- header ------------------------------------------------------------------------------

    def _setup_header(self) -> None:
        self.start_edit.setDisplayFormat(datetime_format())
        self.end_edit.setDisplayFormat(datetime_format())
        for kind, label in kind_labels().items():
            self.kind_combo.addItem(label, kind.value)
        for mode, label in mode_labels().items():
            self.mode_combo.addItem(label, mode.value)
        self.title_edit.editingFinished.connect(self._save_title)
        self.location_edit.editingFinished.connect(self._save_location)
        self.start_edit.editingFinished.connect(self._save_start)
        self.end_edit.editingFinished.connect(self._save_end)
        self.kind_combo.activated.connect(self._save_kind)
        self.mode_combo.activated.connect(self._save_mode)

    def _show_detail(self, detail: queries.MeetingDetail) -> None:
        same_meeting = self.detail is not None and self.detail.id == detail.id
        # A field being typed in keeps the chair's text through a refresh from elsewhere.
        if not (same_meeting and self.title_edit.hasFocus() and self.title_edit.isModified()):
            self.title_edit.setText(detail.title)
            self.title_edit.setModified(False)
        if not (same_meeting and self.location_edit.hasFocus() and self.location_edit.isModified()):
            self.location_edit.setText(detail.location or "")
            self.location_edit.setModified(False)
        for edit, value in ((self.start_edit, detail.start), (self.end_edit, detail.end or detail.start)):
            edit.blockSignals(True)
            edit.setDateTime(to_qdatetime(value))
            edit.blockSignals(False)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(detail.kind.value))
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(detail.mode.value))
        if not (same_meeting and self.summary_edit.hasFocus() and self.summary_edit.toPlainText() != self.detail.summary):
            self.summary_edit.setPlainText(detail.summary)
        if self._invalid in (self.start_edit, self.end_edit):
            self.clear_error()

    def _update(self, text: str, **fields: Any) -> bool:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return False
        ok, _ = self.perform(text, lambda s: meeting_ops().update_meeting(s, meeting_id, **fields))
        return ok

    def _save_title(self) -> None:
        if self.detail is not None and self.title_edit.text().strip() != self.detail.title:
            self._update(self.tr("Rename meeting"), title=self.title_edit.text())

    def _save_location(self) -> None:
        text = self.location_edit.text().strip() or None
        if self.detail is not None and text != self.detail.location:
            self._update(self.tr("Change meeting location"), location=text)

    def _save_start(self) -> None:
        start = from_qdatetime(self.start_edit.dateTime())
        if self.detail is not None and start != self.detail.start:
            self._update(self.tr("Change meeting start"), start=start)

    def _save_end(self) -> None:
        end = from_qdatetime(self.end_edit.dateTime())
        if self.detail is not None and end != self.detail.end:
            self._update(self.tr("Change meeting end"), end=end)

    def _save_kind(self) -> None:
        kind = MeetingKind(self.kind_combo.currentData())
        if self.detail is not None and kind != self.detail.kind:
            self._update(self.tr("Change kind of meeting"), kind=kind)

    def _save_mode(self) -> None:
        mode = MeetingMode(self.mode_combo.currentData())
        if self.detail is not None and mode != self.detail.mode:
            self._update(self.tr("Change meeting mode"), mode=mode)

    # -- shared set-up of the editable tables --------------------------------------------------

    def _action(self, table: QTableView, text: str, keys: list[QKeySequence | str], slot: Callable[[], object],
                button: str | None = None, tip: str | None = None) -> QAction:
        action = QAction(text, table)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut_text = ", ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
        action.setToolTip(f"{tip or text.replace('&', '')} ({shortcut_text})" if keys else (tip or text))
        action.triggered.connect(slot)
        table.addAction(action)
        if button is not None:
            self.form.findChild(QToolButton, button).setDefaultAction(action)
        return action

    def _entity_choices(self) -> list[tuple[str, str, str]]:
        return [(e.id, e.acronym, e.name) for e in self._entities]

    def _activity_choices(self) -> list[tuple[str, str, str]]:
        return [(a.id, f"{a.code} — {a.title}", f"{a.code} ({a.period}): {a.title}") for a in self._activities]

    @staticmethod
    def _prepare(table: QTableView) -> None:
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)

    def _current_row(self, table: QTableView) -> int:
        index = table.currentIndex()
        return index.row() if index.isValid() else -1

    def _edit_new(self, table: QTableView, row: int, column: int) -> None:
        if row < 0:
            return
        index = table.model().index(row, column)
        table.setFocus()
        table.setCurrentIndex(index)
        table.scrollTo(index)
        table.edit(index)

    # -- agenda -----------------------------------------------------------------------------------

    def _setup_agenda(self) -> None:
        table = self.agenda_table
        self.agenda_model = AgendaModel(self.perform, self)
        table.setModel(self.agenda_model)
        self._prepare(table)
        column = self.agenda_model.column
        table.setItemDelegateForColumn(column("presenter"), ChoiceDelegate(self._entity_choices, self.tr("(none)"), table))
        table.setItemDelegateForColumn(column("activity"), ChoiceDelegate(self._activity_choices, self.tr("(none)"), table))
        table.setItemDelegateForColumn(column("minutes"), MinutesDelegate(table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(column("title"), QHeaderView.ResizeMode.Stretch)
        for name in ("order", "start", "minutes", "done"):
            header.setSectionResizeMode(column(name), QHeaderView.ResizeMode.ResizeToContents)
        em = table.fontMetrics().horizontalAdvance("M")
        header.resizeSection(column("presenter"), 7 * em)
        header.resizeSection(column("activity"), 5 * em)
        header.resizeSection(column("notes"), 14 * em)
        table.setDragDropOverwriteMode(False)

        self.add_agenda_action = self._action(
            table, self.tr("&Add item"), ["Ins", "Ctrl+Shift+A"], self.add_agenda_item, "addAgendaButton",
            self.tr("Add an agenda item after the current one"),
        )
        self.remove_agenda_action = self._action(
            table, self.tr("&Remove item"), [QKeySequence.StandardKey.Delete], self.remove_agenda_item,
            "removeAgendaButton", self.tr("Remove the current agenda item"),
        )
        self.up_agenda_action = self._action(
            table, self.tr("Move &up"), ["Ctrl+Up"], lambda: self.move_agenda_item(-1), "upAgendaButton",
        )
        self.down_agenda_action = self._action(
            table, self.tr("Move &down"), ["Ctrl+Down"], lambda: self.move_agenda_item(+1), "downAgendaButton",
        )
        table.selectionModel().currentRowChanged.connect(lambda *_: self._update_action_states())

    def add_agenda_item(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        row = self._current_row(self.agenda_table)
        index = row + 1 if row >= 0 else None
        title = self.tr("New agenda item")
        ok, item_id = self.perform(
            self.tr("Add agenda item"),
            lambda s: meeting_ops().add_agenda_item(s, meeting_id, title, minutes=NEW_ITEM_MINUTES, index=index),
        )
        if ok:
            self.tabs.setCurrentWidget(self.form.findChild(QWidget, "agendaTab"))
            self._edit_new(self.agenda_table, self.agenda_model.row_of(item_id), self.agenda_model.column("title"))

    def remove_agenda_item(self) -> None:
        row = self._current_row(self.agenda_table)
        if row < 0:
            return
        item_id = self.agenda_model.row_at(row).id
        self.perform(self.tr("Remove agenda item"), lambda s: meeting_ops().remove_agenda_item(s, item_id))

    def move_agenda_item(self, step: int) -> None:
        row = self._current_row(self.agenda_table)
        if row >= 0:
            self.agenda_model.move_item(row, row + step)

    def _show_time_plan(self) -> None:
        plan = self.plan
        if plan is None or not plan.items:
            self.time_plan_label.setText(self.tr("No agenda items yet (Ins adds one)."))
            self.overrun_label.setVisible(False)
            return
        text = self.tr("Total {minutes} min · planned end {end}").format(
            minutes=QLocale().toString(plan.total_minutes), end=fmt_time(plan.planned_end)
        )
        if plan.meeting_end is not None:
            text += self.tr(" · the meeting ends {end}").format(end=fmt_time(plan.meeting_end))
        self.time_plan_label.setText(text)
        if plan.overrun_minutes:
            self.overrun_label.setText(
                self.tr("The agenda runs {minutes} min past the meeting's end ({end}): shorten items "
                        "or move the end.").format(minutes=QLocale().toString(plan.overrun_minutes),
                                                   end=fmt_time(plan.meeting_end))
            )
            self.overrun_label.setVisible(True)
        else:
            self.overrun_label.setVisible(False)

    # -- attendance -------------------------------------------------------------------------------

    def _setup_attendance(self) -> None:
        table = self.attendance_table
        self.attendance_model = AttendanceModel(self.perform, self)
        table.setModel(self.attendance_model)
        self._prepare(table)
        header = table.horizontalHeader()
        column = self.attendance_model.column
        header.setSectionResizeMode(column("entity"), QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(column("name"), QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(column("role"), QHeaderView.ResizeMode.ResizeToContents)
        self.all_present_action = self._action(
            table, self.tr("Tick &all"), [], lambda: self._mark_everyone(True), "allPresentButton",
            self.tr("Mark every listed entity present"),
        )
        self.none_present_action = self._action(
            table, self.tr("Untick a&ll"), [], lambda: self._mark_everyone(False), "nonePresentButton",
            self.tr("Mark every listed entity absent"),
        )

    def _mark_everyone(self, present: bool) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        ids = [self.attendance_model.row_at(r).entity_id for r in range(self.attendance_model.rowCount())]
        text = self.tr("Mark everyone present") if present else self.tr("Mark everyone absent")
        self.perform(text, lambda s: meeting_ops().set_attendances(s, meeting_id, ids, present))

    def attendance_text(self) -> str:
        return self.tr("{present} of {total} entities attended").format(
            present=QLocale().toString(self.attendance_model.present_count()),
            total=QLocale().toString(self.attendance_model.rowCount()),
        )

    # -- summary ----------------------------------------------------------------------------------

    def _setup_summary(self) -> None:
        self.summary_edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.summary_edit and event.type() == QEvent.Type.FocusOut:
            self._save_summary()
        return super().eventFilter(watched, event)

    def _save_summary(self) -> None:
        meeting_id = self.meeting_id
        text = self.summary_edit.toPlainText()
        if self.detail is None or meeting_id is None or text == self.detail.summary:
            return
        self.perform(self.tr("Edit meeting summary"), lambda s: meeting_ops().set_summary(s, meeting_id, text))

    # -- decisions --------------------------------------------------------------------------------

    def _setup_decisions(self) -> None:
        table = self.decisions_table
        self.decisions_model = DecisionsModel(self.perform, self)
        table.setModel(self.decisions_model)
        self._prepare(table)
        # Decisions are sentences: rows grow to show the whole text.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.add_decision_action = self._action(
            table, self.tr("&Add decision"), ["Ins", "Ctrl+Shift+A"], self.add_decision, "addDecisionButton",
        )
        self.remove_decision_action = self._action(
            table, self.tr("&Remove decision"), [QKeySequence.StandardKey.Delete], self.remove_decision,
            "removeDecisionButton",
        )
        self.up_decision_action = self._action(
            table, self.tr("Move &up"), ["Ctrl+Up"], lambda: self.move_decision(-1), "upDecisionButton",
        )
        self.down_decision_action = self._action(
            table, self.tr("Move &down"), ["Ctrl+Down"], lambda: self.move_decision(+1), "downDecisionButton",
        )
        table.selectionModel().currentRowChanged.connect(lambda *_: self._update_action_states())

    def add_decision(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        row = self._current_row(self.decisions_table)
        index = row + 1 if row >= 0 else None
        text = self.tr("New decision")
        ok, decision_id = self.perform(
            self.tr("Add decision"), lambda s: meeting_ops().add_decision(s, meeting_id, text, index=index)
        )
        if ok:
            self._edit_new(self.decisions_table, self.decisions_model.row_of(decision_id), 0)

    def remove_decision(self) -> None:
        row = self._current_row(self.decisions_table)
        if row >= 0:
            decision_id = self.decisions_model.row_at(row).id
            self.perform(self.tr("Remove decision"), lambda s: meeting_ops().remove_decision(s, decision_id))

    def move_decision(self, step: int) -> None:
        row = self._current_row(self.decisions_table)
        to_index = row + step
        if row >= 0 and 0 <= to_index < self.decisions_model.rowCount():
            decision_id = self.decisions_model.row_at(row).id
            self.perform(self.tr("Move decision"), lambda s: meeting_ops().move_decision(s, decision_id, to_index))

    # -- action items -------------------------------------------------------------------------------

    def _setup_actions(self) -> None:
        table = self.actions_table
        self.actions_model = ActionsModel(self.perform, self)
        table.setModel(self.actions_model)
        self._prepare(table)
        column = self.actions_model.column
        table.setItemDelegateForColumn(column("owner"), ChoiceDelegate(self._entity_choices, self.tr("(none)"), table))
        table.setItemDelegateForColumn(column("activity"), ChoiceDelegate(self._activity_choices, self.tr("(none)"), table))
        table.setItemDelegateForColumn(column("due"), DueDateDelegate(self._default_due, table))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(column("text"), QHeaderView.ResizeMode.Stretch)
        for name in ("owner", "due", "status", "activity"):
            header.setSectionResizeMode(column(name), QHeaderView.ResizeMode.ResizeToContents)

        self.add_action_action = self._action(
            table, self.tr("&Add action item"), ["Ins", "Ctrl+Shift+A"], self.add_action_item, "addActionButton",
        )
        self.close_action_action = self._action(
            table, self.tr("&Close"), ["Ctrl+Return"], self.toggle_action_status, "closeActionButton",
            self.tr("Close the action item, or reopen it if it is done"),
        )
        self.remove_action_action = self._action(
            table, self.tr("&Remove action item"), [QKeySequence.StandardKey.Delete], self.remove_action_item,
            "removeActionButton",
        )
        table.selectionModel().currentRowChanged.connect(lambda *_: self._update_action_states())

    def _default_due(self) -> date:
        start = self.detail.start.date() if self.detail is not None else self.controller.today()
        return max(start, self.controller.today()) + timedelta(days=14)

    def add_action_item(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            return
        text = self.tr("New action item")
        ok, action_id = self.perform(self.tr("Add action item"), lambda s: meeting_ops().add_action_item(s, meeting_id, text))
        if ok:
            self._edit_new(self.actions_table, self.actions_model.row_of(action_id), self.actions_model.column("text"))

    def toggle_action_status(self) -> None:
        row = self._current_row(self.actions_table)
        if row >= 0:
            action = self.actions_model.row_at(row)
            self.actions_model.set_done(row, action.status == ActionStatus.OPEN)
            self._update_action_states()

    def remove_action_item(self) -> None:
        row = self._current_row(self.actions_table)
        if row >= 0:
            action_id = self.actions_model.row_at(row).id
            self.perform(self.tr("Remove action item"), lambda s: meeting_ops().remove_action_item(s, action_id))

    # -- state of buttons and tab titles --------------------------------------------------------------

    def _update_counts(self) -> None:
        agenda = self.agenda_model.rowCount()
        tabs = self.tabs
        tabs.setTabText(0, self.tr("&Agenda ({count})").format(count=agenda) if agenda else self.tr("&Agenda"))
        present, total = self.attendance_model.present_count(), self.attendance_model.rowCount()
        tabs.setTabText(1, self.tr("A&ttendance ({present}/{total})").format(present=present, total=total)
                        if total else self.tr("A&ttendance"))
        decisions = self.decisions_model.rowCount()
        tabs.setTabText(3, self.tr("&Decisions ({count})").format(count=decisions) if decisions else self.tr("&Decisions"))
        open_actions = self.actions_model.open_count()
        tabs.setTabText(4, self.tr("A&ction items ({count} open)").format(count=open_actions)
                        if open_actions else self.tr("A&ction items"))
        self.attendance_count_label.setText(self.attendance_text() if total else self.tr("No entities to list."))

    def _update_action_states(self) -> None:
        row = self._current_row(self.agenda_table)
        count = self.agenda_model.rowCount()
        self.remove_agenda_action.setEnabled(row >= 0)
        self.up_agenda_action.setEnabled(row > 0)
        self.down_agenda_action.setEnabled(0 <= row < count - 1)
        row = self._current_row(self.decisions_table)
        count = self.decisions_model.rowCount()
        self.remove_decision_action.setEnabled(row >= 0)
        self.up_decision_action.setEnabled(row > 0)
        self.down_decision_action.setEnabled(0 <= row < count - 1)
        row = self._current_row(self.actions_table)
        self.remove_action_action.setEnabled(row >= 0)
        self.close_action_action.setEnabled(row >= 0)
        if row >= 0 and self.actions_model.row_at(row).status == ActionStatus.DONE:
            self.close_action_action.setText(self.tr("Re&open"))
        else:
            self.close_action_action.setText(self.tr("&Close"))


__all__ = ["ChoiceDelegate", "DueDateDelegate", "MeetingEditor", "MinutesDelegate", "from_qdatetime", "to_qdatetime"]
