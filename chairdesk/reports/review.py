"""The secretariat's Year in Review: every working group's submission compiled into one report.

Laid out as the Compact's "Year in Review 2022" (the seed):

- a title page, then a table of contents: a real TOC field (Word updates it,
  page numbers and all, when the document is opened; LibreOffice when asked),
  already holding the chapter headings so that it reads before any update;
- "Key deliverables in 2022": the Compact-wide sentences computed from every
  group's records ("During the reporting period, the eight Counter-Terrorism
  Compact working groups held 37 meetings (32 regular quarterly meetings and
  five in-focus discussions)."; the groups' other meetings in a sentence of
  their own), "The working group meetings included:" and the topics, each
  once, an item per group as the seed runs them; one Compact-wide chart, the
  meetings per group by kind;
- "Progress in the work of the … working groups": one chapter per group in
  the review's order (`chairdesk.reports.review_data`), each the body of that
  group's submission one heading level down (`submission.render_body`, the
  function the submission itself is made with), under its pillar; a group
  with nothing received for the year is named in a note, never left out
  silently;
- Annex I, the abbreviations of the entities the report names; Annex II, the
  working groups' structure and composition by pillar (the composition
  annex's body, `documents.annex_body`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from chairdesk.reports import report_data as rd
from chairdesk.reports.docx_builder import DocxBuilder, ExportResult, ReportError, save_document
from chairdesk.reports.messages import Message
from chairdesk.reports.review_data import ReviewData, review_data
from chairdesk.reports.review_phrases import ReviewWords, review_words
from chairdesk.reports.submission import CHART_DPI, bars_alt_text, render_body, submission_data

if TYPE_CHECKING:
    from docx.document import Document

__all__ = ["build_review", "meetings_by_group", "write_review"]

Progress = Callable[[int, int, str], None]

_TOC_LEVELS = "1-1"  # the chapters, as the seed's contents list them


def build_review(
    session: Session,
    year: int,
    template: Path | str | None = None,
    *,
    language: str = "en",
    framework: str | None = None,
    today: date | None = None,
    warnings: list[str] | None = None,
    notes: list[str] | None = None,
    progress: Progress | None = None,
) -> Document:
    """The Year in Review for ``year`` as a python-docx Document (not saved).

    ``language`` ("en" or "fr") is that of the fixed wording; ``framework`` what the
    groups belong to ("Counter-Terrorism Compact" by default); ``progress(done, total,
    what)`` hears of each chapter.
    """
    try:
        words = review_words(language)
    except ValueError as exc:
        raise ReportError(str(exc)) from None
    framework = (framework or "").strip() or words.default_framework
    data = review_data(session, year, today=today)
    builder = DocxBuilder(template, language=language)
    title = words.title(year)
    builder.core_properties(title=title, subject=framework, keywords=(framework, str(year)))
    builder.title_block(title, subtitle=words.subtitle(framework, year))
    builder.header_footer(words.header(year))
    contents = _contents_heading(builder, words.contents)

    _key_deliverables(builder, data, words, framework)
    _chapters(session, builder, data, words, framework, today, notes, progress)
    _annexes(session, builder, data, words)
    _table_of_contents(builder, contents)
    if warnings is not None:
        warnings.extend(builder.warnings)
    return builder.document


def write_review(
    session: Session,
    year: int,
    target: Path | str,
    template: Path | str | None = None,
    *,
    language: str = "en",
    framework: str | None = None,
    today: date | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Build the review and save it at ``target`` atomically (never a half-written file)."""
    result = ExportResult(Path(target))
    document = build_review(
        session,
        year,
        template,
        language=language,
        framework=framework,
        today=today,
        warnings=result.warnings,
        notes=result.notes,
        progress=progress,
    )
    save_document(document, result.path)
    return result


# --------------------------------------------------------------------------- key deliverables


