"""The registry database: idempotent loads, entity resolution, replacement, concurrency.

Every test runs on SQLite (a file in tmp_path) and on PostgreSQL when
INOVASI_TEST_PG_URL names a server (scripts/start-postgres.sh starts one); each
PostgreSQL test gets a schema of its own, dropped afterwards.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path
from urllib.parse import quote

import pandas as pd
import pytest
from sqlalchemy import func, select

from pipeline import registry
from pipeline.regions import gazetteer
from pipeline.registry import export_tables, load_records, open_registry, print_query, query_rows

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO.parent / "shared" / "devset" / "gold"
PG_URL = os.environ.get("INOVASI_TEST_PG_URL")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'registry.sqlite'}"
        return
    if not PG_URL:
        pytest.skip("INOVASI_TEST_PG_URL is not set (see scripts/start-postgres.sh)")
    import psycopg

    schema = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    separator = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{separator}options={quote(f'-csearch_path={schema}')}"
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


# ------------------------------------------------------------------ test records

def _record(doc_id: str, text: str, *, region=None, innovations=(), officials=(),
            agencies=(), doc_type="news", title=None, published=None) -> dict:
    """A record as `extract` writes it, with evidence spans located in TEXT."""
    rec = {
        "doc_id": doc_id, "source": f"data/raw/{doc_id}.txt", "doc_type": doc_type,
        "title": title, "published": published, "region": region,
        "agencies": [{"name": a} for a in agencies],
        "innovations": [{"long_name": None, "agency": None, **i} for i in innovations],
        "event": None, "participants": None,
        "officials": [{"position": None, "degrees": [], **o} for o in officials],
        "text": text, "evidence": [],
    }
    for list_name, key in (("innovations", "name"), ("officials", "name"), ("agencies", "name")):
        for idx, item in enumerate(rec[list_name]):
            start = text.find(item[key])
            if start >= 0:
                rec["evidence"].append({
                    "field": f"{list_name}[{idx}].{key}", "start": start,
                    "end": start + len(item[key]), "text": item[key], "method": "rule:test"})
    return rec


GOWA = {"name": "Kabupaten Gowa", "code": "73.06", "province": "Sulawesi Selatan"}
BONE = {"name": "Kabupaten Bone", "code": None, "province": "Sulawesi Selatan"}  # code looked up
KENDARI = {"name": "Kota Kendari", "code": "74.71", "province": "Sulawesi Tenggara"}
DUKCAPIL_GOWA = "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Gowa"


def sample_records() -> list[dict]:
    """Five invented documents: one innovation spelt two ways, one named by its expansion,
    one name shared by two regions, one official in two offices, and a near-namesake."""
    return [
        _record(
            "gowa-launching-sipakatau-2023",
            "Sungguminasa - Pemerintah Kabupaten Gowa meluncurkan aplikasi SIPAKATAU "
            "(Sistem Pelayanan Administrasi Kependudukan Terpadu) yang dikembangkan "
            f"{DUKCAPIL_GOWA}. Kepala Dinas, Andi Rahmat Saleh, S.Sos., M.Si, mengatakan "
            "warga kini dapat mengurus akta kelahiran dari kantor desa.",
            region=GOWA, published="2023-02-14", title="Gowa Luncurkan Aplikasi SIPAKATAU",
            agencies=["Pemerintah Kabupaten Gowa", DUKCAPIL_GOWA],
            innovations=[{"name": "SIPAKATAU",
                          "long_name": "Sistem Pelayanan Administrasi Kependudukan Terpadu",
                          "agency": DUKCAPIL_GOWA, "jenis": "digital"}],
            officials=[{"name": "Andi Rahmat Saleh", "degrees": ["S.Sos", "M.Si"],
                        "position": f"Kepala {DUKCAPIL_GOWA}"}]),
        _record(
            "gowa-sosialisasi-sipakatau-2023",
            "Pelaksana Tugas Sekretaris Daerah Kabupaten Gowa, Andi Rahmat Saleh, membuka "
            "sosialisasi aplikasi Si-Pakatau bagi kepala desa. Turut hadir Andi Rahman Saleh "
            "selaku Camat Bontonompo.",
            region=GOWA, published="2023-09-05",
            agencies=["Sekretariat Daerah Kabupaten Gowa"],
            innovations=[{"name": "Si-Pakatau"}],
            officials=[{"name": "Andi Rahmat Saleh",
                        "position": "Pelaksana Tugas Sekretaris Daerah Kabupaten Gowa"},
                       {"name": "Andi Rahman Saleh", "position": "Camat Bontonompo"}]),
        _record(
            "bone-sipakatau-2022",
            "Watampone - Dinas Kesehatan Kabupaten Bone memperkenalkan program SIPAKATAU, "
            "layanan antar jemput ibu hamil ke puskesmas.",
            region=BONE, agencies=["Dinas Kesehatan Kabupaten Bone"],
            innovations=[{"name": "SIPAKATAU", "agency": "Dinas Kesehatan Kabupaten Bone"}]),
        _record(
            "form-kendari-oke-sop-dibagi",
            "Nama Inovasi: OKE SOP DIBAGI (Optimalisasi Capaian Kinerja)\n"
            "Jenis Inovasi: Non Digital\nBentuk Inovasi: Inovasi Tata Kelola Pemerintahan Daerah\n"
            "Tahapan Inovasi: Penerapan\nWaktu Uji Coba: 2 Januari 2021\n"
            "Waktu Implementasi: 1 Juli 2021\n"
            "Perangkat Daerah: Bagian Umum Sekretariat Daerah Kota Kendari",
            region=KENDARI, doc_type="form", title="OKE SOP DIBAGI",
            agencies=["Bagian Umum Sekretariat Daerah Kota Kendari"],
            innovations=[{"name": "OKE SOP DIBAGI", "long_name": "Optimalisasi Capaian Kinerja",
                          "agency": "Bagian Umum Sekretariat Daerah Kota Kendari",
                          "jenis": "non_digital", "bentuk": "tata_kelola", "tahapan": "penerapan",
                          "trial_date": "2021-01-02", "implementation_date": "2021-07-01"}]),
        _record(
            "kendari-evaluasi-kinerja-2022",
            "Kendari - Inovasi Optimalisasi Capaian Kinerja milik Bagian Umum Setda Kota "
            "Kendari kembali dievaluasi. Kepala Bagian Umum, Herman Lakuy, SE, memaparkan "
            "hasilnya.",
            region=KENDARI, published="2022-06-20",
            innovations=[{"name": "Optimalisasi Capaian Kinerja"}],
            officials=[{"name": "Herman Lakuy", "degrees": ["SE"],
                        "position": "Kepala Bagian Umum Sekretariat Daerah Kota Kendari"}]),
    ]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")
    return path


def gold_records() -> list[dict]:
    """The devset's gold records with the `text` and `evidence` that real records carry."""
    if not GOLD.is_dir():
        pytest.skip(f"no devset gold files at {GOLD}")
    records = []
    for path in sorted(GOLD.glob("*.json")):
        gold = {k: v for k, v in json.loads(path.read_text(encoding="utf-8")).items()
                if k not in ("url", "notes")}
        names = [gold.get("title") or ""] + [o["name"] for o in gold["officials"]]
        records.append(_record(**{
            "doc_id": gold["doc_id"], "text": "\n".join(names), "region": gold["region"],
            "innovations": gold["innovations"], "officials": gold["officials"],
            "agencies": [a["name"] for a in gold["agencies"]], "doc_type": gold["doc_type"],
            "title": gold["title"], "published": gold["published"]}) | {
            "source": gold["source"], "event": gold["event"],
            "participants": gold["participants"]})
    return records


