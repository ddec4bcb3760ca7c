"""Shared test helpers: small spaCy pipelines of the project's components."""
import spacy
from spacy.tokens import Doc

from pipeline.parse import make_doc


def component_nlp(*components: str):
    """spacy.blank("id") + sentencizer + the named components, as parse.build_nlp() orders them."""
    import pipeline.extract  # noqa: F401  (registers the factories)

    nlp = spacy.blank("id")
    nlp.add_pipe("sentencizer")
    for name in components:
        nlp.add_pipe(name)
    return nlp


def run_components(nlp, text: str, meta: dict | None = None, draft: dict | None = None) -> Doc:
    """Parse text as the batch does, optionally with draft fields set by earlier stages."""
    doc = make_doc(nlp, text, meta or {})
    if draft:
        doc._.draft.update(draft)
    return nlp(doc)


def extracted(nlp, text: str, meta: dict | None = None, draft: dict | None = None) -> tuple[dict, list]:
    """(values, evidence) of the draft after running the components on text, as the record flattens them."""
    from pipeline.evidence import flatten

    doc = run_components(nlp, text, meta, draft)
    return flatten(doc._.draft, doc.text)


def agency_names(nlp, text: str) -> list[str]:
    """The acting agencies' names the components give text."""
    doc = run_components(nlp, text)
    return [a["name"].value for a in doc._.draft.get("agencies", [])]


def officials_by_name(nlp, text: str) -> dict[str, dict]:
    """name -> {name, position, degrees} of the officials the components give text."""
    values, _ = extracted(nlp, text)
    return {o["name"]: o for o in values.get("officials", [])}


def run_with_ents(nlp, text: str, ents: list[tuple[str, str]]) -> Doc:
    """Run `nlp` on `text` with the trained model's entities set by hand: (first occurrence of a string, label)."""
    doc = make_doc(nlp, text, {})
    doc.set_ents([doc.char_span(text.index(t), text.index(t) + len(t), label=label) for t, label in ents])
    return nlp(doc)


def innovation_names(nlp, text: str) -> list[str]:
    """The names of the innovations read from `text`, in order."""
    values, _ = extracted(nlp, text)
    return [i["name"] for i in values.get("innovations") or []]
