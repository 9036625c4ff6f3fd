"""Qt panels of the measures-of-success exercises: criteria, indicators, agreement, balance.

Every edit goes through ``session.apply`` (saved at once, undoable). What the panels
show is computed by :mod:`workshop_app.exercises.measures` and
:mod:`workshop_app.domain.decision_rules`, the same functions the room and the
exports use.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..domain import decision_rules as rules
from ..domain import edits
from ..domain.decision_rules import DecisionRule, RuleKind, VoteMethod
from ..domain.document import (
    BulletList,
    Callout,
    Chart,
    Element,
    Heading,
    Paragraph,
    Table,
)
from ..domain.records import Block, Item, Partner, Visibility, touched
from ..domain.visibility import Audience, audience_view
from ..i18n import tr
from ..storage.store import ChangeSet
from ..ui.capture_panel import ExercisePanel, ItemListWidget
from ..ui.editable_table import EditableTable, RowsModel
from ..ui.items_model import Column, field_column, text_column, visibility_column
from ..ui.session import Session
from .agreement import (
    VOTE,
    VoteResult,
    VoteSettings,
    adopted_indicators,
    block_results,
    votes_of_block,
)
from .balance import balance_counts, balance_summary, balance_warnings
from .criteria import (
    CAPACITY,
    CRITERION,
    JUDGE,
    SCORES,
    Criterion,
    applicable,
    criteria,
    default_criteria_items,
    score_total,
)
from .indicators import FINANCIAL, INDICATOR, INDICATOR_KINDS, TIMING, label_of

# ------------------------------------------------------------------ shared parts


def choice_column(title: str, key: str, choices: Sequence[tuple[str, str]]) -> Column:
    """A column editing ``fields[key]`` with a combo box of ``choices`` (value, label)."""
    return Column(
        title,
        lambda i: label_of(choices, i.fields.get(key)),
        lambda i, v: touched(i, fields={**i.fields, key: v}),
        tuple((value, tr("Measures", label)) for value, label in choices),
        value=lambda i: str(i.fields.get(key, "")),
    )


def partner_column(title: str, partners: Callable[[], Sequence[Partner]]) -> Column:
    """A column choosing the item's partner (``Item.partner_id``)."""

    def name(item: Item) -> str:
        return next((p.organisation for p in partners() if p.id == item.partner_id), "")

    # Choices are read when the editor opens, so partners added mid-meeting appear.
    return _LiveChoiceColumn(
        title,
        name,
        lambda i, v: touched(i, partner_id=v or None),
        (("", "—"),),
        value=lambda i: i.partner_id or "",
        live_choices=lambda: (("", "—"), *((p.id, p.organisation) for p in partners())),
    )


@dataclass(frozen=True)
class _LiveChoiceColumn(Column):
    """A choice column whose choices change (partners of the collaboration)."""

    live_choices: Callable[[], tuple[tuple[str, str], ...]] | None = None


def refresh_choice_delegates(widget: ItemListWidget) -> None:
    """Give partner columns' combo editors the current partner list."""
    for n, column in enumerate(widget.model.columns):
        live = getattr(column, "live_choices", None)
        delegate = widget.table.itemDelegateForColumn(n)
        if live is not None and delegate is not None and hasattr(delegate, "choices"):
            delegate.choices = list(live())


