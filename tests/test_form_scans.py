"""Scans as offices make them (issue 17): the fast page path of pipeline/scan_prep.py and
pipeline/ocr.py (OpenCV decoding, perspective correction of a phone photo, 1-bit pages for
Tesseract) and the form parser on the OCR text such scans give.

Every form here is written for these tests; none is copied from a corpus.
"""
import io
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from helpers import component_nlp
from pipeline import extract_text, ocr, scan_prep
from pipeline.evidence import flatten
from pipeline.parse import make_doc

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "scans"))
import make_scans  # noqa: E402

needs_tesseract = pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract is not installed")

FORM = """PROFIL INOVASI DAERAH

Nama Inovasi : Lumbung Pangan Desa
Perangkat Daerah : Dinas Ketahanan Pangan
Jenis Inovasi : Non Digital
Bentuk Inovasi : Inovasi Pelayanan Publik
Inisiator Inovasi : ASN
Tahapan Inovasi : Penerapan
Waktu Uji Coba : 4 Februari 2022
Waktu Penerapan : 1 Agustus 2022
"""


@pytest.fixture(scope="module")
def nlp():
    return component_nlp("inovasi_forms")


def innovations(nlp, text):
    doc = nlp(make_doc(nlp, text, meta={}))
    values, evidence = flatten(doc._.draft, doc.text)
    for row in evidence:
        assert doc.text[row["start"]:row["end"]] == row["text"]
    return values.get("innovations") or []


# --------------------------------------------------------------------------- form text

def test_speckle_read_after_a_label_is_no_value():
    # a fax's speckle read as "aa" after the label; the value sits on the next line
    text = ("PROFIL INOVASI\n\nNama Inovasi\nKapal Sehat Nelayan\n\nJenis Inovasi\nNon Digital\n\n"
            "Bentuk Inovasi : aa\nInovasi Daerah lainnya sesuai Urusan Pemerintahan\n\n"
            "Inisiator Inovasi : ~\nASN\n\nTahapan Inovasi\nUji Coba\n")
    (inn,) = innovations(nlp=component_nlp("inovasi_forms"), text=text)
    assert inn["bentuk"] == "lainnya"
    assert inn["inisiator"] == "asn"
    assert inn["tahapan"] == "uji_coba"


def test_a_dash_after_a_label_still_means_empty(nlp):
    text = ("PROFIL INOVASI\nNama Inovasi : Kapal Sehat Nelayan\nJenis Inovasi : Digital\n"
            "Waktu Penerapan : -\nCatatan tambahan dari admin\n")
    (inn,) = innovations(nlp, text)
    assert inn["implementation_date"] is None
    assert inn["jenis"] == "digital"


# --------------------------------------------------------------------------- page path

def _png(image: Image.Image, **kw) -> bytes:
    buf = io.BytesIO()
    image.save(buf, "PNG", **kw)
    return buf.getvalue()


def test_decode_gray_matches_pillow_on_a_grey_png():
    page = make_scans.render_pages(FORM, 100)[0]
    got = scan_prep.decode_gray(_png(page, dpi=(100, 100)))
    assert got is not None
    gray, dpi = got
    assert dpi == pytest.approx(100, abs=0.5)
    assert np.array_equal(gray, np.asarray(page))


def test_decode_gray_leaves_transparency_and_other_formats_to_pillow():
    rgba = Image.new("RGBA", (60, 40), (0, 0, 0, 0))
    assert scan_prep.decode_gray(_png(rgba)) is None          # composited on white by Pillow
    buf = io.BytesIO()
    Image.new("L", (60, 40), 255).save(buf, "TIFF")
    assert scan_prep.decode_gray(buf.getvalue()) is None
    assert scan_prep.decode_gray(b"not an image") is None


def test_phone_photo_is_cut_out_and_squared_up():
    page = make_scans.render_pages(FORM, 120)[0]
    photo = make_scans.phone(page, np.random.default_rng(3)).convert("L")
    out, ink, angle = scan_prep.preprocess_fast(photo, None)
    arr = np.asarray(out)
    assert out.width < photo.width and out.height < photo.height      # the desk is gone
    edges = np.concatenate([arr[:5].ravel(), arr[-5:].ravel(), arr[:, :5].ravel(), arr[:, -5:].ravel()])
    assert (edges > 128).mean() > 0.97                                 # no dark frame around the text
    assert abs(angle) < 1.0                                            # squared up, not rotated
    assert 0.002 < ink < 0.2


SHORT_FORM = """PROFIL INOVASI DAERAH

Nama Inovasi : Kelas Ayah
Jenis Inovasi : Non Digital
Tahapan Inovasi : Uji Coba
"""


def test_a_short_forms_low_contrast_scan_keeps_its_ink_apart_from_the_papers_noise():
    # ink on under 1% of the page: the contrast stretch must not start inside the grey paper's noise
    page = make_scans.lowgrey(make_scans.render_pages(SHORT_FORM, 120)[0], np.random.default_rng(5))
    _, ink, angle = scan_prep.preprocess_fast(page, 120)
    assert 0.001 < ink < 0.05          # the text, not a page of speckle read as ink
    assert abs(angle) < 0.5            # and no skew found in that speckle (it was -5.5)


@needs_tesseract
def test_a_short_forms_low_contrast_scan_is_read(tmp_path):
    page = make_scans.lowgrey(make_scans.render_pages(SHORT_FORM, 120)[0], np.random.default_rng(5))
    path = tmp_path / "kelas-ayah.png"
    page.save(path, dpi=(120, 120))
    extracted = ocr.extract_binary_text("image", path.read_bytes())   # refused before: "only 0 words recognised"
    record = extract_text(extracted.text)
    assert [(i.name, i.jenis, i.tahapan) for i in record.innovations] == [("Kelas Ayah", "non_digital", "uji_coba")]


def test_a_scan_without_a_desk_is_not_cropped():
    page = make_scans.render_pages(FORM, 100)[0]
    out, _, _ = scan_prep.preprocess_fast(page, 100)
    assert out.size == page.size


def test_preprocess_fast_gives_a_thresholded_page_as_an_ink_mask():
    page = make_scans.render_pages(FORM, 150)[0]
    mask, ink, _ = scan_prep.preprocess_fast(page, 150, as_array=True)
    grey, _, _ = scan_prep.preprocess_fast(page, 150)
    assert mask.dtype == bool
    assert np.array_equal(mask, np.asarray(grey) == 0)
    assert mask.mean() == pytest.approx(ink, abs=0.01)


@needs_tesseract
def test_a_one_bit_page_reads_as_its_eight_bit_twin():
    page = make_scans.render_pages(FORM, 150)[0]
    mask, _, _ = scan_prep.preprocess_fast(page, 150, as_array=True)
    twin = Image.fromarray(np.where(mask, 0, 255).astype(np.uint8))
    args = ["-l", ocr.ocr_rules()["tesseract"]["lang"], "--psm", "3", "tsv"]
    assert ocr._run_tesseract(mask, args) == ocr._run_tesseract(twin, args)


def test_a_stroke_read_before_the_colon_is_part_of_the_separator(nlp):
    # the colon of a photographed form read with a stroke in front of it
    text = ("DATA INOVASI\n\nNama Inovasi : Sapa Warga Keliling\n\nJenis Inovasi l: Non Digital\n\n"
            "Inisiator 1: OPD\n\nTahapan Inovasi : Uji Coba\n")
    (inn,) = innovations(nlp, text)
    assert inn["name"] == "Sapa Warga Keliling"
    assert inn["jenis"] == "non_digital"
    assert inn["inisiator"] == "opd"
    assert inn["tahapan"] == "uji_coba"
