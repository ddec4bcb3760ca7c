"""Innovations in numbered lists and list sentences of news from regions the rules were not written on (issue 12):
ranked winners under category headings, a list whose window holds a stage word after a preposition. Sentences
written for these tests in the style of regional news."""
import pytest

from helpers import component_nlp, extracted, innovation_names


@pytest.fixture(scope="module")
def nlp():
    return component_nlp("inovasi_agencies", "inovasi_innovations")


names = innovation_names


def owned(nlp, text):
    """(name, agency) of each innovation read from the text."""
    values, _ = extracted(nlp, text)
    return [(i["name"], i["agency"]) for i in values.get("innovations") or []]


RANKED = """Lomba Inovasi Daerah tingkat provinsi tahun ini diikuti 40 inovasi dari 12 kabupaten/kota. Setelah melalui tahap presentasi, juri menetapkan pemenang sebagai berikut:

Kategori Perangkat Daerah:
1. Juara I: "Perahu Sehat Keliling" - Dinas Kesehatan Kabupaten Sumber Jaya
2. Juara II: SIMANTAP (Sistem Informasi Pemantauan Pangan) - Dinas Ketahanan Pangan

Kategori Desa:
1. Juara I: Lumbung Benih Warga (Desa Sukamaju)
2. Juara II: Taman Baca Apung (Desa Teluk Indah)
"""


def test_ranked_winners_under_category_headings(nlp):
    assert names(nlp, RANKED) == ["Perahu Sehat Keliling", "SIMANTAP", "Lumbung Benih Warga", "Taman Baca Apung"]


def test_labelled_ranks_in_title_case_are_list_items_not_headlines(nlp):
    # a line without a full stop whose words are mostly capitalised, but labelled with its rank and holding a
    # lower-case innovation word: its names are names, as in a bulleted list
    text = ("Dinas PMD mengumumkan pemenang Lomba Inovasi Desa tahun ini. Berikut daftar pemenangnya:\n"
            "Juara I: Desa Sukamaju, Kecamatan Ciawi, dengan inovasi Lumbung Sampah Organik\n"
            "Juara II: Desa Cempaka, Kecamatan Plumbon, dengan inovasi Posyandu Lansia Digital\n"
            "Harapan I: Desa Kertasura, Kecamatan Kapetakan, dengan inovasi Bank Ikan Nelayan\n\n"
            "Para pemenang menerima piagam.")
    assert names(nlp, text) == ["Lumbung Sampah Organik", "Posyandu Lansia Digital", "Bank Ikan Nelayan"]


def test_a_ranked_item_owned_by_the_district_in_brackets_after_it(nlp):
    text = ("Lomba Inovasi Daerah tahun ini diikuti 36 inovasi dari perangkat daerah. Berikut daftar pemenang:\n"
            "- Juara III: Kartu Tani Lestari (Dinas Pertanian);\n"
            "- Harapan I: Kelas Tani Milenial (Kecamatan Cikaret);\n"
            "- Harapan II: Kartu Nelayan Sejahtera (Kelurahan Pasir Putih).\n")
    assert owned(nlp, text) == [("Kartu Tani Lestari", "Dinas Pertanian"),
                                ("Kelas Tani Milenial", "Kecamatan Cikaret"),
                                ("Kartu Nelayan Sejahtera", "Kelurahan Pasir Putih")]


def test_a_heading_that_is_no_category_ends_the_list(nlp):
    text = RANKED.replace("Kategori Desa:", "Narasumber kegiatan:").replace(
        "Lumbung Benih Warga (Desa Sukamaju)", "Rina Wulandari (Universitas Sumber Jaya)").replace(
        "Taman Baca Apung (Desa Teluk Indah)", "Budi Hartono (Bappeda)")
    got = names(nlp, text)
    assert "Rina Wulandari" not in got and "Budi Hartono" not in got
    assert "Perahu Sehat Keliling" in got


def test_a_stage_after_a_preposition_does_not_block_the_list(nlp):
    text = ("Kabupaten Sumber Jaya juga mengirim dua inovasi lain ke tahap seleksi, yakni Rumah Singgah Pasien "
            "dan Kebun Obat Keluarga.")
    assert names(nlp, text) == ["Rumah Singgah Pasien", "Kebun Obat Keluarga"]


def test_a_list_of_stages_stays_blocked(nlp):
    text = "Penilaian inovasi dilakukan dalam beberapa tahap, yaitu Validasi Dokumen, Presentasi dan Verifikasi Lapangan."
    assert names(nlp, text) == []


def test_a_back_reference_opening_a_longer_sentence(nlp):
    text = ("Tahun lalu kabupaten itu melaporkan 120 inovasi ke Kemendagri. Beberapa di antaranya sudah direplikasi "
            "daerah lain, yakni PINTU DESA dari Dinas Perpustakaan, Pojok Laktasi di RSUD Sumber Jaya, dan Pasar Ikan "
            "Online.")
    assert names(nlp, text) == ["PINTU DESA", "Pojok Laktasi", "Pasar Ikan Online"]


def test_a_sentence_opening_without_back_reference_lists_nothing(nlp):
    text = ("Tahun lalu kabupaten itu melaporkan 120 inovasi ke Kemendagri. Bupati kemudian menyebut beberapa "
            "kecamatan terbaik tahun ini, yakni Sukamaju, Tanjung Sari dan Mekar Jaya.")
    assert names(nlp, text) == []


def test_a_listed_name_after_an_abbreviated_body_and_dan(nlp):
    values, _ = extracted(nlp, "Ia mencontohkan inovasi yang datanya lengkap, seperti SATU PETA dari Dinas Kominfo dan "
                               "Sistem Informasi Rujukan Anak (SIRUJAK) dari Dinas Kesehatan.")
    got = [(i["name"], i["long_name"]) for i in values["innovations"]]
    assert got == [("SATU PETA", None), ("SIRUJAK", "Sistem Informasi Rujukan Anak")]


def test_di_before_a_place_is_no_owner(nlp):
    # "di" introduces a body only before one; "X di Pasar Lama" ends the list
    text = "Inovasi yang dipamerkan antara lain Kios Tani Digital di pasar lama dan Lapak Ikan Segar."
    assert names(nlp, text) == ["Kios Tani Digital"]


@pytest.mark.parametrize("text, expected", [
    ('Ada juga layanan "Dukcapil Ramah" yang melayani pengurusan dokumen pasangan yang baru menikah.', ["Dukcapil Ramah"]),
    ('Disdukcapil memperkenalkan inovasi “Dukcapil Sapa Desa” atau disingkat DUSADE untuk warga pelosok.', ["DUSADE"]),
    # unquoted, a body abbreviation opening a run is the body ("inovasi Dukcapil Kota X")
    ("Kepala daerah mengapresiasi inovasi Dukcapil Kota Sumber Jaya yang dinilai cepat.", []),
])
def test_a_quoted_name_may_open_with_a_body_abbreviation(nlp, text, expected):
    assert names(nlp, text) == expected


