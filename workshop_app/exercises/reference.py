"""The exercise kinds described in words, from their declarations (``workshop-app kinds``).

The same declarations the importer checks and the disclosure policy reads: so this
reference is always the one of the version that prints it.
"""

from __future__ import annotations

from ..domain.schema import ANY_ITEM, Disclosure, Field, Spec, item_schema
from .registry import all_kinds

_WHO = {
    Disclosure.ITEM: "whoever may see the item",
    Disclosure.PARTNERS: "partners and the team, never the public",
    Disclosure.INTERNAL: "the facilitation team only",
    Disclosure.RESULT: "whoever may see the item, once results are revealed",
}


def describe_spec(spec: Spec) -> str:
    """A value's type in a few words (``a list of partner ids``...)."""
    kind = spec.type
    if kind == "choice":
        return "one of " + ", ".join(f"`{c}`" for c in spec.choices)
    if kind in ("int", "number"):
        word = "whole number" if kind == "int" else "number"
        return f"{word} {spec.low:g}–{spec.high:g}"
    if kind == "item":
        if spec.refers_to == ANY_ITEM:
            return "the id of an item of any kind"
        return f"the id of a `{spec.refers_to}`"
    if kind == "partner":
        return "a partner id"
    if kind == "list" and spec.of is not None:
        return f"a list (at most {spec.max_items}) of {describe_spec(spec.of)}"
    if kind == "map" and spec.keys is not None and spec.of is not None:
        return f"a map of {describe_spec(spec.keys)} to {describe_spec(spec.of)}"
    if kind == "object":
        return "an object: " + ", ".join(
            f"`{f.name}` ({describe_spec(f.spec)})" for f in spec.fields
        )
    if kind == "text":
        return f"text (at most {spec.max_length:,} characters)"
    return {"bool": "true or false", "date": "a date YYYY-MM-DD"}.get(kind, kind)


def _field(field: Field) -> str:
    return f"`{field.name}`: {describe_spec(field.spec)}; seen by {_WHO[field.disclosure]}"


def _phone(kind) -> str:
    """What phones in the room may send to a block of ``kind``, in words."""
    if not kind.phone_inputs:
        return "nothing (typed by the facilitator)"
    return "; and ".join(_phone_input(p) for p in kind.phone_inputs)


def _phone_input(phone) -> str:
    kinds = " or ".join(f"`{k}`" for k, _ in phone.kinds)
    if phone.type == "text":
        return (
            f"free text, waiting for the facilitator, accepted as {kinds} "
            "(or as `parking`: a topic for later)"
        )
    sector = ", by sector when the phone says its partner" if phone.by_sector else ""
    return f"answers counted straight into {kinds}{sector}"


def kinds_markdown() -> str:
    """Every exercise kind: what it captures (fields and who sees them) and its settings."""
    lines = ["# Exercise kinds", ""]
    for kind in all_kinds():
        lines += [f"## `{kind.key}`: {kind.name}", "", kind.guidance, ""]
        # What its blocks capture, then records it keeps beside them (the phones' tallies).
        for item_kind in dict.fromkeys([*kind.item_kinds, *(s.kind for s in kind.items)]):
            schema = item_schema(item_kind)
            if schema is None:
                continue
            lines.append(f"- items `{item_kind}`")
            lines += [f"  - {_field(f)}" for f in schema.fields]
            if schema.text is not Disclosure.ITEM:
                lines.append(f"  - its text: seen by {_WHO[schema.text]}")
            if schema.partner is not None:
                lines.append(f"  - its partner: seen by {_WHO[schema.partner]}")
        for setting in kind.settings:
            lines.append(f"- setting {_field(setting).split('; seen by')[0]}")
        lines.append(f"- from the room's phones: {_phone(kind)}")
        lines.append("")
    return "\n".join(lines)
