"""Start a window; print "painted" once it is painted and the event loop is idle, then
"ready" once it has built what it builds in the background (at once for a bare window).

python bench/startup_child.py bare           a bare PySide6 main window
python bench/startup_child.py app DB         Workshop App's main window on DB
"""

from __future__ import annotations

import sys


def _report_when_painted(app) -> None:
    """Print "painted" once the first main window has painted and the loop is idle again.

    The window under test is built and shown by exactly the code the app runs. An
    application-wide watcher finds it at its first event, then watches only it, so
    the measurement does not add a Python call to every event of every widget.
    """
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QMainWindow

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                # Interactive = the loop has returned to idle after the first paint.
                QTimer.singleShot(0, self.idle)
            return False

        def idle(self) -> None:
            print("painted", flush=True)
            # The window as the app built it (the object first seen was still being built).
            window = next((w for w in app.topLevelWidgets() if hasattr(w, "_warm_up")), None)
            self.window = window
            if window is None or window._warm_up.done:
                self.ready()
            else:
                window._warm_up.finished.connect(self.ready)

        def ready(self) -> None:
            longest = self.window._warm_up.longest_step_ms if self.window else 0.0
            print(f"ready {longest:.1f}", flush=True)
            app.quit()

    class FindWindow(QObject):
        def eventFilter(self, watched, event):
            if isinstance(watched, QMainWindow):
                app.removeEventFilter(self)
                watched.installEventFilter(painted)
            return False

    painted = FirstPaint(app)
    finder = FindWindow(app)
    app.installEventFilter(finder)


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(["bare"])
    _report_when_painted(app)
    window = QMainWindow()
    window.resize(1500, 880)
    window.showMaximized()
    app.exec()


def workshop_app(db_path: str) -> None:
    """Exactly what ``workshop-app --db DB`` runs (the command line's main), with the
    paint watcher on the application it creates."""
    sys.path.insert(0, __file__.rsplit("/bench/", 1)[0])
    # isort: off
    from workshop_app import cli  # first, as main.py does: before PySide
    from workshop_app.ui.app import make_application

    # isort: on

    # Made as run_gui makes it (in the Fusion style, named, translated); run_gui's own
    # make_application then adopts it, so the watcher sees the app's real start.
    app = make_application(["workshop-app"])
    _report_when_painted(app)
    sys.exit(cli.main(["--db", db_path]))


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        workshop_app(sys.argv[2])
