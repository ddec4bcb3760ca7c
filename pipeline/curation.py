"""Review operations on the registry: load keeping corrections, correct, export gold.

`corrections.py` holds the tables and the pure overlay; this module is what the
loader, the review server and `inovasi export-gold` call.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

from pydantic import ValidationError
from sqlalchemy import func, select
from sqlalchemy.engine import Connection, Engine

from .corrections import (
    ITEM_ATTRS, LISTS, SCALARS, STATUSES, Overlay, apply_corrections, correction_rows,
    corrections, extracted_record, get_path, insert_correction, overlay, review_status, reviews,
    set_status, store_extraction,
)
from .registry import RegistryError, _load_document, documents, name_key, open_registry
from .schema import Record

# A null object's row in the record panel stands for the key that creates it.
NULL_OBJECT_PATHS = {"region": "region.name", "event": "event.type",
                     "participants": "participants.total"}
# Record keys left out of a gold record (gold describes values, not the text or provenance).
NOT_GOLD = {"text", "evidence", "sections"}


class CorrectionError(Exception):
    """A correction that cannot be applied (unknown value, invalid result)."""


def keep_corrections(conn: Connection, record: Record) -> Record:
    """Store RECORD as the document's latest extraction; return it with the corrections applied."""
    raw = record.model_dump(mode="json")
    store_extraction(conn, raw)
    rows = correction_rows(conn, record.doc_id)
    if not rows:
        return record
    try:
        return Record.model_validate(apply_corrections(raw, rows).record)
    except ValidationError:
        # A correction that no longer fits the new extraction is still stored and shown
        # on the review page; the registry indexes the extraction meanwhile.
        return record


@dataclass
class Target:
    list_field: Optional[str]
    item_key: Optional[str]
    attr: Optional[str]
    index: Optional[int] = None
    sub: Optional[int] = None  # a degree's index within officials[i].degrees


def resolve(path: str, current: Overlay) -> Target:
    """The stable target of a record-panel PATH ("officials[1].position") in CURRENT."""
    path = NULL_OBJECT_PATHS.get(path, path) if get_path(current.record, path) is None else path
    if path in SCALARS:
        return Target(None, None, path)
    if path in LISTS:
        return Target(path, None, None)
    head, _, rest = path.partition("]")
    lst, _, index = head.partition("[")
    if lst not in LISTS or not index.isdigit() or int(index) >= len(current.keys[lst]):
        raise CorrectionError(f"no such value: {path}")
    i = int(index)
    target = Target(lst, current.keys[lst][i], None, i)
    if rest:
        attr, _, sub = rest.lstrip(".").partition("[")
        if attr not in ITEM_ATTRS[lst]:
            raise CorrectionError(f"no such value: {path}")
        target.attr = attr
        if sub:
            target.sub = int(sub.rstrip("]"))
    return target


def _typed(attr: Optional[str], value: Optional[str]) -> Any:
    value = (value or "").strip()
    if attr == "participants.total" and value:
        if not value.isdigit():
            raise CorrectionError("participants.total must be a whole number")
        return int(value)
    if attr == "degrees":
        return [d.strip() for d in value.split(",") if d.strip()]
    return value or None


def _raw_item(raw: dict, lst: str, key: str) -> Optional[dict]:
    return next((item for item in raw.get(lst) or [] if name_key(item.get("name")) == key), None)


