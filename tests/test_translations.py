"""The Spanish and French catalogs (resources/translations/*.ts) against the source.

The catalogs are written by ``python -m workshop_app.i18n_extract`` (``make
translations``); these tests read them as a translator and as Qt would.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from workshop_app import i18n_extract

LANGUAGES = i18n_extract.LANGUAGES


@pytest.fixture(scope="module")
def extraction() -> i18n_extract.Extraction:
    return i18n_extract.extract()


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_every_translation_call_can_be_extracted(extraction):
    where = [f"{p.where}: {p.what}" for p in extraction.problems]
    assert where == [], "f-strings or built words in tr(), or data the extractor does not know"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_committed_catalog_is_up_to_date_with_the_source(extraction, language, tmp_path):
    committed = i18n_extract.catalog_path(language)
    fresh = i18n_extract.catalog_text(language, extraction)
    (tmp_path / committed.name).write_text(fresh, encoding="utf-8")
    have = {(c, s) for c, s, m in _messages(committed) if not _vanished(m)}
    needed = {(c, s) for c, s, m in _messages(tmp_path / committed.name) if not _vanished(m)}
    missing = sorted(needed - have)
    assert missing == [], "run `make translations` and commit the catalogs"
    assert committed.read_text(encoding="utf-8") == fresh, "run `make translations`"


def test_re_extracting_keeps_what_was_translated(extraction, tmp_path):
    language = "es"
    keep_from = tmp_path / "before"
    keep_from.mkdir()
    entries = i18n_extract.merged(language, extraction.messages.values(), {})
    first, plural = entries[0], next(e for e in entries if e.message.numerus)
    first.translations, first.kind = ["Traducido"], ""
    plural.translations, plural.kind = ["%n uno", "%n varios"], ""
    gone = i18n_extract.Message("Nowhere", "A string the source lost")
    entries.append(i18n_extract.Entry(gone, ["Perdida"], ""))
    path = i18n_extract.catalog_path(language, keep_from)
    path.write_text(i18n_extract.render_catalog(language, entries), encoding="utf-8")

    again = i18n_extract.read_catalog(path)
    text = i18n_extract.catalog_text(language, extraction, keep_from=keep_from)
    (tmp_path / "after.ts").write_text(text, encoding="utf-8")
    after = i18n_extract.read_catalog(tmp_path / "after.ts")

    assert after[first.message.key].translations == ["Traducido"]
    assert after[first.message.key].kind == ""
    assert after[plural.message.key].translations == ["%n uno", "%n varios"]
    assert after[gone.key].kind == "vanished" and after[gone.key].translations == ["Perdida"]
    assert len(again) == len(after)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_has_a_finished_translation(language):
    unfinished = [
        (context, source)
        for context, source, message in _messages(i18n_extract.catalog_path(language))
        if _unfinished(message)
    ]
    assert unfinished == []


def _vanished(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") in ("vanished", "obsolete")


def _unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return True
    if _vanished(message):
        return False
    forms = translation.findall("numerusform") or [translation]
    return not all((f.text or "").strip() for f in forms)
