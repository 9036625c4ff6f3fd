"""The app's languages on the Qt side: the catalogs, the two settings, dates.

``i18n`` (Qt-free) decides *which* language speaks; this module gives it the words
(one ``QTranslator`` per language, loaded from ``resources/translations/*.qm`` when the
language is first spoken, then only read, which Qt allows from any thread) and the
dates (``QLocale`` of the language). It needs no ``QCoreApplication``: the command line
uses it too.

Two settings, per user (``QSettings``): the app's language (empty: the system's),
which takes effect at the next start, and the room's and exports' language (empty:
the same as the app), which takes effect at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings

from .. import i18n

if TYPE_CHECKING:  # the rest is imported when a language other than English is spoken
    from PySide6.QtCore import QCoreApplication, QDate, QTranslator

ORGANISATION, APPLICATION = "WorkshopApp", "Workshop App"  # as make_application names them
APP_LANGUAGE = "language/app"
OUTPUT_LANGUAGE = "language/room_and_exports"

_catalog_folder: Path | None = None
_translators: dict[str, QTranslator | None] = {}


def settings() -> QSettings:
    """This user's settings (named explicitly: the command line has no application)."""
    return QSettings(ORGANISATION, APPLICATION)


def _setting(key: str) -> str:
    value = settings().value(key, "")
    code = str(value or "")
    return i18n.normalized(code) if code else ""


def app_language_setting() -> str:
    """The app's language as chosen ("" = the system's)."""
    return _setting(APP_LANGUAGE)


def output_language_setting() -> str:
    """The room's and exports' language as chosen ("" = the same as the app)."""
    return _setting(OUTPUT_LANGUAGE)


def save_settings(app_language: str, output_language: str) -> None:
    s = settings()
    s.setValue(APP_LANGUAGE, app_language)
    s.setValue(OUTPUT_LANGUAGE, output_language)
    s.sync()


def system_language() -> str:
    """The language of this computer's messages (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on
    Unix; the display language elsewhere), if the app speaks it, else English."""
    languages = QLocale.system().uiLanguages()
    return i18n.normalized(languages[0] if languages else QLocale.system().name())


def set_catalog_folder(folder: Path | None) -> None:
    """Read the ``.qm`` catalogs from ``folder`` (tests: a pseudo catalog); None: the
    bundled ones. Languages already loaded are loaded again."""
    global _catalog_folder
    _catalog_folder = folder
    _translators.clear()
    i18n.install(None)  # install_languages() reads the new folder


def translator(code: str) -> QTranslator | None:
    """The translator of language ``code``, loaded once; None without a catalog."""
    if code not in _translators:
        from PySide6.QtCore import QTranslator

        from ..resources import resource_path

        found = QTranslator()
        folder = _catalog_folder or resource_path("translations")
        loaded = found.load(f"workshop_app_{code}.qm", str(folder))
        _translators[code] = found if loaded else None
    return _translators[code]


def translate_function(code: str) -> i18n.Translate | None:
    """``translate(context, text, n)`` reading language ``code``'s catalog."""
    found = translator(code)
    if found is None:
        return None

    def translate(context: str, text: str, n: int = -1) -> str:
        return found.translate(context, text, None, n)

    return translate


def locale_of(code: str) -> QLocale:
    """The locale dates and numbers are written in for language ``code``: this
    computer's when it speaks that language (es_MX stays Mexican), else the language's."""
    here = QLocale()
    return here if i18n.normalized(here.name()) == code else QLocale(code)


def _date(iso: str) -> QDate:
    from PySide6.QtCore import QDate

    day = QDate.fromString(iso, "yyyy-MM-dd")
    if not day.isValid():
        raise ValueError(iso)
    return day


def short_date(iso: str, code: str) -> str:
    locale = locale_of(code)
    return locale.toString(_date(iso), QLocale.FormatType.ShortFormat)


def long_date(iso: str, code: str) -> str:
    """The date in words without the weekday: "15 de septiembre de 2026"."""
    import re

    locale = locale_of(code)
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    pattern = re.sub(r"d{4}[,.]?\s*", "", pattern).strip(" ,")
    return locale.toString(_date(iso), pattern)


def number(value: float, decimals: int, code: str) -> str:
    """``value`` with ``decimals`` decimals in language ``code``'s locale: "2,8"."""
    return locale_of(code).toString(float(value), "f", decimals)


_SPACES = " \u00a0\u202f"


def read_number(text: str, code: str) -> float | None:
    """``text`` as language ``code``'s locale reads a number ("46,5" -> 46.5 in French),
    any space as its thousands separator when that is a space; None if it reads none."""
    locale = locale_of(code)
    group = locale.groupSeparator()
    if group in _SPACES:
        text = "".join(group if c in _SPACES else c for c in text)
    value, ok = locale.toDouble(text)
    return value if ok else None


def install_languages(app_language: str, output_language: str | None) -> None:
    """Speak ``app_language`` in Qt-free code and ``output_language`` (None: the same) in
    the room and the exports; catalogs and dates read through Qt."""
    i18n.set_default_language(app_language)
    i18n.set_output_language(output_language)
    i18n.install(translate_function)
    i18n.install_formatters(short_date, long_date, number)
    i18n.install_number_reader(read_number)


def install_app_translators(app: QCoreApplication, code: str) -> None:
    """The window's language for ``self.tr`` and Qt's own words (standard buttons)."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    ours = translator(code)
    if ours is not None:
        app.installTranslator(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)


def chosen_languages() -> tuple[str, str | None]:
    """(the app's language, the room's and exports' or None for the same) as set."""
    return app_language_setting() or system_language(), output_language_setting() or None
