"""Forms whose text comes out of a PDF's two-column table: two labels side by side on one line and
their two values on the next (pipeline/extract/form_layouts.py `_label_pairs`), and words a narrow cell
split at a line end (pipeline/clean.py `join_broken_words`).

The forms are written for the tests in the style of a profile printed from a Word template to PDF.
"""
import datetime as dt

import pytest

from pipeline import extract_text
from pipeline.clean import join_broken_words

TWO_COLUMNS = """PEMERINTAH KABUPATEN SERAM TENGAH
DINAS KESEHATAN

PROFIL INOVASI DAERAH
TAHUN 2024

Nama Inovasi

BIDAN KAPAL (Bidan Keliling Antar Pulau)
Perangkat Daerah / Unit Kerja

UPTD Puskesmas Wai-
lolo Utara
Jenis Inovasi Bentuk Inovasi
Non Digital Inovasi Pelayanan Publik
Inisiator Inovasi Tahapan Inovasi
Kepala Daerah Uji Coba
Waktu Uji Coba Waktu Penerapan
07-08-2023 -

Ringkasan
Ibu hamil di pulau-pulau kecil jarang memeriksakan kandungan karena perahu reguler hanya berlayar
dua kali sepekan. Bidan desa kini berkeliling dengan perahu motor milik desa setiap Selasa.
"""


def test_two_labels_on_a_line_take_their_values_from_the_line_below():
    record = extract_text(TWO_COLUMNS)
    assert record.doc_type == "form"
    (innovation,) = record.innovations
    assert innovation.name == "BIDAN KAPAL"
    assert (innovation.jenis, innovation.bentuk) == ("non_digital", "pelayanan_publik")
    assert (innovation.inisiator, innovation.tahapan) == ("kepala_daerah", "uji_coba")
    assert innovation.trial_date == dt.date(2023, 8, 7)
    assert innovation.implementation_date is None          # "-" under its label: empty
    assert innovation.agency == "UPTD Puskesmas Wailolo Utara"   # the cell's split word joined


def test_the_second_label_of_a_pair_is_not_read_as_the_first_ones_value():
    # before: "Jenis Inovasi Bentuk Inovasi" read as jenis = "Bentuk Inovasi" (no enum) and the values lost
    record = extract_text(TWO_COLUMNS.replace("Non Digital Inovasi Pelayanan Publik", "Digital Inovasi Tata Kelola"))
    (innovation,) = record.innovations
    assert (innovation.jenis, innovation.bentuk) == ("digital", "tata_kelola")


NAME_AND_BODY = """LAMPIRAN
PROFIL INOVASI DAERAH KOTA TERNATE SELATAN

Nama Inovasi Perangkat Daerah
SAPU BERSIH Dinas Lingkungan Hidup
Jenis Inovasi Bentuk Inovasi
Digital Inovasi Tata Kelola Pemerintahan Daerah
Inisiator Inovasi Tahapan Inovasi
OPD Penerapan
Waktu Uji Coba Waktu Penerapan
12 Januari 2022 1 Juni 2022
"""


def test_a_name_and_its_body_side_by_side_split_where_the_body_begins():
    record = extract_text(NAME_AND_BODY)
    (innovation,) = record.innovations
    assert innovation.name == "SAPU BERSIH"
    assert innovation.agency == "Dinas Lingkungan Hidup"
    assert (innovation.trial_date, innovation.implementation_date) == (dt.date(2022, 1, 12), dt.date(2022, 6, 1))
    assert (innovation.inisiator, innovation.tahapan) == ("opd", "penerapan")


def test_a_value_line_that_splits_no_way_leaves_both_fields_unread():
    # two enum labels over a line in which neither side reads as its field's value: nothing is guessed
    text = NAME_AND_BODY.replace("OPD Penerapan", "Lihat lampiran berikut")
    (innovation,) = extract_text(text).innovations
    assert innovation.inisiator is None and innovation.tahapan is None
    assert innovation.jenis == "digital"


def test_a_body_cut_short_by_its_column_is_no_agency():
    text = NAME_AND_BODY.replace("SAPU BERSIH Dinas Lingkungan Hidup", "SAPU BERSIH Dinas Perumahan dan\n"
                                 "(Sistem Aplikasi Kawasan Permukiman\nPengaduan Bersih)")
    record = extract_text(text)
    assert record.innovations[0].name == "SAPU BERSIH"
    assert all(not a.name.endswith(" dan") for a in record.agencies)


