"""ChairDesk in French: every main view, the menus, dates; a change of language without restart."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QMessageBox,
    QTabWidget,
)

from chairdesk.gui import formatting, i18n
from chairdesk.gui.app import MainWindow
from chairdesk.paths import resource_path
from chairdesk.store.demo import load_demo

TODAY = date(2022, 8, 15)


def test_the_suite_compiles_french_into_its_own_cache_not_the_users(translation_cache) -> None:
    """A source checkout compiles the .ts at start-up: in tests, into the session's folder."""
    compiled = i18n.qm_path("fr")
    assert compiled is not None
    assert compiled == translation_cache / "chairdesk_fr.qm" or compiled.parent == resource_path(
        "translations"
    )
    assert Path.home() / ".cache" not in compiled.parents


@pytest.fixture
def french(qapp):  # noqa: ANN001, ANN201
    """The interface in French for one test; English (and the locale before) afterwards."""
    before = QLocale()
    assert i18n.install_language(qapp, "fr") == "fr"
    yield
    i18n.install_language(qapp, "en")
    QLocale.setDefault(before)


@pytest.fixture
def demo_window(qtbot, workspace):  # noqa: ANN001, ANN201
    with workspace.transaction() as s:
        load_demo(s)

    def make() -> MainWindow:
        window = MainWindow(workspace, today=lambda: TODAY)
        qtbot.addWidget(window)
        window.resize(1200, 760)
        window.show()
        qtbot.waitExposed(window)
        window.group_combo.setCurrentIndex(
            window.group_combo.findText("ETCIP", Qt.MatchFlag.MatchStartsWith)
        )
        return window

    return make


def texts(widget) -> set[str]:  # noqa: ANN001
    """Every text a person can read in `widget`: labels, buttons, tabs, titles, headers, choices."""
    found: set[str] = set()
    for label in widget.findChildren(QLabel):
        found.add(label.text())
    for button in widget.findChildren(QAbstractButton):
        found.add(button.text())
        found.add(button.text().replace("&", ""))
    for action in widget.findChildren(QAction):
        found.add(action.text())
    for box in widget.findChildren(QGroupBox):
        found.add(box.title())
    for tabs in widget.findChildren(QTabWidget):
        found.update(tabs.tabText(i).replace("&", "") for i in range(tabs.count()))
    for combo in widget.findChildren(QComboBox):
        found.update(combo.itemText(i) for i in range(combo.count()))
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        root = QModelIndex()
        try:
            columns = model.columnCount(root)
        except TypeError:  # a list model (columnCount is private there)
            columns = 1
        found.update(str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(columns))
        for row in range(min(model.rowCount(root), 50)):
            found.update(str(model.index(row, c, root).data()) for c in range(columns))
    return found - {"", "None"}


