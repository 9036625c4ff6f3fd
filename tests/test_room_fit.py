"""The room view fits every common projector, in every theme.

Every exercise kind's room view (demo content, an empty block and a crowded one, and
every block of the two demo meetings) is laid out and painted at every size below, in
every theme, and what is painted is measured:

- no two texts overlap, and no text overlaps a chart;
- every text fits its box and the window; every chart lies in the page's body;
- every chart is as wide as the page;
- no text is smaller than the room's minimum for that window height
  (``room_layout.min_text_px``: 2.4% of the height, the reason is written there);
- no page is less than a third full unless it is the last;
- every bullet and table cell is painted on some page, and a block of several pages
  says which page it is.

The chart pictures are checked too (matplotlib's own measure of each text): texts
inside the picture and not over each other, legends whole, type not under the minimum,
whole numbers on count axes, no average written as a symbol ("ø 2.9"). Drawing a chart
takes about a fifth of a second, so they are sampled: every chart the room shows (demo
and crowded, each part of a split chart) at every size, each size in one theme, taken
in turn.

Then what the room asked for, one by one: four partners on one page where they fit, a
problem statement and its tree together, averages in words, every block on its page 1.
"""

from __future__ import annotations

import itertools
import warnings
from dataclasses import dataclass, replace

import pytest
from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter, QPicture

from workshop_app.charts import ChartStyle, draw_figure
from workshop_app.domain import planning
from workshop_app.domain.document import BulletList, Chart, Table
from workshop_app.domain.records import Block, Partner, Workshop
from workshop_app.domain.snapshot import WorkshopSnapshot
from workshop_app.domain.visibility import Audience, audience_view
from workshop_app.exercises.registry import DemoContext, all_kinds, history_kinds
from workshop_app.i18n import speaking_output, tr
from workshop_app.storage import open_store
from workshop_app.ui.room_content import RoomContent, room_content
from workshop_app.ui.room_layout import RoomLayout, layout_room, min_text_px
from workshop_app.ui.room_paint import paint_room
from workshop_app.ui.themes import room_theme, theme_keys

SIZES = [(1024, 768), (1024, 576), (1280, 720), (1280, 800), (1920, 1080), (3840, 2160)]
THEMES = theme_keys()
#: Chart kinds whose value axis counts things (votes, dots): its ticks are whole numbers.
COUNT_AXES = {"indicator_votes": "x", "vision_dots": "x", "bar": "x"}
#: Long partner names, to crowd the partner matrix and the roster.
EXTRA_PARTNERS = (
    ("Riverton and District Chamber of Commerce and Industry", "private"),
    ("Harlan County Public Defender's Office", "public"),
    ("Northside Tenants' Union", "community"),
    ("Riverton Community Foundation for Neighbourhood Renewal", "philanthropic"),
    ("Riverton Unified School District", "public"),
    ("Harlan County Mental Health Services", "nonprofit"),
)


# ------------------------------------------------------------------ the cases
@pytest.fixture(scope="module")
def cases(qapp, tmp_path_factory) -> list[tuple[str, RoomContent]]:
    """(name, room content): every block of the demo meetings, and for every kind a
    block with its demo content, the same block empty, and the same block crowded."""
    from workshop_app.exercises.demo import add_demo, block_items

    store = open_store(tmp_path_factory.mktemp("fit") / "demo.sqlite3")
    collaboration = add_demo(store)
    walk = Workshop(collaboration.id, "Every kind, every size", "2027-01-15")
    kinds = all_kinds()
    blocks = [
        Block(
            walk.id,
            k.key,
            k.name,
            k.prompt,
            position=float(n),
            settings={**k.default_settings(), "revealed": True},
        )
        for n, k in enumerate(kinds)
    ]
    store.apply(planning.create_workshop(walk, blocks))
    partners = tuple(store.partners(collaboration.id))
    store.put(*(i for b in blocks for i in block_items(DemoContext(walk, b, partners, 1))))
    found: list[tuple[str, RoomContent]] = []
    for workshop in store.workshops():
        snapshot = store.snapshot(workshop.id, history_kinds())
        for n, block in enumerate(snapshot.blocks, start=1):
            found.append((f"{block.kind}-m{n}", _content(snapshot, block)))
            if workshop.id == walk.id:
                found.append((f"{block.kind}-empty", _content(_emptied(snapshot, block), block)))
                found.append((f"{block.kind}-crowded", _content(_crowded(snapshot, block), block)))
    store.close()
    return found


