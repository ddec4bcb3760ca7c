import datetime as dt

import pytest

from helpers import component_nlp
from pipeline.evidence import Found, flatten
from pipeline.parse import make_doc


@pytest.fixture(scope="module")
def nlp():
    return component_nlp("inovasi_event")


def event(nlp, text, found=None, draft=None):
    doc = make_doc(nlp, text, {})
    if found:
        doc._.found.update(found)
    if draft:
        doc._.draft.update(draft)
    doc = nlp(doc)
    values, evidence = flatten(doc._.draft, doc.text)
    return values.get("event"), evidence


def test_bimtek_with_venue(nlp):
    e, ev = event(nlp, "Bupati Luwu Buka Bimtek Inovasi\n\nLUWU – Sekda membuka Bimbingan Teknis Penyusunan Proposal "
                       "Inovasi di Aula Lagaligo Kantor Bupati Luwu, Kamis (2/3/2023).")
    assert e["type"] == "bimtek"
    assert e["venue"] == "Aula Lagaligo Kantor Bupati Luwu"
    assert any(e_["field"] == "event.venue" for e_ in ev)


def test_compound_technical_beats_sosialisasi(nlp):
    e, _ = event(nlp, "Bappeda menggelar Sosialisasi dan Bimbingan Teknis Pengisian Indeks Inovasi Daerah "
                      "secara virtual, Senin (4/9/2023).")
    assert e["type"] == "bimtek"
    assert e["venue"] is None


def test_compound_first_wins(nlp):
    e, _ = event(nlp, "Dinas Koperasi melakukan Sosialisasi dan Rapat Koordinasi Program UMKM di Hotel Santika Ambon.")
    assert e["type"] == "sosialisasi"
    assert e["venue"] == "Hotel Santika Ambon"


def test_signing_and_date_pass_through(nlp):
    text = ("Pemkab Sumedang dan Pemkab Garut menandatangani nota kesepahaman replikasi inovasi, Rabu (5/6/2024) "
            "di Gedung Negara Sumedang.")
    date = Found(dt.date(2024, 6, 5), text.index("Rabu"), text.index("Rabu") + 17, "rule:test")
    e, _ = event(nlp, text, found={"event_date": date})
    assert e["type"] == "penandatanganan"
    assert e["date"] == dt.date(2024, 6, 5)
    assert e["venue"] == "Gedung Negara Sumedang"


def test_launching_and_visit(nlp):
    e, _ = event(nlp, "Wali Kota Batu meluncurkan aplikasi layanan pajak di Balai Kota Among Tani.")
    assert e["type"] == "launching"
    e, _ = event(nlp, "Kunjungan kerja tim Bappeda ke Dinas Sosial dilaksanakan pada 10 Mei 2024.")
    assert e["type"] == "kunjungan"


def test_lab_inovasi_is_pendampingan(nlp):
    e, _ = event(nlp, "Wakil Bupati secara resmi membuka Laboratorium Inovasi di Kabupaten Sigi.")
    assert e["type"] == "pendampingan"


def test_profile_article_has_no_event(nlp):
    text = ("SERANG – Dinas Kesehatan Kota Serang terus berinovasi menghadirkan layanan informasi kesehatan. "
            "“Inovasi harus sesuai tupoksi dan mendapat dukungan pimpinan,” ujar Kepala Bidang, Selasa (2/9/2025). "
            "Ke depan, dinas akan menggelar sosialisasi bersama DPRD.")
    e, _ = event(nlp, text)
    assert e is None


def test_future_and_habit_only(nlp):
    e, _ = event(nlp, "Bagian Organisasi Siap Dampingi OPD\n\nBagian Organisasi terus melakukan pendampingan kepada OPD. "
                      "Pendampingan dari provinsi akan dilakukan dalam waktu dekat.")
    assert e is None


def test_forms_skipped(nlp):
    e, _ = event(nlp, "Rapat koordinasi digelar di Aula Bappeda.", draft={"doc_type": "form"})
    assert e is None


def test_keyword_scan_finds_what_the_whole_pattern_finds():
    # keyword_hits tries keywords only at word starts, through a per-letter index; it must find
    # exactly what the full alternation finds when scanned over the whole text
    from pipeline.extract.event import keyword_hits, rules
    text = ("Pemkab me-launching aplikasi; PENANDATANGANAN Perjanjian Kerja Sama dan MoU diteken. "
            "Sosialisasi/Bimtek di Ruang Rapat, studi   tiru ke Kota Ñ, pra-bimtek, rapat-rapat, "
            "In-House Training, monitoring dan evaluasi lapangan, ſosialisasi, Kunker, rakornis_2, "
            "Bimtek2, xbimtek, Éxpo, (Rakor) \"Webinar\" 'lomba' bimtek")
    r = rules()
    expected = [(r["_kw_types"][int(m.lastgroup[1:])], m.start(), m.end()) for m in r["_kw"].finditer(text)]
    got = [(h.type, h.start, h.end) for h in keyword_hits(text)]
    assert len(expected) >= 12
    assert got == expected