def _key_deliverables(
    builder: DocxBuilder, data: ReviewData, words: ReviewWords, framework: str
) -> None:
    _new_page(builder.heading(words.key_deliverables(data.year), 1))
    received = data.received
    if not received:
        builder.paragraph(words.no_submission_yet(data.year))
        return
    builder.paragraph(
        words.meetings_sentence(framework, len(received), not data.missing, data.counted())
    )
    if any(data.others().values()):
        builder.paragraph(words.other_meetings_sentence(len(received), data.others()))
    topics = data.topics()
    if topics:
        builder.paragraph(words.topics_lead_in).paragraph_format.keep_with_next = True
        builder.bullets(words.topic_items(topics))
    if any(data.meeting_counts().values()):
        from chairdesk.reports import charts  # matplotlib only when a document has a chart

        chart = meetings_by_group(data, words)
        width = min(chart.width_inches * 2.54, builder.text_width_cm)
        # The horizontal stacked bars of the activity-status chart, one bar per group here.
        png = charts.chart_png(charts.activity_status_by_output, chart, dpi=CHART_DPI)
        builder.picture(
            png,
            width,
            caption=words.chart_caption(data.year),
            alt_text=bars_alt_text(chart, words.base),
        )


def meetings_by_group(data: ReviewData, words: ReviewWords):  # noqa: ANN201 - a charts.StackedBars
    """The Compact-wide chart's data: one bar per group received, one segment per kind of meeting."""
    from chairdesk.domain.vocabulary import MeetingKind
    from chairdesk.reports.charts import Series, StackedBars

    groups = data.received
    series = tuple(
        Series(
            kind.value,
            words.base.meeting_kind_plural(kind),
            tuple(sum(1 for mt in g.held if mt.kind == kind) for g in groups),
        )
        for kind in MeetingKind
    )
    return StackedBars(
        title="",
        categories=tuple(g.group.acronym for g in groups),
        series=series,
        value_label=words.base.meetings_axis,
        empty_text=words.base.no_meetings_in(data.year),
    )


# --------------------------------------------------------------------------- the chapters


def _chapters(
    session: Session,
    builder: DocxBuilder,
    data: ReviewData,
    words: ReviewWords,
    framework: str,
    today: date | None,
    notes: list[str] | None,
    progress: Progress | None,
) -> None:
    _new_page(builder.heading(words.progress(framework), 1))
    if data.missing:
        builder.paragraph(
            words.not_received(data.year, [g.group for g in data.missing]), italic=True
        )
        if notes is not None:
            notes += [
                Message("not_received", group=g.group.acronym, year=data.year) for g in data.missing
            ]
    pillar = None
    chapters = data.received
    for done, group_year in enumerate(chapters):
        group = group_year.group
        if progress is not None:
            progress(done, len(chapters), rd.group_name(group))
        # Every chapter starts a page, under its pillar's line when the pillar changes.
        if group.pillar != pillar:
            pillar = group.pillar
            banner = builder.paragraph(words.base.pillar_line(pillar), italic=True)
            banner.paragraph_format.keep_with_next = True
            if done:
                _new_page(banner)
            builder.heading(rd.group_name(group, words.base), 1)
        else:
            _new_page(builder.heading(rd.group_name(group, words.base), 1))
        chapter = submission_data(
            session, group.id, data.year, today=today, language=words.language
        )
        chapter_notes: list[str] = []
        render_body(builder, chapter, deeper=1, notes=chapter_notes)
        if notes is not None:
            notes += [
                Message("group_note", group=group.acronym, note=note) for note in chapter_notes
            ]
    if progress is not None:
        progress(len(chapters), len(chapters), "")


# --------------------------------------------------------------------------- the annexes


def _annexes(session: Session, builder: DocxBuilder, data: ReviewData, words: ReviewWords) -> None:
    from chairdesk.reports.documents import annex_body

    body = builder.document.element.body
    composition = _new_page(builder.heading(words.composition_annex(data.year), 1))
    annex_body(builder, session, data.year, [g.group for g in data.groups], words.base, level=2)

    # Annex I comes first but names what Annex II names too: written last, then moved before it.
    names = rd.entity_names(session)
    mentioned = _named(builder.document, names)
    first = len(body) - 1  # the section properties stay last
    _new_page(builder.heading(words.abbreviations_annex, 1))
    rows = [[acronym, names[acronym]] for acronym in sorted(mentioned, key=str.casefold)]
    if rows:
        builder.table(list(words.base.abbreviation_headers), rows, widths_cm=[3.2, 12.8])
    moved = [child for child in list(body)[first:] if child.tag != _SECTION_PROPERTIES]
    for child in moved:
        composition._p.addprevious(child)


_SECTION_PROPERTIES = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}sectPr"


