"""Translation hook usable from code that must not import Qt.

The domain and exercise definitions call :func:`tr`; when the Qt application
starts it installs ``QCoreApplication.translate`` here, so every user-visible
string goes through Qt's translation machinery without the domain importing Qt.
"""

from collections.abc import Callable

_translate: Callable[[str, str], str] = lambda context, text: text  # noqa: E731


def install(translate: Callable[[str, str], str]) -> None:
    """Route :func:`tr` through ``translate(context, text)`` (Qt's translator)."""
    global _translate
    _translate = translate


def tr(context: str, text: str) -> str:
    """Translate ``text`` in ``context``; identity until Qt installs a translator."""
    return _translate(context, text)
