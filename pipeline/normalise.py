"""Normalise stage: record-level tidying of a parsed draft before validation.

Components normalise the values they find (dates, names, codes); this stage deals with
what only the whole record shows: duplicates across mentions, values that contradict
each other (an event after publication), and fields the contract requires in a form.
"""
from __future__ import annotations

import datetime as dt
import re

from .evidence import value_of

EARLIEST = dt.date(1945, 1, 1)


def _key(name: str) -> str:
    return re.sub(r"[^0-9a-z]+", " ", str(name).casefold()).strip()


def dedupe(items: list, key) -> list:
    """Keep the first of items that share a key (the earliest mention carries the span)."""
    seen: set = set()
    out = []
    for item in items:
        k = key(item)
        if k and k not in seen:
            seen.add(k)
            out.append(item)
    return out


def _plausible_date(found, published: dt.date | None, what: str, warnings: list[str]):
    date = value_of(found)
    if date is None:
        return found
    if date < EARLIEST:
        warnings.append(f"{what} {date.isoformat()} is before 1945: dropped")
        return None
    if published is not None and what == "event.date" and date > published:
        warnings.append(f"event.date {date.isoformat()} is after published {published.isoformat()}: dropped")
        return None
    return found


def normalise(draft: dict, meta: dict) -> dict:
    """Return the draft with duplicates merged and implausible values removed."""
    warnings = meta.setdefault("warnings", [])
    draft.setdefault("doc_type", "news")
    published = value_of(draft.get("published"))
    draft["published"] = _plausible_date(draft.get("published"), None, "published", warnings)

    agencies = [a if isinstance(value_of(a), dict) else {"name": a} for a in draft.get("agencies") or []]
    draft["agencies"] = dedupe(agencies, lambda a: _key(value_of(value_of(a)["name"])))
    draft["innovations"] = dedupe(draft.get("innovations") or [], lambda i: _key(value_of(i.get("name"))))
    draft["officials"] = dedupe(draft.get("officials") or [], lambda o: _key(value_of(o.get("name"))))

    event = draft.get("event")
    if isinstance(event, dict) and event.get("type") is not None:
        event["date"] = _plausible_date(event.get("date"), published, "event.date", warnings)
    else:
        draft["event"] = None
    for innovation in draft["innovations"]:
        for field in ("trial_date", "implementation_date"):
            innovation[field] = _plausible_date(innovation.get(field), None, f"innovations.{field}", warnings)
    return draft
