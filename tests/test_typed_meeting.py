"""A whole partnership, typed: two meetings run from an empty database with keys alone.

Every key goes to whatever widget has the keyboard focus when it is pressed, with no
pause between keys, as a facilitator types: shortcuts open dialogs and move between
blocks, Tab goes between boxes and cells, Enter saves, letters pick from a list and
Space ticks. The test waits only where a person waits too: for a dialog to open.

It then reads the database file through connections of its own and checks that every
string typed is there exactly once, that every mark and tally landed on the record it
was typed for, that the internal summary holds every string, and that what was marked
internal reached no partners or public export and no room view.

:func:`type_meeting` plans and runs one meeting from any template: each block is typed
by the route of its kind (:data:`BLOCK_ROUTES`), so another template needs no new code
here, and another kind of block one more route.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.export_helpers import readable_text
from tests.test_keyboard_tables import editor_complaints, keys_for_choice
from tests.test_ui_foundation import open_window, when_dialog_opens
from workshop_app.domain.records import Block, Item, Workshop
from workshop_app.domain.schedule import MeetingPlan
from workshop_app.domain.visibility import Audience
from workshop_app.exercises.indicator_agreement import VOTE
from workshop_app.exercises.indicators import INDICATOR
from workshop_app.exercises.partnership_history import OUTCOMES
from workshop_app.exercises.templates import template, templates
from workshop_app.exercises.trust_check_in import TRUST_RATING
from workshop_app.export import render_workshop, workshop_view
from workshop_app.storage import open_store
from workshop_app.ui.home_actions import WorkshopDialog
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.meeting_plan import load_plan
from workshop_app.ui.partners_editor import PartnersDialog
from workshop_app.ui.room_content import room_content

NO_MODIFIER = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
K = Qt.Key

#: The partners typed into the dialog that follows a new collaboration: the first word
#: of each name starts with its own letter, which picks the partner in any list.
#: (first word, rest of the name, keys that choose the sector, the sector stored)
FIRST_PARTNERS = (
    ("Harbourside", "Police Department", "Pu", "public"),
    ("Lantern", "Youth Trust", "N", "nonprofit"),
    ("Millbrook", "Grocers Association", "Pr", "private"),
)
#: Partners who join at the table during a meeting ("Who is at the table" block).
NEWCOMERS = (
    ("Eastside", "Neighbours Council", "Co", "community"),
    ("Quarry", "Hill University", "Ac", "academic"),
    ("Orchard", "Family Foundation", "Ph", "philanthropic"),
)


# ------------------------------------------------------------------------ keys
def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


@dataclass
class Typed:
    """What was typed, to be found again on disk, in the exports and in the room."""

    #: every string typed → how many times the database file must hold it
    on_disk: dict[str, int] = field(default_factory=dict)
    #: strings typed into items marked internal (never to reach partners, public, room)
    internal: set[str] = field(default_factory=set)
    #: partner name → sector chosen
    sectors: dict[str, str] = field(default_factory=dict)
    #: item text → what else was typed or marked for it (see :func:`what_is_stored`)
    marks: dict[str, dict[str, object]] = field(default_factory=dict)
    #: trust check-in block id → ratings typed per statement row
    trust: dict[str, list[list[int]]] = field(default_factory=dict)
    #: indicator name → {answer: votes} typed in an agreement block
    votes: dict[str, dict[str, int]] = field(default_factory=dict)
    workshops: list[str] = field(default_factory=list)
    #: what the room window showed at the end of every block
    room_seen: list[str] = field(default_factory=list)
    #: strings the room is there to see (each was on the projector at its block's end)
    for_room: list[str] = field(default_factory=list)


class Typist:
    """Types into the focused widget of the real window and remembers what it typed."""

    def __init__(self, qtbot, window: MainWindow) -> None:
        self.qtbot = qtbot
        self.window = window
        self.typed = Typed()
        self.partners: list[str] = []  # in the order they were added
        self._count = 0
        self.newcomers = iter(NEWCOMERS)  # who joins at the table next
        #: names typed in the current meeting, for the blocks that list them again
        self.title = ""
        self.indicators: list[str] = []
        self.commitments: list[str] = []

    # --------------------------------------------------------- what is typed
    def remember(
        self, text: str, internal: bool = False, times: int = 1, room: bool = False
    ) -> str:
        assert text not in self.typed.on_disk, f"typed twice: {text!r}"
        self.typed.on_disk[text] = times
        if internal:
            self.typed.internal.add(text)
        if room:
            self.typed.for_room.append(text)
        return text

    def new(self, words: str, internal: bool = False, times: int = 1, room: bool = False) -> str:
        """A string never typed before: ``Typed 017 words``."""
        self._count += 1
        return self.remember(f"Typed {self._count:03d} {words}", internal, times, room)

    def partner(self, first: str, rest: str, sector: str) -> str:
        self._count += 1
        name = self.remember(f"{first} {self._count:03d} {rest}")
        self.typed.sectors[name] = sector
        self.partners.append(name)
        return name

    def due_date(self) -> str:
        self._count += 1
        return self.remember(f"2031-{1 + self._count % 12:02d}-{1 + self._count % 28:02d}")

    def mark(self, text: str, **marks: object) -> None:
        self.typed.marks.setdefault(text, {}).update(marks)

    def letter_of(self, partner: str) -> str:
        """The key that picks ``partner`` in a list of partners."""
        return partner[0]

    # ------------------------------------------------------------------ keys
    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
        self.qtbot.keyClick(focused(), key, modifier)

    def back_tab(self) -> None:
        self.press(K.Key_Backtab, SHIFT)

    def type(self, text: str) -> None:
        """Each character to the widget that has the focus as it is typed."""
        for character in text:
            self.qtbot.keyClicks(focused(), character)

    def line(self, text: str) -> None:
        self.type(text)
        self.press(K.Key_Return)

    def cells(self, cells: list[str], end: Qt.Key = K.Key_Return) -> None:
        """Type each cell (or box), Tab between them and ``end`` after the last."""
        for n, text in enumerate(cells):
            self.type(text)
            self.press(K.Key_Tab if n + 1 < len(cells) else end)

    def choose(self, row: int) -> None:
        """Pick the ``row``-th entry of the focused list box with Home and Down. (Letters
        pick in a fresh list; in one visited again at machine speed they would join the
        letters typed in it a moment earlier into one search, as no person types.)"""
        self.press(K.Key_Home)
        for _ in range(row):
            self.press(K.Key_Down)

    def tab_to(self, target: QWidget, backwards: bool = False, most: int = 80) -> None:
        """Tab (Shift+Tab) until ``target`` has the focus, as a person tabs until the
        cursor is where they want it."""
        went: list[str] = []
        for _ in range(most):
            if focused() is target:
                return
            went.append(f"{type(focused()).__name__} {focused().accessibleName()!r}")
            if backwards:
                self.back_tab()
            else:
                self.press(K.Key_Tab)
        raise AssertionError(
            f"Tab never reached {target.accessibleName()!r}; it went through {went[:12]}…"
        )

    # ------------------------------------------------------------ what is seen
    @property
    def panel(self):
        """The current block's panel: where the keys of its route must land."""
        return self.window.workshop_view.panel

    def block(self) -> Block:
        block = self.window.workshop_view.current_block()
        assert block is not None
        return block


