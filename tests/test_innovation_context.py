"""Innovations named by their context rather than a trigger right before them (issue 12): a name before
"merupakan/menjadi/sebagai inovasi", a long form and its acronym as the object of "meluncurkan"/"melalui",
bodies in parentheses after listed names, semicolon lists, "Salah satunya adalah X". Sentences written
for these tests in the style of regional news."""
import pytest

from helpers import component_nlp, extracted


@pytest.fixture(scope="module")
def nlp():
    return component_nlp("inovasi_agencies", "inovasi_innovations")


def run(nlp, text):
    values, evidence = extracted(nlp, text)
    return values.get("innovations") or [], values.get("agencies") or [], evidence


def names(items):
    return [i["name"] for i in items]


@pytest.mark.parametrize("text, expected", [
    ("Bupati menjelaskan, LUMBUNG DESA merupakan inovasi Dinas Ketahanan Pangan untuk menjaga stok beras.",
     "LUMBUNG DESA"),
    ("Lurah Sidomakmur mengatakan, Kampung Siaga Banjir menjadi inovasi unggulan kelurahan tahun ini.",
     "Kampung Siaga Banjir"),
    ("Wali Kota meresmikan Rumah Kreatif Pemuda sebagai program untuk menumbuhkan wirausaha muda.",
     "Rumah Kreatif Pemuda"),
    ("Menurutnya, “Sapa Lansia” merupakan salah satu inovasi yang paling diminati warga.", "Sapa Lansia"),
    # (a capital inside makes a one-word name at the sentence's start one; "SiMolek" is read by its prefix first)
    ("PasarKu adalah aplikasi yang dibangun Diskominfo untuk pedagang pasar.", "PasarKu"),
])
def test_name_before_copula_and_innovation_word(nlp, text, expected):
    items, _, evidence = run(nlp, text)
    assert names(items) == [expected]
    ev = next(e for e in evidence if e["field"] == "innovations[0].name")
    assert ev["method"] == "rule:innovation:predicative"
    assert expected in text[ev["start"]:ev["end"]]


@pytest.mark.parametrize("text", [
    "Kabupaten Tanah Merah menjadi salah satu daerah dengan inovasi terbanyak di provinsi ini.",
    "Hasilnya menjadi program prioritas pemerintah daerah tahun depan.",
    "Dinas Kesehatan merupakan salah satu perangkat daerah yang paling banyak mengusulkan inovasi.",
    "Bupati Tanah Merah adalah inovator yang gigih memperjuangkan pelayanan publik.",
    "Indeks Inovasi Daerah merupakan program Kementerian Dalam Negeri untuk mengukur inovasi.",
    "Ahmad Fauzan menjadi salah satu narasumber program inovasi tersebut.",
    "Tahun Ini menjadi program evaluasi inovasi bagi seluruh perangkat daerah.",
    # bodies or people listed before a copula
    "Dinas Kesehatan dan Puskesmas Sukamaju merupakan dua pelaksana program tersebut.",
    "Bupati Tanah Merah dan Wakil Bupati merupakan inovator yang gigih di daerahnya.",
    # a national programme before "yang digagas": after "program nasional", or a national agency made it
    "Pameran inovasi daerah digelar. Pengunjung melihat menu program nasional Gizi Anak Sehat Bersama (GASB) "
    "yang digagas Dinas Kesehatan.",
    "Pameran inovasi daerah digelar. Pengunjung melihat Gizi Anak Sehat Bersama (GASB) yang digagas BKKBN.",
    # a place a body runs
    "Kampung itu punya dua inovasi. Pasar Sentral Sawa dikelola Dinas Perdagangan sejak 2010.",
    "Kampung itu punya dua inovasi. Gedung Serbaguna Kampung dikelola Pemerintah Kampung Sawa.",
    "Pasar Sentral Sawa dikelola Dinas Perdagangan sejak 2010.",
])
def test_copula_negatives(nlp, text):   # (and before a verb of making it)
    items, _, _ = run(nlp, text)
    assert items == []


@pytest.mark.parametrize("text, name, long_name", [
    ("Tahun ini, Dinas Koperasi meluncurkan Kredit Usaha Rakyat Daerah (KURDA) sebagai inovasi pembiayaan pelaku usaha "
     "kecil.", "KURDA", "Kredit Usaha Rakyat Daerah"),
    # ... and before "yang digagas" and the body that made it
    ("Kartu Nelayan Mandiri (KNM) yang digagas Dinas Perikanan Kabupaten Tanah Merah telah dibagikan kepada 2.000 "
     "nelayan.", "KNM", "Kartu Nelayan Mandiri"),
])
def test_long_form_and_acronym_as_object(nlp, text, name, long_name):
    items, _, _ = run(nlp, text)
    assert names(items) == [name]
    assert items[0]["long_name"] == long_name


