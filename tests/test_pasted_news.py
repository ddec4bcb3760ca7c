"""Whole news texts as people paste them: a blank line ends a sentence (headlines, bylines, photo captions carry no
final stop) and a single line break inside a paragraph (a wrapped PDF line) does not; a caption's photo credit, an
innovation named like a unit and a press release's contact block bring no agency or official. Text written for these
tests."""
import pytest

from pipeline import extract_text
from pipeline.parse import build_nlp, make_doc

ARTICLE = """Pemkot Banjarbaru Luncurkan Aplikasi Antre Online

Wali Kota saat meluncurkan aplikasi di Puskesmas Banjarbaru Utara, Selasa (14/5/2024). (Foto: Diskominfo Banjarbaru)

BANJARBARU - Pemerintah Kota Banjarbaru melalui Dinas Kesehatan meluncurkan aplikasi antrean daring bernama Puskesmas Digital (PusDig), Selasa (14/5/2024).

Kepala Dinas Kesehatan Kota Banjarbaru, Juhai Triyanti, mengatakan aplikasi PusDig dapat diakses dari
ponsel pintar warga."""


@pytest.fixture(scope="module")
def nlp():
    return build_nlp(ner=False)


def test_a_blank_line_ends_a_sentence_and_a_wrapped_line_does_not(nlp):
    doc = nlp(make_doc(nlp, ARTICLE, {}))
    sents = [s.text.strip() for s in doc.sents]
    assert sents[0] == "Pemkot Banjarbaru Luncurkan Aplikasi Antre Online"
    assert sents[2].endswith("Foto: Diskominfo Banjarbaru)") and "BANJARBARU" not in sents[2]
    assert sents[3].startswith("BANJARBARU - Pemerintah Kota Banjarbaru")
    assert sents[-1].endswith("dapat diakses dari\nponsel pintar warga.")


def test_a_photo_credit_above_the_lead_owns_nothing():
    record = extract_text(ARTICLE)
    assert [(i.name, i.long_name) for i in record.innovations] == [("PusDig", "Puskesmas Digital")]
    assert record.innovations[0].agency != "Dinas Komunikasi dan Informatika Banjarbaru"
    assert "Dinas Komunikasi dan Informatika Banjarbaru" not in [a.name for a in record.agencies]


def test_an_innovation_named_like_a_unit_is_no_agency_even_for_the_model():
    record = extract_text("Expo Inovasi Gorontalo\n\nSebanyak 45 inovasi dipamerkan, di antaranya Rumah Sakit Tanpa "
                          "Antre (RSTA) milik RSUD Aloei Saboe dan Gerakan Gorontalo Bersih Sungai.")
    assert "RSTA" in [i.name for i in record.innovations]
    assert not any("Tanpa Antre" in a.name for a in record.agencies)


def test_a_press_releases_contact_block_names_an_official_whose_office_does_not_act():
    # the written sets' gold lists the contact with the office beside the name (either way round); the office is
    # named, it does not act
    record = extract_text("SIARAN PERS\n\nPemkab Sikka Raih Penghargaan Pelayanan Publik\n\nMaumere, 14 Oktober 2024 – "
                          "Penghargaan diterima Pj Bupati Sikka, Adrianus Parera, di Jakarta.\n\nNarahubung:\n"
                          "Kepala Bagian Protokol Setda Sikka\nYohanes Bala, S.Sos (0812-3456-7890)")
    assert [(o.name, o.position) for o in record.officials] == [
        ("Adrianus Parera", "Pj Bupati Sikka"), ("Yohanes Bala", "Kepala Bagian Protokol Sekretariat Daerah Sikka")]
    assert [a.name for a in record.agencies] == ["Pemerintah Kabupaten Sikka"]
    record = extract_text("Expo Inovasi Daerah digelar tiga hari.\n\nNarahubung:\nNurhayati Hasan, S.Kom., M.M.\n"
                          "Kepala Bidang Informasi dan Komunikasi Publik\nDinas Komunikasi dan Informatika Kabupaten "
                          "Majene\nTelp. 0812-4231-0000")
    assert [(o.name, o.position, o.degrees) for o in record.officials] == [
        ("Nurhayati Hasan", "Kepala Bidang Informasi dan Komunikasi Publik Dinas Komunikasi dan Informatika Kabupaten "
         "Majene", ["S.Kom", "M.M"])]
    assert record.agencies == []


def test_a_text_pasted_without_its_line_breaks_keeps_its_content():
    flat = ("Reporter : Maria Goreti MAUMERE – Badan Perencanaan Pembangunan Daerah (Bappeda) Kabupaten Sikka menggelar "
            "sosialisasi lomba inovasi daerah di Aula Bappeda, Kamis (8/9/2022). Kegiatan dibuka oleh Kepala Bappeda "
            "Kabupaten Sikka, Yosef Lado. Sosialisasi diikuti 40 peserta dari perangkat daerah dan kecamatan.")
    record = extract_text(flat)
    assert "Yosef Lado" in [o.name for o in record.officials]
    assert record.agencies and record.event is not None and record.event.type == "sosialisasi"


