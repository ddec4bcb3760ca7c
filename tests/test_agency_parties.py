"""Bodies the text names through others (agency_parties.py): heads of regions who sign sign for their local
governments (RECORD.md `agencies`: "signs"; ANNOTATION decisions 18-20); a ministry written with "dan" between
its fields. And the roles in which a named body acts or does not (agency_roles.py, acting.toml): asked to act,
a source, an audience, a recipient, a user, a witness, a resource person. And bodies under
the names other regions and services give them. Sentences written for these tests."""
import pytest

from helpers import component_nlp, extracted


@pytest.fixture(scope="module")
def nlp():
    return component_nlp("inovasi_agencies")


def agencies(nlp, text):
    values, evidence = extracted(nlp, text)
    return [a["name"] for a in values.get("agencies") or []], evidence


def test_heads_who_sign_act_for_their_governments(nlp):
    names, evidence = agencies(nlp, "Usai pertemuan, kedua daerah menandatangani nota kesepakatan replikasi inovasi. "
                                    "Penandatanganan dilakukan oleh Bupati Gowa dan Wali Kota Makassar.")
    assert names == ["Pemerintah Kabupaten Gowa", "Pemerintah Kota Makassar"]


def test_the_name_the_text_gives_the_government_wins(nlp):
    names, _ = agencies(nlp, "Pemerintah Kabupaten Maros menerima kunjungan. Perjanjian kerja sama ditandatangani "
                             "Sekda Kabupaten Maros dan Sekda Kabupaten Gowa di ruang rapat.")
    assert "Pemerintah Kabupaten Gowa" in names and names.count("Pemerintah Kabupaten Maros") == 1


@pytest.mark.parametrize("text", [
    "Penandatanganan nota kesepahaman antara dinas dan universitas disaksikan Gubernur Sulawesi Selatan.",
    "Bupati Gowa membuka rapat koordinasi inovasi daerah di aula kantor bupati.",
])
def test_witnesses_and_other_sentences_are_no_parties(nlp, text):
    names, _ = agencies(nlp, text)
    assert not any(n.startswith("Pemerintah") for n in names)


def test_ministry_written_with_dan_between_its_fields_is_expanded(nlp):
    names, _ = agencies(nlp, "Kementerian PAN dan RB menetapkan 45 inovasi pelayanan publik terbaik tahun ini.")
    assert names == ["Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"]


# Roles in which a body does not act (agency_roles.py); sentences written for these tests.
@pytest.mark.parametrize("text,expected", [
    # asked or told to do something: only the asker's bodies act
    ("Dinas Perikanan meluncurkan aplikasi lelang ikan. Bupati meminta Dinas Pertanian, Dinas Perdagangan dan "
     "RSUD Tarakan ikut mempelajarinya.", ["Dinas Perikanan"]),
    ("Camat juga mengimbau agar Puskesmas Kota Baru segera mendaftarkan inovasinya.", []),
    ("\"Kami ingin mendorong Pemkot Samarinda mereplikasi inovasi yang cocok,\" ujarnya.", []),
    # the source of a figure
    ("Menurut data Bagian Organisasi Setda Kabupaten Sambas, ada 60 inovasi yang terdaftar.", []),
    # an audience
    ("Tim melakukan simulasi presentasi di hadapan tim dari Dinas Kesehatan dan Inspektorat.", []),
    # a body visited hosts the visit: it acts (ANNOTATION rule 7)
    ("Tim penilai mengunjungi Puskesmas Tanjung Harapan untuk verifikasi lapangan inovasi.",
     ["Puskesmas Tanjung Harapan"]),
    # the asker, the keeper of the data and the host still act
    ("Dinas Kesehatan meminta seluruh puskesmas membuat inovasi.", ["Dinas Kesehatan"]),
    ("Dinas Komunikasi dan Informatika mengolah data inovasi dari semua OPD.", ["Dinas Komunikasi dan Informatika"]),
    ("Rombongan meninjau Mal Pelayanan Publik. Di sana Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu "
     "memaparkan layanan izin daring.", ["Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"]),
])
def test_bodies_in_roles_that_are_not_acting(nlp, text, expected):
    names, _ = agencies(nlp, text)
    assert names == expected


