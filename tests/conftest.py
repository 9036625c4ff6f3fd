"""Shared fixtures. Tests run headless on Qt's offscreen platform."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MPLBACKEND", "Agg")

import shutil
import tempfile
from pathlib import Path

import pytest

from workshop_app.domain import planning
from workshop_app.domain.records import Collaboration, Partner, Workshop
from workshop_app.exercises.templates import template
from workshop_app.storage import Store, open_store

# The settings of a test run (Edit → Preferences…, ...): its own, never those of whoever
# runs the tests; probes started in their own process inherit it.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="workshop-app-settings-")


@pytest.fixture(autouse=True, scope="session")
def test_language(request: pytest.FixtureRequest):
    """With WORKSHOP_APP_TEST_CATALOGS=FOLDER (tests/test_pseudo_locale.py sets it), the
    app, the room and the exports speak Spanish from the catalog in FOLDER: the pseudo
    language, so layout tests see every text accented and 40% longer."""
    folder = os.environ.get("WORKSHOP_APP_TEST_CATALOGS")
    if not folder:
        yield None
        return
    from workshop_app import i18n
    from workshop_app.ui import languages

    app = request.getfixturevalue("qapp")
    languages.set_catalog_folder(Path(folder))
    languages.install_languages("es", "es")
    languages.install_app_translators(app, "es")
    assert i18n.tr("Export", "Decisions") != "Decisions", f"no catalog in {folder}"
    yield "es"
    i18n.set_default_language("en")
    i18n.set_output_language(None)


@pytest.fixture(autouse=True)
def user_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user data folder (your own templates live there) of each test: its own, never
    the real one of whoever runs the tests."""
    home = tmp_path / "user-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where a test's database lives (not created yet)."""
    return tmp_path / "workshops.sqlite3"


@pytest.fixture
def store(db_path: Path):
    """An empty, migrated database."""
    s = open_store(db_path)
    yield s
    s.close()


@pytest.fixture
def planned_workshop(store: Store) -> Workshop:
    """A collaboration with two partners and a workshop planned from the first-meeting template."""
    collaboration = Collaboration("Safer Streets")
    store.put(
        collaboration,
        Partner(collaboration.id, "City of Riverton", "public"),
        Partner(collaboration.id, "Riverton Youth Alliance", "nonprofit"),
    )
    workshop = Workshop(collaboration.id, "Kick-off", "2026-11-20", "Library")
    store.apply(
        planning.create_workshop(
            workshop, template("first_partnership_meeting").make_blocks(workshop.id)
        )
    )
    return workshop


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database, built once; tests work on copies of it (``demo_db``)."""
    from workshop_app.exercises.demo import add_demo

    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    store = open_store(path)
    add_demo(store)
    store.close()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo database for one test."""
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    return path


def pytest_terminal_summary(terminalreporter) -> None:
    """With SOAK_REPORT set, print what the corpus and disclosure tests counted (the
    figures in docs/reliability.md come from such a run, without xdist)."""
    if not os.environ.get("SOAK_REPORT"):
        return
    import sys

    for name in ("test_import_corpus", "test_disclosure_property"):
        module = sys.modules.get(name)
        if module is not None:
            terminalreporter.write_line(f"{name}: {module.TALLY}")
