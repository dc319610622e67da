"""A small layer over python-docx: a document started from a template, written in its styles.

Every document ChairDesk writes goes through `DocxBuilder`, so that they all
share one way of handling templates, and an editor can publish them unchanged:

- the styles come from a .docx (or .dotx) template: ChairDesk's default in
  resources/templates/, or one the secretariat supplies; the template's body
  text is dropped, its page set-up, headers, footers and styles are kept;
- a template that lacks a style the export uses still works: the style is
  made from the template's own styles (a missing "Heading 3" from its
  "Heading 2", a missing "Caption" from its "Normal"), so the document never
  mixes ChairDesk's look with the template's, and a warning names the style;
- a template with a header or footer of its own keeps it (ChairDesk's running
  head is added only where the template has none); one whose header sits at
  the very edge of the page has it moved to where printers reach;
- a file that is not a Word document, or one that would unpack to more than
  `MAX_UNPACKED_BYTES` (a "zip bomb"), is refused with a `ReportError`
  naming it, before anything is unpacked;
- the document's properties are its own: created and modified now (UTC), the
  author ChairDesk (`AUTHOR`: the same for every document), the language
  (en-GB or fr-FR) in the core properties, on the default run properties and
  on every paragraph and character style; app.xml names ChairDesk and its
  version, with no page or word counts a reader could take for true, and the
  template's thumbnail is dropped;
- every text goes through `chairdesk.domain.typography.tie` (no-break spaces
  in dates and percentages, en dashes in ranges of years);
- captions are numbered by SEQ fields ("Figure 1", "Table 1"), so that Word
  and LibreOffice can build a list of figures; every picture has alternative
  text (its title and description in wp:docPr);
- tables have no empty paragraph after them, columns at least as wide as
  their longest word, and group rows kept with the rows under them;
- a document is saved through a temporary file and a rename, so a failure
  never leaves a half-written .docx behind.
"""

from __future__ import annotations

import contextlib
import io
import logging
import re
import unicodedata
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import escape
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.parts.numbering import NumberingPart
from docx.shared import Cm, Emu, Pt, RGBColor
from docx.styles import BabelFish
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from lxml import etree

from chairdesk import __version__
from chairdesk.domain.typography import tie
from chairdesk.files import write_atomically
from chairdesk.paths import resource_path
from chairdesk.reports.messages import Message
from chairdesk.reports.phrases import phrases

__all__ = [
    "AUTHOR",
    "DEFAULT_TEMPLATE_NAME",
    "LANGUAGE_TAGS",
    "MAX_UNPACKED_BYTES",
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

#: The author of every document: the program that drafted it from the records. Whoever
#: edits it in Word afterwards becomes its "last modified by".
AUTHOR = "ChairDesk"

#: The language tag a document's text is marked with, by document language.
LANGUAGE_TAGS = {"en": "en-GB", "fr": "fr-FR"}

#: The paragraph and table styles the documents use. A template should define them all.
USED_STYLES = (
    "Normal",
    "Title",
    "Subtitle",
    "Heading 1",
    "Heading 2",
    "Heading 3",
    "List Bullet",
    "List Number",
    "Caption",
    "Table Grid",
)

#: A template is refused if its parts would unpack to more than this: a real one with its
#: logos is a few megabytes, and python-docx holds every part in memory.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
_MAX_TEMPLATE_FILE = 100 * 1024 * 1024
_MAX_PARTS = 5000

_DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_DOTX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_MACRO_TYPES = (
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)

_TABLE_TEXT_PT = 9
_HEADER_FILL = "D9E2F3"
_GROUP_FILL = "EEF2F8"
_DEFAULT_CELL_MARGIN_CM = 0.19  # Word's "Table Normal": 108 twips left and right
_SPACE_AFTER_TABLE = Pt(9)
#: A header or footer nearer the page's edge than this is cut off by most printers.
_MIN_EDGE_CM = 0.8
_EDGE_CM = 1.25
_EMU_PER_CM = 360000


class ReportError(Exception):
    """A document that cannot be made, with a message for people (naming the file at fault).

    Built from a `Message`, it can be worded again in the language of whoever reads it.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def worded(self, language: str = "en") -> str:
        message = self.message
        return message.worded(language) if isinstance(message, Message) else str(message)


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
            raise ReportError(Message("default_template_missing", path=shown))
        raise ReportError(Message("template_missing", path=shown))
    try:
        size = source.stat().st_size
        if size > _MAX_TEMPLATE_FILE:
            raise ReportError(
                Message(
                    "template_too_large",
                    path=shown,
                    size=size // 2**20,
                    limit=_MAX_TEMPLATE_FILE // 2**20,
                )
            )
        data = source.read_bytes()
    except OSError as exc:
        raise ReportError(
            Message("template_unreadable", path=shown, reason=exc.strerror or exc)
        ) from exc
    document = _load_docx(data, shown)
    _clear_body(document)
    return document


def _load_docx(data: bytes, shown: str) -> Document:
    not_word = Message("not_word", path=shown)
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ReportError(not_word)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            _check_unpacked_size(archive, shown)
            content_types = archive.read("[Content_Types].xml").decode("utf-8", "replace")
    except (KeyError, zipfile.BadZipFile, OSError, EOFError):
        raise ReportError(not_word) from None
    if any(kind in content_types for kind in _MACRO_TYPES):
        raise ReportError(Message("macro_template", path=shown))
    try:
        if _DOTX_MAIN in content_types:
            data = _as_document_package(data)
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - python-docx raises many kinds for a bad package
        log.info("template %s rejected: %r", shown, exc)
        raise ReportError(not_word) from exc


def _check_unpacked_size(archive: zipfile.ZipFile, shown: str) -> None:
    """Refuse a package whose parts would unpack to too much, before unpacking any.

    The sizes are those the archive declares; zipfile never inflates a part
    beyond its declared size (a part that lies fails its CRC instead), so they bound the
    memory an opening can take.
    """
    entries = archive.infolist()
    if len(entries) > _MAX_PARTS:
        raise ReportError(Message("not_word", path=shown))
    unpacked = sum(entry.file_size for entry in entries)
    if unpacked > MAX_UNPACKED_BYTES:
        raise ReportError(
            Message(
                "template_too_large",
                path=shown,
                size=unpacked // 2**20,
                limit=MAX_UNPACKED_BYTES // 2**20,
            )
        )


def _as_document_package(data: bytes) -> bytes:
    """A .dotx differs from a .docx only by its main part's content type."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst,
    ):
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
        raise ReportError(
            Message("cannot_write", path=Path(target).expanduser(), reason=exc.strerror or exc)
        ) from exc


