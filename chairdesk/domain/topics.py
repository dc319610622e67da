"""What a year's meetings were about, each topic once: the list the Year in Review gives.

The Compact's report follows its count of meetings with "The working group
meetings included:" and the topics, once each however many groups took them
up. Two agenda items name the same topic when they differ only in case,
spacing, quote or dash style, a leading article or closing punctuation
("Resource mobilization" and "resource mobilization;").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

__all__ = ["subject_of", "topic_key", "unique_topics"]

_PUNCTUATION = {
    0x2019: "'",
    0x2018: "'",
    0x201C: '"',
    0x201D: '"',
    0x2013: "-",
    0x2014: "-",
    0x00A0: " ",
}
_ARTICLE = re.compile(r"^(?:(?:the|an?|les?|la)\s+|l')")
_TRAILING = " \t.;:,"


def _clean(text: str) -> str:
    """The topic as written, less surrounding spaces and closing punctuation."""
    return " ".join(text.split()).strip(_TRAILING)


def topic_key(text: str) -> str:
    """What makes two topics the same: case, spacing, quotes, dashes and articles aside."""
    normal = unicodedata.normalize("NFKC", text).translate(_PUNCTUATION)
    normal = " ".join(normal.split()).strip(_TRAILING).casefold()
    return _ARTICLE.sub("", normal, count=1).strip()


def unique_topics(topics: Iterable[str]) -> list[str]:
    """Each topic once, in the order first met, as first written (empty ones dropped)."""
    seen: set[str] = set()
    kept: list[str] = []
    for topic in topics:
        key = topic_key(topic)
        if key and key not in seen:
            seen.add(key)
            kept.append(_clean(topic))
    return kept


def subject_of(title: str) -> str | None:
    """ "In-focus discussion: the threat in Africa" → "the threat in Africa"; None without one."""
    _, colon, subject = title.partition(":")
    subject = _clean(subject)
    return subject if colon and subject else None
