"""A form's prose: the bodies it shows acting and the people it names (pipeline/extract/agency_forms.py,
rules/agencies/form_prose.toml; officials.find_officials on forms).

A form names its own body in a field and its initiator in another; its background and design sections may
show partner bodies doing something for the innovation and name officials (ANNOTATION rules 5 and 7). Most
bodies a form's prose names are places, sources or references, which stay out. The forms are written for the
tests in the style of profiles exported from regional innovation portals.
"""
from pipeline import extract_text

PARTNERS = """PROFIL INOVASI DAERAH
KABUPATEN SUKAMARA
TAHUN 2024

Nama Inovasi        : SIPADI (Sistem Informasi Pupuk dan Padi)
Perangkat Daerah    : Dinas Pertanian
Tahapan Inovasi     : Penerapan
Inisiator Inovasi   : Kepala Daerah
Jenis Inovasi       : Digital
Bentuk Inovasi      : Inovasi Tata Kelola Pemerintahan Daerah
Waktu Uji Coba      : 11-04-2022
Waktu Penerapan     : 02-01-2023

A. Latar Belakang
Penyaluran pupuk bersubsidi di Kabupaten Sukamara sering terlambat. Keluhan petani banyak
disampaikan kepada Bupati Sukamara, H. Arman Lasadi, S.Sos., M.Si., yang kemudian
menginstruksikan penyusunan sistem pemantauan stok pupuk per kios.

B. Rancang Bangun
Aplikasi dibangun dan dipelihara oleh Dinas Komunikasi dan Informatika Kabupaten
Sukamara, sedangkan pendataan kios dilakukan penyuluh dari Kepala Bidang Sarana Pertanian pada Dinas Pertanian
Kabupaten Sukamara, Ir. Made Sri Lestari, M.P., bersama distributor. Wilayah kerja Puskesmas
Tanjung Sari mencatat keluhan petani keracunan pestisida. Data awal diambil dari pendataan Badan
Pusat Statistik tahun 2021. Kecamatan Lembah Hijau merupakan kecamatan dengan kios terbanyak.
Pemerintah Desa Sidomakmur menyiapkan gudang penyangga bagi kelompok tani. UPTD Puskesmas Sungai Raya dan
UPTD Puskesmas Tanjung Harapan memeriksa petani yang mengeluh keracunan.
"""


def test_prose_bodies_that_act_join_the_forms_own_body_in_its_fullest_name():
    record = extract_text(PARTNERS)
    assert record.doc_type == "form"
    names = [a.name for a in record.agencies]
    # the field's "Dinas Pertanian", named in full where the prose wraps the line
    assert names[0] == "Dinas Pertanian Kabupaten Sukamara"
    # the agent of a passive (its region wrapped onto the next line) and the subject of an active verb act
    assert "Dinas Komunikasi dan Informatika Kabupaten Sukamara" in names
    assert "Pemerintah Desa Sidomakmur" in names
    # ... and so does each body of a list that does it together
    assert "UPTD Puskesmas Sungai Raya" in names and "UPTD Puskesmas Tanjung Harapan" in names
    # a place ("Wilayah kerja Puskesmas X mencatat"), a data source and a copula's subject do not
    assert not any("Tanjung Sari" in n or "Statistik" in n or "Lembah Hijau" in n for n in names)
    assert len(names) == 5


def test_a_forms_prose_names_officials_besides_its_initiator():
    record = extract_text(PARTNERS)
    people = {o.name: o for o in record.officials}
    assert people["Arman Lasadi"].position == "Bupati Sukamara"
    assert people["Arman Lasadi"].degrees == ["S.Sos", "M.Si"]
    assert "Made Sri Lestari" in people


REFERENCES = """Profil Inovasi Daerah
Nama Inovasi : BUMIL CERIA
Nama SKPD : UPT Puskesmas Mekar Jaya
Jenis Inovasi : Non Digital
Inisiator Inovasi : Sri Handayani, A.Md.Keb
Tahapan Inovasi : Penerapan

Rancang Bangun
Dengan adanya inovasi ini pada tahun 2023 Puskesmas Mekar Jaya mengalami penurunan angka stunting
menjadi 21 balita. Ibu hamil di wilayah kerja Puskesmas Mekar Jaya dipantau setiap minggu sesuai
pedoman (Kemenkes, 2011). Kecamatan Sungai Tawar merupakan kecamatan dengan jumlah ibu hamil terbanyak.
Desa Berinovasi adalah salah satu model yang diacu inovasi ini.
"""