def row_counts(db_url: str) -> dict[str, int]:
    engine = open_registry(db_url)
    with engine.connect() as conn:
        counts = {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                  for t in registry.metadata.sorted_tables}
    engine.dispose()
    return counts


def by_name(rows: list[dict]) -> dict[str, dict]:
    return {row["name"]: row for row in rows}


# ------------------------------------------------------------------------- tests

def test_name_key_ignores_case_punctuation_and_accents():
    assert registry.name_key("SI-PAKATAU") == registry.name_key("Si Pakatau") == "si pakatau"
    assert registry.name_key("  Dinas  Kesehatan, Kabupaten Gowa ") == "dinas kesehatan kabupaten gowa"
    assert registry.name_key("Café") == "cafe"


def test_devset_loaded_twice_changes_nothing(db_url, tmp_path):
    path = write_jsonl(tmp_path / "records.jsonl", gold_records())
    first = load_records(path, db_url)
    assert (first.documents, first.new) == (len(gold_records()), len(gold_records()))
    counts = row_counts(db_url)
    assert counts["documents"] == first.documents
    assert counts["regions"] == len(gazetteer().regions) == 38 + 514
    second = load_records(path, db_url)
    assert (second.new, second.replaced, second.unchanged) == (0, 0, first.documents)
    assert row_counts(db_url) == counts


