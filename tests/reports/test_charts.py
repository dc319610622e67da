"""Charts are Figures built from plain data: the right bars, labels and styles; PNG; no pyplot."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import textwrap
from dataclasses import replace
from datetime import date
from xml.sax.saxutils import unescape

import matplotlib
import pytest
from matplotlib.container import BarContainer
from matplotlib.figure import Figure

from chairdesk.domain.rotations import ChairTerm
from chairdesk.reports.charts import (
    STYLES,
    Series,
    StackedBars,
    activity_status_by_output,
    chart_png,
    figure_png,
    meetings_per_quarter,
)
from chairdesk.reports.timelines import RotationTimeline, rotation_timeline

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _status_data() -> StackedBars:
    return StackedBars(
        title="Activity status by output, 2021–2022 work plan",
        categories=("A: Task 1", "B: Task 2", "C: Task 3"),
        series=(
            Series("completed", "Completed", (2, 2, 1)),
            Series("in_progress", "In progress", (1, 1, 1)),
            Series("delayed", "Delayed", (0, 0, 1)),
            Series("not_started", "Not started", (0, 0, 0)),  # nobody: left out of the chart
        ),
        value_label="Activities",
    )


def _meetings_data() -> StackedBars:
    quarters = tuple(f"Q{q} {y}" for y in (2021, 2022) for q in range(1, 5))
    return StackedBars(
        title="Meetings per quarter, 2021–2022",
        categories=quarters,
        series=(
            Series("regular", "Regular quarterly meeting", (0, 0, 0, 0, 1, 1, 1, 1)),
            Series("in_focus", "In-focus discussion", (0, 0, 0, 0, 0, 0, 0, 1)),
            Series("briefing", "Briefing", (0, 0, 0, 0, 0, 0, 0, 0)),
        ),
        value_label="Meetings",
    )


def _bars(fig: Figure) -> dict[str, BarContainer]:
    (ax,) = fig.axes
    return {c.get_label(): c for c in ax.containers if isinstance(c, BarContainer)}


def test_activity_status_by_output_stacks_one_segment_per_status() -> None:
    fig = activity_status_by_output(_status_data())
    assert isinstance(fig, Figure)
    bars = _bars(fig)
    assert list(bars) == ["Completed", "In progress", "Delayed"]
    # Horizontal bars: a segment's size is its width, and each starts where the previous ended.
    assert [p.get_width() for p in bars["Completed"]] == [2, 2, 1]
    assert [p.get_width() for p in bars["In progress"]] == [1, 1, 1]
    assert [p.get_x() for p in bars["In progress"]] == [2, 2, 1]
    assert [p.get_x() for p in bars["Delayed"]] == [3, 3, 2]
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["A: Task 1", "B: Task 2", "C: Task 3"]
    assert ax.yaxis_inverted()  # the first output on top, as in the work plan
    assert fig.get_suptitle() == "Activity status by output, 2021–2022 work plan"
    assert ax.get_xlabel() == "Activities"
    legend = fig.legends[0]
    assert [t.get_text() for t in legend.get_texts()] == ["Completed", "In progress", "Delayed"]


def test_meetings_per_quarter_stacks_kinds_per_quarter() -> None:
    fig = meetings_per_quarter(_meetings_data())
    bars = _bars(fig)
    assert list(bars) == ["Regular quarterly meeting", "In-focus discussion"]
    assert [p.get_height() for p in bars["Regular quarterly meeting"]] == [0, 0, 0, 0, 1, 1, 1, 1]
    assert [p.get_height() for p in bars["In-focus discussion"]] == [0, 0, 0, 0, 0, 0, 0, 1]
    assert [p.get_y() for p in bars["In-focus discussion"]][
        -1
    ] == 1  # on top of Q4's regular meeting
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_xticklabels()] == [
        f"Q{q}\n{y}" for y in (2021, 2022) for q in range(1, 5)
    ]
    assert ax.get_ylabel() == "Meetings"
    # The counts are written on the segments (zeros left blank).
    labels = [t.get_text() for t in ax.texts]
    assert labels.count("1") == 5 and "0" not in labels


def test_every_series_has_a_colour_blind_safe_colour_and_its_own_hatch() -> None:
    fig = activity_status_by_output(_status_data())
    seen = set()
    for key, container in zip(("completed", "in_progress", "delayed"), _bars(fig).values()):
        colour, hatch = STYLES[key]
        patch = container.patches[0]
        assert patch.get_hatch() in (hatch or None, hatch)
        assert patch.get_facecolor()[:3] == pytest.approx(
            tuple(int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)), abs=1e-3
        )
        seen.add((colour, hatch))
    assert len(seen) == 3
    hatches = [
        h
        for k, (_, h) in STYLES.items()
        if k in ("completed", "in_progress", "delayed", "not_started", "cancelled")
    ]
    assert len(set(hatches)) == 5  # the statuses tell apart in black and white too


def test_an_empty_chart_says_so_instead_of_drawing_nothing() -> None:
    data = StackedBars(
        "Meetings per quarter, 2023",
        ("Q1 2023",),
        (Series("regular", "Regular", (0,)),),
        empty_text="No meetings in 2023.",
    )
    fig = meetings_per_quarter(data)
    assert [t.get_text() for t in fig.axes[0].texts] == ["No meetings in 2023."]
    assert not _bars(fig)


def test_bad_data_is_refused() -> None:
    with pytest.raises(ValueError, match="2 values for 3 categories"):
        StackedBars("t", ("a", "b", "c"), (Series("x", "X", (1, 2)),))
    with pytest.raises(ValueError, match="negative"):
        StackedBars("t", ("a",), (Series("x", "X", (-1,)),))


def test_png_at_a_fixed_resolution() -> None:
    fig = activity_status_by_output(_status_data())
    low, high = figure_png(fig, dpi=50), figure_png(fig)
    assert low.startswith(PNG_SIGNATURE) and high.startswith(PNG_SIGNATURE)
    width = int.from_bytes(high[16:20], "big")  # the IHDR chunk's width
    assert width == pytest.approx(fig.get_figwidth() * 200, abs=2)
    assert int.from_bytes(low[16:20], "big") == pytest.approx(fig.get_figwidth() * 50, abs=2)


def test_charts_never_import_pyplot() -> None:
    code = textwrap.dedent(
        """
        import sys
        from chairdesk.reports import charts
        d = charts.StackedBars("t", ("a",), (charts.Series("completed", "Completed", (1,)),))
        charts.figure_png(charts.activity_status_by_output(d))
        charts.figure_png(charts.meetings_per_quarter(d))
        print("matplotlib.pyplot" in sys.modules)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_a_chart_is_drawn_once_per_distinct_data() -> None:
    drawn: list[StackedBars] = []

    def draw(data: StackedBars) -> Figure:
        drawn.append(data)
        return meetings_per_quarter(data)

    data = _meetings_data()
    first = chart_png(draw, data, dpi=40)
    assert chart_png(draw, _meetings_data(), dpi=40) == first  # equal data, built again: no drawing
    assert len(drawn) == 1
    one_more = replace(
        data, series=(Series("regular", "Regular quarterly meeting", (1, 0, 0, 0, 1, 1, 1, 1)),)
    )
    changed = chart_png(draw, one_more, dpi=40)
    assert (
        len(drawn) == 2
        and changed != first
        and changed == figure_png(meetings_per_quarter(one_more), dpi=40)
    )
    chart_png(draw, data, dpi=50)  # another resolution is another picture
    assert len(drawn) == 3


