"""Charts of a working group's work, as matplotlib Figures built from plain data.

The same function draws the chart the application shows and the one the Word
submission carries (as PNG, `figure_png`). Only the object-oriented Figure API
is used, never pyplot: pyplot keeps global state and picks a GUI backend,
neither of which a desktop application or a report writer wants.

Colours come from `chairdesk.reports.palette`: one colour per meaning in
every figure (a status, a kind of meeting), each series with its own hatching
so that the chart still reads when printed in black and white. Titles and
labels arrive already written (and translated) by the caller, and are wrapped,
never cut short; `bars_height` says how tall a chart will be drawn.
"""

from __future__ import annotations

import functools
import io
import textwrap
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass

import matplotlib
from matplotlib.figure import Figure

# Every text in a chart is someone's words (an output's title, an entity, a label), never a
# formula: matplotlib would read "$5m ... $2m" as mathematics, dropping the dollars, and fail the
# export on a backslash between two of them. Set once, so that the text a Qt canvas lays out
# again on a resize is read the same way. (Mathtext's fonts are left out of the frozen build.)
matplotlib.rcParams["text.parse_math"] = False

from chairdesk.reports.palette import OKABE_ITO, STYLES, series_style  # noqa: E402 - after the setting

__all__ = [
    "OKABE_ITO",
    "STYLES",
    "Series",
    "StackedBars",
    "activity_status_by_output",
    "bars_height",
    "chart_png",
    "figure_png",
    "meetings_per_quarter",
]

_EDGE = "#333333"
_LABEL_LINE = 0.135  # inches: a line of an 8-point label


@dataclass(frozen=True)
class Series:
    """One segment of every bar: `values[i]` belongs to the i-th category."""

    key: str  # stable name (a status or meeting kind value): picks colour and hatch
    label: str  # the legend's text
    values: tuple[int, ...]


@dataclass(frozen=True)
class StackedBars:
    """Bars (one per category) stacked from several series."""

    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    value_label: str = ""  # the count axis' label
    empty_text: str = ""  # shown instead of bars when every value is zero
    width_inches: float = 6.5  # the report's text width
    height_inches: float | None = None  # None: from the number of bars

    def __post_init__(self) -> None:
        for s in self.series:
            if len(s.values) != len(self.categories):
                raise ValueError(
                    f"series {s.key!r} has {len(s.values)} values for {len(self.categories)} categories"
                )
            if any(v < 0 for v in s.values):
                raise ValueError(f"series {s.key!r} has a negative count")

    def total(self, index: int) -> int:
        return sum(s.values[index] for s in self.series)

    @property
    def is_empty(self) -> bool:
        return not any(any(s.values) for s in self.series)


def _style(key: str, index: int) -> tuple[str, str]:
    return series_style(key, index)


def _wrap(label: str, width: int) -> str:
    """The label on as many lines of ``width`` characters as it needs (never cut short)."""
    return "\n".join(textwrap.wrap(label, width, break_long_words=False)) or label


_STATUS_LABEL_CHARS = 42


def bars_height(data: StackedBars) -> float:
    """The height in inches `activity_status_by_output` draws ``data`` at (unless it is given):
    the axis and the legend, then a bar per category, as tall as its wrapped label needs."""
    if data.height_inches:
        return data.height_inches
    pitch = [
        max(0.4, _LABEL_LINE * (_wrap(c, _STATUS_LABEL_CHARS).count("\n") + 1) + 0.14)
        for c in data.categories
    ]
    return 1.25 + (sum(pitch) if pitch else 0.4)


def _figure(data: StackedBars, height: float) -> Figure:
    fig = Figure(figsize=(data.width_inches, data.height_inches or height), layout="constrained")
    fig.patch.set_facecolor("white")
    return fig


def _empty(fig: Figure, data: StackedBars) -> Figure:
    ax = fig.add_subplot()
    _title(fig, data)
    ax.set_axis_off()
    ax.text(
        0.5, 0.5, data.empty_text, ha="center", va="center", transform=ax.transAxes, color="#555555"
    )
    return fig


def _title(fig: Figure, data: StackedBars) -> None:
    # A figure title, not an axes title: it starts at the figure's left edge, so
    # long tick labels on the left never push it out of the picture.
    fig.suptitle(data.title, x=0.01, ha="left", fontsize=11)


