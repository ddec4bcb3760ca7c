import pytest

from helpers import component_nlp
from pipeline.evidence import Found, flatten
from pipeline.parse import make_doc
from pipeline import extract_text


@pytest.fixture(scope="module")
def nlp():
    return component_nlp("inovasi_title")


def title(nlp, text, meta=None, draft=None):
    doc = make_doc(nlp, text, meta or {})
    if draft:
        doc._.draft.update(draft)
    doc = nlp(doc)
    values, _ = flatten(doc._.draft, doc.text)
    return values.get("title"), doc


def test_meta_title_wins(nlp):
    t, doc = title(nlp, "Bupati Sleman Buka Bimtek Inovasi\n\nSLEMAN – Bupati membuka acara.",
                   meta={"title": "Bupati Sleman Buka Bimtek Inovasi"})
    assert t == "Bupati Sleman Buka Bimtek Inovasi"
    assert doc._.draft["title"].method == "meta:html" and doc._.draft["title"].start == 0


def test_first_line_headline(nlp):
    t, _ = title(nlp, "Pemkot Bitung Gelar Rakor Inovasi Daerah\n\nBITUNG – Pemerintah Kota Bitung menggelar rapat.")
    assert t == "Pemkot Bitung Gelar Rakor Inovasi Daerah"


def test_stray_quote_dropped(nlp):
    t, _ = title(nlp, "“Penguatan Inovasi Kabupaten Sigi\nBertempat di Aula Bappeda telah diselenggarakan rapat.")
    assert t == "Penguatan Inovasi Kabupaten Sigi"


def test_chrome_lines_skipped(nlp):
    text = ("BERITASULTENG.CO.ID\nBeranda Daerah Palu Puluhan ASN Ikuti Bimtek Inovasi\n\n"
            "Puluhan ASN Ikuti Bimtek Inovasi\n\nPalu – Sebanyak 50 ASN mengikuti bimtek.")
    t, _ = title(nlp, text)
    assert t == "Puluhan ASN Ikuti Bimtek Inovasi"


def test_date_line_before_headline(nlp):
    t, _ = title(nlp, "Ditulis Pada 3 Maret 2020 10:00 WIB\n\nLayanan Adminduk Jemput Bola di Desa Terpencil\n\nTeks.")
    assert t == "Layanan Adminduk Jemput Bola di Desa Terpencil"


@pytest.mark.parametrize("text", [
    "PALU, SULTENGNEWS – Dinas Kesehatan Kota Palu terus berinovasi menghadirkan layanan terbaik.",
    "Bupati Sigi membuka kegiatan laboratorium inovasi di aula kantor bupati. Kegiatan ini berlangsung dua hari.",
    "Ambon – Pemerintah Kota Ambon menandatangani kerja sama.",
])
def test_no_headline(nlp, text):
    t, _ = title(nlp, text)
    assert t is None


def test_form_title_kept(nlp):
    t, _ = title(nlp, "Nama Inovasi | SIMPEL |", draft={"title": Found("SIMPEL", 15, 21, "form")})
    assert t == "SIMPEL"


