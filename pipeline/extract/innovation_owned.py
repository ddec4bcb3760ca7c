"""Innovation names read from the body that owns them, with no innovation word near (issue 12, the recall of names
said in passing): "SIGAP Gampong milik DPMG", "Di sinilah Sipatuo milik Dinas Sosial ikut bekerja"; a name the next
words call an innovation ("Meme Sayang Pianak, begitu nama inovasi puskesmas itu, ..."); an enumeration from "mulai
dari" to "hingga" in a passage about innovations. A mixin
of innovations._Finder: it reads the finder's sentence state (toks, ctx, body_spans, people) and calls its `add`."""
from __future__ import annotations

import re
from functools import cached_property

from . import common
from .innovation_text import CLOSE_Q, OPEN_Q, PLACE_BEFORE, cap_run, clean_name, is_cap, name_start_before, text_of

LONG_FORM_BEFORE = {"atau", "alias", "yakni", "yaitu"}
SI_NAME = re.compile(r"Si[a-z]{3,}")   # the "Si-" that opens so many regional innovations' names, written as one word


def name_shaped(word: str) -> bool:
    """A one-word name's shape: a capital inside or after a short prefix ("eSantun", "si-Rapih"), all capitals
    ("SIPADU"), or "Si" run on ("Sipatuo"; not a region's name) -- not a sentence's capitalised first word ("Mobil
    milik Dinas X") or a town ("pasar-pasar Buntok milik Dinas Y")."""
    return bool(re.search(r"[a-z][A-Z]|^[A-Za-z]{1,2}-", word) or word.isupper() and len(word) > 2
                or SI_NAME.fullmatch(word) and not common.is_region_word(word))


