"""An innovation's own trial and implementation dates in news sentences (written for these tests)."""
import pytest
from helpers import component_nlp, run_components

from pipeline.evidence import value_of


@pytest.fixture(scope="module")
def nlp():
    return component_nlp("inovasi_dates", "inovasi_agencies", "inovasi_regions", "inovasi_officials",
                         "inovasi_innovations", "inovasi_innovation_dates")


def dates(nlp, text):
    doc = run_components(nlp, text)
    out = {}
    for item in doc._.draft.get("innovations") or []:
        out[value_of(item["name"])] = tuple(str(value_of(item[k])) if item.get(k) else None
                                            for k in ("implementation_date", "trial_date"))
    return out


@pytest.mark.parametrize("text, name, want", [
    # named in the sentence, misspelt month (the dates component reads "Febuari")
    ("Kanda Ku Rindu merupakan singkatan dari Pernikahan Dapat Dokumen, inovasi tersebut diawali sejak "
     "8 Febuari 2022 dengan bekerja sama dengan KUA.", "Kanda Ku Rindu", ("2022-02-08", None)),
    # referred back to from the next sentence
    ("Bappeda Kota Ambon meluncurkan aplikasi SIPEKA di Balai Kota. Aplikasi ini mulai diterapkan pada "
     "2 Januari 2023 di seluruh kelurahan.", "SIPEKA", ("2023-01-02", None)),
    # a trial and an implementation in one sentence
    ("Aplikasi SIPEKA diuji coba sejak 3 Maret 2022 dan mulai diterapkan pada 2 Januari 2023.", "SIPEKA",
     ("2023-01-02", "2022-03-03")),
    # a launch dates the event, not the innovation
    ("Pemkab Alor meluncurkan aplikasi SIPEKA pada 5 Mei 2023 di aula kantor bupati.", "SIPEKA", (None, None)),
    # a month without a day is no date for the field
    ("Inovasi SIPEKA mulai diterapkan sejak Januari 2023 di seluruh kelurahan.", "SIPEKA", (None, None)),
])
def test_an_innovation_dated_by_its_own_sentence(nlp, text, name, want):
    got = dates(nlp, text)
    assert got.get(name) == want, got


def test_a_back_reference_after_two_innovations_dates_neither(nlp):
    text = ("Bupati memamerkan aplikasi SIPEKA dan aplikasi SI-JAGO. Inovasi tersebut mulai diterapkan pada "
            "2 Januari 2023.")
    got = dates(nlp, text)
    assert {"SIPEKA", "SI-JAGO"} <= set(got), got
    assert all(v == (None, None) for v in got.values())


def kinds(nlp, text):
    doc = run_components(nlp, text)
    return {value_of(i["name"]): (value_of(i["jenis"]) if i.get("jenis") else None,
                                  value_of(i["tahapan"]) if i.get("tahapan") else None)
            for i in doc._.draft.get("innovations") or []}


@pytest.mark.parametrize("text, want", [
    # the kind stated after the name, in the enum's own words
    ("Dinas Kesehatan memperkenalkan inovasi Lopo Sehat dan aplikasi SIPAGITA. Dari sisi jenis, SIPAGITA tergolong "
     "inovasi digital, sedangkan Lopo Sehat merupakan inovasi non-digital.",
     {"Lopo Sehat": ("non_digital", None), "SIPAGITA": ("digital", None)}),
    ("Inovasi GUMAKA dijalankan Dinas Pendidikan. GUMAKA ini non-digital, murni tatap muka.",
     {"GUMAKA": ("non_digital", None)}),
    # ... before the name
    ("Bupati meluncurkan inovasi digital SIPADES di aula kantor bupati.", {"SIPADES": ("digital", None)}),
    # the stage stated after the name
    ("Dinas Perikanan mengembangkan aplikasi SIRULA. SIRULA kini masih dalam tahap uji coba di dua desa.",
     {"SIRULA": (None, "uji_coba")}),
    # ... nothing where the kind is said of no named innovation
    ("Bupati mendorong inovasi digital di semua perangkat daerah. Aplikasi SIGAP diluncurkan kemarin.",
     {"SIGAP": (None, None)}),
])
def test_a_kind_and_a_stage_stated_in_the_news(nlp, text, want):
    assert kinds(nlp, text) == want


@pytest.mark.parametrize("text, want", [
    # the stage said of the innovation the sentence before named, through a back-reference
    ("Dinas Perikanan mengembangkan SIRULA atau Sistem Informasi Rumput Laut untuk mendata lahan budidaya. "
     "Aplikasi itu kini masih dalam tahap uji coba.", {"SIRULA": (None, "uji_coba")}),
    # ... not when the sentence before named two
    ("Bupati meluncurkan aplikasi SIGAP dan inovasi Kebun Gizi. Aplikasi itu kini masih dalam tahap uji coba.",
     {"SIGAP": (None, None), "Kebun Gizi": (None, None)}),
])
def test_a_stage_said_through_a_back_reference(nlp, text, want):
    assert kinds(nlp, text) == want
