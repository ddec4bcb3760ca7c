import datetime as dt

import pytest

from helpers import component_nlp
from pipeline.evidence import Found, flatten
from pipeline.parse import make_doc


@pytest.fixture(scope="module")
def nlp():
    return component_nlp("inovasi_event")


def event(nlp, text, found=None, draft=None):
    doc = make_doc(nlp, text, {})
    if found:
        doc._.found.update(found)
    if draft:
        doc._.draft.update(draft)
    doc = nlp(doc)
    values, evidence = flatten(doc._.draft, doc.text)
    return values.get("event"), evidence


def test_bimtek_with_venue(nlp):
    e, ev = event(nlp, "Bupati Luwu Buka Bimtek Inovasi\n\nLUWU – Sekda membuka Bimbingan Teknis Penyusunan Proposal "
                       "Inovasi di Aula Lagaligo Kantor Bupati Luwu, Kamis (2/3/2023).")
    assert e["type"] == "bimtek"
    assert e["venue"] == "Aula Lagaligo Kantor Bupati Luwu"
    assert any(e_["field"] == "event.venue" for e_ in ev)


def test_compound_technical_beats_sosialisasi(nlp):
    e, _ = event(nlp, "Bappeda menggelar Sosialisasi dan Bimbingan Teknis Pengisian Indeks Inovasi Daerah "
                      "secara virtual, Senin (4/9/2023).")
    assert e["type"] == "bimtek"
    assert e["venue"] is None


def test_compound_first_wins(nlp):
    e, _ = event(nlp, "Dinas Koperasi melakukan Sosialisasi dan Rapat Koordinasi Program UMKM di Hotel Santika Ambon.")
    assert e["type"] == "sosialisasi"
    assert e["venue"] == "Hotel Santika Ambon"


def test_signing_and_date_pass_through(nlp):
    text = ("Pemkab Sumedang dan Pemkab Garut menandatangani nota kesepahaman replikasi inovasi, Rabu (5/6/2024) "
            "di Gedung Negara Sumedang.")
    date = Found(dt.date(2024, 6, 5), text.index("Rabu"), text.index("Rabu") + 17, "rule:test")
    e, _ = event(nlp, text, found={"event_date": date})
    assert e["type"] == "penandatanganan"
    assert e["date"] == dt.date(2024, 6, 5)
    assert e["venue"] == "Gedung Negara Sumedang"


def test_launching_and_visit(nlp):
    e, _ = event(nlp, "Wali Kota Batu meluncurkan aplikasi layanan pajak di Balai Kota Among Tani.")
    assert e["type"] == "launching"
    e, _ = event(nlp, "Kunjungan kerja tim Bappeda ke Dinas Sosial dilaksanakan pada 10 Mei 2024.")
    assert e["type"] == "kunjungan"


def test_lab_inovasi_is_pendampingan(nlp):
    e, _ = event(nlp, "Wakil Bupati secara resmi membuka Laboratorium Inovasi di Kabupaten Sigi.")
    assert e["type"] == "pendampingan"


def test_profile_article_has_no_event(nlp):
    text = ("SERANG – Dinas Kesehatan Kota Serang terus berinovasi menghadirkan layanan informasi kesehatan. "
            "“Inovasi harus sesuai tupoksi dan mendapat dukungan pimpinan,” ujar Kepala Bidang, Selasa (2/9/2025). "
            "Ke depan, dinas akan menggelar sosialisasi bersama DPRD.")
    e, _ = event(nlp, text)
    assert e is None


def test_a_headline_introducing_a_programme_is_no_event(nlp):
    text = ("RSUD Kenalkan Program Jalur Cepat demi Pangkas Antrean\n\nProgram Jalur Cepat memudahkan pasien lansia "
            "mendapat layanan tanpa antre panjang. Pasien cukup mendaftar lewat telepon.")
    e, _ = event(nlp, text)
    assert e is None


def test_future_and_habit_only(nlp):
    e, _ = event(nlp, "Bagian Organisasi Siap Dampingi OPD\n\nBagian Organisasi terus melakukan pendampingan kepada OPD. "
                      "Pendampingan dari provinsi akan dilakukan dalam waktu dekat.")
    assert e is None