def test_chrome_that_takes_most_of_a_text_is_reported():
    from pipeline.clean import clean
    from pipeline.ingest import Loaded, Source

    def loaded(text):
        return Loaded(source=Source(doc_id="tempel", source="tempel"), kind="text", text=text, sha256="", size=len(text))

    links = "\n".join(f"Baca juga: Pemkab Sikka Luncurkan Inovasi Nomor {n} untuk Warga Desa Terpencil" for n in range(12))
    text = "Pemkab Sikka Luncurkan Inovasi\n\nBappeda Sikka menggelar lomba inovasi daerah tahun ini.\n\n" + links
    cleaned = clean(loaded(text))
    assert any("page chrome took" in w for w in cleaned.warnings)
    # an ordinary article with a line of chrome gives no such warning
    cleaned = clean(loaded(text.split("\n\nBaca")[0] + "\n\nEditor: Yohanes\n" + "Warga menyambut baik. " * 30))
    assert not any("page chrome took" in w for w in cleaned.warnings)


WRAPPED = """Bappeda Sikka Gelar Lomba Inovasi Daerah

MAUMERE - Badan Perencanaan Pembangunan Daerah (Bappeda) Kabupaten Sikka menggelar
lomba inovasi daerah tahun 2024 di Aula Bappeda, Kamis (8/8/2024). Kegiatan dibuka
oleh Kepala Bappeda Kabupaten Sikka, Yosef Lado, dan diikuti 40 peserta dari perangkat
daerah dan kecamatan se-Kabupaten Sikka yang membawa inovasi unggulan masing-masing.
Inovasi yang dinilai antara lain Sekolah Lapang Iklim dari Dinas Pertanian dan Jaga
Kampung dari Satuan Polisi Pamong Praja yang sudah diterapkan sejak tahun lalu di desa.
Menurut Yosef, lomba ini menjadi bagian dari persiapan penilaian Indeks Inovasi Daerah
yang akan dilakukan Kementerian Dalam Negeri pada akhir tahun ini di seluruh daerah."""


def test_a_hard_wrapped_text_is_read_as_its_paragraphs():
    from pipeline.clean import unwrap_lines
    record = extract_text(WRAPPED)
    assert "Yosef Lado" in [o.name for o in record.officials]
    assert [i.name for i in record.innovations] == ["Sekolah Lapang Iklim", "Jaga Kampung"]
    assert str(record.event.date) == "2024-08-08"
    # the headline stays its own line; a text that is not wrapped is left as it is
    assert unwrap_lines(WRAPPED).split("\n")[0] == "Bappeda Sikka Gelar Lomba Inovasi Daerah"
    short = "Judul\n\nSatu kalimat pendek.\nDua kalimat pendek."
    assert unwrap_lines(short) == short


NARROW = """Menanggapi keluhan petani, Bupati
Kolaka Timur, H. Arman Lasadi,
S.Sos., M.Si., menginstruksikan
penyusunan sistem pemantauan
penyaluran pupuk yang dapat diakses
secara terbuka oleh warga desa.

Pengembangan sistem dikoordinasikan
oleh Kepala Bidang Prasarana dan
Sarana Pertanian pada Dinas
Pertanian Kabupaten Kolaka Timur,
Ir. Made Sri Lestari, M.P., bersama
penyuluh pertanian lapangan yang
menginput realisasi penebusan."""


def test_a_narrow_column_of_a_pdf_is_unwrapped_too():
    # a column about 35 characters wide (two-column PDF layouts): a person's name and degrees cut by line ends
    record = extract_text(NARROW)
    people = {o.name: o for o in record.officials}
    assert people["Arman Lasadi"].position == "Bupati Kolaka Timur"
    assert people["Arman Lasadi"].degrees == ["S.Sos", "M.Si"]
    assert people["Made Sri Lestari"].degrees == ["Ir", "M.P"]


def test_a_wrapped_headline_and_a_forms_label_rows_stay_apart():
    from pipeline.clean import unwrap_lines
    body = ("Badan Riset dan Inovasi Daerah Provinsi Papua Barat menggelar bimbingan teknis penginputan data\n"
            "inovasi daerah bagi operator dari dua belas kabupaten dan satu kota di Manokwari pada pekan lalu\n") * 5
    text = ("PAPUA BARAT GELAR SOSIALISASI DAN BIMBINGAN TEKNIS PENGINPUTAN INDEKS INOVASI\nDAERAH TAHUN 2022\n\n"
            + body)
    assert unwrap_lines(text).split("\n")[0] == ("PAPUA BARAT GELAR SOSIALISASI DAN BIMBINGAN TEKNIS PENGINPUTAN "
                                                  "INDEKS INOVASI DAERAH TAHUN 2022")
    form = ("Nama Inovasi MOTOR BALAP (MOtivaTOR peruBAhan periLAku menuju Parsel sehat) di Puskesmas Paringin\n"
            "Tahapan Inovasi\n\n" + body)
    assert unwrap_lines(form).split("\n")[1] == "Tahapan Inovasi"


