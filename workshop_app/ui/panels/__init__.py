"""One Qt panel per exercise kind: ``ui/panels/<kind key>.py`` holds its ``PANEL``.

The exercise logic never names its panel (the logic does not know Qt); the window asks
:func:`panel_class` for the panel of a block's kind when it opens the block. A kind
without a module here is edited with the generic capture panel.
"""

from __future__ import annotations

import importlib


def panel_class(kind: str) -> type:
    """The panel class that edits blocks of ``kind`` (imports its module on first use)."""
    try:
        module = importlib.import_module(f"{__name__}.{kind}")
    except ModuleNotFoundError as missing:
        if missing.name != f"{__name__}.{kind}":
            raise  # the panel's own imports failed: a bug, not a kind without a panel
        from ..capture_panel import CapturePanel

        return CapturePanel
    return module.PANEL
