"""Edit → Preferences…: the app's language, and the room's and exports' language.

Edit → Preferences is where a Windows or Linux desktop user looks for settings (Qt moves
it to the application menu on macOS, where Mac users look); a menu of its own for one
dialog would crowd the menu bar. Both choices are kept per user (``QSettings``,
:mod:`.languages`). The app's language changes at the next start: every window built
so far would otherwise keep half its words in the old one. The room's and exports'
language changes at once: the projector and the phones show it, and every export
started afterwards is written in it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QVBoxLayout,
    QWidget,
)

from .. import i18n
from . import languages
from .form_dialog import buddy_label, note


class LanguageDialog(QDialog):
    """Choose the app's language and the room's and exports' language."""

    def __init__(
        self, parent: QWidget | None = None, on_room_language: Callable[[], None] | None = None
    ) -> None:
        """``on_room_language``: called once the room's and exports' language changed
        (the projector and the phones show it again)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self._on_room_language = on_room_language

        system = i18n.LANGUAGES[languages.system_language()]
        self.app_combo = QComboBox()
        self.app_combo.addItem(self.tr("System default ({language})").format(language=system), "")
        self.room_combo = QComboBox()
        self.room_combo.addItem(self.tr("Same as the app"), "")
        for code, name in i18n.LANGUAGES.items():  # each language named in itself
            self.app_combo.addItem(name, code)
            self.room_combo.addItem(name, code)
        self.app_combo.setAccessibleName(self.tr("App language"))
        self.room_combo.setAccessibleName(self.tr("Room and exports language"))
        self.app_combo.setCurrentIndex(self.app_combo.findData(languages.app_language_setting()))
        self.room_combo.setCurrentIndex(
            self.room_combo.findData(languages.output_language_setting())
        )

        app_note = note(
            self.tr("The window changes to this language when Workshop App is next started.")
        )
        room_note = note(
            self.tr(
                "The projector, the phones and every export from now on use this language, "
                "so a meeting can be run in another language than the app's."
            )
        )
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&App language:"), self.app_combo), self.app_combo)
        form.addRow("", app_note)
        form.addRow(buddy_label(self.tr("&Room and exports:"), self.room_combo), self.room_combo)
        form.addRow("", room_note)
        group = QGroupBox(self.tr("Language"))
        group.setLayout(form)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(group)
        layout.addWidget(buttons)
        self.app_combo.setFocus()

    def accept(self) -> None:
        """Keep both choices; the room's and exports' language takes effect now."""
        app_language = str(self.app_combo.currentData() or "")
        room_language = str(self.room_combo.currentData() or "")
        before = i18n.output_language()
        languages.save_settings(app_language, room_language)
        # The app keeps speaking the language it started in until the next start; "same
        # as the app" means that one until then.
        languages.install_languages(i18n.default_language(), room_language or None)
        if i18n.output_language() != before and self._on_room_language is not None:
            self._on_room_language()
        super().accept()
