"""Static review site: `python -m pipeline review OUT/` writes OUT/review/.

A reviewer has to see every extracted value in its sentence (RECORD.md,
Provenance) without running a server or reaching the internet, so the site is
plain files: an index of every input (from manifest.jsonl, so failed documents
are listed too) and one page per document showing the cleaned text with each
evidence span highlighted beside the record values that link to them.

The index embeds one JSON blob and paginates it client-side: a single file
stays fast to build and to open with thousands of documents, and filtering
needs no server. Charts are inline SVG computed here, so they need no JS.

Inputs are read as plain JSON rather than through `schema.Record`: the review
must still open when a record fails validation or carries fields added after
this module was written; those are exactly the documents a reviewer wants to
look at.
"""
from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from jinja2 import Environment, PackageLoader, select_autoescape
from jinja2.utils import htmlsafe_json_dumps
from markupsafe import Markup

from .export import iter_jsonl, read_jsonl

# Colour groups, in legend order; a field's group is its first path component.
FIELD_GROUPS: tuple[str, ...] = (
    "title", "published", "region", "agencies", "innovations",
    "event", "participants", "officials",
)
OTHER_GROUP = "other"
# Record keys shown in this order; any other (added) field follows them.
RECORD_ORDER: tuple[str, ...] = (
    "doc_type", "title", "published", "region", "agencies", "innovations",
    "event", "participants", "officials", "sections",
)
# Keys that are not record values: identity is in the header, text is the page.
NOT_VALUES = frozenset({"doc_id", "source", "text", "evidence"})

_PATH_TOKEN = re.compile(r"\[\d+\]|[^.\[\]]+")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
MAX_REGION_BARS = 25


@dataclass
class Span:
    """One evidence item placed in the text; `sid` is its id in the page."""

    sid: str
    field: str
    start: int
    end: int
    text: str
    method: str
    group: str
    ok: bool  # the evidence text equals text[start:end]


@dataclass
class Segment:
    """A run of text between two span boundaries, covered by `spans`."""

    text: str
    spans: list[Span] = field(default_factory=list)

    @property
    def sids(self) -> str:
        return " ".join(s.sid for s in self.spans)

    @property
    def css(self) -> str:
        """Colour of the innermost (shortest) span; `ov` marks overlaps."""
        inner = min(self.spans, key=lambda s: (s.end - s.start, s.sid))
        classes = ["ev", "c-" + inner.group]
        if len(self.spans) > 1:
            classes.append("ov")
        if not all(s.ok for s in self.spans):
            classes.append("bad")
        return " ".join(classes)

    @property
    def tooltip(self) -> str:
        return "; ".join(f"{s.field} ({s.method})" for s in self.spans)


@dataclass
class ValueRow:
    """One line of the record panel: a value or a heading for an object/list."""

    depth: int
    label: str
    path: str
    group: str
    sids: str
    value: Optional[str] = None  # None for headings
    empty: bool = False  # null or []


# --------------------------------------------------------------------------- helpers

def field_group(path: str) -> str:
    """The legend group of an evidence field path such as `officials[0].name`."""
    head = _PATH_TOKEN.match(path)
    name = head.group(0) if head else ""
    return name if name in FIELD_GROUPS else OTHER_GROUP


def path_prefixes(path: str) -> list[str]:
    """`officials[0].name` -> [`officials`, `officials[0]`, `officials[0].name`].

    A heading in the record panel links to every span below it, so each span is
    indexed under all its prefixes once instead of scanning spans per heading.
    """
    out: list[str] = []
    current = ""
    for token in _PATH_TOKEN.findall(path):
        if token.startswith("["):
            current += token
        else:
            current = f"{current}.{token}" if current else token
        out.append(current)
    return out


def safe_name(doc_id: str, taken: set[str]) -> str:
    """A filename for a document page, unique even on case-insensitive disks.

    Unsafe characters are replaced and a short hash of the original id keeps
    two ids that map to the same name apart.
    """
    base = _UNSAFE.sub("_", doc_id).strip("._")[:100] or "doc"
    name = base
    if base != doc_id or base.lower() in taken:
        name = f"{base}-{hashlib.sha1(doc_id.encode('utf-8')).hexdigest()[:8]}"
    n = 1
    while name.lower() in taken:
        n += 1
        name = f"{base}-{n}"
    taken.add(name.lower())
    return name


