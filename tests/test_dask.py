"""`extract --engine dask`: a LocalCluster of 2 worker processes gives the local engine's records,
shards that load into the registry, reruns from the cache, and every record exactly once when a
worker dies mid-run."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

distributed = pytest.importorskip("distributed")

from distributed import Client, LocalCluster  # noqa: E402
from distributed.diagnostics.plugin import WorkerPlugin  # noqa: E402

from pipeline.batch import run_batch  # noqa: E402
from pipeline.engine_dask import plan, run_dask  # noqa: E402
from pipeline.ingest import Source  # noqa: E402
from pipeline.shards import Shards, load_shards  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEVSET_DOCS = ROOT.parent / "shared" / "devset" / "docs"
SCANS = {".png", ".jpg", ".pdf", ".tif"}
KABUPATEN = ["Bulukumba", "Enrekang", "Luwu", "Selayar", "Jeneponto", "Sidrap", "Toraja"]
KEPALA = ["Hasanuddin Latif", "Nurul Aini", "Syamsul Bahri", "Irma Yunita", "Faisal Amir"]


def kabar(i: int) -> str:
    """A made-up news item about a regional innovation, different for every i."""
    place, name = KABUPATEN[i % len(KABUPATEN)], KEPALA[i % len(KEPALA)]
    return (f"{place.upper()} - Pemerintah Kabupaten {place} melalui Badan Perencanaan Pembangunan Daerah "
            f"menggelar Sosialisasi Inovasi Daerah di Ruang Rapat Kantor Bupati {place}, Selasa "
            f"({2 + i % 25}/5/2024). Kepala Bappeda Kabupaten {place}, {name}, mengajak {30 + i} peserta "
            f"dari perangkat daerah untuk mendaftarkan inovasi pelayanan publik tahun ini.\n")


def make_inputs(folder: Path, n: int) -> Path:
    """N made-up news items, the repository's sample documents, the devset's text documents when
    they are beside the repository, and a document no engine can extract."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"kabar-{i:03d}.txt").write_text(kabar(i), encoding="utf-8")
    for sample in (ROOT / "data" / "raw").iterdir():
        (folder / sample.name).write_bytes(sample.read_bytes())
    if DEVSET_DOCS.is_dir():
        for doc in sorted(DEVSET_DOCS.iterdir()):
            if doc.suffix.lower() not in SCANS:
                (folder / doc.name).write_bytes(doc.read_bytes())
    (folder / "kosong.txt").write_bytes(b"")
    return folder


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def shard_records(out: Path) -> list[dict]:
    return [json.loads(line) for _, shard in Shards(out).record_lines() for line in shard if line.strip()]


def without_timing(entries: list[dict]) -> list[dict]:
    return [{k: v for k, v in e.items() if k not in ("seconds", "stage_seconds", "reused")} for e in entries]


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=40) as cluster, Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def local_run(tmp_path_factory):
    inputs = make_inputs(tmp_path_factory.mktemp("in"), 10)
    out = tmp_path_factory.mktemp("local")
    run_batch([str(inputs)], out, workers=1, progress=False)
    return inputs, out


def test_partitions_follow_input_order_and_put_scans_alone():
    sources = [Source(doc_id=name, source=name, path=Path(name)) for name in
               ("a.txt", "b.txt", "c.txt", "scan.png", "d.txt", "e.pdf", "f.txt", "g.txt")]
    assert plan(sources, 2) == [[0, 1], [2], [3], [4], [5], [6, 7]]
    assert plan(sources, 100) == [[0, 1, 2], [3], [4], [5], [6, 7]]
    assert [i for part in plan(sources, 3) for i in part] == list(range(len(sources)))