def _content(snapshot: WorkshopSnapshot, block: Block) -> RoomContent:
    return room_content(audience_view(snapshot, Audience.ROOM), block.id)


def _emptied(snapshot: WorkshopSnapshot, block: Block) -> WorkshopSnapshot:
    return replace(snapshot, items=tuple(i for i in snapshot.items if i.block_id != block.id))


def _crowded(snapshot: WorkshopSnapshot, block: Block) -> WorkshopSnapshot:
    """Three times the block's items (a tree stays a tree) and six more partners."""
    own = [i for i in snapshot.items if i.block_id == block.id]
    copies = []
    for k in (1, 2):
        ids = {i.id: f"{i.id}-{k}" for i in own}
        copies += [
            replace(
                i,
                id=ids[i.id],
                parent_id=ids.get(i.parent_id, i.parent_id),
                text=f"{i.text} (again, with a few more words to read, {k})",
                position=i.position + 100 * k,
            )
            for i in own
        ]
    extra = tuple(
        Partner(snapshot.collaboration.id, name, sector, brings="Staff time", position=50.0 + n)
        for n, (name, sector) in enumerate(EXTRA_PARTNERS)
    )
    return replace(
        snapshot, items=snapshot.items + tuple(copies), partners=snapshot.partners + extra
    )


# ------------------------------------------------------------------ painting, measured
@dataclass
class Painted:
    rect: QRect  # the box the text was given
    ink: QRect  # where its letters land
    text: str
    pixels: int


class MeasuringPainter:
    """A QPainter that notes every text and picture painted through it."""

    def __init__(self, painter: QPainter) -> None:
        self._painter = painter
        self.texts: list[Painted] = []
        self.pictures: list[QRect] = []

    def __getattr__(self, name: str):
        return getattr(self._painter, name)

    def drawText(self, rect: QRect, flags: int, text: str) -> None:
        font = QFont(self._painter.font())
        ink = QFontMetrics(font).boundingRect(rect, int(flags), text)
        self.texts.append(Painted(QRect(rect), ink, text, font.pixelSize()))
        self._painter.drawText(rect, flags, text)

    def drawImage(self, target: QRectF, image: QImage) -> None:
        self.pictures.append(target.toRect())


@dataclass
class DrawnChart:
    chart: Chart
    size: tuple[int, int]
    style: ChartStyle
    window: tuple[int, int]
    case: str


def paint_page(
    layout: RoomLayout, content: RoomContent, theme, page: int, charts: list
) -> MeasuringPainter:
    picture = QPicture()
    painter = QPainter(picture)
    measuring = MeasuringPainter(painter)
    blanks: dict[tuple[int, int], QImage] = {}

    def chart_images(chart: Chart, size: QSize, style: ChartStyle) -> QImage:
        charts.append((chart, (size.width(), size.height()), style))
        key = (size.width(), size.height())
        if key not in blanks:
            blanks[key] = QImage(1, 1, QImage.Format.Format_RGB32)
        return blanks[key]

    try:
        paint_room(measuring, layout, content, theme, page=page, chart_images=chart_images)
    finally:
        painter.end()
    return measuring


