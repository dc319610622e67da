"""Where a workspace database may live: never in the shared folder or a cloud-synced one.

No pycrdt here, so that the application can check its database's place at start-up
cheaply (``database_location_problem(path)``) and say why it refuses.
"""

from __future__ import annotations

from pathlib import Path

from chairdesk.sync.folder import is_inside, looks_cloud_synced


def database_location_problem(database: Path, folder: Path | None = None) -> str | None:
    """Why the workspace database must not stay where it is, or None.

    SQLite files that a sync client copies while they are open get corrupted, so
    the database may be neither inside the shared folder nor inside any folder
    that a cloud client keeps in step (OneDrive, Dropbox, Google Drive, iCloud
    Drive, Syncthing...).
    """
    database = Path(database)
    if folder is not None and is_inside(database, folder):
        return (f"the workspace database {database} is inside the shared folder {folder}; "
                "a sync client copying a live database corrupts it. Keep the database outside "
                "(the default data folder is fine) and link the folder again")
    cloud = looks_cloud_synced(database.parent)
    if cloud:
        return (f"the workspace database {database} is inside a folder kept in step by "
                f"{cloud}; a sync client copying a live database corrupts it. Move the "
                "workspace out (`--data-dir`), then link the shared folder")
    return None
