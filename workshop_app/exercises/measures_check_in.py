"""Measures check-in: what the adopted indicators measured since they were agreed, each
against its baseline and target (the partnership's memory between meetings).

``measurement`` items: ``text`` is what the facilitator typed (the value first, then
anything said about it); fields ``indicator`` (the indicator measured, of this meeting or
an earlier one: whoever may not see it sees nothing of its measurements), ``value`` (a
number), ``date`` (when it was measured, ISO), ``source`` and ``note``. An indicator is
the same across meetings when its name is: a chart follows it over every meeting.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence

from .. import i18n
from ..domain.document import Chart, Element, Heading, Paragraph, Table
from ..domain.records import Block, Item
from ..domain.schema import (
    Field,
    ItemSchema,
    decider,
    iso_date,
    item_ref,
    number,
    text,
)
from ..domain.visibility import AudienceView
from ..i18n import tr
from .common import nothing_recorded, section_body
from .indicator_agreement import outcomes
from .indicators import INDICATOR
from .measures_charts import draw_measure_trend, number_words
from .registry import CsvTable, DemoContext, ExerciseKind, Guide, ReportPart, register
from .vote_tally import VOTE

KEY = "measures_check_in"
MEASUREMENT = "measurement"
#: One value of an adopted indicator, with its date and source; an audience that may
#: not see the indicator sees none of its values.
MEASUREMENT_ITEM = ItemSchema(
    MEASUREMENT,
    (
        Field("indicator", item_ref(INDICATOR)),
        Field("value", number()),
        Field("date", iso_date()),
        Field("source", text(2000)),
        Field("note", text(2000)),
    ),
    about="indicator",
)

_NUMBER = re.compile(r"^\s*([-+]?\d[\d,]*(?:\.\d+)?)\s*(%?)")


def leading_number(words: str) -> float | None:
    """The number ``words`` start with ("412 calls a year" → 412; "1,250" → 1250), or
    None: how a value is read from what was typed, and a baseline or target from the
    indicator's words."""
    found = _NUMBER.match(words or "")
    if not found:
        return None
    try:
        value = float(found.group(1).replace(",", ""))
    except ValueError:
        return None
    return value if math.isfinite(value) and abs(value) <= 1e12 else None


#: A number as typed in a language other than English: digits, and the marks and spaces
#: between digits that the language's locale may read as separators ("2 010", "46,5").
_LOCAL_NUMBER = re.compile(r"^\s*([-+]?\d+(?:[.,'\u00a0\u202f ]\d+)*)")


def typed_number(words: str) -> tuple[float | None, str]:
    """The measured value a facilitator typed at the start of ``words``, read as the
    app's language writes numbers ("46,5 households" in French -> 46.5), and the words
    after it (the note). The value is None when there is no number, or one the language
    does not read as a number (French "46.5", Spanish "2.010"): refused, not guessed."""
    pattern = _NUMBER if i18n.reads_english_numbers() else _LOCAL_NUMBER
    found = pattern.match(words or "")
    if not found:
        return None, (words or "").strip()
    value = i18n.read_number(found.group(1))
    rest = words[found.end(1) :]
    if rest and not rest[0].isspace():  # "46.5% of households": the note starts after it
        rest = rest.split(maxsplit=1)[1] if len(rest.split(maxsplit=1)) > 1 else ""
    if value is None or not math.isfinite(value) or abs(value) > 1e12:
        return None, rest.strip()
    return value, rest.strip()


def levels(indicator: Item) -> tuple[float | None, float | None]:
    """The indicator's baseline and target as numbers, where its words give them: a
    target relative to the baseline ("-25%", "+40") is worked out from it; a percentage
    that is itself the level ("55%") stands as it is."""
    baseline_words = str(indicator.fields.get("baseline", ""))
    target_words = str(indicator.fields.get("target", "")).strip()
    baseline = leading_number(baseline_words)
    target = leading_number(target_words)
    relative = target_words[:1] in ("+", "-", "−")
    if target is not None and relative:
        if baseline is None:
            target = None
        elif "%" in target_words.split()[0]:
            target = baseline * (1 + target / 100)
        else:
            target = baseline + target
    return baseline, target


