"""Dates: the candidate finder, resolution against a publication date or year, and form fields
(pipeline/dates.py). The inovasi_dates component is tested in test_date_component.py."""
from __future__ import annotations

import datetime as dt

import pytest

from pipeline.date_resolve import parse_form_date, resolve
from pipeline.dates import DateMention, find_dates

D = dt.date


def first_day(text: str) -> DateMention | None:
    for m in find_dates(text):
        if m.kind in ("date", "day_month", "weekday", "relative"):
            return m
    return None


# ----------------------------------------------------------------- complete dates

@pytest.mark.parametrize("text, expected", [
    ("Selasa (29/3/2022)", D(2022, 3, 29)),
    ("Rabu (25/10/2023)", D(2023, 10, 25)),
    ("Kamis (16/02/2017)", D(2017, 2, 16)),
    ("di Balai Kota,Rabu (25/10/2023).", D(2023, 10, 25)),
    ("- 20 February 2019 17:02", D(2019, 2, 20)),
    ("18-01-2021", D(2021, 1, 18)),
    ("2022-11-15", D(2022, 11, 15)),
    ("15/11/2022", D(2022, 11, 15)),
    ("29 Maret 2022", D(2022, 3, 29)),
    ("02 September 2019", D(2019, 9, 2)),
    ("01 July 2022", D(2022, 7, 1)),
    ("Jumat 23 Mei 2025", D(2025, 5, 23)),
    ("Rabu, 19 Juni 2024 telah diselenggarakan", D(2024, 6, 19)),
    ("Ditulis Pada 16 Februari 2017 19:04 WIB", D(2017, 2, 16)),
    ("Senin, 14 Maret 2022 10:00 WIB", D(2022, 3, 14)),
    ("Kamis, 24 Juni 2021 | 14:20", D(2021, 6, 24)),
    ("pada tanggal 15 Januari 2025 membuka", D(2025, 1, 15)),
    ("3 Nopember 2020", D(2020, 11, 3)),
    ("5 Agt 2021", D(2021, 8, 5)),
    ("12 Des. 2022", D(2022, 12, 12)),
    ("7 Peb 2018", D(2018, 2, 7)),
    ("5 Mrt 2020", D(2020, 3, 5)),          # spelling outside the table: dateparser
    ("Minggu (12/5/2024)", D(2024, 5, 12)),
    ("JUMAT (5/5/2023)", D(2023, 5, 5)),
])
def test_complete_dates(text, expected):
    m = first_day(text)
    assert m is not None and m.kind == "date"
    assert m.date == expected
    assert resolve(m, None, None) == expected


def test_span_offsets_and_time_flag():
    text = "Tuban - 20 February 2019 17:02 WIB"
    (m,) = find_dates(text)
    assert text[m.start:m.end] == m.text == "20 February 2019 17:02 WIB"
    assert m.has("time") and m.time == "17:02"


def test_weekday_taken_into_span():
    text = "dibuka Selasa (17/5/2022) pagi"
    (m,) = find_dates(text)
    assert m.text == "Selasa (17/5/2022)" and m.weekday == 1 and not m.has("weekday_mismatch")


def test_weekday_mismatch_flagged_date_kept():
    (m,) = find_dates("Senin (29/3/2022)")  # 29 March 2022 was a Tuesday
    assert m.has("weekday_mismatch")
    notes: list[str] = []
    assert resolve(m, None, None, notes) == D(2022, 3, 29) and notes


# ----------------------------------------------------------------- ranges and lists

@pytest.mark.parametrize("text, first, last, flag", [
    ("4 s.d 6 Maret 2019", D(2019, 3, 4), D(2019, 3, 6), "range"),
    ("dari tanggal 4 s.d 6 Maret 2019", D(2019, 3, 4), D(2019, 3, 6), "range"),
    ("4-6 Maret 2019", D(2019, 3, 4), D(2019, 3, 6), "range"),
    ("4 sampai 6 Maret 2019", D(2019, 3, 4), D(2019, 3, 6), "range"),
    ("30 Mei - 2 Juni 2025", D(2025, 5, 30), D(2025, 6, 2), "range"),
    ("tanggal 23, 24 dan 27 Mei 2025", D(2025, 5, 23), D(2025, 5, 27), "list"),
])
def test_ranges_and_lists(text, first, last, flag):
    (m,) = find_dates(text)
    assert m.has(flag) and m.date == first and m.dates[0] == first and m.dates[-1] == last


