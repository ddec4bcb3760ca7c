"""Officials and agencies on sentences written in the styles of Indonesian regional news."""
import pytest
from helpers import component_nlp, run_components

from pipeline.evidence import flatten
from pipeline import extract_text


@pytest.fixture(scope="module")
def nlp():
    return component_nlp("inovasi_agencies", "inovasi_regions", "inovasi_officials")


def extract(nlp, text):
    doc = run_components(nlp, text)
    values, evidence = flatten(doc._.draft, doc.text)
    return values, evidence


def officials(nlp, text):
    return {o["name"]: o for o in extract(nlp, text)[0].get("officials", [])}


OFFICIAL_CASES = [
    # "Dr" (doctorate) and "dr" (physician) together; veterinarians; fellowships and "Psikolog" after degrees
    ("Kepala Dinas Kesehatan, Dr. dr. Ratna Sari, M.Kes., Sp.KKLP, membuka pelatihan.",
     "Ratna Sari", "Kepala Dinas Kesehatan", ["Dr", "dr", "M.Kes", "Sp.KKLP"]),
    ("Kepala Dinas Peternakan drh. Syahrul Rahman, M.Si menerima tim verifikasi inovasi.",
     "Syahrul Rahman", "Kepala Dinas Peternakan", ["drh", "M.Si"]),
    ("Direktur RSUD, dr. Fajar Pratama, Sp.PD, FINASIM, memimpin rapat inovasi.",
     "Fajar Pratama", "Direktur Rumah Sakit Umum Daerah", ["dr", "Sp.PD", "FINASIM"]),
    ("Kepala BKPSDM, Nanda Pratiwi, S.Psi., M.Psi., Psikolog, memberi materi.",
     "Nanda Pratiwi", "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", ["S.Psi", "M.Psi", "Psikolog"]),
    ("Ketua TP PKK Kabupaten Ende, Ny. Hj. Siti Rahmah, turut hadir dalam peluncuran inovasi.",
     "Siti Rahmah", "Ketua TP PKK Kabupaten Ende", []),
    # a unit's name after the person ends with a field word, not a person ("Analisis Jabatan")
    ("Dewi Kartika, S.E., Kepala Subbagian Kelembagaan dan Analisis Jabatan, menambahkan bahwa data dibuka.",
     "Dewi Kartika", "Kepala Subbagian Kelembagaan dan Analisis Jabatan", ["S.E"]),
    # an army corps after the rank is no name ("Letkol Inf")
    ("Turut hadir Dandim Sikka Letkol Inf Ferdi Simamora dalam peluncuran inovasi.",
     "Ferdi Simamora", "Dandim Sikka", []),
    # a ship captain's title is no name and no degree
    ("Wali Kota Pulau Tenang, Capt. Amir Hasan, MH, meluncurkan aplikasi layanan kependudukan.",
     "Amir Hasan", "Wali Kota Pulau Tenang", ["MH"]),
    # a name word that is also part of a region's name ("Alam" of Pagar Alam) ends no title
    ("Kepala Bappeda Sinjai, Andi Syamsul Alam, menyampaikan laporan inovasi.",
     "Andi Syamsul Alam", "Kepala Badan Perencanaan Pembangunan Daerah Sinjai", []),
    ("Sekretaris Kabupaten (Sekkab) Maros, Andi Rahmat, mendorong setiap OPD berinovasi.",
     "Andi Rahmat", "Sekretaris Kabupaten Maros", []),
    ("Kepala Bagian Umum Setda Kota Palu, Darwis Lamato,SE.,M.Si mengatakan SOP sudah disusun.",
     "Darwis Lamato", "Kepala Bagian Umum Sekretariat Daerah Kota Palu", ["SE", "M.Si"]),
    ("Penjabat (Pj) Wali Kota Bitung Rudi Salindeho,Ap.,M.Si yang hadir membuka kegiatan tersebut.",
     "Rudi Salindeho", "Penjabat Wali Kota Bitung", ["AP", "M.Si"]),
    ("Wakil Bupati HM Syukri Ramli menyerahkan piagam kepada para inovator.",
     "HM Syukri Ramli", "Wakil Bupati", []),
    ("Kasubag Kelembagaan pada Ortala Nurhasanah, Senin (4/3) menjelaskan tahapan penilaian.",
     "Nurhasanah", "Kasubag Kelembagaan Organisasi dan Tatalaksana", []),
    ("Kepala Dinas Kesehatan Kabupaten Sinjai, dr. Ahmad Fauzi, M.Kes, menyampaikan apresiasi.",
     "Ahmad Fauzi", "Kepala Dinas Kesehatan Kabupaten Sinjai", ["dr", "M.Kes"]),
    ("Kabid Litbang Bappeda Kota Madiun Sugeng Riyadi menyampaikan materi inovasi.",
     "Sugeng Riyadi", "Kabid Penelitian dan Pengembangan Badan Perencanaan Pembangunan Daerah Kota Madiun", []),
    ("Kabag Organisasi I Made Sutama memimpin rapat evaluasi inovasi.",
     "I Made Sutama", "Kabag Organisasi", []),
    ("Bupati Jombang H Warsubi meluncurkan aplikasi layanan terpadu.",
     "Warsubi", "Bupati Jombang", []),
    ("Asisten Pemerintahan dan Kesejahteraan Rakyat Bapak Yusran Hadi, SH, MH. secara resmi membuka acara.",
     "Yusran Hadi", "Asisten Pemerintahan dan Kesejahteraan Rakyat", ["SH", "MH"]),
    ("Deputi Bidang Pelayanan Publik Dr.Diah Natalisa, MBA. hadir sebagai narasumber.",
     "Diah Natalisa", "Deputi Bidang Pelayanan Publik", ["Dr", "MBA"]),
    ("Kepala Puslitbang Inovasi Daerah, Ir. Bambang Sugiarto, M.Si. juga memberi arahan.",
     "Bambang Sugiarto", "Kepala Pusat Penelitian dan Pengembangan Inovasi Daerah", ["Ir", "M.Si"]),
    ("Dirjen Bina Pembangunan Daerah, Restuardy Daud, memberikan sambutan.",
     "Restuardy Daud", "Dirjen Bina Pembangunan Daerah", []),
    ("Kadis Dukcapil Kabupaten Bungo Hasan Basri, S.STP, ME, Selasa (12/4/2022) menjelaskan.",
     "Hasan Basri", "Kadis Kependudukan dan Pencatatan Sipil Kabupaten Bungo", ["S.STP", "ME"]),
    ("Sekda Kabupaten Lamongan Moh Nalikan bersama Sekda Kota Batu Zadim Efisiensi menandatangani PKS.",
     "Moh Nalikan", "Sekda Kabupaten Lamongan", []),
    ("Wakil Bupati Bantaeng, Sahabuddin, saat menghadiri penandatanganan komitmen replikasi.",
     "Sahabuddin", "Wakil Bupati Bantaeng", []),
    ("Kepala Bidang Pemberdayaan Masyarakat Dinkes Kota Serang, drg. Wulan Pratiwi, menjelaskan program.",
     "Wulan Pratiwi", "Kepala Bidang Pemberdayaan Masyarakat Dinas Kesehatan Kota Serang", ["drg"]),
    ("Kepala Bappeda (Yohanes Tandi, S.T) menyampaikan sambutan.",
     "Yohanes Tandi", "Kepala Badan Perencanaan Pembangunan Daerah", ["S.T"]),
    ("Kepala Bidang Riset dan Inovasi Markus Wonda S.Pd.,M.Ec.Dev menyampaikan bahwa inovasi penting.",
     "Markus Wonda", "Kepala Bidang Riset dan Inovasi", ["S.Pd", "M.Ec.Dev"]),
    ("Rahmat Hidayat selaku Kabid Pemerintahan Desa mengatakan sosialisasi berjalan lancar.",
     "Rahmat Hidayat", "Kabid Pemerintahan Desa", []),
    ("Inovator Sigap Hj Nurul Aini memaparkan cara kerja inovasinya.",
     "Nurul Aini", "Inovator Sigap", []),
    ("Asisten Deputi Pelayanan Publik, Siti Maryam yang mewakili KemenPAN-RB, memberi arahan.",
     "Siti Maryam", "Asisten Deputi Pelayanan Publik Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi", []),
    ("Plt. Kepala Dinas Pendidikan Kota Ambon, Johan Latuheru, membuka bimtek.",
     "Johan Latuheru", "Plt. Kepala Dinas Pendidikan Kota Ambon", []),
    ("Camat Sungai Raya, Amirudin, menghadiri pembukaan.",
     "Amirudin", "Camat Sungai Raya", []),
    ("Kepala Desa Sukamaju, Ujang Suherman, menerima penghargaan desa inovatif.",
     "Ujang Suherman", "Kepala Desa Sukamaju", []),
]


