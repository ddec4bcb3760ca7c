"""Officials and agencies on sentences written in the styles of Indonesian regional news."""
import pytest
from helpers import component_nlp, run_components

from pipeline.evidence import flatten


@pytest.fixture(scope="module")
def nlp():
    return component_nlp("inovasi_agencies", "inovasi_regions", "inovasi_officials")


def extract(nlp, text):
    doc = run_components(nlp, text)
    values, evidence = flatten(doc._.draft, doc.text)
    return values, evidence


def officials(nlp, text):
    return {o["name"]: o for o in extract(nlp, text)[0].get("officials", [])}


OFFICIAL_CASES = [
    ("Sekretaris Kabupaten (Sekkab) Maros, Andi Rahmat, mendorong setiap OPD berinovasi.",
     "Andi Rahmat", "Sekretaris Kabupaten Maros", []),
    ("Kepala Bagian Umum Setda Kota Palu, Darwis Lamato,SE.,M.Si mengatakan SOP sudah disusun.",
     "Darwis Lamato", "Kepala Bagian Umum Sekretariat Daerah Kota Palu", ["SE", "M.Si"]),
    ("Penjabat (Pj) Wali Kota Bitung Rudi Salindeho,Ap.,M.Si yang hadir membuka kegiatan tersebut.",
     "Rudi Salindeho", "Penjabat Wali Kota Bitung", ["AP", "M.Si"]),
    ("Wakil Bupati HM Syukri Ramli menyerahkan piagam kepada para inovator.",
     "HM Syukri Ramli", "Wakil Bupati", []),
    ("Kasubag Kelembagaan pada Ortala Nurhasanah, Senin (4/3) menjelaskan tahapan penilaian.",
     "Nurhasanah", "Kasubag Kelembagaan Organisasi dan Tatalaksana", []),
    ("Kepala Dinas Kesehatan Kabupaten Sinjai, dr. Ahmad Fauzi, M.Kes, menyampaikan apresiasi.",
     "Ahmad Fauzi", "Kepala Dinas Kesehatan Kabupaten Sinjai", ["dr", "M.Kes"]),
    ("Kabid Litbang Bappeda Kota Madiun Sugeng Riyadi menyampaikan materi inovasi.",
     "Sugeng Riyadi", "Kabid Penelitian dan Pengembangan Badan Perencanaan Pembangunan Daerah Kota Madiun", []),
    ("Kabag Organisasi I Made Sutama memimpin rapat evaluasi inovasi.",
     "I Made Sutama", "Kabag Organisasi", []),
    ("Bupati Jombang H Warsubi meluncurkan aplikasi layanan terpadu.",
     "Warsubi", "Bupati Jombang", []),
    ("Asisten Pemerintahan dan Kesejahteraan Rakyat Bapak Yusran Hadi, SH, MH. secara resmi membuka acara.",
     "Yusran Hadi", "Asisten Pemerintahan dan Kesejahteraan Rakyat", ["SH", "MH"]),
    ("Deputi Bidang Pelayanan Publik Dr.Diah Natalisa, MBA. hadir sebagai narasumber.",
     "Diah Natalisa", "Deputi Bidang Pelayanan Publik", ["Dr", "MBA"]),
    ("Kepala Puslitbang Inovasi Daerah, Ir. Bambang Sugiarto, M.Si. juga memberi arahan.",
     "Bambang Sugiarto", "Kepala Pusat Penelitian dan Pengembangan Inovasi Daerah", ["Ir", "M.Si"]),
    ("Dirjen Bina Pembangunan Daerah, Restuardy Daud, memberikan sambutan.",
     "Restuardy Daud", "Dirjen Bina Pembangunan Daerah", []),
    ("Kadis Dukcapil Kabupaten Bungo Hasan Basri, S.STP, ME, Selasa (12/4/2022) menjelaskan.",
     "Hasan Basri", "Kadis Kependudukan dan Pencatatan Sipil Kabupaten Bungo", ["S.STP", "ME"]),
    ("Sekda Kabupaten Lamongan Moh Nalikan bersama Sekda Kota Batu Zadim Efisiensi menandatangani PKS.",
     "Moh Nalikan", "Sekda Kabupaten Lamongan", []),
    ("Wakil Bupati Bantaeng, Sahabuddin, saat menghadiri penandatanganan komitmen replikasi.",
     "Sahabuddin", "Wakil Bupati Bantaeng", []),
    ("Kepala Bidang Pemberdayaan Masyarakat Dinkes Kota Serang, drg. Wulan Pratiwi, menjelaskan program.",
     "Wulan Pratiwi", "Kepala Bidang Pemberdayaan Masyarakat Dinas Kesehatan Kota Serang", ["drg"]),
    ("Kepala Bappeda (Yohanes Tandi, S.T) menyampaikan sambutan.",
     "Yohanes Tandi", "Kepala Badan Perencanaan Pembangunan Daerah", ["S.T"]),
    ("Kepala Bidang Riset dan Inovasi Markus Wonda S.Pd.,M.Ec.Dev menyampaikan bahwa inovasi penting.",
     "Markus Wonda", "Kepala Bidang Riset dan Inovasi", ["S.Pd", "M.Ec.Dev"]),
    ("Rahmat Hidayat selaku Kabid Pemerintahan Desa mengatakan sosialisasi berjalan lancar.",
     "Rahmat Hidayat", "Kabid Pemerintahan Desa", []),
    ("Inovator Sigap Hj Nurul Aini memaparkan cara kerja inovasinya.",
     "Nurul Aini", "Inovator Sigap", []),
    ("Asisten Deputi Pelayanan Publik, Siti Maryam yang mewakili KemenPAN-RB, memberi arahan.",
     "Siti Maryam", "Asisten Deputi Pelayanan Publik Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", []),
    ("Plt. Kepala Dinas Pendidikan Kota Ambon, Johan Latuheru, membuka bimtek.",
     "Johan Latuheru", "Plt. Kepala Dinas Pendidikan Kota Ambon", []),
    ("Camat Sungai Raya, Amirudin, menghadiri pembukaan.",
     "Amirudin", "Camat Sungai Raya", []),
    ("Kepala Desa Sukamaju, Ujang Suherman, menerima penghargaan desa inovatif.",
     "Ujang Suherman", "Kepala Desa Sukamaju", []),
]


