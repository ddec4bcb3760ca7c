"""Tests for the static review site (pipeline/review.py).

The synthetic tests write a small extraction output by hand, with evidence
offsets computed from the text, so they always run. The `browser` tests open the
built pages in headless Chromium to check what a reviewer actually sees after
the page scripts ran; they skip when Chromium is not installed.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.review import (
    Span, build_review, field_group, innovation_years, path_prefixes, safe_name, segment_text,
)

ROOT = Path(__file__).resolve().parents[1]
DEVSET_DOCS = Path(__file__).resolve().parents[2] / "shared" / "devset" / "docs"
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

GOWA_TEXT = """Sekkab Gowa Dorong Setiap Instansi Lahirkan Satu Inovasi

Sungguminasa, 29 Maret 2022 – Sekretaris Kabupaten Gowa, Kamsina, membuka Bimbingan Teknis \
Penyusunan Proposal Inovasi Daerah yang digelar Bagian Organisasi Sekretariat Daerah Kabupaten Gowa \
di Aula Syekh Yusuf Balai Besar Pelatihan Pertanian Batangkaluku, Selasa (29/3/2022).

Kegiatan ini diikuti 40 peserta yang terdiri dari 6 dinas/badan, 4 satuan pendidikan, \
4 Pemerintah Desa dan 26 UPT Puskesmas.