@pytest.mark.parametrize("text,expected", [
    # a body only to be involved later has not acted
    ("Penyusunan peraturan bupati akan melibatkan Badan Kepegawaian Daerah.", []),
    ("Tahun depan Bappeda berencana mengajak Dinas Pariwisata menyusun inovasi bersama.",
     ["Badan Perencanaan Pembangunan Daerah"]),
    # one already involved has
    ("Penyusunan peraturan bupati melibatkan Badan Kepegawaian Daerah.", ["Badan Kepegawaian Daerah"]),
])
def test_a_body_only_to_be_involved_has_not_acted(nlp, text, expected):
    names, _ = agencies(nlp, text)
    assert names == expected


@pytest.mark.parametrize("text,expected", [
    # the winner an award goes to owns the winning innovation
    ("Juara harapan diberikan kepada Dinas Perikanan untuk inovasi lelang ikan daring, serta kepada Badan "
     "Pendapatan Daerah.", ["Dinas Perikanan", "Badan Pendapatan Daerah"]),
    ("Penghargaan inovasi terbaik diserahkan gubernur kepada RSUD Kota Baubau.", ["Rumah Sakit Umum Daerah Kota Baubau"]),
    # anything else handed to a body: a recipient, not an actor
    ("Buku profil daerah diserahkan kepada Dinas Pendidikan dan Badan Pendapatan Daerah.", []),
])
def test_a_body_an_award_goes_to_acts(nlp, text, expected):
    names, _ = agencies(nlp, text)
    assert names == expected


@pytest.mark.parametrize("text,expected", [
    # a head who only watches the signing, told in a relative clause after the head
    ("Dinas Sosial menandatangani perjanjian kerja sama dengan Pengadilan Agama Bitung. Wali Kota Bitung yang hadir "
     "menyaksikan penandatanganan itu meminta layanan segera berjalan.", ["Dinas Sosial", "Pengadilan Agama Bitung"]),
    # heads who sign, with a witness after them
    ("Penandatanganan kerja sama dilakukan oleh Bupati Gowa dan Wali Kota Makassar, disaksikan Gubernur Sulawesi Selatan.",
     ["Pemerintah Kabupaten Gowa", "Pemerintah Kota Makassar"]),
])
def test_witness_named_after_the_head(nlp, text, expected):
    names, _ = agencies(nlp, text)
    assert names == expected


@pytest.mark.parametrize("text,expected", [
    # the office that releases the story is a credit
    ("Bappeda Sleman mengoordinasikan pengumpulan inovasi. Berita ini disiarkan oleh Bagian Protokol dan Komunikasi "
     "Pimpinan Setda Sleman.", ["Badan Perencanaan Pembangunan Daerah Sleman"]),
    # one that organises is not
    ("Lomba itu diselenggarakan oleh Bagian Protokol dan Komunikasi Pimpinan Setda Sleman.",
     ["Bagian Protokol dan Komunikasi Pimpinan Sekretariat Daerah Sleman"]),
])
def test_publisher_of_the_story_is_a_credit(nlp, text, expected):
    names, _ = agencies(nlp, text)
    assert names == expected


@pytest.mark.parametrize("text,expected", [
    # the users of an application do not act; its maker does
    ("Aplikasi itu dibuat Dinas Komunikasi dan Informatika dan kini dimanfaatkan oleh Bagian Protokol dan Bagian Umum "
     "Setda Kota Batam.", ["Dinas Komunikasi dan Informatika"]),
    ("Sistem antrean itu digunakan seluruh Puskesmas Sekupang.", []),
])
def test_users_of_an_application_do_not_act(nlp, text, expected):
    names, _ = agencies(nlp, text)
    assert names == expected


@pytest.mark.parametrize("text,expected", [
    # an office named by its building after "di"/"ke" is a place
    ("Kartu keluarga baru langsung dicetak di Kantor Urusan Agama.", []),
    # one that cooperates is a body
    ("Disdukcapil juga bekerja sama dengan Kantor Kementerian Agama Kota Palu.",
     ["Dinas Kependudukan dan Pencatatan Sipil", "Kantor Kementerian Agama Kota Palu"]),
])
def test_office_named_by_its_building(nlp, text, expected):
    names, _ = agencies(nlp, text)
    assert names == expected


@pytest.mark.parametrize("text,expected", [
    # the document a plan is written in names its owner as a possessor
    ("Target itu tertuang dalam rencana kerja Bappeda Kabupaten Bulukumba.", []),
    ("Angka itu tercantum dalam laporan Inspektorat tahun lalu.", []),
    # the body that writes the plan acts
    ("Bappeda Kabupaten Bulukumba menyusun rencana kerja tahunan.", ["Badan Perencanaan Pembangunan Daerah Kabupaten Bulukumba"]),
])
def test_owner_of_a_document_does_not_act(nlp, text, expected):
    names, _ = agencies(nlp, text)
    assert names == expected



