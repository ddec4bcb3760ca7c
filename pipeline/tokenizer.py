"""spaCy's Indonesian tokenizer, built in a tenth of a second instead of five.

`spacy.blank("id")` spends nearly all of its ~5 s of start-up (figures in README, Speed) adding
15,963 tokenizer exceptions one by one; 15,614 of them only say "this hyphenated word is one
token" (`abu-abu`, `kupu-kupu`). spaCy cannot cache the result: `Tokenizer.from_bytes`,
`from_disk` and pickling all store the rules and add every exception again (~4.5 s each).

`FastIndonesianTokenizer` gives the same tokens another way: the other exceptions stay special
cases, and a hyphenated word of the list is kept whole by `token_match` (a set lookup that
`_split_affixes` and `_attach_tokens` consult exactly where they look up special cases), except
the few words that a prefix or suffix rule would cut, which stay special cases. spaCy also
re-joins a listed word that infix splitting cut elsewhere ("abu-abu/putih"): `_rejoin` does the
same, choosing spans as `Tokenizer._filter_special_spans` does. `tests/test_tokenizer.py` checks
the tokens against spacy.blank("id") word by word over the whole list in many contexts.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

from spacy import __version__ as spacy_version
from spacy.attrs import ORTH
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import registry

NAME = "inovasi.fast_id_tokenizer.v1"


def cache_dir() -> Path:
    """Where start-up work is cached: $INOVASI_CACHE, else the user cache dir (~/.cache/inovasi)."""
    if os.environ.get("INOVASI_CACHE"):
        return Path(os.environ["INOVASI_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "inovasi"


def _kept_whole(exceptions: dict) -> frozenset[str]:
    return frozenset(k for k, v in exceptions.items() if "-" in k and len(v) == 1 and set(v[0]) == {ORTH})


class FastIndonesianTokenizer:
    """Callable like spaCy's Tokenizer and giving the same Doc (see the module docstring)."""

    def __init__(self, vocab):
        from spacy.lang.id import Indonesian
        from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

        defaults = Indonesian.Defaults
        exceptions = defaults.tokenizer_exceptions
        self._affixes = dict(prefix_search=compile_prefix_regex(defaults.prefixes).search,
                             suffix_search=compile_suffix_regex(defaults.suffixes).search,
                             infix_finditer=compile_infix_regex(defaults.infixes).finditer,
                             url_match=defaults.url_match)
        self.vocab = vocab
        whole = _kept_whole(exceptions)
        cut, self._longest = self._survey(whole)
        self.whole = whole - cut
        rules = {k: v for k, v in exceptions.items() if k not in self.whole}
        self.tokenizer = Tokenizer(vocab, rules=rules, token_match=self.whole.__contains__, **self._affixes)
        self._plain: Tokenizer | None = None

    def _survey(self, whole: frozenset[str]) -> tuple[frozenset[str], int]:
        """The listed words a prefix or suffix rule cuts, and the most pieces a listed word has.

        Both depend only on spaCy's rules, so they are kept in a disk cache keyed by spaCy's
        version (running the affix rules over 15,614 words costs ~0.4 s at every start)."""
        path = cache_dir() / f"id-tokenizer-{spacy_version}.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return frozenset(data["cut"]), int(data["longest"])
        except (OSError, ValueError, KeyError, TypeError):
            pass
        prefix, suffix = self._affixes["prefix_search"], self._affixes["suffix_search"]
        cut = frozenset(w for w in whole if prefix(w) or suffix(w))
        longest = max((sum(not c.isalnum() for c in w) * 2 + 1 for w in whole - cut), default=1)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            tmp.write_text(json.dumps({"cut": sorted(cut), "longest": longest}), encoding="utf-8")
            os.replace(tmp, path)
        except OSError:   # a read-only home: computed again next time
            pass
        return cut, longest

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        if "-" in text and any("-" in t.text for t in doc):
            self._rejoin(doc)
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def _pieces(self, word: str) -> tuple[str, ...]:
        """How the affix rules alone cut a listed word (the special-case matcher's pattern)."""
        if self._plain is None:
            self._plain = Tokenizer(self.vocab, rules={}, **self._affixes)
        return _pieces(self._plain, word)

    def _rejoin(self, doc: Doc) -> None:
        orths = [t.text for t in doc]
        n = len(orths)
        found = set()
        for k, orth in enumerate(orths):
            if "-" not in orth:
                continue
            for length in range(2, self._longest + 1):
                for start in range(max(0, k - length + 1), min(k, n - length) + 1):
                    window = orths[start:start + length]
                    word = "".join(window)
                    if word in self.whole and self._pieces(word) == tuple(window):
                        found.add((start, start + length))
        if not found:
            return
        seen: set[int] = set()
        chosen = []
        for start, end in sorted(found, key=lambda s: (-(s[1] - s[0]), s[0])):   # longest, then first
            if start not in seen and end - 1 not in seen:
                chosen.append((start, end))
            seen.update(range(start, end))
        with doc.retokenize() as retokenizer:
            for start, end in chosen:
                span = doc[start:end]
                if all(not t.whitespace_ for t in span[:-1]):   # spaCy replaces only the listed text itself
                    retokenizer.merge(span)


_PIECES: dict[str, tuple[str, ...]] = {}


def _pieces(plain: Tokenizer, word: str) -> tuple[str, ...]:
    if word not in _PIECES:
        _PIECES[word] = tuple(t.text for t in plain(word))
    return _PIECES[word]


@registry.tokenizers(NAME)
def create_fast_tokenizer():
    def make(nlp):
        return FastIndonesianTokenizer(nlp.vocab)

    return make
