"""Synthetic training documents for the NER: the language's patterns, with made-up fillers.

The gold corpus has ~140 officials and ~170 named innovations, too few for a model to learn
what a name or an innovation looks like in Indonesian news rather than which names the corpus
has. These documents are built from sentence templates written for this project in the style
of regional news (openings, quotes, speakers with their positions, acronyms with expansions,
lists of innovations, venues, platforms and awards that are none of the labels) and filled
from vocabulary: positions, degrees, bodies and regions from rules/ (what the rule
components know) and the made-up names in synth.toml. No corpus text is used.

Labels follow the gold corpus (`corpus.py`): PERSON for an official's name without titles or
degrees, INNOVATION for a named innovation and for its long name, ORG for the acting body
(every mention of it), VENUE for the event's venue.
"""
from __future__ import annotations

import csv
import random
import tomllib
from functools import lru_cache
from pathlib import Path

RULES = Path(__file__).resolve().parent.parent.parent / "rules"
VOCAB = Path(__file__).with_name("synth.toml")

# {ORG} acting body (labelled), {OTHERORG} a body that does not act, {P}/{P2} officials given with
# their titles ({T}: "Kepala Bappeda X Budi Santoso"; {TA}: "Budi Santoso, Kepala ..."),
# {I}/{I2} innovations, {IEXP} an acronym with its long name, {ILIST} a list, {V} the venue,
# {R} a region, {X} a platform/award/event, {N} a number, {DATE}, {DL} the dateline city.
TEMPLATES = [
    "{DL} - {ORG} menggelar {EVENT} di {V}, {DATE}.",
    "{DL} - {ORG} menggelar {EVENT} yang diikuti {N} peserta dari perangkat daerah.",
    "Kegiatan tersebut dibuka secara resmi oleh {TB}.",
    "Kegiatan itu dibuka oleh {TA}, di {V}.",
    "{TB} mengatakan, {I} merupakan inovasi yang dikembangkan untuk {PURPOSE}.",
    "“Kami berharap inovasi ini terus dikembangkan dan direplikasi oleh daerah lain,” kata {P}.",
    "“Inovasi bukan sekadar lomba, tetapi cara kita melayani masyarakat,” ujar {P} kepada wartawan.",
    "Melalui aplikasi {IEXP}, masyarakat dapat {PURPOSE} tanpa harus datang ke kantor.",
    "{ORG} berhasil meraih penghargaan {X} lewat inovasi {ILIST}.",
    "Hadir sebagai narasumber, {TA}.",
    "Menurut {P}, yang juga menjabat sebagai {POS}, program {I} sudah berjalan sejak {YEAR}.",
    "Kegiatan ini dilaksanakan secara daring melalui {X} dan diikuti {N} peserta.",
    "{IEXP} diluncurkan pada {DATE} dan kini telah menjangkau {N} desa.",
    "Sementara itu, {TA}, menjelaskan bahwa {I} menjadi salah satu dari {N} inovasi yang diajukan {ORG} tahun ini.",
    "Inovasi unggulan seperti {ILIST} dinilai mampu meningkatkan kualitas pelayanan publik.",
    "Selain itu, {ORG} juga mengembangkan inovasi {LONGFIRST}.",
    "Inovasi “{I}” hadir untuk memudahkan warga mengurus dokumen kependudukan.",
    "Acara yang berlangsung di {V} itu juga dihadiri {TB} dan {TB2}.",
    "{R} menjadi salah satu daerah yang dinilai dalam {X} tahun {YEAR}.",
    "Ia menambahkan, {ORG} akan terus mendorong setiap perangkat daerah untuk berinovasi.",
    "Dalam kesempatan itu, {TB} menyerahkan piagam penghargaan kepada para inovator.",
    "Penilaian dilakukan oleh tim dari {OTHERORG} melalui {X}.",
    "Layanan {I} kini bisa diakses melalui {X} maupun laman resmi {ORG}.",
    "{P} selaku {POS} menyampaikan apresiasi kepada seluruh peserta.",
    "Rapat koordinasi yang dipimpin {TB} itu membahas pengisian {X}.",
    "Program {I} digagas sejak {YEAR} dan mulai diterapkan di {N} kecamatan.",
    "Sebelumnya, {ORG} telah meluncurkan gerakan {I2} untuk menekan angka {PROBLEM}.",
    "Bimtek ditutup oleh {TA}, pada {DATE}.",
    "“Dengan {I}, pelayanan menjadi lebih cepat dan transparan,” tutur {P}.",
    "Pada kesempatan yang sama, {OTHERORG} memaparkan materi tentang {X}.",
]
EVENTS = ["Bimbingan Teknis Inovasi Daerah", "sosialisasi Indeks Inovasi Daerah", "rapat koordinasi inovasi daerah",
          "lomba inovasi daerah", "peluncuran inovasi", "Forum Inovasi Daerah", "pendampingan pengisian inovasi",
          "workshop penyusunan proposal inovasi", "Gelar Inovasi Daerah", "verifikasi lapangan inovasi"]
