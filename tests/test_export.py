"""Export stage: tables streamed row by row (CSV) and in row groups (Parquet) with the schema's types."""
import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipeline import export
from pipeline.export import TABLES, Exporter, record_rows, table_schema
from pipeline.schema import (Agency, Event, Innovation, ManifestEntry, Official, ParticipantGroup, Participants,
                             Record, Region)

TEXT = ("SUKAMAJU - Dinas Komunikasi dan Informatika Kabupaten Sukamaju meluncurkan aplikasi SIAP LAYAN "
        "di Aula Kantor Bupati, Senin (4/3/2024), dihadiri 45 peserta.")


def record(i: int) -> Record:
    """A made-up record; every third one has no participants, every fourth one no officials."""
    return Record(
        doc_id=f"berita-{i:03d}", source=f"in/berita-{i:03d}.txt", doc_type="news", title=f"Peluncuran {i}",
        published=dt.date(2024, 3, 1 + i % 27),
        region=Region(name="Kabupaten Sukamaju", code="99.01", province="Provinsi Contoh"),
        agencies=[Agency(name="Dinas Komunikasi dan Informatika")] * (i % 3),
        innovations=[Innovation(name=f"SIAP LAYAN {i}", jenis="digital", trial_date=dt.date(2023, 1, 2))],
        event=Event(type="launching", date=dt.date(2024, 3, 4), venue="Aula Kantor Bupati"),
        participants=None if i % 3 == 0 else Participants(total=40 + i, breakdown=[ParticipantGroup(count=5,
                                                                                                    category="camat")]),
        officials=[] if i % 4 == 0 else [Official(name="Hendra Wijaya", position="Kepala Dinas", degrees=["S.Kom."])],
        text=TEXT,
    )


def entry(rec: Record) -> ManifestEntry:
    return ManifestEntry(doc_id=rec.doc_id, source=rec.source, status="ok")


def export_all(out: Path, records: list[Record]) -> dict[str, list[dict]]:
    """Export through the streaming writer; return every table's rows as the old exporter collected them."""
    exporter = Exporter(out)
    collected: dict[str, list[dict]] = {t: [] for t in TABLES}
    for rec in records:
        rows = record_rows(rec)
        exporter.add(rec.model_dump_json(), entry(rec), rows)
        for table, table_rows in rows.items():
            collected[table].extend(table_rows)
    failed = ManifestEntry(doc_id="rusak", source="in/rusak.txt", status="error", error="empty file")
    exporter.add(None, failed, None)
    exporter.close()
    return collected


def test_streamed_tables_hold_the_rows_the_old_dataframes_held(tmp_path, monkeypatch):
    monkeypatch.setattr(export, "ROW_GROUP", 7)   # several row groups, the last one short
    records = [record(i) for i in range(30)]
    collected = export_all(tmp_path, records)
    for table in TABLES:
        old = pd.DataFrame(collected[table])        # what the exporter wrote before it streamed
        parquet = pd.read_parquet(tmp_path / f"{table}.parquet")
        assert list(parquet.columns) == list(old.columns)
        assert parquet.astype(object).where(parquet.notna(), None).values.tolist() == \
            old.astype(object).where(old.notna(), None).values.tolist()
        (tmp_path / "old.csv").write_text(old.to_csv(index=False), encoding="utf-8")
        pd.testing.assert_frame_equal(pd.read_csv(tmp_path / f"{table}.csv"), pd.read_csv(tmp_path / "old.csv"))
    assert pq.ParquetFile(tmp_path / "records.parquet").num_row_groups == 5   # 30 rows in groups of 7
    assert len((tmp_path / "records.jsonl").read_text().splitlines()) == 30
    assert [json.loads(line)["doc_id"] for line in (tmp_path / "manifest.jsonl").open()][-1] == "rusak"


def test_columns_and_types_come_from_the_schema_whatever_the_batch_holds(tmp_path):
    export_all(tmp_path / "none", [])   # no record at all: every table still has all its columns
    export_all(tmp_path / "some", [record(3)])   # no participants: the count column is still an integer
    for table in TABLES:
        for out in ("none", "some"):
            assert pq.read_schema(tmp_path / out / f"{table}.parquet").remove_metadata() == table_schema(table)
    schema = table_schema("records")
    assert schema.field("participants_total").type == pa.int64()
    assert schema.field("published").type == pa.large_string()
    assert table_schema("innovations").names[2:] == list(Innovation.model_fields)
    header = (tmp_path / "none" / "officials.csv").read_text().splitlines()
    assert header == ["doc_id,idx,name,position,degrees"]


def test_a_row_outside_the_schema_is_refused(tmp_path):
    exporter = Exporter(tmp_path)
    rows = record_rows(record(1))
    rows["officials"][0]["nip"] = "1970"
    with pytest.raises(ValueError, match="nip"):
        exporter.add(None, entry(record(1)), rows)
    exporter.abort()


def test_an_aborted_export_leaves_no_temporary_files_and_keeps_earlier_outputs(tmp_path):
    export_all(tmp_path, [record(1)])
    before = (tmp_path / "records.csv").read_bytes()
    exporter = Exporter(tmp_path)
    exporter.add(record(2).model_dump_json(), entry(record(2)), record_rows(record(2)))
    exporter.abort()
    assert (tmp_path / "records.csv").read_bytes() == before
    assert not list(tmp_path.glob(".*.tmp")) and not list(tmp_path.glob("*.partial"))