def test_a_review_of_forty_groups_exported_again_draws_nothing() -> None:
    """The Year in Review draws about six charts a group: its second export finds every one kept."""
    drawn: list[tuple] = []

    def draw(data: tuple) -> Figure:
        drawn.append(data)
        return Figure(figsize=(0.5, 0.5))

    charts = range(40 * 6 + 1)  # forty chapters and the Compact-wide chart
    first = [chart_png(draw, ("review", n), dpi=10) for n in charts]
    again = [chart_png(draw, ("review", n), dpi=10) for n in charts]
    assert again == first and len(drawn) == len(charts)


def _svg_texts(fig: Figure) -> list[str]:
    """The texts the chart writes, as an SVG with live text shows them."""
    buffer = io.StringIO()
    with matplotlib.rc_context({"svg.fonttype": "none"}):
        fig.savefig(buffer, format="svg")
    return [unescape(t) for t in re.findall(r"<text[^>]*>([^<]*)</text>", buffer.getvalue())]


def test_what_people_wrote_is_shown_as_written_even_with_dollar_signs() -> None:
    # matplotlib reads text between two dollar signs as a formula: an output's title
    # lost its dollars and changed fonts, and a backslash in it failed the whole export.
    data = replace(
        _status_data(), categories=("A. Raise $5m and $2m", r"B. Budget $ \frac and $", "C. Task 3")
    )
    fig = activity_status_by_output(data)
    assert figure_png(fig).startswith(PNG_SIGNATURE)
    texts = _svg_texts(fig)
    assert {"A. Raise $5m and $2m", r"B. Budget $ \frac and $"} <= set(texts), texts

    terms = (
        ChairTerm("US$ fund", date(2022, 1, 1), date(2022, 12, 31)),
        ChairTerm("$UNOCT$", date(2023, 1, 1), date(2023, 6, 30)),
    )
    timeline = rotation_timeline(
        RotationTimeline("Chairs, $2022$", terms, date(2022, 1, 1), date(2023, 12, 31))
    )
    assert {"US$ fund", "$UNOCT$", "Chairs, $2022$"} <= set(_svg_texts(timeline))
