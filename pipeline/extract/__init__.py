"""spaCy components that find record fields; importing this package registers them.

One module per field family; each registers a factory named `inovasi_<family>`.
"""
from . import (agencies, dates, entities, event, forms, innovations, officials,  # noqa: F401
               participants, regions, title)
