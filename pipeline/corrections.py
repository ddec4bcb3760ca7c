"""Human corrections of extracted records, stored in the registry beside them.

The registry keeps three things per document: the record as the pipeline last
extracted it (`extractions`), every reviewer action on it (`corrections`, with
before and after, time and reviewer) and the document's review status
(`reviews`). The record the registry serves and indexes is the extraction with
the corrections applied, so re-extracting a document never overwrites a human
decision: the human value wins, and where the new extraction now says something
else than what the reviewer saw, the overlay reports a disagreement.

List items (officials, innovations, agencies) are addressed by the normalised
name the item had when the reviewer acted on it, not by position: a
re-extraction that finds one more official must not move a correction onto
another person.
"""
from __future__ import annotations

import copy
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from typing import Any, Optional

from sqlalchemy import Column, DateTime, Integer, String, Table, Text, select
from sqlalchemy.engine import Connection

from .registry import _insert, metadata, name_key

LISTS = ("officials", "innovations", "agencies")
ACTIONS = ("accept", "correct", "reject", "add")
STATUSES = ("unreviewed", "in_review", "done")
# Scalar values a reviewer may set, as dotted paths into the record.
SCALARS = ("doc_type", "title", "published", "region.name", "region.code", "region.province",
           "event.type", "event.date", "event.venue", "participants.total")
# The key without which an object is no value at all: rejecting it drops the object.
OBJECT_KEYS = {"region": "name", "event": "type"}
ITEM_ATTRS = {
    "officials": ("name", "position", "degrees"),
    "innovations": ("name", "long_name", "agency", "jenis", "bentuk", "inisiator", "tahapan",
                    "trial_date", "implementation_date"),
    "agencies": ("name",),
}
HUMAN_METHOD = "human"

extractions = Table(
    "extractions", metadata,
    Column("doc_id", String(300), primary_key=True),
    Column("record", Text, nullable=False),  # the record JSON as the pipeline last wrote it
    Column("extracted_at", DateTime(timezone=True), nullable=False),
)