class FieldsItemList(ItemListWidget):
    """An :class:`ItemListWidget` whose new items get extra fields and a partner.

    ``partner_choice``: a combo next to the capture box choosing the partner of the
    next item; ``extra_fields``: a function giving fields every new item starts with.
    """

    def __init__(
        self,
        *args: Any,
        partner_label: str = "",
        partners: Callable[[], Sequence[Partner]] | None = None,
        extra_fields: Callable[[], dict[str, Any]] | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._extra_fields = extra_fields
        self._partners = partners
        self.partner_choice: QComboBox | None = None
        if partners is not None:
            self.partner_choice = QComboBox()
            self.partner_choice.setAccessibleName(partner_label)
            self.partner_choice.setToolTip(partner_label)
            row = self.layout().itemAt(0).layout()
            row.insertWidget(0, QLabel(partner_label))
            row.insertWidget(1, self.partner_choice, 2)
            self.fill_partners()

    def fill_partners(self) -> None:
        if self.partner_choice is None or self._partners is None:
            return
        current = self.partner_choice.currentData()
        self.partner_choice.blockSignals(True)
        self.partner_choice.clear()
        self.partner_choice.addItem(self.tr("— choose —"), "")
        for partner in self._partners():
            self.partner_choice.addItem(partner.organisation, partner.id)
        self.partner_choice.setCurrentIndex(max(self.partner_choice.findData(current), 0))
        self.partner_choice.blockSignals(False)
        refresh_choice_delegates(self)

    def new_item(self, text: str) -> Item | None:
        item = super().new_item(text)
        if item is None:
            return None
        fields = {**(self._extra_fields() if self._extra_fields else {}), **item.fields}
        partner_id = self.partner_choice.currentData() if self.partner_choice else None
        return replace(item, fields=fields, partner_id=partner_id or None)

    def current_item(self) -> Item | None:
        """The item of the current row, as stored now."""
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.item_at(index.row())

    def refresh_all_rows(self) -> None:
        """Redraw computed columns (they depend on other records than the row's own)."""
        if self.model.rowCount():
            self.model.dataChanged.emit(
                self.model.index(0, 0),
                self.model.index(self.model.rowCount() - 1, self.model.columnCount() - 1),
            )


def set_column_widths(table: QTableView, widths: Sequence[int], stretch_last: bool = False) -> None:
    """Fixed starting widths (the facilitator can drag them); the table scrolls sideways
    rather than squeezing the name column to nothing."""
    header = table.horizontalHeader()
    header.setStretchLastSection(stretch_last)
    for n, width in enumerate(widths):
        header.setSectionResizeMode(n, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(n, width)


def detail_splitter(main: QWidget, detail: QWidget) -> QSplitter:
    """The list above, the details of its current row below (full width for both)."""
    splitter = QSplitter(Qt.Orientation.Vertical)
    splitter.addWidget(main)
    splitter.addWidget(detail)
    splitter.setStretchFactor(0, 3)
    splitter.setStretchFactor(1, 2)
    return splitter


def labelled(label: str, widget: QWidget, *more: QWidget) -> QVBoxLayout:
    """A column of the detail box: a caption (buddy of ``widget``) above its widgets."""
    column = QVBoxLayout()
    caption = QLabel(label)
    caption.setBuddy(widget)
    column.addWidget(caption)
    column.addWidget(widget, 1)
    for extra in more:
        column.addWidget(extra)
    return column


def partner_checklist(accessible_name: str) -> QListWidget:
    """A list of partners with check boxes (Space toggles the current one)."""
    widget = QListWidget()
    widget.setAccessibleName(accessible_name)
    return widget


def fill_checklist(
    widget: QListWidget, options: Sequence[tuple[str, str]], checked: set[str]
) -> None:
    widget.blockSignals(True)
    row = widget.currentRow()
    widget.clear()
    for value, label in options:
        entry = QListWidgetItem(label)
        entry.setData(Qt.ItemDataRole.UserRole, value)
        entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        entry.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
        widget.addItem(entry)
    if 0 <= row < widget.count():
        widget.setCurrentRow(row)
    widget.blockSignals(False)


def checked_values(widget: QListWidget) -> list[str]:
    return [
        widget.item(n).data(Qt.ItemDataRole.UserRole)
        for n in range(widget.count())
        if widget.item(n).checkState() == Qt.CheckState.Checked
    ]


def elements_html(elements: Sequence[Element]) -> str:
    """Elements as simple HTML for a facilitator-side preview (charts as their words)."""
    out: list[str] = []
    esc = html.escape
    for e in elements:
        match e:
            case Heading(text=t, level=level):
                out.append(f"<h{min(level + 1, 6)}>{esc(t)}</h{min(level + 1, 6)}>")
            case Paragraph(text=t, emphasis=emph):
                out.append(f"<p>{'<b>' if emph else ''}{esc(t)}{'</b>' if emph else ''}</p>")
            case BulletList(items=items, ordered=ordered):
                tag = "ol" if ordered else "ul"
                out.append(f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in items) + f"</{tag}>")
            case Table(headers=headers, rows=rows):
                head = "".join(f"<th align='left'>{esc(h)}</th>" for h in headers)
                body = "".join(
                    "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows
                )
                out.append(
                    f"<table border='1' cellpadding='4' cellspacing='0'>"
                    f"<tr>{head}</tr>{body}</table>"
                )
            case Callout(label=label, text=t):
                out.append(
                    f"<p style='border:2px solid; padding:6px'><b>{esc(label)}:</b> {esc(t)}</p>"
                )
            case Chart(title=title, alt=alt):
                out.append(f"<p><i>{esc(title)}</i>: {esc(alt)}</p>")
    return "\n".join(out)


def internal_view(session: Session, workshop_id: str):
    """The facilitator's (unfiltered) view of a workshop, as the room functions expect."""
    return audience_view(session.snapshot(workshop_id), Audience.INTERNAL)


# ----------------------------------------------------------------------- criteria


class CriteriaPanel(ExercisePanel):
    """Criteria to judge indicators by, and the capacity check."""

    def __init__(self, session: Session, block: Block, parent: QWidget | None = None) -> None:
        super().__init__(session, block, parent)
        groups = ((JUDGE, self.tr("Judging indicators")), (CAPACITY, self.tr("Capacity check")))
        self.group_choice = QComboBox()
        self.group_choice.setAccessibleName(self.tr("Kind of the next criterion"))
        for value, label in groups:
            self.group_choice.addItem(label, value)
        self.list = FieldsItemList(
            session,
            block.workshop_id,
            block.id,
            CRITERION,
            columns=[
                text_column(self.tr("Criterion")),
                choice_column(self.tr("Kind"), "group", groups),
                visibility_column(self.tr("Visibility")),
            ],
            placeholder=self.tr("A criterion, then Enter"),
            default_visibility=Visibility.PUBLIC.value,
            extra_fields=lambda: {"group": self.group_choice.currentData()},
            parent=self,
        )
        self.list.layout().itemAt(0).layout().insertWidget(1, self.group_choice)
        self.defaults_button = QPushButton(self.tr("Add the standard criteria"))
        self.defaults_button.setToolTip(
            self.tr(
                "Relevant to the vision and the facts, data obtainable in time, lived experience; "
                "expertise, access, resources (Ctrl+D)"
            )
        )
        self.defaults_button.clicked.connect(self.add_standard_criteria)
        shortcut = QShortcut(QKeySequence("Ctrl+D"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.add_standard_criteria)
        hint = QLabel(
            self.tr(
                "Agree these before anyone proposes an indicator. Each indicator "
                "is then scored against them."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.defaults_button)

    def add_standard_criteria(self) -> None:
        """Add the standard criteria the block does not have yet (one undo step)."""
        have = {i.text for i in self.list.model.rows}
        start = self.list.model.next_position()
        new = [
            replace(item, position=start + n)
            for n, item in enumerate(
                i
                for i in default_criteria_items(self.workshop_id, self.block.id)
                if i.text not in have
            )
        ]
        if new:
            self.session.apply(edits.add(self.tr("Add the standard criteria"), *new))

    def focus_capture(self) -> None:
        self.list.capture.setFocus()


# --------------------------------------------------------------------- indicators


class IndicatorsPanel(ExercisePanel):
    """Fast entry of indicators (name + Enter), details in the table, scores at the side."""

    def __init__(self, session: Session, block: Block, parent: QWidget | None = None) -> None:
        super().__init__(session, block, parent)
        self._partners: list[Partner] = []
        self._criteria: list[Criterion] = []
        self._load_context()
        columns = [
            text_column(self.tr("Indicator")),
            field_column(self.tr("What it measures"), "measures"),
            choice_column(self.tr("Kind"), "indicator_kind", INDICATOR_KINDS),
            choice_column(self.tr("Financial"), "financial", FINANCIAL),
            choice_column(self.tr("Leading or lagging"), "timing", TIMING),
            partner_column(self.tr("Owner"), lambda: self._partners),
            field_column(self.tr("Data source"), "source"),
            field_column(self.tr("Baseline"), "baseline"),
            field_column(self.tr("Target"), "target"),
            field_column(self.tr("How often"), "frequency"),
            Column(self.tr("Score"), self._score_text),
            visibility_column(self.tr("Visibility")),
        ]
        self.list = FieldsItemList(
            session,
            block.workshop_id,
            block.id,
            INDICATOR,
            columns=columns,
            placeholder=self.tr("Indicator name, then Enter (fill in the rest later)"),
            parent=self,
        )
        refresh_choice_delegates(self.list)

        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        self.needed_by = partner_checklist(self.tr("Partners whose stakeholders need it"))
        self.needed_by.itemChanged.connect(self._needed_by_changed)
        self.scores_box = QWidget()
        self.scores_form = QFormLayout(self.scores_box)
        self.score_choices: dict[str, QComboBox] = {}
        side = QGroupBox(self.tr("Selected indicator"))
        side_layout = QVBoxLayout(side)
        side_layout.addWidget(self.detail_title)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.scores_box)
        scroll.setAccessibleName(self.tr("Scores against the criteria"))
        columns_row = QHBoxLayout()
        columns_row.addLayout(
            labelled(self.tr("Whose stakeholders &need it (Space ticks):"), self.needed_by), 1
        )
        columns_row.addLayout(labelled(self.tr("&Scored against the criteria:"), scroll), 2)
        side_layout.addLayout(columns_row, 1)
        set_column_widths(
            self.list.table, (340, 230, 90, 120, 200, 250, 230, 120, 140, 100, 80, 130)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(detail_splitter(self.list, side), 1)
        self.list.table.selectionModel().currentRowChanged.connect(self._show_detail)
        self.list.model.modelReset.connect(self._show_detail)
        session.changed.connect(self._on_changed)
        self._build_score_form()
        self._show_detail()

    def _load_context(self) -> None:
        snapshot = self.session.snapshot(self.workshop_id)
        self._partners = list(snapshot.partners)
        self._criteria = criteria(snapshot)

    def _score_text(self, item: Item) -> str:
        points, most = score_total(item, self._criteria)
        return f"{points} / {most}"

    def _on_changed(self, changes: ChangeSet) -> None:
        if not ({"partners", "items"} & changes.tables):
            return
        before = list(self._criteria)
        self._load_context()
        self.list.fill_partners()
        if before != self._criteria:
            self._build_score_form()
        self.list.refresh_all_rows()
        self._show_detail()

    def _build_score_form(self) -> None:
        while self.scores_form.rowCount():
            self.scores_form.removeRow(0)
        self.score_choices = {}
        for criterion in self._criteria:
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Score: {criterion}").format(criterion=criterion.text))
            combo.addItem(self.tr("Not scored"), None)
            for value, label in SCORES:
                combo.addItem(tr("Measures", label), value)
            combo.activated.connect(lambda _n, c=criterion.key: self._score_changed(c))
            label = QLabel(criterion.text)
            label.setWordWrap(True)
            label.setBuddy(combo)
            self.scores_form.addRow(label, combo)
            self.score_choices[criterion.key] = combo

    def _show_detail(self, *args: object) -> None:
        item = self.list.current_item()
        enabled = item is not None
        self.needed_by.setEnabled(enabled)
        self.scores_box.setEnabled(enabled)
        self.detail_title.setText(
            item.text
            if item
            else self.tr("Select an indicator in the table to tick who needs it and score it.")
        )
        fill_checklist(
            self.needed_by,
            [(p.id, p.organisation) for p in self._partners],
            set(item.fields.get("needed_by") or []) if item else set(),
        )
        scores = (item.fields.get("scores") or {}) if item else {}
        # An indicator is scored only against criteria at least as open as itself.
        usable = {c.key for c in applicable(item, self._criteria)} if item else set()
        for key, combo in self.score_choices.items():
            combo.setCurrentIndex(max(combo.findData(scores.get(key)), 0))
            combo.setEnabled(key in usable)
            combo.setToolTip(
                ""
                if key in usable or item is None
                else self.tr(
                    "This criterion is less open than the indicator, so the indicator is not "
                    "scored against it (make the criterion as open as the indicator to use it)."
                )
            )

    def _needed_by_changed(self, *args: object) -> None:
        item = self.list.current_item()
        if item is None:
            return
        chosen = checked_values(self.needed_by)
        if chosen != list(item.fields.get("needed_by") or []):
            self.session.apply(
                edits.change(
                    self.tr("Change who needs {name!r}").format(name=item.text[:40]),
                    [(item, touched(item, fields={**item.fields, "needed_by": chosen}))],
                )
            )

    def _score_changed(self, criterion: str) -> None:
        item = self.list.current_item()
        if item is None:
            return
        value = self.score_choices[criterion].currentData()
        scores = dict(item.fields.get("scores") or {})
        if value is None:
            scores.pop(criterion, None)
        else:
            scores[criterion] = int(value)
        if scores != (item.fields.get("scores") or {}):
            self.session.apply(
                edits.change(
                    self.tr("Score {name!r}").format(name=item.text[:40]),
                    [(item, touched(item, fields={**item.fields, "scores": scores}))],
                )
            )

    def focus_capture(self) -> None:
        self.list.capture.setFocus()


# ---------------------------------------------------------------------- agreement

SECTOR_ALL = ""


class VoteTableModel(RowsModel):
    """Indicators × answers: the tallies of one agreement block, typed in cell by cell.

    Level cells show (and edit) the votes of the chosen sector (``""``: votes not
    recorded by sector); the last columns show totals, the result and dissent.
    """

    def __init__(self, panel: AgreementPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.sector = SECTOR_ALL
        self.votes: dict[str, Item] = {}
        self.results: dict[str, VoteResult] = {}
        self.settings = VoteSettings.of(panel.block)
        self.levels: tuple[rules.Level, ...] = ()
        self.reload()

    @property
    def indicators(self) -> list[Item]:
        return self.rows

    def reload(self) -> None:
        """Read indicators and votes again from the session's live workshop.

        Rows are updated in place (see :class:`RowsModel`): the cell being typed in,
        its editor and the keyboard focus survive every tally saved, including the
        first, which locks the decision rule. Only a new vote method (other columns)
        resets the table.
        """
        snapshot = self.panel.session.snapshot(self.panel.workshop_id)
        block = snapshot.block(self.panel.block.id) or self.panel.current_block()
        self.settings = VoteSettings.of(block)
        levels = rules.levels(self.settings.method)
        items = snapshot.items_in(block.id, [VOTE])
        self.votes = votes_of_block(items, block.id)
        self.results = block_results(items, block)
        indicators = snapshot.items_of_kind(INDICATOR)
        if levels != self.levels:
            self.beginResetModel()
            self.levels, self.rows = levels, indicators
            self.endResetModel()
            return
        self.set_rows(indicators, every_cell=True)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def show_sector(self, sector: str) -> None:
        """Show (and take) the votes of ``sector`` in the answer columns."""
        self.sector = sector
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, self.columnCount() - 1)
            )

    def headers(self) -> list[str]:
        return [
            self.tr("Indicator"),
            *(level.heading for level in self.levels),
            self.tr("All votes"),
            self.tr("Result"),
            self.tr("Dissent"),
        ]

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.levels) + 4

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        level = self.level_at(section)
        if role == Qt.ItemDataRole.ToolTipRole and level is not None:
            return tr("Votes", level.label)
        return None

    def level_at(self, column: int) -> rules.Level | None:
        return self.levels[column - 1] if 1 <= column <= len(self.levels) else None

    def count(self, indicator_id: str, level_key: str) -> int:
        vote = self.votes.get(indicator_id)
        tallies = (vote.fields.get("tallies") or {}) if vote else {}
        return int((tallies.get(self.sector) or {}).get(level_key, 0) or 0)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        indicator = self.indicators[index.row()]
        column = index.column()
        result = self.results.get(indicator.id)
        level = self.level_at(column)
        if column == 0:
            return indicator.text
        if level is not None:
            n = self.count(indicator.id, level.key)
            return n if role == Qt.ItemDataRole.EditRole else (str(n) if n else "")
        extra = column - len(self.levels)
        if extra == 1:
            return rules.describe_tally(self.settings.method, result.tally if result else {})
        if extra == 2:
            outcome = result.outcome if result else None
            return tr("Votes", rules.OUTCOME_NAMES[outcome]) if outcome else self.tr("Not voted")
        if extra == 3 and result and result.dissent:
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(d.describe(self.settings.method) for d in result.dissent)
            return self.tr("Dissent: {sectors}").format(
                sectors=", ".join(d.sector for d in result.dissent)
            )
        return ""

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if self.level_at(index.column()) is not None:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        level = self.level_at(index.column())
        if level is None or role != Qt.ItemDataRole.EditRole:
            return False
        try:
            count = int(str(value).strip() or 0)
        except ValueError:
            self.panel.session.error.emit(
                self.tr(
                    "{value!r} is not a number of votes; type a whole number such as 4."
                ).format(value=value)
            )
            return False
        if count < 0:
            self.panel.session.error.emit(self.tr("A number of votes cannot be negative."))
            return False
        indicator = self.indicators[index.row()]
        return self.panel.set_count(indicator, self.sector, level.key, count)


class AgreementPanel(ExercisePanel):
    """Vote method and decision rule (set before the vote), tallies, reveal, results."""

    def __init__(self, session: Session, block: Block, parent: QWidget | None = None) -> None:
        super().__init__(session, block, parent)
        self.method = QComboBox()
        self.method.setAccessibleName(self.tr("Vote method"))
        for method in VoteMethod:
            self.method.addItem(tr("Votes", rules.METHOD_NAMES[method]), method.value)
        self.rule = QComboBox()
        self.rule.setAccessibleName(self.tr("Decision rule"))
        self.level = QComboBox()
        self.level.setAccessibleName(self.tr("Level votes must reach"))
        self.share = QSpinBox()
        self.share.setRange(1, 100)
        self.share.setSuffix(" %")
        self.share.setAccessibleName(self.tr("Share of votes that must reach the level"))
        self.top = QSpinBox()
        self.top.setRange(1, 99)
        self.top.setAccessibleName(self.tr("How many indicators are adopted"))
        self.dots_per_person = QSpinBox()
        self.dots_per_person.setRange(1, 99)
        self.dots_per_person.setAccessibleName(self.tr("Dots per person"))
        self.max_dots = QSpinBox()
        self.max_dots.setRange(1, 99)
        self.max_dots.setAccessibleName(self.tr("Most dots one person may put on one item"))
        self.voters = QSpinBox()
        self.voters.setRange(0, 999)
        self.voters.setSpecialValueText(self.tr("not counted"))
        self.voters.setAccessibleName(self.tr("People voting"))
        self.hidden = QCheckBox(self.tr("Keep results hidden from the room until revealed"))
        self.reveal = QPushButton()
        self.reveal.setToolTip(self.tr("Show or hide the results on the projector (Ctrl+R)"))
        self.clear_button = QPushButton(self.tr("Clear all tallies"))
        self.clear_button.setToolTip(
            self.tr("Remove every vote of this block (undoable); the rule can then be changed")
        )
        self.rule_text = QLabel()
        self.rule_text.setWordWrap(True)
        self.rule_text.setAccessibleName(self.tr("The decision rule in words"))
        font = self.rule_text.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.rule_text.setFont(font)
        self.lock_text = QLabel()
        self.lock_text.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Vote status"))
        self.sector = QComboBox()
        self.sector.setAccessibleName(self.tr("Whose votes you are typing"))

        self.model = VoteTableModel(self)
        self.table = EditableTable()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Tallies per indicator"))
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        setup = QFormLayout()
        method_row = QHBoxLayout()
        method_row.addWidget(self.method)
        method_row.addStretch(1)
        method_label = QLabel(self.tr("Vote &method:"))
        method_label.setBuddy(self.method)
        setup.addRow(method_label, method_row)
        rule_row = QHBoxLayout()
        for widget in (self.rule, self.level, self.share, self.top):
            rule_row.addWidget(widget)
        rule_row.addStretch(1)
        rule_label = QLabel(self.tr("Decision &rule:"))
        rule_label.setBuddy(self.rule)
        setup.addRow(rule_label, rule_row)
        dots_row = QHBoxLayout()
        for text, widget in (
            (self.tr("Dots per person:"), self.dots_per_person),
            (self.tr("Most per item:"), self.max_dots),
            (self.tr("People voting:"), self.voters),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            dots_row.addWidget(label)
            dots_row.addWidget(widget)
        dots_row.addStretch(1)
        self.dots_row = QWidget()
        self.dots_row.setLayout(dots_row)
        setup.addRow(self.dots_row)
        reveal_row = QHBoxLayout()
        reveal_row.addWidget(self.hidden)
        reveal_row.addWidget(self.reveal)
        reveal_row.addStretch(1)
        reveal_row.addWidget(self.clear_button)
        sector_row = QHBoxLayout()
        sector_label = QLabel(self.tr("&Typing votes of:"))
        sector_label.setBuddy(self.sector)
        sector_row.addWidget(sector_label)
        sector_row.addWidget(self.sector)
        sector_hint = QLabel(
            self.tr(
                "Answer columns show and take the votes of this "
                "group; type a number in a cell, Enter saves. "
                "“All votes” adds up every group."
            )
        )
        sector_hint.setWordWrap(True)
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
        shortcut = QShortcut(QKeySequence("Ctrl+R"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.toggle_reveal)
        session.changed.connect(self._on_changed)
        self._refresh()

    # ------------------------------------------------------------------ state
    def _settings(self) -> dict[str, Any]:
        return dict(self.current_block().settings)

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
            spin.blockSignals(True)
            spin.setValue(value)
            spin.blockSignals(False)
        for widget in (self.method, self.rule, self.level, self.share, self.top):
            widget.setEnabled(not locked)
        self.rule_text.setText(
            self.tr("Decision rule: {rule}").format(rule=settings.rule.describe(settings.method))
        )
        self.lock_text.setText(
            self.tr(
                "The rule is locked because votes have been entered: it was set before the vote. "
                "Clear the tallies to change it."
            )
            if locked
            else self.tr("Announce this rule to the room before anyone votes.")
        )
        hidden = bool(block.settings.get("results_hidden"))
        revealed = bool(block.settings.get("revealed"))
        self.hidden.blockSignals(True)
        self.hidden.setChecked(hidden)
        self.hidden.blockSignals(False)
        self.reveal.setEnabled(hidden)
        self.reveal.setText(
            self.tr("Hide results again (Ctrl+R)")
            if revealed
            else self.tr("Reveal results (Ctrl+R)")
        )
        self._fill_sectors()
        self.status.setText(self._status_text(block, settings))

    def _status_text(self, block: Block, settings: VoteSettings) -> str:
        parts = []
        if block.settings.get("results_hidden") and not block.settings.get("revealed"):
            parts.append(self.tr("The room does not see the results yet."))
        else:
            parts.append(self.tr("The room sees the results."))
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
        dissent = [
            i.text
            for i in self.model.indicators
            if self.model.results.get(i.id) and self.model.results[i.id].dissent
        ]
        if dissent:
            parts.append(self.tr("Dissent on: {names}.").format(names=", ".join(dissent)))
        return " ".join(parts)

    def _fill_sectors(self) -> None:
        partners = self.session.snapshot(self.workshop_id).partners  # the live workshop
        sectors = sorted({p.sector for p in partners})
        wanted = [(SECTOR_ALL, self.tr("everyone (not by sector)"))] + [
            (s, self.tr("the {sector} sector").format(sector=s)) for s in sectors
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
        self.sector.blockSignals(True)
        self.sector.clear()
        for value, label in wanted:
            self.sector.addItem(label, value)
        self.sector.setCurrentIndex(max(self.sector.findData(current), 0))
        self.sector.blockSignals(False)
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
        self.session.apply(
            edits.update(
                self.tr("Reveal results") if revealed else self.tr("Hide results"),
                block,
                settings={**block.settings, "revealed": revealed},
            )
        )

    def set_count(self, indicator: Item, sector: str, level_key: str, count: int) -> bool:
        """Record ``count`` votes of ``sector`` at ``level_key`` for ``indicator``."""
        vote = self.model.votes.get(indicator.id)
        tallies = {
            k: dict(v) for k, v in ((vote.fields.get("tallies") or {}) if vote else {}).items()
        }
        tally = tallies.setdefault(sector, {})
        if int(tally.get(level_key, 0) or 0) == count:
            return False
        if count:
            tally[level_key] = count
        else:
            tally.pop(level_key, None)
        description = self.tr("Votes for {name!r}").format(name=indicator.text[:40])
        if vote is None:
            new = Item(
                workshop_id=self.workshop_id,
                block_id=self.block.id,
                kind=VOTE,
                text=self.tr("Votes"),
                visibility=Visibility.PUBLIC.value,
                fields={"indicator_id": indicator.id, "tallies": tallies},
                position=float(len(self.model.votes)),
            )
            return self.session.apply(edits.add(description, new))
        return self.session.apply(
            edits.change(
                description, [(vote, touched(vote, fields={**vote.fields, "tallies": tallies}))]
            )
        )

    def clear_tallies(self) -> None:
        votes = list(self.model.votes.values())
        if votes:
            self.session.apply(edits.delete(self.tr("Clear all tallies"), *votes))

    def focus_capture(self) -> None:
        """Into the tally grid, on the first answer cell (typing there enters a count)."""
        if not self.table.editable(self.table.currentIndex()):
            self.table.setCurrentIndex(self.table.first_editable())
        self.table.setFocus()


def _rule_name(kind: RuleKind) -> str:
    return {
        RuleKind.NOBODY_BELOW: QObject.tr("Nobody below a level"),
        RuleKind.SHARE_AT_LEAST: QObject.tr("A share at a level or above"),
        RuleKind.TOP_DOTS: QObject.tr("Most dots: the top N"),
    }[kind]


# ------------------------------------------------------------------------ balance


class BalancePanel(ExercisePanel):
    """The adopted set at a glance, with the plain-language warnings."""

    def __init__(self, session: Session, block: Block, parent: QWidget | None = None) -> None:
        super().__init__(session, block, parent)
        self.view = QTextBrowser()
        self.view.setAccessibleName(self.tr("Balance of the adopted indicators"))
        self.view.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Computed from the agreement votes; the room sees the "
                    "chart. Adopt or re-vote to change it."
                )
            )
        )
        layout.addWidget(self.view, 1)
        session.changed.connect(self._on_changed)
        self.refresh()

    def warnings(self) -> list[str]:
        view = internal_view(self.session, self.workshop_id)
        return balance_warnings(adopted_indicators(view), view.partners)

    def refresh(self) -> None:
        view = internal_view(self.session, self.workshop_id)
        block = view.block(self.block.id) or self.block
        elements = balance_summary(view, block)
        counts = balance_counts(adopted_indicators(view))
        tables: list[Element] = [
            Table((group, self.tr("Adopted")), tuple((k, str(v)) for k, v in c.items()))
            for group, c in counts.items()
        ]
        body = [e for e in elements if not isinstance(e, Chart)]
        self.view.setHtml(elements_html(body + (tables if adopted_indicators(view) else [])))

    def _on_changed(self, changes: ChangeSet) -> None:
        if self.session.touches(changes, self.workshop_id) or "partners" in changes.tables:
            self.refresh()

    def focus_capture(self) -> None:
        self.view.setFocus()
