"""The group's details: acronym, names, pillar, time zone, mandate, objectives, terms of reference.

Each field is saved when the chair finishes it (Return, leaving the field, a pick);
a refresh never overwrites what the chair is typing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from chairdesk.domain.vocabulary import Pillar
from chairdesk.gui.qt import (
    QComboBox,
    QDateEdit,
    QEvent,
    QLineEdit,
    QObject,
    QPlainTextEdit,
    Qt,
    QToolButton,
    QWidget,
)
from chairdesk.store import composition_queries as queries
from chairdesk.store.composition_queries import GroupDetails
from chairdesk.store.ops import composition as ops

from .models import OptionalDate
from .panel import CompositionPanel, fill_pillars, select_value

_EMPTY: dict[str, Any] = {
    "acronym": "",
    "name": "",
    "name_fr": "",
    "time_zone": "",
    "pillar": None,
    "mandate": "",
    "objectives": "",
    "tor_revised": None,
    "tor_submitted": None,
}


class DetailsPanel(CompositionPanel):
    FORM = "composition_details.ui"
    TABLES = frozenset({"working_group"})

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self.details: GroupDetails | None = None
        c = self.child
        self.acronym_edit: QLineEdit = c(QLineEdit, "acronymEdit")
        self.name_edit: QLineEdit = c(QLineEdit, "nameEdit")
        self.name_fr_edit: QLineEdit = c(QLineEdit, "nameFrEdit")
        self.pillar_combo: QComboBox = c(QComboBox, "pillarCombo")
        self.time_zone_combo: QComboBox = c(QComboBox, "timeZoneCombo")
        self.mandate_edit: QPlainTextEdit = c(QPlainTextEdit, "mandateEdit")
        self.objectives_edit: QPlainTextEdit = c(QPlainTextEdit, "objectivesEdit")
        self.tor_revised_edit: QDateEdit = c(QDateEdit, "torRevisedEdit")
        self.tor_submitted_edit: QDateEdit = c(QDateEdit, "torSubmittedEdit")
        self.tor_revised_clear: QToolButton = c(QToolButton, "torRevisedClear")
        self.tor_submitted_clear: QToolButton = c(QToolButton, "torSubmittedClear")
        self.tor_revised = OptionalDate(self.tor_revised_edit, controller.today)
        self.tor_submitted = OptionalDate(self.tor_submitted_edit, controller.today)
        self.inline = self.message_line(
            "detailsError",
            {field: widget for field, (widget, _read, _write) in self._fields().items()},
        )
        self.details_error = self.inline.label
        self._connect()
        self._setup_time_zones()

    def _connect(self) -> None:
        for field, edit in (
            ("acronym", self.acronym_edit),
            ("name", self.name_edit),
            ("name_fr", self.name_fr_edit),
        ):
            edit.editingFinished.connect(lambda f=field, e=edit: self.save(f, e.text()))
        self.name_fr_edit.setPlaceholderText(
            self.tr("As French documents name it, in full: “Groupe de travail sur …”")
        )
        fill_pillars(self.pillar_combo)
        self.pillar_combo.activated.connect(
            lambda _i: self.save("pillar", self.pillar_combo.currentData())
        )
        self.tor_revised.committed.connect(
            lambda: self.save("tor_revised", self.tor_revised.value())
        )
        self.tor_submitted.committed.connect(
            lambda: self.save("tor_submitted", self.tor_submitted.value())
        )
        self.tor_revised_clear.clicked.connect(self.tor_revised.clear)
        self.tor_submitted_clear.clicked.connect(self.tor_submitted.clear)
        for edit in (self.mandate_edit, self.objectives_edit):
            edit.installEventFilter(self)
        self.mandate_edit.setPlaceholderText(
            self.tr("What the working group is for, as its terms of reference say.")
        )
        self.objectives_edit.setPlaceholderText(self.tr("The working group's primary objectives."))
        self.tor_revised_clear.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tor_submitted_clear.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def _setup_time_zones(self) -> None:
        """The zone the group's meeting times are written in: any IANA zone, typed or chosen.

        Left empty, the calendar export takes the computer's own zone (and says so).
        """
        combo = self.time_zone_combo
        combo.installEventFilter(self)  # the zones are listed when the chair reaches the field
        combo.lineEdit().installEventFilter(self)
        combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        combo.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.lineEdit().setPlaceholderText(self.tr("This computer’s zone"))
        combo.setToolTip(
            self.tr(
                "The time zone the group's meeting times are written in (Europe/Vienna, "
                "America/New_York). Calendars sent to members in other zones show the meetings "
                "at their own local time."
            )
        )
        combo.lineEdit().editingFinished.connect(
            lambda: self.save("time_zone", combo.currentText())
        )
        combo.activated.connect(lambda _i: self.save("time_zone", combo.currentText()))

    def _list_time_zones(self) -> None:
        # Reading the zone database takes a tenth of a second: not while the view opens.
        from zoneinfo import available_timezones

        combo = self.time_zone_combo
        text = combo.currentText()
        zones = sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc/"))
        combo.blockSignals(True)
        combo.addItems(["", *zones, "UTC"])
        combo.setCurrentText(text)
        combo.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched in (self.time_zone_combo, self.time_zone_combo.lineEdit())
            and event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonPress)
            and self.time_zone_combo.count() == 0
        ):
            self._list_time_zones()
        # Long texts are saved when the chair leaves the field (or the window closes).
        if event.type() == QEvent.Type.FocusOut:
            if watched is self.mandate_edit:
                self.save("mandate", self.mandate_edit.toPlainText())
            elif watched is self.objectives_edit:
                self.save("objectives", self.objectives_edit.toPlainText())
        return super().eventFilter(watched, event)

    def _fields(self) -> dict[str, tuple[QWidget, Callable[[], Any], Callable[[Any], None]]]:
        """Each field: the widget that edits it, how to read it, how to show a value."""
        zone = self.time_zone_combo
        return {
            "acronym": (self.acronym_edit, self.acronym_edit.text, self.acronym_edit.setText),
            "name": (self.name_edit, self.name_edit.text, self.name_edit.setText),
            "name_fr": (self.name_fr_edit, self.name_fr_edit.text, self.name_fr_edit.setText),
            "time_zone": (zone, zone.currentText, zone.setCurrentText),
            "pillar": (
                self.pillar_combo,
                self.pillar_combo.currentData,
                lambda v: select_value(self.pillar_combo, Pillar(v).value if v else None),
            ),
            "mandate": (
                self.mandate_edit,
                self.mandate_edit.toPlainText,
                self.mandate_edit.setPlainText,
            ),
            "objectives": (
                self.objectives_edit,
                self.objectives_edit.toPlainText,
                self.objectives_edit.setPlainText,
            ),
            "tor_revised": (
                self.tor_revised_edit,
                self.tor_revised.value,
                self.tor_revised.set_value,
            ),
            "tor_submitted": (
                self.tor_submitted_edit,
                self.tor_submitted.value,
                self.tor_submitted.set_value,
            ),
        }

    @staticmethod
    def _comparable(field: str, value: Any) -> Any:
        if isinstance(value, str):
            return value.strip()
        if field == "pillar" and value is not None:
            return Pillar(value).value
        return value

    def save(self, field: str, value: Any) -> None:
        """Save one finished field, unless it says what the group already says."""
        details = self.details
        if details is None or self._comparable(field, value) == self._comparable(
            field, getattr(details, field)
        ):
            return
        labels = {
            "acronym": self.tr("acronym"),
            "name": self.tr("name"),
            "name_fr": self.tr("name in French"),
            "time_zone": self.tr("time zone"),
            "pillar": self.tr("pillar"),
            "mandate": self.tr("mandate"),
            "objectives": self.tr("primary objectives"),
            "tor_revised": self.tr("terms-of-reference revision date"),
            "tor_submitted": self.tr("terms-of-reference submission date"),
        }
        group_id = details.id  # the group the field was filled from, even if the window moved on
        self.inline.perform(
            self.tr("Edit the group's {field}").format(field=labels[field]),
            lambda s: ops.update_working_group(s, group_id, **{field: value}),
        )

    def reload(self, group_changed: bool) -> None:
        with self.controller.read() as session:
            details = queries.group_details(session, self.group_id)
        previous = self.details
        self.details = details
        for field, (widget, read, write) in self._fields().items():
            new = getattr(details, field) if details else _EMPTY[field]
            typing = (
                not group_changed
                and widget.hasFocus()
                and previous is not None
                and self._comparable(field, read())
                != self._comparable(field, getattr(previous, field))
            )
            if typing:
                continue  # never overwrite what the chair is typing
            if self._comparable(field, read()) != self._comparable(field, new):
                widget.blockSignals(True)
                write(new)
                widget.blockSignals(False)
        if group_changed:
            self.inline.clear()
