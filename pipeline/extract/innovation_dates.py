"""An innovation's own dates in news text: `inovasi_innovation_dates`.

"Kanda Ku Rindu ..., inovasi tersebut diawali sejak 8 Februari 2022" -> implementation_date of that
innovation; "aplikasi ini diuji coba sejak 3 Maret 2023" -> trial_date. The phrase (rules/innovation_dates.toml)
stands right before a full date the dates component read, in a sentence that names the innovation, or
that refers back to it ("inovasi tersebut") when the sentence before named exactly one. Forms are left to
the forms component, and a date already set is kept.
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .. import RULES_DIR
from ..evidence import Found, value_of
from .common import doc_text, ensure_state, is_form, sentence_spans

METHOD = "rule:innovation_date"


@lru_cache(maxsize=1)
def rules() -> dict:
    with open(RULES_DIR / "innovation_dates.toml", "rb") as fh:
        r = tomllib.load(fh)

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    linkers = alternation(r["linkers"])
    r["_before"] = {key: re.compile(rf"(?<![\w-])(?:{alternation(r[key])})\s+(?:{linkers})\s+$", re.IGNORECASE)
                    for key in ("implementation", "trial")}
    r["_back"] = re.compile(rf"(?<![\w-])(?:{alternation(r['back_references'])})(?![\w-])", re.IGNORECASE)
    kinds = r"(non[\s-]?digital|digital)(?![\w-])"
    r["_kind_after"] = re.compile(rf"\s*,?\s*(?:(?:{alternation(r['kind_copulas'])})\s+){{1,2}}"
                                  rf"(?:(?:{alternation(r['kind_fillers'])})\s+){{0,3}}{kinds}", re.IGNORECASE)
    r["_kind_before"] = re.compile(rf"(?<![\w-])inovasi\s+{kinds}\s+(?:bernama\s+|berupa\s+)?$", re.IGNORECASE)
    r["_stage_after"] = re.compile(rf"\s*,?\s*(?:(?:{alternation(r['stage_before'])})\s+){{1,4}}tahap(?:an)?\s+"
                                   r"(uji\s*coba|penerapan|implementasi|inisiatif)(?![\w-])", re.IGNORECASE)
    return r


def _named_in(items: list[dict], start: int, end: int) -> list[dict]:
    return [i for i in items if start <= i["name"].start < end]


def innovation_dates(doc: Doc) -> Doc:
    ensure_state(doc)
    items = doc._.draft.get("innovations") or []
    if not items or is_form(doc):
        return doc
    text = doc_text(doc)
    r = rules()
    sents = sentence_spans(doc)
    for m in (doc._.found or {}).get("dates") or []:
        if m.kind != "date" or m.date is None:
            continue
        sent = next(((a, b) for a, b in sents if a <= m.start < b), None)
        if sent is None:
            continue
        before = text[sent[0]:m.start]
        key = next((k for k in ("implementation", "trial") if r["_before"][k].search(before)), None)
        if key is None:
            continue
        named = _named_in(items, sent[0], m.start)
        if not named and r["_back"].search(before):
            k = sents.index(sent)
            named = _named_in(items, sents[k - 1][0], sents[k - 1][1]) if k else []
            named = named if len({value_of(i["name"]).casefold() for i in named}) == 1 else []
        if len({value_of(i["name"]).casefold() for i in named}) != 1:
            continue   # no innovation here, or several: the date is not one innovation's
        field = f"{key}_date" if key == "trial" else "implementation_date"
        for item in items:
            if value_of(item["name"]).casefold() == value_of(named[0]["name"]).casefold() and item.get(field) is None:
                item[field] = Found(m.date, m.start, m.end, METHOD)
    _stated_kinds(text, items, r)
    _stated_kinds_back(text, items, r, sents)
    return doc


STAGES = {"ujicoba": "uji_coba", "penerapan": "penerapan", "implementasi": "penerapan", "inisiatif": "inisiatif"}


def _stated_kinds(text: str, items: list[dict], r: dict) -> None:
    """Kind (digital / non-digital) and stage an article states for one named innovation, in the enum's own words,
    right around a mention of its name (rules/innovation_dates.toml kind_copulas, stage_before)."""
    for item in items:
        name = value_of(item["name"])
        for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            after = r["_kind_after"].match(text, m.end())
            before = r["_kind_before"].search(text[max(line_start, m.start() - 40):m.start()])
            _set_kind_and_stage(item, after or before, r["_stage_after"].match(text, m.end()),
                                after.span(1) if after else (m.start(), m.end()))


def _stated_kinds_back(text: str, items: list[dict], r: dict, sents: list[tuple[int, int]]) -> None:
    """The same said of the innovation the sentence before named ("... pengembangan SIRULA, inovasi Dinas X. Aplikasi
    itu kini masih dalam tahap uji coba."): a back-reference, then the kind or the stage, and one innovation named in
    the sentence before (or earlier in this one)."""
    for m in r["_back"].finditer(text):
        kind, stage = r["_kind_after"].match(text, m.end()), r["_stage_after"].match(text, m.end())
        if kind is None and stage is None:
            continue
        k = next((n for n, (a, b) in enumerate(sents) if a <= m.start() < b), None)
        if k is None:
            continue
        named = _named_in(items, sents[k][0], m.start()) or (_named_in(items, *sents[k - 1]) if k else [])
        if len({value_of(i["name"]).casefold() for i in named}) != 1:
            continue
        for item in items:
            if value_of(item["name"]).casefold() == value_of(named[0]["name"]).casefold():
                _set_kind_and_stage(item, kind, stage, kind.span(1) if kind else None)


def _set_kind_and_stage(item: dict, kind: re.Match | None, stage: re.Match | None,
                        kind_span: tuple[int, int] | None) -> None:
    """Fill an innovation's jenis and tahapan from the matches, where they are still empty."""
    if kind is not None and item.get("jenis") is None:
        value = "non_digital" if kind.group(1).casefold().startswith("non") else "digital"
        item["jenis"] = Found(value, *kind_span, METHOD)
    if stage is not None and item.get("tahapan") is None:
        item["tahapan"] = Found(STAGES["".join(stage.group(1).casefold().split())], *stage.span(1), METHOD)


@Language.factory("inovasi_innovation_dates")
def make_innovation_dates(nlp: Language, name: str):
    return innovation_dates
