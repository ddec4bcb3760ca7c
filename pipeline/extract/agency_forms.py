"""Bodies a form's prose shows acting (rules/agencies/form_prose.toml).

A form names its own body in a field (`forms`); its prose may show other bodies doing something for the
innovation (a partner that builds the application, a unit that runs the service), and may name the field's
body more fully ("Dinas Pertanian" in the field, "Dinas Pertanian Kabupaten X" in the prose). Most bodies a
form's prose names are places, sources or references, so only positive evidence counts here: the agent of a
passive, a partner, or the subject of an active verb.
"""
from __future__ import annotations

import re
import tomllib
from functools import lru_cache

from spacy.tokens import Doc

from .. import RULES_DIR
from ..evidence import Found, value_of
from .agencies import LIST_JOIN
from .agency_merge import fullest, merge
from .agency_vocab import Mention


@lru_cache(maxsize=1)
def rules() -> dict:
    with open(RULES_DIR / "agencies" / "form_prose.toml", "rb") as fh:
        r = tomllib.load(fh)

    def words(items):
        return "|".join(r"\s+".join(map(re.escape, w.split())) for w in sorted(items, key=len, reverse=True))
    between = rf"(?:(?:{words(r['between'])})\s+)?"
    r["_agent_before"] = re.compile(rf"(?i)\b(?:{words(r['agent_before'])})\s+{between}\Z")
    r["_verb_after"] = re.compile(
        rf"(?i)(?:\s*\([^()]{{1,40}}\))?(?:\s*,)?\s+(?:yang\s+)?(?:(?:{words(r['adverbs'])})\s+){{0,2}}"
        rf"((?:{words(r['verb_prefixes'])})[a-z]{{3,}})\b")
    r["_stative"] = frozenset(w.casefold() for w in r["stative_verbs"])
    return r


def acts_in_form(text: str, m: Mention) -> str | None:
    """How the form's prose shows the body at text[m.start:m.end] acting: "partner" (an agent or a partner word
    before it), "subject" (an active verb after it), or None."""
    r = rules()
    if r["_agent_before"].search(text, max(0, m.start - 60), m.start):
        return "partner"
    verb = r["_verb_after"].match(text, m.end)
    return "subject" if verb is not None and verb.group(1).casefold() not in r["_stative"] else None


# a level word closing a body's name where the prose is wrapped, and the region's name opening the next line
WRAPPED_REGION = re.compile(r"[ \t]*\n[ \t]*([A-Z][\w'-]*(?:[ \t]+[A-Z][\w'-]*){0,2})(?=[\s,.;:)]|$)")
LEVEL_WORDS = ("Kabupaten", "Kota", "Provinsi")


def _unwrapped(text: str, m: Mention) -> Mention:
    """'Dinas Komunikasi dan Informatika Kabupaten' at a line's end, the region on the next: the whole name."""
    if m.name.split()[-1] not in LEVEL_WORDS:
        return m
    region = WRAPPED_REGION.match(text, m.end)
    if region is None:
        return m
    return Mention(m.start, region.end(), text[m.start:region.end()], f"{m.name} {' '.join(region.group(1).split())}",
                   m.head, m.abbreviation, m.acting, m.extra)


def with_prose_bodies(doc: Doc, text: str, mentions: list[Mention]) -> None:
    """The form's field bodies, with the bodies its prose shows acting; one entry per body, fullest name."""
    draft = doc._.draft
    names = [str(value_of(i["name"])).casefold() for i in draft.get("innovations") or []]
    fields = []
    for a in draft.get("agencies") or []:
        f = value_of(a)["name"]
        fields.append(Mention(f.start, f.end, f.value, f.value, f.value.split()[0], extra={"field": f}))
    how = [acts_in_form(text, m) if m.acting else None for m in mentions]
    for k in range(len(mentions) - 2, -1, -1):   # "UPTD Puskesmas A dan UPTD Puskesmas B menyiapkan ...": both
        if mentions[k].acting and how[k] is None and how[k + 1] \
                and LIST_JOIN.fullmatch(text, mentions[k].end, mentions[k + 1].start):
            how[k] = "listed"
    for k in range(1, len(mentions)):   # "bekerja sama dengan RSUD A, RSUP B dan RS C": each partner of the list
        if mentions[k].acting and how[k - 1] == "partner" \
                and LIST_JOIN.fullmatch(text, mentions[k - 1].end, mentions[k].start):
            how[k] = "partner"
    prose = [_unwrapped(text, m) for m, h in zip(mentions, how)
             if h and not any(m.name.casefold() in n for n in names)]   # "Desa Berinovasi": the innovation itself
    if not prose:
        return
    kept = fullest(merge(fields + prose), mentions)
    draft["agencies"] = [{"name": m.extra["field"] if "field" in m.extra
                          else Found(m.name, m.start, m.end, "rule:agency_form_prose")} for m in kept]
