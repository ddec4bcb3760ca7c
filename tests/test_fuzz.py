"""Fuzz the whole batch: a few hundred seeded mutations of text, HTML, PDF, Word and image documents
(byte flips, truncation, NUL bytes, repeated blocks, UTF-16, legacy code pages, binary in a .txt,
wrong suffixes). Every input gets exactly one manifest row, ok or a clear error; never a crash,
never an internal error; every record is in contract shape with spans inside its text; a rerun
gives the same outputs from the cache.
"""
import io
import json
import random
import time
from pathlib import Path

import pytest

from pipeline.batch import run_batch
from pipeline.schema import ManifestEntry, Record

SEED = 20241202
PLACES = ["Takalar", "Maros", "Sinjai", "Bulukumba", "Enrekang"]
NEWS = ("{up} - Dinas Komunikasi dan Informatika Kabupaten {p} menggelar sosialisasi inovasi \u201cDesa Digital\u201d "
        "di Aula Kantor Bupati {p}, Selasa (7/5/2024). Kegiatan dibuka oleh Wakil Bupati {p}, Andi Mappasessu, "
        "dan diikuti sebanyak 75 peserta dari kecamatan. Menurutnya, inovasi ini memudahkan warga mengurus "
        "surat tanpa harus datang ke kantor desa.\n\nIa berharap seluruh desa segera menerapkannya tahun ini.\n")
FORM = ["PROFIL INOVASI DAERAH", "Nama Inovasi : Gerai Sehat Keliling (GESIT)", "Tahapan Inovasi : Penerapan",
        "Inisiator Inovasi Daerah : Kepala Daerah", "Jenis Inovasi : Non Digital",
        "Nama OPD : Dinas Kesehatan", "Waktu Uji Coba Inovasi Daerah : 01/02/2023",
        "Tujuan Inovasi", "Mendekatkan layanan pemeriksaan kesehatan kepada warga desa yang jauh dari kota.",
        "Inovasi ini dibuat karena banyak warga yang tinggal jauh dari puskesmas dan tidak bisa datang",
        "setiap bulan. Dengan mobil keliling, petugas datang ke desa dan memeriksa warga di balai desa.",
        "Hasilnya, jumlah warga yang diperiksa naik dari tahun ke tahun dan keluhan warga berkurang."]


def news(rng: random.Random) -> str:
    p = rng.choice(PLACES)
    return NEWS.format(up=p.upper(), p=p)


def html(rng: random.Random) -> bytes:
    body = "".join(f"<p>{para}</p>" for para in news(rng).split("\n") if para)
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Sosialisasi Inovasi - Portal Berita"
            f"</title></head><body><nav>Beranda | Berita</nav><article>{body}</article>"
            f"<footer>Hak cipta dilindungi</footer></body></html>").encode("utf-8")


def pdf(lines: list[str]) -> bytes:
    """A one-page PDF with a text layer, written by hand."""
    text = "\n".join(f"({line.replace('(', '[').replace(')', ']')}) Tj T*" for line in lines)
    stream = f"BT /F1 11 Tf 14 TL 56 780 Td\n{text}\nET".encode("latin-1")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
               b"/Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def docx() -> bytes:
    import docx as python_docx

    document = python_docx.Document()
    document.add_paragraph(FORM[0])
    table = document.add_table(rows=0, cols=2)
    for line in FORM[1:7]:
        label, value = line.split(" : ")
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, value
    for line in FORM[7:]:   # the prose after the table
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return same_zip_every_time(buffer.getvalue())


def same_zip_every_time(data: bytes) -> bytes:
    """The zip with fixed timestamps, and python-docx's "now" in docProps/core.xml fixed: seeded means same bytes."""
    import re
    import zipfile

    source, buffer = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "docProps/core.xml":
                content = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2024-01-01T00:00:00Z", content)
            target.writestr(zipfile.ZipInfo(item.filename, date_time=(2024, 1, 1, 0, 0, 0)), content,
                            compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def image() -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    page = Image.new("L", (900, 160), 255)
    try:
        font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 22)
    except OSError:
        font = ImageFont.load_default()
    ImageDraw.Draw(page).multiline_text((20, 20), "Nama Inovasi : Gerai Sehat Keliling\nTahapan Inovasi : "
                                        "Penerapan\nNama OPD : Dinas Kesehatan", fill=0, font=font)
    buffer = io.BytesIO()
    page.save(buffer, format="PNG")
    return buffer.getvalue()


# --------------------------------------------------------------------------- mutations

def flip(rng, data):
    data = bytearray(data)
    for _ in range(rng.randint(1, 12)):
        i = rng.randrange(len(data))
        data[i] ^= 1 << rng.randrange(8)
    return bytes(data)


def truncate(rng, data):
    return data[:rng.randrange(len(data))]


def nul(rng, data):
    i = rng.randrange(len(data))
    return data[:i] + b"\x00" * rng.randint(1, 4) + data[i:]


def repeat(rng, data):
    i = rng.randrange(len(data))
    j = min(len(data), i + rng.randint(1, 200))
    return data[:j] + data[i:j] * rng.randint(2, 30) + data[j:]


