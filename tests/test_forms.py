"""Innovation forms: detection and the labelled-field parser (pipeline/extract/forms.py).

All forms here are written for the tests in the style of SINOVIK / SINOVDA / IID profile
printouts; none is copied from the devset.
"""
import datetime as dt

import pytest

from helpers import component_nlp
from pipeline.evidence import flatten
from pipeline.extract.forms import map_enum, split_name
from pipeline.parse import make_doc


@pytest.fixture(scope="module")
def nlp():
    return component_nlp("inovasi_forms")


def run(nlp, text):
    doc = nlp(make_doc(nlp, text, meta={}))
    values, evidence = flatten(doc._.draft, doc.text)
    return doc, values, evidence


def spans_exact(doc, evidence, skip=()):
    for row in evidence:
        if row["field"] in skip:
            continue
        assert doc.text[row["start"]:row["end"]] == row["text"]


TABLE_FORM = """PROFIL INOVASI
Nama Instansi | DISPERKIMTAN |
---|---|
Nama Inovasi | SI CANTIK (Sistem Cerdas Antrian Tanpa Kertas) |
Jenis Inovasi | Digital |
Inisiator | Kepala Daerah |
Bentuk Inovasi | Inovasi Pelayanan Publik |
Tahapan Inovasi | Uji Coba |
Waktu Uji Coba | 03-05-2023 |
Waktu Implementasi | 14-08-2023 |
Layanan perizinan di Dinas Perumahan Kawasan Permukiman dan Pertanahan Kabupaten Sukamaju
selama ini menumpuk di loket. Dengan aplikasi ini warga mengambil nomor antrian dari rumah.
"""


def test_table_rows(nlp):
    doc, v, ev = run(nlp, TABLE_FORM)
    assert v["doc_type"] == "form"
    inn = v["innovations"][0]
    assert inn["name"] == "SI CANTIK"
    assert inn["long_name"] == "Sistem Cerdas Antrian Tanpa Kertas"
    assert v["title"] == "SI CANTIK (Sistem Cerdas Antrian Tanpa Kertas)"
    assert (inn["jenis"], inn["bentuk"], inn["inisiator"], inn["tahapan"]) == (
        "digital", "pelayanan_publik", "kepala_daerah", "uji_coba")
    assert inn["trial_date"] == dt.date(2023, 5, 3)
    assert inn["implementation_date"] == dt.date(2023, 8, 14)
    # the abbreviation is expanded from the body the prose names
    assert v["agencies"] == [{"name": "Dinas Perumahan Kawasan Permukiman dan Pertanahan Kabupaten Sukamaju"}]
    assert inn["agency"] == v["agencies"][0]["name"]
    assert doc._.found["form_fields"]["instansi"].value == "DISPERKIMTAN"
    spans_exact(doc, ev)
    for row in ev:
        if row["field"] == "innovations[0].jenis":
            assert row["text"] == "Digital"


ABBREV_WITH_TYPO = """INOVASI
Nama Instansi | BAGORG.SETDA |
Nama Inovasi | RUANG RUMPI |
Jenis Inovasi | Non Digital |
Inisiator | OPD |
Bentuk Inovasi | Inovasi Tata Kelola Pemerintahan Daerah |
Waktu Uji Coba | 07-03-2022 |
Waktu Implementasi | 01-04-2022 |
Bagian Organisasi Sekretariat Daerah memfasilitasi perangkat daerah lingkup Pemerintah Kabupaten Tanah Merah Raya.
Adapun tujuan dari inovasi RUANG RUMPI diantaranya:
- Konsultasi tatap muka dengan Bagian Organisasi Sekretariat Daerah Kabupaten anah Merah Raya;
- Jadwal konsultasi yang teratur.
Adapun manfaat dari inovasi RUANG RUMPI diantaranya:
- Peserta lebih memahami tata laksana.
All rights Reserved © Your Company, 2022
"""


def test_abbreviated_agency_takes_most_complete_body_and_repairs_region_typo(nlp):
    doc, v, ev = run(nlp, ABBREV_WITH_TYPO)
    assert v["agencies"] == [{"name": "Bagian Organisasi Sekretariat Daerah Kabupaten Tanah Merah Raya"}]
    inn = v["innovations"][0]
    assert inn["tahapan"] is None
    assert (inn["jenis"], inn["bentuk"], inn["inisiator"]) == ("non_digital", "tata_kelola", "opd")
    assert inn["trial_date"] == dt.date(2022, 3, 7)
    secs = v["sections"]
    assert secs["tujuan"].startswith("- Konsultasi tatap muka")
    assert secs["tujuan"].endswith("Jadwal konsultasi yang teratur.")
    assert secs["manfaat"] == "- Peserta lebih memahami tata laksana."
    spans_exact(doc, ev, skip={"agencies[0].name", "innovations[0].agency"})


def test_unexpandable_abbreviation_stays_as_written(nlp):
    text = TABLE_FORM.replace("Dinas Perumahan Kawasan Permukiman dan Pertanahan", "kantor kami")
    _, v, _ = run(nlp, text)
    assert v["agencies"] == [{"name": "DISPERKIMTAN"}]


