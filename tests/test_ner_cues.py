"""What supports an innovation only the trained model read (pipeline/extract/entities.py): its owner right after it,
an acronym's long form after a comma, a name and its long form joined by a dash; and what does not (the long form
itself, the tail of a longer name the model cut, an owner on the next line). The model's entities are set by hand
on sentences written for the tests, so each case holds whatever the shipped model tags."""
import functools

import pytest

from helpers import component_nlp, run_with_ents


@functools.lru_cache(maxsize=1)
def _nlp():
    return component_nlp("inovasi_agencies", "inovasi_officials", "inovasi_innovations", "inovasi_entities")


def innovations(text, ents):
    doc = run_with_ents(_nlp(), text, ents)
    return {i["name"].value: i for i in doc._.draft.get("innovations") or []}


@pytest.mark.parametrize("text, name", [
    ("Tim penilai juga meninjau PAJAK RAPI milik Badan Pendapatan Daerah di kantor camat.", "PAJAK RAPI"),
    ("Kabupaten tetangga akan meniru Kebun Obat Keluarga yang dijalankan Kecamatan Sungai Raya.", "Kebun Obat Keluarga"),
    ("Peringkat ketiga diraih Sekolah Tani Muda dari tim Dinas Pertanian Kabupaten Sigi.", "Sekolah Tani Muda"),
    ("Juara pertama adalah Lumbung Ikan Desa (Desa Pasi Lhok, Kecamatan Kembang Tanjong).", "Lumbung Ikan Desa"),
])
def test_an_entity_with_its_regional_owner_right_after_it_is_an_innovation(text, name):
    found = innovations(text, [(name, "INNOVATION")])
    assert name in found
    assert found[name]["name"].method == "ner+rule:owner"


def test_the_same_entity_with_no_owner_after_it_needs_another_cue():
    text = "Tim penilai juga meninjau PAJAK RAPI di kantor camat kemarin."
    assert "PAJAK RAPI" not in innovations(text, [("PAJAK RAPI", "INNOVATION")])


def test_a_national_platform_owned_by_a_ministry_is_no_regional_innovation():
    text = "Data penerima diambil dari SIKS Terpadu milik Kementerian Sosial setiap bulan."
    assert "SIKS Terpadu" not in innovations(text, [("SIKS Terpadu", "INNOVATION")])


def test_an_owner_on_the_next_line_is_a_byline_not_an_owner():
    text = "Pemkot Pelajari Inovasi Layanan Pengaduan\nOleh Bagian Protokol dan Komunikasi Pimpinan\n\nRombongan tiba pagi."
    assert "Pengaduan" not in innovations(text, [("Pengaduan", "INNOVATION")])


def test_an_acronyms_long_form_after_a_comma_supports_the_acronym_and_is_its_long_name():
    text = ("Ada SAPU JAGAD, Sistem Aduan Publik Jaringan Desa, dari Dinas Komunikasi dan Informatika. "
            "Ada juga yang lain di kecamatan.")
    found = innovations(text, [("SAPU JAGAD", "INNOVATION"), ("Sistem Aduan Publik Jaringan Desa", "INNOVATION")])
    assert list(found) == ["SAPU JAGAD"]
    assert found["SAPU JAGAD"]["long_name"].value == "Sistem Aduan Publik Jaringan Desa"


def test_a_phrase_after_a_comma_that_does_not_spell_the_acronym_is_no_long_form():
    text = "Ada SAPU JAGAD, Pelayanan Warga Desa, dan lainnya di kecamatan itu."
    assert "SAPU JAGAD" not in innovations(text, [("SAPU JAGAD", "INNOVATION")])


def test_a_long_form_after_kepanjangannya_is_not_another_innovation():
    text = "Lalu ada PINTAR, kepanjangannya Perpustakaan Anak Rakyat, yang dikelola Dinas Perpustakaan."
    found = innovations(text, [("Perpustakaan Anak Rakyat", "INNOVATION")])
    assert "Perpustakaan Anak Rakyat" not in found


