"""Binary documents (pipeline/ocr.py): PDFs with a text layer, Word files with tables,
scans rendered at test time and OCRed, and the documents OCR must refuse.

OCR tests (`-m ocr`) need the tesseract binary with the Indonesian model; they are
skipped otherwise. Fonts: DejaVuSans (Debian fonts-dejavu-core) or Pillow's scalable
default font.
"""
import datetime as dt
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import component_nlp
from pipeline import ocr, scan_prep
from pipeline.clean import clean
from pipeline.evidence import flatten
from pipeline.ingest import DocumentError, Loaded, Source, read
from pipeline.parse import make_doc


def _has_tesseract_ind() -> bool:
    if shutil.which("tesseract") is None:
        return False
    try:
        out = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return False
    return "ind" in (out.stdout + out.stderr).split()


needs_ocr = pytest.mark.skipif(not _has_tesseract_ind(), reason="tesseract with the 'ind' model is not installed")


@pytest.fixture(scope="module")
def nlp():
    return component_nlp("inovasi_forms")


def load(path: Path) -> Loaded:
    return read(Source(doc_id=path.stem, source=str(path), path=path))


def form_values(nlp, text):
    doc = nlp(make_doc(nlp, text, meta={}))
    values, evidence = flatten(doc._.draft, doc.text)
    for row in evidence:
        assert doc.text[row["start"]:row["end"]] == row["text"]
    return values


FORM_LINES = [
    "PROFIL INOVASI DAERAH",
    "",
    "Nama Inovasi : Gerai Sehat Keliling",
    "Nama OPD : Dinas Kesehatan",
    "Jenis Inovasi : Non Digital",
    "Bentuk Inovasi : Inovasi Pelayanan Publik",
    "Inisiator Inovasi : OPD",
    "Tahapan Inovasi : Penerapan",
    "Waktu Uji Coba : 12-03-2021",
    "Waktu Implementasi : 05-07-2021",
    "",
    "Tujuan Inovasi :",
    "Mendekatkan layanan pemeriksaan kesehatan kepada warga desa",
    "yang jauh dari puskesmas dengan mobil layanan keliling.",
]


def check_form(values):
    assert values["doc_type"] == "form"
    inn = values["innovations"][0]
    assert inn["name"] == "Gerai Sehat Keliling"
    assert inn["agency"] == "Dinas Kesehatan"
    assert (inn["jenis"], inn["bentuk"], inn["inisiator"], inn["tahapan"]) == (
        "non_digital", "pelayanan_publik", "opd", "penerapan")
    assert inn["trial_date"] == dt.date(2021, 3, 12)
    assert inn["implementation_date"] == dt.date(2021, 7, 5)


# --------------------------------------------------------------------------- OCR text clean-up

@pytest.mark.parametrize("raw,fixed", [
    ("Ap|ikasi Pe|ayanan ha|", "Aplikasi Pelayanan hal"),
    ("Waktu Uji Coba : 18-O1-2O21", "Waktu Uji Coba : 18-01-2021"),
    ("Inovasi Dimulai O2 September 2019", "Inovasi Dimulai 02 September 2019"),
    ("Tahun 2O22", "Tahun 2022"),
    ("pelaksa-\nnaan kegiatan", "pelaksanaan kegiatan"),
    ("terobosan-\nterobosan baru", "terobosan-terobosan baru"),
    ("efisiensi dan pro\ufb01l", "efisiensi dan profil"),
    (".Innovation.is a process", "Innovation is a process"),
    ("' Desa Berinovasi", "Desa Berinovasi"),
    ("Berinovasi |", "Berinovasi"),
    ("Nama Instansi | ORPAD.SETDA |", "Nama Instansi | ORPAD.SETDA |"),
    ("Inisiator : Budi, S.Pt", "Inisiator : Budi, S.Pt"),
])
def test_fix_ocr_text(raw, fixed):
    assert ocr.fix_ocr_text(raw) == fixed


# --------------------------------------------------------------------------- Word

