"""spaCy components that find record fields; importing this package registers them.

One module per field family. Each registers a factory named `inovasi_<family>`.
"""
from importlib import import_module

for _name in ("forms", "dates", "regions", "agencies", "officials", "innovations", "event", "participants", "title"):
    try:
        import_module(f"{__name__}.{_name}")
    except ModuleNotFoundError as exc:  # a component not written yet
        if exc.name != f"{__name__}.{_name}":
            raise