@pytest.mark.parametrize("text, expected", [
    ("UPTD Puskesmas Kem-\nbaran I", "UPTD Puskesmas Kembaran I"),
    ("obat rutin se-\ntiap bulan", "obat rutin setiap bulan"),
    ("Dinas Pangan Pro-\nvinsi Maluku", "Dinas Pangan Provinsi Maluku"),
    ("dihadiri kepala-\nkepala desa", "dihadiri kepala-kepala desa"),      # reduplication
    ("kegiatan sehari-\nhari", "kegiatan sehari-hari"),
    ("layanan non-\ndigital", "layanan non-digital"),                     # a prefix keeps its hyphen
    ("aplikasi e-\nkinerja", "aplikasi e-kinerja"),
    ("layanan se-\nKabupaten Buru", "layanan se-\nKabupaten Buru"),          # a capital after the hyphen
])
def test_a_word_split_at_a_line_end(text, expected):
    assert join_broken_words(text) == expected


PORTAL_FORM = """Profil Inovasi Daerah
| Nama Pemda | : | Kabupaten Buru Selatan |
| Nama Inovasi | : | KAPAL SEHAT |
| Perangkat Daerah | : | Dinas Perhubungan |
| Jenis Inovasi | : | Non Digital |
| Tahapan Inovasi | : | Penerapan |

Rancang Bangun
Warga pulau kecil sulit menjangkau rumah sakit karena kapal reguler hanya berlayar dua kali dalam sepekan.
Dinas Perhubungan Kabupaten Buru Selatan menyiapkan kapal cepat yang berlayar setiap pagi dari dermaga desa.
Kapal membawa pasien rujukan, bidan dan obat, bekerja sama dengan puskesmas di tiga kecamatan kepulauan.
Jadwal keberangkatan diumumkan melalui pengeras suara masjid dan grup percakapan warga setiap sore hari.
Biaya operasional ditanggung bersama oleh pemerintah desa dan dinas sesuai perjanjian kerja sama tahunan.
"""


def test_a_body_written_without_its_region_takes_the_full_name_the_form_gives_it_elsewhere():
    record = extract_text(PORTAL_FORM)
    assert [a.name for a in record.agencies] == ["Dinas Perhubungan Kabupaten Buru Selatan"]
    assert record.innovations[0].agency == "Dinas Perhubungan Kabupaten Buru Selatan"


def test_a_body_named_nowhere_else_in_full_stays_as_written():
    record = extract_text(PORTAL_FORM.replace("Dinas Perhubungan Kabupaten Buru Selatan menyiapkan", "Dinas menyiapkan"))
    assert [a.name for a in record.agencies] == ["Dinas Perhubungan"]


def test_a_region_on_the_next_line_of_a_signature_block_is_not_the_bodys():
    # two signatures side by side: "Kepala Dinas Perhubungan" over "Kabupaten Buru Selatan" belongs to the left one
    text = PORTAL_FORM.replace("Dinas Perhubungan Kabupaten Buru Selatan menyiapkan", "Dinas menyiapkan") + (
        "\nMengetahui,\nKepala Dinas Kesehatan Kepala Dinas Perhubungan\nKabupaten Buru Selatan\n")
    record = extract_text(text)
    assert [a.name for a in record.agencies] == ["Dinas Perhubungan"]


CSV_EXPORT = """Rekap Data Inovasi Daerah Kota Tual Tahun 2024
Diekspor oleh: admin_brida | Tanggal ekspor: 11/06/2024 09:14 WIT | Jumlah data: 2

No;Nama Inovasi;Perangkat Daerah;Tahapan;Inisiator;Jenis;Bentuk;Waktu Uji Coba;Waktu Penerapan
1;LAUT SEHAT;Dinas Kesehatan;Penerapan;Kepala Daerah;Digital;Inovasi Pelayanan Publik;15-03-2022;04-07-2022
2;PASAR APUNG;Dinas Perdagangan;Uji Coba;OPD;Non Digital;Inovasi Daerah Lainnya;2023-10-02;;
"""


