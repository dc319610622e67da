"""A small layer over python-docx: a document started from a template, written in its styles.

Every document ChairDesk writes goes through `DocxBuilder`, so that they all
share one way of handling templates:

- the styles come from a .docx (or .dotx) template: ChairDesk's default in
  resources/templates/, or one the secretariat supplies; the template's body
  text is dropped, its page set-up, headers, footers and styles are kept;
- a template that lacks a style the export uses still works: the style is
  borrowed from ChairDesk's default template (or, for lists, replaced by an
  existing style with the bullet typed in), and a warning names the style, for
  the application and the command line to show;
- a file that is not a Word document is refused with a `ReportError` naming it;
- a document is saved through a temporary file and a rename, so a failure
  never leaves a half-written .docx behind.
"""

from __future__ import annotations

import copy
import io
import logging
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from chairdesk.files import write_atomically
from chairdesk.paths import resource_path
from chairdesk.reports.phrases import phrases

__all__ = [
    "DEFAULT_TEMPLATE_NAME",
    "DocxBuilder",
    "ExportResult",
    "GroupRow",
    "ReportError",
    "default_template",
    "open_template",
    "save_document",
    "write_bytes_atomically",
]

log = logging.getLogger(__name__)

DEFAULT_TEMPLATE_NAME = "chairdesk-default.docx"

#: The paragraph and table styles the documents use. A template should define them all.
USED_STYLES = (
    "Normal", "Title", "Subtitle", "Heading 1", "Heading 2", "Heading 3",
    "List Bullet", "List Number", "Caption", "Table Grid",
)

# Lists get their bullets and numbers from the template's numbering part, which
# a borrowed style cannot bring along; so for them an existing style is used and
# the marker is typed in.
_LIST_FALLBACKS = {"List Bullet": ("List Paragraph",), "List Number": ("List Paragraph",)}

_DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_DOTX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_MACRO_TYPES = ("application/vnd.ms-word.document.macroEnabled.main+xml",
                "application/vnd.ms-word.template.macroEnabledTemplate.main+xml")

_TABLE_TEXT_PT = 9
_HEADER_FILL = "D9E2F3"
_GROUP_FILL = "EEF2F8"


class ReportError(Exception):
    """A document that cannot be made, with a message for people (naming the file at fault)."""


@dataclass
class ExportResult:
    """What an export wrote, and what the person should know about it."""

    path: Path
    warnings: list[str] = field(default_factory=list)  # e.g. a style the template lacks
    notes: list[str] = field(default_factory=list)  # e.g. sections left out for want of text


@dataclass(frozen=True)
class GroupRow:
    """A table row spanning every column: the heading of the rows under it (an output)."""

    text: str


# --------------------------------------------------------------------------- templates


def default_template() -> Path:
    return resource_path("templates", DEFAULT_TEMPLATE_NAME)


def open_template(path: Path | str | None) -> Document:
    """A new document carrying the template's styles and page set-up, with an empty body.

    ``None`` means ChairDesk's default template. A Word template (.dotx) is
    accepted too; anything that is not a Word document raises ReportError.
    """
    source = Path(path) if path is not None else default_template()
    shown = str(source)
    if not source.is_file():
        if path is None:
            raise ReportError(f"{shown}: ChairDesk's default template is missing from this installation")
        raise ReportError(f"{shown}: no such template file")
    try:
        data = source.read_bytes()
    except OSError as exc:
        raise ReportError(f"{shown}: cannot read the template ({exc.strerror})") from exc
    document = _load_docx(data, shown)
    _clear_body(document)
    return document


def _load_docx(data: bytes, shown: str) -> Document:
    not_word = f"{shown}: not a Word document (.docx); choose a .docx or .dotx file as the template"
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ReportError(not_word)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            content_types = archive.read("[Content_Types].xml").decode("utf-8", "replace")
    except (KeyError, zipfile.BadZipFile, OSError):
        raise ReportError(not_word) from None
    if any(kind in content_types for kind in _MACRO_TYPES):
        raise ReportError(
            f"{shown}: a macro-enabled Word file cannot serve as a template; save it as a .docx first"
        )
    if _DOTX_MAIN in content_types:
        data = _as_document_package(data)
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds for a bad package
        log.info("template %s rejected: %r", shown, exc)
        raise ReportError(not_word) from exc


