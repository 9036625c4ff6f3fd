"""Layouts forms share: a caption for a field, and the layout of every small form
dialog (the form, what it will lead to, OK and Cancel)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..i18n import tr


def note(text: str) -> QLabel:
    """A paragraph of text (guidance, what a screen is for), wrapped to the width it is
    given."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A caption whose &-mnemonic focuses ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def caption_row(text: str, field: QWidget) -> QHBoxLayout:
    """A row of a caption (its &-mnemonic focuses ``field``) and ``field`` taking the
    rest of the width."""
    row = QHBoxLayout()
    row.addWidget(buddy_label(text, field))
    row.addWidget(field, 1)
    return row


def fields_row(*parts: QWidget | tuple[str, QWidget, int]) -> QHBoxLayout:
    """A row of fields, each ``(caption, field, stretch)`` with a caption whose
    &-mnemonic focuses it, and of plain widgets (a button, a tick box) as they are."""
    row = QHBoxLayout()
    for part in parts:
        if isinstance(part, tuple):
            text, field, stretch = part
            row.addWidget(buddy_label(text, field))
            row.addWidget(field, stretch)
        else:
            row.addWidget(part)
    return row


def choice_buttons(
    row: QLayout,
    caption: str,
    choices: Sequence[tuple[str, str]],
    choose: Callable[[str], object],
    tip: str = "",
) -> dict[str, QPushButton]:
    """``caption``, then a button in ``row`` for each of ``choices`` (value, words with an
    &-mnemonic): pressing it, or Alt and its letter (the tip says so unless ``tip`` says
    otherwise), runs ``choose(value)``. The buttons by value."""
    row.addWidget(QLabel(caption))
    tip = tip or tr("Forms", "Alt + the underlined letter")
    buttons: dict[str, QPushButton] = {}
    for value, words in choices:
        button = QPushButton(words)
        button.setToolTip(tip)
        button.clicked.connect(lambda _=False, v=value: choose(v))
        buttons[value] = button
        row.addWidget(button)
    return buttons


def text_field(accessible_name: str, placeholder: str = "") -> QLineEdit:
    """A one-line box named for screen readers, showing what to type while empty."""
    field = QLineEdit()
    field.setAccessibleName(accessible_name)
    field.setPlaceholderText(placeholder)
    return field


def search_field(accessible_name: str, placeholder: str, keys_to: QObject) -> QLineEdit:
    """A box to type words to find, with a clear button; ``keys_to`` sees its keys first
    (Enter for the next match, the arrows for the list)."""
    field = text_field(accessible_name, placeholder)
    field.setClearButtonEnabled(True)
    field.installEventFilter(keys_to)
    return field


def status_line(accessible_name: str) -> QLabel:
    """A line the screen rewrites as things change (a count, what a search found, what
    an import will do), named for screen readers."""
    label = QLabel()
    label.setAccessibleName(accessible_name)
    return label


def close_button(dialog: QDialog) -> QDialogButtonBox:
    """A Close button that, like Esc, closes ``dialog`` rejected."""
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close.rejected.connect(dialog.reject)
    return close


def lay_out_column(dialog: QDialog, *parts: QWidget | QLayout, grow: QWidget) -> None:
    """Lay ``dialog`` out as ``parts`` top to bottom, ``grow`` (one of them: the list
    or the preview) taking the height left."""
    layout = QVBoxLayout(dialog)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part, 1 if part is grow else 0)


def lay_out_form(
    dialog: QDialog,
    form: QFormLayout,
    *below: QWidget,
    accept: Callable[[], object] | None = None,
) -> QDialogButtonBox:
    """Lay ``dialog`` out as ``form``, then ``below`` (a line saying what OK will do),
    then OK and Cancel. OK runs ``accept`` (by default the dialog's own, which closes it
    accepted); Cancel and Esc reject. Returns the buttons, so OK can be renamed."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(accept or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    for widget in below:
        layout.addWidget(widget)
    layout.addWidget(buttons)
    return buttons


def ask_save_path(
    parent: QWidget, store, folder_setting: str, title: str, name: str, file_filter: str
) -> str | None:
    """Ask where to save ``name`` (starting in the folder last used for this kind of file,
    remembered under ``folder_setting``); the path with ``name``'s suffix, or None."""
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    folder = store.setting(folder_setting, str(Path.home()))
    path, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / name), file_filter)
    if not path:
        return None
    suffix = Path(name).suffix
    if not path.lower().endswith(suffix):
        path += suffix
    store.set_setting(folder_setting, str(Path(path).parent))
    return path


def ask_open_path(
    parent: QWidget, store, folder_setting: str, title: str, file_filter: str
) -> str | None:
    """Ask which file to open (starting in the folder last used for this kind of file,
    remembered under ``folder_setting``); its path, or None."""
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    folder = store.setting(folder_setting, str(Path.home()))
    path, _ = QFileDialog.getOpenFileName(parent, title, folder, file_filter)
    if not path:
        return None
    store.set_setting(folder_setting, str(Path(path).parent))
    return path
