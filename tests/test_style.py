"""The visual system: readable colours in both schemes, and the window following the
facilitator's choice of appearance."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QPalette

from workshop_app.ui.style import DARK, LIGHT, Scheme, apply_appearance, scheme


def luminance(colour: str) -> float:
    channels = [int(colour.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


#: Every pairing of text and background the style sheet uses.
PAIRS = [
    ("text", "surface"),
    ("text", "window"),
    ("muted", "surface"),
    ("muted", "window"),
    ("muted", "surface_alt"),
    ("accent", "surface"),
    ("on_accent", "accent"),
    ("text", "accent_soft"),
    ("warning", "surface"),
    ("warning", "window"),
    ("danger", "danger_soft"),
    ("text", "danger_soft"),
    ("public", "surface"),
    ("partners", "surface"),
    ("internal", "surface"),
    ("internal", "internal_soft"),
    ("text", "internal_soft"),
]


@pytest.mark.parametrize("chosen", [LIGHT, DARK], ids=lambda s: s.key)
@pytest.mark.parametrize("fore, back", PAIRS)
def test_text_meets_wcag_aa_contrast(chosen: Scheme, fore: str, back: str):
    ratio = contrast(getattr(chosen, fore), getattr(chosen, back))
    assert ratio >= 4.5, f"{chosen.key}: {fore} on {back} is {ratio:.2f}:1"


def test_appearance_choice_restyles_the_window_and_is_kept(qtbot, qapp, store):
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.session import Session

    apply_appearance(qapp, "light")
    window = MainWindow(Session(store))
    qtbot.addWidget(window)
    light_window = qapp.palette().color(QPalette.ColorRole.Window).name()

    menu = window.menus["view"]
    menu.aboutToShow.emit()
    appearance = next(a.menu() for a in menu.actions() if a.text() == "&Appearance")
    appearance.aboutToShow.emit()  # as opening it does
    next(a for a in appearance.actions() if a.text() == "Dark").trigger()
    appearance.aboutToShow.emit()  # opened again, it ticks the choice
    assert [a.text() for a in appearance.actions() if a.isChecked()] == ["Dark"]

    assert scheme() is DARK
    assert qapp.palette().color(QPalette.ColorRole.Window).name() == DARK.window != light_window
    assert store.setting("appearance") == "dark"
    apply_appearance(qapp, "light")  # leave the other tests as they expect


def ink_lightness(icon) -> float:
    """The mean lightness (0-255) of an icon's drawn pixels."""
    image = icon.pixmap(18, 18).toImage()
    shades = [
        image.pixelColor(x, y).lightness()
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).alpha() > 128
    ]
    return sum(shades) / len(shades)


def test_icons_are_drawn_again_in_the_new_schemes_ink(qtbot, qapp, store):
    """The lock on "My notes" and the run bar's icons stay visible on a dark window."""
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.session import Session

    apply_appearance(qapp, "light")
    window = MainWindow(Session(store))
    qtbot.addWidget(window)
    view = window.workshop_view
    notes_tab = next(n for n in range(view.side.count()) if "notes" in view.side.tabText(n))
    icons = lambda: [view.side.tabIcon(notes_tab), view.run_bar.reset.icon()]  # noqa: E731
    assert all(ink_lightness(i) < 128 for i in icons())

    apply_appearance(qapp, "dark")
    try:
        assert all(ink_lightness(i) > 128 for i in icons())
    finally:
        apply_appearance(qapp, "light")