@pytest.mark.parametrize("text,expected", [
    # a one- or two-word section label above the headline
    ("Daerah\n\nPekan Inovasi Kabupaten Sigi Tahun 2024\n\nSIGI – Bappeda menggelar pekan inovasi.",
     "Pekan Inovasi Kabupaten Sigi Tahun 2024"),
    ("KABAR DAERAH\n\nPemkab Muna Raih Penghargaan Inovasi\n\nRAHA – Pemkab Muna meraih penghargaan.",
     "Pemkab Muna Raih Penghargaan Inovasi"),
    # ad slots, paywall prompts, menu labels, captions with a photo credit
    ("Iklan Layanan Masyarakat\n\n40 Inovasi Ikuti Lomba Krenova\n\nBLORA – Lomba digelar.",
     "40 Inovasi Ikuti Lomba Krenova"),
    ("banner 728x90\nBaca berita tanpa iklan. Gabung Portal+\n“Si Cepat” Milik Kota Bima Raih Apresiasi\n"
     "BIMA – Aplikasi itu diapresiasi.", "“Si Cepat” Milik Kota Bima Raih Apresiasi"),
    ("Portal Sultra Hari Ini\nWali Kota Baubau Luncurkan Aplikasi Layanan\nBAUBAU – Aplikasi diluncurkan.",
     "Wali Kota Baubau Luncurkan Aplikasi Layanan"),
    ("Berita\nBupati Nias Selatan saat memberi sambutan/Ist\nNusantara\nNias Selatan Jadi Kabupaten Terinovatif\n"
     "TELUKDALAM – Kabupaten itu meraih predikat.", "Nias Selatan Jadi Kabupaten Terinovatif"),
    # a government's letterhead in capitals, a greeting banner, a place and date alone on their line
    ("PEMERINTAH KABUPATEN ENDE\nDINAS KOMUNIKASI DAN INFORMATIKA\nDiskominfo Ende Sosialisasikan Layanan Baru\n"
     "Diskominfo menggelar sosialisasi.", "Diskominfo Ende Sosialisasikan Layanan Baru"),
    ("Selamat Datang di Website Resmi Pemerintah Kabupaten Ende\nBupati Luncurkan Aplikasi Si Cepat\n"
     "Bupati meluncurkan aplikasi.", "Bupati Luncurkan Aplikasi Si Cepat"),
    ("Ende, 15 November 2023\nBupati Luncurkan Aplikasi Si Cepat\nBupati meluncurkan aplikasi.",
     "Bupati Luncurkan Aplikasi Si Cepat"),
    # search boxes and navigation widgets copied with the page
    ("Cari...\nMenu\nBupati Luncurkan Aplikasi Si Cepat\nBupati meluncurkan aplikasi.", "Bupati Luncurkan Aplikasi Si Cepat"),
    ("Skip to content\nBupati Luncurkan Aplikasi Si Cepat\nBupati meluncurkan aplikasi.", "Bupati Luncurkan Aplikasi Si Cepat"),
    ("Cari Inovasi Terbaik di Desa\nBappeda menggelar lomba.", "Cari Inovasi Terbaik di Desa"),
    # a headline that ends with "Hari Ini" or opens with "Oleh-oleh" is a headline, not a menu label or a byline
    ("Bupati Resmikan MPP Hari Ini\n\nMAUMERE – Bupati meresmikan mal pelayanan publik.", "Bupati Resmikan MPP Hari Ini"),
    ("Oleh-oleh Inovasi dari Sikka\n\nMAUMERE – Bupati memamerkan inovasi daerah.", "Oleh-oleh Inovasi dari Sikka"),
    # an index page's label is chrome; a headline that opens with "Indeks" is a headline
    ("Indeks Berita\nBupati Luncurkan Aplikasi Si Cepat\nBupati meluncurkan aplikasi.", "Bupati Luncurkan Aplikasi Si Cepat"),
    ("Indeks Inovasi Daerah Kabupaten Sikka Naik\n\nMAUMERE – Indeks inovasi daerah naik menjadi 52,4.",
     "Indeks Inovasi Daerah Kabupaten Sikka Naik"),
    # a headline that starts like a government's name is still the headline
    ("Pemerintah Kota Ende Berinovasi\nPemkot menggelar lomba.", "Pemerintah Kota Ende Berinovasi"),
    # outlets' headers: a site with its city, a station with its name or frequency, a section with its region, a
    # header ending in a date, a menu of short items
    ("Tribunflores.co / Maumere\n\nBupati Luncurkan Aplikasi Si Cepat\n\nMAUMERE – Bupati meluncurkan aplikasi.",
     "Bupati Luncurkan Aplikasi Si Cepat"),
    ("SKA TV • Sikka Televisi\nLIVE | BERITA | BUDAYA | PROGRAM | TENTANG KAMI\n\nBupati Luncurkan Aplikasi Si Cepat\n"
     "MAUMERE – Bupati meluncurkan aplikasi.", "Bupati Luncurkan Aplikasi Si Cepat"),
    ("RADIO SUARA SIKKA 98,2 FM\n\nBupati Luncurkan Aplikasi Si Cepat\nMAUMERE – Bupati meluncurkan aplikasi.",
     "Bupati Luncurkan Aplikasi Si Cepat"),
    ("Berita Flores / Kabupaten Sikka\n\nBupati Luncurkan Aplikasi Si Cepat\nMAUMERE – Bupati meluncurkan aplikasi.",
     "Bupati Luncurkan Aplikasi Si Cepat"),
    ("SIKKA TV | Berita | Kamis, 21 Maret 2024\n\nBupati Luncurkan Aplikasi Si Cepat\nMAUMERE – Bupati meluncurkan.",
     "Bupati Luncurkan Aplikasi Si Cepat"),
    # a headline with a slash or the word TV stays one
    ("Dinas Kesehatan / Puskesmas Raih Penghargaan Inovasi\n\nMAUMERE – Dinas meraih penghargaan.",
     "Dinas Kesehatan / Puskesmas Raih Penghargaan Inovasi"),
    ("Pemkab Luncurkan Layanan TV Kabel untuk Desa\n\nMAUMERE – Pemkab meluncurkan layanan.",
     "Pemkab Luncurkan Layanan TV Kabel untuk Desa"),
    # a headline in capitals hard-wrapped onto a second line
    ("SOSIALISASI PERWAL INOVASI, OPD DIMINTA TIDAK SEKADAR KEJAR\nNILAI\nMATARAM - Pemerintah Kota Mataram "
     "menggelar sosialisasi.", "SOSIALISASI PERWAL INOVASI, OPD DIMINTA TIDAK SEKADAR KEJAR NILAI"),
])
def test_chrome_above_headline_skipped(nlp, text, expected):
    t, _ = title(nlp, text)
    assert t == expected


