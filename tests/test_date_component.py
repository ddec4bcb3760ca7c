"""The inovasi_dates component: the publication date (bylines, datelines) and the event date of a news
text (pipeline/extract/dates.py). The paragraphs are written for these tests (not devset text)."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers import component_nlp
from pipeline.dates import find_dates
from pipeline.parse import make_doc

D = dt.date


# ----------------------------------------------------------------- component

@pytest.fixture(scope="module")
def nlp():
    return component_nlp("inovasi_dates")


def run(nlp, text, meta=None, draft=None):
    doc = make_doc(nlp, text, meta=meta or {})
    if draft:
        doc._.draft.update(draft)
    return nlp(doc)


def value(found):
    return found.value if found is not None else None


BYLINE = """Bupati Buka Pelatihan Inovasi Pelayanan Publik
Senin, 14 Maret 2022 10:00 WIB

MAJENE - Bupati secara resmi membuka Pelatihan Inovasi Pelayanan Publik di Aula Kantor Bupati, Jumat (11/3/2022). Kegiatan itu diikuti 50 aparatur dari seluruh perangkat daerah.
"Inovasi tidak harus mahal," kata Bupati."""


def test_published_from_byline_and_event_from_event_sentence(nlp):
    doc = run(nlp, BYLINE)
    pub = doc._.draft["published"]
    assert pub.value == D(2022, 3, 14) and pub.method == "rule:dateline"
    assert doc.text[pub.start:pub.end].startswith("Senin, 14 Maret 2022")
    ev = doc._.found["event_date"]
    assert ev.value == D(2022, 3, 11) and doc.text[ev.start:ev.end] == "Jumat (11/3/2022)"
    assert [m.text for m in doc._.found["dates"]][:2] == ["Senin, 14 Maret 2022 10:00 WIB", "Jumat (11/3/2022)"]


def test_event_date_not_the_interview_date(nlp):
    text = ("Pemerintah Kota menggelar sosialisasi aplikasi layanan kependudukan di aula kantor wali kota, "
            "Selasa (8/3/2022). \"Aplikasi ini memudahkan warga mengurus dokumen,\" kata Kepala Dinas, "
            "Rabu (9/3/2022) kepada wartawan.")
    assert value(run(nlp, text)._.found["event_date"]) == D(2022, 3, 8)
    text2 = ("\"Aplikasi ini memudahkan warga,\" ujar Kepala Dinas, Rabu (9/3/2022) kepada wartawan. "
             "Pemerintah kota menggelar sosialisasi aplikasi itu di aula, Selasa (8/3/2022).")
    assert value(run(nlp, text2)._.found["event_date"]) == D(2022, 3, 8)


def test_interview_only_gives_no_event_date(nlp):
    text = ("Dinas Kesehatan terus berinovasi menghadirkan layanan informasi yang cepat bagi warga. "
            "\"Inovasi harus sesuai tupoksi dan kebutuhan organisasi,\" ujar Kepala Bidang, Rabu (24/9/2025). "
            "Menurutnya, program itu sudah menjangkau sembilan puskesmas.")
    assert run(nlp, text)._.found["event_date"] is None


def test_earlier_event_told_in_an_interview(nlp):
    text = ("Dinas Kependudukan kini bekerja sama dengan rumah sakit daerah. "
            "\"Beberapa waktu yang lalu kami sudah melaksanakan penandatanganan kerja sama itu,\" kata Kepala "
            "Dinas, Senin (14/03/2022) kepada media ini.")
    assert run(nlp, text)._.found["event_date"] is None


def test_statement_date_when_the_lead_reports_an_event(nlp):
    text = ("Ditulis Pada 9 Mei 2018 08:15 WIB\n\nPenandatanganan kerja sama layanan akta kelahiran antara "
            "Dinas Kependudukan dan rumah sakit daerah mendapat apresiasi dari kementerian.\n"
            "\"Silakan daerah lain mencontoh,\" ajak pejabat kementerian itu, Rabu (9/5/2018).")
    doc = run(nlp, text)
    assert value(doc._.draft["published"]) == D(2018, 5, 9)
    ev = doc._.found["event_date"]
    assert ev.value == D(2018, 5, 9) and ev.method == "rule:event_statement"


def test_weekday_resolved_against_published(nlp):
    text = "Wali Kota meluncurkan aplikasi pengaduan warga di balai kota, Senin. Peluncuran dihadiri para camat."
    doc = run(nlp, text, meta={"published": D(2023, 8, 10)})  # a Thursday
    assert doc._.draft["published"].method == "meta:html"
    assert doc._.draft["published"].start == doc._.draft["published"].end == 0
    assert value(doc._.found["event_date"]) == D(2023, 8, 7)


def test_weekday_null_when_published_unknown(nlp):
    text = "Wali Kota meluncurkan aplikasi pengaduan warga di balai kota, Senin. Peluncuran dihadiri para camat."
    doc = run(nlp, text)
    assert doc._.draft["published"] is None and doc._.found["event_date"] is None


def test_kemarin_resolved(nlp):
    text = "Penandatanganan nota kesepahaman inovasi daerah dilaksanakan kemarin di kantor bupati."
    doc = run(nlp, text, meta={"published": "2023-08-10"})
    assert value(doc._.found["event_date"]) == D(2023, 8, 9)


def test_day_month_year_from_lone_year_line(nlp):
    text = ("Dua Kota Teken Kerja Sama Replikasi Inovasi\n\n2024\n\nPemerintah kota menandatangani perjanjian "
            "kerja sama replikasi inovasi, Jum’at (26/7) pagi, di ruang rapat Bappeda.")
    doc = run(nlp, text)
    assert doc._.found["year_hint"] == 2024
    assert doc._.draft["published"] is None
    assert value(doc._.found["event_date"]) == D(2024, 7, 26)


def test_day_month_without_any_year_is_null(nlp):
    text = "Kementerian memberikan pendampingan inovasi pelayanan publik kepada perangkat daerah, Selasa (13/2) di aula."
    assert run(nlp, text)._.found["event_date"] is None


def test_event_sentence_date_is_not_published(nlp):
    text = ("Penguatan Inovasi Daerah\nBertempat di Aula Bappeda Rabu, 19 Juni 2024 telah diselenggarakan rapat "
            "penguatan inovasi dan bimtek penginputan indeks inovasi daerah.")
    doc = run(nlp, text)
    assert doc._.draft["published"] is None
    assert value(doc._.found["event_date"]) == D(2024, 6, 19)


def test_range_first_day(nlp):
    text = "Lokakarya inovasi itu diselenggarakan di aula kantor bupati dari tanggal 4 s.d 6 Maret 2019."
    assert value(run(nlp, text)._.found["event_date"]) == D(2019, 3, 4)


def test_event_after_published_warns(nlp):
    text = "Bimtek inovasi pelayanan publik dilaksanakan di aula kantor bupati, Selasa (29/3/2022)."
    doc = run(nlp, text, meta={"published": D(2022, 3, 1)})
    assert doc._.found["event_date"] is None
    assert any("after the publication date" in w for w in doc._.meta["warnings"])


def test_implausible_event_date_warns(nlp):
    text = "Rapat pembentukan panitia digelar pada 12 Maret 1930 di gedung itu."
    doc = run(nlp, text)
    assert doc._.found["event_date"] is None
    assert any("implausible" in w for w in doc._.meta["warnings"])


def test_byline_statement_without_event(nlp):
    text = ("Bagian Organisasi Siap Dampingi Perangkat Daerah\n- 20 February 2019 17:02\n- Admin\n"
            "Bagian Organisasi terus melakukan pendampingan kepada setiap inovasi perangkat daerah.\n"
            "Kepala Subbagian, Rabu (20/02) menjelaskan, tugas pokoknya meningkatkan kualitas inovasi.")
    doc = run(nlp, text)
    assert value(doc._.draft["published"]) == D(2019, 2, 20)
    assert doc._.found["event_date"] is None


def test_forms_get_no_event_date(nlp):
    text = "Nama Inovasi | Layanan Cepat |\nWaktu Uji Coba | 18-01-2021 |\nRapat dilaksanakan pada 2 Februari 2021."
    doc = run(nlp, text, draft={"doc_type": "form"})
    assert doc._.found["event_date"] is None
    assert len(doc._.found["dates"]) == 2


def test_press_release_dateline(nlp):
    text = ("MAKASSAR, 3 Februari 2020 (Antara) -- Pemerintah provinsi meluncurkan aplikasi perizinan "
            "daring di kantor gubernur, Senin (27/1/2020).")
    doc = run(nlp, text)
    pub = doc._.draft["published"]
    assert pub.value == D(2020, 2, 3) and pub.method == "rule:dateline_place"
    assert value(doc._.found["event_date"]) == D(2020, 1, 27)


def test_place_dateline_with_weekday_is_published(nlp):
    # ANNOTATION decision 16: a dateline date is the publication date even when it is the event day
    text = "KENDARI, Kamis (16/2/2017) - Pemkot menggelar rapat koordinasi inovasi daerah di aula."
    doc = run(nlp, text)
    assert value(doc._.draft["published"]) == D(2017, 2, 16)
    assert doc._.draft["published"].method == "rule:dateline_place"


@pytest.mark.parametrize("line, expected", [
    ("Senin, 12 Februari 2024 | 10:15 WIB", D(2024, 2, 12)),
    ("12/02/2024 10:15", D(2024, 2, 12)),
    ("Diposting pada 12 Feb 2024", D(2024, 2, 12)),
    ("Kamis, 13 November 2025 - 14:02 WIB", D(2025, 11, 13)),
    ("Rabu, 5 Juli 2023 13:00", D(2023, 7, 5)),
    ("Oleh Admin | 5 Juli 2023", D(2023, 7, 5)),
    ("Oleh Rina Kartika | Selasa, 4 Juni 2024", D(2024, 6, 4)),
    ("Penulis: Budi Santoso • 3 Maret 2023 09:12", D(2023, 3, 3)),
    ("Selasa, 21 Maret 2023 | 09:41:05 WIB | Dibaca : 1.204 Kali", D(2023, 3, 21)),
    ("SENIN, 9 OKTOBER 2023 | 14:20 WIB | LAPORAN: REDAKSI", D(2023, 10, 9)),
    ("Beritaku.com - 09/10/2023, 14:20 WIB", D(2023, 10, 9)),
    ("Jumat, 17 Mar 2023 10:05:44 327", D(2023, 3, 17)),
    ("Sumbawa Besar, 8 Mei 2024 — Pemerintah daerah menggelar rapat evaluasi inovasi.", D(2024, 5, 8)),
    ("Kota Sigli (Rabu, 10/07/2024) – Pemkab menggelar bimtek inovasi daerah.", D(2024, 7, 10)),
    ("(Sorong, 2 Agustus 2022). Pemerintah kota menggelar lomba inovasi.", D(2022, 8, 2)),
    ("Februari 12, 2024", D(2024, 2, 12)),
    ("Posted by Admin | Agustus 5, 2023", D(2023, 8, 5)),
    ("Berita Daerah | Senin, 12 Februari 2024 | 10:15 WIB", D(2024, 2, 12)),
    ("12 Februari 2024 oleh Budi Santoso", D(2024, 2, 12)),
    ("Selasa, 14/11/2023 09:20 WITA", D(2023, 11, 14)),
    ("Admin Diskominfo 16 November 2023 0 Comments", D(2023, 11, 16)),
    ("Rabu, 15 November 2023 / 14:02 WIB", D(2023, 11, 15)),
    ("Berita Daerah / 15 November 2023 / Admin", D(2023, 11, 15)),
    ("Diposting oleh Humas pada 15 November 2023", D(2023, 11, 15)),
    ("Maumere, NTT (15/11/2023) - Pemkab Sikka membuka bimtek inovasi daerah.", D(2023, 11, 15)),
    ("Maumere – Rabu, 15 November 2023. Pemkab Sikka membuka bimtek inovasi daerah.", D(2023, 11, 15)),
    ("Dilihat: 120 kali | 10 September 2024", D(2024, 9, 10)),
    ("Selasa, 10 September 2024 | 14:22 WITA Bagikan", D(2024, 9, 10)),
    ("Dipublish pada 10 September 2024", D(2024, 9, 10)),
    ("Last updated: 10 September 2024", D(2024, 9, 10)),
    # a site account's login in lower case after the byline label
    ("By humas on June 12, 2024", D(2024, 6, 12)),
    ("oleh admin_dinkes | 12 Juni 2024", D(2024, 6, 12)),
    # a byline's items pasted without their separators
    ("Jumat, 13 Juni 2025 admin 0 Komentar", D(2025, 6, 13)),
    ("Diterbitkan: 06/10/2023 Kategori: Pemerintahan Dilihat: 287", D(2023, 10, 6)),
    ("Admin Diskominfo 16 Februari 2024 Dibaca 120 kali", D(2024, 2, 16)),
    # a weekday's comma without its space, a site's timestamp with its offset
    ("Selasa,13 Februari 2024", D(2024, 2, 13)),
    ("2024-02-13T10:00:00+07:00", D(2024, 2, 13)),
    # an office's name with "dan", a section of four words, an aside about the writer in brackets
    ("Oleh Bagian Protokol dan Komunikasi Pimpinan | 30 Oktober 2024", D(2024, 10, 30)),
    ("Humas Setda Manggarai Barat | Selasa, 14 Mei 2024 | Dibaca 312 kali", D(2024, 5, 14)),
    ("Oleh: Dwi Ratnaningsih (warga RW 17 Kadipiro) | 3 Maret 2024 | 5 menit baca", D(2024, 3, 3)),
    # not a byline: a lead sentence that starts with a date, a date inside a sentence
    ("Dilihat 120 warga | 10 September 2024", None),
    ("12 Februari 2024 Bupati membuka pelatihan inovasi di aula.", None),
    ("Bertempat di Aula Bappeda Rabu, 19 Juni 2024 telah diselenggarakan rapat.", None),
    ("Bupati Sinjai, Senin (12/2/2024) membuka rapat inovasi daerah di aula kantor bupati.", None),
    ("Bupati meresmikan aplikasi | 12 Februari 2024", None),
    ("Laporan keuangan 2023 | 12 Februari 2024", None),
    ("Bupati dan para kepala dinas | 12 Februari 2024", None),
    ("Pada Mei 12, orang peserta hadir", None),
    ("Admin Diskominfo 16 November 2023 0 peserta hadir di aula", None),
    ("Jumat, 13 Juni 2025 kategori lomba inovasi ditutup", None),
    ("Senin, 12 Februari 2024 dibaca 120 siswa di perpustakaan", None),
    ("Bupati Sikka, NTT (15/11/2023) membuka bimtek inovasi daerah di aula.", None),
    ("oleh warga desa setempat pada 12 Juni 2024", None),
])
def test_byline_and_dateline_forms(nlp, line, expected):
    text = f"Judul Berita Inovasi Daerah\n{line}\nIsi berita tentang inovasi daerah di kabupaten itu."
    assert value(run(nlp, text)._.draft["published"]) == expected


# ----------------------------------------------------------------- year from the text, bounds, plans

def test_weekday_inside_brackets_with_day_month():
    (m,) = find_dates("ini catatan sejarah bagi daerah. (Selasa, 4/10).")
    assert (m.kind, m.day, m.month, m.weekday) == ("day_month", 4, 10, 1)
    assert [x.kind for x in find_dates("layanan 24/7 setiap minggu")] == []


@pytest.mark.parametrize("text, expected", [
    # the year the text names for the event, checked against the weekday
    ("Bimtek Penginputan Inovasi Daerah Tahun 2025 digelar di aula Bappeda, Kamis (13/11).", D(2025, 11, 13)),
    ("Bimtek Penginputan Inovasi Daerah Tahun 2025 digelar di aula Bappeda, Senin (13/11).", None),
    # a cited regulation's year is not the event's: 14/11/2017 is a Tuesday, 14/11/2025 is not
    ("Sesuai Permendagri Nomor 38 Tahun 2017, rapat inovasi daerah tahun 2025 digelar Selasa (14/11).", None),
    # several years and no weekday to choose between them: unknowable
    ("Indeks inovasi naik dari tahun 2023 ke tahun 2024. Rapat evaluasi digelar pada 12 Februari.", None),
    ("Lomba inovasi daerah tahun 2024 digelar di aula kantor bupati pada 12 Februari.", D(2024, 2, 12)),
])
def test_day_month_year_from_the_years_the_text_names(nlp, text, expected):
    doc = run(nlp, text)
    assert doc._.draft["published"] is None
    assert value(doc._.found["event_date"]) == expected


def test_published_year_beats_the_years_named(nlp):
    text = "Rapat evaluasi inovasi tahun 2021 digelar di aula Bappeda, Kamis (13/11)."
    assert value(run(nlp, text, meta={"published": "2025-11-14"})._.found["event_date"]) == D(2025, 11, 13)


def test_period_bound_and_deadline_are_not_the_event_day(nlp):
    text = ("Tim Bappeda melaksanakan asistensi penginputan inovasi daerah ke dinas lingkungan hidup. "
            "Penginputan inovasi dilakukan mulai Juli sampai dengan 3 September 2022 melalui aplikasi.")
    assert run(nlp, text)._.found["event_date"] is None
    text2 = ("Sebanyak 40 peserta diklat melaksanakan studi lapangan ke kota itu pada Selasa (29/8/2023) "
             "hingga Kamis (31/8/2023).")
    assert value(run(nlp, text2)._.found["event_date"]) == D(2023, 8, 29)


@pytest.mark.parametrize("text, expected", [
    # a period opened by "sejak" and closed by "hingga" starts on the event's day
    ("Penilaian Inovasi Kelurahan\nRabu, 12 Juni 2024\n\nTim penilai lomba inovasi kelurahan mulai turun ke lapangan "
     "sejak Senin (10/6/2024) hingga Jumat (14/6/2024). Warga kerja bakti setiap Minggu pagi.", D(2024, 6, 10)),
    ("Bimtek Inovasi Daerah\nBengkulu, Kamis (6/3/2025) - Bimtek inovasi daerah berlangsung sejak Rabu (5/3) "
     "hingga hari ini di Ballroom Hotel Pantai Panjang.", D(2025, 3, 5)),
    # "sejak" alone still bounds a period that is not the event ("digunakan sejak 8 Februari 2022")
    ("Aplikasi itu digunakan sejak Selasa (8/2/2022) oleh seluruh puskesmas, kata Kepala Dinas Kesehatan dalam "
     "rapat evaluasi.", None),
    # a contest's results announced, dated "kemarin"
    ("Inovasi Puskesmas Tembus Top 45 KIPP 2024\nKamis, 25 Juli 2024 09:10 WIB\n\nInovasi puskesmas itu masuk Top 45. "
     "Hasil itu diumumkan kementerian secara daring melalui kanal YouTube resmi, kemarin.", D(2024, 7, 24)),
])
def test_periods_and_announcements(nlp, text, expected):
    assert value(run(nlp, text)._.found["event_date"]) == expected


def test_a_time_of_day_between_the_weekday_and_its_date(nlp):
    text = ("SMPN 1 Luncurkan Program Literasi\nDiposting oleh: Admin | 22 Januari 2024\n\n"
            "Senin pagi (15/1/2024), suasana upacara bendera di lapangan sekolah terasa berbeda. Usai upacara, sekolah "
            "secara resmi meluncurkan program literasi pagi.")
    assert value(run(nlp, text)._.found["event_date"]) == D(2024, 1, 15)
    # one mention, its weekday checked against the date, not a lone weekday and a bare date
    assert [(m.kind, m.text) for m in find_dates("Senin pagi (15/1/2024), suasana upacara")] == [
        ("date", "Senin pagi (15/1/2024)")]


def test_letter_date_is_not_the_event_day(nlp):
    text = ("Penilaian proposal inovasi tertuang dalam pengumuman Sekretariat Daerah Nomor : 067/4311/B.Org, "
            "tanggal 11 April 2023, tentang hasil penilaian kompetisi inovasi.")
    assert run(nlp, text)._.found["event_date"] is None


def test_planned_event_date_is_not_the_event_day(nlp):
    text = ("Pemerintah daerah mengadakan rapat persiapan kompetisi inovasi yang sedianya akan "
            "diselenggarakan pemerintah provinsi pada tanggal 5-7 Desember 2023 di hotel.\n"
            "Rapat persiapan itu dilaksanakan di ruang rapat wakil bupati, Jumat (1/12).")
    assert value(run(nlp, text)._.found["event_date"]) == D(2023, 12, 1)


def test_keluarga_berencana_is_no_plan(nlp):
    text = ("Bappeda memberikan pendampingan inovasi di Aula Dinas Kesehatan dan Keluarga Berencana, "
            "Kamis (24/6/2021).")
    assert value(run(nlp, text)._.found["event_date"]) == D(2021, 6, 24)


def test_place_dateline_dates_the_event_its_paragraph_reports(nlp):
    text = ("Bupati Luncurkan Lima Inovasi\nSumbawa Besar, 8 Mei 2024 — Pemerintah kabupaten meluncurkan "
            "lima inovasi pelayanan publik di aula kantor bupati.")
    doc = run(nlp, text)
    ev = doc._.found["event_date"]
    assert ev.value == D(2024, 5, 8) and ev.method == "rule:event_dateline"
    habitual = ("Inovasi Daerah\nSumbawa Besar, 8 Mei 2024 — Pemerintah kabupaten terus mendorong "
                "pelaksanaan inovasi pelayanan publik di setiap perangkat daerah.")
    assert run(nlp, habitual)._.found["event_date"] is None
    byline = ("Bupati Luncurkan Lima Inovasi\nRabu, 8 Mei 2024 | 10:15 WIB\nPemerintah kabupaten meluncurkan "
              "lima inovasi pelayanan publik di aula kantor bupati.")
    doc = run(nlp, byline)
    assert value(doc._.draft["published"]) == D(2024, 5, 8) and doc._.found["event_date"] is None


def test_an_earlier_event_told_later_does_not_hide_the_datelines_day(nlp):
    text = ("Bimtek Inovasi Digelar\nMaumere (1/8/2024) - Bapperida kabupaten menggelar bimtek inovasi daerah "
            "di aula kantor. Sebelumnya, pada 20 Juli 2024, Bapperida menggelar rapat persiapan.")
    ev = run(nlp, text)._.found["event_date"]
    assert ev.value == D(2024, 8, 1) and ev.method == "rule:event_dateline"
    own = ("Bimtek Inovasi Digelar\nMaumere (1/8/2024) - Bapperida kabupaten menggelar bimtek inovasi daerah "
           "di aula kantor pada Selasa (30/7).")
    assert value(run(nlp, own)._.found["event_date"]) == D(2024, 7, 30)


def test_a_day_after_a_word_ending_in_no_is_no_letters_date(nlp):
    # "inovasi tanggal 2 September": "no" inside "inovasi" is no "No." of a letter
    text = ("Bimtek Inovasi\nMAUMERE, 11 September 2024 - Bapperida Sikka menggelar bimtek inovasi tanggal 2 September "
            "di aula kantor.")
    assert value(run(nlp, text)._.found["event_date"]) == D(2024, 9, 2)
    letter = ("Bimtek Inovasi\nMAUMERE, 11 September 2024 - Bapperida Sikka menggelar bimtek sesuai surat Nomor "
              "067/4311/B.Org tanggal 2 September.")
    assert value(run(nlp, letter)._.found["event_date"]) == D(2024, 9, 11)


def test_statement_date_needs_an_event_in_the_lead_not_a_name(nlp):
    reported = ("Balitbang provinsi menggelar penghargaan inovasi daerah tahun 2022 untuk perangkat daerah.\n"
                "\"Kita ingin setiap perangkat daerah melahirkan inovasi,\" ujarnya, Senin (24/10).")
    assert value(run(nlp, reported)._.found["event_date"]) == D(2022, 10, 24)
    named = ("Inovasi posyandu itu berhasil tembus Top 30 pada Kompetisi Inovasi Pelayanan Publik Tahun 2023.\n"
             "Inovatornya, Rabu (12/04/2023) mengatakan, capaian itu menjadi kebanggaan puskesmas.")
    assert run(nlp, named)._.found["event_date"] is None


def test_presentation_moment_dates_the_event(nlp):
    text = ("Tiga inovasi kabupaten masuk finalis kompetisi inovasi pelayanan publik provinsi.\n"
            "\"Tujuannya pelayanan maksimal,\" ujar Bupati saat memaparkan inovasinya secara daring, "
            "Kamis 27 November 2025.")
    assert value(run(nlp, text)._.found["event_date"]) == D(2025, 11, 27)


def test_form_field_dates_are_not_a_byline(nlp):
    text = "Profil Inovasi\nNama Inovasi | Layanan Cepat |\nWaktu Uji Coba | 18-01-2021 |\nTahapan Inovasi | Penerapan |"
    doc = run(nlp, text, draft={"doc_type": "form"})
    assert doc._.draft["published"] is None


def test_lead_date_when_the_event_word_is_in_the_next_sentence(nlp):
    text = ("Para inovator dari seluruh provinsi menaiki bus listrik pada 8 Desember 2025 menuju pusat kendali kota.\n"
            "Mereka bertandang ke tiga tempat layanan publik milik pemerintah provinsi.\n"
            "Kota itu dilanda banjir besar pada 1 Januari 2020, lalu membangun sistem peringatan dini.")
    ev = run(nlp, text)._.found["event_date"]
    assert ev.value == D(2025, 12, 8) and ev.method == "rule:event_lead"
    statement = ("Kepala dinas, Senin (8/12/2025) mengatakan, layanan itu kini menjangkau semua kecamatan.\n"
                 "Dinas itu menggelar pelatihan bagi petugas puskesmas setiap bulan sejak 1 Januari 2020.")
    assert run(nlp, statement)._.found["event_date"] is None


def test_byline_line_dropped_as_chrome_keeps_its_date():
    """A "Penulis: ... | Editor: ..." line is page chrome (its people are no officials), but the
    publication date it carries stays, and dates the weekday of the lead."""
    from pipeline import extract_text
    from pipeline.clean import strip_chrome

    text = ("Dinkes Luncurkan Layanan Jemput Bola\n"
            "Penulis: Rudi Hartono | Editor: Siti Aminah | Rabu, 15 November 2023 - 14:02 WIB\n"
            "SAMARINDA - Dinas Kesehatan meluncurkan layanan jemput bola pada Rabu (15/11).")
    cleaned = strip_chrome(text)
    assert "Rudi Hartono" not in cleaned and "Rabu, 15 November 2023 - 14:02 WIB" in cleaned
    record = extract_text(text, "byline-chrome", "text")
    record = record if isinstance(record, dict) else record.model_dump(mode="json")
    assert record["published"] == "2023-11-15"
    assert record["event"]["date"] == "2023-11-15"
    assert all(o["name"] != "Rudi Hartono" for o in record["officials"])
    # a byline line without a date goes entirely; a dated chrome line in the middle of a long text is not
    # kept, one at its foot is (a byline under the article)
    assert strip_chrome("Judul\nPenulis: Rudi Hartono\nIsi berita.") == "Judul\nIsi berita."
    middle = "\n".join(["Isi berita."] * 30 + ["Sumber: Humas, 15 November 2023"] + ["Isi berita."] * 10)
    assert "2023" not in strip_chrome(middle)
    foot = "\n".join(["Isi berita."] * 30 + ["Sumber: Humas, 15 November 2023"])
    assert strip_chrome(foot).endswith("15 November 2023")


PUB_LINE = "Bupati Terima Kunjungan Studi Tiru\nSabtu, 18 November 2023 | 10:00 WIB\n"


@pytest.mark.parametrize("lead, expected", [
    # an office is where a visit is received, and an interview only with a speech word
    ("ENDE - Bupati menerima kunjungan studi tiru dari Pemkab Sikka di ruang kerjanya, Rabu (15/11/2023) siang.",
     D(2023, 11, 15)),
    ("ENDE - Inovasi itu akan direplikasi, ujar Bupati di ruang kerjanya, Rabu (15/11/2023).", None),
    # an explicit day goes before "hari ini" in the same sentence
    ("ENDE - Pada hari ini, Jumat (17/11) Bappeda menggelar bimtek inovasi daerah.", D(2023, 11, 17)),
    # a range of days in one bracket: the first day
    ("ENDE - Bappeda menggelar bimtek inovasi daerah di Aula Bappeda, Rabu-Jumat (15-17/11).", D(2023, 11, 15)),
    ("ENDE - Bappeda menggelar bimtek inovasi daerah di Aula Bappeda (15-17/11/2023).", D(2023, 11, 15)),
])
def test_event_day_in_visits_ranges_and_next_to_hari_ini(nlp, lead, expected):
    assert value(run(nlp, PUB_LINE + lead)._.found.get("event_date")) == expected


def test_a_bracketed_range_is_a_date_but_a_score_is_not():
    (m,) = find_dates("digelar (15-17/11/2023) di aula")
    assert m.days == (15, 17) and m.date == D(2023, 11, 15) and m.has("range")
    assert find_dates("menang (3-1/2) atas tim tamu") == []


def test_a_byline_under_a_long_menu_is_still_the_publication_date(nlp):
    menu = "\n".join(["Beranda", "Profil", "Berita", "Galeri", "Layanan", "PPID", "Kontak", "Pengumuman", "Agenda",
                      "Download", "Video", "Foto", "Opini", "Daerah", "Nasional", "Olahraga", "Ekonomi", "Politik"])
    text = (f"{menu}\nBupati Buka Bimtek Inovasi Daerah\nDiposting pada 12 Februari 2024\n"
            "Bupati membuka bimtek inovasi daerah di aula kantor bupati, Senin (12/2).")
    assert value(run(nlp, text)._.draft["published"]) == D(2024, 2, 12)


@pytest.mark.parametrize("verb", ["melatih 60 aparatur sipil negara menyusun profil inovasi",
                                  "menggelar coaching clinic penyusunan profil inovasi",
                                  "memberikan asistensi pengisian indeks inovasi"])
def test_event_words_of_every_type_make_an_event_sentence(nlp, verb):
    """The event component's keywords ("melatih", "coaching clinic") mark the sentence whose day is the event's."""
    text = ("Brida Latih ASN Susun Inovasi\nOleh: Redaksi | Rabu, 22 Mei 2024 - 10:21 WIT\n\n"
            f"SENTANI – Badan Riset dan Inovasi Daerah Kabupaten Lembah Hijau {verb}, Selasa (21/5).\n"
            "Kepala Brida mengatakan nilai indeks tahun lalu masih rendah.")
    doc = run(nlp, text)
    assert doc._.draft["published"].value == D(2024, 5, 22)
    assert value(doc._.found["event_date"]) == D(2024, 5, 21)
    # a day in a sentence with no event of any kind, under a headline with none, stays no event day
    doc = run(nlp, text.replace(verb, "menyebut nilai indeks naik").replace("Brida Latih ASN Susun Inovasi",
                                                                            "Nilai Indeks Inovasi Naik"))
    assert value(doc._.found["event_date"]) is None


LONG_BODY = ("Aplikasi SIDAKU Diluncurkan\n\nPemerintah kabupaten meluncurkan aplikasi layanan kependudukan SIDAKU "
             "pada Senin (9/9).\n\n" + "Bupati mengatakan aplikasi itu memudahkan warga mengurus dokumen.\n\n" * 20)


@pytest.mark.parametrize("tail, expected", [
    ("Dipublikasikan pada 10 September 2024", D(2024, 9, 10)),
    ("Posted: 10-09-2024", D(2024, 9, 10)),
    ("(Humas Setda Sikka, 10/09/2024)", D(2024, 9, 10)),
    ("(Humas Setda Sikka/10-09-2024)", D(2024, 9, 10)),
    # a credit line the cleaner drops as chrome keeps its date at the foot too
    ("Sumber: Diskominfo Sikka | 10 September 2024", D(2024, 9, 10)),
    # a place and a date alone at the foot is a letter's signature, not a byline
    ("Maumere, 10 September 2024\nHumas Setda Sikka", None),
    # a date in the last sentence is no byline
    ("Aplikasi itu mulai dipakai pada 10 September 2024 di seluruh kecamatan.", None),
])
def test_a_byline_at_the_foot_of_a_long_text(nlp, tail, expected):
    from pipeline.clean import normalise_text, strip_chrome
    doc = run(nlp, strip_chrome(normalise_text(LONG_BODY + tail)))
    assert value(doc._.draft["published"]) == expected


@pytest.mark.parametrize("line", ["Nov 24, 2022 | 10:00 am", "November 24, 2022 | 4:30 PM"])
def test_a_byline_with_an_english_clock_time(nlp, line):
    text = BYLINE.replace("Senin, 14 Maret 2022 10:00 WIB", line)
    assert value(run(nlp, text)._.draft["published"]) == D(2022, 11, 24)


def test_a_weekday_closing_the_headline_is_no_weekday_of_the_byline_below(nlp):
    text = ("Disdukcapil Buka Layanan Malam Minggu\n\n18 Januari 2025 21:05\n\nDinas Kependudukan dan Pencatatan Sipil "
            "membuka layanan perekaman KTP-el pada Sabtu malam.")
    assert value(run(nlp, text)._.draft["published"]) == D(2025, 1, 18)
