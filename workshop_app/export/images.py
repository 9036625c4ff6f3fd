"""Charts as pictures for the document formats (HTML, PDF, Word)."""

from __future__ import annotations

import logging

from ..charts import PRINT_STYLE, render_png
from ..domain.document import Chart

log = logging.getLogger(__name__)

#: Pixel size charts are drawn at for documents (sharp when printed at ~16 cm wide).
DOCUMENT_CHART_SIZE = (1600, 900)


def chart_png(chart: Chart, size: tuple[int, int] = DOCUMENT_CHART_SIZE) -> bytes | None:
    """The chart as PNG, or None when its drawing function failed.

    A broken chart must not cost the facilitator the whole export: the failure
    is logged as the bug it is and the document shows the chart's words instead.
    """
    try:
        return render_png(chart, size[0], size[1], PRINT_STYLE, dpi=200)
    except Exception:
        log.exception("chart %r (%s) could not be drawn", chart.title, chart.kind)
        return None
