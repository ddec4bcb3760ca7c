import pytest

from helpers import component_nlp
from pipeline.evidence import flatten
from pipeline.parse import make_doc


@pytest.fixture(scope="module")
def nlp():
    return component_nlp("inovasi_innovations")


def run(nlp, text, draft=None):
    doc = make_doc(nlp, text, {})
    if draft:
        doc._.draft.update(draft)
    doc = nlp(doc)
    values, evidence = flatten(doc._.draft, doc.text)
    return values.get("innovations") or [], evidence


def names(items):
    return [i["name"] for i in items]


def test_direct_trigger_and_acronym(nlp):
    items, ev = run(nlp, "Dinas Perhubungan Kota Tegal meluncurkan aplikasi SIPARKIR untuk memudahkan retribusi. "
                         "Selain itu inovasi Lapak Jujur juga diperkenalkan.")
    assert names(items) == ["SIPARKIR", "Lapak Jujur"]
    assert any(e["field"] == "innovations[0].name" and e["text"] == "SIPARKIR" for e in ev)


def test_long_form_then_short(nlp):
    items, _ = run(nlp, "Pemerintah Kabupaten Blora telah memiliki berbagai inovasi di bidang pertanian, seperti "
                        "Sekolah Lapang Petani Milenial (SLPM), Bank Benih, dan Kebun Bibit Rakyat.")
    assert names(items) == ["SLPM", "Bank Benih", "Kebun Bibit Rakyat"]
    assert items[0]["long_name"] == "Sekolah Lapang Petani Milenial"
    assert all(i["agency"] == "Pemerintah Kabupaten Blora" for i in items)


def test_short_then_long_and_quotes(nlp):
    items, _ = run(nlp, "Dari Bidang Pelayanan Kesehatan, muncul inovasi lokal seperti SIGAP (Siaga Ibu Gawat Pasca "
                        "melahirkan). Puskesmas juga menjalankan program “Sehati” (Sehat Hati Ibu).")
    assert names(items) == ["SIGAP", "Sehati"]
    assert items[0]["long_name"] == "Siaga Ibu Gawat Pasca melahirkan"
    assert items[1]["long_name"] == "Sehat Hati Ibu"


def test_atau_disingkat_and_initiator(nlp):
    items, _ = run(nlp, "Salah satunya Percepatan Layanan Arsip atau disingkat PELARSIP yang diinisiasi oleh "
                        "Kepala Bagian Umum Sekretariat Daerah Kota Palu, Andi Rahman.")
    assert names(items) == ["PELARSIP"]
    assert items[0]["long_name"] == "Percepatan Layanan Arsip"
    assert items[0]["agency"] == "Bagian Umum Sekretariat Daerah Kota Palu"


def test_singkatan_dari_and_owner(nlp):
    items, _ = run(nlp, "Peserta berasal dari Dinas Sosial dengan inovasi Si Pintar, yang merupakan singkatan dari "
                        "Sistem Informasi Penerima Bantuan Terpadu.")
    assert names(items) == ["Si Pintar"]
    assert items[0]["long_name"] == "Sistem Informasi Penerima Bantuan Terpadu"
    assert items[0]["agency"] == "Dinas Sosial"


def test_tech_prefix(nlp):
    items, _ = run(nlp, "Masyarakat kini bisa mendaftar melalui e-Posyandu, sebuah sistem digital baru.")
    assert names(items) == ["e-Posyandu"]


def test_dedupe(nlp):
    items, _ = run(nlp, "Inovasi SiMantap diluncurkan. Warga memakai aplikasi SiMantap setiap hari.")
    assert names(items) == ["SiMantap"]


