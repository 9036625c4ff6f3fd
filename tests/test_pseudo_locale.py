"""No language is cut off: the fit test and the projector layout test, run again with the
app, the room and the exports in a pseudo language (every string accented and 40%
longer, tests/pseudo_locale.py), each in its own process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pseudo_locale import build_pseudo_catalogs, pseudo

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def pseudo_catalogs(tmp_path_factory) -> Path:
    return build_pseudo_catalogs(tmp_path_factory.mktemp("pseudo"))


def test_the_pseudo_language_keeps_placeholders_and_is_longer():
    text = "Remove “{title}” and the %n item(s) in <b>it</b> &amp; &Delete (Ctrl+D)"
    made = pseudo(text)
    for kept in ("{title}", "%n", "<b>", "</b>", "&amp;", "&D", "Ctrl+D"):
        assert kept in made
    assert len(made) >= len(text) * 1.35
    assert "á" in pseudo("a") and pseudo("Ctrl+Shift+F6") == "Ctrl+Shift+F6"


#: What each layout test checks in the pseudo language: everything, but for two wishes
#: about how the English demo content falls onto pages (four partners on one page, a
#: problem statement with its tree), which a 40% longer text may break, and the side
#: lists' four tab names whole, which it elides (checked with the real catalogs; each
#: tab's tooltip names it whole).
LAYOUT_TESTS = {
    "tests/test_fit.py": ["-k", "not side_lists_tabs"],
    "tests/test_room_fit.py": ["-k", "not four_partners_share and not problem_statement_and"],
}


@pytest.mark.parametrize("test_file", list(LAYOUT_TESTS))
def test_layout_fits_in_the_pseudo_language(pseudo_catalogs, test_file):
    env = dict(os.environ, WORKSHOP_APP_TEST_CATALOGS=str(pseudo_catalogs))
    env["QT_QPA_PLATFORM"] = "offscreen"
    options = ["-q", "-p", "no:cacheprovider", *LAYOUT_TESTS[test_file]]
    run = subprocess.run(
        [sys.executable, "-m", "pytest", *options, test_file],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert run.returncode == 0, run.stdout[-6000:] + run.stderr[-2000:]
