"""Innovations named with what they are, in apposition, as full-length regional news writes them (issue 12): an
acronym and its long form between commas in a list ("DUSAMAH, Dukcapil Sampai Rumah, yang ..."), a name described
by its kind and its owner ("KADER SEHAT, gerakan kader kesehatan keluarga milik Dinas Kesehatan"), a name, a comma
and the body that made it, a name after "bernama" in a contest's ranks. Sentences written for these tests."""
import pytest

from helpers import component_nlp, extracted
from pipeline import extract_text


@pytest.fixture(scope="module")
def nlp():
    return component_nlp("inovasi_agencies", "inovasi_innovations")


def read(nlp, text):
    values, _ = extracted(nlp, text)
    return [(i["name"], i.get("long_name")) for i in values.get("innovations") or []]


@pytest.mark.parametrize("text, expected", [
    ("Dalam pameran inovasi itu, Dinas Pendidikan dan Kebudayaan menampilkan GURUPINTAR, Guru Kunjung Pintar, yang "
     "mengirim guru ke pulau-pulau kecil.", [("GURUPINTAR", "Guru Kunjung Pintar")]),
    ("Setiap OPD kini punya inovasi. Di bidang lingkungan, Dinas Lingkungan Hidup punya E-SIBAS, Sistem Informasi Bank Sampah, yang dipakai 86 bank "
     "sampah.", [("E-SIBAS", "Sistem Informasi Bank Sampah")]),
])
def test_an_acronym_and_its_long_form_between_commas_are_one_innovation(nlp, text, expected):
    assert read(nlp, text) == expected


def test_names_listed_with_commas_that_spell_nothing_stay_separate(nlp):
    text = "Dalam pameran inovasi itu, Dinas Pendidikan menampilkan SIPINTAR, Pasar Murah, dan Kebun Sekolah."
    assert [n for n, _ in read(nlp, text)] == ["SIPINTAR", "Pasar Murah", "Kebun Sekolah"]


@pytest.mark.parametrize("text, name", [
    ("Tim inovasi memaparkan kesiapan sejumlah inovasi. Ia menyebut KADER SEHAT, gerakan kader kesehatan keluarga milik "
     "Dinas Kesehatan, yang kini berjalan di 18 desa.", "KADER SEHAT"),
    ("Ekosistem inovasi terus diperkuat. Bappeda juga mengelola Rumah Inovasi Kapuas, layanan konsultasi dan inkubasi "
     "bagi ASN yang ingin berinovasi.", "Rumah Inovasi Kapuas"),
    # after a copula
    ("Pemkab menyiapkan anggaran konservasi. Salah satu yang akan diperkuat adalah Burung Jaga Rimba, program yang "
     "dirintis Pemkab sejak 2021.", "Burung Jaga Rimba"),
])
def test_a_name_described_by_its_kind_and_its_owner_or_a_clause(nlp, text, name):
    assert name in [n for n, _ in read(nlp, text)]


def test_a_place_described_by_its_owner_is_no_innovation(nlp):
    text = "Tim inovasi memaparkan kesiapan sejumlah inovasi. Ia menyebut Pasar Raya, pusat belanja milik Pemerintah Kota."
    assert read(nlp, text) == []


def test_a_name_then_a_comma_and_the_body_that_developed_it(nlp):
    text = ("Pemkab menyiapkan lima inovasi untuk KIPP. Satu lagi, Bank Sampah Butta Jaya, dikembangkan Dinas "
            "Lingkungan Hidup bersama kelompok ibu rumah tangga.")
    assert "Bank Sampah Butta Jaya" in [n for n, _ in read(nlp, text)]


def test_a_person_and_a_comma_before_a_verb_of_developing_is_no_innovation(nlp):
    text = "Pemkab menyiapkan lima inovasi. Kepala Dinas, Budi Santoso, dikembangkan kariernya di Dinas Kesehatan."
    assert read(nlp, text) == []


def test_a_name_after_bernama_in_a_contests_ranks(nlp):
    text = ("Lomba Krenova tahun ini diikuti 40 inovasi. Juara kedua diraih pupuk organik cair berbahan limbah sawit "
            "bernama POC SAWITKU, sedangkan juara ketiga diraih tungku pengasapan karet.")
    assert [n for n, _ in read(nlp, text)] == ["POC SAWITKU"]


def test_bernama_outside_a_contest_needs_an_innovation_word(nlp):
    text = "Warga memelihara seekor sapi bernama Si Belang di kandang belakang rumah."
    assert read(nlp, text) == []
    # an innovation word heading the phrase, and a word such as "dokumen" only describing it, names an innovation;
    # a verb between opens another phrase
    text = "Ada juga layanan antar jemput dokumen kependudukan yang diberi nama Si Jempol untuk warga lanjut usia."
    assert [n for n, _ in read(nlp, text)] == ["Si Jempol"]
    assert read(nlp, "Inovasi itu dilengkapi dokumen persyaratan bernama Formulir Satu.") == []


