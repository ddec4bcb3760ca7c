"""The body a form's Nama Instansi / Perangkat Daerah or Inisiator value names (rules/forms.toml [agency]):
abbreviations expanded from the text or the nomenclature, the region the text gives the body elsewhere.
"""
from __future__ import annotations

import difflib
import re

from ..evidence import Found
from ..nomenclature import abbreviations, clean_spaces, expand_abbreviations
from .form_values import METHOD, form_rules


def is_body(value: str, rules: dict | None = None) -> bool:
    """Does a field value name a government body ('RSUD Kota X', 'Dinas Sosial', 'Bappedalitbang')?"""
    rules = rules or form_rules()
    value = " ".join(value.split())
    if rules["_body"].match(value) and len(value.split()) >= 2:
        return True
    first = abbreviations().get(value.split()[0].strip(" .,").casefold()) if value else None
    if first is not None and first.kind == "body" and len(value.split()) >= 2:
        return True   # "Bappeda Kab. Bantul": a body's short name with its region
    abbr = abbreviations().get(value.strip(" .").casefold())
    return abbr is not None and abbr.kind == "body"


BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _bodies(text: str, rules: dict) -> list[tuple[int, int]]:
    """Spans of government bodies named in the text, trailing connectors dropped."""
    out = []
    for m in rules["_body"].finditer(text):
        s, e = m.start(), m.end()
        gap = BLANK_LINE.search(text, s, e)
        if gap:
            e = gap.start()   # a name runs over a wrapped line, not over a blank one (a signature block's office)
        words = text[s:e].split()
        while words and (words[-1].lower() in rules["_connectors"]):
            e = text.rfind(words[-1], s, e)
            e = len(text[s:e].rstrip()) + s
            words.pop()
        if len(words) >= 2:
            out.append((s, e))
    return out


def _repair_region(text: str, s: int, e: int, rules: dict) -> tuple[str, int]:
    """A body ending in 'Kabupaten'/'Kota' whose region name is misspelt ('Kabupaten ulu Sungai
    Selatan') takes the spelling of a region mention elsewhere in the text. Returns (value, end)."""
    value = text[s:e]
    words = value.split()
    if not words or words[-1] not in rules["_region_words"]:
        return value, e
    after = re.match(r"(?:\s+[\w-]+){1,4}", text[e:e + 80])
    mentions = {m.group(0) for m in rules["_region_mention"].finditer(text)}
    if not after or not mentions:
        return " ".join(words[:-1]), text.rfind(words[-1], s, e) - 1
    best = (0.0, None, e)
    tail_words = after.group(0).split()
    for k in range(1, len(tail_words) + 1):
        cand = words[-1] + " " + " ".join(tail_words[:k])
        for mention in mentions:
            r = difflib.SequenceMatcher(None, cand.lower(), mention.lower()).ratio()
            if r > best[0]:
                end = e + len(re.match(r"(?:\s+[\w-]+){%d}" % k, text[e:]).group(0))
                best = (r, mention, end)
    if best[1] and best[0] >= rules["agency"]["min_fuzzy_region"]:
        return " ".join(words[:-1]) + " " + best[1], best[2]
    return " ".join(words[:-1]), text.rfind(words[-1], s, e) - 1


def _chunks_match(chunks: list[str], words: list[str]) -> bool:
    j = 0
    for chunk in chunks:
        c = chunk.lower()
        probe = c[:2] if len(c) >= 2 else c
        while j < len(words) and not words[j].lower().startswith(probe):
            j += 1
        if j == len(words):
            return False
        j += 1
    return True


def _subsequence(short: str, long: str) -> bool:
    i = 0
    for ch in long:
        if i < len(short) and ch == short[i]:
            i += 1
    return i == len(short)


def _nomenclature_body(value: str, start: int, end: int) -> Found | None:
    """A body abbreviation with one fixed expansion (ANNOTATION 13: Diskominfo, Bappeda ...)."""
    abbr = abbreviations().get(value.strip(" .").casefold())
    if abbr is not None and abbr.kind == "body":
        return Found(abbr.full, start, end, f"{METHOD}:instansi_nomenclature", extra={"abbreviation": value})
    if " " in value.strip():   # "Bappeda Kabupaten Ende": the abbreviation inside a longer name
        full = expand_abbreviations(clean_spaces(value.strip(" .")))
        if full != clean_spaces(value.strip(" .")):
            return Found(full, start, end, f"{METHOD}:instansi_nomenclature", extra={"abbreviation": value})
    return None


