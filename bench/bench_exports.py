"""Exports of the 500-item workshop, for partners: Markdown, CSV, JSON under 100 ms each;
PDF with charts under 3 s; Word under 2 s. Each time covers reading the workshop,
filtering it for the audience, rendering and writing the file."""

from __future__ import annotations

import time

from common import OUT, Figure, database, emit, median

RUNS = 5
BUDGETS_MS = {"md": 100, "csv": 100, "json": 100, "html": 100, "pdf": 3000, "docx": 2000}


def run() -> list[Figure]:
    from workshop_app.export import FORMATS, render_workshop, workshop_view, write_atomically
    from workshop_app.storage import open_store

    db_path, info = database()
    store = open_store(db_path)
    figures = []
    try:
        for key, budget in BUDGETS_MS.items():
            if key not in FORMATS:
                continue
            times, size = [], 0
            for n in range(RUNS + 1):  # the first run imports the format's library: not counted
                started = time.perf_counter()
                view = workshop_view(store, info["export_workshop_id"], "partners")
                data = render_workshop(view, key)
                write_atomically(OUT / f"export{FORMATS[key].suffix}", data, overwrite=True)
                if n:
                    times.append((time.perf_counter() - started) * 1000)
                size = len(data)
            figures.append(
                Figure(
                    "export",
                    f"export 500 items as {FORMATS[key].name}",
                    median(times),
                    "ms",
                    budget,
                    RUNS,
                    f"{size:,} bytes",
                )
            )
    finally:
        store.close()
    return figures


if __name__ == "__main__":
    emit(run())
