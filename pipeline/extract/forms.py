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
                             split where each side reads as its field's value (form_layouts.py)
  "Label A" / "Label B" + ": value A" / ": value B"   a PDF table without its layout: a column of
                             labels, then a column of values in the same order (form_layouts.py)
  a bare name line under the form heading ("Data Inovasi ... \\n\\nName\\n\\nTahapan ...")
A portal export that profiles several innovations gives one record per innovation: a label
that comes again after its record holds it starts the next one. Value readers (enums,
names, dates): form_values.py; bodies: form_bodies.py; people: form_people.py, form_signatures.py; lines and
labels: form_lines.py; table layouts: form_layouts.py.
"""
from __future__ import annotations

import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .common import abbreviates, doc_text, ensure_state
from ..evidence import Found, value_of
from .form_layouts import _header_table, _label_column, _label_pairs
from .form_lines import LabelLine, Line, _lines, _match_label, _trim
from .form_signatures import signatures
from .form_bodies import expand_agency, is_body
from .form_people import person_in_charge, split_person  # noqa: F401  (split_person: a public reader)
from .form_values import (  # noqa: F401  (split_name, map_enum: the public readers)
    METHOD, _acronym_and_expansion, _is_empty, _parse_date_fallback, _short_in_capitals,
    form_rules, long_name_in_text, map_enum, name_in_prose, split_name, ticked_option,
)

# --------------------------------------------------------------------------- document

def is_form_text(text: str, label_keys: set[str], rules: dict | None = None) -> bool:
    rules = rules or form_rules()
    det = rules["detect"]
    head = text[: det["marker_zone"]].lower()
    fields = {k for k in label_keys if k not in rules["kinds"]["sections"] and k not in rules["kinds"]["people"]}
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
    for person in signatures(text):   # the people who sign the form, with the office written over each
        same = next((o for o in officials if o["name"].value == person["name"].value), None)
        if same is None:
            officials.append(person)
        elif same["position"] is None:
            same["position"] = person["position"]
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
    if name_f is None and sum(raw(k) is not None for k in ("jenis", "bentuk", "tahapan", "inisiator")) >= 2:
        name_f, long_f = name_in_prose(text) or (None, None)   # a partial copy that begins below its name field
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
    span = raw("penanggung_jawab")
    if span:
        person = person_in_charge(text, span, raw("jabatan"), rules)
        if person and not any(o["name"].value == person["name"].value for o in officials):
            officials.append(person)
    try:
        from ..date_resolve import parse_form_date
    except ImportError:  # the dates module is optional for this component
        parse_form_date = _parse_date_fallback

    for key in ("trial_date", "implementation_date"):
        span = raw(key)
        if span:
            day = parse_form_date(text[span[0]:span[1]])
            if day is not None:
                innovation[key] = Found(day, span[0], span[1], f"{METHOD}:{key}")
    return (innovation if name_f is not None else None), title, acting, officials
