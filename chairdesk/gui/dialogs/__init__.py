"""Dialogs, one module each; each offers an `ask()` that its view (and the tests) call."""
