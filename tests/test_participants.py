import pytest

from helpers import component_nlp
from pipeline.evidence import flatten
from pipeline.parse import make_doc


@pytest.fixture(scope="module")
def nlp():
    return component_nlp("inovasi_participants")


def parts(nlp, text, draft=None):
    doc = make_doc(nlp, text, {})
    if draft:
        doc._.draft.update(draft)
    doc = nlp(doc)
    values, evidence = flatten(doc._.draft, doc.text)
    return values.get("participants"), evidence


def test_total_and_breakdown(nlp):
    p, ev = parts(nlp, "Kegiatan ini diikuti sebanyak 35 peserta yang terdiri dari 10 kepala desa, 5 camat, "
                       "dan 20 UPT Puskesmas.")
    assert p["total"] == 35
    assert p["breakdown"] == [{"count": 10, "category": "kepala desa"}, {"count": 5, "category": "camat"},
                              {"count": 20, "category": "UPT Puskesmas"}]
    assert any(e["field"] == "participants.total" and e["text"] == "35" for e in ev)


def test_categories_without_counts(nlp):
    p, _ = parts(nlp, "Peserta yang hadir sekitar 60 orang terdiri dari unsur kecamatan dan kader posyandu.")
    assert p == {"total": 60, "breakdown": []}


def test_single_group_with_abbreviation(nlp):
    p, _ = parts(nlp, "Sebanyak 15 peserta dari pos pelayanan terpadu (Posyandu) mengikuti pelatihan.")
    assert p["total"] == 15
    assert p["breakdown"] == [{"count": 15, "category": "Pos Pelayanan Terpadu"}]


def test_a_quantity_word_opens_the_count(nlp):
    p, _ = parts(nlp, "Sedikitnya 80 inovator dari berbagai perangkat daerah mengikuti pelatihan itu.")
    assert p["total"] == 80


def test_number_words(nlp):
    p, _ = parts(nlp, "Bimtek tersebut dihadiri oleh empat puluh dua orang operator inovasi.")
    assert p["total"] == 42


@pytest.mark.parametrize("text", [
    "Sosialisasi diikuti OPD teknis di 12 kabupaten dan 1 kota se-provinsi.",
    "Sebanyak 16 inovasi diluncurkan dalam acara tersebut.",
    "Kegiatan berlangsung selama 2 hari di aula kantor bupati.",
    "Jumlah balita stunting di kecamatan itu mencapai 80 orang pada tahun lalu.",
    # regions written with a slash or a hyphen are still regions
    "Pemprov menggelar lomba inovasi yang diikuti 14 kabupaten/kota se-provinsi.",
    "Lomba inovasi itu diikuti 25 desa-desa terpilih dari seluruh kecamatan.",
])
def test_not_participants(nlp, text):
    p, _ = parts(nlp, text)
    assert p is None


def test_forms_skipped(nlp):
    p, _ = parts(nlp, "Sebanyak 20 peserta hadir.", draft={"doc_type": "form"})
    assert p is None


def test_teams_of_participants(nlp):
    p, _ = parts(nlp, "Sebanyak 48 kelompok peserta dari kalangan pelajar se-Kabupaten Bantaeng mengikuti lomba.")
    assert p["total"] == 48


def test_later_stage_after_contrast(nlp):
    p, _ = parts(nlp, "Lomba tahun ini diikuti 90 peserta yang lolos administrasi, namun yang lolos tahap "
                      "presentasi sejumlah 45 peserta.")
    assert p["total"] == 45


@pytest.mark.parametrize("text", [
    # the size of the visiting panel
    "Dalam kunjungan Tim Penilai ke Pemkot Palu berjumlah empat orang itu, tim dipimpin oleh ketua.",
    # regions assessed and entries submitted (decision 17)
    "Penilaian diikuti 34 daerah se-Indonesia.",
    "Lomba ini diikuti 120 karya dari seluruh perangkat daerah.",
    "Kepala BSKDN menyebutkan IGA tahun ini diikuti 530 pemerintah daerah.",
    # ... and districts of Papua entering a contest
    "Lomba digelar Bagian Organisasi Setda Supiori dan diikuti lima distrik.",
    # households a programme serves
    "Hingga kini nasabah bank sampah tercatat 214 kepala keluarga dari total sekitar 1.900 kepala keluarga di desa itu.",
])
def test_counts_that_are_not_participants(nlp, text):
    p, _ = parts(nlp, text)
    assert p is None


def test_the_number_of_participants_stated_after_the_events_name(nlp):
    p, _ = parts(nlp, "Jumlah peserta bimtek 50 orang dari seluruh perangkat daerah.")
    assert p["total"] == 50
    # without a unit of people the number is not a count of participants
    p, _ = parts(nlp, "Jumlah peserta lomba dari 20 kecamatan meningkat tahun ini.")
    assert p is None or p.get("total") is None


def test_a_visiting_delegations_size_is_the_participants(nlp):
    # on a studi tiru the delegation takes part in the visit (an assessing panel's size does not count)
    p, _ = parts(nlp, "Rombongan berjumlah 16 orang dipimpin Sekretaris Daerah Kabupaten Kaur dalam studi tiru "
                      "ke Kabupaten Seluma, Kamis (6/6/2024).")
    assert p["total"] == 16


@pytest.mark.parametrize("text, total", [
    # the text's own total of people beats a count of bodies taking part
    ("Bimtek diikuti 20 OPD, masing-masing mengirim tiga orang sehingga total peserta mencapai 60 orang.", 60),
    ("Delapan tim finalis menjalani presentasi. Setiap tim terdiri dari tiga orang, sehingga total 24 peserta tampil "
     "di hadapan juri.", 24),
    # entries the text calls peserta, teams of finalists, those who came, the leaders who sign, a delegation's size
    ("Kepala Bappeda menyebutkan ke-15 desa peserta final beserta inovasinya.", 15),
    ("Sebanyak 12 puskesmas peserta memaparkan inovasinya di hadapan dewan juri.", 12),
    ("Menurutnya, 10 tim finalis itu terdiri dari 6 tim perangkat daerah dan 4 tim kecamatan.", 10),
    ("Rapat paripurna dibuka setelah 41 dari 50 anggota dewan tercatat hadir.", 41),
    ("Sebanyak 58 pimpinan menandatangani komitmen inovasi di hadapan wali kota.", 58),
    ("Rombongan Pemkab OKI yang dipimpin Kepala Bappeda terdiri atas 12 orang dari tiga perangkat daerah.", 12),
    # innovations of the participants, finalists that are innovations, and days are no participants
    ("Bupati meluncurkan 5 Inovasi Peserta PKA angkatan XVI di ruang rapat.", None),
    ("Sebanyak 10 finalis lomba inovasi kelurahan dipaparkan di aula.", None),
    ("Lomba digelar selama 3 hari peserta wajib hadir setiap pagi.", None),
])
def test_totals_entrants_and_delegations(nlp, text, total):
    p, _ = parts(nlp, text)
    assert (p or {}).get("total") == total


def test_heads_of_schools_still_count(nlp):
    p, _ = parts(nlp, "Bimtek diikuti sekitar 40 kepala sekolah dari empat kecamatan.")
    assert p["total"] == 40
