"""Everyday edits from the command line: meetings and their agendas, attendance and
action items, activities, rotations and the chair.

Each command is one operation of chairdesk.store.ops in one transaction, the
same function the application calls, so a script and a click leave the same
record behind. Records are named as a chair names them (group and entity
acronyms, activity codes) or by the ids `chairdesk meeting show` prints; an id
may be shortened to any unique beginning of at least four characters.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from chairdesk.cli.common import CommandError, _group_id, _meeting_id, _open
from chairdesk.domain.vocabulary import (
    ActionStatus,
    ActivityStatus,
    MeetingKind,
    MeetingMode,
    NarrativeSection,
    TermLength,
)


def _moment(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text.replace("T", " "))
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"not a date and time (YYYY-MM-DD HH:MM): {text!r}"
        ) from None


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _choices(enum: type) -> list[str]:
    return [member.value for member in enum]


def add_parsers(commands: argparse._SubParsersAction) -> None:  # noqa: SLF001 - argparse's own type
    meeting = commands.add_parser("meeting", help="create, change, show or remove a meeting")
    actions = meeting.add_subparsers(dest="meeting_command", metavar="ACTION", required=True)

    p = actions.add_parser("new", help="a new meeting, from a template if asked; prints its id")
    p.add_argument("--group", required=True, metavar="ACRONYM")
    p.add_argument("--start", required=True, type=_moment, metavar="'YYYY-MM-DD HH:MM'")
    p.add_argument("--end", type=_moment, metavar="'YYYY-MM-DD HH:MM'")
    p.add_argument("--title", help="default: the template's name or 'Regular quarterly meeting'")
    p.add_argument("--kind", choices=_choices(MeetingKind), default=MeetingKind.REGULAR.value)
    p.add_argument("--mode", choices=_choices(MeetingMode), default=MeetingMode.VIRTUAL.value)
    p.add_argument(
        "--template", metavar="NAME", help="start from this agenda template's standing items"
    )
    p.add_argument(
        "--carry-over",
        action="store_true",
        help="add the previous meeting's open action items and unfinished agenda items",
    )

    p = actions.add_parser(
        "show", help="a meeting's agenda with its time plan, attendance and actions"
    )
    p.add_argument("meeting", metavar="MEETING_ID")

    p = actions.add_parser(
        "set", help="change a meeting's title, time, kind, mode, location or summary"
    )
    p.add_argument("meeting", metavar="MEETING_ID")
    p.add_argument("--title")
    p.add_argument("--start", type=_moment, metavar="'YYYY-MM-DD HH:MM'")
    p.add_argument("--end", type=_moment, metavar="'YYYY-MM-DD HH:MM'")
    p.add_argument("--kind", choices=_choices(MeetingKind))
    p.add_argument("--mode", choices=_choices(MeetingMode))
    p.add_argument("--location")
    p.add_argument("--summary")

    p = actions.add_parser(
        "duplicate", help="copy a meeting and its agenda to a new date; prints its id"
    )
    p.add_argument("meeting", metavar="MEETING_ID")
    p.add_argument("--start", required=True, type=_moment, metavar="'YYYY-MM-DD HH:MM'")
    p.add_argument("--title")

    p = actions.add_parser(
        "delete", help="move a meeting to the trash (restorable in the application)"
    )
    p.add_argument("meeting", metavar="MEETING_ID")

    agenda = commands.add_parser("agenda", help="add, move or remove a meeting's agenda items")
    actions = agenda.add_subparsers(dest="agenda_command", metavar="ACTION", required=True)
    p = actions.add_parser("add", help="an agenda item at the end (or at --at); prints its id")
    p.add_argument("meeting", metavar="MEETING_ID")
    p.add_argument("--title", required=True)
    p.add_argument("--minutes", type=int, default=0)
    p.add_argument("--presenter", metavar="ENTITY")
    p.add_argument("--activity", metavar="CODE", help="the work-plan activity the item is about")
    p.add_argument("--notes")
    p.add_argument("--at", type=int, metavar="N", help="place it at position N (1 = first)")
    p = actions.add_parser("move", help="move an agenda item to position N (1 = first)")
    p.add_argument("item", metavar="ITEM_ID")
    p.add_argument("to", type=int, metavar="N")
    p = actions.add_parser("remove", help="move an agenda item to the trash")
    p.add_argument("item", metavar="ITEM_ID")

    p = commands.add_parser("attendance", help="mark entities present or absent at a meeting")
    p.add_argument("meeting", metavar="MEETING_ID")
    p.add_argument("--present", nargs="+", default=[], metavar="ENTITY")
    p.add_argument("--absent", nargs="+", default=[], metavar="ENTITY")

    action = commands.add_parser("action", help="add an action item or change its status")
    actions = action.add_subparsers(dest="action_command", metavar="ACTION", required=True)
    p = actions.add_parser("add", help="an action item of a meeting; prints its id")
    p.add_argument("meeting", metavar="MEETING_ID")
    p.add_argument("--text", required=True)
    p.add_argument("--owner", metavar="ENTITY")
    p.add_argument("--due", type=_day, metavar="YYYY-MM-DD")
    p.add_argument("--activity", metavar="CODE")
    p = actions.add_parser("status", help="close (done) or reopen (open) an action item")
    p.add_argument("item", metavar="ACTION_ID")
    p.add_argument("status", choices=_choices(ActionStatus))

    activity = commands.add_parser(
        "activity", help="work-plan activities: list, set status and progress, log progress"
    )
    actions = activity.add_subparsers(dest="activity_command", metavar="ACTION", required=True)
    p = actions.add_parser(
        "list", help="a working group's activities with their status and progress"
    )
    p.add_argument("--group", required=True, metavar="ACRONYM")
    p = actions.add_parser("set", help="set an activity's status and/or progress")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--group", required=True, metavar="ACRONYM")
    p.add_argument("--status", choices=_choices(ActivityStatus))
    p.add_argument("--progress", type=int, metavar="PERCENT")
    p = actions.add_parser("log", help="add a dated entry to an activity's progress log")
    p.add_argument("code", metavar="CODE")
    p.add_argument("--group", required=True, metavar="ACRONYM")
    p.add_argument("--date", type=_day, default=None, metavar="YYYY-MM-DD", help="default: today")
    p.add_argument("--text", required=True)

    rotation = commands.add_parser("rotation", help="a working group's rotation plan of the Chair")
    actions = rotation.add_subparsers(dest="rotation_command", metavar="ACTION", required=True)
    p = actions.add_parser("set", help="set the rotation (replaces the chair terms it generated)")
    p.add_argument("--group", required=True, metavar="ACRONYM")
    p.add_argument(
        "--order", required=True, metavar="A,B,C", help="entity acronyms in the order they chair"
    )
    p.add_argument("--term", required=True, choices=_choices(TermLength))
    p.add_argument("--start", required=True, type=_day, metavar="YYYY-MM-DD")
    p.add_argument("--until", required=True, type=_day, metavar="YYYY-MM-DD")

    narrative = commands.add_parser(
        "narrative", help="the chair's own text for a section of the annual submission"
    )
    actions = narrative.add_subparsers(dest="narrative_command", metavar="ACTION", required=True)
    p = actions.add_parser(
        "set", help="write a section's narrative (replaces the text; --text - reads standard input)"
    )
    p.add_argument("--group", required=True, metavar="ACRONYM")
    p.add_argument("--year", required=True, type=int)
    p.add_argument("--section", required=True, choices=_choices(NarrativeSection))
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--text", help="the text, or - for standard input")
    source.add_argument("--file", type=Path, help="a UTF-8 text file with the text")
    p = actions.add_parser("show", help="a group's narratives of a year")
    p.add_argument("--group", required=True, metavar="ACRONYM")
    p.add_argument("--year", required=True, type=int)

    group = commands.add_parser(
        "group", help="a working group's own details: its French name, its time zone"
    )
    actions = group.add_subparsers(dest="group_command", metavar="ACTION", required=True)
    p = actions.add_parser(
        "show", help="a working group's names, pillar, time zone and terms-of-reference dates"
    )
    p.add_argument("--group", required=True, metavar="ACRONYM")
    p = actions.add_parser(
        "set", help="record a working group's French name or time zone ('' clears it)"
    )
    p.add_argument("--group", required=True, metavar="ACRONYM")
    p.add_argument(
        "--name-fr",
        metavar="NAME",
        help='its name in French documents, in full ("Groupe de travail sur …")',
    )
    p.add_argument(
        "--time-zone",
        metavar="ZONE",
        help="the IANA time zone its meeting times are written in (Europe/Vienna, America/New_York)",
    )

    p = commands.add_parser(
        "chair", help="who chairs a working group on a date, and the next handover"
    )
    p.add_argument("--group", required=True, metavar="ACRONYM")
    p.add_argument("--on", type=_day, metavar="YYYY-MM-DD", help="default: today")


# -- helpers ---------------------------------------------------------------------------------


def _record_id(session, model: type, wanted: str, what: str) -> str:  # noqa: ANN001
    from chairdesk.store.queries import ids_starting_with

    wanted = wanted.strip().lower()
    if len(wanted) < 4:
        raise CommandError(f"{what} id {wanted!r} is too short; give at least four characters")
    found = ids_starting_with(session, model, wanted)
    if not found:
        raise CommandError(f"no {what} with the id {wanted!r}")
    if len(found) > 1:
        raise CommandError(
            f"{len(found)} {what}s have ids starting with {wanted!r}; give more of the id"
        )
    return found[0]


def _entity_id(session, acronym: str | None) -> str | None:  # noqa: ANN001
    if acronym is None:
        return None
    from chairdesk.store.composition_queries import entity_acronyms, entity_ids_by_acronym

    found = entity_ids_by_acronym(session, acronym)
    if not found:
        known = entity_acronyms(session)
        raise CommandError(f"no entity {acronym!r} (known: {', '.join(known) or 'none'})")
    return found[0]


def _activity_id(session, group_id: str, code: str | None) -> str | None:  # noqa: ANN001
    if code is None:
        return None
    from chairdesk.store.workplan_queries import activity_ids_with_code

    found = activity_ids_with_code(session, group_id, code)
    if not found:
        raise CommandError(f"no activity with the code {code!r} in this working group")
    if len(found) > 1:
        raise CommandError(f"the code {code!r} is used in {len(found)} work plans; rename one")
    return found[0]


def _group_of_meeting(session, meeting_id: str) -> str:  # noqa: ANN001
    from chairdesk.store.meeting_queries import meeting_detail

    return meeting_detail(session, meeting_id).group_id


def _write(args: argparse.Namespace, change: Callable[[Any], Any]) -> Any:
    """Run `change(session)` in one transaction; bad input becomes exit status 2."""
    from chairdesk.store.ops import OperationError

    ws = _open(args, writes=True)
    try:
        with ws.transaction() as session:
            return change(session)
    except OperationError as exc:
        raise CommandError(f"{exc.field}: {exc.message}\nNothing was changed.") from exc
    finally:
        ws.close()


def _read(args: argparse.Namespace, query: Callable[[Any], Any]) -> Any:
    ws = _open(args)
    try:
        with ws.read() as session:
            return query(session)
    finally:
        ws.close()


# -- meetings --------------------------------------------------------------------------------


def cmd_meeting(args: argparse.Namespace) -> int:
    return {
        "new": _meeting_new,
        "show": _meeting_show,
        "set": _meeting_set,
        "duplicate": _meeting_duplicate,
        "delete": _meeting_delete,
    }[args.meeting_command](args)


def _meeting_new(args: argparse.Namespace) -> int:
    from chairdesk.store.meeting_queries import template_named
    from chairdesk.store.ops.meetings import create_meeting, new_meeting_from_template

    def change(session) -> str:  # noqa: ANN001
        group_id = _group_id(session, args.group)
        template_id = None
        if args.template is not None:
            template_id = template_named(session, group_id, args.template)
            if template_id is None:
                raise CommandError(f"no agenda template named {args.template!r} for {args.group}")
        title = args.title or args.template or "Regular quarterly meeting"
        if template_id is None and not args.carry_over:
            return create_meeting(
                session, group_id, title, args.start, args.end, kind=args.kind, mode=args.mode
            )
        return new_meeting_from_template(
            session,
            group_id,
            template_id,
            args.start,
            args.end,
            args.kind,
            args.mode,
            title,
            carry_actions=args.carry_over,
            carry_unfinished=args.carry_over,
        )

    print(_write(args, change))
    return 0


def _meeting_show(args: argparse.Namespace) -> int:
    from chairdesk.domain.wording import un_date
    from chairdesk.store.meeting_queries import (
        action_rows,
        agenda_plan,
        attendance_sheet,
        meeting_detail,
    )

    def query(session):  # noqa: ANN001, ANN202
        meeting_id = _meeting_id(session, args.meeting)
        return (
            meeting_detail(session, meeting_id),
            agenda_plan(session, meeting_id),
            attendance_sheet(session, meeting_id),
            action_rows(session, meeting_id),
        )

    detail, plan, sheet, actions = _read(args, query)
    print(f"{detail.title}  ({detail.id})")
    print(
        f"{un_date(detail.start.date())}, {detail.start:%H:%M}  ·  {detail.kind.value}  ·  {detail.mode.value}"
        + (f"  ·  {detail.location}" if detail.location else "")
    )
    print()
    print(
        f"Agenda ({len(plan.items)} items, {plan.total_minutes} minutes, ends {plan.planned_end:%H:%M}):"
    )
    for number, item in enumerate(plan.items, 1):
        presenter = f"  [{item.presenter}]" if item.presenter else ""
        print(
            f"  {number:>2}. {item.starts_at:%H:%M}  {item.minutes:>3} min  {item.title}{presenter}  ({item.id[:8]})"
        )
    print()
    print(f"Attendance: {sheet.present} of {sheet.total}")
    for row in sheet.rows:
        print(f"  [{'x' if row.present else ' '}] {row.acronym}")
    if actions:
        print()
        print("Action items:")
        for row in actions:
            due = f", due {un_date(row.due)}" if row.due else ""
            owner = f" ({row.owner}{due})" if row.owner else (f" ({due[2:]})" if due else "")
            print(
                f"  [{'x' if row.status is ActionStatus.DONE else ' '}] {row.text}{owner}  ({row.id[:8]})"
            )
    if detail.summary:
        print()
        print("Summary:")
        print(f"  {detail.summary}")
    return 0


def _meeting_set(args: argparse.Namespace) -> int:
    from chairdesk.store.ops.meetings import set_summary, update_meeting

    fields = {
        name: getattr(args, name)
        for name in ("title", "start", "end", "kind", "mode", "location")
        if getattr(args, name) is not None
    }
    if not fields and args.summary is None:
        raise CommandError(
            "nothing to change; give --title, --start, --end, --kind, --mode, --location or --summary"
        )

    def change(session) -> None:  # noqa: ANN001
        meeting_id = _meeting_id(session, args.meeting)
        if fields:
            update_meeting(session, meeting_id, **fields)
        if args.summary is not None:
            set_summary(session, meeting_id, args.summary)

    _write(args, change)
    print("Meeting changed.")
    return 0


def _meeting_duplicate(args: argparse.Namespace) -> int:
    from chairdesk.store.ops.meetings import duplicate_meeting

    def change(session) -> str:  # noqa: ANN001
        return duplicate_meeting(
            session, _meeting_id(session, args.meeting), args.start, args.title
        )

    print(_write(args, change))
    return 0


def _meeting_delete(args: argparse.Namespace) -> int:
    from chairdesk.store.ops.meetings import delete_meeting

    _write(args, lambda session: delete_meeting(session, _meeting_id(session, args.meeting)))
    print("Meeting moved to the trash (Edit → Trash in the application restores it).")
    return 0


# -- agenda, attendance, action items -----------------------------------------------------


def cmd_agenda(args: argparse.Namespace) -> int:
    from chairdesk.store.models import AgendaItem
    from chairdesk.store.ops.meetings import add_agenda_item, move_agenda_item, remove_agenda_item

    if args.agenda_command == "add":

        def add(session) -> str:  # noqa: ANN001
            meeting_id = _meeting_id(session, args.meeting)
            group_id = _group_of_meeting(session, meeting_id)
            return add_agenda_item(
                session,
                meeting_id,
                args.title,
                args.minutes,
                presenter_id=_entity_id(session, args.presenter),
                activity_id=_activity_id(session, group_id, args.activity),
                notes=args.notes,
                index=None if args.at is None else max(args.at - 1, 0),
            )

        print(_write(args, add))
    elif args.agenda_command == "move":
        if args.to < 1:
            raise CommandError(f"position {args.to}: positions start at 1")
        _write(
            args,
            lambda s: move_agenda_item(
                s, _record_id(s, AgendaItem, args.item, "agenda item"), args.to - 1
            ),
        )
        print(f"Agenda item moved to position {args.to}.")
    else:
        _write(
            args,
            lambda s: remove_agenda_item(s, _record_id(s, AgendaItem, args.item, "agenda item")),
        )
        print("Agenda item moved to the trash.")
    return 0


def cmd_attendance(args: argparse.Namespace) -> int:
    from chairdesk.store.ops.meetings import set_attendance

    both = {a.lower() for a in args.present} & {a.lower() for a in args.absent}
    if both:
        raise CommandError(f"{', '.join(sorted(both))}: both present and absent")
    if not args.present and not args.absent:
        raise CommandError("give --present and/or --absent with entity acronyms")

    def change(session) -> None:  # noqa: ANN001
        meeting_id = _meeting_id(session, args.meeting)
        for acronym in args.present:
            set_attendance(session, meeting_id, _entity_id(session, acronym), True)
        for acronym in args.absent:
            set_attendance(session, meeting_id, _entity_id(session, acronym), False)

    _write(args, change)
    print(f"Attendance recorded: {len(args.present)} present, {len(args.absent)} absent.")
    return 0


def cmd_action(args: argparse.Namespace) -> int:
    from chairdesk.store.models import ActionItem
    from chairdesk.store.ops.meetings import add_action_item, set_action_status

    if args.action_command == "add":

        def add(session) -> str:  # noqa: ANN001
            meeting_id = _meeting_id(session, args.meeting)
            return add_action_item(
                session,
                meeting_id,
                args.text,
                owner_id=_entity_id(session, args.owner),
                due=args.due,
                activity_id=_activity_id(
                    session, _group_of_meeting(session, meeting_id), args.activity
                ),
            )

        print(_write(args, add))
    else:
        _write(
            args,
            lambda s: set_action_status(
                s, _record_id(s, ActionItem, args.item, "action item"), args.status
            ),
        )
        print(
            "Action item closed."
            if args.status == ActionStatus.DONE.value
            else "Action item reopened."
        )
    return 0


# -- work plan --------------------------------------------------------------------------------


def cmd_activity(args: argparse.Namespace) -> int:
    from chairdesk.store.ops.workplan import (
        add_progress_update,
        set_activity_progress,
        set_activity_status,
    )

    if args.activity_command == "list":
        return _activity_list(args)
    if args.activity_command == "set":
        if args.status is None and args.progress is None:
            raise CommandError("nothing to change; give --status and/or --progress")

        def change(session) -> None:  # noqa: ANN001
            activity_id = _activity_id(session, _group_id(session, args.group), args.code)
            if args.status is not None:
                # An explicit --progress wins over "completed means 100 %".
                set_activity_status(
                    session, activity_id, args.status, complete_progress=args.progress is None
                )
            if args.progress is not None:
                set_activity_progress(session, activity_id, args.progress)

        _write(args, change)
        print(f"Activity {args.code} changed.")
        return 0

    day = args.date or date.today()

    def log(session) -> str:  # noqa: ANN001
        activity_id = _activity_id(session, _group_id(session, args.group), args.code)
        return add_progress_update(session, activity_id, day, args.text)

    _write(args, log)
    print(f"Progress of {args.code} logged for {day.isoformat()}.")
    return 0


def _activity_list(args: argparse.Namespace) -> int:
    from chairdesk.store.workplan_queries import activity_lines

    def query(session):  # noqa: ANN001, ANN202
        return activity_lines(session, _group_id(session, args.group))

    rows = _read(args, query)
    if not rows:
        print(f"{args.group} has no work-plan activities.")
        return 0
    for period, _output, code, status, progress, due, title in rows:
        due_text = due.isoformat() if due else "—"
        print(
            f"{period:<10} {code:<8} {status.value:<12} {progress:>3} %  due {due_text:<10}  {title}"
        )
    return 0


# -- chairmanship ------------------------------------------------------------------------------


def cmd_rotation(args: argparse.Namespace) -> int:
    from chairdesk.store.composition_queries import latest_rotation_plan_id
    from chairdesk.store.ops.composition import save_rotation_plan

    order = [a.strip() for a in args.order.split(",") if a.strip()]
    if not order:
        raise CommandError(
            "--order: give entity acronyms separated by commas, e.g. UNICRI,OPCW,INTERPOL"
        )

    def change(session) -> str:  # noqa: ANN001
        group_id = _group_id(session, args.group)
        # One rotation plan per group from the command line: the latest is replaced.
        plan_id = latest_rotation_plan_id(session, group_id)
        entities = [_entity_id(session, acronym) for acronym in order]
        return save_rotation_plan(
            session, group_id, plan_id, entities, args.term, args.start, args.until
        )

    _write(args, change)
    print(
        f"Rotation of {args.group} set: {', '.join(order)}, a {args.term.replace('_', '-')} each "
        f"from {args.start.isoformat()} to {args.until.isoformat()}."
    )
    return _chair_report(args, args.start)


def cmd_chair(args: argparse.Namespace) -> int:
    return _chair_report(args, args.on or date.today())


def _chair_report(args: argparse.Namespace, day: date) -> int:
    from chairdesk.domain.rotations import chair_on, next_handover
    from chairdesk.domain.wording import un_date
    from chairdesk.store.queries import chair_terms

    terms = _read(args, lambda session: chair_terms(session, _group_id(session, args.group)))
    chair = chair_on(terms, day)
    print(f"Chair of {args.group} on {un_date(day)}: {chair or 'none recorded'}")
    handover = next_handover(terms, day)
    if handover is not None:
        print(f"Next handover: {handover.entity} from {un_date(handover.start)}")
    if chair is None and terms:
        # Nobody on that day (today, by default), but a record elsewhere in time: a workspace
        # of another year, the example's 2022 for one. Say where the terms are.
        first = min(t.start for t in terms)
        last = None if any(t.end is None for t in terms) else max(t.end for t in terms)
        until = f"to {un_date(last)}" if last else "onwards"
        print(
            f"{args.group}'s chair terms are recorded from {un_date(first)} {until}: ask about a day "
            f"among them with --on, e.g. `chairdesk chair --group {args.group} "
            f"--on {max(t.start for t in terms).isoformat()}`"
        )
    return 0


# -- working groups ----------------------------------------------------------------------------


def cmd_group(args: argparse.Namespace) -> int:
    from chairdesk.store.composition_queries import group_details
    from chairdesk.store.ops.composition import update_working_group

    if args.group_command == "show":
        details = _read(args, lambda s: group_details(s, _group_id(s, args.group)))
        print(f"{details.acronym}: {details.name}")
        for label, value in (
            ("French name", details.name_fr or "(not recorded)"),
            ("Pillar", details.pillar.value),
            ("Time zone", details.time_zone or "(not recorded: the exporting computer's is used)"),
            ("ToR revised", details.tor_revised or "(not recorded)"),
            ("ToR submitted", details.tor_submitted or "(not recorded)"),
        ):
            print(f"  {label + ':':<15}{value}")
        return 0
    fields = {
        field: value
        for field, value in (("name_fr", args.name_fr), ("time_zone", args.time_zone))
        if value is not None
    }
    if not fields:
        raise CommandError("nothing to set: give --name-fr or --time-zone")
    _write(args, lambda s: update_working_group(s, _group_id(s, args.group), **fields))
    print(
        f"{args.group}: "
        + "; ".join(
            f"{label} {'cleared' if not fields[field] else repr(fields[field])}"
            for field, label in (("name_fr", "French name"), ("time_zone", "time zone"))
            if field in fields
        )
    )
    return 0


# -- narratives --------------------------------------------------------------------------------


def cmd_narrative(args: argparse.Namespace) -> int:
    from chairdesk.store.ops.narratives import narrative_texts, set_narrative

    if args.narrative_command == "show":
        texts = _read(args, lambda s: narrative_texts(s, _group_id(s, args.group), args.year))
        for section in NarrativeSection:
            if texts.get(section):
                print(f"[{section.value}]")
                print(texts[section])
                print()
        if not any(texts.values()):
            print(f"No narratives of {args.group} for {args.year} yet.")
        return 0
    if args.file is not None:
        try:
            text = args.file.expanduser().read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CommandError(f"{args.file}: cannot read it as UTF-8 text ({exc})") from exc
    elif args.text == "-":
        import sys

        text = sys.stdin.read()
    else:
        text = args.text
    _write(
        args,
        lambda s: set_narrative(s, _group_id(s, args.group), args.year, args.section, text.strip()),
    )
    print(f"Narrative of {args.group} {args.year}, section {args.section}, saved.")
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "narrative": cmd_narrative,
    "meeting": cmd_meeting,
    "agenda": cmd_agenda,
    "attendance": cmd_attendance,
    "action": cmd_action,
    "activity": cmd_activity,
    "rotation": cmd_rotation,
    "chair": cmd_chair,
    "group": cmd_group,
}
