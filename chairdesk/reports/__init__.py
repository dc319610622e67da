"""Documents and charts made from the store: the Word submission, agendas, summaries.

Reports use the store and the domain, never the GUI. They read through the store's read
classes (a group is the store's `GroupDetails`, a `MeetingInfo` the store's `MeetingDetail`
with what documents print around it), adding only their language-dependent wording.
Each document is read in one session, then laid out without the database
(`submission_data` then `render_submission`, `handover_data` then `render_handover`), as the
interchange export is (`store.interchange.workspace_records` then `interchange_document`).
"""
