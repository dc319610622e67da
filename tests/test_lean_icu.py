"""The frozen build's lean ICU data (tools/lean_icu.py): Qt sorts, changes case and names
time zones in English and French exactly as with ICU's full data."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
QT_LIB = Path(importlib.util.find_spec("PySide6").origin).parent / "Qt" / "lib"
ICU_DATA = next(QT_LIB.glob("libicudata.so.*"), None)

pytestmark = pytest.mark.skipif(
    ICU_DATA is None, reason="this PySide6 ships no ICU (only Linux's does)"
)


def _tool():  # noqa: ANN202 - the module
    spec = importlib.util.spec_from_file_location(
        "_chairdesk_lean_icu", REPO / "tools" / "lean_icu.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# What a chair's interface would show: names sorted (the file dialog sorts with QCollator),
# text in capitals, time-zone names; in English, in French and in a language ChairDesk
# does not speak (German), which only shows that the lean library is the one in use.
PROBE = r"""
import json, sys
from functools import cmp_to_key
from PySide6.QtCore import QCollator, QDateTime, QLocale, QTimeZone
words = ["cote", "côte", "coté", "côté", "Zoé", "zèbre", "Éric", "eric", "Ærø", "Œuvre", "oeuvre",
         "item 10", "item 9", "ÉTÉ", "été"]
seen = {}
for name in sys.argv[1:]:
    locale = QLocale(name)
    collator = QCollator(locale)
    numeric = QCollator(locale)
    numeric.setNumericMode(True)
    july = QDateTime.fromString("2022-07-01T12:00:00Z", "yyyy-MM-ddTHH:mm:ssZ")
    seen[name] = {
        "sorted": sorted(words, key=cmp_to_key(collator.compare)),
        "numeric": sorted(words, key=cmp_to_key(numeric.compare)),
        "upper": locale.toUpper("œuvre été ß ǆ"),
        "lower": locale.toLower("ÉTÉ İSTANBUL"),
        "zones": [QTimeZone(zone.encode()).displayName(july, QTimeZone.NameType.LongName, locale)
                  for zone in ("Europe/Paris", "America/New_York", "Asia/Tokyo")],
    }
print(json.dumps(seen, ensure_ascii=False))
"""
LOCALES = ["en_GB", "en_US", "fr_FR", "fr_CA", "fr_CH", "de_DE"]


def _probe(preload: Path | None) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD"}
    if preload is not None:
        # Same soname: libicuuc takes the preloaded library for its libicudata.
        env["LD_PRELOAD"] = str(preload)
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *LOCALES],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return json.loads(result.stdout)


def test_the_lean_data_keeps_english_french_and_what_is_no_locale() -> None:
    tool = _tool()
    header, items = tool.read_package(tool._rodata(ICU_DATA))
    names = {name.split("/", 1)[1] for name, _ in items if tool.kept(name)}
    assert {
        "coll/root.res",
        "coll/fr.res",
        "coll/en.res",
        "coll/ucadata.icu",
        "en_GB.res",
        "fr_CA.res",
        "zone/fr.res",
        "zone/pool.res",
        "res_index.res",
        "zoneinfo64.res",
        "uts46.nrm",
        "nfkc.nrm",
        "likelySubtags.res",
        "metaZones.res",
    } <= names
    assert (
        not {
            "de.res",
            "coll/zh.res",
            "zone/ja.res",
            "brkitr/cjdict.dict",
            "translit/root.res",
            "unames.icu",
            "ibm-5348_P100-1997.cnv",
        }
        & names
    )
    lean = [(name, data) for name, data in items if tool.kept(name)]
    assert tool.read_package(tool.write_package(header, lean)) == (
        header,
        [(name, data + b"\0" * (-len(data) % 16)) for name, data in lean],
    )


@pytest.mark.skipif(
    _tool().compiler() is None, reason="no C compiler to link the lean ICU data library"
)
def test_qt_sorts_changes_case_and_names_zones_as_with_the_full_data(tmp_path: Path) -> None:
    lean_library = tmp_path / ICU_DATA.name
    before, after = _tool().lean_icu_library(ICU_DATA, lean_library)
    assert after < before / 5 and lean_library.stat().st_size < 6e6, (before, after)

    full, lean = _probe(None), _probe(lean_library)
    for name in LOCALES[:-1]:
        assert lean[name] == full[name], name
    # The probe shows what the data decides: Canadian French weighs accents from the end of
    # the word ("côte" before "coté"), France's from the start; time zones have French names.
    canada, france = full["fr_CA"]["sorted"], full["fr_FR"]["sorted"]
    assert canada.index("côte") < canada.index("coté") and france.index("coté") < france.index(
        "côte"
    )
    assert full["fr_FR"]["zones"][0] == "heure d’été d’Europe centrale", full["fr_FR"]["zones"]
    assert full["fr_FR"]["numeric"].index("item 9") < full["fr_FR"]["numeric"].index("item 10")
    # German is left out: the lean library was the one in use.
    assert lean["de_DE"]["zones"] != full["de_DE"]["zones"]
