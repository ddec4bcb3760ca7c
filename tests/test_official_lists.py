"""Officials in lists under one role and names that share words with titles (issue 12); sentences written
for these tests in the style of regional news."""
import pytest
from helpers import component_nlp, extracted


@pytest.fixture(scope="module")
def nlp():
    return component_nlp("inovasi_agencies", "inovasi_regions", "inovasi_officials")


def people(nlp, text):
    values, _ = extracted(nlp, text)
    return [(o["name"], o["position"], o["degrees"]) for o in values.get("officials", [])]


@pytest.mark.parametrize("text", [
    "Dewan juri terdiri dari Prof. Dr. Ir. Bambang Sutejo, M.Sc, Dr. Siti Aminah, dan Ni Made Ayu Lestari, S.Psi.",
    "Tim juri yakni Prof. Bambang Sutejo, M.Sc, Dr. Siti Aminah, dan Ni Made Ayu Lestari, S.Psi.",
])
def test_title_after_degrees_opens_the_next_member(nlp, text):
    got = people(nlp, text)
    assert [g[0] for g in got] == ["Bambang Sutejo", "Siti Aminah", "Ni Made Ayu Lestari"]
    assert got[0][2][-1] == "M.Sc" and got[1][2] == ["Dr"]   # "Dr." after "M.Sc," is Siti's, not Bambang's
    assert got[2][2] == ["S.Psi"]
    assert len({g[1] for g in got}) == 1 and got[0][1] is not None


def test_degree_list_of_one_person_stays_whole(nlp):
    got = people(nlp, "Kepala Dinas Sosial, Drs. Hamdan Yusuf, M.Si., Ph.D., membuka kegiatan.")
    assert got == [("Hamdan Yusuf", "Kepala Dinas Sosial", ["Drs", "M.Si", "Ph.D"])]


@pytest.mark.parametrize("text, name", [
    ("Direktur RSUD Maros dr. Lestari Widya, Sp.A mengapresiasi tim inovasi.", "Lestari Widya"),
    ("Camat Lau, Widya Ningsih, menerima tim penilai.", "Widya Ningsih"),
])
def test_name_word_that_is_also_a_title_word(nlp, text, name):
    assert [g[0] for g in people(nlp, text)] == [name]


def test_title_phrase_with_that_word_is_still_a_title(nlp):
    got = people(nlp, "Hal itu disampaikan Widya Iswara PPSDM Kemendagri Regional Bukittinggi, Rina Astuti.")
    assert [g[0] for g in got] == ["Rina Astuti"]
    assert got[0][1].startswith("Widya Iswara")


def test_a_company_after_a_title_is_no_person(nlp):
    got = people(nlp, "Hal itu diungkapkan Wakil Presiden Direktur PT Nusantara Sinyal Prima, saat kunjungan media.")
    assert got == []


def test_a_person_after_a_company_name_closed_by_tbk_stays(nlp):
    got = people(nlp, "Hal itu dikatakan Direktur PT Bank Pembangunan Daerah Tbk Anwar Fauzi di Makassar.")
    assert [g[0] for g in got] == ["Anwar Fauzi"]


@pytest.mark.parametrize("text, name, position", [
    ("Bupati Maros H.A.S. Chaidir Syam, S.IP., M.H. membuka kegiatan tersebut.", "Chaidir Syam", "Bupati Maros"),
    ("Kegiatan dibuka Wakil Bupati Gowa A.M. Rahmat Hidayat di aula kantor bupati.", "Rahmat Hidayat",
     "Wakil Bupati Gowa"),
])
def test_dotted_initials_before_a_name(nlp, text, name, position):
    got = people(nlp, text)
    assert [(g[0], g[1]) for g in got] == [(name, position)]


def test_yakni_after_a_persons_title_names_a_thing_not_a_member(nlp):
    got = people(nlp, "Dinas akan mengoptimalkan program unggulan Bupati Gowa Andi Rahman yakni Sentra Digital (Sendi).")
    assert [g[0] for g in got] == ["Andi Rahman"]


