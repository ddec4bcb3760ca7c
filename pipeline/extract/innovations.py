"""Named innovations in news text: `inovasi_innovations`.

Finds proper names of programmes, applications and service changes ("inovasi SALJU",
"aplikasi SIMODUS", quoted names, lists after "seperti"/"antara lain:", "Long Form (SHORT)",
"X atau disingkat Y", "Y, singkatan dari X", numbered lists under "... inovasi:") and the body
that owns each one (innovation_owners.py). Items of a list are read by innovation_items.py; names read from their
context are in innovation_context.py, names read from their own form (copulas, quotes, acronyms) in innovation_forms.py.
Word lists live in rules/innovations.toml. Forms are skipped (forms.py fills them).
"""
from __future__ import annotations

import re
from spacy.language import Language
from spacy.tokens import Doc

from ..evidence import Found
from .common import doc_text, ensure_state, is_form
from .agency_text import LIST_ITEM
from .innovation_owners import assign_owners, bodies_inside_names, owners_act, units_named
from .innovation_context import ContextRules
from .innovation_forms import FormRules
from .innovation_owned import OwnedRules
from .innovation_dedupe import dedupe, headline_short_names, recurs, refers_back
from .innovation_lists import numbered_items
from .innovation_tables import table_items
from .innovation_items import Ctx, one_item, parse_items
from .innovation_text import (NATIONAL_SOURCE, OPEN_Q, Cand, _quoted, apposed, cap_run, clean_name, found, is_acronym, is_cap, opens_numbered_name,
                              rules, sentences, text_of, tokenize, window_has as _window_has)
from .innovation_valid import named_unit, valid

METHOD = "rule:innovation"
ORDINALS = {"pertama", "kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "kedelapan", "kesembilan",
            "kesepuluh"}


BULLET = re.compile(r"\s*(?:[-–•*·▪]|\d{1,2}[.)])\s")



PHRASE_BREAKS = {"dan", "yang", "di", "ke", "dari", "untuk", "dengan", "oleh", "pada", "serta", "atau", ",", ".", ":"}


def _noun_phrase(words: list[str]) -> list[str]:
    """The words of the noun phrase ending the list, from its head: after the last verb (me-, di-, ber-, ter-),
    preposition or punctuation ("meluncurkan aplikasi pelaporan jalan rusak" -> "aplikasi pelaporan jalan rusak")."""
    cut = max((k + 1 for k, w in enumerate(words) if w in PHRASE_BREAKS
               or len(w) > 4 and w.startswith(("me", "di", "ber", "ter"))), default=0)
    return words[cut:]


def _is_headline(line: str) -> bool:
    """A title-case line without a final stop ("Bupati Resmikan 5 Inovasi Peserta Lomba"), or a related-story link."""
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", line) if w.lower() not in rules()["inner_connectors"]
             and w.lower() not in {"dan", "dengan", "yang", "demi", "pada", "atau", "serta", "dalam"}]
    if line.strip().lower().startswith(tuple(rules()["related_markers"])):
        return True   # "Baca juga: ...": a link to another story, like a headline
    if len(words) < 3 or line.rstrip().endswith((".", "?", "!", ":")) or len(line) > 200:
        return False
    if (BULLET.match(line) or LIST_ITEM.match(line)) and any(w in rules()["innovation_words"] for w in words):
        return False   # a list item in sentence case ("- Terbaik III: Pemkab X melalui Dinas Y, inovasi “Z”",
        # "Juara II: Desa X, Kecamatan Y, dengan inovasi Z")
    return sum(w[0].isupper() for w in words) >= 0.75 * len(words)


VERB_SHAPE = re.compile(r"(?:di|me|ber)[a-z]{4,}")   # "dilengkapi", "menyiapkan": a clause, not the phrase's words