@pytest.mark.parametrize("text", [
    "Pemkab mendorong setiap OPD membuat inovasi pelayanan publik yang bermanfaat.",
    "Nilai Indeks Inovasi Daerah (IID) Kabupaten Sleman meningkat tahun ini.",
    "Peserta akan mengikuti Kompetisi Inovasi Pelayanan Publik (KIPP) dan Sinovik tahun depan.",
    "Kegiatan ini sesuai gerakan satu instansi satu inovasi dan program one agency one innovation.",
    "Dasar hukumnya antara lain Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah.",
    "LAN membuka Laboratorium Inovasi Kabupaten Sigi dengan tahap, yaitu Drum Up, Diagnose, dan Design.",
    "Sosialisasi Program Inovasi Desa digelar di kecamatan.",
    "Narasumber dari Pusat Inovasi Tata Kelola Pemerintahan Lembaga Administrasi Negara hadir.",
])
def test_generic_words_are_not_innovations(nlp, text):
    items, _ = run(nlp, text)
    assert items == []


def test_forms_are_skipped(nlp):
    doc = make_doc(nlp, "Nama Inovasi | SIMPEL |\nJenis Inovasi | Digital |", {})
    doc._.draft["doc_type"] = "form"
    doc = nlp(doc)
    assert "innovations" not in doc._.draft


def test_name_stops_at_line_break_and_evidence_spans_it(nlp):
    # a headline without a final stop runs into the lead in one sentence; the name must end at the line break
    text = ("Bupati resmikan aplikasi Si Tepat Waktu\nKepala Dinas Pendidikan Ahmad Yani hadir. "
            "Warga memakai layanan “Antar  Jemput   Berkas” sejak Senin.")
    items, ev = run(nlp, text)
    assert names(items) == ["Si Tepat Waktu", "Antar Jemput Berkas"]
    spans = [e for e in ev if e["field"].endswith(".name")]
    assert all(e["start"] >= 0 and e["text"] == text[e["start"]:e["end"]] for e in spans)
    assert spans[1]["text"] == "Antar  Jemput   Berkas"


def test_passing_list_of_three(nlp):
    items, _ = run(nlp, "Desa Sukamaju meraih penghargaan lewat inovasi Sipandu, Kartu Sehat Desa dan Si Jempol.")
    assert names(items) == ["Sipandu", "Kartu Sehat Desa", "Si Jempol"]


@pytest.mark.parametrize("text,name,long", [
    ("Dinas Perizinan meluncurkan aplikasi SIMPEL (Sistem Informasi Pelayanan Perizinan) pekan lalu.",
     "SIMPEL", "Sistem Informasi Pelayanan Perizinan"),
    ("Warga kini mengurus izin lewat SIMPEL atau Sistem Informasi Pelayanan Perizinan di kantor camat. "
     "Aplikasi SIMPEL gratis.", "SIMPEL", "Sistem Informasi Pelayanan Perizinan"),
    ("Bappeda memperkenalkan Sistem Informasi Rencana Pembangunan (Sirenbang) kepada para camat.",
     "Sirenbang", "Sistem Informasi Rencana Pembangunan"),
    ("Penerapan aplikasi “Sistem Pelaporan Warga Terpadu” (SIPAWATU) dimulai bulan ini.",
     "SIPAWATU", "Sistem Pelaporan Warga Terpadu"),
    ("Dinas Lingkungan Hidup ikut kompetisi dengan inovasi Tukar Sampah atau Tabungan Uang dari Sampah Rumah Tangga.",
     "Tukar Sampah", "Tabungan Uang dari Sampah Rumah Tangga"),
])
def test_name_with_long_form(nlp, text, name, long):
    items, _ = run(nlp, text)
    assert names(items) == [name]
    assert items[0]["long_name"] == long


@pytest.mark.parametrize("text,expected", [
    ("Petani dibantu lewat program KIOS TANI dan layanan Si Cepat, serta gerakan E-Lapak Desa.",
     ["KIOS TANI", "Si Cepat", "E-Lapak Desa"]),
    ("Dinas Sosial meluncurkan inovasi yang dinamakan 'Rumah Singgah Ceria' untuk anak jalanan.",
     ["Rumah Singgah Ceria"]),
    ("Program Si-Ceria dimulai tahun lalu. Warga menyukai program SiCeria itu.", ["Si-Ceria"]),
])
def test_names_after_triggers(nlp, text, expected):
    items, _ = run(nlp, text)
    assert names(items) == expected