"Setiap instansi minimal melahirkan satu inovasi, seperti aplikasi Sistem Informasi Pelayanan \
Terpadu atau SIPATU yang sudah berjalan," kata Kamsina. Kepala Bagian Organisasi, Andi Tenri Ulle, \
S.STP, M.Si, menambahkan bahwa tim akan mendampingi <setiap> OPD & kecamatan."""

FORM_TEXT = """PROFIL INOVASI DAERAH
Nama Inovasi : DIREKAM DI SEKOLAH
Nama Pemda : Kabupaten Balangan
Jenis Inovasi : Non Digital
Waktu Uji Coba : 4 Maret 2019
Waktu Implementasi : 1 Juli 2019
Catatan: <script>alert("x")</script> & lainnya"""


def _ev(text: str, field: str, needle: str, after: str | None = None, method: str = "test") -> dict:
    """Evidence for the first `needle` (after the first `after`, if given)."""
    start = text.index(needle, text.index(after) if after else 0)
    return {"field": field, "start": start, "end": start + len(needle), "text": needle, "method": method}


def gowa_record() -> dict:
    t = GOWA_TEXT
    return {
        "doc_id": "gowa-bimtek-2022", "source": "data/raw/gowa-bimtek-2022.txt", "doc_type": "news",
        "title": "Sekkab Gowa Dorong Setiap Instansi Lahirkan Satu Inovasi",
        "published": "2022-03-29",
        "region": {"name": "Kabupaten Gowa", "code": "73.06", "province": "Sulawesi Selatan"},
        "agencies": [{"name": "Bagian Organisasi Sekretariat Daerah Kabupaten Gowa"}],
        "innovations": [{"name": "SIPATU", "long_name": "Sistem Informasi Pelayanan Terpadu",
                         "agency": None, "jenis": None, "bentuk": None, "inisiator": None,
                         "tahapan": None, "trial_date": None, "implementation_date": None}],
        "event": {"type": "bimtek", "date": "2022-03-29",
                  "venue": "Aula Syekh Yusuf Balai Besar Pelatihan Pertanian Batangkaluku"},
        "participants": {"total": 40, "breakdown": [
            {"count": 6, "category": "dinas/badan"}, {"count": 4, "category": "satuan pendidikan"},
            {"count": 4, "category": "Pemerintah Desa"}, {"count": 26, "category": "UPT Puskesmas"}]},
        "officials": [
            {"name": "Kamsina", "position": "Sekretaris Kabupaten Gowa", "degrees": []},
            {"name": "Andi Tenri Ulle", "position": "Kepala Bagian Organisasi", "degrees": ["S.STP", "M.Si"]},
        ],
        "text": t,
        "evidence": [
            _ev(t, "title", "Sekkab Gowa Dorong Setiap Instansi Lahirkan Satu Inovasi"),
            _ev(t, "published", "29 Maret 2022"),
            # nested: the region sits inside the first official's position
            _ev(t, "officials[0].position", "Sekretaris Kabupaten Gowa"),
            _ev(t, "region.name", "Kabupaten Gowa", after="Sekretaris"),
            _ev(t, "officials[0].name", "Kamsina"),
            _ev(t, "agencies[0].name", "Bagian Organisasi Sekretariat Daerah Kabupaten Gowa"),
            _ev(t, "event.venue", "Aula Syekh Yusuf Balai Besar Pelatihan Pertanian Batangkaluku"),
            _ev(t, "event.date", "Selasa (29/3/2022)"),
            _ev(t, "participants.total", "40 peserta"),
            _ev(t, "participants.breakdown[0].count", "6", after="terdiri"),
            _ev(t, "participants.breakdown[0].category", "dinas/badan"),
            _ev(t, "participants.breakdown[3].count", "26"),
            _ev(t, "participants.breakdown[3].category", "UPT Puskesmas"),
            _ev(t, "innovations[0].long_name", "Sistem Informasi Pelayanan Terpadu"),
            _ev(t, "innovations[0].name", "SIPATU"),
            # partial overlap: the name runs into the degrees that follow it
            _ev(t, "officials[1].name", "Andi Tenri Ulle"),
            _ev(t, "officials[1].degrees[0]", "Ulle, S.STP"),
            _ev(t, "officials[1].position", "Kepala Bagian Organisasi", after="kata Kamsina"),
        ],
    }


def form_record() -> dict:
    t = FORM_TEXT
    return {
        "doc_id": "form balangan/direkam?v=1", "source": "forms/direkam.txt", "doc_type": "form",
        "title": "DIREKAM DI SEKOLAH", "published": None,
        "region": {"name": "Kabupaten Balangan", "code": "63.11", "province": "Kalimantan Selatan"},
        "agencies": [], "event": None, "participants": None, "officials": [],
        "innovations": [{"name": "DIREKAM DI SEKOLAH", "long_name": None, "agency": None,
                         "jenis": "non_digital", "bentuk": None, "inisiator": None, "tahapan": None,
                         "trial_date": "2019-03-04", "implementation_date": "2019-07-01"}],
        "text": t,
        "evidence": [
            _ev(t, "title", "DIREKAM DI SEKOLAH"),
            _ev(t, "innovations[0].name", "DIREKAM DI SEKOLAH"),  # same span as the title
            _ev(t, "region.name", "Kabupaten Balangan"),
            _ev(t, "innovations[0].jenis", "Non Digital"),
            _ev(t, "innovations[0].trial_date", "4 Maret 2019"),
            _ev(t, "innovations[0].implementation_date", "1 Juli 2019"),
        ],
    }


def _manifest(record: dict, **extra) -> dict:
    entry = {"doc_id": record["doc_id"], "source": record["source"], "status": "ok", "error": None,
             "kind": "txt", "sha256": "0" * 64, "bytes": len(record["text"]), "seconds": 0.12,
             "warnings": [], "ocr_confidence": None, "stage_seconds": {"parse": 0.1}}
    entry.update(extra)
    return entry


def write_output(out: Path, records: list[dict], failed: list[dict] = ()) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    with (out / "records.jsonl").open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    with (out / "manifest.jsonl").open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(_manifest(r), ensure_ascii=False) + "\n")
        for entry in failed:
            fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
    return out


FAILED = {"doc_id": "rusak-2021", "source": "data/raw/rusak-2021.pdf", "status": "error",
          "error": "PDFSyntaxError: No /Root object! <broken>", "kind": "pdf", "sha256": None,
          "bytes": 10, "seconds": 0.01, "warnings": [], "ocr_confidence": None, "stage_seconds": {}}


@pytest.fixture
def site(tmp_path: Path) -> Path:
    out = write_output(tmp_path / "out", [gowa_record(), form_record()], [FAILED])
    return build_review(out)


class PageParser(HTMLParser):
    """Collects, from a document page, the text of each span id (joined over its
    segments), the classes of each segment, and the data-s of each value."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.span_text: dict[str, str] = {}
        self.segments: list[tuple[set[str], str, str]] = []  # (ids, classes, text)
        self.values: dict[str, list[str]] = {}
        self.value_classes: dict[str, str] = {}
        self._mark: tuple[list[str], str] | None = None
        self._in_text = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id") == "text":
            self._in_text = 1
        elif self._in_text and tag == "mark":
            self._mark = ((a.get("data-s") or "").split(), a.get("class") or "")
            self.segments.append((set(self._mark[0]), self._mark[1], ""))
        if "data-field" in a:
            self.values[a["data-field"]] = (a.get("data-s") or "").split()
            self.value_classes[a["data-field"]] = a.get("class") or ""

    def handle_endtag(self, tag):
        if tag == "mark":
            self._mark = None
        elif tag == "div" and self._in_text:
            self._in_text = 0

    def handle_data(self, data):
        if self._mark:
            for sid in self._mark[0]:
                self.span_text[sid] = self.span_text.get(sid, "") + data
            ids, cls, text = self.segments[-1]
            self.segments[-1] = (ids, cls, text + data)