def test_forms_skipped(nlp):
    e, _ = event(nlp, "Rapat koordinasi digelar di Aula Bappeda.", draft={"doc_type": "form"})
    assert e is None


def test_keyword_scan_finds_what_the_whole_pattern_finds():
    # keyword_hits tries keywords only at word starts, through a per-letter index; it must find
    # exactly what the full alternation finds when scanned over the whole text
    from pipeline.extract.event import keyword_hits, rules
    text = ("Pemkab me-launching aplikasi; PENANDATANGANAN Perjanjian Kerja Sama dan MoU diteken. "
            "Sosialisasi/Bimtek di Ruang Rapat, studi   tiru ke Kota Ñ, pra-bimtek, rapat-rapat, "
            "In-House Training, monitoring dan evaluasi lapangan, ſosialisasi, Kunker, rakornis_2, "
            "Bimtek2, xbimtek, Éxpo, (Rakor) \"Webinar\" 'lomba' bimtek")
    r = rules()
    expected = [(r["_kw_types"][int(m.lastgroup[1:])], m.start(), m.end()) for m in r["_kw"].finditer(text)]
    got = [(h.type, h.start, h.end) for h in keyword_hits(text)]
    assert len(expected) >= 12
    assert got == expected


# ----------------------------------------------------------------- which event the article reports

def test_adjacent_event_words_are_one_phrase_typed_by_its_head(nlp):
    e, _ = event(nlp, "Bappeda menggelar Sosialisasi Lomba Inovasi Daerah di aula kantor wali kota. "
                      "Lomba dibuka untuk perangkat daerah dan masyarakat umum.")
    assert e["type"] == "sosialisasi"
    e, _ = event(nlp, "Rapat presentasi dan demo aplikasi dilaksanakan di ruang bidang teknologi informasi.")
    assert e["type"] == "rapat"


def test_phrase_with_dan_is_one_mention():
    from pipeline.extract.event import find_hits
    nlp = component_nlp()
    text = "Bappeda menyelenggarakan kegiatan Sosialisasi Lomba dan Festival Inovasi Kota tahun ini."
    hits = find_hits(make_doc(nlp, text, {}), text)
    assert [(h.type, text[h.start:h.end]) for h in hits] == [("sosialisasi", "Sosialisasi Lomba dan Festival")]


def test_participants_programme_and_meeting_room_are_not_the_event(nlp):
    e, _ = event(nlp, "Sebanyak 40 peserta diklat kepemimpinan melaksanakan studi lapangan ke Diskominfo. "
                      "Para peserta diklat disambut kepala dinas di kantornya.")
    assert e["type"] == "kunjungan"
    e, _ = event(nlp, "Tim validasi provinsi berkunjung ke kantor bupati. Tim itu diterima di ruang rapat "
                      "bupati dan ruang rapat sekda.")
    assert e["type"] == "kunjungan"


def test_award_in_a_programme_name_is_no_award_event(nlp):
    e, _ = event(nlp, "Bupati menerima tim validasi Innovative Government Award di kantor bupati. "
                      "Kunjungan tim itu berlangsung dua jam.")
    assert e["type"] == "kunjungan"
    e, _ = event(nlp, "Gubernur menerima penghargaan provinsi terinovatif dari Menteri Dalam Negeri di Jakarta.")
    assert e["type"] == "penghargaan"


def test_presenting_to_assessors_is_a_competition(nlp):
    e, _ = event(nlp, "Wali Kota memaparkan belasan inovasi di hadapan tim penilai kementerian di Jakarta.")
    assert e["type"] == "kompetisi"


def test_definition_is_no_event(nlp):
    e, _ = event(nlp, "Para tamu bertandang ke pusat kendali kota, Senin. Kegiatan tahunan itu merupakan ajang "
                      "inovasi kementerian.")
    assert e["type"] == "kunjungan"