def test_colon_list_of_lowercase_long_forms(nlp):
    items, _ = run(nlp, "Dalam paparannya, Bupati menyebut sejumlah inovasi yang sudah berjalan lebih dari dua tahun di "
                        "seluruh kecamatan, antara lain: Layanan antar obat bagi lansia (Lantai), Pendataan warga "
                        "miskin terpadu (Padat Karya), dan Sampah Jadi Emas (2022).")
    assert names(items) == ["Lantai", "Padat Karya", "Sampah Jadi Emas"]
    assert items[0]["long_name"] == "Layanan antar obat bagi lansia"
    assert items[2]["long_name"] is None


def test_ranked_winners_with_owners(nlp):
    items, _ = run(nlp, "Untuk kategori inovasi pelayanan publik, juara 1 adalah Rumah Gizi dari Puskesmas Lembang, "
                        "juara 2 Tabungan Ibu Hamil juga dari Puskesmas Lembang, dan juara 3 adalah Si Cepat dari "
                        "Dinas Sosial.")
    assert names(items) == ["Rumah Gizi", "Tabungan Ibu Hamil", "Si Cepat"]
    assert [i["agency"] for i in items] == ["Puskesmas Lembang", "Puskesmas Lembang", "Dinas Sosial"]


def test_quoted_names_in_one_sentence(nlp):
    items, _ = run(nlp, "Inovasi “Peta Sawah Digital” dari Bappeda menjadi juara pertama, disusul “Si-Rapi” dari "
                        "Dinas Perpustakaan, serta ‘KARYA TANI’ dari Dinas Pertanian.")
    assert names(items) == ["Peta Sawah Digital", "Si-Rapi", "KARYA TANI"]


def test_numbered_list_under_announcing_line(nlp):
    items, _ = run(nlp, "Empat inovasi yang diluncurkan hari ini:\n1. SI GESIT – aplikasi antrean pasien oleh Budi "
                        "(Kepala Bidang Pelayanan RSUD Manna)\n2. KAMPUNG DATA – pendataan warga\n\nAcara ditutup doa.")
    assert names(items) == ["SI GESIT", "KAMPUNG DATA"]
    assert items[0]["agency"] == "Bidang Pelayanan Rumah Sakit Umum Daerah Manna"   # expanded as the agencies component does


def test_ordinal_sentences_continue_a_list(nlp):
    items, _ = run(nlp, "Camat memaparkan dua inovasi desa.\n\nPertama SIAGA BANJIR sebagai sistem peringatan dini."
                        "\n\nKedua, TANAM-KU yakni Tanam Ikan di Kolam Umum yang dikelola warga.")
    assert names(items) == ["SIAGA BANJIR", "TANAM-KU"]
    assert items[1]["long_name"] == "Tanam Ikan di Kolam Umum"


@pytest.mark.parametrize("text", [
    "Wali Kota Resmikan 7 Inovasi Peserta Lomba Tingkat Provinsi\nPemerintah kota memberi penghargaan kemarin.",
    "Kabupaten Siak Raih Peringkat 3 Inovasi Se-Provinsi Riau\nBupati bersyukur atas capaian itu.",
    "Bupati bersyukur atas capaian itu.\nBaca juga: kecamatan luncurkan inovasi Sapa Desa untuk warga\nAcara usai.",
    "Perwali Nomor 12 Tahun 2020 tentang Sistem Informasi Desa sudah berlaku.",
    "Lomba inovasi Gebyar Kreasi Daerah diikuti 30 peserta dari berbagai OPD.",
    "Predikat indeks inovasi “Sangat Inovatif” diraih Kabupaten Bone tahun ini.",
    "Inovasi ini digagas seorang bidan bernama Rina Wati di desa itu.",
    "Rapat dilaksanakan melalui aplikasi Zoom dan WhatsApp.",
    "Kabupaten Gowa meraih Innovative Government Award (IGA) dan Liga Inovasi Daerah tahun ini.",
    "Para agen inovasi Dinsos mengikuti pelatihan di aula.",
    "Sebanyak 9 peserta inovasi mengikuti Pekan Inovasi Daerah di Makassar.",
    "Data kesesuaian lahan disajikan lewat aplikasi, mulai dari lahan sesuai (S1) hingga tidak sesuai (N).",
])
def test_not_innovations_in_news(nlp, text):
    items, _ = run(nlp, text)
    assert items == []