def save_document(document: Document, target: Path) -> None:
    buffer = io.BytesIO()
    document.save(buffer)  # serialise fully before touching the target
    write_bytes_atomically(target, buffer.getvalue())


# --------------------------------------------------------------------------- the builder


_EXTENDED_PROPERTIES_NS = (
    "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
)


def _company(app_xml: bytes) -> str:
    """The company a template's app properties name, or "" (a template is untrusted: its part
    may be no XML at all, or hold what a document cannot; then it names no company)."""
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False
    )
    try:
        root = etree.fromstring(app_xml, parser)
    except etree.XMLSyntaxError:
        return ""
    found = root.find(f"{{{_EXTENDED_PROPERTIES_NS}}}Company")
    return (found.text or "").strip() if found is not None else ""


class DocxBuilder:
    """Writes one document in a template's styles; collects warnings about the template."""

    def __init__(self, template: Path | str | None = None, *, language: str = "en") -> None:
        # The page furniture's words ("Page 1 of 3", "Table 1.", "Chair: ") follow ``language``.
        self.words = phrases(language)
        self.language = language
        self.template = Path(template) if template is not None else None
        self.document = open_template(template)
        self.warnings: list[str] = []
        self._resolved: dict[str, str | None] = {}
        self._style_ids: dict[str, str | None] = {}
        self._figures = 0
        self._tables = 0
        self._after_table = False
        self._set_language(LANGUAGE_TAGS.get(language, language))
        self._extended_properties()
        self._drop_thumbnail()
        self._page_edges()

    # ----------------------------------------------------------------- styles

    @property
    def _template_label(self) -> str:
        return (
            f'"{self.template.name}"'
            if self.template is not None
            else "ChairDesk's default template"
        )

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)
            # The log file only: the application and the command line show the warnings
            # themselves (a WARNING here would reach the terminal a second time).
            log.info("%s", message)

    def _style_element(self, name: str):  # noqa: ANN202 - a CT_Style or None
        try:
            return self.document.styles[name].element
        except KeyError:
            return None

    def style(self, name: str) -> str | None:
        """The style to apply for a style the export wants (None: the default paragraph style).

        A style the template lacks is made from the template's own (see `_make_style`).
        """
        if name not in self._resolved:
            if self._style_element(name) is None:
                base = self._make_style(name)
                self._warn(
                    Message("style_made", template=self._template_label, style=name, base=base)
                )
            self._resolved[name] = name
        return self._resolved[name]

    def _make_style(self, name: str) -> str:
        """Add the style ``name``, based on the template's nearest style; returns that style's name."""
        if name == "Table Grid":
            base = "Normal Table" if self._style_element("Normal Table") is not None else ""
            self._add_style(name, WD_STYLE_TYPE.TABLE, base, _TABLE_GRID_XML)
            return base or "Normal"
        if name == "TOC Heading":
            # Word's own is a Heading 1 left out of the contents (outline level 9).
            base = "Heading 1" if self._style_element("Heading 1") is not None else "Normal"
            extra = '<w:pPr><w:outlineLvl w:val="9"/></w:pPr>'
            if base == "Normal":
                extra += f'<w:rPr><w:b/><w:bCs/><w:sz w:val="{round((self._size_pt("Normal") + 4) * 2)}"/></w:rPr>'
            self._add_style(name, WD_STYLE_TYPE.PARAGRAPH, base, extra)
            return base
        if name.startswith("Heading "):
            level = int(name.split()[1])
            levels = [n for n in range(1, 10) if self._style_element(f"Heading {n}") is not None]
            above = [n for n in levels if n < level]
            if above:
                nearest = max(above)
                base = f"Heading {nearest}"
                size = max(self._size_pt(base) - 1.5 * (level - nearest), self._size_pt("Normal"))
                extra = f'<w:rPr><w:sz w:val="{round(size * 2)}"/><w:szCs w:val="{round(size * 2)}"/></w:rPr>'
            elif levels:
                base = f"Heading {min(levels)}"
                extra = ""
            else:
                base = "Normal"
                size = self._size_pt("Normal") + {1: 4, 2: 2}.get(level, 0)
                half_points = round(size * 2)
                extra = (
                    f'<w:rPr><w:b/><w:bCs/><w:sz w:val="{half_points}"/>'
                    f'<w:szCs w:val="{half_points}"/></w:rPr>'
                )
            ppr = (
                f'<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="{240 if level == 1 else 160}" '
                f'w:after="80"/><w:outlineLvl w:val="{level - 1}"/></w:pPr>'
            )
            self._add_style(name, WD_STYLE_TYPE.PARAGRAPH, base, ppr + extra)
            return base
        size = self._size_pt("Normal")
        made = {
            "Title": (
                '<w:pPr><w:spacing w:before="0" w:after="120"/></w:pPr>'
                f'<w:rPr><w:b/><w:bCs/><w:sz w:val="{round((size + 7) * 2)}"/></w:rPr>'
            ),
            "Subtitle": '<w:pPr><w:spacing w:before="0" w:after="40"/></w:pPr><w:rPr><w:i/><w:iCs/></w:rPr>',
            "Caption": (
                '<w:pPr><w:spacing w:before="60" w:after="200"/></w:pPr>'
                f'<w:rPr><w:i/><w:iCs/><w:sz w:val="{round(max(size - 2, 8) * 2)}"/></w:rPr>'
            ),
        }
        if name in ("List Bullet", "List Number"):
            num_id = self._new_list(numbered=name == "List Number")
            ppr = (
                f'<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num_id}"/></w:numPr>'
                '<w:spacing w:after="60"/><w:ind w:left="357" w:hanging="357"/></w:pPr>'
            )
            self._add_style(name, WD_STYLE_TYPE.PARAGRAPH, "Normal", ppr)
            return "Normal"
        self._add_style(name, WD_STYLE_TYPE.PARAGRAPH, "Normal", made.get(name, ""))
        return "Normal"

    def _add_style(self, name: str, kind: WD_STYLE_TYPE, base: str, inner_xml: str) -> None:
        kind_attr = {WD_STYLE_TYPE.TABLE: "table", WD_STYLE_TYPE.PARAGRAPH: "paragraph"}[kind]
        styles_root = self.document.styles.element
        taken = {s.get(qn("w:styleId")) for s in styles_root.findall(qn("w:style"))}
        style_id = re.sub(r"[^A-Za-z0-9]", "", name) or "Style"
        while style_id in taken:
            style_id += "X"
        based_on = ""
        if base and (element := self._style_element(base)) is not None:
            based_on = f'<w:basedOn w:val="{element.get(qn("w:styleId"))}"/>'
        next_style = ""
        if (
            kind == WD_STYLE_TYPE.PARAGRAPH
            and (normal := self._style_element("Normal")) is not None
        ):
            next_style = f'<w:next w:val="{normal.get(qn("w:styleId"))}"/>'
        # Built-in styles go by their internal names in styles.xml ("heading 2" for "Heading 2").
        styles_root.append(
            parse_xml(
                f'<w:style {nsdecls("w")} w:type="{kind_attr}" w:styleId="{style_id}">'
                f'<w:name w:val="{escape(BabelFish.ui2internal(name))}"/>{based_on}{next_style}<w:qFormat/>'
                f"{inner_xml}</w:style>"
            )
        )
        self._tag_style_language(styles_root[-1])

    def _size_pt(self, name: str) -> float:
        """A paragraph style's font size, following its basedOn chain, then the document default."""
        seen: set[str] = set()
        element = self._style_element(name)
        by_id = {
            s.get(qn("w:styleId")): s for s in self.document.styles.element.findall(qn("w:style"))
        }
        while element is not None and element.get(qn("w:styleId")) not in seen:
            seen.add(element.get(qn("w:styleId")))
            size = element.find(f"{qn('w:rPr')}/{qn('w:sz')}")
            if size is not None and size.get(qn("w:val"), "").isdigit():
                return int(size.get(qn("w:val"))) / 2
            based = element.find(qn("w:basedOn"))
            element = by_id.get(based.get(qn("w:val"))) if based is not None else None
        default = self.document.styles.element.find(
            f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}/{qn('w:sz')}"
        )
        if default is not None and default.get(qn("w:val"), "").isdigit():
            return int(default.get(qn("w:val"))) / 2
        return 10.0  # the OOXML default

    def _numbering(self):  # noqa: ANN202 - the CT_Numbering of the document
        part = self.document.part
        try:
            return part.part_related_by(RT.NUMBERING).element
        except KeyError:
            numbering = NumberingPart(
                PackURI("/word/numbering.xml"),
                CT.WML_NUMBERING,
                parse_xml(f"<w:numbering {nsdecls('w')}/>"),
                part.package,
            )
            part.relate_to(numbering, RT.NUMBERING)
            return numbering.element

    def _new_list(self, *, numbered: bool) -> int:
        """A list definition of the document's own (bullet or "1."), in the body's font; its numId."""
        numbering = self._numbering()
        abstract_ids = [int(a) for a in numbering.xpath("./w:abstractNum/@w:abstractNumId")]
        abstract_id = max(abstract_ids, default=-1) + 1
        fmt, text = ("decimal", "%1.") if numbered else ("bullet", "\u2022")
        abstract = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
            '<w:multiLevelType w:val="singleLevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="357" w:hanging="357"/></w:pPr></w:lvl>'
            "</w:abstractNum>"
        )
        # Every abstractNum comes before the first num in the numbering part.
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            numbering.append(abstract)
        return numbering.add_num(abstract_id).numId

    def _paragraph_style(self, paragraph: Paragraph, name: str) -> None:
        used = self.style(name)
        if used is not None:
            paragraph._p.style = self._style_id(used)

    def _style_id(self, name: str) -> str | None:
        """The id a paragraph refers to the style by; None for the default paragraph style.

        ``paragraph.style = ...`` looks the default style up with an XPath query
        on every assignment: a tenth of a big export, for an answer that never changes.
        """
        if name not in self._style_ids:
            style = self.document.styles[name]
            default = self.document.styles.default(style.type)
            self._style_ids[name] = (
                None if default is not None and style == default else style.style_id
            )
        return self._style_ids[name]

    # ----------------------------------------------------------------- language and properties

    def _set_language(self, tag: str) -> None:
        """Mark the text as ``tag``: the run defaults, every paragraph and character style, settings."""
        self.language_tag = tag
        styles = self.document.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        if defaults is None:
            defaults = OxmlElement("w:docDefaults")
            styles.insert(0, defaults)
        rpr_default = defaults.find(qn("w:rPrDefault"))
        if rpr_default is None:
            rpr_default = OxmlElement("w:rPrDefault")
            defaults.insert(0, rpr_default)
        rpr = rpr_default.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            rpr_default.append(rpr)
        _set_lang(rpr, tag)
        for style in styles.findall(qn("w:style")):
            self._tag_style_language(style)
        settings = self.document.settings.element
        theme_lang = settings.find(qn("w:themeFontLang"))
        if theme_lang is None:
            theme_lang = OxmlElement("w:themeFontLang")
            _insert_in_order(settings, theme_lang, _SETTINGS_AFTER_THEME_FONT_LANG)
        theme_lang.set(qn("w:val"), tag)

    def _tag_style_language(self, style) -> None:  # noqa: ANN001 - a w:style element
        if style.get(qn("w:type")) not in ("paragraph", "character"):
            return
        rpr = style.find(qn("w:rPr"))
        if rpr is None:
            rpr = OxmlElement("w:rPr")
            _insert_in_order(style, rpr, ("w:tblPr", "w:trPr", "w:tcPr", "w:tblStylePr"))
        _set_lang(rpr, self.language_tag)

    def _extended_properties(self) -> None:
        """app.xml as it is true of this document: ChairDesk made it; no counts Word would compute."""
        package = self.document.part.package
        company = ""
        try:
            old = package.part_related_by(RT.EXTENDED_PROPERTIES)
        except KeyError:
            old = None
        if old is not None:
            company = _company(old.blob)
            package.rels.pop(
                next(r for r, rel in package.rels.items() if rel.reltype == RT.EXTENDED_PROPERTIES)
            )
        template = self.template.name if self.template is not None else DEFAULT_TEMPLATE_NAME
        company_xml = f"<Company>{escape(company)}</Company>" if company else ""
        xml = (
            "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            f'<Properties xmlns="{_EXTENDED_PROPERTIES_NS}" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f"<Template>{escape(template)}</Template>"
            f"<Application>ChairDesk/{escape(__version__)}</Application>"
            "<DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>"
            f"{company_xml}<LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc>"
            "<HyperlinksChanged>false</HyperlinksChanged>"
            "</Properties>"
        )
        part = Part(
            PackURI("/docProps/app.xml"), CT.OFC_EXTENDED_PROPERTIES, xml.encode("utf-8"), package
        )
        package.relate_to(part, RT.EXTENDED_PROPERTIES)

    def _drop_thumbnail(self) -> None:
        # The template's preview picture shows the template, not this document.
        rels = self.document.part.package.rels
        for r_id in [r for r, rel in rels.items() if rel.reltype == RT.THUMBNAIL]:
            rels.pop(r_id)

    def _page_edges(self) -> None:
        for section in self.document.sections:
            for attribute in ("header_distance", "footer_distance"):
                distance = getattr(section, attribute)
                if distance is None or distance < Cm(_MIN_EDGE_CM):
                    shown = f"{(distance or 0) / _EMU_PER_CM:.1f}".rstrip("0").rstrip(".")
                    setattr(section, attribute, Cm(_EDGE_CM))
                    self._warn(
                        Message(
                            "header_distance",
                            template=self._template_label,
                            distance=shown,
                            placed=f"{_EDGE_CM:g}",
                        )
                    )

    def core_properties(self, title: str, subject: str, keywords: Sequence[str] = ()) -> None:
        """Title, subject and keywords; the rest is the same for every document (see the module)."""
        props = self.document.core_properties
        now = datetime.now(UTC).replace(microsecond=0, tzinfo=None)
        # The package's properties hold 255 characters each (python-docx refuses more); a
        # group named at its full 300 characters still gets its document, the name cut short.
        props.title = _property(title)
        props.subject = _property(subject)
        props.author = AUTHOR
        props.last_modified_by = AUTHOR
        props.comments = self.words.drafted_with
        props.keywords = _property("; ".join(keywords))
        props.category = ""
        props.content_status = ""
        props.identifier = ""
        props.version = ""
        props.language = self.language_tag
        props.revision = 1
        props.created = now
        props.modified = now
        printed = props._element.find(qn("cp:lastPrinted"))
        if printed is not None:
            props._element.remove(printed)

    # ----------------------------------------------------------------- text

    def _run(self, paragraph: Paragraph, text: str):  # noqa: ANN202 - a docx Run
        return paragraph.add_run(tie(text, self.language))

    def _new_paragraph(self) -> Paragraph:
        p = self.document.add_paragraph()
        if self._after_table:
            # The air after a table, without an empty paragraph an editor would delete.
            p.paragraph_format.space_before = _SPACE_AFTER_TABLE
            self._after_table = False
        return p

    # ----------------------------------------------------------------- blocks

    def title_block(
        self,
        title: str,
        subtitle: Sequence[str] = (),
        details: Sequence[tuple[str, str]] = (),
        *,
        label: str = "",
    ) -> None:
        """The document's title (after its ``label``, "Annex II"), subtitle lines and labelled facts."""
        p = self._new_paragraph()
        self._paragraph_style(p, "Title")
        if label:
            self._run(p, label).add_break()
        self._run(p, title)
        for line in subtitle:
            s = self._new_paragraph()
            self._paragraph_style(s, "Subtitle")
            self._run(s, line)
        for label_text, text in details:
            self.labelled(label_text, text)

    def heading(self, text: str, level: int = 1) -> Paragraph:
        p = self._new_paragraph()
        self._paragraph_style(p, f"Heading {level}")
        self._run(p, text)
        return p

    def paragraph(self, text: str = "", *, italic: bool = False, lead: str = "") -> Paragraph:
        """A Normal paragraph; ``lead`` is a run-in bold phrase before the text."""
        p = self._new_paragraph()
        self._paragraph_style(p, "Normal")
        if lead:
            self._run(p, lead).bold = True
        if text:
            self._run(p, text).italic = italic or None
        return p

    def labelled(self, label: str, text: str) -> Paragraph:
        """ "Chair: UNICRI", the label in bold, as the seed's annex writes composition."""
        p = self.paragraph(text, lead=self.words.label(label))
        p.paragraph_format.space_after = Pt(2)
        return p

    def _list(
        self, items: Iterable[str | tuple[str, str]], style_name: str, numbered: bool
    ) -> None:
        restart: int | None = None  # a numbering instance of this list's own, starting at 1
        for item in items:
            lead, text = item if isinstance(item, tuple) else ("", item)
            p = self._new_paragraph()
            self._paragraph_style(p, style_name)
            if numbered:
                if restart is None:
                    restart = self._restarted_numbering(style_name)
                if restart is not None:
                    num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
                    num_pr.get_or_add_ilvl().val = 0
                    num_pr.get_or_add_numId().val = restart
            if lead:
                self._run(p, lead).bold = True
            self._run(p, text)

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
            numbering = self.document.part.part_related_by(RT.NUMBERING).element
        except KeyError:
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

    def _caption(self, label: str, number: int, text: str) -> Paragraph:
        """ "Figure 3. text": the number a SEQ field, so that a list of figures can be built."""
        p = self._new_paragraph()
        self._paragraph_style(p, "Caption")
        self._run(p, f"{label} ")
        _add_field(p, f"SEQ {label} \\* ARABIC", str(number), complex_field=True)
        self._run(p, f". {text}")
        return p

    def figure_caption(self, text: str) -> Paragraph:
        self._figures += 1
        return self._caption(self.words.figure, self._figures, text)

    def table_caption(self, text: str) -> Paragraph:
        self._tables += 1
        p = self._caption(self.words.table, self._tables, text)
        p.paragraph_format.keep_with_next = True
        return p

    @property
    def text_height_cm(self) -> float:
        section = self.document.sections[-1]
        if section.page_height is None:
            return 24.0
        height = section.page_height - (section.top_margin or 0) - (section.bottom_margin or 0)
        return round(height / _EMU_PER_CM, 2)

    @property
    def max_figure_height_cm(self) -> float:
        """The tallest a figure may be: a third of the text's height.

        A figure cannot break across pages; one that does not fit below the
        text goes to the next page and leaves a blank, which stays under a
        third of a page this way. A chart that would be taller is drawn in parts.
        """
        return round(self.text_height_cm / 3, 2)

    def picture(
        self, png: bytes, width_cm: float, caption: str | None = None, *, alt_text: str = ""
    ) -> None:
        """A picture on its own centred line, kept with its caption below it.

        Its alternative text (read aloud by screen readers) is the caption as its
        title and ``alt_text`` (what the picture shows) as its description. A
        picture taller than `max_figure_height_cm` is scaled down to it.
        """
        p = self._new_paragraph()
        self._paragraph_style(p, "Normal")
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.keep_with_next = caption is not None
        p.paragraph_format.space_before = Pt(6)
        shape = p.add_run().add_picture(io.BytesIO(png), width=Cm(width_cm))
        limit = Cm(self.max_figure_height_cm)
        if shape.height > limit:
            shape.width = Emu(int(shape.width * limit / shape.height))
            shape.height = Emu(limit)
        number = self._figures + 1 if caption else None
        doc_pr = shape._inline.docPr
        doc_pr.set("name", f"{self.words.figure} {number}" if number else f"{self.words.figure}")
        doc_pr.set("title", caption or alt_text)
        doc_pr.set("descr", alt_text or caption or "")
        if caption:
            self.figure_caption(caption)

    def table(
        self,
        headers: Sequence[str],
        rows: Iterable[Sequence[str] | GroupRow],
        widths_cm: Sequence[float] | None = None,
    ) -> Table:
        """A grid table: a repeated, shaded header row; GroupRow rows span all columns.

        ``widths_cm`` are the columns' proportions; the table takes the text's
        width at most, and each column at least its longest word's (see `fit_widths`).
        """
        rows = list(rows)
        if self._tables_adjacent():
            # Two tables with nothing between them would run together in Word.
            self._new_paragraph().paragraph_format.space_after = Pt(0)
        used = self.style("Table Grid")
        table = self.document.add_table(rows=1, cols=len(headers))
        if used is not None:
            table.style = self.document.styles[used]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        header = table.rows[0]
        _mark_header_row(header)
        for cell, text in zip(header.cells, headers):
            self._cell_text(cell, text, bold=True)
            _shade(cell, _HEADER_FILL)
        for row in rows:
            cells = table.add_row().cells
            _keep_row_together(table.rows[-1])
            if isinstance(row, GroupRow):
                merged = cells[0].merge(cells[-1])
                self._cell_text(merged, row.text, bold=True)
                _shade(merged, _GROUP_FILL)
                # A group's heading row is never left alone at the foot of a page.
                for p in merged.paragraphs:
                    p.paragraph_format.keep_with_next = True
                continue
            for cell, text in zip(cells, row):
                self._cell_text(cell, text)
        columns: list[list[tuple[str, bool]]] = [[(h, True)] for h in headers]
        for row in rows:
            if not isinstance(row, GroupRow):
                for index, text in enumerate(row):
                    columns[index].append((tie(text, self.language, whole_dates=True), False))
        widths = fit_widths(columns, widths_cm, self.text_width_cm, self._cell_margin_cm(used))
        _set_widths(table, widths)
        self._after_table = True
        return table

    def _tables_adjacent(self) -> bool:
        body = self.document.element.body
        blocks = [c for c in body if c.tag != qn("w:sectPr")]
        return bool(blocks) and blocks[-1].tag == qn("w:tbl")

    def _cell_margin_cm(self, style_name: str | None) -> float:
        element = self._style_element(style_name) if style_name else None
        margins = (
            element.find(f"{qn('w:tblPr')}/{qn('w:tblCellMar')}") if element is not None else None
        )
        if margins is None:
            return _DEFAULT_CELL_MARGIN_CM
        widths = []
        for side in ("left", "right", "start", "end"):
            m = margins.find(qn(f"w:{side}"))
            if m is not None and m.get(qn("w:w"), "").isdigit():
                widths.append(int(m.get(qn("w:w"))) / 567)  # twips per cm
        return max(widths, default=_DEFAULT_CELL_MARGIN_CM)

    def _cell_text(self, cell: _Cell, text: str, *, bold: bool = False) -> None:
        # A cell may hold several lines ("\n"): each becomes a paragraph.
        lines = text.split("\n") if text else [""]
        first = cell.paragraphs[0]
        for index, line in enumerate(lines):
            p = first if index == 0 else cell.add_paragraph()
            p.paragraph_format.space_after = Pt(0)
            p.paragraph_format.space_before = Pt(0)
            run = p.add_run(tie(line, self.language, whole_dates=True))
            run.font.size = Pt(_TABLE_TEXT_PT)
            if bold:
                run.bold = True
            elif index > 0:
                run.italic = True  # second lines are notes under the main text

    # ----------------------------------------------------------------- page furniture

    def header_footer(self, header_text: str, footer_text: str = "") -> None:
        """Header text on every page, and a footer with "page X of Y" (PAGE/NUMPAGES fields).

        A template's own header or footer (the secretariat's logo, its running
        head) is kept as it is: ChairDesk's goes only where the template has none.
        """
        for section in self.document.sections:
            header = section.header
            if not _has_content(header):
                header.is_linked_to_previous = False
                p = _free_paragraph(header)
                _apply_if_present(self.document, p, "Header")
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                run = self._run(p, header_text)
                run.font.size = Pt(8)
                run.font.color.rgb = RGBColor(0x59, 0x59, 0x59)

            footer = section.footer
            if _has_content(footer):
                continue
            footer.is_linked_to_previous = False
            p = _free_paragraph(footer)
            _apply_if_present(self.document, p, "Footer")
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            parts: list[tuple[str, str | None]] = []
            if footer_text:
                parts.append((f"{footer_text}  \u00b7  ", None))
            parts += [
                (self.words.page, None),
                ("1", "PAGE"),
                (self.words.page_of, None),
                ("1", "NUMPAGES"),
            ]
            for text, instruction in parts:
                if instruction is None:
                    self._run(p, text).font.size = Pt(8)
                else:
                    _add_field(p, instruction, text)

    @property
    def text_width_cm(self) -> float:
        section = self.document.sections[-1]
        if section.page_width is None:
            return 16.0
        width = section.page_width - (section.left_margin or 0) - (section.right_margin or 0)
        return round(width / _EMU_PER_CM, 2)

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


