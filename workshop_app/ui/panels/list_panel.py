"""Panels made of capture lists that are declared rather than built.

A :class:`ListPanel` says what its list is (:class:`Declared`, from
:meth:`ListPanel.declare`): the kind of item, its columns, what the capture box asks for
and the guidance above it. This base builds the list, lays the panel out and puts the
focus in the capture box. A declared column may bring more than a column, so that a
field is declared once however many controls it takes:

- :class:`Choose` and :class:`ChoosePartner`: a field chosen beside the capture box for
  the next item (its box and caption above the list), changed afterwards in its column;
- :class:`Typed`: fields typed after Tab, in boxes beside the capture box, then shown in
  their columns;
- :class:`Toggle`: a yes-or-no field every new item starts without, shown in words,
  which a key (and its button under the list) sets on the selected items or clears;
  :func:`agreement` is the room's agreement to a proposal.

Under the list go the buttons it declares and a line saying what is still missing
(``Declared.missing``); under those, sharing the height, either the workshop's action
items the exercise makes (:class:`ActionsBelow`: invitations, open questions) or what
:meth:`ListPanel.lower` gives (the box about the selected row). A panel of several lists
side by side builds each with :meth:`ListPanel.declared_pane`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLayout, QPushButton, QWidget

from ...domain.records import Item
from ...domain.schema import ChoiceSet
from ...i18n import tr
from ..capture_panel import ExercisePanel
from ..form_dialog import fields_row, note
from ..items_model import Column, field_columns
from ..key_help import PanelKey
from .kit import (
    ChoiceBox,
    FieldsItemList,
    PartnersCache,
    action_list,
    agreement_undo,
    choice_column,
    detail_splitter,
    heading,
    item_list,
    key_button,
    lay_out_pane,
    live_note,
    optional,
    pane,
    toggle_field,
    yes_no_column,
)


@dataclass
class _Parts:
    """What the declared columns add up to, gathered before the list is made."""

    columns: list[Column] = field(default_factory=list)
    choosers: list[tuple[str, QComboBox, int]] = field(default_factory=list)
    inputs: list[tuple[str, str]] = field(default_factory=list)
    starts_with: dict[str, Any] = field(default_factory=dict)
    buttons: list[QPushButton] = field(default_factory=list)
    #: Where the list's keys work (the panel, or the pane the list is in).
    owner: QWidget | None = None
    #: The list, once made (the buttons act on it).
    list: FieldsItemList | None = None


@dataclass(frozen=True)
class Choose:
    """The choice field ``choices`` declares: a box captioned ``caption`` gives each new
    item its value; the column ``title`` changes it. The box is named for screen readers
    ``name``, or else as its column. Without the "not chosen yet" value unless
    ``unchosen``."""

    title: str
    caption: str
    choices: ChoiceSet
    name: str = ""
    unchosen: bool = True
    stretch: int = 1

    def add_to(self, parts: _Parts, panel: ListPanel) -> None:
        box = ChoiceBox(self.name or self.title, self.choices, unchosen=self.unchosen)
        panel.boxes[self.choices.name] = box
        parts.columns.append(choice_column(self.title, self.choices))
        parts.choosers.append((self.caption, box, self.stretch))


@dataclass(frozen=True)
class ChoosePartner:
    """A partner of the collaboration, chosen as :class:`Choose` chooses: the item's own
    partner or, with ``field``, the partner that field names; ``none`` is the words for
    no partner chosen (by default "— choose —")."""

    title: str
    caption: str
    name: str = ""
    none: str = ""
    field: str = ""
    stretch: int = 1

    def add_to(self, parts: _Parts, panel: ListPanel) -> None:
        none = self.none or tr("Panels", "— choose —")
        box = panel.partners.chooser(self.name or self.title, none, self.field)
        panel.boxes[self.field or "partner"] = box
        parts.columns.append(panel.partners.column(self.title, self.field))
        parts.choosers.append((self.caption, box, self.stretch))


@dataclass(frozen=True)
class Typed:
    """Fields typed after Tab, each ``(field, words)`` a box beside the capture box and a
    column titled ``words``; with ``priority``, columns a narrow table leaves out
    (:func:`kit.optional`); with ``asks``, what each box shows while empty, when that is
    more than its column's title."""

    fields: Sequence[tuple[str, str]]
    priority: int = 0
    asks: Sequence[str] = ()

    def add_to(self, parts: _Parts, panel: ListPanel) -> None:
        asks = self.asks or [words for _, words in self.fields]
        parts.inputs += [(key, ask) for (key, _), ask in zip(self.fields, asks, strict=True)]
        columns = field_columns(self.fields)
        parts.columns += [optional(c, self.priority) for c in columns] if self.priority else columns


