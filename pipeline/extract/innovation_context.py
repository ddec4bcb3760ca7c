"""Innovation names read from their context rather than a trigger right before them (issue 12): a list after
"Selain X, ... juga <verb>", a body showing names ("Pemkot X memamerkan A dan B"), a name before "yang dikembangkan",
a list after a colon, "sedangkan <region> dengan X", "ada X yang ...", apposition after a verb ("memperagakan X,
aplikasi yang ..."), lowercase words between a trigger and a name in capitals, names after a headline's launch verb
("Bupati Luncurkan A dan B"), a name in lower case marked by its expansion or quotes, a long name then its
short one after "atau". A mixin of innovations._Finder: it
reads the finder's sentence state (toks, words, prev_words, cands, ctx, body_spans) and calls its `add`."""
from __future__ import annotations

import re

from . import common
from .common import initials_within
from .innovation_items import RANK, one_item, parse_items
from .innovation_owned import name_shaped
from .innovation_text import (CLOSE_Q, OPEN_Q, PLACE_BEFORE, cap_run, clean_name, derives, is_cap, name_start_before,
                              text_of, window_has as _window_has)


# a lower-case gloss in brackets, then the owner ("Ina Ama Baca (kelas membaca bersama orang tua) dari Dinas X")
GLOSS_THEN_OWNER = re.compile(r"\s*\([a-z][^()\n]{2,120}\)\s*(?:dari|milik|besutan|garapan)\s+")