def test_a_portals_export_with_semicolons_between_cells_gives_one_innovation_per_row():
    record = extract_text(CSV_EXPORT)
    got = [(i.name, i.tahapan, i.inisiator, i.jenis, i.bentuk, i.trial_date, i.implementation_date)
           for i in record.innovations]
    assert got == [("LAUT SEHAT", "penerapan", "kepala_daerah", "digital", "pelayanan_publik", dt.date(2022, 3, 15),
                    dt.date(2022, 7, 4)),
                   ("PASAR APUNG", "uji_coba", "opd", "non_digital", "lainnya", dt.date(2023, 10, 2), None)]


AWARD_PORTAL = """SALAM INOVASI AWARD 2024
Beranda | Tentang | Finalis | Kontak

SIGAP BUNDA
Sistem Informasi Gerak Cepat Persalinan Bunda

Status: Finalis Top 10  |  Nomor Registrasi: SIA-2024-PD-017

Perangkat Daerah       Dinas Kesehatan Provinsi Maluku Utara
Jenis Inovasi          Digital
Bentuk Inovasi         Inovasi Pelayanan Publik
Tahapan Inovasi        Penerapan
Tanggal Uji Coba       14/08/2021
"""


def test_a_portals_metadata_line_between_the_name_and_the_fields_is_no_name():
    (innovation,) = extract_text(AWARD_PORTAL).innovations
    assert innovation.name == "SIGAP BUNDA"
    assert innovation.long_name == "Sistem Informasi Gerak Cepat Persalinan Bunda"


def test_a_sections_instruction_in_brackets_is_no_fields_value():
    text = """FORMULIR PROFIL INOVASI
Nama Inovasi            : SAPA WARGA
B. KLASIFIKASI INOVASI (beri tanda X pada kotak yang sesuai)
   Tahapan Inovasi         : [ ] Inisiatif     [X] Uji Coba     [ ] Penerapan
   Jenis Inovasi           : [X] Digital       [ ] Non Digital
"""
    (innovation,) = extract_text(text).innovations
    assert (innovation.jenis, innovation.tahapan) == ("digital", "uji_coba")


def test_an_iso_date_under_a_pair_of_date_labels():
    text = NAME_AND_BODY.replace("12 Januari 2022 1 Juni 2022", "2023-05-08 -")
    (innovation,) = extract_text(text).innovations
    assert (innovation.trial_date, innovation.implementation_date) == (dt.date(2023, 5, 8), None)


def test_a_long_name_then_its_short_name_in_capitals_in_brackets():
    text = """PROFIL INOVASI
1.2  Nama Inovasi : Gerakan Kelurahan Bebas Sampah Plastik (GELIS PLASTIK)
1.3  Tahapan Inovasi : Penerapan
1.4  Jenis Inovasi : Non Digital
"""
    (innovation,) = extract_text(text).innovations
    assert (innovation.name, innovation.long_name) == ("GELIS PLASTIK", "Gerakan Kelurahan Bebas Sampah Plastik")


# pdftotext without -layout: the table's labels as one column, then its values as another
LABEL_COLUMN = """PROFIL INOVASI DAERAH
KABUPATEN BURU SELATAN
TAHUN 2025

Nama Inovasi

: SAKU DESA (Sistem Administrasi Keuangan
Desa Terpadu)

Perangkat Daerah
Tahapan Inovasi
Inisiator Inovasi
Jenis Inovasi
Bentuk Inovasi

Waktu Uji Coba
Waktu Penerapan

: Dinas Pemberdayaan Masyarakat dan Desa
: Uji Coba
: Aparatur Sipil Negara
: Digital
: Inovasi Tata Kelola Pemerintahan
Daerah
: 03-02-2025
: -

A. Rancang Bangun Inovasi

Bendahara desa selama ini mencatat belanja di buku kas manual sehingga laporan sering terlambat.
"""


def test_a_column_of_labels_then_a_column_of_values_pair_in_order():
    record = extract_text(LABEL_COLUMN)
    (innovation,) = record.innovations
    assert (innovation.name, innovation.long_name) == ("SAKU DESA", "Sistem Administrasi Keuangan Desa Terpadu")
    assert innovation.agency == "Dinas Pemberdayaan Masyarakat dan Desa"
    assert (innovation.tahapan, innovation.inisiator, innovation.jenis) == ("uji_coba", "asn", "digital")
    assert innovation.bentuk == "tata_kelola"             # its value wrapped onto a line without the colon
    assert innovation.trial_date == dt.date(2025, 2, 3)
    assert innovation.implementation_date is None          # "-": empty, and the date above is not taken twice


