"""Words inside innovation names from other regions (issue 12): the glottal stop of Bugis, Makassar and Madurese
names written with an apostrophe ("Baji' Ampe", "PATTENE' GIZI") against single quotes around a name, a weekday
opening a name with a number ("Jumat 10 Menit") against a date. Sentences written for these tests."""
import pytest

from helpers import component_nlp, innovation_names
from pipeline.extract.innovation_text import tokenize


@pytest.fixture(scope="module")
def nlp():
    return component_nlp("inovasi_agencies", "inovasi_innovations")


names = innovation_names


@pytest.mark.parametrize("text, words", [
    ("diberi nama Baji' Ampe, Selasa", ["diberi", "nama", "Baji'", "Ampe", ",", "Selasa"]),
    # a single quote opened before it closes: a quote, not a word's letter
    ("Luncurkan 'Sambang Simbah' Bagi Lansia", ["Luncurkan", "'", "Sambang", "Simbah", "'", "Bagi", "Lansia"]),
    ("inovasi 'Desa Sehat', kata", ["inovasi", "'", "Desa", "Sehat", "'", ",", "kata"]),
    # a name in capitals closed by a glottal stop, before "atau" or a list's separator
    ("yaitu MABBULO' atau Sistem", ["yaitu", "MABBULO'", "atau", "Sistem"]),
    ("yaitu MABBULO'; serta", ["yaitu", "MABBULO'", ";", "serta"]),
    ("menyebut 'MABBULO' sebagai", ["menyebut", "'", "MABBULO", "'", "sebagai"]),
])
def test_an_apostrophe_closing_a_word_before_a_capital_is_part_of_the_word(text, words):
    assert [t.text for t in tokenize(text, 0)] == words


def test_a_name_with_a_glottal_stop_is_read_whole(nlp):
    text = "Satpol PP menyosialisasikan inovasi penertiban pedagang yang diberi nama Baji' Ampe, Selasa (13/6), di lapangan."
    assert names(nlp, text) == ["Baji' Ampe"]


def test_a_list_goes_on_past_a_name_closed_by_a_glottal_stop(nlp):
    text = ("Sejumlah inovasi menonjol, yaitu SIPEBAN' atau Sistem Peringatan Banjir dari Dinas Sosial; Pajak Rapi milik "
            "Bapenda; serta Mobil Pintar Pesisir (MOPIPE) milik Dinas Perpustakaan.")
    assert names(nlp, text) == ["SIPEBAN", "Pajak Rapi", "MOPIPE"]   # (the name's value without the stop, as quotes are dropped)


def test_a_name_in_single_quotes_is_still_read(nlp):
    assert names(nlp, "Bupati meluncurkan inovasi 'Desa Sehat' Kamis lalu di pendopo.") == ["Desa Sehat"]


def test_a_weekday_and_a_number_opening_a_name(nlp):
    text = 'Selain itu, Dinas Lingkungan Hidup juga menerapkan inovasi "Jumat 10 Menit" di lingkungan kantor.'
    assert names(nlp, text) == ["Jumat 10 Menit"]


def test_a_weekday_and_a_date_are_no_name(nlp):
    text = "Dinas Lingkungan Hidup meluncurkan inovasi Jumat 10 Mei lalu di halaman kantor."
    assert names(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Kelurahan ini juga aktif dalam program ProKlim dari kementerian.",
    "Data balita diinput ke aplikasi e-PPGBM setiap bulan oleh kader.",
    "Desa itu sudah ditetapkan sebagai Destana dan warganya memakai aplikasi InaRISK.",
])
def test_national_programmes_beside_a_regions_innovation_are_not_its_innovations(nlp, text):
    assert names(nlp, text) == []


@pytest.mark.parametrize("text, name", [
    ("Melalui inovasi Ngabring ka Posyandu, para ibu yang memiliki balita dijemput bersama-sama oleh kader.",
     "Ngabring ka Posyandu"),
    ("Sekolah menggagas gerakan literasi bernama Nyaah ka Buku untuk siswa kelas rendah.", "Nyaah ka Buku"),
])
def test_a_sundanese_connector_inside_a_name(nlp, text, name):
    assert names(nlp, text) == [name]


def test_a_numbered_service_after_a_trigger_is_a_name_though_it_opens_with_a_generic_word(nlp):
    text = "Disdukcapil menerapkan inovasi Pelayanan 1 Jam untuk mempercepat penerbitan dokumen kependudukan."
    assert names(nlp, text) == ["Pelayanan 1 Jam"]


def test_a_generic_modifier_without_a_number_is_still_no_name(nlp):
    assert names(nlp, "Dinas menerapkan inovasi pelayanan publik untuk warga desa.") == []


