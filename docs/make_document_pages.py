"""Pages of the demo's ETCIP 2022 submission in English and French, for the README.

Exports the submission with the current code, has LibreOffice print it to PDF
and pdftoppm turn the pages into PNGs, as a reader (or an editor) would see
them:

    apt-get install libreoffice-writer poppler-utils   # once
    python docs/make_document_pages.py

writes docs/screenshots/submission-en-page-N.png and submission-fr-page-N.png for the
pages the README shows (`PAGES`).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from chairdesk.reports.submission import write_submission
from chairdesk.store.database import open_workspace
from chairdesk.store.demo import load_demo
from chairdesk.store.queries import group_by_acronym

OUT = Path(__file__).parent / "screenshots"
TODAY = date(2023, 1, 20)  # the chair writes the 2022 submission in January
DPI = 80
PAGES = (1, 4)  # the opening page, and the work plan's figures


def main() -> int:
    soffice, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    if not soffice or not pdftoppm:
        print("needs LibreOffice (soffice) and poppler-utils (pdftoppm)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        workspace = open_workspace(folder / "demo.sqlite3", folder / "backups")
        with workspace.transaction() as session:
            load_demo(session)
        with workspace.read() as session:
            group = group_by_acronym(session, "ETCIP").id
            for language in ("en", "fr"):
                write_submission(
                    session,
                    group,
                    2022,
                    folder / f"submission-{language}.docx",
                    language=language,
                    today=TODAY,
                )
        workspace.close()
        for old in OUT.glob("submission-*-page-*.png"):
            old.unlink()
        for language in ("en", "fr"):
            document = folder / f"submission-{language}.docx"
            subprocess.run(
                [
                    soffice,
                    f"-env:UserInstallation=file://{folder / 'lo'}",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(folder),
                    str(document),
                ],
                check=True,
                capture_output=True,
                timeout=600,
            )
            subprocess.run(
                [
                    pdftoppm,
                    "-r",
                    str(DPI),
                    "-png",
                    str(document.with_suffix(".pdf")),
                    str(OUT / f"submission-{language}-page"),
                ],
                check=True,
                timeout=600,
            )
    for page in sorted(OUT.glob("submission-*-page-*.png")):
        number = int(page.stem.rsplit("-", 1)[1])  # pdftoppm writes "page-1" or "page-01"
        if number not in PAGES:
            page.unlink()
            continue
        short = page.with_name(f"{page.stem.rsplit('-', 1)[0]}-{number}.png")
        page.rename(short)
        print(short)
    return 0


if __name__ == "__main__":
    sys.exit(main())
