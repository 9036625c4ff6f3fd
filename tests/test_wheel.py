"""The app as a user installs it: a wheel, installed non-editable, run from elsewhere.

The rest of the suite imports the source tree, where ``resources/`` sits next to the
package; only an installed wheel shows whether the package carries what it needs.

How the fresh environment gets its dependencies: a venv made without pip, the wheel
installed into it with ``--no-deps`` (by this interpreter's pip, ``pip --python``), and
a ``.pth`` file naming this environment's site-packages. A ``.pth`` line only appends a
folder to ``sys.path``; the ``.pth`` files inside that folder are not run, so the
editable install that points back at the repository stays out, and the venv's own
site-packages (the wheel) comes first. Nothing is downloaded or copied: PySide6 and
matplotlib are seen where they already are. The first test checks that the app really
runs from the wheel.

Builds once per session (about 5 s, with pip's usual build isolation, from the same
index ``make`` installs from) and runs in ``make test``; ``-m "not wheel"`` skips it.
"""

from __future__ import annotations

import os
import re
import shutil
import site
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from filelock import FileLock
from pypdf import PdfReader

from tests.export_helpers import normalise

pytestmark = pytest.mark.wheel

REPO = Path(__file__).resolve().parent.parent
TIMEOUT = 180
KICKOFF = "Kick-off: first partnership meeting"


@dataclass(frozen=True)
class Installed:
    wheel: Path
    python: Path
    app: Path  # the ``workshop-app`` script pip wrote
    site_packages: Path
    elsewhere: Path  # a folder that is not the repository, to run it from
    env: dict[str, str]

    def run(self, *args: str | Path) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(a) for a in args],
            cwd=self.elsewhere,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )

    def app_ok(self, *args: str | Path) -> str:
        done = self.run(self.app, *args)
        assert done.returncode == 0, done.stderr
        return done.stdout


def build_wheel(into: Path) -> Path:
    """``pip wheel`` of a copy of the project (the build leaves the repository as it was)."""
    source = into / "source"
    shutil.copytree(
        REPO,
        source,
        ignore=shutil.ignore_patterns(
            ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", "bench"
        ),
    )
    out = into / "dist"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", out, source],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert done.returncode == 0, done.stderr
    (wheel,) = out.glob("workshop_app-*.whl")
    return wheel


def install_fresh(wheel: Path, venv: Path, env: dict[str, str]) -> Path:
    """A new venv holding the wheel and seeing this environment's dependencies; its
    site-packages."""
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True)
    python = venv_python(venv)
    paths = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    )
    purelib = Path(paths.stdout.strip())
    pip = [sys.executable, "-m", "pip", "--python", str(python)]  # this pip, run by it
    done = subprocess.run(
        [*pip, "install", "--quiet", "--no-deps", "--no-index", str(wheel)],
        env=env,  # without PYTHONPATH, pip sees an empty venv and installs
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert done.returncode == 0, done.stderr
    (purelib / "dependencies_from_the_test_environment.pth").write_text(
        "\n".join(site.getsitepackages()) + "\n", "utf-8"
    )
    return purelib


def venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


@pytest.fixture(scope="session")
def installed(tmp_path_factory: pytest.TempPathFactory, worker_id: str) -> Installed:
    """The wheel, installed in a fresh venv; a clean environment to run it in.

    Built once for the whole run: the first worker to get here builds, the others wait
    for it (the pattern pytest-xdist documents; its ``loadgroup`` does not group tests
    under pytest 9).
    """
    base = tmp_path_factory.getbasetemp()
    shared = base if worker_id == "master" else base.parent  # one folder per run
    root = shared / "wheel"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.pop("WORKSHOP_APP_DB", None)
    with FileLock(shared / "wheel.lock"):
        if not (root / "installed").exists():
            root.mkdir(exist_ok=True)
            wheel = build_wheel(root)
            purelib = install_fresh(wheel, root / "venv", env)
            (root / "installed").write_text(f"{wheel}\n{purelib}\n", "utf-8")
    wheel, purelib = (Path(line) for line in (root / "installed").read_text("utf-8").split())
    elsewhere = tmp_path_factory.mktemp("elsewhere")  # this worker's own
    env |= {
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_DATA_HOME": str(elsewhere / "data"),  # backups and settings stay in here
        "XDG_CONFIG_HOME": str(elsewhere / "config"),
    }
    python = venv_python(root / "venv")
    app = python.parent / ("workshop-app.exe" if os.name == "nt" else "workshop-app")
    return Installed(wheel, python, app, purelib, elsewhere, env)


@pytest.fixture(scope="session")
def demo_in_installed(installed: Installed) -> tuple[Path, str]:
    """The installed app's demo database, and its kick-off meeting's id."""
    db = installed.elsewhere / "demo.sqlite3"
    installed.app_ok("demo", "--db", db)
    listing = installed.app_ok("list", "--db", db)
    found = re.search(rf"{re.escape(KICKOFF)}  \[([0-9a-f-]+)\]", listing)
    assert found, listing
    return db, found.group(1)


def test_the_installed_app_runs_from_the_wheel_not_the_repository(installed: Installed):
    done = installed.run(
        installed.python,
        "-c",
        "import workshop_app, workshop_app.resources as r\n"
        "print(workshop_app.__file__)\n"
        "print(r.resources_folder())",
    )
    assert done.returncode == 0, done.stderr
    module, resources = (Path(line) for line in done.stdout.splitlines())
    assert module.is_relative_to(installed.site_packages)
    assert resources == installed.site_packages / "workshop_app" / "_resources"


def test_the_wheel_holds_every_package_and_every_resource(installed: Installed):
    names = set(zipfile.ZipFile(installed.wheel).namelist())
    packages = [p.parent.relative_to(REPO) for p in (REPO / "workshop_app").rglob("__init__.py")]
    missing = [str(p) for p in packages if f"{p.as_posix()}/__init__.py" not in names]
    assert missing == [], "list these in pyproject's [tool.setuptools] packages"
    resources = [
        p.relative_to(REPO / "resources").as_posix()
        for p in (REPO / "resources").rglob("*")
        if p.is_file() and p.suffix not in {".py", ".pyc"}
    ]
    assert resources, "the repository's resources/ folder is empty"
    missing = [r for r in resources if f"workshop_app/_resources/{r}" not in names]
    assert missing == [], "add their kind to pyproject's [tool.setuptools.package-data]"


def test_the_installed_app_exports_a_pdf_of_the_demo_meeting(installed, demo_in_installed):
    db, workshop_id = demo_in_installed
    out = installed.elsewhere / "kickoff.pdf"
    installed.app_ok("export", workshop_id, "--format", "pdf", "-o", out, "--db", db)
    pages = PdfReader(out).pages
    assert len(pages) >= 2
    assert KICKOFF in normalise(pages[0].extract_text())


def test_the_installed_app_renders_the_room_view_of_a_block(installed, demo_in_installed):
    from PySide6.QtGui import QImage

    db, workshop_id = demo_in_installed
    out = installed.elsewhere / "block1.png"
    installed.app_ok("render", workshop_id, "--block", "1", "-o", out, "--db", db)
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1920, 1080)
    colours = {image.pixel(x, y) for x in range(0, 1920, 40) for y in range(0, 1080, 40)}
    assert len(colours) > 2  # text and a theme, not a blank frame