def _with_region(text: str, value: str, start: int, end: int, rules: dict) -> Found | None:
    """A body written without its region in the field ("Dinas Kesehatan") that the form's own text names in full
    elsewhere ("... pada Dinas Kesehatan Kabupaten Sleman"): the fullest form in the text (ANNOTATION 7), as the
    text spells it there."""
    words = value.split()
    if not words or any(w in rules["_region_words"] for w in words) \
            or not (is_body(value, rules) or value.isupper() and is_body(value.title(), rules)):   # "DINAS SOSIAL"
        return None
    body = r"\s+".join(re.escape(w) for w in words)
    regions = "|".join(rules["_region_words"])
    best = None
    # the level word on the same line, or on the next where the prose is wrapped ("pada Dinas Pertanian\nKabupaten X")
    for m in re.finditer(r"(?<![\w-])" + body + r"(?=[ \t]*\n?[ \t]*(?<=\s)(?:" + regions + r")[ \t])", text,
                         re.IGNORECASE):
        if start <= m.start() < end:
            continue
        name, e = _repair_region(text, m.start(), m.end() + len(re.match(r"\s+\w+", text[m.end():]).group()), rules)
        if "\n" in text[m.start():e] and not text[e:text.find("\n", e) % (len(text) + 1)].strip():
            continue   # a signature block's columns ("Kepala Dinas X  Kepala UPTD Y" over "Kabupaten Z"), not prose
        if name.split()[-1] not in rules["_region_words"] and (best is None or len(name) > len(best[0])):
            best = (name, m.start(), e)
    if best is None:
        return None
    name, s, e = best
    return Found(" ".join(name.split()), s, e, f"{METHOD}:instansi_in_full", extra={"as_written": value})


# a short name in brackets closing a field's value
TRAILING_SHORT_NAME = re.compile(r"\s*\([A-Za-z][\w.-]{1,15}\)\s*$")


# a district or a region after a comma closing a village's body in a list export's cell
TRAILING_ADDRESS = re.compile(r",\s*(?:Kecamatan|Kec\.|Distrik|Kabupaten|Kab\.|Kota)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s*$")


def _village_body(value: str) -> bool:
    """"Pemerintah Desa X", "Kelurahan Y": a village's or a ward's body (agency_vocab.VILLAGES)."""
    from .agency_vocab import VILLAGES
    words = value.split()
    head = words[1] if len(words) > 1 and words[0].casefold() == "pemerintah" else words[0] if words else ""
    return head.casefold() in VILLAGES | {"kelurahan"}


def expand_agency(text: str, start: int, end: int, rules: dict | None = None) -> Found:
    """Nama Instansi value -> the agency. An abbreviation ('ORPAD.SETDA', 'DISDUKCAPIL') becomes
    the body named in the text whose words it abbreviates (most complete mention); else as written."""
    rules = rules or form_rules()
    short = TRAILING_SHORT_NAME.search(text, start, end)
    if short and " " in text[start:short.start()].strip():
        end = short.start()   # "Badan Pendapatan Daerah (Bapenda)": the body, then its short name
    address = TRAILING_ADDRESS.search(text, start, end)
    if address and _village_body(text[start:address.start()]):
        end = address.start()   # "Pemerintah Desa Kaweruan Satu, Kecamatan Eris": a village's body, then its district
    value = text[start:end]
    as_written = Found(value, start, end, f"{METHOD}:instansi")
    if not rules["_abbrev"].match(value) or " " in value.strip():
        known = _nomenclature_body(value, start, end)
        return _with_region(text, known.value if known else value, start, end, rules) or known or as_written
    chunks = [c for c in re.split(r"[.\-/ ]+", value) if c]
    best: tuple[int, str, int, int] | None = None
    for s, e in _bodies(text, rules):
        if start <= s < end:
            continue
        words = [w for w in text[s:e].split() if w.lower() not in rules["_connectors"]]
        content = [w for w in words if w not in rules["_region_words"]]
        if len(chunks) >= 2:
            ok = _chunks_match(chunks, content[:len(chunks) + 2])
        else:
            letters = re.sub(r"[^a-z]", "", "".join(content).lower())
            ok = (len(chunks[0]) >= 3 and letters.startswith(chunks[0][:1].lower())
                  and _subsequence(chunks[0].lower(), letters))
            if not ok:
                ok = _chunks_match(chunks, content[1:3]) and _subsequence(
                    chunks[0].lower()[2:], re.sub(r"[^a-z]", "", "".join(content[1:]).lower()))
        if not ok:
            continue
        name, e2 = _repair_region(text, s, e, rules)
        if best is None or len(name) > len(best[1]):
            best = (s, name, s, e2)
    if best is None:
        return _nomenclature_body(value, start, end) or as_written
    _, name, s, e = best
    return Found(" ".join(name.split()), s, e, f"{METHOD}:instansi_expanded", extra={"abbreviation": value})