def test_the_cluster_gives_the_local_engines_records(client, local_run, tmp_path):
    inputs, local = local_run
    out = tmp_path / "dask"
    summary = run_dask([str(inputs)], out, client=client, partition_size=3, progress=False)
    expected = lines(local / "records.jsonl")
    assert len(expected) >= 12
    assert shard_records(out) == expected                      # identical records, in input order
    assert without_timing(lines(out / "manifest.jsonl")) == without_timing(lines(local / "manifest.jsonl"))
    assert (summary.documents, summary.ok, summary.errors) == (len(lines(local / "manifest.jsonl")),
                                                              len(expected), summary.documents - len(expected))
    for table in ("records", "agencies", "innovations", "officials"):   # the same long tables, as Parquet data sets
        mine = pd.read_parquet(out / "tables" / table).astype(object).where(lambda f: f.notna(), None)
        theirs = pd.read_parquet(local / f"{table}.parquet").astype(object).where(lambda f: f.notna(), None)
        assert mine[list(theirs.columns)].to_dict("records") == theirs.to_dict("records"), table
    # one spaCy pipeline per worker process, reused by every task it ran
    pids = {p.split(":")[0] for p in summary.pipelines}
    assert 1 <= len(pids) <= 2 and len(summary.pipelines) == len(pids)

    again = run_dask([str(inputs)], out, client=client, partition_size=3, progress=False)
    assert again.reused == again.documents - 1        # all but the empty file, refused before it is hashed
    assert shard_records(out) == expected