def test_a_list_item_holding_a_unit_word_does_not_carry_it_over_the_next_item(nlp):
    # "Desa Siaga" is also a village's name in the gazetteer; inside "Ambulans Desa Siaga" it is no village, so the
    # item after "dan" is no second village of that list
    text = ("Perangkat daerah mengembangkan tiga inovasi baru. Ketiga inovasi itu adalah Sistem Informasi Desa Terpadu, "
            "Ambulans Desa Siaga dan Pojok Baca Ceria.")
    assert names(nlp, text) == ["Sistem Informasi Desa Terpadu", "Ambulans Desa Siaga", "Pojok Baca Ceria"]
    # the head of a list of villages still carries over
    assert names(nlp, "Inovasi Lumbung Pangan diterapkan di Desa Siaga dan Sukamaju sejak 2023.") == ["Lumbung Pangan"]


@pytest.mark.parametrize("text", [
    "Sekda meminta admin inovasi segera mengisi data ke aplikasi SIPD Kemendagri sebelum batas waktu.",
    "Hingga Juni baru 61 inovasi yang diinput ke aplikasi IID Kemendagri.",
])
def test_a_national_platform_with_its_body_is_no_innovation(nlp, text):
    assert names(nlp, text) == []


def test_a_local_name_ending_in_a_national_body_word_stays(nlp):
    assert names(nlp, "Pemkab meluncurkan aplikasi SIGAP RI untuk pelaporan bencana.") == ["SIGAP RI"]


@pytest.mark.parametrize("text, expected", [
    # the innovation word is in the previous sentence
    ('Bupati juga meluncurkan dua inovasi pendukung. Yang pertama dinamai "Antar Izin", yakni petugas mendatangi '
     'pelaku usaha di desa.', ["Antar Izin"]),
    # a launch verb before the naming trigger
    ("Pada 2023 dinas itu meluncurkan anjungan mandiri bernama APM Sehati yang bisa mencetak dokumen sendiri.",
     ["APM Sehati"]),
    # no innovation word nearby, and no launch verb
    ("Rombongan kemudian singgah di sebuah warung bernama Warung Bu Tini untuk makan siang.", []),
    # a mascot, a building, a group are no innovations
    ("Diskominfo juga memperkenalkan maskot aplikasi bernama Si Bangau dari cerita rakyat setempat.", []),
    ("Bupati meresmikan gedung layanan baru bernama Graha Praja Mandiri.", []),
    ("Program ini digerakkan kelompok tani bernama Tani Makmur Jaya.", []),
    # the phrase's head comes first: an application for residents' complaints, not a resident
    ("Dinas Kominfo mengembangkan aplikasi pengaduan warga bernama LAPOR SEGERA.", ["LAPOR SEGERA"]),
    ("Seorang warga bernama Budi Santoso kemudian mengembangkan aplikasi antrean.", []),
])
def test_names_after_naming_triggers(nlp, text, expected):
    assert names(nlp, text) == expected


def test_besides_a_known_name_the_verb_after_juga_lists_more(nlp):
    text = ("Yang paling disorot adalah inovasi SIBUMIL dari Dinas Kesehatan. Selain SIBUMIL, Kabupaten Sumber Jaya "
            "juga mengandalkan Posyandu Keluarga Berbasis Dusun, Bank Sampah Gumi Lestari, serta aplikasi e-Retribusi.")
    assert names(nlp, text) == ["SIBUMIL", "Posyandu Keluarga Berbasis Dusun", "Bank Sampah Gumi Lestari",
                                "e-Retribusi"]


@pytest.mark.parametrize("text", [
    # "Selain" before something the text never called an innovation
    "Selain Bupati Sumber Jaya, rapat juga dihadiri Kepala Dinas Kesehatan dan Camat Sukamaju.",
    "Selain Jakarta, rombongan juga mengunjungi Bandung, Semarang dan Surabaya.",
])
def test_besides_without_a_known_innovation(nlp, text):
    assert names(nlp, text) == []


def test_a_regional_district_name_owns_a_listed_innovation(nlp):
    values, _ = extracted(nlp, "Inovasi yang diluncurkan meliputi: 1) Sapa Lansia dari Kapanewon Sumberejo; 2) Jamu "
                               "Sehat Keluarga dari Nagari Sungai Jernih; dan 3) Taman Gizi.")
    got = [(i["name"], i["agency"]) for i in values["innovations"]]
    assert got == [("Sapa Lansia", "Kapanewon Sumberejo"), ("Jamu Sehat Keluarga", "Nagari Sungai Jernih"),
                   ("Taman Gizi", None)]


def test_a_region_after_a_listed_name_is_its_source_not_part_of_it(nlp):
    text = ('Narasumber dari BRIDA juga memperkenalkan inovasi kabupaten lain yang bisa ditiru, di antaranya '
            '"Mobil Curhat" dari Kabupaten Sumber Jaya dan SI-PETA TANI dari Kabupaten Teluk Indah.')
    assert names(nlp, text) == ["Mobil Curhat", "SI-PETA TANI"]


def test_a_school_among_listed_names_is_skipped(nlp):
    text = ("Inovasi yang menarik perhatian antara lain robot pemilah sampah karya siswa SMKN 1 Sukamaju, Warung "
            "Pintar Desa, dan Becak Literasi.")
    assert names(nlp, text) == ["Warung Pintar Desa", "Becak Literasi"]


def test_an_acronym_the_text_defines_as_a_body_is_no_innovation(nlp):
    text = ("Warga menikah tercatat di Kantor Urusan Agama (KUA). Inovasi itu dijalankan Disdukcapil bersama "
            "Kemenag melalui KUA.")
    assert names(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    # a body read inside a long form ("Desa Membangun (GERDEMA)") does not hide the name
    ("Gubernur menyebut inovasi Kabupaten Sumber Jaya, yakni Gerakan Desa Membangun (GERDEMA) yang berjalan sejak 2012.",
     ["GERDEMA"]),
    # "kependekan dari" gives a long form, the trigger word inside it starts no name
    ("Dinas Pendidikan meluncurkan aplikasi Si Rajin, kependekan dari Sistem Informasi Rekap Absensi Jam Mengajar.",
     ["Si Rajin"]),
    # a national programme after a national body is no local innovation, nor is the family-planning village
    ("Aplikasi itu akan diintegrasikan dengan aplikasi Merdeka Mengajar dari Kemendikbudristek.", []),
    ("Gubernur meminta OPD mendukung program Keluarga Harapan (PKH) dan Kampung KB di setiap desa.", []),
])
def test_long_forms_and_national_programmes(nlp, text, expected):
    assert names(nlp, text) == expected