def _as_document_package(data: bytes) -> bytes:
    """A .dotx differs from a .docx only by its main part's content type."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            content = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                content = content.replace(_DOTX_MAIN.encode(), _DOCX_MAIN.encode())
            dst.writestr(item, content)
    return out.getvalue()


def _clear_body(document: Document) -> None:
    # The template's sample text goes; its last section properties (page size,
    # margins, header and footer references) stay.
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


# --------------------------------------------------------------------------- saving


def write_bytes_atomically(target: Path, data: bytes) -> None:
    """Write through a temporary file in the same folder and rename: never a half file."""
    try:
        write_atomically(target, data)
    except OSError as exc:
        raise ReportError(f"{Path(target).expanduser()}: cannot write ({exc.strerror or exc})") from exc


def save_document(document: Document, target: Path) -> None:
    buffer = io.BytesIO()
    document.save(buffer)  # serialise fully before touching the target
    write_bytes_atomically(target, buffer.getvalue())


# --------------------------------------------------------------------------- the builder


class DocxBuilder:
    """Writes one document in a template's styles; collects warnings about the template."""

    def __init__(self, template: Path | str | None = None, *, language: str = "en") -> None:
        # The page furniture's words ("Page 1 of 3", "Table 1.", "Chair: ") follow ``language``.
        self.words = phrases(language)
        self.template = Path(template) if template is not None else None
        self.document = open_template(template)
        self.warnings: list[str] = []
        self._resolved: dict[str, tuple[str | None, bool]] = {}
        self._style_ids: dict[str, str | None] = {}
        self._figures = 0
        self._tables = 0

    # ----------------------------------------------------------------- styles

    @property
    def _template_label(self) -> str:
        return f'"{self.template.name}"' if self.template is not None else "ChairDesk's default template"

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)
            log.warning("%s", message)

    def _has_style(self, name: str) -> bool:
        try:
            self.document.styles[name]
        except KeyError:
            return False
        return True

    def style(self, name: str) -> tuple[str | None, bool]:
        """(style to apply, whether it is a stand-in) for a style the export wants.

        A stand-in paragraph style may need direct formatting to still read as
        what was meant (a bold heading, a typed bullet); None means the
        document's default paragraph style.
        """
        if name in self._resolved:
            return self._resolved[name]
        if self._has_style(name):
            result: tuple[str | None, bool] = (name, False)
        elif name in _LIST_FALLBACKS:
            used = next((s for s in _LIST_FALLBACKS[name] if self._has_style(s)), None)
            self._warn(
                f'The template {self._template_label} has no "{name}" style; '
                f'"{used or "Normal"}" was used instead, with the list markers typed in.'
            )
            result = (used, True)
        elif self._borrow_style(name):
            self._warn(
                f'The template {self._template_label} has no "{name}" style; '
                f"ChairDesk's default \"{name}\" style was used instead."
            )
            result = (name, False)
        else:
            self._warn(
                f'The template {self._template_label} has no "{name}" style; '
                '"Normal" was used instead.'
            )
            result = (None, True)
        self._resolved[name] = result
        return result

    def _borrow_style(self, name: str) -> bool:
        """Copy a style's definition from ChairDesk's default template into the document."""
        try:
            source = docx.Document(str(default_template()))
            wanted = source.styles[name]
        except Exception:  # noqa: BLE001 - a missing default template or style: no stand-in
            return False
        element = copy.deepcopy(wanted.element)
        styles_root = self.document.styles.element
        taken = {s.get(qn("w:styleId")) for s in styles_root.findall(qn("w:style"))}
        style_id = element.get(qn("w:styleId"))
        if style_id in taken:  # the id is used by a differently named style
            suffix = 2
            while f"{style_id}{suffix}" in taken:
                suffix += 1
            element.set(qn("w:styleId"), f"{style_id}{suffix}")
        # References to styles the document lacks would dangle: drop them.
        for tag in ("w:basedOn", "w:next", "w:link"):
            for ref in element.findall(qn(tag)):
                if ref.get(qn("w:val")) not in taken:
                    element.remove(ref)
        styles_root.append(element)
        return True

    def _paragraph_style(self, paragraph: Paragraph, name: str) -> bool:
        used, stand_in = self.style(name)
        if used is not None:
            paragraph._p.style = self._style_id(used)
        return stand_in

    def _style_id(self, name: str) -> str | None:
        """The id a paragraph refers to the style by; None for the default paragraph style.

        ``paragraph.style = ...`` looks the default style up with an XPath query
        on every assignment: a tenth of a big export, for an answer that never changes.
        """
        if name not in self._style_ids:
            style = self.document.styles[name]
            default = self.document.styles.default(style.type)
            self._style_ids[name] = None if default is not None and style == default else style.style_id
        return self._style_ids[name]

    # ----------------------------------------------------------------- blocks

    def title_block(self, title: str, subtitle: Sequence[str] = (), details: Sequence[tuple[str, str]] = ()) -> None:
        """The document's title, its subtitle lines and labelled facts ("Date: ...")."""
        p = self.document.add_paragraph()
        stand_in = self._paragraph_style(p, "Title")
        run = p.add_run(title)
        if stand_in:
            run.bold, run.font.size = True, Pt(18)
        for line in subtitle:
            s = self.document.add_paragraph()
            if self._paragraph_style(s, "Subtitle"):
                s.add_run(line).italic = True
            else:
                s.add_run(line)
        for label, text in details:
            self.labelled(label, text)

    def heading(self, text: str, level: int = 1) -> Paragraph:
        p = self.document.add_paragraph()
        stand_in = self._paragraph_style(p, f"Heading {level}")
        run = p.add_run(text)
        if stand_in:
            run.bold = True
            run.font.size = Pt({1: 14, 2: 12}.get(level, 11))
            p.paragraph_format.keep_with_next = True
        return p

    def paragraph(self, text: str = "", *, italic: bool = False, lead: str = "") -> Paragraph:
        """A Normal paragraph; ``lead`` is a run-in bold phrase before the text."""
        p = self.document.add_paragraph()
        self._paragraph_style(p, "Normal")
        if lead:
            p.add_run(lead).bold = True
        if text:
            p.add_run(text).italic = italic or None
        return p

    def labelled(self, label: str, text: str) -> Paragraph:
        """"Chair: UNICRI", the label in bold, as the seed's annex writes composition."""
        p = self.paragraph(text, lead=self.words.label(label))
        p.paragraph_format.space_after = Pt(2)
        return p

    def _list(self, items: Iterable[str | tuple[str, str]], style_name: str, numbered: bool) -> None:
        restart: int | None = None  # a numbering instance of this list's own, starting at 1
        for number, item in enumerate(items, start=1):
            lead, text = item if isinstance(item, tuple) else ("", item)
            p = self.document.add_paragraph()
            stand_in = self._paragraph_style(p, style_name)
            if numbered and not stand_in:
                if restart is None:
                    restart = self._restarted_numbering(style_name)
                if restart is not None:
                    num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
                    num_pr.get_or_add_ilvl().val = 0
                    num_pr.get_or_add_numId().val = restart
            if stand_in:
                p.add_run(f"{number}. " if numbered else "\u2022 ")
                p.paragraph_format.left_indent = Cm(0.6)
                p.paragraph_format.first_line_indent = Cm(-0.4)
            if lead:
                p.add_run(lead).bold = True
            p.add_run(text)

    def _restarted_numbering(self, style_name: str) -> int | None:
        """A new numbering instance of the style's list that starts again at 1.

        Every "List Number" paragraph shares the style's numbering, so without
        this a second list would go on from the first one's last number.
        """
        style = self.document.styles[style_name]
        ppr = style.element.pPr
        num_pr = ppr.numPr if ppr is not None else None
        if num_pr is None or num_pr.numId is None:
            return None
        try:
            numbering = self.document.part.numbering_part.element
        except (KeyError, NotImplementedError):
            return None
        current = numbering.num_having_numId(num_pr.numId.val)
        num = numbering.add_num(current.abstractNumId.val)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        return num.numId

    def bullets(self, items: Iterable[str | tuple[str, str]]) -> None:
        """A bulleted list; an item may be (bold lead, text)."""
        self._list(items, "List Bullet", numbered=False)

    def numbered(self, items: Iterable[str]) -> None:
        self._list(items, "List Number", numbered=True)

    def text_block(self, text: str) -> None:
        """A person's text: blank lines separate paragraphs; lines starting "- " are bullets."""
        for block in split_blocks(text):
            if isinstance(block, list):
                self.bullets(block)
            else:
                self.paragraph(block)

    def caption(self, text: str) -> Paragraph:
        p = self.document.add_paragraph()
        if self._paragraph_style(p, "Caption"):
            p.add_run(text).italic = True
        else:
            p.add_run(text)
        return p

    def figure_caption(self, text: str) -> None:
        self._figures += 1
        self.caption(f"{self.words.figure} {self._figures}. {text}")

    def table_caption(self, text: str) -> None:
        self._tables += 1
        p = self.caption(f"{self.words.table} {self._tables}. {text}")
        p.paragraph_format.keep_with_next = True

    def picture(self, png: bytes, width_cm: float, caption: str | None = None) -> None:
        """A picture on its own centred line, kept with its caption below it."""
        p = self.document.add_paragraph()
        self._paragraph_style(p, "Normal")
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.keep_with_next = caption is not None
        p.paragraph_format.space_before = Pt(6)
        p.add_run().add_picture(io.BytesIO(png), width=Cm(width_cm))
        if caption:
            self.figure_caption(caption)

    def table(
        self,
        headers: Sequence[str],
        rows: Iterable[Sequence[str] | GroupRow],
        widths_cm: Sequence[float] | None = None,
    ) -> Table:
        """A grid table: a repeated, shaded header row; GroupRow rows span all columns."""
        used, _ = self.style("Table Grid")
        table = self.document.add_table(rows=1, cols=len(headers))
        if used is not None:
            table.style = self.document.styles[used]
        else:
            _set_borders(table)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        header = table.rows[0]
        _mark_header_row(header)
        for cell, text in zip(header.cells, headers):
            _cell_text(cell, text, bold=True)
            _shade(cell, _HEADER_FILL)
        for row in rows:
            cells = table.add_row().cells
            _keep_row_together(table.rows[-1])
            if isinstance(row, GroupRow):
                merged = cells[0].merge(cells[-1])
                _cell_text(merged, row.text, bold=True)
                _shade(merged, _GROUP_FILL)
                continue
            for cell, text in zip(cells, row):
                _cell_text(cell, text)
        if widths_cm is not None:
            _set_widths(table, widths_cm)
        # A little air between the table and what follows.
        spacer = self.document.add_paragraph()
        self._paragraph_style(spacer, "Normal")
        spacer.paragraph_format.space_after = Pt(2)
        return table

    def page_break(self) -> None:
        self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # ----------------------------------------------------------------- page furniture

    def header_footer(self, header_text: str, footer_text: str = "") -> None:
        """Header text on every page, and a footer with "page X of Y" (PAGE/NUMPAGES fields)."""
        for section in self.document.sections:
            header = section.header
            header.is_linked_to_previous = False
            p = _free_paragraph(header)
            _apply_if_present(self.document, p, "Header")
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            run = p.add_run(header_text)
            run.font.size = Pt(8)
            run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)

            footer = section.footer
            footer.is_linked_to_previous = False
            p = _free_paragraph(footer)
            _apply_if_present(self.document, p, "Footer")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            parts: list[tuple[str, str | None]] = []
            if footer_text:
                parts.append((f"{footer_text}  \u00b7  ", None))
            parts += [(self.words.page, None), ("1", "PAGE"), (self.words.page_of, None), ("1", "NUMPAGES")]
            for text, instruction in parts:
                if instruction is None:
                    run = p.add_run(text)
                    run.font.size = Pt(8)
                else:
                    _add_field(p, instruction, text)

    def core_properties(self, title: str, subject: str, author: str) -> None:
        props = self.document.core_properties
        # The package's properties hold 255 characters each (python-docx refuses more); a
        # group named at its full 300 characters still gets its document, the name cut short.
        props.title = _property(title)
        props.subject = _property(subject)
        props.author = _property(author)
        props.last_modified_by = _property(author)
        props.comments = "Drafted with ChairDesk from the working group's records."
        props.keywords = ""
        props.revision = 1

    @property
    def text_width_cm(self) -> float:
        section = self.document.sections[-1]
        if section.page_width is None:
            return 16.0
        width = section.page_width - (section.left_margin or 0) - (section.right_margin or 0)
        return round(width / 360000, 2)  # EMU per cm

    def save(self, target: Path) -> None:
        save_document(self.document, target)


