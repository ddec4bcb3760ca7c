"""Text out of PDFs, Word files and scans (ingest calls `extract_binary_text`; the result is
text and an OCR confidence, which the clean stage then treats like any other text).

- PDF: the text layer of each page (pypdfium2); a page without one is rendered at
  ~300 dpi and OCRed.
- .docx: paragraphs and tables in document order (docx_text.py); a table row becomes
  "Label | value |", the layout the form parser reads.
- Images (.png .jpg .tif ...): Tesseract `-l ind`, always with OMP_THREAD_LIMIT=1,
  after the OpenCV preprocessing of scan_prep.py (a one-page PNG or JPEG decoded grey by
  OpenCV; a phone photo cut out of its desk and squared up; even lighting, contrast
  stretch, denoise, Otsu threshold, projection-profile deskew), with the Pillow
  `preprocess` below as the fallback without OpenCV. A thresholded page goes to Tesseract
  as a 1-bit PBM. Word confidences come from the same call (TSV output), so each page
  costs one Tesseract run.

OCR text is cleaned of typical OCR errors by the rules in `rules/ocr.toml`. A page that
cannot be read (blank, a photo, rotated, too few or too unsure words) raises
`DocumentError` with the reason instead of yielding empty text.
"""
from __future__ import annotations

import io
import re
import time
import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from . import RULES_DIR
from .errors import DocumentError
from .hyphenation import join_broken_words
from .tesseract import (  # noqa: F401  (re-exported: callers and tests use ocr.tesseract_binary ...)
    _check_tesseract, _run_tesseract, _tesseract_env, tesseract_binary, tesseract_languages,
)


@dataclass
class Extracted:
    """The text of a binary document; `confidence` is the OCR confidence (None: no page was OCRed)."""

    text: str
    confidence: float | None = None
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- rules

@lru_cache(maxsize=1)
def ocr_rules() -> dict:
    with open(RULES_DIR / "ocr.toml", "rb") as fh:
        rules = tomllib.load(fh)
    rules["_fix"] = [(re.compile(r["pattern"], re.MULTILINE), r["replacement"], r.get("name", ""))
                     for r in rules.get("fix", [])]
    rules["_digits"] = [re.compile(p, re.IGNORECASE) for p in rules["digits"]["patterns"]]
    rules["_digit_map"] = str.maketrans(rules["digits"]["map"])
    return rules


def fix_ocr_text(text: str) -> str:
    """Undo typical OCR errors (ligatures, | for l, O for 0 in dates, stray dots, hyphenation)."""
    rules = ocr_rules()
    text = join_broken_words(text)   # with the reduplication and prefix checks (rules/chrome.toml)
    for pattern, replacement, _name in rules["_fix"]:
        text = pattern.sub(replacement, text)
    table = rules["_digit_map"]
    for pattern in rules["_digits"]:
        text = pattern.sub(lambda m: m.group(0).translate(table), text)
    return text


@dataclass
class PageText:
    text: str
    confidence: float
    words: int
    seconds: float = 0.0
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- images

def _open_image(data: bytes):
    from PIL import Image, UnidentifiedImageError

    try:
        image = Image.open(io.BytesIO(data))
        image.load()
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        reason = re.sub(r"\s*<_io\.BytesIO object at 0x[0-9a-f]+>", "", str(exc))   # no object reprs for users
        raise DocumentError(f"corrupt or unreadable image: {reason}") from None
    except Image.DecompressionBombError:
        raise DocumentError("image too large to OCR (decompression bomb limit)") from None
    return image


def _frames(image) -> Iterable:
    n = getattr(image, "n_frames", 1)
    for i in range(n):
        if n > 1:
            image.seek(i)
        yield image.copy() if n > 1 else image


def _to_gray(image):
    from PIL import Image, ImageOps

    if image.getexif().get(0x0112, 1) != 1:      # an EXIF orientation to apply (phone photos)
        image = ImageOps.exif_transpose(image) or image
    if image.mode in ("RGBA", "LA", "P") or "transparency" in image.info:
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, rgba)
    return image if image.mode == "L" else image.convert("L")   # no copy of a grey page