def test_expansion_of_a_name_is_no_event(nlp):
    e, _ = event(nlp, "Tim Bappeda berkunjung ke dinas kesehatan. Dinas memperkenalkan SIPENA (Sistem Pelatihan "
                      "Nakes) dan SIPELA (Sistem Pelatihan Aparatur).")
    assert e["type"] == "kunjungan"


def test_object_of_an_event_verb_weighs_more(nlp):
    text = ("Tim Bappeda melaksanakan asistensi penginputan inovasi daerah ke dinas lingkungan hidup. "
            "Kepala bidang menerima tim itu di kantornya. Dalam diskusi, kepala bidang menyampaikan inovasi "
            "bank sampah. Inovasi itu sudah menjaring ribuan nasabah. Di akhir diskusi, tim meminta data "
            "inovasi segera dilengkapi.")
    e, _ = event(nlp, text)
    assert e["type"] == "pendampingan"


def test_launch_since_a_past_date_is_background(nlp):
    text = ("Kepala Dinas Kominfo memimpin evaluasi layanan pengaduan warga di ruang rapat bupati, Selasa. "
            "Menurutnya, aplikasi pengaduan yang dilaunching sejak Juli 2018 itu sudah menerima 168 laporan.")
    e, _ = event(nlp, text)
    assert e is None or e["type"] != "launching"
    e, _ = event(nlp, "Bupati melaunching aplikasi pengaduan warga di pendopo kabupaten, Selasa.")
    assert e["type"] == "launching"


@pytest.mark.parametrize("text, expected", [
    ("Tim pemerintah kota melakukan kaji tiru inovasi pelayanan ke kabupaten tetangga.", "kunjungan"),
    ("Dinas kesehatan menggelar penyuluhan inovasi layanan gizi kepada kader posyandu.", "sosialisasi"),
    ("Bappeda menggelar peningkatan kapasitas inovator perangkat daerah selama dua hari.", "bimtek"),
    ("Sekda memimpin pertemuan evaluasi inovasi daerah bersama kepala perangkat daerah.", "rapat"),
    ("Bappeda Ende melatih 50 ASN menyusun proposal inovasi daerah di Aula Bappeda.", "bimtek"),
    ("Bappeda menyosialisasikan Permendagri Nomor 38 Tahun 2017 tentang inovasi daerah kepada camat.", "sosialisasi"),
])
def test_event_vocabulary(nlp, text, expected):
    e, _ = event(nlp, text)
    assert e["type"] == expected


@pytest.mark.parametrize("text, kind", [
    ("Bappeda Sikka menggelar monitoring dan evaluasi inovasi daerah di aula kantor.", "rapat"),
    ("Bappeda Sikka menggelar monev inovasi perangkat daerah di aula kantor.", "rapat"),
    ("Tim juri melakukan penilaian inovasi kecamatan se-Kabupaten Sikka.", "kompetisi"),
    ("Bappeda Sikka menggelar konsultasi publik rancangan peraturan bupati tentang inovasi daerah.", "rapat"),
    ("Bappeda Sikka menggelar uji publik inovasi daerah di aula kantor.", "rapat"),
    ("Bupati menghadiri Rakornas Inovasi Daerah di Jakarta bersama 300 kepala daerah.", "rapat"),
    ("Bupati Sikka menyerahkan hadiah kepada para pemenang inovasi OPD terbaik.", "penghargaan"),
    ("Bupati Sikka menerima rombongan Pemkab Ende yang belajar inovasi pelayanan.", "kunjungan"),
    ("Pemkab Sikka dan BPJS Kesehatan menjalin kerja sama layanan kesehatan.", "penandatanganan"),
    # a consultation that is no public hearing stays assistance
    ("Tim BRIDA membuka layanan konsultasi inovasi bagi perangkat daerah.", "pendampingan"),
])
def test_monitoring_meetings_and_judging_panels(nlp, text, kind):
    e, _ = event(nlp, text)
    assert e["type"] == kind