PURPOSES = ["mengurus administrasi kependudukan", "melaporkan keluhan pelayanan", "memantau tumbuh kembang anak",
            "membayar retribusi", "mendaftar layanan kesehatan", "mengakses data pertanian", "mengajukan izin usaha"]
PROBLEMS = ["stunting", "kemiskinan ekstrem", "putus sekolah", "pernikahan dini", "sampah plastik", "inflasi"]
MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
          "November", "Desember"]
NATIONAL = ("Kementerian", "Badan Riset dan Inovasi Nasional", "Lembaga", "Badan Pusat", "Badan Nasional")
BODY_HEADS = ["Kepala", "Sekretaris", "Kabid", "Kabag", "Kasubag", "Kepala Bidang Inovasi", "Plt Kepala",
              "Kepala Bidang Penelitian dan Pengembangan", "Sekretaris", "Analis Kebijakan", "Kasi"]
REGION_HEADS = ["Bupati", "Wakil Bupati", "Wali Kota", "Wakil Wali Kota", "Sekretaris Daerah", "Sekda", "Gubernur",
                "Asisten Administrasi Umum Setda", "Staf Ahli Bupati", "Pj Bupati", "Asisten Perekonomian dan Pembangunan"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"]


@lru_cache(maxsize=1)
def vocabulary() -> dict:
    vocab = tomllib.loads(VOCAB.read_text(encoding="utf-8"))
    with (RULES / "agencies" / "nomenclature.csv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(line for line in fh if not line.startswith("#"))]
    vocab["bodies"] = [(r["abbreviation"], r["expansion"]) for r in rows if r["kind"] == "body"]
    with (RULES / "regions" / "wilayah.csv").open(encoding="utf-8") as fh:
        vocab["regions"] = [r["name"] for r in csv.DictReader(fh) if r["level"] in ("1", "2")]
    degrees = [line.strip() for line in (RULES / "officials" / "degrees.txt").read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")]
    vocab["degrees"] = [d for d in degrees if "." in d or len(d) <= 3]
    return vocab


class _Builder:
    """Appends text and remembers labelled character spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.spans: list[tuple[int, int, str]] = []

    def add(self, text: str, label: str | None = None) -> None:
        if label:
            self.spans.append((self.length, self.length + len(text), label))
        self.parts.append(text)
        self.length += len(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _short_region(name: str) -> str:
    for level in ("Kabupaten ", "Kota ", "Provinsi "):
        if name.startswith(level):
            return name[len(level):]
    return name


def _person(rng: random.Random, v: dict) -> str:
    kind = rng.random()
    bare = kind >= 0.2      # a particle ("I Made", "Andi") or an abbreviation ("Muh.") needs a name after it
    first = rng.choice(v["given"]) if bare else rng.choice(v["particles"] if kind < 0.12 else v["abbreviated_first"])
    words = [first]
    if rng.random() < 0.35 or not bare:
        words.append(rng.choice(v["given"]))
    if rng.random() < 0.1:
        words.append(rng.choice("ABDEHKMRSW") + ".")
    if rng.random() < 0.75 or words[-1].endswith("."):
        words.append(rng.choice(v["family"]))
    return " ".join(words)


def _innovation(rng: random.Random, v: dict) -> tuple[str, str | None]:
    """(name, long name or None)."""
    kind = rng.random()
    if kind < 0.35:   # an acronym built from a long name: "SIPELANDA" <- "Sistem Pelayanan ..."
        words = [rng.choice(v["long_first"]), rng.choice(v["long_middle"]), rng.choice(v["long_last"])]
        long_name = " ".join(words)
        letters = "".join(w[:rng.choice((1, 2, 3))] for w in long_name.split() if w not in ("dan",))
        name = letters.upper() if rng.random() < 0.7 else letters[:1].upper() + letters[1:].lower()
        return name, long_name
    if kind < 0.5:
        word = rng.choice(v["name_nouns"] + v["name_tails"])
        return ("Si " + word if rng.random() < 0.5 else "Si" + word), None
    if kind < 0.6:
        return "E-" + rng.choice(v["long_middle"]), None
    words = [rng.choice(v["name_heads"]), rng.choice(v["name_nouns"])]
    if rng.random() < 0.5:
        words.append(rng.choice(v["name_tails"]))
    name = " ".join(words)
    return (name.upper() if rng.random() < 0.2 else name), None


def _body(rng: random.Random, v: dict, region: str) -> str:
    abbr, full = rng.choice(v["bodies"])
    base = abbr if rng.random() < 0.45 else full
    if full.startswith(NATIONAL):
        return base
    r = rng.random()
    if r < 0.45:
        return f"{base} {region}"
    if r < 0.75:
        return f"{base} {_short_region(region)}"
    return base


def _venue(rng: random.Random, v: dict) -> str:
    return f"{rng.choice(v['venue_heads'])} {rng.choice(v['venue_tails'])}"


def _position(rng: random.Random, v: dict, region: str, acting: str) -> tuple[str, str | None]:
    """A position's text and the acting body's mention inside it (labelled ORG), if any."""
    r = rng.random()
    if r < 0.3:
        return f"{rng.choice(REGION_HEADS)} {_short_region(region)}", None
    if r < 0.6:
        return f"Kepala {acting}", acting
    return f"{rng.choice(BODY_HEADS)} {_body(rng, v, region)}", None


class _Doc:
    def __init__(self, rng: random.Random, v: dict) -> None:
        self.rng, self.v = rng, v
        self.region = rng.choice(v["regions"])
        self.acting = _body(rng, v, self.region)
        self.other = _body(rng, v, rng.choice(v["regions"]))
        self.innovations = [_innovation(rng, v) for _ in range(rng.randint(2, 4))]
        self.b = _Builder()

    def official(self, form: str) -> None:
        rng, v, b = self.rng, self.v, self.b
        position, body = _position(rng, v, self.region, self.acting)
        name = _person(rng, v)
        prefix = rng.choice(v["honorifics"]) + " " if rng.random() < 0.35 else ""
        degrees = ", " + ", ".join(rng.sample(v["degrees"], rng.randint(1, 2))) if rng.random() < 0.4 else ""

        def put_position() -> None:
            if body:
                head = position[:len(position) - len(body)]
                b.add(head)
                b.add(body, "ORG")
            else:
                b.add(position)

        if form == "before":          # "Kepala Bappeda X, Dr. Budi Santoso, M.Si"
            put_position()
            b.add(", " if rng.random() < 0.6 else " ")
            b.add(prefix)
            b.add(name, "PERSON")
            b.add(degrees)
        elif form == "after":         # "Budi Santoso, Kepala Bappeda X"
            b.add(prefix)
            b.add(name, "PERSON")
            b.add(degrees + ", ")
            put_position()
        elif form == "name":
            b.add(prefix)
            b.add(name, "PERSON")
        else:                         # the position alone
            put_position()

    def innovation(self, which: int = 0, expanded: bool = False) -> None:
        name, long_name = self.innovations[which % len(self.innovations)]
        b = self.b
        if expanded and long_name:
            style = self.rng.random()
            if style < 0.5:
                b.add(name, "INNOVATION")
                b.add(" (")
                b.add(long_name, "INNOVATION")
                b.add(")")
            elif style < 0.75:
                b.add(name, "INNOVATION")
                b.add(" atau ")
                b.add(long_name, "INNOVATION")
            else:
                b.add(long_name, "INNOVATION")
                b.add(" yang disingkat ")
                b.add(name, "INNOVATION")
            return
        b.add(name, "INNOVATION")

    def innovation_list(self) -> None:
        n = len(self.innovations)
        for i in range(n):
            if i:
                self.b.add(" dan " if i == n - 1 else ", ")
            self.innovation(i)

    def sentence(self, template: str) -> None:
        rng, v, b = self.rng, self.v, self.b
        pos = 0
        inno = rng.randrange(len(self.innovations))
        while pos < len(template):
            start = template.find("{", pos)
            if start < 0:
                b.add(template[pos:])
                break
            b.add(template[pos:start])
            end = template.index("}", start)
            slot = template[start + 1:end]
            pos = end + 1
            if slot == "ORG":
                b.add(self.acting, "ORG")
            elif slot == "OTHERORG":
                b.add(self.other)
            elif slot in ("TB", "TB2"):
                self.official("before")
            elif slot == "TA":
                self.official("after")
            elif slot == "P":
                self.official("name")
            elif slot == "POS":
                self.official("position")
            elif slot in ("I", "I2"):
                self.innovation(inno + (slot == "I2"))
            elif slot == "IEXP":
                self.innovation(inno, expanded=True)
            elif slot == "LONGFIRST":
                self.innovation(inno, expanded=True)
            elif slot == "ILIST":
                self.innovation_list()
            elif slot == "V":
                b.add(_venue(rng, v), "VENUE")
            elif slot == "R":
                b.add(self.region)
            elif slot == "DL":
                b.add(_short_region(self.region).upper())
            elif slot == "X":
                b.add(rng.choice(v["others"]))
            elif slot == "N":
                b.add(str(rng.randint(2, 250)))
            elif slot == "YEAR":
                b.add(str(rng.randint(2018, 2026)))
            elif slot == "DATE":
                b.add(f"{rng.choice(DAYS)} ({rng.randint(1, 28)}/{rng.randint(1, 12)})" if rng.random() < 0.5
                      else f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(2019, 2026)}")
            elif slot == "EVENT":
                b.add(rng.choice(EVENTS))
            elif slot == "PURPOSE":
                b.add(rng.choice(PURPOSES))
            elif slot == "PROBLEM":
                b.add(rng.choice(PROBLEMS))
            else:
                raise KeyError(slot)


def documents(count: int, seed: int = 0) -> list[tuple[str, list[tuple[int, int, str]]]]:
    """`count` synthetic documents: (text, [(start_char, end_char, label)])."""
    rng = random.Random(seed)
    v = vocabulary()
    out = []
    for _ in range(count):
        doc = _Doc(rng, v)
        openers = [t for t in TEMPLATES if t.startswith("{DL}")]
        body = [t for t in TEMPLATES if not t.startswith("{DL}")]
        chosen = [rng.choice(openers)] + rng.sample(body, rng.randint(4, 8))
        for i, template in enumerate(chosen):
            if i:
                doc.b.add("\n\n" if rng.random() < 0.6 else " ")
            doc.sentence(template)
        out.append((doc.b.text, doc.b.spans))
    return out
