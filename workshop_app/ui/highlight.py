"""The delegate that draws a cell from rich text: the words a search found, in bold
(made safe by :mod:`.rich_text`: what someone typed is escaped, so text such as ``<b>``
or ``&amp;`` shows as typed).

The cell's display text stays plain
(the model's display and accessible-text roles): a screen reader reads the words
without markup; only the painting uses the rich text.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget


def document(html: str, option: QStyleOptionViewItem) -> QTextDocument:
    """``html`` laid out on one line in the cell's font."""
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(option.font)
    doc.setHtml(html)
    return doc


class HighlightDelegate(QStyledItemDelegate):
    """Draws a cell from the rich text of its ``role`` (the matching words bold) where it
    has one, and as any other cell where it has not."""

    def __init__(self, role: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.role = role

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        html = index.data(self.role)
        if not html:
            super().paint(painter, option, index)
            return
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        cell.text = ""  # the background, focus and selection as usual; the words below
        style = cell.widget.style() if cell.widget else QStyle()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter, cell.widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, cell, cell.widget)
        doc = document(html, cell)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(cell.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, cell.palette.color(role))
        painter.save()
        top = area.top() + max(0.0, (area.height() - doc.size().height()) / 2)
        painter.translate(area.left(), top)
        painter.setClipRect(0, 0, area.width(), area.height())
        doc.documentLayout().draw(painter, context)
        painter.restore()