@pytest.mark.parametrize("text", [
    "Melalui Bimbingan Teknis (Bimtek) tersebut, peserta diharapkan mampu menyusun proposal inovasi.",
    "Pemkab meluncurkan Usaha Mikro Kecil dan Menengah (UMKM) Center sebagai pusat inovasi ekonomi.",
    "Kemendagri melalui Badan Strategi Kebijakan Dalam Negeri (BSKDN) terus mendorong inovasi daerah.",
    "Penilaian dilakukan melalui Jaringan Inovasi Pelayanan Publik Provinsi (JIPP) tahun ini.",
])
def test_object_long_form_negatives(nlp, text):
    items, _, _ = run(nlp, text)
    assert items == []


def test_bodies_in_parentheses_after_listed_names(nlp):
    items, agencies, _ = run(nlp, "Inovasi yang dilaporkan antara lain Si Pintar (Dinas Pendidikan), Posyandu Remaja "
                                  "(Dinas Kesehatan) dan Kampung KB Digital (DP2KB).")
    assert names(items) == ["Si Pintar", "Posyandu Remaja", "Kampung KB Digital"]
    assert [i["agency"] for i in items] == ["Dinas Pendidikan", "Dinas Kesehatan",
                                            "Dinas Pengendalian Penduduk dan Keluarga Berencana"]
    # owning an innovation is acting (ANNOTATION rule 7)
    assert [a["name"] for a in agencies] == ["Dinas Pendidikan", "Dinas Kesehatan",
                                             "Dinas Pengendalian Penduduk dan Keluarga Berencana"]


def test_semicolon_list_after_colon(nlp):
    items, _, _ = run(nlp, "Adapun inovasi yang dinilai meliputi: Sapa Warga; Rumah Singgah Pasien; serta Ojek Sampah.")
    assert names(items) == ["Sapa Warga", "Rumah Singgah Pasien", "Ojek Sampah"]


def test_semicolons_outside_a_list_do_not_chain(nlp):
    items, _, _ = run(nlp, "Bupati meluncurkan aplikasi Sapa Warga; Kepala Dinas Sosial hadir.")
    assert names(items) == ["Sapa Warga"]


def test_back_reference_to_previous_sentence(nlp):
    items, _, _ = run(nlp, "Pemkab Tanah Merah memamerkan sejumlah inovasi pada pameran itu. Salah satunya adalah "
                           "Griya Sehat Lansia yang berada di Kelurahan Suka Damai.")
    assert names(items) == ["Griya Sehat Lansia"]


def test_back_reference_needs_innovations_before(nlp):
    items, _, _ = run(nlp, "Pemkab Tanah Merah menyiapkan sejumlah lokasi wisata. Salah satunya adalah "
                           "Pantai Pasir Putih yang berada di Kecamatan Barat.")
    assert items == []


def test_comma_inside_a_body_name_is_not_a_listed_innovation(nlp):
    items, agencies, _ = run(nlp, "Adapun inovasi yang masuk 10 besar yaitu Lontar Digital dari Dinas Kearsipan, "
                                  "Rumah Baca Ceria dari Kecamatan Barat, dan Si Pelita dari RSUD Tanah Merah.")
    assert names(items) == ["Lontar Digital", "Rumah Baca Ceria", "Si Pelita"]
    assert "Dinas Kearsipan" in [a["name"] for a in agencies]
    assert not any("Rumah Baca" in a["name"] for a in agencies)


def test_comma_inside_a_body_name_still_joins_fields(nlp):
    _, agencies, _ = run(nlp, "Badan Perencanaan, Penelitian dan Pengembangan Daerah menggelar lomba inovasi.")
    assert [a["name"] for a in agencies] == ["Badan Perencanaan, Penelitian dan Pengembangan Daerah"]


@pytest.mark.parametrize("text, expected", [
    ("Aplikasi yang dikenal dengan sebutan SiPeka ini dikembangkan sejak 2020.", ["SiPeka"]),
    ("Salah satu inovasi yang ditampilkan ialah Klinik Konsultasi Hukum Gratis milik Bagian Hukum Setda.",
     ["Klinik Konsultasi Hukum Gratis"]),
])
def test_more_naming_words(nlp, text, expected):
    assert names(run(nlp, text)[0]) == expected


def test_sebutan_needs_an_innovation_word(nlp):
    assert run(nlp, "Warga yang dikenal dengan sebutan Pak Haji Ujang itu ramah.")[0] == []


def test_bodies_with_their_innovations_in_one_sentence(nlp):
    items, _, _ = run(nlp, "Selain itu, inovasi dari Dinas Kesehatan yaitu Posyandu Digital, dari Dinas Pendidikan "
                           "yaitu Kelas Inspirasi, dan dari Kecamatan Utara yaitu Kampung Tertib.")
    assert [(i["name"], i["agency"]) for i in items] == [
        ("Posyandu Digital", "Dinas Kesehatan"), ("Kelas Inspirasi", "Dinas Pendidikan"),
        ("Kampung Tertib", "Kecamatan Utara")]


