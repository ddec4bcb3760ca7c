"""Innovation names read from their own form rather than a trigger before them (issue 12): a name before a copula
and an innovation word ("KIOS TANI merupakan inovasi ...", "A dan B menjadi dua inovasi andalan"), a long form and its
acronym as a verb's object, names after "melalui"/"lewat", quoted names, "Long Form (SHORT)" and "SHORT (Long Form)",
"X atau disingkat Y", "Y, singkatan dari X". A mixin of innovations._Finder, like innovation_context.ContextRules: it
reads the finder's sentence state (toks, words, sent, cands, ctx, body_spans) and calls its `add`."""
from __future__ import annotations

import re
from functools import lru_cache

from .innovation_items import one_item, owner_after, spelt_through_and
from .innovation_text import (CLOSE_Q, OPEN_Q, Cand, cap_run, clean_name, derives, is_cap, rules, text_of, tokenize,
                              window_has as _window_has)
from .innovation_valid import valid

# a name in capitals, also after a short prefix in lower or title case ("SIMPEL", "Si-GESIT", "e-SURKET")
CAPITAL_NAME = re.compile(r"(?:[A-Za-z]{1,2}-)?[A-Z0-9][A-Z0-9-]{2,}")


@lru_cache(maxsize=1)
def _copula_patterns() -> tuple[re.Pattern, re.Pattern]:
    """A name in capitals, a copula and a capitalised run (rules' long_form_connectors may join its words), and the
    connectors trailing such a run."""
    joins = "|".join(map(re.escape, rules()["long_form_connectors"]))
    word = rf"(?:[A-Z][\w’'-]*|(?:{joins})\b)"
    aside = r"(?:\s*,\s*[a-z]+\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s*,)?"   # ", lanjut Darius,"
    return (re.compile(rf"(?<![\w-])([A-Z][A-Z-]{{2,}}[A-Z](?:\s+[A-Z]{{3,}})?){aside}\s+(?:adalah|merupakan|ialah)\s+"
                       rf"({word}(?:\s+{word})+)"),
            re.compile(rf"(?:\s+(?:{joins}))+$"))


