"""Officials written the ways prose writes them: a pasted headline that names nobody, an office in lower case
after the person ("Maria Lobo, kepala Puskesmas Nita, mengatakan"), innovators and speakers named in
running text. Sentences written for these tests."""
import pytest
from helpers import component_nlp, officials_by_name as officials


@pytest.fixture(scope="module")
def nlp():
    return component_nlp("inovasi_agencies", "inovasi_regions", "inovasi_officials")


@pytest.mark.parametrize("headline", ["Pj Bupati Kunjungi Desa Inovatif", "Wali Kota Tinjau Pasar Digital",
                                      "Kadis Kominfo Buka Pelatihan"])
def test_a_short_pasted_headline_names_nobody(nlp, headline):
    text = (headline + "\n\nPenjabat Bupati Sikka, Yohanes Mari Ratu, S.STP meninjau inovasi Desa Cerdas, "
            "Kamis (15/8/2024).")
    assert list(officials(nlp, text)) == ["Yohanes Mari Ratu"]


def test_a_headline_line_that_is_a_sentence_is_still_read(nlp):
    text = "Bupati Sikka Yohanes Mari Ratu membuka pelatihan inovasi.\n\nPelatihan diikuti 40 peserta."
    assert list(officials(nlp, text)) == ["Yohanes Mari Ratu"]


@pytest.mark.parametrize("text,name,position", [
    ("Maria Lobo, kepala Puskesmas Nita, mengatakan layanan itu gratis.", "Maria Lobo", "Kepala Puskesmas Nita"),
    ('"Kami siap," ujar Markus Lado, camat Alok.', "Markus Lado", "Camat Alok"),
    ("Kegiatan itu diinisiasi oleh Rina Wati, staf Bagian Organisasi Setda Sikka.", "Rina Wati",
     "Staf Bagian Organisasi Sekretariat Daerah Sikka"),
    ("Yohanes Bosco, dosen Universitas Nusa Nipa, menilai inovasi itu layak.", "Yohanes Bosco",
     "Dosen Universitas Nusa Nipa"),
])
def test_an_office_written_in_prose_after_the_name(nlp, text, name, position):
    found = officials(nlp, text)
    assert found[name]["position"] == position


@pytest.mark.parametrize("text", [
    "Aplikasi Sipandu, kepala Dinas Kesehatan mengatakan, sudah dipakai warga.",
    "Warga Desa Nita, lurah Kota Uneng dan camat Alok hadir dalam acara itu.",
    "Pada Senin lalu, Bupati Sikka, kepala Dinas Kominfo dan camat Alok meninjau lokasi.",
    "Camat Alok Barat Laut membuka kegiatan tersebut.",
    "Kabupaten Sikka, kepala daerahnya menyebut, siap berinovasi.",
])
def test_prose_offices_without_a_person_name_nobody(nlp, text):
    assert officials(nlp, text) == {}


def test_an_innovator_or_speaker_written_in_prose_names_a_person(nlp):
    text = ("Juara I diraih Puskesmas Nita dengan inovator Agnes Dua, juara II Puskesmas Beru "
            "dengan inovator Paulus Moa.")
    found = officials(nlp, text)
    assert {n: f["position"] for n, f in found.items()} == {"Agnes Dua": "Inovator", "Paulus Moa": "Inovator"}
    assert officials(nlp, "Menurut narasumber Budi Santoso, inovasi perlu anggaran.")["Budi Santoso"]["position"] \
        == "Narasumber"
    # a body or a group after the role is nobody
    assert officials(nlp, "Para inovator Puskesmas Nita hadir dalam acara itu.") == {}
    assert officials(nlp, "Narasumber Dinas Kesehatan menjelaskan tahapan inovasi.") == {}


