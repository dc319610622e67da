"""The main views, one package each: the view's shell in `__init__`, its panels and their
models beside it (composition/: one panel per tab; meetings/: the list and the editor's panels)."""
