"""Ingest stage: find the inputs, read their bytes, tell what kind of document each is,
and turn the bytes into text, once: text and HTML are decoded here (the encoding detected
when it is not UTF-8), PDFs, Word files and scans go through `pipeline.ocr`.

Nothing here interprets content; a problem with one input becomes a `DocumentError`
for that input only, so the batch goes on and the manifest can say what went wrong.
"""
from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Iterable
from urllib.parse import unquote, urlsplit

from .errors import DocumentError, InputError

__all__ = ["DocumentError", "InputError", "Source", "Raw", "Loaded", "discover", "read_bytes", "decode",
           "read", "decode_text", "sniff_kind"]

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | IMAGE_SUFFIXES | {".pdf", ".docx"}

MAX_TEXT_BYTES = 10 * 1024 * 1024     # a 10 MB article is a dump, not a document
MAX_BINARY_BYTES = 60 * 1024 * 1024   # scans and PDFs are larger

# Decoding limits. Indonesian prose is nearly all ASCII: a few accented letters and curly quotes.
MAX_INVALID_SHARE = 0.2    # UTF-8 with more than this share of undecodable characters is refused
MAX_CONTROL_SHARE = 0.05   # more control characters than this: binary data, not text
MAX_LEGACY_HIGH_SHARE = 0.3  # a "windows-1252" text that is mostly non-ASCII is binary or another script
LEGACY_ENCODINGS = ["cp1252", "latin_1"]   # what charset-normalizer may choose for non-UTF-8 text
ENCODING_NAMES = {"cp1252": "windows-1252", "latin_1": "latin-1", "utf_16_le": "UTF-16LE",
                  "utf_16_be": "UTF-16BE", "utf-16": "UTF-16", "utf-8": "UTF-8"}
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")   # tab, newlines and form feed are text

@dataclass(frozen=True)
class Source:
    doc_id: str
    source: str            # the path or URL as given
    path: Path | None = None
    url: str | None = None


@dataclass(frozen=True)
class Raw:
    """An input's bytes, before decoding."""

    source: Source
    kind: str              # text, html, pdf, docx, image
    data: bytes
    sha256: str


@dataclass
class Loaded:
    """An input as text: what every later stage reads."""

    source: Source
    kind: str
    text: str
    sha256: str
    size: int                              # bytes read
    encoding: str | None = None            # for text and HTML
    ocr_confidence: float | None = None    # for scans
    warnings: list[str] = field(default_factory=list)


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
        if is_remote(given):
            _discover_remote(given, add)
            continue
        local_url = given.startswith("file://")   # read as a path; the source stays a URL
        path = Path(unquote(urlsplit(given).path)) if local_url else Path(given)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if not any(part.startswith(".") for part in child.relative_to(path).parts):
                    add(child.stem, source=child.absolute().as_uri() if local_url else str(child), path=child)
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


def is_remote(given: str) -> bool:
    """An fsspec URL other than file:// (s3://, gs://, memory://...), read with fsspec."""
    scheme = urlsplit(given).scheme
    return len(scheme) > 1 and scheme not in ("file", "http", "https")


def _discover_remote(given: str, add) -> None:
    """Every non-hidden file under an fsspec URL (a prefix or one object), sorted."""
    import fsspec

    fs, root = fsspec.core.url_to_fs(given)
    root = root.rstrip("/")
    if fs.isdir(root):
        for name in sorted(fs.find(root)):
            rel = PurePosixPath(name[len(root) + 1:])
            if not any(part.startswith(".") for part in rel.parts):
                url = f"{given.rstrip('/')}/{rel.as_posix()}"   # spelled as the user gave the prefix
                add(rel.stem, source=url, url=url)
    elif fs.exists(root):
        add(PurePosixPath(root).stem, source=given, url=given)
    else:
        raise InputError(f"input path does not exist: {given}")


