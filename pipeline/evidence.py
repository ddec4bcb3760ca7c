"""Values with their provenance.

Parse components never emit a bare value: they emit `Found` (value + character span +
method). The draft of a record is plain dicts and lists holding `Found` leaves;
`flatten` turns it into the record's values and its `evidence` list in one walk, so a
value cannot reach the output without the span it came from.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class Found:
    """A value found at text[start:end] by `method` (e.g. "rule:official_title")."""

    value: Any
    start: int
    end: int
    method: str
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def with_value(self, value: Any) -> "Found":
        return replace(self, value=value)


def value_of(item: Any) -> Any:
    """The plain value of a draft leaf (Found or not)."""
    return item.value if isinstance(item, Found) else item


def flatten(draft: Any, text: str, path: str = "") -> tuple[Any, list[dict]]:
    """Split a draft into plain values and evidence rows keyed by field path.

    Paths follow the contract's example: "officials[0].name", "region.name".
    A Found whose value is None is dropped from evidence (nothing was kept).
    """
    evidence: list[dict] = []

    def walk(node: Any, here: str) -> Any:
        if isinstance(node, Found) and isinstance(node.value, dict):
            # a span for a whole object (e.g. an agency) is the span of each plain leaf
            return walk({k: v if isinstance(v, (Found, dict, list)) or v is None else node.with_value(v)
                         for k, v in node.value.items()}, here)
        if isinstance(node, Found):
            inner = walk(node.value, here)
            if inner is not None and not isinstance(node.value, (dict, list)):
                evidence.append({"field": here, "start": node.start, "end": node.end,
                                 "text": text[node.start:node.end], "method": node.method})
            return inner
        if isinstance(node, dict):
            return {k: walk(v, f"{here}.{k}" if here else k) for k, v in node.items()}
        if isinstance(node, (list, tuple)):
            return [walk(v, f"{here}[{i}]") for i, v in enumerate(node)]
        return node

    values = walk(draft, path)
    return values, evidence
