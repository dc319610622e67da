"""Typographic ties for documents: where a printed line must not break, and the dash of a range.

An editor sends back a page where "(1" ends one line and "October" starts the
next, or "90 per" and "cent" are split, or "31" and "décembre". Every text a
document prints goes through `tie`, the drafted sentences and the people's own
text alike:

- a day and its month are joined by a no-break space ("1 October", "1er octobre");
- a figure, "per" and "cent" likewise ("90 per cent"), and a figure and "%";
- a range of years takes an en dash ("2021-2022" becomes "2021–2022"), as the
  report writes it, so that both forms never appear in one document;
- in French, the space before ";", ":", "!", "?" and "»" and after "«" is a
  no-break space, as French typography sets it;
- in a table's narrow cell (``whole_dates``), a date is kept whole ("31 December
  2022" on one line), so that a column is made wide enough for it rather than
  a date taking three lines.
"""

from __future__ import annotations

import re

__all__ = ["NBSP", "tie"]

#: The no-break space: the same in English and French documents (UN French uses it before
#: ":" and ";" rather than the narrow one).
NBSP = "\u00a0"
_EN_DASH = "\u2013"

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
)
_DAY_MONTH = re.compile(rf"(?<![\w.,])(\d{{1,2}}(?:er)?) (?=(?:{_MONTHS})\b)")
_MONTH_YEAR = re.compile(rf"\b({_MONTHS}) (?=\d{{4}}\b)")
_PER_CENT = re.compile(r"(\d) per cent\b")
_PERCENT_SIGN = re.compile(r"(\d) %")
# Years of records (1900–2199) only: "2600-4000" in a telephone number is not a range.
_YEAR_RANGE = re.compile(r"(?<![\w\-+/])((?:19|20|21)\d\d)-((?:19|20|21)\d\d)(?![\w\-/])")
_FRENCH_BEFORE = re.compile(r" (?=[;:!?\u00bb])")
_FRENCH_AFTER = re.compile("\u00ab ")


def _year_range(match: re.Match[str]) -> str:
    first, last = int(match[1]), int(match[2])
    if first < last:
        return f"{match[1]}{_EN_DASH}{match[2]}"
    return match[0]


def tie(text: str, language: str = "en", *, whole_dates: bool = False) -> str:
    """The text as a document prints it: no-break spaces where a line must not break,
    en dashes in ranges of years (see the module's docstring)."""
    if not text:
        return text
    text = _DAY_MONTH.sub(lambda m: m[1] + NBSP, text)
    if whole_dates:
        text = _MONTH_YEAR.sub(lambda m: m[1] + NBSP, text)
    text = _PER_CENT.sub(lambda m: f"{m[1]}{NBSP}per{NBSP}cent", text)
    text = _PERCENT_SIGN.sub(lambda m: f"{m[1]}{NBSP}%", text)
    text = _YEAR_RANGE.sub(_year_range, text)
    if language == "fr":
        text = _FRENCH_BEFORE.sub(NBSP, text)
        text = _FRENCH_AFTER.sub("\u00ab" + NBSP, text)
    return text