def test_same_innovation_and_official_across_documents(db_url, tmp_path):
    stats = load_records(write_jsonl(tmp_path / "records.jsonl", sample_records()), db_url)
    assert stats.new == 5 and "5 documents" in str(stats)

    gowa = by_name(query_rows(db_url, "innovations", region="Kabupaten Gowa"))
    assert list(gowa) == ["SIPAKATAU"]  # "Si-Pakatau" in the second article is the same one
    assert sorted(m["doc_id"] for m in gowa["SIPAKATAU"]["mentions"]) == [
        "gowa-launching-sipakatau-2023", "gowa-sosialisasi-sipakatau-2023"]

    # the same name in another regency is another innovation
    assert [r["region"] for r in query_rows(db_url, "innovations", name="sipakatau")] == [
        "Kabupaten Gowa", "Kabupaten Bone"]

    # an article naming only the expansion meets the form that gives name and expansion
    kendari = query_rows(db_url, "innovations", region="Kota Kendari")
    assert len(kendari) == 1 and len(kendari[0]["mentions"]) == 2
    assert kendari[0]["long_name"] == "Optimalisasi Capaian Kinerja"

    officials = by_name(query_rows(db_url, "officials", region="Gowa"))
    assert set(officials) == {"Andi Rahmat Saleh", "Andi Rahman Saleh"}  # one letter apart
    assert {m["position"] for m in officials["Andi Rahmat Saleh"]["mentions"]} == {
        f"Kepala {DUKCAPIL_GOWA}", "Pelaksana Tugas Sekretaris Daerah Kabupaten Gowa"}

    # a province selects its regencies; agencies named by innovations are agencies too
    sulsel = query_rows(db_url, "agencies", region="Provinsi Sulawesi Selatan")
    assert {r["region"] for r in sulsel} == {"Kabupaten Gowa", "Kabupaten Bone"}
    counts = row_counts(db_url)
    assert counts["innovations"] == 3 and counts["innovation_mentions"] == 5
    assert counts["persons"] == 3 and counts["person_mentions"] == 4


def test_reextracted_document_replaces_its_rows(db_url, tmp_path):
    records = sample_records()
    load_records(write_jsonl(tmp_path / "v1.jsonl", records), db_url)
    before = row_counts(db_url)

    bone = records[2]
    bone["innovations"] = [{**bone["innovations"][0], "name": "Antar Jemput Ibu Hamil",
                            "jenis": "non_digital"}]
    bone["evidence"] = bone["evidence"][:1]
    stats = load_records(write_jsonl(tmp_path / "v2.jsonl", records), db_url)
    assert (stats.new, stats.replaced, stats.unchanged) == (0, 1, 4)

    names = [r["name"] for r in query_rows(db_url, "innovations", region="Kabupaten Bone")]
    assert names == ["Antar Jemput Ibu Hamil"]  # the old name is gone, not orphaned
    after = row_counts(db_url)
    assert after["evidence"] == before["evidence"] - 1
    assert after["innovations"] == before["innovations"]
    assert after["documents"] == before["documents"]

    assert load_records(tmp_path / "v2.jsonl", db_url).unchanged == 5
    assert row_counts(db_url) == after


