"""The Qt binding we install must not corrupt Python's reference counts.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every Qt call that
returns nothing; the app then aborted ("none_dealloc") after a few thousand calls.
pyproject.toml keeps PySide6 below 6.12; this test fails if a bad build comes back.
"""

import sys

from PySide6.QtCore import QObject


def test_void_qt_calls_leave_none_reference_count_alone():
    thing = QObject()
    before = sys.getrefcount(None)
    for _ in range(2000):
        thing.setObjectName("x")
    assert abs(sys.getrefcount(None) - before) < 100