# --------------------------------------------------------------------------- column widths

# Helvetica's advance widths (thousandths of an em) for " " to "~", from Adobe's AFM files
# (as matplotlib ships them): the width of Arial, wider than Times or Calibri. Georgia,
# Verdana and DejaVu (LibreOffice's stand-in for a missing font) run up to a fifth wider:
# `_WIDE_FONTS` makes room for them, so a word fits whatever the template's font.
_HELVETICA = tuple(
    int(w)
    for w in (
        "278 278 355 556 556 889 667 222 333 333 389 584 278 333 278 278 556 556 556 556 556 "
        "556 556 556 556 556 278 278 584 584 584 556 1015 667 667 722 722 667 611 778 722 278 "
        "500 667 556 833 722 778 667 778 722 667 611 722 667 944 667 667 611 278 278 278 469 "
        "556 222 556 556 500 556 556 278 556 556 222 222 500 222 833 556 556 556 556 333 500 "
        "278 556 500 722 500 500 500 334 260 334 584"
    ).split()
)
_HELVETICA_BOLD = tuple(
    int(w)
    for w in (
        "278 333 474 556 556 889 722 278 333 333 389 584 278 333 278 278 556 556 556 556 556 "
        "556 556 556 556 556 333 333 584 584 584 611 975 722 722 722 722 667 611 778 722 278 "
        "556 722 611 833 722 778 667 778 722 667 611 722 667 944 667 667 611 333 278 333 584 "
        "556 278 556 611 556 611 556 333 611 611 278 278 556 278 889 611 611 611 611 389 556 "
        "333 611 556 778 556 556 500 389 280 389 584"
    ).split()
)
_PT_PER_CM = 72 / 2.54
_WIDE_FONTS = 1.25
# Where a line may break inside a cell: at spaces, and after a hyphen or a dash. A no-break
# space does not count: "31 December" stays one unit.
_BREAKS = re.compile(r"[ \t\n]+|(?<=[-\u2013\u2014/])")