def test_abbreviated_body_before_dengan_inovasi_owns_it(nlp):
    items, _, _ = run(nlp, "Para kepala perangkat daerah memaparkan ide inovasinya. Dinas Perhubungan dengan inovasi "
                           "Bus Sekolah Gratis, sedangkan Bapenda dengan inovasi Pajak Keliling.")
    assert [(i["name"], i["agency"]) for i in items] == [
        ("Bus Sekolah Gratis", "Dinas Perhubungan"), ("Pajak Keliling", "Badan Pendapatan Daerah")]


def test_office_holder_is_not_a_bodys_innovation(nlp):
    assert run(nlp, "Inovasi itu dipaparkan oleh Kepala Dinas Kesehatan yaitu Budi Santoso di hadapan tim penilai.")[0] == []


def test_unnumbered_lines_under_an_announcement(nlp):
    items, _, _ = run(nlp, "Berikut tiga inovasi Kabupaten Sukamaju yang masuk penilaian:\n"
                           "Si Cantik – Dinas Kependudukan dan Pencatatan Sipil\nLapak Tani – Dinas Pertanian\n"
                           "Pojok Baca Desa (Dinas Perpustakaan)\n\nPenilaian berlangsung hingga akhir bulan.")
    assert [(i["name"], i["agency"]) for i in items] == [
        ("Si Cantik", "Dinas Kependudukan dan Pencatatan Sipil"), ("Lapak Tani", "Dinas Pertanian"),
        ("Pojok Baca Desa", "Dinas Perpustakaan")]


def test_unnumbered_lines_need_an_announcement(nlp):
    items, _, _ = run(nlp, "Jadwal kegiatan hari ini:\nPembukaan – Bupati Sukamaju\nPaparan – Kepala Bappeda\n")
    assert items == []


@pytest.mark.parametrize("text, expected", [
    ("Ia menambahkan, aplikasi Lapor Pak Bupati kini telah diunduh lebih dari 10 ribu kali.", "Lapor Pak Bupati"),
    ("Inovasi PAK BUPATI (Pelayanan Administrasi Kependudukan Bersama Perangkat Desa) diapresiasi juri.", "PAK BUPATI"),
    ("Pemkab juga menghadirkan layanan Call Center 112 yang aktif 24 jam.", "Call Center 112"),
    ("Aplikasi SIPANDU 2.0 diluncurkan untuk menggantikan versi sebelumnya.", "SIPANDU 2.0"),
    ("Inovasi Gerbang 5 Menit memangkas waktu pelayanan akta.", "Gerbang 5 Menit"),
])
def test_honorifics_and_numbers_inside_names(nlp, text, expected):
    assert names(run(nlp, text)[0]) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Inovasi SIGAP 3 tahun terakhir terus dikembangkan.", ["SIGAP"]),
    ("Aplikasi Simpel 2024 diluncurkan bersamaan dengan hari jadi kabupaten.", ["Simpel"]),
    ("Hadir dalam peluncuran inovasi Bapak Bupati Maros dan jajaran.", []),
    ("Inovasi itu dipaparkan langsung oleh Pak Camat di depan tim penilai.", []),
])
def test_counts_years_and_people_are_not_name_words(nlp, text, expected):
    assert names(run(nlp, text)[0]) == expected


def test_apposition_after_a_launch_verb(nlp):
    items, _, _ = run(nlp, "Wali Kota Tanjung Harapan meluncurkan WA KEPO, layanan pengaduan warga melalui pesan singkat.")
    assert names(items) == ["WA KEPO"]


@pytest.mark.parametrize("text", [
    "Menurut Rahmat, program itu sesuai dengan rencana pembangunan daerah.",
    "Peserta terdiri dari Dewi Lestari, SE (Kabid Pembangunan, Inovasi, dan Teknologi) dan staf.",
    "Dalam kesempatan itu, Bupati Tanah Merah, program tersebut dipaparkan kepada warga.",
])
def test_apposition_negatives(nlp, text):
    assert run(nlp, text)[0] == []


def test_smart_names_but_not_the_smart_city_framework(nlp):
    items, _, _ = run(nlp, "Pemkab menandatangani adopsi inovasi Smart Kampung dan menyiapkan program Smart City.")
    assert names(items) == ["Smart Kampung"]


@pytest.mark.parametrize("text", [
    "Urgensi itu membuat layanan 4G LTE dikomersialisasi, sementara layanan 3G belum merata.",
    "Operator yang sudah merilis layanan 4G antara lain Telkomsel, XL Axiata, Indosat Ooredoo, dan Smartfren.",
    "Pertumbuhan ini akan memunculkan banyak layanan over the top (OTT) di dalam negeri.",
])
def test_network_terms_and_operators_are_not_innovations(nlp, text):
    assert run(nlp, text)[0] == []


