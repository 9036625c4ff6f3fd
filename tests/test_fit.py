"""Everything fits: at the laptop sizes facilitators use, every exercise panel shows every
pane, column and button without scrolling sideways, and the block's capture box is in
view when the block opens.

For each size a real main window (styled as the app styles it) opens a workshop with one
block of every kind, filled with that kind's demo content, and visits each block. For
every named control shown, its horizontal extent must lie inside the window and inside
every scroll area that holds it (scrolling down a tall panel is fine; sideways is not);
no scroll area may show a horizontal scroll bar; and the first capture box of the
block's panel is wholly visible.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QLineEdit,
    QStyle,
    QTableView,
    QWidget,
)

from workshop_app.domain import planning
from workshop_app.domain.records import Block, Workshop
from workshop_app.exercises.demo import add_demo, block_items
from workshop_app.exercises.registry import DemoContext, all_kinds
from workshop_app.storage import open_store
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.session import Session
from workshop_app.ui.style import apply_appearance

SIZES = [(1366, 768), (1280, 800), (1920, 1080)]
KINDS = [k.key for k in all_kinds()]


@pytest.fixture(scope="module")
def every_kind(tmp_path_factory, qapp):
    """A store with the demo collaboration and a workshop holding one filled block of
    every kind; yields (store, workshop id, {kind: block id})."""
    apply_appearance(qapp, "light")
    store = open_store(tmp_path_factory.mktemp("fit") / "fit.sqlite3")
    collaboration = add_demo(store)
    workshop = Workshop(collaboration.id, "Every kind", "2027-01-15")
    kinds = all_kinds()
    blocks = [
        Block(workshop.id, k.key, k.name, position=float(n), settings=k.default_settings())
        for n, k in enumerate(kinds)
    ]
    store.apply(planning.create_workshop(workshop, blocks))
    partners = tuple(store.partners(collaboration.id))
    made = []
    for block in blocks:
        made += block_items(DemoContext(workshop, block, partners, 1))
    store.put(*made)
    yield store, workshop.id, {b.kind: b.id for b in blocks}
    store.close()


@pytest.fixture(scope="module", params=SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def window(request, every_kind, qapp):
    store, workshop_id, _ = every_kind
    window = MainWindow(Session(store))
    window.resize(*request.param)
    window.show()
    window.open_workshop(workshop_id)
    settle(qapp)
    yield window
    window.close()
    window.deleteLater()
    settle(qapp)


def settle(app: QApplication) -> None:
    for _ in range(4):  # layouts, then the tables' fitting (queued), then their rows
        app.processEvents()


def horizontal_problems(window: QWidget) -> list[str]:
    """Named controls shown whose horizontal extent leaves the window or a scroll area
    holding them; scroll areas showing a horizontal scroll bar."""
    problems = []
    window_right = window.width()
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not widget.accessibleName() or widget.width() <= 0:
            continue
        left = widget.mapTo(window, QPoint(0, 0)).x()
        right = left + widget.width()
        if left < -1 or right > window_right + 1:
            problems.append(f"{widget.accessibleName()!r} runs off the window ({left}..{right})")
            continue
        parent = widget.parentWidget()
        while parent is not None and parent is not window:
            if isinstance(parent, QAbstractScrollArea):
                viewport = parent.viewport()
                v_left = viewport.mapTo(window, QPoint(0, 0)).x()
                if left < v_left - 1 or right > v_left + viewport.width() + 1:
                    problems.append(
                        f"{widget.accessibleName()!r} ({left}..{right}) is cut by "
                        f"{parent.accessibleName() or type(parent).__name__!r} "
                        f"({v_left}..{v_left + viewport.width()})"
                    )
                    break
            parent = parent.parentWidget()
    for area in window.findChildren(QAbstractScrollArea):
        if area.isVisible() and area.horizontalScrollBar().isVisible():
            problems.append(
                f"{area.accessibleName() or type(area).__name__!r} scrolls sideways "
                f"({area.horizontalScrollBar().maximum()} px hidden)"
            )
    return problems


def cut_titles(panel: QWidget) -> list[str]:
    """Column titles of the panel's tables that are not drawn whole: a word wider than
    its column, or more lines than the header is tall."""
    cut = []
    for table in panel.findChildren(QTableView):
        header = table.horizontalHeader()
        if not table.isVisible() or not header.isVisible() or table.model() is None:
            continue
        font = QFont(header.font())
        font.setWeight(QFont.Weight.DemiBold)  # as the style sheet draws them
        metrics = QFontMetrics(font)
        for c in range(table.model().columnCount()):
            if table.isColumnHidden(c):
                continue
            title = str(table.model().headerData(c, Qt.Orientation.Horizontal) or "")
            room = header.sectionSize(c) - 18  # 8 px padding a side and the border
            widest = max((metrics.horizontalAdvance(w) for w in title.split()), default=0)
            lines = metrics.boundingRect(
                QRect(0, 0, max(room, 1), 10_000), Qt.TextFlag.TextWordWrap, title
            ).height()
            if widest > room + 1 or lines > header.height() - 8 + 1:
                cut.append(f"{table.accessibleName()!r}: {title!r} in {room} px")
    return cut


def cut_words(panel: QWidget) -> list[str]:
    """Single-word values (dates, numbers, choices) in the panel's tables that are wider
    than their column: those end in "…" ("2026-1…")."""
    cut = []
    for table in panel.findChildren(QTableView):
        model = table.model()
        if not table.isVisible() or model is None:
            continue
        metrics = table.fontMetrics()
        for c in range(model.columnCount()):
            if table.isColumnHidden(c):
                continue
            margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
            room = table.columnWidth(c) - 2 * margin  # Qt's margins around a cell's text
            for r in range(min(model.rowCount(), 50)):
                text = str(model.index(r, c).data() or "")
                if text and " " not in text and metrics.horizontalAdvance(text) > room:
                    cut.append(f"{table.accessibleName()!r}: {text!r} in {room} px")
    return cut


@pytest.mark.parametrize("kind", KINDS)
def test_every_control_of_every_panel_is_in_view(window, every_kind, qapp, kind):
    _, _, block_ids = every_kind
    view = window.workshop_view
    view.set_current_block(block_ids[kind])
    settle(qapp)

    problems = horizontal_problems(window)
    assert problems == [], "\n".join(problems)
    assert cut_titles(view.panel) == []
    assert cut_words(view.panel) == []

    capture_box = QApplication.translate("ItemListWidget", "Capture box")  # any language
    boxes = [
        w
        for w in view.panel.findChildren(QLineEdit)
        if w.isVisible() and w.accessibleName() == capture_box
    ]
    if boxes:
        box = boxes[0]
        seen = box.visibleRegion().boundingRect()
        assert seen == QRect(0, 0, box.width(), box.height()), (
            f"the capture box of {kind} is not wholly in view when the block opens"
        )


def test_a_hidden_side_pane_opens_when_a_decision_is_added(window, every_kind, qapp):
    view = window.workshop_view
    if view.side_shown():
        view.toggle_side()
    assert not view.side_shown()

    add_decision = QApplication.translate("WorkshopView", "Add a decision")  # any language
    next(a for a in window.shortcut_actions() if a.text() == add_decision).trigger()
    settle(qapp)

    assert view.side_shown()
    assert view.side.currentWidget().kind == "decision"


def test_every_agenda_entry_is_drawn_whole(window, qapp):
    """Each block's line in the agenda gets the height its words need at the width it
    is drawn in: none ends in "…" ("7. Building a common fact base (25 …")."""
    view = window.workshop_view
    agenda = view.agenda
    metrics = agenda.fontMetrics()
    cut = []
    sizes = view.splitter.sizes()
    for width in range(200, 320, 6):  # as a facilitator drags the pane's edge
        view.splitter.setSizes([width, sum(sizes) - width - sizes[2], sizes[2]])
        settle(qapp)
        for row in range(agenda.count()):
            item = agenda.item(row)
            shown = agenda.visualItemRect(item)
            # Drawn inside the viewport (an entry laid out wider is cut at its edge) and
            # the style sheet's padding (4 px a side; the current one's bar).
            drawn = min(shown.width(), agenda.viewport().width())
            needed = metrics.boundingRect(
                QRect(0, 0, drawn - 12, 10_000),
                Qt.TextFlag.TextWordWrap,
                item.text(),
            ).height()
            if shown.height() - 8 < needed:  # 4 px padding above and below
                cut.append(f"{width} px: {item.text()!r} {shown.height()} of {needed} px")
    view.splitter.setSizes(sizes)
    settle(qapp)
    assert cut == []


@pytest.mark.parametrize("size", [(1024, 768), *SIZES], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_home_screen_lists_without_scrolling_sideways(qtbot, every_kind, qapp, size):
    """The list of collaborations and workshops fits the window, a laptop mirrored to a
    1024x768 projector included: while listing, and while a search says why each
    result was found."""
    store, _, _ = every_kind
    window = MainWindow(Session(store))
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    settle(qapp)
    assert horizontal_problems(window) == []
    qtbot.keyClicks(window.home.search, "meeting")
    settle(qapp)
    assert not window.home.table.isColumnHidden(3)  # the "Found by" column is shown
    assert horizontal_problems(window) == []


@pytest.mark.parametrize("code", ["en", "es", "fr"])
def test_the_side_lists_tabs_are_named_whole_at_1366x768(qtbot, every_kind, qapp, code):
    """Decisions, actions, parking lot and my notes: each tab's name whole, not cut to
    "Decisio…", in each language the app speaks (the real catalogs)."""
    from workshop_app.ui import languages

    store, workshop_id, _ = every_kind
    catalog = languages.translator(code) if code != "en" else None
    if code != "en":
        assert catalog is not None
        qapp.installTranslator(catalog)
    try:
        window = MainWindow(Session(store))
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.open_workshop(workshop_id)
        settle(qapp)
        bar = window.workshop_view.side.tabBar()
        if code != "en":
            assert bar.tabText(0) != "Decisions"  # the window speaks the language
        cut = [
            bar.tabText(i)
            for i in range(bar.count())
            if bar.tabRect(i).width() < bar.tabSizeHint(i).width()
        ]
        assert cut == []
    finally:
        if catalog is not None:
            qapp.removeTranslator(catalog)