@pytest.mark.parametrize("text", [
    # an office letterhead, a loading notice and a photo credit above a dateline paragraph: no headline
    "Harap Tunggu\n\nPEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI\nDiskominfo Sinjai\n\n"
    "• MC Sinjai - Pemerintah Kabupaten Sinjai menerima penghargaan.",
    "DINAS KOMUNIKASI DAN INFORMATIKA KABUPATEN SINJAI\n\nPemerintah Kabupaten Sinjai menerima penghargaan inovasi.",
    "Sumber Foto: Humas\nPALU, HUMASNEWS - Bertempat di aula, Bappeda menggelar sosialisasi.",
    # a dateline with the site name in brackets and nothing after the dash on its line
    "Kota Bima, (SuaraBima) –\nBadan Riset dan Inovasi Daerah menggelar bimtek.",
])
def test_excerpt_without_headline(nlp, text):
    t, _ = title(nlp, text)
    assert t is None


def test_headline_with_a_chrome_like_word_is_kept(nlp):
    t, _ = title(nlp, "Tiga Desa Gabung Program Inovasi Pelayanan\n\nBIMA – Tiga desa bergabung dalam program.")
    assert t == "Tiga Desa Gabung Program Inovasi Pelayanan"


@pytest.mark.parametrize("page_title, expected", [
    ("Bupati Ende Luncurkan Aplikasi Si Cepat - Kompas.com", "Bupati Ende Luncurkan Aplikasi Si Cepat"),
    ("KabarEnde.com: Bupati Ende Luncurkan Aplikasi Si Cepat", "Bupati Ende Luncurkan Aplikasi Si Cepat"),
    # a colon inside a headline is the headline's own
    ("Bupati Ende: Inovasi Harus Berdampak bagi Warga", "Bupati Ende: Inovasi Harus Berdampak bagi Warga"),
])
def test_site_name_around_a_page_title_is_dropped(page_title, expected):
    from pipeline.clean import strip_title_suffix

    assert strip_title_suffix(page_title) == expected