def _read_jsonl(path: Path) -> list[dict]:
    """Like export.read_jsonl, but a missing file (no record extracted) is empty."""
    return read_jsonl(path) if path.is_file() else []


def _year(value: Any) -> Optional[int]:
    if isinstance(value, str) and re.match(r"\d{4}-", value):
        return int(value[:4])
    return None


def innovation_years(record: dict) -> list[Optional[int]]:
    """The year of each innovation: trial, else implementation date, else the
    record's published, else event date (None when none is known)."""
    event = record.get("event") or {}
    fallback = _year(record.get("published")) or _year(event.get("date"))
    return [
        _year(inn.get("trial_date")) or _year(inn.get("implementation_date")) or fallback
        for inn in record.get("innovations") or []
    ]


def region_name(record: Optional[dict]) -> Optional[str]:
    region = (record or {}).get("region") or {}
    return region.get("name") or None


# --------------------------------------------------------------------------- spans

def place_spans(text: str, evidence: Iterable[dict]) -> tuple[list[Span], list[dict]]:
    """Spans that fit the text, and the evidence items that cannot be placed."""
    spans, invalid = [], []
    for i, ev in enumerate(evidence):
        start, end = ev.get("start"), ev.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            invalid.append(ev)
            continue
        fld = str(ev.get("field", ""))
        spans.append(Span(
            sid=f"s{i}", field=fld, start=start, end=end,
            text=str(ev.get("text", "")), method=str(ev.get("method", "")),
            group=field_group(fld), ok=text[start:end] == ev.get("text"),
        ))
    return spans, invalid


def segment_text(text: str, spans: list[Span]) -> list[Segment]:
    """Split the text at every span boundary; each piece lists its covering spans.

    Flat segments (rather than nested tags) handle any overlap, including
    partial ones that cannot nest, and let one span be found as all the
    segments carrying its id.
    """
    bounds = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    starts: dict[int, list[Span]] = defaultdict(list)
    for s in spans:
        starts[s.start].append(s)
    active: list[Span] = []
    segments = []
    for a, b in zip(bounds, bounds[1:]):
        active = [s for s in active if s.end > a] + starts.get(a, [])
        segments.append(Segment(text[a:b], sorted(active, key=lambda s: int(s.sid[1:]))))
    return segments


# --------------------------------------------------------------------------- record panel

def _display(value: Any) -> tuple[str, bool]:
    if value is None:
        return "null", True
    if isinstance(value, bool):
        return str(value).lower(), False
    return str(value), False


def value_rows(record: dict, spans: list[Span]) -> tuple[list[ValueRow], list[Span]]:
    """The record as indented rows, each with the span ids it links to, and the
    spans whose field path names no value in the record (shown separately)."""
    by_prefix: dict[str, list[str]] = defaultdict(list)
    for s in spans:
        for prefix in path_prefixes(s.field):
            by_prefix[prefix].append(s.sid)
    rows: list[ValueRow] = []
    seen: set[str] = set()

    def walk(value: Any, path: str, label: str, depth: int) -> None:
        seen.add(path)
        sids = " ".join(by_prefix.get(path, ()))
        group = field_group(path)
        if isinstance(value, dict) and value:
            rows.append(ValueRow(depth, label, path, group, sids))
            for key, sub in value.items():
                walk(sub, f"{path}.{key}", key, depth + 1)
        elif isinstance(value, list) and value:
            rows.append(ValueRow(depth, label, path, group, sids))
            for i, sub in enumerate(value):
                walk(sub, f"{path}[{i}]", f"[{i}]", depth + 1)
        elif isinstance(value, (list, dict)):
            rows.append(ValueRow(depth, label, path, group, sids, "[]" if isinstance(value, list) else "{}", True))
        else:
            text, empty = _display(value)
            rows.append(ValueRow(depth, label, path, group, sids, text, empty))

    keys = [k for k in RECORD_ORDER if k in record]
    keys += [k for k in record if k not in RECORD_ORDER and k not in NOT_VALUES]
    for key in keys:
        walk(record[key], key, key, 0)
    dangling = [s for s in spans if s.field not in seen]
    return rows, dangling


