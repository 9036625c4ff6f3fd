"""What the facilitator guide says: the keyboard shortcuts, running a meeting, and each
exercise's section (purpose, steps, tips, pitfalls: ``ExerciseKind.guide``).

Bundled text only, no network. The keys are not written down here but collected from
where they are installed: the window's menus (given by the caller), the panels'
declared keys (``ExercisePanel.keys``) and the lists' and tables' (``key_help``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape, unescape

from ..exercises.registry import FAMILIES, ExerciseKind, all_kinds
from ..i18n import tr
from .key_help import (
    CHECKLIST_KEYS,
    EXPORT_DIALOG_KEYS,
    GUIDE_KEYS,
    LIST_KEYS,
    METHOD_LIBRARY_KEYS,
    MNEMONIC_KEYS,
    ROOM_QUEUE_KEYS,
    ROOM_WINDOW_KEYS,
    TABLE_KEYS,
    PanelKey,
)

SHORTCUTS = "shortcuts"
#: The key of the window's key group of the projector's commands (View → Room view).
ROOM_KEYS = "room"


@dataclass(frozen=True)
class KeyGroup:
    """Keys of one part of the app: ``rows`` are (keys as shown, what they do, where
    they work: "" for anywhere)."""

    key: str
    title: str
    rows: tuple[tuple[str, str, str], ...]


@dataclass(frozen=True)
class GuideSection:
    """One page of the guide, listed under ``group`` in its contents."""

    key: str
    group: str
    title: str
    html: str

    @property
    def plain(self) -> str:
        """Its words without markup, for searching."""
        return " ".join(unescape(re.sub(r"<[^>]+>", " ", f"{self.title} {self.html}")).split())


def _t(text: str) -> str:
    return tr("Guide", text)


def _para(text: str) -> str:
    return f"<p>{escape(text)}</p>"


def _list(items: Sequence[str], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    return f"<{tag}>" + "".join(f"<li>{escape(i)}</li>" for i in items) + f"</{tag}>"


def key_table(rows: Sequence[tuple[str, str, str]]) -> str:
    """Keys, what they do and where they work, as a table. Where all rows work in the
    same place it is said once, above the table, rather than in a column."""
    places = {where for _keys, _does, where in rows}
    shared = places.pop() if len(places) == 1 else None
    cells = [_t("Keys"), _t("What it does")] + ([] if shared is not None else [_t("Where")])
    head = "<tr>" + "".join(f"<th align='left'>{escape(c)}</th>" for c in cells) + "</tr>"
    body = "".join(
        f"<tr><td width='24%'><b>{escape(keys)}</b></td><td>{escape(does)}</td>"
        + (f"<td>{escape(where)}</td>" if shared is None else "")
        + "</tr>"
        for keys, does, where in rows
    )
    # One thin rule between cells (collapse), not Qt's default raised double border.
    table = (
        "<table width='100%' cellpadding='4' cellspacing='0' border='1' "
        f"style='border-collapse: collapse; border-color: #a0a0a0'>{head}{body}</table>"
    )
    return (f"<p><i>{escape(shared)}</i></p>" if shared else "") + table


def panel_key_rows(keys: Sequence[PanelKey]) -> tuple[tuple[str, str, str], ...]:
    return tuple((key.shown_keys, key.does_text, key.where_text) for key in keys)


def exercise_keys(kind: ExerciseKind) -> tuple[PanelKey, ...]:
    """The keys of ``kind``'s panel (imports the panel's module)."""
    from .panels import panel_class

    return tuple(panel_class(kind.key).keys)


def section_key(kind_key: str) -> str:
    """The guide section of an exercise kind."""
    return f"exercise/{kind_key}"


# ---------------------------------------------------------------- shortcuts
def shortcuts_section(window_keys: Sequence[KeyGroup]) -> GuideSection:
    """Every key: the window's commands, the projector's, lists, tables, each exercise's."""
    parts = [
        _para(
            _t(
                "The commands below work wherever the cursor is, the capture box included. "
                "The keys of lists, tables and each exercise work where they say."
            )
        )
    ]
    for group in window_keys:
        parts.append(f"<h3>{escape(group.title)}</h3>{key_table(group.rows)}")
    for title, keys in (
        (_t("Capture boxes and lists"), LIST_KEYS),
        (_t("Tables"), TABLE_KEYS),
        (_t("Lists with tick boxes"), CHECKLIST_KEYS),
        (_t("The room window"), ROOM_WINDOW_KEYS),
        (_t("What the phones sent"), ROOM_QUEUE_KEYS),
        (_t("The export dialog"), EXPORT_DIALOG_KEYS),
        (_t("This guide"), GUIDE_KEYS),
        (_t("The method library"), METHOD_LIBRARY_KEYS),
        (_t("Buttons and captions"), MNEMONIC_KEYS),
    ):
        parts.append(f"<h3>{escape(title)}</h3>{key_table(panel_key_rows(keys))}")
    parts.append(f"<h3>{escape(_t('In each exercise'))}</h3>")
    for kind in all_kinds():
        keys = exercise_keys(kind)
        if keys:
            link = f"<a href='guide:{section_key(kind.key)}'>{escape(kind.label)}</a>"
            parts.append(f"<h4>{link}</h4>{key_table(panel_key_rows(keys))}")
    return GuideSection(SHORTCUTS, _t("Start here"), _t("Keyboard shortcuts"), "".join(parts))


