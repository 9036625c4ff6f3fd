"""The one way the app runs long work without freezing: :func:`run_in_background`.

``work`` runs on a thread of Qt's global thread pool; its answer comes back to the
UI thread through a queued signal, where ``done(result)`` or ``failed(message)`` is
called. The work must not touch widgets; the callbacks may, since they run on the
UI thread.

* A :class:`~workshop_app.errors.UserFacingError` (a storage, export or render
  error) reaches ``failed`` as its one plain sentence.
* Any other exception is a bug: it is logged with its traceback and ``failed``
  gets a sentence saying it was a bug.
* When ``owner`` (a window, a dialog, a cache) is destroyed, or the task is
  cancelled, neither callback is called; work not started yet never starts.

Example::

    run_in_background(
        lambda: export.render_workshop(view, "pdf"),
        done=self._exported,
        failed=self.status.setText,
        owner=self,
    )
"""

from __future__ import annotations

import contextvars
import logging
import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from ..errors import UserFacingError

log = logging.getLogger(__name__)


class BackgroundTask:
    """One piece of work started by :func:`run_in_background`."""

    def __init__(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None],
        owner: QObject | None,
    ) -> None:
        self._work, self._done, self._failed, self._owner = work, done, failed, owner
        # The work runs in the context of the code that started it: its language
        # (``i18n.language``), so an export started for the room speaks the room's.
        self._context = contextvars.copy_context()
        self._cancelled = False
        self._finished = threading.Event()  # the work has returned or raised
        self._runnable = _Runnable(self)
        self._runnable.setAutoDelete(False)  # this object keeps it

    def cancel(self) -> None:
        """Call neither callback; work not yet started is not started at all.

        Work already running cannot be stopped halfway: it finishes, and its
        result is dropped.
        """
        self._cancelled = True
        if QThreadPool.globalInstance().tryTake(self._runnable):
            self._finished.set()
            _answers().undelivered.discard(self)

    def wait(self, msecs: int | None = None) -> bool:
        """Block until the work has finished (for closing windows and quitting).

        The answer is delivered afterwards, by the event loop. Returns False on timeout.
        """
        return self._finished.wait(None if msecs is None else msecs / 1000)

    def is_finished(self) -> bool:
        """Whether the work has returned (or raised, or was cancelled before it started)."""
        return self._finished.is_set()

    # -------------------------------------------------------- worker thread
    def _run(self, answers: _Answers) -> None:
        try:
            if self._cancelled:  # cancelled as a worker picked it up: drop it unseen
                _send(answers, self, False, "")
                return
            try:
                result = self._context.run(self._work)
            except UserFacingError as e:
                _send(answers, self, False, e.message)
            except Exception as e:
                log.exception("background work %s failed", _name(self._work))
                _send(
                    answers,
                    self,
                    False,
                    QCoreApplication.translate(
                        "Background",
                        "This failed because of a bug in Workshop App (it has been logged): "
                        "{error}",
                    ).format(error=f"{type(e).__name__}: {e}"),
                )
            else:
                _send(answers, self, True, result)
        finally:
            self._finished.set()

    # ------------------------------------------------------------ UI thread
    def _deliver(self, succeeded: bool, value: Any) -> None:
        if self._cancelled or (self._owner is not None and not shiboken6.isValid(self._owner)):
            return  # cancelled, or its window is gone: nobody is waiting for the answer
        (self._done if succeeded else self._failed)(value)


def _send(answers: _Answers, task: BackgroundTask, succeeded: bool, value: object) -> None:
    """Queue an answer to the UI thread; if the application is already gone, drop it."""
    try:
        answers.arrived.emit(task, succeeded, value)
    except RuntimeError:  # "Signal source has been deleted": quitting, nobody to tell
        log.debug("answer of %s dropped: the application has quit", _name(task._work))


class _Answers(QObject):
    """Lives on the UI thread: answers emitted by workers are queued to it."""

    arrived = Signal(object, bool, object)  # task, succeeded, result or message

    def __init__(self) -> None:
        super().__init__()
        # Tasks whose answer is on its way, kept alive here so a caller may drop its
        # reference to a task without losing the answer.
        self.undelivered: set[BackgroundTask] = set()
        self.arrived.connect(self._deliver)

    @Slot(object, bool, object)
    def _deliver(self, task: BackgroundTask, succeeded: bool, value: object) -> None:
        self.undelivered.discard(task)
        task._deliver(succeeded, value)


_answers_on_ui_thread: _Answers | None = None


def _answers() -> _Answers:
    global _answers_on_ui_thread
    if _answers_on_ui_thread is None:
        _answers_on_ui_thread = _Answers()
    return _answers_on_ui_thread


class _Runnable(QRunnable):
    def __init__(self, task: BackgroundTask) -> None:
        super().__init__()
        self.task = task
        self.answers = _answers()  # looked up on the UI thread, where it was made

    def run(self) -> None:
        self.task._run(self.answers)


def _name(work: Callable[..., Any]) -> str:
    function = getattr(work, "func", work)  # functools.partial
    return getattr(function, "__qualname__", repr(function))


def run_in_background(
    work: Callable[[], Any],
    done: Callable[[Any], None],
    failed: Callable[[str], None],
    *,
    owner: QObject | None = None,
) -> BackgroundTask:
    """Run ``work()`` off the UI thread; call ``done(result)`` or ``failed(message)`` on it.

    Call from the UI thread. ``owner``: once it is destroyed, the answer is dropped.
    """
    task = BackgroundTask(work, done, failed, owner)
    _answers().undelivered.add(task)
    QThreadPool.globalInstance().start(task._runnable)
    return task
