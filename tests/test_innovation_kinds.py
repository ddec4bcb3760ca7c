"""Kinds of innovation naming found on a fresh probe of regional news (issue 12, round 2): names opening with a
unit word ("inovasi Puskesmas Ramah Remaja"), a name right after "Contohnya"/"Salah satunya", national programmes
and systems owned by a ministry, bodies introducing names at an exhibition, a name devised by a regional body
("X yang dikembangkan Dinas Y"), names after a headline launch verb ("Bupati Luncurkan A dan B"), English names
described as a service ("Digital Help Desk, layanan ..."), discourse openers ("Adapun X adalah ..."), a bare body
before a launch verb. Sentences written for these tests in the style of regional news."""
import pytest

from helpers import component_nlp, extracted


@pytest.fixture(scope="module")
def nlp():
    return component_nlp("inovasi_agencies", "inovasi_innovations")


def run(nlp, text):
    values, _ = extracted(nlp, text)
    return [i["name"] for i in values.get("innovations") or []], [a["name"] for a in values.get("agencies") or []]


@pytest.mark.parametrize("text, expected", [
    ("Layanan remaja diperluas lewat inovasi Puskesmas Ramah Remaja yang kini berjalan di tiga distrik.",
     ["Puskesmas Ramah Remaja"]),
    ("Desa Sukaraja meluncurkan inovasi desa bertajuk Desa Melek Hukum. Melalui inovasi ini warga bisa berkonsultasi.",
     ["Desa Melek Hukum"]),
    ("Dinas Pendidikan memperkenalkan inovasi Sekolah Siaga Bencana bagi sekolah di pesisir.",
     ["Sekolah Siaga Bencana"]),
    # written in capitals, and with a long form listing its qualities
    ("Dinas itu menyiapkan inovasi DESA BERSINAR untuk memperkuat pelayanan di tingkat desa.", ["DESA BERSINAR"]),
    ("Inovasi lain yang disiapkan antara lain DESA CERIA (Desa Cerdas, Hijau, Aman dan Tertib), program "
     "unggulan bupati.", ["DESA CERIA"]),
    # a quality closing a longer name whose other words name no known village, listed with its owner
    ("Inovasi yang dinilai antara lain Kartu Tani Pintar milik Dinas Pertanian, serta Desa Wisata Bukit Digital yang "
     "dikembangkan Dinas Pariwisata.", ["Kartu Tani Pintar", "Desa Wisata Bukit Digital"]),
])
def test_name_opening_with_a_unit_word(nlp, text, expected):
    names, agencies = run(nlp, text)
    assert names == expected
    assert not set(expected) & set(agencies)   # the innovation is no acting body


@pytest.mark.parametrize("text", [
    "Bupati meninjau inovasi Puskesmas Remu dan Desa Sukamaju yang dinilai berhasil.",   # owners, not names
    "Rombongan berkunjung ke sebuah desa bernama Desa Sehat Sentosa di kaki gunung.",   # a village
    "Kepala Puskesmas Ramah mengikuti rapat evaluasi program gizi.",   # one word after the unit: a place
    # a known village whose name ends in a quality word
    "Bupati meninjau inovasi Desa Bumi Lestari di Kecamatan Sungai Raya yang dinilai berhasil.",
])
def test_unit_word_negatives(nlp, text):
    assert run(nlp, text)[0] == []


@pytest.mark.parametrize("text, expected", [
    ("Kepala BRIDA menyebut beberapa inovasi menonjol. Contohnya “Lumbung Pangan Pulau” dari Kabupaten Seram yang "
     "menyimpan cadangan beras.", ["Lumbung Pangan Pulau"]),
    ("Pemkab memiliki banyak inovasi. Salah satunya Kampung Tangguh Banjir yang dirintis warga.",
     ["Kampung Tangguh Banjir"]),
    ("Dinas Sosial punya tiga program baru. Sebagai contoh, Sahabat Disabilitas yang melayani pendampingan.",
     ["Sahabat Disabilitas"]),
])
def test_name_right_after_a_back_reference(nlp, text, expected):
    assert run(nlp, text)[0] == expected


@pytest.mark.parametrize("text", [
    "Pemkab memiliki banyak inovasi. Contohnya, Bupati Andi Sutrisno rutin berkeliling ke desa.",   # a person
    "Banyak warga belum paham aturan. Contohnya Pak Budi dari Desa Maju.",   # no innovation talked of
    "Anggaran terbatas. Salah satunya Dinas Pertanian yang kekurangan dana.",   # a body
])
def test_back_reference_negatives(nlp, text):
    assert run(nlp, text)[0] == []


