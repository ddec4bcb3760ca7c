"""A form's lines and the field labels on them (read by pipeline/extract/forms.py): which field a line's label
names, in which layout ("Label | value |", "Label : value", "Label value", "Label" alone on its line), and the span
of the value on the same line; labels in any case, their synonyms and OCR-damaged spellings from rules/forms.toml.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .form_bodies import is_body
from .form_values import _is_empty, _parse_date_fallback, map_enum


@dataclass
class Line:
    start: int
    end: int
    text: str


@dataclass
class LabelLine:
    index: int          # line index
    key: str
    label_start: int
    label_end: int
    value: tuple[int, int] | None   # span of the value on the same line
    layout: str         # table, colon, inline, alone


def _lines(text: str) -> list[Line]:
    out, pos = [], 0
    for raw in text.split("\n"):
        out.append(Line(pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def _trim(text: str, start: int, end: int, chars: str = " \t|:;,-–—'\"`.*_") -> tuple[int, int]:
    """Shrink [start, end) past separators and stray punctuation at both ends.

    A trailing dot is kept after a degree-like token ("S.Pt."), a closing bracket always."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        if text[end - 1] == "." and re.search(r"\b[A-Z][a-z]{0,3}\.[A-Za-z]{1,4}\.$", text[start:end]):
            break
        end -= 1
    return start, end


def _match_label(text: str, line: Line, rules: dict, fuzzy: bool, relaxed: bool = False) -> LabelLine | None:
    """Is this line a field label line, and where is its value?"""
    body = line.text
    offset = 0
    m = re.match(r"\s*\|?\s*", body)
    offset = m.end()
    prefix = rules["_prefix"].match(body[offset:])   # ("^" holds at the string's start only, not at a pos)
    if prefix:
        offset += prefix.end()
        cell = re.match(r"\|\s*", body[offset:])   # "| 1 | Judul Inovasi | : | X |": a number column first
        if cell:
            offset += cell.end()
    parse = rules["parse"]
    rest_text = body[offset:]
    for key, syn, rx, need_sep in rules["_labels"]:
        lm = rx.match(rest_text)
        if not lm:
            continue
        label_start = line.start + offset
        label_end = label_start + lm.end()
        rest = body[offset + lm.end():]
        found = _classify(text, line, key, label_start, label_end, rest, need_sep and not relaxed, rules)
        if found is not None and found.value is not None and syn in rules["parse"]["either_enum_labels"]:
            value = text[found.value[0]:found.value[1]]   # "Kategori : Digital" (the kind) / "Kategori : Inovasi
            if map_enum(key, value, rules) is None:        # Pelayanan Publik" (the form): the value tells
                other = next((k for k in rules["_enums"] if k != key and map_enum(k, value, rules) is not None), None)
                if other is not None:
                    found = LabelLine(found.index, other, found.label_start, found.label_end, found.value, found.layout)
        if found is not None and syn in rules["parse"]["value_checked_labels"] and (
                found.value is None or map_enum(found.key, text[found.value[0]:found.value[1]], rules) is None):
            return None   # "Status : Terverifikasi": a portal's record status, not the stage ("Status : Penerapan")
        if found is not None and syn in rules["parse"]["bare_labels"] and found.layout not in ("colon", "table"):
            return None   # "INOVASI" over a form, "Inovasi daerah ..." in prose: only "Inovasi : X" is the field
        if found is None and re.match(r"\s*/", rest):
            break         # "Penggagas / Inisiator : X": read below, by either side of the slash
        return found
    either = re.match(r"([^:|/]{2,40}?)\s*/\s*([^:|/]{2,40}?)\s*(?=[:|])", rest_text)
    if either:   # "Kategori / Bentuk : ...": one side of a slash is a label, the other none of another field
        keys = {rules["_synonyms"].get(" ".join(part.lower().split())) for part in either.groups()} - {None}
        if len(keys) == 1:
            label_start = line.start + offset
            return _classify(text, line, keys.pop(), label_start, label_start + either.end(),
                             body[offset + either.end():], False, rules)
    if fuzzy:
        sep = re.match(r"([^:|]{3,60}?)\s*[:|]", rest_text)
        if sep and len(sep.group(1).split()) <= 6:
            from rapidfuzz import fuzz, process

            left = " ".join(sep.group(1).lower().split())
            best = process.extractOne(left, list(rules["_synonyms"]), scorer=fuzz.ratio)
            if best and best[1] >= parse["fuzzy_label_score"]:
                key = rules["_synonyms"][best[0]]
                label_start = line.start + offset
                label_end = label_start + len(sep.group(1))
                rest = body[offset + len(sep.group(1)):]
                return _classify(text, line, key, label_start, label_end, rest, False, rules)
    return None


