"""Help → About: the version, the licence, where the data and its backups are, and the
open-source components the app is built on, with their licences."""

from __future__ import annotations

import html
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..storage.guard import backup_folder
from .app import application_icon
from .form_dialog import note

#: The app's own licence (``license`` in pyproject.toml, the LICENSE file).
LICENCE = "MIT"


class Component(NamedTuple):
    name: str
    #: The distribution to ask for the installed version ("" when not a Python package).
    distribution: str
    licence: str
    address: str


#: What the app is built on and ships with: the direct dependencies in pyproject.toml
#: (tests/test_install.py keeps this list complete) and what they bring that a person
#: might look for.
COMPONENTS: tuple[Component, ...] = (
    Component("Python", "", "PSF License", "https://www.python.org"),
    Component("Qt", "", "LGPL-3.0", "https://www.qt.io"),
    Component("PySide6 (Qt for Python)", "PySide6", "LGPL-3.0", "https://wiki.qt.io/Qt_for_Python"),
    Component("SQLite", "", "Public domain", "https://sqlite.org"),
    Component("sqlite-utils", "sqlite-utils", "Apache-2.0", "https://sqlite-utils.datasette.io"),
    Component(
        "Matplotlib", "matplotlib", "Matplotlib License (PSF-based)", "https://matplotlib.org"
    ),
    Component("NumPy", "numpy", "BSD-3-Clause", "https://numpy.org"),
    Component("Pillow", "pillow", "MIT-CMU", "https://python-pillow.org"),
    Component("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    Component("python-docx", "python-docx", "MIT", "https://github.com/python-openxml/python-docx"),
    Component("lxml", "lxml", "BSD-3-Clause", "https://lxml.de"),
    Component("jsonschema", "jsonschema", "MIT", "https://github.com/python-jsonschema/jsonschema"),
    Component("segno", "segno", "BSD-3-Clause", "https://github.com/heuer/segno"),
    Component("openpyxl", "openpyxl", "MIT", "https://openpyxl.readthedocs.io"),
    Component("Lucide icons", "", "ISC", "https://lucide.dev"),
)


def component_version(component: Component) -> str:
    """The version in use, or "" when it cannot be told."""
    import platform  # here: importlib.metadata alone takes 14 ms to import
    import sqlite3
    from importlib import metadata

    if component.name == "Python":
        return platform.python_version()
    if component.name == "Qt":
        return qVersion()
    if component.name == "SQLite":
        return sqlite3.sqlite_version
    if not component.distribution:
        return ""
    try:
        return metadata.version(component.distribution)
    except metadata.PackageNotFoundError:
        return ""


def components_html() -> str:
    rows = []
    for c in COMPONENTS:
        version = component_version(c)
        name = html.escape(f"{c.name} {version}".strip())
        rows.append(
            f'<tr><td><a href="{html.escape(c.address)}">{name}</a></td>'
            f"<td>&nbsp;&nbsp;{html.escape(c.licence)}</td></tr>"
        )
    return "<table>" + "".join(rows) + "</table>"


class AboutDialog(QDialog):
    """Which Workshop App this is, where its data is, and what it is built on."""

    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Workshop App"))
        self.database = Path(database)
        self.backups = backup_folder(self.database)

        logo = QLabel()
        logo.setPixmap(application_icon().pixmap(64, 64))
        logo.setAccessibleName(self.tr("Workshop App's icon: a round table with people"))
        title = QLabel(
            "<b>{}</b><br>{}".format(
                html.escape(self.tr("Workshop App")),
                html.escape(self.tr("Version {version}").format(version=__version__)),
            )
        )
        title.setObjectName("version")
        title.setAccessibleName(
            self.tr("Workshop App, version {version}").format(version=__version__)
        )
        heading = QHBoxLayout()
        heading.addWidget(logo)
        heading.addWidget(title, 1)

        purpose = note(
            self.tr(
                "Walks a facilitator through the exercises of cross-sector partnership "
                "meetings, offline. Free software under the {licence} licence."
            ).format(licence=LICENCE)
        )
        purpose.setObjectName("licence")

        self.database_label = self._path_label(self.database, "database")
        self.backups_label = self._path_label(self.backups, "backups")
        places = QFormLayout()
        places.addRow(self.tr("&Data:"), self.database_label)
        places.addRow(self.tr("&Backups:"), self.backups_label)
        open_folder = QPushButton(self.tr("&Open the data folder"))
        open_folder.setObjectName("open_data_folder")
        open_folder.clicked.connect(self.open_data_folder)

        built_on = QLabel(self.tr("Built on these open-source components:"))
        self.components = QTextBrowser()
        self.components.setObjectName("components")
        self.components.setAccessibleName(self.tr("Open-source components and their licences"))
        self.components.setOpenExternalLinks(True)
        self.components.setHtml(
            components_html()
            + "<p>"
            + html.escape(
                self.tr(
                    "Qt and PySide6 are used under the GNU LGPL version 3: their libraries "
                    "are separate files beside the app, which you may replace."
                )
            )
            + "</p>"
        )
        built_on.setBuddy(self.components)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(heading)
        layout.addWidget(purpose)
        layout.addLayout(places)
        layout.addWidget(open_folder)
        layout.addWidget(built_on)
        layout.addWidget(self.components, 1)
        layout.addWidget(buttons)
        self.resize(560, 560)

    def _path_label(self, path: Path, name: str) -> QLabel:
        from PySide6.QtCore import Qt

        label = QLabel(str(path))
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # reached with Tab, to copy it
        return label

    def open_data_folder(self) -> None:
        """Show the folder of the database in the system's file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.database.parent)))


def show_about(window: QWidget) -> AboutDialog:
    """Open Help → About for the main window's database."""
    dialog = AboutDialog(window.session.store.path, window)  # type: ignore[attr-defined]
    dialog.open()
    return dialog