@pytest.mark.parametrize("line", [
    "Bappeda Ende Gelar Bimtek Inovasi Daerah - Portal Berita Ende",
    "Bappeda Ende Gelar Bimtek Inovasi Daerah | Website Resmi Pemerintah Kabupaten Ende",
    "Bappeda Ende Gelar Bimtek Inovasi Daerah | endekab.go.id",
    "Bappeda Ende Gelar Bimtek Inovasi Daerah - Flores Timur News",
])
def test_a_pasted_page_title_loses_its_sites_name(nlp, line):
    t, doc = title(nlp, line + "\nENDE - Bappeda Kabupaten Ende menggelar bimtek inovasi daerah di aula kantor bupati.")
    assert t == "Bappeda Ende Gelar Bimtek Inovasi Daerah"
    found = doc._.draft["title"]
    assert doc.text[found.start:found.end] == t


def test_a_dash_inside_a_headline_stays():
    from pipeline.clean import strip_title_suffix

    line = "Bupati Ende Luncurkan SI CEPAT - Layanan Perizinan Kini Bisa dari Rumah"
    assert strip_title_suffix(line) == line


def test_a_link_list_under_baca_juga_is_dropped_with_its_heading():
    from pipeline.clean import strip_chrome

    text = ("ENDE - Bupati meluncurkan aplikasi Si Cepat di halaman kantor bupati.\nBaca Juga:\n"
            "- Dinas Pendidikan Buka Pendaftaran Sekolah Inovatif\n- Wabup Hadiri Rakor Inovasi di Kupang\n"
            "Aplikasi itu memudahkan warga mengurus dokumen.\nBerita Terkait\nDinas Sosial Gelar Bimtek\n"
            "Kepala Dinas Sosial menyerahkan bantuan kepada warga.")
    assert strip_chrome(text) == ("ENDE - Bupati meluncurkan aplikasi Si Cepat di halaman kantor bupati.\n"
                                  "Aplikasi itu memudahkan warga mengurus dokumen.\n"
                                  "Kepala Dinas Sosial menyerahkan bantuan kepada warga.")
    # a sentence right under the heading is the article again
    kept = strip_chrome("Isi berita.\nBaca juga:\nBupati berharap inovasi itu terus berjalan.")
    assert kept == "Isi berita.\nBupati berharap inovasi itu terus berjalan."


@pytest.mark.parametrize("label", ["BERITA DAERAH | 12 Agustus 2024", "Daerah • Senin, 12/08/2024",
                                   "Kabar Pemda - 12 Agu 2024 09:15"])
def test_a_section_label_with_a_date_is_chrome(nlp, label):
    head = "Pj Bupati Kunjungi Sentra Inovasi di Kabupaten Tetangga"
    t, _ = title(nlp, f"{label}\n\n{head}\n\nKOTA BARU – Penjabat Bupati melakukan studi tiru.")
    assert t == head
    # a headline that names a date is still the headline
    head2 = "Bupati Buka Lomba Inovasi Desa 12 Agustus 2024 di Aula Kantor"
    t, _ = title(nlp, f"{head2}\n\nKOTA BARU – Tim juri menilai dua belas desa.")
    assert t == head2


HEADLINE = "Pemkab Sikka Luncurkan Aplikasi Sikka Sehat"
LEAD = "\n\nMAUMERE - Pemerintah Kabupaten Sikka meluncurkan aplikasi Sikka Sehat, Senin (9/9/2024)."


