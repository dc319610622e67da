"""One colour per meaning, across every figure ChairDesk draws.

A reader who has learned on one page that orange means "delayed" must not
find orange meaning an in-focus discussion on the next, or OPCW in a third.
So every chart takes its colours from here, and the three families never
share a colour (a test checks it):

- activity statuses: completed green, in progress blue, delayed vermillion,
  not started light grey, cancelled mid grey — the colours a work-plan
  reader expects, from the Okabe–Ito palette;
- meeting kinds: the rest of Okabe–Ito (sky blue, orange, reddish purple,
  yellow) and Paul Tol's wine;
- entities (in the rotation timelines): Paul Tol's "muted" colours less the
  ones close to a status or a kind, each with a hatch, chosen from the
  acronym alone, so that UNICRI looks the same in the submission, the
  handover pack and next year's report.

Okabe & Ito's and Tol's palettes stay distinguishable with the common forms
of colour blindness; every series also has a hatch of its own, so that a
chart printed in black and white still reads.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

__all__ = [
    "ENTITY_COLOURS",
    "ENTITY_HATCHES",
    "KIND_STYLES",
    "OKABE_ITO",
    "PLANNED",
    "STATUS_STYLES",
    "STYLES",
    "entity_styles",
    "series_style",
]

#: Okabe & Ito (2008), "Color Universal Design": distinguishable with any common colour blindness.
OKABE_ITO = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "black": "#000000",
}

#: (fill colour, hatch) of each activity status.
STATUS_STYLES: dict[str, tuple[str, str]] = {
    "completed": (OKABE_ITO["bluish_green"], ""),
    "in_progress": (OKABE_ITO["blue"], "///"),
    "delayed": (OKABE_ITO["vermillion"], "xxx"),
    "not_started": ("#E8E8E8", "..."),
    "cancelled": ("#8C8C8C", "\\\\\\"),
}

#: (fill colour, hatch) of each kind of meeting.
KIND_STYLES: dict[str, tuple[str, str]] = {
    "regular": (OKABE_ITO["sky_blue"], ""),
    "in_focus": (OKABE_ITO["orange"], "///"),
    "special": (OKABE_ITO["reddish_purple"], "xxx"),
    "briefing": (OKABE_ITO["yellow"], "..."),
    "workshop": ("#882255", "\\\\\\"),  # Tol's wine
}

#: A status or a kind by its value ("delayed", "in_focus"): the same look in every chart.
STYLES: dict[str, tuple[str, str]] = {**STATUS_STYLES, **KIND_STYLES}

#: Entities: Tol's muted indigo, teal, olive, sand, rose and purple, and a pale brown.
ENTITY_COLOURS = ("#332288", "#44AA99", "#999933", "#DDCC77", "#CC6677", "#AA4499", "#A68A64")
ENTITY_HATCHES = ("", "///", "...", "xxx", "\\\\\\")

#: A chair term not yet begun, in the rotation timelines' legend.
PLANNED = "#BBBBBB"

_OTHERS = ("#4D4D4D", "#B3B3B3", "#6699CC", "#997700")  # series no family knows


def series_style(key: str, index: int = 0) -> tuple[str, str]:
    """The colour and hatch of a status or meeting kind; another key gets a neutral one."""
    if key in STYLES:
        return STYLES[key]
    return _OTHERS[index % len(_OTHERS)], ENTITY_HATCHES[index % len(ENTITY_HATCHES)]


_SLOTS = len(ENTITY_COLOURS) * len(ENTITY_HATCHES)  # 7 × 5: every (colour, hatch) pair once


def _slot(acronym: str) -> int:
    # crc32, not hash(): Python salts str hashes per process, and the style must not change.
    return zlib.crc32(acronym.strip().upper().encode("utf-8")) % _SLOTS


def _slot_style(slot: int) -> tuple[str, str]:
    # 7 and 5 have no common factor, so slot ↦ (slot mod 7, slot mod 5) takes every pair once,
    # and the next slot differs in colour and in hatch alike.
    return ENTITY_COLOURS[slot % len(ENTITY_COLOURS)], ENTITY_HATCHES[slot % len(ENTITY_HATCHES)]


def entity_styles(entities: Iterable[str]) -> dict[str, tuple[str, str]]:
    """(colour, hatch) for each entity of one figure: from its acronym, so the same in every figure.

    Two entities of one figure whose acronyms land on the same style are told
    apart: the one later in alphabetical order takes the next free style.
    """
    taken: set[int] = set()
    styles: dict[str, tuple[str, str]] = {}
    for acronym in sorted(dict.fromkeys(entities), key=str.casefold):
        slot = _slot(acronym)
        for _ in range(_SLOTS):
            if slot not in taken:
                break
            slot = (slot + 1) % _SLOTS
        taken.add(slot)
        styles[acronym] = _slot_style(slot)
    return styles