@pytest.mark.parametrize("text,name,position", [
    ("Penilaian lapangan dipimpin Kasubdit Inovasi Daerah, Drs. Made Arsana, M.AP.", "Made Arsana",
     "Kasubdit Inovasi Daerah"),
    ("Kabiro Organisasi Setda Provinsi Riau, Hendra Wijaya, membuka acara.", "Hendra Wijaya",
     "Kabiro Organisasi Sekretariat Daerah Provinsi Riau"),
    ("Materi disampaikan Kasubbid Litbang Bappeda Kota Bima, Rahmat Hidayat.", "Rahmat Hidayat",
     "Kasubbid Penelitian dan Pengembangan Badan Perencanaan Pembangunan Daerah Kota Bima"),
])
def test_shortened_heads_of_subdirectorates_subfields_and_bureaus(nlp, text, name, position):
    assert officials(nlp, text)[name]["position"] == position


def test_a_court_whose_second_word_is_a_name_ends_the_position_not_opens_the_name(nlp):
    people = officials(nlp, "Kasubdit Perdata Khusus Mahkamah Agung Bambang Sulistyo menjalani pemeriksaan, Selasa (3/2).")
    assert list(people) == ["Bambang Sulistyo"]
    assert people["Bambang Sulistyo"]["position"] == "Kasubdit Perdata Khusus Mahkamah Agung"
    assert list(officials(nlp, "Turut hadir Agung Prasetyo, S.H., Kepala Bagian Hukum.")) == ["Agung Prasetyo"]


@pytest.mark.parametrize("text, name, position, degrees", [
    # a health centre's two-word place before the name and its degree
    ("Kepala UPTD Puskesmas Sei Rampah, Evi Susanti Sitorus SKM, menjelaskan warga cukup menelepon.",
     "Evi Susanti Sitorus", "Kepala UPTD Puskesmas Sei Rampah", ["SKM"]),
    ("Camat Sungai Raya, Amirudin SSTP, menjelaskan jadwal layanan.", "Amirudin", "Camat Sungai Raya", ["SSTP"]),
    # one more member of a commission
    ("Anggota Komisi I lainnya, Drs. Syafrizal Tamin, menyoroti aplikasi pengaduan desa.", "Syafrizal Tamin",
     "Anggota Komisi I", ["Drs"]),
    # an aside on the holder between the title and the name
    ("Kepala Desa Bambu, salah satu peserta rombongan, Hasanuddin, mengaku terkesan.", "Hasanuddin",
     "Kepala Desa Bambu", []),
    # a school's place after "SD Inpres" or a state school's number
    ("Awalnya dari Ibu Paskalina Kotouki, Kepala SD Inpres Kebo. Beliau melihat anak-anak tidak pernah memegang buku.",
     "Paskalina Kotouki", "Kepala SD Inpres Kebo", []),
    ("Usulan itu datang dari Paskalina Kotouki, Kepala SD Negeri 2 Kebo, pada 2022.", "Paskalina Kotouki",
     "Kepala SD Negeri 2 Kebo", []),
    ("Kepala SMA Negeri 1 Maumere Yohanes Don Bosco mengatakan sekolahnya siap.", "Yohanes Don Bosco",
     "Kepala SMA Negeri 1 Maumere", []),
    # a profession in lower case after the name, closed by a relative clause or a comma
    ('"Kami catat semua ibu hamil," ujar Selviana Howay, Amd.Keb, bidan Puskesmas Ayawasi yang sejak awal ikut '
     'menjalankan program itu.', "Selviana Howay", "Bidan Puskesmas Ayawasi", ["Amd.Keb"]),
    ("Menurut Rahmat Siregar, dosen Universitas Gadjah Mada, proposal harus memuat data.", "Rahmat Siregar",
     "Dosen Universitas Gadjah Mada", []),
])
def test_titles_places_and_asides_around_the_name(nlp, text, name, position, degrees):
    found = officials(nlp, text)
    assert list(found) == [name]
    assert found[name]["position"].casefold() == position.casefold() and found[name]["degrees"] == degrees


def test_mothers_a_service_names_are_nobody(nlp):
    text = ("SI-JEMPUT merupakan singkatan dari Sistem Gerak Cepat Penjemputan Ibu Bersalin. Kepala UPTD Puskesmas "
            "Sei Rampah, Evi Susanti Sitorus SKM, menjelaskan warga cukup menelepon.")
    assert list(officials(nlp, text)) == ["Evi Susanti Sitorus"]


