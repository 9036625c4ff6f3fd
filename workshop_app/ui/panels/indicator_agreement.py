"""The vote on indicators: method, decision rule, tallies by sector (the grid is
:mod:`.vote_grid`), reveal."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, QSignalBlocker
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain import decision_rules as rules
from ...domain import edits, planning
from ...domain.attendance import over_present, present_count
from ...domain.decision_rules import DecisionRule, RuleKind, VoteMethod
from ...domain.records import Block, Item, sector_label
from ...domain.visibility import Audience, results_visible
from ...exercises.indicator_agreement import VoteSettings, set_tally
from ...exercises.vote_tally import vote_on
from ...i18n import tr
from ...storage.store import ChangeSet
from ..capture_panel import ExercisePanel
from ..editable_table import EditableTable
from ..flow import FlowLayout
from ..form_dialog import buddy_label
from ..key_help import PanelKey, install_shortcut
from . import kit
from .vote_grid import SECTOR_ALL, VoteTableModel

REVEAL = PanelKey("Ctrl+R", "Reveal the results to the room, or hide them again")


class AgreementPanel(ExercisePanel):
    """Vote method and decision rule (set before the vote), tallies, reveal, results."""

    keys = (REVEAL,)
    #: The rule read out speaks of options (a general vote), not indicators.
    votes_on_options = False

    def build(self) -> None:
        self.method = QComboBox()
        self.method.setAccessibleName(self.tr("Vote method"))
        for method in VoteMethod:
            self.method.addItem(tr("Votes", rules.METHOD_NAMES[method]), method.value)
        self.rule = QComboBox()
        self.rule.setAccessibleName(self.tr("Decision rule"))
        self.level = QComboBox()
        self.level.setAccessibleName(self.tr("Level votes must reach"))
        self.share = _spin_box(1, 100, self.tr("Share of votes that must reach the level"))
        self.share.setSuffix(" %")
        self.top = _spin_box(1, 99, self.tr("How many indicators are adopted"))
        self.dots_per_person = _spin_box(1, 99, self.tr("Dots per person"))
        self.max_dots = _spin_box(1, 99, self.tr("Most dots one person may put on one item"))
        self.voters = _spin_box(0, 999, self.tr("People voting"))
        self.voters.setSpecialValueText(self.tr("not counted"))
        self.hidden = QCheckBox(self.tr("Keep results hidden from the room until revealed"))
        self.reveal = QPushButton()
        self.reveal.setToolTip(self.tr("Show or hide the results on the projector (Ctrl+R)"))
        self.clear_button = QPushButton(self.tr("Clear all tallies"))
        self.clear_button.setToolTip(
            self.tr("Remove every vote of this block (undoable); the rule can then be changed")
        )
        self.rule_text = kit.live_note(self.tr("The decision rule in words"))
        font = self.rule_text.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.rule_text.setFont(font)
        self.lock_text = QLabel()
        self.lock_text.setWordWrap(True)
        self.status = kit.live_note(self.tr("Vote status"))
        self.sector = QComboBox()
        self.sector.setAccessibleName(self.tr("Whose votes you are typing"))

        self.model = VoteTableModel(self, self.set_count)
        self.table = EditableTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Tallies per indicator"))
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)

        setup = QFormLayout()
        method_row = QHBoxLayout()
        method_row.addWidget(self.method)
        method_row.addStretch(1)
        setup.addRow(buddy_label(self.tr("Vote &method:"), self.method), method_row)
        rule_row = FlowLayout()  # the level goes under the rule where the pane is narrow
        for widget in (self.rule, self.level, self.share, self.top):
            rule_row.addWidget(widget)
        setup.addRow(buddy_label(self.tr("Decision &rule:"), self.rule), rule_row)
        dots_row = QHBoxLayout()
        for text, widget in (
            (self.tr("Dots per person:"), self.dots_per_person),
            (self.tr("Most per item:"), self.max_dots),
            (self.tr("People voting:"), self.voters),
        ):
            dots_row.addWidget(buddy_label(text, widget))
            dots_row.addWidget(widget)
        dots_row.addStretch(1)
        self.dots_row = QWidget()
        self.dots_row.setLayout(dots_row)
        setup.addRow(self.dots_row)
        reveal_row = FlowLayout()
        reveal_row.addWidget(self.hidden)
        reveal_row.addWidget(self.reveal)
        reveal_row.addWidget(self.clear_button)
        sector_row = QHBoxLayout()
        sector_row.addWidget(buddy_label(self.tr("&Typing votes of:"), self.sector))
        sector_row.addWidget(self.sector)
        sector_hint = kit.note(
            self.tr(
                "Answer columns show and take the votes of this "
                "group; type a number in a cell, Enter saves. "
                "“All votes” adds up every group."
            )
        )
        sector_row.addWidget(sector_hint, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(setup)
        layout.addWidget(self.rule_text)
        layout.addWidget(self.lock_text)
        layout.addLayout(reveal_row)
        layout.addLayout(sector_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

        self.method.activated.connect(self._method_chosen)
        self.rule.activated.connect(self._rule_chosen)
        self.level.activated.connect(self._rule_chosen)
        self.share.editingFinished.connect(self._rule_chosen)
        self.top.editingFinished.connect(self._rule_chosen)
        for spin, key in (
            (self.dots_per_person, "dots_per_person"),
            (self.max_dots, "max_dots_per_item"),
            (self.voters, "voters"),
        ):
            spin.editingFinished.connect(lambda s=spin, k=key: self._set_setting(k, s.value()))
        self.hidden.toggled.connect(lambda on: self._set_setting("results_hidden", on))
        self.reveal.clicked.connect(self.toggle_reveal)
        self.clear_button.clicked.connect(self.clear_tallies)
        self.sector.currentIndexChanged.connect(self._sector_chosen)
        install_shortcut(self, REVEAL, self.toggle_reveal)
        self.session.changed.connect(self._on_changed)
        self._refresh()

    # ------------------------------------------------------------------ state
    def _set_setting(self, key: str, value: Any) -> None:
        block = self.current_block()
        if block.settings.get(key) == value:
            return
        self.session.apply(
            edits.update(
                self.tr("Change vote settings"), block, settings={**block.settings, key: value}
            )
        )

    def _has_votes(self) -> bool:
        return any(rules.vote_count(r.tally) for r in self.model.results.values())

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.session.touches(changes, self.workshop_id) or "partners" in changes.tables:
            self._refresh()

    def _refresh(self) -> None:
        block = self.current_block()
        settings = VoteSettings.of(block)
        self.model.reload()
        locked = self._has_votes()
        for widget in (self.method, self.rule, self.level, self.share, self.top):
            widget.blockSignals(True)
        self.method.setCurrentIndex(self.method.findData(settings.method.value))
        self.rule.clear()
        for kind in rules.rule_kinds(settings.method):
            self.rule.addItem(_rule_name(kind), kind.value)
        self.rule.setCurrentIndex(max(self.rule.findData(settings.rule.kind.value), 0))
        self.level.clear()
        for level in rules.levels(settings.method):
            self.level.addItem(tr("Votes", level.label), level.score)
        self.level.setCurrentIndex(max(self.level.findData(settings.rule.level), 0))
        self.share.setValue(settings.rule.share_percent)
        self.top.setValue(settings.rule.top)
        for widget in (self.method, self.rule, self.level, self.share, self.top):
            widget.blockSignals(False)
        is_dots = settings.method is VoteMethod.DOTS
        self.level.setVisible(not is_dots)
        self.share.setVisible(settings.rule.kind is RuleKind.SHARE_AT_LEAST)
        self.top.setVisible(is_dots)
        self.dots_row.setVisible(is_dots)
        for spin, value in (
            (self.dots_per_person, settings.dots_per_person),
            (self.max_dots, settings.max_dots_per_item),
            (self.voters, settings.voters),
        ):
            with QSignalBlocker(spin):
                spin.setValue(value)
        for widget in (self.method, self.rule, self.level, self.share, self.top):
            widget.setEnabled(not locked)
        self.rule_text.setText(
            self.tr("Decision rule: {rule}").format(
                rule=settings.rule.describe(settings.method, self.votes_on_options)
            )
        )
        self.lock_text.setText(
            self.tr(
                "The rule is locked because votes have been entered: it was set before the vote. "
                "Clear the tallies to change it."
            )
            if locked
            else self.tr("Announce this rule to the room before anyone votes.")
        )
        kit.show_results_state(
            self.hidden,
            self.reveal,
            block,
            self.tr("Hide results again (Ctrl+R)"),
            self.tr("Reveal results (Ctrl+R)"),
        )
        self._fill_sectors()
        self.status.setText(self._status_text(block, settings))

    def _status_text(self, block: Block, settings: VoteSettings) -> str:
        parts = []
        if results_visible(Audience.ROOM, block):
            parts.append(self.tr("The room sees the results."))
        else:
            parts.append(self.tr("The room does not see the results yet."))
        counts = {}
        for r in self.model.results.values():
            if r.outcome is not None:
                counts[r.outcome] = counts.get(r.outcome, 0) + 1
        if counts:
            parts.append(
                ", ".join(f"{tr('Votes', rules.OUTCOME_NAMES[o])}: {n}" for o, n in counts.items())
                + "."
            )
        if settings.method is VoteMethod.DOTS and settings.voters:
            used = sum(rules.vote_count(r.tally) for r in self.model.results.values())
            allowed = settings.voters * settings.dots_per_person
            if used > allowed:
                parts.append(
                    self.tr(
                        "Warning: {used} dots counted but only {allowed} were handed out."
                    ).format(used=used, allowed=allowed)
                )
            most = settings.voters * settings.max_dots_per_item
            over = [
                i.text
                for i in self.model.indicators
                if self.model.results.get(i.id)
                and rules.vote_count(self.model.results[i.id].tally) > most
            ]
            if over:
                parts.append(
                    self.tr("Warning: more than {most} dots on {names}.").format(
                        most=most, names=", ".join(over)
                    )
                )
        parts += self._attendance_warnings(settings)
        dissent = [
            i.text
            for i in self.model.indicators
            if self.model.results.get(i.id) and self.model.results[i.id].dissent
        ]
        if dissent:
            parts.append(self.tr("Dissent on: {names}.").format(names=", ".join(dissent)))
        return " ".join(parts)

    def _attendance_warnings(self, settings: VoteSettings) -> list[str]:
        """Tallies larger than the people present can give (once attendance is taken): a
        hand counted twice, or a typing slip."""
        present = present_count(self.session.snapshot(self.workshop_id).items)
        totals = [
            (i.text, rules.vote_count(self.model.results[i.id].tally))
            for i in self.model.indicators
            if i.id in self.model.results
        ]
        if settings.method is VoteMethod.DOTS:
            over = over_present(
                [("", sum(total for _, total in totals))], present, settings.dots_per_person
            )
            return [
                self.tr(
                    "Warning: {total} dots counted, but the {n} people present have only "
                    "{most} dots between them."
                ).format(total=total, n=present, most=present * settings.dots_per_person)
                for _, total in over
            ]
        return [
            self.tr(
                "Warning: {total} votes counted on {name}, more than the {n} people present."
            ).format(total=total, name=name, n=present)
            for name, total in over_present(totals, present)
        ]

    def _fill_sectors(self) -> None:
        partners = self.session.snapshot(self.workshop_id).partners  # the live workshop
        sectors = sorted({p.sector for p in partners})
        wanted = [(SECTOR_ALL, self.tr("everyone (not by sector)"))] + [
            (s, sector_label(s)) for s in sectors
        ]
        if [self.sector.itemData(n) for n in range(self.sector.count())] == [v for v, _ in wanted]:
            return
        current = self.sector.currentData()
        if current is None:  # first fill: show the sector whose votes were typed, if any
            typed = [
                k
                for v in self.model.votes.values()
                for k, t in (v.fields.get("tallies") or {}).items()
                if t
            ]
            current = SECTOR_ALL if not typed or SECTOR_ALL in typed else sorted(typed)[0]
        with QSignalBlocker(self.sector):
            self.sector.clear()
            for value, label in wanted:
                self.sector.addItem(label, value)
            self.sector.setCurrentIndex(max(self.sector.findData(current), 0))
        self.model.show_sector(self.sector.currentData() or SECTOR_ALL)

    # --------------------------------------------------------------- actions
    def _method_chosen(self) -> None:
        method = rules.method_of(self.method.currentData())
        block = self.current_block()
        rule = DecisionRule.from_settings(block.settings.get("rule")).fits(method)
        self.session.apply(
            edits.update(
                self.tr("Choose the vote method"),
                block,
                settings={**block.settings, "method": method.value, "rule": rule.to_settings()},
            )
        )

    def _rule_chosen(self) -> None:
        block = self.current_block()
        old = DecisionRule.from_settings(block.settings.get("rule"))
        kind = RuleKind(self.rule.currentData() or old.kind.value)
        level = self.level.currentData()
        rule = replace(
            old,
            kind=kind,
            level=int(level) if level is not None else old.level,
            share_percent=self.share.value(),
            top=self.top.value(),
        )
        if rule != old:
            self.session.apply(
                edits.update(
                    self.tr("Choose the decision rule"),
                    block,
                    settings={**block.settings, "rule": rule.to_settings()},
                )
            )

    def _sector_chosen(self) -> None:
        self.model.show_sector(self.sector.currentData() or SECTOR_ALL)

    def toggle_reveal(self) -> None:
        block = self.current_block()
        if not block.settings.get("results_hidden"):
            return
        revealed = not block.settings.get("revealed", False)
        text = self.tr("Reveal results") if revealed else self.tr("Hide results")
        self.session.apply(planning.set_revealed(block, revealed, text))

    def set_count(self, indicator: Item, sector: str, level_key: str, count: int) -> bool:
        """Record ``count`` votes of ``sector`` at ``level_key`` for ``indicator``."""
        vote = self.model.votes.get(indicator.id)
        edit = set_tally(
            vote,
            indicator,
            self.block.id,
            sector,
            level_key,
            count,
            self.tr("Votes for {name!r}").format(name=indicator.text[:40]),
            position=float(len(self.model.votes)),
            on=vote_on(self.block),
        )
        return edit is not None and self.session.apply(edit)

    def clear_tallies(self) -> None:
        votes = list(self.model.votes.values())
        if votes:
            self.session.apply(edits.delete(self.tr("Clear all tallies"), *votes))

    def focus_capture(self) -> None:
        """Into the tally grid, on the first answer cell (typing there enters a count)."""
        if not self.table.editable(self.table.currentIndex()):
            self.table.setCurrentIndex(self.table.first_editable())
        self.table.setFocus()


def _spin_box(low: int, high: int, name: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setAccessibleName(name)
    return box


def _rule_name(kind: RuleKind) -> str:
    return {
        RuleKind.NOBODY_BELOW: QObject.tr("Nobody below a level"),
        RuleKind.SHARE_AT_LEAST: QObject.tr("A share at a level or above"),
        RuleKind.TOP_DOTS: QObject.tr("Most dots: the top N"),
    }[kind]


PANEL = AgreementPanel