def test_columns_of_different_lengths_are_not_paired():
    # one value line lost: pairing by order would shift every value onto the wrong label
    text = LABEL_COLUMN.replace(": Aparatur Sipil Negara\n", "")
    (innovation,) = extract_text(text).innovations
    assert innovation.inisiator is None and innovation.jenis is None and innovation.tahapan is None


def test_a_list_exports_short_date_labels():
    text = """Daftar Inovasi RSUD Kepulauan Aru
Menampilkan 1 - 1 dari 1 data

#1
Judul Inovasi   : SI CEPAT IGD (Sistem Cepat Tanggap Instalasi Gawat Darurat)
Tahapan         : Penerapan
Jenis           : Digital
Bentuk          : pelayanan publik
Inisiator       : OPD
Uji Coba        : 14 November 2022
Penerapan       : 06 Maret 2023
"""
    (innovation,) = extract_text(text).innovations
    assert innovation.tahapan == "penerapan"
    assert (innovation.trial_date, innovation.implementation_date) == (dt.date(2022, 11, 14), dt.date(2023, 3, 6))
    # three capital words before a Title-case expansion in brackets: its long name
    assert innovation.long_name == "Sistem Cepat Tanggap Instalasi Gawat Darurat"


def test_a_stage_value_beside_its_label_is_no_label_pair_with_the_date_line_below():
    text = """PROFIL INOVASI DAERAH
Nama Inovasi           TEMAN LANSIA
Perangkat Daerah       Dinas Sosial Kabupaten Maluku Tenggara
Jenis Inovasi          Non Digital
Tahapan Inovasi        Penerapan
Tanggal Uji Coba       14/08/2021
Tanggal Penerapan      3 Jan 2022
"""
    (innovation,) = extract_text(text).innovations
    assert innovation.tahapan == "penerapan"
    assert (innovation.trial_date, innovation.implementation_date) == (dt.date(2021, 8, 14), dt.date(2022, 1, 3))


@pytest.mark.parametrize("label, field, value", [
    ("Kepanjangan / Singkatan", "long_name", "Sistem Informasi Retribusi Pasar Terpadu"),
    ("Pemilik Inovasi", "agency", "Kecamatan Lakudo"),
    ("Unit Kerja Pemilik", "agency", "Kecamatan Lakudo"),
    ("Nama Perangkat Daerah / Unit Kerja", "agency", "Kecamatan Lakudo"),
    ("OPD Pengampu", "agency", "Kecamatan Lakudo"),
])
def test_more_portals_labels(label, field, value):
    text = f"""PROFIL INOVASI DAERAH
Nama Inovasi : SIRETA
{label} : {value}
Jenis Inovasi : Digital
Tahapan Inovasi : Uji Coba
"""
    (innovation,) = extract_text(text).innovations
    assert innovation.name == "SIRETA"
    assert getattr(innovation, field) == value


def _named(text):
    (innovation,) = extract_text(text).innovations
    return innovation.name, innovation.long_name


FIELDS = """Jenis Inovasi : Non Digital
Tahapan Inovasi : Penerapan
Inisiator Inovasi : OPD
"""


def test_a_long_name_the_forms_prose_defines():
    text = ("PROFIL INOVASI DAERAH\nNama Inovasi : MOBAIK\n" + FIELDS + "\nRancang Bangun\n"
            "Mobil Bantuan Administrasi Kependudukan (MOBAIK) adalah layanan jemput bola perekaman KTP-el.\n")
    assert _named(text) == ("MOBAIK", "Mobil Bantuan Administrasi Kependudukan")


def test_a_long_name_on_the_line_under_the_pages_heading():
    text = ("SI LADANG\nSistem Informasi Lahan Pertanian Terpadu\n\n[Cetak PDF]\n\n"
            "Judul Inovasi ........ SI LADANG\n" + FIELDS)
    assert _named(text) == ("SI LADANG", "Sistem Informasi Lahan Pertanian Terpadu")


def test_a_bracket_that_expands_nothing_is_no_long_name():
    text = ("PROFIL INOVASI DAERAH\nNama Inovasi : SIPADU\n" + FIELDS + "\nRancang Bangun\n"
            "SIPADU (Kecamatan Lakudo dan Kecamatan Gu) melayani warga di kantor camat. Data dari Badan Pusat Statistik.\n")
    assert _named(text) == ("SIPADU", None)
