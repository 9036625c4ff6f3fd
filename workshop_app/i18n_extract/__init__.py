"""Write the Qt Linguist catalogs from the source (a developer tool, never run by the app).

    python -m workshop_app.i18n_extract           # update resources/translations/*.ts
    python -m workshop_app.i18n_extract --check   # exit 1 when a catalog is out of date
    python -m workshop_app.i18n_extract --out DIR # write the catalogs into DIR instead
    python -m workshop_app.i18n_extract --report  # also list what cannot be extracted

``pyside6-lupdate`` reads ``self.tr("...")`` and ``QCoreApplication.translate``, but not
the Qt-free ``tr(context, text[, n])`` of :mod:`workshop_app.i18n`, a context held in a
variable (``context = "Summary"``), helpers such as ``_t(text)`` that call ``tr`` for
one context, nor the English words declared as data that code translates at run time
(exercise kinds, templates, choice sets, vote levels, keys...). This tool reads the
first kinds with :mod:`ast` and the data by importing the modules that declare it.

Re-running it never loses work: a translation already in a catalog is kept, a new
string is added as ``unfinished``, one the source no longer has is kept as
``vanished`` (``lrelease`` leaves it out). Contexts are sorted by name and messages
kept in source order, without line numbers, so a catalog's diff shows only what changed.

PySide6 looks ``self.tr(text)`` up in the context of each class of the object's MRO,
most derived first, and keeps the first answer that differs from ``text``: a string is
found under the class that defines the method. A plural (``self.tr(text, "", n)``) is
the exception: its untranslated answer already differs (``%n`` is filled in), so only
the object's own class is tried; such strings are written under every subclass too.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .catalog import (
    CATALOGS,
    LANGUAGES,
    NUMERUS_FORMS,
    Entry,
    Message,
    catalog_for,
    catalog_path,
    merged,
    read_catalog,
    render_catalog,
)
from .scan import Extraction, Problem, scan_source
from .sources import DYNAMIC_SITES, data_messages

__all__ = [
    "CATALOGS",
    "LANGUAGES",
    "NUMERUS_FORMS",
    "Entry",
    "Extraction",
    "Message",
    "catalog_path",
    "catalog_text",
    "extract",
    "main",
    "merged",
    "read_catalog",
    "render_catalog",
]


def extract() -> Extraction:
    """Every string to translate, and what could not be extracted."""
    out = Extraction()
    scan_source(out)
    for message in data_messages():
        out.add(message)
    for site, where in out.dynamic.items():
        if site not in DYNAMIC_SITES:
            what = f"words in {site[1]} are not literal: add their data to DYNAMIC_SITES"
            out.problems.append(Problem(where, what))
    return out


def catalog_text(language: str, extraction: Extraction, keep_from: Path = CATALOGS) -> str:
    """The catalog of ``language`` for what was extracted, with the translations of the
    catalog in ``keep_from`` kept."""
    return catalog_for(language, extraction.messages.values(), keep_from)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m workshop_app.i18n_extract",
        description="Write the Qt Linguist catalogs from the source.",
    )
    parser.add_argument("--out", type=Path, help="write the catalogs into this folder instead")
    parser.add_argument("--check", action="store_true", help="exit 1 if a catalog is out of date")
    parser.add_argument("--report", action="store_true", help="say where data is translated")
    args = parser.parse_args(argv)
    extraction = extract()
    for problem in extraction.problems:
        print(f"{problem.where}: {problem.what}", file=sys.stderr)
    out: Path = args.out or CATALOGS
    stale = []
    for language in LANGUAGES:
        text = catalog_text(language, extraction)
        path = catalog_path(language, out)
        if path.exists() and path.read_text(encoding="utf-8") == text:
            continue
        stale.append(path)
        if not args.check:
            out.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    if args.check:
        for path in stale:
            print(
                f"{path} is out of date: run python -m workshop_app.i18n_extract", file=sys.stderr
            )
        return 1 if stale or extraction.problems else 0
    messages = extraction.messages.values()
    words = sum(len(m.source.split()) for m in messages)
    contexts = len({m.context for m in messages})
    print(f"{len(messages)} strings, {words} words, in {contexts} contexts: {out}")
    if args.report:
        for site, where in sorted(extraction.dynamic.items()):
            print(f"{where}: {site[1]} from {DYNAMIC_SITES.get(site, 'NOTHING KNOWN')}")
    return 1 if extraction.problems else 0