def value_of(item: Item) -> float | None:
    value = item.fields.get("value")
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def name_key(indicator: Item) -> str:
    """What makes two meetings' indicators the same one: their name."""
    return " ".join(indicator.text.split()).casefold()


def every_indicator(view: AudienceView) -> list[Item]:
    """The indicators this audience sees, of earlier meetings and this one; for a name
    proposed again, its latest version."""
    found: dict[str, Item] = {}
    for meeting in view.earlier:
        for item in meeting.items:
            if item.kind == INDICATOR:
                found[name_key(item)] = item
    for item in view.items_of_kind(INDICATOR):
        found[name_key(item)] = item
    return list(found.values())


def adopted_keys(view: AudienceView) -> set[str]:
    """The names of the indicators adopted by the latest vote on them, in an earlier
    meeting or this one, as far as this audience sees the votes' results."""
    status: dict[str, str] = {}
    for meeting in view.earlier:
        names = {i.id: name_key(i) for i in meeting.items if i.kind == INDICATOR}
        for block in sorted(meeting.blocks, key=lambda b: b.position):
            decide = decider(block.kind)
            if decide is None or not view.shows_results(block.id):
                continue
            votes = [i for i in meeting.items if i.block_id == block.id and i.kind == VOTE]
            for indicator_id, outcome in decide(block, votes).items():
                if indicator_id in names:
                    status[names[indicator_id]] = outcome
    names = {i.id: name_key(i) for i in view.items_of_kind(INDICATOR)}
    for indicator_id, outcome in outcomes(view).items():
        if indicator_id in names:
            status[names[indicator_id]] = outcome.value
    return {key for key, outcome in status.items() if outcome == "adopted"}


def tracked_indicators(
    view: AudienceView, by_name: dict[str, list[Item]] | None = None
) -> list[Item]:
    """The indicators a check-in measures: the adopted ones, else (nothing adopted yet)
    every one proposed; with any other indicator already measured."""
    indicators = every_indicator(view)
    adopted = adopted_keys(view)
    measured = set(measured_by_name(view) if by_name is None else by_name)
    chosen = [i for i in indicators if name_key(i) in adopted or name_key(i) in measured]
    return chosen or indicators


def measurements(view: AudienceView) -> list[tuple[str, Item]]:
    """Every measurement this audience sees, of earlier meetings and this one, with the
    name of its indicator; by date."""
    names: dict[str, str] = {}
    found: list[Item] = []
    for meeting in view.earlier:
        for item in meeting.items:
            if item.kind == INDICATOR:
                names[item.id] = name_key(item)
            elif item.kind == MEASUREMENT:
                found.append(item)
    for item in view.items:
        if item.kind == INDICATOR:
            names[item.id] = name_key(item)
        elif item.kind == MEASUREMENT:
            found.append(item)
    pairs = [
        (names[str(m.fields.get("indicator", ""))], m)
        for m in found
        if str(m.fields.get("indicator", "")) in names and value_of(m) is not None
    ]
    return sorted(pairs, key=lambda p: (str(p[1].fields.get("date", "")), p[1].created_at))


def measured_by_name(view: AudienceView) -> dict[str, list[Item]]:
    """Every measurement this audience sees, by its indicator's name, oldest first: read
    once for a whole section (a collaboration may have hundreds of indicators)."""
    found: dict[str, list[Item]] = {}
    for key, item in measurements(view):
        found.setdefault(key, []).append(item)
    return found


def series(
    view: AudienceView, indicator: Item, by_name: dict[str, list[Item]] | None = None
) -> list[Item]:
    """The measurements of ``indicator`` (by name), oldest first."""
    return (measured_by_name(view) if by_name is None else by_name).get(name_key(indicator), [])


def timing_words(indicator: Item, context: str) -> str:
    return {
        "leading": tr(context, "leading"),
        "lagging": tr(context, "lagging"),
    }.get(str(indicator.fields.get("timing", "")), "")


