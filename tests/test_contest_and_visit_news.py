"""Kinds of regional news read in the ninth and tenth sessions' probes (issue 12): contest entries named in apposition
or described after their rank, a name beside another after "Selain", a headline's quoted name, a headline's clause
after a comma, enumerations opened by an ordinal, exhibition stands, lists of what is not an innovation; governments
that are assisted, press offices in the dateline's place, hosts named as bare regions, pupils and residents' home
villages, a village and its district as an address; a compound title before a name. Sentences written for these
tests in the style of regional news."""
import pytest

from tests.helpers import agency_names, component_nlp, extracted, innovation_names, officials_by_name


@pytest.fixture(scope="module")
def nlp():
    return component_nlp("inovasi_agencies", "inovasi_innovations")


KRENOVA = "Lomba Kreativitas dan Inovasi (Krenova) Kabupaten Wonosobo 2023 diikuti 52 karya inovasi warga. "


@pytest.mark.parametrize("text, expected", [
    # an entry named in apposition after the word for it, in a contest story
    (KRENOVA + "Dua siswa bersorak saat nama karya mereka, PANEN CERDAS, diumumkan sebagai juara I kategori pelajar.",
     ["PANEN CERDAS"]),
    (KRENOVA + "Ia tak menyangka karyanya, Alat Tanam Jagung Otomatis, diumumkan sebagai juara harapan.",
     ["Alat Tanam Jagung Otomatis"]),
    # a rank goes to a name an apposition says is an application
    (KRENOVA + "Di kategori umum, juara I diraih SITEMBAKAU, aplikasi pencatatan harga tembakau buatan seorang petani.",
     ["SITEMBAKAU"]),
])
def test_contest_entries_in_apposition(nlp, text, expected):
    assert innovation_names(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # a place's name with the word in it
    KRENOVA + "Lurah Tuah Karya, Novi Yanti, S.Sos, menyebut warga enam RW ikut lomba.",
    # no contest story: "karya" is only a work
    "Pameran lukisan itu memajang karya mereka, Senja di Dieng, di ruang utama gedung kesenian.",
    # a rank going to a person or a plain run of capitals without an apposition saying what it is
    KRENOVA + "Di kategori umum, juara I diraih Sutrisno, petani asal Kledung.",
    KRENOVA + "Di kategori umum, juara I diraih TIM MERAPI, yang datang dari lereng gunung.",
])
def test_no_entry_without_a_contest_or_a_description(nlp, text):
    assert innovation_names(nlp, text) == []


def test_a_name_beside_an_innovation_after_selain(nlp):
    text = ("Rombongan belajar inovasi ke Dinas Kesehatan. Paparan disampaikan kepala dinas tentang TIRTA WENING. "
            "Selain TIRTA WENING, rombongan juga mendapat penjelasan tentang SIPADI (Sistem Informasi Padi Digital) "
            "yang dikelola Dinas Pertanian.")
    assert innovation_names(nlp, text) == ["TIRTA WENING", "SIPADI"]
    # a body or an office after "Selain" is no innovation
    for opener in ("Selain DPRD", "Selain Dinas Pertanian"):
        text = (f"Pemkab Wonosobo studi tiru inovasi. {opener}, rombongan juga mendengar paparan inovasi SIPADI "
                "(Sistem Informasi Padi Digital).")
        assert innovation_names(nlp, text) == ["SIPADI"]


def test_a_headlines_quoted_name_after_its_trigger(nlp):
    text = ('Pemkab Sumbawa Studi Tiru Inovasi "BRIGADE SEHAT" di Bantaeng\n\n'
            "BANTAENG - Pemerintah Kabupaten Sumbawa melakukan studi tiru ke Kabupaten Bantaeng. Kepala Dinas "
            "Kesehatan Bantaeng memaparkan cara kerja inovasi yang dikelola dinasnya tersebut.\n")
    assert innovation_names(nlp, text) == ["BRIGADE SEHAT"]
    # unquoted, the headline's capitals name nothing the story does not name again
    assert innovation_names(nlp, text.replace('"BRIGADE SEHAT"', "Layanan Gawat Darurat")) == []