@pytest.mark.parametrize("text, expected", [
    ("Dinas Sosial memakai aplikasi SIKS-NG dari Kementerian Sosial dan meluncurkan inovasi Sapa Lansia.",
     ["Sapa Lansia"]),
    ("Disdik menegaskan program ini melengkapi kebijakan pusat seperti Kurikulum Merdeka dan Program Indonesia "
     "Pintar. Inovasi lokalnya bernama Perahu Pustaka.", ["Perahu Pustaka"]),
    ("Warga penerima BPNT dan BLT didata ulang lewat aplikasi Data Warga Kita milik Dinas Sosial.",
     ["Data Warga Kita"]),
    ("Kota ini memakai aplikasi Lapor Cepat dari Kementerian Dalam Negeri dan inovasi Sapa Warga dari Dinas "
     "Kominfo.", ["Sapa Warga"]),
    ("Dinas juga menyiapkan program Sekolah Adiwiyata, selain inovasi Bank Sampah Pelajar yang sudah berjalan.",
     ["Bank Sampah Pelajar"]),
    # the higher-education ministry's student programme a university brings to the villages
    ("Rektor menyatakan kampusnya siap menerjunkan mahasiswa melalui program Kampus Merdeka untuk mendampingi "
     "inovasi Desa Rumput Laut Pintar.", ["Desa Rumput Laut Pintar"]),
])
def test_national_programmes_and_national_owners(nlp, text, expected):
    assert run(nlp, text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    ("Sebanyak 20 stan memamerkan hasil inovasinya. Stan Dinas Lingkungan Hidup memperkenalkan Bank Sampah Digital, "
     "sementara Puskesmas Remu menampilkan Posbindu Malam Hari bagi pekerja.",
     ["Bank Sampah Digital", "Posbindu Malam Hari"]),
    ("Pekan inovasi dibuka Wali Kota dengan 30 inovasi perangkat daerah. Pengunjung memadati halaman kantor. "
     "Di stan berikutnya, Dinas Perikanan memperkenalkan Kolam Lele Pintar kepada pelajar.", ["Kolam Lele Pintar"]),
])
def test_bodies_at_an_exhibition_introduce_names(nlp, text, expected):
    assert run(nlp, text)[0] == expected


@pytest.mark.parametrize("text", [
    "Pemkab memamerkan 30 inovasi. Dinas Pariwisata juga memperkenalkan Festival Teluk Biru kepada pengunjung.",
    "Pemkab memamerkan 30 inovasi. Dinas Pariwisata juga menampilkan Tari Cakalele dan Tari Lenso.",
    "Bupati membuka pasar murah. Di stan sembako, Dinas Perdagangan memperkenalkan Beras Premium Lokal.",
])
def test_exhibition_negatives(nlp, text):
    assert run(nlp, text)[0] == []


@pytest.mark.parametrize("text, expected", [
    ("Dalam kunjungan itu, tim dari Langgur mempelajari Dapur Gizi Keliling yang dikembangkan Dinas Kesehatan "
     "setempat.", ["Dapur Gizi Keliling"]),
    ("Rombongan DPRD meninjau Rumah Pintar Nelayan yang digagas oleh Dinas Perikanan sejak 2024.",
     ["Rumah Pintar Nelayan"]),
])
def test_name_made_by_a_regional_body(nlp, text, expected):
    assert run(nlp, text)[0] == expected


@pytest.mark.parametrize("text", [
    "Rombongan meninjau Taman Kota Baru yang dikembangkan Dinas Lingkungan Hidup.",   # a place
    "Kepala Pusat menyampaikan Model Laboratorium Inovasi yang dikembangkan oleh LAN memiliki lima tahap.",
    "Warga menikmati Pasar Ikan Higienis yang dibangun Dinas Perikanan.",   # built, not devised
])
def test_made_by_body_negatives(nlp, text):
    assert run(nlp, text)[0] == []


@pytest.mark.parametrize("text, expected", [
    ("Bupati Luncurkan SIPANTAS dan Kebun Gizi Sekolah\n\nMASOHI – Bupati meluncurkan dua inovasi sekaligus. "
     "Bupati meminta inovasi tersebut tidak berhenti pada seremoni.", ["SIPANTAS", "Kebun Gizi Sekolah"]),
    ("RSUD Kota Hadirkan Poli Senja, Pasien Tak Perlu Izin Kerja\n\nRSUD membuka layanan poliklinik sore. "
     "Poli Senja melayani pasien pekerja.", ["Poli Senja"]),
])
def test_names_after_a_headline_launch_verb(nlp, text, expected):
    assert run(nlp, text)[0] == expected


