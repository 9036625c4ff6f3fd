"""The one kit every exercise panel is built from: columns, the capture list that completes
new items, the choosers beside it, labelled layouts, the live partner choices. The box
about the selected row (``RowDetails``) and partner check lists are in :mod:`.row_details`.

Panels build no domain edits of their own beyond calling the edit builders of their
exercise and the session; these helpers only arrange widgets and columns.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, QSignalBlocker, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLayout,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain import edits
from ...domain.records import Block, Item, ItemKind, Partner, Workshop, touched
from ...domain.schema import ChoiceSet
from ...domain.visibility import Audience, audience_view
from ...i18n import tr
from ...storage.store import ChangeSet
from ..capture_panel import ExercisePanel, ItemListWidget
from ..form_dialog import note  # a panel's guidance too: kit.note
from ..items_model import Column, action_columns, action_inputs
from ..key_help import PanelKey, install_shortcut
from ..session import Session


def choice_column(title: str, choices: ChoiceSet) -> Column:
    """A column editing the choice field ``choices`` declares, with a combo box of its
    values in their words."""
    shown = tuple((value, tr(choices.context, words)) for value, words in choices)
    return words_column(title, choices.name, shown)


def words_column(title: str, key: str, choices: Sequence[tuple[str, str]]) -> Column:
    """A column editing ``fields[key]`` with a combo box of ``(value, words)`` choices,
    the words already those to show."""
    shown = tuple(choices)
    labels = dict(shown)
    return Column(
        title,
        lambda i: labels.get(str(i.fields.get(key, "")), str(i.fields.get(key, ""))),
        lambda i, v: touched(i, fields={**i.fields, key: v}),
        shown,
        value=lambda i: str(i.fields.get(key, "")),
    )


def read_only_column(title: str, get: Callable[[Item], str]) -> Column:
    return Column(title, get)


def yes_no_column(title: str, field: str, yes: str, no: str = "") -> Column:
    """A read-only column saying in words (``yes``, with its ✔, or ``no``) whether the
    item's yes-or-no ``field`` is set; a key of the panel toggles it (:func:`toggle_field`)."""
    return Column(title, lambda i: yes if i.fields.get(field) else no)


def heading(text: str, buddy: QWidget | None = None) -> QLabel:
    """A bold section label; with a buddy, its &-mnemonic focuses that widget."""
    label = QLabel(text)
    font = QFont(label.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.15)
    label.setFont(font)
    if buddy is not None:
        label.setBuddy(buddy)
    return label


def pane(above: Sequence[QWidget | QLayout], main: QWidget, *below: QWidget | QLayout) -> QWidget:
    """One part of a panel, without margins: captions ``above`` (a heading, a note, a
    row of choosers), ``main`` taking the room, then ``below`` (buttons, counts, rows of
    controls)."""
    widget = QWidget()
    lay_out_pane(widget, above, main, *below)
    return widget


def lay_out_pane(
    widget: QWidget, above: Sequence[QWidget | QLayout], main: QWidget, *below: QWidget | QLayout
) -> None:
    """Lay ``widget`` (a whole panel, or one :func:`pane` of it) out as :func:`pane` says."""
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    for part in above:
        _add(layout, part)
    layout.addWidget(main, 1)
    for part in below:
        _add(layout, part)


def _add(layout: QVBoxLayout, part: QWidget | QLayout) -> None:
    if isinstance(part, QLayout):
        layout.addLayout(part)
    else:
        layout.addWidget(part)


def live_note(accessible_name: str) -> QLabel:
    """A line the panel rewrites as its list changes (what is still missing), named for
    screen readers."""
    label = note("")
    label.setAccessibleName(accessible_name)
    return label


class ChoiceBox(QComboBox):
    """A combo box beside the capture box choosing the field ``choices`` declares for the
    next item, in its words; without the "not chosen yet" value "" unless ``unchosen``.

    A list it is a chooser of (``item_list(..., choosers=[box])``) gives every new item the
    value chosen (:meth:`give`); the field's :func:`choice_column` changes it afterwards.
    """

    def __init__(self, accessible_name: str, choices: ChoiceSet, *, unchosen: bool = True) -> None:
        super().__init__()
        self.choices = choices
        self.setAccessibleName(accessible_name)
        for value in choices.values:
            if value or unchosen:
                self.addItem(choices.label(value), value)

    def give(self, item: Item) -> Item:
        """``item`` with the value chosen ("" while none is)."""
        return with_fields(item, **{self.choices.name: self.currentData() or ""})


class PartnerBox(QComboBox):
    """A combo box beside the capture box choosing the next item's partner or, with
    ``field``, the partner that field names; as wide as the pane allows rather than as the
    longest name. :meth:`PartnersCache.chooser` makes one and keeps its partners current.

    Like a :class:`ChoiceBox`, a list it is a chooser of gives new items its choice.
    """

    def __init__(self, accessible_name: str, field: str = "") -> None:
        super().__init__()
        self.field = field
        self.setAccessibleName(accessible_name)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(12)

    def give(self, item: Item) -> Item:
        """``item`` with the partner chosen (none while none is)."""
        chosen = self.currentData() or ""
        if self.field:
            return with_fields(item, **{self.field: chosen})
        return replace(item, partner_id=chosen or None)


