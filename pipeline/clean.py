"""Clean stage: the text ingest decoded -> one clean Unicode text plus what metadata said.

HTML goes through trafilatura (article text, title, date, site name); pasted text loses
page chrome (menus, "loading...", share-button letters, copyright footers) by the line
patterns in `rules/chrome.toml`; the text of PDFs, Word files and scans (which ingest got
from `pipeline.ocr`) is normalised. This stage never sees bytes.
Every later character offset refers to the text returned here.
"""
from __future__ import annotations

import datetime as dt
import re
import tomllib
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from . import RULES_DIR
from .errors import DocumentError
from .hyphenation import join_broken_words

if TYPE_CHECKING:   # annotations only: clean never calls into ingest
    from .ingest import Loaded


@dataclass
class Cleaned:
    text: str
    title: str | None = None
    published: dt.date | None = None
    sitename: str | None = None
    chrome: tuple[str, ...] = ()   # pasted text's chrome lines (breadcrumbs that repeat the headline: extract/title.py)
    ocr_confidence: float | None = None
    warnings: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def chrome_rules() -> dict:
    with open(RULES_DIR / "chrome.toml", "rb") as fh:
        rules = tomllib.load(fh)
    rules["_line"] = re.compile("|".join(f"(?:{p})" for p in rules["drop_lines"]), re.IGNORECASE)
    rules["_tail"] = re.compile("|".join(f"(?:{p})" for p in rules["drop_from"]), re.IGNORECASE)
    rules["_link_heading"] = re.compile(r"\s*(?:" + "|".join(rules["link_list_headings"]) + r")\s*:?\s*",
                                        re.IGNORECASE)
    rules["_suffix"] = re.compile(r"\s*(?:" + "|".join(rules["title_suffixes"]) + r")\s*$", re.IGNORECASE)
    rules["_prefix"] = re.compile(r"^\s*(?:" + "|".join(rules["title_prefixes"]) + r")", re.IGNORECASE)
    return rules


_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


# A form row pasted from a table or a spreadsheet, "Label<TAB>value" (a label of at most six capitalised words): its
# tabs are the table's cell borders, kept as " | " (forms.py reads "Label | value" rows) rather than lost
# in the one space between words.
# a table's row: a capitalised label, then a tab or a run of three spaces or more (a portal's two columns copied:
# "Perangkat Daerah        Dinas Tanaman Pangan"), then the value
_TAB_ROW = re.compile(r"^[ \t]*(?:\d{1,2}[.)]\s*)?[A-Z][\w/().-]*(?: (?:[A-Z(/][\w/().-]*|dan|atau|/)){0,5}"
                      r"(?:[ ]*\t+[ \t]*| {3,})\S")
_TAB_CELLS = re.compile(r"(?<=\S)(?:[ ]*\t[ \t]*| {3,})(?=\S)")


def _cell_borders(m: re.Match) -> str:
    """Each tab a cell border (a run of spaces, one): empty cells between two tabs keep their column (" | | ")."""
    return " " + " | ".join([""] * (max(m.group(0).count("\t"), 1) + 1)).strip() + " "


_CHECK_BOX = re.compile(r"\[\s*[xXvV✓]?\s*\]|[☐☑☒□■]")


def _cells(line: str) -> str:
    """A table's row with its cells parted by " | " (a row of three or more cells is a table's whatever its first
    cell); runs of spaces part cells only after a form field's label, in a row with no colon, "=" or check boxes
    ("Jenis : [x] Digital   [ ] Non Digital" is one field's choices)."""
    if not (_TAB_ROW.match(line) or len(_TAB_CELLS.findall(line)) >= 2):
        return line
    if "\t" not in line and (":" in line or "=" in line or _CHECK_BOX.search(line)
                             or not _form_label_cell().fullmatch(_TAB_CELLS.split(line.strip(), 1)[0])):
        return line   # (spaces part a form's label from its value only: "Perangkat Daerah     Dinas X"; a table's
        # columns wrapped onto the next lines stay as they are)
    if _CHECK_BOX.search(line):
        return _TAB_CELLS.sub(lambda m: _cell_borders(m) if "\t" in m.group(0) else m.group(0), line)
    return _TAB_CELLS.sub(_cell_borders, line)


_RULE_LINE = re.compile(r"([=_~*#-])\1{2,}(?: ?\1)*")