def test_list_keeps_every_day():
    (m,) = find_dates("tanggal 23, 24 dan 27 Mei 2025")
    assert m.dates == (D(2025, 5, 23), D(2025, 5, 24), D(2025, 5, 27))


# ----------------------------------------------------------------- partial mentions

@pytest.mark.parametrize("text, kind, day, month, weekday", [
    ("Jum’at (26/7) pagi", "day_month", 26, 7, 4),     # curly apostrophe
    ("Jum'at (26/7)", "day_month", 26, 7, 4),
    ("Rabu (20/02) menjelaskan", "day_month", 20, 2, 2),
    ("Selasa (13/2) di Puspem", "day_month", 13, 2, 1),
    ("hari ini (Selasa 27 Mei)", "day_month", 27, 5, 1),
    ("29 Maret", "day_month", 29, 3, None),
    ("kata Wakil Bupati di Sampit, Senin.", "weekday", None, None, 0),
    ("sejak hari Jumat lalu", "weekday", None, None, 4),
])
def test_partial_mentions(text, kind, day, month, weekday):
    ms = [m for m in find_dates(text) if m.kind == kind]
    assert ms, find_dates(text)
    m = ms[0]
    assert (m.day, m.month, m.weekday) == (day, month, weekday)
    assert m.date is None


@pytest.mark.parametrize("text, kind, offset", [
    ("kemarin", "relative", -1),
    ("Acara itu digelar kemarin.", "relative", -1),
    ("hari ini", "relative", 0),
    ("kemarin lusa", "relative", -2),
    ("pekan lalu", "period", -7),
    ("minggu lalu", "period", -7),
])
def test_relative_words(text, kind, offset):
    ms = [m for m in find_dates(text) if m.kind in ("relative", "period")]
    assert len(ms) == 1 and ms[0].kind == kind and ms[0].offset == offset


@pytest.mark.parametrize("text", ["Mei 2021", "pada Oktober 2016 lalu", "bulan Agustus 2020"])
def test_month_only_is_not_a_day(text):
    ms = find_dates(text)
    assert [m.kind for m in ms] == ["month"]
    assert resolve(ms[0], D(2021, 6, 1), 2021) is None


# ----------------------------------------------------------------- traps

@pytest.mark.parametrize("text", [
    "hubungi 0812-3456-7890",
    "telepon (0536) 322-1234",
    "Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah",
    "Permendagri Nomor 104 Tahun 2018",
    "Nomor 12 Tahun 2018",                 # dateparser reads this as a date
    "PP 38/2017",
    "RPJMD 2021-2026",
    "awal tahun 2023",
    "tahun 2022",
    "dengan nilai 64.01",
    "terdiri dari 6 dinas/badan, 4 satuan pendidikan",
    "standarisasi ISO 9001 2015",
    "layanan 24/7",
    "SALJU (Selasa Jumat Terpadu)",
    "selama 3 Minggu",
    "Minggu ini kami rapat",
    "di 12 kabupaten dan 1 kota",
    "Rp 1.500.000",
    "(13/2)",                              # day/month in brackets without a weekday
    "2 Jam 2020",
])
def test_traps_give_no_day(text):
    assert [m for m in find_dates(text) if m.kind in ("date", "day_month")] == []
    assert all(m.kind not in ("weekday",) for m in find_dates(text)), find_dates(text)


def test_implausible_dates_dropped():
    (m,) = find_dates("pada 12 Maret 1930")
    assert m.has("implausible") and m.date is None and resolve(m, None, None) is None
    far = dt.date.today().year + 3
    (m,) = find_dates(f"1 Januari {far}")
    assert m.has("implausible")


# ----------------------------------------------------------------- resolution