COLON_NUMBERED = """PROPOSAL INOVASI DAERAH
KABUPATEN SUKAMAJU

1. Nama Inovasi Daerah : Gerobak Pintar
2. Nama OPD : Dinas Perpustakaan dan Kearsipan
3. Jenis Inovasi : Non Digital
4. Bentuk Inovasi Daerah : Inovasi Daerah lainnya sesuai Urusan Pemerintahan
5. Inisiator Inovasi Daerah : ASN
6. Tahapan Inovasi : Penerapan
7. Waktu Uji Coba Inovasi Daerah : 12 Februari 2020
8. Waktu Penerapan : 01 July 2020
9. Rancang Bangun Inovasi :
Gerobak berisi buku keliling desa setiap pekan.
Petugas mencatat peminjaman di buku register.
10. Tujuan Inovasi :
Meningkatkan minat baca anak di desa.
11. Manfaat Inovasi : Anak-anak mendapat bacaan gratis.
12. Hasil Inovasi :
Kunjungan perpustakaan naik dua kali lipat.
"""


def test_colon_lines_numbered(nlp):
    doc, v, ev = run(nlp, COLON_NUMBERED)
    assert v["doc_type"] == "form"
    inn = v["innovations"][0]
    assert inn["name"] == "Gerobak Pintar" and inn["long_name"] is None
    assert inn["agency"] == "Dinas Perpustakaan dan Kearsipan"
    assert (inn["jenis"], inn["bentuk"], inn["inisiator"], inn["tahapan"]) == (
        "non_digital", "lainnya", "asn", "penerapan")
    assert inn["trial_date"] == dt.date(2020, 2, 12)
    assert inn["implementation_date"] == dt.date(2020, 7, 1)
    secs = v["sections"]
    assert secs["rancang_bangun"] == ("Gerobak berisi buku keliling desa setiap pekan.\n"
                                      "Petugas mencatat peminjaman di buku register.")
    assert secs["tujuan"] == "Meningkatkan minat baca anak di desa."
    assert secs["manfaat"] == "Anak-anak mendapat bacaan gratis."
    assert secs["hasil"] == "Kunjungan perpustakaan naik dua kali lipat."
    spans_exact(doc, ev)


INLINE_REPORT = """Laporan Indeks Inovasi Daerah
Preview

Rincian Keterangan
Nama SKPD / Kelompok UPT Puskesmas Sungai Jernih
Nama Inovasi KELAS BUMIL CERIA (KELAS ibu hamil BUMI Lestari CERIA)
Tahapan Inovasi
Inisiator Inovasi Daerah Dr. Rahmawati Siregar, S.Kep, M.Kes
Bentuk Inovasi
Jenis Inovasi Belum ditentukan
Inovasi Dimulai 15 Maret 2021
Rancang Bangun dan Pokok Perubahan Yang Dilakukan

Angka kunjungan ibu hamil di puskesmas masih rendah.

Tujuan Inovasi

Meningkatkan kunjungan ibu hamil.
"""


def test_label_value_on_one_line_and_person_initiator(nlp):
    doc, v, ev = run(nlp, INLINE_REPORT)
    assert v["doc_type"] == "form"
    inn = v["innovations"][0]
    assert inn["name"] == "KELAS BUMIL CERIA"
    assert inn["long_name"] == "KELAS ibu hamil BUMI Lestari CERIA"
    assert inn["agency"] == "UPT Puskesmas Sungai Jernih"
    # empty Tahapan / Bentuk, "Belum ditentukan" and a person as Inisiator: all null enums
    assert (inn["jenis"], inn["bentuk"], inn["inisiator"], inn["tahapan"]) == (None, None, None, None)
    assert inn["trial_date"] is None
    assert inn["implementation_date"] == dt.date(2021, 3, 15)
    # ANNOTATION 14: a prefix title (Dr.) is a degree
    assert v["officials"] == [{"name": "Rahmawati Siregar", "position": None, "degrees": ["Dr", "S.Kep", "M.Kes"]}]
    assert v["sections"]["rancang_bangun"] == "Angka kunjungan ibu hamil di puskesmas masih rendah."
    assert v["sections"]["tujuan"] == "Meningkatkan kunjungan ibu hamil."
    spans_exact(doc, ev)


def test_comma_separated_name_line_stays_whole(nlp):
    text = INLINE_REPORT.replace(
        "KELAS BUMIL CERIA (KELAS ibu hamil BUMI Lestari CERIA)", "Jemput Bola, Lansia Sehat, Akta Kilat")
    _, v, _ = run(nlp, text)
    assert v["innovations"][0]["name"] == "Jemput Bola, Lansia Sehat, Akta Kilat"
    assert v["title"] == "Jemput Bola, Lansia Sehat, Akta Kilat"


def test_value_on_next_line(nlp):
    text = """PROFIL INOVASI DAERAH

NAMA INOVASI
Kampung Tangguh Bencana
NAMA PERANGKAT DAERAH
Badan Penanggulangan Bencana Daerah
JENIS INOVASI
Non Digital
INISIATOR INOVASI
Masyarakat
TAHAPAN INOVASI
Inisiatif
"""
    doc, v, ev = run(nlp, text)
    inn = v["innovations"][0]
    assert inn["name"] == "Kampung Tangguh Bencana"
    assert inn["agency"] == "Badan Penanggulangan Bencana Daerah"
    assert (inn["jenis"], inn["inisiator"], inn["tahapan"]) == ("non_digital", "masyarakat", "inisiatif")
    spans_exact(doc, ev)


