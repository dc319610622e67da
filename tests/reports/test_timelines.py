"""The work-plan and rotation timelines: pure functions from plain data to a Figure."""

from __future__ import annotations

import io
import struct
from datetime import date

import pytest
from matplotlib.dates import date2num, num2date
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from chairdesk.domain.rotations import ChairTerm
from chairdesk.reports.charts import STYLES, figure_png
from chairdesk.reports.timelines import (
    RotationTimeline,
    TimelineActivity,
    TimelineOutput,
    WorkPlanTimeline,
    rotation_timeline,
    work_plan_timeline,
)


def bars(fig: Figure) -> list[Rectangle]:
    ax = fig.axes[0]
    return [p for p in ax.patches if isinstance(p, Rectangle) and p.get_gid()]


def plan(today: date | None = date(2022, 8, 15)) -> WorkPlanTimeline:
    return WorkPlanTimeline(
        title="Work plan 2021\u20132022",
        outputs=(
            TimelineOutput(
                "A. Protection of critical infrastructure",
                (
                    TimelineActivity(
                        "A1",
                        "Compendium update",
                        date(2021, 3, 1),
                        date(2022, 9, 30),
                        "completed",
                        "Completed",
                    ),
                    TimelineActivity(
                        "A2",
                        "Guides",
                        date(2021, 6, 1),
                        date(2022, 6, 30),
                        "in_progress",
                        "In progress",
                    ),
                ),
            ),
            TimelineOutput(
                "B. Emerging technologies",
                (
                    TimelineActivity(
                        "B1",
                        "UAS mapping",
                        date(2022, 1, 1),
                        date(2022, 12, 31),
                        "delayed",
                        "Delayed",
                    ),
                    TimelineActivity(
                        "B2",
                        "Only a due date",
                        None,
                        date(2022, 11, 30),
                        "not_started",
                        "Not started",
                    ),
                    TimelineActivity(
                        "B3", "No dates at all", None, None, "not_started", "Not started"
                    ),
                ),
            ),
        ),
        today=today,
    )


