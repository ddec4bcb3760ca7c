"""Scans as offices make them: fast preprocessing and form-table reading for pipeline/ocr.py.

- `preprocess_fast`: OpenCV grayscale, even lighting (a phone photo's lamp fall-off),
  contrast stretch, denoise, Otsu, projection-profile deskew and an upscale only for
  scans below 100 dpi, in tens of milliseconds, so that a page costs about what Tesseract
  alone costs on the same image (benchmarks/scan_bench.py). Falls back to
  `ocr.preprocess` (Pillow) when OpenCV is not installed.
- `tsv_to_rows`: page text from Tesseract's TSV with a two-column form (labels left,
  values right) read row by row as "Label | value |", and the colon column OCR reads as
  '1', 'l' or '£' restored from the gaps between words.

Settings: [layout], [preprocess] and [render] in rules/ocr.toml.
"""
from __future__ import annotations

import re

from .ocr import _to_gray, ocr_rules, preprocess, skew_of_ink


def _tsv_lines(tsv: str) -> tuple[list[dict], list[float]]:
    """Tesseract TSV -> its text lines in reading order, each with words, block and box."""
    lines: dict[tuple[int, int, int], dict] = {}
    confs: list[float] = []
    for row in tsv.splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12 or cols[0] != "5" or not cols[11].strip():
            continue
        try:
            conf = float(cols[10])
            left, top, width, height = (int(c) for c in cols[6:10])
        except ValueError:
            continue
        key = (int(cols[2]), int(cols[3]), int(cols[4]))
        line = lines.setdefault(key, {"key": key, "words": [], "left": left, "top": top,
                                      "right": left + width, "bottom": top + height})
        line["words"].append(cols[11].strip())
        line.setdefault("boxes", []).append((left, left + width))
        line["left"], line["top"] = min(line["left"], left), min(line["top"], top)
        line["right"], line["bottom"] = max(line["right"], left + width), max(line["bottom"], top + height)
        if conf >= 0:
            confs.append(conf)
    return list(lines.values()), confs


_COLON_MARK = re.compile(r"[^\w\s]{1,2}|[1lIi|][.,]?")


def _line_words(line: dict, value: bool = False) -> list[str]:
    """A line's words with the colon column of a form restored: OCR reads a colon standing
    apart between label and value as '1', 'l', 'i', '|', '£' ...; a short token with a gap
    wider than the line's height on both sides (or, first in a value cell, after it) is that
    colon. In a value cell it is dropped (the cell border already separates)."""
    words, boxes = list(line["words"]), line.get("boxes", [])
    height = line["bottom"] - line["top"]
    if len(boxes) != len(words) or len(words) < 2:
        return words
    out = []
    for i, word in enumerate(words):
        if len(word) <= 2 and _COLON_MARK.fullmatch(word) and i + 1 < len(words):
            after = boxes[i + 1][0] - boxes[i][1]
            before = boxes[i][0] - boxes[i - 1][1] if i else None
            if i == 0 and value and after > height:
                continue
            if before is not None and before > height and after > 0.5 * height:
                out.append(":")
                continue
        out.append(word)
    return out