@pytest.mark.parametrize("above, line", [
    ("Font: A A A\n", HEADLINE),                          # a text-size widget
    ("Anda berada di: Beranda » Berita\n", HEADLINE),     # a breadcrumb with its lead-in
    ("Daerah › Flores › Sikka\n", HEADLINE),             # a breadcrumb of sections
    ("", HEADLINE + " | Kabar Sikka"),                    # the site's name after a bar
    ("", "Berita Utama | " + HEADLINE),                   # a section label before a bar
])
def test_chrome_around_a_pasted_headline(nlp, above, line):
    t, _ = title(nlp, above + line + LEAD)
    assert t == HEADLINE


def test_a_headline_keeps_its_own_words_after_a_dash(nlp):
    t, _ = title(nlp, "Sikka Sehat, Aplikasi Baru untuk Warga Desa" + LEAD)
    assert t == "Sikka Sehat, Aplikasi Baru untuk Warga Desa"


def test_a_headline_run_together_with_the_leads_dateline(nlp):
    t, _ = title(nlp, "Pemkab Sikka Luncurkan Aplikasi Sikka Sehat MAUMERE – Pemerintah Kabupaten Sikka meluncurkan "
                      "aplikasi Sikka Sehat di aula kantor bupati, Senin (9/9/2024), untuk warga desa terpencil.")
    assert t == HEADLINE
    # a sentence before a capitalised word and a dash is no headline
    t, _ = title(nlp, "Bupati Sikka meluncurkan aplikasi itu di aula kantor bupati bersama seluruh jajaran dan camat "
                      "MAUMERE – lanjut Bupati dalam sambutannya yang panjang di ruangan itu kepada para peserta.")
    assert t is None


SINJAI_LEAD = ("Pemerintah Kabupaten Sinjai menggelar sosialisasi inovasi daerah di aula kantor bupati, Selasa (5/3/2024). "
        "Kegiatan ini dibuka oleh Sekretaris Daerah Kabupaten Sinjai.")


def test_a_site_menu_pasted_above_the_headline_is_skipped_as_one_block(nlp):
    text = "Menu\nProfil\nBerita\nGaleri\nKontak\nPPID\n\nSosialisasi Inovasi Daerah Digelar di Sinjai\n\n" + SINJAI_LEAD
    assert title(nlp, text)[0] == "Sosialisasi Inovasi Daerah Digelar di Sinjai"


def test_many_separate_chrome_blocks_before_a_line_leave_no_title(nlp):
    text = "Berita\n\nDaerah\n\nTerkini\n\nPopuler\n\nPilihan\n\nSosialisasi Inovasi Daerah Digelar di Sinjai\n\n" + SINJAI_LEAD
    assert title(nlp, text)[0] is None


@pytest.mark.parametrize("above", [
    "PORTAL BERITA KABUPATEN KULON PROGO\n\n",
    "SIARAN PERS\nUntuk segera disiarkan\n\n",
    "SUMEDANGEKSPRES.ID | Beranda Pemerintahan Ekonomi Pendidikan Olahraga Indeks Kontak\n\n",
])
def test_site_banners_and_release_lines_above_the_headline(nlp, above):
    text = above + "Bappeda Lebak Umumkan Juara Lomba Inovasi Daerah 2024\n\n" + SINJAI_LEAD
    assert title(nlp, text)[0] == "Bappeda Lebak Umumkan Juara Lomba Inovasi Daerah 2024"


