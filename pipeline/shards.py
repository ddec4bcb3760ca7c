"""The Dask engine's output: one shard per partition under OUT (a path or an fsspec URL).

    OUT/records/part-00000.jsonl            the records of partition 0 (contract shape), JSON Lines
    OUT/tables/records/part-00000.parquet   flat rows, one per document (as records.parquet)
    OUT/tables/agencies|innovations|officials/part-00000.parquet   the long tables
    OUT/manifest/part-00000.jsonl           a manifest row for every input of the partition
    OUT/manifest.jsonl                      every input, in input order: written last, when all is done

Each folder of `tables/` is a Parquet data set: `pandas.read_parquet(OUT/tables/agencies)`,
DuckDB's `read_parquet('OUT/tables/agencies/*.parquet')` and Polars read it whole; every shard
has the same explicit schema, the local engine's (`export.table_schema`, from pipeline.schema), even when it has no rows.

A shard is written under a hidden temporary name and moved into place (on an object store, one
object written whole), so it is complete or absent; it is named by its partition, so a partition
that runs again (a worker died, a rerun) overwrites its shards and never adds a second copy.
A partition's manifest shard is written after its other shards: it marks the partition done.
"""
from __future__ import annotations

import json
import re
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from .export import TABLES, table_schema

if TYPE_CHECKING:
    import pyarrow as pa

    from .batch import Done
    from .registry import LoadStats
    from .schema import Record

_PART = re.compile(r"^part-(\d{5,})\.(jsonl|parquet)$")


def part_name(part: int, suffix: str) -> str:
    return f"part-{part:05d}.{suffix}"


def table_schemas() -> dict[str, "pa.Schema"]:
    """Each table's Arrow schema: the local engine's (`export.table_schema`, from pipeline.schema)."""
    return {table: table_schema(table) for table in TABLES}


class Shards:
    """OUT as seen by the client and the workers (picklable: a file system object and strings)."""

    def __init__(self, out: str | Path):
        import fsspec
        from fsspec.implementations.local import LocalFileSystem

        self.url = str(out)
        self.fs, root = fsspec.core.url_to_fs(self.url)
        self.root = root.rstrip("/") or "/"
        self.local: Path | None = Path(self.root) if isinstance(self.fs, LocalFileSystem) else None

    def path(self, *parts: str) -> str:
        return "/".join([self.root, *parts])

    def put(self, rel: str, data: bytes) -> None:
        """Write OUT/REL whole: under a hidden temporary name, then moved into place."""
        final = self.path(rel)
        folder, name = final.rsplit("/", 1)
        if self.local is None:
            self.fs.pipe_file(final, data)   # an object appears whole or not at all
            return
        self.fs.makedirs(folder, exist_ok=True)
        tmp = f"{folder}/.{name}.{uuid.uuid4().hex[:8]}.tmp"
        self.fs.pipe_file(tmp, data)
        self.fs.mv(tmp, final)   # a rename: atomic, and it replaces an earlier copy

    def write(self, part: int, results: list["Done"]) -> None:
        """One partition's records, table rows and manifest rows (the manifest last)."""
        import io

        import pyarrow as pa
        import pyarrow.parquet as pq

        records = "".join(d.record_json + "\n" for d in results if d.record_json is not None)
        self.put(f"records/{part_name(part, 'jsonl')}", records.encode("utf-8"))
        for table, schema in table_schemas().items():
            rows = [row for d in results for row in (d.rows or {}).get(table, [])]
            buffer = io.BytesIO()
            pq.write_table(pa.Table.from_pylist(rows, schema=schema), buffer)
            self.put(f"tables/{table}/{part_name(part, 'parquet')}", buffer.getvalue())
        manifest = "".join(d.entry.model_dump_json() + "\n" for d in results)
        self.put(f"manifest/{part_name(part, 'jsonl')}", manifest.encode("utf-8"))

    def folders(self) -> list[str]:
        return ["records", "manifest"] + [f"tables/{t}" for t in TABLES]

    def parts(self, folder: str) -> list[tuple[int, str]]:
        """(partition, path) of the shards in OUT/FOLDER, in partition order."""
        try:
            names = self.fs.ls(self.path(folder), detail=False)
        except FileNotFoundError:
            return []
        found = []
        for name in names:
            match = _PART.match(name.rstrip("/").rsplit("/", 1)[-1])
            if match:
                found.append((int(match.group(1)), name))
        return sorted(found)

    def finish(self, partitions: int) -> None:
        """The run is complete: drop shards of partitions an earlier, larger run left, and
        stray temporary files; then write OUT/manifest.jsonl (every input, in order) last."""
        for folder in self.folders():
            for part, name in self.parts(folder):
                if part >= partitions:
                    self.fs.rm(name)
            if self.local is not None and (self.local / folder).is_dir():
                for tmp in (self.local / folder).glob(".*.tmp"):
                    tmp.unlink(missing_ok=True)
        manifest = self.parts("manifest")
        assert [p for p, _ in manifest] == list(range(partitions)), "every partition wrote its manifest"
        if self.local is not None:   # streamed, shard by shard: the client never holds all of it
            tmp = self.local / f".manifest.jsonl.{uuid.uuid4().hex[:8]}.tmp"
            with open(tmp, "wb") as out:
                for _, name in manifest:
                    out.write(self.fs.cat_file(name))
            self.fs.mv(str(tmp), self.path("manifest.jsonl"))
        else:
            with self.fs.open(self.path("manifest.jsonl"), "wb") as out:
                for _, name in manifest:
                    out.write(self.fs.cat_file(name))

    def record_lines(self) -> Iterator[tuple[str, list[str]]]:
        """(shard, its lines) for every records shard, in partition order."""
        for _, name in self.parts("records"):
            yield name, self.fs.cat_file(name).decode("utf-8").splitlines()

    def records(self) -> Iterator["Record"]:
        """Every record of every shard, each shard validated whole before any of it is given."""
        from .registry import parse_records

        for name, lines in self.record_lines():
            yield from list(parse_records(lines, name))

    def manifest(self) -> list[dict]:
        return [json.loads(line) for line in self.fs.cat_file(self.path("manifest.jsonl")).decode("utf-8").splitlines()
                if line.strip()]


def is_sharded(out: str | Path) -> bool:
    """Whether OUT holds the Dask engine's shards (a finished run: OUT/records/ and OUT/manifest.jsonl)."""
    shards = Shards(out)
    return bool(shards.parts("records")) and shards.fs.exists(shards.path("manifest.jsonl"))


def load_shards(out: str | Path, db_url: str) -> "LoadStats":
    """Load every records shard under OUT into the registry at DB_URL (idempotent, as `load`)."""
    from .registry import load_many

    return load_many(Shards(out).records(), db_url)

