"""Start Workshop App: `python main.py` opens the window, `python main.py --help` lists commands."""

import os
import sys

from workshop_app.cli import main

if __name__ == "__main__":
    # The Windows app without a console (packaging/workshop_app.spec) has no stdout or
    # stderr at all: writes to them (the bug report's traceback) would fail before the
    # bug dialog could show. workshop-app-cli.exe is the one that prints.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w"))
    sys.exit(main())
