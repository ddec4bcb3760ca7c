# The two commands the README opens with: `make run` and `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run serve test install bench train clean

SHARED ?= ../shared

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install -q -e ".[test]"

run: install
	$(BIN)/python -m pipeline extract data/raw/ --out data/processed/

serve: install
	$(BIN)/python -m pipeline serve --db sqlite:///data/processed/registry.sqlite

test: install
	$(BIN)/python -m pytest -q

# Train the NER from $(SHARED) (train split + devset) and data/written into pipeline/models/ner (fixed seed, minutes on 2 cores).
# EXTRA_GOLD=DIR adds the reviewed documents that `inovasi export-gold --out DIR` wrote.
EXTRA_GOLD ?=
train: install
	$(BIN)/python -m pipeline.training.train --shared $(SHARED) $(if $(EXTRA_GOLD),--extra-gold $(EXTRA_GOLD))

bench: install
	$(BIN)/python benchmarks/throughput.py --copies 5

clean:
	rm -rf data/processed/* .pytest_cache
