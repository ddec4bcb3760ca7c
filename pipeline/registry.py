"""The registry: records loaded into a relational database (SQLite or PostgreSQL).

A records.jsonl describes documents one at a time; the registry answers questions
across documents ("which innovations does Kabupaten Gowa have, who spoke about
them, where"). So every document becomes a `documents` row, and what it mentions
is resolved to shared entities (`innovations`, `persons`, `agencies`) with one
mention row per document, keeping each document's own wording and values.

Loading is idempotent and safe to run concurrently:

* each document is one transaction; a document whose content hash is unchanged is
  skipped, a changed one has its mentions and evidence deleted and rewritten;
* entities are inserted with INSERT ... ON CONFLICT on a unique normalised key,
  never check-then-insert;
* fuzzy innovation matching reads the candidates of one region and then inserts,
  which only is safe if nobody else does the same for that region meanwhile: on
  PostgreSQL a transaction-scoped advisory lock per region (and one per document)
  serialises exactly those sections, on SQLite every write transaction starts
  with BEGIN IMMEDIATE, which serialises writers as a whole.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Optional

from pydantic import ValidationError
from sqlalchemy import (
    Column, Date, DateTime, ForeignKey, Integer, MetaData, String, Table, Text,
    UniqueConstraint, create_engine, delete, event, func, select,
)
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from .errors import RegistryError  # noqa: F401  (re-exported for callers)

from .regions import gazetteer, lookup
from .schema import Record

SCHEMA_VERSION = 1

# Entities whose region is unknown share this region key, so that the unique
# (region_code, name_key) constraints also hold for them (NULLs never conflict).
NO_REGION = ""

metadata = MetaData()

schema_version = Table(
    "schema_version", metadata,
    Column("version", Integer, primary_key=True),
    Column("applied_at", DateTime(timezone=True), nullable=False),
)

regions = Table(
    "regions", metadata,
    Column("code", String(8), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("level", Integer, nullable=False),
    Column("kind", String(10), nullable=False),
    Column("province", String(200), nullable=False),
)

documents = Table(
    "documents", metadata,
    Column("doc_id", String(300), primary_key=True),
    Column("source", Text, nullable=False),
    Column("content_hash", String(64), nullable=False),
    Column("doc_type", String(10), nullable=False),
    Column("title", Text),
    Column("published", Date),
    Column("region_code", String(8), index=True),
    Column("region_name", String(200)),
    Column("event_type", String(30)),
    Column("event_date", Date),
    Column("event_venue", Text),
    Column("participants_total", Integer),
    Column("text", Text, nullable=False),
    Column("loaded_at", DateTime(timezone=True), nullable=False),
)


def _entity_table(name: str, *extra: Column) -> Table:
    """An entity resolved across documents: unique per region and normalised name."""
    return Table(
        name, metadata,
        Column("id", Integer, primary_key=True),
        Column("region_code", String(8), nullable=False),
        Column("name", Text, nullable=False),
        Column("name_key", String(500), nullable=False),
        *extra,
        UniqueConstraint("region_code", "name_key", name=f"uq_{name}_region_name"),
    )


agencies = _entity_table("agencies")
persons = _entity_table("persons")
innovations = _entity_table(
    "innovations", Column("long_name", Text), Column("long_key", String(500)))


def _mention_table(name: str, entity_id: str, entity: Table, *extra: Column) -> Table:
    """One entity as one document mentions it; `idx` is its place in the record's list."""
    return Table(
        name, metadata,
        Column("id", Integer, primary_key=True),
        Column(entity_id, Integer, ForeignKey(entity.c.id), nullable=False, index=True),
        Column("doc_id", String(300), ForeignKey("documents.doc_id", ondelete="CASCADE"),
               nullable=False),
        Column("idx", Integer, nullable=False),
        Column("name", Text, nullable=False),
        *extra,
        UniqueConstraint("doc_id", "idx", name=f"uq_{name}_doc_idx"),
    )


agency_mentions = _mention_table("agency_mentions", "agency_id", agencies)
person_mentions = _mention_table(
    "person_mentions", "person_id", persons, Column("position", Text), Column("degrees", Text))
