"""Offline sync of a workspace through a shared folder (OneDrive, Dropbox, a network drive...).

The transport (no database, no Qt): ``fileformat`` (the bytes of one update file),
``crypto`` (passphrase → key), ``folder`` (the shared folder's layout and safe file writes).
The merge (pycrdt Y.Doc ↔ SQLite) sits above it. See docs/sync.md.
"""
