"""Validate stage: a normalised draft -> a `Record` checked against the contract.

The draft's `Found` leaves become the record's values and its `evidence` list here, in
one walk, so the evidence paths always match the fields that were written.
"""
from __future__ import annotations

from pydantic import ValidationError

from .evidence import flatten
from .errors import DocumentError
from .schema import Record


def to_record(draft: dict, *, doc_id: str, source: str, text: str) -> Record:
    values, evidence = flatten(draft, text)
    try:
        return Record.model_validate({**values, "doc_id": doc_id, "source": source, "text": text,
                                      "evidence": evidence})
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise DocumentError(f"record failed validation at {where}: {first['msg']} "
                            f"({exc.error_count()} problem(s))") from None