@pytest.mark.parametrize("text", [
    # the story never comes back to the name
    "Bupati Luncurkan Kebun Gizi Sekolah\n\nBupati meninjau panen jagung di Desa Maju bersama petani.",
    # a national programme, a building, a link to another story
    "Pemkab Luncurkan Program Makan Bergizi Gratis di Sekolah\n\nBupati meluncurkan program tersebut di SD 1.",
    "Wali Kota Hadirkan Gedung Baru Kantor Camat\n\nGedung tersebut dibangun dengan APBD. Program ini berlanjut.",
    "Baca juga: Bupati Luncurkan Aplikasi Sapa Desa\n\nDinas Kesehatan meluncurkan program tersebut.",
    # words of the kind after the verb, no name ("Luncurkan Inovasi Layanan"), even where the story refers back
    "Pemkab Sikka Luncurkan Inovasi Layanan\n\nPemkab meluncurkan inovasi baru. Inovasi itu membantu warga.",
    # a description the headline capitalised: the story writes it in lower case, or it is a government field
    "Diskominfo Kembangkan Aplikasi Pengaduan Warga\n\nDiskominfo mengembangkan aplikasi pengaduan warga. "
    "Aplikasi tersebut diuji coba di tiga kecamatan.",
    "Pemkot Luncurkan Aplikasi Layanan Kependudukan\n\nWali kota meluncurkan aplikasi baru. Aplikasi tersebut "
    "memudahkan warga.",
    # ... or the story writes the same word and the description's first word in lower case, in other words
    "RSUD Luncurkan Aplikasi Antrean Online\n\nRSUD meluncurkan aplikasi antrean daring untuk pasien. Inovasi ini "
    "memangkas waktu tunggu.",
])
def test_headline_verb_negatives(nlp, text):
    assert run(nlp, text)[0] == []


def test_a_headline_description_inside_a_bracketed_long_form_is_no_name(nlp):
    text = ("RSUD Bajawa Hadirkan Layanan Antar Obat\n\nRSUD Bajawa meluncurkan layanan antar obat gratis yang diberi "
            "nama SI ANTO (Sistem Antar Obat), Rabu (11/9/2024).")
    names, _ = run(nlp, text)
    assert "Antar Obat" not in names and "SI ANTO" in names


def test_a_headline_name_that_is_the_long_form_of_a_short_name_is_one_innovation(nlp):
    text = ("Wali Kota Palu Luncurkan Aplikasi Palu Smart Service\n\nWali Kota Palu meluncurkan aplikasi Palu Smart "
            "Service (PASS) di Kantor Wali Kota, Senin (3/3/2025).")
    names, _ = run(nlp, text)
    assert names == ["PASS"]


@pytest.mark.parametrize("text, expected", [
    # a kind word before the words the short name spells: the short name, its long form without the kind word
    ("Inovasi unggulan tahun ini:\n1. Layanan Tanjung Cepat Tanggap (TACEPAT) — Kecamatan Tanjung;\n"
     "2. Sistem Informasi Pasien Aman (SIPAMAN) — RSUD Tanjung;\n", [("TACEPAT", "Tanjung Cepat Tanggap"),
                                                                   ("SIPAMAN", "Sistem Informasi Pasien Aman")]),
    ("Juara harapan diraih inovasi Gerakan Warga Sadar Cek Gula Darah (WARAS GULA) dari Kecamatan Sungai Baru.",
     [("WARAS GULA", "Warga Sadar Cek Gula Darah")]),
])
def test_a_kind_word_before_a_spelled_long_form(nlp, text, expected):
    from pipeline import extract_text
    record = extract_text(text)
    assert [(i.name, i.long_name) for i in record.innovations] == expected


@pytest.mark.parametrize("text, expected", [
    ("Dukcapil memperkenalkan inovasi sapu jagad (sistem pelayanan jemput gratis akta di desa) kepada warga.",
     ["sapu jagad"]),
    ('Kecamatan itu menjalankan inovasi "kopi susu" bagi ibu menyusui.', ["kopi susu"]),
    # descriptions in lower case are no names, with brackets or quotes
    ("Puskesmas menjalankan inovasi pelayanan kesehatan (posyandu dan puskesmas keliling) bagi warga.", []),
    ('Inovasi "layanan cepat" itu diapresiasi warga.', []),
    ("Dinas menyiapkan inovasi baru (tiga aplikasi) tahun ini.", []),
])
def test_a_name_in_lower_case_marked_by_its_expansion_or_quotes(nlp, text, expected):
    assert run(nlp, text)[0] == expected


