"""Chart pictures for the room: drawn in the background and kept, or drawn now for stills."""

from __future__ import annotations

import json
import logging
from collections import OrderedDict
from functools import partial

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QImage

from ..charts import ChartStyle, render_png
from ..domain.document import Chart
from ..i18n import current_language
from .background import BackgroundTask, run_in_background

log = logging.getLogger(__name__)


def _chart_key(chart: Chart, size: QSize, style: ChartStyle) -> str:
    data = json.dumps(chart.data, sort_keys=True, default=str)
    where = f"{size.width()}x{size.height()}|{style!r}|{current_language()}"  # its axis words
    return f"{chart.kind}|{chart.title}|{data}|{where}"


def draw_chart_now(chart: Chart, size: QSize, style: ChartStyle) -> QImage | None:
    """Draw a chart on this thread (headless stills); None when it cannot be drawn."""
    try:
        png = render_png(chart, size.width(), size.height(), style)
    except Exception:  # a chart bug must not stop the room; say what the chart shows instead
        log.exception("chart %r (%s) could not be drawn", chart.title, chart.kind)
        return None
    image = QImage()
    image.loadFromData(png, "PNG")
    return image


class ChartCache(QObject):
    """Chart pictures drawn off the UI thread, kept by their data, size and style.

    :meth:`image` answers at once: the picture if drawn, else None (and the
    drawing starts in the background); ``ready`` fires when a new one is in.
    """

    ready = Signal()

    def __init__(self, parent: QObject | None = None, limit: int = 48) -> None:
        super().__init__(parent)
        self._images: OrderedDict[str, QImage | None] = OrderedDict()
        self._pending: dict[str, BackgroundTask] = {}
        self._limit = limit

    def image(self, chart: Chart, size: QSize, style: ChartStyle) -> QImage | None:
        key = _chart_key(chart, size, style)
        if key in self._images:
            self._images.move_to_end(key)
            return self._images[key]
        if key not in self._pending:
            self._pending[key] = run_in_background(
                partial(render_png, chart, size.width(), size.height(), style),
                partial(self._drawn, key),
                partial(self._not_drawn, key),
                owner=self,
            )
        return None

    def pending(self) -> int:
        """How many charts are being drawn now."""
        return len(self._pending)

    def _drawn(self, key: str, png: bytes) -> None:
        image = QImage()
        image.loadFromData(png, "PNG")
        self._keep(key, image if not image.isNull() else None)

    def _not_drawn(self, key: str, _message: str) -> None:
        # A bug in a chart's drawing (logged with its traceback by run_in_background)
        # must not stop the room: it says in words what the chart shows instead.
        self._keep(key, None)

    def _keep(self, key: str, image: QImage | None) -> None:
        self._pending.pop(key, None)
        self._images[key] = image
        while len(self._images) > self._limit:
            self._images.popitem(last=False)
        self.ready.emit()