BARE_NAME = """Data Inovasi

Inovasi adalah proses memperbarui layanan dengan cara baru untuk menciptakan nilai baru bagi masyarakat di daerah.

Lumbung Pangan Desa ( Lumpang : Lumbung Pangan Mandiri )

Tahapan Inovasi : Uji Coba
Digital : Digital
Inisiator Inovasi : Anggota DPRD
Bentuk Inovasi : Inovasi Tata Kelola Pemerintahan Daerah
Tujuan Inovasi :

1. Menjaga cadangan pangan desa
2. Menstabilkan harga gabah

Waktu Uji Coba : 2021-06-30
Waktu Implementasi : Belum ditentukan
"""


def test_bare_name_line_under_heading_and_nickname_bracket(nlp):
    doc, v, ev = run(nlp, BARE_NAME)
    assert v["doc_type"] == "form"
    assert v["title"] == "Lumbung Pangan Desa ( Lumpang : Lumbung Pangan Mandiri )"
    inn = v["innovations"][0]
    assert inn["name"] == "Lumbung Pangan Desa"
    assert inn["long_name"] is None          # the bracket explains a nickname, not the name
    assert (inn["jenis"], inn["inisiator"], inn["tahapan"], inn["bentuk"]) == (
        "digital", "dprd", "uji_coba", "tata_kelola")
    assert inn["trial_date"] == dt.date(2021, 6, 30)
    assert inn["implementation_date"] is None
    assert inn["agency"] is None and "agencies" not in v
    assert v["sections"]["tujuan"] == "1. Menjaga cadangan pangan desa\n2. Menstabilkan harga gabah"
    spans_exact(doc, ev)


def test_news_is_not_a_form(nlp):
    text = """Bupati Sukamaju Luncurkan Inovasi Pelayanan Publik

SUKAMAJU - Bupati Sukamaju meluncurkan inovasi digital bernama SI CANTIK di Aula Kantor Bupati, Senin (3/5/2023).
Inovasi tersebut merupakan inisiatif Dinas Perumahan. Tahapan inovasi saat ini masih uji coba.
"Kami ingin pelayanan lebih cepat," kata Bupati.
"""
    doc, v, _ = run(nlp, text)
    assert v == {"doc_type": "news"}


@pytest.mark.parametrize("field,value,code", [
    ("jenis", "Non Digital", "non_digital"),
    ("jenis", "non-digital", "non_digital"),
    ("jenis", "Non-Elektronik", "non_digital"),
    ("jenis", "Daring", "digital"),
    ("jenis", "Luring", "non_digital"),
    ("jenis", "Belum ditentukan", None),
    ("bentuk", "Inovasi Tata Kelola Pemerintahan Daerah", "tata_kelola"),
    ("bentuk", "Inovasi Pelayanan Publik", "pelayanan_publik"),
    ("bentuk", "Inovasi Daerah lainnya sesuai Urusan Pemerintahan", "lainnya"),
    ("bentuk", "bentuk lainnya sesuai urusan", "lainnya"),
    ("inisiator", "Kepala Daerah", "kepala_daerah"),
    ("inisiator", "Anggota DPRD", "dprd"),
    ("inisiator", "OPD / Perangkat Daerah", "opd"),
    ("inisiator", "ASN", "asn"),
    ("inisiator", "Masyarakat", "masyarakat"),
    ("inisiator", "Budi Santoso, SE", None),
    ("tahapan", "Inisiatif", "inisiatif"),
    ("tahapan", "Uji Coba", "uji_coba"),
    ("tahapan", "Penerapan", "penerapan"),
    ("tahapan", "Penerapam", "penerapan"),   # OCR-damaged: fuzzy
    ("tahapan", "-", None),
])
def test_enum_synonyms(field, value, code):
    assert map_enum(field, value) == code


@pytest.mark.parametrize("line,name,long_name", [
    ("MOTOR SEHAT (MOnitoring Tekanan daRah SEHAT)", "MOTOR SEHAT", "MOnitoring Tekanan daRah SEHAT"),
    ("Sistem Informasi Desa (SIDESA)", "SIDESA", "Sistem Informasi Desa"),
    ("Rumah Baca ( Ruba : Rumah Buku Anak )", "Rumah Baca", None),
    ("Pojok Literasi (versi 2)", "Pojok Literasi", None),
    ("Antar Jemput Dokumen, Layanan Malam", "Antar Jemput Dokumen, Layanan Malam", None),
])
def test_name_and_long_name(line, name, long_name):
    text = "x " + line
    n, l = split_name(text, 2, len(text))
    assert n.value == name and text[n.start:n.end] == name
    assert (l.value if l else None) == long_name


def test_person_degrees_split():
    from pipeline.extract.forms import split_person

    text = "Inisiator: ANDI MAPPARENTA, S.Pt, MH"
    p = split_person(text, 11, len(text))
    assert p["name"].value == "ANDI MAPPARENTA"
    assert [d.value for d in p["degrees"]] == ["S.Pt", "MH"]
    assert split_person("Dinas Kesehatan", 0, 15) is None


