"""Your own agenda templates: saved from a workshop's agenda, imported from a file,
exported to one, deleted; kept as one JSON file each in the ``templates`` folder of the
user data folder, beside the app's own templates in the picker.

A template file holds an agenda and nothing said in a meeting: each block's kind,
title, timebox, prompt and the settings that plan it (trust statements, a vote's method
and rule), never a meeting's state (results revealed, how many voted) nor anything
naming a partner or an item. A file is checked like a workshop import before anything
of it is kept (``resources/schema/template.schema.json``, then each block's kind and
settings against what the kind declares); the first problem refuses it in one sentence
and nothing is written.

    >>> saved = save_agenda_as_template("Our kick-off", "", workshop_blocks)
    >>> [t.name for t in all_templates() if t.mine]
    ['Our kick-off']
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import Any

from .. import __version__
from ..domain.records import Block
from ..domain.schema import fields_problems, references
from ..exercises.registry import find_kind
from ..exercises.templates import Template, TemplateBlock, templates
from ..i18n import tr
from ..resources import resource_path
from . import ExportError, write_atomically
from .json_checks import DERIVED_SETTINGS, Refusals, first_schema_error, json_object

log = logging.getLogger(__name__)

FORMAT_NAME = "workshop-app/template"
FORMAT_VERSION = 1
#: Larger files are refused before they are read (a template of 100 blocks is ~100 KB).
MAX_TEMPLATE_BYTES = 1024 * 1024
#: A template nests five levels; far deeper means a hostile or broken file.
MAX_NESTING = 16
#: Your templates' keys start with this, so they never clash with the app's own.
MINE = "yours/"
#: Settings that record how a meeting went rather than how it is planned.
MEETING_STATE = frozenset({"revealed", "voters", *DERIVED_SETTINGS})


class TemplateRefused(ExportError):
    """The template file cannot be used; nothing was written."""


def user_templates_folder() -> Path:
    """Where your own templates are kept: ``templates`` in the user data folder."""
    from ..storage.opening import user_data_folder

    return user_data_folder() / "templates"


@cache
def template_schema() -> dict[str, Any]:
    return json.loads(resource_path("schema", "template.schema.json").read_text("utf-8"))


# ------------------------------------------------------------------ reading
def parse_template_document(raw: bytes, name: str = "the file", key: str = "") -> Template:
    """``raw`` checked whole and read as one of your templates (its key ``key``); raises
    :class:`TemplateRefused` with one plain sentence."""
    not_ours = tr("Templates", "{name} is not a Workshop App template file.").format(name=name)
    refusals = Refusals(
        too_large=tr("Templates", "{name} is too large to be a template file.").format(name=name),
        not_json=tr(
            "Templates", "{name} is not a Workshop App template file (it is not valid JSON)."
        ).format(name=name),
        not_ours=not_ours,
        not_unicode=tr(
            "Templates",
            "{name} is damaged: it holds text that is not valid Unicode. Nothing was kept.",
        ).format(name=name),
    )
    document = json_object(raw, MAX_TEMPLATE_BYTES, refusals, TemplateRefused)
    if document.get("format") != FORMAT_NAME:
        raise TemplateRefused(not_ours)
    version = document.get("format_version")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise TemplateRefused(
            tr(
                "Templates",
                "{name} was made by a newer version of Workshop App; update the app to use it.",
            ).format(name=name)
        )
    error = first_schema_error(document, template_schema())
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or tr("Templates", "the top level")
        raise _damaged(name, where, error.message[:200])
    problem = next(_content_problems(document), None)
    if problem is not None:
        raise _damaged(name, *problem)
    return Template(
        key=key,
        name=document["name"].strip(),
        description=document.get("description", ""),
        next_meeting=document.get("next_meeting", ""),
        blocks=tuple(
            TemplateBlock(
                b["kind"],
                b.get("title", ""),
                b["minutes"],
                b.get("prompt", ""),
                b.get("settings", {}),
            )
            for b in document["blocks"]
        ),
        minutes=sum(b["minutes"] for b in document["blocks"]),
        order=100,  # after the app's own
        mine=True,
    )


def _damaged(name: str, where: str, problem: str) -> TemplateRefused:
    return TemplateRefused(
        tr("Templates", "{name} is not a template this app can use: at {where}, {problem}.").format(
            name=name, where=where, problem=problem
        )
    )


def _content_problems(document: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(where, what) for the first block whose kind or settings this version refuses,
    and a stated length its blocks do not add up to."""
    for n, block in enumerate(document["blocks"]):
        kind = find_kind(block["kind"])
        if kind is None:
            yield (
                f"blocks/{n}",
                tr("Templates", "the block kind {kind!r} is not one this version knows").format(
                    kind=block["kind"]
                ),
            )
            continue
        settings = block.get("settings", {})
        for problem in fields_problems(kind.all_settings, settings, "settings"):
            yield f"blocks/{n}", problem
        for name in settings:
            if name in MEETING_STATE:
                yield (
                    f"blocks/{n}/settings/{name}",
                    tr("Templates", "this records a meeting, not a plan"),
                )
    total = sum(b["minutes"] for b in document["blocks"])
    if "minutes" in document and document["minutes"] != total:
        yield (
            "minutes",
            tr("Templates", "the blocks add up to {total} minutes, not {stated}").format(
                total=total, stated=document["minutes"]
            ),
        )