@dataclass(frozen=True)
class Toggle:
    """The yes-or-no ``field``: new items start without it; the column ``title`` says
    ``yes`` or ``no``; ``key`` and the button ``button`` set it on the selected items or,
    when every one has it, clear it, in one undoable step named by ``undo`` (set, clear).
    With nothing selected, the facilitator is told ``select_first``."""

    title: str
    field: str
    yes: str
    no: str
    key: PanelKey
    button: str
    undo: tuple[str, str]
    select_first: str

    def add_to(self, parts: _Parts, panel: ListPanel) -> None:
        parts.starts_with[self.field] = False
        parts.columns.append(yes_no_column(self.title, self.field, self.yes, self.no))
        parts.buttons.append(
            key_button(self.button, self.key, parts.owner, lambda: self.apply(panel, parts.list))
        )

    def apply(self, panel: ExercisePanel, items: FieldsItemList) -> None:
        """Set the field on the selected ``items``, or clear it (see above)."""
        chosen = items.selected_or_say(self.select_first)
        toggle_field(panel.session, chosen, self.field, *self.undo)


def agreement(key: PanelKey, button: str, select_first: str) -> Toggle:
    """The room's agreement to a proposal (a working agreement, a governance point): the
    field ``agreed``, "✔ Agreed" or "Proposed" in the words every such list shares. (A
    list whose items take other words in a language, as a question does, says its own.)"""
    return Toggle(
        tr("Panels", "Agreed?"),
        "agreed",
        tr("Panels", "✔ Agreed"),
        tr("Panels", "Proposed"),
        key,
        button,
        agreement_undo(),
        select_first,
    )


@dataclass(frozen=True)
class ActionsBelow:
    """The workshop's action items this exercise makes, listed under its own list with
    ``heading`` (its &-mnemonic goes to the capture box): what is to be done titled
    ``title``, with its owner and due date; ``complete`` as :class:`Declared`'s."""

    heading: str
    title: str
    placeholder: str
    complete: Callable[[Item], Item | None] | None = None


Declaration = Column | Choose | ChoosePartner | Typed | Toggle


@dataclass(frozen=True)
class Declared:
    """A :class:`ListPanel`'s list: ``kind`` items in ``columns`` (in table order),
    captured in a box showing ``placeholder``, under ``guidance`` (or a bold ``heading``
    whose &-mnemonic goes to the capture box).

    ``starts_with``: fields every new item starts with; ``complete(item)``: the item to
    save, or None after telling the facilitator why not; ``buttons``: ``(words, key,
    slot)``, each a button under the list doing what its key does; ``below``: what comes
    under the list after them (a row of buttons); ``missing``: ``(name, says)``, a line
    under them saying what is still missing among the list's items (``says(items)``, read
    again after every change), named ``name`` for screen readers."""

    kind: str
    columns: Sequence[Declaration]
    placeholder: str
    guidance: str = ""
    heading: str = ""
    starts_with: Mapping[str, Any] = field(default_factory=dict)
    complete: Callable[[Item], Item | None] | None = None
    buttons: Sequence[tuple[str, PanelKey, Callable[[], Any]]] = ()
    below: Sequence[QWidget | QLayout] = ()
    missing: tuple[str, Callable[[Sequence[Item]], str]] | None = None
    actions: ActionsBelow | None = None