def test_prose_starting_with_label_words_is_not_a_field(nlp):
    text = """Profil inovasi daerah Kabupaten Sukamaju dibahas dalam rapat kemarin.
Nama inovasi tersebut adalah Gerai Sehat Keliling yang diluncurkan tahun lalu.
Inovasi dimulai pada tahun 2019 oleh dinas kesehatan.
Tahapan inovasi saat ini sudah penerapan di seluruh kecamatan.
Jenis Inovasi ini dinilai sangat membantu warga desa.
"""
    _, v, _ = run(nlp, text)
    assert v == {"doc_type": "news"}


def test_ocr_damaged_labels(nlp):
    text = """Laporan Indeks Inovasi Daerah
Nama lnovasi SI PANTAS (SIstem PANTauan Aset Sekolah)
Tahapan lnovasi Penerapan
lnisiator Inovasi Daerah ASN
Jenis Inovasi : Digita1
Waktu Uji Cuba : 04-11-2020
"""
    _, v, _ = run(nlp, text)
    inn = v["innovations"][0]
    assert inn["name"] == "SI PANTAS"
    assert (inn["tahapan"], inn["inisiator"], inn["jenis"]) == ("penerapan", "asn", "digital")
    assert inn["trial_date"] == dt.date(2020, 11, 4)


# --------------------------------------------------------------------------- portal variants
# tests/fixtures/forms/*.txt: forms written for these tests in the layouts portals print
# (three-column web tables, "Label: value" lines, label and value on separate lines, tab
# tables flattened by conversion, list exports); *.json beside each holds the expected record.

import json
from pathlib import Path

FORMS = Path(__file__).parent / "fixtures" / "forms"
FORM_FIELDS = ("name", "long_name", "agency", "jenis", "bentuk", "inisiator", "tahapan",
               "trial_date", "implementation_date")


@pytest.mark.parametrize("stem", sorted(p.stem for p in FORMS.glob("*.txt")))
def test_portal_form_variants(nlp, stem):
    from pipeline.clean import normalise_text

    text = normalise_text((FORMS / f"{stem}.txt").read_text(encoding="utf-8"))
    gold = json.loads((FORMS / f"{stem}.json").read_text(encoding="utf-8"))
    doc, v, ev = run(nlp, text)
    assert v["doc_type"] == "form"
    assert v["title"] == gold["title"]
    got = [{k: (str(i[k]) if isinstance(i[k], dt.date) else i[k]) for k in FORM_FIELDS} for i in v["innovations"]]
    assert got == [{k: i[k] for k in FORM_FIELDS} for i in gold["innovations"]]
    assert v.get("agencies", []) == gold["agencies"]
    assert v.get("officials", []) == gold["officials"]


def test_explicit_dash_is_empty_and_does_not_take_the_next_line(nlp):
    text = "PROFIL INOVASI\nNama Inovasi : Pasar Murah Keliling\nJenis Inovasi : Non Digital\n" \
           "Waktu Uji Coba : -\n\n12 Januari 2024 warga mulai antre sejak pagi\n"
    _, v, _ = run(nlp, text)
    assert v["innovations"][0]["trial_date"] is None


def test_repeated_label_alone_is_not_another_innovation(nlp):
    text = ("DATA INOVASI\nNama Inovasi : Rumah Baca Desa\nJenis Inovasi : Non Digital\nInisiator : Masyarakat\n"
            "Tahapan Inovasi : Penerapan\n\nCatatan verifikator\nTahapan Inovasi : Penerapan\n")
    _, v, _ = run(nlp, text)
    assert [i["name"] for i in v["innovations"]] == ["Rumah Baca Desa"]


def test_short_label_without_separator_only_inside_a_label_block(nlp):
    # "Inisiator Bupati" is a row of a flattened table between label rows ...
    block = "PROFIL INOVASI\nNama Inovasi Lapak Warga\nInisiator Bupati\nJenis Inovasi Digital\n"
    _, v, _ = run(nlp, block)
    assert v["innovations"][0]["inisiator"] == "kepala_daerah"
    # ... but a sentence that starts with the word, away from the labels, is prose
    prose = ("PROFIL INOVASI\nNama Inovasi : Lapak Warga\nJenis Inovasi : Digital\n\n"
             "Latar belakang singkat tentang layanan ini.\n\nInisiator Bupati menyampaikan gagasan ini pada rapat "
             "koordinasi di kantor camat.\n")
    _, v, _ = run(nlp, prose)
    assert v["innovations"][0]["inisiator"] is None


def test_inisiator_person_is_not_a_body_and_a_body_is_not_a_person(nlp):
    text = "PROFIL INOVASI\nNama Inovasi : Dapur Gizi\nNama OPD : Dinas Kesehatan\nInisiator : Bappeda\n"
    _, v, _ = run(nlp, text)
    inn = v["innovations"][0]
    assert inn["inisiator"] is None and inn["agency"] == "Dinas Kesehatan"   # the form's own body wins
    assert {"name": "Badan Perencanaan Pembangunan Daerah"} in v["agencies"]
    assert not v.get("officials")