def test_a_listed_long_form_after_a_capitalised_body_word_and_dan(nlp):
    text = ("Sekda menyebut tiga inovasi yang diusulkan tahun ini: Kopi Rakyat Makmur, SIMPATI DESA dan Dapur Sehat "
            "Atasi Stunting (DASHAT).")
    values, _ = extracted(nlp, text)
    got = [(i["name"], i["long_name"]) for i in values["innovations"]]
    assert got == [("Kopi Rakyat Makmur", None), ("SIMPATI DESA", None), ("DASHAT", "Dapur Sehat Atasi Stunting")]


def test_a_long_form_stops_before_a_venue(nlp):
    values, _ = extracted(nlp, "Bupati meluncurkan aplikasi LAYAR CEPAT atau Layanan Administrasi Rakyat Cepat di Aula "
                               "Kantor Bupati, Senin (17/2/2025).")
    got = [(i["name"], i["long_name"]) for i in values["innovations"]]
    assert got == [("LAYAR CEPAT", "Layanan Administrasi Rakyat Cepat")]


def test_lettered_items_and_items_closed_by_a_semicolon(nlp):
    text = ("Inovasi yang diusulkan tahun ini antara lain:\n"
            "a. Sekolah Lapang Iklim;\nb. Jaga Kampung;\nc. Lumbung Desa Sejahtera.\n")
    assert names(nlp, text) == ["Sekolah Lapang Iklim", "Jaga Kampung", "Lumbung Desa Sejahtera"]
    text = "Adapun inovasi tersebut yakni:\n1) Sekolah Lapang Iklim;\n2) Jaga Kampung.\n"
    assert names(nlp, text) == ["Sekolah Lapang Iklim", "Jaga Kampung"]
    # an item that runs on into a sentence is no name
    text = "Inovasi yang diusulkan antara lain:\na. Sekolah Lapang Iklim yang sudah berjalan sejak 2020.\n"
    assert names(nlp, text) == []


def test_a_body_in_brackets_after_a_long_listed_name_is_its_owner(nlp):
    text = "Inovasi yang dinilai antara lain: Apotek Hidup Keluarga (Dinas Pendidikan) dan Sapa Warga (Diskominfo)."
    assert owned(nlp, text) == [
        ("Apotek Hidup Keluarga", "Dinas Pendidikan"), ("Sapa Warga", "Dinas Komunikasi dan Informatika")]
    # a short name in brackets after its long form is still the name
    text = "Inovasi yang dinilai antara lain: Lansia Mandiri Sejahtera (Sahabat Lansia) dan Jaga Kampung."
    assert names(nlp, text) == ["Sahabat Lansia", "Jaga Kampung"]


def test_a_state_schools_number_is_part_of_its_name(nlp):
    assert owned(nlp, "Kedua, inovasi Sekolah Pagi Ceria dari SD Negeri 3 Maumere.") == [
        ("Sekolah Pagi Ceria", "SD Negeri 3 Maumere")]


def test_bodies_presenting_names_after_a_sentence_that_announced_innovations(nlp):
    text = ("Dalam rapat itu, masing-masing perangkat daerah memaparkan inovasinya. Dinas Pertanian memaparkan "
            "Klinik Tani, sedangkan Dinas Perikanan memaparkan Nelayan Sejahtera.")
    assert names(nlp, text) == ["Klinik Tani", "Nelayan Sejahtera"]
    # a show after a sentence about innovations is no innovation
    text = "Pemkab memamerkan 30 inovasi daerah. Dinas Pariwisata juga menampilkan Tari Hegong dan Gawi Sodha."
    assert names(nlp, text) == []
    # and presenting with no announcement before it names nothing
    assert names(nlp, "Dalam rapat itu, Dinas Pertanian memaparkan Rencana Strategis 2025.") == []


def test_a_unit_with_its_holder_and_a_quality_is_a_name(nlp):
    text = "Kecamatan Alok dengan inovasi Kantor Camat Ramah meraih juara pertama."
    assert names(nlp, text) == ["Kantor Camat Ramah"]
    assert names(nlp, "Tim penilai mengunjungi inovasi Kantor Camat Alok pekan lalu.") == []


def test_the_last_listed_name_before_a_preposition_is_kept(nlp):
    text = "Kabupaten Sikka memaparkan inovasi Jaga Nona, Ojek Sehat dan Mama Sayang di hadapan tim juri."
    assert names(nlp, text) == ["Jaga Nona", "Ojek Sehat", "Mama Sayang"]
    text = "Bupati menyerahkan inovasi Jaga Nona dan Ojek Sehat kepada warga Kecamatan Alok."
    assert names(nlp, text) == ["Jaga Nona", "Ojek Sehat"]
    # a body with its own innovation after "dan" is no listed name
    text = "Puskesmas Nita dengan inovasi Jaga Nona dan Dinas Sosial dengan inovasi Ojek Sehat."
    assert names(nlp, text) == ["Jaga Nona", "Ojek Sehat"]


def test_an_answer_lists_what_a_question_about_innovations_asked_for(nlp):
    text = "Apa saja inovasi yang diandalkan tahun ini? Ada Posyandu Digital, Kelas Ayah Hebat, dan Pasar Tani Online."
    assert names(nlp, text) == ["Posyandu Digital", "Kelas Ayah Hebat", "Pasar Tani Online"]
    # a question about something else, or one name only, lists nothing
    assert names(nlp, "Siapa saja yang hadir dalam rapat itu? Ada Kepala Dinas Sosial dan Camat Alok.") == []
    assert names(nlp, "Apa saja inovasi yang diandalkan? Ada banyak, salah satunya sedang dinilai.") == []


@pytest.mark.parametrize("text", [
    "Kesembilan inovasi tersebut yaitu 1. Sipanda, 2. Gerbang Desa, 3. Sapa Warga dan 4. Bank Sampah.",
    "Kesembilan inovasi tersebut yaitu (1) Sipanda; (2) Gerbang Desa; (3) Sapa Warga; dan (4) Bank Sampah.",
])
def test_an_inline_enumeration_of_numbered_names(nlp, text):
    assert names(nlp, text) == ["Sipanda", "Gerbang Desa", "Sapa Warga", "Bank Sampah"]


def test_a_sentence_ending_with_a_number_still_ends():
    from pipeline import extract_text
    record = extract_text("Rapat Inovasi\n\nJumlah inovasi yang dilaporkan mencapai 12. Sipanda menjadi salah "
                          "satu yang dinilai tim.")
    assert "Sipanda" not in [i.name for i in record.innovations]


