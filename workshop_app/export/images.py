"""Charts as pictures for the document formats (HTML, PDF, Word)."""

from __future__ import annotations

import json
import logging
import threading
from collections import OrderedDict

from ..charts import PRINT_STYLE, render_png
from ..domain.document import Chart

log = logging.getLogger(__name__)

#: Pixel size charts are drawn at for documents (sharp when printed at ~16 cm wide).
DOCUMENT_CHART_SIZE = (1600, 900)


def chart_png(chart: Chart, size: tuple[int, int] = DOCUMENT_CHART_SIZE) -> bytes | None:
    """The chart as PNG, or None when its drawing function failed.

    A broken chart must not cost the facilitator the whole export: the failure
    is logged as the bug it is and the document shows the chart's words instead.
    The same chart drawn again (the preview, then the export, then the printout; the
    same chart in the partners and the internal summary) is taken from a small cache.
    """
    key = _chart_key(chart, size)
    with _cache_lock:
        found = _cache.get(key)
        if found is not None:
            _cache.move_to_end(key)
            return found
    try:
        png = render_png(chart, size[0], size[1], PRINT_STYLE, dpi=200)
    except Exception:
        log.exception("chart %r (%s) could not be drawn", chart.title, chart.kind)
        return None
    with _cache_lock:
        _cache[key] = png
        while len(_cache) > CACHED_CHARTS:
            _cache.popitem(last=False)
    return png


#: How many drawn charts are kept (a whole meeting's, a few times over; about 100 KB each).
CACHED_CHARTS = 48
_cache: OrderedDict[str, bytes] = OrderedDict()
_cache_lock = threading.Lock()


def _chart_key(chart: Chart, size: tuple[int, int]) -> str:
    return json.dumps(
        [chart.kind, chart.title, chart.data, list(size)], sort_keys=True, default=repr
    )