def parse_page(html: str) -> PageParser:
    parser = PageParser()
    parser.feed(html)
    return parser


def doc_page(index: Path, doc_id: str) -> Path:
    rows = index_rows(index.read_text(encoding="utf-8"))
    return index.parent / next(r["page"] for r in rows if r["id"] == doc_id)


def index_rows(html: str) -> list[dict]:
    start = html.index('<script type="application/json" id="docs-data">') + len(
        '<script type="application/json" id="docs-data">')
    return json.loads(html[start:html.index("</script>", start)])


def assert_spans_match(page: PageParser, record: dict) -> None:
    """Every evidence item is highlighted and its highlighted text is its text."""
    for i, ev in enumerate(record["evidence"]):
        assert page.span_text.get(f"s{i}") == ev["text"], ev["field"]
        assert record["text"][ev["start"]:ev["end"]] == ev["text"]


# --------------------------------------------------------------------------- unit tests

def test_field_groups_and_prefixes():
    assert field_group("officials[0].name") == "officials"
    assert field_group("participants.breakdown[2].count") == "participants"
    assert field_group("title") == "title"
    assert field_group("sections.tujuan") == "other"
    assert path_prefixes("participants.breakdown[2].count") == [
        "participants", "participants.breakdown", "participants.breakdown[2]",
        "participants.breakdown[2].count"]


def test_segment_text_handles_nested_and_partial_overlaps():
    text = "Andi Tenri Ulle, S.STP hadir"
    spans = [Span("s0", "officials[0].name", 0, 15, "Andi Tenri Ulle", "t", "officials", True),
             Span("s1", "officials[0].degrees[0]", 11, 22, "Ulle, S.STP", "t", "officials", True),
             Span("s2", "title", 5, 10, "Tenri", "t", "title", True)]
    segs = segment_text(text, spans)
    assert "".join(s.text for s in segs) == text
    assert [(s.text, s.sids) for s in segs] == [
        ("Andi ", "s0"), ("Tenri", "s0 s2"), (" ", "s0"), ("Ulle", "s0 s1"),
        (", S.STP", "s1"), (" hadir", "")]
    tenri = segs[1]
    assert "c-title" in tenri.css and "ov" in tenri.css  # innermost span colours it


def test_safe_name_is_unique_and_filename_safe():
    taken: set[str] = set()
    assert safe_name("gowa-bimtek-2022", taken) == "gowa-bimtek-2022"
    odd = safe_name("../berita/kendari 2023?x=1", taken)
    assert "/" not in odd and " " not in odd and not odd.startswith(".")
    assert safe_name("GOWA-bimtek-2022", taken) != "GOWA-bimtek-2022"  # case clash
    assert safe_name("a b", taken) != safe_name("a_b", taken)


def test_innovation_years_fall_back_to_document_dates():
    rec = {"published": "2022-03-29", "event": {"date": "2021-01-02"}, "innovations": [
        {"trial_date": "2019-03-04", "implementation_date": "2020-01-01"},
        {"trial_date": None, "implementation_date": "2020-01-01"},
        {"trial_date": None, "implementation_date": None}]}
    assert innovation_years(rec) == [2019, 2020, 2022]
    assert innovation_years({"published": None, "event": {"date": "2021-01-02"},
                             "innovations": [{}]}) == [2021]
    assert innovation_years({"innovations": [{}]}) == [None]


# --------------------------------------------------------------------------- site tests