def test_bodies_each_with_its_innovation_after_a_colon(nlp):
    text = ("Adapun inovasi yang diusulkan: Dinas Kesehatan: Sipanda; Dinas Pendidikan: Gerbang Desa; "
            "Bappeda: Sapa Warga.")
    assert owned(nlp, text) == [
        ("Sipanda", "Dinas Kesehatan"), ("Gerbang Desa", "Dinas Pendidikan"),
        ("Sapa Warga", "Badan Perencanaan Pembangunan Daerah")]
    # one body with a colon is a label, not a list
    assert names(nlp, "Inovasi daerah terus dikembangkan. Sumber: Dinas Kesehatan: Data Stunting 2024.") == []


def test_quoted_names_each_with_its_body_in_brackets(nlp):
    text = ('Inovasi yang dipresentasikan antara lain inovasi "Sipanda" (Dinas Kesehatan), "Gerbang Desa" (DPMD), '
            '"Sapa Warga" (Diskominfo) dan "Bank Sampah" (DLH).')
    assert owned(nlp, text) == [("Sipanda", "Dinas Kesehatan"), ("Gerbang Desa", "Dinas Pemberdayaan Masyarakat dan Desa"),
                                ("Sapa Warga", "Dinas Komunikasi dan Informatika"), ("Bank Sampah", "Dinas Lingkungan Hidup")]


def test_rows_of_a_table_pasted_as_text(nlp):
    text = ("Berikut daftar inovasi yang diusulkan:\nNo Nama Inovasi Perangkat Daerah\n1 Sipanda Dinas Kesehatan\n"
            "2 Gerbang Desa DPMD\n3 Sapa Warga Diskominfo\n\nDaftar ini akan diverifikasi.")
    assert owned(nlp, text) == [
        ("Sipanda", "Dinas Kesehatan"), ("Gerbang Desa", "Dinas Pemberdayaan Masyarakat dan Desa"),
        ("Sapa Warga", "Dinas Komunikasi dan Informatika")]
    # numbered lines without such a header are no table
    assert names(nlp, "Jadwal kegiatan:\n1 Pembukaan oleh Bupati\n2 Paparan Kepala Bappeda\n") == []


def test_list_items_labelled_inovasi_or_opened_by_their_body(nlp):
    text = "Inovasi yang diusulkan adalah:\n1. Inovasi Sipanda – Dinas Kesehatan\n2. Inovasi Gerbang Desa – DPMD\n"
    assert names(nlp, text) == ["Sipanda", "Gerbang Desa"]
    text = ("Hasil Laboratorium Inovasi menghasilkan 20 inovasi, di antaranya:\n- Dinas Kesehatan: Sipanda (Sistem "
            "Pemantauan Ibu Hamil dan Anak)\n- Diskominfo: Sapa Warga\n")
    assert owned(nlp, text) == [
        ("Sipanda", "Dinas Kesehatan"), ("Sapa Warga", "Dinas Komunikasi dan Informatika")]


def test_names_each_over_its_body_on_the_next_line(nlp):
    text = ("Tiga inovasi terbaik tahun ini:\n\nSipanda\nDinas Kesehatan\n\nGerbang Desa\nDinas PMD\n\n"
            "Sapa Warga\nDiskominfo\n\nKetiganya akan dinilai tim provinsi.")
    assert owned(nlp, text) == [
        ("Sipanda", "Dinas Kesehatan"), ("Gerbang Desa", "Dinas Pemberdayaan Masyarakat dan Desa"),
        ("Sapa Warga", "Dinas Komunikasi dan Informatika")]
    # without a line announcing innovations, a name over a body is a caption or a signature
    assert names(nlp, "Kegiatan berjalan lancar.\n\nYosef Lado\nDinas Kesehatan\n") == []


@pytest.mark.parametrize("text", [
    "Kepala Bappeda menyebut ada tiga inovasi andalan, masing-masing Sipanda, Gerbang Desa dan Sapa Warga.",
    "Inovasi tersebut terdiri atas Sipanda, Gerbang Desa, dan Sapa Warga.",
    "Inovasi yang dinilai yakni Sipanda oleh Dinkes, Gerbang Desa oleh DPMD dan Sapa Warga oleh Diskominfo.",
])
def test_more_ways_to_list_innovations(nlp, text):
    assert names(nlp, text) == ["Sipanda", "Gerbang Desa", "Sapa Warga"]


def test_a_listed_name_with_its_owner_is_no_place_for_the_model():
    from pipeline import extract_text
    record = extract_text("Daftar Inovasi\n\nInovasi yang dinilai yakni Sipanda oleh Dinkes, Gerbang Desa oleh DPMD "
                          "dan Sapa Warga oleh Diskominfo.")
    assert [i.name for i in record.innovations] == ["Sipanda", "Gerbang Desa", "Sapa Warga"]


def test_a_numbered_list_of_jurors_after_a_story_about_innovations_names_no_innovation(nlp):
    text = ("\"Yang kita cari adalah inovasi yang paling bermanfaat bagi warga,\" ujarnya.\n\n"
            "Dewan juri terdiri atas tiga orang, yaitu:\n"
            "1. Dr. Hendri Wijaya, S.T., M.T., dosen Universitas Tanjungpura;\n"
            "2. Lie Sioe Fong, S.E., M.M., Kepala Bagian Organisasi Setda Kota Pontianak.\n")
    values, _ = extracted(nlp, text)
    assert not values.get("innovations")


def test_numbered_items_owned_after_dari_under_a_line_naming_the_assessors(nlp):
    text = ("Dari jumlah itu, empat inovasi dipresentasikan di hadapan tim penilai, yaitu:\n"
            "1. Sehati Torang (Sehat Ibu dan Anak Bersama Kader) dari Dinas Kesehatan;\n"
            "2. e-Pajak Kuat dari Badan Pengelolaan Pajak dan Retribusi Daerah;\n"
            "3. Kampung Literasi Bahari dari Dinas Perpustakaan dan Kearsipan.\n")
    values, _ = extracted(nlp, text)
    assert [(i["name"], i["agency"]) for i in values["innovations"]] == [
        ("Sehati Torang", "Dinas Kesehatan"), ("e-Pajak Kuat", "Badan Pengelolaan Pajak dan Retribusi Daerah"),
        ("Kampung Literasi Bahari", "Dinas Perpustakaan dan Kearsipan")]


def test_a_list_of_finalists_in_a_story_about_innovations(nlp):
    text = ("Tujuh inovasi perangkat daerah lolos ke babak final lomba inovasi.\n\n"
            "Presentasi para finalis dibuka Sekretaris Daerah Kota Bitung di ruang sidang.\n\n"
            "Berikut tujuh finalis tersebut:\n"
            "• SI CAKALANG (Sistem Cepat Layanan Nelayan) – Dinas Perikanan\n"
            "• LORONG HIJAU (Kecamatan Madidir)\n"
            "• Ambulans Laut Lembeh – Kecamatan Lembeh Selatan\n")
    values, _ = extracted(nlp, text)
    assert [i["name"] for i in values["innovations"]] == ["SI CAKALANG", "LORONG HIJAU", "Ambulans Laut Lembeh"]


