"""spaCy components that find record fields; importing this package registers them.

One module per field family; each registers a factory named `inovasi_<family>`.
"""
from spacy.tokens import Doc

# The doc attributes the components share (also set in parse.py), registered here too so that
# a user's pipeline that adds a component by name (spaCy entry point) can run it.
for _name in ("draft", "found", "meta"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

from . import (agencies, dates, entities, event, forms, innovation_dates, innovations, officials,  # noqa: E402,F401
               participants, regions, sentences, title)
