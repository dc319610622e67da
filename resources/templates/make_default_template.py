"""Write ChairDesk's default Word template, chairdesk-default.docx, next to this script.

Run it after changing the look (the .docx is committed; a test checks that it
defines every style the documents use):

    python resources/templates/make_default_template.py

The look follows United Nations documents: A4, Times New Roman for the text,
Arial for headings and tables, UN blue for titles, British English
proofing. A secretariat that wants another look supplies its own .docx; only
the style names below matter to ChairDesk.
"""

from __future__ import annotations

import sys
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

HERE = Path(__file__).resolve().parent
TARGET = HERE / "chairdesk-default.docx"

BODY_FONT = "Times New Roman"
HEADING_FONT = "Arial"
UN_BLUE = RGBColor(0x00, 0x9E, 0xDB)
DARK_BLUE = RGBColor(0x1A, 0x3E, 0x6F)  # headings: UN blue darkened to read well in print
GREY = RGBColor(0x59, 0x59, 0x59)
LANGUAGE = "en-GB"


def _fonts(style, name: str) -> None:  # noqa: ANN001 - a docx style
    """Set a style's font for every script, removing the theme fonts that would override it."""
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attribute), None)
    for attribute in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attribute), name)


def _colour(style, rgb: RGBColor) -> None:  # noqa: ANN001
    style.font.color.rgb = rgb
    color = style.element.rPr.find(qn("w:color"))
    for attribute in ("w:themeColor", "w:themeShade", "w:themeTint"):
        color.attrib.pop(qn(attribute), None)


def _language(document) -> None:  # noqa: ANN001
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), LANGUAGE)
    lang.set(qn("w:eastAsia"), "zh-CN")
    lang.set(qn("w:bidi"), "ar-SA")


def _drop(style, container: str, tag: str) -> None:  # noqa: ANN001
    parent = style.element.find(qn(container))
    if parent is not None:
        for child in parent.findall(qn(tag)):
            parent.remove(child)


def _paragraph(style, *, before: float, after: float, line: float | None = None) -> None:  # noqa: ANN001
    fmt = style.paragraph_format
    fmt.space_before = Pt(before)
    fmt.space_after = Pt(after)
    if line is not None:
        fmt.line_spacing_rule = WD_LINE_SPACING.MULTIPLE
        fmt.line_spacing = line


def _no_border(style) -> None:  # noqa: ANN001
    ppr = style.element.get_or_add_pPr()
    border = ppr.find(qn("w:pBdr"))
    if border is not None:
        ppr.remove(border)


def _bottom_rule(style, hex_colour: str) -> None:  # noqa: ANN001
    _no_border(style)
    ppr = style.element.get_or_add_pPr()
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "12"), ("w:space", "6"), ("w:color", hex_colour)):
        bottom.set(qn(key), value)
    border.append(bottom)
    # pBdr must come before spacing in a pPr's schema order
    ppr.insert(0, border)
    keep = ppr.find(qn("w:keepNext"))
    if keep is not None:
        ppr.remove(keep)
        ppr.insert(0, keep)


def _complex_script_sizes(document) -> None:  # noqa: ANN001
    # Arabic and other complex scripts take their size from szCs: keep it equal to sz.
    for style in document.styles.element.findall(qn("w:style")):
        rpr = style.find(qn("w:rPr"))
        size = rpr.find(qn("w:sz")) if rpr is not None else None
        if size is None:
            continue
        cs = rpr.find(qn("w:szCs"))
        if cs is None:
            cs = OxmlElement("w:szCs")
            size.addnext(cs)
        cs.set(qn("w:val"), size.get(qn("w:val")))


def build() -> docx.Document:
    document = docx.Document()
    styles = document.styles
    _language(document)

    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.3)
    section.header_distance = section.footer_distance = Cm(1.2)

    normal = styles["Normal"]
    _fonts(normal, BODY_FONT)
    normal.font.size = Pt(11)
    _paragraph(normal, before=0, after=6, line=1.1)

    title = styles["Title"]
    _fonts(title, HEADING_FONT)
    title.font.size = Pt(20)
    title.font.bold = True
    _colour(title, UN_BLUE)
    _paragraph(title, before=0, after=4, line=1.0)
    _bottom_rule(title, "009EDB")
    _drop(title, "w:rPr", "w:spacing")  # no letter spacing

    subtitle = styles["Subtitle"]
    _fonts(subtitle, HEADING_FONT)
    subtitle.font.size = Pt(11)
    subtitle.font.italic = False
    _colour(subtitle, GREY)
    _paragraph(subtitle, before=2, after=2, line=1.0)
    _drop(subtitle, "w:rPr", "w:spacing")
    _drop(subtitle, "w:rPr", "w:iCs")
    _drop(subtitle, "w:pPr", "w:numPr")  # Word's default: a list level without a list

    for level, size, before, after in ((1, 14, 18, 6), (2, 12, 12, 4), (3, 11, 10, 3)):
        heading = styles[f"Heading {level}"]
        _fonts(heading, HEADING_FONT)
        heading.font.size = Pt(size)
        heading.font.bold = True
        heading.font.italic = level == 3
        _colour(heading, DARK_BLUE)
        _paragraph(heading, before=before, after=after, line=1.0)
        heading.paragraph_format.keep_with_next = True

    for name in ("List Bullet", "List Number"):
        listed = styles[name]
        _paragraph(listed, before=0, after=3, line=1.1)

    caption = styles["Caption"]
    _fonts(caption, HEADING_FONT)
    caption.font.size = Pt(9)
    caption.font.bold = False
    caption.font.italic = True
    _colour(caption, GREY)
    _paragraph(caption, before=3, after=10, line=1.0)

    for name in ("Header", "Footer"):
        furniture = styles[name]
        _fonts(furniture, HEADING_FONT)
        furniture.font.size = Pt(8)
        _colour(furniture, GREY)

    grid = styles["Table Grid"]
    assert grid.type == WD_STYLE_TYPE.TABLE
    _fonts(grid, HEADING_FONT)

    _complex_script_sizes(document)
    props = document.core_properties
    props.title = "ChairDesk default template"
    props.author = "ChairDesk"
    props.last_modified_by = "ChairDesk"
    props.comments = "Styles used by ChairDesk's Word documents."
    return document


def main() -> int:
    build().save(str(TARGET))
    print(f"Wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
