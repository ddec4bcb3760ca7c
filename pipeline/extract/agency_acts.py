"""When a body named in the text acts where it stands (RECORD.md `agencies`: organises, launches, hosts, signs,
assists, owns an innovation), read by the rules' mentions (agencies.py) and by the model's ORG entities alike
(entities.py): not as a place, an address, a credit line, a possessor ("misi Pemkab X", "rumah sakit milik Pemkab X"),
an attendee, where participants come from, the one assisted, nor in a negated clause; a local government as a party,
an owner or an agent; a body named only as a position holder's office when the holder opens, hosts, awards...
Word lists: rules/agencies/acting.toml (compiled in agency_vocab._acting_rules).
"""
from __future__ import annotations

import re

from .agency_roles import owner_clause
from .agency_text import alone_on_line, sentence_of
from .agency_vocab import ADDRESS_HEADS, GOVERNMENT_HEADS, _acting_rules
from .innovation_text import rules as innovation_rules

# the body as a subject, then its verb negated ("Stan Kecamatan X justru tidak membawa inovasi", "Dinas X belum
# menerapkan ..."): it does not do what follows (acting.toml not_done; not "tidak hanya", "tak lupa")
NOT_DONE_AFTER = re.compile(r"\s+(?:(?:justru|juga|pun|masih|sama\s+sekali|ternyata)\s+)?(?:tidak|tak|belum)\s+"
                            r"(?!hanya\b|saja\b|lupa\b|segan\b|ragu\b|kalah\b|sedikit\b|pernah\s+berhenti\b)",
                            re.IGNORECASE)
AGENT_BEFORE = re.compile(r"\bdi[a-z]{3,}\s+(?:oleh\s+)?$", re.IGNORECASE)   # "yang dijalankan X belum ...": the
# negation is the clause's, whose subject is the innovation the body runs
ATTENDS_AFTER = re.compile(r"[^.;\n]{0,40}?\b(?:(?:turut|tampak|ikut)\s+hadir\b"
                           # "Ombudsman X yang turut diundang ... berhalangan hadir": invited and absent
                           r"|yang\s+(?:turut\s+|juga\s+)?diundang\b[^.;\n]{0,60}?\b(?:berhalangan|tidak\s+hadir|absen)\b"
                           # "Ketua Komisi I DPRD X, Nama, yang hadir dalam rapat itu mengingatkan ..." (not "yang hadir
                           # melalui Zoom", a resource person's way of taking part)
                           r"|yang(?:\s+juga)?\s+hadir\s+(?:dalam|pada|di)\b)"
                           # "Kepala Dinas X, Nama, menghadiri peluncuran ...": the holder only attends
                           r"|\s*(?:\([^)]{1,20}\)\s*)?(?:,[^,.;\n]{1,60},\s*)?(?:turut\s+|juga\s+)?(?:menghadiri|menyaksikan)\b",
                           re.IGNORECASE)
# "... oleh Soni Saban (Kabid Pengairan Dinas PUPR)": the agent's office, given in brackets after the name
AGENT_IN_BRACKETS = re.compile(r"\boleh\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,4},?\s*\([^()]*$")

# "berjalan di wilayah kerja Puskesmas X melalui gerakan Y": the unit acts through what follows
WITH_MEANS = re.compile(r"\s*(?:\([^)]{1,20}\)\s*)?,?\s*(?:melalui|lewat)\s+(?:inovasi|program|gerakan|layanan|aplikasi)\b",
                        re.IGNORECASE)

# "Dinas X rencananya akan dilibatkan ...": a body to be brought in later has not acted yet
PLANNED_AFTER = re.compile(r"\s*(?:\([^)]{1,20}\)\s*)?(?:(?:rencananya|nantinya|juga)\s+)*(?:akan|(?:direncanakan|"
                           r"dijadwalkan)(?:\s+akan)?)\s+(?:turut\s+|ikut\s+)?(?:dilibatkan|diajak|digandeng|diundang)\b",
                           re.IGNORECASE)   # (... "juga direncanakan dilibatkan")

WITH_INNOVATION = re.compile(r"\s*,?\s+(?:dengan|lewat|melalui|atas|untuk)\s+(?:inovasi|inovasinya)\b")

# the rest of a list the body opens ("Dinas A, Dinas B, serta Kecamatan C dan Kecamatan D"): capitalised words, an
# initial ("RSUD H. Abdul Manap") or a short name in brackets, joined by commas, "dan" and "serta"
LIST_REST = re.compile(r"(?:\s*(?:,\s*)?(?:(?:dan|serta)\s+)?(?:[A-Z][a-z]?\.|[A-Z(][\w’'()/-]*)"
                       r"(?:\s+(?:dan\s+)?(?:[A-Z][a-z]?\.|[A-Z(][\w’'()/-]*))*)*")


