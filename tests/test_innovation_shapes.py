"""Innovation names in the shapes a fresh set of regional articles wrote them (issue 12): a name opening its clause in
apposition with its owner inside the apposition, a quoted name after what the service does, a long form holding "di"
before a hyphenated short name, a short name and its quoted long form after "alias"; and a national programme its
ministry rolls out, which is no innovation of the region. Sentences written for these tests."""
import pytest

from helpers import component_nlp, extracted


@pytest.fixture(scope="module")
def nlp():
    return component_nlp("inovasi_agencies", "inovasi_innovations")


def named(nlp, text):
    values, _ = extracted(nlp, text)
    return [(i["name"], i["long_name"]) for i in values.get("innovations") or []]


@pytest.mark.parametrize("text, expected", [
    # a name opening its clause, the apposition naming its owner
    ("Sementara Rumah Baca Pintar, program penyediaan buku bacaan di dusun terpencil milik Dinas Perpustakaan, "
     "terhenti karena anggaran.", [("Rumah Baca Pintar", None)]),
    # ... but an office holder in apposition is no name
    ("Sementara Kepala Dinas Sosial, pejabat baru milik Pemkab Kolaka, hadir.", []),
    # a quoted name after the words for what the service does
    ('Menurut dia, aplikasi itu melengkapi layanan jemput bola "Dukcapil Sapa Lansia" yang berjalan sejak 2021.',
     [("Dukcapil Sapa Lansia", None)]),
    # ... not a quoted phrase in lower case
    ('Ia mengikuti program pelatihan "bagi pemuda" di desa.', []),
    # a long form with "di" inside, then its short name with a hyphen
    ("Pemkab Kolaka meluncurkan aplikasi Sistem Layanan Kependudukan Mandiri di Desa atau SI-LAKDES.",
     [("SI-LAKDES", "Sistem Layanan Kependudukan Mandiri di Desa")]),
    # a national programme its ministry rolls out is none of the region's innovations
    ("Aplikasi ini disiapkan agar selaras dengan program Identitas Kependudukan Digital (IKD) yang digulirkan "
     "Kementerian Dalam Negeri.", []),
    # a name after "bernama" when the noun phrase before it is headed by an innovation word, however long
    ("Dinas PUPR meluncurkan aplikasi pelaporan jalan rusak bernama SIGAP JALAN.", [("SIGAP JALAN", None)]),
    ("Dinas Pariwisata membuat maskot aplikasi bernama Si Bolang.", []),
    # an award's title is no name
    ("Ronda Jentik dari UPTD Puskesmas Semanding memperoleh predikat Inovasi Terpuji.", []),
    # a name in apposition after "dari", its owner running it in the apposition's clause
    ("Rombongan ingin belajar dari Sapa Warga, sistem aduan berbasis pesan singkat yang dikelola Dinas Komunikasi "
     "dan Informatika Kota Ambon.", [("Sapa Warga", None)]),
    # a prefixed name of an online service
    ("RSUD Majenang telah menerapkan antrean daring e-ANTRI MAJENANG sehingga pasien tak perlu datang subuh.",
     [("e-ANTRI MAJENANG", None)]),
])
def test_names_in_apposition_quotes_and_long_forms(nlp, text, expected):
    assert named(nlp, text) == expected


def test_a_short_name_and_its_quoted_long_form_after_alias(nlp):
    text = ("Lomba Inovasi Daerah Kota Kolaka 2024 diikuti 31 inovasi. Juara pertama diraih Si-Cepat (Sistem "
            "Cepat Perizinan) milik DPMPTSP, sedangkan juara ketiga jatuh kepada BERKAH alias \"Bersih Kampung "
            "Hijau\" dari Kelurahan Lalombaa.")
    assert named(nlp, text) == [("Si-Cepat", "Sistem Cepat Perizinan"), ("BERKAH", "Bersih Kampung Hijau")]


def test_a_list_item_after_describing_words_quoted_or_with_a_clause(nlp):
    text = ("Sejumlah inovasi yang mendongkrak nilai Kabupaten Kolaka di antaranya Dokter Keliling Desa (Dolidesa) milik "
            'Dinas Kesehatan, layanan pengaduan "Sapa Warga", serta bank sampah digital Sampah Jadi Emas yang '
            "dijalankan di sejumlah desa.")
    assert named(nlp, text) == [("Dolidesa", "Dokter Keliling Desa"), ("Sapa Warga", None), ("Sampah Jadi Emas", None)]


