"""Installing it like any desktop app: --version, a plain message when Qt's platform
libraries are missing, Help → About. (The bundle itself is tested by
packaging/smoke_test.sh, which `.ci/run` runs on it after `make dist`.)"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QTextBrowser

from tests.test_accessibility import unnamed_controls
from tests.test_ui_foundation import shown
from workshop_app import __version__
from workshop_app.ui.about_dialog import COMPONENTS, LICENCE, AboutDialog
from workshop_app.ui.main_window import MainWindow
from workshop_app.ui.platform_libraries import XCB_LIBRARIES, explain_platform_failure
from workshop_app.ui.session import Session

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 libraries")


def test_version_prints_the_version_of_the_package() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--version"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"workshop-app {__version__}"
    assert __version__ == PYPROJECT["project"]["version"]


# ------------------------------------------------------------ platform libraries
def absent(*names: str):
    return lambda name: name not in names


def test_missing_libraries_are_named_with_the_packages_that_bring_them() -> None:
    message = explain_platform_failure(
        ["From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform"],
        environ={"DISPLAY": ":0"},
        loads=absent("libxcb-icccm.so.4", "libxcb-keysyms.so.1"),
    )
    assert message is not None
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in message
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1\n" in message
    assert message.endswith("sudo dnf install xcb-util-wm xcb-util-keysyms")
    assert "cursor" not in message  # Qt's guess is not repeated


def test_a_package_bringing_several_missing_libraries_is_named_once() -> None:
    message = explain_platform_failure(
        [], environ={"DISPLAY": ":0"}, loads=absent("libxcb-shm.so.0", "libxcb-sync.so.1")
    )
    assert message is not None
    assert message.endswith("sudo dnf install libxcb")
    assert "sudo apt install libxcb-shm0 libxcb-sync1\n" in message


def test_an_unreachable_display_is_said_plainly_when_no_library_is_missing() -> None:
    message = explain_platform_failure(
        ["could not connect to display :7"], environ={"DISPLAY": ":7"}, loads=absent()
    )
    assert message is not None and "the display :7 cannot be reached" in message
    message = explain_platform_failure([], environ={}, loads=absent())
    assert message is not None and "DISPLAY and WAYLAND_DISPLAY are not set" in message


def test_an_unknown_platform_failure_is_left_to_qts_own_words() -> None:
    assert explain_platform_failure(["?"], environ={"DISPLAY": ":0"}, loads=absent()) is None


@linux_only
def test_every_library_named_is_one_that_qts_xcb_plugin_links_against() -> None:
    """A misspelt name would be reported missing on every computer. (``ldd`` lists a
    library it cannot find too, as "name => not found".)"""
    import PySide6

    if shutil.which("ldd") is None:
        pytest.skip("no ldd")
    qt = Path(PySide6.__file__).parent / "Qt"
    listed = subprocess.run(
        ["ldd", qt / "plugins" / "platforms" / "libqxcb.so", qt / "lib" / "libQt6XcbQpa.so.6"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    linked = {line.split()[0] for line in listed.splitlines() if "=>" in line}
    assert set(XCB_LIBRARIES) - linked == set()


@linux_only
def test_starting_the_window_without_its_libraries_says_what_to_install(tmp_path: Path) -> None:
    """The first start on a plain desktop: two libraries the xcb plugin needs are broken
    (empty files found first on the library path), so Qt cannot load the plugin."""
    broken = tmp_path / "lib"
    broken.mkdir()
    for name in ("libxcb-icccm.so.4", "libxcb-keysyms.so.1"):
        (broken / name).write_bytes(b"")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")}
    env.update(DISPLAY=":99", LD_LIBRARY_PATH=str(broken), WORKSHOP_APP_DB=str(tmp_path / "x.db"))
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py")],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        env=env,
        timeout=60,
    )
    assert done.returncode == 1
    # Only these two on this machine; a machine lacking more would list them too.
    reason, debian, fedora = done.stderr.splitlines()
    assert reason.startswith(
        "Workshop App cannot open its window: this computer lacks libraries that Qt needs "
        "to draw on the desktop (libxcb-icccm.so.4, "
    )
    assert "libxcb-keysyms.so.1" in reason
    assert reason.endswith("Install them, then start Workshop App again:")
    assert debian.startswith("  Debian, Ubuntu:  sudo apt install libxcb-icccm4 ")
    assert "libxcb-keysyms1" in debian.split()
    assert fedora.startswith("  Fedora:          sudo dnf install xcb-util-wm ")
    assert "xcb-util-keysyms" in fedora.split()


# ------------------------------------------------------------------ Help → About
@pytest.fixture
def about(qtbot, store) -> AboutDialog:
    window = shown(qtbot, MainWindow(Session(store)))
    [action] = [a for a in window.menus["help"].actions() if "About" in a.text()]
    action.trigger()
    qtbot.waitUntil(lambda: isinstance(window.findChild(AboutDialog), AboutDialog))
    dialog = window.findChild(AboutDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_about_shows_where_the_data_and_the_backups_are(about, store) -> None:
    assert about.findChild(QLabel, "database").text() == str(store.path)
    assert about.findChild(QLabel, "backups").text() == str(store.path.parent / "backups")


def test_about_shows_the_version_and_the_licence_of_the_project(about) -> None:
    assert f"Version {__version__}" in about.findChild(QLabel, "version").text()
    assert LICENCE == PYPROJECT["project"]["license"]["text"]
    assert f"under the {LICENCE} licence" in about.findChild(QLabel, "licence").text()


def test_about_lists_every_dependency_with_its_licence(about) -> None:
    shown_text = about.findChild(QTextBrowser, "components").toPlainText()
    distributions = {c.distribution.lower() for c in COMPONENTS}
    for requirement in PYPROJECT["project"]["dependencies"]:
        name = requirement.split(">")[0].split("<")[0].split("=")[0].strip().lower()
        assert name in distributions, f"{name} is not in About's components"
    for component in COMPONENTS:
        assert component.name in shown_text and component.licence in shown_text
    assert "LGPL" in shown_text


def test_every_control_of_about_is_named_and_close_closes_it(about, qtbot) -> None:
    assert unnamed_controls(about) == []
    from PySide6.QtCore import Qt

    qtbot.keyClick(about, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not about.isVisible())