@pytest.mark.parametrize("text, expected", [
    ("Inovasi yang diusulkan Kabupaten Gowa tahun ini berjumlah 12, termasuk Sekolah Pagi dan Si Manis.",
     ["Sekolah Pagi", "Si Manis"]),
    ("Inovasi ini, kata dia, sudah diterapkan sejak 2021 dengan nama Kartu Gowa Sehat.", ["Kartu Gowa Sehat"]),
])
def test_innovation_word_further_back_in_the_sentence(nlp, text, expected):
    assert names(run(nlp, text)[0]) == expected


def test_indicators_listed_after_an_innovation_word_are_not_innovations(nlp):
    text = ("Setiap inovasi harus dilengkapi indikatornya minimal lima, yaitu Regulasi Inovasi Daerah, "
            "Ketersediaan SDM Inovasi, dan Kualitas Inovasi Daerah.")
    assert run(nlp, text)[0] == []


def test_scope_word_before_a_modifier(nlp):
    items, _, _ = run(nlp, "Pemerintah desa mengembangkan inovasi desa berupa Lumbung Pangan Mandiri tahun ini.")
    assert names(items) == ["Lumbung Pangan Mandiri"]


def test_scope_word_alone_names_a_place(nlp):
    assert run(nlp, "Tim penilai mengunjungi lokasi inovasi desa Sukamaju di Kecamatan Barat.")[0] == []


def test_region_names_in_a_list_are_places(nlp):
    text = "Kami akan meluncurkan layanan baru di lima kota, antara lain Makassar, Bandung, Denpasar dan Batam."
    assert run(nlp, text)[0] == []


def test_an_acronym_that_spells_a_place_can_still_be_a_name(nlp):
    items, _, _ = run(nlp, "Dinas Sosial meluncurkan aplikasi MAROS (Masyarakat Rukun Sejahtera) bagi warga.")
    assert names(items) == ["MAROS"]


@pytest.mark.parametrize("text, expected", [
    # apposition after a verb: "X, aplikasi yang ..."
    ("Di stan itu, petugas memperagakan Tani Pintar, aplikasi yang memberi peringatan dini serangan hama.",
     ["Tani Pintar"]),
    # "X, yakni layanan ..." after a preposition
    ("Pengunjung diperkenalkan pada Rantang Lansia, yakni layanan pengantaran makanan bergizi bagi lansia.",
     ["Rantang Lansia"]),
    # a person after a speech verb is no innovation
    ("Hal itu disampaikan Budi Santoso, program yang dijalankan sejak 2021 sudah menjangkau 300 keluarga.", []),
    # a name at the sentence's start and a comma: no verb before it
    ("Sungai Raya, program yang dulu hanya di satu desa, kini diperluas.", []),
    # a bare comma without "yang": a list, not an apposition
    ("Rombongan mengunjungi Taman Kota, layanan perpustakaan dan pasar rakyat.", []),
    # a few words of what it does before "yang"
    ("Peserta diajak meninjau Dapur Gizi Keliling, layanan pengolahan makanan tambahan balita yang dibawa kader.",
     ["Dapur Gizi Keliling"]),
    # ... but not across a clause: the relative clause must follow the description
    ("Rombongan mengunjungi Taman Kota, layanan perpustakaan, dan pasar rakyat yang ramai.", []),
])
def test_apposition_after_a_verb_or_preposition(nlp, text, expected):
    items, _, _ = run(nlp, text)
    assert names(items) == expected


@pytest.mark.parametrize("text, expected", [
    ("Inovasi Gebyar Sabtu Ceria milik Dinas Kesehatan masuk Top 45 tahun ini.", ["Gebyar Sabtu Ceria"]),
    # a weekday before a date ends the name
    ("Bupati meluncurkan aplikasi SIGAP Kamis (6/2/2025) di pendopo.", ["SIGAP"]),
    # the trigger word opening a long form after "kepanjangan dari" names no second innovation
    ("Inovasi RASA SAYANG, kepanjangan dari Gerakan Bersama Sayangi Anak, berjalan sejak 2021.", ["RASA SAYANG"]),
])
def test_weekday_inside_a_name_and_a_trigger_inside_a_long_form(nlp, text, expected):
    items, _, _ = run(nlp, text)
    assert names(items) == expected


@pytest.mark.parametrize("text, expected", [
    ("Yang kedua adalah layanan pengaduan KLIK DESA (Kanal Layanan Informasi dan Keluhan Desa) bagi warga.",
     ["KLIK DESA"]),
    ("Dinas itu juga menyiapkan aplikasi perizinan SIMPATIK untuk pelaku usaha.", ["SIMPATIK"]),
    # a national platform, a body, or a described body is no innovation
    ("Data dimasukkan ke aplikasi perencanaan SIPD setiap bulan.", []),
    ("Warga bisa memakai layanan kesehatan BPJS di puskesmas.", []),
    ("Sekda menghadiri program kerja DPRD tahun ini.", []),
])
def test_lowercase_words_between_a_trigger_and_a_name_in_capitals(nlp, text, expected):
    items, _, _ = run(nlp, text)
    assert names(items) == expected


