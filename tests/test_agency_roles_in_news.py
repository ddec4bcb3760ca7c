"""Acting government bodies in the roles regional news gives them (RECORD.md `agencies`): visitors and hosts,
attendees and witnesses, recipients that own an innovation, where participants come from, ranked winners,
committee chairs; and body words that belong to an innovation's name. Sentences written for these tests."""
import pytest

from tests.helpers import agency_names as agencies, component_nlp


@pytest.fixture(scope="module")
def nlp():
    return component_nlp("inovasi_agencies")


def test_host_and_visitor_of_a_study_visit_both_act(nlp):
    text = "Pemkot Kupang menerima kunjungan studi tiru Pemerintah Kabupaten Sikka di Balai Kota, Senin (9/9/2024)."
    assert agencies(nlp, text) == ["Pemerintah Kota Kupang", "Pemerintah Kabupaten Sikka"]
    # a government that only owns the place or the mission does not
    assert agencies(nlp, "Rombongan tiba di kantor Bupati. Salah satu misi Pemkab Sikka adalah pelayanan prima.") == []


def test_a_holder_who_only_attends_brings_no_body(nlp):
    text = ("Kepala Dinas Kesehatan Kabupaten Sikka menghadiri peluncuran aplikasi SIDAKU oleh Dinas "
            "Kependudukan dan Pencatatan Sipil.")
    assert agencies(nlp, text) == ["Dinas Kependudukan dan Pencatatan Sipil"]
    text = "Kepala Bappeda Sikka, Yosef Lado, menyaksikan penandatanganan kerja sama itu."
    assert agencies(nlp, text) == []
    text = "Peluncuran disaksikan Bupati Ngada, Andreas Paru, dan Kepala Dinas Kesehatan Kabupaten Ngada."
    assert agencies(nlp, text) == []
    # the holder who launches still brings the body
    assert agencies(nlp, "Kepala Dinas Kesehatan Kabupaten Sikka meluncurkan aplikasi SEHATI.") == \
        ["Dinas Kesehatan Kabupaten Sikka"]


def test_a_recipient_that_runs_the_innovation_owns_it(nlp):
    text = "Bupati Sikka menyerahkan bantuan kepada Puskesmas Nita yang menjalankan inovasi Posyandu Remaja."
    assert agencies(nlp, text) == ["Puskesmas Nita"]
    # a recipient and nothing more does not act
    assert agencies(nlp, "Bupati Sikka menyerahkan bantuan kepada Puskesmas Nita dan Puskesmas Beru.") == []


def test_where_participants_come_from_is_no_actor(nlp):
    text = ("Bagian Organisasi Setda Flores Timur menggelar bimtek inovasi. Peserta bimtek berasal dari Dinas "
            "Kesehatan, Dinas Pendidikan, Badan Keuangan Daerah serta 19 kecamatan.")
    assert agencies(nlp, text) == ["Bagian Organisasi Sekretariat Daerah Flores Timur"]


def test_an_inspectorate_named_two_ways_is_one_body(nlp):
    text = ("Inspektorat Sikka Luncurkan Aplikasi Pengawasan\n\nInspektorat Daerah Kabupaten Sikka meluncurkan "
            "aplikasi pengawasan internal bernama SIWAS, Selasa (1/10/2024).")
    assert agencies(nlp, text) == ["Inspektorat Daerah Kabupaten Sikka"]


def test_winners_ranked_with_roman_numerals_all_act(nlp):
    text = "Juara I lomba inovasi diraih Puskesmas Nita, juara II Puskesmas Beru dan juara III Kelurahan Kota Uneng."
    assert agencies(nlp, text) == ["Puskesmas Nita", "Puskesmas Beru", "Kelurahan Kota Uneng"]
    # a place after a named place is still an address
    assert agencies(nlp, "Warga Desa Nita, Kecamatan Nita, mengikuti lomba itu.") == []


def test_a_holder_who_chairs_the_committee_brings_the_body(nlp):
    assert agencies(nlp, "Kepala Bappeda selaku ketua panitia melaporkan bahwa lomba diikuti 30 OPD.") == \
        ["Badan Perencanaan Pembangunan Daerah"]


