"""The facilitator window's visual system: one place for colours, type and spacing.

Light and dark schemes follow the system unless the facilitator chooses one (View →
Appearance). A scheme is a handful of named colours used for meaning, never for
decoration: *accent* marks what acts (the primary button, focus, the current block),
*warning* and *danger* mark time running out and problems, and the three visibility
colours always come with an icon and a word. Type comes from one scale (multiples of
the system font) and space from one scale (multiples of 4 px); ``docs/design.md``
shows both with pictures.

    >>> apply_appearance(app, "system")      # at start-up; follows the system after
    >>> set_role(label, "title")             # type from the scale, by role
    >>> scheme().accent                      # the colours in use now

Only the QApplication's palette and one short style sheet are set: a few rules on
buttons, boxes, headers and tabs, and rules for widgets named by role (object names
such as ``RunBar``), so building a widget costs little more than plain Qt.
"""

from __future__ import annotations

import sys
from typing import NamedTuple

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

#: Type scale: each role's size as a multiple of the system font, and its weight
#: (CSS numbers: 400 normal, 600 semi-bold, 700 bold). The weights are named as QFont's
#: only when a role is first given (see set_role): making QFont.Weight costs start-up.
TYPE_SCALE: dict[str, tuple[float, int]] = {
    "small": (0.9, 400),
    "body": (1.0, 400),
    "strong": (1.0, 600),
    "heading": (1.15, 600),
    "title": (1.55, 700),
    "timer": (2.3, 700),
}

#: Spacing scale in pixels: between parts of one control, between controls, between
#: groups, around a pane, between panes.
SPACE = {"xs": 4, "s": 8, "m": 12, "l": 16, "xl": 24}

#: The appearance choices of View → Appearance.
APPEARANCES = ("system", "light", "dark")


class Scheme(NamedTuple):
    """The named colours of one scheme (see the module docstring for their meaning).

    A named tuple rather than a frozen dataclass: it is made at start-up, and a
    dataclass is built by generating and compiling code (about a millisecond)."""

    key: str
    window: str  # behind the panes
    surface: str  # panes, tables, boxes
    surface_alt: str  # alternate rows, headers, quiet fills
    text: str
    muted: str  # secondary text, quiet icons
    border: str
    accent: str
    on_accent: str  # text on an accent fill
    accent_soft: str  # selection, the current block
    warning: str
    warning_soft: str
    danger: str
    danger_soft: str
    success: str
    public: str
    partners: str
    internal: str
    internal_soft: str


#: Each colour of the light scheme beside the same colour of the dark one.
COLOURS: dict[str, tuple[str, str]] = {
    "window": ("#eef0f3", "#16191d"),
    "surface": ("#ffffff", "#1f2328"),
    "surface_alt": ("#f5f6f8", "#262b31"),
    "text": ("#1b1f24", "#e7e9ec"),
    "muted": ("#5a6372", "#a1a9b5"),
    "border": ("#d3d8df", "#3a414b"),
    "accent": ("#1d5aa6", "#77abf5"),
    "on_accent": ("#ffffff", "#0b1a2e"),
    "accent_soft": ("#dce8f8", "#23395a"),
    "warning": ("#8a5300", "#f1c46c"),
    "warning_soft": ("#fff2d2", "#3b2f14"),
    "danger": ("#b00020", "#ff8d98"),
    "danger_soft": ("#fde7e9", "#42191f"),
    "success": ("#23784a", "#7fcf9f"),
    "public": ("#23784a", "#7fcf9f"),
    "partners": ("#1d5aa6", "#77abf5"),
    "internal": ("#8e2a6e", "#e59ad0"),
    "internal_soft": ("#f6e3f0", "#40213a"),
}

LIGHT = Scheme(key="light", **{name: light for name, (light, _) in COLOURS.items()})
DARK = Scheme(key="dark", **{name: dark for name, (_, dark) in COLOURS.items()})

_current = LIGHT
_choice = "system"


def scheme() -> Scheme:
    """The colours in use now."""
    return _current


def appearance() -> str:
    """What the facilitator chose: ``system``, ``light`` or ``dark``."""
    return _choice


#: Whether the system's own palette was dark, read before ours replaced it.
_system_dark: bool | None = None


