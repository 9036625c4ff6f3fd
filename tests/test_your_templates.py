"""Your own templates: an agenda saved as a template (Workshop → Save agenda as
template…) is offered by the picker, marked as yours, and plans a workshop; template
files are exported, imported (checked like a workshop import: a hostile file is refused
in one line and nothing is written) and deleted once confirmed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.test_planning_ui import press, reactivate, tab_to, type_keys
from tests.test_typed_meeting import in_dialog, typed_in
from tests.test_ui_foundation import shown
from workshop_app.domain import edits
from workshop_app.exercises.templates import template, templates
from workshop_app.export.template_file import FORMAT_NAME, template_document
from workshop_app.ui.home_actions import WorkshopDialog
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.session import Session
from workshop_app.ui.template_picker import SaveTemplateDialog, TemplateChoice

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
OUR_STATEMENTS = ["We return each other's calls within a day", "Our data is handled with care"]


def folder(user_data_home: Path) -> Path:
    """Where the app keeps your templates (the user data folder's ``templates``)."""
    return user_data_home / "WorkshopApp" / "templates"


def template_files(user_data_home: Path) -> list[Path]:
    found = folder(user_data_home)
    return sorted(found.glob("*")) if found.exists() else []


def agenda(store, workshop_id: str) -> list[tuple[str, str, int, str]]:
    return [(b.kind, b.title, b.timebox_minutes, b.prompt) for b in store.blocks(workshop_id)]


@pytest.fixture
def window(qtbot, store) -> MainWindow:
    return shown(qtbot, MainWindow(Session(store)))


def save_from_workshop_menu(qtbot, window: MainWindow, name: str, purpose: str) -> None:
    """Alt+W, T (Save agenda as template…), the name and what it is for, Enter."""

    def fill(dialog: SaveTemplateDialog) -> None:
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_keys(qtbot, name)
        tab_to(qtbot, dialog.description)
        type_keys(qtbot, purpose)
        press(qtbot, Qt.Key.Key_Return)

    saved = in_dialog(qtbot, SaveTemplateDialog, fill)
    press(qtbot, Qt.Key.Key_W, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_T)
    qtbot.waitUntil(lambda: bool(saved))
    typed_in(saved)
    reactivate(qtbot, window)


def test_an_agenda_saved_as_a_template_plans_the_next_workshop(
    qtbot, window, store, planned_workshop, user_data_home
):
    trust = next(b for b in store.blocks(planned_workshop.id) if b.kind == "trust_check_in")
    window.session.apply(
        edits.update(
            "statements",
            trust,
            settings={**trust.settings, "statements": OUR_STATEMENTS, "revealed": True},
        )
    )
    window.open_workshop(planned_workshop.id)
    view = window.workshop_view
    view.set_current_block(view.blocks[0].id)
    view.timebox.setValue(35)  # this partnership needs longer introductions
    view.timebox.editingFinished.emit()
    original = agenda(store, planned_workshop.id)
    assert original[0][2] == 35

    save_from_workshop_menu(qtbot, window, "Riverton kick-off", "Our first meetings")

    (saved,) = template_files(user_data_home)
    on_disk = json.loads(saved.read_text("utf-8"))
    assert on_disk["format"] == FORMAT_NAME and on_disk["name"] == "Riverton kick-off"
    assert "Riverton kick-off" in window.statusBar().currentMessage()

    seen: list[str] = []

    def plan(dialog: WorkshopDialog) -> None:
        type_keys(qtbot, "Second kick-off")
        tab_to(qtbot, dialog.template)
        type_keys(qtbot, "R")  # letters pick a template: ours is the one starting with R
        seen.append(dialog.template.currentText())
        seen.append(dialog.choice.details.text())
        press(qtbot, Qt.Key.Key_Return)

    planned = in_dialog(qtbot, WorkshopDialog, plan)
    press(qtbot, Qt.Key.Key_H, CTRL)
    window.home.select(planned_workshop.collaboration_id)
    press(qtbot, Qt.Key.Key_N, CTRL)
    typed_in(planned)
    reactivate(qtbot, window)
    combo_text, details = seen
    assert combo_text.startswith("Riverton kick-off") and combo_text.endswith("yours")
    assert "Your template" in details and "Our first meetings" in details
    new_id = window.current_workshop_id()
    assert new_id and new_id != planned_workshop.id
    assert agenda(store, new_id) == original
    trust_again = next(b for b in store.blocks(new_id) if b.kind == "trust_check_in")
    assert trust_again.settings["statements"] == OUR_STATEMENTS  # how it is planned
    assert "revealed" not in trust_again.settings  # not how the last meeting went


def test_a_name_already_yours_is_refused_in_the_dialog_and_nothing_is_written(
    qtbot, window, store, planned_workshop, user_data_home
):
    window.open_workshop(planned_workshop.id)
    save_from_workshop_menu(qtbot, window, "Kick-off", "")
    first = [p.read_bytes() for p in template_files(user_data_home)]
    problems: list[str] = []

    def twice(dialog: SaveTemplateDialog) -> None:
        press(qtbot, Qt.Key.Key_A, CTRL)
        type_keys(qtbot, "kick-off")
        press(qtbot, Qt.Key.Key_Return)
        problems.append(dialog.problem.text())
        assert dialog.isVisible()  # open, to choose another name

    again = in_dialog(qtbot, SaveTemplateDialog, twice)
    press(qtbot, Qt.Key.Key_W, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_T)
    qtbot.waitUntil(lambda: bool(again))
    typed_in(again)
    assert problems == [
        "You already have a template called “kick-off”: choose another name, or delete "
        "that one first."
    ]
    assert [p.read_bytes() for p in template_files(user_data_home)] == first


def test_a_template_exported_deleted_and_imported_again_is_the_same_agenda(
    qtbot, store, planned_workshop, tmp_path, user_data_home
):
    choice = TemplateChoice(store=store)
    qtbot.addWidget(choice)
    kept = tmp_path / "shared.json"
    kept.write_text(
        json.dumps(template_document("Check-in for the board", "", template("blank").blocks)),
        encoding="utf-8",
    )
    choice.import_file(str(kept))
    ours = choice.chosen()
    assert ours.mine and ours.name == "Check-in for the board"
    assert choice.combo.currentText().endswith("yours")

    exported = tmp_path / "exported.json"
    choice.export_file(str(exported))
    assert str(exported) in choice.problem.text()  # "Exported … to PATH."

    choice.delete_chosen(confirm=lambda question: False)
    assert len(template_files(user_data_home)) == 1  # not confirmed: kept
    choice.delete_chosen(confirm=lambda question: "Check-in for the board" in question)
    assert template_files(user_data_home) == []
    assert choice.combo.findText("Check-in for the board", Qt.MatchFlag.MatchStartsWith) < 0

    choice.import_file(str(exported))
    again = choice.chosen()
    assert again.name == "Check-in for the board"
    assert [(b.kind, b.minutes) for b in again.blocks] == [
        (b.kind, b.minutes) for b in template("blank").blocks
    ]


def test_the_apps_own_templates_cannot_be_deleted(qtbot, store):
    choice = TemplateChoice(store=store)
    qtbot.addWidget(choice)
    assert not choice.chosen().mine
    assert not choice.delete_button.isEnabled()
    assert "comes with the app" in choice.delete_button.toolTip()
    choice.delete_chosen(confirm=lambda question: True)
    assert len(templates()) == choice.combo.count()


# ------------------------------------------------------------------ hostile files
def good() -> dict:
    return template_document("Good", "", template("follow_up_meeting").blocks)


def with_block(**changes) -> dict:
    document = good()
    document["blocks"][0].update(changes)
    return document


def nested(depth: int) -> str:
    return '{"format": "workshop-app/template", "x": ' + "[" * depth + "]" * depth + "}"


HOSTILE = {
    "NaN minutes": json.dumps(with_block(minutes=float("nan"))).encode(),
    "Infinity": b'{"format": "workshop-app/template", "minutes": Infinity}',
    "a huge number": json.dumps(good())
    .replace('"minutes": 10', '"minutes": 1' + "0" * 400)
    .encode(),
    "deep nesting": nested(100_000).encode(),
    "nesting just past the limit": nested(40).encode(),
    "an unknown kind": json.dumps(with_block(kind="mind_reading")).encode(),
    "invalid UTF-8": json.dumps(good()).encode().replace(b"Since", b"Sin\xff\xfe"),
    "a lone surrogate": json.dumps(good()).replace("Since", "Sin\\ud800").encode(),
    "10 MB": json.dumps({**good(), "description": "x" * 10_000_000}).encode(),
    "minutes as text": json.dumps(with_block(minutes="10")).encode(),
    "zero minutes": json.dumps(with_block(minutes=0)).encode(),
    "a title that is a list": json.dumps(with_block(title=["Since"])).encode(),
    "a setting the kind does not have": json.dumps(with_block(settings={"colour": 1})).encode(),
    "a meeting's state": json.dumps(with_block(settings={"revealed": True})).encode(),
    "a total its blocks do not add up to": json.dumps({**good(), "minutes": 999}).encode(),
    "a workshop file": b'{"format": "workshop-app/workshop", "format_version": 1}',
    "not an object": b"[1, 2, 3]",
    "empty": b"",
}


@pytest.mark.parametrize("content", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_template_file_is_refused_in_one_line_and_nothing_is_written(
    qtbot, store, tmp_path, user_data_home, content
):
    choice = TemplateChoice(store=store)
    qtbot.addWidget(choice)
    listed = [choice.combo.itemText(n) for n in range(choice.combo.count())]
    path = tmp_path / "from-a-stranger.json"
    path.write_bytes(content)

    choice.import_file(str(path))

    message = choice.problem.text()
    assert message and "\n" not in message and "from-a-stranger.json" in message
    assert message.count(". ") <= 1 and len(message) < 400, message
    assert template_files(user_data_home) == []
    assert [choice.combo.itemText(n) for n in range(choice.combo.count())] == listed


def test_the_control_a_sound_file_passes_the_same_import(qtbot, store, tmp_path, user_data_home):
    """The hostile files differ from this one only in what makes them hostile."""
    choice = TemplateChoice(store=store)
    qtbot.addWidget(choice)
    path = tmp_path / "from-a-friend.json"
    path.write_bytes(json.dumps(good()).encode())
    choice.import_file(str(path))
    assert choice.problem.text() == ""
    assert len(template_files(user_data_home)) == 1
    assert choice.chosen().name == "Good"


def test_a_broken_file_in_the_templates_folder_never_stops_the_picker(qtbot, store, user_data_home):
    folder(user_data_home).mkdir(parents=True)
    (folder(user_data_home) / "broken.json").write_bytes(b"{not json")
    (folder(user_data_home) / "fine.json").write_text(json.dumps(good()), encoding="utf-8")
    choice = TemplateChoice(store=store)
    qtbot.addWidget(choice)
    names = [choice.combo.itemText(n) for n in range(choice.combo.count())]
    assert len(names) == len(templates()) + 1
    assert names[-1].startswith("Good")


def test_every_control_of_the_picker_and_the_save_dialog_has_a_name(qtbot, store):
    from tests.test_accessibility import unnamed_controls
    from workshop_app.exercises.templates import template as bundled

    dialog = WorkshopDialog(None, "New workshop", store=store)
    save = SaveTemplateDialog("Kick-off", bundled("blank").make_blocks("w"))
    for widget in (dialog, save):
        qtbot.addWidget(widget)
        widget.show()
        assert unnamed_controls(widget) == []
