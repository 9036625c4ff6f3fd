"""Propose indicators: what each measures, its kind, financial or not, leading or lagging,
data source, baseline, target, owner, who needs it, and its score against the criteria
(PRODUCT.md section 3)."""

from __future__ import annotations

from typing import Any

from ..domain.document import Element, Heading, Paragraph, Table
from ..domain.records import Block, Item
from ..domain.schema import (
    ChoiceSet,
    Disclosure,
    Field,
    ItemSchema,
    integer,
    list_of,
    partner_ref,
    scores_of,
    text,
)
from ..domain.snapshot import WorkshopSnapshot
from ..domain.visibility import AudienceView
from ..i18n import tr
from . import demo_data
from .common import nothing_recorded
from .measure_criteria import (
    CRITERION,
    DEFAULT_KEYS,
    criteria,
    demo_indicator_id,
    score_total,
    weak_criteria,
)
from .registry import CsvTable, DemoContext, ExerciseKind, Guide, PhoneInput, register

#: ``text`` is its name; ``partner_id`` the owning partner; fields ``measures``,
#: ``indicator_kind``, ``financial``, ``timing``, ``source``, ``baseline``, ``target``,
#: ``frequency``, ``needed_by`` (partner ids whose stakeholders need it) and ``scores``
#: ({criterion id: 0 no / 1 partly / 2 yes}; a standard criterion's key while the room
#: keeps the standard ones). Scored only against criteria at least as open as itself.
INDICATOR = "indicator"

INDICATOR_KINDS = ChoiceSet(
    "indicator_kind",
    "Measures",
    (("input", "Input"), ("output", "Output"), ("outcome", "Outcome"), ("impact", "Impact")),
)

FINANCIAL = ChoiceSet("financial", "Measures", (("yes", "Financial"), ("no", "Not financial")))

TIMING = ChoiceSet(
    "timing",
    "Measures",
    (("leading", "Leading (predicts)"), ("lagging", "Lagging (looks back)")),
)

#: The same choices in fewer words (chart legends).
TIMING_SHORT = ChoiceSet("timing", "Measures", (("leading", "Leading"), ("lagging", "Lagging")))


def _partner_name(view: WorkshopSnapshot, partner_id: str | None) -> str:
    partner = view.partner(partner_id)
    return partner.organisation if partner else ""


def _needed_by(view: WorkshopSnapshot, item: Item) -> str:
    return ", ".join(
        n for n in (_partner_name(view, p) for p in item.fields.get("needed_by") or []) if n
    )


def indicators_room(view: AudienceView, block: Block) -> list[Element]:
    found = view.items_in(block.id, [INDICATOR])
    if not found:
        return [Paragraph(tr("Room", "No indicators proposed yet."), emphasis=True)]
    rows = tuple(
        (
            i.text,
            str(i.fields.get("measures", "")),
            INDICATOR_KINDS.label(i.fields.get("indicator_kind")),
            TIMING.label(i.fields.get("timing")),
            _partner_name(view, i.partner_id),
        )
        for i in found
    )
    return [
        Table(
            (
                tr("Room", "Indicator"),
                tr("Room", "What it measures"),
                tr("Room", "Kind"),
                tr("Room", "Leading or lagging"),
                tr("Room", "Owner"),
            ),
            rows,
        )
    ]


def indicators_summary(view: AudienceView, block: Block) -> list[Element]:
    found = view.items_in(block.id, [INDICATOR])
    if not found:
        return nothing_recorded(
            tr("Summary", "No indicators were proposed."), view.withheld_in(block.id)
        )
    against = criteria(view)
    main = Table(
        (
            tr("Summary", "Indicator"),
            tr("Summary", "What it measures"),
            tr("Summary", "Kind"),
            tr("Summary", "Financial"),
            tr("Summary", "Leading or lagging"),
            tr("Summary", "Owner"),
            tr("Summary", "Needed by"),
        ),
        tuple(
            (
                i.text,
                str(i.fields.get("measures", "")),
                INDICATOR_KINDS.label(i.fields.get("indicator_kind")),
                FINANCIAL.label(i.fields.get("financial")),
                TIMING.label(i.fields.get("timing")),
                _partner_name(view, i.partner_id),
                _needed_by(view, i),
            )
            for i in found
        ),
    )
    data = Table(
        (
            tr("Summary", "Indicator"),
            tr("Summary", "Data source"),
            tr("Summary", "Baseline"),
            tr("Summary", "Target"),
            tr("Summary", "How often"),
        ),
        tuple(
            (
                i.text,
                *(str(i.fields.get(k, "")) for k in ("source", "baseline", "target", "frequency")),
            )
            for i in found
        ),
    )
    scored = []
    for i in found:
        points, most = score_total(i, against)
        weak = weak_criteria(i, against)
        scored.append((i.text, f"{points} / {most}", "; ".join(weak) or "—"))
    scores = Table(
        (
            tr("Summary", "Indicator"),
            tr("Summary", "Score against the criteria"),
            tr("Summary", "Scored “No” on"),
        ),
        tuple(scored),
    )
    return [
        main,
        Heading(tr("Summary", "Data for each indicator"), 3),
        data,
        Heading(tr("Summary", "Scored against the criteria"), 3),
        scores,
    ]