@pytest.mark.parametrize("line, name, long_name", [
    ("TAPIS: Inovasi Pengelolaan Sampah Terpadu di Sekolah", "TAPIS", None),
    ("SIMPEL: Sistem Informasi Manajemen Pelayanan", "SIMPEL", "Sistem Informasi Manajemen Pelayanan"),
    # a short name in capitals whose syllables do not spell the long form in order
    ("SI GEMBUL: Sistem Gizi Balita Unggul", "SI GEMBUL", "Sistem Gizi Balita Unggul"),
    ("IKAN SEGAR: Inovasi Pengawasan Mutu Hasil Perikanan", "IKAN SEGAR", None),   # a description, not its long form
    ("Catatan: belum lengkap", "Catatan: belum lengkap", None),          # lower-case tail: not a name line
])
def test_colon_name_lines(line, name, long_name):
    n, l = split_name(line, 0, len(line))
    assert n.value == name and (l.value if l else None) == long_name


def test_language_check_reads_prose_not_form_rows():
    from pipeline.clean import check_language
    from pipeline.ingest import DocumentError

    english = ("Innovation is the process of turning an idea into a service that creates value for the people "
               "who use it, and it is what every public office should aim for in its daily work. ")
    rows = "\n".join(f"{k} : {v}" for k, v in [("Tahapan Inovasi", "Penerapan"), ("Digital", "Non Digital"),
                                               ("Inisiator Inovasi", "OPD"), ("Bentuk Inovasi", "Inovasi Pelayanan Publik"),
                                               ("Waktu Uji Coba", "2023-01-02"), ("Waktu Implementasi", "2023-03-04")])
    form = "Data Inovasi\n\n" + english + "\n\nPASAR SEHAT\n\n" + rows * 3 + "\n"
    check_language(form)                      # English boilerplate + Indonesian labels: a form, accepted
    with pytest.raises(DocumentError):
        check_language((english + "\n") * 3)   # an English page is refused


def test_value_wrapped_before_its_closing_bracket_runs_on(nlp):
    text = ("DATA INOVASI\n1. Nama Inovasi : SAPA WARGA (Sistem Aduan dan Pelaporan\nWarga)\n"
            "Jenis Inovasi : Digital\nInisiator : OPD\n")
    _, v, _ = run(nlp, text)
    inn = v["innovations"][0]
    assert (inn["name"], inn["long_name"]) == ("SAPA WARGA", "Sistem Aduan dan Pelaporan Warga")
    assert v["title"] == "SAPA WARGA (Sistem Aduan dan Pelaporan Warga)"


@pytest.mark.parametrize("heading", ["INOVASI DAERAH KOTA TERNATE BARU", "Inovasi Daerah Kabupaten Sungai Jernih",
                                     "INOVASI DAERAH TAHUN 2024"])
def test_heading_over_the_labels_names_no_innovation(nlp, heading):
    text = (f"{heading}\nNama Inovasi: RUMAH GIZI CERIA\nPerangkat Daerah: Dinas Kesehatan\n"
            "Tahapan Inovasi: Penerapan\nJenis Inovasi: Non Digital\nBentuk Inovasi: Inovasi Pelayanan Publik\n"
            "Waktu Penerapan: 2 November 2020\n")
    doc, v, ev = run(nlp, text)
    assert [i["name"] for i in v["innovations"]] == ["RUMAH GIZI CERIA"]
    assert v["innovations"][0]["tahapan"] == "penerapan"
    # a form headed by its innovation's own name still takes it from that line
    doc, v, ev = run(nlp, "Inovasi Daerah KIOS SEHAT\nInisiator Inovasi: ASN\nTahapan Inovasi: Uji Coba\n"
                          "Jenis Inovasi: Digital\n")
    assert [i["name"] for i in v["innovations"]] == ["KIOS SEHAT"]


CHECKBOX_FORM = """PROFIL INOVASI DAERAH
KABUPATEN SIKKA TAHUN 2024

Nama Inovasi          : SEHATI (Sehat Hingga Tua Inovatif)
Tahapan Inovasi       : [ ] Inisiatif  [ ] Uji Coba  [x] Penerapan
Inisiator Inovasi     : [ ] Kepala Daerah  [ ] Anggota DPRD  [x] OPD  [ ] ASN  [ ] Masyarakat
Jenis Inovasi         : [x] Digital  [ ] Non Digital
Bentuk Inovasi        : Inovasi Pelayanan Publik
Waktu Penerapan       : 1 Agustus 2022
Perangkat Daerah      : Dinas Kesehatan Kabupaten Sikka
"""


def test_enum_printed_as_check_boxes_takes_the_ticked_option(nlp):
    doc, values, evidence = run(nlp, CHECKBOX_FORM)
    inn = values["innovations"][0]
    assert (inn["tahapan"], inn["inisiator"], inn["jenis"]) == ("penerapan", "opd", "digital")
    tahapan = next(e for e in evidence if e["field"] == "innovations[0].tahapan")
    assert tahapan["text"] == "Penerapan"   # the span is the ticked option, not the whole row
    ballot = CHECKBOX_FORM.replace("[ ] Inisiatif  [ ] Uji Coba  [x] Penerapan", "☐ Inisiatif ☑ Uji Coba ☐ Penerapan")
    assert run(nlp, ballot)[1]["innovations"][0]["tahapan"] == "uji_coba"


