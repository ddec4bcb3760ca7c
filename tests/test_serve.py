"""`inovasi serve`: the review app, over HTTP and in headless Chromium."""
from __future__ import annotations

import json
import re
import socket
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path

import pytest
from sqlalchemy import select

from pipeline.corrections import corrections, reviews
from pipeline.registry import innovation_mentions, load_records, open_registry, person_mentions
from serve_fixtures import extracted, hostile

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from pipeline.serve import create_app  # noqa: E402


def write_records(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.fixture()
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'registry.sqlite'}"
    load_records(write_records(tmp_path / "records.jsonl", extracted(), hostile()), url)
    return url


def csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def rows(db_url: str, table) -> list[dict]:
    engine = open_registry(db_url)
    with engine.connect() as conn:
        out = [dict(r._mapping) for r in conn.execute(select(table))]
    engine.dispose()
    return out


# ------------------------------------------------------------------ HTTP (no browser)

def test_post_without_or_with_a_foreign_token_is_refused(db):
    client = TestClient(create_app(db, warm=False))
    page = client.get("/doc/maju-jaya-sigap")
    assert page.status_code == 200
    form = {"path": "officials[0].position", "action": "correct", "value": "Bupati"}
    assert client.post("/doc/maju-jaya-sigap/act", data=form).status_code == 403
    other = TestClient(create_app(db, warm=False))  # another server's token
    other_token = csrf(other.get("/").text)
    assert client.post("/doc/maju-jaya-sigap/act", data={**form, "csrf": other_token}).status_code == 403
    assert rows(db, corrections) == []
    ok = client.post("/doc/maju-jaya-sigap/act", data={**form, "csrf": csrf(page.text)},
                     follow_redirects=False)
    assert ok.status_code == 303 and len(rows(db, corrections)) == 1


def test_pages_escape_markup_and_forbid_inline_script(db):
    client = TestClient(create_app(db, warm=False))
    page = client.get("/doc/hostile")
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page.text
    assert "<script>window" not in page.text and 'onerror="window' not in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert client.get("/doc/nothing-here").status_code == 404


def test_reviewer_name_is_kept_and_redirects_stay_in_the_app(db):
    client = TestClient(create_app(db, warm=False))
    token = csrf(client.get("/").text)
    for target, expected in (("/doc/hostile", "/doc/hostile"), ("//evil.example/x", "/"),
                             ("https://evil.example/", "/")):
        moved = client.post("/reviewer", data={"csrf": token, "reviewer": "Rina  Wati", "next": target},
                            follow_redirects=False)
        assert moved.status_code == 303 and moved.headers["location"] == expected
    assert 'value="Rina Wati"' in client.get("/").text


def test_invalid_correction_is_refused_with_a_message(db):
    client = TestClient(create_app(db, warm=False))
    token = csrf(client.get("/doc/maju-jaya-sigap").text)
    bad = client.post("/doc/maju-jaya-sigap/act", data={
        "csrf": token, "path": "event.date", "action": "correct", "value": "kemarin"})
    assert bad.status_code == 400 and "event.date" in bad.text
    assert rows(db, corrections) == []


def test_warming_builds_the_pipeline_the_paste_box_uses(tmp_path):
    from pipeline import batch
    from pipeline.serve import ReviewApp

    state = ReviewApp(f"sqlite:///{tmp_path / 'registry.sqlite'}", warm=False)
    state._warm()   # what the background thread runs at start: it must not fail
    assert "inovasi_officials" in batch.get_nlp().pipe_names


