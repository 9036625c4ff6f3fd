"""A pseudo language for layout tests: every string of the catalogs, accented and 40%
longer, compiled with ``pyside6-lrelease`` into a folder of ``.qm`` files.

``Wöŕkšhöp Ápp ẍëẍ`` shows at a glance what was translated (accents), what was not
(plain English) and what is cut (the padding at the end goes first). Placeholders
(``{name}``, ``%n``, ``%1``), HTML tags and entities and the mnemonic after ``&`` are
kept as they are, so the strings still format, render and answer to the same keys.

    python tests/pseudo_locale.py FOLDER   # writes FOLDER/workshop_app_{es,fr}.qm
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from workshop_app import i18n_extract

ROOT = Path(__file__).resolve().parent.parent
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
GROWTH = 0.4  # how much longer a translation is, all told
PAD = "ẍëẍá"
ACCENTED = str.maketrans(
    "aceinorsuyzACEINORSUYZ",
    "áçëîñöŕšüýžÁÇËÎÑÖŔŠÜÝŽ",
)
#: What must come through as it is: format fields, Qt's %-arguments, tags, entities,
#: a mnemonic's letter (and "&&"), and key sequences.
KEEP = re.compile(
    r"\{[^{}]*\}|%L?\d|%n|<[^<>]*>|&[a-zA-Z]+;|&#\d+;|&&|&.|"
    r"\b(?:Ctrl|Shift|Alt|Meta)\+\S+|\bF\d{1,2}\b|\bPg(?:Up|Down)\b"
)
#: Source strings that are not words: shortcuts and the like, left alone.
NOT_WORDS = re.compile(r"^(?:(?:Ctrl|Shift|Alt|Meta)\+)+\S+$|^F\d{1,2}$")


def pseudo(text: str) -> str:
    """``text`` accented and padded about 40% longer with short words (one long word at
    the end could never wrap), its placeholders untouched."""
    if not text.strip() or NOT_WORDS.match(text):
        return text
    parts: list[str] = []
    last = 0
    for match in KEEP.finditer(text):
        parts.append(text[last : match.start()].translate(ACCENTED))
        parts.append(match.group())
        last = match.end()
    parts.append(text[last:].translate(ACCENTED))
    extra = max(2, round(len(text) * GROWTH))
    padding = " ".join([PAD] * (extra // (len(PAD) + 1) + 1))[: extra - 1].rstrip()
    return "".join(parts) + " " + padding


def pseudo_catalog(language: str, folder: Path) -> Path:
    """The catalog of ``language`` with every message pseudo-translated, as a .ts."""
    entries = i18n_extract.read_catalog(i18n_extract.catalog_path(language))
    finished = []
    for entry in entries.values():
        if entry.kind in ("vanished", "obsolete"):
            continue
        source = pseudo(entry.message.source)
        forms = len(entry.translations) if entry.message.numerus else 1
        finished.append(i18n_extract.Entry(entry.message, [source] * forms, ""))
    path = folder / f"workshop_app_{language}.ts"
    path.write_text(i18n_extract.render_catalog(language, finished), encoding="utf-8")
    return path


def build_pseudo_catalogs(folder: Path) -> Path:
    """``folder`` with a pseudo ``workshop_app_{es,fr}.qm`` in it, built by lrelease."""
    folder.mkdir(parents=True, exist_ok=True)
    for language in i18n_extract.LANGUAGES:
        ts = pseudo_catalog(language, folder)
        subprocess.run(
            [str(LRELEASE), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )
    return folder


if __name__ == "__main__":
    print(build_pseudo_catalogs(Path(sys.argv[1])))
