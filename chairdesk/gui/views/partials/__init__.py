"""Panels a view places: each a widget of its own, with its own form and `refresh(changed_tables)`."""
