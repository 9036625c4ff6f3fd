"""Why Qt could not open a window on Linux, in one plain message.

Qt's own message, when its X11 platform plugin cannot load, names ``xcb-cursor0`` whatever
is missing, then aborts. This module is only imported on that failure path (start-up pays
nothing for it): it tries to load each library the plugin links against (``ldd`` of
``libqxcb.so`` and ``libQt6XcbQpa.so.6`` in PySide6 6.11, less the C runtime) and names the
packages that bring the ones missing.
"""

from __future__ import annotations

import ctypes
import os
from collections.abc import Callable, Iterable
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication


class Package(NamedTuple):
    debian: str  # Debian and Ubuntu
    fedora: str


#: Every library Qt's xcb platform plugin loads, with the package that brings it.
XCB_LIBRARIES: dict[str, Package] = {
    "libxcb.so.1": Package("libxcb1", "libxcb"),
    "libxcb-cursor.so.0": Package("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": Package("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": Package("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": Package("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-randr.so.0": Package("libxcb-randr0", "libxcb"),
    "libxcb-render.so.0": Package("libxcb-render0", "libxcb"),
    "libxcb-render-util.so.0": Package("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape.so.0": Package("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": Package("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": Package("libxcb-sync1", "libxcb"),
    "libxcb-util.so.1": Package("libxcb-util1", "xcb-util"),
    "libxcb-xfixes.so.0": Package("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": Package("libxcb-xkb1", "libxcb"),
    "libxkbcommon.so.0": Package("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": Package("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libX11.so.6": Package("libx11-6", "libX11"),
    "libX11-xcb.so.1": Package("libx11-xcb1", "libX11-xcb"),
    "libGL.so.1": Package("libgl1", "libglvnd-glx"),
    "libEGL.so.1": Package("libegl1", "libglvnd-egl"),
    "libfontconfig.so.1": Package("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": Package("libfreetype6", "freetype"),
    "libglib-2.0.so.0": Package("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": Package("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": Package("libdbus-1-3", "dbus-libs"),
}


def _loads(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def missing_libraries(loads: Callable[[str], bool] = _loads) -> list[str]:
    """The libraries of :data:`XCB_LIBRARIES` that cannot be loaded here."""
    return [name for name in XCB_LIBRARIES if not loads(name)]


def _unique(names: Iterable[str]) -> str:
    return " ".join(dict.fromkeys(names))


def install_advice(missing: list[str]) -> str:
    """What to install, for Debian/Ubuntu and Fedora, to bring the ``missing`` libraries."""
    packages = [XCB_LIBRARIES[name] for name in missing]
    return QCoreApplication.translate(
        "PlatformLibraries",
        "Workshop App cannot open its window: this computer lacks libraries that Qt needs "
        "to draw on the desktop ({libraries}). Install them, then start Workshop App again:\n"
        "  Debian, Ubuntu:  sudo apt install {debian}\n"
        "  Fedora:          sudo dnf install {fedora}",
    ).format(
        libraries=", ".join(missing),
        debian=_unique(p.debian for p in packages),
        fedora=_unique(p.fedora for p in packages),
    )


def explain_platform_failure(
    qt_messages: Iterable[str],
    environ: dict[str, str] | None = None,
    loads: Callable[[str], bool] = _loads,
) -> str | None:
    """One plain message saying why Qt could not open a window, or None if not known.

    ``qt_messages`` are what Qt said while it tried (it names ``xcb-cursor0`` in every
    case, so the libraries are tried here instead).
    """
    environ = os.environ if environ is None else environ
    missing = missing_libraries(loads)
    if missing:
        return install_advice(missing)
    if not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY"):
        return QCoreApplication.translate(
            "PlatformLibraries",
            "Workshop App cannot open its window: no desktop was found (DISPLAY and "
            "WAYLAND_DISPLAY are not set). Start it from a desktop session; the commands "
            "export and render work without one.",
        )
    if any("could not connect to display" in message for message in qt_messages):
        return QCoreApplication.translate(
            "PlatformLibraries",
            "Workshop App cannot open its window: the display {display} cannot be reached. "
            "Start it from a desktop session; the commands export and render work without one.",
        ).format(display=environ.get("DISPLAY", ""))
    return None