@pytest.mark.parametrize("text,expected", [
    # a position head written in lower case in running prose: the body is its holder's office
    ("Sementara itu, anggota Komisi I DPRD Kota Dumai mengapresiasi layanan malam tersebut.", []),
    ("Pelatihan itu dibuka kepala Dinas Kesehatan Kota Dumai.", ["Dinas Kesehatan Kota Dumai"]),
])
def test_position_head_in_lower_case(nlp, text, expected):
    names, _ = agencies(nlp, text)
    assert names == expected


@pytest.mark.parametrize("text,expected", [
    # a hall named Balai is a venue; a technical unit named Balai is a body
    ("Pemerintah Provinsi Bengkulu menggelar expo inovasi di Balai Raya Semarak.", ["Pemerintah Provinsi Bengkulu"]),
    ("Musyawarah digelar di Balai Desa Sukamaju.", []),
    ("Pelatihan itu diselenggarakan Balai Pelatihan Kesehatan Makassar.", ["Balai Pelatihan Kesehatan Makassar"]),
])
def test_halls_named_balai_are_venues(nlp, text, expected):
    names, _ = agencies(nlp, text)
    assert names == expected


@pytest.mark.parametrize("text,expected", [
    # a local government opening a clause after a conjunction, or showing its innovations
    ("Dinas Pertanian memamerkan benih unggul, sedangkan Pemerintah Kota Bengkulu memamerkan layanan izin keliling.",
     ["Dinas Pertanian", "Pemerintah Kota Bengkulu"]),
    ("Di stan berikutnya Pemkab Kaur menampilkan kerajinan daerah.", ["Pemerintah Kabupaten Kaur"]),
    # a possessor after the conjunction still does not act
    ("Pameran berjalan lancar, sedangkan visi Pemerintah Kota Bengkulu dipajang di pintu masuk.", []),
])
def test_local_government_after_a_conjunction_or_showing(nlp, text, expected):
    names, _ = agencies(nlp, text)
    assert names == expected


@pytest.mark.parametrize("text,expected", [
    # one who comes as a resource person acts; one who only attends does not
    ("Hadir pula narasumber dari Bappeda Provinsi Jawa Tengah.", ["Badan Perencanaan Pembangunan Daerah Provinsi Jawa Tengah"]),
    ("Hadir sebagai pemateri, tim dari Badan Riset dan Inovasi Nasional.", ["Badan Riset dan Inovasi Nasional"]),
    ("Hadir pula perwakilan Bappeda Provinsi Jawa Tengah dan para camat.", []),
])
def test_attending_as_a_resource_person(nlp, text, expected):
    names, _ = agencies(nlp, text)
    assert names == expected


def test_attendance_words_are_whole_words(nlp):
    # "Perundang-undangan" holds no "undangan" (invitees): the body after it still acts
    text = ("Aplikasi dikembangkan Bagian Persidangan dan Perundang-undangan Sekretariat DPRD dengan dukungan teknis "
            "Dinas Komunikasi dan Informatika.")
    names, _ = agencies(nlp, text)
    assert names == ["Bagian Persidangan dan Perundang-undangan Sekretariat Dewan Perwakilan Rakyat Daerah",
                     "Dinas Komunikasi dan Informatika"]


# Bodies under the names other regions and services give them (heads.txt, nomenclature.csv, fields.txt).


@pytest.mark.parametrize("text,expected", [
    # village and district governments under the names other regions give them
    ("Program itu dijalankan bersama Distrik Kebar dan Pemerintah Kampung Anjai.", ["Distrik Kebar", "Pemerintah Kampung Anjai"]),
    ("Pemerintah Nagari Koto Tinggi meluncurkan layanan surat daring.", ["Pemerintah Nagari Koto Tinggi"]),
    # regional prosecution offices and courts that sign
    ("Pemkot Ternate menandatangani nota kesepahaman dengan Kejaksaan Negeri Ternate dan Pengadilan Agama Ternate.",
     ["Pemerintah Kota Ternate", "Kejaksaan Negeri Ternate", "Pengadilan Agama Ternate"]),
    # a district as an address or a count, a court in lower case: no body
    ("Kegiatan itu digelar di Distrik Kebar, Kabupaten Tambrauw.", []),
    ("Layanan itu menjangkau 12 Distrik dan warga yang berperkara di pengadilan agama.", []),
])
def test_village_district_and_court_bodies(nlp, text, expected):
    names, _ = agencies(nlp, text)
    assert names == expected


