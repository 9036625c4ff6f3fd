"""run_in_background: work off the UI thread, answers on it, errors told apart."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QCoreApplication, QObject

from workshop_app.errors import UserFacingError
from workshop_app.ui.background import run_in_background


class Answers:
    """What the callbacks received, and on which thread."""

    def __init__(self) -> None:
        self.results: list[object] = []
        self.messages: list[str] = []
        self.threads: list[int] = []

    def done(self, result: object) -> None:
        self.threads.append(threading.get_ident())
        self.results.append(result)

    def failed(self, message: str) -> None:
        self.threads.append(threading.get_ident())
        self.messages.append(message)

    def any(self) -> bool:
        return bool(self.results or self.messages)


def test_the_work_runs_off_the_ui_thread_and_done_gets_its_result_on_it(qtbot):
    answers = Answers()
    worked_on: list[int] = []

    def work() -> int:
        worked_on.append(threading.get_ident())
        return 42

    run_in_background(work, answers.done, answers.failed)
    qtbot.waitUntil(answers.any)

    assert answers.results == [42] and answers.messages == []
    assert worked_on[0] != threading.get_ident()
    assert answers.threads == [threading.get_ident()]


def test_the_ui_keeps_running_while_the_work_runs(qtbot):
    released = threading.Event()
    answers = Answers()
    task = run_in_background(lambda: released.wait(10), answers.done, answers.failed)

    # The event loop turns (this callback runs) while the work is still waiting.
    turned = []
    qtbot.waitUntil(lambda: turned.append(task.is_finished()) or len(turned) >= 3)
    assert turned == [False, False, False]
    released.set()
    qtbot.waitUntil(answers.any)
    assert answers.results == [True]


def test_a_user_facing_error_reaches_failed_as_its_sentence(qtbot, caplog):
    answers = Answers()

    def work() -> None:
        raise UserFacingError("The disk is full; free some space and try again.")

    run_in_background(work, answers.done, answers.failed)
    qtbot.waitUntil(answers.any)

    assert answers.messages == ["The disk is full; free some space and try again."]
    assert answers.threads == [threading.get_ident()]
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def test_a_bug_is_logged_with_its_traceback_and_reported_as_a_bug(qtbot, caplog):
    answers = Answers()

    def broken_work() -> None:
        raise ZeroDivisionError("division by zero")

    with caplog.at_level(logging.ERROR, logger="workshop_app.ui.background"):
        run_in_background(broken_work, answers.done, answers.failed)
        qtbot.waitUntil(answers.any)

    assert answers.results == []
    assert "bug" in answers.messages[0] and "ZeroDivisionError" in answers.messages[0]
    logged = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert "broken_work" in logged[0].getMessage()
    assert logged[0].exc_info[0] is ZeroDivisionError


def test_no_answer_reaches_an_owner_that_is_gone(qtbot):
    answers = Answers()
    released = threading.Event()
    owner = QObject()
    task = run_in_background(lambda: released.wait(10), answers.done, answers.failed, owner=owner)
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    released.set()
    assert task.wait(10_000)
    QCoreApplication.processEvents()  # the answer, queued before the work finished

    assert not answers.any()


def test_a_cancelled_task_calls_nothing(qtbot):
    answers = Answers()
    released = threading.Event()
    task = run_in_background(lambda: released.wait(10), answers.done, answers.failed)
    task.cancel()
    released.set()
    assert task.wait(10_000)
    QCoreApplication.processEvents()

    assert not answers.any()


def _alive(thing: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(thing)
