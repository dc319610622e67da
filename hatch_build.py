"""Wheel build hook: compile resources/translations/*.ts into .qm files inside the wheel.

The .ts files are the sources kept in git; the compiled .qm files are not (.gitignore).
Hatchling runs this hook ([tool.hatch.build.hooks.custom] in pyproject.toml) in a build
environment that has PySide6-Essentials, whose lrelease compiles them; each .qm goes to
chairdesk/resources/translations/ in the wheel, where chairdesk.gui.i18n loads it.
Editable installs need none: a source checkout compiles into the user cache at start-up.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _i18n_tools(root: Path):  # noqa: ANN202
    """chairdesk/gui/i18n_tools.py, loaded by its path (ChairDesk's dependencies are not installed here)."""
    path = root / "chairdesk" / "gui" / "i18n_tools.py"
    spec = importlib.util.spec_from_file_location("_chairdesk_i18n_tools", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (its dataclasses look themselves up there)
    spec.loader.exec_module(module)
    return module


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        root = Path(self.root)
        self._scratch = Path(tempfile.mkdtemp(prefix="chairdesk-qm-"))
        compiled = _i18n_tools(root).compile_translations(root / "resources" / "translations", self._scratch)
        if not compiled:
            raise RuntimeError("no resources/translations/chairdesk_*.ts to compile")
        for qm in compiled:
            build_data["force_include"][str(qm)] = f"chairdesk/resources/translations/{qm.name}"

    def finalize(self, version: str, build_data: dict, artifact_path: str) -> None:
        scratch = getattr(self, "_scratch", None)
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
