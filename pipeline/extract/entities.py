"""Learned entities and rules together: `inovasi_entities`.

Runs after the rule components for officials, agencies and innovations, and reads the
trained `ner` component's `doc.ents` (PERSON, INNOVATION, ORG, VENUE):

- Officials. A rule's person the model also tags PERSON is confirmed (method
  `ner+rule:...`). One the model rejects, by tagging it as something else (an innovation,
  a body, a place), needs stronger rule evidence: an office title directly before the name,
  or the name directly before ", Kepala ..."/"selaku"/"sebagai"; without it, it is dropped.
  One the model does not tag at all is kept (the model's recall is too low to veto). A
  PERSON entity that no rule found becomes an official when an office title the rules know
  stands directly before it ("Kepala Bappeda Budi Santoso") or right after it ("Budi
  Santoso, Kepala ...", "Budi Santoso selaku ...") (method `ner`, position `ner+rule:position`).
- Innovations. A rule's innovation the model tags as a PERSON or a VENUE is dropped;
  one it tags INNOVATION is confirmed. An INNOVATION entity that no rule found is kept when
  the context supports it (a lowercase innovation trigger word just before it, or quotes
  around it) and the rules read no person or body there.
- Agencies. An ORG entity no rule found is an acting agency when it starts with a body
  head the rules know (rules/agencies/heads.txt) and is not just a region government.

Without a `ner` component (or an empty `doc.ents`) the component changes nothing.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..evidence import Found, value_of
from ..nomenclature import (honorifics, merge_prefix_degrees, normal_degree, office_words, position_rules, prefix_degrees,
                            role_words)
from .common import abbreviates, doc_text, ensure_state, is_form, is_region_word, position_head_at
from .innovation_dedupe import described_by_a_quoted_name, inside_a_longer_name
from .innovation_text import WEAK_INNOVATION_CUES
from .entity_cues import (QUOTES, expansion_after, innovation_context, list_neighbour, names_something_else,
                          one_place, owner_after_entity)
from .officials import names_match
from .official_position import document_context, normalise_position

AFTER_ROLE = re.compile(r"\s*(?:,\s*|\s+(?:selaku|sebagai|yang\s+juga(?:\s+menjabat)?(?:\s+sebagai)?)\s+)")
LEVEL_WORDS = {"Provinsi", "Kabupaten", "Kota", "Daerah", "Desa", "Kecamatan"}
# Rule innovations found by WEAK_INNOVATION_CUES alone give way to the model reading a place (_merge_innovations); a trigger word
# right before the name ("inovasi Taman Baca"), an acronym's expansion or a body's "X dengan Y" are
# stronger than the model. A PERSON reading never vetoes: innovations are often named like people
# ("Mak Comblang", "Bang Jago"), and the model has seen far more people than innovations.


@dataclass(frozen=True)
class Settings:
    window: int             # how far before a PERSON entity an office title may start
    min_innovation_chars: int


def _overlapping(ents: list[Span], start: int, end: int) -> list[Span]:
    return [e for e in ents if e.start_char < end and start < e.end_char]


def _labels_at(ents: list[Span], start: int, end: int) -> set[str]:
    return {e.label_ for e in _overlapping(ents, start, end)}


def _new_ents(ents: list[Span], label: str, covered: list[tuple[int, int]]):
    """Entities of `label` over no span in `covered` (what the rules already read); `covered` may grow."""
    for ent in ents:
        if ent.label_ == label and not any(a < ent.end_char and ent.start_char < b for a, b in covered):
            yield ent


def _tag(method: str) -> str:
    return method if method.startswith("ner") else f"ner+{method}"


# ---------------------------------------------------------------- officials

def _title_like(words: list[str]) -> bool:
    """Words between an office head and a name: capitalised, or office vocabulary ("dan", "pada")."""
    return all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in office_words() for w in words)


@lru_cache(maxsize=1)
def _not_before() -> re.Pattern:
    words = sorted(position_rules()["not_before"], key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")\s+$", re.IGNORECASE)


def _title_before(text: str, name_start: int, settings: Settings) -> tuple[int, int] | None:
    """Span of an office title standing directly before name_start ("Kepala Dinas X, " + name)."""
    floor = max(text.rfind("\n", 0, name_start) + 1, text.rfind(". ", 0, name_start) + 2, name_start - settings.window)
    honor = honorifics() | set(prefix_degrees())
    not_before = _not_before()
    for m in re.finditer(r"(?<![\w-])[A-Z]", text[floor:name_start]):
        pos = floor + m.start()
        if not position_head_at(text, pos):
            continue
        if not_before.search(text, max(0, pos - 30), pos):
            continue   # "Kantor Wali Kota X", "Rumah Jabatan Bupati": a building named after the office
        words = re.findall(r"[\w’'-]+", text[pos:name_start])
        while words and words[-1].casefold() in honor:
            words.pop()
        if words and _title_like(words):
            tail = text[pos:name_start]
            tail = re.sub(r"(?:[\s,]+(?:" + "|".join(re.escape(h) for h in sorted(honor, key=len, reverse=True))
                          + r")\.?)+[\s,]*$", "", tail, flags=re.IGNORECASE).rstrip(" ,")
            if tail and not ("(" in tail and ")" not in tail):
                return pos, pos + len(tail)
    return None


def _title_after(text: str, name_end: int) -> tuple[int, int] | None:
    m = AFTER_ROLE.match(text, name_end)
    if not m or not position_head_at(text, m.end()):
        return None
    stop = re.compile(r"[,.;:()\n]|\s(?:mengatakan|menyampaikan|menjelaskan|mengungkapkan|menuturkan|berharap|"
                      r"yang|dalam|saat|ketika|pada|di)\s")
    s = stop.search(text, m.end())
    end = s.start() if s else min(len(text), m.end() + 80)
    return m.end(), end


def _degrees_after(text: str, end: int) -> list[Found]:
    out: list[Found] = []
    pos = end
    while True:
        m = re.match(r"\s*,\s*([A-Za-z][A-Za-z.\s]{0,10}?[A-Za-z.])(?=\s*[,;)]|\s+[a-z]|\s*$|\.\s)", text[pos:pos + 20])
        if not m:
            break
        deg = normal_degree(m.group(1).strip())
        if deg is None:
            break
        out.append(Found(deg, pos + m.start(1), pos + m.end(1), "ner+rule:degree"))
        pos += m.end()
    return out


def _name_from_ent(ent: Span) -> tuple[int, int, list[Found]]:
    """The name inside a PERSON entity, without leading honorifics; leading titles become degrees."""
    text = doc_text(ent.doc)
    start, end = ent.start_char, ent.end_char
    degrees: list[Found] = []
    while True:
        m = re.match(r"([A-Za-z]+)\.?\s+", text[start:end])
        if not m:
            break
        word = m.group(1).casefold()
        if word in prefix_degrees():
            written = m.group(1)   # "Dr" (doctorate) and "dr" (physician) differ only in case
            degrees.append(Found(written if word == "dr" else prefix_degrees()[word], start, start + len(written),
                                 "ner+rule:degree"))
        elif word not in honorifics():
            break
        start += m.end()
    degrees = merge_prefix_degrees(degrees)
    while end > start and text[end - 1] in " ,.":
        end -= 1
    links = set(position_rules()["name_links"])
    for w in re.finditer(r"\S+", text[start:end]):
        if w.start() and w.group(0)[:1].islower() and w.group(0) not in links:
            end = start + len(text[start:start + w.start()].rstrip())
            break   # "Hendra berharap Kukar": the name ends before a word of the sentence
    return start, end, degrees


def _on_headline(text: str, pos: int) -> bool:
    from .agency_text import _is_headline
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return _is_headline(text[start:len(text) if end < 0 else end])


def _office_word(word: str) -> bool:
    """Office or role vocabulary, a region's name or a numeral: words no person's name is made of alone."""
    w = word.strip(".,")
    return w.casefold() in office_words() or w.casefold() in role_words() or is_region_word(w) \
        or bool(re.fullmatch(r"[IVX]+", w))


def _addressed(text: str, name_start: int) -> bool:
    """A spoken honorific right before the name ("Bapak X", "Ibu X", "Sdr. X"): a person, whatever the model
    makes of a name it has never seen. "H."/"Hi." (Haji) are also initials and do not count."""
    m = re.search(r"([A-Za-z]+)\.?\s+$", text[max(0, name_start - 12):name_start])
    return bool(m) and m.group(1).casefold() in honorifics() - {"h", "hi"}


def _merge_officials(doc: Doc, ents: list[Span], settings: Settings) -> None:
    draft = doc._.draft
    text = doc_text(doc)
    people = list(draft.get("officials") or [])
    kept = []
    for p in people:
        name = p["name"]
        labels = _labels_at(ents, name.start, name.end)
        if "PERSON" in labels:
            p["name"] = Found(name.value, name.start, name.end, _tag(name.method), name.extra)
            kept.append(p)
            continue
        # the rules' own evidence (a position read with the name, degrees) or a title standing by it
        strong = bool(value_of(p.get("position")) or p.get("degrees")) or _addressed(text, name.start) \
            or _title_before(text, name.start, settings) is not None or _title_after(text, name.end) is not None
        if labels & {"INNOVATION", "ORG", "VENUE"} and not strong:
            continue   # the model reads it as a programme, a body or a place, and no title stands by it
        kept.append(p)
    not_roles = {w.casefold() for w in position_rules()["not_officials"]}
    generic = {w.casefold() for w in position_rules().get("generic_titles", [])}
    context = None
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        start, end, degrees = _name_from_ent(ent)
        if end <= start or any(o["name"].start < end and start < o["name"].end for o in kept):
            continue
        if any(isinstance(o.get("position"), Found) and o["position"].start <= start < o["position"].end for o in kept):
            continue   # inside a rule official's position: "Bupati Intan Jaya, Budi": the region, not a person
        name = text[start:end]
        if not re.search(r"[A-Z]", name[:1]) or name.casefold() in not_roles \
                or all(_office_word(w) for w in name.split()):
            continue   # "Inspektorat", "Kepala Bidang", "Wartawan Indonesia Kabupaten X": vocabulary, not a name
        if any(names_match(value_of(o["name"]), name) for o in kept):
            continue
        if _on_headline(text, ent.start_char):
            continue   # "Bupati Dan Wakil Bupati X Resmi Launching ...": capitals say nothing in a headline
        title = _title_before(text, ent.start_char, settings)
        if title is None:
            title = _title_after(text, ent.end_char)
        if title is None or any(title[0] < o["name"].end and o["name"].start < title[1] for o in kept):
            continue   # a "title" running over another person's name is a list of people, not one title
        position_text = re.sub(r"\s+", " ", text[title[0]:title[1]]).strip(" ,")
        if _local_place(position_text, name):
            continue   # "Hadir pula Camat Long Kali.": the district the head heads, not a person
        if not position_text or position_text.casefold() in generic \
                or position_text.split()[-1].rstrip(".") in position_rules().get("company_forms", []):
            continue   # "Direktur Tri Indonesia": a one-word title companies use too, before a brand;
            # "Presiden Direktur PT X": the company follows the title, not a person
        degrees += _degrees_after(text, ent.end_char)
        context = context or document_context(doc)   # the rules' normalising: "Kepala Bappeda X" -> "Kepala Badan ..."
        position_text = normalise_position(position_text, text, *context)
        kept.append({"name": Found(name, start, end, "ner"),
                     "position": Found(position_text, title[0], title[1], "ner+rule:position"),
                     "degrees": degrees})
    draft["officials"] = kept


def _local_place(position: str, name: str) -> bool:
    """`name` is a kecamatan's or village's name right after the district or village head `position` ends with."""
    from .official_words import local_places

    for head, kind in position_rules().get("local_heads", {}).items():
        if position == head or position.endswith(" " + head):
            return name.rstrip(".").casefold() in local_places(kind)
    return False


# ---------------------------------------------------------------- innovations

def _merge_innovations(doc: Doc, ents: list[Span], settings: Settings) -> None:
    from .innovation_owners import agency_value, owner_acts
    from .innovations import rules as innovation_rules
    from .innovation_text import Cand
    from .innovation_valid import valid

    text = doc_text(doc)
    draft = doc._.draft
    items = list(draft.get("innovations") or [])
    kept = []
    for item in items:
        name = item["name"]
        labels = _labels_at(ents, name.start, name.end)
        if "VENUE" in labels and not any(one_place(text, e, name) for e in _overlapping(ents, name.start, name.end)
                                         if e.label_ == "VENUE"):
            labels.discard("VENUE")   # "Rumah Singgah X dan aplikasi Y" read as one place: a list, not a venue
        if "VENUE" in labels and "INNOVATION" not in labels \
                and name.method.rsplit(":", 1)[-1] in WEAK_INNOVATION_CUES:
            continue   # the model reads it as a place, and only a list or quotes said otherwise
        if "INNOVATION" in labels:
            item["name"] = Found(name.value, name.start, name.end, _tag(name.method), name.extra)
        kept.append(item)
    r = innovation_rules()
    triggers = r["direct_triggers"] | r["innovation_words"]
    modifiers = set(r["trigger_modifiers"])
    blockers = set(r["trigger_blockers"])
    not_innovations = r["not_innovations"] | r["bad_first_words"]
    spans = [(i["name"].start, i["name"].end) for i in kept]
    rule_names = list(spans)
    spans += [(i["long_name"].start, i["long_name"].end) for i in kept if isinstance(i.get("long_name"), Found)]
    # a span the rules read as a person or a body is not an innovation
    spans += [(o["name"].start, o["name"].end) for o in draft.get("officials") or []]
    spans += [(m.start, m.end) for m in doc._.found.get("agency_mentions") or []]
    for ent in _new_ents(ents, "INNOVATION", spans):
        value = ent.text.strip(QUOTES + " ,.")
        s = ent.start_char + ent.text.index(value)
        if len(value) < settings.min_innovation_chars or value.casefold() in not_innovations \
                or value.split()[0].casefold() in not_innovations:
            continue
        if not (value[:1].isupper() or value[:1].isdigit() or re.match(r"(?:e|m|i|si|my)-\w", value)):
            continue   # "sistem informasi tersebut": a description, not a proper name (ANNOTATION rule 8)
        why = innovation_context(doc, ent, triggers, modifiers) or (
            None if _on_headline(text, s) else list_neighbour(text, s, s + len(value), rule_names))
        # (a headline's comma parts clauses: "Dinkes Luncurkan JAK SEHAT, Petugas Kesehatan Jemput Warga ke Gampong")
        if why is None or names_something_else(text, value, blockers) \
                or not valid(text, Cand((s, s + len(value)), None, 0, 0, "ner")):
            continue   # (the rules' own test of a name: a region's take on a national programme, a body, a place...)
        long_name = None
        expansion = expansion_after(text, ent)
        dash = re.match(r"(.+?)\s+[-–]\s+(.+)$", value)
        if dash and abbreviates(dash.group(1), dash.group(2)):   # "PASTER DIGI - Pasar Ternak Digital": name - long form
            expansion = (s + dash.start(2), s + dash.end(2))
            value = dash.group(1)
        if expansion is not None and not any(a < expansion[1] and expansion[0] < b for a, b in spans):
            long_name = Found(text[expansion[0]:expansion[1]], *expansion, "ner+rule:long_form")
            spans.append(expansion)   # the model may tag the long name too: it is this innovation's
        same = next((i for i in kept if str(value_of(i["name"])).casefold() == value.casefold()), None)
        if same is not None and long_name is not None and not same.get("long_name"):
            same["long_name"] = long_name   # the rules read a later mention; the model the one its expansion follows
        if same is not None or described_by_a_quoted_name(text, (s, s + len(value)), rule_names) \
                or inside_a_longer_name(text, (s, s + len(value)), {str(value_of(i["name"])) for i in kept}):
            continue   # another mention of an innovation already read, the kind of one named in quotes right after it
            # ('Rumah Singgah Pasien "Griya Sehat"'), or a part of one written here ("menerapkan
            # NALA KK" read as "NALA"; "Pintar Gizi" of "Mama Pintar Gizi")
        agency = None
        owner = owner_after_entity(text, ent.end_char, ent.text) if why == "owner" and not _on_headline(text, s) else None
        if owner is not None:
            agency = owner_acts(doc, agency_value(doc, owner))   # an innovation's owner acts (ANNOTATION rule 7)
        kept.append({"name": Found(value, s, s + len(value), f"ner+rule:{why}"), "long_name": long_name,
                     "agency": agency, "jenis": None, "bentuk": None, "inisiator": None, "tahapan": None,
                     "trial_date": None, "implementation_date": None})
        spans.append((s, s + len(value)))
    draft["innovations"] = kept


# ---------------------------------------------------------------- agencies

def _acts(doc: Doc, text: str, start: int, end: int, value: str) -> bool:
    """The rules' test of a body's role (agency_acts.acts and agency_roles) applied to a body the model read."""
    from .agency_acts import acts
    from .agencies import sentence_start
    from .agency_roles import not_acting_spans
    from .agency_vocab import Mention, _head_pattern

    head = _head_pattern().match(value).group(0)
    acting, _ = acts(text, start, end, value, head.casefold(), sentence_start(text, start))
    mention = Mention(start, end, value, value, head, None, acting, {})
    return acting and start not in not_acting_spans(doc, [mention])


def _merge_agencies(doc: Doc, ents: list[Span]) -> None:
    from .agency_merge import _merge_key, _same_body
    from .agency_vocab import _acting_rules, _head_pattern, bare_kind, village_of_a_region
    from .innovations import rules as innovation_rules

    not_innovations = innovation_rules()["not_innovations"]
    not_bodies = _acting_rules()["not_bodies"]
    headline_verbs = set(position_rules()["title_verbs"])
    draft = doc._.draft
    agencies = list(draft.get("agencies") or [])
    mentions = doc._.found.get("agency_mentions") or []
    covered = [(m.start, m.end) for m in mentions]
    covered += [(f.start, f.end) for f in (a["name"] if isinstance(a, dict) else a for a in agencies)
                if isinstance(f, Found) and f.end > f.start]   # bodies read from regions ("Pemerintah Aceh Besar")
    covered += [(f.start, f.end) for i in draft.get("innovations") or [] for f in (i.get("name"), i.get("long_name"))
                if isinstance(f, Found) and f.end > f.start]   # "Rumah Sakit Tanpa Antre (RSTA)": an innovation's name
    names = {str(value_of(a["name"] if isinstance(a, dict) else a)).casefold() for a in agencies}
    text = doc_text(doc)
    for ent in _new_ents(ents, "ORG", covered):
        raw = ent.text.strip(" ,.")
        s = ent.start_char + ent.text.index(raw)
        value = raw   # one line, no sentence break inside (checked below), so spaces are single
        if not _head_pattern().match(value) or len(value.split()) < 2 or value.casefold() in names \
                or re.search(r"[.;:\n]\s|\s\s", raw) or not value.split()[-1][:1].isupper():
            continue
        if re.match(r"(?:Pemerintah|Pemkab|Pemkot|Pemprov)\b", value) and len(value.split()) <= 2:
            continue
        if not_bodies.match(value) or village_of_a_region(_head_pattern().match(value).group(0), value.split()):
            continue   # "Lembaga Penelitian dan Pengabdian kepada Masyarakat", "Balai Desa X": not a body (the rules' list);
            # "Kelurahan Kabupaten X": the level of a contest's entrants
        if any(w in headline_verbs for w in value.split()[1:]):
            continue   # "UPTD PKB Sosialisasikan UJIBOL dan SiANTRI": a headline the model read as a body's name
        if re.match(r"Pemerintah\s+[a-z]", value):
            continue   # "Pemerintah daerah Kabupaten X": the rules read the region's government where it acts
        if re.search(r"\sdi\s|\sse-", value) or bare_kind(value):
            continue   # "UPT Puskesmas di Kabupaten X", "Puskesmas se-Kabupaten X": a kind of unit across a region
        if re.search(r"(?<![\w-])\d+(?![\w-])", value):
            continue   # "UPT X dan 9 Puskesmas": a count of bodies, not one body
        if re.search(r"\btentang\s+$", text[max(0, s - 12):s], re.IGNORECASE) \
                or re.search(r"\b(?:Pasal|Nomor|Ayat)\b", value):
            continue   # "Undang-undang ... tentang Pemerintah Daerah Pasal 388": a law's title, not a body
        if " ".join(value.split()[1:]).casefold() in not_innovations:
            continue   # "Sekretariat KIPP": the office of a competition or national programme, not a body
        if "/" in value or re.search(r",\s*dan\b", value) or value.split()[-1] in LEVEL_WORDS:
            continue   # "Pemerintah Daerah Provinsi, dan Kabupaten/Kota": levels of government, not one body
        if any(position_head_at(text, s + m.end()) for m in re.finditer(r",\s*", value)):
            continue   # "di JSC, Balai Kota, Wakil Kepala Bappeda ...": a place, then a speaker's title
        if re.match(r"\s*,\s*[A-Z][a-z]", text[ent.end_char:ent.end_char + 4]):
            continue   # "Dinas Cipta Karya, Tata Ruang dan ...": a name with commas the model cut short
        if not _acts(doc, text, s, s + len(value), value):
            continue   # the model reads a body; the rules' roles say it only attends, is addressed, is a place...
        if any(_same_body(_merge_key(n), _merge_key(value)) for n in names):
            continue   # "RSD Soemarno ... Tanjung Selor" beside the rules' "RSD dr. H. Soemarno ... Tanjung Selor"
        agencies.append({"name": Found(value, s, s + len(value), "ner+rule:agency_head")})
        names.add(value.casefold())
    draft["agencies"] = agencies


def _drop_officials_inside_innovations(doc: Doc) -> None:
    """A "person" the rules read inside an innovation's name or long form ("Kartu Anggota ... (Pasien Antar Pulau
    Terlayani Cepat)": "Anggota" taken for a title, "Cepat" for its holder; "Camat Turun Parit") is no official."""
    draft = doc._.draft
    spans = [(f.start, f.end) for i in draft.get("innovations") or [] for f in (i.get("name"), i.get("long_name"))
             if isinstance(f, Found) and f.end > f.start]
    officials = draft.get("officials") or []
    kept = [o for o in officials if not (isinstance(o.get("name"), Found) and any(
        s <= o["name"].start and o["name"].end <= e for s, e in spans))]
    if len(kept) != len(officials):
        draft["officials"] = kept


def merge_entities(doc: Doc, settings: Settings) -> Doc:
    ensure_state(doc)
    if is_form(doc):
        return doc
    _drop_officials_inside_innovations(doc)
    if not doc.ents:
        return doc
    ents = list(doc.ents)
    _merge_officials(doc, ents, settings)
    _merge_innovations(doc, ents, settings)
    _merge_agencies(doc, ents)
    return doc


@Language.factory("inovasi_entities", default_config={"window": 90, "min_innovation_chars": 3})
def make_entities(nlp: Language, name: str, window: int, min_innovation_chars: int):
    settings = Settings(window=window, min_innovation_chars=min_innovation_chars)
    return lambda doc: merge_entities(doc, settings)
