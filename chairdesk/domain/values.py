"""What a stored value may be, whatever its source: a person, an import, another laptop.

One set of rules for every way in, so that nothing accepted can break a later
command: Word exports need XML-compatible text, calendars and "quarters" need
years they can add to, narrow columns need bounded text. Import, the operations
and sync all ask these functions; none of them decides alone.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import NamedTuple

__all__ = [
    "FIRST_YEAR",
    "LAST_YEAR",
    "LONG_TEXT_MAX",
    "TextFault",
    "date_problem",
    "text_fault",
    "text_problem",
    "time_zone_fault",
    "time_zone_problem",
]

#: The years a date may fall in. Wide enough for any real record, narrow enough that
#: a calendar entry, a quarter or a rotation computed from it never leaves the calendar.
FIRST_YEAR = 1900
LAST_YEAR = 2199

#: The most characters a text may hold where its column sets no length (narratives,
#: summaries, notes, agenda and activity titles): some forty pages, far more than a chair
#: writes in one place, little enough for a Word paragraph, a sync diff and an editor.
LONG_TEXT_MAX = 100_000

# XML 1.0's Char production without tab, newline and carriage return: what a Word
# document (and so every export) cannot hold. Lone surrogates cannot be encoded at all.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# What ends a line for str.splitlines() beyond the control characters above, and the tab.
_LINE_BREAK = re.compile("[\t\n\r\x85\u2028\u2029]")


class TextFault(NamedTuple):
    """What is wrong with a text, as values (a refusal words it in its reader's language).

    `kind`: "control_character" (`character` is its code point, "U+0007"), "tab",
    "line_break" (`position` counts from 1), or "too_long" (`position` is the text's length).
    """

    kind: str
    position: int
    character: str = ""


def text_fault(
    text: str, *, max_length: int | None = None, one_line: bool = False
) -> TextFault | None:
    """Why `text` cannot be stored, as a `TextFault`, or None (the rule of `text_problem`)."""
    bad = _NOT_XML.search(text)
    if bad is not None:
        return TextFault("control_character", bad.start() + 1, f"U+{ord(bad.group()):04X}")
    if one_line:
        bad = _LINE_BREAK.search(text)
        if bad is not None:
            return TextFault("tab" if bad.group() == "\t" else "line_break", bad.start() + 1)
    if max_length is not None and len(text) > max_length:
        return TextFault("too_long", len(text))
    return None


def text_problem(text: str, *, max_length: int | None = None, one_line: bool = False) -> str | None:
    """Why `text` cannot be stored, or None. Tab and line breaks are allowed, unless `one_line`
    (an acronym or a code: a name that messages, file names and lists quote on one line)."""
    fault = text_fault(text, max_length=max_length, one_line=one_line)
    if fault is None:
        return None
    if fault.kind == "control_character":
        return f"contains the control character {fault.character} at position {fault.position}"
    if fault.kind == "too_long":
        return f"longer than {max_length} characters ({fault.position})"
    what = "a tab" if fault.kind == "tab" else "a line break"
    return f"contains {what} at position {fault.position}"


def date_problem(value: date | datetime) -> str | None:
    """Why a date (or date-time) cannot be stored, or None."""
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        return f"year {value.year} is outside {FIRST_YEAR}–{LAST_YEAR}"
    return None


def time_zone_fault(name: str) -> str | None:
    """Why `name` is not a time zone a calendar can carry: "not_a_name", "unknown", or None."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError  # tzdata's files: when a zone is checked

    if (
        not name
        or name != name.strip()
        or name.startswith(("/", "."))
        or ".." in name
        or "\\" in name
    ):
        return "not_a_name"
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return "unknown"
    return None


def time_zone_problem(name: str) -> str | None:
    """Why `name` is not a time zone a calendar can carry (an IANA name, "Europe/Vienna"), or None."""
    fault = time_zone_fault(name)
    if fault == "not_a_name":
        return f"{name!r} is not a time zone name (such as Europe/Vienna or America/New_York)"
    if fault == "unknown":
        return f"{name!r} is not a known time zone (such as Europe/Vienna or America/New_York)"
    return None
