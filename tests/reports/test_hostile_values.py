"""Values a file or another laptop may bring, valid but unusual, go into every document as written.

Found by the import fuzz test (tests/test_import_fuzz.py): two dollar signs in an output's
code or title made matplotlib read the chart label as a formula, and a malformed one
(`$\\frac{$`) failed the whole submission; a working group named at its column's full 300
characters made python-docx refuse the document's title property (255 at most).
"""

from __future__ import annotations

import copy
import json

import docx

from chairdesk.reports.charts import Series, StackedBars, activity_status_by_output, figure_png
from chairdesk.reports.submission import write_submission
from chairdesk.store.interchange import import_workspace, parse_workspace
from chairdesk.store.queries import group_by_acronym

FORMULA = "$\\frac{$"


def test_dollar_signs_in_a_chart_label_are_drawn_as_written() -> None:
    data = StackedBars(
        title="Activity status by output, $2021$–2022",
        categories=(f"$O$: {FORMULA}", "B: costs in $ and €, $5 or $6"),
        series=(Series("completed", "Completed", (1, 2)),),
        value_label="Activities",
    )
    fig = activity_status_by_output(data)
    png = figure_png(fig)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == list(data.categories)
    assert not any(t.get_parse_math() for t in fig.axes[0].get_yticklabels())


def test_a_submission_carries_full_length_names_and_formulas_as_written(
    workspace, small_doc, tmp_path
) -> None:
    doc = copy.deepcopy(small_doc)
    name = "Working Group on " + "Emerging Threats and Critical Infrastructure Protection " * 5
    name = name[:300]
    doc["working_groups"][0]["name"] = name
    output = doc["work_plans"][0]["outputs"][0]
    output["code"], output["title"] = "$O$", FORMULA
    with workspace.transaction() as session:
        import_workspace(session, parse_workspace(json.dumps(doc).encode()))
    target = tmp_path / "submission.docx"
    with workspace.read() as session:
        write_submission(session, group_by_acronym(session, "ETCIP").id, 2022, target)

    written = docx.Document(str(target))
    title = written.core_properties.title
    assert len(title) == 255 and title.endswith("…") and title.startswith(name[:200])
    text = "\n".join(p.text for p in written.paragraphs)
    text += "\n".join(
        cell.text for table in written.tables for row in table.rows for cell in row.cells
    )
    assert name in text
    assert FORMULA in text and "$O$" in text