def in_dialog(qtbot, kind: type[QDialog], keys: Callable[[QDialog], None]) -> list:
    """Type ``keys(dialog)`` into the next modal dialog of ``kind`` once it is open.

    Arm it before the key that opens the dialog: a modal dialog's event loop holds the
    test until it closes. The list returned gets None when the keys were typed, or the
    exception they raised (see :func:`typed_in`).
    """
    outcome: list = []

    def handle(dialog: QDialog) -> None:
        try:
            dialog.activateWindow()  # as the window system does for a person
            qtbot.waitUntil(lambda: dialog.isActiveWindow() and dialog.focusWidget() is not None)
            keys(dialog)
            outcome.append(None)
        except BaseException as e:
            outcome.append(e)
        finally:
            if dialog.isVisible():  # never leave the test waiting on an open dialog
                dialog.reject()

    when_dialog_opens(qtbot, handle, kind)
    return outcome


def typed_in(outcome: list) -> None:
    assert outcome, "the dialog never opened"
    if outcome[0] is not None:
        raise outcome[0]


def back_to_window(t: Typist) -> None:
    """The offscreen platform does not give the main window the keyboard back after a
    dialog closes, as a desktop does: do what the desktop would."""
    t.window.activateWindow()
    t.qtbot.waitUntil(t.window.isActiveWindow)