def test_body_named_before_its_innovations():
    nlp2 = component_nlp("inovasi_agencies", "inovasi_innovations")
    items, _ = run(nlp2, "Dari masalah itu lahir salah satu inovasi DLH, yaitu Bank Sampah Keliling.")
    assert names(items) == ["Bank Sampah Keliling"]


@pytest.fixture(scope="module")
def nlp_bodies():
    return component_nlp("inovasi_agencies", "inovasi_innovations")


def test_describing_words_before_listed_names(nlp):
    items, _ = run(nlp, "Sejumlah aplikasi kini ditiru kabupaten tetangga, antara lain pendaftaran daring SiCepat dan "
                        "Lapak Warga, e-RT (elektronik rukun tetangga), serta aplikasi pengaduan warga online Sambat.")
    assert names(items) == ["SiCepat", "Lapak Warga", "e-RT", "Sambat"]
    assert items[2]["long_name"] == "elektronik rukun tetangga"


@pytest.mark.parametrize("text", [
    "Inovasi tersebut antara lain penguatan kapasitas aparatur melalui Bimtek Nasional.",
    "Program inovasi desa meliputi pembinaan kader oleh Tim Penggerak PKK.",
    "Ada sejumlah inovasi, yakni akselerasi usaha Kelompok Tani Makmur (KTM) melalui pendampingan.",
])
def test_describing_words_do_not_reach_into_clauses(nlp, text):
    items, _ = run(nlp, text)
    assert items == []


def test_owner_named_between_trigger_and_name(nlp_bodies):
    items, _ = run(nlp_bodies, "Juri memuji inovasi Dinas Sosial SI PEKA (Peduli Keluarga Lansia) yang unik.")
    assert names(items) == ["SI PEKA"]
    assert items[0]["long_name"] == "Peduli Keluarga Lansia"
    assert items[0]["agency"] == "Dinas Sosial"


def test_body_with_its_innovation(nlp_bodies):
    items, _ = run(nlp_bodies, "Beberapa inovasi masuk Top 45, seperti RSUD Kota, Dinas Pertanian dengan Lumbung Tani, "
                               "Dinas Pariwisata dengan Ayo Piknik.")
    assert names(items) == ["Lumbung Tani", "Ayo Piknik"]
    assert [i["agency"] for i in items] == ["Dinas Pertanian", "Dinas Pariwisata"]


def test_quoted_names_keep_their_own_owner(nlp):
    items, _ = run(nlp, "Inovasi “Peta Sawah Digital” dari Bappeda menjadi juara pertama, disusul “Si-Rapi” dari "
                        "Dinas Perpustakaan.")
    assert [i["agency"] for i in items] == ["Badan Perencanaan Pembangunan Daerah", "Dinas Perpustakaan"]


def test_lowercase_electronic_name_and_its_description(nlp):
    items, _ = run(nlp, "Wali Kota meluncurkan aplikasi laporan warga berbasis elektronik (e-lapor) di balai kota. "
                        "Aplikasi e-lapor ini gratis.")
    assert names(items) == ["e-lapor"]
    assert items[0]["long_name"] == "laporan warga berbasis elektronik"


def test_dot_inside_a_name_is_no_sentence_end(nlp):
    items, _ = run(nlp, "Beberapa aplikasi sudah ditiru daerah tetangga, antara lain layanan izin daring Izin.Kita "
                        "dan Gampang.")
    assert names(items) == ["Izin.Kita", "Gampang"]


