"""The CLI on a folder of good and bad inputs: every input accounted for, outputs in contract shape."""
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from pipeline.schema import ManifestEntry, Record

ROOT = Path(__file__).resolve().parents[1]
GOOD = ("TAKALAR - Bagian Organisasi Sekretariat Daerah Kabupaten Takalar menggelar Bimbingan Teknis "
        "Inovasi Pelayanan Publik di Aula Kantor Bupati Takalar, Kamis (14/3/2024). Kegiatan dibuka oleh "
        "Sekretaris Daerah Kabupaten Takalar, Muhammad Hasbi, yang mendorong setiap perangkat daerah "
        "melahirkan satu inovasi setiap tahun dan diikuti sebanyak 45 peserta.\n")


def run(args, cwd):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    src = tmp_path_factory.mktemp("in")
    (src / "berita.txt").write_text(GOOD, encoding="utf-8")
    (src / "kosong.txt").write_bytes(b"")
    (src / "biner.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (src / "ansi.txt").write_bytes(GOOD.replace("dan", "dan \u201cbaru\u201d").encode("cp1252"))
    (src / "halaman.html").write_text("<html><body><nav>Beranda</nav></body></html>", encoding="utf-8")
    (src / "besar.txt").write_bytes(b"inovasi daerah " * (21 * 1024 * 1024 // 15))
    (src / "scan-rusak.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"not really an image")
    (src / "english.txt").write_text("The city government launched a new public service application for "
                                     "residents, which the mayor said would cut waiting times in half. " * 5,
                                     encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    result = run(["extract", str(src), "--out", str(out), "-q"], ROOT)
    return src, out, result


def test_batch_goes_on_and_accounts_for_every_input(extracted):
    src, out, result = extracted
    assert result.returncode == 0, result.stderr
    assert "8 documents, 2 ok, 6 errors, 0 reused" in result.stderr
    manifest = {e["doc_id"]: ManifestEntry.model_validate(e)
                for e in map(json.loads, (out / "manifest.jsonl").read_text().splitlines())}
    assert set(manifest) == {p.stem for p in src.iterdir()}
    assert manifest["berita"].status == "ok"
    assert manifest["ansi"].status == "ok"   # windows-1252 is decoded, with a warning
    assert any("windows-1252" in w for w in manifest["ansi"].warnings)
    assert all(e.pipeline_version and ".model." in e.pipeline_version for e in manifest.values())
    errors = {k: v.error for k, v in manifest.items() if v.status == "error"}
    assert "empty" in errors["kosong"]
    assert "binary" in errors["biner"]
    assert "no article text" in errors["halaman"]
    assert "too large" in errors["besar"]
    assert "not Indonesian" in errors["english"]
    assert errors["scan-rusak"]
    assert "Traceback" not in result.stderr


def test_records_follow_the_contract(extracted):
    _, out, _ = extracted
    records = {r.doc_id: r for r in map(Record.model_validate_json,
                                        (out / "records.jsonl").read_text(encoding="utf-8").splitlines())}
    assert set(records) == {"berita", "ansi"}
    assert "\u201cbaru\u201d" in records["ansi"].text
    record = records["berita"]
    assert record.region is not None and record.region.code == "73.05"
    assert record.event is not None and record.event.type == "bimtek"
    assert record.event.date.isoformat() == "2024-03-14"
    assert any(o.name == "Muhammad Hasbi" for o in record.officials)
    for ev in record.evidence:   # every value can be seen in its sentence
        assert record.text[ev.start:ev.end] == ev.text
    for table in ("records", "agencies", "innovations", "officials"):
        assert (out / f"{table}.csv").exists()
        frame = pd.read_parquet(out / f"{table}.parquet")
        assert table != "records" or sorted(frame["doc_id"]) == ["ansi", "berita"]
    assert not list(out.glob("*.partial")) and not list(out.glob(".*.tmp"))


def test_missing_input_path_is_a_one_line_error(tmp_path):
    result = run(["extract", str(tmp_path / "tidak-ada"), "--out", str(tmp_path / "o")], ROOT)
    assert result.returncode == 2
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr


def test_no_document_succeeds_exits_non_zero(tmp_path):
    (tmp_path / "kosong.txt").write_bytes(b"")
    result = run(["extract", str(tmp_path / "kosong.txt"), "--out", str(tmp_path / "o")], ROOT)
    assert result.returncode == 1
    assert "no document could be extracted" in result.stderr


def test_a_short_indonesian_paragraph_full_of_names_is_not_refused():
    from pipeline import extract_text

    text = ("Bappeda Nusa Tenggara Timur Gelar Rakor Inovasi\nKUPANG - Kepala Bappeda Provinsi Nusa Tenggara Timur, "
            "Budi Santoso, S.Sos, membuka rapat koordinasi inovasi daerah di aula kantor gubernur. Gubernur Nusa "
            "Tenggara Timur Rina Marlina berharap inovasi itu terus dikembangkan bersama Dinas Kesehatan Provinsi "
            "Nusa Tenggara Timur.")
    record = extract_text(text, "nama-nama", "text")
    assert [o.name for o in record.officials] == ["Budi Santoso", "Rina Marlina"]
