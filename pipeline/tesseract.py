"""Running Tesseract: the binary and its languages (checked once), one page per call with
OMP_THREAD_LIMIT=1, the page written uncompressed (a 1-bit PBM for an ink mask, else a TIFF).
ocr.py reads pages through `_run_tesseract`; settings are rules/ocr.toml [tesseract]."""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from functools import lru_cache

from .errors import DocumentError


def ocr_rules() -> dict:
    from .ocr import ocr_rules as rules   # (ocr.py imports this module)
    return rules()


def _tesseract_env() -> dict:
    env = dict(os.environ)
    env.update({k: str(v) for k, v in ocr_rules()["tesseract"].get("env", {}).items()})
    env["OMP_THREAD_LIMIT"] = "1"
    return env


@lru_cache(maxsize=1)
def tesseract_binary() -> str:
    path = shutil.which("tesseract")
    if path is None:
        raise DocumentError("tesseract is not installed: cannot OCR scans "
                            "(install it, e.g. `apt install tesseract-ocr tesseract-ocr-ind`)", lasting=False)
    return path


@lru_cache(maxsize=1)
def tesseract_languages() -> frozenset[str]:
    try:
        out = subprocess.run([tesseract_binary(), "--list-langs"], capture_output=True, text=True,
                             timeout=30, env=_tesseract_env())
    except (OSError, subprocess.SubprocessError) as exc:
        raise DocumentError(f"tesseract does not run: {exc}") from None
    lines = (out.stdout + "\n" + out.stderr).splitlines()
    return frozenset(l.strip() for l in lines if l.strip() and " " not in l.strip())


def _check_tesseract() -> str:
    binary = tesseract_binary()
    lang = ocr_rules()["tesseract"]["lang"]
    missing = [l for l in lang.split("+") if l not in tesseract_languages()]
    if missing:
        raise DocumentError(f"tesseract language model {'+'.join(missing)!r} is not installed "
                            "(e.g. `apt install tesseract-ocr-ind`)", lasting=False)
    return binary


def _run_tesseract(image, args: list[str]) -> str:
    """Run tesseract on a PIL image, a grey numpy page or a boolean ink mask, written
    uncompressed to a temp file (a PNG costs ~8% of the OCR time) as 300 dpi; returns stdout.
    An ink mask goes as a 1-bit PBM (with --dpi 300 for the TIFF tag): the same words, ~5%
    less Tesseract time than the same page as 8 bits, whose threshold it computes again."""
    binary = _check_tesseract()
    timeout = ocr_rules()["tesseract"]["timeout_seconds"]
    with tempfile.TemporaryDirectory(prefix="inovasi-ocr-") as tmp:
        if getattr(image, "dtype", None) == bool:
            import numpy as np

            path = os.path.join(tmp, "page.pbm")
            with open(path, "wb") as fh:
                fh.write(b"P4\n%d %d\n" % (image.shape[1], image.shape[0]))
                fh.write(np.packbits(image, axis=1).tobytes())
            args = ["--dpi", "300", *args]
        else:   # (leptonica reads an 8-bit PGM a byte per call: a TIFF is faster)
            from PIL import Image

            path = os.path.join(tmp, "page.tif")
            (image if hasattr(image, "save") else Image.fromarray(image)).save(path, dpi=(300, 300))
        try:
            proc = subprocess.run([binary, path, "stdout", *args], capture_output=True,
                                  timeout=timeout, env=_tesseract_env())
        except subprocess.TimeoutExpired:
            raise DocumentError(f"OCR took longer than {timeout} s for one page", lasting=False) from None
        except OSError as exc:
            raise DocumentError(f"tesseract does not run: {exc}", lasting=False) from None
    if proc.returncode != 0 and not proc.stdout:
        err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        raise DocumentError(f"tesseract failed: {err[-1] if err else proc.returncode}")
    return proc.stdout.decode("utf-8", "replace")
