"""The Dashboard: where the selected working group stands today.

The next meeting, open and overdue action items, the activities due this
quarter and next, who chairs and who is next, and two charts. Figures are
read in one snapshot (chairdesk.store.dashboard_queries) and shown again
whenever `changed` names a table they come from. The charts need matplotlib,
which is imported only once the Dashboard is on screen, after the first paint.
Its two tables' models are in `models.py` beside it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from chairdesk.domain.vocabulary import ActivityStatus, MeetingKind
from chairdesk.gui.chart_canvas import ChartCanvas
from chairdesk.gui.controller import AppController
from chairdesk.gui.formatting import (
    fmt_long_date,
    fmt_quarter,
    fmt_quarter_label,
    fmt_time,
)
from chairdesk.gui.forms import load_form
from chairdesk.gui.models import SORT_ROLE
from chairdesk.gui.qt import (
    QCoreApplication,
    QEvent,
    QHeaderView,
    QLabel,
    QObject,
    QScrollArea,
    QSortFilterProxyModel,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from chairdesk.gui.views.dashboard.models import ActionItemsModel, DueActivitiesModel
from chairdesk.gui.views.workplan_status import (
    OVERDUE_COLOUR,
    status_label,
)
from chairdesk.store.dashboard_queries import Dashboard, dashboard
from chairdesk.store.models import WorkingGroup

#: The tables whose changes the Dashboard shows.
TABLES = frozenset(
    {
        "activity",
        "output",
        "work_plan",
        "meeting",
        "agenda_item",
        "action_item",
        "chair_term",
        "entity",
        "working_group",
    }
)

#: Statuses in the order a status chart stacks them: done first, then what is left.
CHART_STATUS_ORDER = (
    ActivityStatus.COMPLETED,
    ActivityStatus.IN_PROGRESS,
    ActivityStatus.DELAYED,
    ActivityStatus.NOT_STARTED,
    ActivityStatus.CANCELLED,
)


def meeting_kind_label(kind: MeetingKind) -> str:
    labels = {
        MeetingKind.REGULAR: QCoreApplication.translate("MeetingKind", "Regular quarterly meeting"),
        MeetingKind.IN_FOCUS: QCoreApplication.translate("MeetingKind", "In-focus discussion"),
        MeetingKind.SPECIAL: QCoreApplication.translate("MeetingKind", "Special meeting"),
        MeetingKind.BRIEFING: QCoreApplication.translate("MeetingKind", "Briefing"),
        MeetingKind.WORKSHOP: QCoreApplication.translate("MeetingKind", "Workshop"),
    }
    return labels[MeetingKind(kind)]


class DashboardView(QWidget):
    """The selected working group at a glance."""

    def __init__(self, controller: AppController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.dashboard: Dashboard | None = None
        self._stale = True  # the figures need reading again before they are shown
        self._charts_stale = True
        self._chart_timer = QTimer(self)
        self._chart_timer.setSingleShot(True)
        self._chart_timer.setInterval(0)
        self._chart_timer.timeout.connect(self._build_charts)
        self._charts_after_paint = False  # the charts wait for the view's next paint

        self.form = load_form("dashboard_view.ui", self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        find = self.form.findChild
        self.scroll: QScrollArea = find(QScrollArea, "dashboardScroll")
        self.content: QWidget = find(QWidget, "dashboardContent")
        self.scroll.viewport().installEventFilter(self)
        self.group_title_label: QLabel = find(QLabel, "groupTitleLabel")
        self.group_title_label.installEventFilter(self)
        self.chair_label: QLabel = find(QLabel, "chairLabel")
        self.next_meeting_label: QLabel = find(QLabel, "nextMeetingLabel")
        self.open_actions_label: QLabel = find(QLabel, "openActionsLabel")
        self.due_activities_label: QLabel = find(QLabel, "dueActivitiesLabel")
        self.overdue_activities_label: QLabel = find(QLabel, "overdueActivitiesLabel")
        self.due_heading: QLabel = find(QLabel, "dueActivitiesHeading")
        self.actions_table: QTableView = find(QTableView, "actionsTable")
        self.due_table: QTableView = find(QTableView, "dueActivitiesTable")

        self.actions_model = ActionItemsModel(self)
        self.due_model = DueActivitiesModel(self)
        self._setup_tables()

        self.status_chart = ChartCanvas(self.form, self.tr("The chart appears here."))
        self.status_chart.setObjectName("statusChart")
        self.meetings_chart = ChartCanvas(self.form, self.tr("The chart appears here."))
        self.meetings_chart.setObjectName("meetingsChart")
        find(QWidget, "statusChartHost").layout().addWidget(self.status_chart)
        find(QWidget, "meetingsChartHost").layout().addWidget(self.meetings_chart)

        controller.changed.connect(self._on_changed)
        # Bound methods, not lambdas: a view deleted (on a change of language) is disconnected.
        controller.groupChanged.connect(self._invalidate)
        controller.workspaceChanged.connect(self._invalidate)

    # -- layout ------------------------------------------------------------------------------

    def _setup_tables(self) -> None:
        """Both tables sorted by their due date, the text column taking the spare width."""
        for table, model, stretch in (
            (self.actions_table, self.actions_model, "text"),
            (self.due_table, self.due_model, "title"),
        ):
            proxy = QSortFilterProxyModel(self)
            proxy.setSourceModel(model)
            proxy.setSortRole(SORT_ROLE)
            table.setModel(proxy)
            table.sortByColumn(model.COLUMNS.index("due"), Qt.SortOrder.AscendingOrder)
            table.verticalHeader().setVisible(False)
            header = table.horizontalHeader()
            for i, name in enumerate(model.COLUMNS):
                mode = (
                    QHeaderView.ResizeMode.Stretch
                    if name == stretch
                    else QHeaderView.ResizeMode.ResizeToContents
                )
                header.setSectionResizeMode(i, mode)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_content()
        elif (
            watched is self.group_title_label
            and event.type() == QEvent.Type.Paint
            and self._charts_after_paint
        ):
            self._charts_after_paint = False
            self._chart_timer.start()  # fires once this paint has reached the screen
        return super().eventFilter(watched, event)

    def _fit_content(self) -> None:
        # The page fills the window and scrolls only below its minimum size. (A
        # resizable scroll area would size it to the wrapped labels' preferred
        # height instead, and scroll the charts out of sight on a laptop screen.)
        viewport = self.scroll.viewport().size()
        width = max(viewport.width(), self.content.minimumSizeHint().width())
        height = max(viewport.height(), self.content.layout().minimumHeightForWidth(width))
        self.content.resize(width, height)

    # -- when to read ---------------------------------------------------------------------

    def _on_changed(self, tables: set[str]) -> None:
        if not tables or tables & TABLES:
            self._invalidate()

    def _invalidate(self, *_signal_args: object) -> None:
        self._stale = True
        self._charts_stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: ANN001, N802
        super().showEvent(event)
        if self._stale:
            self.refresh()
        elif self._charts_stale:
            self._draw_charts_after_paint()

    # -- reading and showing ----------------------------------------------------------------

    def refresh(self) -> None:
        """Read the figures again and show them; the charts follow once the window has painted."""
        group_id = self.controller.group_id
        today = self.controller.today()
        self._stale = False
        self._charts_stale = True
        if group_id is None:
            self.dashboard = None
            self._show_nothing()
            return
        with self.controller.read() as session:
            group = session.get(WorkingGroup, group_id)
            title = f"{group.acronym} — {group.name}" if group is not None else ""
            self.dashboard = dashboard(session, group_id, today)
        self.group_title_label.setText(title)
        d = self.dashboard
        self.chair_label.setText(self._chair_text(d))
        self.next_meeting_label.setText(self._next_meeting_text(d, today))
        self.open_actions_label.setText(self._actions_text(d))
        self.due_heading.setText(self._due_heading(d))
        self.due_activities_label.setText(self._due_text(d))
        self.overdue_activities_label.setText(self._overdue_text(d))
        self.overdue_activities_label.setStyleSheet(
            f"color: {OVERDUE_COLOUR.name()}; font-weight: 600;" if d.overdue_activities else ""
        )
        self.actions_model.set_rows(d.open_actions)
        self.due_model.set_rows(d.due_activities)
        self._fit_content()
        self._draw_charts_after_paint()

    def _show_nothing(self) -> None:
        self.group_title_label.setText(self.tr("No working group chosen"))
        for label in (
            self.chair_label,
            self.next_meeting_label,
            self.open_actions_label,
            self.due_activities_label,
            self.overdue_activities_label,
            self.due_heading,
        ):
            label.setText("")
        self.actions_model.set_rows([])
        self.due_model.set_rows([])
        self.status_chart.clear(self.tr("No working group chosen."))
        self.meetings_chart.clear(self.tr("No working group chosen."))
        self._charts_stale = False

    def _chair_text(self, d: Dashboard) -> str:
        chair, upcoming = d.chair, d.chair.upcoming
        if chair.chair is None and self.controller.as_at is not None:
            text = self.tr("Chair: none on {date}").format(
                date=fmt_long_date(self.controller.as_at)
            )
        elif chair.chair is None:
            text = self.tr("Chair: none today")
        elif chair.until is not None:
            text = self.tr("Chair: {entity} until {date}").format(
                entity=chair.chair, date=fmt_long_date(chair.until)
            )
        else:
            text = self.tr("Chair: {entity}").format(entity=chair.chair)
        if upcoming is not None:
            text += self.tr("; {entity} from {date}").format(
                entity=upcoming.entity, date=fmt_long_date(upcoming.start)
            )
        return text

    def _next_meeting_text(self, d: Dashboard, today: date) -> str:
        m = d.next_meeting
        if m is None:
            return self.tr("No meeting planned")
        days = (m.start.date() - today).days
        when = {0: self.tr("today"), 1: self.tr("tomorrow")}.get(
            days, self.tr("in {n} days").format(n=days)
        )
        if m.agenda_items == 0:
            agenda = self.tr("no agenda yet")
        elif m.agenda_items == 1:
            agenda = self.tr("1 agenda item ({minutes} min)").format(minutes=m.agenda_minutes)
        else:
            agenda = self.tr("{n} agenda items ({minutes} min)").format(
                n=m.agenda_items, minutes=m.agenda_minutes
            )
        return self.tr("<b>{date}, {time}</b> ({when})<br>{title}<br>{kind} · {agenda}").format(
            date=fmt_long_date(m.start.date()),
            time=fmt_time(m.start),
            when=when,
            title=_html(m.title),
            kind=meeting_kind_label(m.kind),
            agenda=agenda,
        )

    def _actions_text(self, d: Dashboard) -> str:
        total, overdue = len(d.open_actions), d.overdue_actions
        if total == 0:
            return self.tr("No open action items")
        count = (
            self.tr("1 open action item")
            if total == 1
            else self.tr("{n} open action items").format(n=total)
        )
        if overdue:
            return self.tr("{count}, ⚠ {n} overdue").format(count=count, n=overdue)
        return self.tr("{count}, none overdue").format(count=count)

    def _due_window(self, d: Dashboard) -> str:
        first, last = d.due_from, d.due_until
        if first.year == last.year:
            return self.tr("{q1} and {q2} {year}").format(
                q1=fmt_quarter_label(first), q2=fmt_quarter_label(last), year=first.year
            )
        return self.tr("{first} and {last}").format(
            first=fmt_quarter(first), last=fmt_quarter(last)
        )

    def _due_heading(self, d: Dashboard) -> str:
        return self.tr("Activities due in {window}").format(window=self._due_window(d))

    def _due_text(self, d: Dashboard) -> str:
        due = [a for a in d.due_activities if d.due_from.start <= a.due]
        done = sum(a.status is ActivityStatus.COMPLETED for a in due)
        if not due:
            return self.tr("No activities due in {window}").format(window=self._due_window(d))
        count = (
            self.tr("1 activity due in {window}")
            if len(due) == 1
            else self.tr("{n} activities due in {window}")
        ).format(n=len(due), window=self._due_window(d))
        return self.tr("{count}, {done} completed").format(count=count, done=done)

    def _overdue_text(self, d: Dashboard) -> str:
        n = d.overdue_activities
        if n == 0:
            return self.tr("No overdue activities")
        return (
            self.tr("⚠ 1 overdue activity")
            if n == 1
            else self.tr("⚠ {n} overdue activities").format(n=n)
        )

    # -- charts --------------------------------------------------------------------------------

    def chart_data(self) -> tuple[Any, Any]:
        """The plain data of the two charts (activity status by output, meetings per quarter)."""
        from chairdesk.reports.charts import Series, StackedBars

        d = self.dashboard
        assert d is not None
        outputs = d.status_by_output
        period = d.work_plan.period.replace("-", "\u2013") if d.work_plan else ""
        status = StackedBars(
            title=(
                self.tr("Activity status by output, {period} work plan").format(period=period)
                if d.work_plan
                else self.tr("Activity status by output")
            ),
            categories=tuple(f"{o.code}: {o.title}" for o in outputs),
            series=tuple(
                Series(s.value, status_label(s), tuple(o.counts.get(s, 0) for o in outputs))
                for s in CHART_STATUS_ORDER
            ),
            value_label=self.tr("Activities"),
            empty_text=self.tr("No activities in the current work plan.")
            if d.work_plan
            else self.tr("No work plan yet."),
        )
        quarters = d.meetings_by_quarter
        years = sorted({q.quarter.year for q in quarters})
        span = f"{years[0]}\u2013{years[-1]}" if len(years) > 1 else str(years[0]) if years else ""
        meetings = StackedBars(
            title=self.tr("Meetings per quarter, {years}").format(years=span),
            categories=tuple(fmt_quarter(q.quarter) for q in quarters),
            series=tuple(
                Series(k.value, meeting_kind_label(k), tuple(q.counts.get(k, 0) for q in quarters))
                for k in MeetingKind
            ),
            value_label=self.tr("Meetings"),
            empty_text=self.tr("No meetings in {years}.").format(years=span),
        )
        return status, meetings

    def _draw_charts_after_paint(self) -> None:
        """Draw the charts once the figures are on screen.

        matplotlib takes a third of a second to import and the charts a tenth to draw: on the
        first view of a session they would hold back the whole window. A timer started now
        would fire before the window's first paint; the view's next paint starts it instead.
        """
        self._charts_after_paint = True
        self.group_title_label.update()  # (the view's title: painted whenever the view is)

    def _build_charts(self) -> None:
        if self.dashboard is None or not self.isVisible():
            return  # built when next shown
        from chairdesk.reports.charts import activity_status_by_output, meetings_per_quarter

        status, meetings = self.chart_data()
        self.status_chart.set_figure(activity_status_by_output(status), status)
        self.meetings_chart.set_figure(meetings_per_quarter(meetings), meetings)
        self._charts_stale = False


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
