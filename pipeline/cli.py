"""Command line: `python -m pipeline ...` or `inovasi ...`.

Thin wrappers only: each command parses its options and calls one stage module.
User errors end with a one-line message and a non-zero status, never a traceback.
"""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer
from rich.console import Console

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Extract records from Indonesian regional-innovation documents.")
console = Console(stderr=True)

DEFAULT_DB = "sqlite:///data/processed/registry.sqlite"


def _fail(message: str, code: int = 2) -> None:
    console.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code)


@app.command()
def extract(
    inputs: list[str] = typer.Argument(None, help="Files and folders (.txt, .html, .pdf, .docx, images)."),
    out: str = typer.Option("data/processed", "--out", "-o",
                            help="Output folder (with --engine dask also an fsspec URL: file://, s3://, gs://)."),
    urls: Optional[Path] = typer.Option(None, "--urls", help="A file with one URL a line."),
    workers: int = typer.Option(0, "--workers", "-j", help="Worker processes (0: one per core)."),
    db: Optional[str] = typer.Option(None, "--db", help="Registry database URL (default: sqlite OUT/registry.sqlite)."),
    no_db: bool = typer.Option(False, "--no-db", help="Do not load the records into a registry."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    force: bool = typer.Option(False, "--force", help="Process every input again, ignoring the cache in OUT."),
    engine: str = typer.Option("local", "--engine", help="local: a process pool on this machine; dask: a Dask cluster."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="A running Dask scheduler, tcp://HOST:8786 "
                                            "(implies --engine dask; default: a local cluster, a worker per core)."),
    partition_size: int = typer.Option(32, "--partition-size", help="--engine dask: documents per task and shard."),
) -> None:
    """Extract one record per document into OUT (records, tables, manifest), load them into the
    registry (OUT/registry.sqlite unless --db or --no-db) and build the review site OUT/review/.

    Reruns are incremental: an input whose bytes and pipeline version are unchanged is taken
    from OUT/.cache, and a killed run finishes where it stopped when run again.
    """
    from .batch import InputError, run_batch

    if not inputs and urls is None:
        _fail("give at least one input file or folder, or --urls FILE")
    if engine not in ("local", "dask"):
        _fail(f"unknown engine {engine!r}: local or dask")
    sharded = engine == "dask" or scheduler is not None
    try:
        if sharded:
            from .engine_dask import run_dask

            summary = run_dask(inputs or [], out, urls_file=urls, scheduler=scheduler, workers=workers,
                               progress=not quiet, force=force, partition_size=partition_size)
        else:
            if "://" in out:
                _fail("an output URL needs --engine dask; the local engine writes to a folder")
            summary = run_batch(inputs or [], Path(out), urls_file=urls, workers=workers, progress=not quiet,
                                force=force)
    except InputError as exc:
        _fail(str(exc))
    console.print(summary.line())
    if summary.ok == 0:
        _fail("no document could be extracted; see manifest.jsonl", code=1)
    _finish(out, db, no_db, sharded)


def _finish(out: str, db: Optional[str], no_db: bool, sharded: bool = False) -> None:
    """Fill the registry and build the review site (pipeline/finish.py)."""
    from .errors import RegistryError   # not .registry: SQLAlchemy loads only when a registry is filled
    from .finish import finish, finish_shards

    try:
        for line in (finish_shards(out, db=db, no_db=no_db) if sharded else finish(Path(out), db=db, no_db=no_db)):
            console.print(line)
    except RegistryError as exc:
        _fail(str(exc))


@app.command()
def load(
    records: str = typer.Argument(..., help="A records.jsonl written by `extract`, or an output folder "
                                  "(or fsspec URL) of `extract`, with either engine's records."),
    db: str = typer.Option(DEFAULT_DB, "--db", help="SQLAlchemy URL: sqlite:///FILE or postgresql://..."),
) -> None:
    """Load records into the registry database (idempotent): a records.jsonl, an output folder's
    records.jsonl, or every records shard of `extract --engine dask`."""
    from .registry import RegistryError, load_records
    from .shards import is_sharded, load_shards

    path = Path(records)
    try:
        if "://" not in records and path.is_file():
            stats = load_records(path, db)
        elif "://" not in records and (path / "records.jsonl").is_file():
            stats = load_records(path / "records.jsonl", db)
        elif is_sharded(records):
            stats = load_shards(records, db)
        else:
            _fail(f"no records at {records}: give a records.jsonl or an output folder of `extract`")
    except RegistryError as exc:
        _fail(str(exc))
    console.print(f"loaded {stats}")


@app.command()
def query(
    kind: str = typer.Argument(..., help="innovations, officials or agencies"),
    region: Optional[str] = typer.Option(None, "--region", help='e.g. "Kabupaten Gowa"'),
    name: Optional[str] = typer.Option(None, "--name", help="Part of a name."),
    db: str = typer.Option(DEFAULT_DB, "--db"),
    limit: int = typer.Option(50, "--limit"),
) -> None:
    """Print registry rows as a table."""
    from .registry import RegistryError, print_query

    try:
        print_query(db, kind, region=region, name=name, limit=limit)
    except RegistryError as exc:
        _fail(str(exc))


@app.command("export-registry")
def export_registry(
    out: Path = typer.Option(..., "--out", "-o", help="Folder for the CSV and Parquet tables."),
    db: str = typer.Option(DEFAULT_DB, "--db"),
) -> None:
    """Write every registry table to CSV and Parquet."""
    from .registry import RegistryError, export_tables

    try:
        written = export_tables(db, out)
    except RegistryError as exc:
        _fail(str(exc))
    console.print(f"wrote {len(written)} files to {out}")


@app.command()
def review(
    out: Path = typer.Argument(..., help="An extraction output folder (with records.jsonl and manifest.jsonl)."),
) -> None:
    """Build a static review site OUT/review/index.html."""
    from .review import build_review

    if not (out / "manifest.jsonl").is_file():
        _fail(f"{out} has no manifest.jsonl: run `extract` first")
    index = build_review(out)
    console.print(f"review written: {index}")


@app.command()
def evaluate(
    pred: Path = typer.Argument(..., help="records.jsonl, or a folder of .jsonl files."),
    gold: Path = typer.Option(..., "--gold", help="A folder of gold records ID.json."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON summary instead of a table."),
    per_doc: bool = typer.Option(False, "--per-doc", help="Also list, per document, the fields it missed."),
) -> None:
    """Per-field precision, recall and F1 of PRED against gold records."""
    from .evaluate import EvaluateError, evaluate_paths, format_table, summary_json

    try:
        summary = evaluate_paths(gold, pred)
    except EvaluateError as exc:
        _fail(str(exc))
    typer.echo(summary_json(summary, per_doc) if as_json else format_table(summary, per_doc))


@app.command()
def serve(
    db: str = typer.Option(DEFAULT_DB, "--db", help="The registry to review."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind (this machine only by default)."),
    port: int = typer.Option(8765, "--port"),
    reviewer: str = typer.Option("reviewer", "--reviewer", help="Default reviewer name for corrections."),
) -> None:
    """A local web app to review and correct the registry's records (pipeline/serve.py)."""
    from .registry import RegistryError
    from .serve import serve as run_server

    console.print(f"review app on http://{host}:{port}/ (Ctrl-C stops it)")
    try:
        run_server(db, host=host, port=port, reviewer=reviewer)
    except RegistryError as exc:
        _fail(str(exc))


@app.command("export-gold")
def export_gold(
    out: Path = typer.Option(..., "--out", "-o", help="Folder for the gold records ID.json."),
    db: str = typer.Option(DEFAULT_DB, "--db"),
    status: list[str] = typer.Option(["done"], "--status", help="Review statuses to export (repeatable)."),
) -> None:
    """Write reviewed documents (corrections applied) as gold records in the contract shape."""
    from .curation import export_gold as write_gold
    from .registry import RegistryError

    try:
        written = write_gold(db, out, tuple(status))
    except RegistryError as exc:
        _fail(str(exc))
    console.print(f"wrote {len(written)} gold records to {out}")


def main() -> None:  # pragma: no cover
    app()