# Written for issue 12: kinds of mention the first rules were not written for.
GENERAL_CASES = [
    # a name after its position with degrees on both sides
    ("Kepala Pusat Litbang Kemendagri, Dr. Rina Sari, M.Pd, menyampaikan materi.",
     "Rina Sari", "Kepala Pusat Penelitian dan Pengembangan Kementerian Dalam Negeri", ["Dr", "M.Pd"]),
    # abbreviated first names, initials inside names, name particles
    ("Kepala Dinas Kominfo Moch. Ridwan, S.Kom membuka acara.",
     "Moch. Ridwan", "Kepala Dinas Komunikasi dan Informatika", ["S.Kom"]),
    ("Sekretaris Bappeda Muh. Arif Setiawan menyampaikan laporan.",
     "Muh. Arif Setiawan", "Sekretaris Badan Perencanaan Pembangunan Daerah", []),
    ("Kepala Dinas Sosial Dewi H. Lubis menghadiri acara.", "Dewi H. Lubis", "Kepala Dinas Sosial", []),
    ("Kepala Bappeda Lalu Ahmad Zaini membuka rapat.",
     "Lalu Ahmad Zaini", "Kepala Badan Perencanaan Pembangunan Daerah", []),
    ("Kadis Kesehatan Ni Luh Putu Ayu hadir dalam acara itu.", "Ni Luh Putu Ayu", "Kadis Kesehatan", []),
    # degrees in every spacing
    ("Kabid Perencanaan Rudi Hartono S Sos memimpin rapat.", "Rudi Hartono", "Kabid Perencanaan", ["S.Sos"]),
    ("Kasubag Umum Tengku Rizal, S. Sos, M. Si hadir.", "Tengku Rizal", "Kasubag Umum", ["S.Sos", "M.Si"]),
    ("Kepala Bagian Hukum Baiq Nurul Hidayah, SH.,MH membacakan keputusan.",
     "Baiq Nurul Hidayah", "Kepala Bagian Hukum", ["SH", "MH"]),
    ("Kabid Aplikasi Informatika Teuku Ahmad Fikri, S.Kom.,M.T. memandu demo aplikasi.",
     "Teuku Ahmad Fikri", "Kabid Aplikasi Informatika", ["S.Kom", "M.T"]),
    ("Camat Pallangga, Andi Saiful, S.STP., M.AP. menerima tim penilai.",
     "Andi Saiful", "Camat Pallangga", ["S.STP", "M.AP"]),
    ("Kepala Seksi Layanan Siti Rahma, S.Tr.Sos memaparkan alur layanan.",
     "Siti Rahma", "Kepala Seksi Layanan", ["S.Tr.Sos"]),
    ("Kepala Bidang Pariwisata Ni Made Ayu Lestari, S.ST.Par., memaparkan desa wisata.",
     "Ni Made Ayu Lestari", "Kepala Bidang Pariwisata", ["S.ST.Par"]),
    ("Kepala Dinas Koperasi M.Nur Hidayat membuka pelatihan.", "M.Nur Hidayat", "Kepala Dinas Koperasi", []),
    # degrees written without dots or commas (common in Aceh and Sumatra media)
    ("TANJUNGPINANG - Sekdako Tanjungpinang Drs. Zulkifli Hamid memimpin rapat evaluasi tim inovasi daerah.",
     "Zulkifli Hamid", "Sekdako Tanjungpinang", ["Drs"]),   # a city's secretary in short ("Sekdako")
    ("Kegiatan dibuka Sekdakab Pidie Drs Rahmat Hidayat MSi di aula kantor bupati.",
     "Rahmat Hidayat", "Sekdakab Pidie", ["Drs", "MSi"]),   # internal dots as written (ANNOTATION 14)
    ("Hadir pula Asisten II Setdakab Bireuen M Yusuf SSos MSi dan para kepala dinas.",
     "M Yusuf", "Asisten II Sekretariat Daerah Kabupaten Bireuen", ["SSos", "MSi"]),
    ("Bupati Pidie Jaya Tgk. H. Ridwan Hasan membuka acara.", "Tgk. H. Ridwan Hasan", "Bupati Pidie Jaya", []),
    ("Kepala Balai Taman Nasional Gunung Leuser Rudi Santoso memaparkan program.",
     "Rudi Santoso", "Kepala Balai Taman Nasional Gunung Leuser", []),
    # the name first, its office after it
    ("Andi Rahman, Kepala Dinas Sosial Kota Palopo, mengatakan inovasi itu penting.",
     "Andi Rahman", "Kepala Dinas Sosial Kota Palopo", []),
    ("Acara dibuka oleh Ir. Sutrisno Asisten II Setda Kota Bima.",
     "Sutrisno", "Asisten II Sekretariat Daerah Kota Bima", ["Ir"]),
    ("Ibu Maria Goreti, SST, Kepala Bagian Organisasi Setda Kabupaten Belu memaparkan inovasinya.",
     "Maria Goreti", "Kepala Bagian Organisasi Sekretariat Daerah Kabupaten Belu", ["SST"]),
    ("Inovasi itu dipaparkan Yohanis Lado (Sekretaris Dinas Kominfo) di hadapan tim.",
     "Yohanis Lado", "Sekretaris Dinas Komunikasi dan Informatika", []),
    # national and campus offices
    ("Piagam diserahkan Wakil Presiden (Wapres) RI, Ma'ruf Amin di Jakarta.", "Ma'ruf Amin", "Wakil Presiden RI", []),
    ("Penilaian dipimpin Wakil Rektor II Institut Teknologi 'ITATS' Surabaya, Hendra Wijaya.",
     "Hendra Wijaya", "Wakil Rektor II Institut Teknologi 'ITATS' Surabaya", []),
    # Forkopimda and regional enterprises; a specialist's consultancy degree
    ("Kapolres Gowa AKBP Reonald Simanjuntak turut hadir.", "Reonald Simanjuntak", "Kapolres Gowa", []),
    ("Hal itu dikatakan Direktur PT Bank Sulselbar Tbk Yusak Kristian di Makassar.",
     "Yusak Kristian", "Direktur PT Bank Sulselbar Tbk", []),
    ("Direktur RSUD Sayang Rakyat dr. Wulan Sari SpPD-KEMD memaparkan inovasinya.",
     "Wulan Sari", "Direktur Rumah Sakit Umum Daerah Sayang Rakyat", ["dr", "SpPD-KEMD"]),
    # dotted level shorthand written out, the region's shorthand kept (the text never names it in full:
    # ANNOTATION decision 13, as the gold keeps "Kabupaten PALI"); a multiword prefix before a title
    ("Kepala Bappelitbangda Kab. Sidrap, Andi Rahmat, S.IP, M.Si, membuka sosialisasi.",
     "Andi Rahmat", "Kepala Badan Perencanaan Pembangunan, Penelitian dan Pengembangan Daerah Kabupaten "
                    "Sidrap", ["S.IP", "M.Si"]),
    ("Rombongan dipimpin Pelaksana Tugas Kepala Bapelitbang Rudi Hermawan ke Sidoarjo.",
     "Rudi Hermawan", "Pelaksana Tugas Kepala Bapelitbang", []),
    ("Bupati Maluku Barat Hi. Ahmad Tuasikal,SH membuka acara.", "Ahmad Tuasikal", "Bupati Maluku Barat", ["SH"]),
    ("Narasumber lain, Adi Sucipto, M. Sosio (Peneliti Ahli Madya Pusat Riset BRIN) memaparkan hasil kajian.",
     "Adi Sucipto", "Peneliti Ahli Madya Pusat Riset Badan Riset dan Inovasi Nasional", ["M.Sosio"]),
    ("Hal itu disampaikan Safrudin yang saat ini menjabat sebagai Direktur Manajemen Bencana Kemendagri.",
     "Safrudin", "Direktur Manajemen Bencana Kementerian Dalam Negeri", []),
    # a kecamatan after Camat is not part of the name, even when unknown
    ("Camat Tamalate Muhammad Ilham turut menandatangani komitmen.", "Muhammad Ilham", "Camat Tamalate", []),
    # a body the text names before a bare post
    ("Peserta dari Dinas Kesehatan adalah Rina Wati, S.Pd (Pranata Komputer Ahli Pertama) dan Budi Utomo (Staf).",
     "Rina Wati", "Pranata Komputer Ahli Pertama Dinas Kesehatan", ["S.Pd"]),
    # one person holding two titles
    ("Ketua Panitia Festival Inovasi sekaligus Kepala Dinas Kominfo Kota Bitung Hendra Lumowa menambahkan.",
     "Hendra Lumowa", "Kepala Dinas Komunikasi dan Informatika Kota Bitung", []),
    ("Kepala Bappeda Kota Palembang, Ir. Harun Hadi, MS menyampaikan laporan.",
     "Harun Hadi", "Kepala Badan Perencanaan Pembangunan Daerah Kota Palembang", ["Ir", "MS"]),
    ("Sambutan disampaikan Ir. Nyoman Gede, MT, selaku Asisten Administrasi Umum, sekaligus sebagai Anggota "
     "Majelis Pertimbangan Inovasi.", "Nyoman Gede", "Asisten Administrasi Umum", ["Ir", "MT"]),
    ("Kajari Lhoksukon Teuku Rahmat hadir dalam rapat koordinasi.", "Teuku Rahmat", "Kajari Lhoksukon", []),
    # a regency whose name is also a personal name, right after the regency's own title
    ("Bupati Bone A. Andi Fashar Padjalangi membuka acara.", "A. Andi Fashar Padjalangi", "Bupati Bone", []),
    ("Wali Kota Batu Dewi Kartika membuka festival inovasi.", "Dewi Kartika", "Wali Kota Batu", []),
    ("Hal itu disampaikan Dra Diah Lestari, Kabid Pemerintahan Kampung, Selaku PPK Program Inovasi Desa.",
     "Diah Lestari", "Kabid Pemerintahan Kampung", ["Dra"]),
    # a lowercase role before a name marked as a person
    ("Hal itu disampaikan kepala dinas kesehatan, dr. Rina Wati, M.Kes, kepada wartawan.",
     "Rina Wati", "Kepala Dinas Kesehatan", ["dr", "M.Kes"]),
    ("Kegiatan dibuka oleh kepala Badan Strategi Kebijakan Dalam Negeri Kemendagri, Dr. Rudi Santoso, M.Pd di Sorong.",
     "Rudi Santoso", "Kepala Badan Strategi Kebijakan Dalam Negeri Kementerian Dalam Negeri", ["Dr", "M.Pd"]),
    # a bracket that glosses a shortened title with the full one and the name
    ("Rekomendasi disampaikan ke Pak Gub (Gubernur Papua Barat Dominggus Mandacan, red) pekan depan.",
     "Dominggus Mandacan", "Gubernur Papua Barat", []),
    # a person marked by degrees, without an office
    ("Materi disampaikan oleh Sugianto, Ph.D dari Universitas Hasanuddin.", "Sugianto", None, ["Ph.D"]),
    # a military unit's number and seat belong to the office ("Kodim 1621/Sikka")
    ("Dandim 1621/Sikka Letkol Inf Bambang Susilo, S.IP meresmikan Kampung Aman.",
     "Bambang Susilo", "Dandim 1621/Sikka", ["S.IP"]),
    ("Turut hadir Komandan Kodim 1603 Letkol Arh Yusuf Rante dan para camat.",
     "Yusuf Rante", "Komandan Kodim 1603", []),
    ("Hadir pula Danramil 05/Kota Kapten Inf Markus Lado.", "Markus Lado", "Danramil 05/Kota", []),
    # dotted degrees after the name with no comma ("M.T." is no initial there)
    ("Kepala Bappeda Sikka Budi Santoso S.Kom M.T. mengatakan bimtek penting.", "Budi Santoso",
     "Kepala Badan Perencanaan Pembangunan Daerah Sikka", ["S.Kom", "M.T"]),
    # a numbered state school is one body ("SMA Negeri 1 Maumere")
    ("Kepala Sekolah SMA Negeri 1 Maumere, Drs. Paulus Moa, menerima penghargaan sekolah inovatif.", "Paulus Moa",
     "Kepala Sekolah SMA Negeri 1 Maumere", ["Drs"]),
    # a rank after a comma goes with the name, not the office
    ("Kapolres Sikka, AKBP Rudi Hartono, hadir dalam peluncuran itu.", "Rudi Hartono", "Kapolres Sikka", []),
    ("Kepala BKPSDM, Agnes Dua, S.Psi., M.Psi., CHRP, membuka pelatihan.", "Agnes Dua",
     "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", ["S.Psi", "M.Psi", "CHRP"]),
    # an office written in lower case, its region too
    ("Kepala dinas pendidikan kabupaten sikka, Fransiskus Laka, mengatakan program itu berjalan.",
     "Fransiskus Laka", "Kepala dinas pendidikan kabupaten sikka", []),
    # a head written with its body in one word; a district's secretary
    ("Kadinkes Sikka, Petrus Herlemus, mengatakan inovasi itu berjalan baik.", "Petrus Herlemus", "Kadinkes Sikka", []),
    ("Sekcam Alok, Maria Goreti, membuka kegiatan itu.", "Maria Goreti", "Sekcam Alok", []),
    # an honorary doctorate's "(H.C.)" after the title; a teachers' college diploma
    ("Bupati Sikka, Dr. (H.C.) Fransiskus Roberto Diogo, meluncurkan aplikasi itu.", "Fransiskus Roberto Diogo",
     "Bupati Sikka", ["Dr"]),
    ("Kepala SD Negeri 2 Nita, Yulia Ina, A.Ma.Pd, menerima tim verifikasi.", "Yulia Ina", "Kepala SD Negeri 2 Nita",
     ["A.Ma.Pd"]),
    # a second official's title after "dari" ends the first one's name
    ("Penghargaan diterima Bupati Buton Tengah Samahuddin dari Kepala BSKDN Kemendagri Yusharto Huntoyungo.",
     "Samahuddin", "Bupati Buton Tengah", []),
    ("Penghargaan diterima Bupati Buton Tengah Samahuddin dari Kepala BSKDN Kemendagri Yusharto Huntoyungo.",
     "Yusharto Huntoyungo", "Kepala Badan Strategi Kebijakan Dalam Negeri Kementerian Dalam Negeri", []),
    # degrees from abroad
    ("Kepala Bappeda, Marthen Luther, B.Sc., MBA, memaparkan inovasi daerah.", "Marthen Luther",
     "Kepala Badan Perencanaan Pembangunan Daerah", ["B.Sc", "MBA"]),
    # jabatan fungsional speaking for their body
    ("Pranata Humas Ahli Pertama Diskominfo Sikka, Fransiska Nona, mendokumentasikan kegiatan.", "Fransiska Nona",
     "Pranata Humas Ahli Pertama Dinas Komunikasi dan Informatika Sikka", []),
    # a committee's spokesperson, the role written in lower case
    ("Juru bicara Panitia Khusus DPRD, H. Saifullah Damanhuri, S.H., menyampaikan rekomendasi dewan.",
     "Saifullah Damanhuri", "Juru Bicara Panitia Khusus DPRD", ["S.H"]),
    # a council member written in lower case in running prose, the name without a title or degree
    ("Turut hadir anggota Komisi II DPRD Kabupaten Pasuruan, Rusdi Sutejo, dan para camat.", "Rusdi Sutejo",
     "Anggota Komisi II DPRD Kabupaten Pasuruan", []),
    # village heads under regional titles
    ("Hukum Tua Desa Tountimomor, Jantje Rumengan, memaparkan inovasi desa.", "Jantje Rumengan",
     "Hukum Tua Desa Tountimomor", []),
    ("Kuwu Desa Kertasari, Ahmad Sobari, membuka acara.", "Ahmad Sobari", "Kuwu Desa Kertasari", []),
    # an address after a local office, then the name
    ("Kepala Desa Waturaka, Kecamatan Kelimutu, Kabupaten Ende, Fransiskus Xaverius Lomi, menerima penghargaan.",
     "Fransiskus Xaverius Lomi", "Kepala Desa Waturaka", []),
    ("Kepala Puskesmas Nita, Kecamatan Nita, dr. Maria Lobo, menjelaskan layanan itu.", "Maria Lobo",
     "Kepala Puskesmas Nita", ["dr"]),
    # a unit "di" its body; a place after the name is no part of the office
    ("Kepala Seksi Inovasi di Bappeda Sikka, Fransiska Nona, A.Md mengatakan data sudah lengkap.",
     "Fransiska Nona", "Kepala Seksi Inovasi di Badan Perencanaan Pembangunan Daerah Sikka", ["A.Md"]),
    ("Kepala Dinas Kesehatan Kabupaten Sikka Maria Lobo di Bappeda Sikka membuka rapat.",
     "Maria Lobo", "Kepala Dinas Kesehatan Kabupaten Sikka", []),
    # Balinese openers whose first word is also an office word; Arabic patronymic links
    ("Kepala Bappeda Gianyar Anak Agung Gde Rai Putra, S.T., M.T. memaparkan capaian inovasi.",
     "Anak Agung Gde Rai Putra", "Kepala Badan Perencanaan Pembangunan Daerah Gianyar", ["S.T", "M.T"]),
    ("Kepala Dinas Pendidikan, Dra. Hj. Siti Nurjanah binti Ahmad, M.Pd., memberi sambutan.",
     "Siti Nurjanah binti Ahmad", "Kepala Dinas Pendidikan", ["Dra", "M.Pd"]),
    # Wali Kota without a region in the phrase stays bare (ANNOTATION 19)
    ("Acara dihadiri Wali Kota Rahmat, Wakil Wali Kota Endang Sari dan para camat.",
     "Endang Sari", "Wakil Wali Kota", []),
    # a hospital administration master is MARS as written, not the architecture master M.Ars
    ("Direktur RSUD Sekayu, dr. Wulan Pertiwi, MARS, meluncurkan layanan antar obat.",
     "Wulan Pertiwi", "Direktur Rumah Sakit Umum Daerah Sekayu", ["dr", "MARS"]),
    ("Kepala Dinas Kesehatan, dr. Rudi Hartawan, MKM, membuka rapat koordinasi.",
     "Rudi Hartawan", "Kepala Dinas Kesehatan", ["dr", "MKM"]),
    # the acting title in lower case and the caretaker's title stay in the position
    ("Pelaksana tugas Kepala Dinas Sosial Kabupaten Lahat, Rina Marlina, S.E, membuka kegiatan.",
     "Rina Marlina", "Pelaksana tugas Kepala Dinas Sosial Kabupaten Lahat", ["S.E"]),
    ("Pjs. Bupati Halmahera Selatan, Drs. Yusuf Umasugi, M.Si, meresmikan inovasi itu.",
     "Yusuf Umasugi", "Pjs. Bupati Halmahera Selatan", ["Drs", "M.Si"]),
]


