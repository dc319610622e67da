"""Two charts over time: the work-plan timeline and the chair rotation timeline.

Like the bar charts in `chairdesk.reports.charts`, each is a pure function
from plain data to a matplotlib Figure (never pyplot), drawn the same in the
application and in the Word documents, in the colours of
`chairdesk.reports.palette` (a status, a kind of meeting or an entity looks
the same in every figure) with a hatch per series so that it reads in black
and white too. The time axis is marked in quarters, the unit in which chairs
and the report speak. Labels are wrapped, never cut short: a row is as tall as
its label needs, and `work_plan_timeline_height` tells a document how tall the
figure will be (to draw a long work plan in parts).
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from matplotlib.dates import date2num
from matplotlib.figure import Figure
from matplotlib.patches import Patch, Rectangle
from matplotlib.ticker import FixedLocator, NullFormatter
from matplotlib.transforms import blended_transform_factory

from chairdesk.domain.quarters import Quarter, quarters_between
from chairdesk.domain.rotations import ChairTerm
from chairdesk.reports.palette import PLANNED, STYLES, entity_styles

__all__ = [
    "RotationTimeline",
    "TimelineActivity",
    "TimelineOutput",
    "WorkPlanTimeline",
    "rotation_timeline",
    "work_plan_timeline",
    "work_plan_timeline_height",
]

_EDGE = "#333333"
_BAND = "#EEF2F8"
_ONE_DAY = timedelta(days=1)
# The work-plan timeline's rows, in inches: a line of 7-point text, the least a row takes,
# and what the axis, the legend and the margins take besides the rows.
_LINE = 0.125
_ROW = 0.24
_FURNITURE = 0.8
_LABEL_CHARS = 44  # an activity's label, per line (about a third of the width)
_BAND_CHARS_PER_INCH = 14  # an output's title, across the whole figure, in bold 7-point type


@dataclass(frozen=True)
class TimelineActivity:
    code: str
    title: str
    start: date | None
    end: date | None  # the due date
    status: str  # an ActivityStatus value: picks colour and hatch
    status_label: str  # the legend's text


@dataclass(frozen=True)
class TimelineOutput:
    label: str  # "A. Task 1: Protection of critical infrastructure"
    activities: tuple[TimelineActivity, ...]


@dataclass(frozen=True)
class WorkPlanTimeline:
    title: str
    outputs: tuple[TimelineOutput, ...]
    today: date | None = None
    today_label: str = "Today"
    empty_text: str = ""  # shown when no activity has a date
    width_inches: float = 6.5
    no_dates_label: str = "(no dates)"  # after the code of an activity without dates
    quarter_prefix: str = "Q"  # "Q1"; "T1" in French
    span: tuple[date, date] | None = None  # the time axis (the whole plan's, for a part of it)

    @property
    def dated(self) -> list[TimelineActivity]:
        return [a for o in self.outputs for a in o.activities if a.start or a.end]


@dataclass(frozen=True)
class RotationTimeline:
    title: str
    terms: tuple[ChairTerm, ...]
    first: date
    last: date
    today: date | None = None
    today_label: str = "Today"
    planned_label: str = "planned"  # appended to the legend entry of terms not yet begun
    empty_text: str = ""
    width_inches: float = 6.5
    quarter_prefix: str = "Q"  # "Q1"; "T1" in French
    clipped: tuple[ChairTerm, ...] = field(init=False, default=())

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError(f"the timeline ends ({self.last}) before it starts ({self.first})")
        shown = []
        for term in self.terms:
            end = term.end or self.last
            if end < self.first or term.start > self.last:
                continue
            shown.append(ChairTerm(term.entity, max(term.start, self.first), min(end, self.last)))
        object.__setattr__(self, "clipped", tuple(shown))


# --------------------------------------------------------------------------- shared axis


def _quarter_axis(ax, first: date, last: date, prefix: str = "Q") -> None:  # noqa: ANN001 - matplotlib Axes
    """Quarter boundaries as grid lines, each quarter labelled in its middle ("Q1", year under Q1)."""
    quarters = quarters_between(first, last)
    bounds = [q.start for q in quarters] + [quarters[-1].end + _ONE_DAY]
    ax.set_xlim(date2num(bounds[0]), date2num(bounds[-1]))
    ax.xaxis.set_major_locator(FixedLocator([date2num(b) for b in bounds]))
    ax.xaxis.set_major_formatter(NullFormatter())
    middles = [
        date2num(q.start) + (date2num(q.end + _ONE_DAY) - date2num(q.start)) / 2 for q in quarters
    ]
    ax.xaxis.set_minor_locator(FixedLocator(middles))
    crowded = len(quarters) > 12
    labels = []
    for index, q in enumerate(quarters):
        show_year = q.number == 1 or index == 0
        text = f"{prefix}{q.number}" if not crowded or q.number in (1, 3) else ""
        labels.append(f"{text}\n{q.year}" if show_year else text)
    ax.set_xticks(middles, labels, minor=True, fontsize=7)
    ax.tick_params(axis="x", which="minor", length=0)
    ax.tick_params(axis="x", which="major", length=4)
    ax.grid(axis="x", which="major", color="#CCCCCC", linewidth=0.6)
    ax.set_axisbelow(True)


def _today_line(ax, today: date | None, label: str) -> None:  # noqa: ANN001
    if today is None:
        return
    low, high = ax.get_xlim()
    x = date2num(today)
    if not low <= x <= high:
        return
    ax.axvline(x, color="#000000", linestyle=(0, (4, 2)), linewidth=1.0, zorder=5)
    ax.text(
        x,
        1.0,
        f" {label}",
        transform=blended_transform_factory(ax.transData, ax.transAxes),
        ha="left",
        va="bottom",
        fontsize=7,
        color="#000000",
    )


def _empty(fig: Figure, title: str, text: str) -> Figure:
    ax = fig.add_subplot()
    ax.set_title(title, loc="left", fontsize=11)
    ax.set_axis_off()
    ax.text(0.5, 0.5, text, ha="center", va="center", transform=ax.transAxes, color="#555555")
    return fig


def _wrapped(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=True) or [text]


def _span(start: date, end: date, prefix: str = "Q") -> str:
    first, last = Quarter.of(start), Quarter.of(end)
    a, b = f"{prefix}{first.number}", f"{prefix}{last.number}"
    if first == last:
        return f"{a} {first.year}"
    if first.year == last.year:
        return f"{a}\u2013{b} {first.year}"
    return f"{a} {first.year} \u2013 {b} {last.year}"


# --------------------------------------------------------------------------- work plan


def _work_plan_rows(
    data: WorkPlanTimeline,
) -> list[tuple[list[str], TimelineActivity | None, float]]:
    """(label lines, activity or None for an output's band, the row's height in inches)."""
    rows: list[tuple[list[str], TimelineActivity | None, float]] = []
    for output in data.outputs:
        lines = _wrapped(output.label, int(data.width_inches * _BAND_CHARS_PER_INCH))
        rows.append((lines, None, max(_ROW, _LINE * len(lines) + 0.1)))
        for activity in output.activities:
            text = f"{activity.code} {activity.title}"
            if not (activity.start or activity.end):
                text = f"{activity.code} {data.no_dates_label}"
            lines = _wrapped(text, _LABEL_CHARS)
            rows.append((lines, activity, max(_ROW, _LINE * len(lines) + 0.08)))
    return rows


def work_plan_timeline_height(data: WorkPlanTimeline) -> float:
    """The height in inches `work_plan_timeline` draws ``data`` at."""
    rows = _work_plan_rows(data)
    return _FURNITURE + sum(height for _, _, height in rows) if rows else _FURNITURE + 2 * _ROW


def work_plan_timeline(data: WorkPlanTimeline) -> Figure:
    """Activities as bars from start to due date, grouped under their outputs, coloured by status.

    An activity with only one of its dates is a diamond on that date; one with
    neither keeps its row, labelled "(no dates)". A dashed line marks today.
    The vertical axis is in inches, so that a row is as tall as its wrapped label.
    """
    rows = _work_plan_rows(data)
    fig = Figure(figsize=(data.width_inches, work_plan_timeline_height(data)), layout="constrained")
    fig.patch.set_facecolor("white")
    dated = data.dated
    if not dated:
        return _empty(fig, data.title, data.empty_text)

    ax = fig.add_subplot()
    days = [d for a in dated for d in (a.start, a.end) if d is not None]
    first, last = data.span or (min(days), max(days))
    if (
        data.today is not None
        and (first - data.today).days < 100
        and (data.today - last).days < 100
    ):
        first, last = min(first, data.today), max(last, data.today)  # keep a near "today" in view
    _quarter_axis(ax, first, last, data.quarter_prefix)

    seen: dict[str, str] = {}
    centres: list[float] = []
    top = 0.0
    for lines, activity, height in rows:
        y = top + height / 2
        centres.append(y)
        if activity is None:
            # The output's title runs across the whole figure (its labels' column too) in a band
            # where no bar is drawn, wrapped to the figure's width.
            across = blended_transform_factory(fig.transFigure, ax.transData)
            ax.add_patch(
                Rectangle(
                    (0, top),
                    1,
                    height,
                    transform=across,
                    facecolor=_BAND,
                    linewidth=0,
                    zorder=1,
                    clip_on=False,
                )
            )
            ax.text(
                0.01,
                y,
                "\n".join(lines),
                transform=across,
                ha="left",
                va="center",
                fontsize=7,
                fontweight="bold",
                color="#1A3E6F",
                zorder=6,
                linespacing=1.1,
            )
        else:
            colour, hatch = STYLES.get(activity.status, ("#BBBBBB", ""))
            seen.setdefault(activity.status, activity.status_label)
            if activity.start and activity.end and activity.end >= activity.start:
                left = date2num(activity.start)
                ax.barh(
                    y,
                    date2num(activity.end + _ONE_DAY) - left,
                    left=left,
                    height=0.15,
                    color=colour,
                    hatch=hatch,
                    edgecolor=_EDGE,
                    linewidth=0.6,
                    zorder=3,
                    gid=activity.status,
                )
            elif activity.start or activity.end:
                ax.plot(
                    date2num(activity.end or activity.start),
                    y,
                    marker="D",
                    markersize=6,
                    color=colour,
                    markeredgecolor=_EDGE,
                    zorder=4,
                    linestyle="none",
                )
        top += height

    ax.set_yticks(
        centres, ["\n".join(lines) if activity else "" for lines, activity, _ in rows], fontsize=7
    )
    ax.set_ylim(top, 0)  # the work plan's order, top to bottom
    ax.tick_params(axis="y", length=0)
    ax.spines[["top", "right", "left"]].set_visible(False)
    if data.title:
        ax.set_title(data.title, loc="left", fontsize=11, pad=12)
    _today_line(ax, data.today, data.today_label)

    order = [
        s for s in ("completed", "in_progress", "delayed", "not_started", "cancelled") if s in seen
    ]
    order += [s for s in seen if s not in order]
    handles = [
        Patch(
            facecolor=STYLES.get(s, ("#BBBBBB", ""))[0],
            hatch=STYLES.get(s, ("", ""))[1],
            edgecolor=_EDGE,
            linewidth=0.6,
            label=seen[s],
        )
        for s in order
    ]
    fig.legend(
        handles=handles,
        loc="outside lower center",
        ncols=min(len(handles), 5),
        frameon=False,
        fontsize=8,
        handlelength=2.2,
        handleheight=1.2,
    )
    return fig


# --------------------------------------------------------------------------- rotation


def rotation_timeline(data: RotationTimeline) -> Figure:
    """Chair terms as bars, one row per entity, across the quarters from first to last.

    Terms that have not begun by ``today`` are drawn pale with a dashed edge
    (planned); each bar is labelled with its quarters when there is room.
    """
    entities = list(dict.fromkeys(t.entity for t in data.clipped))
    height = 1.0 + 0.3 * max(len(entities), 2)
    fig = Figure(figsize=(data.width_inches, height), layout="constrained")
    fig.patch.set_facecolor("white")
    if not entities:
        return _empty(fig, data.title, data.empty_text)

    ax = fig.add_subplot()
    _quarter_axis(ax, data.first, data.last, data.quarter_prefix)
    axis_days = max((data.last - data.first).days, 1)
    style = entity_styles(entities)  # an entity's colour follows its acronym, in every figure
    any_planned = False
    for term in data.clipped:
        y = entities.index(term.entity)
        colour, hatch = style[term.entity]
        planned = data.today is not None and term.start > data.today
        any_planned |= planned
        left = date2num(term.start)
        width = date2num(term.end + _ONE_DAY) - left
        ax.barh(
            y,
            width,
            left=left,
            height=0.6,
            color=colour,
            hatch=hatch,
            alpha=0.45 if planned else 1.0,
            edgecolor=_EDGE,
            linewidth=0.8,
            linestyle="--" if planned else "-",
            zorder=3,
            gid=term.entity,
        )
        days = (term.end - term.start).days + 1
        if days / axis_days > 0.12:
            ax.text(
                left + width / 2,
                y,
                _span(term.start, term.end, data.quarter_prefix),
                ha="center",
                va="center",
                fontsize=7,
                zorder=4,
                bbox={
                    "boxstyle": "round,pad=0.15",
                    "facecolor": "white",
                    "edgecolor": "none",
                    "alpha": 0.85,
                },
            )

    ax.set_yticks(range(len(entities)), entities, fontsize=8)
    ax.set_ylim(len(entities) - 0.5, -0.5)
    ax.tick_params(axis="y", length=0)
    ax.spines[["top", "right", "left"]].set_visible(False)
    if data.title:
        ax.set_title(data.title, loc="left", fontsize=11, pad=12)
    _today_line(ax, data.today, data.today_label)
    if any_planned:
        fig.legend(
            handles=[
                Patch(
                    facecolor=PLANNED,
                    alpha=0.45,
                    edgecolor=_EDGE,
                    linestyle="--",
                    label=data.planned_label,
                )
            ],
            loc="outside lower center",
            frameon=False,
            fontsize=8,
        )
    return fig


# --------------------------------------------------------------------------- from report data


def work_plan_timeline_data(
    outputs: Sequence[object],
    today: date | None,
    status_labels: Mapping[str, str],
    title: str = "",
    empty_text: str = "No activity of this work plan has dates yet.",
    *,
    today_label: str = "Today",
    no_dates_label: str = "(no dates)",
    quarter_prefix: str = "Q",
    span: tuple[date, date] | None = None,
) -> WorkPlanTimeline:
    """The chart's data from report_data OutputInfo values (duck-typed to keep this module light)."""
    return WorkPlanTimeline(
        title=title,
        outputs=tuple(
            TimelineOutput(
                label=f"{o.code}. {o.title}",
                activities=tuple(
                    TimelineActivity(
                        a.code,
                        a.title,
                        a.start,
                        a.due,
                        str(a.status),
                        status_labels.get(str(a.status), str(a.status)),
                    )
                    for a in o.activities
                ),
            )
            for o in outputs
        ),
        today=today,
        empty_text=empty_text,
        today_label=today_label,
        no_dates_label=no_dates_label,
        quarter_prefix=quarter_prefix,
        span=span,
    )