def page_problems(
    layout: RoomLayout, content: RoomContent, page: int, shown: MeasuringPainter
) -> list[str]:
    """What breaks the rules on one painted page, in words."""
    size = layout.size
    window = QRect(0, 0, size.width(), size.height())
    smallest = min_text_px(size.height())
    problems = []
    texts = [t for t in shown.texts if t.text.strip()]
    for t in texts:
        if t.pixels < smallest - 0.5:
            problems.append(f"{t.text[:40]!r} is {t.pixels}px, under {smallest:.1f}px")
        if not window.contains(t.ink):
            problems.append(f"{t.text[:40]!r} runs out of the window: {t.ink}")
        if not t.rect.adjusted(-1, -1, 1, 1).contains(t.ink):
            problems.append(f"{t.text[:40]!r} does not fit its box {t.rect}: {t.ink}")
    for a, b in itertools.combinations(texts, 2):
        if a.ink.intersects(b.ink):
            problems.append(f"{a.text[:30]!r} overlaps {b.text[:30]!r}")
    for picture in shown.pictures:
        if not layout.body.adjusted(0, 0, 0, 2).contains(picture):
            problems.append(f"a chart at {picture} is outside the body {layout.body}")
        if picture.width() < layout.body.width() - 2:
            problems.append(
                f"a chart is {picture.width()}px wide on a page {layout.body.width()}px wide"
            )
        for t in texts:
            if picture.intersects(t.ink):
                problems.append(f"{t.text[:30]!r} is painted over a chart")
    if page < layout.page_count - 1:
        frags = layout.pages[page]
        used = sum(f.height for f in frags) - (frags[-1].after if frags else 0)
        if used < layout.body.height() / 3:
            problems.append(f"page {page + 1} of {layout.page_count} is {used}px full")
    if layout.page_count > 1:
        with speaking_output():  # the room's language (tests/test_pseudo_locale.py)
            note = tr("Room", "Page {n} of {total}").format(n=page + 1, total=layout.page_count)
        if not any(t.text.startswith(note) for t in texts):
            problems.append(f"no {note!r} on the page")
    return problems


def words_of(content: RoomContent) -> set[str]:
    """Every bullet and table cell of the content: each must be painted on some page."""
    words = set()
    for element in content.elements:
        if isinstance(element, BulletList):
            words.update(element.items)
        elif isinstance(element, Table):
            words.update(c for row in (element.headers, *element.rows) for c in row)
    return {w for w in words if w.strip()}


def test_every_kind_fits_every_projector_in_every_theme(cases):
    charts: list[DrawnChart] = []
    problems = []
    covered_kinds = set()
    for (name, content), (width, height), theme_key in itertools.product(cases, SIZES, THEMES):
        theme = room_theme(theme_key)
        layout = layout_room(content, QSize(width, height), theme)
        painted: set[str] = set()
        for page in range(layout.page_count):
            drawn: list = []
            shown = paint_page(layout, content, theme, page, drawn)
            painted.update(t.text for t in shown.texts)
            where = f"{name} {width}x{height} {theme_key} page {page + 1}"
            problems += [f"{where}: {p}" for p in page_problems(layout, content, page, shown)]
            charts += [DrawnChart(c, s, st, (width, height), name) for c, s, st in drawn]
        missing = words_of(content) - painted
        if missing:
            problems.append(f"{name} {width}x{height}: never painted: {sorted(missing)[:3]}")
        covered_kinds.add(name.rsplit("-", 1)[0])
    assert covered_kinds == {k.key for k in all_kinds()}
    assert not problems, f"{len(problems)} problems:\n" + "\n".join(problems[:40])
    sampled = _sample(charts)
    chart_problems = [p for drawn in sampled for p in chart_problems_of(drawn)]
    assert not chart_problems, f"{len(chart_problems)} problems:\n" + "\n".join(chart_problems[:40])


def _sample(charts: list[DrawnChart]) -> list[DrawnChart]:
    """Each distinct chart at each size once, the themes taken in turn by size."""
    kept: dict[tuple, DrawnChart] = {}
    theme_of_size = {size: THEMES[n % len(THEMES)] for n, size in enumerate(SIZES)}
    for drawn in charts:
        if drawn.style.background != room_theme(theme_of_size[drawn.window]).background:
            continue
        key = (drawn.chart.kind, drawn.chart.title, repr(drawn.chart.data), drawn.size)
        kept.setdefault(key, drawn)
    return list(kept.values())