# ---------------------------------------------------------------- running a meeting
def _meeting(
    key: str, title: str, paragraphs: Sequence[str], points: Sequence[str]
) -> GuideSection:
    html = "".join(_para(p) for p in paragraphs) + (_list(points) if points else "")
    return GuideSection(f"meeting/{key}", _t("Running a meeting"), title, html)


def meeting_sections(window_keys: Sequence[KeyGroup]) -> list[GuideSection]:
    """How to run a meeting with the app: agenda, timer, visibility, projector, exports,
    backups. The projector's keys come from the window's menus."""
    room_rows = next((g.rows for g in window_keys if g.key == ROOM_KEYS), ())
    projector = _meeting(
        "projector",
        _t("The projector"),
        [
            _t(
                "The room window shows the current block to the room, in large type, on the "
                "largest screen that is not yours. Beside your capture box, a small picture "
                "shows exactly what the room sees, and a line says it in words."
            ),
            _t(
                "The room never sees internal items, facilitator notes or results you keep "
                "hidden. Blank the screen or show the holding slide during breaks and "
                "side conversations; freeze it while you tidy up a list."
            ),
        ],
        [
            _t("View → Room view → Room theme: light, dark or high contrast for the hall."),
            _t("View → Room view → Room screen: choose the projector when it is not found."),
            _t("A long list goes over several pages: turn them for the room with the keys."),
        ],
    )
    if room_rows:
        projector = GuideSection(
            projector.key, projector.group, projector.title, projector.html + key_table(room_rows)
        )
    return [
        _meeting(
            "agenda",
            _t("Preparing the agenda"),
            [
                _t(
                    "A workshop is a list of blocks, each one exercise with a timebox. Start a "
                    "new workshop from a template (File → New workshop), then adjust it: Add "
                    "block inserts an exercise after the current one, Add from template appends "
                    "a template's blocks, Up and Down reorder, Remove deletes a block."
                ),
                _t(
                    "Write each block's prompt: it is the question the room sees. The guidance "
                    "under the prompt reminds you how to run the exercise; the Guide button "
                    "beside it (Shift+F1) opens its section of this guide."
                ),
            ],
            [
                _t("Plan the exercises that need the partners' decision while most are there."),
                _t("Leave ten minutes for the wrap-up."),
            ],
        ),
        _meeting(
            "timer",
            _t("Keeping time"),
            [
                _t(
                    "The bar at the top shows the current block, its timer and the meeting's "
                    "plan. Ctrl+Space starts and pauses the block timer, Ctrl+Shift+Space sets "
                    "it back to zero. Ctrl+PgDown and Ctrl+PgUp move to the next and previous "
                    "block, and the room follows."
                ),
                _t(
                    "A block past its timebox says “over time” in the agenda; the bar says in "
                    "words when the meeting runs behind its plan. Then decide with the room what "
                    "to shorten, rather than rushing the last blocks."
                ),
            ],
            [],
        ),
        _meeting(
            "visibility",
            _t("Capturing and visibility"),
            [
                _t(
                    "Type in the capture box and press Enter: the item is saved at once. Every "
                    "item says who may see it: Public (anyone, the press included), Partners "
                    "(the partner organisations: the usual choice), or Internal (only the "
                    "facilitation team). F8 in a capture box changes it for what you capture "
                    "next."
                ),
                _t(
                    "Internal items never reach the projector, nor a public or partners export. "
                    "Public records laws may make notes public: mark what must not be public "
                    "before it is exported."
                ),
            ],
            [
                _t("Ctrl+Shift+D records a decision, Ctrl+Shift+A an action with owner and date."),
                _t("Ctrl+Shift+P parks a topic; Ctrl+Shift+F writes a note only you see."),
                _t(
                    "An action's Status cell (F2) marks it in progress, done or dropped; "
                    "Workshop → Actions across meetings (Ctrl+Shift+K) follows up every action "
                    "of the collaboration, and File → Collaboration report shows what is still "
                    "open."
                ),
                _t("Ctrl+L brings the cursor back to the capture box."),
                _t("Ctrl+Z undoes the last change, Ctrl+Shift+Z redoes it."),
            ],
        ),
        projector,
        _meeting(
            "phones",
            _t("Phones in the room"),
            [
                _t(
                    "The room can answer from their own phones, with no internet: your laptop "
                    "serves a small page over the hall's Wi-Fi, or over your laptop's own "
                    "hotspot when the venue's Wi-Fi keeps its guests apart. View → Phones in "
                    "the room → Open to the room's phones (Ctrl+Shift+O) shows the address and "
                    "a six-letter code on every slide, and a QR code on the holding slide "
                    "(Shift+F6). Save join cards to print puts them on the tables."
                ),
                _t(
                    "Nobody is asked for a name, and nothing about a phone is kept. What the "
                    "phones send waits in “From the room” beside your lists: nobody sees it, "
                    "the projector included, until you accept it. Alt+4 goes there: Enter "
                    "accepts, F2 lets you tidy the words first, M merges it into an item "
                    "already there, Delete rejects it. Ctrl+Z undoes each. A phone can also park "
                    "a topic for later: it waits as “For later” and goes to the parking lot."
                ),
                _t(
                    "For a quick round where every idea should be seen at once, Ctrl+Shift+L "
                    "(this block only) shows what phones send on the projector as it arrives; "
                    "the phones are told so before anyone types. Delete an item that should not "
                    "stay; Ctrl+Shift+L again and ideas wait for you once more."
                ),
                _t(
                    "Ratings (the trust check-in), whether each fact is agreed, disputed or "
                    "needs data, and votes on indicators (fist-to-five, gradients of agreement, "
                    "dot votes within each phone's budget) from phones go straight into the "
                    "tallies, beside what you type by hand; the room view "
                    "and the summary say how many came from each. In a vote a phone may say "
                    "which partner it is with, so the dissent flag sees a sector that disagrees."
                ),
                _t(
                    "The phones follow you from block to block. A new join code puts everyone "
                    "out at once (they join again with the new one); closing the workshop or "
                    "the app closes the room to phones."
                ),
            ],
            [
                _t("Say the code out loud as well: not everyone can read the screen."),
                _t(
                    "Windows and macOS ask once whether to let the app use the network: allow it "
                    "on private networks."
                ),
            ],
        ),
        _meeting(
            "exports",
            _t("Exports and printing"),
            [
                _t(
                    "Ctrl+E exports or prints the summary of the open workshop, at any moment, "
                    "also mid-meeting. Choose who it is for first: partners, the public, or the "
                    "facilitation team. The dialog says what will be left out and shows a "
                    "preview; nothing an audience may not see is in its file."
                ),
                _t(
                    "Formats: PDF and Word for reading and printing, HTML for a web page, "
                    "Markdown for plain text, CSV tables for spreadsheets, JSON for another copy "
                    "of the app. The paper follows your country (Letter in the United States "
                    "and Canada, A4 elsewhere) until you choose another one."
                ),
                _t(
                    "Ctrl+I (File → Import a workshop…) brings in a JSON file from another copy "
                    "of the app. Before anything is written it says whether the workshop is new "
                    "here, an update of one you have, or already here; into which collaboration "
                    "it goes; which partners it matched; and what the file left out for its "
                    "audience. A file that cannot be imported says why in one sentence and "
                    "changes nothing. To take a new workshop back, delete it on the home screen."
                ),
            ],
            [],
        ),
        _meeting(
            "backups",
            _t("Backups and safety"),
            [
                _t(
                    "Everything you type is on disk before the next key is handled: a crash or a "
                    "power cut loses nothing you saw saved."
                ),
                _t(
                    "Backups are kept in the folder “backups” beside the database: one every few "
                    "minutes while you work, one when you close a workshop and one when you quit; "
                    "the last twenty are kept. File → Back up now makes one at once; File → "
                    "Restore a backup… puts an earlier one back, keeping the current file aside."
                ),
            ],
            [_t("Copy the database and its backups folder to a USB stick after each meeting.")],
        ),
    ]


