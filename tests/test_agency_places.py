"""Bodies named as places, destinations, venues and enterprises in regional news (RECORD.md `agencies`: only bodies that
act), and the names of village bodies and district offices that do act. Sentences written for these tests in the style
of regional press releases and portals."""
import pytest

from tests.helpers import agency_names as agencies, component_nlp


@pytest.fixture(scope="module")
def nlp():
    return component_nlp("inovasi_agencies")


@pytest.mark.parametrize("text, expected", [
    # the area a health centre serves is where a trial ran
    ("Uji coba aplikasi itu sudah dilakukan di wilayah Puskesmas Tanjung sejak Februari 2024.", []),
    ("Layanan itu diuji coba sejak Mei 2023 di wilayah kerja Puskesmas Kota Baru dengan dua kendaraan.", []),
    # where goods are placed or handed out: every health centre of the list
    ("Kepala Dinas Kesehatan, dr. Yohana Kambu, menjelaskan bahwa empat sepeda motor itu akan ditempatkan di "
     "Puskesmas Ayawasi, Puskesmas Fef dan Puskesmas Kebar.", []),
    # ... while the winners of an award are still owners, the second as much as the first
    ("Penghargaan diberikan kepada Puskesmas Ayawasi dan Puskesmas Kebar atas inovasi SIGAP BUNDA.",
     ["Puskesmas Ayawasi", "Puskesmas Kebar"]),
    # a rank that "falls to" a district names its owner, though "ke" reads like a destination
    ("Juara ketiga jatuh ke Distrik Numfor Barat lewat inovasi Kampung Bersih.", ["Distrik Numfor Barat"]),
    # village heads by where they come from
    ("Rombongan terdiri dari 10 pejabat dan 9 kepala desa dari Kecamatan Dolo dan Kecamatan Kulawi.", []),
])
def test_places_destinations_and_origins(nlp, text, expected):
    assert agencies(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a hall inside the head of the region's office
    ("Penghargaan diserahkan dalam acara yang digelar Bappeda Kabupaten Lebong di Balai Pancasila Kantor Bupati "
     "Lebong, Rabu (6/12/2023).", ["Badan Perencanaan Pembangunan Daerah Kabupaten Lebong"]),
    # a village-owned enterprise is a company, not a village named after it
    ("Pengelolaan bank sampah diserahkan kepada Badan Usaha Milik Desa (BUMDes) Sejahtera Abadi. Direktur BUMDes "
     "Sejahtera Abadi, Sutrisno, menyebut hasilnya menjadi pendapatan BUMDes.", []),
    # a national ministry read on its website only supplies data
    ("Data di laman resmi KemenPAN-RB menunjukkan jumlah proposal dari provinsi itu turun.", []),
    # a legislator who only attended
    ("Ketua Komisi II DPRD Kabupaten Katingan, Markus Dehen SH, yang hadir dalam rapat itu mengingatkan agar "
     "inovasi tidak sekadar mengejar nilai.", []),
])
def test_venues_enterprises_and_sources_do_not_act(nlp, text, expected):
    assert agencies(nlp, text) == expected


