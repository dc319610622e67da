"""The Chairmanship tab: the rotation being arranged above, all the group's chair terms below.

Two panels in a splitter (rotation.py, chair_terms.py); the tab's own shortcuts reach
the rotation from anywhere on it (Ins: an entity to add; Ctrl+Return: apply).
"""

from __future__ import annotations

from typing import Any

from chairdesk.gui.qt import QSplitter, Qt, QWidget, Signal

from .chair_terms import ChairTermsPanel, chair_today_sentence
from .panel import CompositionPanel
from .rotation import RotationPanel

__all__ = ["ChairmanshipPanel", "chair_today_sentence"]


class ChairmanshipPanel(CompositionPanel):
    FORM = "composition_chairmanship.ui"
    TABLES = RotationPanel.TABLES | ChairTermsPanel.TABLES

    #: Who chairs today, in words, after each reload of a group's terms.
    sentence_changed = Signal(str)

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.rotation = RotationPanel(controller)
        self.terms = ChairTermsPanel(controller)
        self.chair_splitter: QSplitter = self.child(QSplitter, "chairSplitter")
        self.chair_splitter.addWidget(self.rotation)
        self.chair_splitter.addWidget(self.terms)
        self.chair_splitter.setStretchFactor(0, 1)
        self.chair_splitter.setStretchFactor(1, 1)
        self.terms.sentence_changed.connect(self.sentence_changed)
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.shortcut("Ins", self, self.rotation.rotation_entity_combo.setFocus, ctx)
        self.shortcut("Ctrl+Return", self, self.rotation.apply_rotation, ctx)

    def refresh(self, changed_tables: set[str]) -> None:
        self.rotation.refresh(changed_tables)
        self.terms.refresh(changed_tables)

    def show_group(self, group_id: str | None) -> None:
        self.group_id = group_id
        self.rotation.show_group(group_id)
        self.terms.show_group(group_id)

    def reload(self, group_changed: bool) -> None:
        self.rotation.reload(group_changed)
        self.terms.reload(group_changed)

    def forget_drafts(self) -> None:
        self.rotation.forget_drafts()
