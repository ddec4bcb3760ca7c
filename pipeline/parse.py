"""Parse stage: a blank Indonesian spaCy pipeline plus rule components registered by name.

Each component (in `pipeline.extract`) reads the doc and writes what it finds into
`doc._.draft` (record fields as `Found` leaves, see `pipeline.evidence`) or, for facts
that later components build on, into `doc._.found` (e.g. all date or region mentions).
Component order and settings come from `rules/pipeline.toml`: data, not code.
"""
from __future__ import annotations

import tomllib
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.pipeline.sentencizer import Sentencizer
from spacy.tokens import Doc

from . import RULES_DIR
from .extract.common import remember_text
from .tokenizer import NAME as FAST_TOKENIZER
from .models import ner_model_dir, ner_model_info  # noqa: F401  (re-exported for callers)

if not Doc.has_extension("draft"):
    Doc.set_extension("draft", default=None)   # record fields being built
    Doc.set_extension("found", default=None)   # intermediate mentions shared by components
    Doc.set_extension("meta", default=None)    # what the clean stage knew (title, published, kind...)


def pipeline_config() -> dict:
    with open(RULES_DIR / "pipeline.toml", "rb") as fh:
        return tomllib.load(fh)


def build_nlp(ner: bool = True) -> Language:
    """Build the pipeline once per process.

    `ner=False` leaves out the trained entity recogniser (rules only: training and comparisons).
    """
    from . import extract  # noqa: F401  (registers the component factories)

    config = pipeline_config()
    model = ner_model_dir()
    # spaCy's Indonesian tokenizer rules, built in ~0.1 s rather than ~5 s (pipeline.tokenizer)
    fast = {"nlp": {"tokenizer": {"@tokenizers": FAST_TOKENIZER}}}
    if ner and model is not None:
        # the trained `ner` comes first; its saved tokenizer has the same rules, so it is not read
        nlp = spacy.load(model, exclude=["tokenizer"], config=fast)
    else:
        nlp = spacy.blank("id", config=fast)
    # a blank line ends a sentence too: headlines, bylines, captions and list items carry no final stop
    # (clean.normalise_text leaves at most one blank line, so "\n\n" is the only such token)
    nlp.add_pipe("sentencizer", config={"punct_chars": [*Sentencizer.default_punct_chars, "\n\n"]})
    for name in config["components"]["order"]:
        nlp.add_pipe(name, config=config.get(name, {}))
    return nlp


def make_doc(nlp: Language, text: str, meta: dict) -> Doc:
    doc = nlp.make_doc(text)
    remember_text(doc, text)
    doc._.draft = {}
    doc._.found = {}
    doc._.meta = dict(meta)
    return doc


def parse(nlp: Language, items: Iterable[tuple[str, dict]], batch_size: int = 16) -> Iterator[Doc]:
    """Run the components over (text, meta) pairs with nlp.pipe, in input order."""
    docs = (make_doc(nlp, text, meta) for text, meta in items)
    yield from nlp.pipe(docs, batch_size=batch_size)