def test_a_national_programme_is_no_local_innovation(nlp):
    assert run(nlp, "Inovasi tersebut mendukung program nasional Gerakan Nasional Bangga Buatan Indonesia.")[0] == []
    # a local name beside it is still read
    assert run(nlp, "Dinas Perindustrian meluncurkan inovasi Pasar Tenun Digital untuk mendukung Gerakan Nasional "
                    "Bangga Buatan Indonesia.")[0] == ["Pasar Tenun Digital"]


@pytest.mark.parametrize("text, expected", [
    ('Salah satu inovasi yang dipaparkan adalah "Dapur Sehat Atasi Stunting" atau Dashat milik Dinas PMD.',
     [("Dashat", "Dapur Sehat Atasi Stunting")]),
    ("Inovasi Gerakan Ayo Membaca atau Gayam diluncurkan Dinas Perpustakaan.", [("Gayam", "Gerakan Ayo Membaca")]),
    # a place and its nickname, an office and its shorthand: no innovation
    ("Warga Kota Baru atau Kobar menyambut baik program itu.", []),
    ("Kepala Dinas Kesehatan atau Kadinkes hadir dalam acara itu.", []),
])
def test_a_long_name_then_its_short_one_after_atau(nlp, text, expected):
    values, _ = extracted(nlp, text)
    assert [(i["name"], i["long_name"]) for i in values.get("innovations") or []] == expected


def test_a_regions_own_service_after_a_national_name_but_not_its_take_on_a_national_programme():
    from pipeline import extract_text
    text = "Diskominfo meluncurkan aplikasi pengaduan masyarakat bernama Ende Lapor, Selasa (10/9/2024)."
    assert [i.name for i in extract_text(text).innovations] == ["Ende Lapor"]
    # the trained NER's names pass the rules' own test too
    assert extract_text("Pemkot meluncurkan program Pekanbaru Smart City tahun ini.").innovations == []


def test_english_name_described_as_a_service(nlp):
    assert run(nlp, "Inovasi lain yang disiapkan adalah Digital Help Desk, layanan bantuan daring bagi warga.")[0] \
        == ["Digital Help Desk"]


@pytest.mark.parametrize("text", [
    "Inovasi lain yang disiapkan adalah Digital Transformation Office untuk seluruh OPD.",   # not described
    "Pemkab menerapkan inovasi seperti Digital Government Award, ajang tahunan.",   # an award
    "Program ini mendukung transformasi Digital Kabupaten, layanan publik berbasis data.",   # two words
])
def test_english_opener_negatives(nlp, text):
    assert run(nlp, text)[0] == []


@pytest.mark.parametrize("text, expected", [
    ("Adapun e-Perjadin adalah aplikasi pengelolaan perjalanan dinas.", ["e-Perjadin"]),
    ("Sementara Kampung Siaga Banjir menjadi inovasi unggulan kelurahan.", ["Kampung Siaga Banjir"]),
    ("Kali Bersih Kampung merupakan inovasi warga bantaran sungai.", ["Kali Bersih Kampung"]),
])
def test_discourse_opener_is_no_word_of_a_name(nlp, text, expected):
    assert run(nlp, text)[0] == expected


def test_bare_body_before_a_launch_verb(nlp):
    text = ("Puskesmas Kalumpang punya inovasi Kelas Bumil Malam. Puskesmas juga menjalankan Posyandu Ramah Lansia, "
            "yakni pemeriksaan tekanan darah bagi warga lanjut usia.")
    assert run(nlp, text)[0] == ["Kelas Bumil Malam", "Posyandu Ramah Lansia"]


@pytest.mark.parametrize("text", [
    "Pemkab memiliki 30 inovasi. Dinas juga menjalankan Rapat Koordinasi Tahunan bersama camat.",
    "Pemkab memiliki 30 inovasi. Puskesmas juga menghadirkan Bapak Camat dalam acara itu.",   # a guest
])
def test_bare_body_negatives(nlp, text):
    assert run(nlp, text)[0] == []