innovation_mentions = _mention_table(
    "innovation_mentions", "innovation_id", innovations,
    Column("long_name", Text),
    Column("agency", Text),
    Column("agency_id", Integer, ForeignKey("agencies.id"), index=True),
    Column("jenis", String(20)),
    Column("bentuk", String(20)),
    Column("inisiator", String(20)),
    Column("tahapan", String(20)),
    Column("trial_date", Date),
    Column("implementation_date", Date),
)

evidence = Table(
    "evidence", metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", String(300), ForeignKey("documents.doc_id", ondelete="CASCADE"),
           nullable=False),
    Column("idx", Integer, nullable=False),
    Column("field", String(200), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("method", String(100), nullable=False),
    UniqueConstraint("doc_id", "idx", name="uq_evidence_doc_idx"),
)

MENTION_TABLES = (innovation_mentions, person_mentions, agency_mentions, evidence)


# --------------------------------------------------------------------------- keys

def name_key(text: Optional[str]) -> str:
    """The comparison form of a name: no accents, case, punctuation or extra spaces.

    "SI-PAKATAU", "Si Pakatau" and "si pakatau" share one key, which is what the
    unique constraints compare; fuzzy matching then only has to bridge real
    spelling differences.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", plain).replace("_", " ").split())


def _content_hash(record: Record) -> str:
    """Hash of the whole record, so a re-extraction with better values counts as changed."""
    return hashlib.sha256(record.model_dump_json().encode("utf-8")).hexdigest()


def _lock_id(kind: str, value: str) -> int:
    """A signed 64-bit key for pg_advisory_xact_lock, stable across processes."""
    digest = hashlib.blake2b(f"inovasi-registry:{kind}:{value}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


# ------------------------------------------------------------------------ engine

def _sqlalchemy_url(db_url: str):
    """Map plain postgresql:// URLs to the psycopg 3 driver; create a SQLite file's folder."""
    url = make_url(db_url)
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
        Path(url.database).parent.mkdir(parents=True, exist_ok=True)
    return url


def _sqlite_serialised_writes(engine: Engine) -> None:
    """Make every SQLite transaction take the write lock at BEGIN.

    With pysqlite's default deferred BEGIN two loaders both read, then both try to
    write and one fails with "database is locked"; BEGIN IMMEDIATE makes the
    second wait (up to the connect timeout) instead. Foreign keys are off by
    default in SQLite and switched on here so ON DELETE CASCADE holds. The WAL
    journal lets queries read while a load writes, and with synchronous=NORMAL
    a commit (one per document) no longer waits for a disk flush.
    """
    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):  # pragma: no cover - trivial
        dbapi_connection.isolation_level = None
        for pragma in ("foreign_keys = ON", "journal_mode = WAL", "synchronous = NORMAL"):
            dbapi_connection.execute(f"PRAGMA {pragma}")

    @event.listens_for(engine, "begin")
    def _begin(conn):  # pragma: no cover - trivial
        conn.exec_driver_sql("BEGIN IMMEDIATE")


def open_registry(db_url: str) -> Engine:
    """An engine for DB_URL with the registry schema created and checked."""
    try:
        url = _sqlalchemy_url(db_url)
    except ArgumentError:
        raise RegistryError(f"not a database URL: {db_url}") from None
    if url.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": 60})
        _sqlite_serialised_writes(engine)
    else:
        engine = create_engine(url)
    for attempt in range(6):
        try:
            _ensure_schema(engine)
            break
        except OperationalError as exc:
            if url.get_backend_name() == "sqlite" and "locked" in str(exc.orig) and attempt < 5:
                # two loaders opening one new SQLite file at once: the one that switches it to WAL or creates the
                # tables first holds it for a moment and the other is told "locked" at once; wait and try again
                time.sleep(0.25 * 2 ** attempt)
                continue
            engine.dispose()
            raise RegistryError(f"cannot open the registry database: {exc.orig}") from None
    return engine


def _is_postgres(conn: Connection) -> bool:
    return conn.dialect.name == "postgresql"


def _advisory_lock(conn: Connection, kind: str, value: str) -> None:
    """Hold a PostgreSQL advisory lock until the transaction ends (no-op on SQLite)."""
    if _is_postgres(conn):
        conn.execute(select(func.pg_advisory_xact_lock(_lock_id(kind, value))))