def trend_chart(
    view: AudienceView,
    indicator: Item,
    context: str,
    by_name: dict[str, list[Item]] | None = None,
) -> Chart | None:
    """Value over time against baseline and target, for one indicator with measurements."""
    points = series(view, indicator, by_name)
    if not points:
        return None
    baseline, target = levels(indicator)
    timing = timing_words(indicator, context)
    title = f"{indicator.text} ({timing})" if timing else indicator.text
    dates = [str(m.fields.get("date", "")) or "?" for m in points]
    values = [value_of(m) for m in points]
    words = ", ".join(f"{d}: {number_words(v)}" for d, v in zip(dates, values, strict=True))
    extra = []
    if baseline is not None:
        extra.append(tr(context, "baseline {v}").format(v=number_words(baseline)))
    if target is not None:
        extra.append(tr(context, "target {v}").format(v=number_words(target)))
    return Chart(
        "measure_trend",
        title,
        {
            "dates": dates,
            "values": values,
            "baseline": baseline,
            "target": target,
            "baseline_label": tr(context, "Baseline"),
            "target_label": tr(context, "Target"),
            "frame_lines": 9,
        },
        "; ".join([words, *extra]),
    )


def _table(
    view: AudienceView,
    indicators: Sequence[Item],
    context: str,
    by_name: dict[str, list[Item]],
) -> Table:
    rows = []
    for indicator in indicators:
        points = series(view, indicator, by_name)
        latest = points[-1] if points else None
        previous = points[-2] if len(points) > 1 else None
        change = ""
        if latest is not None and previous is not None:
            delta = (value_of(latest) or 0) - (value_of(previous) or 0)
            change = f"{'+' if delta > 0 else ''}{number_words(delta)}" if delta else "±0"
        rows.append(
            (
                indicator.text,
                str(indicator.fields.get("baseline", "")),
                str(indicator.fields.get("target", "")),
                number_words(value_of(latest)) if latest else tr(context, "not measured yet"),
                str(latest.fields.get("date", "")) if latest else "",
                change,
            )
        )
    return Table(
        (
            tr(context, "Indicator"),
            tr(context, "Baseline"),
            tr(context, "Target"),
            tr(context, "Latest"),
            tr(context, "Measured"),
            tr(context, "Change"),
        ),
        tuple(rows),
    )


def _elements(view: AudienceView, context: str) -> list[Element]:
    by_name = measured_by_name(view)
    indicators = tracked_indicators(view, by_name)
    if not indicators:
        return []
    elements: list[Element] = [_table(view, indicators, context, by_name)]
    for indicator in indicators:
        chart = trend_chart(view, indicator, context, by_name)
        if chart is not None:
            elements.append(chart)
    return elements


def check_in_room(view: AudienceView, block: Block) -> list[Element]:
    return _elements(view, "Room") or [
        Paragraph(
            tr("Room", "No indicator has been agreed yet: nothing to measure."), emphasis=True
        )
    ]


def check_in_summary(view: AudienceView, block: Block) -> list[Element]:
    here = view.items_in(block.id, [MEASUREMENT])
    elements = _elements(view, "Summary")
    if not here:
        elements = [
            *nothing_recorded(
                tr("Summary", "No measurements were recorded at this meeting."),
                view.withheld_in(block.id),
            ),
            *elements,
        ]
    return elements


def measures_recap(view: AudienceView) -> list[Element]:
    """Every summary after the first: the indicators whose value moved since the last
    meeting (measured after it), from what to what."""
    by_name = measured_by_name(view)
    if not by_name:
        return []
    last = view.earlier[-1].workshop.date if view.earlier else ""
    moved = []
    for indicator in tracked_indicators(view, by_name):
        points = series(view, indicator, by_name)
        since = [m for m in points if str(m.fields.get("date", "")) >= last]
        before = [m for m in points if str(m.fields.get("date", "")) < last]
        if not since:
            continue
        start = before[-1] if before else (since[0] if len(since) > 1 else None)
        end = since[-1]
        words = (
            tr("Export", "{indicator}: {old} → {new} ({date})").format(
                indicator=indicator.text,
                old=number_words(value_of(start)),
                new=number_words(value_of(end)),
                date=end.fields.get("date", ""),
            )
            if start is not None and start is not end
            else tr("Export", "{indicator}: {new} ({date}), its first measurement").format(
                indicator=indicator.text,
                new=number_words(value_of(end)),
                date=end.fields.get("date", ""),
            )
        )
        moved.append(words)
    if not moved:
        return []
    from ..domain.document import BulletList

    return [Heading(tr("Export", "Measures that moved"), level=3), BulletList(tuple(moved))]


