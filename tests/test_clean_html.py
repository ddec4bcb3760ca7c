"""Cleaning a news page (trafilatura): the text of a page does not depend on the pages cleaned before it in the same
process. A page written for this test in the style of a regional news site."""
from pipeline.clean import clean_html

PARAGRAPHS = [
    "Pemerintah Kabupaten Sikka meluncurkan inovasi layanan administrasi kependudukan keliling bagi warga di "
    "desa-desa terpencil yang jauh dari pusat kota Maumere, Senin (9/9/2024).",
    "Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sikka, Yosef Lado, mengatakan layanan ini menjangkau "
    "dua puluh desa setiap bulan dengan mobil pelayanan yang dilengkapi perangkat perekaman.",
    "Menurut dia, sejak diluncurkan pada awal tahun, lebih dari seribu warga telah mendapatkan kartu tanda penduduk "
    "elektronik dan kartu keluarga tanpa harus datang ke kantor dinas di kota.",
    "Bupati Sikka berharap inovasi ini dapat direplikasi oleh perangkat daerah lain dan terus dikembangkan agar "
    "pelayanan publik semakin dekat dengan masyarakat.",
]


def page(site: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<html><head><title>Pemkab Sikka Luncurkan Layanan Keliling - {site}</title></head><body>"
            f"<nav><a href='/'>Beranda</a> <a href='/daerah'>Daerah</a></nav><article>"
            f"<h1>Pemkab Sikka Luncurkan Layanan Keliling</h1>{body}</article>"
            f"<footer>Hak cipta {site}</footer></body></html>")


def test_a_story_syndicated_to_several_sites_keeps_its_text_every_time():
    texts = [clean_html(page(site)).text for site in ("Kabar Sikka", "Flores Pos", "Suara Nian", "Warta Maumere",
                                                       "Kabar Sikka")]
    assert all(PARAGRAPHS[0][:60] in t and PARAGRAPHS[-1][:60] in t for t in texts)
    assert len(set(texts)) == 1