def test_paste_box_extracts_with_the_warm_pipeline(tmp_path, monkeypatch):
    import tempfile
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))   # where the app may put a pasted document meanwhile
    url = f"sqlite:///{tmp_path / 'registry.sqlite'}"
    client = TestClient(create_app(url, warm=True))
    token = csrf(client.get("/").text)
    article = ("KOTA SEJAHTERA - Wali Kota Sejahtera, Budi Hartono, meluncurkan inovasi "
               "\"KLIK SEHAT\" di Balai Kota, Rabu (8/5/2024). Aplikasi itu memudahkan warga "
               "mendaftar ke puskesmas.\n")
    done = client.post("/paste", data={"csrf": token, "text": article}, follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"].startswith("/doc/paste-")
    page = client.get(done.headers["location"])
    assert page.status_code == 200 and "Budi Hartono" in page.text
    assert client.post("/paste", data={"text": article}).status_code == 403
    dropped = client.post("/paste", data={"csrf": token},
                          files={"file": ("rilis walikota.txt", article.encode("utf-8"), "text/plain")},
                          follow_redirects=False)
    assert dropped.status_code == 303 and dropped.headers["location"].startswith("/doc/rilis_walikota-")
    empty = client.post("/paste", data={"csrf": token, "text": "  "}, follow_redirects=False)
    assert empty.status_code == 303 and "error=" in empty.headers["location"]
    assert list(scratch.iterdir()) == []   # the pasted files are gone once their records are in the registry


def test_serve_command_names_a_bad_database():
    from typer.testing import CliRunner

    from pipeline.cli import app

    result = CliRunner().invoke(app, ["serve", "--db", "not a database url"])
    assert result.exit_code == 2 and "not a database URL" in result.output


# ------------------------------------------------------------------ browser

def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def server(db):
    uvicorn = pytest.importorskip("uvicorn")
    port = _free_port()
    config = uvicorn.Config(create_app(db, warm=False), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not srv.started and time.time() < deadline:
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture()
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("no chromium at /usr/bin/chromium")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


SELECT_TEXT = """needle => {
  const root = document.getElementById("text");
  const start = root.textContent.indexOf(needle), end = start + needle.length;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let pos = 0, node, begun = false;
  while ((node = walker.nextNode())) {
    const len = node.textContent.length;
    if (!begun && start < pos + len) { range.setStart(node, start - pos); begun = true; }
    if (end <= pos + len) { range.setEnd(node, end - pos); break; }
    pos += len;
  }
  const sel = window.getSelection();
  sel.removeAllRanges();
  sel.addRange(range);
  document.dispatchEvent(new MouseEvent("mouseup", {bubbles: true}));
  return [start, end];
}"""


def innovation_names(page) -> list[str]:
    return page.locator('.row[data-path^="innovations["][data-path$="].name"] .val').all_inner_texts()


@pytest.mark.browser
def test_review_in_the_browser(server, browser, db, tmp_path):
    page = browser.new_page()
    page.goto(server + "/")
    page.fill("input[name=reviewer]", "Rina")
    page.click(".who button")
    page.click("text=maju-jaya-sigap")
    assert page.inner_text("#status") == "unreviewed"

    # correct an official's position by selecting its span in the text
    position = "Sekretaris Daerah Kabupaten Maju Jaya"
    start, end = page.evaluate(SELECT_TEXT, position)
    row = page.locator('.row[data-path="officials[0].position"]')
    row.locator("button.use-sel").click()
    assert row.locator("input[name=value]").input_value() == position
    row.locator("button[value=correct]").click()
    assert page.locator('.row[data-path="officials[0].position"] .val').inner_text() == position

    # reject an innovation that is a venue
    page.locator('.row[data-path="innovations[1]"] button[value=reject]').click()
    assert innovation_names(page) == ["SIGAP DESA"]

    # add a missed innovation by selecting it
    page.evaluate(SELECT_TEXT, "Jemput Bola Sehat")
    add = page.locator('.row[data-path="innovations"] form.add')
    add.locator("button.use-sel").click()
    add.locator("button[value=add]").click()
    assert page.locator('.row[data-path="innovations[1].name"] .val').inner_text() == "Jemput Bola Sehat"
    assert page.inner_text("#status") == "in_review"
    page.select_option("#status-form select", "done")
    page.click("#status-form button")
    assert page.inner_text("#status") == "done"
    assert page.locator("#history tbody tr").count() == 3

    # the registry rows
    stored = sorted(rows(db, corrections), key=lambda r: r["id"])
    assert [(r["action"], r["reviewer"]) for r in stored] == [
        ("correct", "Rina"), ("reject", "Rina"), ("add", "Rina")]
    assert json.loads(stored[0]["before"]) == "Sekretaris Daerah"
    assert json.loads(stored[0]["after"]) == position and (stored[0]["start"], stored[0]["end"]) == (start, end)
    assert json.loads(stored[1]["before"])["name"] == "Kantor Bupati" and json.loads(stored[1]["after"]) is None
    assert stored[2]["created_at"] is not None
    assert {r["doc_id"]: r["status"] for r in rows(db, reviews)}["maju-jaya-sigap"] == "done"
    assert {m["name"]: m["position"] for m in rows(db, person_mentions)}["Andi Rahmat"] == position
    assert sorted(m["name"] for m in rows(db, innovation_mentions)
                  if m["doc_id"] == "maju-jaya-sigap") == ["Jemput Bola Sehat", "SIGAP DESA"]

    # a re-extraction (one more official listed first, a new position) keeps the corrections
    again = write_records(tmp_path / "again.jsonl", extracted(position="Sekda", extra_official=True))
    load_records(again, db)
    page.reload()
    assert page.locator('.row[data-path="officials[1].position"] .val').inner_text() == position
    assert innovation_names(page) == ["SIGAP DESA", "Jemput Bola Sehat"]
    assert "Sekda" in page.locator("#disagreements").inner_text()
    assert page.locator('.row.disagree[data-path="officials[1].position"]').count() == 1

    # export-gold output that `inovasi evaluate` reads
    gold = tmp_path / "gold"
    run = lambda *a: subprocess.run([sys.executable, "-m", "pipeline", *a], cwd=ROOT,  # noqa: E731
                                    capture_output=True, text=True, timeout=120)
    exported = run("export-gold", "--out", str(gold), "--db", db)
    assert exported.returncode == 0, exported.stderr
    assert sorted(p.name for p in gold.glob("*.json")) == ["maju-jaya-sigap.json"]
    record = json.loads((gold / "maju-jaya-sigap.json").read_text(encoding="utf-8"))
    assert "text" not in record and "evidence" not in record
    assert [o["position"] for o in record["officials"] if o["name"] == "Andi Rahmat"] == [position]
    scored = run("evaluate", "--gold", str(gold), str(again), "--json")
    assert scored.returncode == 0, scored.stderr
    summary = json.loads(scored.stdout)
    assert summary["docs"] == 1 and summary["missing"] == []
    assert summary["fields"]["innovations.name"]["tp"] == 1  # SIGAP DESA; Kantor Bupati is an fp
    assert summary["fields"]["innovations.name"]["fp"] == 1 and summary["fields"]["innovations.name"]["fn"] == 1
    assert summary["fields"]["officials.position"]["f1"] < 1.0
    page.close()


@pytest.mark.browser
def test_script_in_a_document_runs_nothing(server, browser):
    page = browser.new_page()
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + "/doc/hostile")
    page.hover("#text")
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert dialogs == []
    assert "<script>window.__pwned = 1</script>" in page.inner_text("#text")
    assert page.locator("#text script, #text img, #record script").count() == 0
    refused = page.request.post(server + "/doc/hostile/act",
                                form={"path": "title", "action": "reject"})
    assert refused.status == 403
    page.close()