@pytest.mark.parametrize("text,name,position,degrees", GENERAL_CASES)
def test_official_in_general_news(nlp, text, name, position, degrees):
    found = officials(nlp, text)
    assert name in found, found
    assert found[name]["position"] == position
    assert found[name]["degrees"] == degrees


def test_list_lines_are_read_but_headlines_are_not(nlp):
    text = ("Bupati Gowa Resmikan Mal Pelayanan Publik Bersama Kepala Ombudsman Tahun Ini\n"
            "1. Kepala Dinas Pendidikan Kabupaten Gowa Andi Rahman Hidayat\n"
            "2. Kepala Dinas Kesehatan Kabupaten Gowa Siti Aminah Lestari")
    assert list(officials(nlp, text)) == ["Andi Rahman Hidayat", "Siti Aminah Lestari"]


def test_hard_wrapped_lines_are_read_as_one_sentence(nlp):
    text = ("Rapat diawali dengan sambutan dari Kepala Dinas Kesehatan Kabupaten Buleleng, dr. I Made Sudira,\n"
            "M.Kes. Dalam sambutannya disampaikan bahwa capaian inovasi daerah harus terus ditingkatkan.")
    found = officials(nlp, text)
    assert found["I Made Sudira"]["degrees"] == ["dr", "M.Kes"]


def test_the_documents_region_ends_a_title_even_where_it_is_a_name_word(nlp):
    # "Ende" is also a personal name (rules/officials/name_words.txt), but this is news of Kabupaten Ende
    text = "Kepala Bappelitbangda Ende Agustinus Lelo mengatakan penilaian inovasi dilakukan bertahap."
    doc = run_components(nlp, text, draft={"region": {"name": "Kabupaten Ende"}})
    values, _ = flatten(doc._.draft, doc.text)
    assert [o["name"] for o in values["officials"]] == ["Agustinus Lelo"]
    assert values["officials"][0]["position"].endswith("Daerah Ende")


