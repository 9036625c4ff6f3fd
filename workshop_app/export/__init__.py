"""Exports: one module per format, all fed by one audience-filtered view.

Every exporter receives an :class:`~workshop_app.domain.visibility.AudienceView`
(or the summary elements built from one) and never decides visibility itself.
This module is light to import; each format imports its heavy library lazily.
"""

from __future__ import annotations

import importlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..domain.records import Collaboration, Workshop
from ..domain.visibility import Audience, AudienceView, audience_view
from ..errors import UserFacingError
from ..exercises.registry import history_kinds
from ..i18n import speaking_output, tr
from ..storage import Store


class ExportError(UserFacingError):
    """An export the user asked for cannot be made; ``message`` is one plain sentence."""


@dataclass(frozen=True)
class Format:
    key: str
    name: str
    suffix: str
    #: "module:function" taking (AudienceView) -> bytes for a workshop summary
    workshop: str
    #: "module:function" taking (CollaborationReport) -> bytes
    report: str


FORMATS: dict[str, Format] = {
    f.key: f
    for f in (
        Format("md", "Markdown", ".md", "markdown:workshop_markdown", "markdown:report_markdown"),
        Format(
            "html",
            "HTML (self-contained web page)",
            ".html",
            "html:workshop_html",
            "html:report_html",
        ),
        # Laid out by Qt, so the writer lives with the other Qt painting in ui/.
        Format(
            "pdf",
            "PDF",
            ".pdf",
            "workshop_app.ui.pdf_writer:workshop_pdf",
            "workshop_app.ui.pdf_writer:report_pdf",
        ),
        Format("docx", "Word (.docx)", ".docx", "docx:workshop_docx", "docx:report_docx"),
        Format(
            "csv", "CSV tables", ".csv", "csv_tables:workshop_csv_zip", "csv_tables:report_csv_zip"
        ),
        Format(
            "json",
            "JSON (whole workshop, for import)",
            ".json",
            "json_format:workshop_json_bytes",
            "json_format:report_json_bytes",
        ),
    )
}


def _function(spec: str) -> Callable:
    """``module:function`` of this package, or of an absolute module (the PDF writer)."""
    module, _, name = spec.partition(":")
    path = module if "." in module else f"{__name__}.{module}"
    return getattr(importlib.import_module(path), name)


def workshop_view(store: Store, workshop_id: str, audience: Audience | str) -> AudienceView:
    """The workshop as ``audience`` may see it: the only input of every workshop export."""
    try:
        snapshot = store.snapshot(workshop_id, history_kinds())
    except KeyError:
        raise ExportError(
            tr("Export", "There is no workshop with the id {id}.").format(id=workshop_id)
        ) from None
    return audience_view(snapshot, audience)


@speaking_output()
def render_workshop(view: AudienceView, fmt: str, **options: object) -> bytes:
    """The workshop summary (or data, for csv/json) in format ``fmt`` as bytes, in the
    exports' language (``i18n.output_language``)."""
    return _function(FORMATS[fmt].workshop)(view, **options)


@speaking_output()
def render_report(
    store: Store, collaboration_id: str, audience: Audience | str, fmt: str, **options: object
) -> bytes:
    """The collaboration report across all its workshops in format ``fmt``."""
    from .report import collaboration_report

    return report_bytes(collaboration_report(store, collaboration_id, audience), fmt, **options)


@speaking_output()
def report_bytes(report: object, fmt: str, **options: object) -> bytes:
    """A collaboration report already read (``report.collaboration_report``) in ``fmt``:
    what may run away from the thread that owns the database."""
    return _function(FORMATS[fmt].report)(report, **options)


def safe_filename(title: str, suffix: str = "", fallback: str = "export") -> str:
    """A file name made from ``title`` that is safe on Windows, macOS and Linux."""
    text = unicodedata.normalize("NFKC", title)
    text = re.sub(r'[\x00-\x1f\x7f<>:"/\\|?*]+', " ", text)
    text = re.sub(r"\s+", " ", text).strip(" .")
    if text.split(".")[0].upper() in _RESERVED:
        text = f"_{text}"
    text = text[:120].rstrip(" .") or fallback
    return text + suffix


_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}


def suggested_name(
    view_or_record: AudienceView | Workshop | Collaboration, fmt: str, audience: Audience | str
) -> str:
    """``2026-09-15 Kick-off (partners).pdf`` and the like."""
    if isinstance(view_or_record, AudienceView):
        record: Workshop | Collaboration = view_or_record.workshop
    else:
        record = view_or_record
    if isinstance(record, Workshop):
        stem = f"{record.date} {record.title}".strip()
    else:
        stem = tr("Export", "{name} report").format(name=record.name)
    suffix = FORMATS[fmt].suffix if fmt != "csv" else ".zip"
    return safe_filename(f"{stem} ({Audience(audience).value})", suffix)


def _current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _current_umask()


class FileExistsRefused(ExportError):
    """The target exists and the caller did not allow overwriting it."""


def write_atomically(path: str | os.PathLike[str], data: bytes, overwrite: bool = False) -> Path:
    """Write ``data`` to ``path`` through a temporary file and a rename.

    A reader never sees a half-written file, and a crash leaves either the old
    file or the new one. Refuses to replace an existing file unless ``overwrite``.
    """
    path = Path(path)
    if path.exists() and not overwrite:
        raise FileExistsRefused(
            tr(
                "Export",
                "{path} already exists; choose another name or allow overwriting (--force).",
            ).format(path=path)
        )
    if path.is_dir():
        raise ExportError(tr("Export", "{path} is a folder, not a file.").format(path=path))
    folder = path.parent
    try:
        fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    except OSError as e:
        raise ExportError(
            tr("Export", "Cannot write in {folder}: {reason}.").format(
                folder=folder, reason=e.strerror or e
            )
        ) from e
    try:
        # mkstemp makes the file private (0600); give it the mode a new file would have
        os.chmod(temp, path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_UMASK)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        if not overwrite and path.exists():  # appeared while we were writing
            raise FileExistsRefused(
                tr(
                    "Export",
                    "{path} already exists; choose another name or allow overwriting (--force).",
                ).format(path=path)
            )
        os.replace(temp, path)
    except OSError as e:
        Path(temp).unlink(missing_ok=True)
        raise ExportError(
            tr("Export", "Cannot write {path}: {reason}.").format(path=path, reason=e.strerror or e)
        ) from e
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path
