"""inovasi_sentences: a dot after a name's abbreviation, honorific or title ends no sentence.

spaCy's Indonesian tokenizer keeps "Dr." whole but cuts "Ir.", "Muh.", "Moch.", "Tgk.", "H." and a name's
initial ("A. Rahmawati") into a word and a stop, and the sentencizer then ends a sentence there: "Penghargaan
diterima Bupati Barru Ir. | Andi Muh. | Fadli ..., Selasa (10/12)." leaves the event's date in a sentence without
its event. Runs right after the sentencizer; the words are rules/officials/positions.toml `name_abbreviations`,
`honorifics` and `prefix_degrees`.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from ..nomenclature import position_rules


@lru_cache(maxsize=1)
def name_shorthand() -> frozenset[str]:
    r = position_rules()
    words = [*r["name_abbreviations"], *r["honorifics"], *r["prefix_degrees"]]
    return frozenset(w.rstrip(".") for w in words if w.rstrip(".").isalpha())


def _initial(doc: Doc, i: int) -> bool:
    """A capital letter with its dot inside a name: after a comma, a bracket or a capitalised word ("Bupati A.
    Rahman", ", A. Rahmawati Syam"), not closing a sentence ("golongan A. Selanjutnya ...")."""
    word = doc[i]
    if not (len(word.text) == 1 and word.text.isupper()) or i == 0:
        return False
    prev, after = doc[i - 1].text, doc[i + 3].text if i + 3 < len(doc) else ""
    # (the name goes on after its first word: "A. Rahmawati Syam", "A. Rahman, S.E.")
    return (prev in (",", "(") or prev[:1].isupper()) and (after[:1].isupper() or after in (",", ")"))


def fix_sentences(doc: Doc) -> Doc:
    if len(doc) < 3:
        return doc
    shorthand = name_shorthand()
    starts = (doc.to_array([SENT_START]) == 1).nonzero()[0].tolist()
    for i in starts:
        if i < 2:
            continue
        dot, word, nxt = doc[i - 1], doc[i - 2], doc[i]
        if dot.text == "." and not word.whitespace_ and nxt.text[:1].isupper() \
                and (word.text in shorthand or _initial(doc, i - 2)):
            nxt.is_sent_start = False
    return doc


@Language.factory("inovasi_sentences")
def make_sentences(nlp: Language, name: str):
    return fix_sentences
