"""Start a window; print "painted" once it is painted and the event loop is idle, then
"ready" once it has built what it builds in the background (at once for a bare window).

python bench/startup_child.py bare           a bare PySide6 main window
python bench/startup_child.py app DB         Workshop App's main window on DB
"""

from __future__ import annotations

import sys


def _report_when_painted(app, window) -> None:
    """Print "painted" once ``window`` has painted and the event loop is idle again.

    The watcher is installed on that window alone, as it is shown: nothing of the
    measurement runs for the events of any other object. (An application-wide watcher,
    used before, was handed every event of every object until the window appeared, the
    style sheet's among them, and so made PySide set up Python types the app itself never
    touches, QStyle's enums included: several milliseconds charged to the app alone.)
    """
    from PySide6.QtCore import QEvent, QObject, QTimer

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
            warm_up = getattr(window, "_warm_up", None)
            if warm_up is None or warm_up.done:
                self.ready()
            else:
                warm_up.finished.connect(self.ready)

        def ready(self) -> None:
            warm_up = getattr(window, "_warm_up", None)
            print(f"ready {warm_up.longest_step_ms if warm_up else 0.0:.1f}", flush=True)
            app.quit()

    window.installEventFilter(FirstPaint(window))


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(["bare"])
    window = QMainWindow()
    _report_when_painted(app, window)
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
    # The watcher goes on the main window as the app shows it (the app's own code shows
    # it; only this one method of its class is wrapped, to install the watcher first).
    from workshop_app.ui.main_window import MainWindow

    show = MainWindow.showMaximized

    def watched_show(window) -> None:
        _report_when_painted(app, window)
        show(window)

    MainWindow.showMaximized = watched_show
    sys.exit(cli.main(["--db", db_path]))


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        workshop_app(sys.argv[2])
