"""Preferences (Edit → Preferences…, Ctrl+,): kept in QSettings, one key each.

| QSettings key           | value                                              | default             |
| ----------------------- | -------------------------------------------------- | ------------------- |
| `author/name`           | the person's name, for documents they write        | ""                  |
| `author/entity`         | their entity's acronym (UNOCT, OPCW, ...)          | ""                  |
| `reports/template`      | the Word template (.docx/.dotx) for every document; | "" (ChairDesk's)   |
|                         | shared with chairdesk.gui.document_export           |                     |
| `ui/language`           | "" (follow the system), "en" or "fr"               | ""                  |
| `backups/folder`        | where backups go; "" is `<data folder>/backups`    | ""                  |
| `backups/retentionDays` | days a backup is kept; 0 keeps them all            | 30                  |
| `sync/deviceName`       | this laptop's name for the others (the Sync view)  | user@host           |
| `sync/folder`           | the shared folder chosen for sync                  | ""                  |

Other modules read them through `load_preferences()` (or `backup_folder()`,
`retention_days()`), never by spelling the keys again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from chairdesk.gui.document_export import TEMPLATE_KEY
from chairdesk.gui.qt import (
    QSettings,
)
from chairdesk.paths import backups_dir, data_dir
from chairdesk.sync.device import default_device_name

AUTHOR_NAME_KEY = "author/name"
AUTHOR_ENTITY_KEY = "author/entity"
LANGUAGE_KEY = "ui/language"
BACKUP_FOLDER_KEY = "backups/folder"
RETENTION_KEY = "backups/retentionDays"
DEVICE_NAME_KEY = "sync/deviceName"
SYNC_FOLDER_KEY = "sync/folder"

DEFAULT_RETENTION_DAYS = 30
LANGUAGE_CODES = ("", "en", "fr")  # "" follows the system


@dataclass(frozen=True)
class Preferences:
    author_name: str = ""
    author_entity: str = ""
    template: Path | None = None  # None: ChairDesk's own template
    language: str = ""
    backup_folder: Path | None = None  # None: the data folder's backups/
    retention_days: int = DEFAULT_RETENTION_DAYS  # 0: keep every backup
    device_name: str = ""
    sync_folder: Path | None = None


def _text(settings: QSettings, key: str) -> str:
    value = settings.value(key, "")
    return str(value).strip() if value is not None else ""


def _path(settings: QSettings, key: str) -> Path | None:
    value = _text(settings, key)
    return Path(value) if value else None


def load_preferences() -> Preferences:
    settings = QSettings()
    language = _text(settings, LANGUAGE_KEY)
    try:
        retention = int(settings.value(RETENTION_KEY, DEFAULT_RETENTION_DAYS))
    except (TypeError, ValueError):
        retention = DEFAULT_RETENTION_DAYS
    return Preferences(
        author_name=_text(settings, AUTHOR_NAME_KEY),
        author_entity=_text(settings, AUTHOR_ENTITY_KEY),
        template=_path(settings, TEMPLATE_KEY),
        language=language if language in LANGUAGE_CODES else "",
        backup_folder=_path(settings, BACKUP_FOLDER_KEY),
        retention_days=max(0, retention),
        device_name=_text(settings, DEVICE_NAME_KEY) or default_device_name(),
        sync_folder=_path(settings, SYNC_FOLDER_KEY),
    )


def save_preferences(prefs: Preferences) -> None:
    settings = QSettings()
    settings.setValue(AUTHOR_NAME_KEY, prefs.author_name.strip())
    settings.setValue(AUTHOR_ENTITY_KEY, prefs.author_entity.strip())
    settings.setValue(TEMPLATE_KEY, str(prefs.template) if prefs.template else "")
    settings.setValue(LANGUAGE_KEY, prefs.language)
    settings.setValue(BACKUP_FOLDER_KEY, str(prefs.backup_folder) if prefs.backup_folder else "")
    settings.setValue(RETENTION_KEY, int(prefs.retention_days))
    settings.setValue(DEVICE_NAME_KEY, prefs.device_name.strip())
    settings.setValue(SYNC_FOLDER_KEY, str(prefs.sync_folder) if prefs.sync_folder else "")
    settings.sync()


def backup_folder(default: Path | None = None) -> Path:
    """Where backups go: the chosen folder, else `default`, else the data folder's backups/."""
    chosen = load_preferences().backup_folder
    return chosen or default or backups_dir(data_dir())


def retention_days() -> int:
    return load_preferences().retention_days
