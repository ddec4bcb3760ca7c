"""Extraction pipeline for Indonesian regional-innovation documents.

Stages, one module each, data flowing one way:
ingest -> clean -> parse -> normalise -> validate -> export (-> registry, review).
"""
from pathlib import Path
import os

__version__ = "0.1.0"

RULES_DIR = Path(os.environ.get("INOVASI_RULES", Path(__file__).resolve().parent.parent / "rules"))


def __getattr__(name: str):
    """`pipeline.extract_text(text)`: one pasted document, warm (imported on first use)."""
    if name == "extract_text":
        from .batch import extract_text

        return extract_text
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