@pytest.mark.parametrize("text,name,long", [
    ("Inovasi yang dinamakan 'Sapa Warga' menjadi andalan. Sapa Warga merupakan singkatan dari Pelayanan Aduan "
     "Warga Terpadu, kata Kepala Dinas.", "Sapa Warga", "Pelayanan Aduan Warga Terpadu"),
    ("DLH punya inovasi terkait sampah, yaitu RABU BERSIH (Rakyat Bersih Bumi Hijau).", "RABU BERSIH",
     "Rakyat Bersih Bumi Hijau"),
    ("Bappeda menerapkan aplikasi “Peta Potensi Desa Digital” (SIGAP DESA) sejak Maret.", "SIGAP DESA",
     "Peta Potensi Desa Digital"),
])
def test_stated_expansions(nlp, text, name, long):
    items, _ = run(nlp, text)
    assert names(items) == [name]
    assert items[0]["long_name"] == long


def test_quoted_name_given_by_naming_phrase(nlp):
    items, _ = run(nlp, "Pelayanan lansia kini lebih cepat.\n\"JEMPUT BOLA\", begitulah nama inovasi layanan lansia "
                        "tersebut.")
    assert names(items) == ["JEMPUT BOLA"]


def test_list_with_origins_and_inline_numbers(nlp):
    items, _ = run(nlp, "Sebanyak 25 inovasi dipamerkan, di antaranya Lapak Ikan Online milik Dinas Perikanan, "
                        "Si Bening dari PDAM, dan Posyandu Remaja. Tiga inovasi desa yaitu: 1) Sapa Lansia, "
                        "2) Dokter Keliling, dan 3) Ambulans Desa.")
    assert names(items) == ["Lapak Ikan Online", "Si Bening", "Posyandu Remaja", "Sapa Lansia", "Dokter Keliling",
                            "Ambulans Desa"]
    assert [i["agency"] for i in items[:3]] == ["Dinas Perikanan", "PDAM", None]


def test_presenter_and_degrees_are_not_names(nlp):
    items, _ = run(nlp, "Sesi ini memaparkan inovasi “TANAM JAGUNG” oleh Made Sudarma, S.Pd., M.Pd. di aula.")
    assert names(items) == ["TANAM JAGUNG"]


def test_weekday_opening_a_name_and_nested_names(nlp):
    items, _ = run(nlp, "Selain itu, ada program Jumat Berkah dan Gerakan Pungut Plastik yang dijalankan kelurahan "
                        "sejak Senin (3/4).")
    assert names(items) == ["Jumat Berkah", "Gerakan Pungut Plastik"]


@pytest.mark.parametrize("text", [
    "Warga juga bisa datang ke layanan Mal Pelayanan Publik (MPP) di pusat kota.",
    "Inovasi itu bagian dari program Gerakan Indonesia Sadar Administrasi Kependudukan (GISA).",
    "Dinas Pendidikan mendukung program Makan Bergizi Gratis (MBG) di sekolah dasar.",
    "Pasien dapat mendaftar melalui aplikasi Mobile JKN dan SatuSehat.",
    "Narasumber berasal dari Program Studi Ilmu Pemerintahan Universitas Hasanuddin.",
    "Pelaporan inovasi dilakukan melalui aplikasi Google Form dan Zoom Meeting.",
])
def test_places_and_national_programmes(nlp, text):
    items, _ = run(nlp, text)
    assert items == []


def test_origin_acronym_ends_a_name(nlp):
    items, _ = run(nlp, "Surat menyurat kini memakai aplikasi Tertib Arsip dari ANRI di semua kantor.")
    assert names(items) == ["Tertib Arsip"]


def test_bulleted_list_with_bodies_in_parentheses(nlp):
    items, _ = run(nlp, "Berikut daftar inovasi yang lolos verifikasi:\n- Sigap Bencana (BPBD)\n- Kampung KB Digital "
                        "(DPPKB)\nPenilaian dilanjutkan pekan depan. Dokumen pendukung inovasi, seperti SK Kepala "
                        "Daerah, laporan dan foto, diunggah.")
    assert names(items) == ["Sigap Bencana", "Kampung KB Digital"]
    assert [i["agency"] for i in items] == ["Badan Penanggulangan Bencana Daerah",
                                            "Dinas Pengendalian Penduduk dan Keluarga Berencana"]   # decision 13