def test_the_tail_of_a_name_in_capitals_the_model_cut_is_not_an_innovation():
    text = "Inovasi lain yakni PATTOLA' SEHAT (Puskesmas Bontoa, Kabupaten Maros) juga dipaparkan."
    assert "SEHAT" not in innovations(text, [("SEHAT", "INNOVATION")])


def test_a_name_and_its_long_form_joined_by_a_dash_give_the_name_with_its_long_name():
    text = "Peringkat ketiga diraih KOPI TANI - Koperasi Petani Tangguh (Desa Sumberejo, Kecamatan Pagak)."
    found = innovations(text, [("KOPI TANI - Koperasi Petani Tangguh", "INNOVATION")])
    assert list(found) == ["KOPI TANI"]
    assert found["KOPI TANI"]["long_name"].value == "Koperasi Petani Tangguh"


@pytest.mark.parametrize("text, name, why", [
    ("Pada kategori kecamatan, Kecamatan Bukit Kapur kedua dengan DAPUR SEHAT KITA dari total 40 peserta.",
     "DAPUR SEHAT KITA", "body_link"),
    ("Di hadapan juri, Dinas Perikanan dan Kelautan melalui Nelayan Cerdas Cuaca memaparkan hasilnya.",
     "Nelayan Cerdas Cuaca", "body_link"),
    ("Sejak tahun lalu Puskesmas Sei Lekop menghadirkan Kelas Gigi Ceria bagi murid sekolah dasar.",
     "Kelas Gigi Ceria", "owner_verb"),
    ("Juara III: Sahabat Paru, Puskesmas Tanjung Uncang.", "Sahabat Paru", "owner"),
])
def test_the_clause_presents_the_entity_as_an_innovation(text, name, why):
    found = innovations(text, [(name, "INNOVATION")])
    assert name in found and found[name]["name"].method == f"ner+rule:{why}"


@pytest.mark.parametrize("text, name", [
    # "dengan" without a body before it: an event closing, not a body presenting its innovation
    ("Rangkaian peluncuran ditutup dengan Gebyar Pelayanan Warga yang menghadirkan banyak stan.",
     "Gebyar Pelayanan Warga"),
    # a body far back in the sentence, many lower-case words before the link
    ("Dinas Sosial menyebut penyaluran bantuan tahun ini dilakukan melalui Kartu Sejahtera Warga di kantor pos.",
     "Kartu Sejahtera Warga"),
    # a verb of owning far before it, other words between
    ("Puskesmas itu menghadirkan dokter spesialis untuk Kelas Gigi Ceria di sekolah.", "Kelas Gigi Ceria"),
])
def test_a_clause_that_does_not_present_an_innovation_gives_no_cue(text, name):
    assert name not in innovations(text, [(name, "INNOVATION")])


def test_an_acronym_with_its_long_form_after_alias():
    text = "Juara II Desa Kertosari melalui KADESI alias Kantor Desa Siaga Malam, yang buka hingga pukul 21.00."
    found = innovations(text, [("KADESI", "INNOVATION")])
    assert found["KADESI"]["long_name"].value == "Kantor Desa Siaga Malam"


def agencies(text, ents):
    doc = run_with_ents(_nlp(), text, ents)
    return [str(a["name"].value) for a in doc._.draft.get("agencies") or []]


@pytest.mark.parametrize("text, name, owner", [
    ("Peserta klinik antara lain TANI MAJU (Dinas Tanaman Pangan, Hortikultura dan Perkebunan Kabupaten Wajo); "
     "dan lainnya.", "TANI MAJU", "Dinas Tanaman Pangan, Hortikultura dan Perkebunan Kabupaten Wajo"),
    ("Juara I hingga III adalah Lumbung Ikan Desa (Desa Pasi Lhok, Kecamatan Kembang Tanjong), lalu yang lain.",
     "Lumbung Ikan Desa", "Desa Pasi Lhok"),
    ("Juara III: Sahabat Paru, Puskesmas Tanjung Uncang.  KATEGORI KELURAHAN", "Sahabat Paru",
     "Puskesmas Tanjung Uncang"),
    ("Tim juga meninjau Kamar Bersalin Apung milik RSUD dr. H. Abdul Manap di tepi sungai.", "Kamar Bersalin Apung",
     "Rumah Sakit Umum Daerah dr. H. Abdul Manap"),   # (the nomenclature's expansion, as the rules give it)
])
def test_the_owner_of_an_innovation_only_the_model_read_acts(text, name, owner):
    doc = run_with_ents(_nlp(), text, [(name, "INNOVATION")])
    items = {i["name"].value: i for i in doc._.draft["innovations"]}
    assert items[name]["agency"].value == owner
    assert owner in [str(a["name"].value) for a in doc._.draft["agencies"]]


