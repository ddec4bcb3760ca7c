"""Decoding in ingest: legacy code pages and UTF-16 are detected, stray bytes replaced, binary refused."""
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.clean import clean
from pipeline.ingest import DocumentError, Source, decode_text, read, sniff_kind

BERITA = ("MAROS - Pemerintah Kabupaten Maros meluncurkan inovasi \u201cSapa Warga\u201d di Kecamatan Bantimurung, "
          "Senin (4/3/2024). Kepala Dinas Komunikasi dan Informatika mengatakan aplikasi ini memudahkan warga "
          "menyampaikan keluhan tentang layanan publik. Kegiatan itu dihadiri 120 peserta dari desa sekitar.\n")
LATIN = ("Dinas Kesehatan menggelar sosialisasi inovasi kesehatan ibu dan anak di aula kantor camat. "
         "Acara dibuka oleh Sekretaris Daerah dan diikuti kader posyandu dari tiap desa. Menu kafe: caf\u00e9 "
         "dan cr\u00e8me. Kegiatan serupa akan digelar di kecamatan lain tahun depan.\n")


def load(tmp_path: Path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return read(Source(doc_id=path.stem, source=str(path), path=path))


def test_utf8_is_decoded_without_warnings():
    text, encoding, warnings = decode_text(BERITA.encode("utf-8"))
    assert (text, encoding, warnings) == (BERITA, "utf-8", [])


def test_windows_1252_is_detected_and_warned_about(tmp_path):
    loaded = load(tmp_path, "ansi.txt", BERITA.encode("cp1252"))
    assert loaded.text == BERITA
    assert loaded.encoding == "cp1252"
    assert any("not UTF-8" in w and "windows-1252" in w for w in loaded.warnings)
    assert clean(loaded).warnings == loaded.warnings   # the warning travels to the manifest


def test_latin_1_is_detected_and_warned_about(tmp_path):
    loaded = load(tmp_path, "latin.txt", LATIN.encode("latin-1"))
    assert loaded.text == LATIN
    assert any("not UTF-8" in w and "latin-1" in w for w in loaded.warnings)


@pytest.mark.parametrize("codec, bom", [("utf-16", True), ("utf-16-le", False), ("utf-16-be", False)])
def test_utf16_with_or_without_byte_order_mark(tmp_path, codec, bom):
    loaded = load(tmp_path, "unicode.txt", BERITA.encode(codec))
    assert loaded.kind == "text"
    assert loaded.text.lstrip("\ufeff") == BERITA
    assert bool(loaded.warnings) is not bom   # only the guess without a BOM is worth a warning


def test_utf8_with_a_few_stray_bytes_is_decoded_with_replacement(tmp_path):
    data = BERITA.encode("utf-8").replace(b"Senin", b"Sen\xffin").replace(b"warga", b"war\xc3ga", 1)
    loaded = load(tmp_path, "rusak.txt", data)
    assert "Sen\ufffdin" in loaded.text and "\u201cSapa Warga\u201d" in loaded.text
    assert any("2 invalid UTF-8" in w for w in loaded.warnings)


def test_mostly_invalid_utf8_is_refused():
    data = ("\u00e9" * 50).encode("utf-8") + b"\xff" * 40 + b" inovasi"
    with pytest.raises(DocumentError, match="not valid UTF-8"):
        decode_text(data)


def test_binary_in_a_text_file_is_refused(tmp_path):
    rng = random.Random(7)
    data = bytes(rng.randrange(1, 256) for _ in range(4000))   # no NUL, so sniffing passes
    with pytest.raises(DocumentError, match="binary|unknown encoding"):
        load(tmp_path, "acak.txt", data)
    with pytest.raises(DocumentError, match="binary"):
        load(tmp_path, "nul.txt", b"\x00\x01\x02binary\x00" * 50)


def test_a_few_control_characters_are_removed_with_a_warning(tmp_path):
    data = BERITA.encode("utf-8")
    data = data[:600] + b"\x00\x00" + data[600:] if len(data) > 600 else data + b"\x00"
    loaded = load(tmp_path, "nul.txt", data)
    assert "\x00" not in loaded.text
    assert any("control character" in w for w in loaded.warnings)


def test_html_declared_charset_wins(tmp_path):
    html = ("<html><head><meta charset=\"windows-1252\"><title>Inovasi</title></head><body><article><p>"
            + BERITA * 2 + "</p></article></body></html>")
    loaded = load(tmp_path, "halaman.html", html.encode("cp1252"))
    assert loaded.kind == "html" and loaded.encoding == "cp1252" and loaded.warnings == []
    assert "\u201cSapa Warga\u201d" in clean(loaded).text


def test_utf16_html_is_html():
    assert sniff_kind("<html><body>Berita</body></html>".encode("utf-16-le"), ".htm") == "html"


def test_stages_do_not_import_each_other_in_a_circle():
    code = ("import sys, pipeline.{0}; "
            "print(sorted(m for m in sys.modules if m.startswith('pipeline.')))")
    loaded = {}
    for module in ("clean", "ocr"):
        out = subprocess.run([sys.executable, "-c", code.format(module)], capture_output=True, text=True,
                             cwd=Path(__file__).resolve().parents[1], env={**os.environ, "PYTHONPATH": "."})
        loaded[module] = out.stdout
    assert "pipeline.ingest" not in loaded["clean"]                   # clean receives text
    assert "pipeline.ocr" not in loaded["clean"]
    assert "pipeline.clean" not in loaded["ocr"] and "pipeline.ingest" not in loaded["ocr"]
    assert "pipeline.errors" in loaded["ocr"]