def test_a_trigger_word_heads_a_long_description_a_naming_trigger_closes(nlp):
    # "sistem"/"platform" head the phrase; a describing ber- word ("berbasis") opens no clause
    text = "BPBD meluncurkan sistem peringatan dini banjir berbasis SMS yang diberi nama SiAGA Banjir bagi warga."
    assert [n for n, _ in read(nlp, text)] == ["SiAGA Banjir"]
    text = "Pemkab mengembangkan platform pemantauan harga bahan pokok di pasar tradisional yang diberi nama Pantau Harga."
    assert [n for n, _ in read(nlp, text)] == ["Pantau Harga"]
    # ... but a verb of another clause still does
    assert read(nlp, "Sistem itu kemudian dilengkapi panduan berbahasa daerah bernama Buku Saku Kader.") == []


@pytest.mark.parametrize("text, expected", [
    # a long form and its short name in apposition, described as an innovation
    ("Bupati meminta Dinas Pertanian memperluas Kebun Pangan Warga atau KAPAW, inovasi yang sejak 2023 mendorong "
     "rumah tangga menanam sayur.", [("KAPAW", "Kebun Pangan Warga")]),
    # a name described as an innovation of a body named right after the innovation word
    ("Bupati juga menyinggung LAMBAN PINTAR, inovasi Bagian Organisasi Setdakab Tulang Bawang yang menyatukan "
     "layanan perizinan.", [("LAMBAN PINTAR", None)]),
    # a quoted name whose long form runs on after a comma to spell it
    ('Kecamatan itu dinilai berhasil lewat inovasi "RANAU BERSEMI" atau Ranau Bersih, Sehat dan Mandiri yang '
     'dijalankan Dinas Lingkungan Hidup.', [("RANAU BERSEMI", "Ranau Bersih, Sehat dan Mandiri")]),
    # a region's motto in quotes and a national programme are no innovations
    ('Motto daerah "Sai Bumi Nengah Nyappur" kembali digaungkan Bupati sebagai semangat inovasi.', []),
    ("Program itu sejalan dengan Gerakan Nasional Pengendalian Inflasi Pangan (GNPIP) yang dicanangkan pemerintah "
     "pusat bersama inovasi daerah.", []),
])
def test_appositions_mottos_and_national_programmes(text, expected):
    record = extract_text(text)
    assert [(i.name, i.long_name) for i in record.innovations] == expected


def test_an_offices_programme_named_in_apposition_is_no_person():
    # the office owns the programme; the words between commas are the programme's name (a word of what an innovation
    # makes of people), not the office-holder's, who is read when named instead
    record = extract_text("Program unggulan Bupati Situbondo, Sahabat Lansia, kembali digelar Dinas Sosial pekan ini.")
    assert [i.name for i in record.innovations] == ["Sahabat Lansia"]
    assert record.officials == []
    record = extract_text("Program unggulan Bupati Situbondo, Karna Suswandi, menyasar warga lanjut usia.")
    assert [(o.name, o.position) for o in record.officials] == [("Karna Suswandi", "Bupati Situbondo")]



@pytest.mark.parametrize("text, expected", [
    # a name opening the sentence, described in apposition as a body's innovation
    ("Jemput Bola Akta, inovasi dari Dinas Kependudukan dan Pencatatan Sipil Kota Palopo, kini menjangkau 48 "
     "kelurahan.", [("Jemput Bola Akta", None)]),
    ("SIPANDU, inovasi unggulan Kecamatan Wara, diluncurkan tahun lalu.", [("SIPANDU", None)]),
    # not a speaker's attribution, a body, or innovations in general
    ("Menurut Bupati Luwu, inovasi dari Desa Maju harus didukung.", []),
    ("Dinas Pendidikan, inovasi dari sekolah terus didorong.", []),
])
def test_a_name_opening_the_sentence_with_its_owner_in_apposition(nlp, text, expected):
    assert read(nlp, text) == expected


@pytest.mark.parametrize("text, expected", [
    # a trigger, a few describing words and the name in brackets
    ("Dinas Kependudukan meluncurkan layanan antar dokumen kependudukan (Si Antar) bagi warga lansia.",
     [("Si Antar", None)]),
    ("Dinas Sosial meluncurkan aplikasi pendataan lansia (SIDALAN) tahun ini.", [("SIDALAN", None)]),
    # the bracket abbreviates the description (a kind of programme), or names a national office
    ("Pemkab menjalankan program pemberdayaan masyarakat (PPM) di desa.", []),
    ("Dinas Kesehatan membuka layanan pengaduan (PPID) bagi warga.", []),
])
def test_a_name_in_brackets_after_a_described_trigger(nlp, text, expected):
    assert read(nlp, text) == expected