def test_lan_training_centre_runs_on_over_its_fields(nlp):
    text = ("Peserta didampingi tim coach dari Pusat Pelatihan dan Pengembangan dan Kajian Desentralisasi dan Otonomi "
            "Daerah LAN selama tiga hari.")
    names, _ = agencies(nlp, text)
    assert names == [
        "Pusat Pelatihan dan Pengembangan dan Kajian Desentralisasi dan Otonomi Daerah Lembaga Administrasi Negara"]


@pytest.mark.parametrize("text,expected", [
    # the regional police co-launching a service, spelled out or abbreviated
    ("Diskominfo Sumut bersama Kepolisian Daerah Sumatera Utara meluncurkan kanal aduan hoaks.",
     ["Dinas Komunikasi dan Informatika Sumatera Utara", "Kepolisian Daerah Sumatera Utara"]),
    ("Aplikasi itu dikembangkan Polres Sorong.", ["Kepolisian Resor Sorong"]),
    # a police chief who only attends: no body
    ("Peluncuran dihadiri Kapolres Sorong dan Dandim.", []),
])
def test_regional_police(nlp, text, expected):
    names, _ = agencies(nlp, text)
    assert names == expected


def test_field_names_of_public_works_bodies(nlp):
    text = "Paparan disampaikan Dinas Sumber Daya Air dan Drainase serta Dinas Bina Marga Kota Palu."
    names, _ = agencies(nlp, text)
    assert names == ["Dinas Sumber Daya Air dan Drainase", "Dinas Bina Marga Kota Palu"]


@pytest.mark.parametrize("text,expected", [
    # a ministry's large technical unit: "Balai Besar" and its long name ("Besar" is no place here)
    ("Diskominfo menggandeng Balai Besar Pengembangan Sumber Daya Manusia dan Penelitian Komunikasi dan Informatika "
     "Makassar untuk melatih ASN.", ["Dinas Komunikasi dan Informatika",
                                     "Balai Besar Pengembangan Sumber Daya Manusia dan Penelitian Komunikasi dan Informatika Makassar"]),
    ("Sertifikat diserahkan Kepala Balai Besar kepada peserta.", []),
])
def test_balai_besar(nlp, text, expected):
    names, _ = agencies(nlp, text)
    assert names == expected


@pytest.mark.parametrize("text,expected", [
    # an award category named with a body's head is no body
    ("Kecamatan Tanjung Raja dinobatkan sebagai Kecamatan Inovatif terbaik tahun ini.", ["Kecamatan Tanjung Raja"]),
    ("Penghargaan Puskesmas Terbaik diraih Puskesmas Batua Raya.", ["Puskesmas Batua Raya"]),
])
def test_award_categories_are_no_bodies(nlp, text, expected):
    names, _ = agencies(nlp, text)
    assert names == expected


@pytest.mark.parametrize("region", ["Ende", "Bone", "Pati", "Alor", "Karo", "Tanah Laut"])
def test_a_government_of_a_region_whose_name_is_also_a_personal_name_or_a_title(nlp, region):
    # "Ende", "Bone" are personal names too (rules/officials/name_words.txt), "Karo" is a Kepala Biro
    names, _ = agencies(nlp, f"Pemkab {region} meluncurkan aplikasi layanan terpadu di aula kantor bupati.")
    assert names == [f"Pemerintah Kabupaten {region}"]


@pytest.mark.parametrize("text, expected", [
    # region names that hold a level word, "dan" or an alias of a longer name are read whole
    ("Pemkab Lima Puluh Kota meluncurkan aplikasi layanan di aula kantor bupati.",
     ["Pemerintah Kabupaten Lima Puluh Kota"]),
    ("Pemerintah Kabupaten Pangkajene dan Kepulauan meluncurkan aplikasi layanan di aula kantor bupati.",
     ["Pemerintah Kabupaten Pangkajene dan Kepulauan"]),
    ("Dinas Kesehatan Kabupaten Pangkajene dan Kepulauan menggelar bimtek inovasi daerah.",
     ["Dinas Kesehatan Kabupaten Pangkajene dan Kepulauan"]),
    ("Dinas Kesehatan Kabupaten Aceh Singkil menggelar bimtek inovasi daerah.",
     ["Dinas Kesehatan Kabupaten Aceh Singkil"]),
])
def test_region_names_of_several_words_are_read_whole(nlp, text, expected):
    names, _ = agencies(nlp, text)
    assert names == expected


