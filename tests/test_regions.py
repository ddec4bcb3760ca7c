"""Tests for the regions gazetteer (pipeline/regions.py) and the inovasi_regions component."""
from __future__ import annotations

import csv
import importlib
import sys
import types
from collections import defaultdict
from pathlib import Path

import pytest

from helpers import component_nlp
from pipeline.evidence import value_of
from pipeline.parse import make_doc
from pipeline.regions import candidates, expand_alias_in, gazetteer, lookup, short_name

ROOT = Path(__file__).resolve().parents[1]
WILAYAH = list(csv.DictReader(open(ROOT / "rules" / "regions" / "wilayah.csv", encoding="utf-8")))


def _import_component():
    """Register the factory; if a sibling component is mid-edit, load this module alone."""
    try:
        importlib.import_module("pipeline.extract.regions")
    except ImportError:
        pkg = types.ModuleType("pipeline.extract")
        pkg.__path__ = [str(ROOT / "pipeline" / "extract")]
        sys.modules["pipeline.extract"] = pkg
        importlib.import_module("pipeline.extract.regions")


@pytest.fixture(scope="module")
def nlp():
    _import_component()
    return component_nlp("inovasi_regions")


def run(nlp, text, doc_type=None):
    doc = make_doc(nlp, text, meta={})
    if doc_type:
        doc._.draft["doc_type"] = doc_type
    return nlp(doc)


def main_region(nlp, text, doc_type=None):
    doc = run(nlp, text, doc_type)
    r = doc._.draft.get("region")
    if r is None:
        return None
    name, code = r["name"], r["code"]
    assert doc.text[name.start:name.end]  # the evidence span is in the text
    return value_of(name), value_of(code), r["province"]


# ---- gazetteer -------------------------------------------------------------------------

def test_wilayah_counts():
    assert len(WILAYAH) == 552
    assert sum(r["level"] == "1" for r in WILAYAH) == 38
    assert sum(r["name"].startswith("Kabupaten") for r in WILAYAH) == 416
    assert sum(r["name"].startswith("Kota") for r in WILAYAH) == 98


def test_aliases_point_to_known_codes():
    g = gazetteer()
    for codes in g.aliases.values():
        for c in codes:
            assert c in g.regions


@pytest.mark.parametrize("name,code", [
    ("Pemkab Kotim", "62.02"), ("Kab. Gowa", "73.06"), ("Kab Gowa", "73.06"), ("kabupaten gowa", "73.06"),
    ("HSS", "63.06"), ("Sulbar", "76"), ("Pemprov Sulbar", "76"), ("Jaksel", "31.74"),
    ("Kota Jakarta Pusat", "31.71"), ("Jakarta Pusat", "31.71"), ("Jakpus", "31.71"),
    ("Kota Administrasi Jakarta Pusat", "31.71"), ("Tangsel", "36.74"), ("Kukar", "64.02"),
    ("Labura", "12.23"), ("Kabupaten Toba Samosir", "12.12"), ("Provinsi Irian Jaya Barat", "92"),
    ("Kota Waringin Timur", "62.02"), ("Kabupaten Batang Hari", "15.04"), ("Kota Kudus", "33.19"),
    ("Kota Bekasi", "32.75"), ("Pemkab Bekasi", "32.16"), ("Kota Banjar", "32.79"), ("Kabupaten Banjar", "63.03"),
    ("Provinsi Gorontalo", "75"), ("Baubau", "74.72"), ("Papua Barat Daya", "96"), ("Sumut", "12"),
])
def test_lookup(name, code):
    info = lookup(name)
    assert info is not None and info.code == code, (name, info)


def test_lookup_ambiguous_and_unknown():
    assert lookup("Bekasi") is None
    assert {c.code for c in candidates("Bekasi")} == {"32.16", "32.75"}
    assert lookup("Atlantis") is None