# --------------------------------------------------------------------------- text


def split_blocks(text: str) -> list[str | list[str]]:
    """A person's text as paragraphs (str) and bullet lists (list of str).

    Blank lines separate paragraphs; lines starting with "- ", "* " or "• "
    are list items, and a plain line right after an item continues it; other
    line breaks inside a paragraph are joined with a space.
    """
    blocks: list[str | list[str]] = []
    for chunk in text.replace("\r\n", "\n").split("\n\n"):
        lines: list[str] = []  # the paragraph being read
        items: list[str] | None = None  # the list being read
        for raw in chunk.split("\n"):
            line = raw.strip()
            if not line:
                continue
            if line[:2] in ("- ", "* ", "\u2022 "):
                if lines:
                    blocks.append(" ".join(lines))
                    lines = []
                if items is None:
                    items = []
                    blocks.append(items)
                items.append(line[2:].strip())
            elif items is not None and not lines:
                items[-1] += " " + line
            else:
                lines.append(line)
        if lines:
            blocks.append(" ".join(lines))
    return blocks


# --------------------------------------------------------------------------- low-level XML


def _apply_if_present(document: Document, paragraph: Paragraph, name: str) -> None:
    try:
        paragraph.style = document.styles[name]
    except KeyError:
        pass  # header/footer look is the template's business; no warning


