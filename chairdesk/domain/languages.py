"""The languages a document's fixed wording can be produced in.

Kept apart from the wording itself so that the command line and the application
can offer the choice without loading it (start-up time).
"""

from __future__ import annotations

DEFAULT_LANGUAGE = "en"
#: Each document language, named in itself (for a choice in the application).
LANGUAGE_NAMES: dict[str, str] = {"en": "English", "fr": "Français"}
SUPPORTED_LANGUAGES: tuple[str, ...] = tuple(LANGUAGE_NAMES)