def test_region_is_not_added_to_a_bare_wali_kota(nlp):
    doc = run_components(nlp, "Wakil Wali Kota Endang Sari membuka acara.",
                         draft={"region": {"name": "Kota Tanjungpinang"}})
    values, _ = flatten(doc._.draft, doc.text)
    assert values["officials"][0]["position"] == "Wakil Wali Kota"


@pytest.mark.parametrize("text,names,position", [
    ("Dewan juri terdiri dari Budi Santoso, Rina Marlina dan Joko Susilo.",
     ["Budi Santoso", "Rina Marlina", "Joko Susilo"], "Dewan Juri"),
    # each member's role or body in brackets after the name and degrees
    ("Tim penilai terdiri dari Dr. Maria Lay, M.Si (akademisi), Budi Santoso, S.Kom (praktisi) dan "
     "Yanti Leo, SE (Bappeda).", ["Maria Lay", "Budi Santoso", "Yanti Leo"], "Tim Penilai"),
    ("Dewan juri yakni Maria Lay (akademisi), Budi Santoso (praktisi) dan Yanti Leo (Bappeda).",
     ["Maria Lay", "Budi Santoso", "Yanti Leo"], "Dewan Juri"),
    ("Hadir sebagai narasumber tim ahli dari BSKDN Kemendagri, Ibu Sri Wahyuni, S.Sos dan Bapak Andi Pratama, M.Si "
     "yang memaparkan materi.", ["Sri Wahyuni", "Andi Pratama"],
     "Tim Ahli Badan Strategi Kebijakan Dalam Negeri Kementerian Dalam Negeri"),
])
def test_names_listed_under_one_role(nlp, text, names, position):
    found = officials(nlp, text)
    assert list(found) == names
    assert {o["position"] for o in found.values()} == {position}


def test_a_later_name_after_selaku_is_another_person(nlp):
    found = officials(nlp, "Narasumber Prof. Dr. Ahmad Yani, MM selaku Rektor Universitas Tadulako dan "
                           "Suharto, Ph.D dari Universitas Alkhairaat.")
    assert found["Ahmad Yani"]["position"] == "Rektor Universitas Tadulako"
    assert found["Ahmad Yani"]["degrees"] == ["Prof", "Dr", "MM"]
    assert found["Suharto"]["position"] is None


@pytest.mark.parametrize("text,expected", [
    ("Wali Kota Serang Budi Rahman membuka acara.\nWali Kota Budi berharap inovasi berlanjut.", ["Budi Rahman"]),
    ("Bupati Purbalingga Dyah Ayu Lestari membuka acara.\nBupati Lestari berharap kegiatan lancar.",
     ["Dyah Ayu Lestari"]),
    ("Bupati Sumbawa Siti Nurhaliza membuka acara.\nBupati Haliza berharap kegiatan lancar.", ["Siti Nurhaliza"]),
    ("Plh Gubernur Jawa Barat, Uu Ruhiat hadir.\nUu yang juga Wakil Gubernur Jabar mengatakan hal itu.",
     ["Uu Ruhiat"]),
    ("Bupati Minahasa, JoniJ.E.Lumenta,S.E,M.AP. membuka acara. Bupati Joni Lumenta juga menyapa warga.",
     ["Joni J.E. Lumenta"]),
    ("Bupati Limapuluh Kota Safaruddin membuka acara.\nDalam kunker Bupati Safarudidin membawa kepala OPD.",
     ["Safaruddin"]),
])
def test_mentions_of_one_person_merge(nlp, text, expected):
    assert list(officials(nlp, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Direktur RSUD Sayang Rakyat dr. Wismandari Wisnu membuka acara.\nMenurut dr Wisman, layanan makin cepat.",
     ["Wismandari Wisnu"]),
    ("Kepala Dinas Sosial Rahmat Hidayat hadir.\nSekretaris Dinas Sosial Rahma Dewi, S.Sos juga hadir.",
     ["Rahmat Hidayat", "Rahma Dewi"]),
])
def test_shortened_names(nlp, text, expected):
    assert list(officials(nlp, text)) == expected


@pytest.mark.parametrize("text", [
    "Bupati Karimun Terima Kunjungan Tim Validasi Inovasi Daerah Tahun 2022",
    "Sesuai Peraturan Menteri Dalam Negeri Nomor 104 Tahun 2018 tentang penilaian inovasi daerah.",
    "Peluncuran berlangsung di Kantor Wali Kota Tanjungpinang, Senggarang.",
    "Kegiatan ini menghadirkan Pemateri dari Kemendagri.",
    "Juara 1 Lomba Inovasi Daerah Tahun 2023 diraih Dinas Kesehatan.",
    "Hal ini disampaikan Ibu Rina, warga Kelurahan Mamajang, kepada wartawan.",
    "Pembangunan Ibu Kota Nusantara terus berjalan.",
    "Rudi Hartono, S.Kom\nKegiatan berjalan lancar.",
    "Pelayanan di RSD dr. Soebandi (RSDS) Jember makin cepat.",
    "Acara dihadiri para Kepala OPD, Forkopimda, Bupati dan Wakil Bupati se-Provinsi.",
    "Mewakili Bupati Aceh Barat, asisten membuka acara.",
    "Program unggulan Bupati Indramayu yakni Lebu Digital terus dikembangkan.",
    "Melalui aplikasi Si Pandu, Kepala Dinas Kominfo menjelaskan layanan makin cepat.",
    "Editor: Rina Marlina, S.Sos",
    "Foto: Andi Saputra, S.I.Kom / Humas",
    "Kisah sukses pengusaha dunia, dari Bill Gates hingga Jack Ma.",
    "Webinar diikuti Ketua APKASI, Kepala Bappeda se-Indonesia, Praktisi dan Mahasiswa.",
    "Warga menerima penghargaan Walikota Mengapresiasi tahun ini di balai kota.",
    "Rekomendasi akan disampaikan ke Pak Gub pekan depan.",
])
def test_not_a_person(nlp, text):
    assert officials(nlp, text) == {}


@pytest.mark.parametrize("text,name,position,degrees", OFFICIAL_CASES)
def test_official_in_sentence(nlp, text, name, position, degrees):
    found = officials(nlp, text)
    assert name in found, found
    assert found[name]["position"] == position
    assert found[name]["degrees"] == degrees


@pytest.mark.parametrize("text", [
    "Penulis: Andi Saputra | Editor: Rina Marlina",
    "(Foto Antara Kalbar/Hendra Wijaya)",
    "Pewarta Nur Imansyah melaporkan dari lokasi.",
    "Kegiatan berlangsung di Jalan Sultan Hasanuddin dan Jalan Ahmad Yani.",
    "Hadir pula Rudi Hartono dan Siti Aminah dalam acara tersebut.",
    "Para kepala sekolah mengikuti bimtek inovasi dengan antusias.",
    "Kepala Dinas mengatakan bahwa inovasi harus berkelanjutan.",
    "Bupati Sleman menilai inovasi tersebut layak direplikasi.",
])
def test_no_official(nlp, text):
    assert officials(nlp, text) == {}


def test_later_mentions_merge_into_one_person(nlp):
    text = ("Sekda Kota Kediri drg Ratna Sari Dewi membuka rapat. "
            "\"Inovasi harus dijaga,\" ucap Sekda Ratna mengawali sambutannya.")
    found = officials(nlp, text)
    assert list(found) == ["Ratna Sari Dewi"]
    assert found["Ratna Sari Dewi"]["degrees"] == ["drg"]


def test_evidence_points_at_name(nlp):
    text = "Wakil Bupati Grobogan, Bambang Pujiyanto, saat menghadiri acara."
    values, evidence = extract(nlp, text)
    ev = next(e for e in evidence if e["field"] == "officials[0].name")
    assert text[ev["start"]:ev["end"]] == "Bambang Pujiyanto"


AGENCY_CASES = [
    ("Bimtek dilaksanakan oleh Bagian Organisasi Sekretariat Daerah Kabupaten Takalar di aula kantor.",
     ["Bagian Organisasi Sekretariat Daerah Kabupaten Takalar"]),
    ("Bagian Organisasi dan Tatalaksana (Ortala) Setda Kabupaten Blora menegaskan komitmennya.",
     ["Bagian Organisasi dan Tatalaksana Sekretariat Daerah Kabupaten Blora"]),
    ("Dinas Kesehatan (Dinkes) Kota Depok terus berinovasi menghadirkan layanan.",
     ["Dinas Kesehatan Kota Depok"]),
    ("Penandatanganan dilakukan antara Pemkab Sleman dengan Lembaga Administrasi Negara.",
     ["Pemerintah Kabupaten Sleman", "Lembaga Administrasi Negara"]),
    ("Narasumber berasal dari Badan Strategi Kebijakan Dalam Negeri (BSKDN) Kementerian Dalam Negeri.",
     ["Badan Strategi Kebijakan Dalam Negeri Kementerian Dalam Negeri"]),
    ("Dinas Dukcapil Klaten menggandeng Puskesmas Wedi, Bayat, dan Cawas.",
     ["Dinas Kependudukan dan Pencatatan Sipil Klaten", "Puskesmas Wedi", "Puskesmas Bayat", "Puskesmas Cawas"]),
    ("Biro Organisasi Setda Provinsi Gorontalo melalui Bagian Kelembagaan melaksanakan pendampingan.",
     ["Biro Organisasi Sekretariat Daerah Provinsi Gorontalo"]),
    ("Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi (KemenPAN-RB) mengumumkan jadwal.",
     ["Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"]),
    # titles only officials read (person_heads) do not cut a body's name
    ("Kantor Staf Presiden menggelar rapat inovasi.", ["Kantor Staf Presiden"]),
    ("Balai Peneliti Pertanian Kabupaten Bone melaksanakan pelatihan.", ["Balai Peneliti Pertanian Kabupaten Bone"]),
]


