"""Figures an editor would print: labels whole, one colour per meaning everywhere (issue 16)."""

from __future__ import annotations

from datetime import date

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from chairdesk.domain.rotations import ChairTerm
from chairdesk.reports import palette
from chairdesk.reports.charts import (
    Series,
    StackedBars,
    activity_status_by_output,
    meetings_per_quarter,
)
from chairdesk.reports.timelines import (
    RotationTimeline,
    TimelineActivity,
    TimelineOutput,
    WorkPlanTimeline,
    rotation_timeline,
    work_plan_timeline,
)

LONG_OUTPUT = (
    "C. Task 3: Chemical, biological, radiological, nuclear (CBRN) and explosive threats and the "
    "protection of critical infrastructure against them in every region"
)
LONG_ACTIVITY = (
    "Contribution to the 2022 update of the UN Compendium of good practices on the protection "
    "of critical infrastructure against terrorist attacks"
)


def every_text(fig: Figure) -> str:
    ax = fig.axes[0]
    texts = [t.get_text() for t in ax.get_yticklabels() + ax.get_xticklabels() + ax.texts]
    texts += [t.get_text() for legend in fig.legends for t in legend.get_texts()]
    return " ".join(" ".join(t.split()) for t in texts)


def test_labels_are_wrapped_never_cut_short() -> None:
    bars = StackedBars(
        "",
        (LONG_OUTPUT, "D. Task 4: Information exchange"),
        (Series("completed", "Completed", (1, 2)), Series("delayed", "Delayed", (1, 0))),
    )
    timeline = WorkPlanTimeline(
        "",
        (
            TimelineOutput(
                LONG_OUTPUT,
                (
                    TimelineActivity(
                        "C1",
                        LONG_ACTIVITY,
                        date(2021, 1, 1),
                        date(2022, 6, 30),
                        "completed",
                        "Completed",
                    ),
                    TimelineActivity(
                        "C2",
                        "Tabletop exercise",
                        date(2022, 1, 1),
                        date(2022, 9, 30),
                        "delayed",
                        "Delayed",
                    ),
                ),
            ),
        ),
    )
    for fig in (activity_status_by_output(bars), work_plan_timeline(timeline)):
        text = every_text(fig)
        assert "\u2026" not in text and "..." not in text
        assert LONG_OUTPUT in text
    assert f"C1 {LONG_ACTIVITY}" in every_text(work_plan_timeline(timeline))


def test_an_outputs_heading_stays_inside_the_picture() -> None:
    timeline = WorkPlanTimeline(
        "",
        (
            TimelineOutput(
                LONG_OUTPUT,
                (
                    TimelineActivity(
                        "C1",
                        LONG_ACTIVITY,
                        date(2021, 1, 1),
                        date(2022, 6, 30),
                        "completed",
                        "Completed",
                    ),
                ),
            ),
        ),
    )
    fig = work_plan_timeline(timeline)
    renderer = FigureCanvasAgg(fig).get_renderer()
    fig.draw(renderer)
    width = fig.bbox.width
    band = next(t for t in fig.axes[0].texts if t.get_fontweight() == "bold")
    extent = band.get_window_extent(renderer)
    assert extent.x0 >= 0 and extent.x1 <= width


def _colours(fig: Figure) -> dict[str, set[str]]:
    """Meaning (a bar's gid) → the fill colours it is drawn in."""
    found: dict[str, set[str]] = {}
    for patch in fig.axes[0].patches:
        if isinstance(patch, Rectangle) and patch.get_gid():
            found.setdefault(patch.get_gid(), set()).add(
                to_hex(patch.get_facecolor(), keep_alpha=False)
            )
    return found


def test_one_colour_means_one_thing_in_every_figure() -> None:
    quarters = ("Q1 2022", "Q2 2022", "Q3 2022", "Q4 2022")
    meetings = StackedBars(
        "", quarters, tuple(Series(kind, kind, (1, 0, 1, 2)) for kind in palette.KIND_STYLES)
    )
    statuses = StackedBars(
        "",
        ("A. One", "B. Two"),
        tuple(Series(status, status, (1, 2)) for status in palette.STATUS_STYLES),
    )
    rotation = RotationTimeline(
        "",
        (
            ChairTerm("UNICRI", date(2022, 1, 1), date(2022, 6, 30)),
            ChairTerm("OPCW", date(2022, 7, 1), date(2022, 9, 30)),
            ChairTerm("INTERPOL", date(2022, 10, 1), date(2022, 12, 31)),
        ),
        date(2022, 1, 1),
        date(2022, 12, 31),
    )
    meanings: dict[str, set[str]] = {}
    for fig in (
        meetings_per_quarter(meetings),
        activity_status_by_output(statuses),
        rotation_timeline(rotation),
    ):
        for meaning, colours in _colours(fig).items():
            meanings.setdefault(meaning, set()).update(colours)
    assert all(len(colours) == 1 for colours in meanings.values())  # each meaning one colour
    by_colour: dict[str, set[str]] = {}
    for meaning, colours in meanings.items():
        by_colour.setdefault(colours.pop(), set()).add(meaning)
    assert all(len(m) == 1 for m in by_colour.values()), by_colour  # each colour one meaning
    assert len(meanings) == 5 + 5 + 3


def test_the_palettes_families_share_no_colour() -> None:
    statuses = {c for c, _ in palette.STATUS_STYLES.values()}
    kinds = {c for c, _ in palette.KIND_STYLES.values()}
    entities = set(palette.ENTITY_COLOURS)
    assert len(statuses) == 5 and len(kinds) == 5 and len(entities) == len(palette.ENTITY_COLOURS)
    assert not statuses & kinds and not statuses & entities and not kinds & entities
    assert palette.PLANNED not in statuses | kinds | entities


def test_an_entity_looks_the_same_in_every_figure() -> None:
    in_2022 = rotation_timeline(
        RotationTimeline(
            "",
            (
                ChairTerm("UNICRI", date(2022, 1, 1), date(2022, 6, 30)),
                ChairTerm("OPCW", date(2022, 7, 1), date(2022, 12, 31)),
            ),
            date(2022, 1, 1),
            date(2022, 12, 31),
        )
    )
    in_2023 = rotation_timeline(
        RotationTimeline(
            "",
            (
                ChairTerm("INTERPOL", date(2023, 1, 1), date(2023, 6, 30)),
                ChairTerm("UNICRI", date(2023, 7, 1), date(2023, 12, 31)),
            ),
            date(2023, 1, 1),
            date(2023, 12, 31),
        )
    )
    assert _colours(in_2022)["UNICRI"] == _colours(in_2023)["UNICRI"]
    styles = palette.entity_styles(["UNICRI", "OPCW", "INTERPOL"])
    assert len(set(styles.values())) == 3
    assert palette.entity_styles(["UNICRI"])["UNICRI"] == styles["UNICRI"]
