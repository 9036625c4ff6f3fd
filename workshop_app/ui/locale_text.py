"""Dates, times, numbers and sizes as the facilitator's locale writes them (``QLocale``).

Stored values stay ISO (``2026-11-20``) and plain numbers; only what the facilitator's
window shows goes through here. The projector and the exports have their own language.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

#: The short date pattern of each locale by name, worked out once.
_date_formats: dict[str, str] = {}


def _short_date_format(locale: QLocale) -> str:
    # By name, not by QLocale.Language: that enum's few hundred members would be made
    # on first use, a few milliseconds of the home screen's first paint.
    name = locale.name()
    pattern = _date_formats.get(name)
    if pattern is None:
        if name == "C":
            pattern = "yyyy-MM-dd"  # no locale set (LANG=C): ISO, not C's "d MM yyyy"
        else:
            # Short formats write two-digit years in many locales (en_US "M/d/yy"):
            # ambiguous in a record that lives for years.
            pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
            pattern = pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")
        _date_formats[name] = pattern
    return pattern


def date_text(value: str | date, locale: QLocale | None = None) -> str:
    """A date as the locale writes it short ("11/20/2026", "20/11/2026"); text that is
    not an ISO date is shown as it is."""
    locale = locale if locale is not None else QLocale()
    if isinstance(value, date):
        day = QDate(value.year, value.month, value.day)
    else:
        day = QDate.fromString(str(value), "yyyy-MM-dd")
        if not day.isValid():
            return str(value)
    return locale.toString(day, _short_date_format(locale))


def datetime_text(value: datetime, locale: QLocale | None = None, seconds: bool = False) -> str:
    """A date and time of day as the locale writes them (short, four-digit year)."""
    from PySide6.QtCore import QDateTime, QTime  # not at start-up, where none is shown

    locale = locale if locale is not None else QLocale()
    day = QDate(value.year, value.month, value.day)
    time = QTime(value.hour, value.minute, value.second)
    pattern = _short_date_format(locale)
    clock = locale.timeFormat(
        QLocale.FormatType.LongFormat if seconds else QLocale.FormatType.ShortFormat
    )
    if seconds:  # the long time format ends with the time zone, which says nothing here
        clock = re.sub(r"\s*t+$", "", clock)
    return locale.toString(QDateTime(day, time), f"{pattern} {clock}")


def number_text(value: float, decimals: int = 1, locale: QLocale | None = None) -> str:
    """``value`` with ``decimals`` decimals and the locale's decimal sign ("2.9", "2,9")."""
    locale = locale if locale is not None else QLocale()
    return locale.toString(float(value), "f", decimals)


def size_text(size: int, locale: QLocale | None = None) -> str:
    """A file size in words the locale uses ("1.2 MB", "1,2 Mo")."""
    locale = locale if locale is not None else QLocale()
    return locale.formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeSIFormat)