# ------------------------------------------------------------------ the chart pictures
def chart_problems_of(drawn: DrawnChart) -> list[str]:
    """What breaks the rules in one chart picture, measured by matplotlib."""
    from matplotlib.legend import Legend

    chart, (width, height) = drawn.chart, drawn.size
    where = f"{drawn.case} {drawn.window[0]}x{drawn.window[1]} chart {chart.title!r}"
    with warnings.catch_warnings(record=True) as warned:
        warnings.simplefilter("always")
        figure = draw_figure(chart, width, height, drawn.style)
    renderer = figure.canvas.get_renderer()
    bounds = figure.bbox.padded(1)
    smallest = min_text_px(drawn.window[1])
    problems = [f"{where}: matplotlib warned: {w.message}" for w in warned]
    texts = drawn_texts(figure)
    boxes = []
    for text in texts:
        box = text.get_window_extent(renderer)
        boxes.append((text, box))
        words = text.get_text().replace("\n", " ")[:30]
        if not _inside(box, bounds):
            problems.append(f"{where}: {words!r} is cut by the picture's edge")
        if text.get_fontsize() * figure.dpi / 72 < smallest - 0.5:
            problems.append(f"{where}: {words!r} is {text.get_fontsize():.1f}pt, too small")
        if "ø" in text.get_text():
            problems.append(f"{where}: {words!r} writes an average as a symbol")
    for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2):
        if _overlap(box_a, box_b):
            problems.append(
                f"{where}: {a.get_text()[:25]!r} overlaps {b.get_text()[:25]!r}".replace("\n", " ")
            )
    for legend in figure.findobj(Legend):
        if not _inside(legend.get_window_extent(renderer), bounds):
            problems.append(f"{where}: the legend is cut")
    axis_name = COUNT_AXES.get(chart.kind)
    for ax in figure.axes if axis_name else []:
        axis = ax.xaxis if axis_name == "x" else ax.yaxis
        low, high = sorted(axis.get_view_interval())
        ticks = [t for t in axis.get_ticklocs() if low - 1e-9 <= t <= high + 1e-9]
        if any(abs(t - round(t)) > 1e-9 for t in ticks):
            problems.append(f"{where}: a count axis has ticks {ticks}")
    return problems


def drawn_texts(figure) -> list:
    """Every text matplotlib draws on ``figure``: titles, labels, legends, and the tick
    labels of ticks in view (those out of view exist but are not drawn)."""
    from matplotlib.text import Text

    tick_labels = {
        id(label)
        for ax in figure.axes
        for axis in (ax.xaxis, ax.yaxis)
        for tick in axis.get_major_ticks() + axis.get_minor_ticks()
        for label in (tick.label1, tick.label2)
    }
    shown = []
    for ax in figure.axes:
        for axis in (ax.xaxis, ax.yaxis) if ax.axison else ():
            if not axis.get_visible():
                continue
            low, high = sorted(axis.get_view_interval())
            for tick in axis.get_major_ticks():
                if low - 1e-9 <= tick.get_loc() <= high + 1e-9:
                    shown += [t for t in (tick.label1, tick.label2) if t.get_visible()]
    others = [t for t in figure.findobj(Text) if id(t) not in tick_labels and t.get_visible()]
    return [t for t in shown + others if t.get_text().strip()]


def _inside(box, bounds) -> bool:
    return (
        box.x0 >= bounds.x0 and box.y0 >= bounds.y0 and box.x1 <= bounds.x1 and box.y1 <= bounds.y1
    )


def _overlap(a, b) -> bool:
    # Touching is not overlapping: a pixel of tolerance for anti-aliased edges.
    return a.x0 < b.x1 - 1 and b.x0 < a.x1 - 1 and a.y0 < b.y1 - 1 and b.y0 < a.y1 - 1


def test_the_minimum_type_is_a_share_of_the_projector_height():
    assert round(min_text_px(1080)) == 26
    assert round(min_text_px(768)) == 18
    assert min_text_px(2160) == 2 * min_text_px(1080)


def test_a_text_that_does_not_fit_its_box_is_caught(qapp):
    """The control: the measure sees a text that runs out of its box and over another."""
    alignment = Qt.AlignmentFlag.AlignLeft
    picture = QPicture()
    painter = QPainter(picture)
    measuring = MeasuringPainter(painter)
    font = QFont("DejaVu Sans")
    font.setPixelSize(30)
    measuring.setFont(font)
    measuring.drawText(QRect(0, 0, 100, 30), int(alignment), "A long line of words")
    measuring.drawText(QRect(50, 0, 100, 30), int(alignment), "Another")
    painter.end()
    first, second = measuring.texts
    assert not first.rect.contains(first.ink)
    assert first.ink.intersects(second.ink)


