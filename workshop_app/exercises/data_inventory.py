"""The data inventory: what each partner will share, with whom, how often, in what form,
its sensitivity and the laws that apply (PRODUCT.md section 4). A commitment between
partners with no, or a failed, history together carries a warning.

``sharing_commitment`` items: ``text`` is the data; ``partner_id`` the partner sharing it;
fields ``recipients`` (partner ids), ``purpose``, ``frequency``, ``form``, ``sensitivity``
(open / restricted / confidential; anything but open is never public, see
:func:`workshop_app.domain.visibility.effective_visibility`), ``legal`` (keys of
:data:`LEGAL_CONSTRAINTS`), ``tags`` (free text, comma separated) and ``agreed`` (bool,
set in the agreement block).
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from typing import Any

from ..charts import ChartStyle, style_axes
from ..domain.document import Chart, Element, Paragraph, Table
from ..domain.records import Block, Item, Partner
from ..domain.schema import (
    CONFIDENTIAL,
    OPEN,
    RESTRICTED,
    ChoiceSet,
    Disclosure,
    Field,
    ItemSchema,
    boolean,
    list_of,
    partner_ref,
    text,
)
from ..domain.snapshot import WorkshopSnapshot
from ..domain.visibility import AudienceView
from ..i18n import tr
from . import demo_data
from .common import nothing_recorded, titled_list
from .partnership_history import HISTORY, history_between
from .registry import CsvTable, DemoContext, ExerciseKind, Guide, register

COMMITMENT = "sharing_commitment"  # its sensitivity field limits its visibility

SENSITIVITIES = ChoiceSet(
    "sensitivity",
    "Sharing",
    (
        (OPEN, "Open: may be published"),
        (RESTRICTED, "Restricted: partners only"),
        (CONFIDENTIAL, "Confidential: named recipients only"),
    ),
)

#: ``fields["legal"]`` holds a list of these.
LEGAL_CONSTRAINTS = ChoiceSet(
    "legal",
    "Sharing",
    (
        ("public_records", "Public records / sunshine / freedom-of-information law"),
        ("privacy", "Privacy law"),
        ("contract", "Contract"),
    ),
)

#: History ratings that call for a warning before data changes hands.
WEAK_HISTORY = (None, "none", "failed")


def label_of(choices: ChoiceSet, value: Any) -> str:
    """The words for a stored choice (empty when not set); the panels call it."""
    return choices.label(value)


def _partner(partners: Iterable[Partner], partner_id: str | None) -> Partner | None:
    return next((p for p in partners if p.id == partner_id), None)


def _name(partners: Iterable[Partner], partner_id: str | None) -> str:
    partner = _partner(partners, partner_id)
    return partner.organisation if partner else tr("Sharing", "(partner not set)")


def recipients_of(item: Item) -> list[str]:
    return [p for p in item.fields.get("recipients") or [] if p]


def constraints_of(item: Item) -> list[str]:
    """The legal constraints of a commitment in words, free tags last."""
    chosen = [LEGAL_CONSTRAINTS.label(key) for key in item.fields.get("legal") or []]
    tags = [t.strip() for t in str(item.fields.get("tags", "")).split(",") if t.strip()]
    return [c for c in chosen if c] + tags


def history_warnings(view: AudienceView, commitment: Item) -> list[str]:
    """Warnings next to a commitment whose partners have no, or a failed, history together.

    Where this audience may not see every history record, "nothing recorded" cannot be
    said (something may be), so only what the view holds is warned about.
    """
    if not commitment.partner_id:
        return []
    unknown_allowed = HISTORY not in view.withheld_kinds
    known = list(view.items) + list(view.history)
    warnings = []
    for recipient in recipients_of(commitment):
        if recipient == commitment.partner_id:
            continue
        status = history_between(known, commitment.partner_id, recipient)
        if status not in WEAK_HISTORY or (status is None and not unknown_allowed):
            continue
        # The pair in roster order, so one pair reads the same whoever shares with whom.
        order = [p.id for p in view.partners]
        first, second = sorted(
            (commitment.partner_id, recipient),
            key=lambda pid: order.index(pid) if pid in order else len(order),
        )
        names = {"a": _name(view.partners, first), "b": _name(view.partners, second)}
        if status == "failed":
            text = tr(
                "Sharing",
                "{a} and {b} have a failed partnership behind them: agree "
                "how this data will be handled before it changes hands.",
            )
        elif status == "none":
            text = tr(
                "Sharing",
                "{a} and {b} have never worked together: start small and "
                "review after the first exchange.",
            )
        else:
            text = tr(
                "Sharing",
                "No partnership history is recorded between {a} and {b}: "
                "ask the room before they share data.",
            )
        warnings.append(text.format(**names))
    return warnings


def _commitment_row(view: WorkshopSnapshot, item: Item) -> tuple[str, ...]:
    return (
        _name(view.partners, item.partner_id),
        item.text,
        ", ".join(_name(view.partners, r) for r in recipients_of(item)),
        str(item.fields.get("frequency", "")),
        SENSITIVITIES.label(item.fields.get("sensitivity")) or tr("Sharing", "Not set"),
    )


def _pairs_to_watch(view: AudienceView, found: Sequence[Item]) -> list[str]:
    """The history warnings of ``found``: one line per pair, however many commitments it
    shares."""
    return list(dict.fromkeys(w for item in found for w in history_warnings(view, item)))


def inventory_room(view: AudienceView, block: Block) -> list[Element]:
    found = view.items_in(block.id, [COMMITMENT])
    if not found:
        return [Paragraph(tr("Room", "No commitments yet."), emphasis=True)]
    elements: list[Element] = [
        Table(
            (
                tr("Room", "Shared by"),
                tr("Room", "Data"),
                tr("Room", "With"),
                tr("Room", "How often"),
                tr("Room", "Sensitivity"),
            ),
            tuple(_commitment_row(view, i) for i in found),
        )
    ]
    return elements + titled_list(
        tr("Room", "Partnership history to watch"), _pairs_to_watch(view, found)
    )


def inventory_summary(view: AudienceView, block: Block) -> list[Element]:
    found = view.items_in(block.id, [COMMITMENT])
    if not found:
        return nothing_recorded(
            tr("Summary", "No sharing commitments were recorded."), view.withheld_in(block.id)
        )
    rows = []
    for item in found:
        rows.append(
            (
                _name(view.partners, item.partner_id),
                item.text,
                ", ".join(_name(view.partners, r) for r in recipients_of(item)),
                str(item.fields.get("purpose", "")),
                str(item.fields.get("frequency", "")),
                str(item.fields.get("form", "")),
                SENSITIVITIES.label(item.fields.get("sensitivity")) or tr("Sharing", "Not set"),
                "; ".join(constraints_of(item)),
                tr("Sharing", "Agreed") if item.fields.get("agreed") else tr("Sharing", "Not yet"),
            )
        )
    elements: list[Element] = [
        Table(
            (
                tr("Summary", "Shared by"),
                tr("Summary", "Data"),
                tr("Summary", "With"),
                tr("Summary", "Purpose"),
                tr("Summary", "How often"),
                tr("Summary", "Form"),
                tr("Summary", "Sensitivity"),
                tr("Summary", "Legal constraints"),
                tr("Summary", "Agreed"),
            ),
            tuple(rows),
        )
    ]
    elements += titled_list(
        tr("Summary", "Partnership history to watch"), _pairs_to_watch(view, found)
    )
    if len(found) > 1:
        elements.append(sharing_matrix(view, found))
    return elements


def sharing_matrix(view: WorkshopSnapshot, found: Sequence[Item]) -> Chart:
    """Who shares with whom: a provider × recipient grid, sensitivity in letters."""
    letters = {OPEN: "O", RESTRICTED: "R", CONFIDENTIAL: "C"}
    flows: dict[tuple[str, str], list[str]] = {}
    for item in found:
        for recipient in recipients_of(item):
            key = (_name(view.partners, item.partner_id), _name(view.partners, recipient))
            flows.setdefault(key, []).append(letters.get(item.fields.get("sensitivity"), "?"))
    names = [p.organisation for p in view.partners]
    cells = [[a, b, f"{len(v)}: {', '.join(sorted(set(v)))}"] for (a, b), v in flows.items()]
    alt = "; ".join(
        tr("Sharing", "{a} shares with {b} ({text})").format(a=a, b=b, text=t) for a, b, t in cells
    )
    key = tr("Sharing", "number of commitments: O open, R restricted, C confidential, ? not set")
    return Chart(
        "sharing_matrix",
        tr("Sharing", "Who shares with whom"),
        {"partners": names, "cells": cells, "key": key},
        alt,
    )


def inventory_demo(ctx: DemoContext) -> list[Item]:
    by_name = ctx.partners_by_name
    chosen = demo_data.COMMITMENTS if ctx.meeting else demo_data.COMMITMENTS[:3]
    items = []
    for n, (
        provider,
        data,
        recipients,
        purpose,
        frequency,
        form,
        sensitivity,
        legal,
        tags,
        visibility,
        agreed,
    ) in enumerate(chosen):
        fields: dict[str, Any] = {
            "recipients": [by_name[r].id for r in recipients if r in by_name],
            "purpose": purpose,
            "frequency": frequency,
            "form": form,
            "sensitivity": sensitivity,
            "legal": list(legal),
            "tags": tags,
            "agreed": bool(agreed and ctx.meeting),
        }
        if ctx.meeting == 0:  # first meeting: first ideas, not yet classified or agreed
            fields = {"recipients": fields["recipients"], "purpose": purpose}
        items.append(
            ctx.item(
                COMMITMENT,
                data,
                fields=fields,
                visibility=visibility,
                partner_id=by_name[provider].id if provider in by_name else None,
                position=float(n),
            )
        )
    return items


def draw_sharing_matrix(figure: Any, chart: Chart, style: ChartStyle) -> None:
    """``data``: {"partners": [name...], "cells": [[provider, recipient, text]...], "key"}.

    A provider × recipient grid; each cell says in words what flows (e.g. "2: R, C" for
    two commitments, restricted and confidential), so the grid reads without colour.
    """
    names = [str(n) for n in chart.data.get("partners", [])]
    cells = list(chart.data.get("cells", []))
    ax = figure.subplots()
    size = len(names)
    ax.set_xlim(-0.5, size - 0.5)
    ax.set_ylim(size - 0.5, -0.5)
    for k in range(size + 1):
        ax.axhline(k - 0.5, color=style.foreground, linewidth=0.5)
        ax.axvline(k - 0.5, color=style.foreground, linewidth=0.5)
    index = {n: i for i, n in enumerate(names)}
    for provider, recipient, words in cells:
        if provider in index and recipient in index:
            x, y = index[recipient], index[provider]
            ax.add_patch(_rect(x, y, style))
            ax.text(
                x,
                y,
                str(words),
                ha="center",
                va="center",
                fontsize=style.size(),
                color=style.foreground,
                fontweight="bold",
            )
    short = ["\n".join(textwrap.wrap(n, 16)) for n in names]
    ax.set_xticks(range(size), short, rotation=0, fontsize=style.size(0.7))
    ax.set_yticks(range(size), short, fontsize=style.size(0.7))
    ax.xaxis.tick_top()
    ax.set_ylabel(tr("Charts", "Shares…"), fontsize=style.size(), color=style.foreground)
    key = str(chart.data.get("key", ""))
    ax.set_xlabel(
        tr("Charts", "…with") + (f"   ({key})" if key else ""),
        fontsize=style.size(0.8),
        color=style.foreground,
    )
    ax.set_title(chart.title, pad=12)
    style_axes(ax, style)
    ax.tick_params(labelsize=style.size(0.7))


def _rect(x: int, y: int, style: ChartStyle) -> Any:
    from matplotlib.patches import Rectangle

    return Rectangle(
        (x - 0.5, y - 0.5),
        1,
        1,
        facecolor=style.accent,
        alpha=0.25,
        hatch="//",
        edgecolor=style.foreground,
    )


GUIDE = Guide(
    purpose=(
        "List, partner by partner, what each will share, with whom, how often, in what form, how "
        "sensitive it is and which laws or contracts apply, before anyone commits."
    ),
    steps=(
        "Choose the partner that shares, type what it will share and press Enter.",
        "Tick who receives it (Space ticks), then fill in the purpose, how often and in what form.",
        (
            "Set the sensitivity and tick the legal constraints: public records and sunshine laws, "
            "privacy law, contracts."
        ),
        (
            "Read the history warnings: pairs without a good history of working together need more "
            "care."
        ),
    ),
    tips=(
        (
            "Ask a partner's legal or records officer to join this block, or to review the list "
            "afterwards."
        ),
        (
            "Sensitive data limits who may see the commitment itself; the projector and the exports"
            " follow that."
        ),
    ),
    pitfalls=(
        "Promising data before checking that the law allows sharing it.",
        (
            "Forgetting that anyone may request a public agency's records: what it receives may "
            "become public."
        ),
    ),
)


DATA_INVENTORY = register(
    ExerciseKind(
        key="data_inventory",
        family="sharing",
        guide=GUIDE,
        when=(
            "When the partners are ready to commit to sharing data, usually after the "
            "measures are agreed: the indicators say which data is needed."
        ),
        group_size=(
            "6 to 30 people; each partner needs someone who knows its data and the rules that "
            "apply to it."
        ),
        order=1,
        name="Data inventory",
        guidance=(
            "Go partner by partner: what will you share, with whom, how often, in what form? "
            "Name the sensitivity and the laws or contracts that apply before anyone commits."
        ),
        prompt="What will each of us share, with whom, and under which rules?",
        minutes=25,
        history_kinds=(HISTORY,),
        items=(
            ItemSchema(
                COMMITMENT,
                (
                    Field("recipients", list_of(partner_ref(), max_items=100)),
                    Field("purpose", text(5000)),
                    Field("frequency", text(500)),
                    Field("form", text(1000)),
                    SENSITIVITIES.field,
                    Field(LEGAL_CONSTRAINTS.name, list_of(LEGAL_CONSTRAINTS.spec, max_items=10)),
                    Field("tags", text(2000)),
                    Field("agreed", boolean()),
                ),
                partner=Disclosure.ITEM,  # the partner sharing the data
                sensitivity="sensitivity",
            ),
        ),
        room=inventory_room,
        summary=inventory_summary,
        charts={"sharing_matrix": draw_sharing_matrix},
        tables=(CsvTable("sharing_commitments", (COMMITMENT,)),),
        demo=inventory_demo,
    )
)
