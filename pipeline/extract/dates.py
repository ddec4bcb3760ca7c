"""inovasi_dates: publication date, year hint and event date.

Writes
- `doc._.found["dates"]`: every DateMention (pipeline.dates.find_dates) in text order;
- `doc._.found["year_hint"]`: a lone year line near the top ("2024" under a headline) or None;
- `doc._.draft["published"]`: Found(date) from page metadata ("meta:html", empty span) or from a
  byline/dateline line near the top ("rule:dateline"), else None. Never an event date from the body;
- `doc._.found["event_date"]`: Found(date) or None: the day of the event the article reports.

Event date, in order of preference (dates that bound a period or a deadline, "hingga 10 Desember",
date a letter, "Nomor ... tanggal 11 April 2023", or date a planned event never count):
1. the first date in a sentence holding an event word (rules/dates.toml [event].words) that is not
   attached to a speech verb ("kata X, Senin (14/03/2022)") and not in a sentence about an
   earlier event ("beberapa waktu lalu") - "rule:event_sentence"; a partial date there that cannot
   be resolved (weekday or day+month, publication date and year unknown) ends the search: null;
2. else the date of a statement, when it is the only day the body names, no interview or past
   marker sits in its sentence, and the sentence or the lead reports an event - "rule:event_statement".
A date after the publication date or before 1945 is not kept: a warning goes to doc._.meta["warnings"].
Forms (doc_type "form") get no event date: their dates are form fields (see parse_form_date).
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from ..date_resolve import lone_year, resolve, text_years
from ..dates import DateMention, date_rules, find_dates
from ..evidence import Found, value_of
from .common import doc_text, ensure_state, sentence_spans
from .event import rules as event_rules


@lru_cache(maxsize=1)
def _rx() -> dict:
    rules = date_rules()
    ev = rules["event"]
    pub = rules["published"]
    bw = "(?:" + "|".join(re.escape(w) for w in pub["byline_words"]) + r")\b"

    def words(ws: list[str]) -> re.Pattern:
        return re.compile(r"(?<![\w-])(?:" + "|".join(ws) + r")(?![\w-])", re.IGNORECASE)

    return {
        # the event component's keywords of every type count as well ("melatih", "coaching clinic")
        "event": words(ev["words"] + [p for pats in event_rules()["types"].values() for p in pats]),
        "speech": words(ev["speech"]),
        "interview_only": words(ev["interview_markers"]),
        "interview_place": words(ev["interview_places"]),
        "speech_word": words(ev["speech"]),
        "past": words(ev["past_markers"]),
        "habitual": words(ev["habitual_markers"]),
        "bound": re.compile(r"(?<![\w-])(?:" + "|".join(sorted(ev["bound_before"], key=len, reverse=True))
                            + r")\s*(?:(?:tanggal|tgl\.?)\s*)?$", re.IGNORECASE),
        "document": re.compile(ev["document_before"], re.IGNORECASE),
        "future_before": re.compile(r"(?<![\w-])(?:" + "|".join(ev["future_markers"]) + r")(?:\s+\S+){0,3}\s*$",
                                    re.IGNORECASE),
        "future": words(ev["future_markers"]),
        "speech_after": re.compile(r"\W{0,3}(?:(?:pagi|siang|sore|malam)\s+)?(?:" + "|".join(ev["speech"]) + r")\b",
                                   re.IGNORECASE),
        "dateline_before": re.compile(pub["dateline_before"]),
        "dateline_after": re.compile(pub["dateline_after"]),
        "byline_words": set(w.lower() for w in pub["byline_words"]),
        "byline_sep": re.compile(pub["byline_separators"]),
        # byline words may stand around a label and its name: "Diposting oleh Humas pada"
        "byline_part": re.compile(rf"{pub['site_name']}|(?i:(?:{bw}\s+)*(?:{'|'.join(pub['byline_labels'])}))"
                                  rf"(?:{pub['byline_name']})?(?i:(?:\s*{bw})*)|{pub['byline_section']}"),
        "byline_after": re.compile(pub["byline_after"]),
        "byline_counter": re.compile(pub["byline_counter"]),
        "credit_open": re.compile(pub["credit_open"]),
        "form_labels": [l.lower() for l in rules["forms"]["labels"]],
    }


def _segments(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Sentences (spaCy's when set) further cut at line breaks: (start, end) char offsets."""
    try:  # (doc.has_annotation walks every token in Python: 10x the cost of this component)
        spans = sentence_spans(doc)
    except ValueError:  # no sentencizer
        spans = [(m.start(), m.end()) for m in re.finditer(r"[^.!?]+[.!?]*", text)]
    out: list[tuple[int, int]] = []
    for start, end in spans:
        pos = start
        for piece in text[start:end].split("\n"):
            if piece.strip():
                out.append((pos, pos + len(piece)))
            pos += len(piece) + 1
    return out


