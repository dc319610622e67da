"""Dialogs and small windows, one module each; the views and the main window open them.

Each dialog takes the controller when it edits (its edits go through `inline.InlineMessage`),
and exposes the classmethods that tests replace to answer for the chair (`ask_new`, `ask_open`).
"""
