"""Date mentions resolved to days (`resolve`), the years a text names, and form field dates.

`pipeline/dates.py` finds the mentions and parses what each span gives; this module turns a
partial mention into a day with the publication date or a year hint, and reads a form's
free-form date fields (`parse_form_date`).
"""
from __future__ import annotations

import datetime as dt
import re

from .dates import DateMention, date_rules, dateparser_parse, find_dates, plausible


def resolve(mention: DateMention, published: dt.date | None, year_hint: int | None = None,
            notes: list[str] | None = None, years: tuple[int, ...] = ()) -> dt.date | None:
    """The day a mention names, or None when it cannot be known without guessing.

    date -> itself; day+month -> the year of `published` (the year before when that would put
    it over half a year after publication), else `year_hint`, else one of `years` (the years the
    text names, most likely first): the first whose calendar fits the weekday, or without a weekday
    the only one; weekday -> the latest such day on
    or before `published` (strictly before for "Jumat lalu"); relative day -> published+offset;
    month, period and implausible mentions -> None. A weekday that contradicts the date is
    noted in `notes` (the written date is kept: digits are more specific than the weekday).
    """
    note = notes.append if notes is not None else (lambda _msg: None)
    if mention.has("implausible"):
        return None
    if mention.kind == "date":
        if mention.has("weekday_mismatch"):
            note(f"weekday contradicts date in {mention.text!r}; date kept")
        return mention.date
    if mention.kind == "relative":
        return published + dt.timedelta(days=mention.offset) if published else None
    if mention.kind == "weekday":
        if published is None:
            return None
        delta = (published.weekday() - mention.weekday) % 7
        if delta == 0 and mention.has("past"):
            delta = 7
        return published - dt.timedelta(days=delta)
    if mention.kind == "day_month":
        day = None
        if published is not None:
            try:
                day = dt.date(published.year, mention.month, mention.day)
                if (day - published).days > 183:
                    day = day.replace(year=published.year - 1)
            except ValueError:
                return None
            if mention.weekday is not None and day.weekday() != mention.weekday:
                for y in (day.year - 1, day.year + 1):
                    try:
                        alt = day.replace(year=y)
                    except ValueError:
                        continue
                    if alt.weekday() == mention.weekday and abs((alt - published).days) < 200:
                        note(f"{mention.text!r}: weekday fits {y}, not {day.year}; took {y}")
                        day = alt
                        break
        elif year_hint is not None:
            try:
                day = dt.date(year_hint, mention.month, mention.day)
            except ValueError:
                return None
        elif years:
            fits = [y for y in years if _weekday_fits(y, mention)]
            if mention.weekday is None and len(years) > 1:
                fits = []  # several years named and no weekday to choose: unknowable
            if not fits:
                return None
            day = dt.date(fits[0], mention.month, mention.day)
            note(f"{mention.text!r}: year {fits[0]} taken from the years the text names")
        if day is None:
            return None
        if mention.weekday is not None and day.weekday() != mention.weekday:
            note(f"weekday contradicts date in {mention.text!r} resolved to {day.isoformat()}; date kept")
        return day if plausible(day) else None
    return None


def _weekday_fits(year: int, mention: DateMention) -> bool:
    try:
        day = dt.date(year, mention.month, mention.day)
    except ValueError:
        return False
    return mention.weekday is None or day.weekday() == mention.weekday


def text_years(text: str) -> tuple[int, ...]:
    """The years a text names (bare, "tahun 2024", in full dates), first mention first, without
    those citing a regulation ("Nomor 38 Tahun 2017") or bounding a period ("sejak 2015")."""
    rules = date_rules()
    today = dt.date.today().year
    out: dict[int, None] = {}
    for m in rules["_year"].finditer(text):
        y = int(m.group(1))
        if not rules["plausible"]["min_year"] <= y <= today + 1:
            continue
        if rules["_year_not_after"].search(text, max(0, m.start() - 60), m.start()):
            continue
        out.setdefault(y)
    return tuple(out)


def lone_year(text: str, max_line: int = 10) -> tuple[int, int, int] | None:
    """A line holding only a year near the top ("2024" under a headline): (year, start, end)."""
    rules = date_rules()
    pos = 0
    for i, line in enumerate(text.split("\n")):
        if i >= max_line:
            break
        m = rules["_lone_year"].fullmatch(line)
        if m:
            y = int(m.group(1))
            if rules["plausible"]["min_year"] <= y <= dt.date.today().year + 1:
                return y, pos + m.start(1), pos + m.end(1)
        pos += len(line) + 1
    return None


# letters OCR reads for digits inside a numeric date ("1O-O3-2O21", "2l/07/2022"): a run of digits, these letters and
# date separators that holds at least two digits
_OCR_DIGITS = re.compile(r"(?<![A-Za-z])(?=[\dOoIl/.-]*\d[\dOoIl/.-]*\d)[\dOoIl]{1,4}(?:[-/.][\dOoIl]{1,4}){2}(?![A-Za-z])")
_OCR_TO_DIGIT = str.maketrans({"O": "0", "o": "0", "I": "1", "l": "1"})


def parse_form_date(s: str | None, allow_month: bool = False) -> dt.date | None:
    """A form field's date, day first: "18-01-2021", "2022-11-15", "02 September 2019",
    "01 July 2022", "15/11/2022". Month-only values ("Januari 2021") give None unless
    `allow_month` (then the first of the month)."""
    if not s or not s.strip():
        return None
    s = _OCR_DIGITS.sub(lambda m: m.group(0).translate(_OCR_TO_DIGIT), s.strip())   # a scan's "1O-O3-2O21"
    for m in find_dates(s):
        if m.kind == "date" and m.date:
            return m.date
        if m.kind == "month" and allow_month:
            return dt.date(m.year, m.month, 1)
    if len(s) <= 40 and re.search(r"\d", s):
        day = dateparser_parse(s)
        if day and plausible(day):
            return day
    return None
