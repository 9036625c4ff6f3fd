"""The one kit every exercise panel is built from: columns, the capture list that completes
new items, labelled layouts, partner check lists, the live partner choices.

Panels build no domain edits of their own beyond calling the edit builders of their
exercise and the session; these helpers only arrange widgets and columns.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...domain import edits
from ...domain.records import Block, Item, Partner, Workshop, touched
from ...domain.visibility import Audience, audience_view
from ...i18n import tr
from ..capture_panel import ExercisePanel, ItemListWidget
from ..fit import fit_list, fitter
from ..form_dialog import buddy_label
from ..items_model import Column
from ..key_help import PanelKey, install_shortcut
from ..session import Session


def choice_column(
    title: str, key: str, choices: Sequence[tuple[str, str]], context: str | None = None
) -> Column:
    """A column editing ``fields[key]`` with a combo box of ``(value, label)`` choices.

    With ``context`` the labels are an exercise's English words, translated in that
    context; without, they are already the words to show.
    """
    shown = tuple((value, tr(context, label) if context else label) for value, label in choices)
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


def note(text: str) -> QLabel:
    """A paragraph of guidance for the facilitator, wrapped to the panel's width."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def pane(above: Sequence[QWidget], main: QWidget, *below: QWidget | QLayout) -> QWidget:
    """One part of a panel, without margins: captions ``above`` (a heading, a note),
    ``main`` taking the room, then ``below`` (buttons, counts, rows of controls)."""
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    for caption in above:
        layout.addWidget(caption)
    layout.addWidget(main, 1)
    for part in below:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return widget


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


def show_results_state(
    hidden: QCheckBox, reveal: QPushButton, block: Block, hide_again: str, reveal_now: str
) -> None:
    """Show whether ``block`` keeps its results from the room (``hidden``, changed without
    a signal) and offer to reveal them, or hide them again, while it does."""
    with QSignalBlocker(hidden):
        hidden.setChecked(bool(block.settings.get("results_hidden", False)))
    reveal.setEnabled(hidden.isChecked())
    reveal.setText(hide_again if block.settings.get("revealed", False) else reveal_now)


def toggle_agreed(session: Session, chosen: Sequence[Item]) -> None:
    """Mark ``chosen`` agreed by the room or, when every one of them is already, not
    agreed: one undoable step (working agreements, data commitments)."""
    if not chosen:
        return
    agree = not all(i.fields.get("agreed") for i in chosen)
    description = tr("Panels", "Mark agreed") if agree else tr("Panels", "Mark not agreed")
    session.apply(edits.set_fields(description, list(chosen), agreed=agree))


