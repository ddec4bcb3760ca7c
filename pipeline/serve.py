"""`inovasi serve`: a local web app where staff review and correct extracted records.

A reviewer opens a document, sees its values highlighted in the text (as on the
static review site) and, for each value, accepts it, corrects it (typing a value
or selecting the right span) or rejects it, and adds values the pipeline missed
by selecting them. A paste box runs the pipeline, kept warm in the server, on an
article and opens its record at once. Every action is stored in the registry
(`corrections.py`), so re-extraction keeps it.

Safety: the app binds 127.0.0.1 by default; every page is autoescaped Jinja2 with
a Content-Security-Policy that allows only the app's own script files (a
document's `<script>` or `onerror=` is text, and would not run even if it were
markup); every form post carries a CSRF token tied to the browser's session
cookie, and a post without it is refused.
"""
from __future__ import annotations

import hashlib
import hmac
import re
import secrets
import tempfile
import threading
from pathlib import Path
from typing import Any, Optional
from urllib.parse import quote

from jinja2 import ChoiceLoader, Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from .corrections import ITEM_ATTRS, LISTS, SCALARS, STATUSES, correction_rows, overlay, review_status
from .curation import NULL_OBJECT_PATHS, CorrectionError, correct, document_list, mark
from .registry import _load_document, open_registry
from .review import FIELD_GROUPS, place_spans, segment_text, value_rows

STATIC_DIR = Path(__file__).resolve().parent / "templates" / "review" / "static"
SID_COOKIE, REVIEWER_COOKIE = "inovasi_sid", "inovasi_reviewer"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'; "
       "form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
MAX_UPLOAD = 20 * 1024 * 1024
_ITEM = re.compile(r"^(%s)\[\d+\]$" % "|".join(LISTS))
_ATTR = re.compile(r"^(%s)\[\d+\]\.(\w+)$" % "|".join(LISTS))
_DEGREE = re.compile(r"^officials\[\d+\]\.degrees\[\d+\]$")
_DEGREES = re.compile(r"^officials\[(\d+)\]\.degrees$")


def row_kind(path: str, empty: bool) -> Optional[str]:
    """What a reviewer may do with the record-panel row at PATH (None: nothing)."""
    if path in LISTS:
        return "list"
    if _ITEM.match(path):
        return "item"
    m = _ATTR.match(path)
    if m and m.group(2) in ITEM_ATTRS[m.group(1)]:
        return "attr"
    if _DEGREE.match(path):
        return "degree"
    if path in SCALARS or (path in NULL_OBJECT_PATHS and empty):
        return "scalar"
    return None


def _human_paths(ov, rows: list[dict]) -> set[str]:
    """Record-panel paths of the values a reviewer has acted on."""
    out = set()
    for row in rows:
        if row["list_field"] is None:
            out.add(row["attr"])
            continue
        keys = ov.keys.get(row["list_field"], [])
        if row["item_key"] in keys:
            path = f"{row['list_field']}[{keys.index(row['item_key'])}]"
            out.add(f"{path}.{row['attr']}" if row["attr"] else path)
    return out


def doc_context(engine, doc_id: str) -> Optional[dict]:
    """Everything the document page shows, or None for an unknown document."""
    with engine.connect() as conn:
        ov = overlay(conn, doc_id)
        if ov is None:
            return None
        rows = correction_rows(conn, doc_id)
        status = review_status(conn, doc_id)
    record = ov.record
    text = record.get("text") or ""
    spans, _invalid = place_spans(text, record.get("evidence") or [])
    values, _dangling = value_rows(record, spans)
    human = _human_paths(ov, rows)
    disagree = {d.path: d for d in ov.disagreements}
    for row in values:
        row.kind = row_kind(row.path, row.empty)
        row.human = row.path in human
        row.disagreement = disagree.get(row.path)
        degrees = _DEGREES.match(row.path)
        if degrees and row.value is None:  # a degrees heading is edited as "SE, M.Si"
            official = record["officials"][int(degrees.group(1))]
            row.edit = ", ".join(str(d) for d in official.get("degrees") or [])
        else:
            row.edit = "" if row.empty else (row.value or "")
    return {"doc_id": doc_id, "record": record, "segments": segment_text(text, spans),
            "values": values, "status": status, "disagreements": ov.disagreements,
            "history": list(reversed(rows))[:50], "groups": FIELD_GROUPS, "n_spans": len(spans)}


