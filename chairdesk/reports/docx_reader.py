"""Reading a Word document that came from elsewhere: safely, and as headings, paragraphs and tables.

A .docx that arrives by e-mail is untrusted input. Before python-docx reads
it, the package is checked as a zip archive: its size, the number of its
parts and the size every part says it expands to (Python's zipfile never
expands a part beyond the size its directory declares, so capping the declared
sizes caps the memory a "zip bomb" can take). A file that is not a Word
document, a truncated or damaged package, a part over the limits: a
`DocxReadError` naming the file and what is wrong with it, in one line.

`read_docx` gives the document; `body_blocks` walks its body in reading order
(content controls opened, tables kept whole) as plain values: what the
submission's reader works from.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from docx.oxml.ns import qn

if TYPE_CHECKING:
    from docx.document import Document
    from docx.styles.style import BaseStyle

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_PART_BYTES",
    "MAX_PARTS",
    "MAX_TOTAL_BYTES",
    "DocParagraph",
    "DocTable",
    "DocxReadError",
    "body_blocks",
    "check_package",
    "read_docx",
]

log = logging.getLogger(__name__)

#: A submission with its charts is a megabyte or two; these are far above any real one.
MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_PARTS = 2000
MAX_PART_BYTES = 32 * 1024 * 1024  # one part (document.xml, a picture) once expanded
MAX_TOTAL_BYTES = 160 * 1024 * 1024  # the whole package once expanded

_DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003, or a password-protected .docx
_BULLETS = ("\u2022 ", "\u25aa ", "\u25e6 ", "- ", "\u2013 ", "* ")
_HEADING_STYLE = re.compile(r"^(?:heading|titre|überschrift|título|titolo)\s*(\d)$", re.IGNORECASE)


class DocxReadError(Exception):
    """A Word file that cannot be read; `str()` names the file and the problem."""


@dataclass(frozen=True)
class DocParagraph:
    text: str
    style: str  # the paragraph style's name ("Heading 2", "Normal")
    heading: int | None = None  # 1–9 for a heading (by style or outline level), 0 for a title line
    list_item: bool = False
    caption: bool = False


@dataclass(frozen=True)
class DocTable:
    rows: tuple[tuple[str, ...], ...]


Block = DocParagraph | DocTable


# --------------------------------------------------------------------------- the package


def check_package(data: bytes, shown: str) -> None:
    """Refuse what is not a sound, reasonably sized .docx package (DocxReadError)."""
    if len(data) > MAX_FILE_BYTES:
        raise DocxReadError(
            f"{shown}: {len(data):,} bytes, over the limit of {MAX_FILE_BYTES:,} for a Word file"
        )
    if data.startswith(_OLE_MAGIC):
        raise DocxReadError(
            f"{shown}: a Word 97\u20132003 or password-protected document; save it as an ordinary "
            "Word document (.docx) and import that"
        )
    if not data.startswith(b"PK"):
        raise DocxReadError(f"{shown}: not a Word document (.docx)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            if len(members) > MAX_PARTS:
                raise DocxReadError(
                    f"{shown}: the package has {len(members):,} parts, over the limit of {MAX_PARTS:,}"
                )
            total = 0
            for member in members:
                if member.file_size > MAX_PART_BYTES:
                    raise DocxReadError(
                        f"{shown}: its part {member.filename} expands to {member.file_size:,} bytes, "
                        f"over the limit of {MAX_PART_BYTES:,}"
                    )
                total += member.file_size
                if member.flag_bits & 0x1:
                    raise DocxReadError(f"{shown}: the package is encrypted")
            if total > MAX_TOTAL_BYTES:
                raise DocxReadError(
                    f"{shown}: the package expands to {total:,} bytes, over the limit of {MAX_TOTAL_BYTES:,}"
                )
            try:
                content_types = archive.read("[Content_Types].xml")
            except KeyError:
                raise DocxReadError(
                    f"{shown}: not a Word document (no [Content_Types].xml in the package)"
                ) from None
    except zipfile.BadZipFile as exc:
        raise DocxReadError(f"{shown}: a damaged or incomplete Word file ({exc})") from None
    if _DOCX_MAIN.encode() not in content_types:
        raise DocxReadError(
            f"{shown}: not a Word document (.docx); a template, a macro file or another Office file?"
        )


def read_docx(path: Path | str, data: bytes | None = None) -> Document:
    """The Word document at ``path`` (or in ``data``), after `check_package`; DocxReadError if unreadable."""
    import docx

    shown = str(path)
    if data is None:
        try:
            size = Path(path).stat().st_size
            if size > MAX_FILE_BYTES:
                raise DocxReadError(
                    f"{shown}: {size:,} bytes, over the limit of {MAX_FILE_BYTES:,} for a Word file"
                )
            data = Path(path).read_bytes()
        except OSError as exc:
            raise DocxReadError(f"{shown}: cannot read the file ({exc.strerror or exc})") from exc
    check_package(data, shown)
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx and lxml raise many kinds for a bad package
        log.info("%s rejected: %r", shown, exc)
        raise DocxReadError(f"{shown}: a damaged Word file (its parts cannot be read)") from exc


# --------------------------------------------------------------------------- the body


def body_blocks(document: Document) -> list[Block]:
    """The body's paragraphs and tables in reading order (content controls opened)."""
    levels: dict[str, int | None] = {}
    return list(_walk(document, document.element.body, levels))


def _walk(document: Document, container, levels: dict[str, int | None]) -> Iterator[Block]:  # noqa: ANN001
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in container.iterchildren():
        if child.tag == qn("w:p"):
            paragraph = _paragraph(document, Paragraph(child, document), levels)
            if paragraph is not None:
                yield paragraph
        elif child.tag == qn("w:tbl"):
            table = Table(child, document)
            rows = tuple(
                tuple(" ".join(cell.text.split()) for cell in row.cells) for row in table.rows
            )
            yield DocTable(rows)
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _walk(document, content, levels)


def _paragraph(document: Document, paragraph, levels: dict[str, int | None]) -> DocParagraph | None:  # noqa: ANN001
    style = paragraph.style
    name = style.name if style is not None else "Normal"
    if name.casefold().startswith("toc"):
        return None  # a table of contents repeats the headings: not content
    text = " ".join(paragraph.text.replace("\t", " ").split())
    if not text:
        return None
    ppr = paragraph._p.pPr
    heading = _outline_level(ppr)
    if heading is None and style is not None:
        if style.style_id not in levels:
            levels[style.style_id] = _style_level(style)
        heading = levels[style.style_id]
    list_item = (ppr is not None and ppr.numPr is not None) or name.casefold().startswith("list")
    if text.startswith(_BULLETS):
        text, list_item = text[2:].strip(), True
    caption = name.casefold() == "caption"
    return DocParagraph(text, name, heading, list_item and heading is None, caption)


def _outline_level(ppr) -> int | None:  # noqa: ANN001 - a CT_PPr or None
    if ppr is None:
        return None
    level = ppr.find(qn("w:outlineLvl"))
    if level is None:
        return None
    value = int(level.get(qn("w:val"), "9"))
    return value + 1 if value < 9 else None  # 9 is "body text"


def _style_level(style: BaseStyle) -> int | None:
    """A heading level from the style's name or outline level, following "based on" (at most 10 deep)."""
    seen = 0
    while style is not None and seen < 10:
        if style.name in ("Title", "Subtitle"):
            return 0
        match = _HEADING_STYLE.match(style.name or "")
        if match:
            return int(match.group(1))
        level = _outline_level(style.element.pPr)
        if level is not None:
            return level
        style, seen = style.base_style, seen + 1
    return None
