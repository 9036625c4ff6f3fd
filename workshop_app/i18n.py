"""Translation hook usable from code that must not import Qt.

Every user-visible string of the Qt-free code goes through :func:`tr`, which answers in
the *current language*: the one set for this thread of work by :func:`language`, else
the app's language (:func:`set_default_language`). The room and the exports have their
own language (:func:`set_output_language`); what renders for them runs inside
:func:`speaking_output` (the room's content, layout and painting, every export).

The Qt side installs a loader (:func:`install`) that gives, per language code, a
function reading that language's catalog (a ``QTranslator`` on the compiled ``.qm``);
English needs none. Dates and decimals are written by formatters the Qt side installs
too (``QLocale`` of the language in effect); English is written without them.

The current language lives in a :class:`contextvars.ContextVar`, so a background
export and the UI thread can each have their own (``ui.background`` runs work in the
context of the code that started it).
"""

from __future__ import annotations

import contextvars
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, overload

#: The languages the app speaks: code -> its name in itself (never translated).
LANGUAGES: dict[str, str] = {"en": "English", "es": "Español", "fr": "Français"}

#: ``translate(context, text, n)`` of one language; ``n`` is -1 unless a plural.
Translate = Callable[[str, str, int], str]
#: ``format(iso_date, language)`` -> the date as that language writes it.
DateFormat = Callable[[str, str], str]
#: ``format(value, decimals, language)`` -> the number as that language writes it.
NumberFormat = Callable[[float, int, str], str]
#: ``read(text, language)`` -> the number ``text`` is as that language types it, or None.
NumberRead = Callable[[str, str], float | None]

_current: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "workshop_app_language", default=None
)
_default = "en"
_output: str | None = None  # None: the room and the exports speak the app's language
_loader: Callable[[str], Translate | None] | None = None
_translators: dict[str, Translate | None] = {}
_date_format: DateFormat | None = None
_long_date_format: DateFormat | None = None
_number_format: NumberFormat | None = None
_number_read: NumberRead | None = None


def install(loader: Callable[[str], Translate | None] | None) -> None:
    """Route :func:`tr` through ``loader(code)``: the translate function of a language
    (None when it has no catalog). Each language is loaded once, when first spoken.
    None: English only."""
    global _loader
    _loader = loader
    _translators.clear()


def install_formatters(date: DateFormat, long_date: DateFormat, number: NumberFormat) -> None:
    """How dates are written (``date(iso, language)`` short, ``long_date`` in words) and
    decimals (``number(value, decimals, language)``)."""
    global _date_format, _long_date_format, _number_format
    _date_format, _long_date_format, _number_format = date, long_date, number


def install_number_reader(read: NumberRead | None) -> None:
    """How a number typed in a language other than English is read (``read(text,
    language)``: "46,5" in French is 46.5); None: every language is read as English."""
    global _number_read
    _number_read = read


def normalized(code: str | None) -> str:
    """``code`` as one of :data:`LANGUAGES` ("es_MX" -> "es"); English otherwise."""
    base = (code or "en").replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else "en"


def set_default_language(code: str) -> None:
    """The app's language: what :func:`tr` speaks outside any :func:`language` block."""
    global _default
    _default = normalized(code)


def default_language() -> str:
    return _default


def set_output_language(code: str | None) -> None:
    """The language of the room and the exports; None: the app's language."""
    global _output
    _output = normalized(code) if code else None


def output_language() -> str:
    """The language the room and the exports speak now."""
    return _output or _default


def current_language() -> str:
    """The language :func:`tr` speaks here and now."""
    return _current.get() or _default


@contextmanager
def language(code: str) -> Iterator[str]:
    """Speak ``code`` (normalized) inside the block, on this thread of work only."""
    code = normalized(code)
    token = _current.set(code)
    try:
        yield code
    finally:
        _current.reset(token)


@contextmanager
def speaking_output() -> Iterator[str]:
    """Speak the room's and the exports' language inside the block (or the function:
    ``@speaking_output()``), as it is when the block starts."""
    with language(output_language()) as code:
        yield code


def _translator(code: str) -> Translate | None:
    if code == "en" or _loader is None:
        return None
    if code not in _translators:
        _translators[code] = _loader(code)
    return _translators[code]


def tr(context: str, text: str, n: int | None = None) -> str:
    """Translate ``text`` in ``context`` into the current language.

    With ``n``, ``text`` is a plural (it holds ``%n``): the catalog's form for ``n`` is
    chosen and ``%n`` becomes ``n``. Untranslated text is the English source.
    """
    translate = _translator(current_language())
    answer = ""
    if translate is not None:
        answer = translate(context, text, -1 if n is None else n)
    if not answer:
        answer = text
    return answer if n is None else answer.replace("%n", str(n))


#: Where the English the app writes into a database at creation is declared: a
#: template's block titles and prompts, an exercise kind's name and prompt.
STORED_CONTEXTS = ("Templates", "Exercises")


def tr_stored(text: str) -> str:
    """Stored text (a block's title or prompt) in the current language when it is still
    the English a template or an exercise kind gave it; anything a person typed, as is."""
    if current_language() == "en" or not text:
        return text
    for context in STORED_CONTEXTS:
        answer = tr(context, text)
        if answer != text:
            return answer
    return text


def format_date(iso: str, long: bool = False) -> str:
    """The date ``iso`` (YYYY-MM-DD) as the current language writes it: short
    ("15/09/2026") or, with ``long``, in words ("15 de septiembre de 2026"). English is
    written without Qt (ISO, or "15 September 2026"); text that is not a date, as is."""
    if not iso:
        return iso
    code = current_language()
    formatter = _long_date_format if long else _date_format
    if code != "en" and formatter is not None:
        try:
            return formatter(iso, code) or iso
        except ValueError:
            return iso
    if not long:
        return iso
    from datetime import date

    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return iso
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def format_number(value: float, decimals: int = 1) -> str:
    """``value`` with ``decimals`` decimals as the current language writes it: "2.8",
    "2,8"."""
    code = current_language()
    if code != "en" and _number_format is not None:
        return _number_format(value, decimals, code)
    return f"{value:.{decimals}f}"


def reads_english_numbers() -> bool:
    """Whether :func:`read_number` reads numbers the English way ("2,010", "46.5")."""
    return _default == "en" or _number_read is None


def read_number(text: str) -> float | None:
    """A number typed by the facilitator, alone (``text`` holds nothing else), read as the
    app's language writes it: "2,010" and "46.5" in English, "2 010" and "46,5" in
    French, "12.010" and "46,5" in Spanish. None when that language does not read it as
    one number (French "46.5", Spanish "2.010"): better refused than read wrong."""
    if not reads_english_numbers():
        assert _number_read is not None
        return _number_read(text.strip(), _default)
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


_MONTHS = (
    "January February March April May June July August September October November December"
).split()


class Translated:
    """An attribute that reads another one's English text in the user's language, for
    records declared in English: ``label = Translated("Templates", "name")`` in a class
    body. Empty text stays empty."""

    def __init__(self, context: str, source: str) -> None:
        self.context = context
        self.source = source

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> Translated: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> str: ...
    def __get__(self, instance: Any, owner: type | None = None) -> Translated | str:
        if instance is None:
            return self
        text = getattr(instance, self.source)
        return tr(self.context, text) if text else ""