def _environment() -> Environment:
    return Environment(
        loader=ChoiceLoader([PackageLoader("pipeline", "templates/serve"),
                             PackageLoader("pipeline", "templates/review")]),
        autoescape=select_autoescape(["html"], default=True), trim_blocks=True, lstrip_blocks=True)


class ReviewApp:
    """The app's state: registry engine, templates, CSRF secret, the warm pipeline."""

    def __init__(self, db_url: str, reviewer: str = "reviewer", warm: bool = True) -> None:
        self.engine = open_registry(db_url)
        self.env = _environment()
        self.env.filters["q"] = lambda s: quote(str(s), safe="")
        self.secret = secrets.token_bytes(32)
        self.default_reviewer = reviewer
        self.nlp_lock = threading.Lock()
        if warm:
            threading.Thread(target=self._warm, daemon=True).start()

    def _warm(self) -> None:
        from .batch import get_nlp

        with self.nlp_lock:
            get_nlp()

    # -- sessions and CSRF ---------------------------------------------------------------
    def token(self, sid: str) -> str:
        return hmac.new(self.secret, sid.encode(), hashlib.sha256).hexdigest()

    def page(self, request: Request, template: str, status_code: int = 200, **context) -> Response:
        sid = request.cookies.get(SID_COOKIE) or secrets.token_urlsafe(24)
        reviewer = request.cookies.get(REVIEWER_COOKIE) or self.default_reviewer
        body = self.env.get_template(template).render(
            csrf=self.token(sid), reviewer=reviewer, root="/", statuses=STATUSES, **context)
        response = HTMLResponse(body, status_code=status_code)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        if SID_COOKIE not in request.cookies:
            response.set_cookie(SID_COOKIE, sid, httponly=True, samesite="strict")
        return response

    async def form(self, request: Request):
        """The posted form, or None when its CSRF token does not belong to this session."""
        form = await request.form(max_part_size=MAX_UPLOAD)
        sid = request.cookies.get(SID_COOKIE)
        sent = form.get("csrf")
        if not sid or not isinstance(sent, str) or not hmac.compare_digest(sent, self.token(sid)):
            return None
        return form

    def reviewer(self, request: Request) -> str:
        return (request.cookies.get(REVIEWER_COOKIE) or self.default_reviewer)[:200]

    # -- pages -----------------------------------------------------------------------------
    async def index(self, request: Request) -> Response:
        docs = await run_in_threadpool(document_list, self.engine)
        return self.page(request, "index.html", docs=docs,
                         error=request.query_params.get("error"))

    async def document(self, request: Request, error: Optional[str] = None,
                       status_code: int = 200) -> Response:
        doc_id = request.path_params["doc_id"]
        context = await run_in_threadpool(doc_context, self.engine, doc_id)
        if context is None:
            return self.page(request, "missing.html", status_code=404, doc_id=doc_id)
        return self.page(request, "doc.html", status_code=status_code, error=error, **context)

    # -- actions ---------------------------------------------------------------------------
    async def act(self, request: Request) -> Response:
        form = await self.form(request)
        if form is None:
            return _refused()
        doc_id, path = request.path_params["doc_id"], str(form.get("path") or "")
        try:
            await run_in_threadpool(
                correct, self.engine, doc_id, path=path, action=str(form.get("action") or ""),
                value=str(form.get("value") or ""), start=_int(form.get("start")),
                end=_int(form.get("end")), reviewer=self.reviewer(request))
        except CorrectionError as exc:
            return await self.document(request, error=str(exc), status_code=400)
        return RedirectResponse(f"/doc/{quote(doc_id, safe='')}", status_code=303)

    async def status(self, request: Request) -> Response:
        form = await self.form(request)
        if form is None:
            return _refused()
        doc_id = request.path_params["doc_id"]
        try:
            await run_in_threadpool(mark, self.engine, doc_id, str(form.get("status")),
                                    self.reviewer(request))
        except CorrectionError as exc:
            return await self.document(request, error=str(exc), status_code=400)
        return RedirectResponse(f"/doc/{quote(doc_id, safe='')}", status_code=303)

    async def set_reviewer(self, request: Request) -> Response:
        form = await self.form(request)
        if form is None:
            return _refused()
        target = str(form.get("next") or "/")
        if not target.startswith("/") or target.startswith("//") or "\\" in target:
            target = "/"  # only a page of this app, never another site
        response = RedirectResponse(target, status_code=303)
        name = " ".join(str(form.get("reviewer") or "").split())[:200]
        if name:
            response.set_cookie(REVIEWER_COOKIE, name, httponly=True, samesite="strict")
        return response

    async def paste(self, request: Request) -> Response:
        form = await self.form(request)
        if form is None:
            return _refused()
        upload, text = form.get("file"), str(form.get("text") or "")
        if upload is not None and not isinstance(upload, str) and upload.filename:
            data, name = await upload.read(), upload.filename
        elif text.strip():
            data, name = text.encode("utf-8"), None
        else:
            return RedirectResponse("/?error=" + quote("paste an article or choose a file"), 303)
        try:
            doc_id = await run_in_threadpool(self.extract_one, data, name)
        except CorrectionError as exc:
            return RedirectResponse("/?error=" + quote(str(exc)), 303)
        return RedirectResponse(f"/doc/{quote(doc_id, safe='')}", status_code=303)

    def extract_one(self, data: bytes, filename: Optional[str]) -> str:
        """Run the warm pipeline on one pasted or dropped document and load its record."""
        from .batch import process_documents
        from .curation import keep_corrections
        from .ingest import Source
        from .schema import Record

        digest = hashlib.sha1(data).hexdigest()[:10]
        suffix = Path(filename).suffix.lower() if filename else ".txt"
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(filename).stem)[:80] if filename else "paste"
        doc_id = f"{stem}-{digest}"
        with tempfile.TemporaryDirectory(prefix="inovasi-paste-") as tmp:   # the record keeps the text; the file goes
            path = Path(tmp) / f"{doc_id}{suffix or '.txt'}"
            path.write_bytes(data)
            with self.nlp_lock:
                [done] = process_documents([Source(doc_id=doc_id, source=f"pasted:{filename or 'text'}", path=path)])
        if done.record_json is None:
            raise CorrectionError(f"no record: {done.entry.error}")
        record = Record.model_validate_json(done.record_json)
        with self.engine.begin() as conn:
            _load_document(conn, keep_corrections(conn, record),
                           {"agency": 0, "official": 0, "innovation": 0, "evidence": 0})
        return doc_id


def _int(value: Any) -> Optional[int]:
    try:
        return int(str(value)) if value not in (None, "") else None
    except ValueError:
        return None


def _refused() -> Response:
    return Response("refused: the form has no valid CSRF token (reload the page)", status_code=403,
                    media_type="text/plain")


def create_app(db_url: str, reviewer: str = "reviewer", warm: bool = True) -> Starlette:
    state = ReviewApp(db_url, reviewer=reviewer, warm=warm)
    app = Starlette(routes=[
        Route("/", state.index),
        Route("/paste", state.paste, methods=["POST"]),
        Route("/reviewer", state.set_reviewer, methods=["POST"]),
        Route("/doc/{doc_id:path}/act", state.act, methods=["POST"]),
        Route("/doc/{doc_id:path}/status", state.status, methods=["POST"]),
        Route("/doc/{doc_id:path}", state.document),
        Mount("/assets", StaticFiles(directory=STATIC_DIR), name="assets"),
    ])
    app.state.review = state
    return app


def serve(db_url: str, host: str = "127.0.0.1", port: int = 8765, reviewer: str = "reviewer") -> None:
    import uvicorn

    uvicorn.run(create_app(db_url, reviewer=reviewer), host=host, port=port, log_level="warning")
