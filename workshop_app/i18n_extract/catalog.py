"""The catalogs: what one message is, and reading, merging and writing Qt Linguist files."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent  # workshop_app/
ROOT = PACKAGE.parent
CATALOGS = ROOT / "resources" / "translations"
LANGUAGES = ("es", "fr")
#: Plural forms per language, as Qt counts them (both: one, and more than one).
NUMERUS_FORMS = {"es": 2, "fr": 2}


@dataclass(frozen=True)
class Message:
    """One string to translate: its context, English source and disambiguation."""

    context: str
    source: str
    comment: str = ""
    numerus: bool = False

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


# ------------------------------------------------------------------------ catalogs


@dataclass
class Entry:
    """A message of a catalog with its translation and state."""

    message: Message
    translations: list[str]  # one, or one per plural form
    kind: str  # "", "unfinished", "vanished", "obsolete"


def read_catalog(path: Path) -> dict[tuple[str, str, str], Entry]:
    """The messages of a TS file with their translations."""
    entries: dict[tuple[str, str, str], Entry] = {}
    if not path.exists():
        return entries
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                texts, kind = [""], "unfinished"
            else:
                forms = translation.findall("numerusform") or [translation]
                texts, kind = [f.text or "" for f in forms], translation.get("type", "")
            m = Message(
                name,
                message.findtext("source", ""),
                message.findtext("comment", ""),
                message.get("numerus") == "yes",
            )
            entries[m.key] = Entry(m, texts, kind)
    return entries


def merged(
    language: str, messages: Iterable[Message], old: dict[tuple[str, str, str], Entry]
) -> list[Entry]:
    """The catalog's entries: the source's messages with the translations kept, then the
    vanished ones (kept so a string that comes back finds its translation)."""
    forms = NUMERUS_FORMS[language]
    entries: list[Entry] = []
    keys = set()
    for message in messages:
        keys.add(message.key)
        known = old.get(message.key)
        size = forms if message.numerus else 1
        if known is None or not any(known.translations):
            entries.append(Entry(message, [""] * size, "unfinished"))
            continue
        texts = (known.translations + [""] * size)[:size]
        kind = (
            "unfinished"
            if known.kind in ("unfinished", "vanished", "obsolete") or not all(texts)
            else ""
        )
        if known.message.numerus != message.numerus:
            kind = "unfinished"
        entries.append(Entry(message, texts, kind))
    for key, known in old.items():
        if key not in keys and any(known.translations):
            entries.append(Entry(known.message, known.translations, "vanished"))
    return entries


def render_catalog(language: str, entries: list[Entry]) -> str:
    """A TS 2.1 file: contexts by name, messages in the order given, no locations."""
    by_context: dict[str, list[Entry]] = {}
    for entry in entries:
        by_context.setdefault(entry.message.context, []).append(entry)
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{language}" sourcelanguage="en">',
    ]
    for context in sorted(by_context):
        lines += ["<context>", f"    <name>{_escape(context)}</name>"]
        for entry in by_context[context]:
            m = entry.message
            lines.append('    <message numerus="yes">' if m.numerus else "    <message>")
            lines.append(f"        <source>{_escape(m.source)}</source>")
            if m.comment:
                lines.append(f"        <comment>{_escape(m.comment)}</comment>")
            kind = f' type="{entry.kind}"' if entry.kind else ""
            if m.numerus:
                lines.append(f"        <translation{kind}>")
                lines += [
                    f"            <numerusform>{_escape(t)}</numerusform>"
                    for t in entry.translations
                ]
                lines.append("        </translation>")
            else:
                lines.append(
                    f"        <translation{kind}>{_escape(entry.translations[0])}</translation>"
                )
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def _escape(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def catalog_path(language: str, folder: Path = CATALOGS) -> Path:
    return folder / f"workshop_app_{language}.ts"


def catalog_for(language: str, messages: Iterable[Message], keep_from: Path = CATALOGS) -> str:
    """The catalog of ``language`` for ``messages``, with the translations of the catalog in
    ``keep_from`` kept."""
    old = read_catalog(catalog_path(language, keep_from))
    return render_catalog(language, merged(language, messages, old))