@pytest.mark.parametrize("text,expected", AGENCY_CASES)
def test_agencies_in_sentence(nlp, text, expected):
    values, _ = extract(nlp, text)
    assert [a["name"] for a in values["agencies"]] == expected


@pytest.mark.parametrize("text", [
    "Kegiatan diikuti perangkat daerah di lingkungan Pemerintah Kabupaten Bone.",
    "Acara berlangsung di Aula Dinas Pendidikan Kota Palopo.",
    "Salah satu misi Pemkab Wajo adalah tata kelola yang inovatif.",
    "Peserta terdiri dari UPT Puskesmas dan Kecamatan.",
])
def test_bodies_that_do_not_act(nlp, text):
    values, _ = extract(nlp, text)
    assert values["agencies"] == []


def test_word_between_an_initial_and_a_surname_is_part_of_the_name(nlp):
    # "Hari" is also a calendar/place word; after an initial and before a name word it is a name.
    found = officials(nlp, "Turut hadir Kepala Badan Pendapatan Daerah Kota Sukabumi S. Hari Wibowo dan "
                           "para camat se-Kota Sukabumi.")
    assert "S. Hari Wibowo" in found and "Wibowo" not in found
    assert found["S. Hari Wibowo"]["position"] == "Kepala Badan Pendapatan Daerah Kota Sukabumi"
    # negative: a plain day word after a name is not pulled into it
    found = officials(nlp, "Kepala Dinas Sosial Kota Sukabumi Budi Santoso, Hari Senin (3/6), membuka acara.")
    assert "Budi Santoso" in found and not any("Hari" in n for n in found)


def test_a_doubled_title_word_is_written_once_in_the_position(nlp):
    found = officials(nlp, "Kepala Kepala Dinas Sosial Kota Sukabumi, Budi Santoso, membuka acara itu.")
    assert found["Budi Santoso"]["position"] == "Kepala Dinas Sosial Kota Sukabumi"


def test_a_region_ending_in_a_place_word_does_not_take_the_name_after_it(nlp):
    # "Kepulauan" opens a place ("Kepulauan Seribu"), but "Konawe Kepulauan" is a whole region's name
    assert officials(nlp, "Sekda Konawe Kepulauan Rina Marlina membuka acara tersebut.")["Rina Marlina"]["position"] \
        == "Sekda Konawe Kepulauan"


@pytest.mark.parametrize("text, position", [
    ("Bupati Tojo Una Una, Budi Santoso, membuka acara tersebut.", "Bupati Tojo Una Una"),
    ("Kepala Kepala Badan Pendapatan Daerah Budi Santoso membuka acara tersebut.", "Kepala Badan Pendapatan Daerah"),
])
def test_a_doubled_word_is_a_typo_only_in_a_title(nlp, text, position):
    assert officials(nlp, text)["Budi Santoso"]["position"] == position


# District and village heads: the words after the head are the place only when Kemendagri's list of
# kecamatan / desa and kelurahan (rules/regions/) knows them; two name words and no place are the person.
LOCAL_HEAD_CASES = [
    ("Camat Bontoala Rahmat Hidayat membuka lomba inovasi tingkat kecamatan, Senin (3/6).",
     "Rahmat Hidayat", "Camat Bontoala"),
    ("Camat Sungai Raya, Yudi Saputra, mengapresiasi inovasi kelurahan itu.", "Yudi Saputra", "Camat Sungai Raya"),
    ("Camat Wahyu Permana membuka lomba inovasi tingkat kecamatan, Senin (3/6).", "Wahyu Permana", "Camat"),
    ("Lurah Nanda Kusuma mengatakan layanan itu memudahkan warga kelurahan.", "Nanda Kusuma", "Lurah"),
    ("Kepala Desa Sukamaju Andi Mappe menyampaikan terima kasih kepada tim inovasi.", "Andi Mappe",
     "Kepala Desa Sukamaju"),
    ("Kades Mekar Jaya Joko Susanto mengatakan posyandu digital sudah berjalan.", "Joko Susanto", "Kades Mekar Jaya"),
    # more than two words, plainly one person's: a particle, an abbreviated first name, an initial inside
    ("Camat I Made Sudarta membuka lomba inovasi tingkat kecamatan.", "I Made Sudarta", "Camat"),
    ("Lurah Moch. Arif Wibowo membuka lomba inovasi tingkat kelurahan.", "Moch. Arif Wibowo", "Lurah"),
    ("Lurah Dian R. Simanjuntak mengatakan layanan itu memudahkan warga.", "Dian R. Simanjuntak", "Lurah"),
    # one name word after a known place: the place stays in the title
    ("Camat Bontoala Sutrisno mengatakan hal itu kepada wartawan.", "Sutrisno", "Camat Bontoala"),
]


@pytest.mark.parametrize("text, name, position", LOCAL_HEAD_CASES)
def test_a_district_or_village_head_takes_a_place_only_when_one_is_named(nlp, text, name, position):
    got = officials(nlp, text)
    assert name in got, got
    assert got[name]["position"] == position


@pytest.mark.parametrize("text,name,position", [
    ("Warga kini bisa mengadu lewat inovasi Lapor Camat. Camat Tanah Grogot, Yusuf Effendi, menyebut "
     "aduan dijawab dalam sehari.", "Yusuf Effendi", "Camat Tanah Grogot"),
    ("Acara itu dibuka oleh Bupati. Wakil Bupati Paser, Ikhwan Antasari, hadir mewakili Sekda.",
     "Ikhwan Antasari", "Wakil Bupati Paser"),
])
def test_a_title_that_ends_a_sentence_is_not_the_next_officials(nlp, text, name, position):
    found = officials(nlp, text)
    assert found[name]["position"] == position


def test_a_dotted_title_abbreviation_still_leads_its_name(nlp):
    found = officials(nlp, "Rapat dipimpin Kabid. Aplikasi Informatika Dinas Kominfo, Sri Wahyuni, S.Kom.")
    assert found["Sri Wahyuni"]["position"].startswith("Kabid")


@pytest.mark.parametrize("text,name,degrees", [
    ("Bupati Tapin, Hj. Nurlaila AS, S.Sos, meresmikan galeri inovasi desa.", "Nurlaila AS", ["S.Sos"]),
    ("Kepala Dinas Sosial, Rahmat AB, SE, M.Si, membuka pelatihan operator.", "Rahmat AB", ["SE", "M.Si"]),
    ("Camat Salam Babaris, Yudi AR, S.STP menyambut tim penilai.", "Yudi AR", ["S.STP"]),
    ("Kepala Dinas Sosial Rahmat AB membuka pelatihan operator.", "Rahmat AB", []),
    # two capitals that spell a degree stay a degree
    ("Kepala Dinas Sosial, Rahmat Hidayat SE, membuka pelatihan operator.", "Rahmat Hidayat", ["SE"]),
])
def test_initials_closing_a_name_stay_in_it(nlp, text, name, degrees):
    found = officials(nlp, text)
    assert found[name]["degrees"] == degrees, found


@pytest.mark.parametrize("text,name,degrees", [
    ("Direktur RSUD, dr. Maria Ulfa, Sp.OG(K), menerima tim penilai inovasi.", "Maria Ulfa", ["dr", "Sp.OG(K)"]),
    ("Kepala Dinas Kesehatan, dr. Yohana Tan, Sp.A (K), membuka pelatihan.", "Yohana Tan", ["dr", "Sp.A(K)"]),
    ("Dandim, Letkol Arh Budi Prasetyo, M.Si (Han), hadir dalam acara.", "Budi Prasetyo", ["M.Si(Han)"]),
])
def test_a_consultants_or_branch_mark_in_brackets_stays_with_the_degree(nlp, text, name, degrees):
    found = officials(nlp, text)
    assert found[name]["degrees"] == degrees, found


def test_a_body_in_brackets_after_the_degrees_is_no_part_of_the_position(nlp):
    found = officials(nlp, "Rapat dihadiri Kepala Pelaksana BPBD, Andi Sultan, SE (BPBD) dan para camat.")
    assert found["Andi Sultan"]["position"] == "Kepala Pelaksana Badan Penanggulangan Bencana Daerah"
    assert found["Andi Sultan"]["degrees"] == ["SE"]


@pytest.mark.parametrize("text, expected", [
    ("Hadir pula Camat Tanah Grogot dan Camat Long Kali.", []),
    ("Rapat dihadiri Camat Long Kali.", []),
    ("Hadir pula Camat Tanah Grogot, Andi Sultan, dan Camat Long Kali, Budi Hartono.", ["Andi Sultan", "Budi Hartono"]),
])
def test_a_district_head_with_only_the_district_names_no_person(nlp, text, expected):
    assert list(officials(nlp, text)) == expected


@pytest.mark.parametrize("text,name", [
    ("Kepala Bappeda, Ir. Rosdiana br. Hutabarat, M.T., melaporkan target inovasi.", "Rosdiana br. Hutabarat"),
    ("Kepala Dinas Kesehatan Tapanuli Utara, Nurhayati br Simanjuntak, SKM, membuka acara.", "Nurhayati br Simanjuntak"),
    ("Kepala Bappeda Rosdiana boru Hutabarat membuka acara.", "Rosdiana boru Hutabarat"),
])
def test_a_batak_boru_stays_inside_the_name(nlp, text, name):
    assert list(officials(nlp, text)) == [name]


def test_a_title_case_headline_with_small_connectors_names_nobody(nlp):
    text = ("Bupati Sikka Luncurkan SIPANDAI, Urus KTP dan KK Kini Cukup di Kantor Desa\n\n"
            "Bupati Sikka, Yosef Darius Lewar, meluncurkan aplikasi SIPANDAI di aula kantor bupati.")
    assert list(officials(nlp, text)) == ["Yosef Darius Lewar"]


