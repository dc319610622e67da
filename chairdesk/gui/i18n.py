"""The interface's language: ChairDesk's own translation plus Qt's, chosen by a setting.

The setting `ui/language` (QSettings; the Settings dialog, chairdesk.gui.settings, writes
it) is "" (follow the system), "en" or "fr". English is the source language and needs no
file. For French, two translators are installed: ChairDesk's (resources/translations/chairdesk_fr.qm) and Qt's own
qtbase_fr.qm (standard buttons and dialogs). Installing them makes Qt send every widget
a LanguageChange event; the main window answers it by rebuilding its texts and views.

Where the .qm comes from: an installed wheel and the frozen build carry it, compiled at
build time (hatch_build.py, build.spec). A source checkout has only the .ts: it is
compiled with PySide6's lrelease into the user cache folder when the .qm is missing or
older than the .ts.

    python -m chairdesk.gui.i18n update    # lupdate: new strings into the .ts files
    python -m chairdesk.gui.i18n compile   # lrelease into the cache (as at start-up)
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from platformdirs import user_cache_dir

from chairdesk.gui import formatting
from chairdesk.gui.i18n_tools import LANGUAGES, compile_ts
from chairdesk.gui.qt import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from chairdesk.paths import APP_NAME, resource_path

log = logging.getLogger(__name__)

#: The QSettings key and its values (those of chairdesk.gui.settings.LANGUAGE_KEY);
#: "system" is also understood as "follow the system".
SETTINGS_KEY = "ui/language"
CHOICES = ("", "system", "en", "fr")

#: The locale each interface language formats dates and numbers with (babel names):
#: UN English writes "14 Dec 2022" (en_GB), not "Dec 14, 2022".
_LOCALES = {"en": "en_GB", "fr": "fr_FR"}

# References to the installed translators: Qt does not own them, and a translator
# collected by Python would vanish from the application.
_installed: list[QTranslator] = []
_current = "en"


def saved_choice() -> str:
    value = QSettings().value(SETTINGS_KEY, "")
    return value if value in CHOICES else ""


def resolve(choice: str | None) -> str:
    """The interface language ("en" or "fr") a choice comes to."""
    if choice in ("en", *LANGUAGES):
        return choice
    for name in _system_locale().uiLanguages():
        lang = name.replace("-", "_").split("_")[0].lower()
        if lang in ("en", *LANGUAGES):
            return lang
    return "en"


def _system_locale() -> QLocale:
    return QLocale.system()


def current_language() -> str:
    return _current


def install_language(app: QCoreApplication | None = None, choice: str | None = None) -> str:
    """Install the interface language `choice` ("", "system", "en", "fr"; None: the saved
    setting); the language installed ("en" or "fr").

    Safe to call again at any time: the previous translators are removed first, and
    open windows are told (QEvent.LanguageChange) so that they show the new texts.
    """
    global _current
    app = app or QCoreApplication.instance()
    lang = resolve(saved_choice() if choice is None else choice)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if lang != "en":
        ours = _load(qm_path(lang), "ChairDesk")
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        qt = _load(qt_dir / f"qtbase_{lang}.qm", "Qt")
        if ours is None:
            lang = "en"  # an interface half in French would be worse than one in English
        else:
            for translator in (ours, qt):
                if translator is not None:
                    app.installTranslator(translator)
                    _installed.append(translator)
    _current = lang
    locale_name = _locale_name(lang)
    QLocale.setDefault(QLocale(locale_name))
    formatting.set_locale(locale_name)
    log.info("interface language: %s (%s)", lang, locale_name)
    return lang


def _locale_name(lang: str) -> str:
    """The system's own variant of the language (fr_CA, fr_CH…) if it speaks it, else the default."""
    system = _system_locale().name()
    if lang != "en" and system.split("_")[0] == lang:
        return system
    return _LOCALES[lang]


def _load(path: Path | None, what: str) -> QTranslator | None:
    if path is None or not path.is_file():
        log.warning("no %s translation file at %s", what, path)
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        log.warning("could not load the %s translation %s", what, path)
        return None
    return translator


def cache_dir() -> Path:
    return Path(user_cache_dir(APP_NAME, APP_NAME)) / "translations"


def qm_path(lang: str) -> Path | None:
    """The compiled translation for `lang`: shipped, or compiled from the .ts into the cache."""
    name = f"chairdesk_{lang}"
    ts = resource_path("translations", f"{name}.ts")
    shipped = resource_path("translations", f"{name}.qm")
    # (An installed wheel writes both files within the same second, in either order.)
    if shipped.is_file() and (not ts.is_file() or _mtime(shipped) + 2 >= _mtime(ts)):
        return shipped
    if not ts.is_file():
        return None
    cached = cache_dir() / f"{name}.qm"
    if cached.is_file() and _mtime(cached) >= _mtime(ts):
        return cached
    try:
        return compile_ts(ts, cached)
    except (OSError, RuntimeError) as exc:  # no lrelease (a frozen build without its .qm)
        log.warning("could not compile %s: %s", ts, exc)
        return shipped if shipped.is_file() else None


def _mtime(path: Path) -> float:
    return path.stat().st_mtime


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args[:1] == ["update"]:
        from chairdesk.gui.i18n_tools import update_all

        for ts in update_all():
            print(f"updated {ts}")
        return 0
    if args[:1] == ["compile"]:
        for lang in LANGUAGES:
            print(qm_path(lang))
        return 0
    print("usage: python -m chairdesk.gui.i18n update|compile", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
