"""Villages under the names regions give them (UU 6/2014 Desa: kampung, pekon, tiyuh, lembang ...) in regional news:
a village named after its word acts as a body only when Kemendagri's list of villages (rules/regions/desa.txt) knows
its name, since the same words open programmes' and innovations' names ("Kampung KB", "Kampung Siaga Banjir"); an
innovation's name stops before the village that runs it; a Gayo village head's title. Sentences written for these
tests in the style of regional press releases; the villages' names are taken from Kemendagri's list."""
import pytest

from helpers import agency_names, component_nlp, extracted


@pytest.fixture(scope="module")
def nlp():
    return component_nlp("inovasi_agencies", "inovasi_innovations", "inovasi_officials")


def innovations(nlp, text):
    values, _ = extracted(nlp, text)
    return [i["name"] for i in values.get("innovations") or []]


@pytest.mark.parametrize("text, expected", [
    # a village of Kemendagri's list, under the word its region uses, owns and wins
    ("Juara pertama lomba inovasi desa diraih Kampung Galih Lunik dengan inovasi Bank Sampah Digital.",
     ["Kampung Galih Lunik"]),
    ("Ada pula Pondok Baca Terpadu (PODBATU) dari Kampung Tambak Boyo yang dikelola karang taruna.",
     ["Kampung Tambak Boyo"]),
    # programmes and innovations opening with the same word are no villages
    ("Pemkab Lebong meluncurkan Kampung KB di tiga kecamatan.", ["Pemerintah Kabupaten Lebong"]),
    ("Dinas Sosial mengembangkan Kampung Siaga Bencana dan Kampung Literasi Ceria.", ["Dinas Sosial"]),
])
def test_a_village_word_is_a_body_only_before_a_listed_villages_name(nlp, text, expected):
    assert agency_names(nlp, text) == expected


def test_an_innovations_name_stops_before_the_village_that_runs_it(nlp):
    text = ("Di stan pameran, pengunjung melihat sejumlah inovasi kampung. Salah satu yang paling ramai adalah "
            "Lumbung Pupuk Kampung Galih Lunik, yang mengolah kotoran ternak menjadi pupuk organik.")
    assert innovations(nlp, text) == ["Lumbung Pupuk"]


@pytest.mark.parametrize("text, expected", [
    # a quality closing a name is a word of it, though some village is called so
    ("Dinas Kesehatan meluncurkan inovasi Ambulans Desa Siaga untuk ibu hamil.", ["Ambulans Desa Siaga"]),
    # a village word followed by no listed village's name stays in the name
    ("Warga memanfaatkan inovasi Posyandu Kampung Ceria Bahagia setiap bulan.", ["Posyandu Kampung Ceria Bahagia"]),
    # ... and a name in capitals is one name, a village's among its words or not
    ("Inovasi Top 99 KIPP tahun ini adalah BEDAH KAMPUNG NELAYAN dari Dinas Perumahan.", ["BEDAH KAMPUNG NELAYAN"]),
])
def test_a_village_word_inside_a_name_stays(nlp, text, expected):
    assert innovations(nlp, text) == expected


@pytest.mark.parametrize("text, person", [
    # village heads under their regions' titles, and a neighbourhood association's head with its number
    ("Reje Kampung Galih Lunik, Sabri, menuturkan lumbung itu dibangun dengan dana desa tahun 2021.",
     ("Sabri", "Reje Kampung Galih Lunik")),
    ("Pembakal Tambak Boyo, Masrun, menyebut inovasi itu lahir dari musyawarah desa.",
     ("Masrun", "Pembakal Tambak Boyo")),
    ("Ketua RW 04 Cipete Utara, Suparto, mengaku warganya terbantu layanan itu.",
     ("Suparto", "Ketua RW 04 Cipete Utara")),
])
def test_village_and_neighbourhood_heads_titles(nlp, text, person):
    values, _ = extracted(nlp, text)
    assert [(o["name"], o["position"]) for o in values["officials"]] == [person]