ENUMERATION = ("Pemkot meluncurkan tiga layanan digital baru. Layanan pertama bernama WARGA DALAM GENGGAMAN, sebuah "
               "superapp warga. Kedua, layanan Lapor Cepat Pak Wali yang wajib ditindaklanjuti OPD. Setiap laporan "
               "dijawab dalam tiga hari. Ketiga, Parkir Pintar, sistem pembayaran parkir tanpa uang tunai.")


def test_an_enumeration_of_innovations_goes_on_over_sentences(nlp):
    items, _, _ = run(nlp, ENUMERATION)
    assert names(items) == ["WARGA DALAM GENGGAMAN", "Lapor Cepat Pak Wali", "Parkir Pintar"]


def test_an_ordinal_after_an_enumeration_that_names_a_person_or_a_point(nlp):
    text = ENUMERATION + " Setiap juru parkir dibekali kartu. Keempat, Budi Santoso, Kepala Dinas Perhubungan, hadir."
    items, _, _ = run(nlp, text)
    assert "Budi Santoso" not in names(items)
    text = ENUMERATION.replace("Ketiga, Parkir Pintar, sistem", "Ketiga, Wali Kota meminta sistem")
    items, _, _ = run(nlp, text)
    assert names(items) == ["WARGA DALAM GENGGAMAN", "Lapor Cepat Pak Wali"]


def test_a_region_with_a_national_programme_is_no_innovation(nlp):
    items, _, _ = run(nlp, "Ketiga inovasi ini mendukung program Pekanbaru Smart City yang dicanangkan wali kota.")
    assert names(items) == []


@pytest.mark.parametrize("text, expected", [
    # a list after a colon in a sentence about innovations
    ("Bupati menyebut tiga inovasi yang paling diperhitungkan juri: Gerbang Sehat Desa, Kebun Pangan Sekolah dan "
     "Sekolah Lapang Iklim.", ["Gerbang Sehat Desa", "Kebun Pangan Sekolah", "Sekolah Lapang Iklim"]),
    # one name after a colon is no list; a colon after a speaker is no list
    ("Inovasi terbaik tahun ini: Bupati Sumber Jaya menyerahkan piagam.", []),
    ("Ada tiga inovasi unggulan: Pertama, Kedua dan Ketiga disampaikan Bupati.", []),
    # a region's innovation in a comparison
    ("Kota Metro unggul lewat inovasi Metro Bebas Banjir, sedangkan Pringsewu dengan Sekolah Perempuan Desa.",
     ["Metro Bebas Banjir", "Sekolah Perempuan Desa"]),
    # "ada X yang ..." after a sentence about innovations
    ("Gubernur mencontohkan beberapa inovasi yang bermanfaat. Di Kabupaten Poso ada Sekolah Damai yang mempertemukan "
     "pelajar dari berbagai agama.", ["Sekolah Damai"]),
    # ... and not without one
    ("Rombongan tiba di pelabuhan. Di sana ada Kapal Motor Sinar yang sudah menunggu.", []),
    # "adalah gerakan ..." as a predicate
    ("Gerbang Desa Sehat adalah gerakan yang menempatkan satu tenaga kesehatan di setiap desa.", ["Gerbang Desa Sehat"]),
])
def test_names_without_a_trigger_right_before_them(nlp, text, expected):
    items, _, _ = run(nlp, text)
    assert names(items) == expected


@pytest.mark.parametrize("text, expected", [
    ("Bagian Organisasi menggelar sosialisasi Sistem Informasi Inovasi Daerah kepada perangkat daerah.", []),
    ("Warga diajak mendukung Gerakan Tanam Pohon Serentak yang digagas Dinas Lingkungan Hidup.",
     ["Gerakan Tanam Pohon Serentak"]),
    # a name in capitals after the capitalised trigger is still read alone
    ("Bupati meluncurkan Sistem SIGAP untuk pelaporan bencana.", ["SIGAP"]),
    # the trigger opening a long form keeps its acronym
    ("Dinas itu mengembangkan Sistem Informasi Rujukan Terpadu (SIRUT) sejak 2022.", ["SIRUT"]),
])
def test_a_capitalised_trigger_opening_a_title(nlp, text, expected):
    items, _, _ = run(nlp, text)
    assert names(items) == expected


