"""`python tests/sync/newer_chairdesk.py ARGS...`: the command line of a *newer* ChairDesk.

It is this ChairDesk with one more meeting kind ("hackathon"), as a later version
might add one: its vocabulary is this one's plus that member, loaded before anything
else, so the whole program (models, rules, command line) knows the new kind. The
hostile-file tests use it to show that what an older laptop set aside comes back
whole once that laptop is updated.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
NEW_KIND = "hackathon"


def _newer_vocabulary() -> None:
    spec = importlib.util.find_spec("chairdesk.domain.vocabulary")
    source = Path(spec.origin).read_text(encoding="utf-8")
    marker = '    WORKSHOP = "workshop"\n'
    assert marker in source, "MeetingKind changed: update this test helper"
    source = source.replace(marker, marker + f'    HACKATHON = "{NEW_KIND}"\n', 1)
    module = importlib.util.module_from_spec(spec)
    exec(compile(source, spec.origin, "exec"), module.__dict__)  # noqa: S102 - our own source
    sys.modules[spec.name] = module
    import chairdesk.domain

    chairdesk.domain.vocabulary = module


if __name__ == "__main__":
    sys.path.insert(0, str(REPO))
    _newer_vocabulary()
    from chairdesk.cli import main

    sys.exit(main(sys.argv[1:]))
