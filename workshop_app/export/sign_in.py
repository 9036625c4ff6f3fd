"""Reading a meeting's sign-in list: a CSV file or an Excel workbook (.xlsx), as people
keep them at a hall's door.

:func:`read_sign_in` gives the (name, organisation) of each person, or raises
:class:`SignInError` with one plain sentence: the file is too large, not text, not
UTF-8, holds formulas or far more rows than a meeting has. It only reads; matching the
names to partners and ticking them present is the attendance list's part
(``domain/attendance.py``). Slow on a large workbook, so the window calls it in the
background.

The columns are found by their headings ("Name", "Organisation", "Organization",
"Agency"...); a list without headings is read as name, then organisation.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import UserFacingError
from ..i18n import tr

#: Far larger than any sign-in sheet (a thousand names fit in 100 KB).
MAX_FILE_BYTES = 5 * 1024 * 1024
#: What a workbook may unpack to (a zip bomb unpacks to gigabytes).
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
#: More people than any meeting has.
MAX_ROWS = 2000
#: A name or organisation longer than this is not one.
MAX_CELL_CHARS = 300

_NAME_HEADINGS = ("name", "full name", "attendee", "participant", "person", "your name")
_ORG_HEADINGS = (
    "organisation",
    "organization",
    "org",
    "agency",
    "company",
    "affiliation",
    "partner",
    "representing",
)
_FIRST_HEADINGS = ("first name", "first", "given name")
_LAST_HEADINGS = ("last name", "last", "surname", "family name")


class SignInError(UserFacingError):
    """A sign-in list that cannot be read; ``message`` is one plain sentence."""


def read_sign_in(path: str | Path) -> list[tuple[str, str]]:
    """The (name, organisation) of each person on the sign-in list at ``path`` (a .csv or
    .xlsx file), blank lines left out. Raises :class:`SignInError`."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise SignInError(
                tr(
                    "Attendance",
                    "This file is too large for a sign-in list ({mb} MB; at most 5 MB).",
                ).format(mb=size // (1024 * 1024))
            )
        raw = path.read_bytes()
    except OSError as e:
        raise SignInError(
            tr("Attendance", "The sign-in list could not be read: {reason}.").format(
                reason=e.strerror or e
            )
        ) from e
    if raw.startswith(b"PK\x03\x04"):
        return _rows(_xlsx_cells(raw))
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise SignInError(
            tr("Attendance", "This file is not an Excel workbook (.xlsx): nothing was read.")
        )
    return _rows(_csv_cells(raw))


def _csv_cells(raw: bytes) -> Iterator[list[str]]:
    if b"\x00" in raw:
        raise SignInError(
            tr(
                "Attendance",
                "This file is not a text or CSV file: open it in a spreadsheet and save it as "
                "CSV or .xlsx.",
            )
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise SignInError(
            tr(
                "Attendance",
                "This CSV file is not in UTF-8: save it again as “CSV UTF-8” and import that.",
            )
        ) from e
    sample = text[:4096]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, ";,\t")
    except csv.Error:
        dialect = csv.excel
    try:
        yield from csv.reader(io.StringIO(text, newline=""), dialect)
    except csv.Error as e:
        raise SignInError(
            tr("Attendance", "This CSV file is malformed ({reason}): nothing was read.").format(
                reason=e
            )
        ) from e


def _xlsx_cells(raw: bytes) -> Iterator[list[str]]:
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            unpacked = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, ValueError) as e:
        raise SignInError(
            tr("Attendance", "This file is not an Excel workbook (.xlsx): nothing was read.")
        ) from e
    if unpacked > MAX_UNPACKED_BYTES:
        raise SignInError(
            tr("Attendance", "This workbook unpacks to far more than a sign-in list: not read.")
        )
    import openpyxl  # here: only an import of a workbook needs it

    try:
        book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=False)
    except Exception as e:  # openpyxl raises many kinds for a damaged file; all mean that
        raise SignInError(
            tr(
                "Attendance",
                "This workbook could not be opened ({reason}): save it again from your "
                "spreadsheet and import it again.",
            ).format(reason=type(e).__name__)
        ) from e
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        rows = iter(sheet.iter_rows()) if sheet is not None else iter(())
        while True:
            try:
                row = next(rows)
            except StopIteration:
                return
            except Exception as e:  # a damaged sheet, found while reading it
                raise SignInError(
                    tr(
                        "Attendance",
                        "This workbook is damaged ({reason}): save it again from your "
                        "spreadsheet and import it again.",
                    ).format(reason=type(e).__name__)
                ) from e
            yield [_xlsx_value(cell) for cell in row]
    finally:
        book.close()