_PROPERTY_MAX = 255


def _property(text: str) -> str:
    return text if len(text) <= _PROPERTY_MAX else text[: _PROPERTY_MAX - 1] + "…"


def _free_paragraph(part) -> Paragraph:  # noqa: ANN001 - a header or footer
    """The part's single empty paragraph, or a new one after the template's own content."""
    paragraphs = part.paragraphs
    if len(paragraphs) == 1 and not paragraphs[0].text.strip() and not paragraphs[0]._p.xpath(".//w:drawing"):
        return paragraphs[0]
    return part.add_paragraph()


def _add_field(paragraph: Paragraph, instruction: str, placeholder: str) -> None:
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), f" {instruction} ")
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), "16")
    rpr.append(size)
    run.append(rpr)
    text = OxmlElement("w:t")
    text.text = placeholder
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _cell_text(cell: _Cell, text: str, *, bold: bool = False) -> None:
    # A cell may hold several lines ("\n"): each becomes a paragraph.
    lines = text.split("\n") if text else [""]
    first = cell.paragraphs[0]
    for index, line in enumerate(lines):
        p = first if index == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(0)
        run = p.add_run(line)
        run.font.size = Pt(_TABLE_TEXT_PT)
        if bold:
            run.bold = True
        elif index > 0:
            run.italic = True  # second lines are notes under the main text


def _shade(cell: _Cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _mark_header_row(row) -> None:  # noqa: ANN001 - a docx table row
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)
    _keep_row_together(row)


def _keep_row_together(row) -> None:  # noqa: ANN001
    tr_pr = row._tr.get_or_add_trPr()
    cant_split = OxmlElement("w:cantSplit")
    cant_split.set(qn("w:val"), "true")
    tr_pr.append(cant_split)


def _set_widths(table: Table, widths_cm: Sequence[float]) -> None:
    # Word reads the cells' widths, LibreOffice the grid's: set both.
    for column, width in zip(table.columns, widths_cm):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm):
            if cell._tc.grid_span == 1:
                cell.width = Cm(width)


def _set_borders(table: Table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "single")
        element.set(qn("w:sz"), "4")
        element.set(qn("w:space"), "0")
        element.set(qn("w:color"), "808080")
        borders.append(element)
    tbl_pr.append(borders)