def _scale_for_ocr(gray, dpi: float | None):
    from PIL import Image

    render = ocr_rules()["render"]
    w, h = gray.size
    if not dpi or dpi < 30:
        # no usable dpi: judge from the width as if the page were A4 portrait
        dpi = max(w, 1) / render["a4_width_inches"] if w < h else render["assumed_dpi"]
    factor = 1.0
    if dpi < render["min_dpi"]:
        factor = min(render["max_upscale"], 300.0 / dpi)
    if w * h * factor * factor > render["max_pixels"]:
        factor = (render["max_pixels"] / (w * h)) ** 0.5
    if abs(factor - 1.0) > 0.05:
        gray = gray.resize((max(1, round(w * factor)), max(1, round(h * factor))), Image.LANCZOS)
    return gray


def _otsu(gray) -> int:
    hist = gray.histogram()
    total = sum(hist)
    sum_all = sum(i * c for i, c in enumerate(hist))
    weight_b = sum_b = 0.0
    best, threshold = -1.0, 128
    for t in range(256):
        weight_b += hist[t]
        if weight_b == 0:
            continue
        weight_f = total - weight_b
        if weight_f == 0:
            break
        sum_b += t * hist[t]
        mean_b = sum_b / weight_b
        mean_f = (sum_all - sum_b) / weight_f
        between = weight_b * weight_f * (mean_b - mean_f) ** 2
        if between > best:
            best, threshold = between, t
    return threshold