def text_width_cm(text: str, *, bold: bool = False, size_pt: float = _TABLE_TEXT_PT) -> float:
    """An upper estimate of the printed width of one line of ``text``."""
    widths = _HELVETICA_BOLD if bold else _HELVETICA
    total = 0
    for char in text:
        code = ord(char)
        if code == 0xA0:
            code = 32
        elif not 32 <= code <= 126:
            base = unicodedata.normalize("NFKD", char)[:1]
            code = (
                ord(base)
                if base and 32 <= ord(base) <= 126
                else ord("m" if char.isupper() else "n")
            )
        total += widths[code - 32]
    return total / 1000 * size_pt / _PT_PER_CM


def fit_widths(
    columns: Sequence[Sequence[tuple[str, bool]]],
    proportions: Sequence[float] | None,
    available_cm: float,
    cell_margin_cm: float = _DEFAULT_CELL_MARGIN_CM,
) -> list[float]:
    """Column widths: in the given proportions within ``available_cm``, each column at least as
    wide as the longest word in it (a word never breaks inside: "Cod/e", "INTERPO/L").

    ``columns`` holds each column's texts with whether they are bold. A column
    that must grow takes the room from the columns with room to spare.
    """
    count = len(columns)
    wanted = list(proportions) if proportions else [1.0] * count
    total = sum(wanted) or 1.0
    scale = available_cm / total if (total > available_cm or not proportions) else 1.0
    widths = [w * scale for w in wanted]
    padding = 2 * cell_margin_cm + 0.05
    least = []
    for texts in columns:
        longest = 0.0
        for text, bold in texts:
            for word in _BREAKS.split(text or ""):
                if word:
                    longest = max(longest, text_width_cm(word, bold=bold))
        least.append(longest * _WIDE_FONTS + padding)
    room = max(available_cm, sum(widths))
    if sum(least) >= room:
        return [room * m / sum(least) for m in least]
    for _ in range(count):
        short = [i for i in range(count) if widths[i] < least[i] - 1e-6]
        if not short:
            break
        needed = sum(least[i] - widths[i] for i in short)
        for i in short:
            widths[i] = least[i]
        spare = {
            i: widths[i] - least[i] for i in range(count) if i not in short and widths[i] > least[i]
        }
        slack = sum(spare.values())
        if slack <= 0:
            break
        take = min(needed, slack)
        for i, extra in spare.items():
            widths[i] -= take * extra / slack
    return [round(w, 3) for w in widths]


