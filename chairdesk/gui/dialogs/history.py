"""History of a record: which laptop changed which field when, and what each change overwrote.

Sync never loses a value silently: when two laptops edit the same field, the
later edit wins and the other value is kept here, with a button to put it back
(one undoable step, sent to the other laptops like any edit).
"""

from __future__ import annotations

from datetime import UTC
from typing import Any

from chairdesk.gui.controller import AppController
from chairdesk.gui.formatting import fmt_datetime
from chairdesk.gui.forms import load_form
from chairdesk.gui.inline import InlineMessage
from chairdesk.gui.models import RowsModel
from chairdesk.gui.qt import (
    QDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from chairdesk.store.ops.history import HistoryEntry, record_history, restore_field


def _field_label(name: str) -> str:
    return name.removesuffix("_id").replace("_", " ").capitalize()


class HistoryModel(RowsModel[HistoryEntry]):
    COLUMNS = ("changed_at", "laptop", "field", "value", "overwritten")

    def headers(self) -> dict[str, str]:
        return {
            "changed_at": self.tr("When"),
            "laptop": self.tr("Laptop"),
            "field": self.tr("Field"),
            "value": self.tr("New value"),
            "overwritten": self.tr("Value it replaced"),
        }

    def cell(self, entry: HistoryEntry, column: str, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == "changed_at":
                local = entry.changed_at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
                return fmt_datetime(local)
            if column == "laptop":
                return (
                    entry.laptop
                    if entry.origin == "remote"
                    else self.tr("{name} (this laptop)").format(name=entry.laptop)
                )
            if column == "field":
                return _field_label(entry.field)
            return entry.shown(column)
        return None


class HistoryDialog(QDialog):
    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("History"))
        self.table_name = self.record_id = ""
        self.form = load_form("history_dialog.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.resize(self.form.size())
        find = self.form.findChild
        self.intro_label: QLabel = find(QLabel, "introLabel")
        self.message_label: QLabel = find(QLabel, "messageLabel")
        self.inline = InlineMessage(controller, self.message_label, parent=self)
        self.table: QTableView = find(QTableView, "historyTable")
        self.restore_button: QPushButton = find(QPushButton, "restoreButton")
        find(QPushButton, "closeButton").clicked.connect(self.close)
        self.model = HistoryModel(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_button())
        self.restore_button.clicked.connect(self.restore_selected)
        controller.changed.connect(lambda _tables: self.isVisible() and self.refresh())

    def show_record(self, table: str, record_id: str, label: str) -> None:
        self.table_name, self.record_id = table, record_id
        self.setWindowTitle(self.tr("History of {record}").format(record=label))
        self.refresh()
        self.show()
        self.raise_()

    def refresh(self) -> None:
        with self.controller.read() as session:
            rows = (
                record_history(session, self.table_name, self.record_id) if self.record_id else []
            )
        self.model.set_rows(rows)
        self.intro_label.setText(
            self.tr(
                "Changes to this record made here and received from the other laptops, newest first. "
                "When two laptops changed the same field, the value one of them replaced is kept here."
            )
            if rows
            else self.tr(
                "No history yet: changes are recorded once the workspace syncs through a shared folder."
            )
        )
        self._update_button()

    def _selected(self) -> HistoryEntry | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _update_button(self) -> None:
        entry = self._selected()
        self.restore_button.setEnabled(entry is not None and entry.overwritten is not None)

    def restore_selected(self) -> None:
        entry = self._selected()
        if entry is None or entry.overwritten is None:
            return
        table, record_id = self.table_name, self.record_id
        outcome = self.inline.perform(
            self.tr("Restore {field}").format(field=_field_label(entry.field)),
            lambda s: restore_field(s, table, record_id, entry.field, entry.overwritten),
        )
        if outcome.ok:
            self.inline.say(
                self.tr("{field} is back to “{value}”.").format(
                    field=_field_label(entry.field), value=entry.shown("overwritten")
                )
            )
