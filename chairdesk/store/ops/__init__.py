"""Operations: one function per user action, used by the GUI, the CLI and tests.

Each takes the session of the caller's unit of work (one transaction), checks
its input and raises OperationError naming the field at fault, so that the GUI
can show the refusal next to that field. No Qt here.

A refusal is a code and its values (chairdesk.store.refusals), never a sentence:
the GUI words it in the interface's language, the command line in English.

What text and dates a record may hold is chairdesk.domain.values' rule, the one
import and sync follow too: `stored_text` and `stored_date` apply it here.
"""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVar

from chairdesk.domain.values import FIRST_YEAR, LAST_YEAR, date_problem, text_fault
from chairdesk.store.refusals import Label, Refusal, english

D = TypeVar("D", bound=date)


class OperationError(ValueError):
    """Input an operation refuses: `field` names the place for an inline message, `code`
    (a `Refusal`) and `values` say what is wrong; `chairdesk.store.refusals` words it."""

    def __init__(self, field: str, code: Refusal, /, **values: Any) -> None:
        self.field = field
        self.code = Refusal(code)
        self.values = values
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The refusal in English (the command line, logs); the GUI words it with `refusal_text`."""
        return english(self.code, self.values)

    def __reduce__(self):  # a worker thread may hand a refusal over
        return (_rebuild, (self.field, self.code, self.values))


def _rebuild(field: str, code: Refusal, values: dict[str, Any]) -> OperationError:
    return OperationError(field, code, **values)


def stored_text(
    text: str, field: str, label: Label | str, limit: int, *, one_line: bool = False
) -> str:
    """`text` as given, if a record may hold it (`label` names the field: Label.TITLE).

    `one_line`: an acronym or a code, which holds no tab or line break either.
    """
    if len(text) > limit:
        raise OperationError(field, Refusal.TOO_LONG, label=label, limit=limit)
    fault = text_fault(text, one_line=one_line)
    if fault is not None and fault.kind == "control_character":
        # Pasted from elsewhere: every Word export would fail on it.
        raise OperationError(
            field,
            Refusal.CONTROL_CHARACTER,
            label=label,
            character=fault.character,
            position=fault.position,
        )
    if fault is not None:
        code = Refusal.TAB if fault.kind == "tab" else Refusal.LINE_BREAK
        raise OperationError(field, code, label=label, position=fault.position)
    return text


def stored_date(value: D, field: str, label: Label | str) -> D:
    """`value` as given, if its year is one a record may hold."""
    if date_problem(value) is not None:
        raise OperationError(
            field,
            Refusal.YEAR_OUT_OF_RANGE,
            label=label,
            year=value.year,
            first=FIRST_YEAR,
            last=LAST_YEAR,
        )
    return value