class OwnedRules:
    def _no_name_at(self, tok) -> bool:
        """A body, a venue, a site or a word no name opens with ("Gedung", "Dinas", "Pasar", "Tim") stands at tok."""
        r = self.r
        return tok.start in self.ctx.bodies \
            or tok.low in r["venue_heads"] | r["body_heads"] | r["site_heads"] | r["bad_first_words"]

    def _a_persons(self, span: tuple[int, int]) -> bool:
        """The officials' reader found a person over `span`."""
        return any(p.start < span[1] and span[0] < p.end for p in self.people)

    def owned_names(self) -> None:
        """A capitalised name right before an owner word and a regional body ("X milik Dinas Y", "X besutan
        Puskesmas Z"), in a text about innovations: the body's innovation. Not a place, a building or a body the body
        has ("Gedung X milik Pemkab", "UPTD X milik Dinas Y"), nor a person; a one-word name only where it looks like
        one (capitals, capitals inside, a prefix, "Si" run on: "Sipatuo")."""
        r, toks = self.r, self.toks
        if not self.about_innovations:
            return
        for i in range(1, len(toks) - 1):
            if toks[i].low not in r["owned_links"] or not self._body_at(i + 1):
                continue
            a = name_start_before(toks, i, r, r["discourse_openers"] | r["means_words"])
            if a == i or cap_run(toks, a) != i or self._no_name_at(toks[a]) or i - a == 1 and not name_shaped(toks[a].text):
                continue
            if a > 0 and (toks[a - 1].low in PLACE_BEFORE | LONG_FORM_BEFORE or toks[a - 1].text in OPEN_Q | CLOSE_Q | {"("}):
                continue   # a place ("di Pasar X milik Pemkab"); quoted and bracketed names and long forms ('"SABAR"
                # alias Sampah Barter Beras milik DLH') are read by their own rules
            span = (toks[a].start, toks[i - 1].end)
            if self._a_persons(span):
                continue
            owner = next(((s, e) for s, e in self.body_spans if s == toks[i + 1].start), None)
            self.add([(span, None, owner)], "owned", i)

    def run_by_names(self) -> None:
        """"Sayang Wak dijalankan Dinas Sosial dengan melibatkan relawan ...": a capitalised name opening its clause,
        then a verb of making or running (`creation_verbs`, `running_verbs`; not "dilaksanakan", said of events) and
        a regional body, in a text about innovations: the body's innovation."""
        r, toks = self.r, self.toks
        if not self.about_innovations:
            return
        verbs = (r["creation_verbs"] | r["running_verbs"]) - {"dilaksanakan"}
        for i in range(1, len(toks) - 1):
            if toks[i].low not in verbs or not self._body_at(i + 1):
                continue
            a = name_start_before(toks, i, r, r["discourse_openers"] | r["besides_openers"])
            opens = a == self._sent_start() or a > 0 and (toks[a - 1].text == "," or toks[a - 1].low in
                                                          r["discourse_openers"] | {"sedangkan", "dan", "serta"})
            if a == i or not opens or cap_run(toks, a) != i or self._no_name_at(toks[a]) \
                    or toks[a].low in r["contest_words"] or i - a == 1 and not name_shaped(toks[a].text):
                continue
            span = (toks[a].start, toks[i - 1].end)
            if self._a_persons(span) or a > 0 and toks[a - 1].low in PLACE_BEFORE:
                continue
            owner = next(((s, e) for s, e in self.body_spans if s == toks[i + 1 + (toks[i + 1].low == "oleh")].start), None)
            self.add([(span, None, owner)], "run_by", i)

    def conjoined_names(self) -> None:
        """"... mencatat SI-PALA dan Mata Rumah Sehat sebagai bahan pengisian IID": a capitalised name joined by "dan"
        or "serta" to an innovation the text has already named is one too (not a body, a person, a place or a plain
        one-word name)."""
        r, toks = self.r, self.toks
        known = {clean_name(text_of(self.text, c.name)).casefold() for c in self.cands}
        if not known:
            return
        for i in range(1, len(toks) - 1):
            if toks[i].low not in ("dan", "serta") or not is_cap(toks[i + 1]):
                continue
            a = name_start_before(toks, i, r, r["discourse_openers"] | r["means_words"])
            if a == i or cap_run(toks, a) != i:
                continue
            left, right = (a, i), (i + 1, cap_run(toks, i + 1))
            names = [clean_name(text_of(self.text, (toks[x].start, toks[y - 1].end))).casefold() for x, y in (left, right)]
            if (names[0] in known) == (names[1] in known):
                continue
            x, y = right if names[0] in known else left
            span = (toks[x].start, toks[y - 1].end)
            if self._no_name_at(toks[x]) or y - x == 1 and not name_shaped(toks[x].text) or self._a_persons(span) \
                    or all(common.is_region_word(w.text) for w in toks[x:y]) or x > 0 and toks[x - 1].low in PLACE_BEFORE \
                    or any(w.low == "di" for w in toks[x:y]) or y < len(toks) and toks[y].low in LONG_FORM_BEFORE | {"("} \
                    or any(c.long and c.long[0] <= toks[a].start < c.long[1] for c in self.cands):
                continue   # (a place: "Alam di Tukad X"; a long form's own "dan": "Gerakan Anak Sehat dan Tumbuh Ideal
                # atau GERBANG SEHATI")
            self.add([(span, None)], "conjoined", i)

    def body_role_names(self) -> None:
        """"Diskominfo juga menjadi pengelola Nganggung Data": a body named as the manager, developer or initiator of a
        capitalised name (`owner_nouns`), in a text about innovations."""
        r, toks = self.r, self.toks
        if not self.about_innovations:
            return
        for i in range(1, len(toks) - 1):
            if toks[i].low not in r["owner_nouns"] or not is_cap(toks[i + 1]):
                continue
            b = i - 1
            while b > 0 and (toks[b].low in r["owner_verb_adverbs"] or toks[b].low in {"menjadi", "sebagai", "selaku"}):
                b -= 1
            owner = next(((s, e) for s, e in self.body_spans if e == toks[b].end), None)
            e = cap_run(toks, i + 1)
            if owner is None or self._no_name_at(toks[i + 1]) or e - (i + 1) == 1 and not name_shaped(toks[i + 1].text):
                continue
            self.add([((toks[i + 1].start, toks[e - 1].end), None, owner)], "body_role", i)

    def staged_names(self) -> None:
        """"Kampung Nyaman X masih tertahan di tahap uji coba": a name whose stage the clause gives (an innovation's
        stages: inisiatif, uji coba, penerapan), a few words before "tahap"."""
        r, toks = self.r, self.toks
        for i in range(2, len(toks) - 1):
            if toks[i].low not in ("tahap", "tahapan") or not any(
                    " ".join(x.low for x in toks[i + 1:i + 1 + len(w.split())]) == w for w in r["stage_words"]):
                continue
            b = i - 1
            while b > 0 and toks[b].text.islower() and toks[b].text.isalpha() and i - b <= 5:
                b -= 1   # "... masih tertahan di tahap": the clause's words between the name and the stage
            if not is_cap(toks[b]) or toks[b].text in CLOSE_Q | {")"}:
                continue
            a = name_start_before(toks, b + 1, r, r["discourse_openers"])
            if cap_run(toks, a) != b + 1 or self._no_name_at(toks[a]) or b == a and not name_shaped(toks[a].text):
                continue
            span = (toks[a].start, toks[b].end)
            if not self._a_persons(span):
                self.add([(span, None)], "staged", i)

    def described_owned(self) -> None:
        """"NUA Pintar, papan informasi desa digital yang dikelola Dinas PMD, menampilkan ...", "Acil Pintar adalah kelas
        pembukuan ... yang dijalankan Dinas Koperasi": a name opening its clause (or introduced: "diperkenalkan dengan
        Bang Kasim, mobil jemput pasien ... yang dioperasikan Dinas Sosial"), then (after a comma or a copula) a
        description in lower case that names the regional body owning or running it ("milik", "yang dikelola/
        dijalankan/digagas/dibangun ...") before the sentence ends; in a text about innovations."""
        r, toks = self.r, self.toks
        if not self.about_innovations:
            return
        a = self._sent_start()
        if a < len(toks) and toks[a].low in r["discourse_openers"] | r["besides_openers"] | r["blocker_prepositions"] \
                | {"adapun", "menurut"}:
            a += 1   # ("Sementara X, ...", "Selain X, ...", "Menurut Nama, ...": the opener is no word of the name)
        self._described_owned_at(a)
        for k in range(a, len(toks) - 2):
            if toks[k].low in r["introducing_verbs"]:   # "Rombongan diperkenalkan dengan Bang Kasim, mobil jemput ..."
                self._described_owned_at(k + 2 if toks[k + 1].low in {"dengan", "kepada", "pada"} else k + 1)

    def _described_owned_at(self, a: int) -> None:
        r, toks = self.r, self.toks
        if a >= len(toks) or not is_cap(toks[a]) or self._no_name_at(toks[a]):
            return
        e = cap_run(toks, a)
        if e + 1 >= len(toks) or not (toks[e].text == "," or toks[e].low in r["copulas"]) \
                or not (toks[e + 1].text.islower() and toks[e + 1].text.isalpha()) \
                or e - a == 1 and not name_shaped(toks[a].text):
            return
        verbs = r["creation_verbs"] | r["running_verbs"] | r["made_verbs"]
        for j in range(e + 1, min(len(toks) - 2, e + 24)):
            if toks[j].text in (".", ";", "!", "?"):
                return
            owned = toks[j].low in r["owned_links"] and self._body_at(j + 1)
            run = toks[j].low == "yang" and toks[j + 1].low in verbs and self._body_at(j + 2)
            if owned or run:
                span = (toks[a].start, toks[e - 1].end)
                if not self._a_persons(span):
                    k = j + 1 if owned else j + 2
                    k += 1 if toks[k].low == "oleh" else 0
                    owner = next(((s, t) for s, t in self.body_spans if s == toks[k].start), None)
                    self.add([(span, None, owner)], "described_owned", j)
                return

    def named_back(self) -> None:
        """"Meme Sayang Pianak, begitu nama inovasi puskesmas itu, ...": a name the words after it call the name of an
        innovation, or call it so ("begitu warga menyebutnya") before saying who made or runs it."""
        r, toks = self.r, self.toks
        verbs = r["creation_verbs"] | r["running_verbs"] | r["owner_verbs"]
        for i in range(1, len(toks) - 3):
            if toks[i].text != "," or toks[i + 1].low not in r["naming_back"]:
                continue
            called = next((k for k in range(i + 2, min(i + 5, len(toks))) if toks[k].low in r["calling_verbs"]), None)
            if not (toks[i + 2].low == "nama" and toks[i + 3].low in r["innovation_words"] | r["direct_triggers"]
                    or called is not None and self.about_innovations
                    and any(x.low in verbs for x in toks[called + 1:called + 12])):
                continue   # ("Jelantah Jadi Terang, begitu warga menyebutnya, dirintis Kelurahan X": what the clause
                # after the calling says was made or is run, not a nickname of a place or a person)
            a = name_start_before(toks, i, r)
            if a < i and cap_run(toks, a) == i:
                self.add([((toks[a].start, toks[i - 1].end), None)], "named_back", i)

    def partitive_names(self) -> None:
        """"Dari tujuh inovasi itu, Pompong Sekolah paling banyak dibicarakan": a sentence opening with a partitive of
        innovations (`partitive_openers`, at most a count or a few words, an innovation word and a few lower-case
        words before the comma), then a capitalised name: one of them."""
        r, toks = self.r, self.toks
        a = self._sent_start()
        opener = next((len(w.split()) for w in sorted(r["partitive_openers"], key=len, reverse=True)
                       if [x.low for x in toks[a:a + len(w.split())]] == w.split()), 0)
        if not opener:
            return
        k = a + opener
        while k < len(toks) and k - a < opener + 3 and toks[k].low not in r["innovation_words"] \
                and (toks[k].low in r["count_words"] or toks[k].text.isdigit() or toks[k].low in {"sekian", "semua",
                                                                                                  "seluruh", "banyak"}):
            k += 1
        if k >= len(toks) or toks[k].low not in r["innovation_words"]:
            return
        c = k + 1
        while c < len(toks) and toks[c].text != "," and toks[c].text.islower() and c - k <= 6:
            c += 1   # ("itu", "tersebut", "yang dipamerkan")
        if c + 1 >= len(toks) or toks[c].text != "," or not is_cap(toks[c + 1]) or self._no_name_at(toks[c + 1]):
            return
        e = cap_run(toks, c + 1)
        span = (toks[c + 1].start, toks[e - 1].end)
        if e - (c + 1) == 1 and not name_shaped(toks[c + 1].text) or self._a_persons(span):
            return
        self.add([(span, None)], "partitive", c)

    def range_list(self) -> None:
        """"mulai dari A yang ..., B milik Dinas X, C untuk ..., hingga D": an enumeration from "mulai dari" to
        "hingga"/"sampai" in a passage about innovations names innovations, the capitalised words opening each of its
        items (three at least, most of them followed by what they do or whose they are; bodies, places and people are
        no items)."""
        r, toks = self.r, self.toks
        if not self.lately:
            return
        m = next((k for k in range(len(toks) - 2) if toks[k].low == "mulai" and toks[k + 1].low == "dari"), None)
        if m is None:
            return
        end = next((k for k in range(m + 2, len(toks) - 1) if toks[k].low in r["range_ends"]), None)
        if end is None:
            return
        starts = [m + 2] + [k + 1 for k in range(m + 2, end) if toks[k].text == ","] + [end + 1]
        items, described = [], 0
        for a in starts:
            if a < len(toks) and toks[a].low in {"dan", "serta"}:
                a += 1
            if a >= len(toks) or not is_cap(toks[a]) or self._no_name_at(toks[a]):
                continue
            e = cap_run(toks, a)
            if e - a == 1 and not name_shaped(toks[a].text):
                continue
            span = (toks[a].start, toks[e - 1].end)
            if not self._a_persons(span):
                items.append((span, None))
                described += e < len(toks) and toks[e].low in r["item_describers"]
        if len(items) >= 3 and described * 2 > len(items):
            self.add(items, "range_list", m)   # (most items say what they do or whose they are: not "kaya potensi,
            # mulai dari Keraton X, Pekan Raya Y, ..., sampai Z")

    @cached_property
    def about_innovations(self) -> bool:
        """The text speaks of innovations (the word "inovasi" stands in it)."""
        return re.search(r"\binovasi", self.text, re.IGNORECASE) is not None