def test_a_name_the_text_repeats_after_selain(nlp):
    text = ("Dapur Sehat Bersama Jadi Primadona Bursa Inovasi Desa\n\nWarga penasaran dengan Dapur Sehat Bersama, dapur "
            "umum desa yang menyiapkan makanan bergizi untuk balita. Kepala desa menuturkan Dapur Sehat Bersama lahir "
            "dari keprihatinan warga. Selain Dapur Sehat Bersama, Pemerintah Desa Lalolae juga memperkenalkan SIGAP atau "
            "Surat Instan Gampang Pakai.")
    assert ("Dapur Sehat Bersama", None) in named(nlp, text)


@pytest.mark.parametrize("text, expected", [
    # a name its regional owner holds, with no innovation word near, in a text about innovations
    ("Inovasi daerah terus bertambah. Di sinilah Sipakatau milik Dinas Sosial Kabupaten Kolaka ikut bekerja, "
     "mendaftarkan ibu hamil ke jaminan kesehatan.", [("Sipakatau", None)]),
    # ... but not a building, a sentence's capitalised first word, or a place
    ("Pameran inovasi digelar di Gedung Serbaguna milik Pemkab Kolaka. Mobil milik Dinas Kesehatan juga dipamerkan.",
     []),
    # a body of the speaker's own that has a name
    ("Pemkab punya banyak inovasi. Dinas Pertanian kita sudah punya Tani Bersatu, yang mempertemukan petani karet "
     "dengan pembeli.", [("Tani Bersatu", None)]),
    # a name its body moves
    ("Inovasi kesehatan makin banyak, misalnya Rumah Gizi Bunda yang digerakkan Dinas Kesehatan bersama kader.",
     [("Rumah Gizi Bunda", None)]),
    # a name the words after it call an innovation's
    ("Inovasi itu ramai dibicarakan. Ibu Sayang Anak, begitu nama inovasi puskesmas itu, mengajak para ibu hamil "
     "memeriksakan kandungan.", [("Ibu Sayang Anak", None)]),
    # an enumeration from "mulai dari" to "hingga" in a speech about innovations
    ('"Inovasi kita banyak. Mulai dari Tilik Lansia yang mendatangi lansia di rumahnya, Data Bansos Rapi untuk '
     'bantuan sosial, Tani Makmur Jaya untuk petani salak, sampai Mandiri Data Desa, semuanya lahir dari kerja OPD," '
     "ujarnya.", [("Tilik Lansia", None), ("Data Bansos Rapi", None), ("Tani Makmur Jaya", None),
                  ("Mandiri Data Desa", None)]),
    # ... and not one of places or bodies
    ("Inovasi itu menjangkau banyak wilayah, mulai dari Kecamatan Lalolae, Kecamatan Wundulako, hingga Kecamatan "
     "Pomalaa.", []),
])
def test_names_said_in_passing_with_their_owner_or_in_an_enumeration(nlp, text, expected):
    assert named(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a prefix run into a capital names a product, near a sentence about innovations
    ("Rapat evaluasi inovasi dimulai pukul 09.00. eSantun mendapat giliran pertama.", [("eSantun", None)]),
    # ... but not a company's device
    ("Rapat evaluasi inovasi dimulai pukul 09.00. Peserta memotret layar dengan iPhone.", []),
    # the second of an enumeration a few sentences after the first
    ("Kolaka akan mengadopsi dua inovasi. Gotong Sampah yang dikembangkan DLH Kota Kendari menjadi yang pertama. "
     "Warga satu lorong mengumpulkan sampah terpilah pada hari yang sama.\nYang kedua, Si Pasar, pasar daring untuk "
     "pedagang kecil.", [("Gotong Sampah", None), ("Si Pasar", None)]),
    # a body named as the manager of a name
    ("Rapat evaluasi inovasi digelar Senin. Diskominfo juga menjadi pengelola Data Kampung Terpadu.",
     [("Data Kampung Terpadu", None)]),
    ("Rapat evaluasi inovasi digelar Senin. Dinas PUPR sebagai pengelola Gedung Serbaguna ikut hadir.", []),
])
def test_prefixed_names_ordinals_and_managers(nlp, text, expected):
    assert named(nlp, text) == expected


def test_a_headlines_short_name_spelled_by_the_texts_long_name(nlp):
    text = ("Pemkab Kolaka Luncurkan GEMA SEHAT DESA, Sasar Ibu Hamil di Desa Terpencil\n\nKOLAKA – Pemerintah Kabupaten "
            "Kolaka meluncurkan Gerakan Masyarakat Sehat Desa di halaman Kantor Desa Lalolae, Kamis (23/1/2025).")
    assert named(nlp, text) == [("GEMA SEHAT DESA", "Gerakan Masyarakat Sehat Desa")]