def test_a_conjunction_after_the_degrees_opens_the_next_person_not_an_aside(nlp):
    text = ("Materi disampaikan oleh Kabid Aplikasi Informatika, Dimas Arya Pradana, ST, dan narasumber dari kalangan "
            "akademisi, Dr. Eng. Faisal Rahman, yang membahas keamanan data.")
    assert officials(nlp, text)["Dimas Arya Pradana"]["degrees"] == ["ST"]


@pytest.mark.parametrize("text, name, position", [
    # a state school under its fused short name and number
    ("Kepala SMPN 4 Kolaka, Rahmawati Idrus, S.Pd., M.Pd., dalam paparannya mengatakan inovasi itu lahir dari "
     "rendahnya minat baca siswa.", "Rahmawati Idrus", "Kepala SMPN 4 Kolaka"),
    ("Kepala MTsN 2 Kolaka, Ahmad Sanusi, S.Ag, menyambut tim juri.", "Ahmad Sanusi", "Kepala MTsN 2 Kolaka"),
    # the body named again in lower case between the title and its holder
    ("PKS ditandatangani dengan Wakil Direktur Bidang Akademik politeknik tersebut, Nur Aisyah, S.Kel., M.Sc.",
     "Nur Aisyah", "Wakil Direktur Bidang Akademik"),
])
def test_schools_short_names_and_a_body_named_again(nlp, text, name, position):
    found = officials(nlp, text)
    assert name in found and found[name]["position"] == position
    assert "Akademik" not in found


def test_a_bare_title_before_a_body_named_again_gives_no_position(nlp):
    found = officials(nlp, "Kepala sekolah tersebut, Budi Santoso, S.Pd, mengatakan inovasi itu lahir tahun lalu.")
    assert found["Budi Santoso"]["position"] is None


@pytest.mark.parametrize("text, name, position", [
    # a common first name that is also a word of a regency's alias
    ("Menurut Kepala BRIDA Jatim, Prof. Dr. Ir. Hari Santoso Wibowo, M.Eng, lomba tahun ini diikuti 312 inovasi.",
     "Hari Santoso Wibowo", "Kepala Badan Riset dan Inovasi Daerah Jatim"),
    # a speaker's role before the speaker's own office
    ("Rapat menghadirkan narasumber Kepala Bidang Inovasi BRIDA Provinsi Sulawesi Tenggara, Dr. Rosmala, S.E.",
     "Rosmala", "Kepala Bidang Inovasi Badan Riset dan Inovasi Daerah Provinsi Sulawesi Tenggara"),
    # ... which stays where no office follows it
    ("Narasumber BSKDN Kemendagri, Dr. Budi Santoso, M.Si, memaparkan indikator indeks.", "Budi Santoso",
     "Narasumber Badan Strategi Kebijakan Dalam Negeri Kementerian Dalam Negeri"),
])
def test_first_names_and_speakers_offices(nlp, text, name, position):
    assert officials(nlp, text)[name]["position"] == position


def test_a_long_form_in_brackets_opening_with_a_title_is_nobody(nlp):
    text = ('Di antaranya layanan "KADES MENYAPA" (Kepala Desa Melayani Sepenuh Hati) yang digagas Dinas '
            "Pemberdayaan Masyarakat dan Desa.")
    assert officials(nlp, text) == {}


@pytest.mark.parametrize("text, name, position", [
    # a health centre numbered after its place
    ("Kepala Puskesmas Wanareja 1, drg Rina Septiani, menjelaskan setiap lansia dikunjungi kader.", "Rina Septiani",
     "Kepala Puskesmas Wanareja 1"),
    ("Kepala Puskesmas Sumberjaya II, Budi Santoso, hadir dalam peluncuran itu.", "Budi Santoso",
     "Kepala Puskesmas Sumberjaya II"),
    # a one-word name after a branch's title and a comma is a person, not the branch's place
    ("Pemimpin Cabang BRI Kolaka, Zulfikar, menyatakan kesiapan bank melayani pembayaran nontunai.", "Zulfikar",
     "Pemimpin Cabang BRI Kolaka"),
])
def test_numbered_health_centres_and_branch_heads(nlp, text, name, position):
    assert officials(nlp, text)[name]["position"] == position


