"""The Reports view's preview: the whole submission as it will read, in the document's language.

Shown from the drafted sections the shell reads (`show_submission`); the chosen section is scrolled
into sight (`scroll_to`). The position is kept when the text is drafted again.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from typing import Any

from chairdesk.gui.forms import load_form
from chairdesk.gui.qt import QTextBrowser, QVBoxLayout, QWidget
from chairdesk.reports import submission as sub
from chairdesk.reports.docx_builder import split_blocks
from chairdesk.reports.phrases import phrases
from chairdesk.reports.report_data import group_name


class PreviewPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = load_form("reports_preview.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self.browser: QTextBrowser = self.form.findChild(QTextBrowser, "previewBrowser")

    def show_submission(
        self, data: sub.SubmissionData | None, drafts: Sequence[sub.SectionDraft]
    ) -> None:
        """Show the submission `drafts` drafted from `data` (nothing: no group, or none such)."""
        if data is None or not drafts:
            self.browser.setHtml("")
            return
        parts = [
            f"<h1>{_h(group_name(data.group, data.words))}</h1>",
            f"<p><i>{_h(self.tr('Annual submission for {year}').format(year=data.year))}</i></p>",
        ]
        for draft in drafts:
            self._section(draft, data.year, parts)
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        self.browser.setHtml("".join(parts))
        bar.setValue(position)

    def scroll_to(self, key: str) -> None:
        self.browser.scrollToAnchor(key)

    def _section(self, draft: sub.SectionDraft, year: int, parts: list[str]) -> None:
        tag = "h2" if draft.level == 1 else "h3"
        anchor = f"<a name='{draft.key}'></a>"
        if not draft.has_content:
            left_out = self.tr(
                "(left out of the document: nothing recorded for {year} yet)"
            ).format(year=year)
            parts.append(
                f"{anchor}<{tag} style='color:#808080'>{_h(draft.heading)}</{tag}>"
                f"<p style='color:#808080'><i>{_h(left_out)}</i></p>"
            )
            return
        figure = self.tr("Figure")
        parts.append(f"{anchor}<{tag}>{_h(draft.heading)}</{tag}>")
        charts_last = bool(draft.narrative)
        parts.append(
            _blocks_html(
                [b for b in draft.facts if not (charts_last and isinstance(b, sub.Chart))], figure
            )
        )
        if draft.narrative:
            parts.append(_narrative_html(draft.narrative))
            parts.append(_blocks_html([b for b in draft.facts if isinstance(b, sub.Chart)], figure))
        elif draft.suggestions:
            parts.append(_blocks_html(draft.suggestions, figure))
        for child in draft.children:
            self._section(child, year, parts)


def _h(text: str) -> str:
    return html.escape(text, quote=False)


def _blocks_html(blocks: Sequence[Any], as_of_label: str) -> str:
    out = []
    for block in blocks:
        if isinstance(block, sub.Para):
            out.append(f"<p>{_h(block.text)}</p>")
        elif isinstance(block, sub.Labelled):
            out.append(f"<p><b>{_h(block.label)}:</b> {_h(block.text)}</p>")
        elif isinstance(block, sub.ItemList):
            if block.lead_in:
                out.append(f"<p>{_h(block.lead_in)}</p>")
            items = "".join(f"<li><b>{_h(lead)}</b>{_h(text)}</li>" for lead, text in block.items)
            out.append(f"<ul>{items}</ul>")
        elif isinstance(block, sub.ActivityTable):
            out.append(_activity_table_html(block))
        elif isinstance(block, sub.Chart):
            out.append(f"<p align='center'><i>[{_h(as_of_label)}: {_h(block.caption)}]</i></p>")
    return "".join(out)


def _activity_table_html(block: sub.ActivityTable) -> str:
    # The document's own words (its language), as the export will write them.
    words = phrases(block.language)
    head = "".join(f"<th align='left'>{_h(c)}</th>" for c in words.activity_headers)
    rows = []
    for output in block.plan.outputs:
        rows.append(
            "<tr><td colspan='5'>"
            f"<b>{_h(words.output_row(output.code, output.title))}</b></td></tr>"
        )
        for activity in output.activities:
            cells = "".join(
                f"<td>{_h(c)}</td>" for c in sub.activity_row(activity, block.as_of, block.language)
            )
            rows.append(f"<tr>{cells}</tr>")
    return (
        f"<p><i>{_h(words.activity_table_caption(block.plan.period_label))}</i></p>"
        "<table border='1' cellspacing='0' cellpadding='3' width='100%'>"
        f"<tr>{head}</tr>{''.join(rows)}</table>"
    )


def _narrative_html(text: str) -> str:
    out = []
    for block in split_blocks(text):
        if isinstance(block, list):
            out.append("<ul>" + "".join(f"<li>{_h(item)}</li>" for item in block) + "</ul>")
        else:
            out.append(f"<p>{_h(block)}</p>")
    return "".join(out)
