"""Export stage: records and manifest as JSON Lines, then flat and long tables.

Everything is streamed as documents finish, so memory does not grow with the batch:
records.jsonl and manifest.jsonl to records.jsonl.partial and manifest.jsonl.partial (a
document's record and manifest row together), the CSV tables row by row and the Parquet
tables (pyarrow.parquet.ParquetWriter) in row groups, each with the fixed columns and types
that `TABLE_FIELDS` takes from pipeline.schema (the same in every batch, empty or not).
Nothing appears under its final name until the batch is complete: every file is written
under a temporary name and renamed into place (tables first, manifest.jsonl last), so a
reader never sees a half-written file, and a killed run leaves the previous outputs whole.
"""
from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Iterator, Literal, get_args, get_origin

from .schema import Agency, Event, Innovation, ManifestEntry, Official, Participants, Record, Region

TABLES = ("records", "agencies", "innovations", "officials")


def record_rows(record: Record) -> dict[str, list[dict]]:
    """One flat row for the document plus long-table rows keyed by doc_id."""
    r = record
    row = {
        "doc_id": r.doc_id, "source": r.source, "doc_type": r.doc_type, "title": r.title,
        "published": r.published.isoformat() if r.published else None,
        "region_name": r.region.name if r.region else None,
        "region_code": r.region.code if r.region else None,
        "region_province": r.region.province if r.region else None,
        "event_type": r.event.type if r.event else None,
        "event_date": r.event.date.isoformat() if r.event and r.event.date else None,
        "event_venue": r.event.venue if r.event else None,
        "participants_total": r.participants.total if r.participants else None,
        "participants_breakdown": "; ".join(f"{p.count} {p.category}" for p in r.participants.breakdown)
        if r.participants else None,
        "agencies": "; ".join(a.name for a in r.agencies),
        "innovations": "; ".join(i.name for i in r.innovations),
        "officials": "; ".join(o.name for o in r.officials),
        "n_evidence": len(r.evidence),
        "text_chars": len(r.text),
    }
    agencies = [{"doc_id": r.doc_id, "idx": i, "name": a.name} for i, a in enumerate(r.agencies)]
    innovations = [{"doc_id": r.doc_id, "idx": i, **inv.model_dump(mode="json")} for i, inv in enumerate(r.innovations)]
    officials = [{"doc_id": r.doc_id, "idx": i, "name": o.name, "position": o.position,
                  "degrees": "; ".join(o.degrees)} for i, o in enumerate(r.officials)]
    return {"records": [row], "agencies": agencies, "innovations": innovations, "officials": officials}


def _arrow_type(annotation):
    """The Arrow type of a schema field's values as the rows hold them (dates as ISO strings)."""
    import pyarrow as pa

    args = [a for a in get_args(annotation) if a is not type(None)]
    if get_origin(annotation) is Literal:
        return pa.large_string()
    if args and get_origin(annotation) is not list:   # Optional[X]
        return _arrow_type(args[0])
    if annotation is bool:
        return pa.bool_()
    if annotation is int:
        return pa.int64()
    if annotation is float:
        return pa.float64()
    return pa.large_string()   # str, dt.date (ISO string), lists joined; as pandas writes str columns


def _field(model, name: str):
    return model.model_fields[name].annotation


JOINED, COUNT = str, int   # values record_rows derives: lists joined with "; ", counts

# The columns of each table, in row order, with the schema field (or derivation) of each: the
# Arrow schema comes from pipeline.schema, so a table has the same columns and types in every batch.
TABLE_FIELDS: dict[str, list[tuple[str, object]]] = {
    "records": [
        ("doc_id", _field(Record, "doc_id")), ("source", _field(Record, "source")),
        ("doc_type", _field(Record, "doc_type")), ("title", _field(Record, "title")),
        ("published", _field(Record, "published")),
        ("region_name", _field(Region, "name")), ("region_code", _field(Region, "code")),
        ("region_province", _field(Region, "province")),
        ("event_type", _field(Event, "type")), ("event_date", _field(Event, "date")),
        ("event_venue", _field(Event, "venue")),
        ("participants_total", _field(Participants, "total")), ("participants_breakdown", JOINED),
        ("agencies", JOINED), ("innovations", JOINED), ("officials", JOINED),
        ("n_evidence", COUNT), ("text_chars", COUNT),
    ],
    "agencies": [("doc_id", _field(Record, "doc_id")), ("idx", COUNT), ("name", _field(Agency, "name"))],
    "innovations": [("doc_id", _field(Record, "doc_id")), ("idx", COUNT),
                    *((name, info.annotation) for name, info in Innovation.model_fields.items())],
    "officials": [("doc_id", _field(Record, "doc_id")), ("idx", COUNT), ("name", _field(Official, "name")),
                  ("position", _field(Official, "position")), ("degrees", JOINED)],
}