def read_template_file(path: Path, key: str = "") -> Template:
    """The template in ``path`` (its size is checked before it is read)."""
    name = path.name
    try:
        if path.stat().st_size > MAX_TEMPLATE_BYTES:
            raise TemplateRefused(
                tr("Templates", "{name} is too large to be a template file.").format(name=name)
            )
        raw = path.read_bytes()
    except OSError as e:
        raise TemplateRefused(
            tr("Templates", "Cannot read {name}: {reason}.").format(
                name=name, reason=e.strerror or e
            )
        ) from e
    return parse_template_document(raw, name, key)


def your_templates(folder: Path | None = None) -> list[Template]:
    """Your templates, by name. A file there that cannot be used is left out (and
    logged): it never stops the picker from opening."""
    folder = folder or user_templates_folder()
    found = []
    for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
        try:
            found.append(read_template_file(path, MINE + path.stem))
        except TemplateRefused as e:
            log.warning("Template left out of the picker: %s", e.message)
    return sorted(found, key=lambda t: t.name.casefold())


def all_templates() -> list[Template]:
    """The app's templates in the order of a partnership's meetings, then yours."""
    return [*templates(), *your_templates()]


def find_template(key: str) -> Template:
    """The template ``key`` (the app's or yours); KeyError when there is none."""
    for t in all_templates():
        if t.key == key:
            return t
    raise KeyError(key)


# ------------------------------------------------------------------ writing
def plan_settings(kind_key: str, settings: dict[str, Any]) -> dict[str, Any]:
    """The settings of a block worth keeping in a template: those its kind declares that
    plan the block, leaving out a meeting's state and anything naming a partner or an
    item of that meeting."""
    kind = find_kind(kind_key)
    if kind is None:
        return {}
    declared = {f.name: f for f in kind.all_settings}
    return {
        name: value
        for name, value in settings.items()
        if name in declared
        and name not in MEETING_STATE
        and not any(references(declared[name].spec, value))
    }


def template_document(
    name: str, description: str, blocks: Sequence[Block] | Sequence[TemplateBlock]
) -> dict[str, Any]:
    """A template file's content for an agenda (a workshop's blocks, or a template's)."""
    rows = []
    for b in blocks:
        if isinstance(b, Block):
            kind, title, minutes, prompt = b.kind, b.title, b.timebox_minutes, b.prompt
            settings = plan_settings(b.kind, b.settings)
        else:
            kind, title, minutes, prompt, settings = (
                b.kind,
                b.title,
                b.minutes,
                b.prompt,
                b.settings,
            )
        row: dict[str, Any] = {"kind": kind, "title": title, "minutes": max(1, int(minutes))}
        if prompt:
            row["prompt"] = prompt
        if settings:
            row["settings"] = settings
        rows.append(row)
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "name": name.strip(),
        "description": description.strip(),
        "minutes": sum(r["minutes"] for r in rows),
        "blocks": rows,
    }


def _encoded(document: dict[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _file_stem(name: str) -> str:
    """A file name for a template called ``name``: its letters and digits, plain."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.casefold()).strip("-")[:60] or "template"


def _keep(document: dict[str, Any], folder: Path | None = None) -> Template:
    """Write ``document`` (checked as any file is) as a new template of yours."""
    raw = _encoded(document)
    name = document["name"]
    folder = folder or user_templates_folder()
    checked = parse_template_document(raw, tr("Templates", "the template"))
    if any(t.name.casefold() == checked.name.casefold() for t in your_templates(folder)):
        raise TemplateRefused(
            tr(
                "Templates",
                "You already have a template called “{name}”: choose another name, or delete "
                "that one first.",
            ).format(name=name)
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise TemplateRefused(
            tr("Templates", "Cannot make the templates folder {folder}: {reason}.").format(
                folder=folder, reason=e.strerror or e
            )
        ) from e
    stem, n = _file_stem(name), 1
    while (folder / f"{stem}.json").exists():
        n += 1
        stem = f"{_file_stem(name)}-{n}"
    write_atomically(folder / f"{stem}.json", raw)
    return read_template_file(folder / f"{stem}.json", MINE + stem)


def save_agenda_as_template(name: str, description: str, blocks: Sequence[Block]) -> Template:
    """Keep a workshop's agenda as a template of yours called ``name``."""
    if not name.strip():
        raise TemplateRefused(tr("Templates", "Give the template a name."))
    if not blocks:
        raise TemplateRefused(tr("Templates", "The agenda has no blocks to keep as a template."))
    return _keep(template_document(name, description, blocks))


def import_template_file(path: Path) -> Template:
    """Check the template file ``path`` and keep a copy of it among yours."""
    found = read_template_file(path)
    document = template_document(found.name, found.description, found.blocks)
    document["next_meeting"] = found.next_meeting
    return _keep(document)


def export_template_file(template: Template, path: Path, overwrite: bool = False) -> Path:
    """Write ``template`` (the app's or yours) to ``path``, for another computer."""
    document = template_document(template.label, template.description_text, template.blocks)
    if template.next_meeting:
        document["next_meeting"] = template.next_meeting_text
    if not template.mine:  # the app's own: its titles in the words the facilitator reads
        for row, block in zip(document["blocks"], template.blocks, strict=True):
            row["title"] = template.block_title(block)
    return write_atomically(path, _encoded(document), overwrite=overwrite)


def delete_template(template: Template) -> None:
    """Remove one of your templates (the app's own cannot be removed)."""
    if not template.mine or not template.key.startswith(MINE):
        raise TemplateRefused(tr("Templates", "Only your own templates can be deleted."))
    path = user_templates_folder() / f"{template.key.removeprefix(MINE)}.json"
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as e:
        raise TemplateRefused(
            tr("Templates", "Cannot delete {path}: {reason}.").format(
                path=path, reason=e.strerror or e
            )
        ) from e