def _instruction(value: str) -> bool:
    """A bracketed instruction to whoever fills the form ("(beri tanda X pada salah satu pilihan)")."""
    return value.startswith("(") and value.endswith(")") and bool(re.search(r"\b[a-z]{3,}\b", value))


def _classify(text: str, line: Line, key: str, label_start: int, label_end: int, rest: str,
              need_sep: bool, rules: dict) -> LabelLine | None:
    index = -1
    parse = rules["parse"]
    rest_start = label_end
    stripped = rest.strip()
    if not stripped or re.fullmatch(r"[:|.\s]*", rest):
        return LabelLine(index, key, label_start, label_end, None, "alone")
    sep = re.match(r"[ ]*(?:[" + re.escape(rules["parse"]["ocr_colon_prefix"]) + r"] ?(?=[:：]))?([:|：])"
                   r"|[ ]*(\t)\s*|( {3,})|[ ]+(" + rules["_ocr_colon"] + r")\s*", rest)
    if sep:
        vstart = rest_start + sep.end()
        vend = line.end
        if sep.group(1) == "|":
            # a three-column row "Label | : | Value |": the ":" cell is a separator of its own
            colon_cell = re.match(r"\s*[:：]\s*\|", text[vstart:line.end])
            if colon_cell:
                vstart += colon_cell.end()
            bar = text.find("|", vstart, line.end)
            if bar != -1:
                vend = bar
        s, e = _trim(text, vstart, vend)
        if s >= e:
            explicit = re.search(r"[-–—.]", text[vstart:vend])   # "Waktu Penerapan : -"
            return LabelLine(index, key, label_start, label_end, None, "empty" if explicit else "alone")
        if rules["_ocr_noise"].fullmatch(text[s:e]) and not _is_empty(text[s:e], rules) \
                or _instruction(text[s:e]):
            return LabelLine(index, key, label_start, label_end, None, "alone")   # "Label : aa" + value below;
            # "Jenis Inovasi   (beri tanda X pada salah satu pilihan)" + check boxes below
        layout = "table" if sep.group(1) == "|" else "colon" if sep.group(1) else "gap"
        return LabelLine(index, key, label_start, label_end, (s, e), layout)
    if need_sep or key not in rules["kinds"]["inline"] or not rest[:1].isspace():
        return None
    s, e = _trim(text, rest_start, line.end)
    value = text[s:e]
    if s >= e or len(value.split()) > parse["max_inline_value_words"]:
        return None
    # prose that merely starts with a label's words ("Nama inovasi tersebut adalah ...",
    # "Inovasi dimulai pada tahun ..."): form values start with a capital, a digit or a bracket
    # and are not sentences
    lower_enum = key in rules["_enums"] and map_enum(key, value, rules) is not None
    if not (re.match(r"[A-Z0-9(\"']", value) or lower_enum) or re.search(r"[a-z]{2}[.!?]$", text[s:line.end].rstrip()):
        return None   # (an enum field's value may be written in lower case: "Inisiator Inovasi Daerah kepala daerah")
    if _instruction(value):
        # "Jenis Inovasi (beri tanda X pada salah satu pilihan)" over its check boxes: the value is below;
        # "B. KLASIFIKASI INOVASI (beri tanda X pada kotak yang sesuai)": a section's heading, its fields below
        return LabelLine(index, key, label_start, label_end, None, "alone")
    # a heading "INOVASI DAERAH KOTA X" / "Inovasi Daerah Tahun 2024" names the portal's region or year,
    # never an innovation
    if key == "nama_inovasi" and value.split()[0].casefold() in rules["_not_name_starts"]:
        return None
    return LabelLine(index, key, label_start, label_end, (s, e), "inline")


def _full_label(cell: str, rules: dict) -> str | None:
    """The field (not a prose section) whose label is the whole of `cell` ("Bentuk Inovasi"; a spreadsheet's column
    name "nama_inovasi", "waktu_uji_coba" too), if any."""
    cell = " ".join(cell.replace("_", " ").split())
    for key, _syn, rx, _need in rules["_labels"]:
        lm = rx.match(cell)
        if lm and lm.end() >= len(cell) and key not in rules["kinds"]["sections"]:
            return key
    return None


def _reads_as(key: str, value: str, rules: dict) -> bool | None:
    """Does `value` read as a value of field `key`? True/False for enums, dates and bodies;
    None (no evidence either way) for free text such as a name."""
    if _is_empty(value, rules):
        return True
    if key in rules["enums"]:
        return map_enum(key, value, rules) is not None
    if key in rules["kinds"]["dates"]:
        return _parse_date_fallback(value) is not None and len(re.findall(r"\d{4}", value)) == 1   # one date
    if key == "instansi":
        return is_body(value, rules)
    return None