# ----------------------------------------------------------- the partnership
def start_partnership(t: Typist) -> None:
    """Ctrl+Shift+N: name the collaboration, then type its partners in the dialog that
    opens next, cell by cell."""
    name = t.new("Safer Riverton partnership")
    partners_typed: list[list] = []

    def type_partners(dialog: QDialog) -> None:
        assert focused() is dialog.editor.table
        for first, rest, sector_keys, sector in FIRST_PARTNERS:
            t.press(K.Key_Return, CTRL)  # Add partner (Ctrl+Return, on its tooltip)
            t.cells(
                [
                    t.partner(first, rest, sector),
                    sector_keys,
                    t.new("two officers present"),
                    t.new("brings patrol data"),
                    t.new("needs youth outreach"),
                    t.new("answers to the council"),
                ]
            )
        t.press(K.Key_Escape)  # Close

    def type_name(dialog: QDialog) -> None:
        t.type(name)
        partners_typed.append(in_dialog(t.qtbot, PartnersDialog, type_partners))
        t.press(K.Key_Return)

    named = in_dialog(t.qtbot, QDialog, type_name)
    t.press(K.Key_N, CTRL | SHIFT)  # File → New collaboration
    typed_in(named)
    typed_in(partners_typed[0])
    back_to_window(t)


def plan_meeting(t: Typist, template_name: str, start: str = "") -> str:
    """Ctrl+N: title, start time (digits, when given), place and template of a new
    meeting; it opens at its first block."""
    title = t.title = t.new("meeting of the partnership")
    place = t.new("Riverton library hall")
    labels = [x.label for x in templates()]
    template_keys = keys_for_choice(template_name, labels)
    assert template_keys, f"no letters pick {template_name!r} among {labels}"

    def fill_in(dialog: QDialog) -> None:
        assert focused() is dialog.title
        t.type(title)
        if start:
            t.tab_to(dialog.start)  # across the date's parts
            t.type(start)
        t.tab_to(dialog.place)  # across the date's (and the start time's) parts
        t.type(place)
        t.tab_to(dialog.template)
        t.type(template_keys)
        t.press(K.Key_Return)

    planned = in_dialog(t.qtbot, WorkshopDialog, fill_in)
    t.press(K.Key_N, CTRL)  # File → New workshop
    typed_in(planned)
    back_to_window(t)
    workshop_id = t.window.current_workshop_id()
    assert workshop_id, "the new meeting did not open"
    return workshop_id


def type_meeting(t: Typist, template_name: str, start: str = "") -> str:
    """Plan a meeting from ``template_name`` and type every block of it, moving on with
    Ctrl+PgDown; then the workshop-wide lists. Returns the workshop's id."""
    workshop_id = plan_meeting(t, template_name, start)
    t.typed.workshops.append(workshop_id)
    t.indicators, t.commitments = [], []
    view = t.window.workshop_view
    for n in range(len(view.blocks)):
        assert view.current_index() == n, "Ctrl+PgDown did not move to the next block"
        kind = t.block().kind
        route = BLOCK_ROUTES.get(kind)
        assert route is not None, f"no typing route for blocks of kind {kind!r}"
        route(t)
        if n + 1 < len(view.blocks):
            t.typed.room_seen.append(room_text(t))
            t.press(K.Key_PageDown, CTRL)  # Workshop → Next block
    type_workshop_lists(t)
    t.typed.room_seen.append(room_text(t))
    return workshop_id


def room_text(t: Typist) -> str:
    return t.window.room_controller.room.visible_text()


def type_workshop_lists(t: Typist) -> None:
    """A decision, an action with its owner and due date, a parked topic and a private
    note, each reached by its Ctrl+Shift shortcut from wherever the focus is."""
    t.press(K.Key_D, CTRL | SHIFT)
    t.line(t.new("decision to meet monthly"))
    t.press(K.Key_A, CTRL | SHIFT)
    action, owner, due = t.new("action send the patrol maps"), t.new("Dana Okafor"), t.due_date()
    t.cells([action, owner, due])
    t.mark(action, owner=owner, due=due)
    t.press(K.Key_P, CTRL | SHIFT)
    t.line(t.new("parked question of funding"))
    t.press(K.Key_F, CTRL | SHIFT)
    t.line(t.new("private note the sheriff seems wary", internal=True))