# ------------------------------------------------------------------ what the room asked for
@pytest.fixture(scope="module")
def demo_meetings(qapp, tmp_path_factory) -> list[WorkshopSnapshot]:
    """The demo collaboration's meetings, as the room's content is built from them."""
    from workshop_app.exercises.demo import add_demo

    store = open_store(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    add_demo(store)
    meetings = sorted(store.workshops(), key=lambda w: w.date)  # the first block is the earliest
    snapshots = [store.snapshot(w.id, history_kinds()) for w in meetings]
    store.close()
    return snapshots


def demo_block(meetings: list[WorkshopSnapshot], kind: str) -> tuple[WorkshopSnapshot, Block]:
    """The first demo block of ``kind``, with its meeting."""
    return next((s, b) for s in meetings for b in s.blocks if b.kind == kind)


def rows_per_page(layout: RoomLayout) -> list[int]:
    return [
        sum(1 for f in page if f.kind == "row" and not f.data.get("header"))
        for page in layout.pages
    ]


#: Four partners' rows are taller than a 1024x768 page even in the smallest type the
#: room allows (a 4:3 window narrows every column); at every other size they fit.
FOUR_PARTNERS_FIT = [size for size in SIZES if size != (1024, 768)]


@pytest.mark.parametrize(("width", "height"), FOUR_PARTNERS_FIT)
def test_four_partners_share_one_page_where_they_fit(demo_meetings, width, height):
    snapshot, block = demo_block(demo_meetings, "who_is_at_the_table")
    four = replace(snapshot, partners=snapshot.partners[:4])
    layout = layout_room(_content(four, block), QSize(width, height), room_theme("light"))
    rows = rows_per_page(layout)
    assert 4 in rows, f"the four partners' rows by page: {rows}"


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_a_problem_statement_and_its_tree_share_the_first_page(demo_meetings, width, height):
    snapshot, block = demo_block(demo_meetings, "scope_issue")
    layout = layout_room(_content(snapshot, block), QSize(width, height), room_theme("dark"))
    first = [f.kind for f in layout.pages[0]]
    assert "callout" in first and "chart" in first, first


def test_trust_averages_are_said_in_words(demo_meetings):
    import re

    snapshot, block = demo_block(demo_meetings, "trust_check_in")
    content = _content(snapshot, block)
    layout = layout_room(content, QSize(1024, 768), room_theme("light"))
    drawn: list = []
    for page in range(layout.page_count):
        paint_page(layout, content, room_theme("light"), page, drawn)
    chart, (width, height), style = drawn[0]
    texts = [t.get_text() for t in drawn_texts(draw_figure(chart, width, height, style))]
    with speaking_output():  # the room's language
        said = tr("Charts", "average {average} of 5 · {count} ratings")
    pattern = re.escape(said).replace(r"\{average\}", r"\d[.,]\d").replace(r"\{count\}", r"\d+")
    averages = [t for t in texts if re.search(pattern, t)]
    assert len(averages) == len(chart.data["statements"]) > 0, texts
    assert not any("ø" in t for t in texts)


def test_every_block_opens_on_its_first_page(qtbot, store):
    """The facilitator pages through one block and moves on: the next opens on page 1."""
    from workshop_app.exercises.demo import add_demo
    from workshop_app.ui.room_window import RoomWindow
    from workshop_app.ui.session import Session

    add_demo(store)
    session = Session(store)
    room = RoomWindow(session)
    qtbot.addWidget(room)
    room.resize(1024, 576)
    long_blocks = []
    for workshop in store.workshops():
        for block in store.blocks(workshop.id):
            session.current_block_changed.emit(workshop.id, block.id)
            if room.view.page_count() > 1:
                long_blocks.append((workshop.id, block.id))
    assert len(long_blocks) >= 2
    for workshop_id, block_id in long_blocks:
        session.current_block_changed.emit(workshop_id, block_id)
        layout = room.view.room_layout()
        shown = paint_page(layout, room.view.content, room.view.theme, room.view.page, [])
        with speaking_output():  # the room's language
            first = tr("Room", "Page {n} of {total}").format(n=1, total=layout.page_count)
        notes = [t.text for t in shown.texts if t.text.startswith(first[:4])]
        assert any(n.startswith(first) for n in notes), notes
        for _ in range(layout.page_count):
            room.next_page()  # on to its last page before the next block
        assert room.view.page == layout.page_count - 1
