"""The trash window: deleted records, and Restore (one undoable step each)."""

from __future__ import annotations

from typing import Any

from chairdesk.gui.controller import AppController
from chairdesk.gui.formatting import fmt_datetime
from chairdesk.gui.forms import load_form
from chairdesk.gui.inline import InlineMessage
from chairdesk.gui.models import SORT_ROLE, RowsModel, newest_first
from chairdesk.gui.qt import (
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from chairdesk.store.trash import TrashItem, restore, trash_items


class TrashModel(RowsModel[TrashItem]):
    COLUMNS = ("deleted_at", "kind", "label")

    def headers(self) -> dict[str, str]:
        return {
            "deleted_at": self.tr("Deleted"),
            "kind": self.tr("What"),
            "label": self.tr("Record"),
        }

    def cell(self, item: TrashItem, column: str, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                fmt_datetime(item.deleted_at) if column == "deleted_at" else getattr(item, column)
            )
        if role == SORT_ROLE:
            return item.deleted_at.isoformat() if column == "deleted_at" else getattr(item, column)
        return None


class TrashDialog(QDialog):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trash"))
        self.resize(780, 480)
        self.controller = controller
        form = load_form("trash_dialog.ui", self)
        QVBoxLayout(self).addWidget(form)
        self.table: QTableView = form.findChild(QTableView, "trashTable")
        self.filter_edit: QLineEdit = form.findChild(QLineEdit, "filterEdit")
        self.restore_button: QPushButton = form.findChild(QPushButton, "restoreButton")
        self.message_label: QLabel = form.findChild(QLabel, "messageLabel")
        self.inline = InlineMessage(controller, self.message_label, parent=self)
        form.findChild(QPushButton, "closeButton").clicked.connect(self.close)

        self.model = TrashModel(self)
        self.proxy = newest_first(self.table, self.model, stretch_column=2)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.restore_button.clicked.connect(self.restore_selected)
        controller.changed.connect(self._on_changed)  # not a lambda: disconnected when deleted
        self.refresh()

    def _on_changed(self, _tables: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        with self.controller.read() as session:
            self.model.set_rows(trash_items(session))
        empty = self.tr("Nothing is in the trash.")
        if not self.model.rowCount():
            if not self.message_label.text():  # "Restored." says more, when it is there
                self.inline.say(empty)
        elif self.message_label.text() == empty:
            self.inline.clear()
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.table.selectionModel().hasSelection())

    def restore_selected(self) -> None:
        rows = sorted(
            {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        )
        items = [self.model.row_at(r) for r in rows]
        if not items:
            return

        def operation(session):  # noqa: ANN001, ANN202
            for item in items:
                restore(session, item.table, item.id)

        text = self.tr("Restore {what}").format(
            what=items[0].label if len(items) == 1 else self.tr("{n} records").format(n=len(items))
        )
        if self.inline.perform(text, operation).ok:
            self.inline.say(self.tr("Restored."))
