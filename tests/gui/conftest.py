from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp) -> None:  # noqa: ANN001
    """Window geometry and preferences go to a throw-away folder, never the user's."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    qapp.setOrganizationName("ChairDeskTests")
    qapp.setApplicationName("ChairDeskTests")


@pytest.fixture
def english_24_hour_clock():
    """Times as "15:05" and dates in English whatever the machine's locale."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)