def test_index_lists_every_manifest_document(site: Path):
    assert site.name == "index.html" and site.parent.name == "review"
    html = site.read_text(encoding="utf-8")
    rows = {r["id"]: r for r in index_rows(html)}
    assert set(rows) == {"gowa-bimtek-2022", "form balangan/direkam?v=1", "rusak-2021"}
    gowa = rows["gowa-bimtek-2022"]
    assert (gowa["status"], gowa["region"], gowa["officials"], gowa["innovations"]) == (
        "ok", "Kabupaten Gowa", 2, 1)
    assert rows["rusak-2021"]["status"] == "error" and "PDFSyntaxError" in rows["rusak-2021"]["error"]
    for row in rows.values():
        assert (site.parent / row["page"]).is_file()
    assert (site.parent / "assets" / "review.css").is_file()
    assert (site.parent / "assets" / "index.js").is_file()
    # charts: one bar per region, innovations per year (2022 from published, 2019 from trial)
    assert "<svg" in html and "Kabupaten Balangan: 1" in html and "(failed): 1" in html
    assert ">2019<" in html and ">2022<" in html
    assert '<option>Kabupaten Gowa</option>' in html
    assert "http://" not in html and "https://" not in html


def test_document_page_highlights_every_evidence_span(site: Path):
    record = gowa_record()
    page = parse_page(doc_page(site, record["doc_id"]).read_text(encoding="utf-8"))
    assert_spans_match(page, record)
    # the nested region span shares its segment with the position, marked as overlap
    region_sid = f"s{[e['field'] for e in record['evidence']].index('region.name')}"
    nested = [s for s in page.segments if region_sid in s[0]]
    assert len(nested) == 1 and len(nested[0][0]) == 2 and "c-region" in nested[0][1] and "ov" in nested[0][1]
    # each value points at its span; an object heading points at all spans below it
    fields = [e["field"] for e in record["evidence"]]
    assert page.values["officials[0].name"] == [f"s{fields.index('officials[0].name')}"]
    assert set(page.values["officials[1]"]) == {
        f"s{i}" for i, f in enumerate(fields) if f.startswith("officials[1]")}
    assert "c-officials" in page.value_classes["officials[0].name"]
    # a value without evidence is shown as such
    assert "noev" in page.value_classes["region.code"]


def test_text_and_ids_are_escaped(site: Path):
    form = doc_page(site, "form balangan/direkam?v=1")
    assert form.parent.name == "docs" and "/" not in form.name
    html = form.read_text(encoding="utf-8")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; lainnya" in html
    assert_spans_match(parse_page(html), form_record())
    gowa = doc_page(site, "gowa-bimtek-2022").read_text(encoding="utf-8")
    assert "mendampingi &lt;setiap&gt; OPD &amp; kecamatan" in gowa
    index = site.read_text(encoding="utf-8")
    assert "<broken>" not in index and "\\u003cbroken\\u003e" in index


def test_failed_document_page_shows_the_error(site: Path):
    html = doc_page(site, "rusak-2021").read_text(encoding="utf-8")
    assert "Extraction failed" in html
    assert "PDFSyntaxError: No /Root object! &lt;broken&gt;" in html
    assert 'id="text"' not in html


def test_evidence_problems_are_listed(tmp_path: Path):
    record = gowa_record()
    record["evidence"] += [
        {"field": "event.type", "start": 5, "end": 11, "text": "bimtek", "method": "x"},  # wrong text
        {"field": "title", "start": 10, "end": 99999, "text": "?", "method": "x"},  # off the end
        {"field": "officials[7].name", "start": 0, "end": 6, "text": "Sekkab", "method": "x"},
    ]
    index = build_review(write_output(tmp_path / "out", [record]))
    html = doc_page(index, record["doc_id"]).read_text(encoding="utf-8")
    assert "Evidence problems" in html
    assert "differs from the text" in html and "outside the text" in html
    assert "no such value in the record" in html
    assert index_rows(index.read_text(encoding="utf-8"))[0]["bad"] == 2


def test_rebuild_drops_stale_pages_and_cli_runs(tmp_path: Path):
    out = write_output(tmp_path / "out", [gowa_record(), form_record()])
    build_review(out)
    write_output(out, [gowa_record()])
    result = CliRunner().invoke(app, ["review", str(out)])
    assert result.exit_code == 0, result.output
    assert [p.name for p in (out / "review" / "docs").iterdir()] == ["gowa-bimtek-2022.html"]
    assert CliRunner().invoke(app, ["review", str(tmp_path / "nothing")]).exit_code == 2


def test_many_documents_paginate_from_one_blob(tmp_path: Path):
    base = form_record()
    records = [dict(base, doc_id=f"doc-{i:04d}", region={"name": f"Kabupaten {i % 40}"}) for i in range(300)]
    index = build_review(write_output(tmp_path / "out", records))
    html = index.read_text(encoding="utf-8")
    assert len(index_rows(html)) == 300
    assert "and 15 other regions with 105 documents" in html  # 40 regions: 25 bars, the rest summed
    assert len(list((index.parent / "docs").iterdir())) == 300


