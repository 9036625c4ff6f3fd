"""Start a window and print "painted" once it is painted and the event loop is idle.

python bench/startup_child.py bare           a bare PySide6 main window
python bench/startup_child.py app DB         Workshop App's main window on DB
"""

from __future__ import annotations

import sys


def _report_when_painted(app, window) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                # Interactive = the loop has returned to idle after the first paint.
                QTimer.singleShot(0, lambda: (print("painted", flush=True), app.quit()))
            return False

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
    window._first_paint = watcher


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(["bare"])
    window = QMainWindow()
    window.resize(1500, 880)
    _report_when_painted(app, window)
    window.showMaximized()
    app.exec()


def workshop_app(db_path: str) -> None:
    sys.path.insert(0, __file__.rsplit("/bench/", 1)[0])
    from workshop_app.ui.app import make_application

    app = make_application(["workshop-app"])
    from workshop_app.storage import open_store
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.session import Session

    session = Session(open_store(db_path))
    window = MainWindow(session)
    _report_when_painted(app, window)
    window.showMaximized()
    app.exec()
    session.close()


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        bare()
    else:
        workshop_app(sys.argv[2])