def test_finalists_of_a_story_that_is_not_about_innovations_are_no_innovations(nlp):
    text = "Lomba paduan suara antarsekolah digelar di aula.\n\nBerikut tiga finalis tersebut:\n• SMA Negeri 1\n• Paduan Suara Gita Bahana\n"
    values, _ = extracted(nlp, text)
    assert not values.get("innovations")


def test_a_list_of_entrants_then_their_entries_after_a_dash():
    # the people come first, their innovations after the dash (the officials component reads the people)
    from pipeline import extract_text
    text = ("Sebanyak 12 finalis lomba inovasi ASN mempresentasikan inovasinya. Adapun finalis beserta inovasinya "
            "sebagai berikut:\n"
            "1. Nia Kurniasih, S.Kep., Ners, perawat Puskesmas Kadipaten – KADO BUNDA (Kawal Dini Obstetri Bunda)\n"
            "2. drh. Yayan Hermawan, Medik Veteriner Dinas Peternakan – SI DOMBA (Sistem Informasi Data Domba)\n"
            "3. Rina Marlina, S.E., Kasubbid Pendataan Bapenda – E-PBB Jemput Bola\n")
    assert [i.name for i in extract_text(text).innovations] == ["KADO BUNDA", "SI DOMBA", "E-PBB Jemput Bola"]


def test_ranked_lines_under_category_headings_in_capitals(nlp):
    text = ("Jambore inovasi diikuti 210 peserta yang mempresentasikan inovasi masing-masing.\n\n"
            "Berikut hasil lengkap penilaian dewan juri:\n\n"
            "KATEGORI OPD\n"
            'Juara I - "SEHATI PESISIR" (Sehat Ibu dan Anak Pesisir), Dinas Kesehatan\n'
            'Juara II - "SIMPEL IZIN", Dinas Penanaman Modal\n\n'
            "KATEGORI KECAMATAN\n"
            'Juara I - "Camat Turun Parit", Kecamatan Rantau Rasau\n')
    assert owned(nlp, text) == [("SEHATI PESISIR", "Dinas Kesehatan"), ("SIMPEL IZIN", "Dinas Penanaman Modal"),
                                ("Camat Turun Parit", "Kecamatan Rantau Rasau")]


def test_a_ranking_table_pasted_as_text_with_wrapped_cells(nlp):
    text = ("Lomba inovasi daerah tahun ini diikuti 40 inovasi. Hasil penilaian selengkapnya sebagai berikut:\n"
            "KATEGORI PERANGKAT DAERAH\n"
            "Peringkat Inovasi Unit Pengusul\n"
            "I SERAMBI (Sistem Elektronik Rapor Ananda Dinas Pendidikan dan Kebudayaan\n"
            "Berbasis Integrasi)\n"
            "II SAKO NAN TIGO Dinas Sosial\n"
            "KATEGORI PUSKESMAS\n"
            "I PUSPA ASI (Pusat Pendampingan ASI) Puskesmas Gunung\n"
            "II Kelas Ayah Siaga Puskesmas Kebun Sikolos\n")
    assert owned(nlp, text) == [("SERAMBI", "Dinas Pendidikan dan Kebudayaan"), ("SAKO NAN TIGO", "Dinas Sosial"),
                                ("PUSPA ASI", "Puskesmas Gunung"), ("Kelas Ayah Siaga", "Puskesmas Kebun Sikolos")]


def test_ranks_far_down_a_story_about_an_innovation_contest(nlp):
    text = ("Pemkab Sukamaju Umumkan Pemenang Lomba Inovasi Daerah 2024\n\n"
            "SUKAMAJU – Pemerintah Kabupaten Sukamaju mengumumkan pemenang Lomba Inovasi Daerah, Senin (4/3).\n\n"
            "Lomba itu dilaksanakan Bappeda dan terbagi dalam tiga kategori. Penjurian berlangsung dua pekan. "
            "Panitia menerima 40 proposal.\n\n"
            "Di Kategori Perangkat Daerah, Juara I diraih SI MAPALUS (Sistem Informasi Manajemen Pasien Lunas) milik "
            "RSUD Sukamaju, sementara juara III ditempati Badan Keuangan Daerah dengan PAJAK DESA TERTIB. "
            "Puskesmas Kawangkoan tampil terbaik dengan SEHATI LANSIA.")
    assert names(nlp, text) == ["SI MAPALUS", "PAJAK DESA TERTIB", "SEHATI LANSIA"]


def test_a_body_dengan_a_name_outside_a_contest_story_is_no_entry(nlp):
    text = ("Rapat koordinasi digelar di aula kantor bupati. Penjurian lomba kebersihan berlangsung dua pekan. "
            "Juara III ditempati Badan Keuangan Daerah dengan Kepala Badan Budi Santoso.")
    assert names(nlp, text) == []


def test_a_pipe_table_of_winners_in_a_news_story(nlp):
    text = ("Krenova tahun ini diikuti 60 inovasi. Berikut daftar pemenang Krenova Kabupaten Sukamaju 2024:\n\n"
            "KATEGORI UMUM\n"
            "No | Judul Inovasi | Inovator | Peringkat\n"
            "1 | PAGARSURYA (Pengering Garam Tenaga Surya) | Sutrisno, Desa Raci | Juara I\n"
            '2 | Mesin Perajang Singkong "Rajang Cepat" | Kelompok Usaha Sido Makmur | Juara II\n'
            "3 | DEKGAR - Deteksi Kadar Garam Air Tambak | Tim Mahasiswa | Juara III\n")
    assert names(nlp, text) == ["PAGARSURYA", "Rajang Cepat", "DEKGAR"]


def test_a_lettered_list_of_places_then_their_entries_after_a_dash(nlp):
    text = ("Dari 86 inovasi yang didaftarkan, juri menetapkan enam nominator.\n\n"
            "Berikut daftar nominator yang diverifikasi:\n\n"
            "Kategori Kecamatan\n"
            "a. Kecamatan Dander - DANDER MELAYANI\n"
            "b. Kecamatan Kapas - KAPAS PEDULI (Kapas Peduli Anak Stunting)\n\n"
            "Kategori Desa\n"
            "a. Desa Mojo, Kecamatan Kalitidu - MORADI (Mojo Ramah Difabel)\n")
    assert owned(nlp, text) == [("DANDER MELAYANI", "Kecamatan Dander"), ("KAPAS PEDULI", "Kecamatan Kapas"),
                                ("MORADI", "Desa Mojo")]