def indicators_demo(ctx: DemoContext) -> list[Item]:
    by_name = ctx.partners_by_name
    names = [demo_indicator_id(ctx.workshop.id, text) for text, _, _ in demo_data.CRITERIA]
    chosen = demo_data.INDICATORS if ctx.meeting else demo_data.INDICATORS[:4]
    items = []
    for n, row in enumerate(chosen):
        (
            name,
            measures,
            kind,
            financial,
            timing,
            source,
            baseline,
            target,
            frequency,
            owner,
            needed,
            visibility,
            scores,
        ) = row
        if ctx.meeting == 0:  # first meeting: names and a first idea only, details came later
            fields: dict[str, Any] = {"measures": measures}
            owner_id = None
        else:
            fields = {
                "measures": measures,
                "indicator_kind": kind,
                "financial": financial,
                "timing": timing,
                "source": source,
                "baseline": baseline,
                "target": target,
                "frequency": frequency,
                "needed_by": [by_name[p].id for p in needed if p in by_name],
                "scores": dict(zip(names, scores, strict=False)),
            }
            owner_id = by_name[owner].id if owner in by_name else None
        items.append(
            ctx.item(
                INDICATOR,
                name,
                fields=fields,
                visibility=visibility,
                partner_id=owner_id,
                position=float(n),
                id=demo_indicator_id(ctx.workshop.id, name),
            )
        )
    if ctx.meeting == 0:
        items.append(
            ctx.item(
                INDICATOR,
                "Number of arrests downtown",
                fields={
                    "measures": "Arrests (the Youth Alliance objects: it rewards the wrong thing)"
                },
                visibility="internal",
                position=float(len(items)),
            )
        )
    return items


GUIDE = Guide(
    purpose=(
        "Collect the candidate measures of success, with enough detail to decide which ones the "
        "partnership will track."
    ),
    steps=(
        "Capture indicator names quickly while people talk; Enter adds one.",
        (
            "Afterwards fill in each one: what it measures, its kind (input, output, outcome, "
            "impact), financial or not, leading or lagging, data source, baseline, target, how "
            "often and owner."
        ),
        "Tick whose stakeholders need it (Space ticks): a budget office, a board, members.",
        "Score each indicator against the agreed criteria.",
    ),
    tips=(
        "Ask for at least one leading indicator (it predicts) and one that is not financial.",
        "The owner is the partner that will collect and report it: no owner, no indicator.",
    ),
    pitfalls=(
        "Only financial measures: at best they show part of the picture.",
        (
            "Only lagging measures: you learn that things went wrong when it is too late to change "
            "course."
        ),
    ),
)


INDICATORS = register(
    ExerciseKind(
        key="indicators",
        family="measures",
        guide=GUIDE,
        when=(
            "When the partnership is ready to say how it will know it worked: after the "
            "criteria are agreed, before the vote."
        ),
        group_size=(
            "6 to 30 people; with more, let tables propose indicators and fill in the details "
            "together."
        ),
        order=2,
        name="Propose indicators",
        guidance=(
            "Capture indicator names quickly while people talk; fill in the details after. "
            "Ask for at least one leading indicator and one that is not financial."
        ),
        prompt="How will we know we are succeeding?",
        minutes=25,
        history_kinds=(CRITERION,),
        items=(
            ItemSchema(
                INDICATOR,
                (
                    Field("measures", text(5000)),
                    INDICATOR_KINDS.field,
                    FINANCIAL.field,
                    TIMING.field,
                    Field("source", text(2000)),
                    Field("baseline", text(2000)),
                    Field("target", text(2000)),
                    Field("frequency", text(500)),
                    Field("needed_by", list_of(partner_ref(), max_items=100)),
                    Field("scores", scores_of(CRITERION, integer(0, 2), DEFAULT_KEYS)),
                ),
                partner=Disclosure.ITEM,  # the owning partner
            ),
        ),
        room=indicators_room,
        summary=indicators_summary,
        tables=(CsvTable("indicators", (INDICATOR,)),),
        demo=indicators_demo,
        phone=PhoneInput.text("Something we could measure", ("indicator", "Indicator")),
    )
)