@pytest.mark.parametrize("header", [
    "JAWARA TV ONLINE\nBeranda | Berita | Banten | Kesehatan | Program TV | Live\nLoading...",
    "RANAH MINANG POST\nBerita  Sumbar  Padang  Sawahlunto  Opini  Indeks",
    "ANTARA Bali\nTerkini  Denpasar  Bali Plus  Pariwisata  Ekonomi  Foto  Video",
    "ANTARA News Jawa Tengah\nTerkini   Ekonomi   Politik   Hukum   Jateng Plus   Foto   Video\nLogin",
    "KTV MADURA | Berita Terkini Madura\nTV  |  Streaming  |  Berita  |  Sosok  |  Video\nHome » Berita » Kesehatan",
    "SPFM 98.6 SUBANG — Sora Pamanukan\nBeranda   Berita Daerah   Pendidikan   Hiburan   Streaming",
    "WARTAWARGA.ID — Suara dari Kampung\nHome   Warga Menulis   Opini   Komunitas\n[ Kirim Tulisan ]\n\nRubrik: Warga Menulis",
    "Beranda | Profil | Berita | Layanan Publik | PPID | Galeri | Kontak\nCari berita...\nBeranda > Berita > Kesehatan",
    # a unit's own site: its name in capitals, its motto, its menu
    "SMP NEGERI 1 CILEUNYI\nUnggul dalam Prestasi, Santun dalam Budi Pekerti\nBeranda  Profil  Berita  PPDB  Galeri  Kontak\n\nBerita Sekolah",
    "UPT PUSKESMAS CIKANDE\nMelayani dengan Ikhlas, Cepat dan Ramah\nHome  Profil  Layanan  Jadwal Dokter  Berita  Kontak",
    # a breaking-news ticker and a citizen portal's disclaimer
    "kabarbanua.com\nHOME  BANJARMASIN  BANUA  EKONOMI  OLAHRAGA  INDEKS\n⚡ Breaking: Debit Air Sungai Naik, Warga Diminta Waspada",
    "KABARWARGA.ID — Suara dari Kampung Kita\n\nArtikel ini ditulis oleh warga. Isi di luar tanggung jawab redaksi.",
    # a radio site's player links between bars
    "RADIO SWARA DESA 98,3 FM\n▶ Dengarkan Live Streaming | Jadwal Siaran | Berita | Kirim Salam",
    # a rubric right over the headline
    "BANGKAPOS.COM\n\nWawancara Akhir Tahun",
])
def test_outlet_headers_menus_and_buttons_above_the_headline_are_skipped(nlp, header):
    headline = "Puskesmas Minggir Luncurkan 'Sambang Simbah', Obat Lansia Diantar Sampai Rumah"
    text = f"{header}\n{headline}\n\nMinggir – Warga lanjut usia kini tak perlu lagi mengantre obat rutin."
    assert title(nlp, text)[0] == headline


@pytest.mark.parametrize("headline", [
    "Antara Harapan dan Kenyataan Pelayanan Publik di Desa",      # "Antara" as a word, not the agency in capitals
    "Bupati Resmikan Radio Komunitas Desa Sukamaju",
    "Kominfo Perkenalkan Layanan Berita Desa Lewat Radio",
    "RSUD Tebar Layanan Foto Rontgen Gratis di Desa Terpencil",   # two menu words only, a verb among them
])
def test_headlines_that_share_words_with_outlets_and_menus_stay_headlines(nlp, headline):
    text = f"{headline}\n\nSIKKA – Pemerintah daerah terus berinovasi."
    assert title(nlp, text)[0] == headline


@pytest.mark.parametrize("chrome", [
    "SUMBA JAYA KAB\nBeranda › Berita › Pemerintahan\n",
    "TRIBUNJAYA.COM\nHome | Daerah | Video\nIkuti kami di Google News\n\nDaerah\n",
    "jayaprov.go.id\nBeranda  Pemerintahan  Berita\n\nBerita / Biro Organisasi\n",
])
def test_site_headers_follow_prompts_and_slashed_sections_are_not_the_headline(chrome):
    headline = "Validasi Data Dukung IID, Sekda Minta OPD Jujur dengan Bukti"
    text = chrome + "\n" + headline + "\n\nRabu, 17 Juli 2024\n\nWAIKABUBAK - Badan Riset dan Inovasi Daerah menggelar rapat validasi data dukung."
    assert extract_text(text).title == headline