def _insert(conn: Connection, table: Table):
    """The dialect's INSERT, which (unlike the generic one) offers ON CONFLICT."""
    if _is_postgres(conn):
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return insert(table)


def _ensure_schema(engine: Engine) -> None:
    """Create the tables and seed the regions once; refuse a database of another version.

    Two loaders starting on an empty PostgreSQL database would both run CREATE
    TABLE; the advisory lock lets the second find the first one's tables.
    """
    from . import corrections  # noqa: F401  (defines the review tables on `metadata`)

    with engine.begin() as conn:
        _advisory_lock(conn, "schema", "create")
        metadata.create_all(conn)
        found = conn.execute(select(func.max(schema_version.c.version))).scalar()
        if found is None:
            conn.execute(schema_version.insert().values(
                version=SCHEMA_VERSION, applied_at=dt.datetime.now(dt.timezone.utc)))
        elif found != SCHEMA_VERSION:
            raise RegistryError(
                f"the registry database has schema version {found}, this pipeline writes "
                f"version {SCHEMA_VERSION}: load into a new database")
        if not conn.execute(select(regions.c.code).limit(1)).first():
            rows = [{"code": r.code, "name": r.name, "level": r.level, "kind": r.kind,
                     "province": r.province} for r in gazetteer().regions.values()]
            conn.execute(_insert(conn, regions).on_conflict_do_nothing(), rows)


# -------------------------------------------------------------------------- load

@dataclass
class LoadStats:
    """What one `load_records` call did, and what the registry holds afterwards."""

    documents: int = 0
    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    mentions: dict[str, int] = field(default_factory=lambda: {
        "innovation": 0, "official": 0, "agency": 0, "evidence": 0})
    totals: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def __str__(self) -> str:
        m = self.mentions
        line = (f"{self.documents} documents ({self.new} new, {self.replaced} replaced, "
                f"{self.unchanged} unchanged), {m['innovation']} innovation, {m['official']} "
                f"official and {m['agency']} agency mentions, {m['evidence']} evidence spans")
        if self.totals:
            line += ("; registry holds " + ", ".join(f"{n} {k}" for k, n in self.totals.items()))
        return f"{line} in {self.seconds:.2f} s"


def parse_records(lines: Iterable[str], where: str) -> Iterable[Record]:
    """Validated records from JSON lines, naming (WHERE:line) the first bad one."""
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            yield Record.model_validate_json(line)
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = ".".join(str(part) for part in first["loc"])
            raise RegistryError(f"{where}:{lineno}: {loc}: {first['msg']}") from None


def read_records(records_path: Path) -> Iterable[Record]:
    """Validated records from a records.jsonl, naming the line of the first bad one."""
    with records_path.open(encoding="utf-8") as handle:
        yield from parse_records(handle, str(records_path))


def load_records(records_path: Path, db_url: str) -> LoadStats:
    """Load a records.jsonl into the registry at DB_URL, one transaction per document."""
    for _ in read_records(records_path):   # a bad line loads nothing, not half a file
        pass                                # (checked first, one record at a time: memory stays flat)
    return load_many(read_records(records_path), db_url)


def load_many(records: Iterable[Record], db_url: str) -> LoadStats:
    """Load records into the registry at DB_URL, one transaction per document (the Dask
    engine's shards pass a generator that validates each shard whole before yielding it)."""
    started = time.perf_counter()
    stats = LoadStats()
    engine = open_registry(db_url)
    try:
        for record in records:
            stats.documents += 1
            with engine.begin() as conn:
                record = _keep_corrections(conn, record)
                outcome = _load_document(conn, record, stats.mentions)
            setattr(stats, outcome, getattr(stats, outcome) + 1)
        with engine.connect() as conn:
            stats.totals = {table.name: conn.execute(
                select(func.count()).select_from(table)).scalar_one()
                for table in (innovations, persons, agencies)}
    finally:
        engine.dispose()
    stats.seconds = time.perf_counter() - started
    return stats


def _keep_corrections(conn: Connection, record: Record) -> Record:
    """The record with the reviewers' corrections applied (see curation.py)."""
    from .curation import keep_corrections

    return keep_corrections(conn, record)


def _region_key(record: Record) -> str:
    """The record's region code, looked up in the gazetteer when the record has none."""
    if record.region is None:
        return NO_REGION
    if record.region.code:
        return record.region.code
    found = lookup(record.region.name)
    return found.code if found else NO_REGION


