"""The shared vision panel: statements with their dots, one marked as the vision."""

from __future__ import annotations

from ...domain import edits
from ...domain.records import Item, touched
from ...exercises.shared_vision import STATEMENT, dots_of
from ..items_model import Column, text_column
from ..key_help import PanelKey
from . import kit
from .list_panel import Declared, ListPanel


def dots_column(title: str) -> Column:
    """Dots typed as a whole number; anything else is refused by the session's message."""

    def set_dots(item: Item, value: str) -> Item:
        text = value.strip()
        dots = int(text) if text.isdigit() else dots_of(item)
        return touched(item, fields={**item.fields, "dots": dots})

    return Column(title, lambda i: str(dots_of(i)), set_dots)


MARK_VISION = PanelKey("Ctrl+Return", "Mark the selected statement as our vision")


class VisionPanel(ListPanel):
    """Statements (Enter adds one), their dots typed in the table, Ctrl+Return marks the
    selected statement as the vision (and unmarks any other)."""

    keys = (MARK_VISION,)

    def declare(self) -> Declared:
        vision = kit.yes_no_column(self.tr("Our vision?"), "agreed", self.tr("✔ Our vision"))
        return Declared(
            STATEMENT,
            [text_column(self.tr("Statement")), dots_column(self.tr("Dots")), vision],
            self.tr("We will know this partnership worked when… then Enter"),
            self.tr(
                "Type each statement and press Enter; count the dots and type them in the "
                "Dots column (Tab moves across, Enter down)."
            ),
            starts_with={"dots": 0, "agreed": False},
            buttons=[(self.tr("Mark as our vision (Ctrl+Return)"), MARK_VISION, self.mark_vision)],
        )

    def mark_vision(self) -> None:
        """The selected statement becomes the vision, in one undoable step."""
        selected = self.list.selected_or_say(self.tr("Select a statement in the list first."))
        if not selected:
            return
        current = self.list.current_item()
        chosen = current if current in selected else selected[0]
        changes = [
            (i, touched(i, fields={**i.fields, "agreed": i.id == chosen.id}))
            for i in self.list.model.rows
            if bool(i.fields.get("agreed")) != (i.id == chosen.id)
        ]
        self.session.apply(edits.change(self.tr("Mark as our vision"), changes))


PANEL = VisionPanel