def normalise_text(text: str) -> str:
    """NFC, no invisible characters, one space between words, at most one blank line."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", _cells(line)).strip() for line in text.split("\n")]
    lines = ["" if _RULE_LINE.fullmatch(line) else line for line in lines]   # "=====": a drawn rule parts blocks
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


@lru_cache(maxsize=1)
def _dateline() -> re.Pattern:
    """A line opening with a dateline ("KOTA – ...", "Kota, 14 Juli 2025 — ..."): rules/title.toml `dateline`."""
    with open(RULES_DIR / "title.toml", "rb") as fh:
        return re.compile(tomllib.load(fh)["dateline"])


# verbs with the me- prefix, which headlines drop ("Pemkab X Gelar Lomba"; prose: "Pemkab X menggelar lomba")
_PROSE_VERB = re.compile(r"(?<![\w-])me[a-z]{4,}\b")
_NOT_VERBS = {"melalui", "menuju", "menjadi", "mengenai", "menurut", "meskipun", "menjelang", "mendatang"}


def _headline_like(line: str) -> bool:
    """A first line that may be a headline: title-cased, with no me- verb, not opening with a dateline."""
    return title_cased(line) and not _dateline().match(line) \
        and not any(v not in _NOT_VERBS for v in _PROSE_VERB.findall(line))


def title_cased(line: str) -> bool:
    """Most words capitalised, as headlines are written, not a sentence of the lead."""
    words = [w for w in line.split() if w[:1].isalnum()]
    return bool(words) and sum(w[:1].isupper() or w[:1].isdigit() for w in words) >= 0.6 * len(words)


# a stop at a line's end: ".", "!", "?" (maybe inside quotes or brackets), ":" or ";"
_SENTENCE_END = re.compile(r"(?:[.!?][\"”’)]*|[:;])\s*$")
# ... but not an abbreviation's dot ("dr.", "S.Sos.", "Kab.", "Jln.") nor a bracket closing inside a sentence
_ABBREVIATION_END = re.compile(r"(?:^|[\s(])(?:[A-Za-z]{1,2}|(?:[A-Za-z]+\.)+[A-Za-z]+|Kab|Kec|Kel|Kot|Prov|Drs|Dra|Jln|Jl|No)\.\s*$")


def _ends_sentence(line: str) -> bool:
    return bool(_SENTENCE_END.search(line)) and not _ABBREVIATION_END.search(line)


_ITEM_START = re.compile(r"\s*(?:\d{1,2}(?:[.)]|\.\d{1,2}\.?)|[a-z][.)]|[-•*·▪])\s")
# ("1.", "a)", "-", and a numbered field "1.2 Nama Perangkat Daerah" of a proposal form)


@lru_cache(maxsize=2)
def _form_labels(min_words: int) -> str:
    """The field labels of rules/forms.toml `labels` of at least `min_words` words, as one regex alternation,
    longest first, each written as the form reader matches it (form_values._label_regex)."""
    from .extract.form_values import _label_regex   # the form reader's own label patterns (loaded with the parser)

    with open(RULES_DIR / "forms.toml", "rb") as fh:
        rules = tomllib.load(fh)
    bare = set(rules["parse"].get("bare_labels", []))
    labels = [label for synonyms in rules["labels"].values() for label in synonyms if label not in bare]
    return "|".join(sorted((_label_regex(label) for label in labels if len(label.split()) >= min_words),
                           key=len, reverse=True))


@lru_cache(maxsize=1)
def _form_label_start() -> re.Pattern:
    """A line opening with a form field's label: a row of its own in a form printout whose labels carry no colon
    ("Nama Inovasi MOTOR BALAP", "Tahapan Inovasi")."""
    return re.compile(r"\s*(?:\d{1,2}[.)]\s*)?(?:" + _form_labels(2) + r")\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _form_label_colon() -> re.Pattern:
    """A form field's label (any of them) then a colon, inside a line."""
    return re.compile(r"(?<=\S)\s+(?=(?:" + _form_labels(1) + r")\s*:\s)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _form_label_cell() -> re.Pattern:
    """A cell that is a form field's label, whole ("Perangkat Daerah", "Jenis")."""
    return re.compile(r"(?:\d{1,2}[.)]\s*)?(?:" + _form_labels(1) + r")", re.IGNORECASE)


def split_run_on_form(text: str) -> str:
    """A form pasted without its line breaks ("... Tahapan Inovasi : Penerapan Digital : Non Digital Inisiator
    Inovasi : OPD ..."): a line over 300 characters holding three "Label :" or more gets a line break before each."""
    out = []
    for line in text.split("\n"):
        if len(line) > 300 and line.count(":") >= 3 and len(_form_label_colon().findall(line)) >= 3:
            head, _, rest = _form_label_colon().sub("\n", line).partition("\n")
            # the innovation's name line after a definition paragraph ("... characteristic of innovation. PMB (...)")
            lead, stop, name = head.rpartition(". ")
            if stop and 1 <= len(name.split()) <= 15:
                head = lead + ".\n" + name
            line = head + "\n" + rest
        out.append(line)
    return "\n".join(out)


def _join_wrapped(head: str, tail: str) -> str:
    """Two wrapped lines as one: with a space, or across a line-end hyphen: kept in a reduplication or after a
    short prefix ("kepala-kepala", "sehari-hari", "se-Kabupaten", "e-KTP"), dropped in a word the typesetter split
    ("pemerin-tahan" -> "pemerintahan")."""
    if not head.endswith("-"):
        return head + " " + tail
    before = re.search(r"([A-Za-z]+)-$", head)
    after = re.match(r"[A-Za-z]+", tail)
    if before and after and not after.group()[:1].isupper() and len(before.group(1)) > 4 \
            and not before.group(1).casefold().endswith(after.group().casefold()):
        return head[:-1] + tail
    return head + tail


def unwrap_lines(text: str) -> str:
    """Join the lines of a hard-wrapped text (a PDF's text layer, a pasted e-mail: every line cut near one width)
    back into paragraphs, so that a sentence, a name or a body's name is not cut by a line break.

    A text counts as wrapped when at least 40% of its lines reach 70% of its usual full width (the 90th percentile
    of line lengths, 30-130 characters: a two-column PDF's narrow column runs to about 35; below 40, a "Label :
    value" row joins nothing). A full line that ends in no stop joins the next, unless the next is empty,
    a list item, a "Label : value" row, a form's label line or a table's row; the first line (a headline) joins only
    a line in lower case, its own short last line, or, written as a sentence, the lead's next line. A line-end hyphen
    joins without a space (_join_wrapped)."""
    lines = text.split("\n")
    sizes = sorted(len(l) for l in lines if l.strip())
    if len(sizes) < 8:
        return text
    width = sizes[int(0.9 * (len(sizes) - 1))]
    if not 30 <= width <= 130 or sum(n >= 0.7 * width for n in sizes) < 0.4 * len(sizes):
        return text
    out: list[str] = []
    joining = False
    headline = True   # the first line with words
    formish = sum(bool(_form_label_start().match(line)) for line in lines) >= 3   # a form printout's label rows
    for n, line in enumerate(lines):
        if joining:
            out[-1] = _join_wrapped(out[-1], line)
        else:
            out.append(line)
        nxt = lines[n + 1] if n + 1 < len(lines) else ""
        after = lines[n + 2] if n + 2 < len(lines) else ""
        joining = (len(line) >= 0.65 * width
                   and not _ends_sentence(line) and bool(nxt.strip())
                   and not _ITEM_START.match(nxt) and not _LABEL_ROW.match(nxt)
                   # (a column under 40 characters wide may be a form's: its "Label : value" rows stay whole)
                   and not (width < 40 and _LABEL_ROW.match(line))
                   and not (formish and _form_label_start().match(nxt))
                   # a label row without a colon ("Jenis Inovasi Bentuk Inovasi" over its values) is a row of its own
                   and not (formish and ":" not in line and _form_label_start().match(line))
                   and line.count("|") < 2 and nxt.count("|") < 2   # rows of a table
                   # a headline goes on into a line in lower case or a short last line over a blank one; a first line
                   # written as a sentence is the lead's, unless a dateline opens the next
                   and (not headline or nxt[:1].islower() or nxt[:1] == "(" or (len(nxt) < 0.65 * width and not after.strip())
                        or not _headline_like(line) and not _dateline().match(nxt)))
        if line.strip():
            headline = False
    return "\n".join(out)


def strip_chrome(text: str, dropped: list[str] | None = None) -> str:
    """Drop lines that are page furniture rather than the document (appended to `dropped` when given)."""
    rules = chrome_rules()
    kept: list[str] = []
    links = 0   # lines still to read as a link list under a "Baca Juga:" heading
    lines = text.split("\n")
    foot = len(lines) - rules["byline_date_tail_lines"]
    for n, line in enumerate(lines):
        if rules["_tail"].search(line) and len(kept) > 3:
            break
        if links and _link_item(line):
            links -= 1
            continue
        links = rules["link_list_max"] if rules["_link_heading"].fullmatch(line) else 0
        if len(line) <= rules["max_chrome_chars"] and rules["_line"].fullmatch(line.strip()):
            if (n < rules["byline_date_lines"] or n >= foot) and (date := _dated(line)):
                kept.append(date)   # "Penulis: X | Rabu, 15 November 2023": the byline goes, its date stays
            if dropped is not None:
                dropped.append(line.strip())
            continue
        kept.append(line)
    return normalise_text("\n".join(kept))


def _link_item(line: str) -> bool:
    """A line of a link list: a bulleted or numbered item, or a headline without sentence punctuation."""
    line = line.strip()
    if not line:
        return False
    if re.match(r"(?:[-•*·–]|\d{1,2}[.)])\s+\S", line):
        return True
    return len(line.split()) <= 20 and not re.search(r"[.!?\"”:,]$", line)


def _dated(line: str) -> str | None:
    """The full date (with a year) a chrome line carries, as written."""
    from .dates import find_dates

    for m in find_dates(line):
        if m.kind == "date" and m.date is not None:
            return line[m.start:m.end]
    return None


def strip_title_suffix(title: str | None) -> str | None:
    """'Judul - Kompas.com' -> 'Judul', 'KapanLagi.com: Judul' -> 'Judul': trafilatura keeps the site's name."""
    if not title:
        return None
    rules = chrome_rules()
    return rules["_suffix"].sub("", rules["_prefix"].sub("", title)).strip() or None


def check_language(text: str) -> None:
    """Refuse text that is clearly not Indonesian (a share of common function words).

    Read over prose only: form rows ("Label | value |", "Label : value", short value lines)
    are labels, not prose, and a paragraph where English function words outnumber the
    Indonesian ones (a portal's English boilerplate) is set aside unless it is all there is."""
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.id.stop_words import STOP_WORDS

    if sum(bool(_form_label_start().match(line)) for line in text.split("\n")) >= 3:
        return   # a form's field labels (an innovation profile printed with English labels reads as one all the same)

    id_words: list[str] = []
    en_words: list[str] = []
    for line in text.split("\n"):
        if line.count("|") >= 2:
            continue
        if (label := _LABEL_ROW.match(line)) is not None:
            line = line[label.end():]   # a form row's value is prose only when it is long ("Tujuan Inovasi : 1. ...")
            if len(line.split()) < 12:
                continue
        # capitalised words are names of people, places and bodies in any language: a short Indonesian
        # paragraph full of them ("Kepala Bappeda Provinsi Nusa Tenggara Timur, ...") is still Indonesian
        words = [w.lower() for w in re.findall(r"[a-zA-Z]+", line) if not w[:1].isupper()]
        if len(words) < 5:
            continue
        english = sum(w in EN and w not in STOP_WORDS for w in words) > sum(w in STOP_WORDS for w in words)
        (en_words if english else id_words).extend(words)
    words = id_words if len(id_words) >= 40 or len(en_words) < 40 else id_words + en_words
    if len(words) < 40:
        return
    share = sum(w in STOP_WORDS for w in words) / len(words)
    if share < chrome_rules()["min_indonesian_stopword_share"]:
        raise DocumentError(f"not Indonesian text: only {share:.0%} of words are Indonesian function words")


# "Label : value" / "Label<TAB>value": a form row of at most six words before the separator
_LABEL_ROW = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s*)?[A-Za-z][\w/().-]*(?: [\w/().-]+){0,5}\s*(?:[:：]|\t)")


