"""The record contract (../shared/contract/RECORD.md) as pydantic models.

These models are the single source of the schema: validation, the JSON written to
records.jsonl and the flattened tables all come from them.
"""
from __future__ import annotations

import datetime as dt
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field

DocType = Literal["news", "form"]
Jenis = Literal["digital", "non_digital"]
Bentuk = Literal["tata_kelola", "pelayanan_publik", "lainnya"]
Inisiator = Literal["kepala_daerah", "dprd", "opd", "asn", "masyarakat"]
Tahapan = Literal["inisiatif", "uji_coba", "penerapan"]
EventType = Literal[
    "bimtek", "launching", "sosialisasi", "pendampingan", "penandatanganan",
    "kompetisi", "penghargaan", "rapat", "kunjungan", "lainnya",
]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Evidence(_Model):
    field: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    method: str


class Region(_Model):
    name: str
    code: Optional[str] = Field(default=None, pattern=r"^\d{2}(\.\d{2})?$")
    province: Optional[str] = None


class Agency(_Model):
    name: str


class Innovation(_Model):
    name: str
    long_name: Optional[str] = None
    agency: Optional[str] = None
    jenis: Optional[Jenis] = None
    bentuk: Optional[Bentuk] = None
    inisiator: Optional[Inisiator] = None
    tahapan: Optional[Tahapan] = None
    trial_date: Optional[dt.date] = None
    implementation_date: Optional[dt.date] = None


class Event(_Model):
    type: EventType
    date: Optional[dt.date] = None
    venue: Optional[str] = None


class ParticipantGroup(_Model):
    count: int = Field(ge=0)
    category: str


class Participants(_Model):
    total: Optional[int] = Field(default=None, ge=0)
    breakdown: list[ParticipantGroup] = []


class Official(_Model):
    name: str
    position: Optional[str] = None
    degrees: list[str] = []


class Sections(_Model):
    """Prose sections of an innovation form (an added field, see README)."""

    rancang_bangun: Optional[str] = None
    tujuan: Optional[str] = None
    manfaat: Optional[str] = None
    hasil: Optional[str] = None


class Record(_Model):
    doc_id: str
    source: str
    doc_type: DocType
    title: Optional[str] = None
    published: Optional[dt.date] = None
    region: Optional[Region] = None
    agencies: list[Agency] = []
    innovations: list[Innovation] = []
    event: Optional[Event] = None
    participants: Optional[Participants] = None
    officials: list[Official] = []
    sections: Optional[Sections] = None
    text: str
    evidence: list[Evidence] = []


class ManifestEntry(_Model):
    """One line of manifest.jsonl: every input is accounted for."""

    doc_id: str
    source: str
    status: Literal["ok", "error"]
    error: Optional[str] = None
    kind: Optional[str] = None
    sha256: Optional[str] = None
    bytes: Optional[int] = None
    seconds: float = 0.0
    warnings: list[str] = []
    ocr_confidence: Optional[float] = None
    stage_seconds: dict[str, float] = {}
    pipeline_version: Optional[str] = None   # code, rules/ and model that made this row (pipeline.cache)
    reused: bool = False                     # taken from the cache: the input had not changed
