"""Where a workspace database may live: never in the shared folder or a cloud-synced one.

No pycrdt here, so that the application can check its database's place at start-up
cheaply (``database_location_problem(path)``) and say why it refuses.
"""

from __future__ import annotations

import os
import re
from pathlib import Path


def database_location_problem(database: Path, folder: Path | None = None) -> str | None:
    """Why the workspace database must not stay where it is, or None.

    SQLite files that a sync client copies while they are open get corrupted, so
    the database may be neither inside the shared folder nor inside any folder
    that a cloud client keeps in step (OneDrive, Dropbox, Google Drive, iCloud
    Drive, Syncthing...).
    """
    database = Path(database)
    if folder is not None and is_inside(database, folder):
        return (
            f"the workspace database {database} is inside the shared folder {folder}; "
            "a sync client copying a live database corrupts it. Keep the database outside "
            "(the default data folder is fine) and link the folder again"
        )
    cloud = looks_cloud_synced(database.parent)
    if cloud:
        return (
            f"the workspace database {database} is inside a folder kept in step by "
            f"{cloud}; a sync client copying a live database corrupts it. Move the "
            "workspace out (`--data-dir`), then link the shared folder"
        )
    return None


_MARKERS = {
    ".dropbox": "Dropbox",
    ".dropbox.cache": "Dropbox",
    ".stfolder": "Syncthing",
    ".owncloudsync.log": "Nextcloud/ownCloud",
    ".tmp.drivedownload": "Google Drive",
    ".tmp.driveupload": "Google Drive",
    ".sync": "Resilio Sync",
}
_NEXTCLOUD_DB = re.compile(r"^\.?_?sync_[0-9a-f]+\.db$", re.IGNORECASE)
_CLOUD_TAG_MASK, _CLOUD_TAG = 0xFFFF0FFF, 0x9000001A  # IO_REPARSE_TAG_CLOUD_*


def _component_service(part: str, parent: Path) -> str | None:
    p = part.casefold()
    if p == "onedrive" or p.startswith(("onedrive - ", "onedrive-")):
        return "OneDrive"
    if p == "dropbox" or p.startswith("dropbox ("):
        return "Dropbox"
    if p in ("google drive", "my drive", "shared drives") or p.startswith("googledrive-"):
        return "Google Drive"
    if p in ("icloud drive", "icloud drive (archive)", "com~apple~clouddocs", "mobile documents"):
        return "iCloud Drive"
    if p in ("box sync", "box-box") or (p == "box" and parent == Path.home()):
        return "Box"
    if p in ("pcloud drive", "pclouddrive"):
        return "pCloud"
    if p in ("nextcloud", "owncloud"):
        return "Nextcloud/ownCloud"
    if p == "cloudstorage" and parent.name.casefold() == "library":
        return "a cloud storage provider"
    return None


def _ancestors(path: Path) -> list[Path]:
    seen, out = set(), []
    for base in (Path(os.path.abspath(path)), Path(os.path.realpath(path))):
        for p in (base, *base.parents):
            if p not in seen:
                seen.add(p)
                out.append(p)
    return out


def looks_cloud_synced(path: Path | str) -> str | None:
    """Why ``path`` seems to be inside a folder kept in step by a sync client, or ``None``.

    The answer names the service and the folder, e.g. ``"Dropbox (/home/ana/Dropbox)"``.
    It looks at folder names on the way up (OneDrive, Dropbox, Google Drive, iCloud Drive,
    Box, pCloud, Nextcloud, macOS ~/Library/CloudStorage), marker files (``.dropbox``,
    ``.stfolder``, Nextcloud's ``.sync_*.db``...), the OneDrive folders Windows names in the
    environment, and Windows cloud-file reparse points (OneDrive and SharePoint libraries).
    """
    ancestors = _ancestors(Path(path))
    for var in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer"):
        root = os.environ.get(var)
        if root and is_inside(path, root):
            return f"OneDrive ({root})"
    for folder in ancestors:
        if folder.name:
            service = _component_service(folder.name, folder.parent)
            if service:
                return f"{service} ({folder})"
        for marker, service in _MARKERS.items():
            try:
                if os.path.lexists(folder / marker):
                    return f"{service} ({folder})"
            except OSError:
                pass
        try:
            if any(_NEXTCLOUD_DB.match(n) for n in os.listdir(folder)):
                return f"Nextcloud/ownCloud ({folder})"
        except OSError:
            pass
        try:
            tag = getattr(os.lstat(folder), "st_reparse_tag", 0)
        except OSError:
            tag = 0
        if tag and tag & _CLOUD_TAG_MASK == _CLOUD_TAG:
            return f"OneDrive/SharePoint cloud files ({folder})"
    return None


def _canonical(path: Path | str) -> str:
    return os.path.normcase(os.path.realpath(path))


def is_inside(path: Path | str, folder: Path | str) -> bool:
    """True when ``path`` is ``folder`` or below it (symlinks, case and aliases resolved
    where the disk can tell; works for paths that do not exist yet)."""
    p, f = _canonical(path), _canonical(folder)
    if p == f or p.startswith(f.rstrip(os.sep) + os.sep):
        return True
    try:
        folder_stat = os.stat(folder)
    except OSError:
        return False
    for anc in _ancestors(Path(path)):
        try:
            if os.path.samestat(os.stat(anc), folder_stat):
                return True
        except OSError:
            continue
    return False