def _line_of(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def find_published(doc: Doc, text: str, mentions: list[DateMention]) -> Found | None:
    meta = doc._.meta or {}
    pub = meta.get("published")
    if isinstance(pub, str):
        try:
            pub = dt.date.fromisoformat(pub[:10])
        except ValueError:
            pub = None
    if isinstance(pub, dt.datetime):
        pub = pub.date()
    if isinstance(pub, dt.date):
        return Found(pub, 0, 0, "meta:html")
    if is_form(doc, text):
        return None  # a form's dates are its fields ("Waktu Uji Coba | 18-01-2021"), never a byline
    from .title import find_title
    headline = find_title(doc)
    return find_dateline(text, mentions, headline.end if headline is not None and headline.end > 0 else 0)


def find_dateline(text: str, mentions: list[DateMention], headline_end: int = 0) -> Found | None:
    """A byline/date line near the top (rules/dates.toml [published]):
    - "rule:dateline": the line is the date plus byline words only ("Ditulis pada 9 Mei 2018"), or
      it starts with a byline ("Oleh Admin |", "Kompas.com -") or with the date itself, and after the
      date comes nothing, a separator or a view counter ("Kamis, 24 November 2022 | 11:27 WIB | Dibaca");
    - "rule:dateline_place": a place dateline ("BENGKULU, 14 Juli 2025 --", "Kota X (Kamis, 11/07/2024) –").
    A byline above the headline (ending at `headline_end`) gives way to one under it: the site's date bar over its
    menu ("Jumat, 8 Maret 2024" / ... / headline / "Kamis, 07/03/2024 - 16:45 WIT") is the day the page was read."""
    rules = date_rules()["published"]
    rx = _rx()
    top = 0
    for _ in range(rules["max_line"]):
        nl = text.find("\n", top)
        if nl < 0:
            top = len(text)
            break
        top = nl + 1
    limit = min(top, rules["max_chars"])
    above: Found | None = None
    for m in mentions:
        if m.start >= limit:
            break
        if m.kind != "date" or m.date is None:
            continue
        ls, le = _line_of(text, m.start)
        before, after = text[ls:m.start], text[m.end:le]
        only_byline = _only_byline_words(before, after)
        # a bracketed date "(15/11/2023)" brings its own bracket: "Maumere, NTT (15/11/2023) -"
        if not only_byline and rx["dateline_before"].match(before + "(" if text[m.start] == "(" else before) \
                and rx["dateline_after"].match(after):
            return Found(m.date, m.start, m.end, "rule:dateline_place", extra={"flags": sorted(m.flags)})
        if only_byline or (rx["byline_after"].match(after) and _byline_prefix(before)):
            found = Found(m.date, m.start, m.end, "rule:dateline", extra={"flags": sorted(m.flags)})
            if m.start >= headline_end:
                return found
            above = above or found
    return above or _tail_byline(text, mentions)


def _only_byline_words(before: str, after: str) -> bool:
    """The date's line holds byline words besides it and nothing else ("Ditulis pada 9 Mei 2018")."""
    rest = before + " " + after
    return all(w.lower() in _rx()["byline_words"] for w in re.findall(r"[^\W\d_]+", rest)) \
        and not re.search(r"\d", rest)


def _tail_byline(text: str, mentions: list[DateMention]) -> Found | None:
    """A byline at the foot of a long text ("Dipublikasikan pada 10 September 2024", "Sumber: Diskominfo |
    10/09/2024", "(Humas Setda X, 10/09/2024)"): among the last `tail_lines` lines, the shapes a byline has at
    the top, and a press office's credit in brackets; never a place and a date alone (a letter's signature)."""
    rx = _rx()
    start = len(text.rstrip())
    for _ in range(date_rules()["published"]["tail_lines"]):
        start = text.rfind("\n", 0, max(start - 1, 0)) if start > 0 else -1
        if start < 0:
            break
    for m in mentions:
        if m.start < start or m.kind != "date" or m.date is None:
            continue
        ls, le = _line_of(text, m.start)
        before, after = text[ls:m.start], text[m.end:le]
        if _only_byline_words(before, after) \
                or (rx["byline_after"].match(after) and _byline_prefix(before)
                    and not re.fullmatch(r"\s*[A-Z][\w.'’ -]*,\s*", before)) \
                or (rx["credit_open"].search(before) and re.match(r"\s*\)\s*\.?\s*$", after)):
            return Found(m.date, m.start, m.end, "rule:dateline", extra={"flags": sorted(m.flags), "tail": True})
    return None


def _byline_prefix(before: str) -> bool:
    """What precedes a date on its line is byline only: byline words, a site name, a label and name."""
    rx = _rx()
    for part in rx["byline_sep"].split(before):
        part = re.sub(r"\s*\([^()\n]{1,60}\)", "", part)   # an aside about the writer: "Oleh: Nama (warga RW 17 X) |"
        part = part.strip(" ,:-–—•")
        if not part or rx["byline_counter"].fullmatch(part):
            continue
        if re.search(r"\d", part):
            return False
        if rx["byline_part"].fullmatch(part):
            continue
        if not all(w.lower() in rx["byline_words"] for w in re.findall(r"[^\W\d_]+", part)):
            return False
    return True


def is_form(doc: Doc, text: str) -> bool:
    draft = doc._.draft or {}
    if "doc_type" in draft:
        return value_of(draft["doc_type"]) == "form"
    head = text[:4000].lower()
    labels = _rx()["form_labels"]
    return sum(l in head for l in labels) >= date_rules()["forms"]["min_labels"]


def _speech_attached(text: str, m: DateMention, seg: tuple[int, int]) -> bool:
    """The nearest cue before the date is a speech verb, or a speech verb follows right after."""
    rx = _rx()
    window = date_rules()["event"]["cue_window"]
    before = text[max(seg[0], m.start - window):m.start]
    last_event = max((x.end() for x in rx["event"].finditer(before)), default=-1)
    last_speech = max((x.end() for x in rx["speech"].finditer(before)), default=-1)
    if last_speech > last_event:
        return True
    return bool(rx["speech_after"].match(text, m.end, min(seg[1], m.end + 30)))


# "hingga"/"sampai" right after a date: the date opens a period the text bounds at both ends
PERIOD_END = re.compile(r"\s*(?:,\s*)?(?:pukul\s+[\d.:]+\s*(?:WIB|WITA|WIT)?\s*)?(?:hingga|sampai|s\.?\s?d\.?|s/d)\s",
                        re.IGNORECASE)


def _not_the_event_day(text: str, m: DateMention, seg: tuple[int, int]) -> bool:
    """The date bounds a period or a deadline, dates a letter, or dates a planned event."""
    rx = _rx()
    bound = rx["bound"].search(text, max(seg[0], m.start - 30), m.start)
    if bound and not (bound.group(0).split()[0].casefold() in ("sejak", "semenjak") and PERIOD_END.match(text, m.end)):
        return True   # (but "sejak Senin (10/6/2024) hingga Jumat (14/6/2024)": the period's first day is the event's)
    if rx["document"].search(text, max(seg[0], m.start - 80), m.start):
        return True
    window = date_rules()["event"]["cue_window"]
    lo = max(seg[0], m.start - window)
    last = None
    for last in rx["event"].finditer(text, lo, m.start):
        pass
    if last is None:
        return False
    return bool(rx["future_before"].search(text, max(seg[0], last.start() - 40), last.start())
                or rx["future"].search(text, last.end(), m.start))


def _interview(sentence: str) -> bool:
    """An interview or a later report: a marker, or an office where someone speaks."""
    rx = _rx()
    return bool(rx["interview_only"].search(sentence)
                or rx["interview_place"].search(sentence) and rx["speech_word"].search(sentence))


def find_event_date(doc: Doc, text: str, mentions: list[DateMention], published: dt.date | None,
                    year_hint: int | None, skip: set[tuple[int, int]], warnings: list[str],
                    dateline: Found | None = None) -> Found | None:
    rx = _rx()

    def seg_of(m: DateMention) -> tuple[int, int]:
        i = bisect.bisect_right(starts, m.start) - 1
        return segs[i] if i >= 0 else (0, len(text))

    def check(m: DateMention, day: dt.date | None) -> dt.date | None:
        if day is None:
            return None
        if published is not None and day > published:
            warnings.append(f"dates: event date {day.isoformat()} ({m.text!r} at {m.start}) is after the "
                            f"publication date {published.isoformat()}: not kept")
            return None
        return day

    body = [m for m in mentions if (m.start, m.end) not in skip]
    for m in body:
        if m.has("implausible"):
            warnings.append(f"dates: implausible date {m.text!r} at {m.start} dropped")
    if not any(m.is_day for m in body):
        return _dateline_event(text, dateline)
    segs = _segments(doc, text)
    starts = [s for s, _ in segs]
    years = text_years(text) if published is None and year_hint is None else ()
    body = [m for m in body if not (m.is_day and _not_the_event_day(text, m, seg_of(m)))]

    # 1. a date in an event sentence, not attached to a speech verb, not about an earlier event;
    # in a sentence an explicit day goes before "hari ini" ("Pada hari ini, Jumat (17/11) ...")
    for m in sorted(body, key=lambda m: (seg_of(m), m.kind == "relative", m.start)):
        if not m.is_day:
            continue
        seg = seg_of(m)
        sentence = text[seg[0]:seg[1]]
        if not rx["event"].search(sentence) or _speech_attached(text, m, seg):
            continue
        if rx["past"].search(sentence) or _interview(sentence):
            continue  # an earlier event told later, or an interview
        notes: list[str] = []
        day = resolve(m, published, year_hint, notes, years)
        warnings.extend(f"dates: {n}" for n in notes)
        if day is None:
            if m.kind in ("weekday", "day_month"):
                return None  # the event's own day, unknowable without a guess
            continue
        day = check(m, day)
        if day is not None:
            return Found(day, m.start, m.end, "rule:event_sentence",
                         extra={"mention": m.text, "flags": sorted(m.flags)})

    # 2. the date of a statement, when it is the only day named and an event is reported
    days = {}
    for m in body:
        if m.kind in ("date", "day_month", "weekday") and not m.has("implausible"):
            days.setdefault(resolve(m, published, year_hint, years=years), []).append(m)
    if len(days) == 1:
        day, ms = next(iter(days.items()))
        m = ms[0]
        seg = seg_of(m)
        sentence = text[seg[0]:seg[1]]
        lead = _lead(text, segs)
        if (day is not None and not _interview(sentence) and not rx["past"].search(sentence)
                and (rx["event"].search(sentence) or _reports_event(lead))):
            day = check(m, day)
            if day is not None:
                return Found(day, m.start, m.end, "rule:event_statement",
                             extra={"mention": m.text, "flags": sorted(m.flags)})
    # 3. the date the lead itself gives, when the lead reports an event
    lead_segs = _lead_segments(text, segs)
    lead = _lead(text, segs)
    for m in body:
        if not m.is_day or m.kind == "relative":
            continue
        seg = seg_of(m)
        if seg not in lead_segs:
            continue
        sentence = text[seg[0]:seg[1]]
        if (_speech_attached(text, m, seg) or _interview(sentence) or rx["past"].search(sentence)
                or not _reports_event(lead)):
            break
        day = check(m, resolve(m, published, year_hint, years=years))
        if day is not None:
            return Found(day, m.start, m.end, "rule:event_lead", extra={"mention": m.text, "flags": sorted(m.flags)})
        break
    if dateline is not None and not any(m.is_day and seg_of(m) == _seg_at(segs, starts, dateline.end)
                                        for m in body):
        return _dateline_event(text, dateline)   # the other days are of earlier events or statements
    return None


def _seg_at(segs: list[tuple[int, int]], starts: list[int], pos: int) -> tuple[int, int] | None:
    i = bisect.bisect_right(starts, pos) - 1
    return segs[i] if i >= 0 else None


def _dateline_event(text: str, dateline: Found | None) -> Found | None:
    """3. A place dateline's date, when the body names no day of its own and the dateline's
    paragraph reports an event that is not habitual or planned ("Kota X, 10 Juli 2025 - Bupati
    meluncurkan ...")."""
    if dateline is None or dateline.method != "rule:dateline_place":
        return None
    rx = _rx()
    ls, le = _line_of(text, dateline.start)
    para = text[dateline.end:le]
    hit = rx["event"].search(para)
    if hit is None or rx["habitual"].search(para, 0, hit.start()) or rx["future"].search(para, 0, hit.start()):
        return None
    return Found(dateline.value, dateline.start, dateline.end, "rule:event_dateline",
                 extra={"mention": text[dateline.start:dateline.end]})


def _reports_event(lead: str) -> bool:
    """An event word in the lead that is no part of a name: written in lower case, opening a
    sentence or clause, or in a headline-style line (most words capitalised). "tembus Top 30 pada
    Kompetisi Inovasi Pelayanan Publik" names a competition; "menggelar penghargaan" and
    "KUDUS - Penandatanganan kerja sama ..." report an event."""
    for line in lead.split("\n"):
        words = line.split()
        titled = sum(w[:1].isupper() for w in words) >= 0.7 * len(words)
        for m in _rx()["event"].finditer(line):
            prev = line[:m.start()].rstrip()
            if _rx()["habitual"].search(" ".join(prev.split()[-3:])):
                continue   # "Siap Dampingi ...", "terus melakukan pendampingan": no event reported
            if titled or not m.group()[:1].isupper() or not prev or prev[-1] in "-–—:.;(\"“":
                return True
    return False


def _lead_segments(text: str, segs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The first sentences of five words or more (title included), not about a habitual or
    planned activity."""
    n = date_rules()["event"]["lead_sentences"]
    habitual = _rx()["habitual"]
    out = []
    for s, e in segs:
        if len(text[s:e].split()) < 5:
            continue
        if not habitual.search(text[s:e]):
            out.append((s, e))
        n -= 1
        if n <= 0:
            break
    return out


def _lead(text: str, segs: list[tuple[int, int]]) -> str:
    """The lead (see _lead_segments) as one string. Short lines (bylines, categories) do not count."""
    return "\n".join(text[s:e] for s, e in _lead_segments(text, segs))


class DatesComponent:
    def __call__(self, doc: Doc) -> Doc:
        ensure_state(doc)
        text = doc_text(doc)  # (Doc.text joins every token anew on each access)
        mentions = find_dates(text)
        doc._.found["dates"] = mentions
        ly = lone_year(text)
        year_hint = ly[0] if ly else None
        doc._.found["year_hint"] = year_hint
        pub = find_published(doc, text, mentions)
        doc._.draft["published"] = pub
        published = pub.value if pub else None
        warnings: list[str] = []
        event = None
        if not is_form(doc, text):
            skip = {(pub.start, pub.end)} if pub and pub.end > pub.start else set()
            event = find_event_date(doc, text, mentions, published, year_hint, skip, warnings, pub)
        doc._.found["event_date"] = event
        if warnings:
            doc._.meta.setdefault("warnings", []).extend(warnings)
        return doc


@Language.factory("inovasi_dates")
def make_dates(nlp: Language, name: str) -> DatesComponent:
    return DatesComponent()
