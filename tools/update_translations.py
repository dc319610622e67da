"""Refresh resources/translations/chairdesk_*.ts from the sources (pyside6-lupdate).

    python tools/update_translations.py

New and changed tr() strings are added as unfinished; existing translations are kept;
strings no longer in the code are dropped. Translate the unfinished ones (Qt Linguist:
`pyside6-linguist resources/translations/chairdesk_fr.ts`, or any editor), then run
`python tools/check_translations.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from chairdesk.gui.i18n_tools import update_all  # noqa: E402

if __name__ == "__main__":
    for ts in update_all():
        print(f"updated {ts}")
