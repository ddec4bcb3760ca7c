"""Export stage: records and manifest as JSON Lines, then flat and long tables.

records.jsonl and manifest.jsonl are streamed as documents finish (nothing large is held
in memory); the CSV/Parquet tables are written at the end from small row dicts.
"""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd

from .schema import ManifestEntry, Record

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


class Exporter:
    """Writes one extraction's output folder."""

    def __init__(self, out: Path):
        self.out = out
        out.mkdir(parents=True, exist_ok=True)
        self._records = open(out / "records.jsonl", "w", encoding="utf-8")
        self._manifest = open(out / "manifest.jsonl", "w", encoding="utf-8")
        self.rows: dict[str, list[dict]] = {t: [] for t in TABLES}

    def add(self, record_json: str | None, entry: ManifestEntry, rows: dict[str, list[dict]] | None) -> None:
        if record_json is not None:
            self._records.write(record_json + "\n")
        self._manifest.write(entry.model_dump_json() + "\n")
        for table, table_rows in (rows or {}).items():
            self.rows[table].extend(table_rows)

    def close(self) -> list[Path]:
        self._records.close()
        self._manifest.close()
        written = []
        for table in TABLES:
            frame = pd.DataFrame(self.rows[table])
            if frame.empty:
                frame = pd.DataFrame(columns=["doc_id"])
            for suffix, write in ((".csv", lambda f, p: f.to_csv(p, index=False)),
                                  (".parquet", lambda f, p: f.to_parquet(p, index=False))):
                path = self.out / f"{table}{suffix}"
                write(frame, path)
                written.append(path)
        return written


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