@pytest.mark.parametrize("text,name,position,degrees", OFFICIAL_CASES)
def test_official_in_sentence(nlp, text, name, position, degrees):
    found = officials(nlp, text)
    assert name in found, found
    assert found[name]["position"] == position
    assert found[name]["degrees"] == degrees


@pytest.mark.parametrize("text", [
    "Penulis: Andi Saputra | Editor: Rina Marlina",
    "(Foto Antara Kalbar/Hendra Wijaya)",
    "Pewarta Nur Imansyah melaporkan dari lokasi.",
    "Kegiatan berlangsung di Jalan Sultan Hasanuddin dan Jalan Ahmad Yani.",
    "Hadir pula Rudi Hartono dan Siti Aminah dalam acara tersebut.",
    "Para kepala sekolah mengikuti bimtek inovasi dengan antusias.",
    "Kepala Dinas mengatakan bahwa inovasi harus berkelanjutan.",
    "Bupati Sleman menilai inovasi tersebut layak direplikasi.",
])
def test_no_official(nlp, text):
    assert officials(nlp, text) == {}


def test_later_mentions_merge_into_one_person(nlp):
    text = ("Sekda Kota Kediri drg Ratna Sari Dewi membuka rapat. "
            "\"Inovasi harus dijaga,\" ucap Sekda Ratna mengawali sambutannya.")
    found = officials(nlp, text)
    assert list(found) == ["Ratna Sari Dewi"]
    assert found["Ratna Sari Dewi"]["degrees"] == ["drg"]


def test_evidence_points_at_name(nlp):
    text = "Wakil Bupati Grobogan, Bambang Pujiyanto, saat menghadiri acara."
    values, evidence = extract(nlp, text)
    ev = next(e for e in evidence if e["field"] == "officials[0].name")
    assert text[ev["start"]:ev["end"]] == "Bambang Pujiyanto"


AGENCY_CASES = [
    ("Bimtek dilaksanakan oleh Bagian Organisasi Sekretariat Daerah Kabupaten Takalar di aula kantor.",
     ["Bagian Organisasi Sekretariat Daerah Kabupaten Takalar"]),
    ("Bagian Organisasi dan Tatalaksana (Ortala) Setda Kabupaten Blora menegaskan komitmennya.",
     ["Bagian Organisasi dan Tatalaksana Sekretariat Daerah Kabupaten Blora"]),
    ("Dinas Kesehatan (Dinkes) Kota Depok terus berinovasi menghadirkan layanan.",
     ["Dinas Kesehatan Kota Depok"]),
    ("Penandatanganan dilakukan antara Pemkab Sleman dengan Lembaga Administrasi Negara.",
     ["Pemerintah Kabupaten Sleman", "Lembaga Administrasi Negara"]),
    ("Narasumber berasal dari Badan Strategi Kebijakan Dalam Negeri (BSKDN) Kementerian Dalam Negeri.",
     ["Badan Strategi Kebijakan Dalam Negeri Kementerian Dalam Negeri"]),
    ("Dinas Dukcapil Klaten menggandeng Puskesmas Wedi, Bayat, dan Cawas.",
     ["Dinas Kependudukan dan Pencatatan Sipil Klaten", "Puskesmas Wedi", "Puskesmas Bayat", "Puskesmas Cawas"]),
    ("Biro Organisasi Setda Provinsi Gorontalo melalui Bagian Kelembagaan melaksanakan pendampingan.",
     ["Biro Organisasi Sekretariat Daerah Provinsi Gorontalo"]),
    ("Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (KemenPAN-RB) mengumumkan jadwal.",
     ["Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"]),
]


@pytest.mark.parametrize("text,expected", AGENCY_CASES)
def test_agencies_in_sentence(nlp, text, expected):
    values, _ = extract(nlp, text)
    assert [a["name"] for a in values["agencies"]] == expected


@pytest.mark.parametrize("text", [
    "Kegiatan diikuti perangkat daerah di lingkungan Pemerintah Kabupaten Bone.",
    "Acara berlangsung di Aula Dinas Pendidikan Kota Palopo.",
    "Salah satu misi Pemkab Wajo adalah tata kelola yang inovatif.",
    "Peserta terdiri dari UPT Puskesmas dan Kecamatan.",
])
def test_bodies_that_do_not_act(nlp, text):
    values, _ = extract(nlp, text)
    assert values["agencies"] == []
