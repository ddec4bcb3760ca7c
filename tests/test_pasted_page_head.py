"""The head of a news page pasted whole (select all, copy, paste): the headline is found among the site's name, motto,
menu bar and breadcrumb because the page prints it more than once; the publication date is the byline under the
headline, not the site's date bar above its menu. Pages written for these tests in the style of regional news sites
and government portals."""
import pytest

from pipeline import extract_text

LEAD = ("KOTA BARU – Pemerintah Kabupaten Sumber Jaya melalui Dinas Kependudukan dan Pencatatan Sipil meluncurkan "
        "layanan SIGAP KTP di halaman kantor bupati. Peluncuran dihadiri para camat, lurah dan kepala desa se-Kabupaten "
        "Sumber Jaya yang ingin layanan ini segera menjangkau warga di wilayah mereka.\n\n"
        "Lewat SIGAP KTP, warga cukup mengisi formulir dari ponsel, lalu petugas datang ke rumah untuk merekam data. "
        "Layanan ini terutama ditujukan bagi warga lanjut usia, penyandang disabilitas dan warga yang tinggal jauh "
        "dari kantor dinas.\n\n"
        "Bupati berharap layanan itu dapat menekan jumlah warga yang belum memiliki KTP elektronik. Menurut data "
        "dinas, masih ada sekitar 3.000 warga wajib KTP yang belum melakukan perekaman hingga akhir tahun lalu.")
HEADLINE = "Warga Tak Perlu Antre Lagi, Disdukcapil Sumber Jaya Luncurkan SIGAP KTP"


@pytest.mark.parametrize("head", [
    # the browser's title with the site's name, the breadcrumb and the headline itself
    f"{HEADLINE} - Diskominfo Sumber Jaya\nDISKOMINFO SUMBER JAYA\nMaju Bersama Membangun Negeri\n"
    f"Beranda   Profil   Berita   Galeri   Kontak\nBeranda » Berita Daerah » {HEADLINE}\nBerita Daerah\n{HEADLINE}\n"
    "Dibaca 356 kali\n",
    # an outlet whose title line ends in its motto, the headline under a breadcrumb the clean stage drops
    f"SumberPos24 | Berita Sumber Jaya Hari Ini\nMenu\nHome › Sumber Jaya › {HEADLINE}\nSUMBER JAYA\n{HEADLINE}\n"
    "Oleh Redaksi — 11 September 2024\n",
    # a title line with the site's name after "::" and the headline again
    f"{HEADLINE} :: Sumber Jaya Update\nSumber Jaya Update\n{HEADLINE}\nKamis, 10 Okt 2024 pukul 09.10\n",
    # a site's motto between its name and a breadcrumb (the menu bar of short sections is dropped)
    f"SumberWarta.com\nBerita Sumber Jaya Terkini, Tajam dan Terpercaya\n"
    "BERANDA | KOTA BARU | SUMBER JAYA | EKONOMI | PARIWISATA | OPINI | INDEKS\nBERITA DAERAH › Sumber Jaya\n"
    f"{HEADLINE}\nRabu, 17 Juli 2024 - 14:02\n",
])
def test_the_headline_of_a_pasted_page(head):
    record = extract_text(f"{head}\n{LEAD}")
    assert record.title == HEADLINE


def test_a_headline_printed_once_is_still_read_from_the_top():
    record = extract_text(f"Sumber Jaya Update\n{HEADLINE}\nKamis, 10 Okt 2024 pukul 09.10\n\n{LEAD}")
    assert record.title == HEADLINE
    # ... and a line printed twice that is no headline (a site's name) is not taken for one
    record = extract_text(f"Sumber Jaya Update\n{HEADLINE}\n\n{LEAD}\n\nSumber Jaya Update")
    assert record.title == HEADLINE


def test_the_byline_under_the_headline_is_the_publication_date():
    page = (f"SUMBER JAYA NEWS\nJumat, 8 Maret 2024\nBeranda | Daerah | Politik | Ekonomi | Budaya | Olahraga\n"
            f"Daerah\n{HEADLINE}\nKamis, 07/03/2024 - 16:45 WIT | Update: Jumat, 08/03/2024 - 08:20 WIT\n"
            f"Penulis: Yakob | Editor: Redaksi\n\n{LEAD}")
    record = extract_text(page)
    assert record.title == HEADLINE
    assert record.published.isoformat() == "2024-03-07"
    # a date line above the headline with none under it is the page's date
    record = extract_text(f"Jumat, 8 Maret 2024\n{HEADLINE}\n\n{LEAD}")
    assert record.published.isoformat() == "2024-03-08"