def test_an_office_in_a_rooms_name_holds_no_person(nlp):
    text = "Nota kesepahaman diteken di Ruang Sidang Wali Kota Jayapura, Entrop, Rabu (19/2)."
    assert officials(nlp, text) == {}


@pytest.mark.parametrize("text", [
    "Penghargaan diserahkan Sekda, mewakili Gubernur. Anugerah tahun ini diikuti 11 kabupaten/kota.",
    "Acara itu dibuka oleh Bupati. Rahmat Hidayat, warga setempat, mengaku senang.",
    "Laporan disampaikan kepada Camat. Pelayanan Terpadu dibuka setiap hari.",
])
def test_a_regions_or_districts_head_that_ends_a_sentence_names_nobody_after_it(nlp, text):
    assert officials(nlp, text) == {}


@pytest.mark.parametrize("text, name, position", [
    # "Tua" of "Hukum Tua" is a common word of Batak names
    ("Penandatanganan disaksikan Wali Kota Pematangsiantar Ronald Tua Siahaan, SH.", "Ronald Tua Siahaan",
     "Wali Kota Pematangsiantar"),
    # Palembang's "Mgs." (Masagus) stays with the name, its dot ends no sentence
    ("Kepala Bappeda OKI Ir. Mgs. Syarifuddin Ansori, M.M. di Kayuagung mengatakan rombongan telah tiba.",
     "Mgs. Syarifuddin Ansori", "Kepala Badan Perencanaan Pembangunan Daerah OKI"),
])
def test_names_with_name_words_that_look_like_titles(nlp, text, name, position):
    got = officials(nlp, text)
    assert list(got) == [name] and got[name]["position"] == position


def test_a_hospitals_namesake_is_no_official(nlp):
    text = "Penghargaan diterima Direktur RSUD Dr. H. Chasan Boesoirie dr. Fadila Marasabessy, Sp.PD."
    assert "Chasan Boesoirie" not in officials(nlp, text)
    got = officials(nlp, "Direktur RSUD Sukamaju, dr. Fadila Marasabessy, Sp.PD, membuka kegiatan.")
    assert list(got) == ["Fadila Marasabessy"]


@pytest.mark.parametrize("text, name, position", [
    # a regency's name that is also a common surname ends no name
    ("Dokumen itu ditandatangani Plt. Kepala Bappeda Kapuas Hulu Yohanes Kiyau Lingga, S.T., M.Eng.",
     "Yohanes Kiyau Lingga", "Plt. Kepala Badan Perencanaan Pembangunan Daerah Kapuas Hulu"),
    # the speaker's own office ("kami") keeps its title
    ("Makanya Kabid Inovasi dan Teknologi kami, Arief Rahman Hakim, S.Kom, turun langsung ke OPD.",
     "Arief Rahman Hakim", "Kabid Inovasi dan Teknologi"),
])
def test_positions_read_past_a_surname_or_a_possessive(nlp, text, name, position):
    got = officials(nlp, text)
    assert list(got) == [name] and got[name]["position"] == position


def test_dprd_is_spelled_out_where_the_text_spells_it_out(nlp):
    text = ("Dewan Perwakilan Rakyat Daerah (DPRD) Kabupaten Sikka menggelar rapat paripurna. Rapat dipimpin Ketua "
            "DPRD Kabupaten Sikka, Agus Nugroho, S.H.")
    assert officials(nlp, text)["Agus Nugroho"]["position"] == "Ketua Dewan Perwakilan Rakyat Daerah Kabupaten Sikka"
    text = "Rapat paripurna dipimpin Ketua DPRD Kabupaten Sikka, Agus Nugroho, S.H."
    assert officials(nlp, text)["Agus Nugroho"]["position"] == "Ketua DPRD Kabupaten Sikka"


def test_an_initial_after_a_title_that_needs_a_body_opens_the_name(nlp):
    got = officials(nlp, "Rapat dipimpin Wakil Ketua T. Rahmah Yanti, S.Pd.")
    assert list(got) == ["T. Rahmah Yanti"] and got["T. Rahmah Yanti"]["position"] == "Wakil Ketua"


def test_a_foster_role_of_a_national_programme_is_no_person(nlp):
    assert officials(nlp, "Ia mendorong program Bapak Asuh Anak Stunting (BAAS) di setiap desa.") == {}


@pytest.mark.parametrize("text, name, position", [
    # a police or army rank between the office and the name is the person's, not the office's
    ("Kapolres Rembang AKBP Dimas Arya Pratama, S.H., S.I.K. menyatakan laporan akan ditindaklanjuti.",
     "Dimas Arya Pratama", "Kapolres Rembang"),
    ("Peluncuran dihadiri Dandim 0720/Rembang Letkol Inf Bayu Segara Putra.", "Bayu Segara Putra",
     "Dandim 0720/Rembang"),
    # Aceh's village head spelt "Geuchik"
    ("Geuchik Lampoh Krueng, Zulkarnaini, mengatakan warga terbantu.", "Zulkarnaini", "Geuchik Lampoh Krueng"),
])
def test_ranks_and_village_heads(nlp, text, name, position):
    got = officials(nlp, text)
    assert list(got) == [name] and got[name]["position"] == position


def test_a_hospital_named_with_a_number(nlp):
    got = officials(nlp, "Direktur RSUD 45 Kuningan, Dr. dr. Raden Deni Hamdani, Sp.OG, M.Kes, membuka kegiatan.")
    assert got["Raden Deni Hamdani"]["position"] == "Direktur Rumah Sakit Umum Daerah 45 Kuningan"


@pytest.mark.parametrize("text", [
    # a title and a headline verb in a related-stories list, and a pronoun opening the next sentence
    "Berita Populer\n1. Bupati Resmikan Jembatan Gantung di Nagari Lubuk Gadang\n2. Honorer Ikuti Seleksi PPPK\n",
    '"Ini bukan prestasi Pj Bupati. Ini prestasi para ASN dan masyarakat," ujarnya.',
])
def test_no_person_after_a_title_from_a_verb_or_a_pronoun(text):
    assert extract_text(text).officials == []


@pytest.mark.parametrize("text, expected", [
    # one word after a branch office's title is the branch's place
    ("Hadir Kepala Kantor Perwakilan BPJS Kesehatan Atambua, para camat, serta perwakilan warga.", []),
    ("Rapat dihadiri akademisi, serta Kepala Bank SulutGo Cabang Lolak.", []),
    # a one-word name after another title is still a person
    ("Kepala Dinas Kesehatan, Slamet, membuka acara itu.", [("Slamet", "Kepala Dinas Kesehatan")]),
])
def test_a_branch_offices_place_is_no_person(text, expected):
    assert [(o.name, o.position) for o in extract_text(text).officials] == expected


@pytest.mark.parametrize("text,name,position,degrees", [
    # a campus's name after its title is no person's
    ("Andi Mallarangeng, Rektor Universitas Islam Balitar, membuka seminar inovasi daerah.",
     "Andi Mallarangeng", "Rektor Universitas Islam Balitar", []),
    # academics, researchers and assessors named with their institution, before or after the name
    ("Penilaian dipimpin Dr. Rahmat Sulaiman, S.E., M.Si., dosen Universitas Islam Balitar, bersama unsur Bappeda.",
     "Rahmat Sulaiman", "Dosen Universitas Islam Balitar", ["Dr", "S.E", "M.Si"]),
    ("Tim juri juga beranggotakan akademisi Universitas Halu Oleo, Dr. Wa Ode Sitti, M.Pd., yang meninjau lokasi.",
     "Wa Ode Sitti", "Akademisi Universitas Halu Oleo", ["Dr", "M.Pd"]),
    ("Salah satu juri, peneliti Badan Riset dan Inovasi Nasional, Hendra Kurniawan, S.Si., M.Eng, menambahkan hal itu.",
     "Hendra Kurniawan", "Peneliti Badan Riset dan Inovasi Nasional", ["S.Si", "M.Eng"]),
    # a district's name after its level in a title that follows the name
    ("5. Dede Suhendar, S.IP., M.Si, Sekretaris Kecamatan Jatiwangi - SAPA WARGA, layanan surat keliling.",
     "Dede Suhendar", "Sekretaris Kecamatan Jatiwangi", ["S.IP", "M.Si"]),
    # the title before the name is the office; an apposition after it only says where the person comes from
    ("Ketua dewan juri, Prof. Dr. Syamsul Bahri, M.Si., akademisi Universitas Andalas, menilai proposal meningkat.",
     "Syamsul Bahri", "Ketua dewan juri", ["Prof", "Dr", "M.Si"]),
    # a role after "terdiri dari" is the person's, not the panel's
    ("Dewan juri terdiri dari akademisi Universitas Negeri Gorontalo Prof. Dr. Rizal Katili, M.Pd, dan dua praktisi.",
     "Rizal Katili", "Akademisi Universitas Negeri Gorontalo", ["Prof", "Dr", "M.Pd"]),
    # village heads under the titles of Bolaang Mongondow (sangadi) and Rokan Hilir (penghulu)
    ("Sangadi Desa Molobog, Rahmat Mokoagow, mengatakan inovasi itu direplikasi dari desa tetangga.",
     "Rahmat Mokoagow", "Sangadi Desa Molobog", []),
    ("Penghulu Teluk Pulau Hilir, Syahrial Amri, menerima piala dari Bupati.",
     "Syahrial Amri", "Penghulu Teluk Pulau Hilir", []),
    # the professional teacher's title after a name
    ("Kepala SD Negeri 2 Melonguane, Meiske Tatangindatu, S.Pd., Gr., mengatakan inovasi itu lahir dari guru.",
     "Meiske Tatangindatu", "Kepala SD Negeri 2 Melonguane", ["S.Pd", "Gr"]),
    # a regent's title before a region's defined shorthand: the shorthand is the region's
    ("Bupati Banggai Kepulauan (Bangkep), Hamka Lasapi, menyerahkan hadiah. Kepala DPMD Bangkep, Aswin Bulutu, "
     "SE., M.Si dalam laporannya mengatakan penilaian dilakukan tim.",
     "Aswin Bulutu", "Kepala Dinas Pemberdayaan Masyarakat dan Desa Banggai Kepulauan", ["SE", "M.Si"]),
    # a second title after "yang juga" with no name before it: the person follows the last title
    ("Ketua tim verifikasi yang juga Kepala Bidang Inovasi dan Teknologi Badan Riset dan Inovasi Daerah, "
     "Dr. Hj. Nurlela Siregar, S.Sos., M.AP, mengatakan verifikasi dilakukan.",
     "Nurlela Siregar", "Kepala Bidang Inovasi dan Teknologi Badan Riset dan Inovasi Daerah", ["Dr", "S.Sos", "M.AP"]),
    # a midwife's form of address is no part of her name; diplomas and masters as written without dots
    ("Kepala UPT Puskesmas Sosopan, Bidan Hotmaida Harahap, Am.Keb, menuturkan rumah tunggu dibangun.",
     "Hotmaida Harahap", "Kepala UPT Puskesmas Sosopan", ["Am.Keb"]),
    ("Kabag Ortala Setdakab Palas Budi Mulia Siregar SSTP MSP menjelaskan, bimtek ini penting.",
     "Budi Mulia Siregar", "Kabag Organisasi dan Tatalaksana Sekretariat Daerah Kabupaten Palas", ["SSTP", "MSP"]),
    # a Labinov coach, in lower case before a marked name
    ("Coaching dipandu oleh coach dari Lembaga Administrasi Negara, Dr. Ridwan Maulana, S.Sos., MPA, bersama tim.",
     "Ridwan Maulana", "Coach Lembaga Administrasi Negara", ["Dr", "S.Sos", "MPA"]),
    # a body's representative named with degrees
    ("Tim juri beranggotakan perwakilan Ombudsman Perwakilan Sumatera Utara, Andreas Ginting, S.H., dan dua akademisi.",
     "Andreas Ginting", "Perwakilan Ombudsman Perwakilan Sumatera Utara", ["S.H"]),
])
def test_officials_in_regional_phrasings(nlp, text, name, position, degrees):
    # campuses, districts, schools and village heads around a name; second titles, forms of address, roles in
    # lower case; region shorthands defined after a regent's title
    found = officials(nlp, text)
    assert name in found, found
    assert (found[name]["position"], found[name]["degrees"]) == (position, degrees)
    assert not any(n.startswith(("Islam", "Jatiwangi", "Biau")) for n in found), found