def nav_titles(window: MainWindow) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def menu_titles(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


# What a French reader must find on each view: its navigation title, a button and a column
# header (or what the view has in their place).
EXPECTED = {
    "dashboard": (
        "Tableau de bord",
        {"Prochaine réunion", "Actions de suivi en cours", "Échéance", "Activité"},
    ),
    "meetings": (
        "Réunions",
        {
            "&Nouvelle réunion…",
            "D&upliquer…",
            "Trimestre",
            "Réunion trimestrielle ordinaire",
            "Modalité",
        },
    ),
    "workplan": ("Plan de travail", {"Chef de file", "Avancement", "Échéance", "Points d'étape"}),
    "composition": (
        "Composition",
        {"Ajouter le membre", "Entité", "Membres", "Présidence", "Entités"},
    ),
    "reports": ("Rapports", {"Contribution annuelle", "Dossier de passation", "&Exporter…"}),
    "sync": (
        "Synchronisation",
        {
            "Choisir le &dossier partagé…",
            "Lier cet espace de travail à un dossier partagé",
            "Ordinateur",
            "Ordinateurs vus dans le dossier",
        },
    ),
    "review": (
        "Bilan de l\u2019année",
        {
            "&Importer des contributions…",
            "Groupe de travail",
            "&Compiler…",
            "Celui que nomme son titre",
            "À vérifier",
        },
    ),
}


def test_every_main_view_speaks_french(qtbot, french, demo_window) -> None:
    from chairdesk.gui.i18n_tools import read_ts

    # The interface's English texts that French changes (a text both languages share is no sign).
    # (Less what the example's data itself says, such as a group's name.)
    data = i18n.resource_path("demo", "workspace.json").read_text(encoding="utf-8")
    english = {
        m.source
        for m in read_ts(i18n.resource_path("translations", "chairdesk_fr.ts"))
        if m.forms and m.source not in m.forms and len(m.source) > 3 and f'"{m.source}"' not in data
    }
    window = demo_window()
    assert nav_titles(window) == [title for title, _ in EXPECTED.values()]
    assert menu_titles(window)[:2] == ["&Fichier", "&Édition"]
    for name, (_title, wanted) in EXPECTED.items():
        window.show_view(name)
        view = window.view(name)
        qtbot.waitUntil(lambda v=view: bool(texts(v)))
        seen = texts(view)
        missing = wanted - seen
        assert not missing, f"{name}: {missing} not in {sorted(seen)[:80]}"
        left_in_english = seen & english
        assert not left_in_english, f"{name} still shows {left_in_english}"
    assert window.windowTitle().endswith("— ChairDesk")
    assert (
        window.chair_label.text()
        == "Présidence\u00a0: OPCW · ensuite\u00a0: INTERPOL à partir du 1er octobre 2022"
    )


def test_dates_and_numbers_are_french(qtbot, french, demo_window) -> None:
    assert formatting.fmt_date(date(2022, 12, 14)) == "14 déc. 2022"
    assert formatting.fmt_long_date(date(2022, 6, 8)) == "8 juin 2022"
    assert QLocale().toString(10000) == "10\u202f000"
    window = demo_window()
    window.show_view("meetings")
    view = window.view("meetings")
    model = view.findChild(QAbstractItemView, "meetingsTable").model()
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    dates = [model.index(r, 0).data() for r in range(model.rowCount())]
    french_month = re.compile(
        r"^\d{1,2} (janv\.|févr\.|mars|avr\.|mai|juin|juil\.|août|sept\.|oct\.|nov\.|déc\.) 2022"
    )
    assert dates and all(french_month.match(d) for d in dates), dates[:5]


def test_menus_are_french_with_one_accelerator_per_letter(qtbot, french, demo_window) -> None:
    window = demo_window()

    def accelerators(labels: list[str]) -> list[str]:
        return [m.group(1).lower() for m in (re.search(r"&([^&\s])", t) for t in labels) if m]

    top = menu_titles(window)
    assert top == ["&Fichier", "&Édition", "A&ller", "Ai&de"]
    keys = accelerators(top)
    assert len(keys) == len(set(keys)), top
    for action in window.menuBar().actions():
        menu: QMenu = action.menu()
        labels = [a.text() for a in menu.actions() if not a.isSeparator()]
        keys = accelerators(labels)
        assert len(keys) == len(set(keys)), labels
    file_menu = window.menuBar().actions()[0].menu()
    assert "&Quitter" in [a.text() for a in file_menu.actions()]


def test_qt_own_buttons_are_french(qtbot, french) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "ChairDesk",
        "?",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
    )
    qtbot.addWidget(box)
    labels = {b.text().replace("&", "") for b in box.buttons()}
    assert labels == {"Oui", "Annuler"}
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(buttons)
    assert buttons.buttons()[0].text().replace("&", "") == "Fermer"


def test_the_language_changes_without_a_restart(qtbot, qapp, demo_window) -> None:
    before = QLocale()
    try:
        i18n.install_language(qapp, "en")
        window = demo_window()
        for name in window.VIEWS:  # every view made once, in English
            window.show_view(name)
        window.show_view("meetings")
        assert nav_titles(window)[0] == "Dashboard"
        assert "&New meeting…" in texts(window.view("meetings"))
        old_view = window.view("meetings")

        assert i18n.install_language(qapp, "fr") == "fr"
        qtbot.waitUntil(lambda: nav_titles(window)[0] == "Tableau de bord")
        assert menu_titles(window)[0] == "&Fichier"
        assert window.current_view_name() == "meetings"
        view = window.view("meetings")
        assert view is not old_view
        assert "&Nouvelle réunion…" in texts(view)
        assert (
            window.main_view.findChild(QAbstractButton, "openExampleButton").text()
            == "Ouvrir l'espace de travail d'exemple"
        )
        assert window.chair_label.text().startswith("Présidence")
        window.show_view("dashboard")
        assert texts(window.view("dashboard")) >= {"Prochaine réunion"}
        # The views of before are gone without a trace: signals meant for them harm nothing.
        qtbot.wait(10)
        window.group_combo.setCurrentIndex(
            window.group_combo.findText("CTED", Qt.MatchFlag.MatchContains)
        )
        window.controller.reload()
        window.group_combo.setCurrentIndex(
            window.group_combo.findText("ETCIP", Qt.MatchFlag.MatchStartsWith)
        )

        i18n.install_language(qapp, "en")
        qtbot.waitUntil(lambda: nav_titles(window)[0] == "Dashboard")
        assert menu_titles(window)[0] == "&File"
        assert "Next meeting" in texts(window.view("dashboard"))
        assert formatting.fmt_date(date(2022, 12, 14)) == "14 Dec 2022"
    finally:
        i18n.install_language(qapp, "en")
        QLocale.setDefault(before)


