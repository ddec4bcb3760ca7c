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