def test_short_name_and_expansion():
    assert short_name("62.02") == "Kotawaringin Timur"
    assert short_name("31.71") == "Jakarta Pusat"
    assert short_name("76") == "Sulawesi Barat"
    assert expand_alias_in("Wakil Bupati Kotim") == "Wakil Bupati Kotawaringin Timur"
    assert expand_alias_in("Biro Organisasi Setda Sulbar") == "Biro Organisasi Setda Sulawesi Barat"
    assert expand_alias_in("Bagian Organisasi Setda HSS") == "Bagian Organisasi Setda Hulu Sungai Selatan"
    assert expand_alias_in("tidak ada singkatan") == "tidak ada singkatan"


def test_expansion_leaves_names_written_in_full():
    assert expand_alias_in("Bupati Kepulauan Mentawai") == "Bupati Kepulauan Mentawai"
    assert expand_alias_in("Bupati Mentawai") == "Bupati Kepulauan Mentawai"
    assert expand_alias_in("Wali Kota Tidore Kepulauan") == "Wali Kota Tidore Kepulauan"


# ---- every area from its canonical name ---------------------------------------------------

@pytest.mark.parametrize("row", WILAYAH, ids=[r["code"] for r in WILAYAH])
def test_every_area_found(nlp, row):
    text = f"Pemerintah {row['name']} menggelar bimbingan teknis inovasi daerah bagi seluruh perangkat daerah."
    got = main_region(nlp, text)
    assert got is not None and got[1] == row["code"] and got[0] == row["name"], got
    assert got[2] == row["province"]


# ---- names shared by several areas: resolved from cues -------------------------------------

def _shared_names():
    g = gazetteer()
    by_short = defaultdict(list)
    for info in g.regions.values():
        by_short[info.short].append(info)
    return {k: v for k, v in by_short.items() if len(v) > 1}


SHARED = _shared_names()
SHARED_CASES = [(short, info.kind, info.code) for short, infos in sorted(SHARED.items()) for info in infos]


def test_shared_names_derived_from_data():
    for name in ("Bekasi", "Bogor", "Malang", "Banjar", "Gorontalo", "Jambi", "Sorong", "Kupang", "Solok"):
        assert name in SHARED


@pytest.mark.parametrize("short,kind,code", SHARED_CASES, ids=[f"{s}-{k}" for s, k, _ in SHARED_CASES])
def test_shared_name_resolved_by_cue(nlp, short, kind, code):
    lead = {"city": f"Wali Kota {short}", "regency": f"Bupati {short}", "province": f"Gubernur {short}"}[kind]
    text = (f"{lead} membuka kegiatan penguatan inovasi daerah di aula kantor, Senin. "
            f"Ia meminta setiap perangkat daerah melahirkan inovasi pelayanan publik.")
    got = main_region(nlp, text)
    assert got is not None and got[1] == code, got


def test_shared_name_resolved_elsewhere_in_doc(nlp):
    text = ("BOGOR - Pemerintah Kota Bogor meluncurkan aplikasi layanan perizinan. "
            "Warga Bogor kini tidak perlu datang ke kantor untuk mengurus izin.")
    assert main_region(nlp, text)[1] == "32.71"


def test_banjar_regency_vs_city(nlp):
    assert main_region(nlp, "Bupati Banjar membuka workshop inovasi daerah di Martapura.")[1] == "63.03"
    assert main_region(nlp, "Wali Kota Banjar meresmikan mal pelayanan publik, Rabu.")[1] == "32.79"


def test_city_word_for_a_regency(nlp):
    text = "Dinas Dukcapil Kota Kudus menggandeng seluruh puskesmas untuk layanan akta kelahiran."
    assert main_region(nlp, text)[:2] == ("Kabupaten Kudus", "33.19")


# ---- aliases in text ---------------------------------------------------------------------