def _new_page(paragraph):  # noqa: ANN001, ANN202 - a Paragraph, returned
    paragraph.paragraph_format.page_break_before = True
    return paragraph


def _named(document: Document, names: dict[str, str]) -> set[str]:
    """The entities whose acronym the document's text names, as a whole word."""
    texts = [p.text for p in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    text = "\n".join(texts)
    return {
        acronym for acronym in names if re.search(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text)
    }


# --------------------------------------------------------------------------- the table of contents


def _contents_heading(builder: DocxBuilder, text: str):  # noqa: ANN202 - the paragraph the TOC follows
    """ "Contents" on a page of its own, in the style Word gives it (left out of the contents itself)."""
    style = builder.style("TOC Heading")  # made from the template's own Heading 1 where it has none
    paragraph = _new_page(builder.document.add_paragraph())
    if style is not None:
        paragraph.style = builder.document.styles[style]
    paragraph.add_run(text)
    return paragraph


def _table_of_contents(builder: DocxBuilder, after) -> None:  # noqa: ANN001 - a Paragraph
    """A TOC field after ``after``, its result already the chapter headings, each a link to its heading.

    Word rebuilds the field, page numbers and all, when it opens the file (the
    field is marked dirty); LibreOffice shows the result as written until the
    index is updated (Tools > Update), so it is written to read well as it is:
    the headings, each a link (to a bookmark on the heading), without the page
    numbers that only a word processor's layout knows.
    """
    document = builder.document
    heading_ids = {s.style_id for s in document.styles if s.type == 1 and s.name == "Heading 1"}
    # By the style id each paragraph names: resolving every paragraph's style object searches the
    # styles part once a paragraph, a fifth of the time a long review took.
    headings = [p for p in document.paragraphs if p._p.style in heading_ids]
    style_id = _toc_style(builder)
    anchor = after._p
    for index, heading in enumerate(headings):
        name = f"_Toc{index + 1:04d}"
        _bookmark(heading._p, name, 1000 + index)
        p = _element("w:p", _element("w:pPr", _element("w:pStyle", val=style_id)))
        if index == 0:
            begin = _element(
                "w:fldChar", fldCharType="begin", dirty="true"
            )  # Word recomputes it on opening
            code = _element("w:instrText", space="preserve")
            code.text = f' TOC \\o "{_TOC_LEVELS}" \\h \\z \\u '
            for child in (begin, code, _element("w:fldChar", fldCharType="separate")):
                p.append(_element("w:r", child))
        text = _element("w:t", space="preserve")
        text.text = heading.text
        p.append(_element("w:hyperlink", _element("w:r", text), anchor=name, history="1"))
        if index == len(headings) - 1:
            p.append(_element("w:r", _element("w:fldChar", fldCharType="end")))
        anchor.addnext(p)
        anchor = p


def _element(tag: str, *children, **attributes: str):  # noqa: ANN001, ANN202 - lxml elements
    """A WordprocessingML element; ``space`` is xml:space, the other attributes are w: ones."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn("xml:space") if name == "space" else qn(f"w:{name}"), value)
    for child in children:
        element.append(child)
    return element


def _bookmark(paragraph, name: str, number: int) -> None:  # noqa: ANN001 - a CT_P
    """A bookmark around the paragraph's text, for the contents to link to."""
    start = _element("w:bookmarkStart", id=str(number), name=name)
    ppr = paragraph.pPr
    if ppr is not None:
        ppr.addnext(start)
    else:
        paragraph.insert(0, start)
    paragraph.append(_element("w:bookmarkEnd", id=str(number)))


def _toc_style(builder: DocxBuilder) -> str:
    """The id of the template's "toc 1" style, made (Word's built-in one) if it has none."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm, Pt

    styles = builder.document.styles
    found = next(
        (
            s
            for s in styles
            if s.type == WD_STYLE_TYPE.PARAGRAPH and (s.name or "").casefold() == "toc 1"
        ),
        None,
    )
    if found is not None:
        return found.style_id
    style = styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH)
    style.style_id = "TOC1"
    style.base_style = styles["Normal"]
    style.next_paragraph_style = styles["Normal"]
    style.paragraph_format.space_after = Pt(5)
    style.paragraph_format.tab_stops.add_tab_stop(
        Cm(builder.text_width_cm), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
    )
    return style.style_id