@pytest.mark.parametrize("text, expected", [
    ("Pemkab Sumber Jaya menampilkan inovasi Kapal Sehat. Sementara Dinas Kesehatan memamerkan TARUNA SEHAT MANDIRI "
     "dan Posyandu Pesisir.", ["Kapal Sehat", "TARUNA SEHAT MANDIRI", "Posyandu Pesisir"]),
    # a person holding the body's office presents, and no sentence about innovations: nothing
    ("Kepala Dinas Kesehatan memaparkan Rencana Strategis dan Laporan Kinerja tahun lalu.", []),
    ("Dinas Pariwisata menampilkan Tari Jaipong dan Pencak Silat di panggung utama.", []),
])
def test_a_body_shows_names_next_to_a_sentence_about_innovations(nlp, text, expected):
    items, _, _ = run(nlp, text)
    assert names(items) == expected


@pytest.mark.parametrize("text, expected", [
    ("Rombongan juga mempelajari Kampung Siaga Gizi yang dikembangkan di Kelurahan Sukamaju. Program ini melibatkan "
     "tokoh agama.", ["Kampung Siaga Gizi"]),
    ("Pemkab memaparkan sejumlah inovasi. Rumah Singgah Pasien yang digagas RSUD itu paling diminati.",
     ["Rumah Singgah Pasien"]),
    # no story about innovations around it: a place
    ("Rombongan meninjau Kawasan Industri Terpadu yang dikembangkan sejak 2019. Kawasan ini menyerap 5.000 pekerja.", []),
    # places after a preposition or opening with a venue word
    ("Inovasi daerah dibahas di rapat yang digelar di Hotel Grand Mutiara yang dikembangkan investor lokal.", []),
    ("Program inovasi itu diluncurkan kemarin. Bupati berkunjung ke Pasar Baru Sukamaju yang dikembangkan pemkab.", []),
])
def test_a_name_before_yang_and_a_verb_of_creating(nlp, text, expected):
    items, _, _ = run(nlp, text)
    assert names(items) == expected


@pytest.mark.parametrize("text, expected", [
    ("Dinas Kesehatan punya inovasi baru. Namanya Si Cepat Sehat, layanan antar obat bagi lansia.", ["Si Cepat Sehat"]),
    ("Pemkab meluncurkan layanan jemput bola yang diberi label SAPA WARGA.", ["SAPA WARGA"]),
    ("Warga memuji inovasi Dinas Kesehatan, Si Sehat, yang melayani lansia di rumah.", ["Si Sehat"]),
    # "namanya" after a person, a body's name in apposition without a closing comma
    ("Seorang warga datang ke kantor desa. Namanya Budi Santoso, petani dari dusun sebelah.", []),
    ("Bupati memuji inovasi Dinas Kesehatan, Puskesmas dan rumah sakit.", []),
])
def test_names_after_namanya_label_and_a_body_in_apposition(nlp, text, expected):
    items, _, _ = run(nlp, text)
    assert names(items) == expected


@pytest.mark.parametrize("text, expected", [
    ("Bupati memuji inovasi desa. Ketiga, Rahmat Hidayat, Kepala Desa Sukamaju, menyampaikan laporan.", []),
    ("Pemkab memamerkan 30 inovasi. Dinas Pariwisata juga menampilkan Tari Saman dan Rapai Geleng.", []),
    # a name in capitals before an office word stays ("SIGAP, Kepala Dinas mengatakan, ...")
    ("Bupati meluncurkan aplikasi SIGAP. Terkait aplikasi SIGAP, Kepala Dinas mengatakan datanya harian.", ["SIGAP"]),
])
def test_people_and_shows_next_to_innovations(nlp, text, expected):
    items, _, _ = run(nlp, text)
    assert names(items) == expected


@pytest.mark.parametrize("text, expected", [
    # a body runs or brings a name within three sentences of a sentence about innovations
    ("Tahun ini terdapat 58 inovasi daerah yang diinput ke sistem. Dinas Pertanian misalnya, menghadirkan Klinik Tani "
     "Keliling bagi petani. Sementara Puskesmas Tanjung Selor menjalankan Posbindu Keliling di bantaran sungai.",
     ["Klinik Tani Keliling", "Posbindu Keliling"]),
    ("Perangkat daerah diminta terus melahirkan inovasi. Di bidang pendidikan, Dinas Pendidikan menggulirkan Ayo Sekolah "
     "Lagi sejak 2021.", ["Ayo Sekolah Lagi"]),
    # no sentence about innovations near it: a body building something is no innovation
    ("Dinas Pertanian menghadirkan Pasar Tani Minggu di halaman kantor. Pasar itu buka setiap pekan.", []),
    # showing (not launching) still needs the sentence right before it
    ("Pemkab mengirim 30 inovasi ke provinsi. Lomba berlangsung tiga hari. Panggung hiburan ramai. Dinas Pariwisata "
     "menampilkan Tari Jaipong.", []),
])
def test_a_body_launches_or_runs_names_in_a_story_about_innovations(nlp, text, expected):
    items, _, _ = run(nlp, text)
    assert names(items) == expected