def offer_partners(box: QComboBox, partners: Sequence[Partner], unchosen: str) -> None:
    """Offer ``unchosen`` (value "") then ``partners`` in ``box``, keeping the partner
    chosen when it is still there (partners change mid-meeting), without signals."""
    current = box.currentData()
    with QSignalBlocker(box):
        box.clear()
        box.addItem(unchosen, "")
        for partner in partners:
            box.addItem(partner.organisation, partner.id)
        box.setCurrentIndex(max(box.findData(current), 0))


def key_button(
    text: str,
    key: PanelKey,
    on: QWidget,
    slot: Callable[[], Any],
    context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
) -> QPushButton:
    """A button doing what ``key``, installed on ``on``, does: one action, reached by
    mouse or keyboard."""
    button = QPushButton(text)
    button.setAutoDefault(False)  # Enter in a capture box never presses it
    button.clicked.connect(slot)
    install_shortcut(on, key, slot, context)
    return button


def table_key_button(
    text: str, key: PanelKey, table: QWidget, slot: Callable[[], Any]
) -> QPushButton:
    """A button doing what ``key`` does to the selected rows of ``table`` while the
    table has the focus (Space there marks a row; in the capture box it types)."""
    return key_button(text, key, table, slot, Qt.ShortcutContext.WidgetShortcut)


def show_results_state(
    hidden: QCheckBox, reveal: QPushButton, block: Block, hide_again: str, reveal_now: str
) -> None:
    """Show whether ``block`` keeps its results from the room (``hidden``, changed without
    a signal) and offer to reveal them, or hide them again, while it does."""
    with QSignalBlocker(hidden):
        hidden.setChecked(bool(block.settings.get("results_hidden", False)))
    reveal.setEnabled(hidden.isChecked())
    reveal.setText(hide_again if block.settings.get("revealed", False) else reveal_now)


def agreement_undo() -> tuple[str, str]:
    """How the undo history names marking items agreed by the room, and not agreed."""
    return tr("Panels", "Mark agreed"), tr("Panels", "Mark not agreed")


def toggle_agreed(session: Session, chosen: Sequence[Item]) -> None:
    """Mark ``chosen`` agreed by the room or, when every one of them is already, not
    agreed: one undoable step (working agreements, data commitments)."""
    toggle_field(session, chosen, "agreed", *agreement_undo())


def toggle_field(
    session: Session, chosen: Sequence[Item], field: str, set_text: str, unset_text: str
) -> None:
    """Set the yes-or-no ``field`` of every one of ``chosen`` or, when every one already
    has it, clear it: one undoable step described by ``set_text`` or ``unset_text``."""
    if not chosen:
        return
    value = not all(i.fields.get(field) for i in chosen)
    session.apply(
        edits.set_fields(set_text if value else unset_text, list(chosen), **{field: value})
    )


