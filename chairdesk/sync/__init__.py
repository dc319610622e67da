"""Offline sync of a workspace through a shared folder (OneDrive, Dropbox, a network drive...).

The transport (no database, no Qt): ``fileformat`` (the bytes of one update file),
``crypto`` (passphrase → key), ``folder`` (the shared folder's layout and safe file writes).
The merge (pycrdt Y.Doc ↔ SQLite) sits above it. See docs/sync.md.

The seam to the store: `listener.attach_if_linked(workspace)`, called wherever a workspace
is opened (the command line, the application), gives a linked workspace sync's change
listener, so that each local edit reaches the Y.Doc and the outbox in its own transaction.
`device.default_device_name()` is the one name a laptop gets until the chair gives another.
"""
