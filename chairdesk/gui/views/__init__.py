"""The main views, one package each: a thin shell in `__init__` that places panels and routes
the controller's `changed(tables)` to each panel's `refresh`, the panels and their models beside
it (composition/: one panel per tab; meetings/: the list and the editor's six panels; workplan/:
the tree, the details and the progress log; reports/: export bar, sections, writing, preview;
review/: the received submissions and the compile panel; dashboard/ and sync/: shell and models).
"""
