"""`chairdesk sync ...`: link, one round, status, rename, unlink.

Registered by chairdesk/cli.py; imports pycrdt only when a sync command runs.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from datetime import UTC
from pathlib import Path
from typing import Any


def add_sync_parser(commands: argparse._SubParsersAction) -> None:
    sync = commands.add_parser(
        "sync",
        help="sync through a shared folder (without a subcommand: one round)",
        description="Without a subcommand, run one sync round: send this laptop's changes to "
        "the shared folder, apply what the others wrote, and report it.",
    )
    _passphrase_option(sync)
    subs = sync.add_subparsers(dest="sync_command", metavar="SUBCOMMAND")
    p = subs.add_parser(
        "link", help="create a shared workspace in FOLDER, or join the one it holds"
    )
    p.add_argument(
        "folder",
        type=Path,
        help="the shared folder (OneDrive, Dropbox, Syncthing, a network drive)",
    )
    p.add_argument(
        "--name",
        metavar="NAME",
        help="this device's name as others see it (default: user@computer, as the "
        "application suggests)",
    )
    p.add_argument(
        "--workspace-name",
        metavar="NAME",
        help="name of a new shared workspace (default: this workspace's name)",
    )
    _passphrase_option(p, creating=True)
    p.add_argument(
        "--remember-passphrase",
        action="store_true",
        help="keep the passphrase in the operating system's keychain for later rounds",
    )
    p.add_argument(
        "--add-local",
        action="store_true",
        help="when joining, add this workspace's own records to the shared one (without it, "
        "a workspace with records of its own is refused: joined, two workspaces set up "
        "apart stand side by side, the same group twice)",
    )
    subs.add_parser(
        "status",
        help="the folder, devices seen, pending changes, quarantined files and records set aside",
    )
    subs.add_parser("unlink", help="stop syncing this workspace (the folder is left as it is)")
    p = subs.add_parser(
        "rename", help="give this device a new name (the others see it after their next round)"
    )
    p.add_argument("name", help="the new name")


_PASSPHRASE_ENV = (
    "CHAIRDESK_SYNC_PASSPHRASE"  # chairdesk.sync.service.PASSPHRASE_ENV (without pycrdt)
)


def _passphrase_option(p: argparse.ArgumentParser, *, creating: bool = False) -> None:
    what = (
        (
            "encrypt a new shared workspace with the passphrase in this environment variable, "
            "or give the passphrase of an encrypted one"
        )
        if creating
        else ("read the passphrase of an encrypted shared workspace from this environment variable")
    )
    p.add_argument(
        "--passphrase-env",
        metavar="VAR",
        help=f"{what} (default: $CHAIRDESK_SYNC_PASSPHRASE, else the keychain)",
    )


def _passphrase(args: argparse.Namespace, error: Callable[[str], Exception]) -> str | None:
    var = getattr(args, "passphrase_env", None)
    if not var:
        return None
    value = os.environ.get(var)
    if not value:
        raise error(f"--passphrase-env: the environment variable {var} is not set or empty")
    return value


def run_sync_command(
    args: argparse.Namespace, open_workspace: Callable[[], Any], error: Callable[[str], Exception]
) -> int:
    """Dispatch `chairdesk sync [link|status|rename|unlink]`; `error(message)` makes a CommandError."""
    from chairdesk.sync import service

    command = args.sync_command or "round"
    passphrase = _passphrase(args, error)
    ws = open_workspace()
    try:
        if command == "link":
            result = service.link(
                ws,
                args.folder,
                device_name=args.name,
                passphrase=passphrase,
                workspace_name=args.workspace_name,
                remember_passphrase=args.remember_passphrase,
                add_local=args.add_local,
            )
            verb = (
                "Created the shared workspace" if result.created else "Joined the shared workspace"
            )
            lock = " (encrypted)" if result.encrypted else ""
            print(f"{verb} {result.workspace_name!r}{lock} in {result.folder}")
            print(f"This device: {result.device_name} ({result.device_id})")
            if args.remember_passphrase:
                _say_what_was_remembered(result)
            report = service.run_round(ws, passphrase=passphrase)
            _print_round(report)
            return 0
        if command == "unlink":
            result = service.unlink(ws)
            print(f"Unlinked from {result.folder}; the folder was left as it is")
            if result.unsent:
                print(
                    f"  {result.unsent} local change(s) had not been sent; linking this "
                    "shared folder again sends them"
                )
            return 0
        if command == "rename":
            name = service.rename_device(ws, args.name)
            print(f"This device is now {name!r}; the others see it after their next round")
            return 0
        if command == "status":
            st = service.status(ws)
            if st is None:
                print("Not linked to a shared folder (`chairdesk sync link FOLDER` links it)")
                return 0
            print(f"Folder:       {st.folder} ({'online' if st.online else 'OFFLINE'})")
            print(f"Encrypted:    {'yes' if st.encrypted else 'no'}")
            print(f"This device:  {st.device_name} ({st.device_id})")
            print(f"Last round:   {_when(st.last_round)}")
            print(f"Pending:      {st.pending} local change(s) not yet sent")
            print(f"Devices ({len(st.devices)}):")
            for d in st.devices:
                me = "  (this device)" if d.this_device else ""
                print(
                    f"  {d.name or '(unnamed)':<24} last activity {_when(d.last_activity)}, "
                    f"{d.files} file(s){me}"
                )
            print(f"Quarantined files: {len(st.quarantined)}")
            for q in st.quarantined:
                print(f"  {q.path}: {q.reason}")
            print(f"Records set aside: {st.set_aside_count}")
            for r in st.set_aside:
                print(f"  {_set_aside_line(r)}")
            if st.set_aside_count > len(st.set_aside):
                print(f"  ... and {st.set_aside_count - len(st.set_aside)} more")
            return 0
        report = service.run_round(ws, passphrase=passphrase)
        _print_round(report)
        return 0
    except service.SyncError as exc:
        raise error(str(exc)) from exc
    finally:
        ws.close()


def _set_aside_line(record) -> str:  # noqa: ANN001 - service.SetAsideRecord
    """``meeting 1a2b… “Q1 meeting”: kind: 'hackathon' is not … (from devices/x/….update)``."""
    label = f" “{record.label}”" if record.label else ""
    why = f"{record.field}: {record.reason}" if record.field else record.reason
    source = f" (from {record.file})" if record.file else ""
    state = "waiting: " if record.waiting else ""
    return f"{record.table} {record.record_id}{label}: {state}{why}{source}"


def _say_what_was_remembered(result) -> None:  # noqa: ANN001 - a LinkResult
    """--remember-passphrase that could not be honoured is said, not silently dropped."""
    import sys

    if not result.encrypted:
        print(
            "chairdesk: warning: --remember-passphrase: the shared workspace is not encrypted: "
            "there is no passphrase to remember",
            file=sys.stderr,
        )
    elif not result.passphrase_remembered:
        print(
            "chairdesk: warning: --remember-passphrase: there is no keychain on this computer (or it "
            "refused), so the passphrase was not remembered: give it again for every sync, with "
            f"--passphrase-env VAR or ${_PASSPHRASE_ENV}",
            file=sys.stderr,
        )


def _when(value) -> str:  # noqa: ANN001 - datetime | None
    if value is None:
        return "never"

    return value.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def _print_round(report) -> None:  # noqa: ANN001 - RoundReport
    if report.offline:
        print("The shared folder is offline: nothing was sent or received; try again later")
        return
    set_aside = f", set aside {report.set_aside} record(s)" if report.set_aside else ""
    print(
        f"Sent {report.sent}, received {report.received}, skipped {report.skipped}, "
        f"quarantined {report.quarantined}{set_aside}"
    )
    if report.changed_tables:
        print(f"  changed: {', '.join(sorted(report.changed_tables))}")
    if report.new_device_id:
        print(f"  this device now has the id {report.new_device_id}")
    for message in report.messages:
        print(f"  {message}")
