"""Listing and searching all 1,000 workshops (storage, and the home screen's list).
Budget: under 50 ms each."""

from __future__ import annotations

import time

from common import Figure, database, emit, median, qt_app

RUNS = 9


def _timed(function) -> float:
    started = time.perf_counter()
    function()
    return (time.perf_counter() - started) * 1000


def run() -> list[Figure]:
    from workshop_app.storage import open_store

    db_path, _ = database()
    store = open_store(db_path)
    figures = []
    try:
        lists = [_timed(store.workshops) for _ in range(RUNS)]
        found = len(store.workshops(search="library"))
        searches = [_timed(lambda: store.workshops(search="library")) for _ in range(RUNS)]
        said = getattr(store, "search", None)  # what was said (full-text), when there
        said_in = len(said("library")) if said else 0
        said_searches = [_timed(lambda: said("library")) for _ in range(RUNS)] if said else []
        collaborations = [_timed(store.collaborations) for _ in range(RUNS)]
        figures += [
            Figure("listing", "list all 1,000 workshops (storage)", median(lists), "ms", 50, RUNS),
            Figure(
                "listing",
                "search all workshops for 'library' (storage)",
                median(searches),
                "ms",
                50,
                RUNS,
                f"{found} found",
            ),
            *(
                [
                    Figure(
                        "listing",
                        "search what was said for 'library' (storage, full-text)",
                        median(said_searches),
                        "ms",
                        50,
                        RUNS,
                        f"said in {said_in} workshops",
                    )
                ]
                if said
                else []
            ),
            Figure(
                "listing",
                "list 200 collaborations (storage)",
                median(collaborations),
                "ms",
                50,
                RUNS,
            ),
        ]
        try:
            from workshop_app.ui.home_view import HomeView
            from workshop_app.ui.session import Session
        except ImportError:
            return figures
        app = qt_app()
        home = HomeView(Session(store))
        home.show()
        app.processEvents()
        refreshes = [_timed(lambda: (home.refresh(), app.processEvents())) for _ in range(RUNS)]
        figures.append(
            Figure(
                "listing",
                "home screen: list all workshops (refresh + paint)",
                median(refreshes),
                "ms",
                50,
                RUNS,
            )
        )
        search_box = getattr(home, "search", None)
        if search_box is not None and hasattr(search_box, "setText"):

            def search() -> None:
                search_box.setText("library")
                app.processEvents()
                search_box.setText("")
                app.processEvents()

            figures.append(
                Figure(
                    "listing",
                    "home screen: search and clear (2 refreshes)",
                    median([_timed(search) for _ in range(RUNS)]),
                    "ms",
                    100,
                    RUNS,
                    "budget 2 x 50 ms",
                )
            )
    finally:
        store.close()
    return figures


if __name__ == "__main__":
    import os

    emit(run())
    os._exit(0)
