"""Corrections survive re-extraction: the overlay of human decisions on extracted records."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from pipeline.corrections import apply_corrections
from pipeline.curation import CorrectionError, correct, export_gold, mark
from pipeline.finish import finish
from pipeline.registry import load_records, open_registry, person_mentions
from serve_fixtures import TEXT, extracted
from test_registry import db_url  # noqa: F401  (fixture: SQLite, and PostgreSQL when available)


def row(id_, action, list_field=None, item_key=None, attr=None, extracted=None, after=None,
        start=None, end=None):
    return {"id": id_, "action": action, "list_field": list_field, "item_key": item_key,
            "attr": attr, "extracted": extracted, "before": extracted, "after": after,
            "start": start, "end": end}


def test_corrections_follow_the_item_not_its_index():
    fix = row(1, "correct", "officials", "andi rahmat", "position", "Sekretaris Daerah", "Sekda Maju Jaya")
    again = apply_corrections(extracted(extra_official=True), [fix])
    by_name = {o["name"]: o["position"] for o in again.record["officials"]}
    assert by_name == {"Budi Santoso": "Bupati Maju Jaya", "Andi Rahmat": "Sekda Maju Jaya",
                       "Siti Aminah": "Kepala Dinas Kesehatan"}
    assert again.disagreements == []  # the extraction still says what the reviewer saw
    # a typed value has no span: the extracted span is no evidence of it
    fields = {ev["field"] for ev in again.record["evidence"]}
    assert "officials[1].name" in fields and "officials[1].position" not in fields


def test_a_changed_extraction_is_flagged_and_the_human_value_kept():
    fix = row(1, "correct", "officials", "andi rahmat", "position", "Sekretaris Daerah", "Sekda Maju Jaya")
    again = apply_corrections(extracted(position="Asisten I"), [fix])
    assert again.record["officials"][0]["position"] == "Sekda Maju Jaya"
    [flag] = again.disagreements
    assert (flag.path, flag.extracted, flag.human) == ("officials[0].position", "Asisten I", "Sekda Maju Jaya")
    # the extraction now agreeing with the reviewer is no disagreement
    assert apply_corrections(extracted(position="Sekda Maju Jaya"), [fix]).disagreements == []


def test_reject_add_and_evidence_are_renumbered():
    start = TEXT.index("Jemput Bola Sehat")
    rows = [row(1, "reject", "innovations", "kantor bupati", extracted={"name": "Kantor Bupati"}),
            row(2, "add", "innovations", "jemput bola sehat", after={"name": "Jemput Bola Sehat"},
                start=start, end=start + len("Jemput Bola Sehat"))]
    out = apply_corrections(extracted(), rows).record
    assert [i["name"] for i in out["innovations"]] == ["SIGAP DESA", "Jemput Bola Sehat"]
    fields = {ev["field"]: ev for ev in out["evidence"]}
    assert fields["innovations[1].name"]["text"] == "Jemput Bola Sehat"
    assert fields["innovations[1].name"]["method"] == "human"
    assert all(ev["text"] != "Kantor Bupati" for ev in out["evidence"])
    # once the pipeline finds the added innovation itself, it is not listed twice
    found = extracted()
    found["innovations"].append({"name": "Jemput Bola Sehat"})
    assert [i["name"] for i in apply_corrections(found, rows).record["innovations"]] == [
        "SIGAP DESA", "Jemput Bola Sehat"]


def test_rejecting_a_scalar_clears_it_and_a_required_key_drops_its_object():
    rows = [row(1, "reject", attr="published", extracted="2023-03-06"),
            row(2, "reject", attr="event.type", extracted="launching")]
    out = apply_corrections(extracted(), rows).record
    assert out["published"] is None and out["event"] is None
    assert not any(ev["field"] == "published" for ev in out["evidence"])


@pytest.fixture()
def loaded(tmp_path: Path, db_url: str) -> tuple[str, Path]:  # noqa: F811
    db = db_url
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps(extracted()) + "\n", encoding="utf-8")
    load_records(records, db)
    return db, records


def test_correct_updates_the_registry_rows_and_export_gold(loaded, tmp_path):
    db, records = loaded
    engine = open_registry(db)
    correct(engine, "maju-jaya-sigap", path="officials[0].degrees", action="correct",
            value="S.STP, M.Si", reviewer="Rina")
    with pytest.raises(CorrectionError):
        correct(engine, "maju-jaya-sigap", path="officials[9].name", action="reject")
    with pytest.raises(CorrectionError):
        correct(engine, "maju-jaya-sigap", path="participants", action="correct", value="banyak")
    with engine.connect() as conn:
        degrees = conn.execute(select(person_mentions.c.degrees)
                               .where(person_mentions.c.name == "Andi Rahmat")).scalar_one()
    assert degrees == "S.STP, M.Si"
    assert export_gold(db, tmp_path / "gold") == []  # in review, not done
    mark(engine, "maju-jaya-sigap", "done", "Rina")
    engine.dispose()
    [path] = export_gold(db, tmp_path / "gold")
    gold = json.loads(path.read_text(encoding="utf-8"))
    # the text beside it makes the reviewed document training data (`make train EXTRA_GOLD=DIR`)
    from pipeline.training.corpus import gold_documents

    [(doc_id, text_path, trained_gold)] = gold_documents(tmp_path / "no-shared", extra=(tmp_path / "gold",))
    assert doc_id == "maju-jaya-sigap" and text_path.read_text(encoding="utf-8") == TEXT.strip()
    assert trained_gold == gold
    assert gold["officials"][0]["degrees"] == ["S.STP", "M.Si"]
    assert set(gold) >= {"doc_id", "doc_type", "title", "region", "innovations", "officials", "event"}
    # loading the same extraction again keeps the correction in the registry rows
    load_records(records, db)
    engine = open_registry(db)
    with engine.connect() as conn:
        assert conn.execute(select(person_mentions.c.degrees)
                            .where(person_mentions.c.name == "Andi Rahmat")).scalar_one() == "S.STP, M.Si"
    engine.dispose()


def test_finish_fills_the_registry_unless_told_not_to(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "records.jsonl").write_text(json.dumps(extracted()) + "\n", encoding="utf-8")
    (out / "manifest.jsonl").write_text(json.dumps(
        {"doc_id": "maju-jaya-sigap", "source": "x.txt", "status": "ok"}) + "\n", encoding="utf-8")
    lines = finish(out, no_db=True)
    assert not (out / "registry.sqlite").exists() and (out / "review" / "index.html").is_file()
    assert len(lines) == 1
    lines = finish(out)
    assert (out / "registry.sqlite").is_file() and "1 new" in lines[0]