# ------------------------------------------------------------- block routes
def type_roster(t: Typist) -> None:
    """A newcomer in the box (Tab: its sector), completed in the roster; notes."""
    panel = t.panel
    assert focused() is panel.new_organisation
    first, rest, sector_keys, sector = next(t.newcomers)
    t.type(t.partner(first, rest, sector))
    t.press(K.Key_Tab)
    t.type(sector_keys)
    t.back_tab()
    t.press(K.Key_Return)  # saved; the roster is on the newcomer's next cell
    t.tab_to(panel.editor.table)
    t.cells(
        [
            t.new("three volunteers present"),
            t.new("brings block watch"),
            t.new("needs street lighting"),
            t.new("answers to its members"),
        ]
    )
    t.tab_to(panel.notes.capture)
    for words in ("everyone wants fewer calls", "the mayor sends regards", "two chairs empty"):
        t.line(t.new(words))


def type_history(t: Typist) -> None:
    """Tick two partners (Space), choose the outcome, then what they did and the lesson."""
    panel = t.panel
    last = len(t.partners) - 1
    for (a, b), outcome in (((0, 1), "good"), ((1, 2), "failed"), ((0, last), "mixed")):
        t.tab_to(panel.partner_list, backwards=True)
        t.press(K.Key_Home)
        for _ in range(a):
            t.press(K.Key_Down)
        t.press(K.Key_Space)
        for _ in range(b - a):
            t.press(K.Key_Down)
        t.press(K.Key_Space)
        t.tab_to(panel.outcome)
        t.choose(OUTCOMES.index(outcome))
        t.tab_to(panel.records.capture)
        what, lesson = t.new("joint patrols"), t.new("lesson share plans early")
        t.cells([what, lesson])
        t.mark(what, outcome=outcome, lesson=lesson, partners=[t.partners[a], t.partners[b]])


def type_trust(t: Typist) -> None:
    """Reword the first statement, then a row of tallies per statement (Tab, Enter)."""
    panel = t.panel
    assert focused() is panel.table
    # Stored twice by design: in the block's list of statements and on its tally.
    statement = t.new("partners keep their word", times=2)
    rows = [[3, 1, 4, 1, 5], [9, 2, 6, 5, 3], [5, 8, 9, 7, 9]]
    t.back_tab()  # from the first rating to the statement
    t.cells([statement, *map(str, rows[0])])
    for counts in rows[1:]:
        t.cells([str(n) for n in counts])
    t.typed.trust[t.block().id] = rows
    t.typed.on_disk[t.title] += len(rows)  # each tally names its meeting, for the trend


def type_hopes_concerns(t: Typist) -> None:
    """Three lists (Alt+1, Alt+2, Alt+3); one concern internal (F8); agreements
    marked agreed in their list (Ctrl+Return)."""
    panel = t.panel
    assert focused() is panel.hopes.capture
    for words in ("hope safer evenings downtown", "hope one shared map", "hope youth jobs"):
        t.line(t.new(words, room=True))
    t.press(K.Key_2, ALT)
    assert focused() is panel.concerns.capture
    t.line(t.new("concern data misuse"))
    t.press(K.Key_F8)  # partners → internal, for the next capture
    secret = t.new("concern the chief may retire", internal=True)
    t.line(secret)
    t.mark(secret, visibility="internal")
    # One internal item: the next is for partners again, as the badge says.
    assert panel.concerns.visibility.value() == "partners"
    last = t.new("concern meetings run long")
    t.line(last)
    t.mark(last, visibility="partners")
    t.press(K.Key_3, ALT)
    assert focused() is panel.agreements.capture
    agreements = [
        t.new(words, room=True) for words in ("agreement start on time", "one voice", "no blame")
    ]
    for text in agreements:
        t.line(text)
    t.tab_to(panel.agreements.table)
    t.press(K.Key_Return, CTRL)  # the first agreed
    t.press(K.Key_Down)
    t.press(K.Key_Down)
    t.press(K.Key_Return, CTRL)  # the third agreed
    t.mark(agreements[0], agreed=True)
    t.mark(agreements[1], agreed=False)  # proposed: every agreement starts so
    t.mark(agreements[2], agreed=True)