class FormRules:
    def predicative(self) -> None:
        """"KIOS TANI merupakan inovasi ...", "Kampung Siaga menjadi inovasi unggulan ...", "meresmikan X sebagai
        program ...": a name right before a copula and an innovation word."""
        r, toks = self.r, self.toks
        for i, t in enumerate(toks):
            if t.low not in r["copulas"] or i == 0:
                continue
            k = i + 1
            while k < len(toks) and (toks[k].low in r["copula_fillers"] or toks[k].low in r["count_words"]
                                     or toks[k].text.isdigit()):
                k += 1   # ("merupakan salah satu inovasi", "menjadi dua inovasi andalan")
            if k >= len(toks) or toks[k].low not in r["innovation_words"] | r["predicate_nouns"] \
                    or not toks[k].text.islower():
                continue   # ("Kabid Pembangunan, Inovasi, dan Teknologi": a field of a title, not a predicate)
            if k + 1 < len(toks) and toks[k + 1].low in r["trigger_blockers"]:
                continue
            end = i
            if t.low in r["appositive_links"] and toks[i - 1].text == ",":
                end = i - 1   # "diperkenalkan pada Rantang Kasih, yakni layanan pengantaran makanan ..."
                if end == 0:
                    continue
            if toks[end - 1].text in CLOSE_Q or toks[end - 1].text == ")":
                start = next((q for q in range(end - 2, max(-1, end - 18), -1)
                              if toks[q].text in OPEN_Q or toks[q].text == "("), None)
                if start is None:
                    continue
                if toks[end - 1].text == ")":   # "Long Form (SHORT) merupakan inovasi"
                    a = start
                    while a > 0 and (is_cap(toks[a - 1]) or toks[a - 1].low in r["inner_connectors"]) and start - a < 12:
                        a -= 1
                    while a < start and (not is_cap(toks[a]) or toks[a].low in r["ordinal_openers"] | r["discourse_openers"]):
                        a += 1   # ("Adapun E-Pusbar (Elektronik ...) merupakan aplikasi ...": the opener is no word of it)
                    if a == start:
                        continue
                    res = one_item(toks, a, self.ctx, lenient=True)
                    if res and res[2] == end:
                        self.add([(res[0], res[1])], "predicative", i)
                    continue
                res = one_item(toks, start, self.ctx)
                if res and res[2] == end:
                    self.add([(res[0], res[1])], "predicative", i)
                continue
            a = end
            while a > 0 and (is_cap(toks[a - 1]) or toks[a - 1].low in r["inner_connectors"] and a < end) \
                    and end - a < 8:
                a -= 1
            while a < end and (not is_cap(toks[a]) or toks[a].low in r["ordinal_openers"] | r["discourse_openers"]):
                a += 1   # ("Pertama SIAGA BANJIR sebagai sistem ...": the ordinal opens the sentence, not the name)
            if a == end or cap_run(toks, a) != end:
                continue
            long = None
            if a >= 3 and toks[a - 1].low == "atau" and is_cap(toks[a - 2]) and end - a <= 3:
                b = a - 2   # "memperluas Kebun Pangan Keluarga atau KAPAK, inovasi yang ...": the long form first
                while b > 0 and (is_cap(toks[b - 1]) or toks[b - 1].low in ("dan", "&")) and a - b < 10:
                    b -= 1
                while b < a - 1 and not is_cap(toks[b]):
                    b += 1
                long, a = (toks[b].start, toks[a - 2].end), b
            counted = t.text == "," and any(x.low in r["count_words"] or x.text.isdigit() for x in toks[i + 1:k])
            if (t.text == "," or end < i) and not (a > 0 and (
                    toks[a - 1].low in r["owner_verbs"] or toks[a - 1].low in r["means_words"]
                    or self._described(a, k, t.text == ","))) \
                    and not (counted and self._listed_before(a, True) is not None) \
                    and not (t.text == "," and a == self._sent_start() and k + 2 < len(toks)
                             and toks[k + 1].low in r["owner_markers"] | r["trigger_modifiers"] and is_cap(toks[k + 2])
                             and toks[a].low not in r["discourse_openers"] | r["blocker_prepositions"] | {"menurut"}) \
                    and not (t.text == "," and self._owned_in_clause(k)
                             and (self._opens_clause(a) or toks[a - 1].low in r["owned_apposition_after"])):
                continue   # apposition only after a launch verb: "meluncurkan WA KEPO, layanan ..." ("Menurut X, ..."),
                # or after a list its count sums up ("membawa pulang A, B dan C, tiga inovasi Dinas X"),
                # or opening the sentence with its owner or its standing: "Jemput Bola Akta, inovasi dari Dinas X, ...",
                # "Sementara Rumah Baca Pintar, program penyediaan buku di dusun milik Dinas Y, terhenti"
            if long is not None:
                short = next(x for x in range(a, end) if toks[x].low == "atau") + 1
                self.add([((toks[short].start, toks[end - 1].end), long)], "predicative", i)
                continue
            first = toks[a].text
            if a == self._sent_start() and end - a == 1 and not (first.isupper() or re.search(r"[a-z][A-Z]|^[a-zA-Z]{1,2}-", first)) \
                    and not self._capitalised_inside(first):
                continue   # "Hasilnya menjadi program ...": a sentence's first word is capitalised anyway (a word the
                # text capitalises inside a sentence too is a name: "Sipanda adalah aplikasi ... warga memakai Sipanda")
            names = [(a, end)] if end == i and t.text != "," or counted else []
            while names and (head := self._listed_before(names[0][0], len(names) == 1)) is not None:
                names.insert(0, head)   # "Kampung Bersinar dan Posyandu Remaja menjadi dua inovasi andalan ..."
            first_at = names[0][0] if len(names) > 1 else a
            first = toks[first_at].text
            if first_at == self._sent_start() and cap_run(toks, first_at) - first_at == 1 \
                    and not (first.isupper() or re.search(r"[a-z][A-Z]|^[a-zA-Z]{1,2}-", first)) \
                    and not self._capitalised_inside(first):
                names = names[1:] if len(names) > 1 else names   # (a sentence's capitalised first word)
            if len(names) > 1:
                self.add([((toks[x].start, toks[y - 1].end), None) for x, y in names], "predicative", i)
                continue
            self.add([((toks[a].start, toks[end - 1].end), None)], "predicative", i)

    def _opens_clause(self, a: int) -> bool:
        """toks[a] opens its sentence, or follows only a discourse opener ("Sementara X, ...")."""
        start, r = self._sent_start(), self.r
        openers = r["discourse_openers"] | r["besides_openers"] | r["blocker_prepositions"] | {"menurut"}
        return a == start and self.toks[a].low not in openers \
            or a == start + 1 and self.toks[start].low in r["discourse_openers"]

    def _owned_in_clause(self, k: int) -> bool:
        """The apposition from toks[k] (an innovation word) names a regional body as its owner before the clause
        ends: "program penyediaan akses internet di rumah panjang milik Dinas Kominfo"."""
        toks, r = self.toks, self.r
        if toks[k].low in r["innovation_words"] and self._body_at(k + 1):
            return True   # "X, inovasi Dinas Kesehatan Y yang lolos ...": the innovation word, then its owner
        for j in range(k + 1, min(len(toks) - 1, k + 14)):
            if toks[j].text in (",", ".", ";", ":", "!", "?"):
                return False
            if toks[j].low in r["owner_links"] and self._body_at(j + 1):
                return True
            if toks[j].low == "yang" and toks[j + 1].low in r["creation_verbs"] | r["running_verbs"] | r["made_verbs"] \
                    and self._body_at(j + 2):
                return True   # "sistem aduan warga berbasis pesan singkat yang dikelola Dinas Kominfo"
        return False

    def _listed_before(self, a: int, last: bool) -> tuple[int, int] | None:
        """The name listed right before toks[a] ("A dan B", "A, dan B", "A serta B"; before those, "A, B dan C"), as
        (start, end) token indices, when a run of capitalised words ends at the separator and is no body; else None.
        `last`: toks[a] opens the list's last name, which a conjunction comes before ("Menurut X, A merupakan ...":
        a comma alone lists nothing)."""
        toks, r = self.toks, self.r
        k = a - 1
        if k < 1 or toks[k].low not in (("dan", "serta") if last else ("dan", "serta", ",")):
            return None
        if toks[k].low != "," and toks[k - 1].text == ",":
            k -= 1
        b = k
        while b > 0 and (is_cap(toks[b - 1]) or toks[b - 1].low in r["inner_connectors"] and b < k) and k - b < 8:
            b -= 1
        while b < k and (not is_cap(toks[b]) or toks[b].low in r["ordinal_openers"] | r["discourse_openers"]):
            b += 1
        if b == k or cap_run(toks, b) != k or toks[b].start in self.ctx.bodies or toks[b].low in r["speech_verbs"] \
                or any(s <= toks[b].start < e for s, e in self.body_spans):
            return None
        return b, k

    def _capitalised_inside(self, word: str) -> bool:
        """`word` stands capitalised after a lowercase word somewhere in the text: a proper name."""
        return re.search(r"\b[a-z][\w-]*[ \t]+" + re.escape(word) + r"(?![\w-])", self.text) is not None

    def _sent_start(self) -> int:
        return next((k for k, x in enumerate(self.toks) if x.text != "\n" and x.text not in OPEN_Q), 0)

    def object_long_forms(self) -> None:
        """"Dinas Koperasi meluncurkan Kredit Usaha Rakyat Daerah (KURDA) sebagai inovasi ...": a long form and its
        acronym as the object of an owner verb, in a sentence about innovations."""
        r, toks = self.r, self.toks
        if not _window_has(self.words, r):
            return
        for i, t in enumerate(toks[:-1]):
            if t.low not in r["owner_verbs"] and t.low not in r["means_words"]:
                continue
            if not is_cap(toks[i + 1]) or toks[i + 1].start in self.ctx.bodies:
                continue
            res = one_item(toks, i + 1, self.ctx)
            if res and res[1] is not None and res[0][0] > res[1][0] and not (
                    res[2] < len(toks) and is_cap(toks[res[2]])):   # "... (UMKM) Center": a longer name
                long_first = text_of(self.text, res[1]).split()[0].lower()
                if not {long_first} & (r["bad_first_words"] | r["bad_long_first_words"] | r["trigger_blockers"]
                                       | r["direct_triggers"]):
                    self.add([(res[0], res[1])], "object_long", i)

    def means_names(self) -> None:
        """"Warga tak perlu ke kecamatan berkat hadirnya Gerai Adminduk Desa", "Kehadiran Sapa Warga membuat ...": a
        name in words (two or more) or a coined one after a word of arrival, or after a means word that follows an
        award or a rank, near a sentence about innovations."""
        r, toks = self.r, self.toks
        if not (self.lately or self.contest):
            return
        first = self._sent_start()
        for i, t in enumerate(toks[:-1]):
            awarded = t.low in r["means_words"] and any(x.low in r["award_cues"] for x in toks[max(0, i - 8):i])
            opening = i == first and t.low in r["means_words"]
            if not self.lately and not awarded:
                continue   # (in a story about an innovation contest, a rank's means is its entry paragraphs on)
            if t.low not in r["arrival_words"] and not awarded and not opening:
                continue   # (a bare "melalui X" is as often an office, a competition or a national platform; after an
                # award or a rank it is the winning innovation: "meraih peringkat pertama melalui TAPIS, yaitu ...")
            j = i + 1
            quoted = toks[j].text in OPEN_Q and j + 1 < len(toks) and is_cap(toks[j + 1])   # 'lewat "Rabu Bersih"'
            if not (is_cap(toks[j]) or quoted) or toks[j].start in self.ctx.bodies:
                continue
            res = one_item(toks, j, self.ctx)
            if res is None or res[1] is not None and not awarded:
                continue
            if opening and not (t.low in r["arrival_words"] or awarded) \
                    and (not re.match(r"\s*,", self.text[res[0][1]:res[0][1] + 3]) or self._contest_named(res[0])):
                continue   # opening the sentence, the means is its own phrase: "Melalui Sapa Lansia, petugas ..." (not
                # a contest the story names: "Lomba Inovasi Daerah SANGA BELIDA ... Melalui SANGA BELIDA, kami ...")
            name = text_of(self.text, res[0])
            if len(name.split()) < 2 and not re.search(r"[a-z][A-Z]|^[A-Z]{3,}$|^[A-Za-z]{1,2}-", name):
                continue
            self.add([(res[0], res[1])], "awarded" if awarded else "means", i)

    def _contest_named(self, span: tuple[int, int]) -> bool:
        """The text names this name as a contest's or an award's: a contest word, then capitalised words, then it."""
        words = "|".join(re.escape(w) for w in sorted(self.r["contest_words"]))
        name = re.escape(text_of(self.text, span))
        return re.search(rf"(?i:\b(?:{words}))(?:\s+[A-Z][\w-]*){{0,4}}\s+{name}\b", self.text) is not None

    def quoted_names(self) -> None:
        """“A” dari X, disusul “B” dari Y: more quoted names in a sentence that names an innovation;
        '"X", demikian inovasi ini diberi nama'; a quoted name launched or introduced near a sentence about innovations."""
        r, toks, words, text = self.r, self.toks, self.words, self.text
        named = self.found_here or _window_has(words, r) and any(w in r["naming_triggers"] or w == "nama" for w in words)
        # "Kepala Dinas X, Nama, memperkenalkan “Dulohupa Digital”, forum ...": a quoted name right after an owner
        # verb, within three sentences of one about innovations
        for i, t in enumerate(toks):
            if t.text in OPEN_Q and (named or self.lately and i > 0 and toks[i - 1].low in r["owner_verbs"]):
                res = one_item(toks, i, self.ctx)
                if res and len(text_of(text, res[0]).split()) <= 6 and all(
                        is_cap(x) or x.low in r["inner_connectors"] for x in tokenize(text_of(text, res[0]), 0)):
                    got = owner_after(toks, res[2], self.ctx)
                    self.add([(res[0], res[1], got[0] if got else None)], "quoted", None)

    def acronym_or_long(self) -> None:
        """"SIMPEL atau Sistem Informasi Pelayanan Perizinan", "SIMPEL, yaitu Sistem ...": an acronym and its expansion."""
        toks, text = self.toks, self.text
        for i, t in enumerate(toks):
            if t.low == "atau" and 0 < i < len(toks) - 1 and CAPITAL_NAME.fullmatch(toks[i - 1].text) and is_cap(toks[i + 1]):
                a = i - 1
                while a > 0 and toks[a - 1].text.isupper() and i - a < 3:
                    a -= 1
                e = spelt_through_and(toks, i + 1, cap_run(toks, i + 1), text_of(text, (toks[a].start, toks[i - 1].end)))
                short, long = (toks[a].start, toks[i - 1].end), (toks[i + 1].start, toks[e - 1].end)
                if derives(text_of(text, short), text_of(text, long)) and len(text_of(text, short)) >= 3:
                    self.add([(short, long)], "atau", None)
            elif t.low == "atau" and 1 < i < len(toks) - 1:
                self._long_then_short(i)
            elif 0 < i < len(toks) - 2 and CAPITAL_NAME.fullmatch(toks[i - 1].text) and len(toks[i - 1].text) >= 3 and (
                    t.text == "," and toks[i + 1].low in self.r["appositive_links"] and is_cap(toks[i + 2])
                    or t.text == "," and toks[i + 1].low in self.r["direct_triggers"] and toks[i + 1].text[:1].isupper()
                    and is_cap(toks[i + 2]) and toks[i - 1].text.isupper()
                    or t.text in ("–", "—", "-") and is_cap(toks[i + 1]) and i >= 2 and toks[i - 2].text.islower()
                    and "\n" not in text_of(text, (toks[i - 2].start, toks[i + 1].end))):
                # (not a dateline: "SLAWI – Suasana Pendopo ...", "MUARA BULIAN – Bappeda ...")
                # "menyampaikan BERLIAN, yaitu Bersama Lindungi Anak dari Narkoba", "inovasi KACALI – Kantor Camat
                # Keliling": the apposition spells the acronym
                k = i + 2 if t.text == "," and toks[i + 1].low in self.r["appositive_links"] else i + 1
                a = i - 1
                while a > 0 and i - a < 3 and CAPITAL_NAME.fullmatch(toks[a - 1].text) and toks[a - 1].text.isupper() \
                        and toks[a - 1].start not in self.ctx.bodies:
                    a -= 1   # "memaparkan SIMONEV SAE, yakni Sistem Monitoring ...": a name of two words in capitals
                short = (toks[a].start, toks[i - 1].end)
                e = spelt_through_and(toks, k, cap_run(toks, k), toks[a].text)
                long = (toks[k].start, toks[e - 1].end)
                if derives(text_of(text, short), text_of(text, long)):
                    self.add([(short, long)], "atau", None)

    def abbreviated(self) -> None:
        """"X atau disingkat Y"."""
        r, toks, sent = self.r, self.toks, self.sent
        for m in r["_abbrev"].finditer(sent.text):
            a, b = m.start() + sent.start_char, m.end() + sent.start_char
            bi = next((k for k, t in enumerate(toks) if t.start >= b), None)
            ai = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].end <= a), None)
            if bi is None or ai is None:
                continue
            bj = cap_run(toks, bi)
            if toks[ai].text in CLOSE_Q:   # "“Dukcapil Nyambangi Warga” atau disingkat DUNGA"
                q = next((q for q in range(ai - 1, max(-1, ai - 16), -1) if toks[q].text in OPEN_Q), None)
                if q is None or q + 1 > ai - 1:
                    continue
                ak, ai = q + 1, ai - 1
            else:
                ak = ai
                while ak >= 0 and (is_cap(toks[ak]) or toks[ak].low in r["inner_connectors"] and ak < ai):
                    ak -= 1
                ak += 1
                short = text_of(self.text, (toks[bi].start, toks[bj - 1].end)) if bj > bi else ""
                while ak < ai and toks[ak].low in r["direct_triggers"] and short \
                        and not derives(short, text_of(self.text, (toks[ak].start, toks[ai].end))):
                    ak += 1   # "Inovasi Mama Sayang Bayi atau disingkat MASABA": the trigger is no word of the long form
            if bj > bi and ak <= ai:
                self.add([((toks[bi].start, toks[bj - 1].end), (toks[ak].start, toks[ai].end))], "abbrev", None)

    def copula_expansions(self) -> None:
        """"SIKADU adalah Sistem Informasi Kartu Keluarga Terpadu": a name in capitals defined by a copula and a
        capitalised run its letters come from (rules' long_form_connectors may join the run's words)."""
        text, sent, r = self.text, self.sent, self.r
        if not self.lately:
            return   # (a story's acronyms are defined this way for bodies, teams and national programmes too)
        defined, trailing = _copula_patterns()
        for m in defined.finditer(sent.text):
            short = m.group(1)
            long = trailing.sub("", m.group(2))
            first = long.split()[0].lower()
            if len(long.split()) < 2 or not derives(short, long) \
                    or first in r["bad_first_words"] | r["bad_long_first_words"] | r["body_heads"]:
                continue
            a = sent.start_char + m.start(1)
            b = sent.start_char + m.start(2)
            known = next((c for c in self.cands if text_of(text, c.name) == short), None)
            if known is not None:
                if known.long is None:
                    known.long = (b, b + len(long))
                continue
            c = Cand((a, a + len(short)), (b, b + len(long)), self.si, None, "expansion")
            if valid(text, c):
                self.cands.append(c)

    def expansions(self) -> None:
        """"Y, yang merupakan singkatan dari X": the long form of an earlier name (or of Y itself)."""
        r, toks, sent, text = self.r, self.toks, self.sent, self.text
        for m in r["_expand"].finditer(sent.text):
            a, b = m.start() + sent.start_char, m.end() + sent.start_char
            seg = text[b:b + re.search(r"[,.;”\"’‘\n]|$", text[b:sent.end_char]).start()]   # (a list's line ends it)
            if seg.count(")") > seg.count("("):
                seg = seg[:seg.index(")")]   # "(... singkatan dari X)" closes here; "Air Susu Ibu (ASI)" stays
            long = (b, b + len(seg))
            longtxt = seg.strip()
            before = text[sent.start_char:a].rstrip(" ,")
            for c in self.cands:
                nm = clean_name(text_of(text, c.name))
                if before.endswith(nm) and c.long is None and len(longtxt.split()) >= 2:   # the text says so
                    c.long = (long[0], long[0] + len(longtxt))
                    break
            else:
                ai = next((k for k in range(len(toks) - 1, -1, -1) if toks[k].end <= a), None)
                if ai is not None:
                    ak = ai
                    while ak >= 0 and is_cap(toks[ak]):
                        ak -= 1
                    if ai == ak + 1 and toks[ai].low in r["direct_triggers"]:
                        # "Aplikasi yang merupakan kependekan dari Sistem ...": the word points back at the name before
                        last = self.cands[-1] if self.cands else None
                        word = rf"(?:[A-Z][\w’'-]*|(?:{'|'.join(map(re.escape, r['long_form_connectors']))})\b)"
                        run = re.match(rf"\s*{word}(?:\s+{word})*", text[long[0]:long[1]])   # the capitalised run,
                        # not the clause after it (rules/innovations.toml long_form_connectors)
                        lt = run.group(0).strip() if run else ""
                        if last is not None and last.long is None and len(lt.split()) >= 2 \
                                and derives(text_of(text, last.name), lt):
                            start = long[0] + run.group(0).index(lt)
                            last.long = (start, start + len(lt))
                        continue
                    while ak + 1 < ai and toks[ak + 1].low in r["discourse_openers"] | r["ordinal_openers"]:
                        ak += 1   # "Adapun SI-LEMBUR adalah singkatan dari ...": the opener is no word of the name
                    if ak + 1 <= ai and ai - ak <= 4 and len(longtxt.split()) >= 2:
                        c = Cand((toks[ak + 1].start, toks[ai].end), (long[0], long[0] + len(longtxt)), self.si,
                                 None, "expansion")
                        if valid(text, c):
                            self.cands.append(c)
