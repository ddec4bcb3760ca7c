"""Words split at a line end, joined again: one step that the OCR reader (pipeline/ocr.py) and the clean stage
(pipeline/clean.py) both take, kept apart from both so neither stage imports the other."""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from . import RULES_DIR


@lru_cache(maxsize=1)
def _hyphen_prefixes() -> frozenset[str]:
    with open(RULES_DIR / "chrome.toml", "rb") as fh:
        return frozenset(p.casefold() for p in tomllib.load(fh)["hyphen_prefixes"])


_BROKEN_WORD = re.compile(r"\b([A-Za-z]+)-\n([a-z]+)")


def join_broken_words(text: str) -> str:
    """A word the typesetter or a narrow table cell split at a line end, joined again ("UPTD Puskesmas Kem-\nbaran I"
    -> "UPTD Puskesmas Kembaran I", "pelaksa-\nnaan" -> "pelaksanaan"); a reduplication ("kepala-\nkepala",
    "sehari-\nhari") or a prefix from rules/chrome.toml `hyphen_prefixes` ("non-\ndigital") keeps its hyphen.
    A capital after the hyphen ("se-\nKabupaten") leaves the lines as they are."""
    prefixes = _hyphen_prefixes()

    def repl(m: re.Match) -> str:
        left, right = m.group(1), m.group(2)
        if left.casefold() in prefixes or left.casefold().endswith(right.casefold()):
            return f"{left}-{right}"
        return left + right
    return _BROKEN_WORD.sub(repl, text) if "-\n" in text else text