def tsv_to_rows(tsv: str) -> tuple[str, list[float]]:
    """Page text from Tesseract's TSV with form tables read row by row.

    Tesseract reads a two-column form (labels left, values right, with or without ruling)
    as two blocks: every label, then every value. A block of short lines (the label column,
    `label_column_max_words`) takes the lines of other blocks to its right that share its
    rows (vertical overlap), and their wrapped continuations, as "Label | value |" rows,
    the layout the form parser reads in Word tables. Other text is kept as Tesseract
    ordered it, a blank line between blocks."""
    layout = ocr_rules()["layout"]
    lines, confs = _tsv_lines(tsv)
    blocks: dict[int, list[dict]] = {}
    for line in lines:
        blocks.setdefault(line["key"][0], []).append(line)
    label_blocks = {b for b, ls in blocks.items()
                    if len(ls) >= layout["label_column_min_rows"]
                    and all(len(l["words"]) <= layout["label_column_max_words"] for l in ls)}

    def overlap(a: dict, b: dict) -> float:
        inter = min(a["bottom"], b["bottom"]) - max(a["top"], b["top"])
        return inter / max(1, min(a["bottom"] - a["top"], b["bottom"] - b["top"]))

    cells: dict[tuple, list[dict]] = {}     # label line key -> value lines
    taken: set[tuple] = set()
    for b in label_blocks:
        for label in blocks[b]:
            for other in lines:
                if other["key"][0] == b or other["key"] in taken or other["left"] < label["right"]:
                    continue
                if overlap(label, other) >= layout["min_row_overlap"]:
                    cells.setdefault(label["key"], []).append(other)
                    taken.add(other["key"])
    # wrapped continuations: the next line of a value's block, just below it, without a label
    for b, ls in blocks.items():
        owner = None
        for prev, line in zip(ls, ls[1:]):
            owner = next((k for k, v in cells.items() if any(x is prev for x in v)), owner if prev["key"] in taken else None)
            if owner is None or line["key"] in taken:
                continue
            gap = line["top"] - prev["bottom"]
            if gap <= (prev["bottom"] - prev["top"]):
                cells[owner].append(line)
                taken.add(line["key"])
    out: list[str] = []
    prev_key: tuple | None = None
    for line in lines:
        if line["key"] in taken:
            continue
        if prev_key is not None and line["key"][:2] != prev_key[:2]:
            out.append("")
        text = " ".join(_line_words(line))
        if line["key"] in cells:
            parts = sorted(cells[line["key"]], key=lambda l: (l["top"] // 8, l["left"]))
            value = " ".join(" ".join(_line_words(p, value=True)) for p in parts)
            text = f"{text} | {value} |"
        out.append(text)
        prev_key = line["key"]
    return "\n".join(out), confs


def _gray_array(image):
    import numpy as np

    if isinstance(image, np.ndarray):          # already a grey page (decode_gray, a PDF bitmap)
        return image if image.ndim == 2 else np.ascontiguousarray(image[:, :, 0])
    return np.asarray(_to_gray(image), dtype=np.uint8)


def decode_gray(data: bytes):
    """A one-page PNG or JPEG straight to a grey numpy page with OpenCV: (page, dpi or None).

    Half the time of Pillow's decode, grey conversion and copy into numpy (a JPEG's grey is
    its luma, decoded without the colour planes). None, so that Pillow reads the file (and
    says what is wrong with it), for anything else: other formats, several frames, an alpha
    channel or a transparent colour (composited on white there), an EXIF rotation,
    16-bit or CMYK pixels, a file OpenCV cannot decode, or no OpenCV."""
    import io

    try:
        import cv2
        import numpy as np
        from PIL import Image

        with Image.open(io.BytesIO(data)) as head:    # the header only
            if head.format not in ("PNG", "JPEG") or head.mode not in ("L", "RGB", "1") \
                    or "transparency" in head.info or getattr(head, "n_frames", 1) != 1:
                return None
            # (a PNG's getexif() decodes the whole image to look behind it: only an eXIf
            # chunk before the pixels is read; Pillow does not rotate PNGs for one after them)
            if (head.format == "JPEG" or "exif" in head.info) and head.getexif().get(0x0112, 1) != 1:
                return None
            dpi = head.info.get("dpi")
            size = head.size
        page = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_GRAYSCALE)
    except Exception:             # ImportError, a header Pillow rejects (it will say why)
        return None
    if page is None or page.shape[::-1] != size:
        return None
    try:
        dpi = float(dpi[0]) if dpi else None
    except (TypeError, ValueError, IndexError):
        dpi = None
    return page, dpi


def _reduced(gray, k: int):
    """The page reduced k times (cropped to whole cells: OpenCV's fast integer INTER_AREA path)."""
    import cv2

    h, w = gray.shape
    return cv2.resize(gray[: h // k * k, : w // k * k], (w // k, h // k), interpolation=cv2.INTER_AREA)


def _even_light(gray, pre: dict, small=None):
    """Divide out uneven lighting (a phone photo's lamp fall-off, a shadow): the page's
    background, estimated as the local maximum of a downscaled copy (text is removed by the
    dilation), is flattened to white. Left alone when the background is already even."""
    import cv2
    import numpy as np

    h, w = gray.shape
    k = pre["background_cell"]
    if h < k or w < k:
        return gray
    if small is None:
        small = _reduced(gray, k)
    bg = cv2.medianBlur(cv2.dilate(small, np.ones((5, 5), np.uint8)), 5)
    page = bg[bg > np.median(bg) * 0.8]              # the paper, not a desk around it
    if page.size == 0 or int(page.max()) - int(page.min()) < pre["uneven_light_range"]:
        return gray
    bg = cv2.resize(bg, (w, h), interpolation=cv2.INTER_LINEAR)
    return cv2.divide(gray, np.maximum(bg, 1), scale=255)


def _flatten_page(gray, pre: dict, small):
    """A photographed page lying on a darker desk, cut out and squared up (perspective
    correction). The paper is found on a copy reduced `background_cell` times: its largest
    bright region, when that region does not fill the picture (a scan: nothing to do) and
    its outline is a quadrilateral, is warped to an upright rectangle. Tesseract reads the
    dark desk left around the page as a picture frame and, at 300 dpi, the text inside it
    as part of that picture; the page alone is also fewer pixels to read."""
    import cv2
    import numpy as np

    h, w = gray.shape
    k = pre["background_cell"]
    if h < 20 * k or w < 20 * k:
        return gray
    _, mask = cv2.threshold(small, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    border = np.concatenate([mask[0], mask[-1], mask[:, 0], mask[:, -1]])
    if (border == 0).mean() < pre["desk_border_share"]:
        return gray                                  # paper reaches the edges: a scan
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, np.ones((5, 5), np.uint8))
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return gray
    paper = max(contours, key=cv2.contourArea)
    if cv2.contourArea(paper) < pre["min_page_area"] * mask.size:
        return gray
    hull = cv2.convexHull(paper)
    quad = cv2.approxPolyDP(hull, 0.02 * cv2.arcLength(hull, True), True).reshape(-1, 2)
    if len(quad) != 4:
        return gray
    quad = quad.astype(np.float32) * k
    # corners in order top-left, top-right, bottom-right, bottom-left; pulled in by one cell
    # so that no strip of desk stays along the edges
    s, d = quad.sum(axis=1), np.diff(quad, axis=1).ravel()
    corners = np.array([quad[s.argmin()], quad[d.argmin()], quad[s.argmax()], quad[d.argmax()]])
    centre = corners.mean(axis=0)
    corners += np.sign(centre - corners) * k
    width = int(max(np.linalg.norm(corners[1] - corners[0]), np.linalg.norm(corners[2] - corners[3])))
    height = int(max(np.linalg.norm(corners[3] - corners[0]), np.linalg.norm(corners[2] - corners[1])))
    if width < 10 * k or height < 10 * k:
        return gray
    target = np.array([[0, 0], [width - 1, 0], [width - 1, height - 1], [0, height - 1]], np.float32)
    m = cv2.getPerspectiveTransform(corners.astype(np.float32), target)
    return cv2.warpPerspective(gray, m, (width, height), flags=cv2.INTER_LINEAR, borderValue=255)


def _ink_level(hist, cum) -> int:
    """The grey level under which a pixel is ink rather than the paper's noise: five robust deviations (median
    absolute deviation) below the paper's median level, from the page's 256-bin histogram."""
    import numpy as np

    total = cum[-1]
    median = int(np.searchsorted(cum, total / 2))
    spread = np.bincount(np.abs(np.arange(256) - median), weights=hist, minlength=256)
    mad = int(np.searchsorted(np.cumsum(spread), total / 2))
    return max(0, median - int(5 * 1.4826 * max(mad, 1)))


def _skew_angle_array(binary) -> float:
    """`skew_of_ink` of a numpy page (ink = 0), on at most 60k ink pixels of a copy reduced by
    a whole factor to about 800 pixels wide (a whole factor takes OpenCV's fast INTER_AREA
    path; any other costs more than the search): the projection-profile search in a few ms."""
    import cv2

    h, w = binary.shape
    f = max(1, round(w / 800))
    if f > 1 and h >= f:
        binary = cv2.resize(binary[: h // f * f, : w // f * f], (w // f, h // f), interpolation=cv2.INTER_AREA)
    return skew_of_ink(binary < 128, 60_000)


def _binarize(gray, hist, dpi: float, pre: dict):
    """Contrast stretch, denoise and threshold of a grey page: (threshold, thresholded page, stretched grey page),
    or None for a uniform page (nothing printed on it)."""
    import cv2
    import numpy as np

    cut = pre["autocontrast_cutoff"] / 100
    cum = np.cumsum(hist)
    dark_cut = cut
    if dpi < pre["binarize_min_dpi"]:
        # the grey page itself goes to Tesseract: on a sparse page (a short form, ink on about 1% of it) the dark cut
        # falls inside the grey paper's noise, and a stretch from there turns that noise into speckle Tesseract
        # cannot read through ("only 0 words recognised"); the stretch starts among the ink's pixels instead
        dark_cut = min(cut, max(cum[_ink_level(hist, cum)] / cum[-1] / 2, 1e-4))
    lo, hi = int(np.searchsorted(cum, cum[-1] * dark_cut)), int(np.searchsorted(cum, cum[-1] * (1 - cut)))
    if hi - lo < pre["min_contrast"]:                # little ink: stretch between the extremes
        lo, hi = int(gray.min()), int(gray.max())
    if hi - lo < pre["min_contrast"]:
        return None
    if lo > 0 or hi < 255:                           # (black to white already: nothing to stretch)
        lut = np.clip((np.arange(256) - lo) * 255.0 / (hi - lo), 0, 255).astype(np.uint8)
        gray = cv2.LUT(gray, lut)
    if pre["denoise_blur"] and dpi >= pre["binarize_min_dpi"]:
        gray = cv2.GaussianBlur(gray, (0, 0), pre["denoise_blur"])
    threshold, binary = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    hist = cv2.calcHist([gray], [0], None, [256], [0, 256]).ravel()
    cap = _ink_level(hist, np.cumsum(hist))
    if threshold > cap:   # a sparse page: Otsu splits the paper's own noise; ink lies below the noise's floor
        threshold, binary = cv2.threshold(gray, cap, 255, cv2.THRESH_BINARY)
    return threshold, binary, gray


def preprocess_fast(image, dpi: float | None = None, as_array: bool = False):
    """`preprocess` with OpenCV, in milliseconds rather than a second, so that a page costs
    what Tesseract alone costs: grayscale, even lighting, contrast stretch, denoise, Otsu,
    deskew, and an upscale only for scans below `min_dpi_fast` (OCR time grows with the
    pixels; at 150 dpi and above Tesseract reads form print as well without it).
    `image` is a PIL image or a grey numpy page. Steps a clean page does not need are
    skipped: the contrast stretch of a page already black to white, the lighting of an even
    page, the rotation of a straight one, a second threshold when nothing was resampled.
    Returns (PIL image for OCR, or with `as_array` the numpy page, a thresholded one as a
    boolean ink mask, ink share, skew correction in degrees); falls back to `preprocess` where OpenCV is not installed."""
    try:
        import cv2
        import numpy as np
    except ImportError:
        return preprocess(image, dpi)
    from PIL import Image

    def result(page, ink: float, angle: float, binary: bool = False):
        if as_array:   # a thresholded page as a boolean ink mask: Tesseract gets it as 1 bit
            return (page == 0 if binary else page), ink, angle
        return Image.fromarray(page), ink, angle

    rules = ocr_rules()
    pre, quality, render = rules["preprocess"], rules["quality"], rules["render"]
    gray = _gray_array(image)
    small = _reduced(gray, pre["background_cell"]) if min(gray.shape) >= pre["background_cell"] else None
    if pre["flatten_page"] and small is not None:
        flat = _flatten_page(gray, pre, small)
        if flat is not gray:
            gray, small = flat, None
    gray = _even_light(gray, pre, small)
    h, w = gray.shape
    if not dpi or dpi < 30:
        dpi = w / render["a4_width_inches"] if w < h else render["assumed_dpi"]
    hist = cv2.calcHist([gray], [0], None, [256], [0, 256]).ravel()
    if dpi >= pre["binarize_min_dpi"] and not hist[1:255].any():
        # a bilevel page (a fax, a 1-bit scan): nothing to stretch, and the threshold of its smoothed page (the speckle
        # goes) lies halfway; no histogram to read twice (~10 ms of a page's ~30)
        gray = cv2.GaussianBlur(gray, (0, 0), pre["denoise_blur"]) if pre["denoise_blur"] else gray
        threshold, binary = cv2.threshold(gray, 127, 255, cv2.THRESH_BINARY)
    else:
        done = _binarize(gray, hist, dpi, pre)
        if done is None:
            return result(gray, 0.0, 0.0)                # a uniform page: nothing printed on it
        threshold, binary, gray = done
    ink_share = 1.0 - cv2.countNonZero(binary) / binary.size
    if ink_share < quality["blank_ink_share"]:
        return result(binary, ink_share, 0.0, binary=True)
    angle = _skew_angle_array(binary) if pre["deskew"] else 0.0
    if abs(angle) < pre["deskew_min_angle"]:
        angle = 0.0
    factor = 1.0
    if dpi < render["min_dpi_fast"]:
        factor = min(render["max_upscale"], render["target_dpi_fast"] / dpi)
    if w * h * factor * factor > render["max_pixels"]:
        factor = (render["max_pixels"] / (w * h)) ** 0.5
    out = gray
    if pre["binarize"] and dpi >= pre["binarize_min_dpi"] and abs(factor - 1.0) <= 0.05 and not angle:
        return result(binary, ink_share, angle, binary=True)   # nothing resampled: thresholded
    if abs(factor - 1.0) > 0.05:
        out = cv2.resize(out, (round(w * factor), round(h * factor)), interpolation=cv2.INTER_CUBIC)
    if angle:
        oh, ow = out.shape
        m = cv2.getRotationMatrix2D((ow / 2, oh / 2), angle, 1.0)
        cos, sin = abs(m[0, 0]), abs(m[0, 1])
        nw, nh = int(oh * sin + ow * cos), int(oh * cos + ow * sin)
        m[0, 2] += nw / 2 - ow / 2
        m[1, 2] += nh / 2 - oh / 2
        out = cv2.warpAffine(out, m, (nw, nh), flags=cv2.INTER_LINEAR, borderValue=255)
    if pre["binarize"] and dpi >= pre["binarize_min_dpi"]:
        out = cv2.threshold(out, threshold, 255, cv2.THRESH_BINARY)[1]
        return result(out, ink_share, angle, binary=True)
    return result(out, ink_share, angle)
