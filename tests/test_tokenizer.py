"""pipeline.tokenizer: the same tokens as spacy.blank("id"), built without replaying 15,614 exceptions."""
import json

import pytest
import spacy

from pipeline import tokenizer as fast_tokenizer
from pipeline.tokenizer import FastIndonesianTokenizer, _kept_whole

SENTENCES = [
    "Camat bersama kepala-kepala desa meninjau jalan-jalan yang rusak (sekitar 12 km) pada Senin (4/3/2024).",
    "Warga berbondong-bondong datang; anak-anaknya ikut serta, kira-kira 150-an orang hadir di balai desa.",
    "Seragam abu-abu/putih dibagikan kepada siswa-siswi SD, masing-masing satu stel, tgl. 5 Jan. 2024.",
    "\"Kupu-kupu\" menjadi nama program; pegawai-pegawai Dinas Kesehatan menyebutnya sebagai gerakan bersama-sama.",
    "Biaya Rp1.500.000,- per orang; peserta dari 10-an kecamatan, sehari-hari bekerja di kantor-kantor kelurahan.",
    "Program SI-CANTIK (Sistem Informasi Cepat dan Tertib) diluncurkan, lalu-lintas data dipantau tiap-tiap bulan.",
]


@pytest.fixture(scope="module")
def reference():
    return spacy.blank("id")


@pytest.fixture(scope="module")
def fast(reference, tmp_path_factory):
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("INOVASI_CACHE", str(tmp_path_factory.mktemp("cache")))
        return FastIndonesianTokenizer(reference.vocab)


def tokens(doc):
    return [(t.text, t.whitespace_, t.idx, t.norm_) for t in doc]


@pytest.mark.parametrize("text", SENTENCES)
def test_sentences_tokenize_as_spacy_blank_id_does(reference, fast, text):
    assert tokens(fast(text)) == tokens(reference.tokenizer(text))


@pytest.mark.parametrize("context", ["({w})", "{w}/lain", "lain/{w}", "{w}-nya", "{w}-{w}", "{W}.", "\"{w}\","])
def test_every_listed_word_in_context_tokenizes_as_spacy_does(reference, fast, context):
    words = sorted(_kept_whole(type(reference).Defaults.tokenizer_exceptions))
    for start in range(0, len(words), 500):
        text = " ".join(context.format(w=w, W=w.upper()) for w in words[start:start + 500])
        assert tokens(fast(text)) == tokens(reference.tokenizer(text))


def test_without_the_rejoin_pass_a_word_cut_by_a_slash_would_differ(reference, fast, monkeypatch):
    text = "seragam abu-abu/putih"
    assert [t.text for t in reference.tokenizer(text)] == ["seragam", "abu-abu", "/", "putih"]
    monkeypatch.setattr(FastIndonesianTokenizer, "_rejoin", lambda self, doc: None)
    assert [t.text for t in fast(text)] != [t.text for t in reference.tokenizer(text)]


def test_the_affix_survey_is_cached_per_spacy_version(reference, tmp_path, monkeypatch):
    monkeypatch.setenv("INOVASI_CACHE", str(tmp_path))
    FastIndonesianTokenizer(reference.vocab)
    [first] = tmp_path.glob("id-tokenizer-*.json")
    assert spacy.__version__ in first.name
    cut = set(json.loads(first.read_text())["cut"])
    assert cut and all("-" in w for w in cut)

    # another spaCy version: its own entry, computed afresh
    monkeypatch.setattr(fast_tokenizer, "spacy_version", "0.0.test")
    FastIndonesianTokenizer(reference.vocab)
    assert (tmp_path / "id-tokenizer-0.0.test.json").is_file()

    # the entry is what is used: a word it lists as cut stays an ordinary special case
    (tmp_path / "id-tokenizer-0.0.test.json").write_text(json.dumps({"cut": ["abu-abu"], "longest": 3}))
    built = FastIndonesianTokenizer(reference.vocab)
    assert "abu-abu" not in built.whole and "kupu-kupu" in built.whole
    assert [t.text for t in built("abu-abu")] == ["abu-abu"]

    # a damaged entry is computed again and rewritten
    (tmp_path / "id-tokenizer-0.0.test.json").write_text("{not json")
    assert "abu-abu" in FastIndonesianTokenizer(reference.vocab).whole
    assert json.loads((tmp_path / "id-tokenizer-0.0.test.json").read_text())["longest"] >= 3