def test_a_body_word_inside_an_innovations_defined_name_is_no_body(nlp):
    text = ("Puskesmas Nita meluncurkan Inovasi Sistem Antrean Online Puskesmas (SANTRI) dan Kampung Tangguh "
            "Bencana, Senin (9/9/2024).")
    assert agencies(nlp, text) == ["Puskesmas Nita"]
    # a body's own abbreviation after its name still defines the body
    assert agencies(nlp, "Pemkab Sikka melalui Dinas Pemberdayaan Masyarakat Desa (DPMD) meluncurkan aplikasi.") \
        == ["Pemerintah Kabupaten Sikka", "Dinas Pemberdayaan Masyarakat Desa"]


def test_a_bodys_short_name_opening_an_innovations_name_is_no_body(nlp):
    text = ("Dinas Kependudukan dan Pencatatan Sipil (Disdukcapil) Kabupaten Sikka meluncurkan inovasi Dukcapil Jemput "
            "Bola (Dujebol) di Desa Nita.")
    assert agencies(nlp, text) == ["Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sikka"]
    # the short name spelled out with the body's own words is still the body
    assert agencies(nlp, "Bappeda Litbang (Bappelitbangda) Kabupaten Ende menggelar lomba inovasi.") \
        == ["Badan Perencanaan Pembangunan Daerah, Penelitian dan Pengembangan Kabupaten Ende"]


@pytest.mark.parametrize("text,expected", [
    # a region named bare as the subject of an acting verb acts as its local government
    ("Kota Salatiga kembali meraih penghargaan sebagai kota terinovatif.", ["Pemerintah Kota Salatiga"]),
    ("PACITAN - Kabupaten Pacitan berhasil meluncurkan 40 inovasi daerah tahun ini.", ["Pemerintah Kabupaten Pacitan"]),
    ("Pacitan (Antara) - Kabupaten Pacitan meraih penghargaan kabupaten terinovatif.", ["Pemerintah Kabupaten Pacitan"]),
    # ... under the name the text gives that government elsewhere
    ("Para ASN di lingkungan Pemerintah Kabupaten Trenggalek terus berinovasi. Pasalnya, Trenggalek meraih "
     "penghargaan kabupaten terinovatif.", ["Pemerintah Kabupaten Trenggalek"]),
    # a province's government under its own name, without the level ("Pemerintah Aceh", UU 11/2006)
    ("Pemerintah Aceh meluncurkan aplikasi layanan perizinan terpadu di Banda Aceh.", ["Pemerintah Aceh"]),
    ("Pemerintah Aceh melalui Dinas Kesehatan Aceh meluncurkan aplikasi.", ["Pemerintah Aceh", "Dinas Kesehatan Aceh"]),
    # a regency's government written the same way takes its level
    ("Pemerintah Aceh Besar meluncurkan aplikasi layanan terpadu.", ["Pemerintah Kabupaten Aceh Besar"]),
])
def test_bare_region_as_actor_is_its_government(nlp, text, expected):
    assert agencies(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Warga Kabupaten Pacitan menyambut baik inovasi tersebut.",
    "Tim penilai mengunjungi Kabupaten Pacitan untuk memverifikasi inovasi.",
    "Bupati Pacitan meraih penghargaan tokoh inovasi.",
    "Pemerintah Pusat meluncurkan aplikasi layanan terpadu.",
    # attendees and invitees
    "Rapat itu dihadiri perwakilan Dinas Pendidikan, Dinas Sosial, dan Bappeda.",
])
def test_regions_and_bodies_that_are_not_actors(nlp, text):
    assert agencies(nlp, text) == []


@pytest.mark.parametrize("text, expected", [
    ("Sebanyak 45 inovasi dilaporkan perangkat daerah melalui aplikasi Indeks Inovasi Daerah Kemendagri.", []),
    ("Inovasi itu akan dikompetisikan melalui Innovative Government Award (IGA) Kementerian Dalam Negeri.", []),
    # a ministry that acts, or that a team comes from, still does
    ("Kementerian Dalam Negeri menyerahkan penghargaan IGA kepada Pemkab Sikka.", ["Kementerian Dalam Negeri"]),
    ("Tim Kementerian Dalam Negeri melakukan verifikasi lapangan.", ["Kementerian Dalam Negeri"]),
    # the channel a body runs, where an event is broadcast
    ("Pelatihan itu disiarkan langsung di YouTube Diskominfo Sikka.", []),
])
def test_a_ministry_named_as_the_owner_of_a_national_platform_does_not_act(nlp, text, expected):
    assert agencies(nlp, text) == expected


