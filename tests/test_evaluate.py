"""`inovasi evaluate`: per-field P/R/F1 with the shared scorer's definitions."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.evaluate import FIELDS, evaluate, evaluate_paths, same_name

ROOT = Path(__file__).resolve().parents[1]
SHARED_SCORER = ROOT.parent / "shared" / "eval" / "score.py"

# A small gold set written for these tests (invented documents, not corpus text).
GOLD = {
    "kab-maju-bimtek": {
        "doc_id": "kab-maju-bimtek", "doc_type": "news",
        "title": "Pemkab Maju Jaya Gelar Bimtek Inovasi Daerah",
        "published": "2023-05-10",
        "region": {"name": "Kabupaten Maju Jaya", "code": "99.01"},
        "agencies": [{"name": "Badan Penelitian dan Pengembangan Daerah Kabupaten Maju Jaya"},
                     {"name": "Bagian Organisasi Sekretariat Daerah"}],
        "innovations": [{"name": "SIGAP DESA", "jenis": "digital", "trial_date": "2022-01-03"},
                        {"name": "Lapor Cepat"}],
        "event": {"type": "bimtek", "date": "2023-05-09"},
        "participants": {"total": 45},
        "officials": [{"name": "Andi Rahmat", "position": "Sekretaris Daerah Kabupaten Maju Jaya",
                       "degrees": ["S.STP", "M.Si"]},
                      {"name": "Siti Nurhaliza", "position": "Kepala Balitbangda", "degrees": []}],
    },
    "kota-sejahtera-form": {
        "doc_id": "kota-sejahtera-form", "doc_type": "form", "title": "Kartu Sehat Warga",
        "published": None, "region": {"name": "Kota Sejahtera", "code": None},
        "agencies": [], "event": None, "participants": None, "officials": [],
        "innovations": [{"name": "Kartu Sehat Warga", "jenis": "non_digital", "bentuk": "pelayanan_publik",
                         "tahapan": "penerapan", "implementation_date": "2021-07-01"}],
    },
    "kab-lupa-rapat": {"doc_id": "kab-lupa-rapat", "doc_type": "news", "title": "Rapat Evaluasi"},
}

PRED = [
    {"doc_id": "kab-maju-bimtek", "doc_type": "news",
     "title": "Pemkab Maju Jaya Gelar Bimtek Inovasi Daerah.",
     "published": "2023-05-09",  # wrong: the event date
     "region": {"name": "Kabupaten Maju Jaya", "code": "99.01"},
     "agencies": [{"name": "Badan Penelitian dan Pengembangan Daerah Kab. Maju Jaya"},
                  {"name": "Dinas Kominfo"}],
     "innovations": [{"name": "Sigap Desa", "jenis": "digital", "trial_date": "2022-01-04"},
                     {"name": "inovasi pelayanan"}],
     "event": {"type": "bimtek", "date": "2023-05-09"},
     "participants": {"total": 45},
     "officials": [{"name": "H. Andi Rahmat", "position": "Sekda Kabupaten Maju Jaya",
                    "degrees": ["SSTP", "M. Si"]},
                   {"name": "Budi", "position": "Camat", "degrees": []}]},
    {"doc_id": "kota-sejahtera-form", "doc_type": "form", "title": "Kartu Sehat Warga",
     "region": {"name": "Kota Sejahtera", "code": "99.71"},
     "innovations": [{"name": "KARTU SEHAT WARGA", "jenis": "non_digital", "bentuk": "pelayanan_publik",
                      "tahapan": "uji_coba", "implementation_date": "2021-07-01"}]},
    {"doc_id": "not-in-gold", "doc_type": "news"},
]


@pytest.fixture()
def gold_set(tmp_path: Path) -> tuple[Path, Path]:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    for doc_id, rec in GOLD.items():
        (gold_dir / f"{doc_id}.json").write_text(json.dumps(rec), encoding="utf-8")
    pred = tmp_path / "records.jsonl"
    pred.write_text("".join(json.dumps(r) + "\n" for r in PRED), encoding="utf-8")
    return gold_dir, pred


def test_counts_follow_the_definitions(gold_set):
    summary = evaluate_paths(*gold_set)
    f = summary["fields"]
    assert summary["docs"] == 3 and summary["missing"] == ["kab-lupa-rapat"]
    # the missing document's doc_type and title are false negatives
    assert (f["doc_type"]["tp"], f["doc_type"]["fn"]) == (2, 1)
    assert (f["title"]["tp"], f["title"]["fn"]) == (2, 1)  # trailing dot is within 0.9
    assert (f["published"]["tp"], f["published"]["fp"], f["published"]["fn"]) == (0, 1, 1)
    assert (f["region.code"]["tp"], f["region.code"]["fp"]) == (1, 1)  # gold null, pred a code
    assert (f["agencies"]["tp"], f["agencies"]["fp"], f["agencies"]["fn"]) == (1, 1, 1)
    assert (f["innovations.name"]["tp"], f["innovations.name"]["fp"], f["innovations.name"]["fn"]) == (2, 1, 1)
    assert (f["innovations.trial_date"]["fp"], f["innovations.trial_date"]["fn"]) == (1, 1)
    assert f["innovations.tahapan"]["p"] == 0.0
    assert (f["officials.name"]["tp"], f["officials.name"]["fp"], f["officials.name"]["fn"]) == (1, 1, 1)
    assert f["officials.degrees"]["tp"] == 1  # "SSTP" = "S.STP", "M. Si" = "M.Si"
    assert f["participants.total"]["f1"] == 1.0
    assert set(summary["per_doc"]["kota-sejahtera-form"]) == {"region.code", "innovations.tahapan"}
    assert set(f) == set(FIELDS)


def test_nothing_to_find_and_nothing_found_is_not_scored():
    summary = evaluate({"a": {"doc_type": "news"}}, {"a": {"doc_type": "news"}})
    assert summary["fields"]["officials.name"]["p"] == 1.0
    assert summary["macro_f1"] == 1.0  # only doc_type was scored


def test_names_ignore_honorifics_but_not_other_people():
    assert same_name("Hj. Siti Aminah", "Siti Aminah")
    assert same_name("Rahmat", "Andi Rahmat")
    assert not same_name("Andi Rahmat", "Andi Rahman Syah")
    assert not same_name("Bapak", "Ibu")


@pytest.mark.skipif(not SHARED_SCORER.is_file(), reason="the shared scorer is not beside the repo")
def test_agrees_with_the_shared_scorer(gold_set):
    gold_dir, pred = gold_set
    theirs = json.loads(subprocess.run(
        [sys.executable, str(SHARED_SCORER), "--gold", str(gold_dir), "--pred", str(pred), "--json"],
        check=True, capture_output=True, text=True).stdout)
    ours = evaluate_paths(gold_dir, pred)
    assert ours["macro_f1"] == theirs["macro_f1"]
    assert ours["missing"] == theirs["missing"]
    for field, row in theirs["fields"].items():
        assert {k: ours["fields"][field][k] for k in row} == row, field


def test_cli_table_json_and_per_doc(gold_set):
    gold_dir, pred = gold_set
    runner = CliRunner()
    table = runner.invoke(app, ["evaluate", "--gold", str(gold_dir), str(pred), "--per-doc"])
    assert table.exit_code == 0, table.output
    assert "officials.position" in table.output and "macro F1" in table.output
    assert "  kota-sejahtera-form: region.code, innovations.tahapan" in table.output
    as_json = runner.invoke(app, ["evaluate", "--gold", str(gold_dir), str(pred), "--json"])
    assert json.loads(as_json.output)["docs"] == 3
    missing = runner.invoke(app, ["evaluate", "--gold", str(gold_dir / "nope"), str(pred)])
    assert missing.exit_code == 2 and "no such gold folder" in missing.output
