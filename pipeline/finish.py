"""What `inovasi extract` does after writing the records: fill the registry, build the review site.

Kept apart from the command so that the batch code and the CLI stay thin.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

REGISTRY_FILE = "registry.sqlite"


def default_db(out: Path) -> str:
    """The embedded registry of an output folder: OUT/registry.sqlite."""
    return f"sqlite:///{(Path(out) / REGISTRY_FILE).as_posix()}"


def shown_url(db_url: str) -> str:
    """The URL without its password, for messages."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(db_url).render_as_string(hide_password=True)
    except Exception:  # not a URL at all: the loader names the problem
        return db_url


def finish(out: Path, db: Optional[str] = None, no_db: bool = False) -> list[str]:
    """Load OUT/records.jsonl into DB (default OUT/registry.sqlite) unless NO_DB, then
    build OUT/review/; return the lines to print. Raises RegistryError on a bad database."""
    from .review import build_review

    out = Path(out)
    lines = []
    records = out / "records.jsonl"
    if not no_db and records.is_file():
        from .registry import load_records   # SQLAlchemy only when a registry is filled

        url = db or default_db(out)
        stats = load_records(records, url)
        lines.append(f"registry {shown_url(url)}: loaded {stats}")
    index = build_review(out)
    lines.append(f"review site: {index}")
    return lines


def finish_shards(out: str, db: Optional[str] = None, no_db: bool = False) -> list[str]:
    """After `extract --engine dask`: load every records shard into DB (default OUT/registry.sqlite
    when OUT is a local folder) unless NO_DB; the review site is not built for sharded outputs."""
    from .registry import RegistryError
    from .shards import Shards, load_shards

    if no_db:
        return []
    local = Shards(out).local
    if db is None and local is None:
        raise RegistryError("an output URL has no default registry: give --db URL (or --no-db)")
    url = db or default_db(local)
    return [f"registry {shown_url(url)}: loaded {load_shards(out, url)}"]
