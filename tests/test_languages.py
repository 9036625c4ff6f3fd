"""Languages: the app's, and the room's and exports' (Edit → Preferences…), the command
line's ``--lang``, the phone page, dates.

Most tests speak the pseudo language (tests/pseudo_locale.py: every catalog string
accented and longer), compiled as the Spanish catalog, so they never wait for the
translators; one reads the real Spanish catalog and skips what is not translated yet.
"""

from __future__ import annotations

import html
import re
import subprocess
import threading
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from export_helpers import pdf_text
from panel_support import planned
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.phone_support import served_room
from tests.pseudo_locale import LRELEASE, build_pseudo_catalogs, pseudo
from tests.test_ui_foundation import shown, when_dialog_opens
from workshop_app import i18n, i18n_extract
from workshop_app.cli import main
from workshop_app.exercises.templates import template
from workshop_app.participation.phone_page import PAGE_WORDS, page_strings, refusal
from workshop_app.storage import open_store
from workshop_app.ui import languages

ROOT = Path(__file__).resolve().parent.parent
KICKOFF = "Kick-off: first partnership meeting"


@pytest.fixture(scope="module")
def pseudo_folder(tmp_path_factory) -> Path:
    return build_pseudo_catalogs(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def fresh_languages():
    """Whatever a test sets (catalogs, languages, settings) is undone after it."""
    yield
    languages.set_catalog_folder(None)
    languages.save_settings("", "")
    i18n.set_default_language("en")
    i18n.set_output_language(None)


@pytest.fixture
def pseudo_spanish(pseudo_folder, fresh_languages) -> Path:
    """Spanish is the pseudo language; the app speaks English, the room and exports
    nothing chosen yet."""
    languages.set_catalog_folder(pseudo_folder)
    languages.install_languages("en", None)
    return pseudo_folder


def kickoff_id(db: Path) -> str:
    store = open_store(db, create=False)
    try:
        return next(w.id for w in store.workshops() if w.title == KICKOFF)
    finally:
        store.close()


# ------------------------------------------------------------------- Qt-free
def test_tr_speaks_the_language_of_the_block_it_runs_in(fresh_languages):
    i18n.install(lambda code: (lambda c, text, n: f"«{code}» {text}") if code == "es" else None)
    assert i18n.tr("X", "Hello") == "Hello"
    with i18n.language("es"):
        assert i18n.tr("X", "Hello") == "«es» Hello"
        assert i18n.tr("X", "%n items", 3) == "«es» 3 items"
        with i18n.language("fr"):  # no catalog: English
            assert i18n.tr("X", "Hello") == "Hello"
    assert i18n.tr("X", "%n items", 1) == "1 items"  # English has no catalog: as written


def test_each_thread_of_work_keeps_its_own_language(fresh_languages):
    i18n.install(lambda code: (lambda c, text, n: text.upper()) if code == "es" else None)
    heard: list[str] = []
    started, go_on = threading.Event(), threading.Event()

    def elsewhere() -> None:
        with i18n.language("es"):
            started.set()
            go_on.wait(5)
            heard.append(i18n.tr("X", "export"))

    thread = threading.Thread(target=elsewhere)
    thread.start()
    started.wait(5)
    here = i18n.tr("X", "window")
    go_on.set()
    thread.join(5)
    assert (here, heard) == ("window", ["EXPORT"])


def test_the_room_and_exports_speak_their_own_language(fresh_languages):
    i18n.install(lambda code: (lambda c, text, n: f"«{code}» {text}") if code != "en" else None)
    i18n.set_default_language("en")
    i18n.set_output_language("fr")
    assert i18n.tr("X", "Quit") == "Quit"
    with i18n.speaking_output():
        assert i18n.tr("X", "Decisions") == "«fr» Decisions"
    i18n.set_output_language(None)  # "same as the app"
    with i18n.speaking_output():
        assert i18n.tr("X", "Decisions") == "Decisions"


def test_a_templates_english_kept_in_the_database_is_translated_typed_text_is_not(
    pseudo_spanish,
):
    block = template("first_partnership_meeting").make_blocks("w")[0]
    with i18n.language("es"):
        assert i18n.tr_stored(block.title) == pseudo(block.title)
        assert i18n.tr_stored("Our own words") == "Our own words"
    assert i18n.tr_stored(block.title) == block.title


def test_an_agenda_made_from_a_template_is_in_the_language_of_the_app_that_makes_it(
    pseudo_spanish,
):
    first = template("first_partnership_meeting")
    i18n.set_default_language("es")
    made = first.make_blocks("w")[0]
    assert made.title == pseudo(first.blocks[0].title)
    i18n.set_default_language("en")
    assert first.make_blocks("w")[0].title == first.blocks[0].title


def test_dates_and_decimals_are_written_as_the_language_writes_them(pseudo_spanish):
    assert i18n.format_date("2026-09-15", long=True) == "15 September 2026"
    with i18n.language("es"):
        assert i18n.format_date("2026-09-15", long=True) == "15 de septiembre de 2026"
    with i18n.language("fr"):
        assert i18n.format_date("2026-09-15", long=True) == "15 septembre 2026"
        assert i18n.format_date("not a date", long=True) == "not a date"
        assert i18n.format_number(2.84) == "2,8"
    assert i18n.format_number(2.84) == "2.8"


def test_background_work_speaks_the_language_it_was_started_in(qtbot, pseudo_spanish):
    from workshop_app.ui.background import run_in_background

    answers: list[str] = []
    with i18n.language("es"):
        task = run_in_background(
            lambda: i18n.tr("Export", "Decisions"), answers.append, answers.append
        )
    task.wait(5000)
    qtbot.waitUntil(lambda: answers != [])
    assert answers == [pseudo("Decisions")]


# ------------------------------------------------------------------- exports
def test_an_export_in_the_room_language_is_written_in_it(demo_db, pseudo_spanish):
    from workshop_app import export

    i18n.set_output_language("es")  # as Edit → Preferences… sets it in the running app
    store = open_store(demo_db)
    try:
        view = export.workshop_view(store, kickoff_id(demo_db), "partners")
    finally:
        store.close()
    for fmt in ("md", "html"):
        text = html.unescape(export.render_workshop(view, fmt).decode("utf-8"))
        assert pseudo("Who this is for") in text
        assert "Who this is for" not in text
        assert "15 de septiembre de 2026" in text
        first_block = template("first_partnership_meeting").blocks[0].title
        assert pseudo(first_block) in text


def test_export_and_render_take_lang_on_the_command_line(demo_db, pseudo_spanish, tmp_path):
    wid = kickoff_id(demo_db)
    md = {}
    for lang in ("en", "es"):
        out = tmp_path / f"summary-{lang}.md"
        args = ["export", wid, "--lang", lang, "-o", str(out), "--db", str(demo_db)]
        assert main(args) == 0
        md[lang] = out.read_text(encoding="utf-8")
    assert "Who this is for" in md["en"] and pseudo("Who this is for") in md["es"]
    pictures = {}
    for lang in ("en", "es"):
        out = tmp_path / f"room-{lang}.png"
        args = ["render", wid, "--lang", lang, "--size", "640x360", "-o", str(out)]
        assert main([*args, "--db", str(demo_db)]) == 0
        pictures[lang] = out.read_bytes()
    assert pictures["en"] != pictures["es"]  # the same block, in other words


def test_exports_follow_the_room_and_exports_language_setting(demo_db, pseudo_spanish, tmp_path):
    languages.save_settings("", "es")  # as Edit → Preferences… keeps it
    out = tmp_path / "summary.md"
    assert main(["export", kickoff_id(demo_db), "-o", str(out), "--db", str(demo_db)]) == 0
    assert pseudo("Who this is for") in out.read_text(encoding="utf-8")


def test_command_line_messages_are_in_the_systems_language(
    pseudo_spanish, tmp_path, monkeypatch, capsys
):
    monkeypatch.setattr(languages, "system_language", lambda: "es")  # Windows, macOS
    monkeypatch.setenv("LANGUAGE", "es_ES:en")  # Unix
    db = tmp_path / "empty.sqlite3"
    open_store(db).close()
    assert main(["list", "--db", str(db)]) == 0
    assert pseudo("No collaborations yet. Try: workshop-app demo") in capsys.readouterr().out


def _finished(language: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation of the finished entries of the real catalog."""
    root = ET.parse(i18n_extract.catalog_path(language)).getroot()
    found = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") or message.get("numerus"):
                continue
            if translation.text:
                found[(context.findtext("name", ""), message.findtext("source", ""))] = (
                    translation.text
                )
    return found


@pytest.fixture
def real_catalogs(tmp_path, fresh_languages) -> Path:
    """The committed catalogs compiled as ``make`` compiles them, into ``tmp_path``."""
    for language in i18n_extract.LANGUAGES:
        ts = i18n_extract.catalog_path(language)
        qm = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True)
    languages.set_catalog_folder(tmp_path)
    languages.install_languages("en", None)
    return tmp_path


def test_a_spanish_export_of_the_demo_has_translated_headings(demo_db, real_catalogs, tmp_path):
    first_block = template("first_partnership_meeting").blocks[0].title
    headings = [
        ("Export", "Who this is for"),
        ("Export", "The partners"),
        ("Export", "Decisions"),
        ("Templates", first_block),
    ]
    finished = _finished("es")
    expected = [finished[h] for h in headings if h in finished]
    if not expected:
        pytest.skip(f"the Spanish catalog has none of {headings} translated yet")
    wid = kickoff_id(demo_db)
    for fmt in ("md", "html", "pdf"):
        out = tmp_path / f"resumen.{fmt}"
        args = ["export", wid, "-f", fmt, "--lang", "es", "-o", str(out), "--db", str(demo_db)]
        assert main(args) == 0
        if fmt == "pdf":
            text = " ".join(pdf_text(out.read_bytes())[1].split())
        else:
            text = html.unescape(out.read_text(encoding="utf-8"))
        for words in expected:
            assert " ".join(words.split()) in text, (fmt, words)


def test_the_default_trust_statements_are_read_in_the_rooms_language(real_catalogs, store):
    """They are kept in English in the block; the room, its phones and the summary read
    them in the language of the moment, and the tallies still find them."""
    from workshop_app.domain.visibility import Audience
    from workshop_app.exercises.trust_check_in import trust_room, trust_summary
    from workshop_app.exercises.trust_tally import DEFAULT_STATEMENTS, phone_questions
    from workshop_app.export import workshop_view

    workshop, blocks = planned(store, "first_partnership_meeting", "Kick-off", "2026-09-15")
    trust = next(b for b in blocks if b.kind == "trust_check_in")
    assert trust.settings["statements"] == list(DEFAULT_STATEMENTS)  # stored in English
    view = workshop_view(store, workshop.id, Audience.ROOM)
    with i18n.language("es"):
        room = str(trust_room(view, trust))  # the elements, their words among them
        questions = [words for _, words in phone_questions(trust, [])]
    assert "Los socios cumplirán sus compromisos" in room
    assert "Partners will follow through" not in room
    assert questions[0] == "Los socios cumplirán sus compromisos"
    with i18n.language("fr"):
        summary = str(trust_summary(view, trust))
    assert "Les partenaires tiendront leurs engagements" in summary


def test_a_callout_s_label_is_punctuated_as_its_language_writes_it(real_catalogs):
    from workshop_app.domain.document import Callout, plain_text
    from workshop_app.export.markdown import render as markdown

    note = Callout("Dissent", "talk about it")
    assert plain_text([note]) == "Dissent: talk about it"
    with i18n.language("fr"):
        assert Callout("Désaccord", "en parler").lead == "Désaccord :"  # a space before it
        assert "**Désaccord :** en parler" in markdown([Callout("Désaccord", "en parler")])


def test_the_day_an_action_was_closed_is_written_as_the_language_writes_dates(real_catalogs):
    from workshop_app.domain.actions import status_line
    from workshop_app.domain.records import Item

    closed = {"status": "done", "status_date": "2026-09-21"}
    action = Item("w", "action", "Send the minutes", "b", fields=closed)
    assert status_line(action).endswith("2026-09-21")  # English: as stored
    with i18n.language("es"):
        assert status_line(action) == "Hecha ✔ 21/9/26"


# ------------------------------------------------------------------- counts and numbers
def test_a_count_of_dots_takes_the_plural_of_each_language(real_catalogs):
    from workshop_app.domain.decision_rules import describe_tally
    from workshop_app.domain.records import Block
    from workshop_app.exercises.vote_tally import phone_scale

    block = Block("w", "indicator_votes", "", settings={"method": "dots", "max_dots_per_item": 2})
    said = {}
    for code in ("en", "es", "fr"):
        with i18n.language(code):
            said[code] = [label for _, label in phone_scale(block)]
            said[code].append(describe_tally("dots", {"dots": 1}))
    assert said["en"] == ["0 dots", "1 dot", "2 dots", "1 dot"]
    assert said["es"] == ["0 puntos", "1 punto", "2 puntos", "1 punto"]
    assert said["fr"] == ["0 gommette", "1 gommette", "2 gommettes", "1 gommette"]  # 0: singular


def test_days_overdue_and_marked_actions_are_plurals(real_catalogs):
    from workshop_app.domain.actions import mark_status
    from workshop_app.domain.records import Item

    action = Item("w", "action", "Send the minutes", "b")
    with i18n.language("es"):
        assert mark_status([action], "done", None, "2026-09-15").description.startswith(
            "Marcar 1 acción:"
        )
        assert i18n.tr("Summary", "{status}, %n days overdue", 21) == "{status}, 21 días de retraso"
    with i18n.language("fr"):
        assert i18n.tr("Summary", "{status}, %n day overdue", 1) == "{status}, 1 jour de retard"
    assert mark_status([action] * 2, "done", None, "2026-09-15").description.startswith(
        "Mark 2 action(s):"
    )


def test_the_dissent_flag_and_measured_values_write_decimals_as_the_language_does(
    real_catalogs,
):
    from workshop_app.domain.decision_rules import dissent
    from workshop_app.exercises.measures_charts import number_words

    by_sector = {"public": {"5": 6}, "private": {"5": 5, "4": 1}, "community": {"1": 1, "2": 1}}
    (flag,) = dissent("fist_to_five", by_sector)
    assert "an average of 1.5, the others 4.9." in flag.describe("fist_to_five")
    assert [number_words(v) for v in (2010, 46.5, 46.25)] == ["2,010", "46.5", "46.25"]
    with i18n.language("es"):
        assert "un promedio de 1,5, los demás 4,9." in flag.describe("fist_to_five")
        assert [number_words(v) for v in (12010, 46.5, 46.25)] == ["12.010", "46,5", "46,25"]
    with i18n.language("fr"):
        assert "une moyenne de 1,5, les autres 4,9." in flag.describe("fist_to_five")
        assert [number_words(v) for v in (2010, 46.5)] == ["2\u202f010", "46,5"]


# ------------------------------------------------------------------- the window
def test_preferences_by_keyboard_set_the_room_language_and_the_room_redraws(
    qtbot, store, planned_workshop, pseudo_spanish
):
    from workshop_app.ui.main_window import MainWindow
    from workshop_app.ui.session import Session

    window = shown(qtbot, MainWindow(Session(store)))
    window.open_workshop(planned_workshop.id)
    qtbot.waitUntil(lambda: window._room_controller is not None)
    room = window.room_controller.room
    before = room.view.content.block_label
    number, total = map(int, re.findall(r"\d+", before))
    assert before == f"Part {number} of {total}"

    seen: list[str] = []

    def choose_spanish(dialog) -> None:
        try:
            qtbot.waitUntil(dialog.isActiveWindow)
            qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # "&Room…"
            combo = QApplication.focusWidget()
            seen.append(combo.accessibleName())
            qtbot.keyClicks(combo, "Esp")  # a combo box finds an entry by its first letters
            seen.append(combo.currentText())
            qtbot.keyClick(combo, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():  # a failed step must not leave the test waiting
                dialog.reject()

    when_dialog_opens(qtbot, choose_spanish)
    preferences = next(a for a in window.menus["edit"].actions() if a.text() == "&Preferences…")
    preferences.trigger()

    assert seen == ["Room and exports language", "Español"]
    assert languages.output_language_setting() == "es"
    assert room.view.content.block_label == pseudo("Part {n} of {total}").format(
        n=number, total=total
    )
    assert window.menus["edit"].title() == "&Edit"  # the app's own language: at next start


# ------------------------------------------------------------------- the phone page
def test_every_word_of_the_phone_page_is_in_its_table():
    page = (ROOT / "resources" / "phone" / "index.html").read_text(encoding="utf-8")
    script = (ROOT / "resources" / "phone" / "phone.js").read_text(encoding="utf-8")
    shown = [" ".join(m.split()) for m in re.findall(r"data-t>(.*?)</", page, re.S)]
    shown += re.findall(r'\bt\("((?:[^"\\]|\\.)*)"', script)
    assert shown and [words for words in shown if words not in PAGE_WORDS] == []


def test_phones_get_the_page_and_refusals_in_the_room_language(pseudo_spanish, tmp_path):
    i18n.set_output_language("es")
    assert page_strings()["words"]["Join the meeting"] == pseudo("Join the meeting")
    with served_room(tmp_path) as served:
        phone = served.client()
        status, strings, _ = phone.request("GET", "/api/strings")
        assert status == 200 and strings["language"] == "es"
        assert strings["words"]["Send"] == pseudo("Send")
        status, data = phone.join(served.room.code)
        assert status == 200 and data["language"] == "es"
        status, data = phone.submit("   ")
        assert data["error"] == pseudo("Write something first.")
    limit = refusal("Please keep it under {limit} characters.", {"limit": 500})
    assert limit == pseudo("Please keep it under {limit} characters.").format(limit=500)


@pytest.fixture
def browser():
    """A phone's headless Chromium (tests/test_phone_browser.py), or a skip."""
    from tests.test_phone_browser import chromium_driver

    driver = chromium_driver()
    try:
        yield driver
    finally:
        driver.quit()


def test_the_phone_page_speaks_the_room_language_in_a_browser(browser, pseudo_spanish, tmp_path):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as seen
    from selenium.webdriver.support.ui import WebDriverWait

    i18n.set_output_language("es")
    wait = WebDriverWait(browser, 10)
    with served_room(tmp_path) as served:
        browser.get(f"http://127.0.0.1:{served.server.port}/")
        title = pseudo("Join the meeting")
        wait.until(seen.text_to_be_present_in_element((By.ID, "join-title"), title))
        assert browser.title == title
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "es"
        browser.find_element(By.ID, "code").send_keys(served.room.code)
        browser.find_element(By.CSS_SELECTOR, "#join-form button").click()
        wait.until(seen.visibility_of_element_located((By.ID, "send-form")))
        send = browser.find_element(By.CSS_SELECTOR, "#send-form button")
        assert send.text == pseudo("Send")
        send.click()  # nothing written: the page's own refusal, in the room's language
        problem = pseudo("Write something first.")
        wait.until(seen.text_to_be_present_in_element((By.ID, "send-problem"), problem))
