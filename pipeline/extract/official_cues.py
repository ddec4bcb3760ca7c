"""Cues the officials reader looks for around an office (officials.py): a name a quotation was attributed to, a
press release's contact label, the office before "selaku", an innovation word owning the office that follows, a
short name in capitals whose long form in brackets opens with a title."""
from __future__ import annotations

import re
from functools import lru_cache

from .innovation_text import derives, rules as innovation_rules
from .official_names import rules
from .official_phrase import phrase, split_phrase
from .official_words import Tok


@lru_cache(maxsize=1)
def _said_by() -> re.Pattern:
    """A speech verb and a name closing a sentence ('... kata Elias Kogeya.')."""
    verbs = "|".join(map(re.escape, rules("speech_verbs")))
    return re.compile(rf"\b(?:{verbs})\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,3}})\s*\.\s*$")


@lru_cache(maxsize=1)
def _contact_label() -> re.Pattern:
    """A contact block's label alone on its line (positions.toml `contact_labels`)."""
    return re.compile(r"^[ \t]*(?:" + "|".join(map(re.escape, rules("contact_labels"))) + r")[ \t]*:?[ \t]*$",
                      re.IGNORECASE | re.MULTILINE)


def _office_before(text: str, floor: int, end: int, head_rx: re.Pattern) -> list[Tok] | None:
    """The office phrase that runs up to `end` (a "selaku" after it), from its first title word."""
    for m in head_rx.finditer(text, floor, end):
        toks = phrase(text, m.start(), end)
        if toks and not text[toks[-1].end:end].strip(" ,") and not split_phrase(toks):
            return toks
    return None


def _programme_of(before: str) -> bool:
    """The words before an office are an innovation word and its modifiers ("Program unggulan ", "inovasi ")."""
    words = re.findall(r"[\w-]+", before.casefold())[-3:]
    r = innovation_rules()
    while words and words[-1] in r["trigger_modifiers"]:
        words.pop()
    return bool(words) and words[-1] in r["innovation_words"] and before.endswith(" ")


SHORT_NAME_OPENS = re.compile(r"(?<![\w-])([A-Z][A-Z0-9-]{2,}(?:\s+[A-Z][A-Z0-9-]{2,})?)[”\"’']?\s*\(\s*$")


def _spells_the_short_name_before(text: str, start: int) -> bool:
    """A title opening brackets right after a short name in capitals whose letters the bracket spells out."""
    short = SHORT_NAME_OPENS.search(text, max(0, start - 40), start)
    close = text.find(")", start, start + 160) if short else -1
    return close > 0 and derives(short.group(1), text[start:close])


def _apposed(text: str, position, name) -> bool:
    """The name stands after its title with a comma between ("Pemimpin Cabang Bank X Kolaka, Zulfikar,"): a person."""
    return 0 <= name.start - position.end <= 3 and "," in text[position.end:name.start]