# --------------------------------------------------------------------------- charts

def bar_chart(counts: list[tuple[str, int]], *, horizontal: bool) -> dict:
    """Geometry for an inline SVG bar chart (the template only draws it)."""
    top = max((c for _, c in counts), default=0) or 1
    bars = []
    if horizontal:
        label_w, bar_w, row_h = 230, 330, 18
        for i, (label, count) in enumerate(counts):
            bars.append({"label": label, "count": count, "x": label_w, "y": i * row_h + 2,
                         "w": max(1, round(bar_w * count / top)), "h": row_h - 4})
        return {"horizontal": True, "bars": bars, "width": label_w + bar_w + 50,
                "height": max(row_h, len(counts) * row_h + 4), "label_w": label_w}
    plot_h, col_w, top_pad = 110, 38, 16
    for i, (label, count) in enumerate(counts):
        h = max(1, round(plot_h * count / top))
        bars.append({"label": label, "count": count, "x": i * col_w + 4,
                     "y": top_pad + plot_h - h, "w": col_w - 8, "h": h})
    return {"horizontal": False, "bars": bars, "width": max(col_w, len(counts) * col_w + 8),
            "height": top_pad + plot_h + 20, "base": top_pad + plot_h}


# --------------------------------------------------------------------------- site

def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("pipeline", "templates/review"),
        autoescape=select_autoescape(["html"], default=True),
        trim_blocks=True, lstrip_blocks=True,
    )


def _row_json(row: dict) -> str:
    """One index row as the template's `tojson` filter writes it (sorted keys, HTML-safe)."""
    return htmlsafe_json_dumps(row, sort_keys=True)


ROWS_MARK = "\x00rows\x00"   # where the index rows go in the rendered index page


class _Rows:
    """The index rows, one JSON text a line in a temporary file, not in memory."""

    def __init__(self, path: Path):
        self.path = path
        self._fh = open(path, "w+", encoding="utf-8")
        self.n = 0

    def add(self, row_json: str) -> None:
        self._fh.write(row_json + "\n")
        self.n += 1

    def copy_json_array(self, out) -> None:
        """Write the rows as `tojson` writes a list: "[a, b, c]"."""
        self._fh.seek(0)
        out.write("[")
        for i, line in enumerate(self._fh):
            out.write((", " if i else "") + line.rstrip("\n"))
        out.write("]")
        self._fh.close()
        self.path.unlink(missing_ok=True)


def _copy_assets(review_dir: Path) -> None:
    assets = review_dir / "assets"
    assets.mkdir(parents=True, exist_ok=True)
    static = resources.files("pipeline").joinpath("templates/review/static")
    for item in static.iterdir():
        if item.is_file():
            (assets / item.name).write_bytes(item.read_bytes())


def _documents(out_dir: Path) -> Iterator[dict]:
    """Manifest entries joined with their records, in manifest order, one at a time.

    The manifest is authoritative (it lists failed inputs too); a record with no
    manifest line is still shown, as `ok`, so nothing extracted is hidden. Both files
    are read in step (export writes a document's record with its manifest line), so
    nothing is held unless the records come out of order.
    """
    path, manifest = out_dir / "records.jsonl", out_dir / "manifest.jsonl"
    records = iter_jsonl(path) if path.is_file() else iter(())
    ahead: dict[Any, dict] = {}   # records read before their manifest line
    for entry in (iter_jsonl(manifest) if manifest.is_file() else ()):
        doc_id = entry.get("doc_id")
        record = ahead.pop(doc_id, None)
        if record is None and entry.get("status") != "error":
            for candidate in records:
                if candidate.get("doc_id") == doc_id:
                    record = candidate
                    break
                ahead.setdefault(candidate.get("doc_id"), candidate)
        yield {"manifest": entry, "record": record}
    for record in (*ahead.values(), *records):
        yield {"manifest": {"doc_id": record.get("doc_id"), "source": record.get("source"), "status": "ok",
                            "warnings": ["record has no manifest entry"]},
               "record": record}


