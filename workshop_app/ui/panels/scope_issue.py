"""The issue tree and the problem statement, built from the keyboard."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
)

from ...domain import edits
from ...domain.records import Item, Visibility, touched
from ...exercises.scope_issue import (
    PROBLEM_STATEMENT,
    SCOPE_NODE,
    SCOPES,
    scope_label,
    scope_of,
    tree_rows,
)
from ...storage.store import ChangeSet
from ..capture_panel import ExercisePanel
from ..editable_table import CellDelegate
from ..fit import fit_columns
from ..form_dialog import choice_buttons, text_field
from ..items_model import (
    visibility_label,
)
from ..key_help import PanelKey, install_shortcut
from . import kit

_ID = Qt.ItemDataRole.UserRole


class IssueBox(QLineEdit):
    """The new-issue box: Enter adds under the selected issue, Shift+Enter beside it."""

    submitted = Signal(bool)  # True: as a sibling

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit(bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            return
        super().keyPressEvent(event)


class ScopeTree(QTreeView):
    """Keyboard: Space cycles scope, Del deletes a branch, Alt+arrows move, F2 renames,
    Insert jumps to the new-issue box, Shift+F8 cycles who may see the issue."""

    def __init__(self, panel: ScopePanel) -> None:
        super().__init__(panel)
        self.panel = panel

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        if self.state() == QAbstractItemView.State.EditingState:
            super().keyPressEvent(event)
        elif key == Qt.Key.Key_Space:
            self.panel.cycle_scope()
        elif key == Qt.Key.Key_Delete:
            self.panel.delete_selected()
        elif key == Qt.Key.Key_Insert:
            self.panel.issue_box.setFocus()
        elif key == Qt.Key.Key_F8 and mods & Qt.KeyboardModifier.ShiftModifier:
            self.panel.cycle_node_visibility()
        elif alt and key == Qt.Key.Key_Up:
            self.panel.move_selected(-1)
        elif alt and key == Qt.Key.Key_Down:
            self.panel.move_selected(1)
        elif alt and key == Qt.Key.Key_Left:
            self.panel.outdent_selected()
        elif alt and key == Qt.Key.Key_Right:
            self.panel.indent_selected()
        else:
            super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:
        """Letters do nothing here (no jumping around while the facilitator types)."""


NEXT_VISIBILITY = PanelKey("F8", "Change who may see the issues you add next")
IN_TREE, IN_BOX = "In the issue tree", "In the new-issue box"
TREE_KEYS = (
    PanelKey("Return", "Add the issue under the selected one", IN_BOX, by_widget=True),
    PanelKey("Shift+Return", "Add the issue beside the selected one", IN_BOX, by_widget=True),
    PanelKey("Space", "Change the selected issue's scope", IN_TREE, by_widget=True),
    PanelKey("F2", "Rename the selected issue", IN_TREE, by_widget=True),
    PanelKey("Del", "Remove the issue and what hangs under it", IN_TREE, by_widget=True),
    PanelKey("Alt+Up", "Move the issue up", IN_TREE, by_widget=True),
    PanelKey("Alt+Down", "Move the issue down", IN_TREE, by_widget=True),
    PanelKey("Alt+Left", "Move the issue out, beside its parent", IN_TREE, by_widget=True),
    PanelKey("Alt+Right", "Move the issue under the one above it", IN_TREE, by_widget=True),
    PanelKey("Shift+F8", "Change who may see the selected issue", IN_TREE, by_widget=True),
    PanelKey("Ins", "Go to the new-issue box", IN_TREE, by_widget=True),
)


class ScopePanel(ExercisePanel):
    """The issue tree, each node's scope, and the problem statement."""

    keys = (NEXT_VISIBILITY, *TREE_KEYS)

    def build(self) -> None:
        self.nodes: dict[str, Item] = {}
        self._rebuilding = False
        self._renaming = False

        self.issue_box = IssueBox()
        self.issue_box.setAccessibleName(self.tr("New issue"))
        self.issue_box.setPlaceholderText(
            self.tr("Issue: Enter adds it under the selected one, Shift+Enter beside it")
        )
        self.issue_box.submitted.connect(self.add_from_box)
        self.visibility = QComboBox()
        self.visibility.setAccessibleName(self.tr("Visibility of new issues"))
        self.visibility.setToolTip(self.tr("Who may see the issues you add next (F8 cycles)"))
        for v in Visibility:
            self.visibility.addItem(visibility_label(v.value), v.value)
        self.visibility.setCurrentIndex(self.visibility.findData(Visibility.PARTNERS.value))
        install_shortcut(
            self,
            NEXT_VISIBILITY,
            lambda: self.visibility.setCurrentIndex(
                (self.visibility.currentIndex() + 1) % self.visibility.count()
            ),
        )

        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Issue"), self.tr("Scope"), self.tr("Visibility")]
        )
        self.model.itemChanged.connect(self._renamed)
        self.tree = ScopeTree(self)
        self.tree.setModel(self.model)
        # Enter saves a renamed issue at once, before the next key (Space, Del...) acts.
        self.tree.setItemDelegate(CellDelegate(self.tree))
        self.tree.setAccessibleName(self.tr("Issue tree"))
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        fit_columns(self.tree, wrap_columns=(0,))

        scope_row = QHBoxLayout()
        scopes = [(scope, scope_label(scope)) for scope in ("in", "out", "later", "")]
        tip = self.tr("Space in the tree cycles the scope")
        choice_buttons(scope_row, self.tr("Selected issue:"), scopes, self.set_scope, tip)
        scope_row.addStretch(1)
        help_text = kit.note(
            self.tr(
                "In the tree: Space cycles the scope · F2 renames · Del removes the issue and what "
                "hangs under it · Alt+arrows move · Insert goes to the new-issue box"
            )
        )

        self.statement = text_field(
            self.tr("Problem statement"), self.tr("One sentence the room agrees to; Enter saves")
        )
        self.statement.editingFinished.connect(self.save_statement)
        self.agreed = QCheckBox(self.tr("A&greed by the room"))
        self.agreed.setToolTip(self.tr("Changing the wording later clears the agreement"))
        self.agreed.toggled.connect(self.set_agreed)
        statement_row = QHBoxLayout()
        statement_row.addWidget(self.statement, 1)
        statement_row.addWidget(self.agreed)

        entry_row = QHBoxLayout()
        entry_row.addWidget(self.issue_box, 1)
        entry_row.addWidget(self.visibility)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(kit.heading(self.tr("&Problem statement"), self.statement))
        layout.addLayout(statement_row)
        layout.addWidget(kit.heading(self.tr("&Issues"), self.issue_box))
        layout.addLayout(entry_row)
        layout.addWidget(self.tree, 1)
        layout.addLayout(scope_row)
        layout.addWidget(help_text)
        self.session.changed.connect(self._on_changed)
        self.reload()

    def focus_capture(self) -> None:
        self.issue_box.setFocus()

    # ----------------------------------------------------------------- reading
    def _items(self) -> list[Item]:
        return self.session.store.items(
            self.workshop_id, self.block.id, [SCOPE_NODE, PROBLEM_STATEMENT]
        )

    def statement_item(self) -> Item | None:
        found = [i for i in self._items() if i.kind == PROBLEM_STATEMENT]
        return found[-1] if found else None

    def reload(self) -> None:
        selected = self.selected_node()
        items = self._items()
        self.nodes = {i.id: i for i in items if i.kind == SCOPE_NODE}
        self._rebuilding = True
        try:
            self.model.removeRows(0, self.model.rowCount())
            parents: dict[int, QStandardItem] = {}
            for node, depth in tree_rows(items):
                name = QStandardItem(node.text)
                name.setData(node.id, _ID)
                name.setEditable(True)
                scope = QStandardItem(scope_label(scope_of(node)))
                scope.setEditable(False)
                vis = QStandardItem(visibility_label(node.visibility))
                vis.setEditable(False)
                row = [name, scope, vis]
                if depth == 0:
                    self.model.appendRow(row)
                else:
                    parents[depth - 1].appendRow(row)
                parents[depth] = name
        finally:
            self._rebuilding = False
        self.tree.expandAll()
        if selected is not None:
            self.select_node(selected.id)
        statement = self.statement_item()
        if not self.statement.hasFocus():
            self.statement.setText(statement.text if statement else "")
        self.agreed.blockSignals(True)
        self.agreed.setChecked(bool(statement and statement.fields.get("agreed")))
        self.agreed.blockSignals(False)

    def _find(self, node_id: str, parent: QModelIndex | None = None) -> QModelIndex | None:
        parent = parent or QModelIndex()
        for row in range(self.model.rowCount(parent)):
            index = self.model.index(row, 0, parent)
            if index.data(_ID) == node_id:
                return index
            found = self._find(node_id, index)
            if found is not None:
                return found
        return None

    def select_node(self, node_id: str) -> None:
        index = self._find(node_id)
        if index is not None:
            self.tree.setCurrentIndex(index)

    def selected_node(self) -> Item | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        return self.nodes.get(index.sibling(index.row(), 0).data(_ID))

    def children_of(self, parent_id: str | None) -> list[Item]:
        return sorted(
            (n for n in self.nodes.values() if n.parent_id == parent_id),
            key=lambda n: (n.position, n.created_at),
        )

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.session.touches(changes, self.workshop_id) and "items" in changes.tables:
            if self._renaming:
                self.nodes = {i.id: i for i in self._items() if i.kind == SCOPE_NODE}
            else:
                self.reload()

    # ------------------------------------------------------------------- edits
    def add_from_box(self, as_sibling: bool) -> None:
        text = self.issue_box.text().strip()
        if not text:
            return
        selected = self.selected_node()
        if selected is None:
            parent_id, siblings, at = None, self.children_of(None), len(self.children_of(None))
        elif as_sibling:
            parent_id = selected.parent_id
            siblings = self.children_of(parent_id)
            at = siblings.index(selected) + 1
        else:
            parent_id, siblings = selected.id, self.children_of(selected.id)
            at = len(siblings)
        node = Item(
            workshop_id=self.workshop_id,
            block_id=self.block.id,
            kind=SCOPE_NODE,
            text=text,
            parent_id=parent_id,
            fields={"scope": ""},
            visibility=self.visibility.currentData(),
            position=float(at),
        )
        description = self.tr("Add issue {text!r}").format(text=text[:40])
        edit = edits.combine(
            description, [edits.add(description, node), _placed(siblings, skip=at)]
        )
        if self.session.apply(edit):
            self.issue_box.clear()
            self.select_node(node.id if as_sibling or selected is None else selected.id)

    def _renamed(self, cell: QStandardItem) -> None:
        if self._rebuilding or cell.column() != 0:
            return
        node = self.nodes.get(cell.data(_ID))
        text = cell.text().strip()
        if node is None or text == node.text:
            return
        if not text:
            self.reload()  # an empty name is refused: show the old one again
            return
        # The cell already shows the new name: rebuilding the model under the closing
        # editor would pull the index from under it, so only the record is refreshed.
        self._renaming = True
        try:
            self.session.apply(edits.update(self.tr("Rename issue"), node, text=text))
        finally:
            self._renaming = False

    def set_scope(self, scope: str) -> None:
        node = self.selected_node()
        if node is not None and scope_of(node) != scope:
            description = self.tr("{text!r}: {scope}").format(
                text=node.text[:30], scope=scope_label(scope)
            )
            self.session.apply(edits.set_fields(description, [node], scope=scope))

    def cycle_scope(self) -> None:
        node = self.selected_node()
        if node is not None:
            self.set_scope(SCOPES[(SCOPES.index(scope_of(node)) + 1) % len(SCOPES)])

    def cycle_node_visibility(self) -> None:
        node = self.selected_node()
        if node is None:
            return
        order = [v.value for v in Visibility]
        at = order.index(node.visibility) if node.visibility in order else 0
        self.session.apply(
            edits.update(
                self.tr("Change visibility"), node, visibility=order[(at + 1) % len(order)]
            )
        )

    def descendants(self, node: Item) -> list[Item]:
        out, todo = [], [node]
        while todo:
            current = todo.pop()
            kids = self.children_of(current.id)
            out += kids
            todo += kids
        return out

    def delete_selected(self) -> None:
        node = self.selected_node()
        if node is None:
            return
        branch = self.descendants(node)
        depth = {n.id: self._depth(n) for n in [node, *branch]}
        ordered = sorted([node, *branch], key=lambda n: depth[n.id], reverse=True)
        self.session.apply(
            edits.delete(self.tr("Remove issue {text!r}").format(text=node.text[:40]), *ordered)
        )

    def _depth(self, node: Item) -> int:
        d = 0
        while node.parent_id in self.nodes and d < 100:
            node = self.nodes[node.parent_id]
            d += 1
        return d

    def move_selected(self, step: int) -> None:
        node = self.selected_node()
        if node is None:
            return
        siblings = self.children_of(node.parent_id)
        at = siblings.index(node)
        to = at + step
        if not 0 <= to < len(siblings):
            return
        siblings[at], siblings[to] = siblings[to], siblings[at]
        if self.session.apply(edits.reorder(self.tr("Move issue"), siblings)):
            self.select_node(node.id)

    def outdent_selected(self) -> None:
        node = self.selected_node()
        if node is None or node.parent_id not in self.nodes:
            return
        parent = self.nodes[node.parent_id]
        siblings = [n for n in self.children_of(parent.parent_id)]
        at = siblings.index(parent) + 1
        moved = touched(node, parent_id=parent.parent_id, position=float(at))
        self._move(node, moved, siblings, at)

    def indent_selected(self) -> None:
        node = self.selected_node()
        if node is None:
            return
        siblings = self.children_of(node.parent_id)
        at = siblings.index(node)
        if at == 0:
            return
        new_parent = siblings[at - 1]
        end = len(self.children_of(new_parent.id))
        moved = touched(node, parent_id=new_parent.id, position=float(end))
        self._move(node, moved, [], end)

    def _move(self, node: Item, moved: Item, siblings: Sequence[Item], at: int) -> None:
        description = self.tr("Move issue {text!r}").format(text=node.text[:40])
        others = [s for s in siblings if s.id != node.id]
        edit = edits.combine(
            description, [edits.change(description, [(node, moved)]), _placed(others, skip=at)]
        )
        if self.session.apply(edit):
            self.select_node(node.id)

    def save_statement(self) -> None:
        text = self.statement.text().strip()
        current = self.statement_item()
        if current is None and not text:
            return
        if current is not None and current.text == text:
            return
        if current is None:
            item = Item(
                workshop_id=self.workshop_id,
                block_id=self.block.id,
                kind=PROBLEM_STATEMENT,
                text=text,
                fields={"agreed": False},
                visibility=Visibility.PUBLIC.value,
            )
            self.session.apply(edits.add(self.tr("Write the problem statement"), item))
        else:
            # New wording: the room has not agreed to it yet.
            self.session.apply(
                edits.update(
                    self.tr("Edit the problem statement"),
                    current,
                    text=text,
                    fields={**current.fields, "agreed": False},
                )
            )

    def set_agreed(self, agreed: bool) -> None:
        self.save_statement()
        current = self.statement_item()
        if current is None:
            self.agreed.blockSignals(True)
            self.agreed.setChecked(False)
            self.agreed.blockSignals(False)
            self.session.error.emit(
                self.tr("Write the problem statement before marking it agreed.")
            )
            return
        if bool(current.fields.get("agreed")) != agreed:
            description = (
                self.tr("Problem statement agreed")
                if agreed
                else self.tr("Problem statement not agreed")
            )
            self.session.apply(edits.set_fields(description, [current], agreed=agreed))


def _placed(siblings: Sequence[Item], skip: int) -> edits.Edit:
    """Give ``siblings`` the positions 0, 1, 2... leaving ``skip`` free for a newcomer."""
    targets = [n if n < skip else n + 1 for n in range(len(siblings))]
    return edits.change(
        "",
        [
            (s, touched(s, position=float(t)))
            for s, t in zip(siblings, targets, strict=True)
            if s.position != t
        ],
    )


PANEL = ScopePanel