@pytest.mark.parametrize("text", [
    # an acting prefix and a region's head that end a sentence: the next sentence's first word is no name
    "Sambutan dibacakan Sekda Provinsi mewakili Penjabat Gubernur. Penilaian dilakukan oleh tim BRIDA.",
    # pregnant and nursing mothers as health services name them
    "Inovasi itu berupa Sistem Peringatan Dini Kesehatan Ibu Hamil dan Ibu Menyusui berbasis pesan singkat.",
])
def test_no_person_after_a_closing_title_or_in_mothers_services(nlp, text):
    assert officials(nlp, text) == {}


def test_the_headline_quoted_again_in_a_credit_line_gives_no_person():
    text = ("Kepala BRIDA Lahat: Riset Jangan Berhenti di Laci, Inovasi Harus Dirasakan Petani\n\n"
            "LAHAT - Kepala BRIDA Kabupaten Lahat, Dr. Rudi Hartono, M.Si, mengatakan riset harus sampai ke petani.\n\n"
            "Artikel ini telah tayang di Tribun dengan judul Kepala BRIDA Lahat: Riset Jangan Berhenti di Laci, "
            "Inovasi Harus Dirasakan Petani")
    assert [o.name for o in extract_text(text).officials] == ["Rudi Hartono"]


def test_a_units_place_inside_a_position_is_no_person(nlp):
    text = "Bupati disambut Kepala SMP Negeri 1 Biau, Dra. Hj. Sitti Aminah Datu, para guru dan siswa."
    assert list(officials(nlp, text)) == ["Sitti Aminah Datu"]


@pytest.mark.parametrize("text", [
    # "Bidan X" named as an innovation is no person
    "Selanjutnya ada e-Surat Camat dari Kecamatan Krueng Sabee, dan Bidan Meuseuraya yang dijalankan UPTD Puskesmas.",
])
def test_a_profession_word_does_not_mark_a_person(nlp, text):
    assert officials(nlp, text) == {}


def test_a_role_after_hadir_sebagai_stays_out_of_the_position(nlp):
    text = ("Hadir sebagai narasumber Kepala Bappeda Provinsi NTB, Dr. Ir. I Gusti Bagus Sugihartha, M.Sc. "
            "Ia memaparkan arah pembangunan.")
    found = officials(nlp, text)
    assert found["I Gusti Bagus Sugihartha"]["position"].startswith("Kepala Badan Perencanaan")


def test_a_kept_shorthand_the_text_spells_out_is_expanded_in_a_position(nlp):
    # ANNOTATION 13: a shorthand kept as written is expanded where the text itself expands it
    text = ("Coaching difasilitasi Pusat Pelatihan dan Pengembangan dan Kajian Manajemen Pemerintahan "
            "(Puslatbang KMP) Lembaga Administrasi Negara. Kepala Puslatbang KMP LAN, Dr. Andi Rahmat, M.Si, "
            "membuka kegiatan.")
    found = officials(nlp, text)
    assert found["Andi Rahmat"]["position"] == ("Kepala Pusat Pelatihan dan Pengembangan dan Kajian Manajemen "
                                               "Pemerintahan Lembaga Administrasi Negara")


@pytest.mark.parametrize("sentence, name, position", [
    # a Batak clan name that is also a regency's name ends the person's name, not a place
    ("Tim disambut Bupati Mandailing Natal, H. Rahmat Hidayat Batubara, S.H., M.H. di ruang rapat bupati.",
     "Rahmat Hidayat Batubara", "Bupati Mandailing Natal"),
    ("Kepala Dinas Kesehatan, dr. Rina Samosir, M.Kes, meluncurkan aplikasi SIPANDU.", "Rina Samosir",
     "Kepala Dinas Kesehatan"),
    # ... and after a regent's title it is still the region
    ("Bupati Batubara Zahir meninjau stan inovasi Dinas Pertanian.", "Zahir", "Bupati Batubara"),
])
def test_clan_names_that_are_regions(sentence, name, position):
    officials = extract_text(sentence).officials
    assert [(o.name, o.position) for o in officials] == [(name, position)]


@pytest.mark.parametrize("sentence, expected", [
    # a word that ends a sentence is no title before the next one's first word
    ("Pengasuhan anak di banyak keluarga masih dibebankan kepada ibu. Melalui gerakan ini, para ayah diajak "
     "mengikuti kelas pengasuhan.", []),
    # words of a campus unit's name are no person: confixed nouns ("Pengabdian") are never names
    ("Perjanjian ditandatangani Ketua Lembaga Penelitian dan Pengabdian kepada Masyarakat (LPPM) Universitas Papua, "
     "Dr. Hendrik Manusawai, S.Hut., M.Si, disaksikan Penjabat Bupati.", ["Hendrik Manusawai"]),
    # a family name that is also the first word of some regions' names ("Way Kanan")
    ("Kepala Bappelitbangda Maybrat Stevanus Way menyebut e-Absen Kampung paling memungkinkan direplikasi.",
     ["Stevanus Way"]),
    ("Bupati Way Kanan Raden Adipati Surya membuka acara.", ["Raden Adipati Surya"]),
    # a title written in capitals before its name stays one
    ("Kegiatan dihadiri Ibu Sri Wahyuni dari Dinas Sosial, kata pak Budi Santoso.", ["Sri Wahyuni", "Budi Santoso"]),
])
def test_words_that_look_like_titles_or_names(sentence, expected):
    assert [o.name for o in extract_text(sentence).officials] == expected


@pytest.mark.parametrize("sentence, position", [
    ("Juri dari BRIDA Provinsi Maluku, Dr. Ir. Markus Rahayaan, M.Si., menilai kualitas inovasi meningkat.",
     "Juri Badan Riset dan Inovasi Daerah Provinsi Maluku"),
    ("Penilai dari Bappeda Provinsi Maluku, Yosina Latuheru, S.E., menilai dokumen sudah lengkap.",
     "Penilai Badan Perencanaan Pembangunan Daerah Provinsi Maluku"),
])
def test_a_jury_member_named_with_the_body_they_come_from(sentence, position):
    assert [o.position for o in extract_text(sentence).officials] == [position]


@pytest.mark.parametrize("sentence, name, position", [
    # village heads under Lampung's titles (pekon: peratin; tiyuh: kepalo tiyuh)
    ("Peratin Pekon Kampung Jawa Ahmad Yani Saputra menyatakan dukungannya.", "Ahmad Yani Saputra",
     "Peratin Pekon Kampung Jawa"),
    ("Kepalo Tiyuh Marga Kencana, I Made Suarnata, meluncurkan Lamban Ragom.", "I Made Suarnata",
     "Kepalo Tiyuh Marga Kencana"),
    # a personal name that is also an organisation's first word ("Dharma Wanita")
    ("Kepala Bappeda, Ny. Hj. Sri Wahyuni Dharma, SE, M.Si melaporkan hasilnya.", "Sri Wahyuni Dharma",
     "Kepala Badan Perencanaan Pembangunan Daerah"),
    ("Ketua Dharma Wanita Persatuan Kabupaten Bangka Selatan, Ny. Rina Marlina, membuka acara.", "Rina Marlina",
     "Ketua Dharma Wanita Persatuan Kabupaten Bangka Selatan"),
])
def test_regional_village_titles_and_names_shared_with_organisations(sentence, name, position):
    assert [(o.name, o.position) for o in extract_text(sentence).officials] == [(name, position)]


