"""The method library: every exercise kind as a method to plan a meeting from (Help →
Method library, ``workshop-app methods``).

A method is read from its kind's declarations (name, family, guide, ``when``,
``group_size``, timebox), in the facilitator's language, so the library is always the
one of the version that shows it and adding a kind adds its entry.

    >>> [m.key for m in find_methods("trust anonymous")]
    ['trust_check_in']
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from ..domain.schedule import minutes_text
from ..i18n import tr
from .registry import FAMILIES, ExerciseKind, Guide, all_kinds, find_kind


@dataclass(frozen=True)
class Method:
    """One exercise kind as the library shows it, translated."""

    key: str
    name: str
    family: str
    purpose: str
    when: str
    group_size: str
    minutes: int
    steps: tuple[str, ...]
    tips: tuple[str, ...]
    pitfalls: tuple[str, ...]

    @property
    def time_needed(self) -> str:
        """Its usual timebox in words ("25 min")."""
        return minutes_text(self.minutes)

    def searched_text(self) -> str:
        """What a search looks in: its name, purpose and when to use it, folded."""
        return fold(f"{self.name} {self.purpose} {self.when}")


def method_of(kind: ExerciseKind) -> Method:
    """``kind`` as a method of the library, in the facilitator's language."""
    guide = kind.guide.translated() if kind.guide is not None else Guide("", (), (), ())
    return Method(
        key=kind.key,
        name=kind.label,
        family=tr("Exercises", FAMILIES.get(kind.family, kind.family)),
        purpose=guide.purpose,
        when=kind.when_text,
        group_size=kind.group_size_text,
        minutes=kind.minutes,
        steps=guide.steps,
        tips=guide.tips,
        pitfalls=guide.pitfalls,
    )


def methods() -> list[Method]:
    """Every method, family by family as the Add block menu lists the kinds."""
    return [method_of(kind) for kind in all_kinds()]


def find_method(key: str) -> Method | None:
    """The method of the kind ``key``, or None when no kind has that key."""
    kind = find_kind(key)
    return method_of(kind) if kind is not None else None


def fold(text: str) -> str:
    """``text`` for matching: any case, accents dropped ("Évaluation" finds "evaluation")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def matches(method: Method, search: str) -> bool:
    """Whether every word of ``search`` is in the method's name, purpose or when to use it
    (as a word or part of one); an empty search matches every method."""
    text = method.searched_text()
    return all(word in text for word in fold(search).split())


def find_methods(search: str) -> list[Method]:
    """The methods :func:`matches` keeps, in the library's order."""
    return [m for m in methods() if matches(m, search)]


def method_entry(method: Method) -> list[str]:
    """A method's whole entry as lines of plain text (``workshop-app methods --kind``)."""

    def listed(heading: str, texts: tuple[str, ...], numbered: bool = False) -> list[str]:
        if not texts:
            return []
        marks = [f"{n}." if numbered else "-" for n in range(1, len(texts) + 1)]
        return ["", heading, *(f"  {mark} {text}" for mark, text in zip(marks, texts, strict=True))]

    return [
        f"{method.name}  [{method.key}]",
        method.family,
        "",
        tr("Library", "Purpose: {text}").format(text=method.purpose),
        tr("Library", "When to use it: {text}").format(text=method.when),
        tr("Library", "Group size: {text}").format(text=method.group_size),
        tr("Library", "Time needed: {time}").format(time=method.time_needed),
        *listed(tr("Library", "Steps"), method.steps, numbered=True),
        *listed(tr("Library", "Tips"), method.tips),
        *listed(tr("Library", "Pitfalls"), method.pitfalls),
    ]