def test_a_body_word_inside_a_name_whose_acronym_closes_a_longer_span_is_no_body(nlp):
    # the acronym (two words) follows the whole name, which runs on past the body word
    text = ("Pemerintah Kabupaten Sikka meluncurkan inovasi Sistem Antrean Online Puskesmas dan Kampung Siaga "
            "Bencana (SIAP BENCANA), Rabu (5/10/2022).")
    assert agencies(nlp, text) == ["Pemerintah Kabupaten Sikka"]
    # a body listed before another body with its own abbreviation stays a body
    text = "Puskesmas Nita dan Dinas Kesehatan Daerah (Dinkesda) meluncurkan aplikasi SEHAT."
    assert "Puskesmas Nita" in agencies(nlp, text)


def test_the_government_visited_in_a_study_visit_hosts_and_acts(nlp):
    text = ("Pemerintah Kabupaten Ngada melakukan studi tiru inovasi pelayanan publik ke Pemerintah Kabupaten "
            "Sikka, Jumat (11/11/2022).")
    assert agencies(nlp, text) == ["Pemerintah Kabupaten Ngada", "Pemerintah Kabupaten Sikka"]
    text = "Rombongan Pemkab Ngada berkunjung ke Pemkot Kupang untuk belajar inovasi."
    assert agencies(nlp, text) == ["Pemerintah Kabupaten Ngada", "Pemerintah Kota Kupang"]
    # a report sent to a government is no visit: the government only receives it
    text = "Laporan kegiatan itu dikirim ke Pemerintah Kabupaten Sikka pekan depan."
    assert agencies(nlp, text) == []


def test_a_unit_with_what_an_innovation_makes_of_it_is_no_body(nlp):
    text = "Inovasi Rumah Sakit Tanpa Antre (RSTA) milik RSUD Aloei Saboe dipamerkan dalam expo itu."
    # (the hospital that owns it acts: "Tanpa" inside the name negates nothing)
    assert agencies(nlp, text) == ["Rumah Sakit Umum Daerah Aloei Saboe"]
    assert agencies(nlp, "Puskesmas Ramah Anak diluncurkan Dinas Kesehatan pekan lalu.") == ["Dinas Kesehatan"]
    # a village whose own name is such a word is still a place that acts ("Kelurahan Bahagia", Kemendagri list)
    assert agencies(nlp, "Kelurahan Bahagia meluncurkan inovasi bank sampah.") == ["Kelurahan Bahagia"]


def test_a_unit_named_with_and_without_its_status_is_one_body(nlp):
    text = ("UPTD Puskesmas Bajawa meluncurkan inovasi Kelas Ayah Hebat. Puskesmas Bajawa juga menggelar "
            "senam lansia setiap pekan.")
    assert agencies(nlp, text) == ["UPTD Puskesmas Bajawa"]


def test_a_body_someone_hopes_will_act_has_not_acted(nlp):
    assert agencies(nlp, "Ia berharap Dinas Pendidikan dapat mendukung inovasi ini ke depan.") == []
    assert agencies(nlp, "Bupati berharap agar seluruh Puskesmas Nita dan Dinas Sosial ikut mereplikasi.") == []
    # the body that acts in the same sentence still does
    assert agencies(nlp, "Dinas Kesehatan meluncurkan aplikasi itu dan berharap warga memanfaatkannya.") == \
        ["Dinas Kesehatan"]


def test_bodies_present_at_the_occasion_and_directives_followed_do_not_act(nlp):
    text = ("Dalam rapat itu hadir pula Kantor Pelayanan Pajak Pratama Maumere dan Kantor Imigrasi Kelas II "
            "Maumere.")
    assert agencies(nlp, text) == []
    text = "Sesuai arahan Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah, pengadaan dilakukan secara elektronik."
    assert agencies(nlp, text) == []
    # the body that organises still acts, with the fields a slash joins
    text = "Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah menggelar pelatihan pengadaan elektronik."
    assert agencies(nlp, text) == ["Lembaga Kebijakan Pengadaan Barang/Jasa Pemerintah"]
    # every region's body is a class, not one body
    assert agencies(nlp, "Dinas Kesehatan Kabupaten/Kota wajib melaporkan data stunting.") == []