def test_a_body_as_inisiator_is_no_enum_value_but_the_agency(nlp):
    # ANNOTATION decision 21: "Inisiator : RSUD Kota X" gives inisiator null, the body owns the innovation
    text = ("| Nama Inovasi | : | KIOS TANI DIGITAL |\n| Inisiator | : | Dinas Pertanian Kabupaten Ende |\n"
            "| Tahapan | : | Penerapan |\n| Digital / Non Digital | : | Digital |\n| Pemda | : | Kabupaten Ende |\n")
    _, values, _ = run(nlp, text)
    inn = values["innovations"][0]
    assert inn["inisiator"] is None and inn["agency"] == "Dinas Pertanian Kabupaten Ende"
    assert [a["name"] for a in values["agencies"]] == ["Dinas Pertanian Kabupaten Ende"]


def test_a_form_pasted_from_a_table_keeps_its_cell_borders():
    # tabs between a label and its value are a table's cells: kept as " | ", which forms.py reads as a row;
    # a tab inside a sentence is only space
    from pipeline import extract_text
    from pipeline.clean import normalise_text
    assert normalise_text("Jenis\tDigital\nBupati meluncurkan\taplikasi baru.") == \
        "Jenis | Digital\nBupati meluncurkan aplikasi baru."
    text = ("Nama Inovasi\tSIKEREN\nPemerintah Daerah\tKota Kupang\nPerangkat Daerah\tPuskesmas Oebobo\n"
            "Inisiator\tdr. Maria Lobo, M.Kes\nJenis\tDigital\nTahapan\tUji Coba\nWaktu Uji Coba\t20/02/2024\n")
    record = extract_text(text)
    inn = record.innovations[0]
    assert (inn.name, inn.jenis, inn.tahapan, str(inn.trial_date)) == ("SIKEREN", "digital", "uji_coba", "2024-02-20")
    assert [(o.name, o.degrees) for o in record.officials] == [("Maria Lobo", ["dr", "M.Kes"])]


OFFICE_INITIATOR = """Formulir Inovasi
1. Nama Inovasi : Kecamatan Tanpa Antre
2. Nama OPD : Kecamatan Sungai Jernih
3. Jenis Inovasi : Berbasis Aplikasi
4. Bentuk Inovasi : Pelayanan Publik
5. Inisiator : Camat Sungai Jernih
6. Tahapan Inovasi : Penerapan
7. Waktu Penerapan : 14 Nopember 2022
"""


def test_office_title_as_initiator_is_no_person(nlp):
    # "Inisiator : Camat X" names an office: no enum value (ANNOTATION 21) and no official
    doc, v, ev = run(nlp, OFFICE_INITIATOR)
    inn = v["innovations"][0]
    assert inn["inisiator"] is None and inn["tahapan"] == "penerapan" and inn["jenis"] == "digital"
    assert inn["implementation_date"] == dt.date(2022, 11, 14)
    assert v.get("officials", []) == []
    # a person's name in the same field is still an official
    doc, v, ev = run(nlp, OFFICE_INITIATOR.replace("Camat Sungai Jernih", "Hendra Wijaya, S.Sos"))
    assert v["officials"] == [{"name": "Hendra Wijaya", "position": None, "degrees": ["S.Sos"]}]
    assert v["innovations"][0]["inisiator"] is None


def test_single_ticked_box_value(nlp):
    # a portal prints only the chosen option, ticked: "Inisiator Inovasi" / "☑ OPD"
    text = ("Detail Inovasi\n\nNama Inovasi\nJALAK (Jaringan Layanan Akta Keliling)\n\nJenis Inovasi\n"
            "☐ Digital ☑ Non Digital\n\nInisiator Inovasi\n☑ OPD\n\nTahapan Inovasi\n[x] Penerapan\n")
    doc, v, ev = run(nlp, text)
    inn = v["innovations"][0]
    assert (inn["jenis"], inn["inisiator"], inn["tahapan"]) == ("non_digital", "opd", "penerapan")
    # an unticked lone box is no value
    doc, v, ev = run(nlp, text.replace("☑ OPD", "☐ OPD"))
    assert v["innovations"][0]["inisiator"] is None


WORD_TEMPLATE = """PROPOSAL INOVASI DAERAH

Judul Inovasi\t:\tLumbung Gizi Keluarga (LUGIKA)
OPD Penanggung Jawab\t:\tDinas Kesehatan Kabupaten Manggarai
Tahap Inovasi\t:\tUji Coba
Jenis Inovasi Daerah\t:\tNon Digital
Tanggal Mulai Uji Coba\t:\t14 Februari 2024
Tanggal Mulai Penerapan\t:\t-
"""


def test_labels_of_a_word_template_the_body_in_charge_and_start_dates(nlp):
    _, values, _ = run(nlp, WORD_TEMPLATE)
    item = values["innovations"][0]
    assert (item["name"], item["long_name"]) == ("LUGIKA", "Lumbung Gizi Keluarga")
    assert item["agency"] == "Dinas Kesehatan Kabupaten Manggarai"
    assert (item["tahapan"], item["jenis"]) == ("uji_coba", "non_digital")
    assert item["trial_date"] == dt.date(2024, 2, 14) and item["implementation_date"] is None


