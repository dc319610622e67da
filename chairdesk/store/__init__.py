"""The SQLite store: models, sessions, migrations, queries and operations. No Qt here."""
