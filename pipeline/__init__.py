"""Extraction pipeline for Indonesian regional-innovation documents.

Stages, one module each, data flowing one way:
ingest -> clean -> parse -> normalise -> validate -> export (-> registry, review).
"""
from pathlib import Path
import os

__version__ = "0.1.0"

RULES_DIR = Path(os.environ.get("INOVASI_RULES", Path(__file__).resolve().parent.parent / "rules"))
