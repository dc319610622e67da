"""Pure domain logic: no database, no Qt.

Quarters, rotations, UN-style wording and fractional positions live here so
that they can be tested, and reused by the store, reports and GUI, without
either a database or a QApplication.
"""
