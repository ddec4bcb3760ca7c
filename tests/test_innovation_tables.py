"""A table of innovations on a news page: names from the innovation column, owners from the body column."""
import pytest

from helpers import component_nlp, extracted
from pipeline import extract_text

PAGE = """<html><head><title>Sembilan Inovasi Kabupaten Maros Dinilai Tim Penilai</title></head><body><article>
<h1>Sembilan Inovasi Kabupaten Maros Dinilai Tim Penilai</h1>
<p>MAROS - Pemerintah Kabupaten Maros mengikuti penilaian inovasi daerah tahun ini. Sebanyak sembilan inovasi
dipaparkan di hadapan tim penilai di ruang rapat kantor bupati.</p>
<p>Berikut sebagian inovasi yang dipaparkan:</p>
<table><tr><th>No</th><th>Nama Inovasi</th><th>Perangkat Daerah</th></tr>
<tr><td>1</td><td>Si Cantik</td><td>Dinas Kependudukan dan Pencatatan Sipil</td></tr>
<tr><td>2</td><td>Lapak Tani</td><td>Dinas Pertanian</td></tr>
<tr><td>3</td><td>Pojok Baca Desa</td><td>Dinas Perpustakaan</td></tr></table>
<p>Kepala Bappeda Maros mengatakan seluruh inovasi tersebut sudah diterapkan dan dirasakan manfaatnya oleh
masyarakat, sehingga layak untuk dinilai dan direplikasi oleh daerah lain.</p>
</article></body></html>"""


def test_table_on_a_news_page_gives_names_and_owners():
    record = extract_text(PAGE, "tabel-inovasi", "html")
    got = [(i.name, i.agency) for i in record.innovations]
    assert got == [("Si Cantik", "Dinas Kependudukan dan Pencatatan Sipil"), ("Lapak Tani", "Dinas Pertanian"),
                   ("Pojok Baca Desa", "Dinas Perpustakaan")]
    assert {"Dinas Pertanian", "Dinas Perpustakaan"} <= {a.name for a in record.agencies}


@pytest.fixture(scope="module")
def nlp():
    return component_nlp("inovasi_agencies", "inovasi_innovations")


def run(nlp, text):
    values, evidence = extracted(nlp, text)
    return values.get("innovations") or [], evidence


def test_table_cells_keep_their_spans(nlp):
    text = ("Daftar inovasi:\n| No | Inovasi | OPD |\n|---|---|---|\n| 1 | Sapa Warga | Dinas Sosial |\n"
            "| 2 | Rumah Gizi | Dinas Kesehatan |\nDemikian daftar tersebut.")
    items, evidence = run(nlp, text)
    assert [i["name"] for i in items] == ["Sapa Warga", "Rumah Gizi"]
    ev = next(e for e in evidence if e["field"] == "innovations[1].name")
    assert text[ev["start"]:ev["end"]] == "Rumah Gizi" and ev["method"] == "rule:innovation:table"


def test_a_table_without_an_innovation_column_gives_nothing(nlp):
    text = ("Jadwal kegiatan:\n| No | Acara | Pengisi |\n|---|---|---|\n| 1 | Pembukaan | Bupati Maros |\n"
            "| 2 | Paparan Materi | Kepala Bappeda |\n")
    assert run(nlp, text)[0] == []