def test_a_signing_in_the_heads_office_makes_no_party_of_the_building(nlp):
    text = ("Sebanyak 40 kepala perangkat daerah menandatangani komitmen bersama percepatan inovasi di Ruang Rapat "
            "Kantor Bupati Pesisir Selatan, Senin (3/2/2025).")
    assert agencies(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    # a village body's name goes on with its village, after its short name in brackets or without it
    ("Badan Permusyawaratan Desa (BPD) Sungai Rampah menetapkan peraturan desa tentang pengelolaan sampah.",
     ["Badan Permusyawaratan Desa Sungai Rampah"]),
    ("Lembaga Pemberdayaan Masyarakat Kelurahan Karang Anyar menggelar pelatihan kader inovasi.",
     ["Lembaga Pemberdayaan Masyarakat Kelurahan Karang Anyar"]),
    # a district's office opening a sentence is the district acting; where an event is held it is a place
    ("Kantor Kecamatan Sungai Tabuk membuka layanan surat-menyurat hingga malam hari.", ["Kecamatan Sungai Tabuk"]),
    ("Sosialisasi digelar di Kantor Kecamatan Sungai Tabuk, Senin (3/2/2025).", []),
    # presenting its innovation to a panel
    ("Paparan pertama disampaikan Kepala Dinas Kesehatan (Dinkes) Katingan, dr. Rina Sari. Ia memperkenalkan "
     "layanan lansia terpadu.", ["Dinas Kesehatan Katingan"]),
])
def test_village_bodies_district_offices_and_presenters_act(nlp, text, expected):
    assert agencies(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a health volunteer by her village
    ("Salah satu kader dari Desa Sungai Bakau, Marlina, mengaku senang mendapat pembekalan.", []),
    # a unit that runs an innovation where it serves
    ('Inovasi serupa sudah berjalan di wilayah kerja Puskesmas Oesao melalui gerakan "IBU SIAGA".',
     ["Puskesmas Oesao"]),
    # a national body whose rule a standard follows
    ("Ia menyebut standar perbenihan mengikuti ketentuan Kementerian Pertanian.", []),
    # a resource person's body taking part online is no attendee
    ("Rapat digelar secara hybrid dengan narasumber dari Badan Strategi Kebijakan Dalam Negeri (BSKDN) Kemendagri yang "
     "hadir melalui Zoom Meeting.", ["Badan Strategi Kebijakan Dalam Negeri Kementerian Dalam Negeri"]),
])
def test_origins_means_norms_and_online_speakers(nlp, text, expected):
    assert agencies(nlp, text) == expected


def test_the_holder_speaking_of_what_the_office_did(nlp):
    text = ("Kepala Bagian Organisasi Setda Banggai, Fadel Lanusi, S.STP., M.Si, mengatakan pihaknya mendampingi tim "
            "RSUD sejak penyusunan proposal.")
    assert agencies(nlp, text) == ["Bagian Organisasi Sekretariat Daerah Banggai"]
    text = ("Kepala Bagian Organisasi Setda Banggai, Fadel Lanusi, S.STP., M.Si, mengatakan pihaknya berharap inovasi "
            "itu terus berjalan.")
    assert agencies(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    # two bodies after "dan" in a headline; planning and research are one
    ("Komisi I DPRD Rejang Lebong Panggil Bappeda dan Kominfo",
     ["Badan Perencanaan Pembangunan Daerah", "Dinas Komunikasi dan Informatika"]),
    ("Bimtek digelar Bappeda dan Litbang Kabupaten Sikka, Senin.",
     ["Badan Perencanaan Pembangunan Daerah dan Penelitian dan Pengembangan Kabupaten Sikka"]),
])
def test_a_bodys_short_name_and_a_field_after_dan(nlp, text, expected):
    assert agencies(nlp, text)[-len(expected):] == expected


def test_a_delegation_taken_to_a_region_visits_its_government(nlp):
    text = ("Pemerintah Kabupaten Majene memboyong rombongan ke Kabupaten Banyuwangi, Jawa Timur, untuk mempelajari "
            "inovasi pelayanan desa. Ia menyampaikan bahwa Pemkab Banyuwangi terbuka apabila Majene ingin "
            "mereplikasi.")
    assert "Pemerintah Kabupaten Banyuwangi" in agencies(nlp, text)


@pytest.mark.parametrize("text", [
    "Data titik panas diperoleh dari BMKG, sedangkan laporan lapangan dikirim warga.",
    "Data kependudukan diambil dari Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sikka.",
])
def test_where_data_come_from_is_no_actor(nlp, text):
    assert agencies(nlp, text) == []


