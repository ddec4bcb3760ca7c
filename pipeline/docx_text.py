"""Text of Word files (.docx) for pipeline/ocr.py `extract_binary_text`: paragraphs and tables
in document order (python-docx); a table row becomes "Label | value |", the layout the form
parser reads."""
from __future__ import annotations

import io

from .errors import DocumentError
from .ocr import Extracted

def _cell_texts(row) -> list[str]:
    """Cell texts of a row, merged cells (which python-docx repeats) once."""
    out: list[str] = []
    seen: set[int] = set()
    for cell in row.cells:
        key = id(cell._tc)
        if key in seen:
            continue
        seen.add(key)
        out.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
    return out


def docx_text(data: bytes) -> Extracted:
    import zipfile

    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise DocumentError(f"corrupt Word file: {exc}") from None
    except Exception as exc:  # lxml XMLSyntaxError, python-docx PackageNotFoundError ...
        raise DocumentError(f"corrupt Word file: {type(exc).__name__}: {exc}") from None
    lines: list[str] = []

    def add_table(table: Table) -> None:
        for row in table.rows:
            cells = _cell_texts(row)
            if any(cells):
                lines.append(" | ".join(c for c in cells) + " |")
            for cell in row.cells:  # nested tables
                for inner in cell.tables:
                    add_table(inner)
        lines.append("")

    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, document).text)
        elif tag == "tbl":
            add_table(Table(child, document))
    text = "\n".join(lines)
    if not text.strip():
        raise DocumentError("Word file has no text")
    return Extracted(text=text)