@pytest.mark.parametrize("text,code", [
    ("Pemkab HSS menggelar lomba inovasi tingkat kabupaten.", "63.06"),
    ("Begini cara Pemkab Kotim supaya perangkat daerah lebih inovatif.", "62.02"),
    ("Biro Organisasi Setda Sulbar mendampingi para inovator OPD lingkup Pemprov Sulbar.", "76"),
    ("Pemkot Tangsel meluncurkan aplikasi pengaduan warga.", "36.74"),
    ("Wakil Bupati Kukar menyerahkan penghargaan inovasi kepada camat.", "64.02"),
    ("Pemprov Kaltim menggelar bimbingan teknis indeks inovasi daerah.", "64"),
    ("Sekda Labura membuka sosialisasi inovasi desa.", "12.23"),
])
def test_aliases_in_text(nlp, text, code):
    assert main_region(nlp, text)[1] == code


# ---- cues, datelines, national stories, acting body --------------------------------------

def test_dateline_is_a_weak_clue(nlp):
    # a dateline alone is not enough
    text = ("MAMUJU - Kementerian Pendayagunaan Aparatur Negara membuka pendaftaran kompetisi inovasi "
            "pelayanan publik tingkat nasional bagi kementerian dan lembaga.")
    assert main_region(nlp, text) is None
    # the acting body beats the dateline
    text = ("SAMPIT - Pemerintah Kabupaten Seruyan menggelar bimbingan teknis inovasi daerah. "
            "Bupati Seruyan meminta semua dinas menyiapkan proposal inovasi.")
    assert main_region(nlp, text)[1] == "62.07"
    # a dateline naming a region that the text names again helps
    text = ("PURWAKARTA, suarajabar.com\n\nDinas Pemberdayaan Masyarakat Desa menggelar sosialisasi "
            "inovasi desa. Inovasi desa menjadi gebrakan untuk pembangunan khususnya di Purwakarta.")
    assert main_region(nlp, text)[1] == "32.14"


def test_national_story_has_no_region(nlp):
    text = ("Kementerian Dalam Negeri mengumumkan hasil pengukuran Indeks Inovasi Daerah tahun ini. "
            "Sebanyak 500 pemerintah daerah mengirimkan data inovasi melalui aplikasi yang disediakan.")
    assert main_region(nlp, text) is None
    text = ("Kemendagri memberikan penghargaan kepada daerah terinovatif. Penghargaan diberikan kepada "
            "Kabupaten Banyuwangi, Kabupaten Sleman, Kota Surabaya, Kota Makassar, Provinsi Jawa Barat "
            "dan Kabupaten Badung dalam acara di Jakarta.")
    assert main_region(nlp, text) is None
    # four regions receiving awards in the lead sentence itself: the first of them is no subject
    text = ("JAKARTA - Kementerian Dalam Negeri memberikan penghargaan IGA 2024 kepada Kabupaten Sikka, Kota Kupang, "
            "Kabupaten Badung dan Provinsi Nusa Tenggara Barat, Selasa (10/12/2024).")
    assert main_region(nlp, text) is None


def test_acting_body_beats_mentioned_region(nlp):
    text = ("Belajar dari Banyuwangi, Pemerintah Kota Madiun meluncurkan aplikasi layanan terpadu. "
            "Wali Kota Madiun mengatakan aplikasi itu meniru inovasi yang sudah berjalan di Banyuwangi.")
    assert main_region(nlp, text)[:2] == ("Kota Madiun", "35.77")


def test_host_beats_partner(nlp):
    text = ("Pemerintah Kota (Pemkot) Pasuruan bersama Pemkab Lumajang menandatangani perjanjian kerja sama "
            "replikasi inovasi daerah. Sekda Kota Pasuruan menyambut rombongan dari Kabupaten Lumajang.")
    assert main_region(nlp, text)[:2] == ("Kota Pasuruan", "35.75")


def test_regency_beats_its_province(nlp):
    text = ("Bagian Organisasi Setda Kabupaten Tuban terus mendampingi OPD. Pada Maret, setiap OPD akan "
            "diundang untuk pembinaan dari Biro Organisasi Jatim.")
    assert main_region(nlp, text)[1] == "35.23"


def test_province_story(nlp):
    text = ("Pemerintah Provinsi Papua Barat melalui Badan Riset dan Inovasi Daerah Provinsi Papua Barat "
            "memfasilitasi bimbingan teknis bagi OPD di 12 kabupaten dan 1 kota se-Papua Barat.")
    assert main_region(nlp, text)[:3] == ("Provinsi Papua Barat", "92", "Papua Barat")