# --------------------------------------------------------------------------- low-level XML


_TABLE_GRID_XML = (
    '<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
    "<w:tblPr><w:tblBorders>"
    + "".join(
        f'<w:{edge} w:val="single" w:sz="4" w:space="0" w:color="808080"/>'
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    + '</w:tblBorders><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
    "</w:tblCellMar></w:tblPr>"
)

# The children of w:settings that come after w:themeFontLang, in the schema's order.
_SETTINGS_AFTER_THEME_FONT_LANG = (
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "w:schemaLibrary",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
)
# The children of w:rPr that come after w:lang, in the schema's order.
_RPR_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")


def _insert_in_order(parent, child, later: Sequence[str]) -> None:  # noqa: ANN001 - lxml elements
    """Insert ``child`` before the first of ``later`` found in ``parent`` (the schema's order)."""
    for tag in later:
        found = parent.find(qn(tag))
        if found is not None:
            found.addprevious(child)
            return
    parent.append(child)


def _set_lang(rpr, tag: str) -> None:  # noqa: ANN001 - a w:rPr element
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        _insert_in_order(rpr, lang, _RPR_AFTER_LANG)
    lang.set(qn("w:val"), tag)


def _has_content(part) -> bool:  # noqa: ANN001 - a header or footer
    """Whether a header or footer has anything of its own: text, a picture or a field."""
    if part.is_linked_to_previous:
        return False
    element = part._element
    return bool(
        "".join(element.itertext()).strip()
        or element.xpath(".//w:drawing | .//w:pict | .//w:fldSimple | .//w:fldChar | .//w:tbl")
    )


def _apply_if_present(document: Document, paragraph: Paragraph, name: str) -> None:
    # The header's and footer's look is the template's business: no warning.
    with contextlib.suppress(KeyError):
        paragraph.style = document.styles[name]


_PROPERTY_MAX = 255


def _property(text: str) -> str:
    return text if len(text) <= _PROPERTY_MAX else text[: _PROPERTY_MAX - 1] + "…"


def _free_paragraph(part) -> Paragraph:  # noqa: ANN001 - a header or footer
    """The part's single empty paragraph, or a new one."""
    paragraphs = part.paragraphs
    if len(paragraphs) == 1 and not paragraphs[0].text.strip():
        return paragraphs[0]
    return part.add_paragraph()


def _field_run(text: str | None = None, *, size: str | None = "16"):  # noqa: ANN202 - a w:r
    run = OxmlElement("w:r")
    if size is not None:
        rpr = OxmlElement("w:rPr")
        sz = OxmlElement("w:sz")
        sz.set(qn("w:val"), size)
        rpr.append(sz)
        run.append(rpr)
    if text is not None:
        t = OxmlElement("w:t")
        t.text = text
        run.append(t)
    return run


def _add_field(
    paragraph: Paragraph, instruction: str, placeholder: str, *, complex_field: bool = False
) -> None:
    """A field whose current result is ``placeholder``; Word and LibreOffice compute it.

    A complex field (begin, instruction, separate, result, end) for captions:
    it takes the caption's own formatting and is what Word writes for SEQ.
    """
    if not complex_field:
        simple = OxmlElement("w:fldSimple")
        simple.set(qn("w:instr"), f" {instruction} ")
        simple.append(_field_run(placeholder))
        paragraph._p.append(simple)
        return
    for kind in ("begin", "instr", "separate", "result", "end"):
        run = _field_run(size=None)
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = f" {instruction} "
            run.append(instr)
        elif kind == "result":
            t = OxmlElement("w:t")
            t.text = placeholder
            run.append(t)
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run.append(char)
        paragraph._p.append(run)


def _shade(cell: _Cell, fill: str) -> None:
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _mark_header_row(row) -> None:  # noqa: ANN001 - a docx table row
    tr_pr = row._tr.get_or_add_trPr()
    _keep_row_together(row)
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)
    for cell in row.cells:
        for p in cell.paragraphs:
            p.paragraph_format.keep_with_next = True


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
