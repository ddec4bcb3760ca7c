"""Innovations in award and contest news laid out as outlets write it (issue 12): a numbered list of winners whose
items open with their category before a colon, a quoted entry after a rank's means word paragraphs after the contest
is named, and a prefixed name that the next sentence calls an innovation. Sentences written for these tests."""
import pytest

from helpers import component_nlp, extracted


@pytest.fixture(scope="module")
def nlp():
    return component_nlp("inovasi_agencies", "inovasi_innovations")


def owned(nlp, text):
    values, _ = extracted(nlp, text)
    return [(i["name"], i["agency"]) for i in values.get("innovations") or []]


LABELLED = """Tujuh inovasi menerima penghargaan dalam Anugerah Inovasi Daerah Kabupaten Lebong 2023. Berikut daftar penerimanya:
1. Terbaik I Kategori Perangkat Daerah: SI-PADI (Sistem Informasi Pupuk dan Benih) – Dinas Pertanian Kabupaten Lebong
2. Terbaik II Kategori Perangkat Daerah: Kopi Pahit (Konseling Pasien Hipertensi Terpadu) – UPTD Puskesmas Muara Aman
3. Terbaik Kategori Kecamatan: "Sapa Warga Subuh" – Kecamatan Rimbo Pengadang
4. Inovasi Favorit Pilihan Masyarakat: Rumah Singgah Lansia – Dinas Sosial
"""


def test_a_winners_category_before_its_colon_is_no_part_of_the_name(nlp):
    assert owned(nlp, LABELLED) == [
        ("SI-PADI", "Dinas Pertanian Kabupaten Lebong"),
        ("Kopi Pahit", "UPTD Puskesmas Muara Aman"),
        ("Sapa Warga Subuh", "Kecamatan Rimbo Pengadang"),
        ("Rumah Singgah Lansia", "Dinas Sosial"),
    ]


CONTEST = """Perahu Layanan dari Numfor Juarai Lomba Inovasi Distrik

Lomba digelar Bagian Organisasi Setda Biak Numfor dan diikuti enam distrik.

"Kalau baru ide, belum bisa ikut. Harus ada bukti warga merasakan," kata dia.

Juara kedua diraih Distrik Oridek dengan Si-Bersih, sistem aduan sampah lewat pesan singkat. Juara ketiga jatuh ke Distrik Yendidori lewat "Sabtu Pantai Bersih".
"""


def test_a_quoted_entry_after_a_ranks_means_word_in_a_contest_story(nlp):
    assert [n for n, _ in owned(nlp, CONTEST)] == ["Si-Bersih", "Sabtu Pantai Bersih"]
    # without a contest or innovations in sight, a quoted phrase after "lewat" is nothing
    assert owned(nlp, 'Warga menyampaikan keluhan lewat "Suara Kampung" setiap pekan.') == []


@pytest.mark.parametrize("text, expected", [
    ("Kami sedang siapkan e-Absen Guru. Itu inovasi digital, absensi guru pakai foto dan titik lokasi.",
     ["e-Absen Guru"]),
    ("Dinas Pendidikan menyiapkan e-Rapor Sekolah. Ini merupakan aplikasi untuk wali kelas.", ["e-Rapor Sekolah"]),
    # the next sentence says something else
    ("Guru mengisi e-Rapor setiap semester. Itu kewajiban setiap wali kelas.", []),
])
def test_a_prefixed_name_the_next_sentence_calls_an_innovation(nlp, text, expected):
    assert [n for n, _ in owned(nlp, text)] == expected


SCHOOLS = """Kepala dinas mencontohkan beberapa inovasi sekolah yang sudah berjalan, antara lain:

1. GEMAR BACA (Gerakan Membaca Sebelum Belajar) di SMP Negeri 3 Solok;
2. Pojok Baca Surau di SD Negeri 07 Pasar Baru, yang meniru suasana surau sebagai sudut baca; dan
3. aplikasi e-Rapor Saiyo yang dikembangkan guru-guru.
"""


def test_a_listed_name_and_the_school_it_runs_at(nlp):
    assert owned(nlp, SCHOOLS) == [("GEMAR BACA", "SMP Negeri 3 Solok"), ("Pojok Baca Surau", "SD Negeri 07 Pasar Baru"),
                                   ("e-Rapor Saiyo", None)]


@pytest.mark.parametrize("text, expected", [
    ("Stan itu memamerkan inovasi daerah. Kepala Disdukcapil menjelaskan SIKAYU adalah Sistem Informasi Kartu "
     "Keluarga Terpadu yang terhubung dengan data kampung.", [("SIKAYU", "Sistem Informasi Kartu Keluarga Terpadu")]),
    ("Inovasi itu ditinjau tim. SI-PANTAU API, lanjut Darius, adalah Sistem Pemantauan Titik Api yang dikembangkan "
     "BPBD sejak 2021.", [("SI-PANTAU API", "Sistem Pemantauan Titik Api")]),
    # a team, a national programme, and no innovation in sight
    ("Inovasi daerah dibahas. Ia menjelaskan TPPS adalah Tim Percepatan Penurunan Stunting di tingkat kabupaten.", []),
    ("Inovasi daerah dibahas. Ia menyebut STBM adalah Sanitasi Total Berbasis Masyarakat, program nasional.", []),
    ("Ia menjelaskan SIDAKU adalah Sistem Data Kependudukan milik kementerian.", []),
])
def test_a_capitals_name_defined_by_a_copula(nlp, text, expected):
    values, _ = extracted(nlp, text)
    assert [(i["name"], i["long_name"]) for i in values.get("innovations") or []] == expected


def test_a_capitals_name_ends_where_a_place_in_title_case_begins(nlp):
    text = "Inovasi pertama yang ditinjau adalah SI-PANTAU API di Posko Siaga Karhutla Kecamatan Kahayan Hilir."
    assert [n for n, _ in owned(nlp, text)] == ["SI-PANTAU API"]
    text = "Dinas Pendidikan meluncurkan inovasi GURU MENGAJAR DI DESA tahun ini."
    assert [n for n, _ in owned(nlp, text)] == ["GURU MENGAJAR DI DESA"]


@pytest.mark.parametrize("text", [
    "Puskesmas itu menjalankan program Integrasi Layanan Primer (ILP) sejak tahun lalu sebagai inovasi layanan.",
    "Kelurahan itu meraih Piala Adipura dan menjadi inovasi kebanggaan warga.",
])
def test_national_programmes_and_awards_are_no_local_innovation(nlp, text):
    assert owned(nlp, text) == []


def test_a_ranked_name_with_a_gloss_in_brackets_before_its_owner():
    from pipeline import extract_text

    text = ("Lomba inovasi daerah digelar Bappeda. Juara harapan diberikan kepada Ina Ama Baca (kelas membaca bersama "
            "orang tua) dari Dinas Perpustakaan.")
    assert [i.name for i in extract_text(text).innovations] == ["Ina Ama Baca"]
    # ... not a bare capitalised run with a gloss and no owner (a team or a region)
    text = "Lomba inovasi daerah digelar Bappeda. Juara harapan diberikan kepada Tim Sukamaju (tim dari kecamatan)."
    assert extract_text(text).innovations == []