def report_section(views: list[AudienceView]) -> ReportPart:
    """Every measurement of the collaboration, indicator by indicator, with its chart (as
    the latest meeting's audience view sees them)."""
    elements: list[Element] = [Heading(tr("Report", "Measures tracked over time"), 2)]
    if not views:
        return ReportPart(elements)
    view = views[-1]
    headers = [
        tr("Report", "Indicator"),
        tr("Report", "Date"),
        tr("Report", "Value"),
        tr("Report", "Source"),
        tr("Report", "Note"),
    ]
    by_key = {name_key(i): i for i in every_indicator(view)}
    rows = [
        [
            by_key[key].text if key in by_key else key,
            str(m.fields.get("date", "")),
            value_of(m),
            str(m.fields.get("source", "")),
            str(m.fields.get("note", "")),
        ]
        for key, m in measurements(view)
    ]
    shown: list[Element] = []
    if rows:
        by_name = measured_by_name(view)
        indicators = [i for i in tracked_indicators(view, by_name) if name_key(i) in by_name]
        shown = [_table(view, indicators, "Report", by_name)]
        shown += [
            c for i in indicators if (c := trend_chart(view, i, "Report", by_name)) is not None
        ]
    withheld = sum(v.withheld_of([MEASUREMENT]) for v in views)
    elements += section_body(shown, tr("Report", "No measurements recorded yet."), withheld)
    data = {"measurements": [dict(zip(("indicator", *headers[1:]), r, strict=True)) for r in rows]}
    return ReportPart(elements, {"measurements": (headers, rows)}, data)


def check_in_demo(ctx: DemoContext) -> list[Item]:
    """The check-in after the follow-up meeting measures the two adopted indicators."""
    from .demo_data import MEASUREMENTS

    if ctx.meeting < 2:
        return []
    indicators = {i.text: i.id for i in ctx.earlier if i.kind == INDICATOR}
    return [
        ctx.item(
            MEASUREMENT,
            f"{number_words(value)} {note}".strip(),
            visibility="public",
            position=float(n),
            fields={
                "indicator": indicators[name],
                "value": value,
                "date": day,
                "source": source,
                "note": note,
            },
        )
        for n, (name, day, value, source, note) in enumerate(MEASUREMENTS)
        if name in indicators
    ]


GUIDE = Guide(
    purpose=(
        "Look at what the agreed indicators measured since they were adopted, against where "
        "they started and where the partners want them to be."
    ),
    steps=(
        "Before the meeting, ask each indicator's owner for the latest figures and their source.",
        (
            "Pick the indicator (Alt+I), type the value and what was said about it (“371 lights "
            "helped”) and press Enter; set the date and the source in the list."
        ),
        (
            "Show the charts: each indicator's values over time, with its baseline and target "
            "as lines."
        ),
        "Ask what moved the numbers, and whether any indicator no longer tells the story.",
    ),
    tips=(
        "A leading indicator moves first: start with it to keep the room's attention.",
        "Say where each figure comes from: the room trusts numbers it can trace.",
    ),
    pitfalls=(
        "Celebrating or blaming a single month: look at the direction over several points.",
        "Measurements typed without a date: the chart cannot place them in time.",
    ),
)


MEASURES_CHECK_IN = register(
    ExerciseKind(
        key=KEY,
        family="measures",
        guide=GUIDE,
        when=(
            "At the check-ins between big meetings, once indicators have been adopted and "
            "measured at least once."
        ),
        group_size="Any size; the owner of each indicator reports and the room asks.",
        order=6,
        name="Measures check-in",
        guidance=(
            "Record what each agreed indicator measured since it was adopted: pick the "
            "indicator, type the value and press Enter, then set its date and source. The room "
            "sees each indicator's values over time against its baseline and target."
        ),
        prompt="What do our measures say since last time?",
        minutes=15,
        items=(MEASUREMENT_ITEM,),
        history_kinds=(INDICATOR, VOTE, MEASUREMENT),
        room=check_in_room,
        summary=check_in_summary,
        recap=measures_recap,
        charts={"measure_trend": draw_measure_trend},
        tables=(CsvTable("measurements", (MEASUREMENT,)),),
        report=report_section,
        demo=check_in_demo,
    )
)
