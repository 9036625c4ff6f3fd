"""Translation hook usable from code that must not import Qt.

The domain and exercise definitions call :func:`tr`; when the Qt application
starts it installs ``QCoreApplication.translate`` here, so every user-visible
string goes through Qt's translation machinery without the domain importing Qt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, overload

_translate: Callable[[str, str], str] = lambda context, text: text  # noqa: E731


def install(translate: Callable[[str, str], str]) -> None:
    """Route :func:`tr` through ``translate(context, text)`` (Qt's translator)."""
    global _translate
    _translate = translate


def tr(context: str, text: str) -> str:
    """Translate ``text`` in ``context``; identity until Qt installs a translator."""
    return _translate(context, text)


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