def _xlsx_value(cell) -> str:  # openpyxl's cell
    if cell.data_type == "f" or (isinstance(cell.value, str) and cell.value.startswith("=")):
        raise SignInError(
            tr(
                "Attendance",
                "The workbook holds formulas (cell {cell}): a sign-in list holds names only. "
                "Copy the names as values into a new sheet and import that.",
            ).format(cell=getattr(cell, "coordinate", "?"))
        )
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _rows(cells: Iterable[list[str]]) -> list[tuple[str, str]]:
    """(name, organisation) from the rows of a sheet: blanks left out, and the headings
    found among the first few rows (a title may stand above them)."""
    columns: tuple[int, int, int] | None = None  # name (or first name), organisation, last
    waiting: list[list[str]] = []  # rows read before the headings are known
    found: list[tuple[str, str]] = []
    for number, row in enumerate(cells, start=1):
        if number > MAX_ROWS + 1:
            raise SignInError(
                tr(
                    "Attendance",
                    "This list has more than {limit} rows, more than any meeting: nothing was "
                    "read.",
                ).format(limit=MAX_ROWS)
            )
        cells_here = [_clean(c, number) for c in row]
        if not any(cells_here):
            continue
        if columns is None:
            columns = _headings(cells_here)
            if columns is not None:
                waiting = []  # a title above the headings
                continue
            waiting.append(cells_here)
            if len(waiting) < _HEADINGS_WITHIN:
                continue
            columns = (0, 1, -1)  # no headings: name, then organisation
            for early in waiting:
                found += _person(early, columns)
            waiting = []
            continue
        found += _person(cells_here, columns)
    for early in waiting:  # a short list without headings
        found += _person(early, (0, 1, -1))
    return found


#: How many rows may stand above a list's headings (a title, a date).
_HEADINGS_WITHIN = 5


def _person(row: list[str], columns: tuple[int, int, int]) -> list[tuple[str, str]]:
    name_at, org_at, last_at = columns
    name = _cell(row, name_at)
    if last_at >= 0:
        name = " ".join(f"{name} {_cell(row, last_at)}".split())
    return [(name, _cell(row, org_at))] if name else []


def _cell(row: list[str], at: int) -> str:
    return row[at] if 0 <= at < len(row) else ""


def _clean(value: str, row: int) -> str:
    text = " ".join(str(value).split())
    if len(text) > MAX_CELL_CHARS:
        raise SignInError(
            tr(
                "Attendance",
                "Row {row} holds more than {limit} characters in one cell: this is not a "
                "sign-in list.",
            ).format(row=row, limit=MAX_CELL_CHARS)
        )
    if text.startswith(("=", "@")) or any(ord(c) < 32 for c in text):
        raise SignInError(
            tr(
                "Attendance",
                "Row {row} holds a formula or control characters, not a name: nothing was read.",
            ).format(row=row)
        )
    return text


def _headings(row: list[str]) -> tuple[int, int, int] | None:
    """Where the name (or first name), organisation and last name are, if ``row`` is a
    heading row; None when it is a person."""
    words = [c.casefold().strip(" :*") for c in row]

    def where(choices: tuple[str, ...]) -> int:
        return next((n for n, w in enumerate(words) if w in choices), -1)

    name, org = where(_NAME_HEADINGS), where(_ORG_HEADINGS)
    first, last = where(_FIRST_HEADINGS), where(_LAST_HEADINGS)
    if name < 0 and first >= 0:
        return first, org, last
    if name < 0 and org < 0:
        return None
    if name < 0:  # the organisation is named; the name is the first other column
        name = next((n for n in range(len(words)) if n != org), -1)
    return name, org, -1