def test_shards_load_into_the_registry_idempotently(client, local_run, tmp_path):
    inputs, local = local_run
    out = tmp_path / "dask"
    run_dask([str(inputs)], out, client=client, partition_size=4, progress=False)
    db = f"sqlite:///{tmp_path / 'registry.sqlite'}"
    first = load_shards(out, db)
    assert first.documents == len(lines(local / "records.jsonl")) and first.new == first.documents
    result = subprocess.run([sys.executable, "-m", "pipeline", "load", str(out), "--db", db],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert f"0 new, 0 replaced, {first.documents} unchanged" in result.stderr


def test_fsspec_urls_in_and_out_and_fewer_partitions_leave_no_stale_shards(client, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(5):
        (inputs / f"kabar-{i}.txt").write_text(kabar(i), encoding="utf-8")
    out_url = (tmp_path / "out").as_uri()
    run_dask([inputs.as_uri()], out_url, client=client, partition_size=1, progress=False)
    assert len(Shards(out_url).parts("records")) == 5
    records = shard_records(tmp_path / "out")
    assert [r["source"] for r in records] == [(inputs / f"kabar-{i}.txt").as_uri() for i in range(5)]
    run_dask([inputs.as_uri()], out_url, client=client, partition_size=2, progress=False)
    assert [p for p, _ in Shards(out_url).parts("records")] == [0, 1, 2]   # parts 3 and 4 removed
    assert [p for p, _ in Shards(out_url).parts("tables/officials")] == [0, 1, 2]
    assert shard_records(tmp_path / "out") == records


class DieAfterFirstPartition(WorkerPlugin):
    """The first worker to finish a partition (its shards written, its result not yet reported)
    dies at once, as a crash or the OOM killer would end it; the marker file makes it happen once."""

    name = "die-after-first-partition"

    def __init__(self, marker: str):
        self.marker = marker

    def transition(self, key, start, finish, **kwargs):
        if str(key).startswith("inovasi-part-") and start == "executing" and finish == "memory":
            try:
                os.close(os.open(self.marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
            except FileExistsError:
                return
            os._exit(1)


def test_a_worker_that_dies_mid_run_loses_and_duplicates_nothing(client, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(12):
        (inputs / f"kabar-{i:02d}.txt").write_text(kabar(i), encoding="utf-8")
    marker = tmp_path / "died"
    client.register_plugin(DieAfterFirstPartition(str(marker)))
    try:
        summary = run_dask([str(inputs)], tmp_path / "out", client=client, partition_size=2, progress=False)
    finally:
        client.unregister_worker_plugin(DieAfterFirstPartition.name)
    assert marker.exists(), "a worker died during the run"
    ids = [r["doc_id"] for r in shard_records(tmp_path / "out")]
    assert ids == [f"kabar-{i:02d}" for i in range(12)]        # every record, once, in order
    manifest = lines(tmp_path / "out" / "manifest.jsonl")
    assert [e["doc_id"] for e in manifest] == ids and all(e["status"] == "ok" for e in manifest)
    assert (summary.documents, summary.ok) == (12, 12)
    client.wait_for_workers(2, timeout=120)                     # the nanny restarted it


def test_object_store_urls_in_and_out_with_the_cache(local_run, tmp_path):
    """memory:// stands for s3:// or gs://: inputs listed and read by fsspec, shards and cache
    written as whole objects (an in-process cluster, so that it shares the memory file system)."""
    import fsspec

    fs = fsspec.filesystem("memory")
    for i in range(3):
        fs.pipe_file(f"/bucket/docs/kabar-{i}.txt", kabar(i).encode("utf-8"))
    fs.pipe_file("/bucket/docs/.hidden.txt", b"bukan dokumen")
    fs.pipe_file("/bucket/docs/kosong.txt", b"")
    with Client(processes=False, n_workers=1, threads_per_worker=1, dashboard_address=":0") as inproc:
        first = run_dask(["memory://bucket/docs"], "memory://bucket/out", client=inproc, progress=False)
        again = run_dask(["memory://bucket/docs"], "memory://bucket/out", client=inproc, progress=False)
    assert (first.documents, first.ok, first.reused) == (4, 3, 0)
    assert (again.documents, again.ok, again.reused) == (4, 3, 3)   # the empty file is checked again
    manifest = Shards("memory://bucket/out").manifest()
    assert [e["source"] for e in manifest] == [f"memory://bucket/docs/{n}" for n in
                                               ("kabar-0.txt", "kabar-1.txt", "kabar-2.txt", "kosong.txt")]
    assert manifest[-1]["status"] == "error" and "empty" in manifest[-1]["error"]
    records = [r for r in Shards("memory://bucket/out").records()]
    assert [r.doc_id for r in records] == ["kabar-0", "kabar-1", "kabar-2"]
    assert fs.find("/bucket/out/.cache")                       # the cache lives beside the shards
    fs.rm("/bucket", recursive=True)


def test_the_command_line_on_a_running_scheduler(client, tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(3):
        (inputs / f"kabar-{i}.txt").write_text(kabar(i), encoding="utf-8")
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(inputs), "--out", str(out), "-q",
                             "--scheduler", client.scheduler.address], cwd=ROOT, capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 0, result.stderr
    assert "3 documents, 3 ok" in result.stderr and "loaded 3 documents (3 new" in result.stderr
    assert (out / "registry.sqlite").is_file() and len(shard_records(out)) == 3
    bad = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(inputs), "--out", str(out), "-q",
                          "--engine", "spark"], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert bad.returncode == 2 and "unknown engine" in bad.stderr


def test_the_command_line_on_its_own_local_cluster(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(3):
        (inputs / f"kabar-{i}.txt").write_text(kabar(i), encoding="utf-8")
    (inputs / "english.txt").write_text("The regent opened a new public service office for residents today. " * 8)
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "pipeline", "extract", str(inputs), "--out", str(out), "-q",
                             "--engine", "dask", "--workers", "2", "--partition-size", "1", "--no-db"],
                            cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "4 documents, 3 ok, 1 errors" in result.stderr
    assert not (out / "registry.sqlite").exists()
    assert [e["status"] for e in lines(out / "manifest.jsonl")] == ["error", "ok", "ok", "ok"]


def test_a_partition_that_keeps_failing_is_run_one_document_a_task(monkeypatch, tmp_path):
    """Its documents are tried alone; the one that still fails gets an error row, the others
    their records (an in-process cluster, so that the tasks can be replaced here)."""
    from pipeline import engine_dask

    inputs = tmp_path / "in"
    inputs.mkdir()
    for i in range(4):
        (inputs / f"kabar-{i}.txt").write_text(kabar(i), encoding="utf-8")
    partition, alone = engine_dask.run_partition, engine_dask.run_alone

    def partition_fails(part, sources, *args):
        if part == 0:
            raise MemoryError("pretend the partition is too much for its worker")
        return partition(part, sources, *args)

    def one_still_fails(source, *args):
        if source.doc_id == "kabar-1":
            raise MemoryError("pretend this document is too much for its worker")
        return alone(source, *args)

    monkeypatch.setattr(engine_dask, "run_partition", partition_fails)
    monkeypatch.setattr(engine_dask, "run_alone", one_still_fails)
    with Client(processes=False, n_workers=1, threads_per_worker=1, dashboard_address=":0") as inproc:
        summary = run_dask([str(inputs)], tmp_path / "out", client=inproc, partition_size=2, progress=False)
    assert (summary.documents, summary.ok, summary.errors) == (4, 3, 1)
    manifest = lines(tmp_path / "out" / "manifest.jsonl")
    assert [e["status"] for e in manifest] == ["ok", "error", "ok", "ok"]
    assert "MemoryError" in manifest[1]["error"]
    assert [r["doc_id"] for r in shard_records(tmp_path / "out")] == ["kabar-0", "kabar-2", "kabar-3"]
