"""Dialogs of the views, each in a module of its own, each asked through a classmethod tests replace."""