@pytest.mark.parametrize("text, expected", [
    ("Camat juga menerapkan inovasi Pojok Baca Kecamatan sejak tahun lalu.", ["Pojok Baca Kecamatan"]),
    ("Camat Alok meluncurkan inovasi Gerakan Kecamatan Bersih di halaman kantor camat.", ["Gerakan Kecamatan Bersih"]),
    # the kecamatan or region where it runs, after "di", ends the name
    ("Tim menilai inovasi Desa Sehat Mandiri di Kakas.", ["Desa Sehat Mandiri"]),
    ("Dinas meluncurkan Gerakan Kembali ke Sekolah di Kabupaten Sikka.", ["Gerakan Kembali ke Sekolah"]),
    ("Bupati meluncurkan inovasi Sekolah di Rumah tahun lalu.", ["Sekolah di Rumah"]),
    # a named school or market after "di" is where it runs; a bare "Sekolah" closes a name
    ("Tim penilai mengevaluasi inovasi Sekolah Ramah Anak di SD Negeri 1 Lela.", ["Sekolah Ramah Anak"]),
    ("Dinas Perdagangan membuka layanan Tera Ulang Keliling di Pasar Alok pekan lalu.", ["Tera Ulang Keliling"]),
    ("Dinas Pendidikan menggerakkan inovasi Gerakan Literasi di Sekolah sejak 2023.", ["Gerakan Literasi di Sekolah"]),
    # a unit's name with what it is without, after "Inovasi" opening the sentence
    ("Inovasi Desa Tanpa Kertas menjadi salah satu dari lima inovasi terbaik tingkat provinsi.", ["Desa Tanpa Kertas"]),
    ("Inovasi Desa Nita menjadi salah satu dari lima inovasi terbaik tingkat provinsi.", []),
    # one title-case word before a copula opens the sentence: a name only if the text capitalises it inside a sentence
    ("Sipanda adalah aplikasi pemantauan ibu hamil. Kini ribuan warga memakai Sipanda setiap bulan.", ["Sipanda"]),
    ("Hasilnya menjadi program unggulan daerah. Semua pihak menyambut hasilnya.", []),
    # a trigger opening the sentence before "yang digagas" is no word of the name
    ("Program Jumat Curhat yang digagas Polres Sikka mendapat apresiasi warga.", ["Jumat Curhat"]),
    # a body's short name opening a name the text abbreviates anew
    ("Disdukcapil Sikka meluncurkan inovasi Dukcapil Jemput Bola (Dujebol) di Desa Nita.", ["Dujebol"]),
    # "inovasi desa" before a unit's name with a quality
    ("Kepala desa memaparkan inovasi desa Kampung Organik yang dijalankan warga sejak 2022.", ["Kampung Organik"]),
    ("Warga memaparkan inovasi desa Sukamaju Jaya kepada tim.", []),
    # a kecamatan's own name after the word: the place where it runs, not part of the name
    ("Camat menerapkan inovasi Posyandu Remaja Kecamatan Tamalate sejak 2022.", ["Posyandu Remaja"]),
])
def test_kecamatan_inside_a_name(text, expected):
    from pipeline import extract_text
    assert [i.name for i in extract_text(text).innovations] == expected


@pytest.mark.parametrize("text, name, agency", [
    ("Inovasi milik Dinas Pertanian Kabupaten Sikka, Kios Tani Digital, masuk Top 45 KIPP.", "Kios Tani Digital",
     "Dinas Pertanian Kabupaten Sikka"),
    ("Inovasi andalan Dinas Kesehatan, Posyandu Remaja, diluncurkan tahun lalu.", "Posyandu Remaja", "Dinas Kesehatan"),
])
def test_owner_between_the_trigger_and_the_name(text, name, agency):
    from pipeline import extract_text
    assert [(i.name, i.agency) for i in extract_text(text).innovations] == [(name, agency)]
    assert extract_text("Inovasi milik Dinas Pertanian itu sudah berjalan dua tahun.").innovations == []


@pytest.mark.parametrize("text, expected", [
    # a body's abbreviation opening a name, then a word of no body or region; English connectors inside names
    ("Layanan ini melengkapi inovasi sebelumnya, yakni Dukcapil Goes to School dan KTP-el Jemput Bola.",
     ["Dukcapil Goes to School", "KTP-el Jemput Bola"]),
    ("Dinas itu juga menerapkan inovasi Dukcapil Menyapa di setiap kecamatan.", ["Dukcapil Menyapa"]),
    # "Dalam" is a word of bodies' names only before "Negeri": here it opens the rest of the name
    ("Warga kini bisa mencetak dokumen sendiri lewat layanan Dukcapil Dalam Genggaman dari rumah.",
     ["Dukcapil Dalam Genggaman"]),
    # the abbreviation with its region or field is the body, no name
    ("Bupati mengapresiasi inovasi Dukcapil Sikka yang terus berkembang.", []),
    ("Bupati mengapresiasi inovasi Dinkes Kabupaten Sikka.", []),
])
def test_name_opening_with_a_bodys_abbreviation(nlp, text, expected):
    assert run(nlp, text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    ("Dinas juga menerapkan inovasi Dukcapil Menyapa dan Akta Kilat.", ["Dukcapil Menyapa", "Akta Kilat"]),
    # a document's own name is no innovation
    ("Inovasi itu mempercepat penerbitan Akta Kelahiran dan Kartu Identitas Anak.", []),
])
def test_a_document_word_with_a_quality_is_a_name(nlp, text, expected):
    assert run(nlp, text)[0] == expected