def _headed_by_innovation(before: list[str], r: dict) -> bool:
    """An innovation word heads the phrase a naming trigger closes, and a blocker after it only describes it
    ("layanan antar jemput dokumen yang diberi nama X" names a service; not "inovasi itu dilengkapi dokumen bernama X",
    where a verb opens another phrase)."""
    # (a trigger word heads it too: "sistem peringatan dini banjir berbasis SMS yang diberi nama X")
    last = max((k for k, w in enumerate(before) if w in r["innovation_words"]
                or w in r["direct_triggers"] and w not in r["person_words"] and w != "inovator"), default=None)
    if last is None or any(w in r["list_blockers"] for w in before[max(0, last - 2):last + 1]):
        return False
    phrase = [w for w in before[last + 1:] if w not in ("yang", "diberi", "dengan")]
    return not any(w in r["person_words"] or w in r["naming_blockers"]
                   or VERB_SHAPE.fullmatch(w) and w not in r["phrase_describers"] for w in phrase)


class _Finder(ContextRules, FormRules, OwnedRules):
    """Candidates of one document, sentence by sentence; `add` keeps those that pass `valid`."""

    def __init__(self, doc: Doc):
        self.r = rules()
        self.text = text = doc_text(doc)
        mentions = (doc._.found or {}).get("agency_mentions") or []
        self.ctx = Ctx(text, {m.start: m.end for m in mentions})
        self.body_spans = [(m.start, m.end) for m in mentions]
        self.body_ends = {e for _, e in self.body_spans}
        self.heads = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text) if _is_headline(m.group())]
        # the people the officials component read (a rank may go to a person: "Juara I diraih Siti Aminah")
        self.people = [o["name"] for o in (doc._.draft or {}).get("officials") or [] if isinstance(o.get("name"), Found)]
        # ... and every name the model calls a person's anywhere in the text (a rule that reads a bare name reads these)
        self.person_names = {e.text.casefold() for e in doc.ents if e.label_ == "PERSON"}
        self.cands: list[Cand] = []
        self.prev_had = False
        self.last_ordinal: int | None = None
        self.prev_words: list[str] = []
        self.recent: list[list[str]] = []   # the words of the last three sentences
        self.lately = False   # innovation words in the sentence or the three before it
        self.si, self.sent, self.toks, self.words, self.found_here = 0, None, [], [], False
        self.prev_question = False   # the sentence before asked a question ("Apa saja inovasi yang diandalkan?")
        # a story about an innovation contest: its opening names innovations and a contest or an award ("Juara I diraih
        # X" several paragraphs down still ranks innovations)
        opening = re.findall(r"[\w-]+", text[:600].lower())
        self.contest = _window_has(opening, self.r) and bool(set(opening) & self.r["contest_words"])

    def run(self, doc: Doc) -> list[Cand]:
        sents = sentences(doc)
        for si, sent in enumerate(sents):
            self.si, self.sent = si, sent
            self.next_words = re.findall(r"[\w-]+", sents[si + 1].text.lower())[:3] if si + 1 < len(sents) else []
            self.toks = tokenize(sent.text, sent.start_char)
            self.words = [x.low for x in self.toks]
            # innovation words in this sentence or the three before it: read by several rules below
            self.lately = _window_has(self.words, self.r) or any(_window_has(ws, self.r) for ws in self.recent)
            self.found_here = False
            self.triggers()
            self.headline_verbs()
            self.headline_winners()
            self.continued_list()
            self.besides()
            self.body_shows()
            self.body_colon_names()
            self.developed()
            self.owned_names()
            self.run_by_names()
            self.body_role_names()
            self.staged_names()
            self.described_owned()
            self.named_back()
            self.partitive_names()
            self.range_list()
            self.quoted_names()
            self.acronym_or_long()
            self.abbreviated()
            self.predicative()
            self.object_long_forms()
            self.means_names()
            self.ranked()
            self.acronym_expanded()
            self.entry_apposed()
            self.besides_parallel()
            self.conjoined_names()   # (last: the names every rule read in this sentence are known)
            if self.found_here and any(w in ORDINALS for w in self.words[:4]):
                self.last_ordinal = si   # "Kedua, layanan X ...", "Layanan pertama bernama X"
            self.prev_had, self.prev_words = self.found_here, self.words
            self.prev_question = sent.text.rstrip().endswith("?")
            self.recent = (self.recent + [self.words])[-3:]
            self.expansions()
            self.copula_expansions()
        return self.cands

    def add(self, items, how: str, trig: int | None) -> None:
        r, text = self.r, self.text
        for name, long, *rest in items:
            if any(s <= name[0] and name[1] <= e and not (long and long[0] != s and long[0] < e) for s, e in self.body_spans) \
                    and not named_unit(clean_name(text_of(text, name))):
                continue   # "inovasi DLH, yaitu ...": a body named before its innovations (but a mention that starts
                # elsewhere than the long form is misread: "Gerakan Desa Membangun (GERDEMA)", "A, B DESA dan Dapur Sehat
                # Atasi Stunting (DASHAT)")
            if re.search(r"(?:^|[\s“\"'(])si[- ]$", text[max(0, name[0] - 4):name[0]]) and text[name[0]:name[0] + 1].isupper():
                name = (name[0] - 3, name[1])   # "inovasi si BENING", "si-Dapur Sehat": the prefix in lower case
            head = re.match(r"(\w+)\s+", text[name[0]:name[1]])
            if head and head.group(1).lower() in r["direct_triggers"] and is_acronym(text[name[0] + head.end():name[1]]):
                name = (name[0] + head.end(), name[1])   # "Aplikasi SIGAP merupakan inovasi ...": the trigger opening
                # the sentence is no part of the name (no gold name is a trigger word and an acronym)
            c = Cand(name, long, self.si, trig, how)
            if not valid(text, c):
                nm = clean_name(text_of(text, name)).lower()
                if nm in r["not_innovations"] or nm.split()[0] in r["school_words"]:
                    continue   # a national programme or a school among local names
                break   # a list that starts (or goes on) with a body, a title or a degree is no list of names
            c.owner = rest[0] if rest else None
            if c.owner and self._national_owner(c.owner) or NATIONAL_SOURCE.match(text, name[1]):
                continue   # "aplikasi SIKS-NG dari Kementerian Sosial", "program Kampung Nelayan Modern dari pemerintah
                # pusat": a national system the region uses
            c.headline = any(s <= name[0] < e for s, e in self.heads)
            self.cands.append(c)
            self.found_here = True

    def _national_owner(self, owner: tuple[int, int]) -> bool:
        """A ministry written out ("dari Kementerian Sosial"); an agency's abbreviation may be a local adopter's
        source ("aplikasi Tertib Arsip dari ANRI" stays a name)."""
        words = text_of(self.text, owner).split()
        return bool(words) and words[0].lower() in {"kementerian", "kementrian"}

    def triggers(self) -> None:
        r, toks, words, ctx = self.r, self.toks, self.words, self.ctx
        for i, t in enumerate(toks):
            nxt_i = i + 1
            prev = toks[i - 1] if i > 0 else None
            # direct triggers: "inovasi X", "aplikasi X"; naming: "inovasi yang dinamakan 'X'"
            before = words[max(0, i - r["list_window"]):i]
            naming = (t.low in r["naming_triggers"] or t.low in {"nama", "sebutan", "julukan", "label", "tajuk"} and prev is not None
                      and prev.low in {"diberi", "dengan"}) and self._naming_context(i, before) \
                and self._names_an_innovation(_noun_phrase(before[-5:]))
            # ("inovatornya bernama <person>", "maskot aplikasi bernama X"; but "inovasi desa bertajuk X" and
            # "aplikasi pengaduan warga bernama X" name an innovation: the phrase's head comes first)
            if (t.low in r["direct_triggers"] or naming) and nxt_i < len(toks):
                self.direct(i, t, prev, naming)
                continue
            # "Dinas Pariwisata dengan Ayo Piknik", "dari Dinas Kesehatan yaitu Posyandu Digital": a body's
            # innovation in a sentence about innovations
            gap = 0   # "Kelurahan X tampil dengan Y", "Puskesmas X tampil terbaik dengan Y": words of showing up
            while t.low == "dengan" and gap < 2 and i - gap - 2 >= 0 \
                    and toks[i - gap - 1].low in r["body_link_verbs"] | r["showing_up_words"]:
                gap += 1
            shows_up = gap > 0
            body_end = None if prev is None else toks[i - gap - 1].end if shows_up \
                else toks[i - 2].end if i >= 2 and prev.text == "," else prev.end
            ranked = self.contest and any(w in r["rank_words"] or w in r["place_words"] for w in words)
            # ("Juara III Pemerintah Desa Ajung, Kecamatan Ajung, dengan SAPA DESA": a comma after the body; "Kelurahan
            # X tampil dengan Y": a verb of showing up)
            if t.low in r["body_name_links"] and prev is not None and body_end in self.body_ends and nxt_i < len(toks) \
                    and is_cap(toks[nxt_i]) and (_window_has(words, r) or shows_up and self.lately
                                                 or t.low == "dengan" and ranked):
                # (in a contest story, a ranked body "dengan" its entry: "juara III ditempati BKD dengan PAJAK X")
                owner = next(((s, e) for s, e in self.body_spans if e == body_end), None)
                held = next((k for k, x in enumerate(toks) if owner and x.start == owner[0]), 0)
                if owner and prev.text == "," and held >= 2 and toks[held - 1].text == "," \
                        and toks[held].low in r["address_levels"]:
                    # "Pemerintah Desa Ajung, Kecamatan Ajung, dengan SAPA DESA": the district is the village's address
                    first = next(((s, e) for s, e in self.body_spans if e == toks[held - 2].end), None)
                    if first is not None:
                        owner = first
                        held = next((k for k, x in enumerate(toks) if x.start == owner[0]), 0)
                if t.low != "dengan" and held > 0 and toks[held - 1].low in r["position_words"]:
                    continue   # "Kepala Dinas Kesehatan yaitu Budi ...": a person holds the office
                items, _ = parse_items(toks, nxt_i, ctx, "direct")
                self.add([(nm, lg, owner) for nm, lg, _ in items[:1]], "body_with", i)
                if t.low in r["list_triggers"] and len(items) > 1 and all(own for _, _, own in items[1:]):
                    self.add(items[1:], "list", i)   # "dua inovasi Pemkab X, yakni A (..) milik Dinas Y, serta B
                    # milik Dinas Z": each further item with its own owner
                continue
            if self._loose_links(i, t, prev):
                continue
            if t.text == "," and nxt_i < len(toks) and is_cap(toks[nxt_i]) and self._counted_before(i):
                items, _ = parse_items(toks, nxt_i, ctx, "list")
                if len(items) >= 2:   # "mengevaluasi dua inovasi puskesmas, BUNDA SIGAP dan Posbindu Keliling"
                    self.add(items, "list", i)
                    continue
            # list triggers after an innovation word: "berbagai inovasi ..., seperti A, B, dan C"
            trig_len = next((len(mt) for mt in r["_multi_first"].get(t.low, ()) if words[i:i + len(mt)] == mt), 0)
            if not trig_len and t.low in r["list_triggers"]:
                trig_len = 1
            if trig_len:
                window = words[max(0, i - r["list_window"]):i]
                if i + trig_len < len(toks) and toks[i + trig_len].text == ":":
                    window = words[:i]   # "memaparkan 16 inovasi yang telah ..., antara lain: A, B"
                if i < 2 or self._opens_with_back_reference(words[:i]):
                    # "... inovasi. Misalnya X ...", "... sejumlah inovasi. Salah satunya adalah X"
                    window = self.prev_words[-r["list_window"]:] + window
                before = words[max(0, i - 2):i]
                places = any(w in r["list_place_heads"] for w in before) \
                    and not any(w in r["innovation_words"] for w in words[max(0, i - 3):i])
                if (_window_has(window, r) or self.lately and set(window) & r["entry_words"]) and not places \
                        and not set(words[i + trig_len:i + trig_len + 2]) & r["list_blockers"] \
                        and not any(w in r["national_markers"] for w in words[max(0, i - 3):i]) \
                        and not any(w in r["noun_negations"] and words[k + 1] in r["innovation_words"]
                                    for k, w in enumerate(words[max(0, i - 4):i - 1], max(0, i - 4))):
                    # ("yang bukan inovasi, seperti A, B": what is not one)
                    # ("program nasional seperti A, B dan C": the region takes part in national programmes)
                    # ("Laboratorium Inovasi terdiri dari tahapan Drum-Up, Diagnose, ...": a list of stages)
                    items, _ = parse_items(toks, i + trig_len, ctx, "list")
                    self.add(items, "list", i)

    def _counted_before(self, i: int) -> bool:
        """A count and an innovation word right before the comma at toks[i], with only lower-case words between
        ("dua inovasi puskesmas,"): the names follow in apposition."""
        toks = self.toks
        k = i - 1
        while k >= 0 and i - k <= 4 and toks[k].text.isalpha() and toks[k].text.islower():
            if toks[k].low in self.r["innovation_words"] and k > 0 and toks[k - 1].low in self.r["count_words"]:
                return True
            k -= 1
        return False

    def _names_an_innovation(self, before: list[str]) -> bool:
        """The head of the noun phrase before a naming trigger is no person or other thing: its first innovation,
        person or blocker word decides (Indonesian puts the head first: "aplikasi pengaduan warga" names an
        application, "maskot aplikasi" and "kelompok tani" do not)."""
        r = self.r
        for w in before:
            if w in r["innovation_words"]:
                return True
            if w in r["person_words"] or w in r["naming_blockers"]:
                return False
        return True

    def _naming_context(self, i: int, before: list[str]) -> bool:
        """A name after "bernama"/"dinamai" is an innovation's when an innovation word stands shortly before, or in the
        previous sentence for a trigger opening this one ("... dua inovasi pendukung. Yang pertama dinamai “X”"), or
        a launch verb does ("meluncurkan anjungan mandiri bernama X"), or, in a contest story, a rank ("Juara kedua
        diraih pupuk organik cair bernama X")."""
        r = self.r
        return _window_has(before, r) or _headed_by_innovation(before, r) \
            or i < 5 and _window_has(self.prev_words[-r["list_window"]:], r) \
            or any(w in r["owner_verbs"] for w in before[-6:]) \
            or self.contest and any(w in r["rank_words"] for w in before)

    def _opens_with_back_reference(self, before: list[str]) -> bool:
        """"Salah satunya adalah X", "Beberapa di antaranya sudah direplikasi daerah lain, yakni A, B": the sentence
        opens with words pointing back at the previous sentence's innovations, or they stand right before the list
        trigger."""
        opening = " ".join(w for w in before if w != "\n")
        # ... or ends with them, right before the list ("Kabag Organisasi menyebut beberapa di antaranya adalah A, B")
        return any(opening == b or opening.startswith(b + " ") or opening.endswith(" " + b)
                   for b in self.r["back_references"])

    def direct(self, i: int, t, prev, naming: bool) -> None:
        r, toks, ctx = self.r, self.toks, self.ctx
        if t.low == "program" and r["_broadcast"].search(self.sent.text):
            return   # a station's programme: "Saksikan liputannya di program Banten Hari Ini pukul 18.00 WIB"
        if prev is not None and (prev.low in r["trigger_blockers"] or prev.text == "("):
            return   # "Perwali ... tentang Sistem X", "lomba inovasi X", "Y (Aplikasi Z)"
        if i >= 2 and prev.low == "dari" and toks[i - 2].low in {"singkatan", "kepanjangan", "kependekan", "akronim"}:
            return   # "X, kepanjangan dari Gerakan Bersama ...": the long form of X (expansions())
        if t.text[0].isupper() and prev is not None and prev.low in {"dan", "serta", ","} and not naming \
                and (res := one_item(toks, i, ctx)) and res[1] is not None and res[1][0] == t.start:
            items, _ = parse_items(toks, i, ctx, "direct")
            self.add(items, "direct", i)   # "sejumlah inovasi, serta Sistem Informasi Pemantauan Pembangunan (SIPP)":
            return   # a list's item that is the long form of the acronym after it
        if t.text[0].isupper() and prev is not None and (
                is_cap(prev) and toks[i + 1].text not in OPEN_Q or prev.text in OPEN_Q or prev.low == "atau"
                or prev.low in {"dan", "serta", ","} and t.low not in r["single_token_triggers"]):
            return   # inside a title ("Kompetisi Inovasi Pelayanan Publik"; but a headline's 'Tiru Inovasi "X"' names X),
            # a quote, an expansion or a list item ("A, Layanan Antar Obat, dan B")
        if i >= 2 and toks[i - 2].low in r["national_markers"] and prev.low in r["list_triggers"]:
            return   # "program nasional seperti Program Indonesia Sehat ..., Posbindu PTM dan X": national ones
        if t.text[0].isupper() and not naming:
            # the trigger opens the long form: "Sistem Informasi Rencana Pembangunan (Sirenbang)"
            res = one_item(toks, i, ctx)
            if res and res[1] is not None and res[1][0] == t.start:
                items, _ = parse_items(toks, i, ctx, "direct")
                self.add(items, "direct", i)
                return
            nxt = toks[i + 1]
            if prev is not None and prev.text.isalpha() and prev.text.islower() and nxt.text[:1].isupper() \
                    and not nxt.text.isupper() and t.low in r["titled_triggers"]:
                # "sosialisasi Sistem Informasi Inovasi Daerah": the trigger is the first word of a title, so the
                # rest is no name; "Gerakan Tanam Pohon Serentak" is named with its first word
                if r["titled_triggers"][t.low] == "whole":
                    e = cap_run(toks, i)
                    self.add([((t.start, toks[e - 1].end), None)], "direct", i)
                return
        mode = "single" if t.low in r["single_token_triggers"] else "direct"
        j = i + 1
        while j < len(toks) - 1 and (toks[j].low in r["trigger_modifiers"]
                                     and not (toks[j].text[:1].isupper() and opens_numbered_name(toks, j))
                                     or toks[j].text == "," and (j > i + 1 or t.low.endswith("nya") and apposed(toks, j + 1))
                                     or toks[j].low in r["trigger_scopes"] and toks[j + 1].low in r["trigger_modifiers"]
                                     or toks[j].low in r["trigger_scopes"] and j + 2 < len(toks)
                                     and named_unit(f"{toks[j + 1].text} {toks[j + 2].text}")):
            j += 1   # "inovasi unggulan SEHATI", "inovasi terbarunya, Si Gesit", "inovasi desa berupa X",
            # "dengan inovasinya, Bunda Cerdas, berhasil ..."
        if j > i + 1 and j < len(toks) and toks[i + 1].low in r["name_opening_modifiers"] \
                and all(x.text[:1].isupper() and not x.text.isupper() for x in toks[i + 1:j + 1]) \
                and toks[j].low not in r["stop_tokens"]:
            j = i + 1   # "inovasi Pelayanan Publik Terpadu", "inovasi Pelayanan Prima Desa": the capitalised words
            # open the name, judged whole (here generic: no "Terpadu", no "Prima Desa"); not "inovasi pelayanan publik
            # Kendal Sehat", "inovasi Pelayanan Publik SIPANDU"
        if any(x.low in r["national_markers"] for x in toks[i + 1:j]):
            return   # "program nasional seperti A, B dan C": national programmes the region takes part in
        if j < len(toks) - 1 and toks[j].low in r["owner_links"] and toks[j + 1].start in ctx.bodies:
            j += 1   # "Inovasi milik Dinas Pertanian, Kios Tani Digital, masuk ...": the owner, then the name
        j = self._described_acronym(j)
        q = next((k for k in range(j, min(j + 4, len(toks) - 1)) if toks[k].text in OPEN_Q), None)
        if q is not None and q > j and toks[q + 1].text[:1].isupper() and all(x.text.isalpha() and x.text.islower() and x.low not in r["stop_tokens"]
                                           for x in toks[j:q]):
            j = q   # "layanan jemput bola "Dukcapil Datang"": what the service does, then its quoted name
        lower = self._lowercase_name(j)
        if lower is not None:
            self.add([lower], "direct", i)
            return
        items, _ = parse_items(toks, j, ctx, mode)
        self.add(items, "direct", i)

    def continued_list(self) -> None:
        r, toks = self.r, self.toks
        stext = self.sent.text.lower()
        lead = next((k for k, x in enumerate(toks) if x.text not in OPEN_Q and x.text != "\n"), len(toks))
        opening = " ".join(x.low for x in toks[lead:lead + 4]) + " "   # after an opening quote: '"Ada juga A ...'
        # "Ada juga A (..) dan B (..)" continuing the previous sentence's list
        if self.prev_had:
            for ct in r["continuation_triggers"]:
                if opening.startswith(ct + " "):
                    items, _ = parse_items(toks, lead + len(ct.split()), self.ctx, "list")
                    self.add(items, "continuation", 0)
        # "... menyebut sejumlah inovasi yang telah berjalan. "Ada Bidan Sampan dari Dinas Kesehatan yang ...": the
        # next sentence names one, with its owner (or two or more), after a bare "ada"
        elif _window_has(self.prev_words, r) and opening.startswith(("ada ", "lalu ada ", "kemudian ada ")):
            start = lead + (1 if opening.startswith("ada ") else 2)
            items, _ = parse_items(toks, start, self.ctx, "list")
            self.add(items if len(items) >= 2 else [it for it in items if it[2] is not None], "continuation", 0)
        # "Apa saja inovasi yang diandalkan? Ada A, B, dan C": the answer lists what the question asked for
        if self.prev_question and _window_has(self.prev_words, r):
            opener = next((o for o in r["answer_openers"] if stext.startswith(o + " ")), None)
            if opener:
                items, _ = parse_items(toks, len(opener.split()), self.ctx, "list")
                if len(items) >= 2:
                    self.add(items, "answer", 0)
        # "Bupati memaparkan dua inovasi. Pertama X ... Kedua, Y yakni ..."
        k = next((k for k, x in enumerate(toks) if x.text != "\n"), len(toks))
        if k + 1 < len(toks) and (toks[k].low == "yang" or toks[k].low in r["innovation_words"]) \
                and toks[k + 1].low in r["ordinal_openers"]:
            k += 1   # "Yang pertama, Noken Gizi Mama, garapan Dinas X ...", "Inovasi kedua, Tretan Tani, merupakan ..."
        if k < len(toks) and toks[k].low in r["ordinal_openers"]:
            chained = self.last_ordinal is not None and self.si - self.last_ordinal <= 3
            k += 2 if k + 1 < len(toks) and toks[k + 1].text == "," else 1
            if k < len(toks) and toks[k].low in r["copulas"]:
                k += 1   # "Yang kedua ialah PESTA Kampung alias ..."
            items, _ = parse_items(toks, k, self.ctx, "direct")
            after = next((a for a, x in enumerate(toks) if items and x.start >= items[0][0][1]), len(toks))
            if self.prev_had or self.lately:   # (innovations in this sentence or the three before it: "... Meuseuraya
                self.add(items[:1], "ordinal", None)   # Sampah ... menjadi yang pertama. ... Yang kedua, Si Peukan, ...")
            elif chained and items and after + 1 < len(toks) and toks[after].text == "," \
                    and toks[after + 1].low in r["direct_triggers"]:
                # "Layanan pertama bernama A. ... Kedua, layanan B. ... Ketiga, C, sistem pembayaran ...": an
                # enumeration of innovations goes on a few sentences later, the item described by a trigger word
                self.add(items[:1], "ordinal", None)
        # lowercase-prefixed technology names
        inner = self.lately and any(r["_tech"].fullmatch(t.text) and INNER_CAPITAL.match(t.text) for t in toks)
        if any(w in stext for w in r["tech_context"]) or DESCRIBED_NEXT.match(self.text, self.sent.end_char) or inner:
            # ("eSantun mendapat giliran pertama": a prefix run into a capital, a product's name, near innovations)
            for k, t in enumerate(toks):
                if r["_tech"].fullmatch(t.text) and (not t.text[0].isupper() or SI_CAPITAL.match(t.text)) \
                        and (not inner or INNER_CAPITAL.match(t.text) or any(w in stext for w in r["tech_context"])):
                    headline = t.text[0].isupper() and any(a <= t.start < b for a, b in self.heads)
                    e = k + 1 if headline else max(cap_run(toks, k), k + 1)   # with the capitalised words after it
                    # ("si-Dapur Sehat dari Dinkes"; "Si-Ngariksa" alone in a headline, which capitalises every word)
                    run = (t.start, toks[e - 1].end)
                    close = e + 2 if e + 2 < len(toks) and toks[e].text == "(" and toks[e + 2].text == ")" else None
                    if close and is_acronym(toks[e + 1].text) and e > k + 1 \
                            and toks[e + 1].text[0].casefold() == t.text[0].casefold():
                        self.add([((toks[e + 1].start, toks[e + 1].end), run)], "tech", None)   # "e-Lapor Jalan
                        continue   # Rusak (ELJARU)": the short name in brackets, the run its long form
                    self.add([(run, None)], "tech", None)