def test_a_body_to_be_brought_in_later_has_not_acted(nlp):
    text = "Dinas Koperasi, UKM dan Perdagangan rencananya akan dilibatkan untuk membantu pemasaran produk desa."
    assert agencies(nlp, text) == []
    assert agencies(nlp, "Dinas Koperasi dilibatkan dalam pemasaran produk desa.") == ["Dinas Koperasi"]


def test_a_holder_who_coordinates_brings_the_body(nlp):
    text = ("Kepala BRIDA Tabanan Drs I Made Sudana MSi yang mengoordinasikan pengusulan inovasi menyebutkan hasil ini "
            "menjadi bekal.")
    assert agencies(nlp, text) == ["Badan Riset dan Inovasi Daerah Tabanan"]


def test_a_hospitals_name_holding_dan_runs_to_its_region(nlp):
    text = "Inovasi layanan jemput pasien milik RSUD Tani dan Nelayan Kabupaten Boalemo mendapat kunjungan tim juri."
    assert agencies(nlp, text) == ["Rumah Sakit Umum Daerah Tani dan Nelayan Kabupaten Boalemo"]


@pytest.mark.parametrize("text, expected", [
    # a position's health centre, then its holder's name after a comma: no list of health centres
    ("Materi disampaikan Bidan Koordinator Puskesmas Sungai Lilin, Rosmaini, Amd.Keb, mengenai tanda bahaya "
     "kehamilan.", ["Puskesmas Sungai Lilin"]),
    # a health centre's kind is no word of its place's name: the whole place
    ("UPTD Puskesmas Rawat Inap Sungai Lilin Jaya menyosialisasikan dua inovasinya kepada kader posyandu.",
     ["UPTD Puskesmas Rawat Inap Sungai Lilin Jaya"]),
    # a government sending its entries acts, though the sentence reports a speech
    ("Ia menyampaikan Pemerintah Kota Tidore Kepulauan mengirim tiga inovasi ke lomba tingkat provinsi tahun ini.",
     ["Pemerintah Kota Tidore Kepulauan"]),
    # a head who facilitates brings the body
    ("Kepala Bappeda Kabupaten Kolaka, Haris Mallu, ST, selaku fasilitator penyusunan naskah kerja sama, menyebut "
     "kedua inovasi itu sudah dilaporkan.", ["Badan Perencanaan Pembangunan Daerah Kabupaten Kolaka"]),
    # a body that will read a result, and a ministry whose national programme an event belongs to, do not act
    ("Hasil pengukuran indeks nantinya menjadi bahan bagi Bappeda dalam menyusun dokumen perencanaan.", []),
    ("Kegiatan yang digelar Dinas Sosial Kabupaten Kolaka itu merupakan bagian dari program nasional Kementerian "
     "Sosial.", ["Dinas Sosial Kabupaten Kolaka"]),
    # a jury's members do not bring their offices (the trainset's gold leaves out the office of a jury's chair)
    ("Penilaian dilakukan tiga juri: Dr. Hendra Wijaya, M.Si (akademisi), Sari Dewi, S.IP, Analis Kebijakan "
     "Lembaga Administrasi Negara (LAN), serta Kabid Inovasi BRIDA Provinsi Sulawesi Tenggara, Anwar, ST.", []),
    # an innovation's short name, then its long form opening with a village's word: no village
    ("Desa Lamokato memamerkan DESTARA atau Desa Sapu Tangguh Rakyat, inovasi pengelolaan sampah pesisir.",
     ["Desa Lamokato"]),
    # a place having a figure is no owner; a place having an innovation is
    ("Replikasi akan diterapkan di wilayah kerja Puskesmas Lalonggasu, yang memiliki angka stunting tertinggi.", []),
    ("Penghargaan diberikan kepada Puskesmas Lalonggasu yang memiliki inovasi Posyandu Keliling.",
     ["Puskesmas Lalonggasu"]),
])
def test_units_entrants_readers_and_jurors(nlp, text, expected):
    assert agencies(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a recipient of reports with words between the sending and "ke", and the channel named after it
    ("Kerja sama itu diharapkan berlanjut dengan replikasi yang dapat dilaporkan kedua daerah ke Kementerian Dalam "
     "Negeri melalui BSKDN.", []),
    ("Pendampingan lanjutan digelar sebelum batas akhir penginputan data IID ke BSKDN Kemendagri pada akhir Oktober.",
     []),
    # a national body's platform described in lower case, and a deadline a ministry sets
    ("Data balita dikirim ke puskesmas melalui aplikasi pencatatan gizi milik Kementerian Kesehatan.", []),
    ("Perbaikan data ditargetkan tuntas sebelum batas akhir verifikasi yang ditetapkan Kementerian Dalam Negeri.", []),
    # a presenter's turn given to a body, and a district opening a sentence with its head in apposition
    ("Giliran pertama diberikan kepada Dinas Pendidikan. Kepala dinas memaparkan tiga inovasi sekolah.",
     ["Dinas Pendidikan"]),
    ("Sementara Kecamatan Lalolae, lewat Camat Lalolae Erwin Saputra, memaparkan layanan administrasi keliling.",
     ["Kecamatan Lalolae"]),
    # a body scheduled to be brought in has not acted
    ("Pemerintah Provinsi Sulawesi Tenggara juga direncanakan dilibatkan dalam pendampingan inovasi desa.", []),
    # a regency written in two words though its name is one
    ("Bappeda Batang Hari menggelar bimtek penyusunan profil inovasi.",
     ["Badan Perencanaan Pembangunan Daerah Batang Hari"]),
])
def test_recipients_plans_and_national_platforms(nlp, text, expected):
    assert agencies(nlp, text) == expected