def test_concurrent_loads_make_no_duplicates(db_url, tmp_path):
    """Two processes load overlapping files at once: every entity and mention once."""
    base = sample_records() + (gold_records() if GOLD.is_dir() else [])
    copies = [{**r, "doc_id": f"{r['doc_id']}-{n}"} for n in range(4) for r in base]
    first = write_jsonl(tmp_path / "a.jsonl", copies)
    second = write_jsonl(tmp_path / "b.jsonl", list(reversed(copies)))
    procs = [subprocess.Popen([sys.executable, "-m", "pipeline", "load", str(path), "--db", db_url],
                              cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for path in (first, second)]
    for proc in procs:
        _, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err

    serial = f"sqlite:///{tmp_path / 'serial.sqlite'}"
    load_records(write_jsonl(tmp_path / "base.jsonl", copies), serial)
    concurrent, expected = row_counts(db_url), row_counts(serial)
    for table in ("documents", "innovations", "persons", "agencies", "innovation_mentions",
                  "person_mentions", "agency_mentions", "evidence"):
        assert concurrent[table] == expected[table], table
    assert concurrent["documents"] == len(copies)


def test_query_and_export_produce_output(db_url, tmp_path, capsys):
    load_records(write_jsonl(tmp_path / "records.jsonl", sample_records()), db_url)

    print_query(db_url, "innovations", region="Kabupaten Gowa")
    out = capsys.readouterr().out
    assert "SIPAKATAU" in out and "Kabupaten Gowa" in out and "digital" in out
    print_query(db_url, "officials", name="rahmat")
    out = capsys.readouterr().out
    assert "Andi Rahmat Saleh" in out and "Andi Rahman Saleh" not in out

    with pytest.raises(registry.RegistryError):
        query_rows(db_url, "innovations", region="Kota Atlantis")

    written = export_tables(db_url, tmp_path / "export")
    tables = {t.name for t in registry.metadata.sorted_tables}
    assert {p.name for p in written} == {f"{t}.{ext}" for t in tables for ext in ("csv", "parquet")}
    counts = row_counts(db_url)
    for table in tables:
        assert len(pd.read_csv(tmp_path / "export" / f"{table}.csv")) == counts[table]
        assert len(pd.read_parquet(tmp_path / "export" / f"{table}.parquet")) == counts[table]


def test_cli_load_query_export(tmp_path):
    db = f"sqlite:///{tmp_path / 'sub' / 'registry.sqlite'}"
    records = write_jsonl(tmp_path / "records.jsonl", sample_records())
    run = lambda *args: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "pipeline", *args, "--db", db], cwd=REPO,
        capture_output=True, text=True, timeout=120)
    loaded = run("load", str(records))
    assert loaded.returncode == 0 and "5 documents (5 new" in loaded.stderr
    queried = run("query", "officials", "--region", "Kota Kendari")
    assert queried.returncode == 0 and "Herman Lakuy" in queried.stdout
    exported = run("export-registry", "--out", str(tmp_path / "tables"))
    assert exported.returncode == 0 and (tmp_path / "tables" / "innovations.parquet").is_file()
    bad = run("query", "persons")
    assert bad.returncode == 2 and "kind must be one of" in bad.stderr


def test_invalid_record_names_its_line(tmp_path):
    path = tmp_path / "records.jsonl"
    good = json.dumps(sample_records()[0])
    path.write_text(good + "\n" + json.dumps({**sample_records()[1], "doc_type": "blog"}) + "\n")
    with pytest.raises(registry.RegistryError, match=r"records.jsonl:2: doc_type"):
        load_records(path, f"sqlite:///{tmp_path / 'r.sqlite'}")
