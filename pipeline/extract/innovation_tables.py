"""Innovations listed in a table of a news page ("| No | Nama Inovasi | Perangkat Daerah |", as the cleaner writes
an HTML table): the cell under an innovation column is a name, the cell under a body column its owner.
Column header words live in rules/innovations.toml (`table_name_headers`, `table_owner_headers`)."""
from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from .common import doc_text
from .innovation_text import Cand, rules, sentences

ROW = re.compile(r"^\|(.*)\|[ \t]*$", re.MULTILINE)
RULE_ROW = re.compile(r"^[\s|:-]+$")


def _cells(line_start: int, inner: str) -> list[tuple[int, int]]:
    """Spans of the cells of a row, trimmed of spaces."""
    out, pos = [], line_start + 1
    for part in inner.split("|"):
        s = len(part) - len(part.lstrip())
        e = len(part.rstrip())
        out.append((pos + s, pos + e) if e > s else (pos, pos))
        pos += len(part) + 1
    return out


def _column(header: list[str], words: list[str]) -> int | None:
    for k, cell in enumerate(header):
        low = re.sub(r"\s+", " ", cell.casefold()).strip()
        if any(low == w or low.startswith(w + " ") or low.endswith(" " + w) for w in words):
            return k
    return None


def table_items(doc: Doc) -> list[Cand]:
    r = rules()
    text = doc_text(doc)
    starts = [s.start_char for s in sentences(doc)]
    out: list[Cand] = []
    header: list[str] | None = None
    name_col = owner_col = None
    last_end = -1
    for m in ROW.finditer(text):
        inner = m.group(1)
        if m.start() != last_end + 1:
            header = None   # a new table
        last_end = m.end()
        if RULE_ROW.fullmatch(inner):
            continue
        cells = _cells(m.start(), inner)
        values = [text[a:b] for a, b in cells]
        if header is None:
            header = values
            name_col = _column(values, r["table_name_headers"])
            owner_col = _column(values, r["table_owner_headers"])
            continue
        if name_col is None or name_col >= len(cells):
            continue
        a, b = cells[name_col]
        name = text[a:b]
        if not re.search(r"[A-Za-z]{2}", name) or name.casefold() in r["not_innovations"] or len(name.split()) > 9:
            continue
        c = Cand((a, b), None, max(0, bisect_right(starts, a) - 1), None, "table")
        if owner_col is not None and owner_col < len(cells) and cells[owner_col][1] > cells[owner_col][0]:
            c.owner = cells[owner_col]
        out.append(c)
    return out