def test_a_dinas_badan_label_names_the_body(nlp):
    _, values, _ = run(nlp, "Profil Inovasi\n\nNama Inovasi : SIMPATIK\nDinas/Badan : Dinas Kesehatan\n"
                            "Tahapan Inovasi : Penerapan\nJenis Inovasi : Digital\n")
    assert values["innovations"][0]["agency"] == "Dinas Kesehatan"


def test_check_box_options_printed_one_under_another(nlp):
    text = CHECKBOX_FORM.replace(
        "Bentuk Inovasi        : Inovasi Pelayanan Publik",
        "Bentuk Inovasi        : [ ] Inovasi Tata Kelola Pemerintahan Daerah\n"
        "                        [x] Inovasi Pelayanan Publik\n"
        "                        [ ] Inovasi Daerah lainnya sesuai Urusan Pemerintahan")
    inn = run(nlp, text)[1]["innovations"][0]
    assert inn["bentuk"] == "pelayanan_publik"
    assert str(inn["implementation_date"]) == "2022-08-01"   # the options' lines end the value; the next label is read


def test_innovations_parted_by_drawn_rules_keep_their_names(nlp):
    from pipeline.clean import normalise_text

    rule = "=" * 40
    text = normalise_text(
        f"Daftar Inovasi Daerah Kota Ambon\n\n{rule}\nSASI SAMPAH (Sadar Bersih Sampah Pesisir)\n{rule}\n"
        "Nama Pemda : Kota Ambon\nTahapan Inovasi : Penerapan\nJenis Inovasi : Non Digital\n\n"
        f"{rule}\nBETA SEHAT (Bersama Entaskan Tengkes Anak Sehat)\n{rule}\n"
        "Nama Pemda : Kota Ambon\nTahapan Inovasi : Uji Coba\nJenis Inovasi : Digital\n")
    items = run(nlp, text)[1]["innovations"]
    assert [(i["name"], i["long_name"], i["tahapan"]) for i in items] == [
        ("SASI SAMPAH", "Sadar Bersih Sampah Pesisir", "penerapan"),
        ("BETA SEHAT", "Bersama Entaskan Tengkes Anak Sehat", "uji_coba")]


def test_a_proposal_forms_numbered_fields_stay_rows_of_their_own():
    # a hard-wrapped proposal: "1.2 Nama Perangkat Daerah : X" starts a row, it does not continue the line above
    from pipeline import extract_text
    long = "Harga ikan hasil tangkapan nelayan kecil di pesisir utara jatuh pada musim panen raya."
    text = ("PROPOSAL INOVASI DAERAH\nPEMERINTAH KABUPATEN SIKKA\n\n1. PROFIL INOVASI\n"
            "1.1 Nama Inovasi : LUMBIKADES (Lumbung Ikan Desa)\n"
            "1.2 Nama Perangkat Daerah : Dinas Perikanan Kabupaten Sikka\n"
            "1.3 Jenis Inovasi : Non Digital\n"
            "1.4 Bentuk Inovasi : Inovasi Daerah lainnya sesuai dengan Urusan Pemerintahan\n"
            "1.5 Inisiator Inovasi : Anggota DPRD\n"
            "1.6 Tahapan Inovasi : Inisiatif\n"
            "1.7 Permasalahan :\n" + "\n".join([long[:70], long[:70], long[:70], long[:70]]) + "\n")
    record = extract_text(text)
    [item] = record.innovations
    assert (item.name, item.long_name) == ("LUMBIKADES", "Lumbung Ikan Desa")
    assert (item.jenis, item.bentuk, item.inisiator, item.tahapan) == ("non_digital", "lainnya", "dprd", "inisiatif")


@pytest.mark.parametrize("value, expected", [
    ("1O-O3-2O21", "2021-03-10"),   # O read for 0 on a scan
    ("2l/07/2022", "2022-07-21"),   # l read for 1
    ("18-01-2021", "2021-01-18"),
])
def test_a_scans_date_with_letters_for_digits(value, expected):
    from pipeline.date_resolve import parse_form_date
    assert str(parse_form_date(value)) == expected


@pytest.mark.parametrize("field, value, expected", [
    ("bentuk", "lnovasi Tata Ke1ola Pemerintahan Daerah", "tata_kelola"),   # 1 read for l
    ("inisiator", "Kepa1a Daerah", "kepala_daerah"),
    ("tahapan", "Uji Cob a", "uji_coba"),                                   # a space read inside a word
])
def test_a_scans_enum_values_with_ocr_slips(field, value, expected):
    from pipeline.extract.form_values import map_enum
    assert map_enum(field, value) == expected


def test_a_name_value_below_its_label_whose_bracket_closes_a_line_later():
    from pipeline import extract_text
    text = ("PROFIL INOVASI DAERAH\nTAHUN 2023\n\nNama Inovasi\n\nSI JEMPOL LANSIA (Sistem Jemput\nBola Obat Lansia)\n"
            "Perangkat Daerah\n\nDinas Kesehatan\nJenis Inovasi : Non Digital\nTahapan Inovasi : Penerapan\n")
    [item] = extract_text(text).innovations
    assert (item.name, item.long_name) == ("SI JEMPOL LANSIA", "Sistem Jemput Bola Obat Lansia")


