"""JSON export then import: ids preserved, no duplicates, partners matched, bad files refused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from export_helpers import demo_workshops

from workshop_app import export
from workshop_app.domain.records import Collaboration, Partner
from workshop_app.export.json_checks import MAX_FILE_BYTES, ImportRefused, parse_workshop_document
from workshop_app.export.json_import import (
    ImportChange,
    apply_import,
    import_workshop_file,
    plan_import,
)
from workshop_app.storage import open_store

KICKOFF = "Kick-off: first partnership meeting"


def comparable(data: bytes) -> dict:
    document = json.loads(data)
    document.pop("exported_at")
    return document


@pytest.fixture
def exported(store, tmp_path) -> tuple[Path, str, bytes]:
    """The demo kick-off exported (internal) to a file: (path, workshop id, bytes)."""
    wid = demo_workshops(store)[KICKOFF]
    data = export.render_workshop(export.workshop_view(store, wid, "internal"), "json")
    path = tmp_path / "kickoff.json"
    path.write_bytes(data)
    return path, wid, data


@pytest.fixture
def target(tmp_path):
    s = open_store(tmp_path / "target.sqlite3")
    yield s
    s.close()


def test_import_into_an_empty_database_gives_back_the_same_workshop(exported, target):
    path, wid, data = exported
    import_workshop_file(target, path)
    again = export.render_workshop(export.workshop_view(target, wid, "internal"), "json")
    assert comparable(again) == comparable(data)


def test_importing_twice_adds_nothing(exported, target):
    path, _, _ = exported
    first = import_workshop_file(target, path)
    dump = target.dump()
    second = import_workshop_file(target, path)
    assert first.added > 0
    assert second.added == 0 and second.updated == 0
    assert target.dump() == dump
    assert len(target.workshops()) == 1 and len(target.collaborations()) == 1


def test_a_partner_with_the_same_organisation_is_matched_not_copied(exported, target):
    path, wid, data = exported
    document = json.loads(data)
    collaboration = Collaboration(
        document["collaboration"]["name"], id=document["collaboration"]["id"]
    )
    local_city = Partner(collaboration.id, "city of riverton ", "public")  # other id, same org
    target.put(collaboration, local_city)
    result = import_workshop_file(target, path)
    assert result.matched_partners == 1
    partners = target.partners(collaboration.id)
    assert [p.organisation.strip().casefold() for p in partners].count("city of riverton") == 1
    city_file_id = next(
        p["id"] for p in document["partners"] if p["organisation"] == "City of Riverton"
    )
    items = target.items(wid)
    assert all(i.partner_id != city_file_id for i in items)
    assert any(i.partner_id == local_city.id for i in items)


def test_a_newer_local_edit_is_not_overwritten_by_an_older_file(exported, target):
    path, wid, _ = exported
    import_workshop_file(target, path)
    item = target.items(wid)[0]
    from workshop_app.domain import edits

    target.apply(edits.update("edit", item, text="changed here after the export"))
    import_workshop_file(target, path)
    assert target.get(type(item), item.id).text == "changed here after the export"


def refused(target, path: Path, words: str) -> None:
    dump = target.dump()
    with pytest.raises(ImportRefused) as error:
        import_workshop_file(target, path)
    assert words in error.value.message
    assert target.dump() == dump


def test_malformed_json_is_refused_and_nothing_changes(target, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"format": "workshop-app/workshop", "items": [')
    refused(target, path, "not valid JSON")


def test_a_json_file_that_is_not_a_workshop_is_refused(target, tmp_path):
    path = tmp_path / "package.json"
    path.write_text('{"name": "left-pad", "version": "1.3.0"}')
    refused(target, path, "not a Workshop App workshop file")


def test_a_newer_format_version_is_refused(exported, target, tmp_path):
    _, _, data = exported
    document = json.loads(data)
    document["format_version"] = 99
    path = tmp_path / "newer.json"
    path.write_text(json.dumps(document))
    refused(target, path, "newer version")


def test_an_oversized_file_is_refused_before_reading(target, tmp_path):
    path = tmp_path / "huge.json"
    with open(path, "wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)  # sparse: big without using the disk
    refused(target, path, "too large")


def test_a_file_breaking_the_schema_is_refused(exported, target, tmp_path):
    _, _, data = exported
    document = json.loads(data)
    document["items"][3]["visibility"] = "everyone"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document))
    refused(target, path, "damaged or incomplete")


def test_an_item_pointing_to_a_missing_block_is_refused(exported, target, tmp_path):
    _, _, data = exported
    document = json.loads(data)
    document["items"][-1]["block_id"] = "no-such-block"
    path = tmp_path / "dangling.json"
    path.write_text(json.dumps(document))
    refused(target, path, "missing block")


@pytest.mark.parametrize("part", ["blocks", "items"])
def test_a_kind_this_version_does_not_know_is_named_in_the_refusal(
    exported, target, tmp_path, part
):
    _, _, data = exported
    document = json.loads(data)
    document[part][0]["kind"] = "future_kind"
    path = tmp_path / "future.json"
    path.write_text(json.dumps(document))
    dump = target.dump()
    with pytest.raises(ImportRefused) as error:
        import_workshop_file(target, path)
    assert target.dump() == dump
    assert "'future_kind'" in error.value.message and "{kind" not in error.value.message


def test_a_collaboration_report_is_not_imported_as_a_workshop(store, target, tmp_path):
    demo_workshops(store)
    data = export.render_report(store, store.collaborations()[0].id, "internal", "json")
    path = tmp_path / "report.json"
    path.write_bytes(data)
    refused(target, path, "collaboration report")


def test_a_partners_export_imports_without_internal_items(exported, store, target, tmp_path):
    _, wid, _ = exported
    data = export.render_workshop(export.workshop_view(store, wid, "partners"), "json")
    path = tmp_path / "partners.json"
    path.write_bytes(data)
    import_workshop_file(target, path)
    assert target.items(wid)
    assert all(
        i.visibility != "internal" and i.kind != "facilitator_note" for i in target.items(wid)
    )


def test_kinds_describes_every_declared_kind_field_and_setting(capsys):
    """``workshop-app kinds`` is the reference docs/json-format.md points to: every item
    kind, its fields and every block kind's settings, read from the declarations."""
    from workshop_app.cli import main
    from workshop_app.domain.schema import item_schemas
    from workshop_app.exercises.registry import all_kinds

    assert main(["kinds"]) == 0
    text = capsys.readouterr().out
    for kind, schema in item_schemas().items():
        if kind == "vote":  # the room tests' own kind
            continue
        for field in schema.fields:
            assert f"`{field.name}`" in text, (kind, field.name)
    for kind in all_kinds():
        assert f"`{kind.key}`" in text, kind.key
        for setting in kind.settings:
            assert f"`{setting.name}`" in text, (kind.key, setting.name)
    doc = (Path(__file__).resolve().parent.parent / "docs" / "json-format.md").read_text()
    assert "workshop-app kinds" in doc


def test_a_plan_writes_nothing_and_applying_it_writes_what_it_said(exported, target):
    path, wid, _ = exported
    before = target.dump()
    plan = plan_import(target, parse_workshop_document(path.read_bytes()))
    assert target.dump() == before
    assert plan.preview.change is ImportChange.NEW and plan.preview.new_collaboration
    assert apply_import(target, plan) == plan.result
    assert len(target.items(wid)) == plan.preview.items_added == plan.preview.items


def test_an_import_previewed_before_the_database_changed_writes_nothing(exported, target):
    path, _, _ = exported
    plan = plan_import(target, parse_workshop_document(path.read_bytes()))
    import_workshop_file(target, path)  # e.g. imported meanwhile from the command line
    before = target.dump()

    with pytest.raises(ImportRefused, match="changed while the file was being previewed"):
        apply_import(target, plan)
    assert target.dump() == before
