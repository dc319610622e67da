"""Which section of the annual submission a heading names, in any language ChairDesk writes.

A submission written without ChairDesk is read by its headings: the seed's
section titles, in English or in French, whatever their numbering ("3.",
"III.", "B)", "2.1"), case, accents, hyphens or heading level. The titles are
the phrase books' own (`chairdesk.reports.phrases`), so a French submission
exported by ChairDesk and one typed from the French template are read alike.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from chairdesk.domain.vocabulary import NarrativeSection
from chairdesk.reports.phrases import SUPPORTED_LANGUAGES, phrases

__all__ = ["CONCLUDING", "WORK_PLAN", "heading_section", "title_key"]

#: Sections of the submission that hold no narrative of their own.
WORK_PLAN = "work_plan"
CONCLUDING = "concluding"

# "3.", "III.", "B)", "(b)", "2.1", "2.1.", "3 -", "Section 2:" before the title.
_NUMBERING = re.compile(
    r"^\s*(?:(?:section|chapitre|chapter)\s+)?\(?(?:\d+(?:\.\d+)*|[ivxlc]{1,6}|[a-z])(?:[.):]|\s+-|(?=\s))\s*",
    re.IGNORECASE,
)
_YEAR = "1234"  # stands for any year in a title that names one ("Priorities for 2023")


def title_key(text: str) -> str:
    """A heading without numbering, case, accents, hyphens, quotes or closing punctuation."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.translate(
        {
            0x2019: "'",
            0x2018: "'",
            0x2013: " ",
            0x2014: " ",
            0x2010: " ",
            0x2011: " ",
            ord("-"): " ",
            0x00A0: " ",
            0x0152: "OE",
            0x0153: "oe",
        }
    )
    previous = None
    while previous != text:  # "1. A)" numbered twice
        previous, text = text, _NUMBERING.sub("", text, count=1)
    return " ".join(text.replace(",", " , ").split()).strip(" .:;").casefold()


@functools.cache
def _titles() -> tuple[dict[str, str], list[tuple[re.Pattern[str], str]]]:
    exact: dict[str, str] = {}
    patterns: list[tuple[re.Pattern[str], str]] = []
    for language in SUPPORTED_LANGUAGES:
        words = phrases(language)
        for section, heading in words.section_headings.items():
            exact[title_key(heading)] = section.value
        exact[title_key(words.work_plan_heading)] = WORK_PLAN
        exact[title_key(words.concluding_heading)] = CONCLUDING
        priorities = re.escape(title_key(words.priorities_heading(int(_YEAR)))).replace(
            _YEAR, r"\d{4}"
        )
        patterns.append((re.compile(f"^{priorities}$"), NarrativeSection.WAY_FORWARD.value))
    return exact, patterns


def heading_section(text: str) -> str | None:
    """The section a heading names: a NarrativeSection value, WORK_PLAN or CONCLUDING; None if none."""
    key = title_key(text)
    exact, patterns = _titles()
    if key in exact:
        return exact[key]
    return next((section for pattern, section in patterns if pattern.match(key)), None)
