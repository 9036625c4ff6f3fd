"""Generate the benchmark database: 200 collaborations, 1,000 workshops, 100,000 items.

One workshop ("Big workshop") holds 10,000 items, 6,000 of them in one block, the
worst case for capture and for opening; another ("Export workshop") holds 500 items
of every kind, for the export scenarios. Written through :meth:`Store.put` in large
batches (one transaction each), so generation takes seconds.

    .venv/bin/python bench/make_large_db.py [--out bench/out/large.sqlite3] [--force]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from workshop_app.domain.records import (  # noqa: E402
    Block,
    Collaboration,
    Item,
    Partner,
    Visibility,
    Workshop,
)
from workshop_app.exercises.templates import template  # noqa: E402
from workshop_app.storage import open_store  # noqa: E402

DEFAULT_PATH = ROOT / "bench" / "out" / "large.sqlite3"
COLLABORATIONS = 200
WORKSHOPS_EACH = 5
TOTAL_ITEMS = 100_000
BIG_ITEMS = 10_000
BIG_BLOCK_ITEMS = 6_000
EXPORT_ITEMS = 500
TOWNS = (
    "Riverton",
    "Harlan",
    "Maple Falls",
    "Eastport",
    "Cedar Bend",
    "Lakeside",
    "Fairview",
    "Oak Hill",
    "Brookfield",
    "Millbrook",
)
THEMES = (
    "Public safety",
    "Youth employment",
    "Housing stability",
    "Clean river",
    "Transit access",
    "Early literacy",
    "Senior isolation",
    "Food security",
)
PLACES = (
    "Public Library, Community Room",
    "City Hall Council Chambers",
    "Eastside Rec Center",
    "County Annex, Room 2",
    "University Commons",
)
SECTORS = ("public", "nonprofit", "private", "community", "academic", "philanthropic")
PHRASES = (
    "Shared patrols on Friday nights near the transit centre",
    "Street lighting on Fifth Street before the winter",
    "Youth diversion referrals are down since the grant ended",
    "The crime lab backlog is eleven weeks",
    "Business owners want a single number to call",
    "Data on repeat calls exists but is not shared",
    "The board needs a quarterly report it can defend",
    "Residents do not trust the complaint process",
    "Overtime budget is exhausted by September",
    "The library could host the youth drop-in on weekends",
    "Parents ask for safe routes to the middle school",
    "The sheriff's office can share aggregated incident data monthly",
)
KINDS = (
    "note",
    "note",
    "note",
    "fact",
    "indicator",
    "decision",
    "action",
    "parking",
    "facilitator_note",
)
VISIBILITIES = (
    (Visibility.PARTNERS.value,) * 6 + (Visibility.PUBLIC.value,) * 3 + (Visibility.INTERNAL.value,)
)


def _text(rng: random.Random) -> str:
    return f"{rng.choice(PHRASES)} ({rng.choice(TOWNS)}, point {rng.randint(1, 99)})"


def _items(
    rng: random.Random,
    workshop: Workshop,
    blocks: list[Block],
    count: int,
    partners: list[Partner],
    big_block: Block | None = None,
    big_block_count: int = 0,
) -> list[Item]:
    made = []
    for n in range(count):
        block = big_block if n < big_block_count else rng.choice(blocks)
        kind = "note" if block is big_block else rng.choice(KINDS)
        fields: dict[str, object] = {}
        if kind == "action":
            fields = {"owner": rng.choice(partners).organisation, "due": "2026-12-15"}
        elif kind == "fact":
            fields = {"source": "Police annual report 2025", "status": "agreed"}
        elif kind == "indicator":
            fields = {
                "kind": rng.choice(("input", "output", "outcome", "impact")),
                "baseline": str(rng.randint(10, 90)),
                "target": str(rng.randint(10, 90)),
            }
        made.append(
            Item(
                workshop.id,
                kind,
                _text(rng),
                block_id=block.id,
                fields=fields,
                visibility=rng.choice(VISIBILITIES),
                partner_id=rng.choice(partners).id if rng.random() < 0.3 else None,
                position=float(n),
            )
        )
    return made


def generate(path: Path, seed: int = 1) -> dict[str, object]:
    """Write the database at ``path`` (must not exist); returns ids the scenarios need."""
    rng = random.Random(seed)
    store = open_store(path)
    first = template("first_partnership_meeting")
    follow_up = template("follow_up_meeting")
    workshops_total = COLLABORATIONS * WORKSHOPS_EACH
    ordinary_items = TOTAL_ITEMS - BIG_ITEMS - EXPORT_ITEMS
    per_workshop = ordinary_items // (workshops_total - 2)
    info: dict[str, object] = {}
    batch: list = []

    def flush(force: bool = False) -> None:
        if batch and (force or len(batch) >= 20_000):
            store.put(*batch)
            batch.clear()

    for c in range(COLLABORATIONS):
        town = TOWNS[c % len(TOWNS)]
        collaboration = Collaboration(f"{rng.choice(THEMES)} partnership of {town} #{c + 1}")
        partners = [
            Partner(collaboration.id, f"{town} {kind} organisation {p + 1}", kind, position=p)
            for p, kind in enumerate(SECTORS)
        ]
        batch += [collaboration, *partners]
        for w in range(WORKSHOPS_EACH):
            title = (
                "Kick-off: first partnership meeting"
                if w == 0
                else f"Meeting {w + 1}: measures and information sharing"
            )
            if c == 0 and w == 0:
                title = "Big workshop: 10,000 items"
            elif c == 0 and w == 1:
                title = "Export workshop: 500 items"
            date = f"2026-{(w % 12) + 1:02d}-{c % 28 + 1:02d}"
            workshop = Workshop(collaboration.id, title, date, rng.choice(PLACES))
            blocks = (first if w == 0 else follow_up).make_blocks(workshop.id)
            batch += [workshop, *blocks]
            if c == 0 and w == 0:
                big_block = Block(
                    workshop.id, "discussion", "Open discussion: everything said", position=-1
                )
                batch.append(big_block)
                batch += _items(
                    rng, workshop, blocks, BIG_ITEMS, partners, big_block, BIG_BLOCK_ITEMS
                )
                info.update(big_workshop_id=workshop.id, big_block_id=big_block.id)
            elif c == 0 and w == 1:
                batch += _items(rng, workshop, blocks, EXPORT_ITEMS, partners)
                info["export_workshop_id"] = workshop.id
            else:
                batch += _items(rng, workshop, blocks, per_workshop, partners)
            flush()
    flush(force=True)
    # Top up to exactly 100,000 items in the last workshop.
    missing = TOTAL_ITEMS - store.conn.execute("SELECT count(*) FROM items").fetchone()[0]
    if missing > 0:
        store.put(*_items(rng, workshop, blocks, missing, partners))
    store.set_setting("bench", info)
    store.close()
    return info


def ensure(path: Path = DEFAULT_PATH, force: bool = False) -> dict[str, object]:
    """The ids of the benchmark database at ``path``, generating it when missing."""
    if force:
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        info = generate(path)
        print(f"generated {path} in {time.perf_counter() - started:.1f} s", file=sys.stderr)
        return info
    store = open_store(path)
    try:
        return store.setting("bench")
    finally:
        store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_PATH)
    parser.add_argument("--force", action="store_true", help="generate again")
    args = parser.parse_args()
    info = ensure(args.out, args.force)
    store = open_store(args.out)
    counts = {
        t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("collaborations", "workshops", "blocks", "items")
    }
    store.close()
    print(json.dumps({**counts, **info, "bytes": args.out.stat().st_size}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
