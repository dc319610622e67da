"""Reading a working group's annual submission back from its Word file, for the secretariat.

Two kinds of file arrive:

- **A ChairDesk submission** carries the group's records for the year
  (`chairdesk.reports.embedded`). Its narrative sections are nevertheless read
  from the document's text as it now stands, because the chair or the
  secretariat may have edited it in Word after the export: under each heading,
  the paragraphs that are not the drafted facts recorded at export are the
  chair's text. A section whose text differs from the embedded one is listed
  in `changed`, and the document's text is the one imported; a section whose
  heading is gone is listed in `missing`, and the embedded text is kept. The
  export's typography (`chairdesk.domain.typography.tie`: no-break spaces, en
  dashes in ranges of years) is no change of the chair's.
- **A Word submission written without ChairDesk** is read by its headings
  (`chairdesk.reports.section_titles`: the seed's titles in English or French,
  whatever their numbering, case or level; a paragraph that is nothing but a
  title counts as a heading too). Its group is the one given, else the one its
  title names; its year likewise. Text under the concluding heading itself
  is the concluding chapter's own paragraph; text no section can take (before the first
  section, under an unknown heading, under the work plan, in a table) is
  listed in `unplaced`, so that nothing is dropped unseen.

Nothing here writes to the workspace: `read_submission` gives a
`ReceivedSubmission` (or raises `SubmissionError`, one line naming the file),
and `chairdesk.reports.submission_import` applies it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from chairdesk.domain.typography import tie
from chairdesk.domain.values import FIRST_YEAR, LAST_YEAR, text_problem
from chairdesk.domain.vocabulary import NarrativeSection, SubmissionSource
from chairdesk.reports.docx_builder import split_blocks
from chairdesk.reports.docx_reader import (
    DocParagraph,
    DocTable,
    DocxReadError,
    body_blocks,
    read_docx,
)
from chairdesk.reports.embedded import EmbeddedDataError, SectionLayout, read_embedded
from chairdesk.reports.section_titles import WORK_PLAN, heading_section
from chairdesk.store.interchange_format import WorkspaceFile
from chairdesk.store.models import Narrative, text_limit

__all__ = [
    "ReceivedSubmission",
    "SubmissionError",
    "Unplaced",
    "read_submission",
]

_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)")
_CAPTION = re.compile(r"^(Figure|Table|Tableau)\s+\d+\s*[.:]")
_TITLE_LIKE = 120  # characters: longer paragraphs are prose, never a heading typed as plain text
_SPACE = re.compile(r"\s+")


class SubmissionError(Exception):
    """A submission file that cannot be imported; `str()` names the file and why, in one line.

    ``needs`` is "group" or "year" when giving it would let the file in: the
    command line says which option, the application which choice.
    """

    def __init__(self, message: str, needs: str | None = None) -> None:
        super().__init__(message)
        self.needs = needs


@dataclass(frozen=True)
class Unplaced:
    """Text of the file that no section took: where it was, and what it said."""

    where: str  # the heading it was under, or "" before the first section
    text: str


@dataclass
class ReceivedSubmission:
    path: Path
    sha256: str
    source: SubmissionSource
    group: str  # the group's acronym
    year: int
    language: str | None = None  # a ChairDesk submission's fixed wording
    records: WorkspaceFile | None = (
        None  # a ChairDesk submission's, its narratives as the document has them
    )
    narratives: dict[NarrativeSection, str] = field(
        default_factory=dict
    )  # the document's text by section
    recognized: list[str] = field(default_factory=list)  # section headings found, as written
    changed: list[str] = field(
        default_factory=list
    )  # ChairDesk: sections edited in Word since the export
    missing: list[str] = field(
        default_factory=list
    )  # ChairDesk: headings no longer in the document
    unplaced: list[Unplaced] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.path.name

    def unplaced_text(self) -> str:
        """The unplaced text as one block, each piece under the heading it was found under."""
        return "\n\n".join(f"[{u.where}]\n{u.text}" if u.where else u.text for u in self.unplaced)


# --------------------------------------------------------------------------- the document's parts


@dataclass
class _Part:
    """A heading and what follows it up to the next heading (the title area has no heading)."""

    heading: str
    key: str | None  # the section it names, if any
    blocks: list[DocParagraph | DocTable] = field(default_factory=list)


def _parts(blocks: Sequence[DocParagraph | DocTable]) -> tuple[list[str], list[_Part]]:
    """(title lines, the parts from the first heading on; the first part, headed "", is the preamble)."""
    titles: list[str] = []
    parts = [_Part("", None)]
    for block in blocks:
        if isinstance(block, DocParagraph):
            if block.heading == 0:
                titles.append(block.text)
                continue
            key = (
                heading_section(block.text)
                if len(block.text) <= _TITLE_LIKE and not block.list_item
                else None
            )
            if block.heading is not None or key is not None:
                parts.append(_Part(block.text, key))
                continue
        parts[-1].blocks.append(block)
    return titles, parts


def _normal(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def _narrative(blocks: Sequence[DocParagraph | DocTable], drafted: set[str] | None = None) -> str:
    """The paragraphs and lists as a narrative ("- " items, blank lines between blocks).

    With ``drafted`` (a ChairDesk submission's), the drafted paragraphs and the
    figure and table captions are left out: what remains is the chair's text.
    """
    chunks: list[str] = []
    items: list[str] = []
    for block in blocks:
        if not isinstance(block, DocParagraph):
            continue
        if drafted is not None and (
            block.caption or _CAPTION.match(block.text) or _normal(block.text) in drafted
        ):
            continue
        if block.list_item:
            items.append(f"- {block.text}")
            continue
        if items:
            chunks.append("\n".join(items))
            items = []
        chunks.append(block.text)
    if items:
        chunks.append("\n".join(items))
    return "\n\n".join(chunks)


def _tables(part: _Part) -> list[Unplaced]:
    return [
        Unplaced(
            part.heading, "\n".join(" | ".join(cell for cell in row if cell) for row in block.rows)
        )
        for block in part.blocks
        if isinstance(block, DocTable) and any(any(row) for row in block.rows)
    ]


def _same_text(a: str, b: str) -> bool:
    def blocks(text: str) -> list[str | list[str]]:
        return [
            [_normal(i) for i in b] if isinstance(b, list) else _normal(b)
            for b in split_blocks(text)
        ]

    return blocks(a) == blocks(b)


# --------------------------------------------------------------------------- the two kinds


def read_submission(
    path: Path | str,
    *,
    known_groups: Mapping[str, str],
    group: str | None = None,
    year: int | None = None,
    fallback_year: int | None = None,
) -> ReceivedSubmission:
    """What the file says; ``known_groups`` (acronym → name) and ``group``/``year`` identify a plain one.

    ``year`` is the plain file's year whatever its title says; ``fallback_year`` only
    when its title names none.
    """
    path = Path(path)
    shown = path.name
    if path.suffix.lower() == ".doc":
        raise SubmissionError(
            f"{shown}: a Word 97\u20132003 document; save it as a Word document (.docx) and import that"
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SubmissionError(f"{shown}: cannot read the file ({exc.strerror or exc})") from exc
    try:
        document = read_docx(shown, data)
        embedded = read_embedded(document)
    except DocxReadError as exc:
        raise SubmissionError(str(exc)) from None
    except EmbeddedDataError as exc:
        raise SubmissionError(f"{shown}: {exc}; nothing of it can be trusted") from None
    titles, parts = _parts(body_blocks(document))
    received = ReceivedSubmission(
        path, hashlib.sha256(data).hexdigest(), SubmissionSource.WORD, "", 0
    )
    if embedded is not None:
        _read_chairdesk(received, embedded, parts)
    else:
        _read_plain(received, document, titles, parts, known_groups, group, year, fallback_year)
    limit = text_limit(Narrative, "text")
    for section, text in received.narratives.items():
        if (
            len(text) > limit
        ):  # a whole report pasted under one heading: the narrative's column holds less
            raise SubmissionError(
                f"{shown}: the text of {section.value} is longer than {limit:,} characters ({len(text):,})"
            )
        if problem := text_problem(text):
            raise SubmissionError(f"{shown}: the text of {section.value} {problem}")
    if embedded is not None:
        received.records = _with_narratives(embedded.records, received)
    return received


def _read_chairdesk(received: ReceivedSubmission, embedded, parts: list[_Part]) -> None:  # noqa: ANN001
    received.source = SubmissionSource.CHAIRDESK
    received.group, received.year, received.language = (
        embedded.group,
        embedded.year,
        embedded.language,
    )
    layout: dict[str, SectionLayout] = {s.key: s for s in embedded.sections}
    language = embedded.language
    # As printed: the drafted paragraphs went through the export's typography too.
    drafted = {key: {_normal(tie(t, language)) for t in s.drafted} for key, s in layout.items()}
    found: dict[str, list[str]] = {}
    headings: dict[str, str] = {}
    _place(received, parts, found, headings, drafted)
    for key, section in layout.items():
        if key not in NarrativeSection._value2member_map_:
            continue
        rendered = bool(section.drafted or section.narrative)
        if key not in found:
            if rendered:
                received.missing.append(section.heading)
            continue
        text = "\n\n".join(t for t in found[key] if t)
        if not _same_text(text, tie(section.narrative, language)):
            received.changed.append(headings[key])
            received.narratives[NarrativeSection(key)] = text


def _with_narratives(records: WorkspaceFile, received: ReceivedSubmission) -> WorkspaceFile:
    """The embedded records, each changed section's narrative as the document now has it."""
    from chairdesk.store.interchange_format import NarrativeIn

    narratives = list(records.narratives)
    for section, text in received.narratives.items():
        same = [i for i, n in enumerate(narratives) if n.section == section]
        if not same:
            narratives.append(
                NarrativeIn(group=received.group, year=received.year, section=section, text=text)
            )
            continue
        # Duplicates (two laptops started the section) were exported joined: the document's text is all of them.
        for order, index in enumerate(same):
            narratives[index] = narratives[index].model_copy(
                update={"text": text if order == 0 else ""}
            )
    return records.model_copy(update={"narratives": narratives})


def _place(
    received: ReceivedSubmission,
    parts: list[_Part],
    found: dict[str, list[str]],
    headings: dict[str, str],
    drafted: Mapping[str, set[str]] | None = None,
) -> None:
    """Sort the document's parts into sections' texts (``found``) and unplaced text.

    ``drafted``, a ChairDesk submission's drafted paragraphs by section, sets them
    (and its activity table) apart from the chair's text.
    """
    for part in parts:
        key = part.key
        if key is not None:
            received.recognized.append(part.heading)
        text = _narrative(part.blocks, None if drafted is None else drafted.get(key or "", set()))
        # (Text under the concluding heading itself is the "concluding" section's.)
        if key is not None and key != WORK_PLAN:
            found.setdefault(key, []).append(text)
            headings.setdefault(key, part.heading)
        elif text:
            received.unplaced.append(Unplaced(part.heading, text))
        if not (
            key == WORK_PLAN and drafted is not None
        ):  # a ChairDesk work plan's table is drafted
            received.unplaced.extend(_tables(part))


def _read_plain(
    received: ReceivedSubmission,
    document,
    titles: list[str],
    parts: list[_Part],  # noqa: ANN001
    known_groups: Mapping[str, str],
    group: str | None,
    year: int | None,
    fallback_year: int | None = None,
) -> None:
    shown = received.name
    if not any(part.key is not None for part in parts):
        raise SubmissionError(
            f"{shown}: no section of the submission is recognized by its headings (such as "
            "\u201cCoordination and coherence\u201d); nothing can be placed"
        )
    # What names the document: its title property, title lines, the text before the first section.
    named = [
        document.core_properties.title or "",
        *titles,
        *(b.text for b in parts[0].blocks[:6] if isinstance(b, DocParagraph)),
    ]
    named += [p.heading for p in parts[1:2] if p.key is None]
    received.group = _group(shown, named, known_groups, group)
    received.year = _year(shown, named, year, fallback_year)
    found: dict[str, list[str]] = {}
    headings: dict[str, str] = {}
    _place(received, parts, found, headings)
    for key, texts in found.items():
        text = "\n\n".join(t for t in texts if t)
        if text:
            received.narratives[NarrativeSection(key)] = text


def _group(shown: str, named: Sequence[str], known: Mapping[str, str], given: str | None) -> str:
    if given:
        match = next(
            (acronym for acronym in known if acronym.casefold() == given.strip().casefold()), None
        )
        if match is None:
            listed = ", ".join(sorted(known)) or "none: the workspace has no working groups"
            raise SubmissionError(
                f"{shown}: no working group {given!r} in this workspace (known: {listed})"
            )
        return match
    text = "\n".join(named)
    folded = text.casefold()
    found = sorted(
        acronym
        for acronym, name in known.items()
        if re.search(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text)
        or (name and name.casefold() in folded)
    )
    if len(found) == 1:
        return found[0]
    if found:
        raise SubmissionError(
            f"{shown}: its title names several working groups ({', '.join(found)})", "group"
        )
    raise SubmissionError(
        f"{shown}: cannot tell which working group it is from (its title names none of this workspace's)",
        "group",
    )


def _year(shown: str, named: Sequence[str], given: int | None, fallback: int | None = None) -> int:
    if given is not None:
        if not FIRST_YEAR <= given <= LAST_YEAR:
            raise SubmissionError(
                f"{shown}: the year {given} is outside {FIRST_YEAR}\u2013{LAST_YEAR}"
            )
        return given
    years = sorted(
        {int(y) for text in named for y in _YEAR.findall(text) if FIRST_YEAR <= int(y) <= LAST_YEAR}
    )
    if len(years) == 1:
        return years[0]
    if years:
        raise SubmissionError(
            f"{shown}: its title names several years ({', '.join(map(str, years))})", "year"
        )
    if fallback is not None:
        return _year(shown, named, fallback)
    raise SubmissionError(f"{shown}: cannot tell which year it reports on", "year")