@pytest.mark.parametrize("text, innovation, agencies", [
    ("Kepala Satpol PP Kota Tarakan memaparkan inovasi Gercep Damkar di hadapan tim juri.",
     "Gercep Damkar", ["Satuan Polisi Pamong Praja Kota Tarakan"]),
    ("Camat Bunguran Timur menjelaskan inovasi Sapa Dukcapil di depan tim penilai provinsi.",
     "Sapa Dukcapil", []),
])
def test_a_body_named_only_inside_an_innovation_does_not_act(nlp, text, innovation, agencies):
    names, acting = run(nlp, text)
    assert innovation in names
    assert acting == agencies


def test_a_body_also_named_outside_the_innovation_still_acts(nlp):
    names, acting = run(nlp, "Dinas Dukcapil Kota Tarakan meluncurkan inovasi Sapa Dukcapil bagi warga lansia.")
    assert "Sapa Dukcapil" in names
    assert acting == ["Dinas Kependudukan dan Pencatatan Sipil Kota Tarakan"]


@pytest.mark.parametrize("text, expected", [
    # an English name opening with "One", and one with "to" before a village word
    ("Dinas Penanaman Modal menyosialisasikan inovasi One Stop Permit kepada pelaku usaha mikro.", ["One Stop Permit"]),
    ("Layanan kini dibawa hingga ke desa melalui program Klinik Pajak Goes to Pekon.", ["Klinik Pajak Goes to Pekon"]),
    # a weekday after a part of the day is a word of the name when no date follows it
    ("Pameran inovasi digelar di alun-alun. Adapun Dinas Kependudukan dan Pencatatan Sipil memperkenalkan Kopi "
     "Malam Minggu, yakni pelayanan dokumen setiap Sabtu malam.",
     ["Kopi Malam Minggu"]),
    ("Dinas itu meluncurkan inovasi Curhat Malam Senin (6/2) di aula kantor.", ["Curhat Malam"]),
    # the back reference right before the list trigger, after the speaker
    ("Capaian itu ditopang puluhan inovasi perangkat daerah. Kabag Organisasi menyebut beberapa di antaranya adalah "
     "Bidan Keliling Desa dari Dinas Kesehatan dan Parkir Pintar dari Dinas Perhubungan.",
     ["Bidan Keliling Desa", "Parkir Pintar"]),
    # entries of a competition announced by "finalis" in a story about innovations
    ("Lomba inovasi OPD tahun ini menghasilkan tujuh finalis. Dua finalis lainnya berasal dari dunia pendidikan, yakni "
     "Guru Sahabat Murid milik Dinas Pendidikan dan Pustaka Keliling dari Dinas Arsip.",
     ["Guru Sahabat Murid", "Pustaka Keliling"]),
    # a body showing up with its entry, and a body carrying one
    ("Lomba inovasi OPD tahun ini menghasilkan tujuh finalis. Kelurahan Mekar Sari tampil dengan Kampung Dongeng, "
     "sementara Dinas Koperasi mengusung KLINIK UMKM JUARA.", ["Kampung Dongeng", "KLINIK UMKM JUARA"]),
    # "Contoh lain adalah ..." points back at the previous sentence's innovations
    ("Kabupaten itu punya banyak inovasi. Contoh lain adalah SAPA ANAK (Sahabat Perempuan dan Anak) dari Dinas "
     "Sosial, serta SiTATA, sistem informasi tata ruang milik Dinas PUPR.", ["SAPA ANAK", "SiTATA"]),
    # the verb "berinovasi" announces a list, and an owner clause after an item does not end it
    ("Ada kerja keras perangkat daerah yang terus berinovasi, di antaranya SIPADU dari Dinas Koperasi, Ambulans "
     "Desa Siaga yang dikelola Dinas Kesehatan.", ["SIPADU", "Ambulans Desa Siaga"]),
    # a long form after "alias" or "kepanjangannya"
    ("Ada pula gerakan SAPU BERSIH alias Satu Pintu Bantuan Sosial Terpadu di Dinas Sosial.", ["SAPU BERSIH"]),
    # a means word after an award or a rank names the winning innovation
    ("Anugerah inovasi tahun ini diberikan kepada lima daerah. Kota Tanjung Asri meraih peringkat pertama melalui "
     "TAPIS, yaitu Tata Kelola Pengaduan Terintegrasi Sistematis, milik Dinas Kominfo.", ["TAPIS"]),
    # a bare "Ada X dari <body>" after a sentence announcing innovations, inside a quote too
    ("Bupati menyebut sejumlah inovasi yang telah berjalan. \"Ada Perahu Bidan dari Dinas Kesehatan yang menjangkau "
     "desa-desa di sepanjang sungai,\" ujarnya.", ["Perahu Bidan"]),
    # a relative clause about one listed item does not end the list
    ("Kepala Bappeda menyebut dua inovasi yang dijadikan contoh, yaitu Noken Sehat dari Puskesmas Harapan yang "
     "membawa imunisasi ke kampung-kampung di pinggir danau, serta Sistem Informasi Kampung Adat (SIKAD) milik "
     "Dinas Pemberdayaan Masyarakat Kampung.", ["Noken Sehat", "SIKAD"]),
    # an office doing something after a trigger word is a name
    ("Finalis lomba inovasi lainnya adalah program Camat Mendengar dari Kecamatan Tengah.", ["Camat Mendengar"]),
    # "Ambil contoh X", "Salah satu yang dijadikan contoh adalah X", "inovasi non-digital X"
    ("Kota itu punya banyak inovasi bukan aplikasi. Ambil contoh Kampung Tangguh Banjir yang digerakkan Kelurahan "
     "Way Lunik.", ["Kampung Tangguh Banjir"]),
    ("Peserta menginput inovasi masing-masing. Salah satu yang dijadikan contoh adalah SI TUNTAS (Sistem Terpadu "
     "Penanganan Stunting) milik Dinas Kesehatan.", ["SI TUNTAS"]),
    ("Dinas itu juga memperkenalkan inovasi non-digital Gerobak Pilah Keliling, yakni gerobak sampah terpilah.",
     ["Gerobak Pilah Keliling"]),
    # what a replication takes over, described after a comma
    ("Sebaliknya, Pemkot Asri akan mengadopsi Pos Harungguan, layanan posyandu keliling milik Dinas Kesehatan.",
     ["Pos Harungguan"]),
    # a trigger before a quoted name gives the quoted name, once
    ('Inovasi tersebut yakni Gerakan "Mama Sehat" dari Dinas Kesehatan. Gerakan Mama Sehat menyasar ibu hamil.',
     ["Mama Sehat"]),
])
def test_innovations_named_in_passing(nlp, text, expected):
    assert run(nlp, text)[0] == expected