@pytest.mark.parametrize("chrome", [
    "HUMAS SETDAKAB TAPANULI SELATAN\nBeranda | Berita | Agenda | Pengumuman\n\nJumat, 15 Agustus 2025\n",
    "Diskominfo Kabupaten Mandailing Natal\n",
    "PROKOPIM SETDA KOTA PADANGSIDIMPUAN\n",
    "Kabarsumatera.com   Home   Medan   Sumut   Nasional   Sport   Video\n",
])
def test_a_press_offices_banner_and_a_sites_spaced_menu_are_not_the_headline(chrome):
    headline = "Bupati Buka Expo Inovasi Daerah, 22 Stan Pamerkan Inovasi OPD"
    record = extract_text(chrome + "\n" + headline + "\n\nKOTAPINANG - Bupati membuka Expo Inovasi Daerah di halaman "
                          "kantor bupati. Expo digelar Bappeda.")
    assert record.title == headline
    # the banner's body is the page's owner, not a body that acts in the story
    assert not any(a.name.startswith(("Sekretariat Daerah", "Dinas Komunikasi")) for a in record.agencies)


def test_a_headline_in_capitals_that_opens_with_the_press_offices_word_stays_the_headline():
    headline = "HUMAS PEMKAB LUNCURKAN APLIKASI SI CEPAT"
    assert extract_text(headline + "\n\nBupati meluncurkan aplikasi SI CEPAT di pendopo.").title == headline


def test_a_governments_site_name_with_its_section_is_not_the_headline():
    headline = "Bupati Serahkan Anugerah Inovasi 2022, RSUD dan Ohoi Terbaik"
    text = ("Pemerintah Kabupaten Maluku Tenggara | Portal Berita\nBeranda / Berita / Pembangunan\n\n" + headline +
            "\n\nLanggur – Bupati menyerahkan anugerah inovasi kepada perangkat daerah.")
    assert extract_text(text).title == headline


def test_a_sentence_case_headline_under_an_outlets_name_before_its_date_line():
    headline = "Tanjabbar raih predikat Kabupaten Sangat Inovatif IGA 2023"
    text = ("ANTARA Jambi\n" + headline + "\nJumat, 8 Desember 2023 10:32 WIB\n\nKuala Tungkal (ANTARA) - Pemerintah "
            "Kabupaten Tanjung Jabung Barat meraih predikat Kabupaten Sangat Inovatif.")
    assert extract_text(text).title == headline


def test_an_outlets_regional_section_line_is_not_the_headline():
    headline = "Expo Inovasi Meriahkan HUT ke-17 Sumba Barat Daya, Pengunjung Antusias Coba Aplikasi Warga"
    text = ("POS-KUPANG.COM\nHome  NTT  Kupang  Flores  Sumba  Timor  Bola  Video\nPos Kupang / Sumba\n\n" + headline +
            "\n\nTAMBOLAKA - Expo inovasi daerah digelar di lapangan Galatama.")
    assert extract_text(text).title == headline
    # a headline naming two officials with a slash stays one
    assert extract_text("Bupati / Wabup Tinjau Pasar Induk\n\nBupati meninjau pasar.").title == "Bupati / Wabup Tinjau Pasar Induk"


@pytest.mark.parametrize("line", ["Tulungagung, Rabu (31/7/2024)", "Kendari, 12 Juni 2024", "Sungguminasa, 4/3/2024"])
def test_a_place_and_a_date_over_the_headline_are_not_it(line):
    from pipeline import extract_text
    record = extract_text(f"{line}\n\nBursa Inovasi Desa 2024: Dari Jogo Kali sampai Kampung Literasi\n\n"
                          "Dinas PMD menggelar Bursa Inovasi Desa tahun 2024 di pendopo kabupaten.")
    assert record.title == "Bursa Inovasi Desa 2024: Dari Jogo Kali sampai Kampung Literasi"