def test_ranks_with_a_colon_inside_a_contest_storys_sentences(nlp):
    text = ("Malam Anugerah Inovasi Daerah 2024 digelar Pemkab Sukamaju, dan lomba inovasi tahun ini diikuti 58 "
            "inovasi.\n\nKATEGORI PUSKESMAS. Juara I: GERBANG GIZI, Puskesmas Batulicin. Juara II: KAPAL SEHAT, "
            "Puskesmas Sungai Loban.")
    assert names(nlp, text) == ["GERBANG GIZI", "KAPAL SEHAT"]
    # outside a contest story the same shape names nothing
    text = "Rapat evaluasi digelar di aula. Juara I: TIM MERAH, Kelurahan Baru. Juara II: TIM BIRU, Kelurahan Lama."
    assert names(nlp, text) == []


def test_numbered_names_heading_their_own_paragraphs(nlp):
    text = ("Pemkot Sukamaju tengah merampungkan pengisian Indeks Inovasi Daerah. Dari 97 inovasi, enam dinilai "
            "paling siap.\n\n"
            "1. DEPOK SIGAP\n"
            "Kepanjangannya Sistem Informasi Gawat Darurat Terpadu, milik Dinas Kesehatan yang menghubungkan panggilan "
            "darurat warga dengan ambulans.\n\n"
            "2. PASTI BAYAR\n"
            "Pasar Tertib Bayar Retribusi, besutan UPTD Pasar, membuat pedagang membayar retribusi harian lewat QRIS "
            "di dua pasar.\n")
    assert names(nlp, text)[:2] == ["DEPOK SIGAP", "PASTI BAYAR"]
    # a numbered heading over a paragraph in a story that never spoke of innovations is no name
    text = ("Rapat koordinasi membahas persiapan hari jadi kabupaten.\n\n1. Persiapan Upacara\nPanitia menyiapkan "
            "lapangan, pengeras suara dan barisan peserta sejak pagi hari agar semua berjalan tertib.\n")
    assert names(nlp, text) == []


def test_an_owner_unit_with_its_parent_body_does_not_end_the_list(nlp):
    text = ("Sebanyak 14 inovasi mendapat skor nol. Di antaranya LABLING ONLINE milik UPTD Laboratorium Lingkungan "
            "pada Dinas Lingkungan Hidup, KUDA GIGIT (Kunjungan Dokter Gigi ke Sekolah) milik UPT Puskesmas Guntung "
            "Payung, serta SAPA WARGA milik Kecamatan Tengah.")
    assert names(nlp, text) == ["LABLING ONLINE", "KUDA GIGIT", "SAPA WARGA"]


@pytest.mark.parametrize("text, expected", [
    # each item after "yakni" with its own owner, after a body that owns the first
    ("Kabupaten Tanjung Asri akan mereplikasi dua inovasi Pemkab Sumber Jaya, yakni SIDAK NIKAH (Sistem Data Akta "
     "Nikah) milik Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sumber Jaya, serta Gerobak Gizi atau Gerakan "
     "Obati Balita Kurang Gizi milik Dinas Kesehatan.", ["SIDAK NIKAH", "Gerobak Gizi"]),
    # an owner after "yang dijalankan" keeps the list going
    ("Tim belajar tiga inovasi, yaitu BERSERI (Bersama Sehat Tanpa Antre) yang dijalankan RSUD Tanjung Asri, "
     "Ambulans Dusun Siaga milik Dinas Kesehatan, dan Kartu Warga Datang dari Disdukcapil.",
     ["BERSERI", "Ambulans Dusun Siaga", "Kartu Warga Datang"]),
    # a long form that goes on after a comma to spell a word of the name is not two further items
    ("Inovasi pertama adalah LAPOR CEPAT atau Layanan Pengaduan Online Rakyat, Cepat dan Tepat milik Kecamatan "
     "Sungai Raya.", ["LAPOR CEPAT"]),
    # a KIPP story's proposals are its innovations
    ("Dari 20 usulan, 9 proposal dinyatakan siap. Di antaranya Dapur Gizi dari Dinkes, SIGAP IZIN dari DPMPTSP "
     "dan Kelas Ibu Keliling dari Puskesmas Kota.", ["Dapur Gizi", "SIGAP IZIN", "Kelas Ibu Keliling"]),
])
def test_list_items_with_their_own_owners(nlp, text, expected):
    assert names(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a prefix in lower case belongs to the name, with the capitalised words after it
    ("Tim meninjau UPT Puskesmas Kota yang menerapkan inovasi si BENING (Bersih Lingkungan Ibu dan Anak).",
     ["si BENING"]),
    ("Dari 20 usulan inovasi, 9 dinyatakan siap. Di antaranya si-Dapur Gizi dari Dinkes dan Ojek Akta dari Disdukcapil.",
     ["si-Dapur Gizi", "Ojek Akta"]),
    # a name with a technology prefix and its short name in brackets
    ("Peserta melihat contoh pengisian inovasi yang rapi, antara lain e-Lapor Jalan Rusak (ELJARU).", ["ELJARU"]),
    # after "Inovator", a prefixed name runs on over its capitalised words
    ("Inovator Si Jempol Bunda, bidan koordinator Puskesmas Kota, Rosmawati, mengatakan layanan itu membantu.",
     ["Si Jempol Bunda"]),
    # a speaker in apposition after her unit is no innovation
    ("Operator inovasi UPTD Puskesmas Cepu, Yuliana Kartikasari, mengaku terbantu dengan bimtek tersebut.", []),
])
def test_prefixes_and_appositions(nlp, text, expected):
    assert names(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the list's last item with its owner, past an item written in lower case
    ("Ia mencontohkan inovasi yang akan diperkuat, antara lain Jemput Bola Akta atau JEBOL AKTA milik Disdukcapil, "
     "aplikasi sipintar untuk pendataan guru di Dinas Pendidikan, serta Pasar Tani Online (PATRON) yang dikelola "
     "Dinas Ketahanan Pangan.", ["JEBOL AKTA", "PATRON"]),
    # a name after describing words, with the body it runs at after it
    ("Inovasi yang masuk Top 45 antara lain Dokter ke Kampung dari Dinas Kesehatan, serta layanan perizinan kilat "
     "One Hour Service di Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu.",
     ["Dokter ke Kampung", "One Hour Service"]),
    # a name after a comma followed by a verb is the next clause's subject, not the list's last item
    ("Ia mencontohkan inovasi seperti SIMPEL BUNDA milik Dinas Kesehatan dan aplikasi E-Meunasah dari Dinas Syariat "
     "Islam, Iqbal memperagakan cara mengisi profil.", ["SIMPEL BUNDA", "E-Meunasah"]),
    # an acronym's long form after a comma runs on over "dan" when only then it spells the acronym
    ("Camat mencontohkan inovasi di kecamatan. Ada KOPI SUSU, Konsultasi Pelayanan Izin Usaha dan Surat-Surat, di "
     "Kecamatan Manyar, dan Sapa Warga di Kecamatan Bungah.", ["KOPI SUSU", "Sapa Warga"]),
    # a prefixed name in Title case and its long form after a comma are one innovation
    ("Pemkab sudah punya beberapa inovasi yang bagus, misalnya Si Galuh, Sistem Informasi Gerbang Layanan Umum "
     "Harian, dan program Kampung Ngariksa.", ["Si Galuh", "Kampung Ngariksa"]),
    # the list's last name, then an aspect word or a prefixed verb going on with the clause
    ("Beberapa inovasi lama seperti Batik Mart Online, Kajen Bebas Sampah (KABES) dan Puskesmas Keliling Terapung "
     "akan diperbarui datanya.", ["Batik Mart Online", "KABES", "Puskesmas Keliling Terapung"]),
    ("Inovasi lain seperti Gerakan Bebas Sampah dan Sekolah Hijau diperbarui datanya tahun ini.",
     ["Gerakan Bebas Sampah", "Sekolah Hijau"]),
])
def test_list_items_past_lower_case_items_and_title_case_long_forms(nlp, text, expected):
    assert names(nlp, text) == expected