@pytest.mark.parametrize("text, kind", [
    ("Tim Verifikasi Kemendagri Tinjau Inovasi Sikka\n\nTim verifikasi lapangan Kementerian Dalam Negeri meninjau "
     "langsung inovasi Sikka Sehat di Puskesmas Beru, Jumat (12/7/2024).", "kunjungan"),
    ("Diskominfo Edukasi Warga Gunakan Aplikasi Lapor\n\nDiskominfo Sikka memberikan edukasi kepada warga Kelurahan "
     "Kota Uneng tentang penggunaan aplikasi Lapor Sikka.", "sosialisasi"),
    # a region's anniversary and a year-end address are ceremonies of their own
    ("Upacara HUT ke-66 Kabupaten Ngada\n\nBupati memimpin upacara peringatan HUT ke-66 Kabupaten Ngada di Lapangan "
     "Kartini Bajawa. Dalam sambutannya bupati menyinggung inovasi daerah.", "lainnya"),
    ("Refleksi Akhir Tahun 2023\n\nBupati menyampaikan refleksi akhir tahun di ruang rapat utama kantor bupati. "
     "Ia memaparkan capaian inovasi dan pendampingan desa.", "lainnya"),
    # ... which give way to a meeting or a launching held on the occasion, in the same sentence
    ("DPRD Gelar Paripurna Istimewa\n\nDPRD menggelar rapat paripurna istimewa HUT ke-17 kabupaten di gedung dewan. "
     "Bupati menyampaikan capaian inovasi.", "rapat"),
    ("Bupati Luncurkan Lima Inovasi\n\nBupati meluncurkan lima inovasi daerah pada peringatan HUT ke-24 kabupaten di "
     "lapangan upacara.", "launching"),
])
def test_inspecting_educating_and_occasions(nlp, text, kind):
    e, _ = event(nlp, text)
    assert e["type"] == kind


@pytest.mark.parametrize("text, expected", [
    ("Pemkot Cimahi Terapkan Tanda Tangan Elektronik\n\nMulai pekan ini seluruh surat keluar wajib ditandatangani "
     "secara elektronik oleh kepala perangkat daerah.", None),
    ("Bupati Teken Nota Kesepahaman Inovasi\n\nBupati menandatangani nota kesepahaman dengan LAN, Senin (4/3/2024).",
     "penandatanganan"),
])
def test_an_obligation_is_no_event_but_a_signing_is(nlp, text, expected):
    e, _ = event(nlp, text)
    assert (e or {}).get("type") == expected


def test_a_movement_proclaimed_is_launched(nlp):
    e, _ = event(nlp, "Bupati Muna Canangkan Gerakan Ayo Menabung\n\nBupati Muna mencanangkan Gerakan Ayo Menabung di "
                      "halaman kantor bupati, Senin (7/8/2023).")
    assert e["type"] == "launching"


@pytest.mark.parametrize("text, expected", [
    # the winners of a contest announced or awarded: the award, however often the contest is named
    ("Bupati Serahkan Penghargaan Pemenang Lomba Inovasi Daerah 2024\n\nMAUMERE – Bupati Sikka menyerahkan hadiah "
     "kepada para pemenang lomba inovasi daerah, Rabu (16/10/2024). Lomba tahun ini diikuti 40 inovasi. Penilaian "
     "lomba dilakukan dewan juri selama dua pekan.", "penghargaan"),
    # the contest itself, judged on the day, stays a contest
    ("Sepuluh Finalis Lomba Inovasi Presentasi di Depan Juri\n\nMAUMERE – Sepuluh finalis lomba inovasi daerah "
     "mempresentasikan karyanya di hadapan dewan juri, Rabu (16/10/2024). Lomba tahun ini diikuti 40 inovasi.",
     "kompetisi"),
])
def test_an_award_to_a_contests_winners(nlp, text, expected):
    e, _ = event(nlp, text)
    assert e["type"] == expected