def test_list_goes_on_after_a_national_programme(nlp):
    items, _ = run(nlp, "Penghargaan ini diraih berkat berbagai inovasi, antara lain Sekolah Pintar Desa (SPD), "
                        "Layanan Terpadu Satu Pintu, dan Posyandu Keliling. Camat meluncurkan inovasi bernama "
                        "\"LAYAR EMAS\" atau Layanan Administrasi Rakyat Mudah dan Aman.")
    assert names(items) == ["SPD", "Posyandu Keliling", "LAYAR EMAS"]
    assert items[2]["long_name"] == "Layanan Administrasi Rakyat Mudah dan Aman"


def test_owner_verb_with_a_body_mention(nlp_bodies):
    items, _ = run(nlp_bodies, "Selain itu, DPMPTSP juga memiliki inovasi lain yakni Jemput Bola Izin Usaha (JEBOL) "
                               "dan Klinik Investasi. Dinas Kesehatan Kabupaten Pinrang melaunching inovasi SI JAGO "
                               "(Sistem Jaga Gizi Anak) di Puskesmas Lanrisang.")
    assert names(items) == ["JEBOL", "Klinik Investasi", "SI JAGO"]
    assert items[0]["agency"] and items[0]["agency"] == items[1]["agency"]
    assert items[2]["agency"] == "Dinas Kesehatan Kabupaten Pinrang"


def test_headline_owner_phrase_is_no_body(nlp):
    items, _ = run(nlp, "“Si Rapi” Milik Sulbar Raih Apresiasi dari Pusat\nAplikasi “Si Rapi” dipuji juri.")
    assert names(items) == ["Si Rapi"]
    assert items[0]["agency"] is None


@pytest.mark.parametrize("text,expected", [
    ("Dinas Kesehatan memperkenalkan inovasi unggulan SEHATI (Sehat Ibu dan Anak Terpadu) kepada juri.", ["SEHATI"]),
    ("Pemkot kembali meluncurkan inovasi terbarunya, Si Gesit, untuk mempercepat layanan KTP.", ["Si Gesit"]),
    ("Kecamatan menampilkan inovasi andalan berupa Posyandu Keliling Malam.", ["Posyandu Keliling Malam"]),
    ("Bupati meminta inovasi pelayanan publik Kabupaten Gowa terus ditingkatkan.", []),
])
def test_describing_words_after_the_trigger(nlp, text, expected):
    items, _ = run(nlp, text)
    assert names(items) == expected


@pytest.mark.parametrize("text, expected", [
    ("Warga dapat mengunduh aplikasi SIPANDU di Play Store secara gratis.", ["SIPANDU"]),
    ("Layanan itu kini hadir lewat aplikasi SIGAP di Kecamatan Tanjung Palas.", ["SIGAP"]),
    # a name in words goes on over "di" and "ke" before a capitalised word
    ("Dinas Kependudukan meluncurkan inovasi Dukcapil Goes to School bagi pelajar.", ["Dukcapil Goes to School"]),
])
def test_an_acronym_is_the_whole_name(nlp, text, expected):
    items, _ = run(nlp, text)
    assert names(items) == expected


@pytest.mark.parametrize("text, expected", [
    ("Inovator SI BIJAK, Siti Rahmawati, mengaku tidak menyangka gagasannya sampai ke tingkat nasional.", ["SI BIJAK"]),
    ("Inovator SIPANDU, Budi Hartono, menjelaskan cara kerja aplikasi.", ["SIPANDU"]),
    # a list of a method's stages after the list trigger is no list of innovations
    ("Model Laboratorium Inovasi terdiri dari tahapan Drum-Up, Diagnose, Design, Deliver dan Display.", []),
])
def test_innovator_names_and_lists_of_stages(nlp, text, expected):
    items, _ = run(nlp, text)
    assert names(items) == expected
