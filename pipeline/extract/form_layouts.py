"""Tables as text extraction leaves them (read by pipeline/extract/forms.py): two labels side by side over their
two values (a PDF's two-column table), a column of labels over a column of values in the same order (a PDF's text
layer without its layout), and a list export's header row over one row per innovation.
"""
from __future__ import annotations

import re
from typing import Any

from .form_lines import LabelLine, Line, _full_label, _match_label, _reads_as, _trim
from .form_values import _is_empty


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
