"""A still of a room view, rendered headless to PNG (``main.py render``, the View menu).

It is drawn by the same layout and paint functions as the live room window,
from the same room-filtered view, so a still shows exactly what the room sees.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..domain.visibility import Audience, audience_view
from ..errors import RenderError
from ..exercises.registry import history_kinds
from ..i18n import tr
from ..storage import Store
from .offscreen import ensure_gui_application


def room_image(
    store: Store,
    workshop_id: str,
    block_number: int,
    size: tuple[int, int],
    theme: str = "light",
    page: int = 1,
):
    """The room view of block ``block_number`` (1-based) as a QImage of ``size`` pixels."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QImage, QPainter

    from .room_charts import draw_chart_now
    from .room_content import room_content
    from .room_layout import layout_room
    from .room_paint import paint_room
    from .themes import room_theme

    chosen_theme = room_theme(theme)
    width, height = size
    if width < 160 or height < 90:
        raise RenderError(tr("Room", "The picture must be at least 160 x 90 pixels."))
    try:
        snapshot = store.snapshot(workshop_id, history_kinds())
    except KeyError:
        raise RenderError(
            tr(
                "Room", "There is no workshop with the id {id}; `main.py list` shows the ids."
            ).format(id=workshop_id)
        ) from None
    blocks = snapshot.blocks
    if not blocks:
        raise RenderError(tr("Room", "This workshop has no blocks on its agenda yet."))
    if not 1 <= block_number <= len(blocks):
        raise RenderError(
            tr(
                "Room",
                "There is no block {n}: this workshop has {count} blocks, numbered 1 to {count}.",
            ).format(n=block_number, count=len(blocks))
        )
    ensure_gui_application()
    view = audience_view(snapshot, Audience.ROOM)  # the room sees only this
    content = room_content(view, blocks[block_number - 1].id)
    layout = layout_room(content, QSize(width, height), chosen_theme)
    if not 1 <= page <= layout.page_count:
        raise RenderError(
            tr(
                "Room", "This room view has %n page(s); there is no page {page}.", layout.page_count
            ).format(page=page)
        )
    image = QImage(width, height, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    try:
        paint_room(
            painter, layout, content, chosen_theme, page=page - 1, chart_images=draw_chart_now
        )
    finally:
        painter.end()
    return image


def render_block_png(
    store: Store,
    workshop_id: str,
    block_number: int,
    size: tuple[int, int] = (1920, 1080),
    theme: str = "light",
    out_path: str | os.PathLike[str] = "room.png",
    page: int = 1,
) -> Path:
    """Write the room view of block ``block_number`` (1-based) to ``out_path`` as PNG.

    Raises ValueError with a plain sentence for a bad block number, workshop
    id, theme or size. The file is written whole or not at all.
    """
    image = room_image(store, workshop_id, block_number, size, theme, page)
    out = Path(out_path)
    temporary = out.with_name(f".{out.name}.part")
    if not image.save(str(temporary), "PNG"):
        temporary.unlink(missing_ok=True)
        raise OSError(tr("Room", "The picture could not be written to {path}.").format(path=out))
    os.replace(temporary, out)
    return out
