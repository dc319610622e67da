"""Dialogs and small windows, one module each; the views and the main window open them.

Each dialog takes the controller when it edits (its edits go through `inline.InlineMessage`),
and offers the class methods that its view calls and tests replace to answer for the chair
(`ask`, `ask_new`, `ask_open`).
"""