def type_scope(t: Typist) -> None:
    """An issue and three sub-issues (Enter adds under the selected one), their scope
    (Space in the tree), the problem statement (Alt+P) agreed (Alt+G)."""
    panel = t.panel
    assert focused() is panel.issue_box
    root = t.new("public safety", room=True)
    t.line(root)
    parts = [t.new(w, room=True) for w in ("shared patrols", "crime lab", "shared facilities")]
    for text in parts:
        t.line(text)
    t.tab_to(panel.tree)
    for n, (text, scope) in enumerate(zip(parts, ("in", "out", "later"), strict=True)):
        t.press(K.Key_Down)
        for _ in range(n + 1):
            t.press(K.Key_Space)
        t.mark(text, scope=scope)
    t.mark(root, scope="")
    t.press(K.Key_P, ALT)
    statement = t.new("problem statement late night calls go unanswered")
    t.line(statement)
    t.press(K.Key_G, ALT)
    t.mark(statement, agreed=True, visibility="public")


def type_positions(t: Typist) -> None:
    """Who stated it (Alt+B, arrows), the position, Tab, the interest behind it."""
    panel = t.panel
    assert focused() is panel.list.capture
    for who in (t.partners[0], None, t.partners[2]):
        if who is not None:
            t.press(K.Key_B, ALT)
            t.choose(1 + t.partners.index(who))  # after "Nobody named"
            t.tab_to(panel.list.capture)
        position = t.new("position more patrols")
        interest = t.new("interest feel safe at night", room=True)
        t.cells([position, interest])
        t.mark(position, interest=interest, partner=who)


def type_fact_base(t: Typist) -> None:
    """Facts with source, date, contributor (Tab); their status (Alt+A, Alt+D, Alt+N on
    the selected fact); an open question (Alt+Q) with owner and due date."""
    panel = t.panel
    assert focused() is panel.list.capture
    facts = []
    for words in ("fact calls doubled", "fact lab backlog", "fact lights out on Elm"):
        fact = t.new(words, room=True)
        source, when, who = t.new("source dispatch log"), t.new("spring"), t.new("Lee Ann")
        t.cells([fact, source, when, who])
        t.mark(fact, source=source, date=when, contributor=who)
        facts.append(fact)
    t.tab_to(panel.list.table)
    t.press(K.Key_A, ALT)
    t.press(K.Key_Down)
    t.press(K.Key_D, ALT)
    t.press(K.Key_Down)
    t.press(K.Key_N, ALT)
    for fact, status in zip(facts, ("agreed", "disputed", "needs_data"), strict=True):
        t.mark(fact, status=status)
    t.press(K.Key_Q, ALT)
    question, owner, due = t.new("question who counts calls"), t.new("Sam Ruiz"), t.due_date()
    t.cells([question, owner, due])
    t.mark(question, owner=owner, due=due)


def type_criteria(t: Typist) -> None:
    panel = t.panel
    assert focused() is panel.list.capture
    for words in ("criterion fits the vision", "criterion data in a year", "criterion felt"):
        t.line(t.new(words, room=True))


def type_indicators(t: Typist) -> None:
    """Names (Enter), then each row's details across the table (Tab); who needs the
    last one (Alt+N, Space)."""
    panel = t.panel
    assert focused() is panel.list.capture
    names = [t.new(w, room=True) for w in ("indicator repeat calls", "referrals", "lights")]
    for name in names:
        t.line(name)
    t.indicators += names
    t.tab_to(panel.list.table)
    for name, (kind_keys, kind, financial_keys, financial, timing_keys, timing, owner) in zip(
        names,
        (
            ("Outc", "outcome", "N", "no", "La", "lagging", t.partners[0]),
            ("Outp", "output", "N", "no", "Le", "leading", t.partners[1]),
            ("In", "input", "F", "yes", "Le", "leading", t.partners[2]),
        ),
        strict=True,
    ):
        measures, source = t.new("what it measures"), t.new("data source")
        baseline, target, often = t.new("baseline"), t.new("target"), t.new("monthly")
        t.press(K.Key_Tab)  # past the name
        t.cells(
            [
                measures,
                kind_keys,
                financial_keys,
                timing_keys,
                t.letter_of(owner),
                source,
                baseline,
                target,
                often,
            ]
        )
        t.mark(
            name,
            measures=measures,
            indicator_kind=kind,
            financial=financial,
            timing=timing,
            partner=owner,
            source=source,
            baseline=baseline,
            target=target,
            frequency=often,
        )
    t.press(K.Key_N, ALT)  # Whose stakeholders need it
    t.press(K.Key_Space)
    t.mark(names[-1], needed_by=[t.partners[0]])