def test_an_owner_in_a_headline_in_title_case_is_not_read():
    # every headline word is capitalised: "Jadi" would run into the body's name
    text = "Lomba Inovasi Ditutup, SIAGA API Milik BPBD Jadi Juara\n\nLomba inovasi daerah resmi ditutup kemarin."
    assert not any("Jadi" in a for a in agencies(text, [("SIAGA API", "INNOVATION")]))


def test_an_acronyms_long_form_in_brackets_is_no_owner_even_when_it_opens_with_a_bodys_word():
    text = ("Beberapa inovasi belum melampirkan regulasi, di antaranya PUSLING SUNGAI (Puskesmas Keliling Sungai) dari "
            "Dinas Kesehatan.")
    doc = run_with_ents(_nlp(), text, [("PUSLING SUNGAI", "INNOVATION")])
    items = {i["name"].value: i for i in doc._.draft["innovations"]}
    assert items["PUSLING SUNGAI"]["long_name"].value == "Puskesmas Keliling Sungai"
    assert "Puskesmas Keliling Sungai" not in [str(a["name"].value) for a in doc._.draft.get("agencies") or []]


def test_an_owner_stops_before_the_next_innovation_in_capitals():
    text = "Inovasi yang belum lengkap di antaranya SEDEKAH PANGAN dari Dinas Sosial dan SAPU BERSIH dari Dinas Lingkungan Hidup."
    doc = run_with_ents(_nlp(), text, [("SEDEKAH PANGAN", "INNOVATION")])
    items = {i["name"].value: i for i in doc._.draft["innovations"]}
    assert items["SEDEKAH PANGAN"]["agency"].value == "Dinas Sosial"


def test_an_entity_that_is_part_of_a_longer_name_written_there_is_no_other_innovation():
    text = ("Kemenag mendukung inovasi pendamping, yakni Nikah Langsung KK (NALA KK). Menurut Kepala Kemenag, seluruh "
            "KUA siap menerapkan NALA KK mulai Juni.")
    second = text.rindex("NALA")
    doc = run_with_ents(_nlp(), text, [])
    doc.set_ents([doc.char_span(second, second + 4, label="INNOVATION")])
    doc = _nlp().get_pipe("inovasi_entities")(doc)
    assert [i["name"].value for i in doc._.draft["innovations"]] == ["NALA KK"]


def test_a_person_read_inside_an_innovations_long_form_is_no_official():
    text = ("Inovasi yang dipamerkan antara lain e-KAMI atau Kartu Anggota Miskin Terintegrasi dari Dinas Sosial, serta "
            "PASIAR TAKA (Pasien Antar Pulau Terlayani Cepat) milik RSUD Tanjung Asri.")
    doc = run_with_ents(_nlp(), text, [])
    assert [i["name"].value for i in doc._.draft["innovations"]] == ["e-KAMI", "PASIAR TAKA"]
    assert doc._.draft.get("officials") in (None, [])


def test_an_expansion_the_model_reads_gives_the_long_name_to_a_later_mention_the_rules_read():
    text = ("Disusul Dinas Perhubungan yang membawa GO-MARISA (Gerakan Online Tertib Arsip Desa). Juri menyebut GO-MARISA "
            "dan KAMPUNG TERTIB sebagai contoh inovasi yang datanya rapi.")
    assert innovations(text, [])["GO-MARISA"]["long_name"] is None   # the rules read only the later mention
    found = innovations(text, [("GO-MARISA", "INNOVATION")])
    assert found["GO-MARISA"]["long_name"].value == "Gerakan Online Tertib Arsip Desa"
    assert found["GO-MARISA"]["name"].method == "rule:innovation:predicative"