@pytest.mark.parametrize("text, published, hint, expected", [
    ("Senin", D(2022, 3, 16), None, D(2022, 3, 14)),          # Wednesday -> last Monday
    ("Rabu", D(2022, 3, 16), None, D(2022, 3, 16)),           # the same day
    ("Jumat lalu", D(2022, 3, 18), None, D(2022, 3, 11)),     # "lalu": strictly before
    ("Senin", None, 2022, None),                              # no publication date: unknowable
    ("kemarin", D(2017, 2, 16), None, D(2017, 2, 15)),
    ("hari ini", D(2017, 2, 16), None, D(2017, 2, 16)),
    ("kemarin", None, 2017, None),
    ("siang tadi", D(2017, 2, 16), None, D(2017, 2, 16)),
    ("siang tadi", None, 2017, None),                         # relative days need the publication date
    ("pekan lalu", D(2017, 2, 16), None, None),               # a period, not a day
    ("Jum’at (26/7)", None, 2024, D(2024, 7, 26)),            # year from the lone year line
    ("Jum’at (26/7)", D(2024, 7, 29), None, D(2024, 7, 26)),
    ("Selasa (13/2)", None, None, None),
    ("29 Maret", D(2022, 4, 2), None, D(2022, 3, 29)),
    ("Kamis (28/12)", D(2023, 1, 3), None, D(2022, 12, 28)),  # across the new year
    ("Rabu (20/02)", D(2019, 2, 20), None, D(2019, 2, 20)),
])
def test_resolve(text, published, hint, expected):
    ms = find_dates(text)
    assert ms
    m = ms[0]
    assert resolve(m, published, hint) == expected


# ----------------------------------------------------------------- form fields

@pytest.mark.parametrize("text, expected", [
    ("18-01-2021", D(2021, 1, 18)),
    ("01-02-2021", D(2021, 2, 1)),
    ("2022-11-15", D(2022, 11, 15)),
    ("02 September 2019", D(2019, 9, 2)),
    ("01 July 2022", D(2022, 7, 1)),
    ("15/11/2022", D(2022, 11, 15)),
    (" 1 Agustus 2020 ", D(2020, 8, 1)),
    ("Januari 2021", None),
    ("Belum ditentukan", None),
    ("", None),
    (None, None),
])
def test_parse_form_date(text, expected):
    assert parse_form_date(text) == expected


def test_parse_form_date_month_allowed():
    assert parse_form_date("Januari 2021", allow_month=True) == D(2021, 1, 1)


@pytest.mark.parametrize("text, found", [
    ("Bapperida menggelar bimtek inovasi (9/9) di aula kantor.", "(9/9)"),
    ("Bupati membuka acara itu, (13/2).", "(13/2)"),
    # fractions, scores and legal references in brackets are no dates
    ("Usulan itu disetujui dua pertiga (2/3) anggota dewan.", None),
    ("Sesuai Pasal 5 ayat (1/2) huruf a peraturan itu.", None),
])
def test_a_bare_day_and_month_in_brackets(text, found):
    days = [m.text for m in find_dates(text)]
    assert days == ([found] if found else [])


@pytest.mark.parametrize("text, span", [
    ("Bimtek digelar dua hari, Senin-Selasa (11-12/11/2024), di aula.", "Senin-Selasa (11-12/11/2024)"),
    ("Pameran berlangsung Rabu s.d. Jumat (13-15/3/2024).", "Rabu s.d. Jumat (13-15/3/2024)"),
])
def test_a_weekday_range_opens_its_date_range(text, span):
    mentions = find_dates(text)
    assert [text[m.start:m.end] for m in mentions] == [span]
    assert mentions[0].date is not None and mentions[0].weekday is None


@pytest.mark.parametrize("text, spans", [
    ("DPMPTSP Ambon Luncurkan “Jumat Curhat”", []),
    ("Dinas itu meluncurkan inovasi Jumat Curhat, Selasa (5/3).", ["Selasa (5/3)"]),
    ("Pemkab menggelar program Jumat Berkah di masjid agung.", []),
    # a lone weekday that is a day, after the same words
    ("Bimtek kegiatan Senin (5/3) diikuti 40 peserta.", ["Senin (5/3)"]),
    ("Peluncuran digelar Jumat kemarin.", ["Jumat", "kemarin"]),
])
def test_a_weekday_opening_a_name_is_no_day(text, spans):
    assert [text[m.start:m.end] for m in find_dates(text)] == spans