class FieldsItemList(ItemListWidget):
    """An :class:`ItemListWidget` whose new items get more than their text.

    ``partners``: a combo next to the capture box choosing the partner of the next item
    (``partner_label`` names it); ``extra_fields``: fields every new item starts with;
    ``complete(item)``: the item to save (with fields or a partner the panel adds) or None
    after telling the facilitator (``session.error``) why it cannot be saved.
    """

    def __init__(
        self,
        *args: Any,
        partner_label: str = "",
        partners: Callable[[], Sequence[Partner]] | None = None,
        extra_fields: Callable[[], dict[str, Any]] | None = None,
        complete: Callable[[Item], Item | None] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._extra_fields = extra_fields
        self._complete = complete
        self._partners = partners
        self.partner_choice: QComboBox | None = None
        if partners is not None:
            self.partner_choice = QComboBox()
            self.partner_choice.setAccessibleName(partner_label)
            self.partner_choice.setToolTip(partner_label)
            row = self.layout().itemAt(0).layout()
            row.insertWidget(0, QLabel(partner_label))
            row.insertWidget(1, self.partner_choice, 2)
            self.fill_partners()
        # Tab goes from the capture box through the extra boxes, in the order shown.
        chain = [self.capture, *self.extra.values()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def fill_partners(self) -> None:
        if self.partner_choice is None or self._partners is None:
            return
        current = self.partner_choice.currentData()
        self.partner_choice.blockSignals(True)
        self.partner_choice.clear()
        self.partner_choice.addItem(self.tr("— choose —"), "")
        for partner in self._partners():
            self.partner_choice.addItem(partner.organisation, partner.id)
        self.partner_choice.setCurrentIndex(max(self.partner_choice.findData(current), 0))
        self.partner_choice.blockSignals(False)
        refresh_choice_delegates(self)

    def new_item(self, text: str) -> Item | None:
        item = super().new_item(text)
        if item is None:
            return None
        fields = {**(self._extra_fields() if self._extra_fields else {}), **item.fields}
        item = replace(item, fields=fields)
        if self.partner_choice is not None:
            item = replace(item, partner_id=self.partner_choice.currentData() or None)
        return self._complete(item) if self._complete is not None else item

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


def with_fields(item: Item, **values: Any) -> Item:
    return replace(item, fields={**item.fields, **values})


def collaboration_id_of(session: Session, workshop_id: str) -> str:
    workshop = session.store.get(Workshop, workshop_id)
    return workshop.collaboration_id if workshop is not None else ""


def partner_column(title: str, partners: Callable[[], Sequence[Partner]]) -> Column:
    """A column choosing the item's partner (``Item.partner_id``)."""

    def name(item: Item) -> str:
        return next((p.organisation for p in partners() if p.id == item.partner_id), "")

    # Choices are read when the editor opens, so partners added mid-meeting appear.
    return LiveChoiceColumn(
        title,
        name,
        lambda i, v: touched(i, partner_id=v or None),
        (("", "—"),),
        value=lambda i: i.partner_id or "",
        live_choices=lambda: (("", "—"), *((p.id, p.organisation) for p in partners())),
    )


@dataclass(frozen=True)
class LiveChoiceColumn(Column):
    """A choice column whose choices change (partners of the collaboration)."""

    live_choices: Callable[[], tuple[tuple[str, str], ...]] | None = None


def refresh_choice_delegates(widget: ItemListWidget) -> None:
    """Give partner columns' combo editors the current partner list."""
    for n, column in enumerate(widget.model.columns):
        live = getattr(column, "live_choices", None)
        delegate = widget.table.itemDelegateForColumn(n)
        if live is not None and delegate is not None and hasattr(delegate, "choices"):
            delegate.choices = list(live())


def optional(column: Column, priority: int = 2) -> Column:
    """``column``, left out of a narrow table (priority 2, or 3 for the least needed)
    and shown in the form of the selected row instead (:class:`HiddenFieldsForm`)."""
    return replace(column, priority=priority)


class HiddenFieldsForm(QWidget):
    """The fields of the selected row that a narrow table leaves out (columns of
    priority 2 and 3, see ``ui/fit.py``), to read and edit here: nothing is out of
    reach on a small screen. Hidden while the table shows every column."""

    def __init__(self, items: ItemListWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items = items
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.columns: list[int] = []
        self.editors: dict[int, QWidget] = {}
        fitter(items.table).hidden_changed.connect(self.show_columns)
        items.table.selectionModel().currentRowChanged.connect(lambda *_: self.refresh())
        items.model.dataChanged.connect(lambda *_: self.refresh())
        items.model.modelReset.connect(self.refresh)
        self.show_columns(fitter(items.table).left_out)

    def show_columns(self, columns: list[int]) -> None:
        """Build an editor for each of ``columns`` (the ones the table left out)."""
        while self.form.rowCount():
            self.form.removeRow(0)
        self.columns, self.editors = list(columns), {}
        model = self.items.model
        for c in self.columns:
            column = model.columns[c]
            if column.set is None:
                editor: QWidget = QLabel()
            elif column.choices or hasattr(column, "live_choices"):
                editor = QComboBox()
                editor.activated.connect(lambda _n, c=c: self._save(c))
            else:
                editor = QLineEdit()
                editor.editingFinished.connect(lambda c=c: self._save(c))
            editor.setAccessibleName(column.title)
            label = QLabel(column.title + ":")
            label.setBuddy(editor)
            self.form.addRow(label, editor)
            self.editors[c] = editor
        self.setVisible(bool(self.columns))
        self.refresh()

    def _row(self) -> int:
        index = self.items.table.currentIndex()
        return index.row() if index.isValid() else -1

    def refresh(self) -> None:
        row = self._row()
        model = self.items.model
        for c, editor in self.editors.items():
            editor.setEnabled(row >= 0)
            if row < 0:
                continue
            index = model.index(row, c)
            column = model.columns[c]
            if isinstance(editor, QComboBox):
                choices = (
                    column.live_choices() if hasattr(column, "live_choices") else column.choices
                )
                editor.blockSignals(True)
                editor.clear()
                for value, label in choices:
                    editor.addItem(label, value)
                editor.setCurrentIndex(
                    max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0)
                )
                editor.blockSignals(False)
            elif isinstance(editor, QLineEdit):
                if not editor.hasFocus():
                    editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            else:
                editor.setText(str(index.data() or ""))

    def _save(self, column: int) -> None:
        row = self._row()
        if row < 0:
            return
        editor = self.editors[column]
        value = editor.currentData() if isinstance(editor, QComboBox) else editor.text()
        self.items.model.setData(self.items.model.index(row, column), value)


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


class RowDetails(QGroupBox):
    """The box about the selected row of a capture list: the row's text (``hint`` while
    no row is selected), the fields a narrow table leaves out (:class:`HiddenFieldsForm`),
    then the panel's own widgets side by side: ``columns`` of (layout, stretch), each
    usually made by :func:`labelled`.

    ``show(item)`` fills the panel's widgets for the selected item (or None); it runs
    whenever the selection moves or the list is reloaded, and on :meth:`refresh`.
    """

    def __init__(
        self,
        title: str,
        items: FieldsItemList,
        hint: str,
        show: Callable[[Item | None], None],
        columns: Sequence[tuple[QLayout, int]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.items = items
        self.hint = hint
        self._show = show
        self.item_text = QLabel()
        self.item_text.setWordWrap(True)
        body = QVBoxLayout(self)
        body.addWidget(self.item_text)
        body.addWidget(HiddenFieldsForm(items))
        row = QHBoxLayout()
        for column, stretch in columns:
            row.addLayout(column, stretch)
        body.addLayout(row, 1)
        items.table.selectionModel().currentRowChanged.connect(self.refresh)
        items.model.modelReset.connect(self.refresh)

    def refresh(self, *args: object) -> None:
        """Show the selected row as stored now."""
        item = self.items.current_item()
        self.item_text.setText(item.text if item else self.hint)
        self._show(item)


def lay_out_list_and_details(panel: QWidget, details: RowDetails) -> None:
    """Fill ``panel`` with the capture list of ``details`` above the details of its
    selected row (:func:`detail_splitter`)."""
    layout = QVBoxLayout(panel)
    layout.addWidget(detail_splitter(details.items, details), 1)


def labelled(label: str, widget: QWidget, *more: QWidget) -> QVBoxLayout:
    """A column of the detail box: a caption (buddy of ``widget``) above its widgets."""
    column = QVBoxLayout()
    caption = buddy_label(label, widget)
    caption.setWordWrap(True)  # a longer language wraps rather than widen the box
    column.addWidget(caption)
    column.addWidget(widget, 1)
    for extra in more:
        column.addWidget(extra)
    return column


def partner_checklist(accessible_name: str) -> QListWidget:
    """A list of partners with check boxes (Space toggles the current one)."""
    widget = QListWidget()
    widget.setAccessibleName(accessible_name)
    fit_list(widget)
    return widget


def fill_checklist(
    widget: QListWidget, options: Sequence[tuple[str, str]], checked: set[str]
) -> None:
    widget.blockSignals(True)
    row = widget.currentRow()
    widget.clear()
    for value, label in options:
        entry = QListWidgetItem(label)
        entry.setData(Qt.ItemDataRole.UserRole, value)
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        entry.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
        widget.addItem(entry)
    if 0 <= row < widget.count():
        widget.setCurrentRow(row)
    widget.blockSignals(False)


def checked_values(widget: QListWidget) -> list[str]:
    return [
        widget.item(n).data(Qt.ItemDataRole.UserRole)
        for n in range(widget.count())
        if widget.item(n).checkState() == Qt.CheckState.Checked
    ]


def internal_view(session: Session, workshop_id: str):
    """The facilitator's (unfiltered) view of a workshop, as the room functions expect."""
    return audience_view(session.snapshot(workshop_id), Audience.INTERNAL)


class PartnersCache:
    """The collaboration's partners, reloaded when partners change."""

    def __init__(self, session: Session, workshop_id: str) -> None:
        self.session = session
        self.workshop_id = workshop_id
        self.partners: list[Partner] = []
        self.reload()

    def reload(self) -> None:
        snapshot = self.session.snapshot(self.workshop_id)
        self.partners = list(snapshot.partners)

    def names(self, ids: list[str]) -> str:
        by_id = {p.id: p.organisation for p in self.partners}
        return ", ".join(by_id.get(i, "?") for i in ids)