class ListPanel(ExercisePanel):
    """A panel that is one capture list (``list``) declared by :meth:`declare`, with the
    action items it makes (``actions``) when it declares them or what :meth:`lower` puts
    under it, and the boxes its :class:`Choose` columns made (``boxes``, by field; a
    partner's is ``"partner"``).

    A panel of several lists side by side (hopes, concerns and working agreements) builds
    each of them with :meth:`declared_pane` in its own ``build``, which calls
    :meth:`begin` first."""

    list: FieldsItemList
    actions: FieldsItemList | None = None
    missing: QLabel

    def declare(self) -> Declared:
        """The panel's list (``session``, ``block`` and ``workshop_id`` are set)."""
        raise NotImplementedError

    def built(self) -> None:
        """Called once the list is made and laid out: connect what follows it."""

    @property
    def partners(self) -> PartnersCache:
        """The partners of the collaboration, kept current, read again before the panel
        hears that they changed."""
        return self._partners_cache

    def begin(self) -> None:
        """What every declared list of the panel needs, made before any of them."""
        self.boxes: dict[str, QComboBox] = {}
        # Made first, so that it hears of a change of partners before the panel does.
        self._partners_cache = PartnersCache(self)

    def build(self) -> None:
        self.begin()
        declared = self.declare()
        self.list, above, below = self._make(declared, self)
        lower = self._actions_pane(declared.actions) if declared.actions else self.lower()
        if lower is None:
            lay_out_pane(self, above, self.list, *below)
        else:
            lay_out_pane(self, [], detail_splitter(pane(above, self.list, *below), lower))
        self.built()

    def declared_pane(self, declared: Declared) -> tuple[FieldsItemList, QWidget]:
        """A list declared as :meth:`declare` declares the panel's, laid out in a pane of
        its own, whose keys work within it: one of the panel's several lists."""
        widget = QWidget()
        items, above, below = self._make(declared, widget)
        lay_out_pane(widget, above, items, *below)
        return items, widget

    def _make(
        self, declared: Declared, owner: QWidget
    ) -> tuple[FieldsItemList, list[QWidget | QLayout], list[QWidget | QLayout]]:
        """The list ``declared`` and what goes above and below it; keys on ``owner``."""
        parts = _Parts(owner=owner)
        for column in declared.columns:
            if isinstance(column, Column):
                parts.columns.append(column)
            else:
                column.add_to(parts, self)
        starts_with = {**declared.starts_with, **parts.starts_with}
        items = parts.list = item_list(
            self,
            declared.kind,
            columns=parts.columns,
            placeholder=declared.placeholder,
            extra_inputs=parts.inputs,
            extra_fields=lambda: dict(starts_with),
            choosers=[box for _, box, _ in parts.choosers],
            complete=declared.complete,
        )
        above: list[QWidget | QLayout] = []
        if declared.heading:
            above.append(heading(declared.heading, items.capture))
        if declared.guidance:
            above.append(note(declared.guidance))
        if parts.choosers:
            above.append(fields_row(*parts.choosers))  # chosen first, as guidance reads
        buttons = [key_button(words, key, owner, slot) for words, key, slot in declared.buttons]
        below: list[QWidget | QLayout] = [*parts.buttons, *buttons, *declared.below]
        if declared.missing is not None:
            name, self._says_missing = declared.missing
            self.missing = live_note(name)
            self._missing_in = items
            # A method, not a lambda: Qt lets go of it when the panel is deleted.
            self.session.changed.connect(self._say_missing)
            self._say_missing()
            below.append(self.missing)
        return items, above, below

    def _say_missing(self, *_changes: object) -> None:
        self.missing.setText(self._says_missing(self._missing_in.model.rows))

    def lower(self) -> QWidget | None:
        """What goes under the list, the two sharing the height (the box about the
        selected row, :class:`~.row_details.RowDetails`); called once the list is made."""
        return None

    def _actions_pane(self, actions: ActionsBelow) -> QWidget:
        self.actions = action_list(
            self, actions.title, placeholder=actions.placeholder, complete=actions.complete
        )
        return pane([heading(actions.heading, self.actions.capture)], self.actions)

    def focus_capture(self) -> None:
        self.list.capture.setFocus()