@pytest.mark.parametrize("text, expected", [
    # a region's short name after a body, also where its words are personal names ("Jaya", "Nias")
    ("Bappeda Aceh Jaya menggelar bimtek inovasi daerah di aula kantor.",
     ["Badan Perencanaan Pembangunan Daerah Aceh Jaya"]),
    ("Kepala Dinas Kesehatan Nias Selatan, Budi Santoso, menjadi narasumber bimtek itu.",
     ["Dinas Kesehatan Nias Selatan"]),
    # a location after a comma is not part of the name
    ("RSUD Tanjung Selor, Kalimantan Utara, meluncurkan layanan antrean daring.", ["Rumah Sakit Umum Daerah Tanjung Selor"]),
])
def test_a_regions_short_name_after_a_body_is_its_region(nlp, text, expected):
    names, _ = agencies(nlp, text)
    assert names == expected


def test_a_region_name_shared_by_a_regency_and_a_city_still_ends_a_body(nlp):
    names, _ = agencies(nlp, "Bappeda Bima menggelar bimtek inovasi daerah di aula kantor.")
    assert names == ["Badan Perencanaan Pembangunan Daerah Bima"]


def test_each_region_of_a_list_that_acts_is_its_government(nlp):
    names, _ = agencies(nlp, "Pada ajang IGA 2023, Kabupaten Sikka, Kabupaten Ende dan Kota Kupang meraih predikat "
                             "Sangat Inovatif.")
    assert names == ["Pemerintah Kabupaten Sikka", "Pemerintah Kabupaten Ende", "Pemerintah Kota Kupang"]
    # regions listed as where participants come from do not act
    names, _ = agencies(nlp, "Peserta dari Kabupaten Sikka, Kabupaten Ende dan Kota Kupang mengikuti lomba itu.")
    assert names == []


def test_a_body_name_and_the_next_innovation_in_capitals_after_dan():
    # (the owners act once the innovations are read: the innovations component runs too)
    names, _ = agencies(component_nlp("inovasi_agencies", "inovasi_innovations"), "Inovasi yang belum lengkap di antaranya SEDEKAH PANGAN dari Dinas Sosial dan KAMPUNG "
                             "TANGGUH dari Dinas Kesehatan.")
    assert "Dinas Sosial" in names and not any("KAMPUNG" in n for n in names)


def test_a_fields_abbreviation_in_capitals_after_dan_is_part_of_the_body(nlp):
    names, _ = agencies(nlp, "Dinas Penanaman Modal dan PTSP serta Dinas Koperasi dan UKM memaparkan inovasi mereka.")
    assert "Dinas Penanaman Modal dan PTSP" in names and "Dinas Koperasi dan UKM" in names


@pytest.mark.parametrize("text, body", [
    # a kecamatan named after its regency ("Sanggau") or another region's name goes on past that name
    ("UPT Puskesmas Sanggau Ledo resmi meluncurkan inovasi SIBIDAN SAYANG.", "UPT Puskesmas Sanggau Ledo"),
    ("Dinas Kesehatan Sanggau meluncurkan inovasi Sehat Bersama.", "Dinas Kesehatan Sanggau"),
])
def test_a_kecamatan_named_like_a_region_ends_a_units_name(text, body):
    names, _ = agencies(component_nlp("inovasi_agencies", "inovasi_innovations"), text)
    assert body in names


def test_a_kind_of_body_without_a_name_owning_an_innovation_is_no_agency():
    text = ("Bupati meluncurkan tujuh inovasi. Inovasi unggulan tahun ini adalah Geunta Gampong atau Gerakan Entaskan "
            "Stunting dari Gampong yang digagas Dinas Kesehatan Aceh Utara.")
    names, _ = agencies(component_nlp("inovasi_agencies", "inovasi_innovations"), text)
    assert "Gampong" not in names and "Dinas Kesehatan Aceh Utara" in names