def test_a_name_in_capitals_heading_a_paragraph_that_opens_with_its_long_form(nlp):
    text = ("Kepala Bappeda menyebut sembilan inovasi andalan yang disiapkan untuk penilaian Indeks Inovasi Daerah.\n\n"
            "1. GEMA PUSAKA\n"
            "Gerakan Masyarakat Peduli Sungai dan Kawasan digagas Dinas Lingkungan Hidup bersama kelompok pemuda di "
            "sepanjang sungai.\n\n"
            "2. SIMANJA\n"
            "Sistem Informasi Manajemen Jalan dari Dinas Pekerjaan Umum memetakan kondisi jalan kabupaten secara "
            "berkala setiap bulan.\n")
    values, _ = extracted(nlp, text)
    assert [(i["name"], i["long_name"]) for i in values["innovations"]] == [
        ("GEMA PUSAKA", "Gerakan Masyarakat Peduli Sungai dan Kawasan"),   # not also "Masyarakat Peduli Sungai"
        ("SIMANJA", "Sistem Informasi Manajemen Jalan")]                   # the fewest words that spell it


def test_a_bodys_line_with_a_colon_lists_its_innovations(nlp):
    text = ("Inovasi yang dinilai berjalan baik, menurut hasil evaluasi, antara lain:\n\n"
            "Dinas Kesehatan: SI-GERAK (Siaga Gizi Remaja dan Anak) dan Posyandu Lansia Ceria\n"
            "Dinas Kependudukan dan Pencatatan Sipil: \"Dukcapil Goes to Pesantren\"\n"
            "Dinas Lingkungan Hidup: Bank Sampah Parsadaan\n")
    assert owned(nlp, text) == [("SI-GERAK", "Dinas Kesehatan"), ("Posyandu Lansia Ceria", "Dinas Kesehatan"),
                                ("Dukcapil Goes to Pesantren", "Dinas Kependudukan dan Pencatatan Sipil"),
                                ("Bank Sampah Parsadaan", "Dinas Lingkungan Hidup")]
    # a body's line with a colon outside an announced list names nothing
    assert names(nlp, "Rapat membahas anggaran.\n\nDinas Kesehatan: Anggaran Tahun Depan Naik\n") == []


@pytest.mark.parametrize("text, expected", [
    # an owner after "yang digagas" ends the item: the next one's long form does not reach back over it
    ("Lima inovasi yang divalidasi, yaitu Sekolah Lapang Kopi Arabika yang digagas Dinas Pertanian, SIBORU (Sistem "
     "Informasi Bumil Risiko Tinggi) dari UPT Puskesmas Siborongborong, serta aplikasi TARUTUNG SIGAP.",
     [("Sekolah Lapang Kopi Arabika", None), ("SIBORU", "Sistem Informasi Bumil Risiko Tinggi"), ("TARUTUNG SIGAP", None)]),
    # a prefixed name with a glottal stop's apostrophe, then what it is
    ("Kelima inovasi itu adalah Rumah Tunggu Kelahiran (RTK) dari UPTD Puskesmas Lahusa serta e-Ya'ahowu, aplikasi "
     "pengaduan warga yang dikembangkan Kantor Camat Teluk Dalam.",
     [("RTK", "Rumah Tunggu Kelahiran"), ("e-Ya'ahowu", None)]),
    # a long form after "atau" runs past "dan" when only then it spells the name
    ("Dinas Kependudukan meluncurkan FAHASARA atau Fasilitasi Hak Sipil Anak dan Remaja.",
     [("FAHASARA", "Fasilitasi Hak Sipil Anak dan Remaja")]),
    ("Dinas Kominfo meluncurkan SIMPEL atau Sistem Informasi Pelayanan dan Bupati meresmikannya.",
     [("SIMPEL", "Sistem Informasi Pelayanan")]),
    # an acronym, a comma and "yaitu"/"yakni" with the words that spell it
    ("Dinas Sosial menyampaikan SAHABAT, yaitu Sahabat Anak Harapan Bangsa Tangguh, yang menyasar sekolah.",
     [("SAHABAT", "Sahabat Anak Harapan Bangsa Tangguh")]),
    # ... or a dash ("KACAMATA – Kantor Camat Keliling": a long form, not a body)
    ("Juara III diraih Kecamatan Bulagi dengan inovasi KACAMATA – Kantor Camat Keliling Tanpa Batas.",
     [("KACAMATA", "Kantor Camat Keliling Tanpa Batas")]),
    # ... not a body named after a comma and "yakni", nor words that do not spell it
    ("Hadir pula BAPPEDA, yakni Badan Perencanaan Pembangunan Daerah, dalam rapat itu.", []),
    ("Rapat membahas RENSTRA, yakni Rencana Pembangunan Desa, bersama camat.", []),
])
def test_list_items_and_long_forms(nlp, text, expected):
    values, _ = extracted(nlp, text)
    assert [(i["name"], i["long_name"]) for i in values.get("innovations") or []] == expected