def splice(rng, data):
    i = rng.randrange(len(data))
    return data[:i] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 64))) + data[i:]


BYTE_MUTATIONS = [flip, truncate, nul, repeat, splice]


def inner(rng, data):
    """A Word file whose zip is sound but whose document.xml is mutated."""
    import zipfile

    source, buffer = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for item in source.infolist():
            content = source.read(item)
            if item.filename == "word/document.xml":
                content = rng.choice(BYTE_MUTATIONS)(rng, content)
            target.writestr(item, content)
    return buffer.getvalue()


def corpus(rng: random.Random) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    texts = [news(rng) for _ in range(4)] + ["\n".join(FORM)]
    for n in range(150):   # text: byte mutations and re-encodings
        text = rng.choice(texts)
        how = rng.choice(["bytes", "bytes", "bytes", "utf16", "utf16le", "cp1252", "latin1", "twice"])
        if how == "utf16":
            data = text.encode("utf-16")
        elif how == "utf16le":
            data = text.encode("utf-16-le")
        elif how in ("cp1252", "latin1"):
            data = text.encode("cp1252" if how == "cp1252" else "latin-1", errors="replace")
        else:
            data = text.encode("utf-8")
        if how in ("bytes", "twice") or rng.random() < 0.3:
            data = rng.choice(BYTE_MUTATIONS)(rng, data)
        if how == "twice" and data:
            data = rng.choice(BYTE_MUTATIONS)(rng, data)
        files[f"teks-{n:03d}.txt"] = data
    for n in range(10):
        files[f"biner-{n:03d}.txt"] = bytes(rng.randrange(256) for _ in range(rng.randint(10, 5000)))
    files["kosong.txt"], files["spasi.txt"] = b"", b" \n\t \n"
    for n in range(45):
        files[f"halaman-{n:03d}.html"] = rng.choice(BYTE_MUTATIONS)(rng, html(rng)) if n else html(rng)
    base_pdf, base_docx, base_png = pdf(FORM), docx(), image()
    for n in range(35):
        files[f"profil-{n:03d}.pdf"] = rng.choice(BYTE_MUTATIONS)(rng, base_pdf) if n else base_pdf
    for n in range(35):
        files[f"profil-{n:03d}.docx"] = rng.choice(BYTE_MUTATIONS + [inner] * 3)(rng, base_docx) if n else base_docx
    for n in range(8):
        files[f"pindai-{n:03d}.png"] = rng.choice([truncate, flip, splice])(rng, base_png) if n else base_png
    files["pdf-bernama-teks.txt"], files["teks-bernama.pdf"] = base_pdf, texts[0].encode("utf-8")
    files["docx-bernama.txt"], files["zip.docx"] = base_docx, b"PK\x03\x04" + bytes(200)
    return files


def test_fuzzed_batch_accounts_for_every_input(tmp_path):
    rng = random.Random(SEED)
    src = tmp_path / "in"
    src.mkdir()
    files = corpus(rng)
    for name, data in files.items():
        (src / name).write_bytes(data)
    out = tmp_path / "out"

    started = time.perf_counter()
    summary = run_batch([str(src)], out, workers=1, progress=False)
    seconds = time.perf_counter() - started

    manifest = [ManifestEntry.model_validate(json.loads(line))
                for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sorted(e.doc_id for e in manifest) == sorted(Path(name).stem for name in files) or \
        len(manifest) == len(files)
    assert len(manifest) == len(files) == summary.documents and len({e.source for e in manifest}) == len(files)
    for entry in manifest:
        assert (entry.status == "ok") == (entry.error is None), entry
        if entry.error:
            assert not entry.error.startswith("internal error"), (entry.source, entry.error)
            assert "Traceback" not in entry.error and " object at 0x" not in entry.error and len(entry.error) < 500
    records = [Record.model_validate_json(line)
               for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r.doc_id for r in records] == [e.doc_id for e in manifest if e.status == "ok"]
    for record in records:
        for ev in record.evidence:
            assert 0 <= ev.start <= ev.end <= len(record.text) and record.text[ev.start:ev.end] == ev.text
    ok = {Path(e.source).suffix: 0 for e in manifest}
    for e in manifest:
        ok[Path(e.source).suffix] += e.status == "ok"
    assert ok[".txt"] > 100 and ok[".html"] > 30 and ok[".pdf"] > 15 and ok[".docx"] >= 1   # not all refused
    print(f"\nfuzz: {summary.line()}; by suffix ok: {ok}; {seconds:.1f} s")
    assert seconds < 120

    again = run_batch([str(src)], out, workers=1, progress=False)
    assert again.reused >= summary.ok
    rerun = [json.loads(line) for line in (out / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    strip = lambda e: {k: v for k, v in e.items() if k not in ("seconds", "stage_seconds", "reused")}  # noqa: E731
    assert [strip(e) for e in rerun] == [strip(e.model_dump(mode="json")) for e in manifest]


@pytest.mark.parametrize("seed", range(3))
def test_mutations_are_reproducible(seed):
    assert corpus(random.Random(seed)) == corpus(random.Random(seed))