def test_a_headlines_clause_after_the_launched_name(nlp):
    text = ("Disdukcapil Luncurkan SI-RANCAK, Warga Kini Urus KK dan Akta di Kantor Lurah\n\n"
            "Dinas Kependudukan dan Pencatatan Sipil resmi meluncurkan inovasi bernama SI-RANCAK, Kamis (16/5). "
            "Dengan inovasi ini warga tidak perlu lagi datang ke kantor dinas.\n")
    assert innovation_names(nlp, text) == ["SI-RANCAK"]
    # a list after the comma stays a list
    text = ("Bupati Luncurkan SI-RANCAK, Kebun Gizi dan Lapak Tani\n\nBupati meluncurkan tiga inovasi sekaligus. "
            "Ketiga inovasi tersebut digagas dinas yang berbeda.\n")
    assert innovation_names(nlp, text) == ["SI-RANCAK", "Kebun Gizi", "Lapak Tani"]


@pytest.mark.parametrize("text, expected", [
    # the government is the one assisted: not an actor, the assisting body is
    ("KUALA KURUN – Pemerintah Kabupaten Gunung Mas (Gumas) mendapat pendampingan pengisian Indeks Inovasi Daerah "
     "dari Badan Strategi Kebijakan Dalam Negeri (BSKDN), Kamis (4/5).",
     ["Badan Strategi Kebijakan Dalam Negeri"]),
    ("Pemkab Gunung Mas menerima pembinaan dari Bappeda Provinsi Kalimantan Tengah.",
     ["Badan Perencanaan Pembangunan Daerah Provinsi Kalimantan Tengah"]),
    # receiving an award or a visit is still acting
    ("KUALA KURUN – Pemerintah Kabupaten Gunung Mas menerima penghargaan Kabupaten Sangat Inovatif.",
     ["Pemerintah Kabupaten Gunung Mas"]),
    ("Pemerintah Kabupaten Gunung Mas menerima kunjungan studi tiru Pemerintah Kabupaten Katingan.",
     ["Pemerintah Kabupaten Gunung Mas", "Pemerintah Kabupaten Katingan"]),
])
def test_a_government_assisted_does_not_act(nlp, text, expected):
    assert agency_names(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a press office in the dateline's place is a credit; the same office inside the story acts
    ("Diskominfo Kota Payakumbuh - Pemerintah Kota Payakumbuh melalui Dinas Kependudukan dan Pencatatan Sipil resmi "
     "meluncurkan inovasi bernama SI-RANCAK, Kamis (16/5).",
     ["Pemerintah Kota Payakumbuh", "Dinas Kependudukan dan Pencatatan Sipil"]),
    ("Dinas Komunikasi dan Informatika Kota Payakumbuh meluncurkan inovasi SIPEKA, Kamis (16/5).",
     ["Dinas Komunikasi dan Informatika Kota Payakumbuh"]),
    # a bare region visited hosts as the government the story names; a region only gone to is no host
    ("BANTAENG – Pemerintah Kabupaten Sumbawa melakukan studi tiru ke Kabupaten Bantaeng, Kamis (18/7/2024). "
     "Sekda Bantaeng mengatakan Pemerintah Kabupaten Bantaeng terbuka bagi daerah yang ingin belajar.",
     ["Pemerintah Kabupaten Sumbawa", "Pemerintah Kabupaten Bantaeng"]),
    ("Pemerintah Kabupaten Sumbawa menggelar rapat. Peserta datang ke Kabupaten Bantaeng pekan lalu.",
     ["Pemerintah Kabupaten Sumbawa"]),
])
def test_press_offices_in_the_dateline_and_hosts_of_visits(nlp, text, expected):
    assert agency_names(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Dua siswa kelas XI SMK Negeri 2 Purbalingga, Bagas dan Nadia, menjadi juara lomba inovasi.",
    "Juara I diraih aplikasi SIGUKEL buatan Warsono (45), perajin gula dari Desa Karangcengis.",
    "Alat itu dirancang Suparman, petani asal Kecamatan Kejobong, sejak tiga tahun lalu.",
])
def test_pupils_schools_and_residents_home_villages_do_not_act(nlp, text):
    assert agency_names(nlp, text) == []