def test_records_out_of_manifest_order_still_join_their_entries(tmp_path: Path):
    """Pages are built while both files stream; a record read ahead of its line is kept until then."""
    base = form_record()
    records = [dict(base, doc_id=f"doc-{i}", title=f"JUDUL {i}") for i in range(4)]
    out = write_output(tmp_path / "out", records, [FAILED])
    lines = (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
    stray = dict(base, doc_id="tanpa-manifest", title="TANPA MANIFEST")
    shuffled = [lines[2], lines[0], json.dumps(stray), lines[3], lines[1]]
    (out / "records.jsonl").write_text("\n".join(shuffled) + "\n", encoding="utf-8")
    index = build_review(out)
    rows = index_rows(index.read_text(encoding="utf-8"))
    assert [r["id"] for r in rows] == ["doc-0", "doc-1", "doc-2", "doc-3", "rusak-2021", "tanpa-manifest"]
    assert [r["title"] for r in rows] == ["JUDUL 0", "JUDUL 1", "JUDUL 2", "JUDUL 3", None, "TANPA MANIFEST"]
    assert rows[4]["status"] == "error" and rows[5]["warnings"] == 1
    assert not list(index.parent.glob(".*.tmp"))


# --------------------------------------------------------------------------- browser

def chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / f"chromium-profile-{len(list(tmp_path.glob('chromium-profile-*')))}"
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           f"--user-data-dir={profile}", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True)


def dump_dom(tmp_path: Path, url: str) -> str:
    return chromium(tmp_path, "--virtual-time-budget=3000", "--dump-dom", url).stdout


def screenshot(tmp_path: Path, url: str, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    target = ARTIFACTS / name
    target.unlink(missing_ok=True)
    chromium(tmp_path, f"--screenshot={target}", "--window-size=1280,900", "--hide-scrollbars", url)
    assert target.is_file() and target.stat().st_size > 5000
    return target


def check_in_browser(tmp_path: Path, index: Path, records: list[dict], tag: str) -> None:
    """Open the index and each record's page after JS and compare with the records."""
    dom = dump_dom(tmp_path, index.as_uri())
    rows = index_rows(index.read_text(encoding="utf-8"))
    assert dom.count('class="doc-row') == min(100, len(rows))  # rendered by index.js
    assert f"{len(rows)} of {len(rows)} documents" in dom
    screenshot(tmp_path, index.as_uri(), f"review-{tag}-index.png")
    for record in records:
        page = doc_page(index, record["doc_id"])
        field = next((e["field"] for e in record["evidence"] if e["field"] != "title"), None)
        url = page.as_uri() + (f"#field={quote(field)}" if field else "")
        parsed = parse_page(dom_page := dump_dom(tmp_path, url))
        assert_spans_match(parsed, record)
        if field:  # doc.js selected the value named in the hash and its span
            sid = parsed.values[field][0]
            assert any(sid in ids and "active" in cls for ids, cls, _ in parsed.segments), dom_page[:500]
    screenshot(tmp_path, doc_page(index, records[0]["doc_id"]).as_uri(), f"review-{tag}-doc.png")


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_browser_synthetic_site(tmp_path: Path, site: Path):
    check_in_browser(tmp_path, site, [gowa_record(), form_record()], "synthetic")


@pytest.mark.browser
@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_browser_on_real_extraction(tmp_path: Path):
    if not DEVSET_DOCS.is_dir():
        pytest.skip(f"no devset at {DEVSET_DOCS} (../shared is not beside this checkout)")
    docs = [DEVSET_DOCS / name for name in (
        "banjar-workshop-inovasi-2022.txt", "form-balangan-motor-balap.txt",
        "kudus-dukcapil-akta-puskesmas-2017.txt")]
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, "-m", "pipeline", "extract", *map(str, docs), "--out", str(out),
                          "-q", "-j", "1"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, f"extraction failed:\n{run.stderr[-3000:]}"
    index = build_review(out)
    records = [json.loads(line) for line in (out / "records.jsonl").read_text(encoding="utf-8").splitlines()
               if line.strip()]
    assert records and any(r["evidence"] for r in records)
    check_in_browser(tmp_path, index, records, "devset")