def make_docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_heading("PROFIL INOVASI DAERAH", level=1)
    document.add_paragraph("Dokumen ini berisi profil inovasi daerah yang diusulkan oleh dinas untuk "
                           "dinilai dalam indeks inovasi daerah tahun ini. Inovasi ini sudah berjalan "
                           "dan telah dirasakan manfaatnya oleh warga di desa yang jauh dari kota.")
    table = document.add_table(rows=0, cols=2)
    for line in FORM_LINES[2:10]:
        label, value = [p.strip() for p in line.split(":", 1)]
        row = table.add_row().cells
        row[0].text, row[1].text = label, value
    document.add_paragraph("Tujuan Inovasi")
    document.add_paragraph("Mendekatkan layanan pemeriksaan kesehatan kepada warga desa.")
    document.save(path)
    return path


def test_docx_paragraphs_and_tables(tmp_path, nlp):
    loaded = load(make_docx(tmp_path / "profil.docx"))
    assert loaded.kind == "docx"
    cleaned = clean(loaded)
    assert "Nama Inovasi | Gerai Sehat Keliling |" in cleaned.text
    assert cleaned.text.index("PROFIL INOVASI DAERAH") < cleaned.text.index("Nama Inovasi |") \
        < cleaned.text.index("Tujuan Inovasi")
    assert cleaned.ocr_confidence is None
    values = form_values(nlp, cleaned.text)
    check_form(values)
    assert values["sections"]["tujuan"].startswith("Mendekatkan layanan")


def test_corrupt_docx(tmp_path):
    path = tmp_path / "rusak.docx"
    path.write_bytes(b"PK\x03\x04" + b"\x00garbage" * 50)
    with pytest.raises(DocumentError, match="corrupt Word file"):
        clean(load(path))


# --------------------------------------------------------------------------- PDF

def make_text_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with a real text layer, written by hand (Helvetica, WinAnsi)."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    ops = ["BT", "/F1 11 Tf", "14 TL", "56 780 Td"]
    for line in lines:
        ops.append(f"({esc(line)}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_text_pdf_uses_the_text_layer(tmp_path, nlp, monkeypatch):
    path = tmp_path / "profil.pdf"
    path.write_bytes(make_text_pdf(FORM_LINES))

    def no_ocr(*a, **k):
        raise AssertionError("a PDF with a text layer must not be OCRed")

    monkeypatch.setattr(ocr, "ocr_image", no_ocr)
    cleaned = clean(load(path))
    assert cleaned.ocr_confidence is None
    assert "Nama Inovasi : Gerai Sehat Keliling" in cleaned.text
    check_form(form_values(nlp, cleaned.text))


def test_corrupt_pdf(tmp_path):
    path = tmp_path / "rusak.pdf"
    path.write_bytes(b"%PDF-1.4\n" + b"\x00\x13 not a pdf body " * 40)
    with pytest.raises(DocumentError, match="corrupt PDF"):
        clean(load(path))


def test_corrupt_image(tmp_path):
    path = tmp_path / "rusak.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00broken" * 100)
    with pytest.raises(DocumentError, match="corrupt or unreadable image"):
        clean(load(path))


def test_missing_tesseract_is_a_document_error(tmp_path, monkeypatch):
    from PIL import Image

    path = tmp_path / "scan.png"
    render_form(FORM_LINES).save(path)
    monkeypatch.setattr(shutil, "which", lambda name: None)
    ocr.tesseract_binary.cache_clear()
    try:
        with pytest.raises(DocumentError, match="tesseract is not installed"):
            clean(load(path))
    finally:
        ocr.tesseract_binary.cache_clear()
    assert Image  # noqa


# --------------------------------------------------------------------------- scans rendered at test time

def font(size: int):
    from PIL import ImageFont

    for path in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                 "/usr/share/fonts/dejavu/DejaVuSans.ttf"):
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size=size)