@pytest.mark.parametrize("text, expected", [
    # a name whose stage the clause gives
    ("Kabid Riset dan Inovasi Bapperida Kolaka, Rini Oktaviani ST, menambahkan Kampung Nyaman Lalolae masih "
     "tertahan di tahap uji coba karena belum memiliki laporan evaluasi.", [("Kampung Nyaman Lalolae", None)]),
    ("Sipandu kini sudah memasuki tahap penerapan di seluruh kecamatan.", [("Sipandu", None)]),
    # ... not a body's or a place's
    ("Kecamatan Lalolae masih dalam tahap penerapan program itu.", []),
    # a channel in apposition, its maker named in the apposition
    ("Rombongan juga mendapat penjelasan tentang Sapa Warga Kita, kanal pengaduan warga yang dibangun Dinas "
     "Komunikasi dan Informatika Kota Kendari.", [("Sapa Warga Kita", None)]),
])
def test_stages_and_channels(nlp, text, expected):
    assert named(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name opening its clause, a description in lower case naming its regional owner or runner
    ("Inovasi kabupaten makin banyak. Papan Desa Pintar, papan informasi desa digital yang dikelola Dinas "
     "Pemberdayaan Masyarakat dan Desa, menampilkan penggunaan Dana Desa.", [("Papan Desa Pintar", None)]),
    ("Inovasi kabupaten makin banyak. SiNOTA, catatan kesehatan anak berbasis telepon genggam milik Dinas Kesehatan, "
     "sudah dipakai bidan desa.", [("SiNOTA", None)]),
    # ... not an office holder
    ("Inovasi kabupaten makin banyak. Kepala Dinas Sosial, pejabat yang dikelola Dinas Kesehatan, hadir.", []),
    # a position in a contest is a rank
    ("Lomba inovasi digelar pekan lalu. Posisi kedua diraih Musyawarah Daring Warga dari Bagian Tata Pemerintahan "
     "Setda Kabupaten Kolaka.", [("Musyawarah Daring Warga", None)]),
])
def test_described_and_owned_names_and_positions_in_a_contest(nlp, text, expected):
    assert named(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name in apposition with an innovation word and its owner, after a visit's verb or a pointing opener
    ("Tujuan mereka satu: melihat langsung Rumah Apung Sehat Lalolae, inovasi Dinas Kesehatan Kolaka yang lolos ke "
     "tahap Top 99 KIPP 2024.", [("Rumah Apung Sehat Lalolae", None)]),
    ("Itulah Perahu Baca Pintar, inovasi Dinas Perpustakaan dan Kearsipan Kolaka yang menyusuri desa-desa pesisir.",
     [("Perahu Baca Pintar", None)]),
    # ... not a person after "Menurut"
    ("Menurut Ria, inovasi Puskesmas Lalolae akan diusulkan mengikuti kompetisi tingkat kabupaten.", []),
    # a launch named by its noun
    ("Peluncuran Pawon Gizi Mbok Sarni di Balai Desa Lalolae ditandai pemukulan gong oleh Sekda.",
     [("Pawon Gizi Mbok Sarni", None)]),
])
def test_appositions_after_visits_and_launches_named_by_their_noun(nlp, text, expected):
    assert named(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a list its count sums up in apposition, whatever verb comes before it
    ("Pemkot tertarik membawa pulang Rumah Kopi Tani, SIGAP TANI dan e-Lapak Lintang, tiga inovasi Dinas Pertanian.",
     [("Rumah Kopi Tani", None), ("SIGAP TANI", None), ("e-Lapak Lintang", None)]),
    # ... not two places the count calls something else
    ("Warga mengenal Pasar Tani dan Bank Sampah, dua tempat yang ramai setiap pekan.", []),
    # one of the innovations just named, picked out after a partitive
    ("Bupati meluncurkan tujuh inovasi. Dari tujuh inovasi itu, Pompong Sekolah paling banyak dibicarakan tamu.",
     [("Pompong Sekolah", None)]),
    ("Dari seluruh inovasi yang dipamerkan, SIMOLEK paling ramai dikunjungi.", [("SIMOLEK", None)]),
    # ... not a body, a person or a part of another thing
    ("Dari tujuh inovasi itu, Dinas Kesehatan menyumbang tiga.", []),
    ("Dari sisi anggaran, Pompong Sekolah paling murah.", []),
    # a name introduced to visitors with what it does and who runs it
    ("Tim studi tiru mempelajari inovasi Kota Bontang. Rombongan juga diperkenalkan dengan Bang Kasim, mobil jemput "
     "pasien ke rumah sakit yang dioperasikan Dinas Sosial Kota Bontang.", [("Bang Kasim", None)]),
    # a name the text says people call it so, then who started it
    ("Bank sampah menjadi inovasi kelurahan. Jelantah Jadi Terang, begitu warga menyebutnya, dirintis Kelurahan "
     "Boribellaya bersama pengurus bank sampah.", [("Jelantah Jadi Terang", None)]),
    # ... not a place's nickname
    ("Pemkab punya banyak inovasi. Kampung Pelangi, begitu warga menyebutnya, kini ramai dikunjungi wisatawan.", []),
])
def test_counted_lists_partitives_introductions_and_callings(nlp, text, expected):
    assert named(nlp, text) == expected