def _not_done_after(text: str, end: int, before: str, rules: dict) -> bool:
    """The body, or the list it opens, is the subject of a negated verb ("Dinas X belum menerapkan ...") or of one it
    still has to do ("Dinas A, Dinas B dan Kecamatan C masih perlu melengkapi data")."""
    if NOT_DONE_AFTER.match(text, end) and not AGENT_BEFORE.search(before):
        return True
    after_list = LIST_REST.match(text, end).end()
    return bool(rules["still_to_do"].match(text, end) or rules["still_to_do"].match(text, after_list)
                or after_list > end and NOT_DONE_AFTER.match(text, after_list) and not AGENT_BEFORE.search(before))


NATIONAL_AGENCY = re.compile(r"^(?!Pemerintah\b).*\b(?:Nasional|Negara)$")   # "Badan Kepegawaian Negara"


def national_body(name: str) -> bool:
    """A ministry or a national agency named in full ("Kementerian Sosial", "Badan Kepegawaian Negara")."""
    return name.split()[0] in ("Kementerian", "Kementrian") or NATIONAL_AGENCY.search(name) is not None

FROM_OR_BY = re.compile(r"\b(?:dari|oleh)\s+$", re.IGNORECASE)   # ("agar masuk TOP 99 Sinovik dari KemenPAN-RB": the
# competition's holder, not a wish)

SAID_BY = re.compile(r"\b(?:disampaikan|dijelaskan|diungkapkan|dikatakan|diterangkan|dituturkan)\s*$", re.IGNORECASE)

def _agent_in_brackets(before: str) -> bool:
    """'... oleh Name (Kabid X Dinas Y' made or runs something; 'disampaikan oleh ...' only speaks."""
    m = AGENT_IN_BRACKETS.search(before)
    return bool(m) and not SAID_BY.search(before[:m.start()])



ACCOMPANIES = re.compile(r"\b(?:didampingi|beserta)\s+(?:oleh\s+)?$", re.IGNORECASE)

RECIPIENT = re.compile(r"\b(?:kepada|untuk|bagi)\s+$", re.IGNORECASE)   # "diserahkan kepada Kepala Dinas X"

ACTS_THROUGH = re.compile(r"\s*(?:\([^)]{1,20}\)\s*)?(?:melalui|lewat)\b")   # "Pemprov X melalui Bappeda ..."

# "38 peserta yang berasal dari perangkat daerah ..., dan RSUD": where the participants come from
PARTICIPANTS_FROM = re.compile(r"\bpeserta(?:\s+[a-z]+){0,2}?\s+(?:yang\s+)?(?:berasal\s+)?(?:dari|asal)\b[^.;]*$",
                               re.IGNORECASE)   # ("Peserta bimtek berasal dari Dinas A, Dinas B")


def _attends(before: str, rules: dict) -> bool:
    """'Kegiatan diikuti oleh perwakilan Dinas X': an attendee, unless an acting word comes after the
    attendance word ('diikuti OPD dan dibuka oleh Bappeda')."""
    last = None
    for m in rules["attendees"].finditer(before):
        if not (m.group(0)[:1].isupper() and re.search(r"[A-Z][\w’'-]*\s+$", before[:m.start()])):
            last = m   # (not a word of a body's name: "Dewan Perwakilan Rakyat Daerah", "Ombudsman RI Perwakilan X")
    return last is not None and not rules["position_acts"].search(before, last.end())



ADDRESS_BEFORE = re.compile(r"(?<![\w’'-])(?![IVX]+\b)[A-Z][\w’'-]*\)?\s*[,/]?\s*$"   # ("juara III Kelurahan X": a rank)
                            r"|(?<![\w’'-])(?!(?:Juara|Peringkat|Harapan|Ranking|Nomor|No)\b)[A-Z][\w’'-]*\s+\d{1,3},\s*$")
# (a numbered school or unit and its address: "SDN Sukamelang 2, Kecamatan Subang, menggagas ...")

def _address_word_before(before: str) -> bool:
    """A capitalised word right before a district's or village's name makes it an address ("Puskesmas Bone, Kecamatan
    Burau"), but not a stand's word: "Stan Kecamatan Weleri memperkenalkan ..." is the district showing its own."""
    m = ADDRESS_BEFORE.search(before)
    if m is not None and m.group(0).strip() == "Kantor":
        # "Kantor Kecamatan X membuka layanan": the district's office is the district; an address only where the
        # office is ("di Kantor Kecamatan X")
        return bool(_acting_rules()["address_before"].search(before, 0, m.start()))
    return m is not None and not (m.group(0).rstrip(" ").isalpha()
                                  and m.group(0).strip().casefold() in innovation_rules()["stand_words"]
                                  | innovation_rules()["discourse_openers"])
    # ("Sementara Kecamatan X, lewat Camat Y, memaparkan ...": a sentence's opener, not a place's name)


OUR_SIDE = re.compile(r"\b(?:pihaknya|jajarannya|timnya)\s+")   # the holder speaking of what the office did

OFFICE_OPENS = re.compile(r"\W*Kantor\s+")   # a sentence opening with a body's office: the body as the subject