def test_a_wrapped_lead_with_no_headline_is_read_whole():
    from pipeline.clean import unwrap_lines
    lead = ("88 peserta Innovative Government Award menaiki empat bus listrik pada 8 Desember 2025. Sejak\n"
            "pagi hingga siang, mereka bertandang ke tiga tempat layanan publik yang dikelola pemerintah\n") * 5
    assert unwrap_lines(lead).split("\n")[0].startswith("88 peserta Innovative Government Award menaiki empat bus "
                                                         "listrik pada 8 Desember 2025. Sejak pagi")
    # a headline written as a sentence over a dateline stays the headline
    text = ("Pemkab Sikka luncurkan aplikasi layanan kesehatan untuk warga desa terpencil\n"
            "MAUMERE - Pemerintah Kabupaten Sikka meluncurkan aplikasi Sikka Sehat untuk warga desa di\n" + lead)
    assert unwrap_lines(text).split("\n")[0] == ("Pemkab Sikka luncurkan aplikasi layanan kesehatan untuk warga "
                                                  "desa terpencil")


def test_a_bracket_or_an_abbreviations_dot_at_a_wrapped_lines_end_is_no_stop():
    from pipeline.clean import unwrap_lines
    filler = ("Kegiatan ini diikuti oleh perwakilan perangkat daerah dari seluruh kecamatan di Kabupaten\n"
              "Timor Tengah Utara yang membawa inovasi unggulan masing-masing untuk dinilai tim juri.\n") * 4
    text = (filler + "Kabupaten TTU menyertakan 3 inovasi yaitu MITON (Manajemen Informasi Terpadu\n"
            "Online), GERTAK BUMI (Gerakan Pertanian Berbasis Eko Enzim Untuk Menjaga Bumi)\n"
            "dan EKO LIT (Ekosistem Literasi) yang telah diterapkan sejak tahun lalu di desa.\n")
    assert "Menjaga Bumi) dan EKO LIT" in unwrap_lines(text)
    assert "Ekosistem Literasi" in unwrap_lines(text)
    record = extract_text("Rapat Persiapan Kompetisi Inovasi\n\n" + text)
    assert [i.name for i in record.innovations] == ["MITON", "GERTAK BUMI", "EKO LIT"]


@pytest.mark.parametrize("head, tail, joined", [
    ("Badan Perencanaan Pembangunan Daerah menggelar rapat pengem-", "bangan inovasi", "pengembangan inovasi"),
    ("rapat itu dihadiri kepala-", "kepala desa", "kepala-kepala desa"),
    ("layanan itu dibuka se-", "Kabupaten Sikka", "se-Kabupaten Sikka"),
    ("warga kini mengurus e-", "KTP di kecamatan", "e-KTP di kecamatan"),
])
def test_a_hyphen_at_a_wrapped_lines_end(head, tail, joined):
    from pipeline.clean import _join_wrapped
    assert _join_wrapped(head, tail).endswith(joined)


FLAT_FORM = ("Data Inovasi Innovation is a process by which a domain, a product, or a service is renewed and brought up "
             "to date by applying new processes. The creation of value is a defining characteristic of innovation. "
             "LUGIKA (Lumbung Gizi Keluarga) Tahapan Inovasi : Uji Coba Digital : Non Digital Inisiator Inovasi : OPD "
             "Bentuk Inovasi : Inovasi Pelayanan Publik Tujuan Inovasi : Menurunkan angka stunting di desa dengan "
             "memanfaatkan bahan pangan lokal yang tersedia di pekarangan warga setiap hari. Waktu Uji Coba : "
             "14-02-2024 Waktu Implementasi : -")


def test_a_form_pasted_without_its_line_breaks():
    record = extract_text(FLAT_FORM)
    assert record.doc_type == "form"
    [item] = record.innovations
    assert (item.name, item.long_name) == ("LUGIKA", "Lumbung Gizi Keluarga")
    assert (item.tahapan, item.jenis, item.inisiator, item.bentuk) == ("uji_coba", "non_digital", "opd",
                                                                       "pelayanan_publik")
    assert str(item.trial_date) == "2024-02-14"


@pytest.mark.parametrize("first", [
    "Tim Bappedalitbang Kota Palangka Raya melaksanakan Asistensi Penginputan Inovasi",   # a me- verb: prose
    "DISKOMINFO INDRAMAYU – Dinas Pemberdayaan Masyarakat dan Desa (DPMD) Kabupaten",   # a dateline: the lead
])
def test_a_wrapped_first_line_that_is_the_lead_goes_on(first):
    from pipeline.clean import unwrap_lines
    rest = ("Daerah Kabupaten Indramayu bersama tim dari perangkat daerah yang membawa data inovasi masing-masing\n"
            "untuk diinput ke aplikasi Indeks Inovasi Daerah milik Kementerian Dalam Negeri pada pekan ini.\n") * 4
    assert unwrap_lines(first + "\n" + rest).split("\n")[0].startswith(first + " Daerah Kabupaten Indramayu")
