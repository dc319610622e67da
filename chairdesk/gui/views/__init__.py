"""The main views, one module or package each (a package: the view's shell, its panels and models)."""