def test_locator_province_is_not_main(nlp):
    text = ("Satuan organisasi perangkat daerah Kabupaten Kotawaringin Timur, Kalimantan Tengah, didorong "
            "lebih inovatif dalam melaksanakan tugas.")
    assert main_region(nlp, text)[1] == "62.02"


def test_common_words_need_a_cue(nlp):
    for text in ("Nasib Malang menimpa warga yang kehilangan rumah.",
                 "Kami mengucapkan terima kasih atas Batu pertama yang diletakkan hari ini.",
                 "Puncak acara berlangsung meriah dengan penampilan tari.",
                 "Roh Kudus menyertai kita semua."):
        assert main_region(nlp, text) is None, text
    assert main_region(nlp, "Bupati Malang membuka pameran inovasi daerah.")[1] == "35.07"
    assert main_region(nlp, "Pemerintah Kota Batu meluncurkan aplikasi perizinan.")[1] == "35.79"


def test_district_name_alone_is_not_a_region(nlp):
    text = "Camat Kanigaran membuka lomba inovasi tingkat kelurahan di Kelurahan Kebonsari Kulon."
    assert main_region(nlp, text) is None


def test_related_links_do_not_count(nlp):
    text = ("Kementerian menggelar rapat koordinasi inovasi nasional.\n"
            "Baca Juga  Pasar Cikampek Karawang Terkesan Kumuh\n"
            "Rapat dihadiri perwakilan kementerian dan lembaga.")
    assert main_region(nlp, text) is None


def test_form_uses_its_text(nlp):
    text = ("Nama Inovasi | NGOBROL ASIK |\nJenis Inovasi | Non Digital |\n"
            "Fasilitasi kelembagaan dan tata laksana untuk perangkat daerah lingkup Pemerintah Kabupaten "
            "Hulu Sungai Selatan dengan metode tatap muka.")
    assert main_region(nlp, text, doc_type="form")[1] == "63.06"
    text = ("Tujuan Inovasi :\n1. Mengembangkan produk unggulan daerah Kabupaten Labuhanbatu\n"
            "2. Meningkatkan sinergi penta helix inovasi")
    assert main_region(nlp, text, doc_type="form")[1] == "12.10"
    # a regulation cited in a form is not the form's region
    text = "Bedasarkan Inpres tahun 2017 dan PERGUB Kalsel tahun 2017 tentang GERMAS."
    assert main_region(nlp, text, doc_type="form") is None


def test_found_mentions(nlp):
    text = "Pemkab Gowa bersama Pemerintah Kota Makassar dan warga Bekasi menggelar lomba."
    doc = run(nlp, text)
    found = doc._.found["regions"]
    codes = [m["code"] for m in found]
    assert "73.06" in codes and "73.71" in codes
    bekasi = [m for m in found if m["text"] == "Bekasi"][0]
    assert bekasi["code"] is None and set(bekasi["candidates"]) == {"32.16", "32.75"}
    for m in found:
        assert m["text"] in text[m["start"]:m["end"]]


def test_agencies_draft_marks_acting_body(nlp):
    from pipeline.evidence import Found

    text = "Tim penilai berkunjung ke Sleman. Kantor Bupati Sleman menerima tim dari Yogyakarta."
    doc = make_doc(nlp, text, meta={})
    start = text.index("Kantor Bupati Sleman")
    doc._.draft["agencies"] = [Found({"name": "Kantor Bupati Sleman"}, start, start + 20, "rule:agency"),
                               Found("Pemda", 0, 3, "rule:agency")]
    doc = nlp(doc)
    assert value_of(doc._.draft["region"]["code"]) == "34.04"


def test_venue_city_of_a_national_event_is_not_main(nlp):
    text = ("Kementerian PANRB menggelar presentasi inovasi pelayanan publik di Jakarta, Selasa. "
            "Para finalis dari seluruh Indonesia berkumpul di Jakarta selama tiga hari.")
    assert main_region(nlp, text) is None


