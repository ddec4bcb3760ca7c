"""A hand-written news document and the records a pipeline might extract from it (tests only)."""
from __future__ import annotations

import copy

TEXT = ("MAJU JAYA - Pemerintah Kabupaten Maju Jaya meluncurkan aplikasi SIGAP DESA di Aula "
        "Kantor Bupati, Senin (6/3/2023). Peluncuran dibuka oleh Sekretaris Daerah Kabupaten Maju "
        "Jaya, Andi Rahmat, S.STP. Kepala Dinas Kesehatan, Siti Aminah, menyebut inovasi Jemput "
        "Bola Sehat akan diterapkan di seluruh puskesmas tahun ini.\n")


def _ev(field: str, needle: str, method: str = "rule:test") -> dict:
    start = TEXT.index(needle)
    return {"field": field, "start": start, "end": start + len(needle), "text": needle, "method": method}


def extracted(doc_id: str = "maju-jaya-sigap", position: str = "Sekretaris Daerah",
              extra_official: bool = False) -> dict:
    """The record as a (flawed) extraction: a clipped position, a venue taken for an
    innovation, and one innovation missed."""
    officials = [{"name": "Andi Rahmat", "position": position, "degrees": ["S.STP"]},
                 {"name": "Siti Aminah", "position": "Kepala Dinas Kesehatan", "degrees": []}]
    evidence = [_ev("title", "Pemerintah Kabupaten Maju Jaya meluncurkan aplikasi SIGAP DESA"),
                _ev("innovations[0].name", "SIGAP DESA"), _ev("innovations[1].name", "Kantor Bupati"),
                _ev("officials[0].name", "Andi Rahmat"), _ev("officials[0].position", "Sekretaris Daerah"),
                _ev("officials[1].name", "Siti Aminah"),
                _ev("officials[1].position", "Kepala Dinas Kesehatan")]
    if extra_official:  # a re-extraction that finds one more person, listed first
        officials.insert(0, {"name": "Budi Santoso", "position": "Bupati Maju Jaya", "degrees": []})
        evidence = [ev if not ev["field"].startswith("officials[") else
                    {**ev, "field": "officials[%d]%s" % (int(ev["field"][10]) + 1, ev["field"][12:])}
                    for ev in evidence]
    return copy.deepcopy({
        "doc_id": doc_id, "source": f"data/raw/{doc_id}.txt", "doc_type": "news",
        "title": "Pemerintah Kabupaten Maju Jaya meluncurkan aplikasi SIGAP DESA",
        "published": "2023-03-06", "region": {"name": "Kabupaten Maju Jaya", "code": None, "province": None},
        "agencies": [{"name": "Pemerintah Kabupaten Maju Jaya"}],
        "innovations": [{"name": "SIGAP DESA"}, {"name": "Kantor Bupati"}],
        "event": {"type": "launching", "date": "2023-03-06", "venue": "Aula Kantor Bupati"},
        "participants": None, "officials": officials, "text": TEXT, "evidence": evidence,
    })


SCRIPT_TEXT = ('Judul <script>window.__pwned = 1</script> dan gambar <img src=x '
               'onerror="window.__pwned = 2"> serta <b onmouseover="window.__pwned=3">tebal</b>.\n')


def hostile(doc_id: str = "hostile") -> dict:
    """A document whose text and values carry markup that must show as text."""
    start = SCRIPT_TEXT.index("<script>")
    return {"doc_id": doc_id, "source": "x.html", "doc_type": "news",
            "title": '<img src=x onerror="window.__pwned = 4">',
            "innovations": [{"name": "<script>window.__pwned=5</script>"}],
            "text": SCRIPT_TEXT,
            "evidence": [{"field": "innovations[0].name", "start": start,
                          "end": start + len("<script>window.__pwned = 1</script>"),
                          "text": "<script>window.__pwned = 1</script>", "method": "rule:test"}]}