def skew_of_ink(ink, max_points: int) -> float:
    """Projection-profile deskew of a page given as a boolean ink array (True = ink).

    Ink pixels (at most `max_points`, a fixed-seed sample) are sheared by each candidate
    angle and binned into rows (np.bincount): the angle whose rows are sharpest wins. This
    costs milliseconds where rotating the image costs seconds. Returns the angle (degrees,
    counter-clockwise) that a rotation should apply.
    """
    import math

    import numpy as np

    pre = ocr_rules()["preprocess"]
    ys, xs = np.nonzero(ink)
    if len(xs) < 50:
        return 0.0
    if len(xs) > max_points:
        # an even stride through the ink (row-major): a random choice without replacement
        # permutes every ink pixel, which on a photo's dark desk costs more than the search
        step = -(-len(xs) // max_points)
        ys, xs = ys[::step], xs[::step]
    xs = xs.astype(np.float64) - ink.shape[1] / 2
    ys = ys.astype(np.float64)

    def score(angle: float) -> float:
        # a text line tilted by `angle` (counter-clockwise) has y = y0 - x*tan(angle)
        rows = np.round(ys + xs * math.tan(math.radians(angle))).astype(np.int64)
        rows -= rows.min()
        return float(np.square(np.diff(np.bincount(rows).astype(np.float64))).sum())

    limit, step, fine = pre["deskew_max_angle"], pre["deskew_step"], pre["deskew_fine_step"]
    coarse = [i * step for i in range(-int(limit / step), int(limit / step) + 1)]
    best = max(coarse, key=score)
    fines = [best + i * fine for i in range(-int(step / fine), int(step / fine) + 1)]
    return -round(max(fines, key=score), 2)


def _skew_angle(binary) -> float:
    """`skew_of_ink` of a PIL page, on a copy at most 1,200 pixels wide."""
    import numpy as np
    from PIL import Image

    small = binary
    if binary.width > 1200:
        ratio = 1200 / binary.width
        small = binary.resize((1200, max(1, round(binary.height * ratio))), Image.BILINEAR)
    return skew_of_ink(np.asarray(small) < 128, 200_000)


def preprocess(image, dpi: float | None = None):
    """Grayscale, autocontrast, denoise, deskew, scale to ~300 dpi, binarise.

    Measuring (ink, skew, threshold) happens at the scan's own resolution; only the
    final image is scaled. Returns (image for OCR, ink share, skew correction in degrees).
    """
    from PIL import Image, ImageFilter, ImageOps

    pre = ocr_rules()["preprocess"]
    quality = ocr_rules()["quality"]
    gray = _to_gray(image)
    gray = ImageOps.autocontrast(gray, cutoff=pre["autocontrast_cutoff"])
    if pre["denoise_blur"]:
        gray = gray.filter(ImageFilter.GaussianBlur(pre["denoise_blur"]))
    lo, hi = gray.getextrema()
    if hi - lo < pre["min_contrast"]:
        return gray, 0.0, 0.0           # a uniform page: nothing printed on it
    threshold = _otsu(gray)
    binary = gray.point(lambda v: 255 if v > threshold else 0, mode="L")
    ink_share = binary.histogram()[0] / max(1, binary.width * binary.height)
    if ink_share < quality["blank_ink_share"]:
        return binary, ink_share, 0.0
    angle = _skew_angle(binary) if pre["deskew"] else 0.0
    if abs(angle) < pre["deskew_min_angle"]:
        angle = 0.0
    out = _scale_for_ocr(gray, dpi)
    if angle:
        out = out.rotate(angle, resample=Image.BILINEAR, expand=True, fillcolor=255)
    if pre["binarize"]:
        out = out.point(lambda v: 255 if v > threshold else 0, mode="L")
    return out, ink_share, angle


def _orientation(image) -> tuple[int, float] | None:
    """Tesseract OSD (--psm 0): (rotation in degrees, confidence) or None."""
    try:
        out = _run_tesseract(image, ["--psm", "0", "-l", "osd"])
    except DocumentError:
        return None
    rot = re.search(r"Rotate:\s*(\d+)", out)
    conf = re.search(r"Orientation confidence:\s*([\d.]+)", out)
    if not rot:
        return None
    return int(rot.group(1)), float(conf.group(1)) if conf else 0.0


def ocr_image(image, dpi: float | None = None, page_label: str = "page") -> PageText:
    """OCR one page image; raises DocumentError when the page cannot be read."""
    rules = ocr_rules()
    quality = rules["quality"]
    started = time.perf_counter()
    from .scan_prep import preprocess_fast, tsv_to_rows

    prepared, ink_share, angle = preprocess_fast(image, dpi, as_array=True)
    if ink_share < quality["blank_ink_share"]:
        raise DocumentError(f"{page_label} is blank: nothing to OCR")
    lang = rules["tesseract"]["lang"]
    args = ["-l", lang, "--psm", str(rules["tesseract"]["psm"]), "tsv"]
    text, confs = tsv_to_rows(_run_tesseract(prepared, args))
    warnings: list[str] = []
    if abs(angle) >= rules["preprocess"]["deskew_min_angle"]:
        warnings.append(f"{page_label}: deskewed by {angle:.1f} degrees")

    def readable(confs: list[float], text: str) -> bool:
        words = [w for w in text.split() if re.search(r"[A-Za-z0-9]{2}", w)]
        mean = sum(confs) / len(confs) if confs else 0.0
        return len(words) >= quality["min_words"] and mean >= quality["min_mean_confidence"]

    mean = sum(confs) / len(confs) if confs else 0.0
    if not readable(confs, text) or mean < quality["check_orientation_below"]:
        if not hasattr(prepared, "reduce"):
            import numpy as np
            from PIL import Image

            prepared = Image.fromarray(np.where(prepared, 0, 255).astype(np.uint8) if prepared.dtype == bool
                                       else prepared)
        orient = _orientation(prepared.reduce(2) if prepared.width > 2400 else prepared)
        if orient and orient[0] and orient[1] >= quality["min_orientation_confidence"]:
            if quality.get("auto_rotate"):
                rotated = prepared.rotate(-orient[0], expand=True, fillcolor=255)
                text, confs = tsv_to_rows(_run_tesseract(rotated, args))
                warnings.append(f"{page_label}: rotated by {orient[0]} degrees")
            else:
                what = "upside down" if orient[0] == 180 else f"rotated by {orient[0]} degrees"
                raise DocumentError(f"{page_label} cannot be read: it is {what} (rotate the scan and retry)")
        if not readable(confs, text):
            n_words = len([w for w in text.split() if re.search(r"[A-Za-z0-9]{2}", w)])
            mean = sum(confs) / len(confs) if confs else 0.0
            if n_words < quality["min_words"]:
                reason = f"only {n_words} words recognised (blank page, photo or illegible scan)"
            else:
                reason = f"mean OCR confidence {mean:.0f} is below {quality['min_mean_confidence']:.0f} (illegible scan)"
            raise DocumentError(f"{page_label} cannot be read: {reason}")
    mean = sum(confs) / len(confs) if confs else 0.0
    return PageText(text=fix_ocr_text(text), confidence=mean, words=len(confs),
                    seconds=time.perf_counter() - started, warnings=warnings)


def _image_dpi(image) -> float | None:
    dpi = image.info.get("dpi")
    try:
        return float(dpi[0]) if dpi else None
    except (TypeError, ValueError, IndexError):
        return None


def _pages_result(pages: list[tuple[str, PageText | None]], what: str) -> Extracted:
    """Join page texts; OCR confidence is the word-weighted mean over OCRed pages."""
    texts = [t for t, _ in pages if t.strip()]
    if not texts:
        raise DocumentError(f"{what} has no text")
    ocred = [p for _, p in pages if p is not None]
    confidence = None
    warnings: list[str] = []
    if ocred:
        words = sum(p.words for p in ocred)
        confidence = round(sum(p.confidence * p.words for p in ocred) / max(1, words), 1)
        for p in ocred:
            warnings.extend(p.warnings)
    return Extracted(text="\n\n".join(texts), confidence=confidence, warnings=warnings)


def image_text(data: bytes) -> Extracted:
    from .scan_prep import decode_gray

    fast = decode_gray(data)        # a one-page PNG or JPEG: OpenCV decodes it grey, at half the cost
    if fast is not None:
        page = ocr_image(fast[0], fast[1], "the image")
        return _pages_result([(page.text, page)], "the image")
    image = _open_image(data)
    pages: list[tuple[str, PageText | None]] = []
    frames = list(_frames(image))
    errors: list[str] = []
    for i, frame in enumerate(frames, 1):
        label = "the image" if len(frames) == 1 else f"page {i}"
        try:
            page = ocr_image(frame, _image_dpi(image), label)
        except DocumentError as exc:
            if len(frames) == 1:
                raise
            errors.append(str(exc))
            continue
        pages.append((page.text, page))
    if not pages:
        raise DocumentError("; ".join(errors) or "no page could be read")
    result = _pages_result(pages, "the image")
    result.warnings.extend(errors)
    return result


# --------------------------------------------------------------------------- PDF

def pdf_text(data: bytes) -> Extracted:
    import pypdfium2 as pdfium

    render = ocr_rules()["render"]
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        msg = str(exc)
        if "password" in msg.lower():
            raise DocumentError("PDF is password-protected: cannot read it") from None
        raise DocumentError(f"corrupt PDF: {msg}") from None
    try:
        n = len(pdf)
        if n == 0:
            raise DocumentError("PDF has no pages")
        pages: list[tuple[str, PageText | None]] = []
        errors: list[str] = []
        for i in range(n):
            try:
                page = pdf[i]
                textpage = page.get_textpage()
                text = textpage.get_text_range() or ""
                textpage.close()
            except pdfium.PdfiumError as exc:
                errors.append(f"page {i + 1}: cannot be read ({exc})")
                continue
            text = text.replace("\r\n", "\n").replace("\r", "\n")
            if len(re.sub(r"\W", "", text)) >= render["min_text_chars_per_pdf_page"]:
                pages.append((text, None))
                page.close()
                continue
            # no text layer: render and OCR
            try:
                bitmap = page.render(scale=render["pdf_dpi"] / 72.0, grayscale=True)
                image = bitmap.to_numpy()       # the grey page without a copy through Pillow
            except pdfium.PdfiumError as exc:
                errors.append(f"page {i + 1}: cannot be rendered ({exc})")
                continue
            finally:
                page.close()
            try:
                result = ocr_image(image, render["pdf_dpi"], f"page {i + 1}")
            except DocumentError as exc:
                if n == 1 or "not installed" in str(exc):
                    raise
                errors.append(str(exc))
                continue
            pages.append((result.text, result))
    finally:
        pdf.close()
    if not pages:
        raise DocumentError("no page of the PDF could be read: " + "; ".join(errors))
    result = _pages_result(pages, "the PDF")
    result.warnings.extend(errors)
    return result


# --------------------------------------------------------------------------- entry

def extract_binary_text(kind: str, data: bytes) -> Extracted:
    """Text of a PDF, .docx or image document; DocumentError when there is none."""
    if kind == "pdf":
        return pdf_text(data)
    if kind == "docx":
        from .docx_text import docx_text

        return docx_text(data)
    if kind == "image":
        return image_text(data)
    raise DocumentError(f"no binary text extractor for kind {kind!r}")