def test_a_branchs_place_without_a_comma_is_no_person(nlp):
    assert officials(nlp, "Kepala Bank Sultra Cabang Lolak menyatakan kesiapan bank.") == {}


@pytest.mark.parametrize("text, name, position", [
    # a dinas's secretary under the shorthand title, in a quote's attribution and before a comma
    ('"Petani bisa menahan panen kalau harga jatuh," jelas Sekdis Pertanian Rusdin Ahmad, S.P., M.Si.', "Rusdin Ahmad",
     "Sekdis Pertanian"),
    ("Sekdis Kesehatan Kolaka, Rusdin Ahmad, membuka acara sosialisasi.", "Rusdin Ahmad", "Sekdis Kesehatan Kolaka"),
])
def test_a_dinas_secretarys_shorthand_title(nlp, text, name, position):
    assert officials(nlp, text)[name]["position"] == position


@pytest.mark.parametrize("text,name,position", [
    # a school named after its village, then numbered: the number is the school's, the name follows the comma
    ("Kepala SDN Kademangan 3, Moh. Hasan Basri, S.Pd.SD, bercerita bahwa ide itu muncul dari ruang kelas yang sempit.",
     "Moh. Hasan Basri", "Kepala SDN Kademangan 3"),
    ("Kepala SMPN Sukamaju 2, Dra. Ani Rohani, membuka lomba itu.", "Ani Rohani", "Kepala SMPN Sukamaju 2"),
    # degrees after "RSUD dr. Nama" make the name the director's, not the hospital's namesake
    ("Direktur RSUD dr. H. Muhammad Ridwan, Sp.PD, FINASIM meresmikan layanan baru.", "Muhammad Ridwan",
     "Direktur Rumah Sakit Umum Daerah"),
    # ... while a hospital named after a person keeps its namesake before its director
    ("Direktur RSUD dr. Soekardjo, dr. Budi Santoso, Sp.PD meresmikan layanan baru.", "Budi Santoso",
     "Direktur Rumah Sakit Umum Daerah dr. Soekardjo"),
])
def test_a_unit_named_by_its_village_or_its_namesake_before_its_head(nlp, text, name, position):
    people = officials(nlp, text)
    assert list(people) == [name]
    assert people[name]["position"] == position


@pytest.mark.parametrize("text,name,position", [
    # a speaker's role and body, then the speaker's own office after the name: the office, with the role's body
    ("Narasumber dari Badan Strategi Kebijakan Dalam Negeri (BSKDN), Yuliana Pratiwi, S.IP., M.A., yang merupakan "
     "Analis Kebijakan Ahli Madya, memaparkan 20 indikator penilaian.", "Yuliana Pratiwi",
     "Analis Kebijakan Ahli Madya Badan Strategi Kebijakan Dalam Negeri"),
    ("Pemateri dari BRIDA Provinsi Bengkulu, Dr. Yulia Marlina Ningsih, S.E., M.Si., Kepala Bidang Inovasi dan "
     "Teknologi, mengulas perbedaan inovasi tata kelola dan pelayanan publik.", "Yulia Marlina Ningsih",
     "Kepala Bidang Inovasi dan Teknologi Badan Riset dan Inovasi Daerah Provinsi Bengkulu"),
    # ... and a speaker with no office of their own keeps the role
    ("Narasumber dari Badan Strategi Kebijakan Dalam Negeri (BSKDN), Yuliana Pratiwi, S.IP., memaparkan 20 indikator.",
     "Yuliana Pratiwi", "Narasumber Badan Strategi Kebijakan Dalam Negeri"),
])
def test_a_speakers_office_after_the_name_wins_over_the_role(nlp, text, name, position):
    assert officials(nlp, text)[name]["position"] == position