@pytest.mark.parametrize("text, expected", [
    ("Tahun ini Pemkab mengusulkan 40 inovasi. Warga tak perlu lagi ke kecamatan berkat hadirnya Gerai Adminduk Desa.",
     ["Gerai Adminduk Desa"]),
    ("Inovasi pelayanan terus didorong. Kehadiran Sapa Lansia membuat petugas bisa memantau warga lanjut usia.",
     ["Sapa Lansia"]),
    # what arrives is a regulation, a body or a place: no name
    ("Inovasi daerah makin terarah dengan adanya Peraturan Bupati Nomor 12 Tahun 2023.", []),
    ("Inovasi pelayanan terus didorong. Kehadiran Dinas Kesehatan Kabupaten Nunukan disambut warga.", []),
    # no sentence about innovations near it
    ("Jalan desa kini mulus berkat hadirnya Jembatan Gantung Sungai Sesayap.", []),
])
def test_a_name_after_a_word_of_arrival(nlp, text, expected):
    items, _, _ = run(nlp, text)
    assert names(items) == expected


@pytest.mark.parametrize("text, expected", [
    # a region of two or three words before "dengan" and its innovation
    ("Kabupaten Agam meraih juara pertama lewat inovasi Agam Menyapa, disusul Kabupaten Tanah Datar dengan Tanah "
     "Datar Cerdas.", ["Agam Menyapa", "Tanah Datar Cerdas"]),
    # a village relying on a name after a sentence about each village's innovation
    ("Setiap desa membawa inovasi unggulan masing-masing. Desa Ponggok misalnya mengandalkan Umbul Ponggok Digital "
     "Tourism, sedangkan Desa Jimbung menampilkan Lumbung Pangan Mandiri.",
     ["Umbul Ponggok Digital Tourism", "Lumbung Pangan Mandiri"]),
])
def test_regions_and_villages_with_their_innovations(nlp, text, expected):
    items, _, _ = run(nlp, text)
    assert names(items) == expected


def test_a_body_then_its_address_then_dengan_and_the_name(nlp):
    items, _, _ = run(nlp, "Juara II diraih Pemerintah Desa Wonoasri dengan inovasi Posyandu Remaja Ceria, dan Juara III "
                           "Pemerintah Desa Ajung, Kecamatan Ajung, dengan SAPA DESA (Sistem Aduan dan Pelayanan "
                           "Administrasi Desa).")
    assert names(items) == ["Posyandu Remaja Ceria", "SAPA DESA"]
    # the district after the village is its address: the village is the entrant and owns it
    assert [i["agency"] for i in items] == ["Pemerintah Desa Wonoasri", "Pemerintah Desa Ajung"]


@pytest.mark.parametrize("text, expected", [
    ("Tim studi tiru mempelajari inovasi Kota Gorontalo. Sementara itu, Kepala Dinas Kominfo, Zainal Bachmid, "
     "memperkenalkan \"Dulohupa Digital\", forum musyawarah warga secara daring.", ["Dulohupa Digital"]),
    # a quoted title of a talk with no story about innovations near it
    ("Kepala Dinas Kominfo, Zainal Bachmid, memperkenalkan \"Etika Bermedia Sosial\" kepada pelajar.", []),
])
def test_a_quoted_name_right_after_an_owner_verb(nlp, text, expected):
    items, _, _ = run(nlp, text)
    assert names(items) == expected


def test_a_bulleted_item_in_sentence_case_is_no_headline(nlp):
    text = ("Kategori Kabupaten\n"
            "- Terbaik I: Pemerintah Kabupaten Sigi melalui Dinas Pertanian, inovasi \"Sekolah Lapang Kakao Mandiri\"\n"
            "- Terbaik III: Pemerintah Kabupaten Poso melalui Dinas Kependudukan, inovasi \"Mosintuwu Adminduk\"\n\n"
            "Selamat kepada para pemenang.")
    items, _, ev = run(nlp, text)
    assert names(items) == ["Sekolah Lapang Kakao Mandiri", "Mosintuwu Adminduk"]
    # the trigger's reading is kept over the quotes' (a weaker cue the model may overrule)
    assert all(e["method"].endswith(":direct") for e in ev if e["field"].startswith("innovations") and e["field"].endswith("].name"))


@pytest.mark.parametrize("text, expected", [
    ("Lomba inovasi tahun ini diikuti 40 inovasi. Juara kedua diraih SIMPEL KAMPUNG (Sistem Pelayanan Kampung) milik "
     "Dinas Pemberdayaan Masyarakat dan Kampung. Juara harapan jatuh kepada Sekolah Sungai (Kecamatan Tualang) dan "
     "\"Posyandu Remaja Mandiri\" dari Puskesmas Perawang.",
     ["SIMPEL KAMPUNG", "Sekolah Sungai", "Posyandu Remaja Mandiri"]),
    # a rank that goes to a body or to a bare capitalised run
    ("Lomba inovasi tahun ini diikuti 40 inovasi. Juara pertama diraih Dinas Kesehatan, disusul Tim Pelangi Nusantara.",
     []),
])
def test_names_a_rank_goes_to(nlp, text, expected):
    items, _, _ = run(nlp, text)
    assert names(items) == expected


