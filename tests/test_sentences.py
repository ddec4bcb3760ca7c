"""inovasi_sentences: a dot after a name's abbreviation, honorific, title or initial ends no sentence."""
import datetime as dt

import pytest

from pipeline import extract_text
from pipeline.batch import get_nlp
from pipeline.parse import make_doc


def sentences(text):
    nlp = get_nlp()
    doc = make_doc(nlp, text, {})
    for name, proc in nlp.pipeline:
        doc = proc(doc)
        if name == "inovasi_sentences":
            break
    return [s.text for s in doc.sents]


@pytest.mark.parametrize("text", [
    "Hadir Ir. H. Muh. Yusuf, Drs. Moch. Arif dan Hj. St. Aminah di aula kantor bupati.",
    "Camat Tgk. Abd. Rahman dan Prof. Dr. Ir. Budi Santoso, M.Sc. menghadiri rapat itu.",
    "Kepala Bappelitbangda, A. Rahmawati Syam, S.E., menjelaskan capaian inovasi daerah.",
])
def test_a_name_with_abbreviations_stays_in_its_sentence(text):
    assert sentences(text) == [text]


def test_a_sentence_ending_before_a_dotted_name_still_ends():
    assert len(sentences("Rapat selesai pukul 12.00 WIB. Ir. Budi Santoso lalu meninjau lokasi.")) == 2
    assert len(sentences("Rapat dipimpin Sekda. Muh. Arif lalu menutup acara itu.")) == 2


def test_the_event_day_in_a_sentence_holding_a_dotted_name():
    text = ("Barru raih predikat Kabupaten Sangat Inovatif\n\nRabu, 11 Desember 2024 19:42 WIB\n\n"
            "Barru (ANTARA) - Pemerintah Kabupaten Barru meraih predikat Kabupaten Sangat Inovatif.\n\n"
            "Penghargaan diterima langsung Bupati Barru Ir. Andi Muh. Fadli, M.Si. dari Kepala BSKDN di Jakarta, "
            "Selasa (10/12).\n\n\"Ini kerja bersama,\" kata Andi Fadli saat dihubungi dari Barru, Rabu.")
    record = extract_text(text)
    assert record.event.type == "penghargaan"
    assert record.event.date == dt.date(2024, 12, 10)