def test_a_compound_title_before_a_name_is_one_degree():
    nlp = component_nlp("inovasi_sentences", "inovasi_agencies", "inovasi_regions", "inovasi_officials")
    people = officials_by_name(nlp, "Ketua Dewan Juri, Dr. Eng. Fajar Nugraha, S.T., M.T., menilai karya tahun ini "
                                    "merata.")
    assert people["Fajar Nugraha"]["degrees"] == ["Dr.Eng", "S.T", "M.T"]
    assert people["Fajar Nugraha"]["position"] == "Ketua Dewan Juri"
    people = officials_by_name(nlp, "Pemateri, Dr. Ir. Budi Hartono, M.Si, menyampaikan materi inovasi.")
    assert people["Budi Hartono"]["degrees"] == ["Dr", "Ir", "M.Si"]


@pytest.mark.parametrize("text, name, position", [
    ("Pemimpin Bank Jatim Cabang Kraksaan, Andika Prasetyo, menyatakan pihaknya menyiapkan kode QR bagi pedagang.",
     "Andika Prasetyo", "Pemimpin Bank Jatim Cabang Kraksaan"),
    ("Penandatanganan disaksikan Pemimpin Cabang BRI Kraksaan, Budi Susanto, dan Camat Kraksaan.",
     "Budi Susanto", "Pemimpin Cabang BRI Kraksaan"),
])
def test_a_bank_branchs_head_is_an_official(text, name, position):
    nlp = component_nlp("inovasi_sentences", "inovasi_agencies", "inovasi_regions", "inovasi_officials")
    assert officials_by_name(nlp, text)[name]["position"] == position


def test_pemimpin_in_prose_is_no_position():
    nlp = component_nlp("inovasi_sentences", "inovasi_agencies", "inovasi_regions", "inovasi_officials")
    assert officials_by_name(nlp, "Bupati mengajak para pemimpin daerah, Budi Santoso dan Ani, hadir.") == {}


def test_a_name_of_two_words_in_capitals_before_its_apposition(nlp):
    text = ("Di sisi tata kelola, Bappeda Situbondo memaparkan SIMONEV SAE, yakni Sistem Monitoring dan Evaluasi "
            "Pembangunan yang dikembangkan sejak 2020. Inovasi ini memudahkan pemantauan.")
    assert innovation_names(nlp, text) == ["SIMONEV SAE"]
    # a body's abbreviation before it is no part of it
    text = "Dalam paparan itu DPMD SIMPEL, yaitu Sistem Informasi Pelayanan Desa, menjadi inovasi unggulan."
    assert innovation_names(nlp, text) == ["SIMPEL"]


def test_a_headlines_name_ends_before_how_it_was_launched(nlp):
    text = ("Masih PPKM, Disdik Luncurkan SIGURU dan Gerakan Wong Cerbon Maca Secara Virtual\n\n"
            "Dinas Pendidikan meluncurkan dua inovasi secara daring. Inovasi pertama bernama SIGURU. Inovasi kedua "
            "berupa gerakan literasi bernama Wong Cerbon Maca.\n")
    assert innovation_names(nlp, text) == ["SIGURU", "Wong Cerbon Maca"]


def test_an_elder_named_in_a_list_is_no_innovation(nlp):
    text = ("Menurut Camat, layanan jemput bola itu sangat membantu warga lanjut usia, seperti Mbah Halimah di "
            "Kecamatan Banyuputih yang berumur 71 tahun.")
    assert innovation_names(nlp, text) == []


