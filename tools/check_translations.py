"""Check the translations: exit 1 if a message is untranslated, stale or damaged, or if a tr()
text of the code is missing from resources/translations/chairdesk_*.ts.

    python tools/check_translations.py

Runs pyside6-lupdate on the sources into a temporary file and compares; also checks that
placeholders ({name}, %1, %n), HTML tags, & accelerators, line breaks and edge spaces
survive translation, and that French plurals have both forms.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from chairdesk.gui.i18n_tools import check_all  # noqa: E402

if __name__ == "__main__":
    problems = check_all()
    for problem in problems:
        print(problem)
    print(f"{len(problems)} translation problem(s)" if problems else "translations: complete")
    sys.exit(1 if problems else 0)
