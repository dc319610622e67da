"""The `chairdesk` command: the application, and every capability without a screen.

This module parses the command line and holds the commands about whole workspaces (demo,
import, export, info, meetings, check, backup, restore, schema); `records` the everyday
edits, `submissions` the secretariat's Word submissions, chairdesk.sync.cli_commands the
sync commands; `common` what they share. The application and its self-test are reached only
through chairdesk.gui's entry points, imported when asked.

Exit status: 0 on success, 1 when `check` finds problems or something
unexpected fails, 2 for bad input (a bad file, an unknown option, a workspace
that cannot be opened).
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from chairdesk import __version__
from chairdesk.cli.common import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    EXIT_PROBLEMS,
    CommandError,
    _group_id,
    _meeting_id,
    _no_workspace,
    _open,
    _paths,
    _read_damaged,
)
from chairdesk.paths import DATA_DIR_ENV, resource_path

log = logging.getLogger("chairdesk")


def _global_options(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this installation works (a temporary demo workspace, the main window "
        "offscreen, every export written and read back) and exit; touches none of your data",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder for the workspace, backups and logs (default: $CHAIRDESK_DATA_DIR, "
        "else the user data folder)",
    )
    parser.add_argument(
        "--workspace",
        metavar="FILE",
        help="workspace database file to use (default: workspace.sqlite3 in the data folder)",
    )
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _global_options(
        argparse.ArgumentParser(
            prog="chairdesk",
            description=(
                "ChairDesk: agendas, meetings, work plans, chair rotations and Word submissions "
                "for the chairs of inter-agency working groups. Without a command, opens the "
                "application."
            ),
        )
    )
    parser.add_argument("--version", action="version", version=f"ChairDesk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    commands.add_parser("gui", help="open the application (the default)")
    commands.add_parser("demo", help="load the demo workspace (the 2022 Counter-Terrorism Compact)")

    p = commands.add_parser(
        "import",
        help="import a workspace file in the JSON interchange format, or the groups' annual "
        "submissions (.docx: the secretariat's)",
    )
    p.add_argument(
        "file", type=Path, nargs="+", help="the .json file, or one or more .docx submissions"
    )
    p.add_argument(
        "--group",
        metavar="ACRONYM",
        help="the working group of a Word submission written without ChairDesk (default: the one "
        "its title names)",
    )
    p.add_argument(
        "--year",
        type=int,
        metavar="YEAR",
        help="the year of a Word submission written without ChairDesk (default: the one its title names)",
    )

    export = commands.add_parser("export", help="export the workspace or a document")
    formats = export.add_subparsers(dest="format", metavar="FORMAT", required=True)
    p = formats.add_parser("json", help="the whole workspace in the JSON interchange format")
    p.add_argument(
        "-o", "--output", type=Path, required=True, help="file to write ('-' for stdout)"
    )
    _add_document_exports(formats)

    commands.add_parser("info", help="what the workspace holds, its schema version and data path")
    p = commands.add_parser("meetings", help="list a working group's meetings with their ids")
    p.add_argument(
        "--group", required=True, metavar="ACRONYM", help="the working group, by acronym"
    )
    p.add_argument("--year", type=_year, metavar="YEAR", help="only the meetings of this year")
    commands.add_parser("check", help="check the database's integrity and the data's consistency")

    p = commands.add_parser("backup", help="write a backup of the workspace")
    p.add_argument(
        "-o", "--output", type=Path, help="backup file to write (default: in the backups folder)"
    )

    p = commands.add_parser(
        "restore", help="replace the workspace by a backup (the current state is backed up first)"
    )
    p.add_argument("backup", type=Path, help="the backup file")

    commands.add_parser("schema", help="print the JSON Schema of the interchange format")

    from chairdesk.cli import records as cli_records

    cli_records.add_parsers(commands)

    from chairdesk.sync.cli_commands import add_sync_parser

    add_sync_parser(commands)
    return parser


def _add_document_exports(formats: argparse._SubParsersAction) -> None:
    """`export submission|review|agenda|minutes|annex|handover|ics`: the Word documents and the calendar."""
    from chairdesk.domain.languages import SUPPORTED_LANGUAGES

    def output(p: argparse.ArgumentParser, suffix: str) -> None:
        p.add_argument(
            "-o", "--output", type=Path, required=True, help=f"the {suffix} file to write"
        )

    def template(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--template",
            type=Path,
            metavar="FILE",
            help="a .docx (or .dotx) whose styles to use (default: ChairDesk's own)",
        )
        # Every Word document takes both: the template's styles and the fixed wording's language.
        p.add_argument(
            "--language",
            choices=SUPPORTED_LANGUAGES,
            default="en",
            help="the language of the document's fixed wording: headings, labels, drafted "
            "sentences (default: en); what people wrote is exported as written",
        )

    p = formats.add_parser("submission", help="a working group's annual submission (.docx)")
    p.add_argument(
        "--group", required=True, metavar="ACRONYM", help="the working group, by acronym"
    )
    p.add_argument("--year", type=_year, required=True, metavar="YEAR", help="the year reported on")
    p.add_argument(
        "--committee",
        metavar="NAME",
        help="the body the terms of reference go to (default: the Counter-Terrorism "
        "Compact Coordination Committee)",
    )
    output(p, ".docx")
    template(p)

    for name, what in (
        ("agenda", "a meeting's agenda"),
        ("minutes", "a meeting's summary and action items"),
    ):
        p = formats.add_parser(name, help=f"{what} (.docx)")
        p.add_argument(
            "--meeting",
            required=True,
            metavar="ID",
            help="the meeting's id, or enough of its beginning to be unique (see `chairdesk meetings`)",
        )
        output(p, ".docx")
        template(p)

    p = formats.add_parser(
        "annex", help="every working group's composition in a year, by pillar (.docx)"
    )
    p.add_argument("--year", type=_year, required=True, metavar="YEAR")
    output(p, ".docx")
    template(p)

    p = formats.add_parser(
        "review",
        help="the secretariat's Year in Review, compiled from every group's submission (.docx)",
    )
    p.add_argument("--year", type=_year, required=True, metavar="YEAR")
    p.add_argument(
        "--framework",
        metavar="NAME",
        help="what the working groups belong to, as the report names it (default: the "
        "Counter-Terrorism Compact)",
    )
    output(p, ".docx")
    template(p)

    p = formats.add_parser(
        "handover", help="a handover pack for a working group's incoming chair (.docx)"
    )
    p.add_argument(
        "--group", required=True, metavar="ACRONYM", help="the working group, by acronym"
    )
    p.add_argument(
        "--date",
        type=_iso_date,
        metavar="YYYY-MM-DD",
        help="the day it is prepared for (default: today)",
    )
    output(p, ".docx")
    template(p)

    p = formats.add_parser("ics", help="a working group's meetings as an iCalendar file (.ics)")
    p.add_argument(
        "--group", required=True, metavar="ACRONYM", help="the working group, by acronym"
    )
    p.add_argument("--year", type=_year, metavar="YEAR", help="only the meetings of this year")
    p.add_argument(
        "--language",
        choices=SUPPORTED_LANGUAGES,
        default="en",
        help="the language of the events' descriptions (default: en)",
    )
    output(p, ".ics")


def _iso_date(text: str):  # noqa: ANN202 - a date
    from datetime import date

    from chairdesk.domain.values import date_problem

    try:
        day = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None
    problem = date_problem(day)
    if problem is not None:  # a report for 9999 overflowed the calendar on its way
        raise argparse.ArgumentTypeError(problem)
    return day


def _year(text: str) -> int:
    from chairdesk.domain.values import FIRST_YEAR, LAST_YEAR

    try:
        year = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a year: {text!r}") from None
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"year {year} is outside {FIRST_YEAR}–{LAST_YEAR}")
    return year


def _opening_the_application(argv: Sequence[str]) -> argparse.Namespace | None:
    """The options of `chairdesk [global options] [gui]`, or None for anything else.

    Opening the application is what people do many times a day: it skips building
    the parsers of every command (about 20 ms of start-up). Anything else, help and
    mistakes included, goes through the full parser.
    """
    parser = _global_options(
        argparse.ArgumentParser(prog="chairdesk", add_help=False, exit_on_error=False)
    )
    try:
        args, rest = parser.parse_known_args(argv)
    except argparse.ArgumentError:
        return None  # a malformed option: the full parser says what is wrong
    if rest not in ([], ["gui"]) or (rest and argv[-1] != "gui"):
        return None
    args.command = "gui"
    return args


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = _opening_the_application(argv) or build_parser().parse_args(argv)
    if args.self_test:
        from chairdesk.gui import run_self_test

        return run_self_test()
    handler = _COMMANDS.get(args.command or "gui") or _record_commands().get(args.command)
    assert handler is not None
    _read_damaged.clear()
    try:
        status = handler(args)
        for warning in _read_damaged:  # said once, after what could be read
            print(f"chairdesk: warning: {warning}", file=sys.stderr)
        return status
    except CommandError as exc:
        print(f"chairdesk: {exc}", file=sys.stderr)
        return exc.status
    except KeyboardInterrupt:
        print("chairdesk: interrupted; nothing was written", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`chairdesk info | head`): stop quietly, as other tools do;
        # Python's flush of stdout at exit would fail again, so it goes to devnull.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_PROBLEMS
    except Exception as exc:
        # A damaged, read-only or mismatched workspace met in the middle of a command
        # (chairdesk.store.health): one sentence, as for a workspace that cannot be opened.
        from chairdesk.store.health import WorkspaceError

        if not isinstance(exc, WorkspaceError):
            raise
        print(f"chairdesk: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT


# ---------------------------------------------------------------------------


def _import_file(args: argparse.Namespace, path: Path, what: str) -> int:
    from chairdesk.store.interchange import InterchangeError, import_workspace, read_workspace_file

    try:
        doc = read_workspace_file(path)
    except InterchangeError as exc:
        raise CommandError(f"{exc}\nNothing was imported.") from exc
    ws = _open(args, create=True, writes=True)
    try:
        with ws.transaction() as session:
            report = import_workspace(session, doc)
    except InterchangeError as exc:
        raise CommandError(f"{exc}\nNothing was imported.") from exc
    finally:
        ws.close()
    print(f"Imported {what} into {ws.path}: {report.summary()}")
    for line in report.details():
        print(f"  {line}")
    return EXIT_OK


def _display_problem() -> str | None:
    """Why the application cannot show a window here (no display on Linux and the like), or None.

    Qt itself would abort (exit 134) with a message about its xcb plugin that names neither
    the cause nor the way out; this says both before Qt is loaded.
    """
    if sys.platform in ("win32", "darwin"):
        return None
    chosen = os.environ.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen and chosen not in ("xcb", "wayland", "wayland-egl"):
        return None  # offscreen, vnc, eglfs...: the person chose where it shows
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "there is no display to show the application on (neither DISPLAY nor WAYLAND_DISPLAY is "
        "set: a server, an SSH session or a container). Everything it does can be done from the "
        "command line (`chairdesk --help`); to run the application without a screen, set "
        "QT_QPA_PLATFORM=offscreen (`QT_QPA_PLATFORM=offscreen chairdesk`)."
    )


def cmd_gui(args: argparse.Namespace) -> int:
    problem = _display_problem()
    if problem is not None:
        raise CommandError(problem)
    import gc

    # Start-up makes about 100,000 objects that live as long as the application (modules,
    # classes, Qt's enums), and the cyclic collector would traverse them again and again
    # for nothing: about 40 ms of start-up. The application resumes it once the window is
    # up and the store loaded (gui.startup.resume_garbage_collection).
    gc.disable()
    try:
        # The store (SQLAlchemy Core, its sqlite dialect, the first screen's queries) before
        # Qt: PySide6's import hook (its __feature__ switch) reads the source of every module
        # imported after PySide6, which costs about 60 ms of start-up for SQLAlchemy's alone.
        import sqlalchemy.dialects.sqlite  # noqa: F401

        import chairdesk.store.database
        import chairdesk.store.meeting_queries  # noqa: F401
        from chairdesk.gui import run_application

        _, workspace, backups = _paths(args)
        # Without a chosen workspace or data folder, the application reopens the last one used.
        chosen = args.workspace or args.data_dir or os.environ.get(DATA_DIR_ENV)
        return run_application(workspace if chosen else None, backups)
    finally:
        gc.enable()


def cmd_demo(args: argparse.Namespace) -> int:
    from chairdesk.domain.wording import un_date
    from chairdesk.store.demo import EXAMPLE_AS_AT

    status = _import_file(args, resource_path("demo", "workspace.json"), "the demo workspace")
    # Asked about today, a 2022 workspace has nobody chairing and nothing planned.
    print(
        f"The example's records end on {un_date(EXAMPLE_AS_AT)}: the application opens it "
        f"as at that day; here, give the day with --on (`chairdesk chair --group ETCIP --on "
        f"{EXAMPLE_AS_AT.isoformat()}`)"
    )
    return status


def cmd_import(args: argparse.Namespace) -> int:
    from chairdesk.cli.submissions import import_submissions_command, is_word_file

    if len(args.file) == 1 and not is_word_file(args.file[0]):
        if args.group or args.year is not None:
            raise CommandError(
                "--group and --year are for Word submissions (.docx), not a workspace file"
            )
        return _import_file(args, args.file[0], str(args.file[0]))
    return import_submissions_command(
        args, lambda: _open(args, create=True, writes=True), CommandError
    )


def cmd_export(args: argparse.Namespace) -> int:
    if args.format != "json":
        return _export_document(args)
    from chairdesk.store.interchange import dump_json, export_workspace

    ws = _open(args)
    try:
        with ws.read() as session:
            text = dump_json(export_workspace(session))
    finally:
        ws.close()
    if str(args.output) == "-":
        sys.stdout.write(text)
        return EXIT_OK
    _write_atomically(args.output, text.encode("utf-8"))
    print(f"Exported the workspace to {args.output}")
    return EXIT_OK


def _write_atomically(target: Path, data: bytes) -> None:
    """Write through a temporary file and rename, so a failure leaves no half file."""
    from chairdesk.files import write_atomically

    try:
        write_atomically(target, data)
    except OSError as exc:
        raise CommandError(f"{target.expanduser()}: cannot write ({exc.strerror})") from exc


def _export_document(args: argparse.Namespace) -> int:
    """Write a Word document or a calendar; nothing is written unless it is complete.

    What it prints about the document (warnings, notes, errors) is in the document's
    language: a chair who asks for a French document reads French.
    """
    from chairdesk.reports.docx_builder import ReportError
    from chairdesk.reports.messages import worded

    language = getattr(args, "language", "en")

    def say(message: str) -> str:
        return message.worded(language) if hasattr(message, "worded") else str(message)

    ws = _open(args)
    try:
        with ws.read() as session:
            result = _EXPORT_DOCUMENT[args.format](args, session)
    except ReportError as exc:
        raise CommandError(
            f"{exc.worded(language)}\n{worded('nothing_written', language)}"
        ) from exc
    finally:
        ws.close()
    for warning in result.warnings:
        print(f"chairdesk: {worded('warning', language, text=say(warning))}", file=sys.stderr)
    print(worded("wrote", language, path=result.path))
    for note in result.notes:
        print(f"  {say(note)}")
    return EXIT_OK


def _export_submission(args: argparse.Namespace, session):  # noqa: ANN001, ANN202
    from chairdesk.reports.submission import DEFAULT_COMMITTEE, write_submission

    group_id = _group_id(session, args.group)
    return write_submission(
        session,
        group_id,
        args.year,
        args.output.expanduser(),
        args.template,
        args.language,
        committee=args.committee or DEFAULT_COMMITTEE,
    )


def _export_agenda(args: argparse.Namespace, session):  # noqa: ANN001, ANN202
    from chairdesk.reports.documents import write_agenda

    return write_agenda(
        session,
        _meeting_id(session, args.meeting),
        args.output.expanduser(),
        args.template,
        language=args.language,
    )


def _export_minutes(args: argparse.Namespace, session):  # noqa: ANN001, ANN202
    from chairdesk.reports.documents import write_minutes

    return write_minutes(
        session,
        _meeting_id(session, args.meeting),
        args.output.expanduser(),
        args.template,
        language=args.language,
    )


def _export_annex(args: argparse.Namespace, session):  # noqa: ANN001, ANN202
    from chairdesk.reports.documents import write_annex

    return write_annex(
        session, args.year, args.output.expanduser(), args.template, language=args.language
    )


def _export_handover(args: argparse.Namespace, session):  # noqa: ANN001, ANN202
    from chairdesk.reports.documents import write_handover

    group_id = _group_id(session, args.group)
    return write_handover(
        session,
        group_id,
        args.output.expanduser(),
        args.template,
        today=args.date,
        language=args.language,
    )


def _export_ics(args: argparse.Namespace, session):  # noqa: ANN001, ANN202
    from chairdesk.reports.calendar import write_calendar

    return write_calendar(
        session,
        _group_id(session, args.group),
        args.output.expanduser(),
        args.year,
        language=args.language,
    )


def _export_review(args: argparse.Namespace, session):  # noqa: ANN001, ANN202
    from chairdesk.cli.submissions import export_review

    return export_review(args, session)


_EXPORT_DOCUMENT = {
    "submission": _export_submission,
    "review": _export_review,
    "agenda": _export_agenda,
    "minutes": _export_minutes,
    "annex": _export_annex,
    "handover": _export_handover,
    "ics": _export_ics,
}


def cmd_meetings(args: argparse.Namespace) -> int:
    from chairdesk.reports.report_data import MEETING_KIND_LABELS, meetings

    ws = _open(args)
    try:
        with ws.read() as session:
            group_id = _group_id(session, args.group)
            first = last = None
            if args.year is not None:
                from datetime import date

                first, last = date(args.year, 1, 1), date(args.year, 12, 31)
            found = meetings(session, group_id, first, last)
    finally:
        ws.close()
    if not found:
        print(f"No meetings of {args.group}" + (f" in {args.year}" if args.year else ""))
        return EXIT_OK
    for meeting in found:
        kind = MEETING_KIND_LABELS[meeting.kind]
        print(f"{meeting.id}  {meeting.start:%Y-%m-%d %H:%M}  {kind:<26}  {meeting.title}")
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    from chairdesk.store.checks import table_counts
    from chairdesk.store.composition_queries import groups as all_groups
    from chairdesk.store.queries import meetings_per_group, workspace_name

    data, _, backups = _paths(args)
    ws = _open(args)
    try:
        with ws.read() as session:
            name = workspace_name(session)
            counts = table_counts(session)
            groups = all_groups(session)
            meetings = meetings_per_group(session)
        revision = ws.schema_revision()
    finally:
        ws.close()
    print(f"Workspace:      {name if name is not None else '(unnamed)'}")
    print(f"Database:       {ws.path}")
    print(f"Data folder:    {data}")
    print(f"Backups:        {backups}")
    print(f"Schema version: {revision}")
    print(f"ChairDesk:      {__version__}")
    print()
    print(f"{'Records':<18}{'live':>8}{'in trash':>10}")
    for table, (kept, trash) in counts.items():
        print(f"{table:<18}{kept:>8}{trash:>10}")
    print()
    print(f"Working groups ({len(groups)}):")
    for g in groups:
        print(f"  {g.acronym:<8} pillar {g.pillar.value:<4} {meetings[g.id]:>4} meetings  {g.name}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    """SQLite's checks, then the data's own rules. A workspace that is damaged or whose tables
    do not match its schema is what `check` reports, in a sentence, not a failure of `check`."""
    from chairdesk.store.checks import check_workspace
    from chairdesk.store.database import WorkspaceError, open_workspace
    from chairdesk.sync.location import database_location_problem

    data, path, backups = _paths(args)
    if not (path.is_file() and path.stat().st_size):
        raise CommandError(_no_workspace(args, data, path))
    if (where := database_location_problem(path)) is not None:
        raise CommandError(f"refusing to use {path}: {where}")
    problems: list[object] = []
    try:
        ws = open_workspace(path, backups)
    except WorkspaceError as exc:
        problems.append(exc)
    else:
        try:
            if (ws.damage or ws.verify()) is not None:
                problems.append(ws.damaged_error())
            else:
                with ws.read() as session:
                    problems = list(check_workspace(session))
        except WorkspaceError as exc:
            problems = [exc]
        finally:
            ws.close()
    if not problems:
        print(f"{path}: no problems found")
        return EXIT_OK
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem{'s' if len(problems) != 1 else ''} found in {path}")
    return EXIT_PROBLEMS


def cmd_backup(args: argparse.Namespace) -> int:
    from chairdesk.store.backup import backup_database, copy_database

    ws = _open(args, daily_backup=False)  # a backup is of a readable, current workspace
    try:
        if (ws.damage or ws.verify()) is not None:  # a copy of it would pass for a good backup
            raise CommandError(str(ws.damaged_error()))
    finally:
        ws.close()
    _, workspace, backups = _paths(args)
    if args.output:
        target = args.output.expanduser()
        if target.exists():
            raise CommandError(f"{target}: already exists; choose another name")
        copy_database(workspace, target)
    else:
        target = backup_database(workspace, backups, reason="manual")
    print(f"Backed up {workspace} to {target}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from chairdesk.store.database import WorkspaceError, restore_workspace

    _, workspace, backups = _paths(args)
    try:
        safety = restore_workspace(workspace, args.backup.expanduser(), backups)
    except WorkspaceError as exc:
        raise CommandError(str(exc)) from exc
    if safety and "damaged" in safety.name:
        print(f"The damaged workspace is kept at {safety}")
    elif safety:
        print(f"The state before the restore is backed up at {safety}")
    print(f"Restored {workspace} from {args.backup}")
    return EXIT_OK


def cmd_schema(_args: argparse.Namespace) -> int:
    from chairdesk.store.interchange_format import json_schema

    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


def cmd_sync(args: argparse.Namespace) -> int:
    from chairdesk.sync.cli_commands import run_sync_command

    # Joining a shared folder starts from a new, empty workspace: `sync link` may make it.
    return run_sync_command(
        args,
        lambda: _open(
            args, create=args.sync_command == "link", writes=args.sync_command != "status"
        ),
        CommandError,
    )


def _record_commands() -> dict[str, Callable[[argparse.Namespace], int]]:
    from chairdesk.cli.records import COMMANDS

    return COMMANDS


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": cmd_gui,
    "demo": cmd_demo,
    "import": cmd_import,
    "export": cmd_export,
    "info": cmd_info,
    "meetings": cmd_meetings,
    "check": cmd_check,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "schema": cmd_schema,
    "sync": cmd_sync,
}


if __name__ == "__main__":
    sys.exit(main())