def _after_negated_sentence(text: str, sent_start: int) -> bool:
    """The sentence before `sent_start` ends in a negated clause ("... yang belum menginput satu inovasi pun.")."""
    prev = text[max(0, sent_start - 300):sent_start].rstrip()
    prev = re.split(r"[.!?]\s+(?=[A-Z])|\n", prev[:-1] if prev.endswith(".") else prev)[-1]
    return bool(re.search(r"\b(?:belum|tidak|tak)\b", prev, re.IGNORECASE))


def acts(text: str, start: int, end: int, name: str, key: str, sent_start: int) -> tuple[bool, bool]:
    """Whether the body written at text[start:end] (`name` in full, `key` its head in lower case) acts where it
    stands, and whether it is named only as a position holder's office that does not act. Read by the rules'
    mentions and by the model's ORG entities alike (rules/agencies/acting.toml)."""
    rules = _acting_rules()
    before = text[max(sent_start, start - 40):start]
    in_sentence = text[sent_start:start]
    office_only = False
    owner = owner_clause().match(text, end)   # "kepada Puskesmas X yang menjalankan inovasi Y"
    office_subject = OFFICE_OPENS.fullmatch(in_sentence) is not None   # "Kantor Kecamatan X membuka layanan ..."
    acting = not (rules["not_acting_before"].search(before) and not rules["award_to"].search(in_sentence)
                  and not owner and not office_subject and not WITH_MEANS.match(text, end)) \
        and not rules["attendance"].search(in_sentence) \
        and not ATTENDS_AFTER.match(text, end) \
        and not _not_done_after(text, end, before, rules) \
        and not PLANNED_AFTER.match(text, end) \
        and not rules["sent_to"].search(text, max(sent_start, start - 90), start) \
        and not PARTICIPANTS_FROM.search(in_sentence) \
        and not rules["not_done"].search(in_sentence) and not rules["planned_partner"].search(in_sentence) \
        and not (rules["purpose"].search(in_sentence) and not FROM_OR_BY.search(before)) \
        and not (rules["back_list"].match(in_sentence) and _after_negated_sentence(text, sent_start)) \
        and not alone_on_line(text, start, end) \
        and not rules["regulation_before"].search(text, max(sent_start, start - 30), start) \
        and not rules["norm_before"].search(text, max(sent_start, start - 90), start) \
        and not _attends(in_sentence, rules)
    if acting and national_body(name) \
            and rules["national_platform_before"].search(text, sent_start, start):
        acting = False   # "aplikasi Indeks Inovasi Daerah Kemendagri", "Award (IGA) Kementerian Dalam Negeri":
        # a ministry as the owner of a national platform or award named in passing
    if key in GOVERNMENT_HEADS or name.startswith("Pemerintah "):
        # a local government acts as a party, owner or agent, not as a possessor ("misi Pemkab X")
        acting = acting and not rules["assisted"].match(text, end) and not rules["possessed"].search(in_sentence) \
            and bool(rules["government_acts"].search(in_sentence) or ACTS_THROUGH.match(text, end)
                                 or rules["subject_of"].match(text, end) or rules["visit_host"].search(in_sentence)
                                 or rules["award_to"].search(in_sentence) and WITH_INNOVATION.match(text, end))
        # ("penghargaan diberikan kepada Pemerintah Desa X dengan inovasi Y": the winner owns the winning innovation;
        # not "menyerahkan penghargaan IGA kepada Pemkab X", a recipient only)
    elif (key in ADDRESS_HEADS and not rules["award_to"].search(in_sentence)
          and (_address_word_before(text[max(sent_start, start - 40):start])
                                    or rules["address_before"].search(text, max(sent_start, start - 40), start))) \
            or (key.startswith("kantor") and rules["address_before"].search(text, max(sent_start, start - 40), start)):
        acting = False   # "Puskesmas Bone, Kecamatan Burau": an address; "di Kantor Urusan Agama": the building
    elif pos_m := rules["in_position"].search(text, max(sent_start, start - 80), start):
        # only the office of a position holder: it acts when the holder does (opens, hosts...)
        # (its clause: before the body in the sentence, or right after the holder's name),
        # not when the holder only accompanies the actor ("Bupati, didampingi Kepala X, membuka")
        rest = sentence_of(text, end, end)
        clause = text[sent_start:start] + " " + rest[:60]
        if (ours := OUR_SIDE.search(rest)) is not None:
            clause += " " + rest[ours.end():ours.end() + 40]   # "..., mengatakan pihaknya mendampingi tim RSUD"
        office_only = acting and (ACCOMPANIES.search(text, sent_start, pos_m.start()) is not None
                                  or RECIPIENT.search(text, sent_start, pos_m.start()) is not None
                                  or not (rules["position_acts"].search(clause)
                                          or _agent_in_brackets(text[sent_start:start])))
        if acting and re.match(r"(?:Sekretariat Daerah|Setda)\b", name) and not re.search(r"\b(?:Bagian|Biro)\b", name):
            office_only = True   # "dibuka Asisten II Setda Aceh", "Bupati melalui Staf Ahli ... Setda": the regional
            # secretary's staff act for the head of the region, the secretariat as a body does not
        acting = acting and not office_only
    return acting, office_only
