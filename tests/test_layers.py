"""The domain, the exercise definitions and storage never import Qt (STYLE.md: layers)."""

import subprocess
import sys

PLAIN_MODULES = [
    "workshop_app.domain.records",
    "workshop_app.domain.visibility",
    "workshop_app.domain.edits",
    "workshop_app.domain.live",
    "workshop_app.domain.planning",
    "workshop_app.domain.schedule",
    "workshop_app.domain.decision_rules",
    "workshop_app.storage",
    "workshop_app.storage.backup",
    "workshop_app.exercises.templates",
    "workshop_app.export.summary",
]


def test_domain_storage_and_exercise_logic_load_without_qt_or_matplotlib():
    code = (
        "import sys\n"
        f"for name in {PLAIN_MODULES!r}: __import__(name)\n"
        "from workshop_app.exercises.registry import all_kinds\n"
        "assert len(all_kinds()) >= 16\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'matplotlib'))]\n"
        "print(loaded)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"