@pytest.mark.parametrize("text", [
    # winners and finalists that are regions, and a body arriving with a person, name no innovation
    "Lomba inovasi tahun ini menghasilkan tujuh finalis. Dua finalis lainnya yakni Kabupaten Sukamaju dan Kota Asri.",
    "Lomba inovasi OPD tahun ini menghasilkan tujuh finalis. Dinas Pendidikan hadir dengan Kepala Dinas Budi Santoso.",
    # after an award, a means word before a body, a platform or a competition names no innovation
    "Anugerah inovasi diberikan kepada lima daerah. Kota Asri meraih penghargaan melalui Dinas Kesehatan.",
    "Anugerah inovasi diberikan kepada lima daerah. Kota Asri meraih juara lewat Kompetisi Inovasi Pelayanan Publik.",
    # "Ada" before an office or a person names no innovation
    "Bupati menyebut sejumlah inovasi yang telah berjalan. Ada Kepala Dinas yang rajin turun ke desa.",
    "Bupati menyebut sejumlah inovasi yang telah berjalan. Ada Pak Camat dari Kecamatan Bolo yang rajin turun.",
    # a count of innovations in a headline, an office holder's title before a person
    "Bupati Luncurkan Tiga Inovasi Layanan Publik\nLABUAN BAJO - Bupati meluncurkan tiga inovasi.",
    "Rapat inovasi dibuka Camat Mentari Sukmawati di aula kantor camat.",
    # a back reference to bodies, not innovations
    "Rapat membahas capaian kinerja perangkat daerah. Bupati menyebut beberapa di antaranya adalah Dinas Kesehatan.",
])
def test_innovations_named_in_passing_negatives(nlp, text):
    assert run(nlp, text)[0] == []


@pytest.mark.parametrize("text, expected", [
    # a list of national programmes, even after a capitalised trigger opening a long form
    ("Dalam verifikasi inovasi, tim memeriksa integrasinya dengan program nasional seperti Program Indonesia Sehat "
     "dengan Pendekatan Keluarga (PIS-PK), Posbindu PTM, dan Gerakan Bersih Pantai.", []),
    # national platforms and programmes named beside local ones (rules/innovations.toml not_innovations)
    ("Kader inovasi desa memperbarui data calon pengantin di aplikasi Elsimil setiap bulan.", []),
    ("Penerima bantuan inovasi desa diambil dari DTKS melalui aplikasi SIKS-NG milik Kementerian Sosial.", []),
    # "nasional" elsewhere in the sentence does not block a local name
    ("Kabupaten itu meraih penghargaan nasional lewat inovasi Gerakan Bersih Pantai.", ["Gerakan Bersih Pantai"]),
])
def test_national_programmes_are_no_local_innovations(nlp, text, expected):
    assert run(nlp, text)[0] == expected