def test_an_owner_named_without_its_units_status_is_the_unit_listed(nlp):
    text = ("Bupati melakukan kunjungan kerja ke UPTD Puskesmas Oksibil, kemarin. Rombongan disambut Kepala UPTD "
            "Puskesmas Oksibil. Selain itu ada Kelas Mama Bintang dari Puskesmas Oksibil untuk ibu hamil.")
    assert agency_names(nlp, text) == ["UPTD Puskesmas Oksibil"]


@pytest.mark.parametrize("text, expected", [
    ("Aplikasi SIGAP merupakan inovasi milik Pemkab Bulungan yang diluncurkan tahun lalu.", ["SIGAP"]),
    ("Program GEMAR MEMBACA menjadi inovasi unggulan Dinas Perpustakaan tahun ini.", ["GEMAR MEMBACA"]),
    # a name that opens with the word keeps it
    ("Gerakan Bersama Membangun Desa merupakan inovasi Pemkab Bulungan.", ["Gerakan Bersama Membangun Desa"]),
])
def test_a_trigger_opening_the_sentence_is_no_part_of_an_acronym(nlp, text, expected):
    assert innovation_names(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a means opening the sentence, closed by a comma, after a sentence about an innovation
    ("Pemkab meluncurkan layanan baru untuk lansia. Melalui Sapa Lansia, petugas mendatangi rumah lansia setiap "
     "pekan.", ["Sapa Lansia"]),
    ("Dinas Sosial meluncurkan inovasi baru. Lewat KARTU PEDULI, keluarga miskin menerima bantuan pangan.",
     ["KARTU PEDULI"]),
    # a body, a national programme or a region there is no innovation
    ("Pemkab meluncurkan inovasi baru. Melalui Dinas Sosial, petugas mendatangi rumah lansia.", []),
    ("Pemkab meluncurkan inovasi baru. Melalui Program Keluarga Harapan, warga menerima bantuan.", []),
    # a contest the story names
    ("Lomba Inovasi Daerah GEBYAR MAHAKAM 2026 resmi diluncurkan Brida. Melalui GEBYAR MAHAKAM, kami ingin "
     "mendokumentasikan inovasi perangkat daerah.", []),
])
def test_a_means_opening_the_sentence(nlp, text, expected):
    assert innovation_names(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # an acronym in capitals, a comma, then its long form opening with a trigger word
    ("Inovasi lain yang berpeluang adalah SIDARA, Sistem Pendaftaran Rawat Jalan yang dikembangkan RSUD Tanjung Pura "
     "sejak awal 2023.", [("SIDARA", "Sistem Pendaftaran Rawat Jalan")]),
    # "Aplikasi yang merupakan kependekan dari ..." points back at the name before it
    ("Pemkab Tulungagung resmi meluncurkan aplikasi Si-PANTAS, Selasa (7/5/2024). Aplikasi yang merupakan kependekan "
     "dari Sistem Informasi Pelayanan Tani Tulungagung Sigap itu diharapkan membantu petani.",
     [("Si-PANTAS", "Sistem Informasi Pelayanan Tani Tulungagung Sigap")]),
    # an enumeration opened by "Yang pertama," and "Yang kedua ialah"
    ("Ia mengajak peserta membedah dua inovasi yang dianggap paling siap. Yang pertama, Noken Gizi Mama, garapan Dinas "
     "Kesehatan, berupa paket makanan tambahan. Yang kedua ialah PESTA Kampung alias Pelayanan Serentak Tingkat "
     "Kampung, yang dijalankan Distrik Pantai Timur.",
     [("Noken Gizi Mama", None), ("PESTA Kampung", "Pelayanan Serentak Tingkat Kampung")]),
    # a long form and its short name after "dari", made by the body after "yang digarap"
    ("Banyak inovasi belum terdokumentasi. Contoh lain datang dari Klinik Izin Keliling (KLIK) yang digarap Dinas "
     "Penanaman Modal dan Pelayanan Terpadu Satu Pintu.", [("KLIK", "Klinik Izin Keliling")]),
    # a national programme the text says comes from the central government
    ("Ia menegaskan inovasi BAIKAN berbeda dengan program Kampung Nelayan Modern dari pemerintah pusat.",
     [("BAIKAN", None)]),
])
def test_names_with_their_long_forms_and_enumerations(nlp, text, expected):
    values, _ = extracted(nlp, text)
    assert [(i["name"], i["long_name"]) for i in values.get("innovations") or []] == expected


