"""Ingest stage: find the inputs, read their bytes, tell what kind of document each is.

Nothing here interprets content; a problem with one input becomes a `DocumentError`
for that input only, so the batch goes on and the manifest can say what went wrong.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | IMAGE_SUFFIXES | {".pdf", ".docx"}

MAX_TEXT_BYTES = 10 * 1024 * 1024     # a 10 MB article is a dump, not a document
MAX_BINARY_BYTES = 60 * 1024 * 1024   # scans and PDFs are larger


class DocumentError(Exception):
    """A problem with one document, worded for the user; the batch goes on."""


class InputError(Exception):
    """A problem with the command itself (a path that does not exist): nothing runs."""


@dataclass(frozen=True)
class Source:
    doc_id: str
    source: str            # the path or URL as given
    path: Path | None = None
    url: str | None = None


@dataclass(frozen=True)
class Loaded:
    source: Source
    kind: str              # text, html, pdf, docx, image
    data: bytes
    sha256: str


def url_doc_id(url: str) -> str:
    return "url-" + hashlib.sha1(url.encode("utf-8")).hexdigest()[:12]


def discover(inputs: Iterable[str], urls_file: Path | None = None) -> list[Source]:
    """Expand files and folders (recursively, sorted) and URL lists into sources.

    Folders contribute every non-hidden file, whatever its suffix: an unsupported one is
    reported in the manifest rather than skipped in silence. doc_ids are file stems,
    made unique with a suffix when two inputs share a stem.
    """
    sources: list[Source] = []
    seen: dict[str, int] = {}

    def add(doc_id: str, **kw) -> None:
        n = seen.get(doc_id, 0)
        seen[doc_id] = n + 1
        sources.append(Source(doc_id=doc_id if n == 0 else f"{doc_id}~{n + 1}", **kw))

    for given in inputs:
        path = Path(given)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if not any(part.startswith(".") for part in child.relative_to(path).parts):
                    add(child.stem, source=str(child), path=child)
        elif path.exists() or path.is_symlink():
            add(path.stem, source=given, path=path)
        else:
            raise InputError(f"input path does not exist: {given}")
    if urls_file is not None:
        if not urls_file.is_file():
            raise InputError(f"URL list does not exist: {urls_file}")
        for line in urls_file.read_text(encoding="utf-8").splitlines():
            url = line.strip()
            if url and not url.startswith("#"):
                add(url_doc_id(url), source=url, url=url)
    return sources


def sniff_kind(data: bytes, suffix: str) -> str:
    """The document kind from magic bytes first, the suffix second."""
    head = data[:512]
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*", b"BM", b"RIFF")):
        return "image"
    if head.startswith(b"PK\x03\x04"):
        if suffix == ".docx":
            return "docx"
        raise DocumentError(f"unsupported type: a ZIP archive ({suffix or 'no suffix'}); "
                            "supported: .txt, .html, .pdf, .docx, images")
    if suffix in IMAGE_SUFFIXES or suffix in {".pdf", ".docx"}:
        raise DocumentError(f"file is not a valid {suffix[1:].upper()}: its first bytes do not match the format")
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError("binary file: contains NUL bytes, not text")
    lowered = head.lower()
    if suffix in HTML_SUFFIXES or lowered.lstrip().startswith((b"<!doctype html", b"<html")):
        return "html"
    if suffix in TEXT_SUFFIXES or not suffix:
        return "text"
    raise DocumentError(f"unsupported file type {suffix!r}; supported: .txt, .html, .pdf, .docx, images")


def _fetch(url: str) -> bytes:
    from trafilatura.downloads import fetch_response

    response = fetch_response(url, decode=False)
    if response is None or not response.data:
        raise DocumentError(f"URL did not answer or returned nothing: {url}")
    if response.status >= 400:
        raise DocumentError(f"URL answered HTTP {response.status}: {url}")
    return response.data


def read(source: Source) -> Loaded:
    """Read one input; raises DocumentError with a message fit for the manifest."""
    if source.url is not None:
        data = _fetch(source.url)
        suffix = ".html"
    else:
        assert source.path is not None
        suffix = source.path.suffix.lower()
        try:
            size = source.path.stat().st_size
            textual = suffix in TEXT_SUFFIXES | HTML_SUFFIXES
            limit = MAX_TEXT_BYTES if textual else MAX_BINARY_BYTES
            if size > limit:
                raise DocumentError(f"file too large: {size / 1e6:.1f} MB (limit {limit / 1e6:.0f} MB)")
            data = source.path.read_bytes()
        except PermissionError:
            raise DocumentError(f"cannot read file (permission denied): {source.source}") from None
        except IsADirectoryError:
            raise DocumentError(f"is a folder, not a file: {source.source}") from None
        except OSError as exc:
            raise DocumentError(f"cannot read file: {exc.strerror or exc}") from None
    if not data.strip():
        raise DocumentError("empty document: no bytes to read" if not data else "empty document: only white space")
    kind = sniff_kind(data, suffix)
    if kind in ("text", "html") and len(data) > MAX_TEXT_BYTES:
        raise DocumentError(f"file too large: {len(data) / 1e6:.1f} MB of {kind} (limit {MAX_TEXT_BYTES / 1e6:.0f} MB)")
    return Loaded(source=source, kind=kind, data=data, sha256=hashlib.sha256(data).hexdigest())


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with BOM; anything else is refused with a hint.

    Guessing a legacy code page silently corrupts names, which the registry keys on.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = data[exc.start]
        hint = " (looks like windows-1252/latin-1: save the file as UTF-8)" if 0x80 <= bad <= 0xFF else ""
        raise DocumentError(f"wrong encoding: not valid UTF-8 at byte {exc.start} (0x{bad:02x}){hint}") from None
