"""Every regency and city of the gazetteer (rules/regions/wilayah.csv) in the same short news
paragraphs, written for this check: does each region's government, its bodies and its officials come
out whole, also where the region's name holds a level word ("Lima Puluh Kota"), "dan", or words that
are personal names ("Aceh Jaya", "Nias", "Ende")? Prints each region read wrongly and a count.

    .venv/bin/python benchmarks/region_sweep.py

A bare name shared by a regency and a city ("Bogor") has no one region: those are listed as REG and
are expected. This is a check of the language, not of any corpus: no document of ../shared is read.
"""
from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline import extract_text  # noqa: E402


def paragraphs(full: str) -> list[tuple[str, list[str], list[tuple[str, str]]]]:
    """(text, expected agencies, expected officials) for one region."""
    level, short = full.split(" ", 1)
    gov = {"Kabupaten": "Pemkab", "Kota": "Pemkot"}[level]
    head = "Bupati" if level == "Kabupaten" else "Wali Kota"
    tail = "dan mengatakan bahwa inovasi ini akan terus dikembangkan untuk warga."
    return [
        (f"{gov} {short} Luncurkan Aplikasi Layanan\n{gov} {short} meluncurkan aplikasi layanan terpadu di aula "
         f"kantor. Dinas Kesehatan {full} menggelar bimtek inovasi daerah yang diikuti oleh para pegawai dari "
         f"semua dinas. {head} {short}, Budi Santoso, membuka acara itu {tail}",
         sorted([f"Pemerintah {full}", f"Dinas Kesehatan {full}"]), [("Budi Santoso", f"{head} {short}")]),
        (f"Bappeda {short} Gelar Bimtek Inovasi\n{short.upper()} - Bappeda {short} menggelar bimtek inovasi daerah "
         f"yang diikuti oleh para pegawai dari semua perangkat daerah di aula kantor. Kepala Dinas Kesehatan {short}, "
         f"Budi Santoso, menjadi narasumber dalam kegiatan itu. Sekda {short} Rina Marlina membuka acara tersebut {tail}",
         sorted([f"Badan Perencanaan Pembangunan Daerah {short}", f"Dinas Kesehatan {short}"]),
         sorted([("Budi Santoso", f"Kepala Dinas Kesehatan {short}"), ("Rina Marlina", f"Sekda {short}")])),
        (f"{full} Raih Penghargaan Inovasi\n{full} meraih penghargaan sebagai daerah sangat inovatif tahun ini. "
         f"Penghargaan diterima oleh Wakil {head} {short}, Budi Santoso, di Jakarta. Pemerintah {full} melalui "
         f"Bagian Organisasi Setda {short} terus mendampingi perangkat daerah yang mengembangkan inovasi untuk warga.",
         sorted([f"Pemerintah {full}", f"Bagian Organisasi Sekretariat Daerah {short}"]),
         [("Budi Santoso", f"Wakil {head} {short}")]),
    ]


def main() -> None:
    with open(ROOT / "rules" / "regions" / "wilayah.csv", encoding="utf-8") as fh:
        regions = [r["name"] for r in csv.DictReader(fh) if r["level"] == "2"]
    wrong = ambiguous = 0
    for full in regions:
        problems = []
        for text, agencies, officials in paragraphs(full):
            rec = extract_text(text, "sweep", "text").model_dump()
            got_a = sorted(a["name"] for a in rec["agencies"])
            got_o = sorted((o["name"], o["position"]) for o in rec["officials"])
            if got_a != agencies:
                problems.append(f"agencies {got_a}")
            if got_o != officials:
                problems.append(f"officials {got_o}")
            region = rec["region"] and rec["region"]["name"]
            if region != full and not problems:
                ambiguous += 1
                problems.append(f"REG {region}")
        if any(not p.startswith("REG") for p in problems):
            wrong += 1
        if problems:
            print(full, "|", "; ".join(problems))
    print(f"{wrong} of {len(regions)} regions read wrongly ({ambiguous} paragraphs with a region name the "
          f"regency and the city share)")


if __name__ == "__main__":
    main()