def test_a_body_with_its_region_with_and_without_the_level_word_is_one(nlp):
    text = ("DPRD Sikka Studi Banding ke Banyuwangi\n\nKomisi I DPRD Kabupaten Sikka melakukan studi banding ke "
            "Pemerintah Kabupaten Banyuwangi untuk mempelajari inovasi desa.")
    assert agencies(nlp, text) == ["DPRD Kabupaten Sikka", "Pemerintah Kabupaten Banyuwangi"]
    # a bare body and the same kind of body of another region are two
    text = ("Pemerintah Kabupaten Ende melalui Dinas PMD menggelar lomba bersama Dinas PMD Provinsi Nusa Tenggara "
            "Timur.")
    assert len(agencies(nlp, text)) == 3


def test_a_technical_unit_named_balai_after_its_unit_head(nlp):
    # "Balai" after UPTD is the kind of unit, not a place called Balai that would end the name
    text = ("Penghargaan diberikan kepada UPTD Balai Latihan Kerja (BLK) pada Dinas Tenaga Kerja Provinsi Sulawesi "
            "Barat dengan inovasi “BLK Jemput Bola”.")
    # (and "pada" joins the unit to its parent: one body)
    assert agencies(nlp, text) == ["UPTD Balai Latihan Kerja Dinas Tenaga Kerja Provinsi Sulawesi Barat"]
    text = "Inovasi BENIH CEPAT milik UPTD Balai Benih Ikan Dinas Kelautan dan Perikanan dinilai paling matang."
    assert agencies(nlp, text) == ["UPTD Balai Benih Ikan Dinas Kelautan dan Perikanan"]


def test_a_government_reporting_its_innovations_acts(nlp):
    assert "Pemerintah Kabupaten Sikka" in agencies(nlp, "Tahun ini Pemkab Sikka melaporkan 214 inovasi ke Kemendagri.")
    # a government named in what someone else reports does not
    assert agencies(nlp, "Bupati melaporkan bahwa Pemkab Sikka sudah siap dinilai.") == []


def test_a_body_named_perwakilan_is_no_attendance_word(nlp):
    # "Perwakilan" inside "Dewan Perwakilan Rakyat Daerah" does not make the next body an attendee
    text = ("Dewan Perwakilan Rakyat Daerah Kabupaten Sikka bersama Pemerintah Kabupaten Sikka menandatangani nota "
            "kesepakatan anggaran inovasi.")
    assert agencies(nlp, text) == ["Dewan Perwakilan Rakyat Daerah Kabupaten Sikka", "Pemerintah Kabupaten Sikka"]
    # the lowercase word still marks attendees
    assert agencies(nlp, "Kegiatan diikuti perwakilan Dinas Kesehatan dan Dinas Sosial.") == []


def test_pemko_is_a_citys_government(nlp):
    # Sumatran news writes a city's government "Pemko" ("Pemerintah Kota")
    text = "Pemko Pematangsiantar dan Pemkab Simalungun menandatangani perjanjian kerja sama replikasi inovasi."
    assert agencies(nlp, text) == ["Pemerintah Kota Pematangsiantar", "Pemerintah Kabupaten Simalungun"]


def test_a_holder_as_assistant_or_organiser_brings_the_body(nlp):
    # a degree's dot before "selaku" ends no sentence
    text = ("Kepala Badan Riset dan Inovasi Daerah (BRIDA) Provinsi Maluku Utara Dr. Ir. Nurlela Syamsudin, M.P. "
            "selaku penyelenggara menjelaskan sebanyak 64 inovasi masuk penilaian.")
    assert agencies(nlp, text) == ["Badan Riset dan Inovasi Daerah Provinsi Maluku Utara"]
    text = ("Kepala Badan Riset dan Inovasi Daerah Kabupaten Karangasem, Ida Bagus Made, S.T., M.T., selaku "
            "pendamping menyampaikan hasil verifikasi.")
    assert agencies(nlp, text) == ["Badan Riset dan Inovasi Daerah Kabupaten Karangasem"]


def test_a_regions_government_complex_is_a_venue(nlp):
    text = "Aplikasi itu diluncurkan di Pusat Pemerintahan Kota Tangerang Selatan, Selasa."
    assert agencies(nlp, text) == []


