"""Icons: open-licence line icons (Lucide, ISC licence; ``resources/icons/LICENSE``)
drawn in the colours of the window's palette, so they read in light and dark.

    >>> set_icon(button, "play")     # the icon follows the scheme from then on

An icon always comes with words (the button's text, or its tooltip and accessible
name): it helps the eye, it never carries the meaning alone.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize
from PySide6.QtGui import QIcon, QIconEngine, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QAbstractButton, QApplication, QTabWidget, QToolButton, QWidget

from ..resources import resource_path

_TABS_PROPERTY = "workshop_app_tab_icons"
_PROPERTY = "workshop_app_icon"
#: The colour of text on an accent fill, whatever the scheme.
ON_ACCENT = "on-accent"


def icon(name: str, colour: str | None = None) -> QIcon:
    """The icon ``name`` (a file in ``resources/icons``) in ``colour``, by default the
    palette's text colour, greyed when its button is disabled; ``"on-accent"`` is the
    colour of text on an accent fill (a primary button)."""
    palette = QApplication.palette()
    if colour == ON_ACCENT:
        colour = palette.color(QPalette.ColorRole.HighlightedText).name()
    normal = colour or palette.color(QPalette.ColorRole.WindowText).name()
    disabled = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText).name()
    return _icon(name, normal, disabled)


def set_icon(widget: QWidget, name: str, colour: str | None = None) -> None:
    """Put the icon ``name`` on ``widget`` (a button or an action's widget) and remember
    it, so :func:`refresh_icons` can draw it again when the scheme changes."""
    widget.setProperty(_PROPERTY, (name, colour))
    if isinstance(widget, QAbstractButton):
        widget.setIcon(icon(name, colour))
        if not widget.iconSize().isValid() or widget.iconSize().width() < 18:
            widget.setIconSize(QSize(18, 18))


def quiet_button(icon: str, name: str, tip: str, parent: QWidget | None = None) -> QToolButton:
    """A small icon button for a secondary command: named for screen readers, its words
    in the tooltip (icons never speak alone)."""
    button = QToolButton(parent)
    button.setProperty("quiet", True)
    set_icon(button, icon)
    button.setAccessibleName(name)
    button.setToolTip(tip)
    return button


def set_tab_icon(tabs: QTabWidget, index: int, name: str) -> None:
    """Put the icon ``name`` on tab ``index`` of ``tabs`` and remember it, as
    :func:`set_icon` does for buttons."""
    remembered = dict(tabs.property(_TABS_PROPERTY) or {})
    remembered[index] = name
    tabs.setProperty(_TABS_PROPERTY, remembered)
    tabs.setTabIcon(index, icon(name))


def refresh_icons(widgets: list[QWidget]) -> None:
    """Draw again the icons :func:`set_icon` and :func:`set_tab_icon` put on ``widgets``
    (after a scheme change: an icon keeps the colour it was drawn in)."""
    for widget in widgets:
        remembered = widget.property(_PROPERTY)
        if remembered and isinstance(widget, QAbstractButton):
            name, colour = remembered
            widget.setIcon(icon(name, colour))
        if isinstance(widget, QTabWidget):
            for index, name in (widget.property(_TABS_PROPERTY) or {}).items():
                widget.setTabIcon(index, icon(name))


@cache
def _icon(name: str, normal: str, disabled: str) -> QIcon:
    text = resource_path("icons", f"{name}.svg").read_text(encoding="utf-8")
    return QIcon(_SvgEngine(text, normal, disabled))


class _SvgEngine(QIconEngine):
    """Draws the SVG at the size asked for (sharp at any size and screen), in the
    normal colour or, for a disabled button, the disabled one; each size drawn once."""

    def __init__(self, text: str, normal: str, disabled: str) -> None:
        super().__init__()
        self._args = (text, normal, disabled)
        self._svg = {
            False: QByteArray(text.replace("currentColor", normal).encode()),
            True: QByteArray(text.replace("currentColor", disabled).encode()),
        }
        self._drawn: dict[tuple[int, int, bool], QPixmap] = {}

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        greyed = mode == QIcon.Mode.Disabled
        key = (size.width(), size.height(), greyed)
        pixmap = self._drawn.get(key)
        if pixmap is None:
            from PySide6.QtSvg import QSvgRenderer  # with the first icon, not at start-up

            image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(0)  # transparent (a number: no Qt namespace while painting)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            QSvgRenderer(self._svg[greyed]).render(painter, QRectF(image.rect()))
            painter.end()
            pixmap = self._drawn[key] = QPixmap.fromImage(image)
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.drawPixmap(rect, self.pixmap(rect.size(), mode, state))

    def clone(self) -> QIconEngine:
        return _SvgEngine(*self._args)