def type_votes(t: Typist) -> None:
    """A row of fist-to-five tallies per indicator (Tab, Enter)."""
    panel = t.panel
    assert focused() is panel.table
    levels = [level.key for level in panel.model.levels]  # the columns' answers
    for n, name in enumerate(t.indicators):
        counts = [(n + c) % 4 + 1 for c in range(len(levels))]
        t.cells([str(c) for c in counts])
        t.typed.votes[name] = dict(zip(levels, counts, strict=True))


def type_balance(t: Typist) -> None:
    """Nothing to type in the balance itself: the decisions it leads to (Ctrl+Shift+D)."""
    t.press(K.Key_D, CTRL | SHIFT)
    for words in ("decision keep the set", "decision add a leading one", "decision review"):
        t.line(t.new(words))


def type_inventory(t: Typist) -> None:
    """What will be shared (Enter); who shares it, purpose, frequency, form, sensitivity
    and visibility across the table; whom with (Alt+I) and under which law (Alt+L)."""
    panel = t.panel
    assert focused() is panel.list.capture
    rows = (
        (t.partners[0], "O", "open", "Pu", "public"),
        (t.partners[1], "R", "restricted", None, "partners"),
        (t.partners[2], "C", "confidential", "I", "internal"),
    )
    names = [t.new("shared call data", internal=vis == "internal") for *_, vis in rows]
    for name in names:
        t.line(name)
    t.commitments += names
    t.tab_to(panel.list.table)
    for name, (by, sensitivity_keys, sensitivity, visibility_keys, visibility) in zip(
        names, rows, strict=True
    ):
        secret = visibility == "internal"
        purpose = t.new("purpose plan patrols", internal=secret)
        often, form = t.new("weekly", internal=secret), t.new("spreadsheet", internal=secret)
        t.press(K.Key_Tab)  # past what is shared
        cells = [t.letter_of(by), purpose, often, form, sensitivity_keys]
        t.cells([*cells, visibility_keys] if visibility_keys else cells)
        t.mark(
            name,
            partner=by,
            purpose=purpose,
            frequency=often,
            form=form,
            sensitivity=sensitivity,
            visibility=visibility,
        )
    # The table's current row is the last one: whom it goes to, and the law.
    t.press(K.Key_I, ALT)  # Shared w&ith
    t.press(K.Key_Space)
    t.press(K.Key_Down)
    t.press(K.Key_Space)
    t.press(K.Key_L, ALT)
    t.press(K.Key_Space)
    t.tab_to(panel.tags)
    tags = t.new("data sharing agreement of 2019", internal=True)
    t.line(tags)
    t.mark(names[-1], recipients=t.partners[:2], legal=["public_records"], tags=tags)


def type_protocol(t: Typist) -> None:
    """Who answers the media (Tab: records requests, warning, review time; Enter);
    after each, the next partner without a contact is offered. The first contact's
    partner is chosen in the table."""
    panel = t.panel
    assert focused() is panel.list.capture
    contacts = []
    for _ in range(3):
        media, records = t.new("media desk", room=True), t.new("records clerk")
        warning, review = t.new("call each other first"), t.new("two days")
        t.cells([media, records, warning, review])
        t.mark(media, records_contact=records, warning=warning, review_time=review)
        contacts.append(media)
    t.tab_to(panel.list.table)  # the first row, on its partner
    t.type(t.letter_of(t.partners[2]))
    t.press(K.Key_Return)
    for media, partner in zip(contacts, (t.partners[2], t.partners[0], t.partners[1]), strict=True):
        t.mark(media, partner=partner)


