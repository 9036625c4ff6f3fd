"""Start Workshop App the way ``workshop-app --db DB`` does and report what start-up did.

python tests/startup_probe.py DB

Prints one JSON line: at the first paint of the main window, which of our modules
were loaded, whether PySide's ``Qt`` namespace had been set up, and what the
home screen listed; then, once the window's background set-up has finished,
what it built. Used by tests/test_startup.py (in its own process, because
what is imported at start-up can only be seen in a fresh interpreter).
"""

from __future__ import annotations

import gc
import json
import sys

# isort: off
from workshop_app import cli  # first, as main.py does: before PySide
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

# isort: on

app = QApplication(["workshop-app"])  # run_gui adopts it
report: dict[str, object] = {}


class Probe(QObject):
    """Finds the main window at its first event, then watches only its first paint."""

    window: QMainWindow | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.window is None:
            if isinstance(watched, QMainWindow):
                self.window = watched
                app.removeEventFilter(self)
                watched.installEventFilter(self)
            return False
        if event.type() == QEvent.Type.Paint and "at_first_paint" not in report:
            self.first_paint()
        return False

    def first_paint(self) -> None:
        # The object seen at its first event was still being built: find it again.
        self.window = next(w for w in app.topLevelWidgets() if hasattr(w, "home"))
        qtcore = sys.modules["PySide6.QtCore"]
        report["at_first_paint"] = {
            "modules": sorted(m for m in sys.modules if m.startswith(("workshop_app", "matp"))),
            "qt_namespace_set_up": "Qt" in vars(qtcore),  # PySide adds it on first use
            "home_rows": self.window.home.model.rowCount(),
            "collector": gc.get_threshold(),
        }
        self.window._warm_up.finished.connect(self.warmed_up)

    def warmed_up(self) -> None:
        window = self.window
        report["after_warm_up"] = {
            "workshop_screen": window._workshop_view is not None,
            "room_controller": window._room_controller is not None,
            "backups": getattr(window, "backup_controller", None) is not None,
            "workshop_menu": [a.text() for a in window.menus["workshop"].actions()],
            "file_menu": [a.text() for a in window.menus["file"].actions()],
            "collector": gc.get_threshold(),
        }
        QTimer.singleShot(0, window.close)


probe = Probe()
app.installEventFilter(probe)
code = cli.main(["--db", sys.argv[1]])
print(json.dumps(report))
sys.exit(code)
