"""Innovation profiles copied whole from provincial portals and spreadsheets: a page's two columns of labels and values
parted by runs of spaces (the cookie notice, the view counter and the share buttons around it), a label portals use for
either of two fields ("Kategori : Digital" on one, "Kategori : Inovasi Daerah Lainnya" on another), "Status" for the
stage, and a spreadsheet export whose column names are written in snake case. Pages written for these tests in the
style of regional innovation portals."""
import datetime as dt

from pipeline import extract_text
from pipeline.clean import normalise_text

PORTAL_PAGE = """Lewati ke konten utama
Beranda   Profil   Inovasi Daerah   Peta Inovasi   Regulasi   Galeri   Kontak        Masuk
Kami menggunakan cookie agar situs ini berfungsi dengan baik. Dengan melanjutkan, Anda menyetujui penggunaan cookie.   [Terima]   [Tolak]

Beranda  >  Inovasi Daerah  >  Kabupaten Sumber Jaya  >  Detail

SI PANEN RAYA
Sistem Informasi Panen dan Alsintan Keliling untuk Petani
Dilihat 921 kali     Bagikan:  [Facebook]  [X]  [WhatsApp]

Pemerintah Daerah        Kabupaten Sumber Jaya
Perangkat Daerah         Dinas Pertanian dan Perkebunan
Urusan Pemerintahan      Pertanian
Jenis                    Digital
Bentuk Inovasi           Inovasi Pelayanan Publik
Inisiator                OPD
Tahapan                  Penerapan
Waktu Uji Coba           14/03/2022
Waktu Penerapan          03/10/2022

Rancang Bangun
Selama ini petani di desa-desa yang jauh dari pusat kecamatan harus datang sendiri ke kantor dinas untuk meminjam
alat mesin pertanian. Melalui SI PANEN RAYA, kelompok tani cukup mengisi permohonan dari telepon genggam.
"""


def test_a_portal_page_with_two_columns_parted_by_spaces():
    record = extract_text(PORTAL_PAGE)
    assert record.doc_type == "form"
    [innovation] = record.innovations
    assert (innovation.name, innovation.long_name) == ("SI PANEN RAYA",
                                                       "Sistem Informasi Panen dan Alsintan Keliling untuk Petani")
    assert (innovation.jenis, innovation.bentuk, innovation.inisiator, innovation.tahapan) == \
        ("digital", "pelayanan_publik", "opd", "penerapan")
    assert (innovation.trial_date, innovation.implementation_date) == (dt.date(2022, 3, 14), dt.date(2022, 10, 3))


def test_runs_of_spaces_part_cells_only_where_no_field_holds_check_boxes():
    assert normalise_text("Perangkat Daerah         Dinas Pertanian") == "Perangkat Daerah | Dinas Pertanian"
    boxes = "Jenis Inovasi       : [x] Digital      [ ] Non Digital"
    assert normalise_text(boxes) == "Jenis Inovasi : [x] Digital [ ] Non Digital"
    # a sentence with a double space after its stop is prose
    assert normalise_text("Bupati membuka acara.  Ia berharap inovasi berlanjut.") == \
        "Bupati membuka acara. Ia berharap inovasi berlanjut."


def test_a_label_for_either_field_and_status_for_the_stage():
    head = "Nama Program Inovasi : SAPU BERSIH\nUnit Kerja : Dinas Lingkungan Hidup Kota Sumber Jaya\n"
    one = extract_text(head + "Kategori : Digital\nBentuk : Inovasi Pelayanan Publik\nStatus : Uji Coba\n"
                              "Mulai Uji Coba : 05-06-2022\n")
    other = extract_text(head + "Kategori: Inovasi Daerah Lainnya\nJenis: non-digital\nStatus: Penerapan\n"
                                "Mulai Uji Coba: 05-06-2022\n")
    assert [(i.jenis, i.bentuk, i.tahapan) for i in one.innovations] == [("digital", "pelayanan_publik", "uji_coba")]
    assert [(i.jenis, i.bentuk, i.tahapan) for i in other.innovations] == [("non_digital", "lainnya", "penerapan")]


def test_a_spreadsheet_export_with_snake_case_column_names():
    sheet = ("data_inovasi_sumber_jaya_2024.tsv\n"
             "no\tnama_inovasi\tkepanjangan\topd_pengusul\tjenis\tbentuk\tinisiator\ttahapan\twaktu_uji_coba\n"
             "1\tKEBUN GIZI DESA\t\tPemerintah Desa Sukamaju, Kecamatan Sukaraja\tNon Digital\tInovasi Daerah Lainnya\tMasyarakat\t"
             "Penerapan\t13/09/2021\n"
             "2\tSIGAP LANSIA\tSistem Gerak Cepat Layani Lansia\tDinas Kesehatan Kabupaten Sumber Jaya\tDigital\t"
             "Inovasi Pelayanan Publik\tKepala Daerah\tInisiatif\t\n")
    record = extract_text(sheet)
    assert record.doc_type == "form"
    assert [(i.name, i.jenis, i.bentuk, i.inisiator, i.tahapan) for i in record.innovations] == [
        ("KEBUN GIZI DESA", "non_digital", "lainnya", "masyarakat", "penerapan"),
        ("SIGAP LANSIA", "digital", "pelayanan_publik", "kepala_daerah", "inisiatif")]
    # a village's body in a cell with its district after a comma: the body alone
    assert record.innovations[0].agency == "Pemerintah Desa Sukamaju"


def test_a_partial_copy_names_its_innovation_in_its_prose():
    partial = ("Urusan Pemerintahan : Perdagangan\nJenis Inovasi : Digital\n"
               "Bentuk Inovasi : Inovasi Tata Kelola Pemerintahan Daerah\nInisiator Inovasi : ASN\n"
               "Tahapan Inovasi : Uji Coba\nWaktu Uji Coba : 21/08/2023\n\nRancang Bangun Inovasi :\n"
               "Penagihan retribusi di pasar-pasar kelurahan masih memakai karcis kertas. Gagasan SI-TARIK PASAR "
               "(Sistem Informasi Tarif dan Retribusi Pasar) datang dari staf pengelola pasar. Rekap harian dapat "
               "dilihat Kepala Bidang Pengelolaan Pasar tanpa menunggu laporan akhir bulan.\n")
    record = extract_text(partial)
    assert [(i.name, i.long_name, i.jenis, i.tahapan) for i in record.innovations] == [
        ("SI-TARIK PASAR", "Sistem Informasi Tarif dan Retribusi Pasar", "digital", "uji_coba")]
    assert record.officials == []   # ("Pasar" ends the unit's title: no person)


def test_a_quoted_name_before_its_long_form():
    record = extract_text('1. Judul Inovasi            : "LAUT SEHAT" (Layanan Terpadu Sehat Sampai ke Pulau)\n'
                          "2. Unit Penyelenggara       : UPTD Puskesmas Midai\n3. Bentuk Inovasi           : Inovasi "
                          "Pelayanan Publik\n4. Jenis Inovasi            : non-digital\n5. Tahapan Inovasi          : "
                          "Penerapan\n")
    assert [(i.name, i.long_name) for i in record.innovations] == [
        ("LAUT SEHAT", "Layanan Terpadu Sehat Sampai ke Pulau")]