def system_scheme() -> Scheme:
    """The scheme the system asks for (light when it does not say).

    Read from the platform's palette, not from ``styleHints().colorScheme()``:
    answering that sets up PySide's whole ``Qt`` namespace, 15 ms of start-up
    (``tests/test_startup.py``); the platform themes that know a colour scheme
    give a dark palette with it. Later changes arrive with the scheme itself.
    """
    global _system_dark
    if _system_dark is None:
        window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
        _system_dark = window.lightness() < 128
    return DARK if _system_dark else LIGHT


def apply_appearance(app: QApplication, choice: str = "system") -> Scheme:
    """Style ``app`` for ``choice`` (one of :data:`APPEARANCES`); with ``system`` it
    follows the system's light or dark setting from then on."""
    global _choice
    _choice = choice if choice in APPEARANCES else "system"
    hints = app.styleHints()
    if not app.property("workshop_app_follows_system"):
        hints.colorSchemeChanged.connect(lambda scheme: _follow_system(app, scheme))
        app.setProperty("workshop_app_follows_system", True)
    if not app.property("workshop_app_fusion"):  # ui/app.py starts it in Fusion
        app.setStyle("Fusion")  # the same look on every platform, drawn from our palette
        app.setProperty("workshop_app_fusion", True)
    system = system_scheme()  # read before our palette replaces the system's
    chosen = {"light": LIGHT, "dark": DARK}.get(_choice) or system
    _use(app, chosen)
    return chosen


def _follow_system(app: QApplication, scheme: object) -> None:
    """The system switched between light and dark (``scheme``: a Qt.ColorScheme)."""
    from PySide6.QtCore import Qt  # only now: see system_scheme

    global _system_dark
    _system_dark = scheme == Qt.ColorScheme.Dark
    if _choice == "system":
        _use(app, system_scheme())


def _use(app: QApplication, chosen: Scheme) -> None:
    global _current
    _current = chosen
    app.setPalette(palette(chosen))
    app.setStyleSheet(stylesheet(chosen))
    app.setProperty("workshop_app_scheme", chosen.key)
    # Icons are drawn in the scheme's text colour: those already made are drawn again.
    # (At start-up there are none yet, and the icon module is not loaded before the
    # first paint.)
    icons = sys.modules.get(f"{__package__}.icons")
    if icons is not None:
        icons.refresh_icons(app.allWidgets())


def palette(s: Scheme) -> QPalette:
    """Qt's palette for ``s``: every standard widget draws in the scheme's colours."""
    p = QPalette()
    roles = QPalette.ColorRole
    for role, colour in (
        (roles.Window, s.window),
        (roles.WindowText, s.text),
        (roles.Base, s.surface),
        (roles.AlternateBase, s.surface_alt),
        (roles.Text, s.text),
        (roles.Button, s.surface),
        (roles.ButtonText, s.text),
        (roles.Highlight, s.accent),
        (roles.HighlightedText, s.on_accent),
        (roles.ToolTipBase, s.surface),
        (roles.ToolTipText, s.text),
        (roles.PlaceholderText, s.muted),
        (roles.Link, s.accent),
        (roles.Mid, s.border),
        (roles.Midlight, s.surface_alt),
        (roles.Dark, s.border),
        (roles.Light, s.surface),
    ):
        p.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        p.setColor(disabled, role, QColor(s.muted))
    return p