@pytest.mark.parametrize("text, expected", [
    # a count pointing back at the innovations of the sentence before, then "yakni"
    ("Tahun ini Tabanan melaporkan 78 inovasi. Dua di antaranya menjadi andalan saat presentasi, yakni Subak Cerdas "
     "milik Dinas Pertanian dan LELAB (Layanan Lansia Banjar) dari Dinas Sosial.", ["Subak Cerdas", "LELAB"]),
    # examples given after a sentence about innovations
    ("Masih banyak inovasi yang belum dilaporkan. Ia mencontohkan Si PANDU TANI (Sistem Pendampingan Petani Terpadu) "
     "dari Dinas Pertanian dan BEGAWE SEHAT milik Dinas Kesehatan.", ["Si PANDU TANI", "BEGAWE SEHAT"]),
    # a name in capitals with its long form after it, a body's head word inside it
    ("Layanan kependudukan terus diperluas. Disdukcapil juga mengandalkan BALAI PINTAR (Bawa Lansia Ikut Perekaman "
     "Terpadu) bagi warga lanjut usia.", ["BALAI PINTAR"]),
    # equipment spelled out is no innovation
    ("Inovasi itu didukung 1.200 kamera CCTV (Closed Circuit Television) di jalan protokol.", []),
])
def test_counted_back_references_examples_and_spelled_out_capitals(nlp, text, expected):
    items, agencies, _ = run(nlp, text)
    assert names(items) == expected
    assert not set(expected) & {a["name"] for a in agencies}


@pytest.mark.parametrize("text, expected", [
    ("Program ini menekan angka stunting. Berkat Posyandu Horas Balita yang digagas Puskesmas Doloksanggul, ibu-ibu "
     "tak perlu lagi berjalan jauh.", ["Posyandu Horas Balita"]),
    # items joined by "serta": the body's name ends before it
    ("Ia mencontohkan inovasi seperti TENDA KASIH (Tenaga Kesehatan Datang ke Kampung dan Sekolah) milik Dinas "
     "Kesehatan serta Kampung Literasi Kelimutu yang dikelola Dinas Perpustakaan dan Kearsipan.",
     ["TENDA KASIH", "Kampung Literasi Kelimutu"]),
    # the national licensing and complaint systems
    ("Layanan perizinan inovatif kini terhubung dengan OSS dan aplikasi SP4N-LAPOR milik pemerintah pusat.", []),
    # names listed before a copula and a counted innovation word
    ("Lorong Hijau dan Dapur Sehat Keluarga menjadi dua inovasi andalan Kelurahan Tanjung Barat tahun ini.",
     ["Lorong Hijau", "Dapur Sehat Keluarga"]),
    ("Menurut dia, Sapa Petani, Kios Benih Desa dan Pasar Tani Online merupakan tiga program unggulan dinas.",
     ["Sapa Petani", "Kios Benih Desa", "Pasar Tani Online"]),
    ("Camat menyebut Pojok Baca Warga serta Taman Gizi Balita merupakan inovasi kecamatan.",
     ["Pojok Baca Warga", "Taman Gizi Balita"]),
    # a possessive trigger, then the name between commas
    ("Puskesmas Sukamaju dengan inovasinya, Bunda Peduli Gizi, berhasil menurunkan angka stunting di wilayahnya.",
     ["Bunda Peduli Gizi"]),
])
def test_sentence_openers_serta_lists_and_national_systems(nlp, text, expected):
    items, _, _ = run(nlp, text)
    assert names(items) == expected


def test_a_bodys_earlier_innovation_in_apposition(nlp):
    items, _, _ = run(nlp, "Layanan kesehatan terus ditambah. JAK SEHAT melengkapi inovasi Dinkes sebelumnya, POSKESTREN "
                           "GEMILANG, layanan pos kesehatan di dayah.")
    assert names(items) == ["POSKESTREN GEMILANG"]
    assert items[0]["agency"] == "Dinas Kesehatan"


@pytest.mark.parametrize("text, expected", [
    ("Kampung itu punya dua inovasi. Sementara Lumbung Sagu Kampung dikelola langsung Pemerintah Kampung Sawa.",
     [("Lumbung Sagu Kampung", "Pemerintah Kampung Sawa")]),
    ("Dinas itu menyiapkan dua inovasi. Rumah Gizi Keluarga digagas oleh Puskesmas Abepura sejak tahun lalu.",
     [("Rumah Gizi Keluarga", "Puskesmas Abepura")]),
])
def test_a_name_opening_the_clause_then_a_verb_of_running_it_and_its_body(nlp, text, expected):
    items, _, _ = run(nlp, text)
    assert [(i["name"], i["agency"]) for i in items] == expected