def test_a_headline_winner_named_again_in_the_story():
    from pipeline import extract_text

    story = ("Paraingu Sehat Juarai Lomba Inovasi Daerah Sumba Timur 2023\n\nWAINGAPU – Paraingu Sehat, yang menjadikan "
             "rumah adat sebagai titik pelayanan kesehatan keliling, menyisihkan sembilan finalis lain dalam Lomba "
             "Inovasi Daerah, Kamis (9/11/2023).")
    assert [i.name for i in extract_text(story).innovations] == ["Paraingu Sehat"]
    # ... not a region, a body or a person that wins
    region = ("Maros Raih Predikat Sangat Inovatif\n\nMAROS – Pemerintah Kabupaten Maros meraih predikat sangat "
              "inovatif pada IGA 2023. Maros naik peringkat.")
    assert extract_text(region).innovations == []
    person = ("Andi Sutrisno Juarai Lomba Inovator Muda\n\nKOTA BARU – Andi Sutrisno, ASN Dinas Kesehatan, menjuarai "
              "lomba inovator muda. Andi Sutrisno menciptakan aplikasi SIGAP.")
    assert [i.name for i in extract_text(person).innovations] == ["SIGAP"]


@pytest.mark.parametrize("text, expected", [
    # a name opening its clause, then the verb of running it and its body
    ("Pemkot punya tiga inovasi. Sayang Wak dijalankan Dinas Sosial dengan melibatkan relawan di setiap kelurahan.",
     [("Sayang Wak", None)]),
    ("Pemkot punya tiga inovasi. Sementara OPERA Sekolah dikelola Dinas Pendidikan dengan menyewa perahu nelayan.",
     [("OPERA Sekolah", None)]),
    # ... not an event held by a body, nor a market it runs
    ("Pemkot punya tiga inovasi. Lomba Inovasi Daerah dilaksanakan Bappeda setiap tahun.", []),
    ("Pemkot punya tiga inovasi. Pasar Rakyat dikelola Dinas Perdagangan.", []),
    # a name joined by "dan" to an innovation the text has named
    ("Bupati meluncurkan aplikasi SI-PALA, Senin. Ia juga meminta Bappeda mencatat SI-PALA dan Mata Rumah Sehat "
     "sebagai bahan pengisian Indeks Inovasi Daerah tahun ini.", [("SI-PALA", None), ("Mata Rumah Sehat", None)]),
    # ... not a body, a person or a place beside it
    ("Bupati meluncurkan aplikasi SI-PALA, Senin. Warga menyambut SI-PALA dan Bupati Andi Sutrisno.",
     [("SI-PALA", None)]),
    ("Bupati meluncurkan aplikasi SI-PALA, Senin. SI-PALA dan Kairatu menjadi perhatian.", [("SI-PALA", None)]),
])
def test_names_run_by_a_body_and_names_beside_a_known_one(nlp, text, expected):
    assert named(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # "Si" run into a capital, near talk of innovations, is a name's prefix
    ("Sosialisasi inovasi pengelolaan sampah digelar dinas. SiPakabaji mencatat setiap rit truk dan berat muatan.",
     [("SiPakabaji", None)]),
    # ... not the budget surplus written the same way, nor a surname
    ("Inovasi daerah dibahas. SiLPA tahun lalu mencapai Rp 20 miliar.", []),
    ("Inovasi daerah dibahas. Pak Sitorus menjelaskan program itu.", []),
])
def test_a_si_prefix_run_into_a_capital(nlp, text, expected):
    assert named(nlp, text) == expected