def test_work_plan_bars_run_from_start_to_due_in_status_colours_and_hatches() -> None:
    fig = work_plan_timeline(plan())
    drawn = bars(fig)
    assert [b.get_gid() for b in drawn] == ["completed", "in_progress", "delayed"]
    a1 = drawn[0]
    assert num2date(a1.get_x()).date() == date(2021, 3, 1)
    assert num2date(a1.get_x() + a1.get_width()).date() == date(2022, 10, 1)  # through the due date
    for bar in drawn:
        colour, hatch = STYLES[bar.get_gid()]
        assert (bar.get_hatch() or "") == hatch
        assert bar.get_facecolor()[:3] == pytest.approx(
            tuple(int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
        )


def test_work_plan_rows_keep_the_plans_order_under_output_headings() -> None:
    fig = work_plan_timeline(plan())
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    # output rows carry their title inside the band, so their tick label is empty
    assert labels == [
        "",
        "A1 Compendium update",
        "A2 Guides",
        "",
        "B1 UAS mapping",
        "B2 Only a due date",
        "B3 (no dates)",
    ]
    band_texts = [t.get_text() for t in ax.texts if t.get_fontweight() == "bold"]
    assert band_texts == ["A. Protection of critical infrastructure", "B. Emerging technologies"]
    assert ax.get_ylim()[0] > ax.get_ylim()[1]  # first row on top


def test_a_single_date_is_a_marker_and_today_is_a_dashed_line() -> None:
    fig = work_plan_timeline(plan())
    ax = fig.axes[0]
    markers = [line for line in ax.lines if line.get_marker() == "D"]
    assert len(markers) == 1 and markers[0].get_xdata()[0] == date2num(date(2022, 11, 30))
    verticals = [line for line in ax.lines if line.get_linestyle() == "--"]
    assert len(verticals) == 1 and verticals[0].get_xdata()[0] == date2num(date(2022, 8, 15))
    assert any(t.get_text().strip() == "Today" for t in ax.texts)


def test_no_today_line_when_today_is_far_outside_the_plan() -> None:
    fig = work_plan_timeline(plan(today=date(2030, 1, 1)))
    assert not [line for line in fig.axes[0].lines if line.get_linestyle() == "--"]


def test_the_legend_names_only_the_statuses_present() -> None:
    fig = work_plan_timeline(plan())
    legend = fig.legends[0]
    assert [t.get_text() for t in legend.get_texts()] == [
        "Completed",
        "In progress",
        "Delayed",
        "Not started",
    ]


def test_the_time_axis_is_marked_in_quarters() -> None:
    fig = work_plan_timeline(plan())
    ax = fig.axes[0]
    labels = [t.get_text() for t in ax.get_xticklabels(minor=True)]
    assert labels[0] == "Q1\n2021" and labels[4] == "Q1\n2022" and labels[-1] == "Q4"
    assert len(labels) == 8


def test_an_undated_plan_says_so() -> None:
    data = WorkPlanTimeline(
        "Plan",
        (
            TimelineOutput(
                "A. Output",
                (TimelineActivity("A1", "Undated", None, None, "not_started", "Not started"),),
            ),
        ),
        empty_text="No activity has dates yet.",
    )
    fig = work_plan_timeline(data)
    assert [t.get_text() for t in fig.axes[0].texts] == ["No activity has dates yet."]


def rotation(today: date | None = date(2022, 8, 15)) -> RotationTimeline:
    return RotationTimeline(
        title="Chairmanship",
        terms=(
            ChairTerm("OPCW", date(2021, 1, 1), date(2021, 6, 30)),
            ChairTerm("UNICRI", date(2022, 1, 1), date(2022, 6, 30)),
            ChairTerm("OPCW", date(2022, 7, 1), date(2022, 9, 30)),
            ChairTerm("INTERPOL", date(2022, 10, 1), None),
        ),
        first=date(2022, 1, 1),
        last=date(2022, 12, 31),
        today=today,
    )


def test_rotation_has_a_row_per_entity_and_clips_terms_to_the_range() -> None:
    fig = rotation_timeline(rotation())
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["UNICRI", "OPCW", "INTERPOL"]
    drawn = bars(fig)
    assert [b.get_gid() for b in drawn] == [
        "UNICRI",
        "OPCW",
        "INTERPOL",
    ]  # OPCW's 2021 term is outside
    interpol = drawn[2]
    assert num2date(interpol.get_x() + interpol.get_width()).date() == date(
        2023, 1, 1
    )  # open-ended: to the end
    assert {t.get_text() for t in ax.texts} >= {"Q1\u2013Q2 2022", "Q3 2022", "Q4 2022"}


def test_rotation_draws_terms_not_yet_begun_as_planned() -> None:
    fig = rotation_timeline(rotation())
    drawn = {b.get_gid(): b for b in bars(fig)}
    assert drawn["INTERPOL"].get_alpha() == pytest.approx(0.45)
    assert drawn["OPCW"].get_alpha() == 1.0
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ["planned"]
    colours = {tuple(b.get_facecolor()[:3]) for b in drawn.values()}
    hatches = {b.get_hatch() for b in drawn.values()}
    assert len(colours) == 3 and len(hatches) == 3  # told apart in colour and in black and white


def test_rotation_without_terms_in_range_says_so() -> None:
    data = RotationTimeline(
        "Chairmanship",
        (ChairTerm("A", date(2020, 1, 1), date(2020, 12, 31)),),
        date(2022, 1, 1),
        date(2022, 12, 31),
        empty_text="Nobody chaired in 2022.",
    )
    fig = rotation_timeline(data)
    assert [t.get_text() for t in fig.axes[0].texts] == ["Nobody chaired in 2022."]
    with pytest.raises(ValueError):
        RotationTimeline("x", (), date(2022, 12, 31), date(2022, 1, 1))


def png_size(png: bytes) -> tuple[int, int]:
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", png[16:24])


def test_timelines_render_to_png_at_the_documents_resolution() -> None:
    for fig in (work_plan_timeline(plan()), rotation_timeline(rotation())):
        width, _ = png_size(figure_png(fig, dpi=200))
        assert width == round(fig.get_figwidth() * 200)
    # Drawing twice gives the same picture: no state kept between calls (no pyplot).
    first = io.BytesIO(figure_png(rotation_timeline(rotation()), dpi=50)).getvalue()
    assert first == figure_png(rotation_timeline(rotation()), dpi=50)