def build_review(out_dir: Path) -> Path:
    """Write OUT/review/ (index, one page per document, assets); return the index path.

    Documents are read and their pages written one at a time, so memory does not grow
    with the batch beyond one small index row per document.
    """
    out_dir = Path(out_dir)
    review_dir = out_dir / "review"
    docs_dir = review_dir / "docs"
    if docs_dir.exists():  # drop pages of documents no longer in the output
        shutil.rmtree(docs_dir)
    docs_dir.mkdir(parents=True)
    _copy_assets(review_dir)

    env = _environment()
    doc_template = env.get_template("doc.html")
    # a page's neighbours are named before they are read: one look ahead
    taken: set[str] = set()
    documents = _documents(out_dir)
    pending = next(documents, None)
    if pending is not None:
        pending["page"] = safe_name(str(pending["manifest"].get("doc_id", "")), taken) + ".html"

    rows = _Rows(review_dir / ".rows.tmp")
    per_region, per_year = Counter(), Counter()
    regions: set[str] = set()
    totals = Counter()
    n_docs, previous = 0, None
    while pending is not None:
        doc, pending = pending, next(documents, None)
        if pending is not None:
            pending["page"] = safe_name(str(pending["manifest"].get("doc_id", "")), taken) + ".html"
        n_docs += 1
        entry, record = doc["manifest"], doc["record"]
        context: dict[str, Any] = {
            "entry": entry, "record": record, "groups": FIELD_GROUPS,
            "prev": previous, "next": pending["page"] if pending is not None else None,
        }
        previous = doc["page"]
        bad = 0
        if record is not None:
            text = record.get("text") or ""
            spans, invalid = place_spans(text, record.get("evidence") or [])
            values, dangling = value_rows(record, spans)
            bad = sum(not s.ok for s in spans) + len(invalid)
            context.update(segments=segment_text(text, spans), values=values, dangling=dangling,
                           mismatched=[s for s in spans if not s.ok], invalid=invalid,
                           n_spans=len(spans))
            for year in innovation_years(record):
                per_year[str(year) if year else "unknown"] += 1
        (docs_dir / doc["page"]).write_text(doc_template.render(**context), encoding="utf-8")

        status = entry.get("status") or "ok"
        region = region_name(record)
        per_region[region or ("(failed)" if status == "error" else "(no region)")] += 1
        if region:
            regions.add(region)
        totals[status] += 1
        rec = record or {}
        totals["innovations"] += len(rec.get("innovations") or [])
        totals["officials"] += len(rec.get("officials") or [])
        totals["evidence"] += len(rec.get("evidence") or [])
        totals["bad_evidence"] += bad
        # kept as its JSON text (a third of a dict's memory): the index embeds it as it is
        rows.add(_row_json({
            "id": entry.get("doc_id"), "page": "docs/" + doc["page"], "status": status,
            "type": rec.get("doc_type"), "region": region, "title": rec.get("title"),
            "officials": len(rec.get("officials") or []),
            "innovations": len(rec.get("innovations") or []),
            "evidence": len(rec.get("evidence") or []), "bad": bad,
            "warnings": len(entry.get("warnings") or []),
            "error": entry.get("error"), "seconds": entry.get("seconds"),
        }))

    # The long tail is summed in a note rather than drawn: as a bar it would
    # dwarf every region that is shown.
    region_counts = per_region.most_common()
    rest = region_counts[MAX_REGION_BARS:]
    years = sorted((y for y in per_year if y != "unknown"), key=int)
    year_counts = [(y, per_year[y]) for y in years]
    index = review_dir / "index.html"
    page = env.get_template("index.html").render(
        rows_json=Markup(ROWS_MARK), totals=totals, n_docs=n_docs, regions=sorted(regions),
        region_chart=bar_chart(region_counts[:MAX_REGION_BARS], horizontal=True),
        other_regions=(len(rest), sum(c for _, c in rest)),
        year_chart=bar_chart(year_counts, horizontal=False),
        unknown_years=per_year.get("unknown", 0),
    )
    head, tail = page.split(ROWS_MARK, 1)
    tmp = review_dir / ".index.html.tmp"
    with open(tmp, "w", encoding="utf-8") as fh:   # the rows stream from disk into the page
        fh.write(head)
        rows.copy_json_array(fh)
        fh.write(tail)
    tmp.replace(index)
    return index
