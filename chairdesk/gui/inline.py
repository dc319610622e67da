"""Edits made where the chair is working, with refusals shown in place.

Every view and panel runs its edits through an `InlineMessage`: the operation runs as one
undo step (`AppController.perform`); a refusal (`OperationError`) is worded by
`refusal_text` and shown in the panel's own message label, with the field it names
outlined; a success clears both. No modal dialog, and nothing was written when refused.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from chairdesk.gui.qt import QCoreApplication, QLabel, QObject, QWidget

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from chairdesk.gui.controller import AppController
    from chairdesk.store.ops import OperationError

T = TypeVar("T")

ERROR_STYLE = "color: #B3261E; font-weight: 600;"
WARNING_STYLE = "color: #8A5300;"
FIELD_ERROR_STYLE = "border: 1px solid #B3261E;"


class Outcome(NamedTuple):
    ok: bool
    result: Any = None


def refusal_text(error: OperationError) -> str:
    """A refusal in words for the person who made the edit, in the interface's language.

    The template of its code (chairdesk.store.refusals, context "Refusal") as translated;
    dates and numbers in the interface's locale, labels and parts of a sentence translated.
    """
    return _worded(error.code, error.values)


def _worded(code: Any, values: Mapping[str, Any]) -> str:
    from chairdesk.store.refusals import TEMPLATES, english

    # Marked with QT_TRANSLATE_NOOP("Refusal", …) in the catalog, where lupdate finds them.
    template = QCoreApplication.translate("Refusal", TEMPLATES[code])
    try:
        return template.format(**{name: _value_text(value) for name, value in values.items()})
    except (KeyError, IndexError, ValueError):  # a translation that names a value wrongly
        return english(code, dict(values))


def _value_text(value: Any) -> str:
    from chairdesk.gui.formatting import fmt_datetime, fmt_long_date, fmt_number
    from chairdesk.store.refusals import LABELS, Label, Phrase

    if isinstance(value, Label):
        return QCoreApplication.translate("Refusal", LABELS[value])
    if isinstance(value, Phrase):
        return _worded(value.code, value.values)
    if isinstance(value, datetime):
        return fmt_datetime(value)
    if isinstance(value, date):
        return fmt_long_date(value)  # inside a sentence: "8 juin 2022", "1er juillet 2022"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10_000:
        return fmt_number(value)  # a limit of characters; years and minutes stay as written
    return str(value)


class InlineMessage(QObject):
    """A panel's message line, and the fields a refusal may point at.

    `fields` maps an operation's field names (OperationError.field) to the widgets that
    edit them; the label hides itself when there is nothing to say.
    """

    def __init__(
        self,
        controller: AppController,
        label: QLabel,
        fields: Mapping[str, QWidget] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or label)
        self.controller = controller
        self.label = label
        self.fields = dict(fields or {})
        self._outlined: QWidget | None = None
        label.setWordWrap(True)
        label.setVisible(bool(label.text()))

    @property
    def outlined(self) -> QWidget | None:
        """The field the refusal shown points at, if any."""
        return self._outlined

    def perform(self, text: str, operation: Callable[[Session], T]) -> Outcome:
        """Run `operation` as one undo step named `text`; a refusal is shown, not raised."""
        from chairdesk.store.ops import OperationError

        try:
            result = self.controller.perform(text, operation)
        except OperationError as error:
            self.refuse(error)
            return Outcome(False)
        self.clear()
        return Outcome(True, result)

    def refuse(self, error: OperationError) -> None:
        self.say(refusal_text(error), error=True, field=self.fields.get(error.field))

    def say(
        self, text: str, *, error: bool = False, warning: bool = False, field: QWidget | None = None
    ) -> None:
        """Show `text` (a confirmation, a warning or an error); an empty text hides the line.

        `field`: the widget the text is about (a check made in the panel itself), outlined.
        """
        self._clear_outline()
        self.label.setText(text)
        self.label.setStyleSheet(ERROR_STYLE if error else WARNING_STYLE if warning else "")
        self.label.setVisible(bool(text))
        if field is not None:
            field.setStyleSheet(FIELD_ERROR_STYLE)
            self._outlined = field

    def clear(self) -> None:
        self.say("")

    def _clear_outline(self) -> None:
        if self._outlined is not None:
            self._outlined.setStyleSheet("")
            self._outlined = None