def _load_document(conn: Connection, record: Record, counts: dict[str, int]) -> str:
    """Write one record's rows; return "new", "replaced" or "unchanged".

    The per-document lock keeps two loaders of the same file from both seeing the
    document as new; the region locks (taken in sorted order, so two loaders never
    wait on each other crosswise) cover fuzzy resolution and orphan pruning.
    """
    _advisory_lock(conn, "document", record.doc_id)
    digest = _content_hash(record)
    old = conn.execute(select(documents.c.content_hash, documents.c.region_code)
                       .where(documents.c.doc_id == record.doc_id)).first()
    if old is not None and old.content_hash == digest:
        return "unchanged"

    region = _region_key(record)
    touched_regions = sorted({region, old.region_code or NO_REGION} if old else {region})
    for key in touched_regions:
        _advisory_lock(conn, "region", key)

    if old is not None:
        for table in MENTION_TABLES:
            conn.execute(delete(table).where(table.c.doc_id == record.doc_id))
    _upsert_document(conn, record, digest, region)

    from .registry_resolve import Resolver   # (imports this module's tables)
    resolver = Resolver(conn, region)
    for idx, agency in enumerate(record.agencies):
        conn.execute(agency_mentions.insert().values(
            agency_id=resolver.exact(agencies, agency.name), doc_id=record.doc_id, idx=idx,
            name=agency.name))
    for idx, official in enumerate(record.officials):
        conn.execute(person_mentions.insert().values(
            person_id=resolver.exact(persons, official.name), doc_id=record.doc_id, idx=idx,
            name=official.name, position=official.position,
            degrees=", ".join(official.degrees) or None))
    for idx, item in enumerate(record.innovations):
        conn.execute(innovation_mentions.insert().values(
            innovation_id=resolver.innovation(item.name, item.long_name),
            agency_id=resolver.exact(agencies, item.agency) if item.agency else None,
            doc_id=record.doc_id, idx=idx, **item.model_dump()))
    if record.evidence:
        conn.execute(evidence.insert(), [
            {"doc_id": record.doc_id, "idx": idx, **span.model_dump()}
            for idx, span in enumerate(record.evidence)])

    counts["agency"] += len(record.agencies)
    counts["official"] += len(record.officials)
    counts["innovation"] += len(record.innovations)
    counts["evidence"] += len(record.evidence)
    if old is None:
        return "new"
    _prune_orphans(conn, touched_regions)
    return "replaced"


def _upsert_document(conn: Connection, record: Record, digest: str, region: str) -> None:
    values = {
        "source": record.source, "content_hash": digest, "doc_type": record.doc_type,
        "title": record.title, "published": record.published,
        "region_code": region or None,
        "region_name": record.region.name if record.region else None,
        "event_type": record.event.type if record.event else None,
        "event_date": record.event.date if record.event else None,
        "event_venue": record.event.venue if record.event else None,
        "participants_total": record.participants.total if record.participants else None,
        "text": record.text, "loaded_at": dt.datetime.now(dt.timezone.utc),
    }
    stmt = _insert(conn, documents).values(doc_id=record.doc_id, **values)
    conn.execute(stmt.on_conflict_do_update(index_elements=[documents.c.doc_id], set_=values))


def _prune_orphans(conn: Connection, region_keys: list[str]) -> None:
    """Delete entities of these regions that no document mentions any more.

    Only a replaced document can leave such orphans (an innovation renamed by a
    better extraction). The caller holds these regions' locks, so no concurrent
    loader is about to attach a mention to a row deleted here.
    """
    used_agencies = (select(agency_mentions.c.agency_id)
                     .union(select(innovation_mentions.c.agency_id)
                            .where(innovation_mentions.c.agency_id.is_not(None))))
    for table, used in ((innovations, select(innovation_mentions.c.innovation_id)),
                        (persons, select(person_mentions.c.person_id)),
                        (agencies, used_agencies)):
        conn.execute(delete(table).where(table.c.region_code.in_(region_keys),
                                         table.c.id.not_in(used)))


# Queries and export live in registry_query; re-exported here for existing callers.
from .registry_query import (  # noqa: E402,F401
    QUERY_KINDS, export_tables, print_query, query_rows,
)
