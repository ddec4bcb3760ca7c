"""Incremental and resumable batches: the cache in OUT, --force, kill -9 and rerun, outputs renamed into place."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline import batch, cache
from pipeline.batch import process_documents, run_batch
from pipeline.ingest import Source
from pipeline.errors import InputError

ROOT = Path(__file__).resolve().parents[1]
PLACES = ["Takalar", "Maros", "Sinjai", "Bantaeng", "Pinrang", "Wajo", "Soppeng", "Barru"]
NAMES = ["Andi Rahmat", "Siti Nurhaliza", "Budi Santoso", "Rina Marlina", "Ahmad Fauzi", "Dewi Lestari"]
EVENTS = ["Bimbingan Teknis", "Sosialisasi", "Launching"]


def berita(i: int) -> str:
    """A made-up regional news item, different for every i."""
    place, name, event = PLACES[i % len(PLACES)], NAMES[i % len(NAMES)], EVENTS[i % len(EVENTS)]
    return (f"{place.upper()} - Bagian Organisasi Sekretariat Daerah Kabupaten {place} menggelar {event} "
            f"Inovasi Pelayanan Publik di Aula Kantor Bupati {place}, Kamis ({1 + i % 27}/3/2024). Kegiatan "
            f"dibuka oleh Sekretaris Daerah Kabupaten {place}, {name}, yang meminta setiap perangkat daerah "
            f"melahirkan inovasi dan diikuti sebanyak {20 + i} peserta.\n")


def make_inputs(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"berita-{i:04d}.txt").write_text(berita(i), encoding="utf-8")
    (folder / "english.txt").write_text("The mayor opened a new public service office for residents today. " * 8)
    return folder


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def without_timing(entries: list[dict]) -> list[dict]:
    return [{k: v for k, v in e.items() if k not in ("seconds", "stage_seconds", "reused")} for e in entries]


@pytest.fixture()
def inputs(tmp_path):
    return make_inputs(tmp_path / "in", 6)


def test_a_rerun_reuses_every_unchanged_input(inputs, tmp_path):
    out = tmp_path / "out"
    first = run_batch([str(inputs)], out, workers=1, progress=False)
    assert (first.documents, first.ok, first.errors, first.reused) == (7, 6, 1, 0)
    records, manifest = (out / "records.jsonl").read_text(), lines(out / "manifest.jsonl")
    second = run_batch([str(inputs)], out, workers=1, progress=False)
    assert (second.documents, second.ok, second.errors, second.reused) == (7, 6, 1, 7)
    assert "7 reused" in second.line()
    assert (out / "records.jsonl").read_text() == records     # the same records, byte for byte
    again = lines(out / "manifest.jsonl")
    assert all(e["reused"] for e in again) and not any(e["reused"] for e in manifest)
    assert without_timing(again) == without_timing(manifest)
    assert all(e["pipeline_version"] == cache.pipeline_version() for e in again)


def test_a_changed_input_is_processed_again(inputs, tmp_path):
    out = tmp_path / "out"
    run_batch([str(inputs)], out, workers=1, progress=False)
    (inputs / "berita-0002.txt").write_text(berita(2).replace("20 peserta", "99 peserta").replace(
        "22 peserta", "99 peserta"), encoding="utf-8")
    summary = run_batch([str(inputs)], out, workers=1, progress=False)
    assert summary.reused == 6
    changed = [e for e in lines(out / "manifest.jsonl") if not e["reused"]]
    assert [e["doc_id"] for e in changed] == ["berita-0002"]
    record = next(r for r in lines(out / "records.jsonl") if r["doc_id"] == "berita-0002")
    assert record["participants"]["total"] == 99


def test_a_changed_pipeline_or_force_processes_everything(inputs, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run_batch([str(inputs)], out, workers=1, progress=False)
    assert run_batch([str(inputs)], out, workers=1, progress=False, force=True).reused == 0
    monkeypatch.setattr(cache, "pipeline_version", lambda: "0.1.0+code.x.rules.y.model.7")
    summary = run_batch([str(inputs)], out, workers=1, progress=False)
    assert summary.reused == 0 and summary.documents == 7
    assert {e["pipeline_version"] for e in lines(out / "manifest.jsonl")} == {"0.1.0+code.x.rules.y.model.7"}
    assert len(list((out / ".cache").iterdir())) == 1   # entries of the old version are pruned


def test_model_version_comes_from_the_model_meta(tmp_path, monkeypatch):
    monkeypatch.setenv("INOVASI_NER_MODEL", str(tmp_path / "missing"))
    assert cache.model_version() == "none"
    model = tmp_path / "model"
    model.mkdir()
    (model / "meta.json").write_text(json.dumps({"name": "ner", "version": "3",
                                                 "inovasi": {"data_sha256": "ab" * 32}}))
    monkeypatch.setenv("INOVASI_NER_MODEL", str(model))
    assert cache.model_version() == "3-" + "ab" * 6


def test_an_interrupted_run_publishes_nothing_and_keeps_earlier_outputs(inputs, tmp_path, monkeypatch):
    out = tmp_path / "out"
    run_batch([str(inputs)], out, workers=1, progress=False)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.startswith(".")}
    (inputs / "berita-0003.txt").write_text(berita(30), encoding="utf-8")
    calls = []

    def boom(sources, *args):
        calls.append(sources)
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "process_documents", boom)
    with pytest.raises(KeyboardInterrupt):
        run_batch([str(inputs)], out, workers=1, progress=False)
    assert calls   # it did start
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.startswith(".")}
    assert after == before    # no partial file, the last complete outputs untouched


_process_documents = batch.process_documents


def crash_on_poison(sources, *args):
    """Runs in a worker: dies like a segfault or the OOM killer on one document."""
    if any(s.doc_id == "berita-0003" for s in sources):
        os._exit(1)
    return _process_documents(sources, *args)


def test_a_document_that_kills_its_worker_gets_an_error_row(tmp_path, monkeypatch):
    inputs = make_inputs(tmp_path / "in", 12)
    monkeypatch.setattr(batch, "process_documents", crash_on_poison)
    summary = run_batch([str(inputs)], tmp_path / "out", workers=2, progress=False)
    assert (summary.documents, summary.ok, summary.errors) == (13, 11, 2)
    manifest = {e["doc_id"]: e for e in lines(tmp_path / "out" / "manifest.jsonl")}
    assert len(manifest) == 13
    assert "worker process died" in manifest["berita-0003"]["error"]
    assert manifest["english"]["status"] == "error" and manifest["berita-0004"]["status"] == "ok"


def test_a_component_failing_on_one_document_fails_only_that_document(inputs, tmp_path, monkeypatch):
    import pipeline.parse

    real_parse = pipeline.parse.parse

    def parse(nlp, items, **kw):
        for text, meta in items:
            if "Sinjai" in text:
                raise ValueError("a component bug")
            yield from real_parse(nlp, [(text, meta)], **kw)

    monkeypatch.setattr(pipeline.parse, "parse", parse)
    summary = run_batch([str(inputs)], tmp_path / "out", workers=1, progress=False)
    manifest = {e["doc_id"]: e for e in lines(tmp_path / "out" / "manifest.jsonl")}
    assert (summary.documents, summary.ok) == (7, 5)
    assert manifest["berita-0002"]["error"] == "internal error while extracting: ValueError: a component bug"
    assert manifest["berita-0003"]["status"] == "ok"   # same chunk, not sunk with it
    summary = run_batch([str(inputs)], tmp_path / "out", workers=1, progress=False)
    assert summary.reused == 6    # an internal error is not cached: the fixed pipeline would retry it


def test_one_extract_at_a_time_per_output_folder(tmp_path):
    fd = batch._lock(tmp_path / "out")
    try:
        with pytest.raises(InputError, match="another `extract`"):
            batch._lock(tmp_path / "out")
    finally:
        os.close(fd)
    os.close(batch._lock(tmp_path / "out"))   # free again


def test_kill_minus_9_then_rerun_finishes_the_rest(tmp_path):
    inputs = make_inputs(tmp_path / "in", 40)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "pipeline", "extract", str(inputs), "--out", str(out), "-q", "-j", "2"]
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if len(list(out.glob(".cache/*/*/*.json"))) >= 8:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the batch finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert not (out / "records.jsonl").exists()      # an incomplete run shows nothing under a final name
    cached = len(list(out.glob(".cache/*/*/*.json")))

    rerun = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    reused = int(rerun.stderr.split(" reused")[0].rsplit(", ", 1)[1])
    assert reused >= cached >= 8
    records, manifest = lines(out / "records.jsonl"), lines(out / "manifest.jsonl")
    assert [r["doc_id"] for r in records] == [f"berita-{i:04d}" for i in range(40)]   # none lost, none twice
    assert len(manifest) == 41 and len({e["doc_id"] for e in manifest}) == 41

    fresh = tmp_path / "fresh"
    run_batch([str(inputs)], fresh, workers=1, progress=False)
    assert (out / "records.jsonl").read_text() == (fresh / "records.jsonl").read_text()
    assert without_timing(manifest) == without_timing(lines(fresh / "manifest.jsonl"))
    assert not list(out.glob("*.partial"))


PASTED = ("SUMBER JAYA - Pemerintah Kabupaten Sumber Jaya menggelar Bimbingan Teknis Inovasi Daerah di Aula "
          "Bappeda, Selasa (14/5/2024). Kepala Bappeda Kabupaten Sumber Jaya, Andi Pratama, S.T., M.Si, "
          "mengatakan inovasi SIGAP (Sistem Informasi Gerak Cepat Pelayanan) sudah diterapkan sejak 2023.")


def test_extract_text_gives_the_record_the_batch_gives(tmp_path):
    from pipeline import extract_text

    record = extract_text(PASTED, doc_id="tempel")
    assert [o.name for o in record.officials] == ["Andi Pratama"]
    assert "SIGAP" in [i.name for i in record.innovations]
    path = tmp_path / "tempel.txt"
    path.write_text(PASTED, encoding="utf-8")
    [done] = process_documents([Source(doc_id="tempel", source="pasted:text", path=path)])
    batch = json.loads(done.record_json)
    assert record.model_dump(mode="json") == batch


def test_extract_text_refuses_empty_text_with_a_document_error():
    from pipeline import extract_text
    from pipeline.errors import DocumentError

    with pytest.raises(DocumentError, match="empty"):
        extract_text("   \n ")
    with pytest.raises(ValueError):
        extract_text(PASTED, kind="pdf")
