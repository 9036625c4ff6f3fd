"""The bundled agenda templates carry a partnership's arc: what each covers, how long it
takes, and what the meeting after it covers."""

from __future__ import annotations

from workshop_app import i18n
from workshop_app.exercises.templates import template, templates

#: The arc of PRODUCT.md in one meeting: each stage is one of these kinds of block.
ARC = (
    ("trust", {"who_is_at_the_table", "partnership_history", "trust_check_in", "hopes_concerns"}),
    ("scope", {"scope_issue"}),
    ("facts", {"fact_base"}),
    ("criteria", {"measure_criteria"}),
    ("indicators", {"indicators"}),
    ("vote", {"indicator_agreement"}),
    ("balance", {"balance_check"}),
    ("data inventory", {"data_inventory"}),
    ("sharing agreement", {"sharing_agreement"}),
    ("wrap-up", {"wrap_up"}),
)


def stages(kinds: list[str]) -> list[str]:
    """The arc's stages in the order ``kinds`` reach them (a stage counted once)."""
    reached: list[str] = []
    for kind in kinds:
        stage = next((name for name, members in ARC if kind in members), None)
        if stage is not None and stage not in reached:
            reached.append(stage)
    return reached


def test_every_template_adds_up_to_the_length_it_states():
    for t in templates():
        assert t.minutes and t.total_minutes == t.minutes, t.key


def test_the_half_day_runs_the_whole_arc_in_order_in_three_and_a_half_hours():
    half_day = template("half_day_whole_arc")
    assert half_day.label == "Half-day: the whole arc in one meeting"
    assert stages([b.kind for b in half_day.blocks]) == [name for name, _ in ARC]
    assert half_day.total_minutes == 210


def test_the_ninety_minute_check_in_lasts_ninety_minutes():
    check_in = template("ninety_minute_check_in")
    assert check_in.label == "90-minute check-in"
    assert check_in.total_minutes == 90
    assert check_in.blocks[-1].kind == "wrap_up"


def test_first_meeting_and_follow_up_together_carry_the_arc_and_say_so():
    first, follow_up = template("first_partnership_meeting"), template("follow_up_meeting")
    both = [b.kind for b in first.blocks] + [b.kind for b in follow_up.blocks]
    assert set(stages(both)) == {name for name, _ in ARC}
    missing_from_first = set(stages(both)) - set(stages([b.kind for b in first.blocks]))
    assert missing_from_first == {"criteria", "vote", "balance", "sharing agreement"}
    assert first.next_meeting.startswith("Follow-up meeting")
    assert "first partnership meeting" in follow_up.description


def test_every_template_but_the_blank_one_says_what_the_next_meeting_covers():
    for t in templates():
        assert bool(t.next_meeting) == (t.key != "blank"), t.key


def test_the_picker_lists_templates_in_the_order_meetings_follow_one_another():
    assert [t.key for t in templates()] == [
        "first_partnership_meeting",
        "follow_up_meeting",
        "half_day_whole_arc",
        "ninety_minute_check_in",
        "designing_the_partnership",
        "planning_the_evaluation",
        "blank",
    ]


def test_a_template_is_named_in_the_installed_language_and_an_empty_text_stays_empty(
    monkeypatch,
):
    monkeypatch.setattr(i18n, "_loader", lambda code: lambda c, text, n: f"[{c}] {text}")
    monkeypatch.setattr(i18n, "_translators", {})
    monkeypatch.setattr(i18n, "_default", "es")  # the installed language
    blank = next(t for t in templates() if not t.next_meeting)
    assert blank.label == f"[Templates] {blank.name}"
    assert blank.next_meeting_text == ""


def test_planning_the_evaluation_asks_what_it_is_for_before_the_measures_and_the_data():
    evaluation = template("planning_the_evaluation")
    kinds = [b.kind for b in evaluation.blocks]
    assert evaluation.total_minutes == evaluation.minutes == 120
    purpose = next(b for b in evaluation.blocks if "what the evaluation is for" in b.title.lower())
    assert purpose.kind == "evaluation_purpose" and "for whom" in purpose.title
    at = kinds.index
    assert (
        at("evaluation_purpose") < at("measures_check_in") < at("indicators") < at("data_inventory")
    )
    assert kinds[-1] == "wrap_up"
    blocks = evaluation.make_blocks("w")
    assert blocks[1].prompt == "What must our evaluation tell us, and whom?"  # the kind's own