@pytest.mark.parametrize("text, expected", [
    # an enumeration opened by the innovation word and its ordinal
    ("Bupati memaparkan dua inovasi andalan. Inovasi kedua, Lumbung Tani Digital, merupakan grup konsultasi petani "
     "yang dikelola Dinas Pertanian.", ["Lumbung Tani Digital"]),
    # a stand at an innovation exhibition shows an innovation, but not a dance or a festival
    ("Pameran inovasi daerah digelar di alun-alun. Tidak jauh dari situ, stan Dinas Sosial memamerkan SI PELITA. "
     "Warga bisa melapor lewat aplikasi itu.", ["SI PELITA"]),
    ("Pameran inovasi daerah digelar di alun-alun. Stan Dinas Pariwisata memamerkan Tari Lenggang Kapuas dan "
     "Festival Danau Sentarum.", []),
])
def test_ordinal_enumerations_and_exhibition_stands(nlp, text, expected):
    # issue 12: innovations named in an enumeration and at an exhibition's stands
    assert innovation_names(nlp, text) == expected


def test_a_village_and_its_district_are_an_address_not_an_innovation_and_its_owner():
    from pipeline import extract_text
    text = ("Gerakan SAPU LAUT digagas Dinas Pariwisata Kabupaten Raja Ampat. Warga dan penyelam mengangkat sampah dari "
            "dermaga Kampung Saporkren, Distrik Waigeo Selatan, pagi itu.")
    record = extract_text(text)
    assert [i.name for i in record.innovations] == ["SAPU LAUT"]
    assert "Distrik Waigeo Selatan" not in [a.name for a in record.agencies]


@pytest.mark.parametrize("text, expected", [
    # a list of what is not an innovation
    ("Dari usulan yang masuk, tim daerah sudah mencoret yang bukan inovasi, seperti wisata Gunung Lokon, Upacara Adat "
     "Tulude dan Kartu Nelayan, lalu mempertahankan Baku Bantu Nelayan yang digagas Kampung Kapeta.",
     ["Baku Bantu Nelayan"]),
    # a plain list of innovations stays one
    ("Pemkab memaparkan beberapa inovasi, seperti Kartu Sehat Desa, Gerai Izin Kilat dan Sapa Warga.",
     ["Kartu Sehat Desa", "Gerai Izin Kilat", "Sapa Warga"]),
])
def test_lists_of_what_is_not_an_innovation_and_ministries_platforms(nlp, text, expected):
    # issue 12: negated lists and national platforms beside local innovations
    assert innovation_names(nlp, text) == expected


def test_a_ministrys_application_beside_local_innovations_is_none_with_the_model_too():
    from pipeline import extract_text
    text = ("Bupati meluncurkan inovasi Si-HATI. Si-HATI akan disandingkan dengan program lain, mulai dari Kartu Tani, "
            "aplikasi SIMLUHTAN milik Kementerian Pertanian, hingga Tanam Basamo yang diluncurkan Distanbun tahun lalu.")
    names = [i.name for i in extract_text(text).innovations]
    assert "SIMLUHTAN" not in names and "Si-HATI" in names


def test_a_discourse_opener_before_an_acronym_and_its_expansion_is_no_part_of_the_name(nlp):
    text = ("Rombongan diperkenalkan pada SI-DAMAR yang dipakai di seluruh desa. Adapun SI-DAMAR adalah singkatan dari "
            "Sistem Informasi Data Masyarakat Rukun.")
    values, _ = extracted(nlp, text)
    assert [(i["name"], i["long_name"]) for i in values.get("innovations") or []] == \
        [("SI-DAMAR", "Sistem Informasi Data Masyarakat Rukun")]
