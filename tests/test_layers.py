"""What the import-linter contracts cannot see: what a module loads when it is imported.

The layers, the Qt-free packages and the absence of cycles are import-linter contracts
(``[tool.importlinter]`` in pyproject.toml, run by ``make lint``). They count every
import, even one inside a function, so they cannot tell a heavy library imported at
start-up from one imported by the function that needs it (STYLE.md: heavy imports
happen inside that function). This test imports every module of the Qt-free packages
in a fresh interpreter and checks that none of those libraries came with them.
"""

import pkgutil
import subprocess
import sys

import workshop_app

QT_FREE = ["domain", "storage", "exercises", "export", "charts", "errors", "i18n", "resources"]
HEAVY = ["PySide6", "matplotlib", "docx", "sqlite_utils", "jsonschema", "numpy", "PIL"]


def qt_free_modules() -> list[str]:
    found = []
    for info in pkgutil.walk_packages(workshop_app.__path__, "workshop_app."):
        if info.name.split(".")[1] in QT_FREE:
            found.append(info.name)
    return found


def test_qt_free_modules_load_no_heavy_library_when_imported():
    modules = qt_free_modules()
    assert "workshop_app.exercises.registry" in modules and "workshop_app.export.html" in modules
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "from workshop_app.exercises.registry import all_kinds\n"
        "assert len(all_kinds()) >= 16\n"
        f"print(sorted({{m.split('.')[0] for m in sys.modules}} & {set(HEAVY)!r}))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert done.stdout.strip() == "[]"