def _label_segments(ax, container, values: Sequence[int]) -> None:  # noqa: ANN001
    # Counts written on the bars make the chart exact in black and white too.
    ax.bar_label(
        container,
        labels=[str(v) if v else "" for v in values],
        label_type="center",
        fontsize=8,
        bbox={
            "boxstyle": "round,pad=0.15",
            "facecolor": "white",
            "edgecolor": "none",
            "alpha": 0.85,
        },
    )


def _legend(fig: Figure, count: int) -> None:
    if count:
        # Up to three entries a row: a legend wider than a narrow window is cut off.
        fig.legend(
            loc="outside lower center",
            ncols=count if count <= 3 else (count + 1) // 2,
            frameon=False,
            fontsize=8,
            handlelength=2.2,
            handleheight=1.2,
        )


def activity_status_by_output(data: StackedBars) -> Figure:
    """Horizontal bars, one per output (first output on top), one segment per status."""
    bars = len(data.categories)
    fig = _figure(data, height=bars_height(data))
    if data.is_empty:
        return _empty(fig, data)
    ax = fig.add_subplot()
    positions = list(range(bars))
    left = [0] * bars
    shown = 0
    for i, s in enumerate(data.series):
        if not any(s.values):
            continue  # a status no activity has only crowds the legend
        colour, hatch = _style(s.key, i)
        container = ax.barh(
            positions,
            s.values,
            left=left,
            height=0.6,
            color=colour,
            hatch=hatch,
            edgecolor=_EDGE,
            linewidth=0.6,
            label=s.label,
            gid=s.key,
        )
        _label_segments(ax, container, s.values)
        left = [a + b for a, b in zip(left, s.values)]
        shown += 1
    ax.set_yticks(positions, [_wrap(c, _STATUS_LABEL_CHARS) for c in data.categories], fontsize=8)
    ax.invert_yaxis()  # the work plan's order, top to bottom
    ax.set_xlim(0, max(left) * 1.05 or 1)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_xlabel(data.value_label, fontsize=9)
    _title(fig, data)
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="x", color="#DDDDDD", linewidth=0.6)
    ax.set_axisbelow(True)
    _legend(fig, shown)
    return fig


def meetings_per_quarter(data: StackedBars) -> Figure:
    """Vertical bars, one per quarter (oldest first), stacked by kind of meeting."""
    fig = _figure(data, height=3.2)
    if data.is_empty:
        return _empty(fig, data)
    ax = fig.add_subplot()
    positions = list(range(len(data.categories)))
    bottom = [0] * len(positions)
    shown = 0
    for i, s in enumerate(data.series):
        if not any(s.values):
            continue
        colour, hatch = _style(s.key, i)
        container = ax.bar(
            positions,
            s.values,
            bottom=bottom,
            width=0.65,
            color=colour,
            hatch=hatch,
            edgecolor=_EDGE,
            linewidth=0.6,
            label=s.label,
            gid=s.key,
        )
        _label_segments(ax, container, s.values)
        bottom = [a + b for a, b in zip(bottom, s.values)]
        shown += 1
    # Eight quarters side by side: "Q1 2021" on two lines keeps the labels apart.
    width = 10 if len(positions) <= 6 else 4
    ax.set_xticks(positions, [_wrap(c, width) for c in data.categories], fontsize=8)
    ax.set_ylim(0, max(bottom) * 1.1 or 1)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_ylabel(data.value_label, fontsize=9)
    _title(fig, data)
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", color="#DDDDDD", linewidth=0.6)
    ax.set_axisbelow(True)
    _legend(fig, shown)
    return fig


def figure_png(fig: Figure, dpi: int = 200) -> bytes:
    """The figure as PNG bytes at a fixed resolution, for a Word document."""
    # savefig borrows an Agg canvas for the PNG and gives the figure back to
    # whatever canvas shows it (the Qt one, in the application).
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, facecolor="white")
    return buffer.getvalue()


# A Year in Review draws about six charts a group: a review of forty groups, then a group's own
# submissions, are kept (some 75 kB a picture: 20 MB for 256 of them). Fewer than a review's
# charts would be worse than none: in a least-recently-used cache, drawing them in the same order
# again evicts each one just before it is needed.
@functools.lru_cache(maxsize=256)
def chart_png(draw: Callable[[Hashable], Figure], data: Hashable, dpi: int = 200) -> bytes:
    """``draw(data)`` as PNG, drawn once per distinct data and resolution.

    Drawing is most of the cost of a document with charts, and a chair
    re-exports after changing a narrative far more often than the charts'
    data changes. A chart's data is a frozen dataclass holding everything
    that decides the picture (titles, labels, "today"), so equal data means
    an identical image.
    """
    return figure_png(draw(data), dpi=dpi)