def render_form(lines: list[str], dpi: int = 200, angle: float = 0.0, noise: bool = False):
    """An A4 page at `dpi` with the lines in 11 pt type, rotated by `angle` degrees."""
    import random

    from PIL import Image, ImageDraw

    w, h = int(8.27 * dpi), int(11.69 * dpi)
    page = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(page)
    f = font(int(11 / 72 * dpi))
    y = int(0.8 * dpi)
    for line in lines:
        draw.text((int(0.8 * dpi), y), line, fill=0, font=f)
        y += int(11 / 72 * dpi * 1.6)
    if noise:
        rnd = random.Random(7)
        px = page.load()
        for _ in range(w * h // 400):
            px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((0, 90, 160))
    if angle:
        page = page.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    page.info["dpi"] = (dpi, dpi)
    return page


@pytest.mark.ocr
@needs_ocr
def test_scanned_form_rotated_is_deskewed_and_read(tmp_path, nlp):
    path = tmp_path / "profil-scan.png"
    render_form(FORM_LINES, dpi=200, angle=1.6, noise=True).save(path, dpi=(200, 200))
    cleaned = clean(load(path))
    assert cleaned.ocr_confidence is not None and cleaned.ocr_confidence > 70
    assert any("deskewed" in w for w in cleaned.warnings)
    check_form(form_values(nlp, cleaned.text))


@pytest.mark.ocr
@needs_ocr
def test_image_only_pdf_goes_through_ocr(tmp_path, nlp):
    path = tmp_path / "profil-scan.pdf"
    page = render_form(FORM_LINES, dpi=150, angle=-0.8).convert("RGB")
    blank = render_form([], dpi=150).convert("RGB")
    page.save(path, "PDF", resolution=150, save_all=True, append_images=[blank])
    cleaned = clean(load(path))
    assert cleaned.ocr_confidence is not None
    assert any("page 2 is blank" in w for w in cleaned.warnings)   # a blank back page is only a warning
    check_form(form_values(nlp, cleaned.text))


@pytest.mark.ocr
@needs_ocr
def test_jpeg_scan_at_low_resolution(tmp_path, nlp):
    path = tmp_path / "profil.jpg"
    render_form(FORM_LINES, dpi=150, angle=-1.2).save(path, "JPEG", quality=70, dpi=(150, 150))
    check_form(form_values(nlp, clean(load(path)).text))


@pytest.mark.ocr
@needs_ocr
def test_blank_page_is_refused(tmp_path):
    from PIL import Image

    path = tmp_path / "kosong.png"
    Image.new("L", (1654, 2339), 250).save(path)
    with pytest.raises(DocumentError, match="blank"):
        clean(load(path))


@pytest.mark.ocr
@needs_ocr
def test_noise_page_is_refused(tmp_path):
    """A photo-like page of random grey blotches: nothing readable, not an empty text."""
    import random

    from PIL import Image, ImageDraw

    rnd = random.Random(3)
    page = Image.new("L", (1200, 1600), 200)
    draw = ImageDraw.Draw(page)
    for _ in range(400):
        x, y = rnd.randrange(1200), rnd.randrange(1600)
        r = rnd.randrange(5, 60)
        draw.ellipse((x, y, x + r, y + r), fill=rnd.randrange(0, 255))
    path = tmp_path / "foto.png"
    page.save(path)
    with pytest.raises(DocumentError, match="cannot be read|blank"):
        clean(load(path))


@pytest.mark.ocr
@needs_ocr
def test_upside_down_page_is_refused(tmp_path):
    path = tmp_path / "terbalik.png"
    lines = FORM_LINES + [
        "Inovasi ini dijalankan oleh petugas puskesmas bersama kader kesehatan desa setiap",
        "minggu kedua dan keempat, dengan jadwal yang diumumkan melalui kantor desa.",
    ] * 3
    render_form(lines, dpi=200).rotate(180).save(path, dpi=(200, 200))
    with pytest.raises(DocumentError, match="upside down|cannot be read"):
        clean(load(path))


@pytest.mark.ocr
@needs_ocr
def test_tesseract_runs_single_threaded(monkeypatch, tmp_path):
    seen = {}
    real = subprocess.run

    def spy(args, **kw):
        if args and str(args[0]).endswith("tesseract"):
            seen.setdefault("env", kw.get("env"))
        return real(args, **kw)

    monkeypatch.setattr(subprocess, "run", spy)
    page = render_form(FORM_LINES[:6], dpi=200)
    ocr.ocr_image(page, 200)
    assert seen["env"]["OMP_THREAD_LIMIT"] == "1"


# --------------------------------------------------------------------------- scans as offices make them
# tests/fixtures/scans/make_scans.py renders the written forms of tests/fixtures/forms as a ruled
# table at 150 dpi, a skewed scan, a phone photo, a 1-bit fax, a low-contrast grey scan and a
# two-page image-only PDF; benchmarks/scan_bench.py measures them all.

import json
import sys

sys.path.insert(0, str(Path(__file__).parent / "fixtures" / "scans"))
import make_scans  # noqa: E402

SCAN_FIELDS = ("name", "long_name", "agency", "jenis", "bentuk", "inisiator", "tahapan",
               "trial_date", "implementation_date")


def _tsv(rows):
    """A Tesseract TSV from (block, par, line, left, top, width, height, text) word rows."""
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    out = [head]
    for n, (b, p, l, x, y, w, h, t) in enumerate(rows):
        out.append(f"5\t1\t{b}\t{p}\t{l}\t{n}\t{x}\t{y}\t{w}\t{h}\t95\t{t}")
    return "\n".join(out)


def test_two_column_form_is_read_row_by_row():
    # Tesseract's blocks: the label column (block 1), then the value column (block 2),
    # whose second value wraps onto a line of its own
    tsv = _tsv([
        (1, 1, 1, 100, 100, 60, 20, "Nama"), (1, 1, 1, 170, 100, 80, 20, "Inovasi"),
        (1, 1, 2, 100, 140, 60, 20, "Jenis"), (1, 1, 2, 170, 140, 80, 20, "Inovasi"),
        (1, 1, 3, 100, 220, 60, 20, "Tahapan"),
        (2, 1, 1, 500, 102, 90, 20, "Pojok"), (2, 1, 1, 600, 102, 90, 20, "Baca"),
        (2, 1, 2, 500, 142, 90, 20, "Non"), (2, 1, 2, 600, 142, 90, 20, "Digital"),
        (2, 1, 3, 500, 170, 90, 20, "(luring)"),
        (2, 1, 4, 500, 221, 90, 20, "Penerapan"),
    ])
    text, confs = scan_prep.tsv_to_rows(tsv)
    assert text.split("\n") == ["Nama Inovasi | Pojok Baca |", "Jenis Inovasi | Non Digital (luring) |",
                                "Tahapan | Penerapan |"]
    assert len(confs) == 11


def test_prose_columns_are_not_joined_into_rows():
    # two columns of running text: the left lines are long, so no label column
    words = "Pelayanan di kantor desa kini lebih cepat karena".split()
    rows = [(1, 1, 1, 100 + 40 * i, 100, 35, 20, w) for i, w in enumerate(words)]
    rows += [(2, 1, 1, 700 + 40 * i, 100, 35, 20, w) for i, w in enumerate(words)]
    text, _ = scan_prep.tsv_to_rows(_tsv(rows))
    assert "|" not in text and len(text.split("\n\n")) == 2


def _fields(nlp, text):
    values = form_values(nlp, text)
    return [{k: (str(i[k]) if isinstance(i[k], dt.date) else i[k]) for k in SCAN_FIELDS}
            for i in values.get("innovations", [])]


@pytest.mark.ocr
@needs_ocr
@pytest.mark.parametrize("stem, condition", [
    ("portal-3col-rsud", "skew"),        # a table read as two columns unless read row by row, and skewed
    ("sipandai-colon", "phone"),         # lamp light falling off, perspective, JPEG
    ("two-col-person", "fax"),           # 1-bit with speckle
    ("portal-3col-rsud", "lowgrey"),     # grey on grey at 120 dpi
])
def test_office_scans_are_read_not_refused(tmp_path, nlp, stem, condition):
    path = make_scans.build(make_scans.FORMS / f"{stem}.txt", condition, tmp_path)
    cleaned = clean(load(path))
    gold = json.loads((make_scans.FORMS / f"{stem}.json").read_text(encoding="utf-8"))
    assert _fields(nlp, cleaned.text) == [{k: i[k] for k in SCAN_FIELDS} for i in gold["innovations"]]


@pytest.mark.ocr
@needs_ocr
def test_two_page_image_only_pdf_of_a_list_export(tmp_path, nlp):
    path = make_scans.build(make_scans.FORMS / "multi-export.txt", "pdf2", tmp_path)
    cleaned = clean(load(path))
    got = _fields(nlp, cleaned.text)
    assert [i["name"] for i in got] == ["BUMI HIJAU", "E-SURAT", "POSBINDU KELILING"]
    assert [i["inisiator"] for i in got] == ["masyarakat", "kepala_daerah", "dprd"]


def test_preprocess_fast_evens_out_a_shadow():
    import numpy as np
    from PIL import Image

    page = render_form(FORM_LINES, dpi=150)
    arr = np.asarray(page, dtype=np.float32)
    shade = np.linspace(1.0, 0.35, arr.shape[1])[None, :]          # light falling off to the right
    shaded = Image.fromarray((arr * shade).astype(np.uint8))
    out, ink, angle = scan_prep.preprocess_fast(shaded, 150)
    right = np.asarray(out)[:, -out.width // 4:]
    assert (right == 255).mean() > 0.95          # the dim paper on the right is white, not ink
    assert 0.002 < ink < 0.2


def test_colon_column_read_as_a_digit_is_restored():
    # "Nama Inovasi   1   Pojok Baca": the '1' stands apart from both neighbours, it is the colon;
    # the '1' of a date ("1 Oktober 2022") sits a word space from the month and stays
    tsv = _tsv([
        (1, 1, 1, 100, 100, 60, 20, "Nama"), (1, 1, 1, 170, 100, 80, 20, "Inovasi"),
        (1, 1, 1, 400, 100, 8, 20, "1"), (1, 1, 1, 460, 100, 60, 20, "Pojok"), (1, 1, 1, 530, 100, 50, 20, "Baca"),
        (1, 1, 2, 100, 140, 60, 20, "Waktu"), (1, 1, 2, 170, 140, 80, 20, "Penerapan"),
        (1, 1, 2, 400, 140, 8, 20, "1"), (1, 1, 2, 415, 140, 80, 20, "Oktober"), (1, 1, 2, 505, 140, 50, 20, "2022"),
    ])
    text, _ = scan_prep.tsv_to_rows(tsv)
    assert text.split("\n") == ["Nama Inovasi : Pojok Baca", "Waktu Penerapan 1 Oktober 2022"]


def test_preprocess_fast_despeckles_a_bilevel_page():
    # a 1-bit page (a fax) skips the stretch and the histograms, but its isolated specks still go and its print stays
    import numpy as np

    page = np.asarray(render_form(FORM_LINES, dpi=200), dtype=np.uint8)
    bilevel = np.where(page < 128, 0, 255).astype(np.uint8)
    rng = np.random.default_rng(7)
    specks = bilevel.copy()
    ys, xs = rng.integers(0, specks.shape[0], 400), rng.integers(0, specks.shape[1], 400)
    specks[ys, xs] = 0                                             # one-pixel specks of line noise
    mask, ink, angle = scan_prep.preprocess_fast(specks, 200, as_array=True)
    assert mask.dtype == bool and angle == 0.0
    assert mask[ys, xs].mean() < 0.2                               # the specks are gone
    print_ink = bilevel == 0
    assert (mask & print_ink).sum() / print_ink.sum() > 0.8        # the print is kept