def test_places_sources_and_references_in_a_forms_prose_are_no_agencies():
    record = extract_text(REFERENCES)
    assert [a.name for a in record.agencies] == ["UPT Puskesmas Mekar Jaya"]
    assert [(o.name, o.position) for o in record.officials] == [("Sri Handayani", None)]


LABELS = """PROFIL INOVASI DAERAH
Nama Inovasi : SI-LANCAR (Layanan Administrasi Cepat dan Ramah)
Perangkat Daerah : Badan Pendapatan Daerah (Bapenda)
Inisiator Inovasi Tahapan Inovasi
Kepala Daerah Uji Coba
Nama Inovator : Rina Marlina, S.Kom
Jabatan : Camat Gadingsari

Latar Belakang
Gagasan ini berawal dari proyek perubahan Kepala Subbidang Pendataan Bapenda Kabupaten Lembah Raya,
Rina Marlina, S.Kom. Pada tahun 2023 Kepala Badan Pendapatan Daerah Kabupaten Lembah Raya menetapkan
inovasi ini sebagai layanan unggulan.
"""


def test_a_fields_short_name_in_brackets_and_its_full_name_in_the_prose():
    record = extract_text(LABELS)
    assert [a.name for a in record.agencies] == ["Badan Pendapatan Daerah Kabupaten Lembah Raya"]


def test_field_values_and_a_bodys_place_name_are_no_people():
    record = extract_text(LABELS)
    names = [o.name for o in record.officials]
    assert "Uji Coba" not in names          # "Kepala Daerah Uji Coba": two fields' values side by side
    assert "Gadingsari" not in names        # "Camat Gadingsari": a district's head, named by the place
    assert "Rina Marlina" in names


def test_a_bodys_short_name_with_its_region_in_the_initiator_field_is_no_person():
    text = ("PROFIL INOVASI\nNama Inovasi : SIMANTAB\nPerangkat Daerah : Dinas Sosial\n"
            "Inisiator Inovasi : Bappeda Kab. Lembah Raya\nJenis Inovasi : Digital\n")
    record = extract_text(text)
    assert record.officials == []


SIGNED = """PROFIL INOVASI DAERAH
PEMERINTAH KABUPATEN SUKAMARA

1.1 Nama Inovasi      : SI-PANEN (Sistem Informasi Panen Nelayan)
1.2 Perangkat Daerah  : Dinas Perikanan
1.3 Inisiator Inovasi : Kepala Daerah
1.4 Jenis Inovasi     : Digital
1.5 Narahubung        : Fadli Rahman, S.Kom (Kasubbag Program Dinas Perikanan)

1.6 Hasil Inovasi
Pada tahun 2023 SI-PANEN dipakai 640 nelayan di tiga kecamatan.

                                                  Sukamara,      Maret 2024
                                                  Kepala Dinas Perikanan
                                                  Kabupaten Sukamara,

                                                  [cap dan tanda tangan]

                                                  Ir. YULIUS MAKAMINAN, M.T.
                                                  Pembina Utama Muda (IV/c)
                                                  NIP. 19700312 199003 1 006
"""


def test_the_person_who_signs_a_form_with_the_office_written_over_the_signature():
    record = extract_text(SIGNED)
    people = {o.name: o for o in record.officials}
    # the date line's place and the stamp's placeholder are no part of the office; the rank line is skipped
    assert people["YULIUS MAKAMINAN"].position == "Kepala Dinas Perikanan Kabupaten Sukamara"
    assert people["YULIUS MAKAMINAN"].degrees == ["Ir", "M.T"]     # no trailing dot (decision 14)
    # the contact person, with the office in brackets after the name
    assert people["Fadli Rahman"].position == "Kasubbag Program Dinas Perikanan"
    assert len(people) == 2