def table_schema(table: str):
    """The Arrow schema of a table (every column nullable)."""
    import pyarrow as pa

    return pa.schema([(name, _arrow_type(kind)) for name, kind in TABLE_FIELDS[table]])


PARTIAL = ".partial"
ROW_GROUP = 1024   # table rows buffered before a Parquet row group is written (~1 MB)


class _TableWriter:
    """One table streamed to a CSV and a Parquet file under temporary names."""

    def __init__(self, table: str, csv_tmp: Path, parquet_tmp: Path):
        import pyarrow.parquet as pq

        self.table = table
        self.columns = [name for name, _ in TABLE_FIELDS[table]]
        self.schema = table_schema(table)
        self.csv_tmp, self.parquet_tmp = csv_tmp, parquet_tmp
        self._csv_fh = open(csv_tmp, "w", encoding="utf-8", newline="")
        self._csv = csv.writer(self._csv_fh, lineterminator="\n")
        self._csv.writerow(self.columns)
        self._parquet = pq.ParquetWriter(parquet_tmp, self.schema)
        self._buffer: list[dict] = []

    def write(self, rows: list[dict]) -> None:
        for row in rows:
            extra = set(row) - set(self.columns)
            if extra:
                raise ValueError(f"{self.table} row has columns outside the schema: {sorted(extra)}")
            self._csv.writerow(["" if row.get(c) is None else row.get(c) for c in self.columns])
        self._buffer.extend(rows)
        if len(self._buffer) >= ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        # read back by pyarrow's JSON reader against the schema: pa.Table.from_pylist would import
        # pandas (~1 s of a one-document run) only to find that the rows are not a DataFrame
        import pyarrow.json as pj

        if self._buffer:
            data = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in self._buffer).encode("utf-8")
            options = pj.ParseOptions(explicit_schema=self.schema, unexpected_field_behavior="error")
            table = pj.read_json(io.BytesIO(data), parse_options=options,
                                 read_options=pj.ReadOptions(use_threads=False, block_size=max(len(data), 1 << 20)))
            self._parquet.write_table(table.select(self.columns))
            self._buffer = []

    def close(self) -> None:
        self._flush()
        self._parquet.close()
        self._csv_fh.close()

    def abort(self) -> None:
        try:
            self._parquet.close()
        finally:
            self._csv_fh.close()
            self.csv_tmp.unlink(missing_ok=True)
            self.parquet_tmp.unlink(missing_ok=True)


class Exporter:
    """Writes one extraction's output folder, one document at a time (memory does not grow with it)."""

    def __init__(self, out: Path):
        self.out = out
        out.mkdir(parents=True, exist_ok=True)
        for stale in out.glob(".*.tmp"):   # left by a run killed while renaming into place
            if stale.name.split(".")[1] in TABLES + ("records", "manifest"):
                stale.unlink(missing_ok=True)
        self._records = open(out / f"records.jsonl{PARTIAL}", "w", encoding="utf-8")
        self._manifest = open(out / f"manifest.jsonl{PARTIAL}", "w", encoding="utf-8")
        self._tables = {t: _TableWriter(t, self._tmp(f"{t}.csv"), self._tmp(f"{t}.parquet")) for t in TABLES}

    def _tmp(self, name: str) -> Path:
        return self.out / f".{name}.{os.getpid()}.tmp"

    def add(self, record_json: str | None, entry: ManifestEntry, rows: dict[str, list[dict]] | None) -> None:
        """One document: its record (if any) and its manifest row, flushed together; its table rows."""
        if record_json is not None:
            self._records.write(record_json + "\n")
            self._records.flush()
        self._manifest.write(entry.model_dump_json() + "\n")
        self._manifest.flush()
        for table, table_rows in (rows or {}).items():
            self._tables[table].write(table_rows)

    def close(self) -> list[Path]:
        """Finish the tables and move every file into place (the batch is complete)."""
        self._records.close()
        self._manifest.close()
        written = []
        for table, writer in self._tables.items():
            writer.close()
            for tmp, name in ((writer.csv_tmp, f"{table}.csv"), (writer.parquet_tmp, f"{table}.parquet")):
                os.replace(tmp, self.out / name)
                written.append(self.out / name)
        for name in ("records.jsonl", "manifest.jsonl"):   # the manifest, the index of the rest, last
            os.replace(self.out / f"{name}{PARTIAL}", self.out / name)
            written.append(self.out / name)
        return written

    def abort(self) -> None:
        """The batch stopped early: drop the partial files, leave earlier outputs as they were."""
        for writer in self._tables.values():
            writer.abort()
        for fh in (self._records, self._manifest):
            fh.close()
            Path(fh.name).unlink(missing_ok=True)


def iter_jsonl(path: Path) -> Iterator[dict]:
    """One line at a time: a file of any size reads in constant memory."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def read_jsonl(path: Path) -> list[dict]:
    return list(iter_jsonl(path))