def test_a_ministry_owning_a_national_platform_and_a_bylines_author_do_not_act(nlp):
    assert agencies(nlp, "Data penerima dikelola melalui aplikasi SIKS-NG milik Kementerian Sosial.") == []
    text = "Perizinan diproses lewat aplikasi SiCantik Cloud dari Kementerian Komunikasi dan Informatika."
    assert "Kementerian Komunikasi dan Informatika" not in agencies(nlp, text)
    assert agencies(nlp, "Diposting pada: Selasa, 22 Oktober 2024 | Kategori: Berita | Oleh: Tim Kominfo") == []
    # the ministry that acts, and "oleh" without its colon, still act
    assert agencies(nlp, "Kementerian Sosial meluncurkan aplikasi baru bagi pendamping desa.") == ["Kementerian Sosial"]
    assert agencies(nlp, "Kegiatan itu dibuka oleh Kominfo Jombang.") == ["Dinas Komunikasi dan Informatika Jombang"]


def test_a_hospitals_namesake_with_daengs_dot(nlp):
    text = "RSUD Lanto Dg. Pasewang meluncurkan inovasi Pakkio Bumil untuk ibu hamil."
    assert agencies(nlp, text) == ["Rumah Sakit Umum Daerah Lanto Dg. Pasewang"]


def test_a_hospital_named_with_a_number_acts(nlp):
    assert agencies(nlp, "RSUD 45 Kuningan meluncurkan SI ANTER bagi pasien rawat jalan.") == \
        ["Rumah Sakit Umum Daerah 45 Kuningan"]
    assert agencies(nlp, "Sebanyak 45 RSUD dan 3 Puskesmas ikut dalam pelatihan.") == []


@pytest.mark.parametrize("text", [
    "Acara tersebut dibuka oleh Asisten II Setda Kabupaten Sikka, Ir. Mawardi, di aula Bappeda.",
    "Bupati Sikka melalui Staf Ahli Bupati Bidang Ekonomi Setda Kabupaten Sikka membuka rakor inovasi daerah.",
    "Sekretaris Daerah Kabupaten Sikka, Drs. Yoseph Dala, membuka bimtek pengisian indeks inovasi daerah.",
])
def test_the_regional_secretariat_does_not_act_through_its_officials(nlp, text):
    assert not any(n.startswith(("Sekretariat Daerah", "Setda")) for n in agencies(nlp, text))


def test_a_unit_of_the_secretariat_acts_through_its_head(nlp):
    text = "Kepala Bagian Organisasi Setda Kabupaten Sikka, Maria Goreti, membuka bimtek pengisian indeks inovasi."
    assert any(n.startswith("Bagian Organisasi") for n in agencies(nlp, text))


def test_an_acting_body_takes_the_fuller_name_its_head_is_given_with_the_level_word(nlp):
    text = ("Hal itu disampaikan Kepala Dinas Kominfo Kabupaten Sikka Ir. Fenti Yusdayati dalam rapat evaluasi. "
            "Ia menerangkan bahwa Dinas Kominfo Sikka sudah mengelola aplikasi Lapor Sikka sejak 2018.")
    assert agencies(nlp, text) == ["Dinas Komunikasi dan Informatika Kabupaten Sikka"]


def test_a_unit_named_with_its_kind_in_a_title_does_not_rename_the_acting_unit(nlp):
    text = ("Kepala UPTD Puskesmas Kembaran I, dr. Rina, hadir. Puskesmas Kembaran I meluncurkan inovasi Jempol Manis.")
    assert agencies(nlp, text) == ["Puskesmas Kembaran I"]


