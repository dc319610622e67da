"""Operations: one function per user action, used by the GUI, the CLI and tests.

Each takes the session of the caller's unit of work (one transaction), checks
its input and raises OperationError naming the field at fault, so that the GUI
can show the message next to that field. No Qt here.

What text and dates a record may hold is chairdesk.domain.values' rule, the one
import and sync follow too: `stored_text` and `stored_date` apply it here.
"""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from chairdesk.domain.values import date_problem, text_problem

D = TypeVar("D", bound=date)


class OperationError(ValueError):
    """Input an operation refuses; `field` names the place for an inline message."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def stored_text(text: str, field: str, label: str, limit: int, *, one_line: bool = False) -> str:
    """`text` as given, if a record may hold it (`label` starts the message: "The title").

    `one_line`: an acronym or a code, which holds no tab or line break either.
    """
    if len(text) > limit:
        raise OperationError(field, f"{label} is too long (at most {limit:,} characters).")
    problem = text_problem(text, one_line=one_line)
    if problem is not None:
        # A control character pasted from elsewhere: every Word export would fail on it.
        raise OperationError(field, f"{label} {problem}.")
    return text


def stored_date(value: D, field: str, label: str) -> D:
    """`value` as given, if its year is one a record may hold."""
    problem = date_problem(value)
    if problem is not None:
        raise OperationError(field, f"{label} is out of range: {problem}.")
    return value
