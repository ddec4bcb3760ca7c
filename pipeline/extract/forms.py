"""Innovation forms: recognise them and read their labelled fields (component `inovasi_forms`).

Runs first. For every document it sets `doc._.draft["doc_type"]` ("form" or "news");
for a form it also fills title, innovations, agencies, officials (a person named as
Inisiator) and sections, each value a `Found` with the exact span of the value text,
and leaves all raw field values in `doc._.found["form_fields"]` for later components.

Layouts read (labels in any case, synonyms in rules/forms.toml):
  "Label | value |"          table rows (Word tables, pasted web tables, OCR rows)
  "Label | : | value |"      three-column web tables
  "Label : value"            colon lines, also numbered ("1. Nama Inovasi : ..."); a tab, a
                             wide gap or a sign OCR reads for the colon ("£", "»") also separates
  "Label value"              one line, when the label is a known one ("Nama Inovasi X"), or any
                             label inside a block of label lines ("Inisiator Bupati")
  "Label" + value next line  (also "Jenis Inovasi" / "Digital")
  "Label A Label B" + "value A value B"   two columns of a PDF's text layer, the value line
                             split where each side reads as its field's value (_label_pairs)
  "Label A" / "Label B" + ": value A" / ": value B"   a PDF table without its layout: a column of
                             labels, then a column of values in the same order (_label_column)
  a bare name line under the form heading ("Data Inovasi ... \\n\\nName\\n\\nTahapan ...")
A portal export that profiles several innovations gives one record per innovation: a label
that comes again after its record holds it starts the next one. Value readers (enums,
persons, names, bodies): form_values.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .common import abbreviates, doc_text, ensure_state
from ..evidence import Found, value_of
from .form_values import (  # noqa: F401  (split_person, split_name, map_enum: the public readers)
    METHOD, _acronym_and_expansion, _is_empty, _parse_date_fallback, _short_in_capitals, expand_agency,
    form_rules, is_body, long_name_in_text, map_enum, split_name, split_person, ticked_option,
)


# --------------------------------------------------------------------------- lines

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
        if found is not None and syn in rules["parse"]["bare_labels"] and found.layout not in ("colon", "table"):
            return None   # "INOVASI" over a form, "Inovasi daerah ..." in prose: only "Inovasi : X" is the field
        return found
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
    """The field (not a prose section) whose label is the whole of `cell` ("Bentuk Inovasi"), if any."""
    cell = " ".join(cell.split())
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


def _split_pair(text: str, line: Line, keys: tuple[str, str], rules: dict) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """Split a value line under two labels ("Non Digital Inovasi Pelayanan Publik" under "Jenis Inovasi Bentuk
    Inovasi") at the first word boundary where both sides read as their fields' values and at least
    one side is checked (an enum, a date or a body), not merely free text."""
    words = list(re.finditer(r"\S+", line.text))
    for k in range(1, len(words)):
        left = (line.start + words[0].start(), line.start + words[k - 1].end())
        right = (line.start + words[k].start(), line.start + words[-1].end())
        a, b = _reads_as(keys[0], text[left[0]:left[1]], rules), _reads_as(keys[1], text[right[0]:right[1]], rules)
        if a is not False and b is not False and (a or b):
            return left, right
    return None


def _label_pairs(text: str, lines: list[Line], rules: dict) -> dict[int, LabelLine]:
    """Two labels side by side on a line and their two values on the next non-blank line: a two-column
    table as a PDF's text layer gives it ("Inisiator Inovasi Tahapan Inovasi" / "ASN Penerapan").
    The first label is keyed by its own line, the second by the value line (which is then no value
    or name line of its own)."""
    found: dict[int, LabelLine] = {}
    sections = set(rules["kinds"]["sections"])
    first_words = rules["_label_first_words"]
    for i, line in enumerate(lines):
        head = line.text.split(None, 1)
        if len(line.text) > 120 or len(head) < 2 or head[0].casefold() not in first_words or i in found \
                or any(c in line.text for c in ":|\t"):
            continue   # (cheap tests first: this runs over every line of every document)
        words = list(re.finditer(r"\S+", line.text))
        if len(words) > 10:
            continue
        keys = None
        head = line.text[words[0].start():]
        for key, _syn, rx, _need in rules["_labels"]:
            lm = rx.match(head)
            if lm is None or key in sections:
                continue
            cut = next((k for k, w in enumerate(words) if w.start() - words[0].start() >= lm.end()), None)
            second = _full_label(line.text[words[cut].start():], rules) if cut else None
            if second and second != key:
                keys = (key, second)
            break
        if keys is None:
            continue
        j = i + 1
        while j < len(lines) and not lines[j].text.strip():
            j += 1
        if j >= len(lines) or j - i > 2 or _full_label(lines[j].text, rules) or ":" in lines[j].text \
                or _match_label(text, lines[j], rules, fuzzy=False) is not None:
            continue   # (the next line is a field of its own: "Tahapan Inovasi  Penerapan" / "Tanggal Uji Coba  14/08/2021")
        spans = _split_pair(text, lines[j], keys, rules)
        if spans is None:
            continue
        a0, a1 = line.start + words[0].start(), line.start + words[cut - 1].end()
        b0, b1 = line.start + words[cut].start(), line.start + words[-1].end()
        found[i] = LabelLine(i, keys[0], a0, a1, spans[0], "pair")
        cut_short = text[spans[1][0]:spans[1][1]].split()[-1].casefold() in rules["_connectors"]
        # a body cut short by its column ("Dinas Perpustakaan dan", its rest interleaved with the name's
        # long form below) is no value
        found[j] = LabelLine(j, keys[1], b0, b1, None if cut_short else spans[1], "empty" if cut_short else "pair")
    return found


def _label_column(text: str, lines: list[Line], labelled: dict[int, LabelLine], rules: dict) -> None:
    """A table as pdftotext gives it without `-layout`: its labels as a column of bare label lines, then its
    values as a column of ": value" lines in the same order ("Perangkat Daerah" / "Tahapan Inovasi" / ... then
    ": Dinas Pertanian" / ": Penerapan" / ...). Each label takes the value in its place; a line without the
    colon continues the value above it (wrapped by the narrow column). Only when the two columns are of one
    length."""
    sections = set(rules["kinds"]["sections"])

    def bare(k: int) -> bool:
        ll = labelled.get(k)
        return ll is not None and ll.value is None and ll.layout == "alone" and ll.key not in sections

    i, n = 0, len(lines)
    while i < n:
        if not bare(i):
            i += 1
            continue
        run, j = [], i
        while j < n and (not lines[j].text.strip() or bare(j)):
            if lines[j].text.strip():
                run.append(j)
            j += 1
        values: list[list[int]] = []          # [first line, last line] of each value
        k = j
        while k < n and lines[k].text.strip() and k not in labelled:
            if lines[k].text.lstrip().startswith(":"):
                values.append([k, k])
            elif values:
                values[-1][1] = k
            else:
                break
            k += 1
        if len(run) >= 2 and len(values) == len(run):
            for label_i, (a, b) in zip(run, values):
                s, e = _trim(text, lines[a].start, lines[b].end)
                ll = labelled[label_i]
                labelled[label_i] = LabelLine(label_i, ll.key, ll.label_start, ll.label_end,
                                              (s, e) if s < e and not _is_empty(text[s:e], rules) else None,
                                              "column" if s < e and not _is_empty(text[s:e], rules) else "empty")
        i = max(j, i + 1)


# --------------------------------------------------------------------------- document

def is_form_text(text: str, label_keys: set[str], rules: dict | None = None) -> bool:
    rules = rules or form_rules()
    det = rules["detect"]
    head = text[: det["marker_zone"]].lower()
    fields = {k for k in label_keys if k not in rules["kinds"]["sections"]}
    marker = any(m in head for m in rules["_markers"])
    return (marker and len(fields) >= det["min_labels_with_marker"]) or len(fields) >= det["min_labels"]


def _block_neighbour(lines: list[Line], labelled: dict[int, LabelLine], i: int, step: int) -> bool:
    """Is the nearest non-blank line above (step -1) or below (step 1) a label line with its value?"""
    j = i + step
    while 0 <= j < len(lines) and not lines[j].text.strip():
        j += step
    return 0 <= j < len(lines) and j in labelled and labelled[j].value is not None


def _is_value_line(text: str, key: str, nxt: LabelLine, line: Line, rules: dict) -> bool:
    """Is a line that reads as a bare label ("Digital") the value of the label above it
    ("Jenis Inovasi")? Only for an enum field whose values the line spells."""
    if nxt.value is not None or nxt.layout != "alone" or key not in rules["enums"]:
        return False
    return map_enum(key, line.text.strip(" \t|:"), rules) is not None


def _closing_bracket_line(text: str, lines: list[Line], labelled: dict[int, LabelLine], i: int,
                          span: tuple[int, int]) -> tuple[int, int]:
    """A value whose bracket is closed on the next line ("BUMI (Budidaya ... Jalur" / "Usaha)"),
    wrapped by a narrow column or a scan, runs on to that line."""
    s, e = span
    value = text[s:e]
    if value.count("(") <= value.count(")") or i + 1 >= len(lines) or (i + 1) in labelled:
        return span
    nxt = lines[i + 1].text.strip()
    if ")" in nxt and len(nxt.split()) <= 8 and nxt.count("(") < nxt.count(")"):
        return s, _trim(text, lines[i + 1].start, lines[i + 1].end)[1]
    return span


def _value_after(text: str, lines: list[Line], labelled: dict[int, LabelLine], i: int,
                 rules: dict) -> tuple[int, int] | None:
    """The value of label line i: on its own line, or on the next non-blank line unless that
    line is a label or a heading. A label with an explicit dash ("Waktu Penerapan : -") is empty."""
    ll = labelled[i]
    if ll.value is not None:
        return _closing_bracket_line(text, lines, labelled, i, ll.value)
    if ll.layout == "empty":
        return None
    j = i + 1
    while j < len(lines) and not lines[j].text.strip():
        j += 1
    if j < len(lines) and j - i <= 2 and j in labelled and _is_value_line(text, ll.key, labelled[j], lines[j], rules):
        s, e = _trim(text, lines[j].start, lines[j].end)
        del labelled[j]                  # "Jenis Inovasi" / "Digital": the second is the value
        return s, e
    if j < len(lines) and j not in labelled and j - i <= 2:
        s, e = _trim(text, lines[j].start, lines[j].end)
        nxt = text[s:e]
        if s < e and len(nxt.split()) <= rules["parse"]["max_next_line_value_words"] and not nxt.endswith(":") \
                and not rules["_intro"].match(nxt):
            return _closing_bracket_line(text, lines, labelled, j, (s, e))   # ("X (Sistem Jemput" / "Bola Obat)")
    return None


def _meta_line(line: str) -> bool:
    """A portal's metadata line, not a name: "Key: value" parts between bars ("Status: Finalis | Nomor Registrasi: X")."""
    parts = [p.strip() for p in line.split("|")]
    return len(parts) >= 2 and all(re.match(r"[A-Z][\w ]{1,30}:\s*\S", p) for p in parts if p)


def _name_line_above(text: str, lines: list[Line], labelled: dict[int, LabelLine], first: int,
                     rules: dict, used: set[int] = frozenset()) -> tuple[int, int] | None:
    """A bare innovation-name line just above a record's first field label (not a field's value)."""
    j = first - 1
    while j >= 0 and not lines[j].text.strip():
        j -= 1
    skipped = 0
    while j >= 0 and skipped < 2 and j not in labelled and _meta_line(lines[j].text):
        j -= 1   # "Status: Finalis Top 10 | Nomor Registrasi: ..." between the name and the fields: a portal's metadata
        skipped += 1
        while j >= 0 and not lines[j].text.strip():
            j -= 1
    if j < 0 or j in labelled or any(lines[j].start <= u < lines[j].end + 1 for u in used):
        return None
    s, e = _trim(text, lines[j].start, lines[j].end, " \t|:;,-–—'\"`.*_•·")
    prefix = rules["_prefix"].match(text, s, e)
    if prefix:
        s = prefix.end()
    cand = text[s:e]
    low = cand.lower()
    if any(rx.match(cand) for _, _, rx, _ in rules["_labels"]):
        return None              # a label line the parser could not split ("Nama Instansi ». X")
    if (s < e and len(cand.split()) <= rules["parse"]["max_name_line_words"] and re.search(r"[A-Za-z]", cand)
            and not cand.endswith((".", ":")) and not any(low == m for m in rules["_markers"])):
        k = j - 1
        if k >= 0 and lines[k].text.strip() and k not in labelled:
            us, ue = _trim(text, lines[k].start, lines[k].end)
            upper = text[us:ue]
            if len(upper.split()) <= 3 and upper.isupper() and (abbreviates(upper, cand) or _acronym_and_expansion(upper, cand)
                                                               or _short_in_capitals(upper, cand)):
                return us, e   # "SENTOSA" over "Sentra Konsultasi Usaha ...": the name, then its long form
        return s, e
    return None


def _records(text: str, lines: list[Line], labelled: dict[int, LabelLine], sections_kind: set[str],
             rules: dict) -> list[dict[str, Any]]:
    """The form's field values, one record per innovation profiled.

    A field label that comes again after a record already holds it starts the next record
    (a portal export listing several innovations); a repeat that brings fewer than
    `min_record_fields` fields is a stray repeat and only fills gaps in the record before."""
    groups: list[tuple[int, dict[str, tuple[int, int]], set[str]]] = []   # (first line, fields, keys seen)
    used: set[int] = set()       # starts of value spans: a value line is no name line
    for i, ll in sorted(labelled.items()):
        if i not in labelled:    # taken as the value of the label above
            continue
        if ll.key in sections_kind:
            continue
        if not groups or ll.key in groups[-1][2]:
            groups.append((i, {}, set()))
        first, fields, seen = groups[-1]
        seen.add(ll.key)
        span = _value_after(text, lines, labelled, i, rules)
        if span is not None:
            fields[ll.key] = span
            used.add(span[0])
    records: list[dict[str, Any]] = []
    for first, fields, seen in groups:
        named = "nama_inovasi" in fields or _name_line_above(text, lines, labelled, first, rules, used) is not None
        if records and (len(seen) < rules["parse"]["min_record_fields"] or not named):
            for key, span in fields.items():
                records[-1]["fields"].setdefault(key, span)
            continue
        records.append({"first_line": first, "fields": fields, "name_line": None})
    if not records:
        records.append({"first_line": None, "fields": {}, "name_line": None})
    for rec in records:
        if "nama_inovasi" not in rec["fields"] and rec["first_line"] is not None:
            rec["name_line"] = _name_line_above(text, lines, labelled, rec["first_line"], rules, used)
    return records


def _table_cells(row: str, sep: str = "\t|") -> list[re.Match]:
    """A table row's cells between tabs or bars (or `sep`: ";" in a CSV export), empty ones included ("1 | A | | C"
    has four)."""
    return [m for m in re.finditer(f"[^{re.escape(sep)}\n]*", row) if m.start() == 0 or row[m.start() - 1] in sep]


def _header_table(text: str, lines: list[Line], rules: dict) -> list[dict[str, Any]]:
    """A portal's list export as a table: a header row of field labels between tabs, bars or semicolons ("No | Nama
    Inovasi | Perangkat Daerah | Jenis | ..."), then one row per innovation with its cells in the same columns."""
    for h, line in enumerate(lines):
        sep = "\t|" if "\t" in line.text or line.text.count("|") >= 3 else ";" if line.text.count(";") >= 3 else None
        if sep is None:
            continue   # (a portal's CSV export separates its cells with semicolons: "No;Nama Inovasi;...")
        columns = {c: key for c, m in enumerate(_table_cells(line.text, sep)) if (key := _full_label(m.group(), rules))}
        if len(columns) < 3 or "nama_inovasi" not in columns.values():
            continue
        name_col = next(c for c, key in columns.items() if key == "nama_inovasi")
        records = []
        for i in range(h + 1, len(lines)):
            row = lines[i]
            if not row.text.strip() or re.fullmatch(r"[\s|:-]*", row.text):
                if records:
                    break
                continue
            cells = _table_cells(row.text, sep)
            if len(cells) <= name_col:
                break   # (empty cells at a row's end are lost with its trailing tabs: the row may be shorter)
            fields = {}
            for c, key in columns.items():
                if c < len(cells):
                    s, e = _trim(text, row.start + cells[c].start(), row.start + cells[c].end())
                    if s < e and not _is_empty(text[s:e], rules):
                        fields[key] = (s, e)
            if "nama_inovasi" not in fields:
                break
            records.append({"first_line": i, "fields": fields, "name_line": None})
        if records:
            return records
    return []


def parse_form(text: str) -> dict[str, Any]:
    """All that the form says: {"is_form", "fields": {key: (start, end)}, "sections": {...}, "name_line"}."""
    rules = form_rules()
    parse = rules["parse"]
    lines = _lines(text)
    labelled: dict[int, LabelLine] = _label_pairs(text, lines, rules)
    for i, line in enumerate(lines):
        if not line.text.strip() or i in labelled:
            continue
        ll = _match_label(text, line, rules, fuzzy=True)
        if ll is not None:
            ll.index = i
            labelled[i] = ll
    # inside a block of label lines, a short label needs no separator ("Inisiator Bupati": a
    # table whose cell borders were lost in conversion)
    for i, line in enumerate(lines):
        if i in labelled or not line.text.strip() or not (_block_neighbour(lines, labelled, i, -1)
                                                          or _block_neighbour(lines, labelled, i, 1)):
            continue
        ll = _match_label(text, line, rules, fuzzy=False, relaxed=True)
        if ll is not None and ll.value is not None:
            ll.index = i
            labelled[i] = ll
    _label_column(text, lines, labelled, rules)
    keys = {ll.key for ll in labelled.values()}
    table = _header_table(text, lines, rules)
    result: dict[str, Any] = {"is_form": bool(table) or is_form_text(text, keys, rules), "fields": {}, "sections": {},
                              "name_line": None}
    if not result["is_form"]:
        return result
    sections_kind = set(rules["kinds"]["sections"])
    records = table or _records(text, lines, labelled, sections_kind, rules)
    fields = records[0]["fields"]
    result["records"] = records
    result["fields"] = fields

    # prose sections: from a heading to the next label line, section intro or footer
    def is_boundary(k: int) -> bool:
        t = lines[k].text.strip()
        return k in labelled or bool(rules["_intro"].match(t)) or bool(rules["_stop"].fullmatch(t))

    starts: list[tuple[str, int, int | None]] = []   # (key, first content line, same-line value start)
    for i, ll in sorted(labelled.items()):
        if ll.key in sections_kind:
            starts.append((ll.key, i + 1, ll.value[0] if ll.value else None))
    for i, line in enumerate(lines):
        m = rules["_intro"].match(line.text.strip())
        if m:
            starts.append((m.group("sec").lower(), i + 1, None))
    sections: dict[str, tuple[int, int]] = {}
    for key, first, same_line in sorted(starts, key=lambda t: t[1]):
        if key in sections:
            continue
        k = first
        while k < len(lines) and not is_boundary(k):
            k += 1
        content = [ln for ln in lines[first:k] if ln.text.strip()]
        s = same_line if same_line is not None else (content[0].start if content else None)
        if s is None:
            continue
        e = content[-1].end if content else lines[first - 1].end
        s, e = _trim(text, s, e, " \t\n")
        if s < e:
            sections[key] = (s, e)
    result["sections"] = sections

    result["name_line"] = records[0]["name_line"]
    return result


@Language.factory("inovasi_forms")
def make_forms(nlp: Language, name: str):
    return read_form


def _list_heading(text: str, rules: dict) -> Found | None:
    """The first line of a list export when it is a heading ("DAFTAR INOVASI DAERAH KOTA X TAHUN 2023"), not a
    field's label line or a table row."""
    from .title import rules as title_rules

    chrome = title_rules()["_chrome"]
    for line in _lines(text):
        words = line.text.split()
        if not words or chrome.fullmatch(line.text.strip()):
            continue   # the portal's name and menu over the list ("SIINOV KOTA X - Sistem Informasi ...")
        if "|" in line.text or len(words) > rules["parse"]["max_name_line_words"] \
                or _match_label(text, line, rules, fuzzy=False) is not None:
            return None
        s, e = _trim(text, line.start, line.end)
        return Found(text[s:e], s, e, f"{METHOD}:list_heading")
    return None


def read_form(doc: Doc) -> Doc:
    ensure_state(doc)
    text = doc_text(doc)
    parsed = parse_form(text)
    if not parsed["is_form"]:
        doc._.draft["doc_type"] = "news"
        return doc
    rules = form_rules()
    draft = doc._.draft
    draft["doc_type"] = "form"
    fields = parsed["fields"]
    doc._.found["form_fields"] = {key: Found(text[s:e], s, e, f"{METHOD}:{key}") for key, (s, e) in fields.items()}

    innovations, agencies, officials = [], [], []
    for k, record in enumerate(parsed["records"]):
        innovation, title, acting, people = _read_record(text, record, rules)
        if k == 0 and title is not None:
            draft["title"] = title
        if innovation is not None:
            if innovation["long_name"] is None:
                innovation["long_name"] = long_name_in_text(text, innovation["name"].value)
            innovations.append(innovation)
        for agency_f in acting:
            if all(value_of(a)["name"].value != agency_f.value for a in agencies):
                agencies.append(Found({"name": agency_f}, agency_f.start, agency_f.end, agency_f.method))
        officials.extend(people)
    if len(parsed["records"]) > 1:
        heading = _list_heading(text, rules)
        if heading is not None:
            draft["title"] = heading   # a portal's export of several innovations: the list's own heading
    if innovations:
        draft["innovations"] = innovations
    if agencies:
        draft["agencies"] = agencies
    if officials:
        draft["officials"] = officials
    if parsed["sections"]:
        draft["sections"] = {k: Found(text[s:e], s, e, f"{METHOD}:section_{k}")
                             for k, (s, e) in parsed["sections"].items()
                             if k in ("rancang_bangun", "tujuan", "manfaat", "hasil")}
    return doc


def _read_record(text: str, record: dict, rules: dict):
    """One innovation's fields -> (innovation or None, title, acting agencies, officials)."""
    fields = record["fields"]

    def raw(key: str) -> tuple[int, int] | None:
        span = fields.get(key)
        if span and not _is_empty(text[span[0]:span[1]], rules):
            return span
        return None

    name_span = raw("nama_inovasi") or record["name_line"]
    name_f = long_f = title = None
    if name_span:
        s, e = name_span
        title = Found(" ".join(text[s:e].split()), s, e, f"{METHOD}:nama_inovasi")
        name_f, long_f = split_name(text, s, e)
        if "\n" in text[s:e] and "(" not in text[s:e]:
            title = name_f   # the name line over its long form's line: the name line is the title
    long_span = raw("long_name")
    if long_span and long_f is None and name_f is not None:   # "Inovasi : SIGER TANI" / "Kepanjangan : Sistem ..."
        long_f = Found(" ".join(text[long_span[0]:long_span[1]].split()), *long_span, f"{METHOD}:long_form")

    acting: list[Found] = []
    agency_f = None
    span = raw("instansi")
    if span:
        agency_f = expand_agency(text, span[0], span[1], rules)
        acting.append(agency_f)

    innovation: dict[str, Any] = {"name": name_f, "long_name": long_f, "agency": agency_f,
                                  "jenis": None, "bentuk": None, "inisiator": None, "tahapan": None,
                                  "trial_date": None, "implementation_date": None}
    officials = []
    for key in ("jenis", "bentuk", "inisiator", "tahapan"):
        span = raw(key)
        if not span:
            continue
        span = ticked_option(text, span[0], span[1], rules)   # "[ ] Uji Coba [x] Penerapan"
        code = map_enum(key, text[span[0]:span[1]], rules)
        if code is not None:
            innovation[key] = Found(code, span[0], span[1], f"{METHOD}:{key}")
        elif key == "inisiator":
            # a body in the Inisiator field is no enum value but owns the innovation (ANNOTATION 21)
            if is_body(text[span[0]:span[1]], rules):
                body = expand_agency(text, span[0], span[1], rules)
                if innovation["agency"] is None:
                    innovation["agency"] = body
                if all(a.value != body.value for a in acting):
                    acting.append(body)
                continue
            person = split_person(text, span[0], span[1], rules)
            if person:
                officials.append(person)
    try:
        from ..dates import parse_form_date
    except ImportError:  # the dates module is optional for this component
        parse_form_date = _parse_date_fallback

    for key in ("trial_date", "implementation_date"):
        span = raw(key)
        if span:
            day = parse_form_date(text[span[0]:span[1]])
            if day is not None:
                innovation[key] = Found(day, span[0], span[1], f"{METHOD}:{key}")
    return (innovation if name_f is not None else None), title, acting, officials
