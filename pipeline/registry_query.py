"""Registry queries and table export (split from registry.py, which loads)."""
from __future__ import annotations

from pathlib import Path
from typing import Iterable, Optional

from sqlalchemy import func, select

from .regions import candidates
from .registry import (
    RegistryError, agencies, agency_mentions, innovation_mentions, innovations, metadata,
    open_registry, person_mentions, persons, regions,
)

# ------------------------------------------------------------------ query, export

QUERY_KINDS = ("innovations", "officials", "agencies")


def query_rows(db_url: str, kind: str, region: Optional[str] = None,
               name: Optional[str] = None, limit: int = 50) -> list[dict]:
    """Registry entities of KIND with what their mentions say, for display or tests.

    REGION is any name the gazetteer knows ("Kabupaten Gowa", "Gowa", "Pemkab
    Kotim"; "Banjar" alone means both Kabupaten and Kota Banjar); a province
    also selects its regencies and cities. The mentions of the
    selected entities are aggregated in Python because string aggregation
    differs between SQLite and PostgreSQL.
    """
    if kind not in QUERY_KINDS:
        raise RegistryError(f"kind must be one of: {', '.join(QUERY_KINDS)}")
    table, mentions, fk = {
        "innovations": (innovations, innovation_mentions, innovation_mentions.c.innovation_id),
        "officials": (persons, person_mentions, person_mentions.c.person_id),
        "agencies": (agencies, agency_mentions, agency_mentions.c.agency_id)}[kind]
    engine = open_registry(db_url)
    try:
        with engine.connect() as conn:
            stmt = (select(table, regions.c.name.label("region"))
                    .outerjoin(regions, regions.c.code == table.c.region_code)
                    .order_by(table.c.region_code, table.c.name_key).limit(limit))
            if region:
                codes = [found.code for found in candidates(region)]
                if not codes:
                    raise RegistryError(f"unknown region: {region}")
                provinces = [c for c in codes if "." not in c]
                stmt = stmt.where(table.c.region_code.in_(codes)
                                  | func.substr(table.c.region_code, 1, 3).in_(
                                      [f"{c}." for c in provinces]))
            if name:
                pattern = f"%{name}%"
                cond = table.c.name.ilike(pattern)
                if table is innovations:
                    cond = cond | innovations.c.long_name.ilike(pattern)
                stmt = stmt.where(cond)
            entities = [dict(row._mapping) for row in conn.execute(stmt)]
            by_id = {row["id"]: {**row, "mentions": []} for row in entities}
            if by_id:
                for m in conn.execute(select(mentions).where(fk.in_(list(by_id)))
                                      .order_by(mentions.c.doc_id, mentions.c.idx)):
                    by_id[getattr(m, fk.name)]["mentions"].append(dict(m._mapping))
    finally:
        engine.dispose()
    return list(by_id.values())


def _distinct(values: Iterable) -> str:
    seen: dict[str, None] = {}
    for value in values:
        if value not in (None, ""):
            seen.setdefault(str(value))
    return "; ".join(seen)


_COLUMNS = {
    "innovations": ("name", "long name", "region", "agency", "jenis", "bentuk", "tahapan",
                    "implemented", "docs"),
    "officials": ("name", "region", "positions", "degrees", "docs"),
    "agencies": ("name", "region", "docs"),
}


def _cells(kind: str, row: dict) -> tuple[str, ...]:
    mentions = row["mentions"]
    docs = str(len({m["doc_id"] for m in mentions}))
    region = row["region"] or "-"
    if kind == "innovations":
        pick = lambda column: _distinct(m[column] for m in mentions)  # noqa: E731
        return (row["name"], row["long_name"] or "", region, pick("agency"), pick("jenis"),
                pick("bentuk"), pick("tahapan"), pick("implementation_date"), docs)
    if kind == "officials":
        return (row["name"], region, _distinct(m["position"] for m in mentions),
                _distinct(m["degrees"] for m in mentions), docs)
    return (row["name"], region, docs)


def print_query(db_url: str, kind: str, region: Optional[str] = None,
                name: Optional[str] = None, limit: int = 50) -> None:
    """Print registry entities as a Rich table on stdout."""
    from rich.console import Console
    from rich.table import Table as RichTable

    rows = query_rows(db_url, kind, region=region, name=name, limit=limit)
    console = Console()
    if not console.is_terminal:  # a file or pipe has no screen width to fold names to
        console.width = 200
    table = RichTable(title=f"{kind} ({len(rows)} shown)")
    for column in _COLUMNS[kind]:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*_cells(kind, row))
    console.print(table)


def export_tables(db_url: str, out_dir: Path) -> list[Path]:
    """Write every registry table as OUT_DIR/<table>.csv and .parquet."""
    import pandas as pd

    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    engine = open_registry(db_url)
    try:
        with engine.connect() as conn:
            for table in metadata.sorted_tables:
                frame = pd.read_sql(select(table).order_by(*table.primary_key.columns), conn)
                csv_path, parquet_path = out_dir / f"{table.name}.csv", out_dir / f"{table.name}.parquet"
                frame.to_csv(csv_path, index=False)
                frame.to_parquet(parquet_path, index=False)
                written += [csv_path, parquet_path]
    finally:
        engine.dispose()
    return written