# ---------------------------------------------------------------- exercises
def exercise_section(kind: ExerciseKind) -> GuideSection:
    """``kind``'s purpose, steps, tips, pitfalls and keys."""
    guide = kind.guide.translated() if kind.guide is not None else None
    parts = [f"<p><i>{escape(kind.guidance_text)}</i></p>"]
    if guide is not None:
        parts += [
            f"<h3>{escape(_t('What it is for'))}</h3>{_para(guide.purpose)}",
            f"<h3>{escape(_t('Steps'))}</h3>{_list(guide.steps, ordered=True)}",
            f"<h3>{escape(_t('Tips'))}</h3>{_list(guide.tips)}",
            f"<h3>{escape(_t('Pitfalls'))}</h3>{_list(guide.pitfalls)}",
        ]
    keys = exercise_keys(kind)
    if keys:
        parts.append(f"<h3>{escape(_t('Keys'))}</h3>{key_table(panel_key_rows(keys))}")
    group = tr("Exercises", FAMILIES.get(kind.family, kind.family))
    return GuideSection(section_key(kind.key), group, kind.label, "".join(parts))


def guide_sections(window_keys: Sequence[KeyGroup]) -> list[GuideSection]:
    """The whole guide, in reading order."""
    return [
        shortcuts_section(window_keys),
        *meeting_sections(window_keys),
        *(exercise_section(kind) for kind in all_kinds()),
    ]