@pytest.mark.parametrize("text, expected", [
    # counted innovations, then their names in apposition
    ("Lokakarya itu mengevaluasi dua inovasi puskesmas, BUNDA SIGAP dan Posbindu Keliling.",
     ["BUNDA SIGAP", "Posbindu Keliling"]),
    # a card an innovation makes is a name with its long form (national cards stay out by name)
    ("Dua desa telah menjalankan inovasi yang dijadikan bahan diskusi, yakni Kartu Pintar Warga (KAPIWAR) di Desa "
     "Tumpaan Baru dan Lumbung Pangan Mapalus di Desa Kapitu.", ["KAPIWAR", "Lumbung Pangan Mapalus"]),
    ("Layanan ini memakai Kartu Keluarga (KK) sebagai syarat inovasi desa.", []),
    # bodies in apposition to a count are no names
    ("Bupati meminta dua inovasi baru, Dinas Kesehatan dan Dinas Sosial, segera melapor.", []),
])
def test_counted_innovations_and_cards(nlp, text, expected):
    assert run(nlp, text)[0] == expected


def test_a_name_in_capitals_may_open_with_a_pronoun(nlp):
    text = ("Ia mencontohkan sejumlah inovasi yang sudah berjalan, seperti SI-MANTAP milik DPMPTSP, KAMI PEDULI dari "
            "Disdukcapil, dan E-SIAGA yang dijalankan BPBD.")
    assert run(nlp, text)[0] == ["SI-MANTAP", "KAMI PEDULI", "E-SIAGA"]
    assert run(nlp, "Kami Peduli terhadap inovasi desa, kata Bupati.")[0] == []


def test_a_name_of_unit_words_after_an_innovation_word_with_its_owner_is_an_innovation(nlp):
    # "Pusat ..." opens a body's name, but "inovasi X atau ACRONYM dari Bappeda" names an innovation the body owns
    text = ("Tiga inovasi meraih penghargaan, yakni inovasi Pusat Data Terpadu Desa atau PUSDATU dari Bappeda "
            "Kabupaten Sigi sebagai Terbaik I kategori tata kelola pemerintahan.")
    names, agencies = run(nlp, text)
    assert names == ["PUSDATU"]
    assert not any(a.startswith("Pusat") for a in agencies)


def test_a_units_own_innovation_is_still_the_unit(nlp):
    # the unit owns what follows; its name with a bracketed short form is the body
    text = "Inovasi Dinas Kesehatan (Dinkes) Kabupaten Sigi yakni Posyandu Keliling Sehat diluncurkan Senin."
    names, agencies = run(nlp, text)
    assert any(a.startswith("Dinas Kesehatan") for a in agencies)


def test_a_prize_is_no_innovation(nlp):
    text = ("Juara III ditempati Desa Paisubuloli dengan inovasi SIDAWA yaitu Sistem Informasi Data Warga, dan "
            "mendapat Rp15.000.000. Juara harapan diraih Desa Lalong.")
    names, _ = run(nlp, text)
    assert names == ["SIDAWA"]


@pytest.mark.parametrize("text", [
    # a company's product named like an app ("milik bank tersebut")
    "Inovasi pasar digital dibahas. Pedagang bisa membayar melalui aplikasi Dompet Etam milik bank tersebut.",
    # the central government's programmes listed after "program pusat"
    'Inovasi daerah dipamerkan. "Ada juga stan program pusat seperti KOTAKU dan layanan pembayaran QRIS," ujarnya.',
    # islands a service reaches, listed after their plural
    "Lewat inovasi itu, petugas mendatangi warga di pulau-pulau terluar seperti Takabonerate dan Pasimarannu.",
])
def test_company_products_central_programmes_and_plural_places(nlp, text):
    assert run(nlp, text)[0] == []


@pytest.mark.parametrize("text", [
    "Pemkab juga mendukung program Bulan Bakti Gotong Royong Masyarakat yang digelar setiap tahun.",
    "Bupati menerima penghargaan Kabupaten Layak Anak dari kementerian.",
    "Kegiatan pengendalian inflasi antara lain Operasi Pasar dan Gerakan Pangan Murah.",
])
def test_national_and_routine_programmes_named_like_innovations(nlp, text):
    assert run(nlp, text)[0] == []
