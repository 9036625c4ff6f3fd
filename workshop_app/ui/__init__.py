"""Qt widgets: one module per screen or dialog. Only presents the domain."""

import sys


def _skip_pyside_source_scan() -> None:
    """Spare PySide from reading the source of modules whose answer is known.

    PySide (6.4 and later) reads the whole source file of every module imported
    after it, to see whether it mentions "PySide6" and so may use PySide's opt-in
    ``from __feature__ import ...`` switches. For our own modules and the standard
    library the answer is known without reading (ours: yes, or harmlessly treated
    so, since we select no switch; the standard library: no), and reading them
    costs about 9 ms of start-up, a sixth of its budget (``bench/bench_startup.py``).
    Other modules are read as before. Should PySide's internals change, this does
    nothing and PySide reads every file as before.
    """
    import PySide6.QtCore  # noqa: F401 - PySide sets up its import hook on first import

    feature = sys.modules.get("shibokensupport.feature")
    reads_source = getattr(feature, "_mod_uses_pyside", None)
    if reads_source is None or getattr(reads_source, "spared", False):
        return

    def uses_pyside(module: object) -> bool:
        name = getattr(module, "__name__", "")
        if name.startswith("workshop_app."):
            return True
        if name.partition(".")[0] in sys.stdlib_module_names:
            return False
        return reads_source(module)

    uses_pyside.spared = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


_skip_pyside_source_scan()