def test_the_setting_chooses_the_language(qapp) -> None:
    before = QLocale()
    try:
        QSettings().setValue(i18n.SETTINGS_KEY, "fr")
        assert i18n.install_language(qapp) == "fr"
        assert QApplication.translate("MainWindow", "Dashboard") == "Tableau de bord"
        QSettings().setValue(i18n.SETTINGS_KEY, "en")
        assert i18n.install_language(qapp) == "en"
        assert QApplication.translate("MainWindow", "Dashboard") == "Dashboard"
        QSettings().setValue(
            i18n.SETTINGS_KEY, ""
        )  # the system's: English here (C locale) or French
        assert i18n.install_language(qapp) in ("en", "fr")
    finally:
        i18n.install_language(qapp, "en")
        QLocale.setDefault(before)


def test_the_language_follows_the_system(qapp, monkeypatch) -> None:
    before = QLocale()
    try:
        QSettings().setValue(i18n.SETTINGS_KEY, "")
        monkeypatch.setattr(i18n, "_system_locale", lambda: QLocale("fr_CA"))
        assert i18n.install_language(qapp) == "fr"
        assert QApplication.translate("MainWindow", "&File") == "&Fichier"
        assert (
            formatting.fmt_date(date(2022, 12, 14)) == "14 déc. 2022"
        )  # in the system's French (fr_CA)
        monkeypatch.setattr(i18n, "_system_locale", lambda: QLocale("de_DE"))
        assert i18n.install_language(qapp) == "en"  # no German: English, dated the UN way
        assert formatting.fmt_date(date(2022, 12, 14)) == "14 Dec 2022"
    finally:
        i18n.install_language(qapp, "en")
        QLocale.setDefault(before)


def test_a_source_checkout_compiles_the_translation_into_the_cache(tmp_path, monkeypatch) -> None:
    import os

    monkeypatch.setattr(i18n, "cache_dir", lambda: tmp_path / "cache")
    ts = i18n.resource_path("translations", "chairdesk_fr.ts")
    if ts.with_suffix(".qm").is_file():
        pytest.skip("a .qm compiled beside the .ts is used as it is")
    qm = i18n.qm_path("fr")
    assert qm == tmp_path / "cache" / "chairdesk_fr.qm" and qm.is_file()
    # Older than the .ts (the .ts was edited since): compiled again.
    old = ts.stat().st_mtime - 100
    os.utime(qm, (old, old))
    assert i18n.qm_path("fr") == qm and qm.stat().st_mtime >= ts.stat().st_mtime


def test_the_translation_check_passes() -> None:
    from chairdesk.gui.i18n_tools import check_all

    problems = check_all()
    assert not problems, "\n".join(problems)


def test_choosing_french_in_the_preferences_changes_the_window(qtbot, qapp, demo_window) -> None:
    before = QLocale()
    try:
        i18n.install_language(qapp, "en")
        window = demo_window()
        window.show_settings()
        dialog = window.settings_dialog
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("fr"))
        dialog.button_box.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: nav_titles(window)[0] == "Tableau de bord")
        assert QSettings().value(i18n.SETTINGS_KEY) == "fr"
        assert i18n.current_language() == "fr"
        assert i18n.install_language(qapp) == "fr"  # as at the next start
    finally:
        i18n.install_language(qapp, "en")
        QLocale.setDefault(before)


SMALL_LAPTOP_WIDTH = 1024  # 1280 pixels at 125 % scaling, a common UN-issued laptop


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_view_fits_a_small_laptop_screen(qapp, demo_window, language: str) -> None:  # noqa: ANN001
    assert i18n.install_language(qapp, language) == language
    try:
        window = demo_window()
        # The group with the longest name, whose title the Composition view shows.
        window.group_combo.setCurrentIndex(
            window.group_combo.findText("PCVE", Qt.MatchFlag.MatchStartsWith)
        )
        widths = {}
        for name in MainWindow.VIEWS:
            window.show_view(name)
            widths[name] = window.minimumSizeHint().width()  # grows with every view built
        assert max(widths.values()) <= SMALL_LAPTOP_WIDTH, widths
    finally:
        i18n.install_language(qapp, "en")


def test_a_template_that_is_no_word_file_is_refused_in_french_in_both_views(
    qtbot,
    french,
    demo_window,
    monkeypatch,
    tmp_path,
) -> None:
    # One chooser for the Reports view and the Year in Review: the same French refusal in each.
    fake = tmp_path / "secretariat.docx"
    fake.write_text("plain text with a .docx name", "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(fake), ""))
    window = demo_window()
    for name in ("reports", "review"):
        window.show_view(name)
        view = window.view(name)
        panel = view.export_bar if name == "reports" else view.compiler
        qtbot.mouseClick(panel.template.choose_button, Qt.MouseButton.LeftButton)
        message = view.message_label if name == "reports" else panel.message_label
        assert message.isVisible(), name
        assert "ce n’est pas un document Word (.docx)" in message.text(), (name, message.text())
        assert "not a Word document" not in message.text()
