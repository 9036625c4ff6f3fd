"""Draw the application icon's PNG sizes (and the Windows .ico and macOS .icns) from
resources/app/workshop-app.svg. Run after changing the SVG, and commit what it writes:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "app"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def draw(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (fonts and painting need one)
    renderer = QSvgRenderer(str(FOLDER / "workshop-app.svg"))
    if not renderer.isValid():
        print("workshop-app.svg cannot be read", file=sys.stderr)
        return 1
    for size in SIZES:
        draw(renderer, size).save(str(FOLDER / f"workshop-app-{size}.png"))
    largest = Image.open(FOLDER / "workshop-app-512.png")
    largest.save(FOLDER / "workshop-app.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 256)])
    largest.save(FOLDER / "workshop-app.icns")
    print(f"wrote {len(SIZES)} PNGs, workshop-app.ico and workshop-app.icns in {FOLDER}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