def test_capital_dateline_of_a_national_story(nlp):
    text = ("JAKARTA, KOMPAS.com - Kementerian Dalam Negeri meluncurkan pedoman pengukuran indeks inovasi "
            "daerah. Peluncuran berlangsung di Jakarta dan diikuti pemerintah daerah secara daring.")
    assert main_region(nlp, text) is None
    text = ("JAKARTA - Pemprov DKI Jakarta meluncurkan aplikasi layanan warga. Gubernur DKI Jakarta "
            "meminta semua dinas memakai aplikasi itu.")
    assert main_region(nlp, text)[1] == "31"


def test_lead_subject_beats_dateline_city(nlp):
    text = ("Pemkab Sigi Gelar Bimtek Inovasi\n\n"
            "PALU – Pemerintah Kabupaten Sigi menggelar bimtek inovasi daerah di sebuah hotel di Kota Palu. "
            "Peserta datang dari seluruh perangkat daerah. Kota Palu menjadi tuan rumah kegiatan. "
            "Wali Kota Palu ikut memberi sambutan.")
    assert main_region(nlp, text)[0] == "Kabupaten Sigi"


def test_province_body_as_lead_subject_is_not_discounted(nlp):
    text = ("Blora, (SuaraKita) –\n"
            "Badan Riset dan Inovasi Daerah Provinsi Jawa Tengah menggelar bimtek inovasi di Kabupaten Blora. "
            "Kepala BRIDA Provinsi Jawa Tengah membuka acara. Peserta berasal dari OPD Kabupaten Blora. "
            "Bappeda Blora ikut menjadi narasumber.")
    assert main_region(nlp, text)[0] == "Provinsi Jawa Tengah"


def test_address_of_lead_subject_beats_competition_province(nlp):
    text = ("Inovasi Puskesmas Wotu Luwu Utara Tembus Top 45\n\n"
            "Portal.com,Luwu – Prestasi diraih UPTD Puskesmas Wotu, Kecamatan Wotu, Kabupaten Luwu Utara.\n\n"
            "Inovasinya masuk Top 45 Kompetisi Inovasi tingkat Provinsi Sulawesi Selatan. "
            "Pengumuman diterbitkan Sekretariat Daerah Provinsi Sulawesi Selatan. "
            "Tim penilai dari Provinsi Sulsel memeriksa 120 proposal.")
    assert main_region(nlp, text)[0] == "Kabupaten Luwu Utara"


PKS = ("Nunukan Teken PKS Replikasi Inovasi TARAKAN SIGAP\n\n"
       "NUNUKAN - Pemerintah Kabupaten Nunukan menandatangani Perjanjian Kerja Sama replikasi inovasi dengan Pemerintah "
       "Kota Tarakan, Kamis (18/7/2024), di Ruang Rapat Wali Kota Tarakan.\n\n"
       "PKS ditandatangani Sekretaris Daerah Nunukan dan Sekretaris Daerah Kota Tarakan. Nunukan akan mereplikasi "
       "TARAKAN SIGAP milik Dinas Kesehatan Kota Tarakan dan Pasar Pintar milik Dinas Perdagangan Kota Tarakan. "
       "Wali Kota Tarakan berharap inovasi Kota Tarakan bermanfaat.")


def test_the_lead_subject_of_a_signing_is_the_region_however_often_the_partner_is_named(nlp):
    assert main_region(nlp, PKS)[0] == "Kabupaten Nunukan"


def test_a_lead_subject_without_a_partner_still_weighs_as_before(nlp):
    text = ("Dinas Kesehatan Kota Tarakan meluncurkan inovasi baru, Senin (1/7/2024).\n\n"
            "Inovasi Kota Tarakan itu meniru praktik Kabupaten Nunukan. Wali Kota Tarakan berharap layanan Kota "
            "Tarakan makin cepat.")
    assert main_region(nlp, text)[0] == "Kota Tarakan"