# the next sentence says what the last one named: "... kami siapkan e-Absen Guru. Itu inovasi digital, ..."
INNER_CAPITAL = re.compile(r"(?:e|m|i|si|my)[A-Z][a-z]|Si[A-Z]")   # "eSantun", "siCantik", "SiPakabaji": a capital inside
SI_CAPITAL = re.compile(r"Si-?[A-Z]")   # "SiPakabaji", "Si-Ngariksa": a prefix the tech rule reads though capitalised
DESCRIBED_NEXT = re.compile(r"\s*(?:Itu|Ini)\s+(?:adalah\s+|merupakan\s+|juga\s+)?(?:inovasi|aplikasi|sistem|layanan)\b")


def find_candidates(doc: Doc) -> list[Cand]:
    return _Finder(doc).run(doc)


@Language.factory("inovasi_innovations")
def make_innovations(nlp: Language, name: str):
    return find_innovations


def find_innovations(doc: Doc) -> Doc:
    ensure_state(doc)
    if is_form(doc):
        return doc
    text = doc_text(doc)
    cands = find_candidates(doc) + numbered_items(doc) + table_items(doc)
    headline_short_names(text, cands)
    cands = dedupe(text, [c for c in cands if not c.headline or recurs(text, c)
                          or c.how == "headline_verb" and refers_back(text, c)
                          or c.how == "direct" and _quoted(text, c.name)])
    # (a headline's quoted name after its trigger is a name though the story only says "inovasi tersebut":
    # 'Pemkab X Studi Tiru Inovasi "BRIGADE DAENG" di Y')
    assign_owners(doc, cands)
    owners_act(doc, cands)
    units_named(doc, text, cands)
    bodies_inside_names(doc, cands)
    out = []
    for c in cands:
        name_f = found(text, c.name, f"{METHOD}:{c.how}")
        long_f = found(text, c.long, f"{METHOD}:long_form") if c.long else None
        out.append({"name": name_f, "long_name": long_f, "agency": c.agency, "jenis": None, "bentuk": None,
                    "inisiator": None, "tahapan": None, "trial_date": None, "implementation_date": None})
    if out or "innovations" not in doc._.draft:
        doc._.draft["innovations"] = out
    return doc
