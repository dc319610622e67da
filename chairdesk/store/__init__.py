"""The SQLite store: models, sessions, migrations, queries and operations. No Qt here.

- Opening a workspace and its seam to sync: `database` (`Workspace.add_change_listener`:
  listeners told, in each writing transaction, of the synced records it touched).
- Reading: the `*_queries` modules and `queries` are the one read model, used by the views,
  the reports and the command line alike; `tables.live(...)` is the one filter that leaves
  records in the trash out, `workplan_queries.group_activities` the one query for a group's
  live activities. `tables` are Core clauses for the first screen (no ORM before the first
  paint). One read class per concept (`GroupDetails`, `MeetingDetail`...): reports extend
  them rather than copy them, and the command line writes no query of its own.
- Writing: one operation per user action in `ops`, each one transaction.
"""
