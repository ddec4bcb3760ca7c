"""Roles in which a named body does not act (RECORD.md `agencies`: a body that acts organises, launches,
hosts, signs, assists or owns): asked or told to do something ("Wali Kota meminta Disdukcapil ..."), the
source of a figure ("Menurut data Bagian Organisasi ..."), an audience ("di hadapan tim dari Dinas X"),
a recipient ("diserahkan kepada Dinas A dan Badan B",
but not of an award: the winner owns the winning innovation).

A spaCy PhraseMatcher finds the cue phrases (rules/agencies/acting.toml `not_acting_roles`) over the doc's
tokens; the body takes the role when it follows the cue after at most a few of the role's `between`
words, or stands in a list ("A, B dan C") that does. A body that acts elsewhere in the text keeps its
other, acting mentions.
"""
from __future__ import annotations

import re

from functools import lru_cache

from spacy.attrs import IDX
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from .common import doc_text

LIST_JOINS = {",", "dan", "serta", "&", "maupun"}
MAX_BETWEEN = 3
_MATCHERS: dict[int, "_CueMatcher"] = {}   # one matcher per vocab (the pipeline's and the tests' blank models)


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[dict[str, list[list[str]]], dict[str, frozenset[str]]]:
    from .agency_parties import _acting_toml
    r = _acting_toml()
    cues = {role: [phrase.casefold().split() for phrase in phrases] for role, phrases in r["not_acting_roles"].items()}
    between = {role: frozenset(w.casefold() for w in words) for role, words in r["not_acting_roles_between"].items()}
    return cues, between


@lru_cache(maxsize=1)
def _awards() -> frozenset[str]:
    from .agency_parties import _acting_toml
    return frozenset(w.casefold() for w in _acting_toml()["awards"])


def _award_before(doc: Doc, start: int) -> bool:
    """An award word earlier in the cue's sentence: 'Juara harapan diberikan kepada ...'."""
    sent = doc[start].sent
    return any(tok.lower_ in _awards() for tok in doc[sent.start:start])


class _CueMatcher:
    """The cue phrases over the doc's lowercased tokens: a PhraseMatcher (one pass, whatever the number
    of phrases), its matches in the order a token Matcher gives them (by start, then end)."""

    def __init__(self, vocab):
        self.matcher = PhraseMatcher(vocab, attr="LOWER")
        for role, phrases in _vocabulary()[0].items():
            self.matcher.add(role, [Doc(vocab, words=phrase) for phrase in phrases])

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        return sorted(set(self.matcher(doc)), key=lambda m: (m[1], m[2], m[0]))


class _OwnerClause:
    """', yang menjalankan/memiliki ...' right after a body: a relative clause that makes it an owner; a verb of
    having owns a thing only when an innovation word, a name or a quote follows within a few words ("yang memiliki
    inovasi X", not "yang memiliki prevalensi stunting tertinggi")."""

    def __init__(self, verbs: set[str], having: set[str], words: set[str]):
        alternatives = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
        self.clause = re.compile(rf"\s*,?\s*yang\s+(?:telah\s+|sudah\s+|berhasil\s+)?({alternatives})\b", re.IGNORECASE)
        self.having, self.words = having, words

    def match(self, text: str, pos: int):
        m = self.clause.match(text, pos)
        if m is None or m.group(1).casefold() not in self.having:
            return m
        after = re.findall(r"\S+", text[m.end():m.end() + 80])[:4]
        if any(w[:1] in "\"“'‘" or w[:1].isupper() or w.casefold().strip(",.") in self.words for w in after):
            return m
        return None


@lru_cache(maxsize=1)
def owner_clause() -> _OwnerClause:
    from .innovations import rules as innovation_rules
    r = innovation_rules()
    return _OwnerClause(r["owner_verbs"], r["having_verbs"], r["innovation_words"] | r["direct_triggers"])


RELATIVE_AFTER = re.compile(r"\s*,?\s*yang\s")
# a clause with an active verb after a body praised ("mengapresiasi Bappeda X yang mengawal penginputan inovasi"): what
# it did, and it acts
ACTED_AFTER = re.compile(r"\s*,?\s*yang\s+(?:telah\s+|sudah\s+|berhasil\s+|terus\s+)?(?:me|ber)[a-z]{3,}\b")


def _capitalised(tok) -> bool:
    return tok.text[:1].isupper() or tok.text[:1].isdigit() or tok.text in ("-", "’", "'", ".")


def not_acting_spans(doc: Doc, mentions: list) -> dict[int, str]:
    """Mention start -> the role in which the body at that start does not act."""
    if not mentions:
        return {}
    _, between = _vocabulary()
    starts = {m.start: m for m in mentions}
    out: dict[int, str] = {}
    matcher = _MATCHERS.get(id(doc.vocab))
    if matcher is None:
        matcher = _MATCHERS[id(doc.vocab)] = _CueMatcher(doc.vocab)
    matches = matcher(doc)
    if not matches:
        return out
    token_at = dict(zip(doc.to_array(IDX).tolist(), range(len(doc))))
    for match_id, start, end in matches:
        role = doc.vocab.strings[match_id]
        if role == "recipient" and _award_before(doc, start):
            continue
        i, skipped = end, 0
        while i < len(doc) and doc[i].lower_ in between.get(role, ()) and skipped < MAX_BETWEEN \
                and doc[i].idx not in starts:   # ("di Puskesmas X": the body's own head word is no word between)
            i, skipped = i + 1, skipped + (not doc[i].is_punct)   # (a comma is not counted: "tiga kelurahan, yakni")
        # the list that starts here: bodies the rules read, or other capitalised names, joined by commas and "dan"
        while i < len(doc):
            tok = doc[i]
            m = starts.get(tok.idx)
            if m is not None:
                if not owner_clause().match(doc_text(doc), m.end) \
                        and not (role == "obtained" and RELATIVE_AFTER.match(doc_text(doc), m.end)) \
                        and not (role == "spoken_of" and ACTED_AFTER.match(doc_text(doc), m.end)):
                    out.setdefault(m.start, role)   # "kepada Puskesmas X yang menjalankan inovasi Y": the owner acts
                    # ("Data diperoleh dari Kanwil X, yang juga turut menetapkan ...": the clause says what it does;
                    # so does "memuji Dinas X yang menggelar ...")
                i = token_at.get(m.end, i + 1)
                while i < len(doc) and doc[i].idx < m.end:
                    i += 1
            elif _capitalised(tok) and not tok.is_sent_start:
                while i < len(doc) and _capitalised(doc[i]) and doc[i].idx not in starts:
                    i += 1
            else:
                break
            if i < len(doc) and doc[i].lower_ in LIST_JOINS:
                i += 1
                if i < len(doc) and doc[i].lower_ in LIST_JOINS:   # ", dan"
                    i += 1
                continue
            break
    return out


