"""Where bundled resources (templates, themes, schemas) live.

They ship as package data of ``workshop_app._resources``: ``pyproject.toml`` maps that
package to the repository's top-level ``resources/`` folder, so a wheel (or any
non-editable install) carries them inside the package and :mod:`importlib.resources`
finds them wherever it was installed. Run from the source tree (``PYTHONPATH``, or the
Makefile's ``compat`` editable install, which only puts the project folder on the path)
that package has no folder of its own, and the folder is read where it is in the repo.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_folder() -> Path:
    """The folder holding the bundled resources."""
    from importlib import resources  # here: the first window needs no resource (start-up)

    try:
        bundled = resources.files("workshop_app._resources")
    except ModuleNotFoundError:  # the source tree: see the module's docstring
        return Path(__file__).resolve().parent.parent / "resources"
    # A wheel installs unzipped, so this is a real folder (Qt's translator needs a path).
    return Path(str(bundled))


def resource_path(*parts: str) -> Path:
    """The path of a bundled resource, e.g. ``resource_path("themes", "dark.json")``."""
    return resources_folder().joinpath(*parts)