@pytest.mark.parametrize("text, expected", [
    # where reports and proposals are sent: a recipient, not an actor
    ("Kepala Bappeda mengatakan berkas 212 inovasi itu sudah dikirim ke Kemendagri pada akhir September.", []),
    ("Usulan inovasi dari sekolah diusulkan ke Badan Perencanaan Pembangunan Daerah agar masuk RKPD.", []),
    ("Data dukung inovasi diunggah ke Badan Strategi Kebijakan Dalam Negeri paling lambat Agustus.", []),
    # the body that released a figure the story cites, a national platform's owner, a release's credit, where
    # patients are referred
    ("Menurut Survei Kesehatan Indonesia (SKI) 2023 yang dirilis Kementerian Kesehatan, prevalensi stunting di "
     "kabupaten itu masih di atas 30 persen.", []),
    ("Hasil penimbangan dimasukkan kader ke aplikasi e-PPGBM milik Kementerian Kesehatan setiap bulan.", []),
    ("Bupati meninjau rumah tunggu kelahiran di kampung itu.\n\n(Rilis Bagian Prokopim Setda Pegunungan Bintang)", []),
    ("Pasien dengan penyulit langsung dirujuk ke RSUD Oksibil yang letaknya tidak jauh dari puskesmas.", []),
    # a government that owns a building or a unit possesses it
    ("Diketahui, RSD Soemarno merupakan rumah sakit milik Pemkab Bulungan, sebagai fasilitas kesehatan rujukan.",
     ["RSD Soemarno"]),
    ("Gedung itu merupakan aset milik Pemerintah Kabupaten Bulungan yang lama tidak dipakai.", []),
    # the same bodies doing something, or owning an innovation (also one of their hospital), act
    ("Kemendagri mengirim tim verifikasi ke Kabupaten Sintang pekan lalu.", ["Kementerian Dalam Negeri"]),
    ("Kementerian Kesehatan meluncurkan aplikasi SEHATI di Kabupaten Intan Jaya.", ["Kementerian Kesehatan"]),
    ("Aplikasi SIGAP merupakan inovasi milik Pemkab Bulungan yang diluncurkan tahun lalu.",
     ["Pemerintah Kabupaten Bulungan"]),
    ("SIGAP BUNDA, inovasi rumah sakit milik Pemerintah Kabupaten Sumba Barat Daya itu mulai diterapkan 2022.",
     ["Pemerintah Kabupaten Sumba Barat Daya"]),
])
def test_bodies_named_in_passing_do_not_act(nlp, text, expected):
    # recipients, sources, platform owners, credits, referral destinations and possessors (issue 12)
    assert agencies(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # bodies given as examples of those that have not done something yet (a negated relative clause, then a list)
    ("Sekda menyayangkan masih ada perangkat daerah yang belum mengunggah laporan, di antaranya Dinas Perikanan, "
     "Dinas Koperasi dan UKM, dan Satuan Polisi Pamong Praja.", []),
    # ... but an innovation's owner inside such a list owns it
    ("Beberapa inovasi belum melampirkan regulasi, di antaranya SIPINTAR dari Dinas Pendidikan.", ["Dinas Pendidikan"]),
    # ... or in the next sentence, listed back after "Beberapa di antaranya adalah"
    ("Masih ada belasan SKPK yang belum menginput satu inovasi pun. Beberapa di antaranya adalah Dinas Pekerjaan Umum "
     "dan Penataan Ruang, Dinas Lingkungan Hidup, serta Badan Kesatuan Bangsa dan Politik.", []),
    ("Tahun ini lima perangkat daerah meraih penghargaan. Beberapa di antaranya adalah Dinas Kesehatan dan Dinas "
     "Sosial.", ["Dinas Kesehatan", "Dinas Sosial"]),
    # a list of bodies that still has to do what follows
    ("Ia merinci, Dinas Pertanian, Dinas Perdagangan, serta Kecamatan Sukamaju dan Kecamatan Sukamulya masih perlu "
     "memperbaiki bukti dukung.", []),
    ("Dinas Perhubungan dan Dinas Sosial belum menginput satu pun inovasi.", []),
    # the same bodies doing it act
    ("Dinas Pertanian, Dinas Perdagangan dan Kecamatan Sukamaju meluncurkan inovasi PASAR TANI.",
     ["Dinas Pertanian", "Dinas Perdagangan", "Kecamatan Sukamaju"]),
    # a release's credit in brackets on its own line at the story's end
    ("Bupati meninjau lokasi pasar.\n\n(Prokopim Setdakab Sumbawa Barat)", []),
    ("Bupati meninjau lokasi pasar.\n\n(Humas Setdakab Sumbawa Barat/adv)", []),
])
def test_bodies_that_have_not_done_it_yet_and_credits_do_not_act(nlp, text, expected):
    # issue 12: examples of bodies lagging behind, and a press office credited in brackets
    assert agencies(nlp, text) == expected