@pytest.mark.parametrize("text, position", [
    ("Wakil Kepala Badan Perencanaan Pembangunan Provinsi DKI Jakarta, Rudi Hartono, menyambut rombongan.",
     "Wakil Kepala Badan Perencanaan Pembangunan Provinsi DKI Jakarta"),
    # shorthand stays as written unless the text names the region in full (ANNOTATION decision 13)
    ("Asisten Ekonomi dan Pembangunan Setda Kabupaten Kotim, Rudi Hartono, membuka acara.",
     "Asisten Ekonomi dan Pembangunan Sekretariat Daerah Kabupaten Kotim"),
    ("Pemkab Kotawaringin Timur menggelar lomba. Asisten Ekonomi Setda Kotim, Rudi Hartono, membuka acara.",
     "Asisten Ekonomi Sekretariat Daerah Kotawaringin Timur"),
])
def test_position_titles_and_region_shorthand(nlp, text, position):
    assert [g[1] for g in people(nlp, text)] == [position]


@pytest.mark.parametrize("text, degrees", [
    ("Kepala Bappeda Gowa, Ir. Ahmad Yani, ST, MT, IPM membuka acara.", ["Ir", "ST", "MT", "IPM"]),
    ("Kepala Puskesmas Lau, Rina Sari, A.Md. Kep, membuka acara.", ["A.Md.Kep"]),
])
def test_professional_titles_and_spaced_diploma_degrees(nlp, text, degrees):
    assert [g[2] for g in people(nlp, text)] == [degrees]


@pytest.mark.parametrize("written, degrees", [
    ("SE.MM", ["SE", "MM"]),
    ("SH.MH", ["SH", "MH"]),
    ("Lc., MA", ["Lc", "MA"]),
    ("S.Pd.I", ["S.Pd.I"]),   # one degree with dots stays one
])
def test_degrees_written_together(nlp, written, degrees):
    got = people(nlp, f"Kepala Dinas Sosial, Andi Rahman, {written} membuka acara inovasi.")
    assert [g[2] for g in got] == [degrees]


@pytest.mark.parametrize("text, expected", [
    # Portuguese family-name particles in East Nusa Tenggara and Maluku
    ("Kepala Bidang Penelitian, Yohana Ximenes da Costa, S.T, M.T, menjelaskan tahapan inovasi desa.",
     ("Yohana Ximenes da Costa", ["S.T", "M.T"])),
    ("Sekretaris Dinas Kesehatan, Agustinus dos Santos, S.KM, membuka pelatihan.", ("Agustinus dos Santos", ["S.KM"])),
    # an abbreviated first name whose dot ends no sentence
    ("Penjabat Wali Kota, Dr. Mokh. Syaifuddin Zuhri, M.Si., membuka acara.", ("Mokh. Syaifuddin Zuhri", ["Dr", "M.Si"])),
])
def test_name_words_of_other_regions(nlp, text, expected):
    got = people(nlp, text)
    assert [(g[0], g[2]) for g in got] == [expected]


def test_a_district_police_head_is_named_by_a_kecamatan_of_two_words(nlp):
    # "Sanggau" is also a regency's name: the kecamatan "Sanggau Ledo" is the place, not "Ledo" a person
    assert people(nlp, "Rapat dihadiri Kapolsek Sanggau Ledo, Danramil Lolak, dan para camat.") == []
    got = people(nlp, "Kapolsek Sanggau Ledo Iptu Budi Hartono ikut hadir.")
    assert [(g[0], g[1]) for g in got] == [("Budi Hartono", "Kapolsek Sanggau Ledo")]


@pytest.mark.parametrize("text, expected", [
    ("Hadir pula Panewu Minggir Sutrisno Wahyu Aji, S.IP, dan para lurah.", ("Sutrisno Wahyu Aji", "Panewu Minggir")),
    ("Bendesa Adat Kawan I Wayan Sudarma menyambut baik layanan itu.", ("I Wayan Sudarma", "Bendesa Adat Kawan")),
])
def test_district_and_customary_village_heads_of_yogyakarta_and_bali(nlp, text, expected):
    assert [(g[0], g[1]) for g in people(nlp, text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Kata Kepala UPTD Puskesmas Cabenge Andi Nurul Hikmah, S.KM., M.Kes. dalam acara itu.",
     ("Andi Nurul Hikmah", "Kepala UPTD Puskesmas Cabenge")),
    ("Kepala Puskesmas Tanjung Ni Made Sari membuka acara.", ("Ni Made Sari", "Kepala Puskesmas Tanjung")),
    # after a field, not a unit named by its place, "Andi" is a middle name
    ("Kepala Dinas Kesehatan Rahmat Andi Saputra membuka acara.", ("Rahmat Andi Saputra", "Kepala Dinas Kesehatan")),
])
def test_a_name_particle_after_a_units_place_starts_the_person(nlp, text, expected):
    assert [(g[0], g[1]) for g in people(nlp, text)] == [expected]