@pytest.mark.parametrize("text, body", [
    ("Kepala Puskesmas Tanjung Ni Made Sari membuka lomba inovasi pelayanan.", "Puskesmas Tanjung"),
    # a hospital's namesake may open with a particle
    ("Rumah Sakit Umum Daerah Andi Makkasau meluncurkan inovasi antrean daring.", "Rumah Sakit Umum Daerah Andi Makkasau"),
])
def test_a_units_name_stops_where_a_persons_particle_opens_a_name(text, body):
    names, _ = agencies(component_nlp("inovasi_agencies", "inovasi_innovations"), text)
    assert body in names and not any(n.startswith(body + " ") for n in names)


def test_the_day_after_a_listed_units_name_is_no_other_unit(nlp):
    names, _ = agencies(component_nlp("inovasi_agencies", "inovasi_innovations"),
                        "Bupati meninjau layanan inovasi JEMARI di Puskesmas Kluet Utara, Rabu. Kader Puskesmas "
                        "Kluet Tengah, Kluet Selatan, dan Pasie Raja, serta warga menyambutnya.")
    assert "Puskesmas Rabu" not in names


def test_the_last_name_of_a_units_list_may_run_straight_into_the_sentence():
    names, _ = agencies(component_nlp("inovasi_agencies", "inovasi_innovations"),
                        "Kader dari Puskesmas Kluet Utara, Kluet Selatan, dan Pasie Raja mengikuti lomba inovasi.")
    assert "Puskesmas Pasie Raja" in names
    names, _ = agencies(component_nlp("inovasi_agencies", "inovasi_innovations"),
                        "Bupati meninjau Puskesmas Kluet Utara dan Bupati Aceh Selatan mengapresiasi inovasi itu.")
    assert not any("Bupati" in n for n in names)


@pytest.mark.parametrize("text, body", [
    ("Dinas Sosial dan PPPA Kabupaten Kendal menggelar sosialisasi inovasi layanan terpadu.",
     "Dinas Sosial dan Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Kendal"),
    ("Dinas Sosial P3A Kabupaten Kendal menggelar sosialisasi inovasi layanan terpadu.",
     "Dinas Sosial Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten Kendal"),
])
def test_the_womens_and_childrens_field_abbreviation_is_part_of_the_body(nlp, text, body):
    names, _ = agencies(nlp, text)
    assert names == [body]


@pytest.mark.parametrize("text, expected", [
    # kinds of unit with no name of their own are no agency
    ("Bimtek diikuti 65 peserta, terdiri dari 40 ASN perangkat daerah dan 15 tenaga kesehatan dari UPTD Puskesmas.",
     []),
    # a village government under another region's name is a field of the body's name, not a person or the end of it
    ("Dinas Pemberdayaan Masyarakat dan Nagori Kabupaten Simalungun menggelar bimtek pengisian data inovasi.",
     ["Dinas Pemberdayaan Masyarakat dan Nagori Kabupaten Simalungun"]),
])
def test_kinds_of_unit_and_village_fields(nlp, text, expected):
    names, _ = agencies(nlp, text)
    assert names == expected


def test_a_government_named_with_a_shorthand_the_text_defines_has_its_level_once(nlp):
    text = ("Pemkab Konsel Gelar Bimtek Proposal KIPP\n\nBagian Organisasi Sekretariat Daerah Kabupaten Konawe Selatan "
            "(Konsel) menggelar bimtek. Pemkab Konsel menargetkan sepuluh proposal inovasi.")
    names, _ = agencies(nlp, text)
    assert not any("Kabupaten Kabupaten" in n for n in names)


@pytest.mark.parametrize("text, wrong", [
    # in a headline in title case an abbreviation that names a whole body ends there
    ("BSKDN Evaluasi Hasil Pengukuran IID 2024, Sejumlah Daerah Dinilai\n\nJAKARTA - Badan Strategi Kebijakan "
     "Dalam Negeri (BSKDN) menggelar rapat evaluasi, Selasa (5/11/2024).", "Evaluasi"),
    # ... not before its parent body written in full
    ("BRIDA Sikka Bekerja Sama dengan BSKDN Kementrian Dalam Negri Gelar Bimtek\n\nSIKKA - BRIDA Sikka menggelar "
     "bimtek bersama BSKDN Kemendagri.", "Kementrian Dalam"),
])
def test_a_headlines_abbreviation_ends_the_bodys_name(nlp, text, wrong):
    names, _ = agencies(nlp, text)
    assert names and not any(n.endswith(wrong) for n in names)