def test_the_ministrys_village_information_system_is_no_regional_innovation(nlp):
    text = "Para kepala desa diminta memperbarui data di aplikasi SID setiap bulan sebagai bagian inovasi desa."
    assert names(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    # capitalised "Pelayanan Publik" opens the name, which is then judged whole: a generic one is none, and never
    # its tail ("Terpadu di Mal ...", "Prima Desa")
    ("DPMPTSP Kabupaten Kendal meluncurkan inovasi Pelayanan Publik Terpadu di Mal Pelayanan Publik, Senin (3/6).", []),
    ("Kecamatan Weleri meluncurkan inovasi Pelayanan Prima Desa pada Senin (3/6).", []),
    # an acronym after them, or lower-case modifiers, still leave the name after them
    ("Dinas Kesehatan meluncurkan inovasi Pelayanan Publik SIPANDU di Kecamatan Weleri, Senin (3/6).", ["SIPANDU"]),
    ("Dinas Kesehatan meluncurkan inovasi pelayanan publik Kendal Sehat Terpadu, Senin (3/6).", ["Kendal Sehat Terpadu"]),
    # a shopping hall or the public service hall is where a name was launched, not part of it
    ("Dinas Penanaman Modal meluncurkan inovasi Antar Jemput Berkas di Mal Pelayanan Publik, Senin (3/6).",
     ["Antar Jemput Berkas"]),
])
def test_capitalised_modifiers_after_the_trigger_open_the_name(nlp, text, expected):
    assert names(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an office and a bare verb root, or any office-and-verb name in quotes after the trigger
    ("Kecamatan Weleri meluncurkan inovasi Camat Sapa Kampung pada Senin (3/6).", ["Camat Sapa Kampung"]),
    ('Kelurahan Bugangan memperkenalkan inovasi "Lurah Rawuh Warga" kepada tim penilai.', ["Lurah Rawuh Warga"]),
    # a kind of place with no name of its own closes an office's name after "ke"/"di"
    ("Program Bupati Turun ke Desa kembali digelar di Kecamatan Weleri.", ["Bupati Turun ke Desa"]),
    ("Program Camat Ngantor di Desa Sukamaju berjalan sejak Januari.", ["Camat Ngantor"]),
    ("Disdukcapil menggelar layanan Jemput Bola ke Desa, Senin (3/6).", ["Jemput Bola"]),
    # an office and a person's name is no innovation
    ("Acara dibuka oleh Camat Weleri, Budi Santoso, di aula kecamatan.", []),
    # in capitals after the trigger; with its expansion; described after a comma
    ("Inovasi CAMAT MENJEMPUT, layanan kunjungan camat ke dusun terpencil, keluar sebagai juara.", ["CAMAT MENJEMPUT"]),
    ("Pameran inovasi kelurahan. Kelurahan Tanah Merah tampil dengan Lurah Ngopi, singkatan dari Lurah Ngobrol "
     "Pelayanan Informasi.", ["Lurah Ngopi"]),
    ("Sementara itu, Kecamatan Solor menampilkan Camat Sapa Kampung, layanan administrasi keliling oleh camat.",
     ["Camat Sapa Kampung"]),
    # a body "dengan" its office holder, a verb-shaped given name: the person, no innovation
    ("Pameran inovasi kelurahan. Kelurahan Tanah Merah dengan Lurah Menik Sari hadir di stan.", []),
])
def test_names_opened_by_an_office(nlp, text, expected):
    assert names(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a radio or TV station's programme is none
    ("Saksikan liputan lengkapnya di program Sikka Hari Ini, pukul 18.00 WIB.", []),
    ("Hal itu disampaikan Hendro saat on air di program Jagongan Pagi Suara Sikka, Senin (22/1).", []),
    # a government's programme still is one
    ("Dinas Kesehatan meluncurkan program Kampung Sehat Bersama di Desa Maju, Senin (3/6).", ["Kampung Sehat Bersama"]),
])
def test_a_stations_programme_is_no_innovation(nlp, text, expected):
    assert names(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the kind of thing, then its name in quotes: the quoted name
    ('Puskesmas Sei Rampah juga dikenal lewat program Posyandu Remaja "Muda Berdaya" yang rutin memberikan edukasi '
     'gizi.', ["Muda Berdaya"]),
    ('Dinkes meluncurkan inovasi Rumah Singgah Pasien "Griya Sehat" bagi keluarga pasien.', ["Griya Sehat"]),
    # two names, one quoted and one not, joined by "dan"
    ('Dinkes meluncurkan inovasi "Griya Sehat" dan Rumah Baca Ceria bagi warga.', ["Griya Sehat", "Rumah Baca Ceria"]),
])
def test_a_kind_word_before_a_quoted_name_is_no_name_of_its_own(nlp, text, expected):
    assert names(nlp, text) == expected