def clean_html(html: str) -> Cleaned:
    import trafilatura

    try:   # no `deduplicate`: trafilatura keeps its seen segments per process, so a page's text would depend on
        # the pages cleaned before it (a story syndicated to four sites came out empty the fourth time)
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True)
    except Exception as exc:  # trafilatura raises assorted lxml errors on broken markup
        raise DocumentError(f"broken HTML: {type(exc).__name__}: {exc}") from None
    text = normalise_text(doc.text or "") if doc is not None else ""
    if len(text) < 80:
        raise DocumentError("HTML has no article text (a section page, an empty page or broken markup)")
    published = None
    if doc.date:
        try:
            published = dt.date.fromisoformat(doc.date[:10])
        except ValueError:
            published = None
    return Cleaned(text=strip_chrome(text), title=strip_title_suffix(doc.title), published=published,
                   sitename=doc.sitename)


def clean(loaded: "Loaded") -> Cleaned:
    """Dispatch on the document kind; the result always has non-empty Indonesian text."""
    if loaded.kind == "html":
        cleaned = clean_html(loaded.text)
    elif loaded.kind == "text":
        plain = unwrap_lines(join_broken_words(split_run_on_form(normalise_text(loaded.text))))
        chrome: list[str] = []
        cleaned = Cleaned(text=strip_chrome(plain, chrome), chrome=tuple(chrome))
        if len(plain) >= 500 and len(cleaned.text) < 0.5 * len(plain):
            cleaned.warnings.append(f"page chrome took {1 - len(cleaned.text) / len(plain):.0%} of the text "
                                    f"(footer or credit lines); check the record against the input")
    else:   # PDF, Word, scans: text from ingest (via OCR for scans)
        cleaned = Cleaned(text=unwrap_lines(join_broken_words(normalise_text(loaded.text))),
                          ocr_confidence=loaded.ocr_confidence)
    cleaned.warnings[:0] = loaded.warnings
    if not cleaned.text.strip():
        raise DocumentError("no text left after cleaning")
    check_language(cleaned.text)
    return cleaned