def type_agreement(t: Typist) -> None:
    """Space marks the selected commitment agreed."""
    panel = t.panel
    assert focused() is panel.table
    t.press(K.Key_Space)
    t.press(K.Key_Down)
    t.press(K.Key_Down)
    t.press(K.Key_Space)
    for name, agreed in zip(t.commitments, (True, None, True), strict=True):
        t.mark(name, agreed=agreed)


def type_wrap_up(t: Typist) -> None:
    panel = t.panel
    assert focused() is panel.items.capture
    t.line(t.new("wrap up next meeting in March", room=True))
    t.press(K.Key_F8)
    secret = t.new("wrap up the budget is frozen", internal=True)
    t.line(secret)
    t.mark(secret, visibility="internal")
    assert panel.items.visibility.value() == "partners"  # one internal item only
    t.line(t.new("wrap up thanks to the library"))
    if t.block().kind == "wrap_up":
        type_read_back(t)


def type_read_back(t: Typist) -> None:
    """Alt+R: the decisions and actions recorded so far; Space ticks the first one as read
    back, and the room says so in words."""
    panel = t.panel
    t.press(K.Key_R, ALT)
    assert focused() is panel.table
    if not panel.ordered.rowCount():
        return
    (first,) = panel.selected_items()  # the row the cursor is on: the first
    shown_text = panel.ordered.index(0, 2).data()
    t.press(K.Key_Space)
    t.mark(first.text, read_back=True)
    assert f"✔ Read back | {shown_text}" in room_text(t)


def type_since_last(t: Typist) -> None:
    """The earlier meeting's first action: Alt+N, the note, Alt+D marks it done; then Tab
    to today's topics and one typed in."""
    panel = t.panel
    assert focused() is panel.table
    if panel.model.rowCount():
        first = panel.model.item(0, 1).text()
        t.press(K.Key_N, ALT)  # &Note with the status
        note = t.new("since last report sent")
        t.type(note)
        t.press(K.Key_D, ALT)  # Done
        t.mark(first, status="done", status_note=note)
    t.tab_to(panel.topics.capture)
    t.line(t.new("since last topic for today"))


#: How a facilitator types into each kind of block.
BLOCK_ROUTES: dict[str, Callable[[Typist], None]] = {
    "who_is_at_the_table": type_roster,
    "partnership_history": type_history,
    "trust_check_in": type_trust,
    "hopes_concerns": type_hopes_concerns,
    "scope_issue": type_scope,
    "positions_interests": type_positions,
    "fact_base": type_fact_base,
    "measure_criteria": type_criteria,
    "indicators": type_indicators,
    "indicator_agreement": type_votes,
    "balance_check": type_balance,
    "data_inventory": type_inventory,
    "communication_protocol": type_protocol,
    "sharing_agreement": type_agreement,
    "wrap_up": type_wrap_up,
    "discussion": type_wrap_up,
    "since_last_meeting": type_since_last,
}


# ------------------------------------------------------------------ checking
def strings_on_disk(path: Path, strings: list[str]) -> dict[str, int]:
    """How often each of ``strings`` occurs in the text of every row of the file,
    read through a read-only SQLite connection of the test's own."""
    tables = ("collaborations", "partners", "workshops", "blocks", "items")
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as db:
        cells = [
            value
            for table in tables
            for row in db.execute(f"SELECT * FROM {table}")
            for value in row
            if isinstance(value, str)
        ]
    return {s: sum(cell.count(s) for cell in cells) for s in strings}


def what_is_stored(item: Item, wanted: dict[str, object], names: dict[str, str]) -> dict:
    """The parts of ``item`` named in ``wanted``, partners by name."""
    stored: dict[str, object] = {}
    for key in wanted:
        if key == "visibility":
            stored[key] = item.visibility
        elif key == "partner":
            stored[key] = names.get(item.partner_id or "")
        elif key in ("partners", "needed_by", "recipients"):
            stored[key] = [names[i] for i in item.fields.get(key) or []]
        else:
            stored[key] = item.fields.get(key)
    return stored


def readable(view, fmt: str) -> str:
    return readable_text(fmt, render_workshop(view, fmt))


