"""The Composition view: the working group, its members, focal points, entities and chairmanship.

A thin shell: a title with who chairs today, the form for a new working group, and
one tab per panel, each a module of its own with its own form (ui/composition_*.ui):
`details` (acronym, names, pillar, time zone, mandate), `members`, `contacts` (focal
points), `chairmanship` (two panels in a splitter: `rotation`, the plan being
arranged, the view's one unsaved state, and `chair_terms`), `entities` (all of them)
and `groups` (all working groups). The shell routes
the controller's signals: `changed(tables)` to each panel's `refresh` (while the view
is hidden, when it is next shown), a new group
or workspace to each panel's `show_group`. Every edit runs through a panel's
`InlineMessage` (one undo step; a refusal shown in place).
"""

from __future__ import annotations

from typing import Any

from chairdesk.gui.controller import AppController, WhenShown
from chairdesk.gui.forms import load_form
from chairdesk.gui.inline import InlineMessage
from chairdesk.gui.qt import (
    QComboBox,
    QGroupBox,
    QKeySequence,
    QLabel,
    QLineEdit,
    QPushButton,
    QShortcut,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from chairdesk.store.ops import composition as ops

from .chairmanship import ChairmanshipPanel, chair_today_sentence
from .contacts import ContactsPanel
from .details import DetailsPanel
from .entities import EntitiesPanel
from .groups import GroupsPanel
from .members import MembersPanel
from .panel import PILLAR_LABELS, CompositionPanel, fill_pillars

__all__ = ["CompositionView", "chair_today_sentence"]


class CompositionView(QWidget):
    """Composition and chairmanship of the selected working group (or setting up the first)."""

    PILLARS = PILLAR_LABELS

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.form = load_form("composition_view.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self._find_widgets()
        self.group_id: str | None = controller.group_id

        self.details = DetailsPanel(controller)
        self.members = MembersPanel(controller)
        self.contacts = ContactsPanel(controller)
        self.chair = ChairmanshipPanel(controller)
        self.entities = EntitiesPanel(controller)
        self.groups = GroupsPanel(controller)
        for tab, panel in self._pages().items():
            tab.layout().addWidget(panel)
        self.chair.sentence_changed.connect(self.chair_today_label.setText)
        self.groups.chosen.connect(self._group_chosen)
        self._setup_new_group()

        self.changes = WhenShown(controller, self, self._on_changed)  # read when on screen
        controller.groupChanged.connect(self._on_group_changed)
        controller.workspaceChanged.connect(self._on_workspace_changed)
        self._show_group(self.group_id)

    def _find_widgets(self) -> None:
        def w(kind: type, name: str) -> Any:
            widget = self.form.findChild(kind, name)
            if widget is None:
                raise LookupError(f"composition_view.ui has no {kind.__name__} {name}")
            return widget

        self.title_label: QLabel = w(QLabel, "titleLabel")
        self.chair_today_label: QLabel = w(QLabel, "chairTodayLabel")
        self.new_group_button: QPushButton = w(QPushButton, "newGroupButton")
        self.new_group_box: QGroupBox = w(QGroupBox, "newGroupBox")
        self.new_group_intro: QLabel = w(QLabel, "newGroupIntro")
        self.new_group_acronym: QLineEdit = w(QLineEdit, "newGroupAcronym")
        self.new_group_name: QLineEdit = w(QLineEdit, "newGroupName")
        self.new_group_pillar: QComboBox = w(QComboBox, "newGroupPillar")
        self.create_group_button: QPushButton = w(QPushButton, "createGroupButton")
        self.cancel_new_group_button: QPushButton = w(QPushButton, "cancelNewGroupButton")
        self.tabs: QTabWidget = w(QTabWidget, "tabs")
        self.details_tab: QWidget = w(QWidget, "detailsTab")
        self.members_tab: QWidget = w(QWidget, "membersTab")
        self.contacts_tab: QWidget = w(QWidget, "contactsTab")
        self.chair_tab: QWidget = w(QWidget, "chairTab")
        self.entities_tab: QWidget = w(QWidget, "entitiesTab")
        self.overview_tab: QWidget = w(QWidget, "overviewTab")
        self.new_group_inline = InlineMessage(
            self.controller,
            w(QLabel, "newGroupError"),
            {"acronym": self.new_group_acronym, "name": self.new_group_name},
            self,
        )
        self.new_group_error = self.new_group_inline.label

    def _pages(self) -> dict[QWidget, CompositionPanel]:
        return {
            self.details_tab: self.details,
            self.members_tab: self.members,
            self.contacts_tab: self.contacts,
            self.chair_tab: self.chair,
            self.entities_tab: self.entities,
            self.overview_tab: self.groups,
        }

    # -- a new working group ---------------------------------------------------------------

    def _setup_new_group(self) -> None:
        fill_pillars(self.new_group_pillar)
        self.new_group_button.toggled.connect(self._toggle_new_group)
        self.create_group_button.clicked.connect(self.create_group)
        self.cancel_new_group_button.clicked.connect(
            lambda: self.new_group_button.setChecked(False)
        )
        self.new_group_acronym.returnPressed.connect(self.create_group)
        self.new_group_name.returnPressed.connect(self.create_group)
        cancel = QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self.new_group_box)
        cancel.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        cancel.activated.connect(lambda: self.new_group_button.setChecked(False))

    def _toggle_new_group(self, shown: bool) -> None:
        self.new_group_box.setVisible(shown or self.group_id is None)
        if shown:
            self.new_group_acronym.setFocus()
        else:
            self.new_group_inline.clear()

    def create_group(self) -> None:
        acronym = self.new_group_acronym.text()
        name = self.new_group_name.text()
        pillar = self.new_group_pillar.currentData()
        done = self.new_group_inline.perform(
            self.tr("Create working group {acronym}").format(acronym=acronym.strip()),
            lambda s: ops.create_working_group(s, acronym, name, pillar),
        )
        if not done.ok:
            return
        self.new_group_acronym.clear()
        self.new_group_name.clear()
        self.new_group_button.setChecked(False)
        self._group_chosen(done.result)
        self.details.name_edit.setFocus()

    def _group_chosen(self, group_id: str) -> None:
        # The whole window follows the group, not only this view.
        self.controller.set_group(group_id)
        self.tabs.setCurrentWidget(self.details_tab)

    # -- the group and refreshing ----------------------------------------------------------

    def _refresh_group_state(self) -> None:
        """Title, the new-group form and which tabs make sense without a group."""
        details = self.details.details
        has_group = self.group_id is not None and details is not None
        any_group = self.groups.any_group()
        if details is not None and has_group:
            self.title_label.setText(
                self.tr("{acronym} \u2014 {name}").format(
                    acronym=details.acronym, name=details.name
                )
            )
        elif any_group:
            self.title_label.setText(self.tr("Choose a working group"))
            self.chair_today_label.setText(
                self.tr("Pick it in the toolbar, or on the All groups tab.")
            )
        else:
            self.title_label.setText(self.tr("Set up your working group"))
            self.chair_today_label.setText(
                self.tr(
                    "This workspace has no working group yet. Create yours here; add the "
                    "entities that take part in it on the Entities tab."
                )
            )
        self.new_group_intro.setText(
            self.tr(
                "Give the working group its acronym, name and Strategy pillar. Mandate, "
                "objectives, members and the chair rotation follow on the tabs below."
            )
        )
        self.new_group_button.setVisible(has_group)
        self.cancel_new_group_button.setVisible(has_group)
        self.new_group_box.setVisible(not has_group or self.new_group_button.isChecked())
        for tab in (self.details_tab, self.members_tab, self.contacts_tab, self.chair_tab):
            self.tabs.setTabEnabled(self.tabs.indexOf(tab), has_group)
        self.tabs.setTabEnabled(self.tabs.indexOf(self.overview_tab), any_group)
        if not has_group and not self.tabs.isTabEnabled(self.tabs.currentIndex()):
            self.tabs.setCurrentWidget(self.entities_tab)

    def _on_changed(self, tables: set[str]) -> None:
        tables = set(tables)
        # The groups first: the title and the tabs follow from them and from the details.
        self.groups.refresh(tables)
        self.details.refresh(tables)
        if not tables or "working_group" in tables:
            self._refresh_group_state()
        for panel in (self.entities, self.members, self.contacts, self.chair):
            panel.refresh(tables)

    def _show_group(self, group_id: str | None) -> None:
        self.group_id = group_id
        for panel in (self.groups, self.details):
            panel.show_group(group_id)
        self._refresh_group_state()
        for panel in (self.entities, self.members, self.contacts, self.chair):
            panel.show_group(group_id)
        self.new_group_inline.clear()

    def _on_group_changed(self, group_id: str | None) -> None:
        self._show_group(group_id)

    def _on_workspace_changed(self) -> None:
        self.chair.forget_drafts()
        self._show_group(self.controller.group_id)

    def showEvent(self, event: Any) -> None:
        # Created while the window was already on a group: catch up with it.
        if self.group_id != self.controller.group_id:
            self._on_group_changed(self.controller.group_id)
        super().showEvent(event)
