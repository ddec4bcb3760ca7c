"""The extraction cache: what makes `extract` incremental and resumable.

Every finished document (its record, manifest entry and table rows) is stored at once in
OUT/.cache/<pipeline version>/<key>.json, written under a temporary name and renamed, so
an entry is complete or absent even after `kill -9`. The key is the document's id, its
source and the SHA-256 of its bytes; the folder is the pipeline version (code, rules/ and
model). A rerun reuses an entry instead of processing the document again; a changed input
or a changed pipeline misses the cache and is processed.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
from functools import lru_cache
from pathlib import Path

from . import RULES_DIR, __version__
from .models import ner_model_tag

PACKAGE_DIR = Path(__file__).resolve().parent
CACHE_DIR = ".cache"


def _tree_hash(root: Path, pattern: str) -> str:
    digest = hashlib.sha256()
    if root.is_dir():
        for path in sorted(p for p in root.rglob(pattern) if p.is_file() and "__pycache__" not in p.parts):
            digest.update(str(path.relative_to(root)).encode("utf-8") + b"\0")
            digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def model_version() -> str:
    """The trained model's version and training-data hash (pipeline.models), or "none"."""
    return ner_model_tag()


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    """e.g. "0.1.0+code.3f2a9c1b0d4e.rules.9a8b7c6d5e4f.model.none": anything that changes output."""
    return (f"{__version__}+code.{_tree_hash(PACKAGE_DIR, '*.py')}.rules.{_tree_hash(RULES_DIR, '*')}"
            f".model.{model_version()}")


def file_sha256(path: Path) -> str | None:
    try:
        with open(path, "rb") as fh:
            return hashlib.file_digest(fh, "sha256").hexdigest()
    except OSError:
        return None


class Cache:
    """Finished documents of one pipeline version under OUT/.cache (picklable: a path and a string)."""

    def __init__(self, out: Path, version: str | None = None):
        self.version = version or pipeline_version()
        self.root = out / CACHE_DIR
        self.dir = self.root / self.folder(self.version)

    @staticmethod
    def folder(version: str) -> str:
        """The folder of one pipeline version's entries."""
        return hashlib.sha256(version.encode("utf-8")).hexdigest()[:16]

    @staticmethod
    def key(doc_id: str, source: str, sha256: str) -> str:
        return hashlib.sha256(f"{doc_id}\0{source}\0{sha256}".encode("utf-8")).hexdigest()

    def _path(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        try:
            with open(self._path(key), encoding="utf-8") as fh:
                return json.load(fh)
        except (OSError, ValueError):
            return None

    def put(self, key: str, value: dict) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(value, fh, ensure_ascii=False)
        os.replace(tmp, path)

    def prune(self) -> None:
        """After a complete run: drop entries of other pipeline versions and stray temporary files."""
        if not self.root.is_dir():
            return
        for child in self.root.iterdir():
            if child != self.dir:
                shutil.rmtree(child, ignore_errors=True) if child.is_dir() else child.unlink(missing_ok=True)
        for tmp in self.dir.glob("*/.*.tmp"):
            tmp.unlink(missing_ok=True)


class FsCache(Cache):
    """The same cache (same layout, same keys) under an fsspec URL, for outputs on object
    stores (s3://, gs://): what the Dask engine's workers use when OUT is not a local path.
    Picklable: the file system object and two strings."""

    def __init__(self, out_url: str, version: str | None = None):
        import fsspec

        self.version = version or pipeline_version()
        self.fs, root = fsspec.core.url_to_fs(out_url)
        self.root = f"{root.rstrip('/')}/{CACHE_DIR}"
        self.dir = f"{self.root}/{self.folder(self.version)}"

    def _path(self, key: str) -> str:   # type: ignore[override]
        return f"{self.dir}/{key[:2]}/{key}.json"

    def get(self, key: str) -> dict | None:
        try:
            return json.loads(self.fs.cat_file(self._path(key)))
        except (OSError, ValueError):
            return None

    def put(self, key: str, value: dict) -> None:
        path = self._path(key)   # one object written whole: no half-written entry on an object store
        self.fs.pipe_file(path, json.dumps(value, ensure_ascii=False).encode("utf-8"))

    def prune(self) -> None:
        if not self.fs.isdir(self.root):
            return
        for child in self.fs.ls(self.root, detail=False):
            if child.rstrip("/") != self.dir:
                self.fs.rm(child, recursive=True)
