"""Operations: one function per user action, used by the GUI, the CLI and tests.

Each takes the session of the caller's unit of work (one transaction), checks
its input and raises OperationError naming the field at fault, so that the GUI
can show the message next to that field. No Qt here.
"""

from __future__ import annotations


class OperationError(ValueError):
    """Input an operation refuses; `field` names the place for an inline message."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message
