"""People in a form's signature blocks (rules/forms.toml [people]: nip, ranks, signature_openers).

A form printed from a Word template closes with one or two signatures side by side::

    Kota X, 4 Maret 2024
    Kepala Dinas Perhubungan              Pengusul,
    Kota X,                               Camat Y


    Drs. NAMA PEJABAT, M.Si               Nama Camat, S.Sos
    Pembina Utama Muda                    NIP. 19810623 200604 1 011
    NIP. 19700312 199003 1 006

Each civil servant's number (NIP) marks a signature: the name is the line above it in the same column (a rank
line between is skipped) and the office is the lines above the blank gap over the name, up to a date, a
"Mengetahui,"/"Pengusul," line or a blank line; a stamp's placeholder ("ttd", "[cap & tanda tangan]") in the gap
is skipped. A "Nama : X" line over a "NIP : ..." line is a person too, with the "Jabatan : Y" line after it.
Columns are told apart by runs of three or more spaces where the text keeps them; cleaning leaves one space
between words, so two signatures side by side run together there, and such a line reads as no person.
"""
from __future__ import annotations

import re

from ..dates import find_dates
from ..evidence import Found
from .form_lines import Line, _lines
from .form_people import split_person
from .form_values import METHOD, form_rules

CELL = re.compile(r"\S+(?:[ ]{1,2}\S+)*")        # a run of text between gaps of three or more spaces
LABELLED = re.compile(r"(?:\d+(?:\.\d+)*\.?[ \t]+)?nama(?:[ \t]+lengkap)?[ \t]*:[ \t]*", re.IGNORECASE)


def _dated(words: str) -> bool:
    """A date line's words ("Kota X, 4 Maret 2024", "Prabumulih, Mei 2024"): a day or a month of a year."""
    return any(m.kind in ("date", "day_month", "month") for m in find_dates(words))


def _cell_at(line: str, x: int) -> re.Match | None:
    """The cell of a line that stands in the column starting at x."""
    for cell in CELL.finditer(line):
        if abs(cell.start() - x) <= 4 or cell.start() <= x < cell.end():
            return cell
    return None


def _placeholder(line: str, x: int, rules: dict) -> bool:
    cell = _cell_at(line, x)
    return cell is not None and (cell.group(0)[:1] in "[(" and cell.group(0)[-1:] in "])"
                                 or cell.group(0).casefold() in rules["people"]["signature_marks"])


def _opens_signature(cell: str, rules: dict) -> bool:
    low = cell.casefold().rstrip(" ,:")
    return any(low == w or low.startswith(w + " ") for w in rules["people"]["signature_openers"]) \
        or _dated(cell) or cell.startswith("(")


def _office(lines: list[Line], j: int, x: int, rules: dict) -> list[tuple[int, int]] | None:
    """The office written above line j's name in column x: the spans of its lines."""
    k = j - 1
    while k >= 0 and (not lines[k].text.strip() or _placeholder(lines[k].text, x, rules)):
        k -= 1   # the gap left for the signature, and a stamp's placeholder in it ("[cap & tanda tangan]")
    if k == j - 1:
        return None   # no gap between office and name: not a signature's layout
    parts: list[tuple[int, int]] = []
    while k >= 0 and lines[k].text.strip():
        line = lines[k]
        cell = _cell_at(line.text, x)
        if cell is None:
            break
        after = CELL.search(line.text, cell.end())   # "Prabumulih,      Mei 2024": a date line's place, then its date
        if _opens_signature(cell.group(0), rules) \
                or after and cell.group(0).endswith(",") and _dated(f"{cell.group(0)} {after.group(0)}"):
            break
        parts.insert(0, (line.start + cell.start(), line.start + cell.end()))
        k -= 1
    return parts or None


JABATAN = re.compile(r"(?:\d+(?:\.\d+)*\.?[ \t]+)?jabatan[ \t]*:[ \t]*(\S[^\n]*?)[ \t]*$", re.IGNORECASE | re.MULTILINE)


def _labelled_office(lines: list[Line], i: int, text: str) -> list[tuple[int, int]] | None:
    """A "Jabatan : X" line among the two lines after the "NIP : ..." line of a labelled person."""
    for line in lines[i + 1:i + 3]:
        office = JABATAN.match(text, line.start, line.end)
        if office:
            return [office.span(1)]
    return None


def signatures(text: str) -> list[dict]:
    """The people a form's signature blocks name, with the office written over each."""
    rules = form_rules()
    nip = re.compile(rules["people"]["nip"])
    ranks = tuple(rules["people"]["ranks"])
    lines = _lines(text)
    people: list[dict] = []
    for i, line in enumerate(lines):
        for mark in nip.finditer(line.text):
            x = mark.start()
            j = i - 1
            rank = _cell_at(lines[j].text, x) if j >= 0 else None
            if rank is not None and rank.group(0).startswith(ranks):
                j -= 1   # "Pembina Utama Muda (IV/c)" between the name and the number
            if j < 0 or not lines[j].text.strip():
                continue
            name_line = lines[j]
            cell = _cell_at(name_line.text, x)
            if cell is None:
                continue
            s, e = name_line.start + cell.start(), name_line.start + cell.end()
            labelled = LABELLED.match(text, s, name_line.end)
            if labelled:   # "Nama      : X, SE" over "NIP       : ...": the value to the line's end
                s, e = labelled.end(), name_line.start + len(name_line.text.rstrip())
            person = split_person(text, s, e, rules)
            if person is None:
                continue
            office = _labelled_office(lines, i, text) if labelled else _office(lines, j, x, rules)
            if office:
                value = " ".join(" ".join(text[a:b] for a, b in office).split()).rstrip(" ,")
                person["position"] = Found(value, office[0][0], office[-1][1], f"{METHOD}:signature_office")
            people.append(person)
    return people
