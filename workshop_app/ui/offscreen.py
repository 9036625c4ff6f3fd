"""A Qt application for painting without a window (the command line's PDF and room
pictures): Qt needs one for fonts, and the command line has none."""

from __future__ import annotations

import os
import sys

_app = None  # kept alive here while the process runs


def ensure_gui_application() -> None:
    """Start an offscreen QApplication unless one runs already."""
    global _app
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        # A QApplication (not only a QGuiApplication) so widgets made later still work;
        # the offscreen platform works without a display.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ.setdefault("MPLBACKEND", "Agg")
        _app = QApplication([sys.argv[0] if sys.argv else "workshop-app"])
