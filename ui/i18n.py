"""German (the source language) and English: the program's and Qt's own translations.

``resources/translations/tomwizard_<lang>.ts`` are the sources; ``make translations`` builds
the ``.qm`` files next to them with ``pyside6-lrelease`` from the PySide6 wheel. Qt's own dialog
strings come from the ``qtbase_<lang>.qm`` the wheel ships.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tomwizard.i18n import set_message_language
from tomwizard.models.catalog import Language
from tomwizard.paths import resource_path

_installed: list[QTranslator] = []


def translations_dir() -> str:
    return str(resource_path("translations"))


def install(lang: Language) -> bool:
    """Switch the application's translators to ``lang``; False if the program's file is missing.

    The core's own messages (store errors, the lock banner, merge errors) follow as well.
    """
    set_message_language(lang)
    app = QCoreApplication.instance()
    if app is None:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(
        QLocale(QLocale.Language.German if lang == "de" else QLocale.Language.English)
    )
    found = True
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    if lang != "de":  # German is the source language of every string
        own = QTranslator(app)
        found = own.load(f"tomwizard_{lang}", translations_dir())
        if found:
            app.installTranslator(own)
            _installed.append(own)
    return found
