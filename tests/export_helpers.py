"""Shared helpers for the export tests: build the demo, read every format back as text."""

from __future__ import annotations

import csv
import io
import unicodedata
import zipfile

from workshop_app.exercises.demo import add_demo
from workshop_app.storage import Store


def demo_workshops(store: Store) -> dict[str, str]:
    """Add the demo; {title: id} of its workshops."""
    add_demo(store)
    return {w.title: w.id for w in store.workshops()}


def normalise(text: str) -> str:
    """Text as extracted from a PDF: ligatures undone, any whitespace one space."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def pdf_text(data: bytes) -> tuple[int, str]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), normalise(" ".join(p.extract_text() for p in reader.pages))


def docx_text(data: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(data))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    for section in document.sections:
        parts.extend(p.text for p in section.footer.paragraphs)
    # alt text of pictures
    for shape in document.inline_shapes:
        parts.append(shape._inline.docPr.get("descr", ""))
    return "\n".join(parts)


def csv_rows(data: bytes) -> list[list[str]]:
    assert data.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def zip_csv_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "\n".join(
            "\n".join(",".join(r) for r in csv_rows(archive.read(name)))
            for name in archive.namelist()
        )


def readable_text(fmt: str, data: bytes) -> str:
    """Every word a reader of ``data`` could see, as one string."""
    if fmt == "pdf":
        return pdf_text(data)[1]
    if fmt == "docx":
        return docx_text(data)
    if fmt == "csv":
        return zip_csv_text(data)
    return data.decode("utf-8")