def test_the_office_of_who_delivers_the_sessions_material_acts(nlp):
    text = ("Materi inti disampaikan oleh Analis Kebijakan Ahli Muda Biro Organisasi Setda Provinsi Nusa Tenggara "
            "Barat, Yuliana Hasan, S.Sos. Ia menjelaskan kriteria penilaian KIPP.")
    assert agencies(nlp, text) == ["Biro Organisasi Sekretariat Daerah Provinsi Nusa Tenggara Barat"]
    text = "Materi disampaikan oleh Yohanes Mau (Sekretaris Dinas Kominfo), lalu peserta berdiskusi."
    assert agencies(nlp, text) == ["Dinas Komunikasi dan Informatika"]
    # who only speaks does not bring the office
    assert agencies(nlp, "Sekretaris Dinas Kominfo, Yohanes Mau, menyampaikan bahwa peserta cukup antusias.") == []


@pytest.mark.parametrize("text, expected", [
    # a ministry whose norms a local programme follows
    ("Ia menambahkan, kebijakan pengurangan sampah daerah disusun mengacu pada regulasi Kementerian Lingkungan Hidup "
     "dan Kehutanan tentang peta jalan.", []),
    ("Pelaksanaan program itu mengacu pada standar pelayanan kesehatan ibu dari Kementerian Kesehatan.", []),
    # a national programme's and a national agency's platform owner, a ministry's school
    ("Kartu KUSUKA sendiri merupakan program Kementerian Kelautan dan Perikanan bagi pelaku usaha perikanan.", []),
    ("Pengukuran kinerja pegawai tetap mengacu pada aplikasi e-Kinerja BKN, sementara SIPOKAT jadi alat bantu.", []),
    ("Pelatihan kader tahun ini dibantu dosen Poltekkes Kemenkes Kupang.", []),
    # a ministry doing something in the story acts
    ("Kementerian Kesehatan meluncurkan program Desa Sehat di Kabupaten Kupang.", ["Kementerian Kesehatan"]),
    ("Pendampingan dilakukan Kementerian Kelautan dan Perikanan sejak Maret.", ["Kementerian Kelautan dan Perikanan"]),
])
def test_national_bodies_named_as_sources_of_norms_and_programmes_do_not_act(nlp, text, expected):
    # issue 12: national ministries and agencies a local story only refers to
    assert agencies(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # where a resident named with a form of address comes from
    ("Salah satu pendengar, Pak Slamet dari Kecamatan Candi, yang menelepon ke studio, menyambut baik aplikasi itu.", []),
    # a numbered school's address after a comma
    ("Sekolah Dasar Negeri (SDN) Sukamelang 2, Kecamatan Subang, menggagas gerakan literasi bernama \"Nyaah ka Buku\".",
     ["Sekolah Dasar Negeri Sukamelang 2"]),
    # a rank and its winner are no address; a district doing something acts
    ("Juara 2, Kelurahan Sukamaju dengan inovasi Kampung Ramah Lansia.", ["Kelurahan Sukamaju"]),
    ("Kecamatan Candi meluncurkan aplikasi SIPANDU bagi warga.", ["Kecamatan Candi"]),
])
def test_residents_home_districts_and_schools_addresses_do_not_act(nlp, text, expected):
    assert agencies(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a national centre as the workplace of a resource person whose national body acts in the same sentence
    ("Narasumber dari Badan Strategi Kebijakan Dalam Negeri (BSKDN) Kementerian Dalam Negeri, Rizky Amalia, S.IP., "
     "Analis Kebijakan Ahli Muda pada Pusat Strategi Kebijakan Pemerintahan Dalam Negeri, memandu peserta.",
     ["Badan Strategi Kebijakan Dalam Negeri Kementerian Dalam Negeri"]),
    # a centre that itself organises acts with its body
    ("Lembaga Administrasi Negara (LAN) melalui Pusat Pembelajaran dan Strategi Kebijakan Manajemen Pemerintahan "
     "menggelar Laboratorium Inovasi di Kabupaten Sumba Timur.",
     ["Lembaga Administrasi Negara", "Pusat Pembelajaran dan Strategi Kebijakan Manajemen Pemerintahan"]),
])
def test_a_national_centre_as_a_resource_persons_workplace_is_its_body(nlp, text, expected):
    assert agencies(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a government whose short name the text gives after its full name, used with "Pemkab" later
    ("Pemerintah Kabupaten Pulang Pisau (Pulpis) melakukan studi tiru ke Kobar. Pemkab Pulpis juga menandatangani "
     "kerja sama replikasi.", ["Pemerintah Kabupaten Pulang Pisau"]),
    # a site's footer with the government's address
    ("Dinas Kesehatan Kabupaten Sumba Barat menggelar rapat validasi data inovasi.\n\nPemerintah Kabupaten Sumba "
     "Barat | Jl. Jenderal Sudirman No. 1, Waikabubak", ["Dinas Kesehatan Kabupaten Sumba Barat"]),
])
def test_a_governments_defined_short_name_and_a_sites_footer(nlp, text, expected):
    assert agencies(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a body inside a clause of purpose or suggestion is wished for, not acting
    ("Yosephina juga menyarankan agar ke depan Dinas Pendidikan dan Kebudayaan Yalimo dilibatkan dalam inovasi itu.",
     []),
    ("Ia mengusulkan agar ke depan TPID menggandeng Dinas Perhubungan untuk menjajaki subsidi ongkos angkut.", []),
    # the patron of a group it fosters
    ("Stan UMKM binaan Dinas Koperasi dan UKM menjual batik dan olahan bandeng.", []),
    # the body that acts before the purpose, and a competition's holder after "dari", still act
    ("Dinas Kesehatan menggelar pelatihan agar kader posyandu mampu mendata balita.", ["Dinas Kesehatan"]),
    ("Inovasi itu disiapkan agar masuk TOP 99 Sinovik dari Kementerian Pendayagunaan Aparatur Negara dan Reformasi "
     "Birokrasi.", ["Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"]),
])
def test_bodies_wished_for_and_patrons_do_not_act(nlp, text, expected):
    assert agencies(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a negation word inside a capitalised name does not negate the body that runs it
    ("Ada pula SIKOTAK atau Sistem Kota Tanpa Kumuh yang dijalankan Dinas Perumahan dan Kawasan Permukiman.",
     ["Dinas Perumahan dan Kawasan Permukiman"]),
    # ... while a negation in the sentence still does
    ("Rapat itu digelar tanpa melibatkan Dinas Perumahan dan Kawasan Permukiman.", []),
    ("Tidak ada Dinas Perumahan dan Kawasan Permukiman dalam daftar penerima.", []),
])
def test_negation_inside_a_name(nlp, text, expected):
    assert agencies(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # the sites where an innovation is tried out, listed after a count of them
    ("Sebagai tahap awal, aplikasi SIDOLAN diujicobakan di tiga kelurahan, yakni Kelurahan Sukamaju, Kelurahan "
     "Sukamulya, dan Kelurahan Sukajadi.", []),
    ("Aplikasi itu diuji coba di Puskesmas Sukamaju dan Puskesmas Sukamulya sejak Maret.", []),
    # ... while the body that launches what is tried elsewhere acts
    ("Kelurahan Sukamaju meluncurkan SIDOLAN yang diujicobakan di RW 03.", ["Kelurahan Sukamaju"]),
    # bodies spoken of, praised or criticised by the speaker
    ("Ia juga menyinggung Satpol PP dan Dinas Perhubungan yang dinilainya belum serius mengembangkan inovasi.", []),
    ("Dalam sambutannya, Bupati memuji Dinas Perpustakaan atas capaian itu.", []),
    # ... unless a clause says what the body praised did
    ("Bupati memuji Dinas Perpustakaan yang menggelar lomba baca sepanjang tahun.", ["Dinas Perpustakaan"]),
    # ... while the owners of the innovations praised act
    ("Bupati mengapresiasi inovasi dari Dinas Kesehatan dan Dinas Perpustakaan.",
     ["Dinas Kesehatan", "Dinas Perpustakaan"]),
    # a ministry and the agency it heads, written with a slash, are one body
    ("Kementerian Investasi/Badan Koordinasi Penanaman Modal menggelar sosialisasi OSS di Kota Baru.",
     ["Kementerian Investasi"]),
])
def test_trial_sites_bodies_spoken_of_and_a_ministrys_second_name(nlp, text, expected):
    assert agencies(nlp, text) == expected


def test_a_body_invited_but_absent(nlp):
    assert agencies(nlp, "Ombudsman RI Perwakilan Sumber Jaya yang turut diundang dalam sosialisasi ini "
                         "berhalangan hadir.") == []
    assert agencies(nlp, "Dinas Kesehatan yang diundang membuka acara itu.") == ["Dinas Kesehatan"]