def utf16_order(data: bytes) -> str | None:
    """'utf_16_le'/'utf_16_be' for UTF-16 text without a byte-order mark (ASCII-heavy text has
    a NUL in every other byte), else None."""
    head = data[:4096]
    if len(head) < 16:
        return None
    even, odd = head[0::2], head[1::2]
    share = lambda half: half.count(0) / len(half)   # noqa: E731
    if share(odd) > 0.4 and share(even) < 0.05:
        return "utf_16_le"
    if share(even) > 0.4 and share(odd) < 0.05:
        return "utf_16_be"
    return None


def _utf16(data: bytes) -> str | None:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    return utf16_order(data)


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
    utf16 = _utf16(data)
    if utf16:
        head = data[:1024].decode(utf16, errors="replace").encode("utf-8")
    elif head.count(0) > 0.05 * len(head):   # a stray NUL is dropped when decoding; many mean binary
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
        raise DocumentError(f"URL did not answer or returned nothing: {url}", lasting=False)
    if response.status >= 400:
        raise DocumentError(f"URL answered HTTP {response.status}: {url}", lasting=False)
    return response.data


def _read_remote(source: Source, limit: int) -> bytes:
    """An fsspec URL's bytes (s3://, gs://...): read by whoever processes the document."""
    import fsspec

    try:
        fs, path = fsspec.core.url_to_fs(source.url)
        size = fs.size(path)
        if size is not None and size > limit:
            raise DocumentError(f"file too large: {size / 1e6:.1f} MB (limit {limit / 1e6:.0f} MB)")
        return fs.cat_file(path)
    except FileNotFoundError:
        raise DocumentError(f"file vanished before it was read: {source.source}", lasting=False) from None
    except PermissionError:
        raise DocumentError(f"cannot read file (permission denied): {source.source}", lasting=False) from None
    except OSError as exc:
        raise DocumentError(f"cannot read file: {exc}", lasting=False) from None


def read_bytes(source: Source) -> Raw:
    """Read one input's bytes; raises DocumentError with a message fit for the manifest."""
    if source.url is not None and is_remote(source.url):
        suffix = PurePosixPath(urlsplit(source.url).path).suffix.lower()
        data = _read_remote(source, MAX_TEXT_BYTES if suffix in TEXT_SUFFIXES | HTML_SUFFIXES else MAX_BINARY_BYTES)
    elif source.url is not None:
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
            raise DocumentError(f"cannot read file (permission denied): {source.source}", lasting=False) from None
        except IsADirectoryError:
            raise DocumentError(f"is a folder, not a file: {source.source}") from None
        except OSError as exc:
            raise DocumentError(f"cannot read file: {exc.strerror or exc}", lasting=False) from None
    if not data.strip():
        raise DocumentError("empty document: no bytes to read" if not data else "empty document: only white space")
    kind = sniff_kind(data, suffix)
    if kind in ("text", "html") and len(data) > MAX_TEXT_BYTES:
        raise DocumentError(f"file too large: {len(data) / 1e6:.1f} MB of {kind} (limit {MAX_TEXT_BYTES / 1e6:.0f} MB)")
    return Raw(source=source, kind=kind, data=data, sha256=hashlib.sha256(data).hexdigest())


def decode(raw: Raw) -> Loaded:
    """Bytes -> text, the only place this happens; DocumentError when there is no text."""
    common = {"source": raw.source, "kind": raw.kind, "sha256": raw.sha256, "size": len(raw.data)}
    if raw.kind == "text":
        text, encoding, warnings = decode_text(raw.data)
        return Loaded(text=text, encoding=encoding, warnings=warnings, **common)
    if raw.kind == "html":
        text, encoding, warnings = decode_text(raw.data, declared=declared_charset(raw.data))
        return Loaded(text=text, encoding=encoding, warnings=warnings, **common)
    from .ocr import extract_binary_text

    extracted = extract_binary_text(raw.kind, raw.data)
    return Loaded(text=extracted.text, ocr_confidence=extracted.confidence, warnings=list(extracted.warnings),
                  **common)


