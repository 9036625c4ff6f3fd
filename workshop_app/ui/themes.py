"""Room themes: light, dark and high contrast, read from ``resources/themes/*.json``.

A theme only says colours and the type face; sizes come from the screen
(:mod:`workshop_app.ui.room_layout` scales type with the height of the room
window). Themes never carry meaning by colour alone: the room view always
labels states in words as well.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from ..charts import ChartStyle
from ..errors import RenderError
from ..i18n import tr
from ..resources import resource_path

DEFAULT_THEME = "light"


@dataclass(frozen=True)
class RoomTheme:
    """Colours and type face for the projector view."""

    key: str
    name: str
    background: str
    foreground: str
    muted: str
    accent: str
    rule: str
    panel: str
    callout_background: str
    callout_border: str
    table_header: str
    table_stripe: str
    over_time: str
    font_family: str
    chart_palette: tuple[str, ...]

    @property
    def label(self) -> str:
        return tr("Themes", self.name)

    def chart_style(self, font_px: float) -> ChartStyle:
        """A chart style in this theme with type of ``font_px`` pixels (charts drawn at 100 dpi)."""
        return ChartStyle(
            foreground=self.foreground,
            background=self.background,
            accent=self.chart_palette[0],
            font_size=round(font_px * 72 / 100, 1),
            palette=self.chart_palette,
        )


@cache
def _themes() -> dict[str, RoomTheme]:
    found: dict[str, RoomTheme] = {}
    for path in sorted(resource_path("themes").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        data["chart_palette"] = tuple(data["chart_palette"])
        found[path.stem] = RoomTheme(key=path.stem, **data)
    return found


def theme_keys() -> list[str]:
    """Keys of the bundled themes, the default first."""
    keys = sorted(_themes())
    keys.sort(key=lambda k: k != DEFAULT_THEME)
    return keys


def room_theme(key: str | None = None) -> RoomTheme:
    """The theme called ``key`` (``light``, ``dark``, ``high_contrast``; dashes allowed).

    Raises :class:`RenderError` with a plain message for an unknown name.
    """
    themes = _themes()
    wanted = (key or DEFAULT_THEME).strip().lower().replace("-", "_").replace(" ", "_")
    if wanted not in themes:
        raise RenderError(
            tr("Themes", "There is no theme called {name!r}; choose one of: {names}.").format(
                name=key, names=", ".join(theme_keys())
            )
        )
    return themes[wanted]
