"""``python -m workshop_app.i18n_extract``: see the package's docstring."""

import sys

from . import main

sys.exit(main())
