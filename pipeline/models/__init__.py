"""Trained models shipped inside the package (`ner/`: see pipeline/training), and what they are.

Light on purpose (no spaCy import): the cache and the manifest ask which model is in use
without loading it.
"""
from __future__ import annotations

import json
import os
from functools import lru_cache
from pathlib import Path

NER_DIR = Path(__file__).resolve().parent / "ner"


def ner_model_dir() -> Path | None:
    """The trained entity recogniser (INOVASI_NER_MODEL overrides the shipped one), if present."""
    path = Path(os.environ.get("INOVASI_NER_MODEL") or NER_DIR)
    return path if (path / "meta.json").exists() else None


@lru_cache(maxsize=4)
def _info(path: Path | None) -> dict:
    if path is None:
        return {"name": None, "version": "none", "data_sha256": None}
    try:
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {"name": None, "version": "none", "data_sha256": None}
    return {"name": meta.get("name"), "version": str(meta.get("version") or "none"),
            "data_sha256": (meta.get("inovasi") or {}).get("data_sha256")}


def ner_model_info() -> dict:
    """Name, version and training-data SHA-256 of the model `build_nlp` loads."""
    return dict(_info(ner_model_dir()))


def ner_model_tag() -> str:
    """One short string for manifests and cache keys: "1.0.0-27db0a08ec28" or "none"."""
    info = ner_model_info()
    if info["version"] == "none":
        return "none"
    return f"{info['version']}-{(info['data_sha256'] or '')[:12]}".rstrip("-")