def read(source: Source) -> Loaded:
    """read_bytes + decode: one input as text."""
    return decode(read_bytes(source))


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a <meta> tag, if Python knows it."""
    found = _META_CHARSET.search(data[:4096])
    if not found:
        return None
    try:
        return codecs.lookup(found.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None


def _name(encoding: str) -> str:
    return ENCODING_NAMES.get(encoding, encoding)


def decode_text(data: bytes, declared: str | None = None) -> tuple[str, str, list[str]]:
    """(text, encoding, warnings) for the bytes of a text or HTML document.

    UTF-8 (with or without BOM) and UTF-16 (with a BOM, or detected by its NUL bytes) are
    decoded as they are. Otherwise a charset the page declares wins; then UTF-8 with a few
    invalid bytes is decoded with U+FFFD in their place, and text without valid UTF-8
    sequences is taken for a Windows/ISO code page (charset-normalizer picks windows-1252
    or latin-1). Either way the warning says so. Refused only when mostly undecodable.
    """
    warnings: list[str] = []
    utf16 = _utf16(data)
    if utf16:
        text = data.decode(utf16, errors="replace")
        encoding = utf16 if utf16 != "utf-16" else ("utf_16_le" if data.startswith(b"\xff\xfe") else "utf_16_be")
        if utf16 != "utf-16":
            warnings.append(f"decoded as {_name(encoding)} (detected; the file has no byte-order mark)")
        bad = text.count("\ufffd")
        if bad:
            warnings.append(f"{bad} invalid {_name(encoding)} sequence(s) replaced with U+FFFD")
    else:
        try:
            return _check_text(data.decode("utf-8-sig"), "utf-8", warnings)
        except UnicodeDecodeError:
            pass
        if declared and declared not in ("utf-8", "utf-8-sig"):
            text, encoding = data.decode(declared, errors="replace"), declared
        else:
            text, encoding = _decode_not_utf8(data, warnings)
    return _check_text(text, encoding, warnings)


def _decode_not_utf8(data: bytes, warnings: list[str]) -> tuple[str, str]:
    replaced = data.decode("utf-8-sig", errors="replace")
    bad = replaced.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    share = bad / max(1, len(replaced))
    valid_multibyte = sum(1 for ch in replaced if ord(ch) > 127) - replaced.count("\ufffd")

    def as_utf8() -> tuple[str, str]:
        if share > MAX_INVALID_SHARE:
            raise DocumentError(f"wrong encoding: {share:.0%} of the text is not valid UTF-8")
        warnings.append(f"{bad} invalid UTF-8 byte sequence(s) replaced with U+FFFD")
        return replaced, "utf-8"

    if valid_multibyte >= bad:   # real UTF-8 sequences around a few stray bytes: UTF-8 it is
        return as_utf8()
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=LEGACY_ENCODINGS).best()
    text = data.decode(best.encoding, errors="replace") if best is not None else ""
    high = sum(1 for ch in text if ord(ch) > 127) / max(1, len(text))
    if best is None or high > MAX_LEGACY_HIGH_SHARE:
        if share <= MAX_INVALID_SHARE:   # no code page fits: UTF-8 with some junk in it
            return as_utf8()
        raise DocumentError(f"unknown encoding: {share:.0%} of the bytes are neither UTF-8 nor text in a "
                            "Windows/ISO code page (binary data or a script other than Latin)")
    name = _name(best.encoding)
    if not re.search(rb"[\x80-\x9f]", data):   # the two code pages differ only there
        name = "latin-1 (the same as windows-1252 for these bytes)"
    warnings.append(f"not UTF-8: detected and decoded as {name}")
    return text, best.encoding


def _check_text(text: str, encoding: str, warnings: list[str]) -> tuple[str, str, list[str]]:
    """Refuse binary data that happened to decode; drop a few stray control characters."""
    controls = len(_CONTROLS.findall(text))
    if controls:
        if controls > MAX_CONTROL_SHARE * len(text):
            raise DocumentError(f"binary file: {controls} control characters in {len(text)}, not text")
        text = _CONTROLS.sub("", text)
        warnings.append(f"{controls} control character(s) (e.g. NUL) removed")
    replacements = text.count("\ufffd")
    if replacements > MAX_INVALID_SHARE * max(1, len(text)):
        raise DocumentError(f"wrong encoding: {replacements / len(text):.0%} of the text could not be decoded")
    return text, encoding, warnings