@pytest.mark.parametrize("text, agencies", [
    ("Juara III diraih Kecamatan Bulagi dengan inovasi KACAMATA – Kantor Camat Keliling Tanpa Batas.",
     ["Kecamatan Bulagi"]),
    # a dateline's city, a dash and the lead's first words are no acronym and its long form
    ("SIGI – Badan Perencanaan Pembangunan Daerah Kabupaten Sigi menggelar bimtek inovasi, Senin (3/6).",
     ["Badan Perencanaan Pembangunan Daerah Kabupaten Sigi"]),
])
def test_a_long_form_after_a_dash_is_no_body(nlp, text, agencies):
    values, _ = extracted(nlp, text)
    assert [a["name"] for a in values.get("agencies") or []] == agencies
    assert all(i["name"] != "SIGI" for i in values.get("innovations") or [])


@pytest.mark.parametrize("text", [
    # a year closes an event's theme, not an innovation's name
    'Sekda memimpin Rapat Ekspose Inovasi Perangkat Daerah bertajuk "Palas Berinovasi 2023" di aula Bappeda.',
    # national village-finance and regional-planning systems are no local innovation
    "Ia menegaskan aplikasi seperti Siskeudes dan SIPD tidak dihitung sebagai inovasi daerah.",
])
def test_event_themes_and_national_systems_are_no_innovations(nlp, text):
    assert names(nlp, text) == []


def test_a_prefixed_name_in_capitals_then_atau_and_its_long_form(nlp):
    text = ("Si-GESIT atau Sistem Gerak Cepat Stunting merupakan inovasi Dinas Kesehatan Kabupaten Sorong Selatan "
            "yang memetakan balita berisiko stunting.")
    values, _ = extracted(nlp, text)
    assert [(i["name"], i["long_name"]) for i in values["innovations"]] == [("Si-GESIT", "Sistem Gerak Cepat Stunting")]


@pytest.mark.parametrize("text, expected", [
    # a discourse word opening the sentence is no word of the name before its long form
    ("Dinas Perpustakaan punya dua inovasi. Adapun E-Pusbar (Elektronik Perpustakaan Pesisir Barat) merupakan "
     "aplikasi peminjaman buku digital.", [("E-Pusbar", "Elektronik Perpustakaan Pesisir Barat")]),
    # a competition's stage is no innovation
    ("Selanjutnya, inovator Top 45 akan mengikuti presentasi dan wawancara final di hadapan Tim Panel Independen.", []),
    # districts listed after a district word are places, not innovations; a village's innovations are innovations
    ("Pansus merekomendasikan agar layanan tersebut diperluas hingga ke kecamatan hulu seperti Tabang dan Kembang "
     "Janggut.", []),
    ("Banyak inovasi desa seperti Lumbung Pangan Warga dan Posyandu Remaja Ceria sudah berjalan.",
     [("Lumbung Pangan Warga", None), ("Posyandu Remaja Ceria", None)]),
])
def test_openers_stages_and_places_in_lists(nlp, text, expected):
    values, _ = extracted(nlp, text)
    assert [(i["name"], i["long_name"]) for i in values.get("innovations") or []] == expected


@pytest.mark.parametrize("text, expected", [
    # ", yang disingkat" defines the short name; the trigger before the long form is no word of it
    ("Inovasi Mama Sayang Bayi milik UPTD Puskesmas Leksula masuk Top 10 KIPP. Mama Sayang Bayi, yang disingkat MASABA, "
     "merupakan layanan kunjungan rumah.", [("MASABA", "Mama Sayang Bayi")]),
    ("Inovasi Mama Sayang Bayi atau disingkat MASABA milik UPTD Puskesmas Leksula masuk Top 10 KIPP.",
     [("MASABA", "Mama Sayang Bayi")]),
    ("Dinas Sosial meluncurkan Gerakan Orang Tua Asuh atau disingkat GOTA.", [("GOTA", "Gerakan Orang Tua Asuh")]),
    # a long form and its short name in brackets inside the quotes
    ('Dinas Kesehatan meluncurkan inovasi "Ambulans Motor Kampung (AMOK)" tahun lalu.',
     [("AMOK", "Ambulans Motor Kampung")]),
])
def test_short_names_defined_after_their_long_forms(nlp, text, expected):
    values, _ = extracted(nlp, text)
    assert [(i["name"], i["long_name"]) for i in values.get("innovations") or []] == expected


FINALISTS = """Adapun delapan finalis beserta inovasinya sebagai berikut:

1. Wulan Sari, S.Kep., perawat Puskesmas Cempaka – SAYANG IBU
2. Deden Mulyadi, S.E., Kasubbid Penagihan Bapenda – E-PAJAK Keliling
3. Rosita Dewi, S.IP., Sekretaris Kecamatan Sukasari – Sukasari Sigap Lansia (SIGAL)
4. Yogi Pratama, S.H., Satpol PP – RONDA MALAM PINTAR
5. Lina Marlina, S.Sos., Sekretaris Kelurahan Cibeber – BERES, kependekan dari Bersih Sehat Kelurahan"""


def test_each_finalists_body_before_the_dash_owns_the_innovation_and_acts():
    nlp = component_nlp("inovasi_agencies", "inovasi_officials", "inovasi_innovations")
    values, _ = extracted(nlp, FINALISTS)
    assert [(i["name"], i["agency"]) for i in values["innovations"]] == [
        ("SAYANG IBU", "Puskesmas Cempaka"), ("E-PAJAK Keliling", "Badan Pendapatan Daerah"),
        ("SIGAL", "Kecamatan Sukasari"), ("RONDA MALAM PINTAR", "Satuan Polisi Pamong Praja"),
        ("BERES", "Kelurahan Cibeber")]
    assert values["innovations"][4]["long_name"] == "Bersih Sehat Kelurahan"   # the line ends the long form
    assert {"Badan Pendapatan Daerah", "Kecamatan Sukasari"} <= {a["name"] for a in values["agencies"]}


def test_a_dash_outside_a_numbered_list_gives_no_owner():
    nlp = component_nlp("inovasi_agencies", "inovasi_officials", "inovasi_innovations")
    values, _ = extracted(nlp, "Juri juga mencatat peserta dari Puskesmas Cempaka – inovasi SAYANG IBU dinilai matang.")
    assert [(i["name"], i["agency"]) for i in values["innovations"]] == [("SAYANG IBU", None)]


@pytest.mark.parametrize("text, expected", [
    # a list's item that is the long form of the acronym after it
    ("Bappeda memperkenalkan sejumlah inovasi, serta Sistem Informasi Pemantauan Pembangunan (SIPP) untuk melaporkan "
     "progres.", ["SIPP"]),
    ("Bappeda memperkenalkan sejumlah inovasi dan Sistem Informasi Pemantauan Pembangunan (SIPP).", ["SIPP"]),
    # a national system in the same shape stays out
    ("Bimtek membahas IGA dan Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) di aula.", []),
])
def test_a_list_item_spelled_out_before_its_acronym(nlp, text, expected):
    assert names(nlp, text) == expected
