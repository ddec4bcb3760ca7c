"""Text helpers of the agencies component (agencies.py): a body's name with region shorthand expanded only
where the text names the region in full, a long form the text defines, a body alone on its line, the
sentence around a position, the regions the text names with their level word."""
from __future__ import annotations

import re


def expand_regions(name: str, text: str) -> str:
    """'Kab.' -> 'Kabupaten'; a region shorthand ('Konsel') is expanded only where the text itself
    names the region in full, otherwise it stays as written (ANNOTATION decision 13)."""
    from ..regions import expand_alias_in
    name = re.sub(r"\bKab\b\.?\s*(?=[A-Z])", "Kabupaten ", re.sub(r"\bProv\b\.?\s*(?=[A-Z])", "Provinsi ", name))
    words = name.split(" ")
    out = []
    for i, word in enumerate(words):
        full = expand_alias_in(word) if word[:1].isupper() else word
        if full != word and " ".join(words[i:]).casefold().startswith(full.casefold()):
            full = word   # "Tidore Kepulauan" is already written in full
        out.append(full if full != word and re.search(rf"(?<!\w){re.escape(full)}(?!\w)", text, re.IGNORECASE)
                   else word)
    return " ".join(out)


def defined_here(text: str, start: int, end: int, defined: dict[str, str]) -> tuple[int, list] | None:
    """A long form the text defines with a bracketed abbreviation that starts at this head and runs
    past where the word rules stopped: its end (after the brackets) and the bracket."""
    for short, long in defined.items():
        if len(long) > end - start and text.startswith(long, start):
            close = re.match(r"\s*\(([^()]{1,25})\)", text[start + len(long):])
            if close and close.group(1).strip().casefold() == short:
                b_start = start + len(long) + close.start(0)
                return start + len(long) + close.end(0), [(close.group(1).strip(), b_start, b_start + len(close.group(0)))]
    return None


def alone_on_line(text: str, start: int, end: int) -> bool:
    """A body alone on its line (after at most a short label) is a credit, a section tag or a
    letterhead ('Diskominfo Bintan', 'Sumber Foto: DPPKB', 'PEMKAB X'), not an actor."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = text[line_start:start].strip()
    after = text[end:len(text) if line_end < 0 else line_end].strip(" .")
    return not after and (not before or (before.endswith(":") and len(before.split()) <= 3))


def sentence_of(text: str, start: int, pos: int) -> str:
    """The sentence that starts at `start` and runs over `pos`."""
    m = re.compile(r"[.!?](?=\s)|\n").search(text, pos)
    return text[start:m.start() if m else len(text)]


LEVEL_NAMED = re.compile(r"(?<![\w-])(Kabupaten|Kota|Provinsi|Propinsi|Kab\.)\s+([A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2})")


def regions_named(text: str) -> frozenset[str]:
    """Lower-cased words of the known regions the text names with their level word ('Kabupaten Agam' -> {'agam'}):
    after a body they are its region, even those that are common in personal names."""
    from ..regions import lookup
    out: set[str] = set()
    for m in LEVEL_NAMED.finditer(text):
        kind = {"Kab.": "Kabupaten", "Propinsi": "Provinsi"}.get(m.group(1), m.group(1))
        words = m.group(2).split()
        for n in range(len(words), 0, -1):
            if lookup(f"{kind} {' '.join(words[:n])}") is not None:
                out.update(w.casefold() for w in words[:n])
                break
    return frozenset(out)
