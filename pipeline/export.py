"""Export stage: records and manifest as JSON Lines, then flat and long tables.

records.jsonl and manifest.jsonl are streamed as documents finish (nothing large is held
in memory) to records.jsonl.partial and manifest.jsonl.partial, a document's record and
manifest row together; the CSV/Parquet tables are written at the end from small row dicts.
Nothing appears under its final name until the batch is complete: every file is written
under a temporary name and renamed into place (tables first, manifest.jsonl last), so a
reader never sees a half-written file, and a killed run leaves the previous outputs whole.
"""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from .schema import ManifestEntry

if TYPE_CHECKING:
    from .schema import Record

TABLES = ("records", "agencies", "innovations", "officials")


def record_rows(record: "Record") -> dict[str, list[dict]]:
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


PARTIAL = ".partial"


class Exporter:
    """Writes one extraction's output folder."""

    def __init__(self, out: Path):
        self.out = out
        out.mkdir(parents=True, exist_ok=True)
        for stale in out.glob(".*.tmp"):   # left by a run killed while renaming into place
            if stale.name.split(".")[1] in TABLES + ("records", "manifest"):
                stale.unlink(missing_ok=True)
        self._records = open(out / f"records.jsonl{PARTIAL}", "w", encoding="utf-8")
        self._manifest = open(out / f"manifest.jsonl{PARTIAL}", "w", encoding="utf-8")
        self.rows: dict[str, list[dict]] = {t: [] for t in TABLES}

    def add(self, record_json: str | None, entry: ManifestEntry, rows: dict[str, list[dict]] | None) -> None:
        """One document: its record (if any) and its manifest row, flushed together."""
        if record_json is not None:
            self._records.write(record_json + "\n")
            self._records.flush()
        self._manifest.write(entry.model_dump_json() + "\n")
        self._manifest.flush()
        for table, table_rows in (rows or {}).items():
            self.rows[table].extend(table_rows)

    def _publish(self, name: str, write) -> Path:
        path = self.out / name
        tmp = self.out / f".{name}.{os.getpid()}.tmp"
        try:
            write(tmp)
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)
        return path

    def close(self) -> list[Path]:
        """Write the tables and move every file into place (the batch is complete)."""
        import pandas as pd

        self._records.close()
        self._manifest.close()
        written = []
        for table in TABLES:
            frame = pd.DataFrame(self.rows[table])
            if frame.empty:
                frame = pd.DataFrame(columns=["doc_id"])
            written.append(self._publish(f"{table}.csv", lambda p: frame.to_csv(p, index=False)))
            written.append(self._publish(f"{table}.parquet", lambda p: frame.to_parquet(p, index=False)))
        for name in ("records.jsonl", "manifest.jsonl"):   # the manifest, the index of the rest, last
            os.replace(self.out / f"{name}{PARTIAL}", self.out / name)
            written.append(self.out / name)
        return written

    def abort(self) -> None:
        """The batch stopped early: drop the partial files, leave earlier outputs as they were."""
        for fh in (self._records, self._manifest):
            fh.close()
            Path(fh.name).unlink(missing_ok=True)


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