def check_everything_typed(db_path: Path, typed: Typed) -> None:
    """What :func:`type_meeting` typed is on disk, in the summaries and in the room,
    and what was typed internal is nowhere else."""
    # Every string typed is in the file, exactly as often as it was typed.
    assert not [a for a in typed.on_disk for b in typed.on_disk if a != b and a in b]
    assert strings_on_disk(db_path, list(typed.on_disk)) == typed.on_disk

    store = open_store(db_path)  # a second connection: what a restart would read
    try:
        # Every choice, mark and tally is on the record it was typed for.
        workshops = [store.get(Workshop, w) for w in typed.workshops]
        (collaboration_id,) = {w.collaboration_id for w in workshops}
        partners = store.partners(collaboration_id)
        assert {p.organisation: p.sector for p in partners} == typed.sectors
        names = {p.id: p.organisation for p in partners}
        items = [i for w in typed.workshops for i in store.items(w)]
        by_text = {i.text: i for i in items}
        for text, wanted in typed.marks.items():
            assert what_is_stored(by_text[text], wanted, names) == wanted, text
        for block_id, rows in typed.trust.items():
            block = store.get(Block, block_id)
            ratings = store.items(block.workshop_id, block_id, [TRUST_RATING])
            assert [r.fields["counts"] for r in ratings] == rows
        indicator_ids = {i.text: i.id for i in items if i.kind == INDICATOR}
        tallies = {v.fields["indicator_id"]: v.fields["tallies"] for v in items if v.kind == VOTE}
        assert {name: tallies.get(indicator_ids[name]) for name in typed.votes} == {
            name: {"": {answer: n for answer, n in counts.items() if n}}  # by nobody's sector
            for name, counts in typed.votes.items()
        }

        # The internal summary holds every string typed; nothing typed internal is in
        # anything partners, the public or the room can read.
        def summaries(audience: Audience, fmt: str = "md") -> list[str]:
            return [readable(workshop_view(store, w, audience), fmt) for w in typed.workshops]

        internal = "\n".join(summaries(Audience.INTERNAL))
        assert [s for s in typed.on_disk if s not in internal] == []
        readable_outside = [*typed.room_seen]
        for audience in (Audience.PARTNERS, Audience.PUBLIC):
            for fmt in ("md", "html", "csv", "json"):
                readable_outside += summaries(audience, fmt)
        for w in typed.workshops:
            room = workshop_view(store, w, Audience.ROOM)
            readable_outside += [room_content(room, b.id).text() for b in room.blocks]
        leaks = {s for s in typed.internal for text in readable_outside if s in text}
        assert leaks == set()

        # Controls: the texts searched are the real ones, with all they may show.
        partners_read = "\n".join(summaries(Audience.PARTNERS))
        not_internal = [s for s in typed.on_disk if s not in typed.internal]
        assert [s for s in not_internal if s not in partners_read] == []
        room_seen = "\n".join(typed.room_seen)
        assert [s for s in typed.for_room if s not in room_seen] == []
    finally:
        store.close()


# ---------------------------------------------------------------------- tests
def test_two_meetings_typed_at_speed_from_an_empty_database_keep_every_key(
    qtbot, db_path, capfd, qtlog
):
    t = Typist(qtbot, open_window(qtbot, db_path))
    start_partnership(t)
    type_meeting(t, "First partnership meeting")
    type_meeting(t, "Follow-up meeting")
    check_everything_typed(db_path, t.typed)
    assert editor_complaints(capfd, qtlog) == []


def test_a_half_day_planned_from_the_picker_runs_every_block_without_adding_one(
    qtbot, db_path, capfd, qtlog
):
    t = Typist(qtbot, open_window(qtbot, db_path))
    start_partnership(t)
    workshop_id = type_meeting(t, "Half-day: the whole arc in one meeting", start="0900")
    check_everything_typed(db_path, t.typed)
    half_day = template("half_day_whole_arc")
    store = open_store(db_path)
    try:
        # The agenda run is the template's, block for block: nothing was added.
        assert [(b.kind, b.title, b.timebox_minutes) for b in store.blocks(workshop_id)] == [
            (b.kind, b.title, b.minutes) for b in half_day.blocks
        ]
        assert load_plan(store, workshop_id) == MeetingPlan(210, "09:00")
    finally:
        store.close()
    assert t.window.workshop_view.plan_line.text() == (
        "Agenda 3 h 30 min: ends at 12:30, planned end 12:30."
    )
    assert editor_complaints(capfd, qtlog) == []