corrections = Table(
    "corrections", metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", String(300), nullable=False, index=True),
    Column("list_field", String(20)),   # officials / innovations / agencies; NULL: a scalar
    Column("item_key", String(500)),    # name_key of the item the reviewer acted on
    Column("attr", String(100)),        # "position", "event.date"; NULL: the list item itself
    Column("action", String(10), nullable=False),
    Column("extracted", Text),          # JSON: what the extraction said when the reviewer acted
    Column("before", Text),             # JSON: what the reviewer saw
    Column("after", Text),              # JSON: what the reviewer decided
    Column("start", Integer),
    Column("end", Integer),
    Column("reviewer", String(200), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

reviews = Table(
    "reviews", metadata,
    Column("doc_id", String(300), primary_key=True),
    Column("status", String(12), nullable=False),
    Column("reviewer", String(200)),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)


@dataclass
class Disagreement:
    """A corrected value where the current extraction says something else."""

    path: str          # the value's path in the corrected record ("officials[1].position")
    label: str         # a readable name of the value
    extracted: Any
    human: Any


@dataclass
class Overlay:
    """A record with its corrections applied."""

    record: dict
    keys: dict[str, list[str]] = field(default_factory=dict)  # item keys per list, by index
    disagreements: list[Disagreement] = field(default_factory=list)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _blank(value: Any) -> Any:
    return None if value in ("", []) else value


def get_path(record: dict, path: str) -> Any:
    obj: Any = record
    for part in path.split("."):
        if not isinstance(obj, dict):
            return None
        obj = obj.get(part)
    return obj


def _set_path(record: dict, path: str, value: Any) -> None:
    head, _, attr = path.rpartition(".")
    if not head:
        record[path] = value
        return
    if value is None and OBJECT_KEYS.get(head) == attr:
        record[head] = None
        return
    if not isinstance(record.get(head), dict):
        if value is None:
            return
        record[head] = {}
    record[head][attr] = value


_ITEM_PATH = re.compile(r"^(officials|innovations|agencies)\[(\d+)\](.*)$")


def _span(text: str, start: Optional[int], end: Optional[int], fld: str) -> Optional[dict]:
    if start is None or end is None or not 0 <= start < end <= len(text):
        return None
    return {"field": fld, "start": start, "end": end, "text": text[start:end], "method": HUMAN_METHOD}


def apply_corrections(raw: dict, rows: list[dict]) -> Overlay:
    """RAW (a record as JSON) with the latest correction of each value applied.

    ROWS are `corrections` rows as dicts with JSON-decoded extracted/before/after.
    """
    rec = copy.deepcopy(raw)
    text = rec.get("text") or ""
    loose_evidence = []
    for lst in LISTS:
        rec[lst] = list(rec.get(lst) or [])
        for item in rec[lst]:
            item["_key"], item["_ev"] = name_key(item.get("name")), []
    for ev in rec.pop("evidence", None) or []:
        m = _ITEM_PATH.match(str(ev.get("field", "")))
        items = rec[m.group(1)] if m else []
        if m and int(m.group(2)) < len(items):
            items[int(m.group(2))]["_ev"].append({**ev, "field": m.group(3)})
        else:
            loose_evidence.append(ev)

    latest: dict[tuple, dict] = {}
    for row in sorted(rows, key=lambda r: r["id"]):
        latest.pop((row["list_field"], row["item_key"], row["attr"]), None)
        latest[(row["list_field"], row["item_key"], row["attr"])] = row
    pending: list[tuple[Optional[str], Optional[str], str, Any, Any]] = []
    for row in latest.values():
        if row["list_field"] is None:
            loose_evidence = _apply_scalar(rec, row, text, loose_evidence, pending)
        else:
            _apply_item(rec, row, text, pending)

    keys: dict[str, list[str]] = {}
    evidence = list(loose_evidence)
    for lst in LISTS:
        keys[lst] = []
        for i, item in enumerate(rec[lst]):
            keys[lst].append(item.pop("_key"))
            evidence += [{**ev, "field": f"{lst}[{i}]{ev['field']}"} for ev in item.pop("_ev")]
    rec["evidence"] = sorted(evidence, key=lambda ev: (ev.get("start", 0), ev.get("field", "")))
    out = Overlay(rec, keys)
    for lst, key, attr, extracted, human in pending:
        if lst is None:
            out.disagreements.append(Disagreement(attr, attr, extracted, human))
            continue
        idx = keys[lst].index(key) if key in keys[lst] else None
        path = f"{lst}[{idx}]" if idx is not None else lst
        out.disagreements.append(Disagreement(
            path + (f".{attr}" if attr and idx is not None else ""),
            f"{lst} {key!r}" + (f" {attr}" if attr else ""), extracted, human))
    return out


def _apply_scalar(rec: dict, row: dict, text: str, evidence: list, pending: list) -> list:
    attr, action = row["attr"], row["action"]
    current = _blank(get_path(rec, attr))
    after = None if action == "reject" else _blank(row["after"])
    if current != _blank(row["extracted"]) and current != after:
        pending.append((None, None, attr, current, after))
    _set_path(rec, attr, after)
    if action in ("reject", "correct"):  # the old span is no evidence of a new value
        evidence = [ev for ev in evidence if ev.get("field") != attr]
    span = _span(text, row["start"], row["end"], attr) if action == "correct" else None
    return evidence + ([span] if span else [])


def _find(items: list[dict], key: str, *also: Any) -> Optional[dict]:
    wanted = {key} | {name_key(a) for a in also if isinstance(a, str) and a}
    return next((item for item in items if item["_key"] in wanted), None)


def _apply_item(rec: dict, row: dict, text: str, pending: list) -> None:
    lst, key, attr, action = row["list_field"], row["item_key"], row["attr"], row["action"]
    items = rec[lst]
    after = row["after"]
    if attr is None:
        item = _find(items, key, after.get("name") if isinstance(after, dict) else None)
        if action == "reject":
            if item is not None:
                items.remove(item)
        elif item is None:  # added, or accepted and no longer extracted: the human item wins
            if action == "accept":
                pending.append((lst, key, None, None, after))
            new = {k: v for k, v in (after or {}).items() if not k.startswith("_")}
            span = _span(text, row["start"], row["end"], ".name")
            items.append({**new, "_key": key, "_ev": [span] if span else []})
        elif item["_key"] != key:
            item["_key"] = key
        return
    item = _find(items, key, after if attr == "name" else None)
    if item is None:
        if action != "reject":
            pending.append((lst, key, attr, None, after))
        return
    empty: Any = [] if attr == "degrees" else None
    current = _blank(item.get(attr))
    value = None if action == "reject" else _blank(after)
    if current != _blank(row["extracted"]) and current != value:
        pending.append((lst, key, attr, current, value))
    item[attr] = value if value is not None else empty
    item["_key"] = key
    if action in ("reject", "correct"):
        item["_ev"] = [ev for ev in item["_ev"] if ev["field"] != f".{attr}"]
    span = _span(text, row["start"], row["end"], f".{attr}") if action == "correct" else None
    if span:
        item["_ev"].append(span)


# --------------------------------------------------------------------------- storage

def _decode(row: Any) -> dict:
    out = dict(row._mapping)
    for col in ("extracted", "before", "after"):
        out[col] = json.loads(out[col]) if out[col] is not None else None
    return out


def correction_rows(conn: Connection, doc_id: str) -> list[dict]:
    return [_decode(r) for r in conn.execute(
        select(corrections).where(corrections.c.doc_id == doc_id).order_by(corrections.c.id))]


def store_extraction(conn: Connection, record_json: dict) -> None:
    values = {"record": json.dumps(record_json, ensure_ascii=False), "extracted_at": _now()}
    stmt = _insert(conn, extractions).values(doc_id=record_json["doc_id"], **values)
    conn.execute(stmt.on_conflict_do_update(index_elements=[extractions.c.doc_id], set_=values))


def extracted_record(conn: Connection, doc_id: str) -> Optional[dict]:
    found = conn.execute(select(extractions.c.record).where(extractions.c.doc_id == doc_id)).scalar()
    return json.loads(found) if found else None


def overlay(conn: Connection, doc_id: str) -> Optional[Overlay]:
    """The document's extraction with its corrections applied (None: never extracted)."""
    raw = extracted_record(conn, doc_id)
    return None if raw is None else apply_corrections(raw, correction_rows(conn, doc_id))


def review_status(conn: Connection, doc_id: str) -> str:
    found = conn.execute(select(reviews.c.status).where(reviews.c.doc_id == doc_id)).scalar()
    return found or "unreviewed"


def set_status(conn: Connection, doc_id: str, status: str, reviewer: Optional[str]) -> None:
    if status not in STATUSES:
        raise ValueError(f"status must be one of: {', '.join(STATUSES)}")
    values = {"status": status, "reviewer": reviewer, "updated_at": _now()}
    stmt = _insert(conn, reviews).values(doc_id=doc_id, **values)
    conn.execute(stmt.on_conflict_do_update(index_elements=[reviews.c.doc_id], set_=values))


def insert_correction(conn: Connection, doc_id: str, *, list_field: Optional[str],
                      item_key: Optional[str], attr: Optional[str], action: str,
                      extracted: Any, before: Any, after: Any, start: Optional[int],
                      end: Optional[int], reviewer: str) -> None:
    conn.execute(corrections.insert().values(
        doc_id=doc_id, list_field=list_field, item_key=item_key, attr=attr, action=action,
        extracted=json.dumps(extracted, ensure_ascii=False),
        before=json.dumps(before, ensure_ascii=False), after=json.dumps(after, ensure_ascii=False),
        start=start, end=end, reviewer=reviewer, created_at=_now()))
