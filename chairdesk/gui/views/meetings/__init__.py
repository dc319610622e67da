"""The Meetings view: a shell placing the group's meetings over the editor of the chosen one.

Panels: the list (`meeting_list.MeetingListPanel`: filter, sort, lazy loading of thousands
of meetings) and the editor (`editor.MeetingEditor`, itself a shell over the header,
agenda, attendance, summary, decisions and action-item panels); their table models sit
beside them (`list_model`, `agenda_model`, ...). The view routes the controller's `changed`
signal (the list reloads first, then the editor, so the two agree on the meeting shown;
while the view is hidden, when it is next shown),
keeps the bar's filter and count, and offers the actions on a whole meeting: new from an
agenda template (carrying over what the previous meeting left open), duplicate to another
date, delete (to the trash), export its agenda or summary. The dialogs for new and
duplicate meetings are in chairdesk.gui.dialogs, loaded when first asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from chairdesk.domain.quarters import Quarter
from chairdesk.domain.vocabulary import MeetingKind
from chairdesk.gui.controller import AppController, WhenShown
from chairdesk.gui.document_export import (
    DocumentExporter,
    ExportResultBar,
    message_text,
    remembered_language,
    remembered_template,
    safe_file_name,
)
from chairdesk.gui.formatting import fmt_date
from chairdesk.gui.forms import load_form
from chairdesk.gui.inline import InlineMessage
from chairdesk.gui.qt import (
    QAction,
    QEvent,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QLineEdit,
    QMenu,
    QObject,
    QSettings,
    QSplitter,
    QStackedWidget,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from chairdesk.gui.views.meetings.editor import MeetingEditor
from chairdesk.gui.views.meetings.labels import kind_labels, meeting_ops
from chairdesk.gui.views.meetings.meeting_list import MeetingListPanel
from chairdesk.store import meeting_queries as queries
from chairdesk.store.queries import group_acronym

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from chairdesk.gui.dialogs.new_meeting import NewMeetingChoices


class MeetingsView(QWidget):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._group_acronym = ""

        self.form = load_form("meetings_view.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        find = self.form.findChild
        self.filter_edit: QLineEdit = find(QLineEdit, "filterEdit")
        self.count_label: QLabel = find(QLabel, "countLabel")
        self.message_label: QLabel = find(QLabel, "messageLabel")
        self.splitter: QSplitter = find(QSplitter, "splitter")
        self.detail_stack: QStackedWidget = find(QStackedWidget, "detailStack")
        self.empty_page: QWidget = find(QWidget, "emptyPage")
        self.editor_page: QWidget = find(QWidget, "editorPage")
        self.message = InlineMessage(controller, self.message_label, parent=self)

        self.list = MeetingListPanel(controller)
        self.splitter.insertWidget(0, self.list)
        # The names the list is known by (the main window's History, the tests).
        self.table, self.model, self.proxy = self.list.table, self.list.model, self.list.proxy
        self.editor = MeetingEditor(controller, self.editor_page)
        self.editor.setObjectName("meetingEditor")
        self.editor_page.layout().addWidget(self.editor)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)

        self._build_actions()
        self._build_export()
        self.list.chosen.connect(self._show_meeting)
        self.list.countChanged.connect(self.count_label.setText)
        self.table.doubleClicked.connect(lambda _index: self.editor.header.title_edit.setFocus())
        self.filter_edit.textChanged.connect(self.list.set_filter_text)
        self.filter_edit.installEventFilter(self)
        self.changes = WhenShown(controller, self, self._on_changed)  # read when on screen
        controller.groupChanged.connect(self._on_group_changed)
        controller.workspaceChanged.connect(self._on_workspace_changed)
        self._restore_layout()
        self._on_group_changed(controller.group_id)

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New meeting…"),
            [QKeySequence.StandardKey.New],
            self.new_meeting,
            self,
            "newButton",
            self.tr(
                "A new meeting from an agenda template, carrying over what the last meeting left open"
            ),
        )
        self.duplicate_action = self._action(
            self.tr("D&uplicate…"),
            ["Ctrl+D"],
            self.duplicate_meeting,
            self,
            "duplicateButton",
            self.tr("Copy the chosen meeting and its agenda to another date"),
        )
        self.delete_action = self._action(
            self.tr("&Delete"),
            [QKeySequence.StandardKey.Delete],
            self.delete_meeting,
            self.table,
            "deleteButton",
            self.tr("Move the chosen meeting to the trash (Ctrl+Z brings it back)"),
            Qt.ShortcutContext.WidgetWithChildrenShortcut,  # Del elsewhere deletes what has the focus
        )
        self.filter_action = self._action(
            self.tr("&Filter"),
            [QKeySequence.StandardKey.Find],
            self.focus_filter,
            self,
            None,
            self.tr("Filter the meetings"),
        )
        # The table's context menu offers what applies to the meeting under the cursor.
        self.table.insertAction(self.delete_action, self.duplicate_action)
        self.table.insertAction(self.duplicate_action, self.new_action)

    def _action(
        self,
        text: str,
        keys: list,
        slot: Callable[[], object],
        owner: QWidget,
        button: str | None,
        tip: str,
        context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut,
    ) -> QAction:
        # Window-wide shortcuts act while this view is the visible page (Qt ignores
        # the actions of hidden widgets), wherever the focus is in the window.
        act = QAction(text, owner)
        act.setShortcuts([QKeySequence(k) for k in keys])
        act.setShortcutContext(context)
        shortcuts = ", ".join(
            QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys
        )
        act.setToolTip(f"{tip} ({shortcuts})" if shortcuts else tip)
        act.triggered.connect(slot)
        owner.addAction(act)
        if button is not None:
            self.form.findChild(QToolButton, button).setDefaultAction(act)
        return act

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

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter_edit and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                self.list.select_first()
                return True
        return super().eventFilter(watched, event)

    # -- routing the controller's signals -----------------------------------------------------------

    def _on_group_changed(self, group_id: str | None) -> None:
        self.editor.commit_pending()
        self._group_acronym = ""
        if group_id is not None:
            with self.controller.read_rows() as conn:
                self._group_acronym = group_acronym(conn, group_id) or ""
        self.message.clear()
        self.list.show_group()

    def _on_workspace_changed(self) -> None:
        # The meeting shown belongs to the workspace just closed: nothing of it to save.
        self.list.current_id = None
        self.editor.set_meeting(None, commit=False)
        self._on_group_changed(self.controller.group_id)

    def _on_changed(self, tables: set[str]) -> None:
        self.list.refresh(tables)
        if not tables or "working_group" in tables:
            self._on_group_name_changed()
        if self.editor.meeting_id is not None:
            self.editor.refresh(tables)

    def _on_group_name_changed(self) -> None:
        if self.controller.group_id is not None:
            with self.controller.read_rows() as conn:
                self._group_acronym = group_acronym(conn, self.controller.group_id) or ""

    # -- the chosen meeting ---------------------------------------------------------------------------

    def _show_meeting(self, meeting_id: str | None) -> None:
        self.editor.set_meeting(meeting_id)
        self.detail_stack.setCurrentWidget(self.editor_page if meeting_id else self.empty_page)
        for action in (
            self.duplicate_action,
            self.delete_action,
            self.export_agenda_action,
            self.export_minutes_action,
        ):
            action.setEnabled(meeting_id is not None)
        self.new_action.setEnabled(self.controller.group_id is not None)

    def select_meeting(self, meeting_id: str) -> bool:
        """Choose a meeting in the list (clearing the filter if it hides it)."""
        self.changes.catch_up()  # asked while hidden: the list shows what is there now
        if self.list.select_meeting(meeting_id):
            return True
        if self.proxy.is_filtered():
            self.filter_edit.clear()
            return self.list.select_meeting(meeting_id)
        return False

    def current_meeting_id(self) -> str | None:
        return self.list.current_id

    def current_record(self) -> tuple[str, str, str] | None:
        """(table, id, name) of the record whose history Edit → History shows."""
        detail = self.editor.detail
        return ("meeting", detail.id, detail.title) if detail is not None else None

    # -- new, duplicate, delete ---------------------------------------------------------------------------

    def suggest_title(self, kind: MeetingKind, start: datetime) -> str:
        if kind == MeetingKind.REGULAR:
            quarter = Quarter.of(start.date())
            ordinal = (self.tr("first"), self.tr("second"), self.tr("third"), self.tr("fourth"))[
                quarter.number - 1
            ]
            return self.tr(
                "{group} working group: {ordinal}-quarter regular meeting {year}"
            ).format(group=self._group_acronym, ordinal=ordinal, year=quarter.year)
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
            return self.tr(
                "This would be the group's first meeting: there is nothing to carry over."
            )
        actions = (
            self.tr("1 open action item")
            if previous.open_actions == 1
            else self.tr("{n} open action items").format(n=previous.open_actions)
        )
        items = (
            self.tr("1 unfinished agenda item")
            if previous.unfinished_items == 1
            else self.tr("{n} unfinished agenda items").format(n=previous.unfinished_items)
        )
        return self.tr(
            "The previous meeting, “{title}” of {date}, left {actions} and {items}."
        ).format(
            title=previous.title, date=fmt_date(previous.start.date()), actions=actions, items=items
        )

    def _default_template(
        self, templates: list[queries.TemplateChoice], kind: MeetingKind
    ) -> str | None:
        remembered = QSettings().value(f"meetings/template/{kind.value}")
        if any(t.id == remembered for t in templates):
            return remembered
        label = kind_labels()[kind].casefold()
        named = [t for t in templates if t.name.casefold() == label]
        if named:
            return named[0].id
        return templates[0].id if templates else None

    def new_meeting(self) -> None:
        from chairdesk.gui.dialogs.new_meeting import NewMeetingChoices, NewMeetingDialog

        group_id = self.controller.group_id
        if group_id is None:
            return
        self.editor.commit_pending()
        with self.controller.read_rows() as conn:
            proposal = queries.propose_next_meeting(conn, group_id, self.controller.today())
            templates = queries.template_choices(conn, group_id)
        defaults = NewMeetingChoices(
            template_id=self._default_template(templates, proposal.kind),
            start=proposal.start,
            end=proposal.end,
            kind=proposal.kind,
            mode=proposal.mode,
            title=self.suggest_title(proposal.kind, proposal.start),
            carry_actions=True,
            carry_unfinished=True,
        )
        choices = NewMeetingDialog.ask(
            self, defaults, templates, self.describe_previous, self.suggest_title
        )
        if choices is None:
            return
        ok, meeting_id = self.message.perform(
            self.tr("New meeting"), lambda s: self._create(s, group_id, choices)
        )
        if not ok:
            return
        if choices.template_id is not None:
            QSettings().setValue(f"meetings/template/{choices.kind.value}", choices.template_id)
        self.select_meeting(meeting_id)
        self.editor.tabs.setCurrentIndex(0)
        self.editor.agenda.table.setFocus()

    @staticmethod
    def _create(session: Session, group_id: str, choices: NewMeetingChoices) -> str:
        return meeting_ops().new_meeting_from_template(
            session,
            group_id,
            choices.template_id,
            choices.start,
            choices.end,
            choices.kind,
            choices.mode,
            choices.title,
            choices.carry_actions,
            choices.carry_unfinished,
        )

    def duplicate_meeting(self) -> None:
        from chairdesk.gui.dialogs.duplicate_meeting import DuplicateMeetingDialog

        meeting = self.editor.detail
        if meeting is None:
            return
        self.editor.commit_pending()
        start = queries.default_duplicate_start(meeting.start, meeting.kind)
        choices = DuplicateMeetingDialog.ask(self, meeting.title, start, meeting.start)
        if choices is None:
            return
        ok, copy_id = self.message.perform(
            self.tr("Duplicate meeting"),
            lambda s: meeting_ops().duplicate_meeting(s, meeting.id, choices.start, choices.title),
        )
        if ok:
            self.message.say(
                self.tr("Copied to {date}.").format(date=fmt_date(choices.start.date()))
            )
            self.select_meeting(copy_id)

    def delete_meeting(self) -> None:
        meeting = self.editor.detail
        if meeting is None:
            return
        self.editor.commit_pending()
        ok, _ = self.message.perform(
            self.tr("Delete meeting"), lambda s: meeting_ops().delete_meeting(s, meeting.id)
        )
        if ok:
            self.message.say(
                self.tr("“{title}” was moved to the trash. Undo (Ctrl+Z) brings it back.").format(
                    title=meeting.title
                )
            )
            self.table.setFocus()

    # -- export ---------------------------------------------------------------------------------------------

    def _build_export(self) -> None:
        """ "Export agenda…" and "Export meeting summary…": in the bar, the list's and the editor's menus."""
        self.exporter = DocumentExporter(self.controller, self)
        self.exporter.succeeded.connect(
            lambda result: self.export_result_bar.show_result(result.path)
        )
        self.exporter.succeeded.connect(
            lambda result: self.message.say("\n".join(message_text(w) for w in result.warnings))
        )
        self.exporter.failed.connect(lambda message: self.message.say(message, error=True))
        self.export_result_bar = ExportResultBar(self.form)
        self.form.layout().insertWidget(2, self.export_result_bar)  # under the message line

        def action(text: str, keys: str, slot: Callable[[], object], tip: str) -> QAction:
            act = QAction(text, self)
            act.setShortcut(QKeySequence(keys))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.setToolTip(
                f"{tip} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})"
            )
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.export_agenda_action = action(
            self.tr("Export &agenda…"),
            "Ctrl+E",
            lambda: self.export_meeting("agenda"),
            self.tr("Save the chosen meeting's agenda and time plan as a Word document"),
        )
        self.export_minutes_action = action(
            self.tr("Export meeting &summary…"),
            "Ctrl+Shift+E",
            lambda: self.export_meeting("minutes"),
            self.tr(
                "Save the chosen meeting's attendance, summary, decisions and action items as a Word document"
            ),
        )
        menu = QMenu(self)
        menu.addAction(self.export_agenda_action)
        menu.addAction(self.export_minutes_action)
        self.export_button = QToolButton(self.form)
        self.export_button.setObjectName("exportButton")
        self.export_button.setText(self.tr("E&xport"))
        self.export_button.setToolTip(
            self.tr("Save the chosen meeting's agenda or summary as a Word document")
        )
        self.export_button.setMenu(menu)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.form.findChild(QHBoxLayout, "barLayout").addWidget(self.export_button)
        self.table.addAction(self.export_agenda_action)
        self.table.addAction(self.export_minutes_action)
        self.editor.agenda.table.addAction(self.export_agenda_action)
        for table in (
            self.editor.decisions.table,
            self.editor.actions.table,
            self.editor.attendance.table,
        ):
            table.addAction(self.export_minutes_action)

    def export_meeting(self, what: str) -> None:
        """Save the chosen meeting's agenda ("agenda") or summary ("minutes") off the UI thread."""
        meeting = self.editor.detail
        if meeting is None or self.exporter.busy:
            return
        self.editor.commit_pending()
        from chairdesk.reports import documents

        stem = safe_file_name(
            f"{self._group_acronym}-{meeting.start:%Y-%m-%d}-{'agenda' if what == 'agenda' else 'summary'}"
        )
        title = (
            self.tr("Export the agenda")
            if what == "agenda"
            else self.tr("Export the meeting summary")
        )
        target = self.exporter.ask_target(title, stem + ".docx")
        if target is None:
            return
        template, meeting_id, language = remembered_template(), meeting.id, remembered_language()
        write = documents.write_agenda if what == "agenda" else documents.write_minutes
        label = (
            self.tr("Writing the agenda…")
            if what == "agenda"
            else self.tr("Writing the meeting summary…")
        )
        self.message.clear()
        self.export_result_bar.hide()
        self.export_task = self.exporter.run(
            label, target, lambda s, p: write(s, meeting_id, p, template, language=language)
        )
