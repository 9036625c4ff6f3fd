"""The window's commands that open a dialog of their own: actions and measures across
meetings, the collaboration report, importing a workshop, saving an agenda as a template,
the method library, exports and handouts. Mixed into :class:`.main_window.MainWindow`
(which holds the dialogs' attributes); each dialog's module is imported when first
opened, never at start-up."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .session import Session


class DialogCommands:
    """Menu commands of the main window that open a dialog (see the module docstring)."""

    session: Session

    def _collaboration_on_screen(self):
        """The open workshop's collaboration, or the one selected at home (None: none)."""
        from ..domain.records import Collaboration, Workshop

        store = self.session.store
        view = self._workshop_view
        if view is not None and view.workshop_id and self.stack.currentWidget() is view:
            workshop = store.get(Workshop, view.workshop_id)
            return workshop and store.get(Collaboration, workshop.collaboration_id)
        return self.home.selected_collaboration()

    def show_actions(self) -> None:
        """Every action item of the collaboration on screen (the open workshop's, or the
        one selected at home), across its meetings, to follow up and close."""
        from .actions_dialog import ActionsDialog

        collaboration = self._collaboration_on_screen()
        if collaboration is None:
            self.session.error.emit(
                self.tr(
                    "Open a workshop or select a collaboration first: actions are followed "
                    "per collaboration."
                )
            )
            return
        if self.actions_dialog is not None:
            self.actions_dialog.close()
        self.actions_dialog = ActionsDialog(self.session, collaboration, self)
        self.actions_dialog.open()

    def show_measures(self) -> None:
        """Record what an adopted indicator measured between meetings, with the open
        workshop (or the latest meeting of the collaboration selected at home)."""
        from ..domain.records import Workshop
        from ..domain.snapshot import meeting_order
        from .measures_dialog import MeasuresDialog

        store = self.session.store
        view = self._workshop_view
        workshop = None
        if view is not None and view.workshop_id and self.stack.currentWidget() is view:
            workshop = store.get(Workshop, view.workshop_id)
        else:
            collaboration = self.home.selected_collaboration()
            meetings = store.workshops(collaboration.id) if collaboration is not None else []
            workshop = max(meetings, key=meeting_order) if meetings else None
        if workshop is None:
            self.session.error.emit(
                self.tr(
                    "Open a workshop or select a collaboration with a meeting first: "
                    "measurements are recorded with a meeting."
                )
            )
            return
        self.measures_dialog = MeasuresDialog(self.session, workshop, self)
        self.measures_dialog.open()

    def show_report(self) -> None:
        """File → Collaboration report…: the report across the meetings of the
        collaboration on screen, read here and saved in any format."""
        from .report_dialog import ReportDialog

        collaboration = self._collaboration_on_screen()
        if collaboration is None:
            self.session.error.emit(
                self.tr("Open a workshop or select a collaboration first: a report covers one.")
            )
            return
        if self.report_dialog is not None:
            self.report_dialog.close()
        self.report_dialog = ReportDialog(self.session, collaboration, self)
        self.report_dialog.open()

    def import_workshop(self, path: str | None = None) -> None:
        """File → Import a workshop… (Ctrl+I): ask for a workshop file (``path``, when
        given, is the one chosen), show what importing it would do, import it on Import."""
        from .import_dialog import ImportDialog, ask_import_path

        if path is None:
            path = ask_import_path(self, self.session)
            if not path:
                return
        if self.import_dialog is not None:
            self.import_dialog.close()
        from pathlib import Path

        dialog = ImportDialog(self.session, Path(path), self)
        dialog.imported.connect(self._imported)
        self.import_dialog = dialog
        dialog.open()

    def _imported(self, workshop_id: str, open_now: bool, message: str) -> None:
        """A workshop was imported: it is selected at home, or opened."""
        self.show_home()
        self.home.select(workshop_id)
        if open_now:
            self.open_workshop(workshop_id)
        self.statusBar().showMessage(message, 15000)

    def save_agenda_as_template(self) -> None:
        """Workshop → Save agenda as template…: the open workshop's agenda kept as a
        template of yours, offered by New workshop and Add from template."""
        from .template_picker import SaveTemplateDialog

        workshop_id = self.current_workshop_id()
        view = self._workshop_view
        workshop = view.workshop() if workshop_id and view is not None else None
        if view is None or workshop is None:
            self.session.error.emit(
                self.tr("Open a workshop first: its agenda becomes the template.")
            )
            return
        dialog = SaveTemplateDialog(workshop.title, view.blocks, self)
        if dialog.exec() and dialog.saved is not None:
            self.statusBar().showMessage(
                self.tr(
                    "Saved “{name}” as your template: New workshop and Add from template offer it."
                ).format(name=dialog.saved.name),
                15000,
            )

    def show_method_library(self) -> None:
        """Help → Method library…: every exercise to plan from; in a workshop, Add to
        agenda puts the method after the current block."""
        from .method_library import MethodLibraryDialog

        agenda = self.workshop_view if self.current_workshop_id() else None
        if self.method_library is not None:
            self.method_library.close()
        self.method_library = MethodLibraryDialog(agenda, self)
        self.method_library.open()

    def export_summary(self) -> None:
        """The export dialog for the open workshop (Ctrl+E)."""
        from PySide6.QtWidgets import QMessageBox

        workshop_id = self.current_workshop_id()
        if not workshop_id:
            QMessageBox.information(self, self.tr("Export"), self.tr("Open a workshop first."))
            return
        from .export_dialog import ExportDialog

        ExportDialog(self.session, workshop_id, self).exec()

    def print_handouts(self) -> None:
        """The handouts of the open workshop: agenda, sign-in, ballots, cards (one PDF)."""
        from PySide6.QtWidgets import QMessageBox

        workshop_id = self.current_workshop_id()
        if not workshop_id:
            QMessageBox.information(self, self.tr("Handouts"), self.tr("Open a workshop first."))
            return
        from .handouts_dialog import HandoutsDialog

        controller = self._room_controller
        opener = controller.phones.opener if controller is not None else None
        HandoutsDialog(self.session, workshop_id, opener, self).exec()
