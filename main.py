"""Start Workshop App: `python main.py` opens the window, `python main.py --help` lists commands."""

import sys

from workshop_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