@pytest.mark.parametrize("text, kind", [
    # an assessment team's field verification is a visit, not the contest
    ("Masuk Nominasi IGA, Inovasi Sikka Diverifikasi Tim Kemendagri\n\nTim BSKDN Kemendagri melakukan verifikasi "
     "lapangan atas tiga inovasi Kabupaten Sikka, Kamis (17/10/2024), di Puskesmas Beru.", "kunjungan"),
    # an exhibition of innovations is none of the listed kinds
    ("Expo Inovasi Daerah Sikka 2024 Resmi Dibuka\n\nSebanyak 30 stan perangkat daerah memamerkan inovasi pelayanan "
     "publik dalam Expo Inovasi Daerah di Lapangan Kota Baru, Sabtu (5/10/2024).", "lainnya"),
    # a contest is still one
    ("Lomba Inovasi Desa Sikka Diikuti 40 Desa\n\nSebanyak 40 desa mengikuti lomba inovasi desa tingkat kabupaten, "
     "Senin (2/9/2024).", "kompetisi"),
    # a contest that "is launched" is the contest opening
    ("SIKKA - Melalui Badan Riset dan Inovasi Daerah, Lomba Inovasi Daerah Sikka Cerdas Tahun 2026 resmi "
     "diluncurkan, Rabu (18/2/2026). Acara dibuka Asisten Ekonomi dan Pembangunan.", "kompetisi"),
    # an innovation that is launched stays a launching
    ("SIKKA - Aplikasi Sikka Cerdas resmi diluncurkan Bupati Sikka, Rabu (18/2/2026), di aula kantor bupati.",
     "launching"),
    # an evaluation held as an event is a meeting
    ("Hal tersebut disampaikan Kepala Dinas Kominfo dalam acara Evaluasi Lapor Sikka yang berlangsung di Ruang "
     "Rapat Bupati, Selasa (29/1).", "rapat"),
    # a coaching clinic coaches each entry's proposal: assistance
    ("Biro Organisasi Gelar Coaching Clinic KIPP\n\nBiro Organisasi Setda Provinsi menggelar Coaching Clinic "
     "penyusunan proposal bagi 11 inovasi yang lolos Top 99 KIPP, Kamis (2/5/2024).", "pendampingan"),
    # evaluation as a word is no event
    ("Inovasi itu terus dikembangkan berdasarkan evaluasi warga terhadap layanan desa.", None),
])
def test_visits_exhibitions_launched_contests_evaluations_and_clinics(nlp, text, kind):
    e, _ = event(nlp, text)
    assert (e or {}).get("type") == kind


@pytest.mark.parametrize("tail", [", Senin (14/7/2025).", ", Senin."])
def test_a_weekday_after_the_venues_comma_is_no_part_of_it(nlp, tail):
    e, _ = event(nlp, "Upacara HUT Kabupaten\n\nUpacara peringatan HUT Kabupaten Mamuju digelar di Lapangan Upacara "
                      "Kantor Bupati Mamuju" + tail)
    assert e["venue"] == "Lapangan Upacara Kantor Bupati Mamuju"


def test_a_dated_activity_of_no_listed_type_is_lainnya(nlp):
    day = Found(dt.date(2024, 2, 4), 0, 0, "rule:event_date")
    text = ("BPBD Uji Sirene Banjir\n\nBETUN - Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Malaka menggelar "
            "simulasi evakuasi sekaligus uji coba sirene banjir di Desa Weoe, kemarin.")
    e, _ = event(nlp, text, found={"event_date": day})
    assert (e["type"], e["date"]) == ("lainnya", dt.date(2024, 2, 4))
    # without a date, or with nothing organised, there is no event
    assert event(nlp, text)[0] is None
    assert event(nlp, "Profil Inovasi\n\nDinas Kependudukan dan Pencatatan Sipil melakukan inovasi yang mempermudah "
                      "warga.", found={"event_date": day})[0] is None


def test_a_panel_hearing_presentations_is_a_contest(nlp):
    text = ("Bupati Paparkan Tiga Inovasi di Hadapan Panelis IGA\n\nKota Mungkid – Bupati memaparkan tiga inovasi "
            "unggulan di hadapan tim panelis Innovative Government Award di Jakarta, Senin (2/9/2024).")
    assert event(nlp, text)[0]["type"] == "kompetisi"