def test_two_signatures_side_by_side_run_together_by_cleaning_give_no_person():
    two = SIGNED.split("                                                  Sukamara,")[0] + (
        "Mengetahui,                                    Pengusul,\n"
        "Sekretaris Daerah                              Kepala Dinas Perikanan\n"
        "Kabupaten Sukamara,                            Kabupaten Sukamara,\n\n\n"
        "Drs. HENDRIK PANGEMANAN, M.Si                  Ir. YULIUS MAKAMINAN, M.T.\n"
        "Pembina Utama Muda (IV/c)                      NIP. 19700312 199003 1 006\n"
        "NIP. 19680101 199303 1 010\n")
    record = extract_text(two)
    assert [o.name for o in record.officials] == ["Fadli Rahman"]


LABELLED_PEOPLE = """FORMULIR PROFIL INOVASI DAERAH
Nama Inovasi      : SAPA WARGA
Perangkat Daerah  : Kelurahan Uwuran Satu
Jenis Inovasi     : Non Digital
Inisiator Inovasi : Siti Aminah, S.Sos.

Rancang Bangun
SAPA WARGA digagas oleh Lurah Uwuran Satu, Siti Aminah, S.Sos., dengan mendatangi warga lanjut usia.

Penanggung jawab inovasi: Meiske Tumbelaka, S.IP — Sekretaris Kelurahan Uwuran Satu.

D. PENGUSUL
Nama      : Hendra Gunawan, SE, MM
NIP       : 19750921 200212 1 003
Jabatan   : Kepala Seksi Pemerintahan Kelurahan Uwuran Satu

                    ttd


                    Hendra Gunawan, SE, MM
"""


def test_a_name_over_its_civil_servant_number_and_office_lines():
    record = extract_text(LABELLED_PEOPLE)
    people = {o.name: o for o in record.officials}
    assert people["Hendra Gunawan"].position == "Kepala Seksi Pemerintahan Kelurahan Uwuran Satu"
    assert people["Hendra Gunawan"].degrees == ["SE", "MM"]
    # the office after a dash, and the Inisiator person's office from the prose that names her
    assert people["Meiske Tumbelaka"].position == "Sekretaris Kelurahan Uwuran Satu"
    assert people["Siti Aminah"].position == "Lurah Uwuran Satu"
    assert people["Siti Aminah"].degrees == ["S.Sos"]


def test_an_abbreviated_field_body_is_named_as_the_prose_names_it_not_across_a_signatures_gap():
    text = """PROFIL INOVASI DAERAH
1.1 Nama Inovasi : GELIS (Gerakan Kelurahan Bebas Sampah Plastik)
1.2 Jenis Inovasi : Non Digital
1.3 Perangkat Daerah Penanggung Jawab : DLH

1.4 Rancang Bangun
Dinas Lingkungan Hidup (DLH) Kota Prabumulih memfasilitasi uji coba di lima kelurahan.

                                        Kepala Dinas Lingkungan Hidup
                                        Kota Prabumulih

                                        Ir. MARLINA OKTAVIA, M.T.
                                        NIP 19740518 200003 2 002
"""
    record = extract_text(text)
    assert [a.name for a in record.agencies] == ["Dinas Lingkungan Hidup Kota Prabumulih"]
    assert [(o.name, o.position) for o in record.officials] == [
        ("MARLINA OKTAVIA", "Kepala Dinas Lingkungan Hidup Kota Prabumulih")]


def test_a_relative_clause_on_a_body_and_each_partner_of_a_list_after_a_partner_word():
    text = """PROFIL INOVASI DAERAH
Nama Inovasi : PAKINTA (Pelayanan Akta Kelahiran Terintegrasi)
Perangkat Daerah : Dinas Kependudukan dan Pencatatan Sipil
Jenis Inovasi : Digital

Rancang Bangun
Data ibu bersalin diperoleh dari Kantor Wilayah Kementerian Agama Provinsi Sulawesi Selatan, yang juga turut
menetapkan kriteria keluarga sasaran. Layanan ini bekerja sama dengan RSUD Labuang Baji, RSUD Haji dan
RSUD Daya. Data awal ditarik dari SIAK yang dikelola Kementerian Dalam Negeri.
"""
    names = [a.name for a in extract_text(text).agencies]
    assert "Kantor Wilayah Kementerian Agama Provinsi Sulawesi Selatan" in names
    assert {"Rumah Sakit Umum Daerah Labuang Baji", "Rumah Sakit Umum Daerah Haji",
            "Rumah Sakit Umum Daerah Daya"} <= set(names)
    # a national system's keeper, named in a clause that only describes the data's source, does not act
    assert not any("Dalam Negeri" in n for n in names)
