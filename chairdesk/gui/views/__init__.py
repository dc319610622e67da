"""The main views, one module each, or a package of panels (composition/: one per tab)."""