def test_a_name_line_over_its_long_forms_line():
    from pipeline import extract_text
    text = ("Beranda / Inovasi / Detail Inovasi\n\nDetail Inovasi\n\nSENTOSA\nSentra Konsultasi Usaha Sektor Ekonomi "
            "Kreatif\n\nPerangkat Daerah\nDinas Koperasi Kota Sikka\nJenis Inovasi\nNon Digital\nTahapan Inovasi\n"
            "Uji Coba\n")
    record = extract_text(text)
    [item] = record.innovations
    assert (item.name, item.long_name, record.title) == ("SENTOSA", "Sentra Konsultasi Usaha Sektor Ekonomi Kreatif",
                                                         "SENTOSA")


def test_a_kipp_proposal_summary_is_a_form(nlp):
    text = ("KOMPETISI INOVASI PELAYANAN PUBLIK (KIPP) TAHUN 2024\n"
            "RINGKASAN PROPOSAL                         No. Registrasi: KIPP-2024-00412\n\n"
            "Judul Inovasi            : SI GEMBUL: Sistem Gizi Balita Unggul\n"
            "Instansi                 : Pemerintah Kota Tanjung Asri\n"
            "Inovasi mulai diimplementasikan : 12 Februari 2022\n\n"
            "RINGKASAN\nSetiap bulan kader posyandu menimbang balita dan mengirim hasilnya ke puskesmas.\n")
    doc, v, _ = run(nlp, text)
    inn = v["innovations"][0]
    assert v["doc_type"] == "form"
    assert (inn["name"], inn["long_name"], inn["implementation_date"]) == \
        ("SI GEMBUL", "Sistem Gizi Balita Unggul", dt.date(2022, 2, 12))


def test_a_list_exports_heading_is_read_under_the_portals_name_and_menu(nlp):
    text = ("SIMINO TANJUNG ASRI  -  Sistem Informasi Inovasi Daerah Kota Tanjung Asri\n"
            "Menu: Beranda | Data Inovasi | Rekap | Keluar\n\n"
            "Daftar Inovasi Daerah Kota Tanjung Asri Tahun 2024\n\n"
            "| No | Nama Inovasi | Perangkat Daerah | Jenis | Tahapan |\n|---|---|---|---|---|\n"
            "| 1 | SI GEMBUL | Dinas Kesehatan | Digital | Penerapan |\n"
            "| 2 | ANTAR OBAT | RSUD Tanjung Asri | Non Digital | Uji Coba |\n")
    _, v, _ = run(nlp, text)
    assert v["title"] == "Daftar Inovasi Daerah Kota Tanjung Asri Tahun 2024"
    assert [i["name"] for i in v["innovations"]] == ["SI GEMBUL", "ANTAR OBAT"]


@pytest.mark.parametrize("text, field, code", [
    # a label with a bracketed instruction over its check boxes
    ("PROFIL INOVASI\nNama Inovasi : SAPU KOTA\n\nJenis Inovasi   (beri tanda X pada salah satu pilihan)\n"
     "   [ ] Digital            [X] Non Digital\n", "jenis", "non_digital"),
    # digits a scan read for letters, and a box whose bracket it read as "l"
    ("PROFIL INOVASI\nNama Inovasi : TERAS IBU\nlnisiator lnovasi : A5N\n", "inisiator", "asn"),
    ("PROFIL INOVASI\nNama Inovasi : BUMIL PINTAR\nJenis lnovasi ; [xl Digital   [ ] Non Digita1\n", "jenis", "digital"),
])
def test_instructions_and_scan_slips_in_enum_fields(nlp, text, field, code):
    _, v, _ = run(nlp, text)
    assert v["innovations"][0][field] == code


SLASHED_LABELS = """FORMULIR PROPOSAL INOVASI PELAYANAN PUBLIK
Judul Inovasi: Gerai Sehat Keliling
Nama Instansi: UPTD Puskesmas Sungai Jernih
Kategori / Bentuk: Tata Kelola Pemerintahan
Jenis Inovasi: Non-Digital
Penggagas / Inisiator: ASN
Tahap / Status: Uji Coba
Tanggal Mulai Uji Coba: 14-03-2023
Deskripsi singkat: Layanan pemeriksaan kesehatan keliling ke dusun terpencil.
"""


def test_a_label_written_with_a_slash_is_read_by_the_side_that_names_a_field(nlp):
    _, v, _ = run(nlp, SLASHED_LABELS)
    inn = v["innovations"][0]
    assert (inn["bentuk"], inn["inisiator"], inn["tahapan"]) == ("tata_kelola", "asn", "uji_coba")
    assert inn["trial_date"] == dt.date(2023, 3, 14)


def test_a_slash_between_two_fields_labels_reads_neither():
    from pipeline import extract_text
    record = extract_text(SLASHED_LABELS.replace("Kategori / Bentuk: Tata Kelola Pemerintahan",
                                                 "Jenis / Bentuk: Digital / Tata Kelola"))
    assert record.innovations[0].bentuk is None
