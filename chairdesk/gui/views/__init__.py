"""The main views, one module each."""