@pytest.mark.parametrize("sentence, name", [
    # North Maluku's "Hi." between a name and the father's name stays inside it
    ("Direktur RSUD Maba, dr. Nurlela Hi. Basri, Sp.A, menjelaskan layanan itu.", "Nurlela Hi. Basri"),
    # ... and before a name it is an honorific, like a church title
    ("Sekretaris Daerah, Hi. Ahmad Purbaya, membuka acara.", "Ahmad Purbaya"),
    ("Kepala Dinas Sosial Kabupaten Tolikara, Ev. Yunus Kogoya, S.Th, meresmikan layanan itu.", "Yunus Kogoya"),
])
def test_titles_inside_and_before_names_in_eastern_regions(sentence, name):
    assert [o.name for o in extract_text(sentence).officials] == [name]


@pytest.mark.parametrize("text, name, position", [
    ("Rakor dipimpin Sekretaris Daerah Kabupaten Mamberamo Tengah selaku Ketua Harian TPID, Ir. Lalu Muhammad "
     "Zainuddin, M.Si. Ia mengatakan harga beras naik.", "Lalu Muhammad Zainuddin",
     "Sekretaris Daerah Kabupaten Mamberamo Tengah"),
    ("Rapat dipimpin Wakil Bupati Intan Jaya selaku Ketua TPPS, Yohanis Kobogau, S.Pd. Ia meminta laporan.",
     "Yohanis Kobogau", "Wakil Bupati Intan Jaya"),
])
def test_an_office_then_selaku_a_role_then_the_name(nlp, text, name, position):
    # the office before "selaku" is the person's; the role after it is what they do at the event
    assert officials(nlp, text)[name]["position"] == position


def test_a_second_person_with_their_own_role_after_dan_is_no_part_of_the_first_office(nlp):
    found = officials(nlp, "Hadir Budi Santoso selaku Kepala Dinas Kesehatan dan Ani Lestari selaku Camat Kota.")
    assert found["Budi Santoso"]["position"] == "Kepala Dinas Kesehatan"
    assert found["Ani Lestari"]["position"] == "Camat Kota"
    # a body's name running on over "dan" stays whole
    found = officials(nlp, "Hadir Budi Santoso selaku Kepala Dinas Kesehatan dan Keluarga Berencana sebagai "
                           "narasumber utama.")
    assert found["Budi Santoso"]["position"] == "Kepala Dinas Kesehatan dan Keluarga Berencana"


@pytest.mark.parametrize("written, degree", [
    # ANNOTATION 14: no spaces, internal dots as written, no trailing dot (a listed spelling in its listed case)
    ("M. Si", "M.Si"), ("SE.", "SE"), ("MSi", "MSi"), ("s.sos", "S.Sos"), ("Amd.Keb", "Amd.Keb"), ("SSTP", "SSTP"),
    ("S.P.", "S.P"), ("SP", "SP"), ("SpJP", "SpJP"),
    ("S Sos", "S.Sos"),   # a space standing for the dot takes the listed form
    ("Dinas", None), ("Camat", None),
])
def test_degrees_keep_their_dots_as_written(written, degree):
    from pipeline.nomenclature import normal_degree
    assert normal_degree(written) == degree


@pytest.mark.parametrize("text, name, position, degrees", [
    # a caption that ends in its photo credit is a sentence, not a title-case headline
    ("Bupati Bangka Tengah, Ir. H. Ridwan Saputra Kohar, M.Si, meninjau stan Desa Kurau Barat pada Bursa Inovasi Desa "
     "di Taman Sungai Kurau, Koba. (Foto: Yudi/Babelpos)", "Ridwan Saputra Kohar", "Bupati Bangka Tengah",
     ["Ir", "M.Si"]),
    # a degree that is also a word between two degrees, a spaced degree at a sentence's end, a hospital master's
    ("Inspektur Langkat Erwin Saragih SE Ak MM meminta OPD tidak mengunggah dokumen.", "Erwin Saragih",
     "Inspektur Langkat", ["SE", "Ak", "MM"]),
    ("Tim dipimpin Kepala Bagian Organisasi Setda Sulteng, Moh. Rizal Lamasitudju, S. STP, M. AP. Ia menjelaskan "
     "proposal.", "Moh. Rizal Lamasitudju", "Kepala Bagian Organisasi Sekretariat Daerah Sulteng", ["S.STP", "M.AP"]),
    ("Direktur RSUD Slawi, drg. Wahyu Kurniawan, MMR, mengatakan rumah sakit siap.", "Wahyu Kurniawan",
     "Direktur Rumah Sakit Umum Daerah Slawi", ["drg", "MMR"]),
    # initials and an honorific after a prefix title stay the name's
    ("Ketua tim, Drs. M. S. Hidayat, membuka rapat.", "M. S. Hidayat", "Ketua tim", ["Drs"]),
    ("Wali Kota Tidore, Dr. H. Ismail Djafar, S.E, M.Si, membuka rapat.", "Ismail Djafar", "Wali Kota Tidore",
     ["Dr", "S.E", "M.Si"]),
    # a specialist's degree and a college's fellowship joined by a hyphen; a pastor's and a nurse's form of address
    ("Direktur RSUD Kabupaten Klungkung, dr. I Nyoman Kesuma, M.Kes., Sp.PD-FINASIM, menjelaskan aplikasi itu.",
     "I Nyoman Kesuma", "Direktur Rumah Sakit Umum Daerah Kabupaten Klungkung", ["dr", "M.Kes", "Sp.PD", "FINASIM"]),
    ("Ketua Klasis, Pendeta Yohanis Manafe, S.Th., memberi sambutan.", "Yohanis Manafe", "Ketua Klasis", ["S.Th"]),
    ("Kepala Puskesmas Nita, Perawat Dedi Kurnia, A.Md.Kep, membuka acara.", "Dedi Kurnia", "Kepala Puskesmas Nita",
     ["A.Md.Kep"]),
    # a bank branch's head written "Pimpinan", an innovation operator, a head and the body's short name in one word
    ("Pimpinan Bank Sulselbar Cabang Belopa, Ahmad Yani Padu, berharap usaha kecil mengakses pembiayaan.",
     "Ahmad Yani Padu", "Pimpinan Bank Sulselbar Cabang Belopa", []),
    ("Operator inovasi UPTD Puskesmas Cepu, Yuliana Kartikasari, mengaku terbantu dengan bimtek tersebut.",
     "Yuliana Kartikasari", "Operator inovasi UPTD Puskesmas Cepu", []),
    ("Sementara itu, Kadiskominfotiksan Tubaba Yuliansyah Putra mengatakan pihaknya menyiapkan tautan.",
     "Yuliansyah Putra", "Kadiskominfotiksan Tubaba", []),
    # the office given in a relative clause after the name ("yang sudah dua periode menjadi ...")
    ("Frans, yang sudah dua periode menjadi Kepala Kampung Sasior Baru, menyebut lumbung itu memasok pangan.",
     "Frans", "Kepala Kampung Sasior Baru", []),
    # a health centre's place after its title, before the name; a midwife's professional title
    ("Kepala Puskesmas Undaan, Slamet Riyadi SKM, mengaku tidak menyangka inovasinya bisa bersaing.", "Slamet Riyadi",
     "Kepala Puskesmas Undaan", ["SKM"]),
    ("Kepala Puskesmas Kalasan Siti Aminah mengatakan inovasi itu berjalan.", "Siti Aminah", "Kepala Puskesmas Kalasan",
     []),
    ("Kepala UPTD Puskesmas Pematang Kandis, Bdn. Ernawati Lubis, S.Tr.Keb, mengatakan ibu hamil didampingi.",
     "Ernawati Lubis", "Kepala UPTD Puskesmas Pematang Kandis", ["Bdn", "S.Tr.Keb"]),
    ("Kepala Puskesmas dr. Yohanes membuka acara.", "Yohanes", "Kepala Puskesmas", ["dr"]),
    # the office in brackets after the name's degrees
    ("Materi disampaikan oleh Rudi Hartono, S.T. (Kepala Seksi Drainase Dinas PUPR), lalu peserta berdiskusi.",
     "Rudi Hartono", "Kepala Seksi Drainase Dinas Pekerjaan Umum dan Penataan Ruang", ["S.T"]),
])
def test_names_positions_and_degrees_in_the_shapes_regional_news_writes(text, name, position, degrees):
    # issue 12: officials' degrees in the spellings regional news uses
    found = {o.name: o for o in extract_text(text).officials}
    assert (found[name].position, found[name].degrees) == (position, degrees)


def test_a_health_centres_place_alone_after_its_title_is_nobody():
    found = extract_text("Kader tak perlu lagi menyalin buku KIA, kata dr. Fajar Kurniawan. Ia merupakan Kepala "
                         "Puskesmas Pandaan.").officials
    assert [o.name for o in found] == ["Fajar Kurniawan"]


@pytest.mark.parametrize("text, expected", [
    # the office opening the next sentence with "itu" belongs to the name the quotation was attributed to
    ("\"Bukan berarti di Nduga tidak ada inovasi,\" kata Elias Kogeya. Pj Bupati Nduga itu mengatakan sebagian "
     "pegawai bekerja dari Wamena.", [("Elias Kogeya", "Pj Bupati Nduga")]),
    ("\"Kami siap,\" ujar Budi Santoso. Kepala Dinas Kesehatan Kabupaten Sikka tersebut menambahkan layanan dibuka.",
     [("Budi Santoso", "Kepala Dinas Kesehatan Kabupaten Sikka")]),
    # a name already read with its office keeps it
    ("Bupati Sikka, Budi Santoso, membuka acara. \"Kami siap,\" kata Budi Santoso. Bupati itu lalu meninjau stan.",
     [("Budi Santoso", "Bupati Sikka")]),
])
def test_an_office_named_with_a_demonstrative_after_a_quotation(text, expected):
    assert [(o.name, o.position) for o in extract_text(text).officials] == expected