class ContextRules:
    def developed(self) -> None:
        """"rombongan mempelajari Kampung Siaga Stunting yang dikembangkan di Kelurahan X. Program ini ...": a name of
        two words or more before "yang" and a verb of creating (creation_verbs), in a sentence about innovations or
        before one that goes on about "program/inovasi ini"; or before a comma, the verb and the body that made it
        ("Satu lagi, Bank Sampah X, dikembangkan Dinas Lingkungan Hidup")."""
        r, toks = self.r, self.toks
        about = _window_has(self.prev_words + self.words, r) or len(self.next_words) >= 2 and \
            self.next_words[0] in r["innovation_words"] | r["predicate_nouns"] and self.next_words[1] in {"ini", "tersebut"}
        for i in range(2, len(toks) - 1):
            if toks[i].low not in ("yang", ",") or toks[i + 1].low not in r["creation_verbs"]:
                continue
            if toks[i].low == "yang" and toks[i - 1].text == ")" and (about or self._body_at(i + 2)) \
                    and not self._national_after(i + 2):
                self._developed_long_form(i)   # "Kartu Tani Sejahtera (KTS) yang digagas Dinas Pertanian ..."
                continue
            if not is_cap(toks[i - 1]):
                continue
            if toks[i].text == "," and not self._body_at(i + 2):
                continue   # "Satu lagi, Bank Sampah X, dikembangkan Dinas Y ...": without "yang", only with the body after
            if not (about or self._body_at(i + 2)):
                continue   # ("mempelajari Dapur Gizi Keliling yang dikembangkan Dinas Kesehatan setempat": a body made it)
            a = name_start_before(toks, i, r, r["means_words"] | r["discourse_openers"])
            # ("Berkat Posyandu X yang digagas ...": the sentence's opening word is no word of the name)
            if i - a < 2 or cap_run(toks, a) != i or toks[a].start in self.ctx.bodies:
                continue
            if a > 0 and toks[a - 1].text in OPEN_Q | CLOSE_Q:
                continue   # quoted names are read by the quote rules
            if a > 0 and toks[a - 1].low in PLACE_BEFORE or toks[a].low in r["venue_heads"]:
                continue   # a place: "digelar di Hotel X yang dikembangkan ...", "berkunjung ke Pasar Y yang ..."
            if toks[a].low in r["direct_triggers"] and i - a >= 3:
                a += 1     # "Program Jumat Curhat yang digagas ...": the trigger opening the sentence is no word of the name
            self.add([((toks[a].start, toks[i - 1].end), None)], "developed", i)
        if about:
            self._run_by_body()

    def _run_by_body(self) -> None:
        """"Sementara Lumbung Sagu dikelola langsung Pemerintah Kampung X": a name of two words or more opening the
        clause, then a verb of making or running it and the regional body that does (`developed`, without "yang")."""
        r, toks = self.r, self.toks
        verbs = r["creation_verbs"] | r["running_verbs"]
        for i in range(2, len(toks) - 1):
            if toks[i].low not in verbs or not is_cap(toks[i - 1]):
                continue
            k = i + 1
            while k < len(toks) and toks[k].low in {"langsung", "oleh", "sendiri"}:
                k += 1
            if not self._body_at(k):
                continue
            a = i - 1
            while a > 0 and (is_cap(toks[a - 1]) or toks[a - 1].low in r["inner_connectors"] and a < i - 1) and i - a < 8:
                a -= 1
            while a < i and (not is_cap(toks[a]) or toks[a].low in r["discourse_openers"]):
                a += 1
            opens = a == self._sent_start() or toks[a - 1].text == "," or toks[a - 1].low in r["discourse_openers"]
            if i - a < 2 or not opens or cap_run(toks, a) != i or toks[a].start in self.ctx.bodies \
                    or toks[a].low in r["venue_heads"] | r["body_heads"] | r["site_heads"]:
                continue   # (a body or a place that a body runs: "Pasar Sentral dikelola Dinas Perdagangan")
            owner = next(((s, e) for s, e in self.body_spans if s == toks[k].start), None)
            self.add([((toks[a].start, toks[i - 1].end), None, owner)], "developed", i)

    def _national_after(self, k: int) -> bool:
        """A national body makes it ("yang digagas (oleh) BKKBN"): a national programme, not the region's."""
        toks = self.toks
        k += 1 if k < len(toks) and toks[k].low == "oleh" else 0
        return k < len(toks) and (toks[k].low in self.r["national_bodies"]
                                  or toks[k].low in {"kementerian", "kementrian", "lembaga", "badan"}
                                  and k + 1 < len(toks) and toks[k + 1].low == "nasional")

    def _developed_long_form(self, i: int) -> None:
        """A long form and its short name in brackets right before "yang" at toks[i] (`developed`)."""
        toks, r = self.toks, self.r
        start = next((q for q in range(i - 2, max(-1, i - 6), -1) if toks[q].text == "("), None)
        if start is None:
            return
        a = start
        while a > 0 and (is_cap(toks[a - 1]) or toks[a - 1].low in r["inner_connectors"]) and start - a < 10:
            a -= 1
        while a < start and (not is_cap(toks[a]) or toks[a].low in r["means_words"] | r["discourse_openers"]):
            a += 1
        if a == start or toks[a].start in self.ctx.bodies \
                or a > 0 and toks[a - 1].low in {"di", "ke", "pada"} | ({"dari"} if not self._body_at(i + 2) else set()) \
                or any(x.low in r["national_markers"] for x in toks[max(0, a - 3):a]):
            return   # (a place; "program nasional Dapur Sehat Atasi Stunting (Dashat) yang ...": a national programme;
            # but "Contoh lain datang dari Klinik Izin Keliling (KLIK) yang digarap Dinas X": what a body made)
        res = one_item(toks, a, self.ctx, lenient=True)
        if res and res[1] is not None and res[2] == i:
            self.add([(res[0], res[1])], "developed", i)

    def _body_at(self, k: int) -> bool:
        """A regional body opens at toks[k] (after "oleh"): "yang dikembangkan (oleh) Dinas Kesehatan" (not a national
        one: "Model Laboratorium Inovasi yang dikembangkan oleh LAN" is a national method)."""
        toks, r = self.toks, self.r
        k += 1 if k < len(toks) and toks[k].low == "oleh" else 0
        return k < len(toks) and is_cap(toks[k]) and (toks[k].start in self.ctx.bodies or toks[k].low in r["body_heads"]) \
            and toks[k].low not in r["national_bodies"] | {"kementerian", "kementrian", "lembaga"}

    def body_shows(self) -> None:
        """"Sementara Pemkot X memamerkan A dan B": a body showing or launching names, next to a sentence about
        innovations (launching, running or making them: within three sentences of one) (not "Kepala Dinas X memaparkan ...": a person speaks)."""
        r, toks = self.r, self.toks
        about = self.prev_had or _window_has(self.words, r)
        lately = self.lately
        stand = any(w in r["stand_words"] for w in self.words)
        before = _window_has(self.prev_words, r) or stand and lately
        # (an exhibition's stands, a few sentences on: a stand shows innovations, "stan Dinas X memamerkan SI CEPOT")
        for i in range(1, len(toks) - 1):
            t = toks[i]
            if t.low not in r["owner_verbs"] and t.low not in r["showcase_verbs"] or not is_cap(toks[i + 1]):
                continue
            if not (about or self.found_here or before and (t.low in r["owner_verbs"] or t.low in r["presenting_verbs"]
                                                            or stand)
                    or lately and t.low in r["owner_verbs"]):
                continue   # (a sentence about innovations before it that names none: "Pemkab memamerkan 30 inovasi.
                # Dinas Pariwisata juga menampilkan Tari X dan Y" shows dances; "... memamerkan hasil inovasinya.
                # Stan Dinas X memperkenalkan A, sementara Puskesmas Y menampilkan B": a body introduces a name;
                # "... memaparkan inovasinya. Dinas X memaparkan A": a body presents what the sentence before announced)
            b = i - 1
            while b > 0 and (toks[b].low in r["owner_verb_adverbs"] or toks[b].text == ","):
                b -= 1   # "Dinas X juga menghadirkan", "Dinas X, misalnya, menghadirkan", "Puskesmas Y pun menjalankan"
            owner = next(((s, e) for s, e in self.body_spans if b >= 0 and e == toks[b].end), None)
            if owner is None and b >= 0 and toks[b].low in r["body_heads"] and toks[b].text[:1].isupper() \
                    and (b == 0 or not is_cap(toks[b - 1])):
                owner = (toks[b].start, toks[b].end)   # "Puskesmas juga menjalankan X": the body named before, bare
            if owner is None:
                continue
            held = next((k for k, x in enumerate(toks) if x.start == owner[0]), 0)
            if held > 0 and toks[held - 1].low in r["position_words"]:
                continue
            items, _ = parse_items(toks, i + 1, self.ctx, "list")
            self.add([(nm, lg, ow or owner) for nm, lg, ow in items], "body_shows", i)

    def body_colon_names(self) -> None:
        """"Adapun inovasi yang diusulkan: Dinas Kesehatan: Sipanda; Dinas Pendidikan: Gerbang Desa; Bappeda: Sapa
        Warga": each body with its innovation after a colon, the pairs parted by semicolons, in a sentence about
        innovations (the body owns the name)."""
        r, toks = self.r, self.toks
        if not toks or not _window_has(self.words, r) and not _window_has(self.prev_words, r):
            return
        pairs = []
        first, last = toks[0].start, toks[-1].end
        for s, e in self.body_spans:
            if not first <= s < last:
                continue
            k = next((k for k, t in enumerate(toks) if t.start >= e), None)
            if k is None or k + 1 >= len(toks) or toks[k].text != ":" or toks[k].start != e and \
                    self.text[e:toks[k].start].strip():
                continue
            if not any(t.start == s for t in toks):
                continue
            res = one_item(toks, k + 1, self.ctx, True)
            if res is None or res[2] < len(toks) and toks[res[2]].text not in {";", ".", ","}:
                continue
            pairs.append((res[0], res[1], (s, e)))
        if len(pairs) >= 2:   # one "Body: Name" alone may be a label ("Sumber: Dinas X")
            self.add(pairs, "body_colon", None)

    def besides(self) -> None:
        """"Selain SIGAP, Kabupaten X juga mengandalkan A, B, serta C": after a name the text gave before (or an
        innovation word), the object of the verb after "juga" lists more innovations."""
        r, toks, text = self.r, self.toks, self.text
        k = self._sent_start()
        if k >= len(toks) or toks[k].low not in r["besides_openers"]:
            return
        comma = next((c for c in range(k + 2, min(len(toks), k + 12)) if toks[c].text == ","), None)
        if comma is None:
            return
        ref = clean_name(text[toks[k + 1].start:toks[comma - 1].end]).lower()
        known = {clean_name(text_of(text, c.name)).lower() for c in self.cands}
        if ref not in known and not any(x.low in r["innovation_words"] for x in toks[k + 1:comma]):
            return
        j = next((j for j in range(comma + 1, len(toks) - 2) if toks[j].low == "juga"), None)
        if j is None or not toks[j + 1].text.isalpha() or not toks[j + 1].text.islower():
            return
        items, _ = parse_items(toks, j + 2, self.ctx, "list")
        self.add(items, "besides", j)

    def besides_parallel(self) -> None:
        """"Selain BANYU MILI, rombongan juga mendapat penjelasan tentang LANTIP (...)": a name after "Selain" stands
        beside an innovation the rest of the sentence names (run after every other rule of the sentence). It must look
        like a name (in capitals, quoted, or capitalised words the text writes three times or more: "Selain Dapur
        Sasarengan, ..."), not a body, a person or a place."""
        r, toks, text = self.r, self.toks, self.text
        k = self._sent_start()
        if k + 1 >= len(toks) or toks[k].low not in r["besides_openers"]:
            return
        comma = next((c for c in range(k + 2, min(len(toks), k + 8)) if toks[c].text == ","), None)
        if comma is None or not any(c.sent == self.si and c.name[0] > toks[comma].start for c in self.cands):
            return
        span = (toks[k + 1].start, toks[comma - 1].end)
        name = clean_name(text_of(text, span))
        quoted = text[span[0]:span[0] + 1] in OPEN_Q
        if not (quoted or name.replace(" ", "").replace("-", "").isupper()
                or len(name.split()) >= 2 and all(w[:1].isupper() for w in name.split()) and text.count(name) >= 3) \
                or any(s < span[1] and span[0] < e for s, e in self.body_spans) \
                or name.lower() in {clean_name(text_of(text, c.name)).lower() for c in self.cands}:
            return
        self.add([(span, None)], "besides", k)

    def entry_apposed(self) -> None:
        """"saat nama karya mereka, DERES PINTAR, diumumkan sebagai juara I": in a contest story, an entry named in
        apposition after the word for it (`entry_nouns`, a possessive between), closed by a comma."""
        r, toks = self.r, self.toks
        if not self.contest:
            return
        for i, t in enumerate(toks[:-2]):
            if t.low not in r["entry_nouns"] or not t.text.islower():
                continue   # (a common noun: not "Lurah Tuah Karya, Nama, ...", a place's name)
            j = i + 1 + (toks[i + 1].low in r["possessive_words"])
            if j + 1 >= len(toks) or toks[j].text != "," or not is_cap(toks[j + 1]):
                continue
            items, _ = parse_items(toks, j + 1, self.ctx, "direct")
            if items and re.match(r"\s*,", self.text[items[0][0][1]:]) \
                    and not any(p.start < items[0][0][1] and items[0][0][0] < p.end for p in self.people):
                self.add(items[:1], "entry_apposed", i)

    def _loose_links(self, i: int, t, prev) -> bool:
        """Names in a sentence about innovations without a trigger right before them: a list after a colon ("tiga
        inovasi yang paling diperhitungkan juri: A, B dan C"), a region's innovation in a comparison ("sedangkan
        Pringsewu dengan X"), and "ada X yang ..." ("Di Kabupaten Y ada X yang mempertemukan ...")."""
        r, toks, words, ctx = self.r, self.toks, self.words, self.ctx
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is None or not is_cap(nxt):
            return False
        if t.text == ":" and (prev is None or prev.low not in r["list_triggers"]) \
                and _window_has(words[max(0, i - 8):i], r):
            items, _ = parse_items(toks, i + 1, ctx, "list")
            if len(items) >= 2:
                self.add(items, "colon_list", i)
            return True
        if t.low == "dengan" and prev is not None and is_cap(prev) and prev.end not in self.body_ends \
                and _window_has(words, r):
            from ..regions import candidates
            a = i - 1
            while a > 0 and is_cap(toks[a - 1]) and i - a < 4:
                a -= 1   # "Kabupaten Tanah Datar dengan X": the region's name in two or three words
            if any(candidates(self.text[toks[b].start:prev.end]) for b in range(a, i)):
                items, _ = parse_items(toks, i + 1, ctx, "direct")
                self.add(items[:1], "region_with", i)
                return True
        if t.low == "ada" and (self.prev_had or _window_has(self.prev_words + words, r)):
            res = one_item(toks, i + 1, ctx)
            if res and res[2] < len(toks) and toks[res[2]].low == "yang" and toks[res[2] - 1].text not in CLOSE_Q \
                    and res[2] - (i + 1) >= 2:
                self.add([(res[0], res[1])], "existential", i)
                return True
        return False

    def ranked(self) -> None:
        """"Juara kedua diraih SIMPEL KAMPUNG (...) milik Dinas X, ... jatuh kepada “Posyandu Remaja”": names a rank goes
        to, in a sentence with a rank word near a sentence about innovations; bodies and people are no names, and a
        name needs quotes, an expansion or its owner with it (a bare capitalised run there may be a region or a team)."""
        r, toks = self.r, self.toks
        if not any(w in r["rank_words"] for w in self.words) \
                or not (self.lately or self.contest):
            return
        for i, t in enumerate(toks[:-1]):
            n = next((len(v.split()) for v in r["_rank_verbs"].get(t.low, ())
                      if [x.low for x in toks[i:i + len(v.split())]] == v.split()), 0)
            if not n and self.contest and t.low in r["rank_words"] and i + 3 < len(toks) \
                    and RANK.fullmatch(toks[i + 1].low) and toks[i + 2].text == ":":
                n = 3   # "Juara I: GERBANG GIZI, Puskesmas Batulicin." in a contest story
            if n and i + n < len(toks) and (is_cap(toks[i + n]) or toks[i + n].text in OPEN_Q) \
                    and toks[i + n].start not in self.ctx.bodies:
                items, _ = parse_items(toks, i + n, self.ctx, "list")
                self.add([it for it in items if not any(p.start < it[0][1] and it[0][0] < p.end for p in self.people)
                          and (self._marked_name(it) or self.contest and self.text[it[0][0]:it[0][1]].isupper()
                               and " " in self.text[it[0][0]:it[0][1]])], "ranked", i)
                # (in a contest story a name in capitals of two words or more needs nothing more)

    def acronym_expanded(self) -> None:
        """"Warga kini cukup datang ke GERDUKAN (Gerai Adminduk Kecamatan)": a name in capitals with its long form in
        brackets right after it, whose initials run through the capitals, near a sentence about innovations (not a
        body or a national programme: `valid` and the vocabulary's lists)."""
        r, toks, text = self.r, self.toks, self.text
        if not self.lately:
            return
        for i, t in enumerate(toks):
            if t.text != "(" or i == 0 or not toks[i - 1].text.isupper() or len(toks[i - 1].text) < 2:
                continue
            a = i - 1
            while a > 0 and toks[a - 1].text.isupper() and len(toks[a - 1].text) > 1 and i - a < 3:
                a -= 1
            close = next((k for k in range(i + 1, min(len(toks), i + 12)) if toks[k].text == ")"), None)
            if close is None or close - i < 3 or toks[a].start in self.ctx.bodies:
                continue
            short, long = text[toks[a].start:toks[i - 1].end], text[toks[i + 1].start:toks[close - 1].end]
            first = long.split()[0].lower()
            if initials_within(short, long) and first not in r["bad_long_first_words"] | r["bad_first_words"]:
                self.add([((toks[a].start, toks[i - 1].end), (toks[i + 1].start, toks[close - 1].end))],
                         "acronym_expanded", i)

    def _marked_name(self, item: tuple) -> bool:
        """A name with more than capitals to show it: quotes, an acronym's expansion, its owner stated with it, or an
        apposition that says what it is ("juara I diraih SIGUKEL, aplikasi pencatatan ...")."""
        (s, e), long, *rest = item
        described = re.match(r"\s*,\s*(\w+)", self.text[e:e + 30])
        glossed = GLOSS_THEN_OWNER.match(self.text, e)   # "Ina Ama Baca (kelas membaca ...) dari Dinas X"
        return bool(long or (rest and rest[0]) or self.text[max(0, s - 1):s] in OPEN_Q or self.text[e:e + 1] in CLOSE_Q
                    or described and described.group(1).lower() in self.r["direct_triggers"]
                    or glossed and glossed.end() in self.ctx.bodies)

    def _described(self, a: int, k: int, comma: bool) -> bool:
        """"memperagakan Tani Cerdas, aplikasi yang ...", "pada Rantang Kasih, yakni layanan ...": a name after a
        lowercase verb or preposition (not a speech verb: "ujar Budi, program ..."), then described by an innovation
        word, which after a bare comma must open a relative clause ("yang") or name its owner ("milik Dinas X"), maybe
        after a few lowercase words of what it does ("meninjau Klinik Tanaman Keliling, layanan diagnosis hama dan
        penyakit yang ...")."""
        r, toks = self.r, self.toks
        before = toks[a - 1]
        if not before.text.isalpha() or not before.text.islower() or before.low in r["speech_verbs"]:
            return False
        if comma:
            j = k + 1
            while j < min(len(toks), k + 9) and toks[j].low != "yang" and toks[j].low not in r["owner_markers"] \
                    and toks[j].text.isalpha() and (toks[j].text.islower() or toks[j].text.isupper() and len(toks[j].text) <= 5):
                j += 1   # (an abbreviation in capitals may be one of those words: "layanan konsultasi bagi ASN yang ...")
            owned = j + 1 < len(toks) and toks[j].low in r["owner_markers"] and is_cap(toks[j + 1]) \
                or k + 1 < len(toks) and toks[k + 1].start in self.ctx.bodies   # "X, inovasi Bagian Organisasi ..."
            if not (j < len(toks) and toks[j].low == "yang" or owned):
                return False   # ("... gerakan kader kesehatan keluarga milik Dinas Kesehatan": its owner, stated)
        return bool(re.match(r"(?:me|di|ber|ter|pada$|kepada$|dengan$|adalah$|ialah$|satunya$)", before.low))
        # (a copula or a back-reference before it: "Salah satu yang diperkuat adalah X, program yang dirintis ...")

    def _described_acronym(self, j: int) -> int:
        """"layanan pengaduan KLIK SIGI (...)", "aplikasi perizinan SIMPATIK": one or two lowercase words describe the
        trigger before a name in capitals; the index of that name, or j. Not a body's abbreviation ("program kerja
        DPRD", "layanan kesehatan BPJS" are in the vocabulary's lists)."""
        from .innovation_items import _body_abbreviation
        r, toks = self.r, self.toks
        for k in (j + 1, j + 2, j + 3, j + 4):
            if k >= len(toks) or not all(x.text.isalpha() and x.text.islower() and x.low not in r["describer_stops"]
                                         and x.low not in r["owner_markers"] for x in toks[j:k]):
                return j
            t = toks[k]
            if t.text == "(" and k + 2 < len(toks) and is_cap(toks[k + 1]) \
                    and (toks[k + 1].low in ("si", "e") or r["_tech"].fullmatch(toks[k + 1].text)
                         or re.fullmatch(r"[A-Z][A-Z-]{2,}", toks[k + 1].text)) \
                    and any(x.text == ")" for x in toks[k + 2:k + 6]) \
                    and not _body_abbreviation(toks[k + 1].text, fields=True) and toks[k + 1].start not in self.ctx.bodies \
                    and not (toks[k + 1].text.isupper() and toks[k + 1].text.replace("-", "").lower()
                             == "".join(x.low[0] for x in toks[j - 1:k]).replace("-", "")):
                return k + 1   # "layanan antar dokumen kependudukan (Si Antar)": the words describe, the name is in
                # brackets
            if k > j + 2:
                continue   # (a name in capitals after at most two describing words)
            if re.fullmatch(r"[A-Z][A-Z-]{2,}", t.text):
                if t.start in self.ctx.bodies or _body_abbreviation(t.text, fields=True):
                    return j
                return k
        return j

    def headline_verbs(self) -> None:
        """"Bupati Luncurkan SIPANTAS dan Kebun Gizi Sekolah": names after a bare launch verb in a headline (kept if
        the story names them again or refers back to them, see find_innovations)."""
        r, toks = self.r, self.toks
        for i, t in enumerate(toks[:-1]):
            if t.low not in r["headline_verbs"] or not t.text[:1].isupper():
                continue
            head = next(((s, e) for s, e in self.heads if s <= t.start < e), None)
            if head is None or self.text[head[0]:head[1]].strip().lower().startswith(tuple(r["related_markers"])):
                continue
            k = i + 1
            while (toks[k].low in r["direct_triggers"] or toks[k].low in r["trigger_modifiers"]) and k + 1 < len(toks) \
                    and toks[k + 1].end <= head[1]:
                k += 1   # "Luncurkan Aplikasi X", "Luncurkan Inovasi Layanan Terbaru X"
            if toks[k].low in r["direct_triggers"] or toks[k].low in r["trigger_modifiers"]:
                continue   # "Pemkab Luncurkan Inovasi Layanan": words of the kind, no name
            if not is_cap(toks[k]) or toks[k].end > head[1] or toks[k].low in r["venue_heads"]:
                continue   # ("Hadirkan Gedung Baru": a building)
            items, _ = parse_items(toks, k, self.ctx, "direct")
            comma = next((x for x in toks[k:] if x.text == "," and x.end <= head[1]), None)
            after = [x.low for x in toks if comma is not None and comma.end <= x.start < head[1]]
            if comma is not None and (not set(after) & {"dan", "serta", "&"} or set(after) & r["headline_clause_words"]):
                items = [it for it in items if it[0][1] <= comma.start]   # "Hadirkan Poli Senja, Pasien Tak Perlu ...":
                # a clause follows the comma, not a list ("Luncurkan A, B dan C"; "Luncurkan A, Warga Kini Urus KK dan
                # Akta": an adverb makes it a clause)
            self.add([(self._head_cut(it[0]),) + tuple(it[1:]) for it in items if it[0][1] <= head[1]], "headline_verb", i)

    def headline_winners(self) -> None:
        """"Paraingu Sehat Juarai Lomba Inovasi Daerah Sumba Timur 2023": the capitalised words opening a headline
        before a verb of winning are the winning innovation (kept where the story names it again); not a body, a
        region, a person, an office or a one-word plain name ("Maros Raih IGA", "Pemkab X Sabet ...")."""
        r, toks = self.r, self.toks
        for i, t in enumerate(toks[1:], 1):
            if t.low not in r["headline_win_verbs"] or not t.text[:1].isupper():
                continue
            head = next(((s, e) for s, e in self.heads if s <= t.start < e), None)
            if head is None:
                continue
            a = next((k for k, x in enumerate(toks) if x.start >= head[0] and x.text not in OPEN_Q), i)
            if a >= i or i - a > 6 or not all(is_cap(x) or x.low in r["inner_connectors"] for x in toks[a:i]) \
                    or toks[a].start in self.ctx.bodies or toks[a].low in r["bad_first_words"] | r["body_heads"] \
                    | r["venue_heads"] | r["position_words"] or toks[i - 1].text in CLOSE_Q:
                continue
            span = (toks[a].start, toks[i - 1].end)
            name = text_of(self.text, span)
            if i - a == 1 and not name_shaped(name) or any(common.is_region_word(x.text) for x in toks[a:i]) \
                    or self._a_persons(span) or name.casefold() in self.person_names:
                continue
            self.add([(span, None)], "headline_winner", i)

    def _head_cut(self, span: tuple[int, int]) -> tuple[int, int]:
        """A headline capitalises every word, so a name there ends before a connector ("... Gratis di Sekolah")."""
        cut = next((x.start for x in self.toks if span[0] < x.start < span[1]
                    and (x.low in self.r["inner_connectors"] or x.low in self.r["headline_cut_words"])), None)
        return (span[0], len(self.text[:cut].rstrip())) if cut else span

    def _lowercase_name(self, j: int) -> tuple | None:
        """A name written in lower case right after the trigger, marked as a name: its expansion in brackets
        ("inovasi sapu jagad (sistem pelayanan jemput gratis akta di desa)"), or quotes ("inovasi “kopi susu”")."""
        toks = self.toks
        if j >= len(toks):
            return None
        quoted = toks[j].text in OPEN_Q
        a = j + 1 if quoted else j
        k = a
        while k < len(toks) and k - a < 4 and toks[k].text.isalpha() and toks[k].text.islower():
            k += 1
        generic = self.r["trigger_modifiers"] | set(self.r["trigger_scopes"])
        if k == a or any(t.low in generic or t.low in self.r["direct_triggers"] or t.low in self.r["innovation_words"]
                         for t in toks[a:k]):
            return None   # "inovasi pelayanan kesehatan (...)": a description, not a name
        if quoted:
            return ((toks[a].start, toks[k - 1].end), None) if k < len(toks) and toks[k].text in CLOSE_Q else None
        if k >= len(toks) or toks[k].text != "(":
            return None
        close = next((m for m in range(k + 1, min(len(toks), k + 16)) if toks[m].text == ")"), None)
        if close is None or close - k < 4:
            return None
        short, long = (toks[a].start, toks[k - 1].end), (toks[k + 1].start, toks[close - 1].end)
        if not derives(text_of(self.text, short), text_of(self.text, long)):
            return None
        return short, long

    def _long_then_short(self, i: int) -> None:
        """"“Dapur Sehat Atasi Stunting” atau Dashat": a name of two words or more (quoted or capitalised), then
        after "atau" one word whose letters run in order through it from its first letter."""
        toks, text = self.toks, self.text
        k = i + 2 if toks[i + 1].text in OPEN_Q and i + 2 < len(toks) else i + 1
        short_t = toks[k]
        after = toks[k + 1] if k + 1 < len(toks) else None
        if not is_cap(short_t) or not short_t.text.replace("-", "").isalpha() or len(short_t.text) < 4 \
                or (after and is_cap(after)):   # ("... di Nagari atau SI-LAMANG": a hyphen inside the short name)
            return
        b = i - 1
        quoted = toks[b].text in CLOSE_Q
        if quoted:
            b -= 1
        a = b
        while a > 0 and (is_cap(toks[a - 1]) or toks[a - 1].low in self.r["inner_connectors"]) and b - a < 8:
            a -= 1
        if quoted and (a == 0 or toks[a - 1].text not in OPEN_Q):
            return
        if b - a < 1 or not is_cap(toks[a]):
            return
        long = (toks[a].start, toks[b].end)
        letters = iter(re.sub(r"\W", "", text_of(text, long)).casefold())
        short = short_t.text.replace("-", "").casefold()
        if short[0] == text_of(text, long)[:1].casefold() and all(c in letters for c in short):
            self.add([((short_t.start, short_t.end), long)], "atau", None)