class FieldsItemList(ItemListWidget):
    """An :class:`ItemListWidget` whose new items get more than their text.

    ``extra_fields``: fields every new item starts with; ``choosers``: the panel's
    :class:`ChoiceBox` and :class:`PartnerBox` boxes, whose choices every new item takes;
    ``complete(item)``: the item to save (with fields or a partner the panel adds) or None
    after telling the facilitator (``session.error``) why it cannot be saved.
    """

    def __init__(
        self,
        *args: Any,
        extra_fields: Callable[[], dict[str, Any]] | None = None,
        choosers: Sequence[ChoiceBox | PartnerBox] = (),
        complete: Callable[[Item], Item | None] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._extra_fields = extra_fields
        self._choosers = tuple(choosers)
        self._complete = complete
        # Tab goes from the capture box through the extra boxes, in the order shown.
        chain = [self.capture, *self.extra.values()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def new_item(self, text: str) -> Item | None:
        item = super().new_item(text)
        if item is None:
            return None
        fields = {**(self._extra_fields() if self._extra_fields else {}), **item.fields}
        item = replace(item, fields=fields)
        for chooser in self._choosers:
            item = chooser.give(item)
        return self._complete(item) if self._complete is not None else item

    def selected_or_say(self, message: str) -> list[Item]:
        """The selected items; none after telling the facilitator ``message`` (what to
        select first)."""
        chosen = self.selected_items()
        if not chosen:
            self.session.error.emit(message)
        return chosen

    def current_item(self) -> Item | None:
        """The item of the current row, as stored now."""
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.item_at(index.row())

    def refresh_all_rows(self) -> None:
        """Redraw computed columns (they depend on other records than the row's own)."""
        if self.model.rowCount():
            self.model.dataChanged.emit(
                self.model.index(0, 0),
                self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1),
            )


def item_list(panel: ExercisePanel, kind: str, **options: Any) -> FieldsItemList:
    """The capture list of ``kind`` items of ``panel``'s block, a child of the panel.

    ``options`` are the list's: columns, placeholder, extra inputs, partners...
    """
    return FieldsItemList(
        panel.session, panel.workshop_id, panel.block.id, kind, parent=panel, **options
    )


def action_list(panel: ExercisePanel, title: str, **options: Any) -> FieldsItemList:
    """A capture list of the workshop's action items in ``panel``: what is to be done
    (its column titled ``title``), with the owner and due date typed beside it, and the
    status; ``options`` as :func:`item_list`'s."""
    return item_list(
        panel,
        ItemKind.ACTION.value,
        columns=action_columns(title),
        extra_inputs=action_inputs(),
        **options,
    )


def with_fields(item: Item, **values: Any) -> Item:
    return replace(item, fields={**item.fields, **values})


def collaboration_id_of(session: Session, workshop_id: str) -> str:
    workshop = session.store.get(Workshop, workshop_id)
    return workshop.collaboration_id if workshop is not None else ""


def partner_column(
    title: str, partners: Callable[[], Sequence[Partner]], field: str = ""
) -> Column:
    """A column choosing the item's partner (``Item.partner_id``) or, with ``field``, the
    partner that field of the item names."""

    def chosen(item: Item) -> str:
        return str(item.fields.get(field, "")) if field else item.partner_id or ""

    def choose(item: Item, value: str) -> Item:
        if field:
            return touched(item, fields={**item.fields, field: value})
        return touched(item, partner_id=value or None)

    def name(item: Item) -> str:
        wanted = chosen(item)
        return next((p.organisation for p in partners() if p.id == wanted), "")

    # Choices are read when the editor opens, so partners added mid-meeting appear.
    return Column(
        title,
        name,
        choose,
        value=chosen,
        live_choices=lambda: (("", "—"), *((p.id, p.organisation) for p in partners())),
    )


def optional(column: Column, priority: int = 2) -> Column:
    """``column``, left out of a narrow table (priority 2, or 3 for the least needed)
    and shown in the form of the selected row instead (:class:`HiddenFieldsForm`)."""
    return replace(column, priority=priority)


class ResponsiveSplitter(QSplitter):
    """Panes side by side while each gets ``column_width`` pixels, one above the other
    when the pane is narrower (a laptop with the side lists shown): never sideways."""

    def __init__(self, column_width: int = 280, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.column_width = column_width
        self.setChildrenCollapsible(False)

    def resizeEvent(self, event) -> None:
        wanted = (
            Qt.Orientation.Horizontal
            if event.size().width() >= self.count() * self.column_width
            else Qt.Orientation.Vertical
        )
        if wanted != self.orientation():
            self.setOrientation(wanted)
            self.setSizes([1] * self.count())  # equal shares in the new direction
        super().resizeEvent(event)


def detail_splitter(main: QWidget, detail: QWidget) -> QSplitter:
    """The list above, the details of its current row below (full width for both)."""
    splitter = QSplitter(Qt.Orientation.Vertical)
    # The list keeps room for its capture box and about five rows however tall the
    # details are: the panel scrolls down rather than squeezing the list to one row.
    main.setMinimumHeight(max(main.minimumSizeHint().height(), 280))
    splitter.setChildrenCollapsible(False)
    splitter.addWidget(main)
    splitter.addWidget(detail)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    return splitter


def internal_view(session: Session, workshop_id: str):
    """The facilitator's (unfiltered) view of a workshop, as the room functions expect."""
    return audience_view(session.snapshot(workshop_id), Audience.INTERNAL)


class PartnersCache(QObject):
    """The partners of ``panel``'s collaboration, read again when partners change (before
    the panel hears of the change: the cache listens first), and the partner boxes that
    offer them (:meth:`chooser`)."""

    def __init__(self, panel: ExercisePanel) -> None:
        super().__init__(panel)
        self.session = panel.session
        self.workshop_id = panel.workshop_id
        self.partners: list[Partner] = []
        self._boxes: list[tuple[PartnerBox, str]] = []
        self.reload()
        self.session.changed.connect(self._on_changed)

    def reload(self) -> None:
        snapshot = self.session.snapshot(self.workshop_id)
        self.partners = list(snapshot.partners)

    def _on_changed(self, changes: ChangeSet) -> None:
        if "partners" in changes.tables:
            self.reload()
            for box, unchosen in self._boxes:
                offer_partners(box, self.partners, unchosen)

    def column(self, title: str, field: str = "") -> Column:
        """A column choosing the item's partner (or the partner its ``field`` names)
        among these partners."""
        return partner_column(title, lambda: self.partners, field)

    def chooser(self, accessible_name: str, unchosen: str, field: str = "") -> PartnerBox:
        """A :class:`PartnerBox` choosing the next item's partner (or the partner its
        ``field`` names): ``unchosen``, then these partners, now and whenever they change."""
        box = PartnerBox(accessible_name, field)
        self._boxes.append((box, unchosen))
        offer_partners(box, self.partners, unchosen)
        return box

    def names(self, ids: list[str]) -> str:
        by_id = {p.id: p.organisation for p in self.partners}
        return ", ".join(by_id.get(i, "?") for i in ids)