def stylesheet(s: Scheme) -> str:
    """The few style rules the palette cannot say (see the module docstring)."""
    sp = SPACE
    return f"""
QPushButton, QToolButton {{
    padding: {sp["xs"]}px {sp["m"]}px; border: 1px solid {s.border}; border-radius: 6px;
    background: {s.surface}; color: {s.text};
}}
QPushButton:hover, QToolButton:hover {{ background: {s.accent_soft}; }}
QPushButton:focus, QToolButton:focus {{ border: 2px solid {s.accent}; }}
QPushButton:disabled, QToolButton:disabled {{ color: {s.muted}; background: {s.surface_alt}; }}
QPushButton[primary="true"] {{
    background: {s.accent}; color: {s.on_accent}; border-color: {s.accent}; font-weight: 600;
}}
QPushButton[primary="true"]:disabled {{
    background: {s.surface_alt}; color: {s.muted}; border-color: {s.border}; font-weight: 400;
}}
QToolButton[quiet="true"], QPushButton[quiet="true"] {{
    border-color: transparent; background: transparent; padding: {sp["xs"]}px;
}}
QToolButton[quiet="true"]:hover, QPushButton[quiet="true"]:hover {{
    background: {s.accent_soft};
}}
QToolButton[quiet="true"]:focus, QPushButton[quiet="true"]:focus {{
    border: 2px solid {s.accent};
}}
QPushButton#HomeAction {{ text-align: left; padding: 6px {sp["m"]}px; }}
QToolButton::menu-indicator {{ subcontrol-position: right center; right: 4px; }}
QLineEdit {{
    padding: 3px {sp["s"]}px; border: 1px solid {s.border}; border-radius: 6px;
    background: {s.surface}; color: {s.text};
}}
QLineEdit:focus {{ border: 2px solid {s.accent}; }}
#BlockTitle {{ border: 1px solid transparent; background: transparent; }}
#BlockTitle:focus {{ border: 2px solid {s.accent}; background: {s.surface}; }}
#Agenda::item {{ padding: {sp["xs"]}px; border-left: 4px solid transparent; }}
#Agenda::item:selected {{
    background: {s.accent_soft}; color: {s.text}; border-left: 4px solid {s.accent};
}}
QHeaderView {{ font-weight: 600; }}
QHeaderView::section {{
    background: {s.surface_alt}; color: {s.muted}; padding: {sp["xs"]}px {sp["s"]}px;
    border: none; border-bottom: 1px solid {s.border}; border-right: 1px solid {s.border};
}}
QTableView, QTreeView, QListView, QListWidget, QTextBrowser {{
    border: 1px solid {s.border}; border-radius: 6px; background: {s.surface};
    gridline-color: {s.border};
}}
QTabWidget::pane {{ border: 1px solid {s.border}; border-radius: 6px; top: -1px; }}
QTabBar::tab {{
    padding: {sp["xs"]}px 6px; border: 1px solid transparent; color: {s.muted};
}}
QTabBar::tab:selected {{ color: {s.text}; border-bottom: 3px solid {s.accent}; }}
#RunBar {{ background: {s.surface}; border: 1px solid {s.border}; border-radius: 8px; }}
#BlockClock {{ color: {s.text}; padding: 0 {sp["s"]}px; }}
#BlockClock[over="true"] {{
    color: {s.danger}; background: {s.danger_soft}; border: 2px solid {s.danger};
    border-radius: 6px;
}}
#Schedule[behind="true"] {{ color: {s.warning}; font-weight: 600; }}
#Pane {{ background: {s.surface}; border: 1px solid {s.border}; border-radius: 8px; }}
#Guidance {{
    background: {s.surface_alt}; color: {s.text}; border: none;
    border-left: 4px solid {s.accent}; border-radius: 4px; padding: {sp["s"]}px;
}}
#Muted {{ color: {s.muted}; }}
#VisibilityBadge {{ border-radius: 6px; padding: {sp["xs"]}px {sp["s"]}px; font-weight: 600; }}
#VisibilityBadge[level="public"] {{ color: {s.public}; border: 1px solid {s.public}; }}
#VisibilityBadge[level="partners"] {{ color: {s.partners}; border: 1px solid {s.partners}; }}
#VisibilityBadge[level="internal"] {{
    color: {s.internal}; background: {s.internal_soft}; border: 2px solid {s.internal};
}}
QLineEdit[level="internal"] {{ border: 2px solid {s.internal}; background: {s.internal_soft}; }}
QLineEdit[level="public"] {{ border: 2px solid {s.public}; }}
#ErrorBanner {{ background: {s.danger_soft}; border: 2px solid {s.danger}; border-radius: 6px; }}
#ErrorBanner QLabel {{ color: {s.text}; }}
QSplitter::handle {{ background: transparent; }}
"""


def set_role(widget: QWidget, role: str) -> None:
    """Give ``widget`` the type of ``role`` (see :data:`TYPE_SCALE`)."""
    scale, weight = TYPE_SCALE[role]
    font = QFont(QApplication.font())
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    font.setWeight(QFont.Weight(weight))
    widget.setFont(font)


def set_flag(widget: QObject, name: str, value: object) -> None:
    """Set a property the style sheet reads (``over``, ``behind``, ``level``, ...) and
    restyle the widget when it changed."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    if isinstance(widget, QWidget):
        widget.style().unpolish(widget)
        widget.style().polish(widget)