def test_a_national_centre_is_the_workplace_of_a_speaker_from_a_national_body_acting_earlier(nlp):
    text = ("Bappeda Kolaka mendapat pendampingan dari Badan Strategi Kebijakan Dalam Negeri (BSKDN) Kementerian Dalam "
            "Negeri, Rabu (8/6/2022). Pendampingan dipandu Analis Kebijakan Ahli Muda Pusat Strategi Kebijakan Inovasi "
            "Daerah BSKDN, Rina Marlina, S.Sos.")
    assert agencies(nlp, text) == ["Badan Perencanaan Pembangunan Daerah Kolaka",
                                   "Badan Strategi Kebijakan Dalam Negeri Kementerian Dalam Negeri"]


def test_a_headlines_short_school_name_takes_the_texts_full_one(nlp):
    text = ('Disdikpora Kolaka Tularkan Inovasi "Pagi Membaca" SMPN 2 ke Seluruh SMP\n\nInovasi literasi yang lahir di '
            "SMP Negeri 2 Kolaka mulai ditularkan ke sekolah lain. Dinas Pendidikan Kabupaten Kolaka menggelar "
            "sosialisasi replikasi di aula sekolah itu, Rabu (8/5).")
    assert "SMP Negeri 2 Kolaka" in agencies(nlp, text) and "SMPN 2" not in agencies(nlp, text)


@pytest.mark.parametrize("text, expected", [
    # a region's shorthand the text gives in brackets stands for the region after a body's name
    ("WAISAI – Pemerintah Kabupaten Raja Ampat (KRA) menggelar bimtek inovasi daerah, Senin (4/3/2024). Kegiatan "
     "itu difasilitasi Badan Perencanaan Pembangunan Daerah (Bappeda) KRA bersama Dinas Perikanan KRA.",
     ["Pemerintah Kabupaten Raja Ampat", "Badan Perencanaan Pembangunan Daerah Kabupaten Raja Ampat",
      "Dinas Perikanan Kabupaten Raja Ampat"]),
    # where patients are referred, with words between the referral and the hospital
    ("Lewat inovasi itu, ibu hamil berisiko tinggi yang ditemukan kader dirujuk tepat waktu ke RSUD Sekayu.", []),
])
def test_defined_region_shorthand_and_referral(nlp, text, expected):
    assert agencies(nlp, text) == expected
