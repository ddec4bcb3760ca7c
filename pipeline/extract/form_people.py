"""The people a form names in a field: the Inisiator person, the person in charge or the contact with their office
(rules/forms.toml [people]); honorifics dropped, prefix titles and degrees split off (ANNOTATION 5, 14).
"""
from __future__ import annotations

import re

from ..evidence import Found
from ..nomenclature import merge_prefix_degrees, prefix_degrees
from .form_bodies import is_body
from .form_values import METHOD, form_rules


def split_person(text: str, start: int, end: int, rules: dict | None = None) -> dict | None:
    """'HIFZIANI, S.Pt, MH' at [start, end) -> {"name": Found, "position": None, "degrees": [Found...]}.

    None when the value does not read as a person's name."""
    rules = rules or form_rules()
    value = text[start:end]
    parts: list[tuple[int, int]] = []
    pos = start
    for chunk in value.split(","):
        s, e = pos, pos + len(chunk)
        pos = e + 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            parts.append((s, e))
    if not parts:
        return None
    ns, ne = parts[0]
    degrees = []
    while True:  # honorifics before the name; prefix titles (dr., Ir., Prof.) are degrees (ANNOTATION 14)
        hm = rules["_honorific"].match(text[ns:ne])
        if not hm or hm.end() >= ne - ns:
            break
        word = hm.group(0).strip().rstrip(".")
        prefix = prefix_degrees().get(word.casefold())
        if prefix is not None:
            keep = word if word.casefold() == "dr" else prefix
            degrees.append(Found(keep, ns, ns + len(word), f"{METHOD}:degree"))
        ns += hm.end()
        while ns < ne and text[ns].isspace():
            ns += 1
    degrees = merge_prefix_degrees(degrees)
    name = text[ns:ne]
    words = name.split()
    if not (1 <= len(words) <= rules["people"]["max_name_words"]):
        return None
    if not all(re.fullmatch(r"[A-Za-z][A-Za-z'.’-]*", w) for w in words):
        return None
    if is_body(name, rules):
        return None
    if words[0].casefold().rstrip(".") in rules["_office_titles"]:
        return None              # "Camat Sungai Jernih": an office, not a person's name
    if any(w.upper() in {"OPD", "SKPD", "ASN", "DPRD", "PNS"} for w in words):
        return None
    n_prefix = len(degrees)
    for s, e in parts[1:]:
        token = text[s:e]
        if not rules["_degree"].match(token):
            break
        degrees.append(Found(token.replace(" ", "").rstrip("."), s, e, f"{METHOD}:degree"))   # no trailing dot (14)
    if len(parts) > 1 and len(degrees) == n_prefix:
        return None
    return {"name": Found(name, ns, ne, f"{METHOD}:inisiator_person"), "position": None, "degrees": degrees}


# an office in brackets or after a dash following a person's name and degrees ("Fadli Rahman, S.Kom (Kasubbag
# Program)", "Cut Rizka, S.E., M.Si — Kepala DPMG Kota Banda Aceh.")
OFFICE_IN_BRACKETS = re.compile(r"\s*(?:\(\s*([^()]{3,120}?)\s*\)|\s[—–-]\s+([^()—–]{3,120}?)[.;]?)\s*$")


def person_in_charge(text: str, span: tuple[int, int], office: tuple[int, int] | None,
                     rules: dict | None = None) -> dict | None:
    """A Penanggung Jawab / Narahubung value -> {"name", "position", "degrees"}: the office from the bracket after
    the name or from the form's Jabatan field."""
    start, end = span
    bracket = OFFICE_IN_BRACKETS.search(text, start, end)
    if bracket:
        end = bracket.start()
    person = split_person(text, start, end, rules)
    if person is None:
        return None
    if bracket:
        k = 1 if bracket.group(1) else 2
        person["position"] = Found(" ".join(bracket.group(k).split()), bracket.start(k), bracket.end(k),
                                   f"{METHOD}:jabatan")
    elif office:
        person["position"] = Found(" ".join(text[office[0]:office[1]].split()), *office, f"{METHOD}:jabatan")
    return person
