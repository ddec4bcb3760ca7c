"""Entity resolution for the registry: which innovation, person or agency row of a region one
document's mention refers to (registry.py loads documents through it)."""
from __future__ import annotations

from typing import Optional

from rapidfuzz import fuzz
from sqlalchemy import Table, select, update
from sqlalchemy.engine import Connection

from .registry import _insert, innovations, name_key

# Two spellings of one innovation ("SI-PAKATAU" / "Sipakatau", an acronym in one
# article and its expansion in another) score 90 or more; distinct programmes of
# one region rarely do.
INNOVATION_MATCH_SCORE = 90

def _similarity(a: str, b: str) -> float:
    """Word-order-insensitive similarity that also joins split words ("e ktp" / "ektp")."""
    if not a or not b:
        return 0.0
    return max(fuzz.token_sort_ratio(a, b), fuzz.ratio(a.replace(" ", ""), b.replace(" ", "")))


class Resolver:
    """Finds or creates the entity rows one document's mentions refer to, in one region."""

    def __init__(self, conn: Connection, region: str) -> None:
        self.conn = conn
        self.region = region
        self._candidates: Optional[list] = None

    def _upsert(self, table: Table, key: str, **values) -> int:
        """Insert unless the (region, key) row exists, then return its id either way."""
        conn = self.conn
        conn.execute(_insert(conn, table).values(region_code=self.region, name_key=key, **values)
                     .on_conflict_do_nothing(index_elements=["region_code", "name_key"]))
        return conn.execute(select(table.c.id).where(
            table.c.region_code == self.region, table.c.name_key == key)).scalar_one()

    def exact(self, table: Table, name: str) -> int:
        """Persons and agencies match on the normalised name only.

        Fuzzy matching would merge different people: Indonesian names often
        differ in one letter (Rahman / Rahmat) and still score above 90.
        """
        return self._upsert(table, name_key(name) or name, name=name)

    def innovation(self, name: str, long_name: Optional[str]) -> int:
        """The innovation this (name, long name) denotes in the region, created if new.

        Compares both the name and the expansion against both fields of every
        innovation of the region, so "OKE SOP DIBAGI" in one article and its
        expansion "Optimalisasi Capaian Kinerja" in another meet.
        """
        key, long_key = name_key(name) or name, name_key(long_name) or None
        if self._candidates is None:
            self._candidates = self.conn.execute(
                select(innovations.c.id, innovations.c.name_key, innovations.c.long_key,
                       innovations.c.long_name)
                .where(innovations.c.region_code == self.region)).all()
        best_id, best_score, best_long = None, 0.0, None
        for cand in self._candidates:
            score = max(_similarity(a, b) for a in (key, long_key)
                        for b in (cand.name_key, cand.long_key))
            if score > best_score:
                best_id, best_score, best_long = cand.id, score, cand.long_name
        if best_id is not None and best_score >= INNOVATION_MATCH_SCORE:
            if long_name and not best_long:
                self.conn.execute(update(innovations).where(innovations.c.id == best_id)
                                  .values(long_name=long_name, long_key=long_key))
                self._candidates = None
            return best_id
        new_id = self._upsert(innovations, key, name=name, long_name=long_name, long_key=long_key)
        self._candidates = None
        return new_id