def correct(engine: Engine, doc_id: str, *, path: str, action: str, value: Optional[str] = None,
            start: Optional[int] = None, end: Optional[int] = None,
            reviewer: str = "reviewer") -> Overlay:
    """Record one reviewer action on the value at PATH and refresh the document's rows."""
    with engine.begin() as conn:
        raw = extracted_record(conn, doc_id)
        if raw is None:
            raise CorrectionError(f"no extraction of {doc_id} in the registry")
        current = apply_corrections(raw, correction_rows(conn, doc_id))
        target = resolve(path, current)
        text = raw.get("text") or ""
        if start is not None and end is not None and not 0 <= start < end <= len(text):
            raise CorrectionError("the selected span is outside the text")
        if not value and start is not None and end is not None and action in ("correct", "add"):
            value = text[start:end]
        lst, attr = target.list_field, target.attr
        if lst is None:
            before = get_path(current.record, attr)
            extracted = get_path(raw, attr)
            after = before if action == "accept" else _typed(attr, value)
        elif target.item_key is None:  # a new list item
            if action != "add" or not (value or "").strip():
                raise CorrectionError(f"to add to {lst}, type or select its name")
            target.item_key = name_key(value)
            before = extracted = None
            after = {"name": value.strip()}
        else:
            item = current.record[lst][target.index]
            found = _raw_item(raw, lst, target.item_key)
            if attr is None:
                before, extracted = item, found
                after = item if action == "accept" else None
            else:
                before, extracted = item.get(attr), (found or {}).get(attr)
                after = before if action == "accept" else _typed(attr, value)
                if target.sub is not None and action == "reject":
                    action, after = "correct", [d for i, d in enumerate(before or []) if i != target.sub]
        if action not in ("accept", "correct", "reject", "add"):
            raise CorrectionError(f"unknown action: {action}")
        insert_correction(conn, doc_id, list_field=lst, item_key=target.item_key, attr=attr,
                          action=action, extracted=extracted, before=before,
                          after=None if action == "reject" else after,
                          start=start, end=end, reviewer=reviewer)
        result = apply_corrections(raw, correction_rows(conn, doc_id))
        try:
            record = Record.model_validate(result.record)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise CorrectionError(f"{where}: {first['msg']}") from None
        if review_status(conn, doc_id) == "unreviewed":
            set_status(conn, doc_id, "in_review", reviewer)
        _load_document(conn, record, {"agency": 0, "official": 0, "innovation": 0, "evidence": 0})
    return result


def mark(engine: Engine, doc_id: str, status: str, reviewer: str) -> None:
    with engine.begin() as conn:
        try:
            set_status(conn, doc_id, status, reviewer)
        except ValueError as exc:
            raise CorrectionError(str(exc)) from None


def document_list(engine: Engine) -> list[dict]:
    """Every registry document with its review status and number of corrections."""
    with engine.connect() as conn:
        counts = dict(conn.execute(select(corrections.c.doc_id, func.count())
                                   .group_by(corrections.c.doc_id)).all())
        status = dict(conn.execute(select(reviews.c.doc_id, reviews.c.status)).all())
        rows = conn.execute(select(documents.c.doc_id, documents.c.title, documents.c.doc_type,
                                   documents.c.region_name).order_by(documents.c.doc_id)).all()
    return [{**row._mapping, "status": status.get(row.doc_id, "unreviewed"),
             "corrections": counts.get(row.doc_id, 0)} for row in rows]


def gold_record(record: dict) -> dict:
    """A corrected record in the shape of a gold record (values only)."""
    valid = Record.model_validate(record).model_dump(mode="json")
    return {k: v for k, v in valid.items() if k not in NOT_GOLD}


def export_gold(db_url: str, out_dir: Path, statuses: tuple[str, ...] = ("done",)) -> list[Path]:
    """Write each document whose review status is in STATUSES as OUT_DIR/<doc_id>.json
    (its text as OUT_DIR/docs/<doc_id>.txt, for training)."""
    unknown = set(statuses) - set(STATUSES)
    if unknown:
        raise RegistryError(f"status must be one of: {', '.join(STATUSES)}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    engine = open_registry(db_url)
    try:
        with engine.connect() as conn:
            chosen = [d for d in conn.execute(select(documents.c.doc_id)).scalars()
                      if review_status(conn, d) in statuses]
            for doc_id in sorted(chosen):
                current = overlay(conn, doc_id)
                if current is None:
                    continue
                path = out_dir / f"{doc_id.replace('/', '_')}.json"
                path.write_text(json.dumps(gold_record(current.record), ensure_ascii=False, indent=2)
                                + "\n", encoding="utf-8")
                # the text beside it, so that `make train EXTRA_GOLD=DIR` can learn from it
                (out_dir / "docs").mkdir(exist_ok=True)
                (out_dir / "docs" / f"{path.stem}.txt").write_text(
                    current.record.get("text") or "", encoding="utf-8")
                written.append(path)
    finally:
        engine.dispose()
    return written
