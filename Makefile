# newsprism task recipes. `make demo` and `make test` work on a fresh clone with
# only Python 3.11 and access to the package registry: they create .venv first.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= demo.db
# The browser tests drive Debian's chromium through Playwright (no browser download).
CHROMIUM ?= /usr/bin/chromium
SUDO := $(shell [ "$$(id -u)" = 0 ] || command -v sudo)

.PHONY: demo serve test lint bench bench-backends bench-parallel bench-inflation fuzz eval lock clean embedder-check train-clusterer language-idf \
	train-framing train-framing-onnx

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

demo: $(STAMP)  ## ingest examples/, print articles and stories, compare the story, write report.html
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/newsprism ingest examples/ --db $(DEMO_DB)
	$(BIN)/newsprism articles --db $(DEMO_DB)
	$(BIN)/newsprism stories --db $(DEMO_DB)
	$(BIN)/newsprism story $$($(BIN)/newsprism stories --db $(DEMO_DB) --format json --limit 1 \
		| $(BIN)/python -c "import json,sys; print(json.load(sys.stdin)[0]['id'])") --db $(DEMO_DB)
	$(BIN)/newsprism compare examples/ --format html -o report.html
	@echo "Browse the demo store: $(BIN)/newsprism serve --db $(DEMO_DB)  ->  http://127.0.0.1:8000/  (or: make serve)"

serve: $(STAMP)  ## browse the demo store (make demo first) at http://127.0.0.1:8000/
	$(BIN)/newsprism serve --db $(DEMO_DB)

$(CHROMIUM):  ## Debian's chromium for the browser tests (tests/web); installed once
	$(SUDO) apt-get install -y --no-install-recommends chromium \
		|| ($(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends chromium)

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

# The store suites run on SQLite and on a throwaway PostgreSQL 15 cluster (tests/pg_server.py;
# NEWSPRISM_TEST_PG=postgresql://… uses an existing server instead).
PG_BIN ?= /usr/lib/postgresql/15/bin

$(PG_BIN)/initdb:  ## Debian's PostgreSQL for the store tests; installed once
	$(SUDO) apt-get install -y --no-install-recommends postgresql \
		|| ($(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends postgresql)

# WordNet 3.0's files, read by scripts/build_field_terms.py (data/field_terms.tsv.gz),
# scripts/build_thing_names.py (data/thing_names.tsv.gz) and the
# framing study scripts; their tests rebuild the shipped table from them.
WORDNET ?= /usr/share/wordnet/data.noun

$(WORDNET):  ## Debian's WordNet 3.0 files for the field-term tests; installed once
	$(SUDO) apt-get install -y --no-install-recommends wordnet-base \
		|| ($(SUDO) apt-get update && $(SUDO) apt-get install -y --no-install-recommends wordnet-base)

test: lint $(CHROMIUM) $(PG_BIN)/initdb $(WORDNET)  ## lint, then the whole test suite (browser, PostgreSQL and WordNet tests included)
	$(BIN)/python -m pytest

bench: $(STAMP)  ## benchmarks, printed as tables (see docs/benchmarks.md)
	$(BIN)/python -m benchmarks.run

bench-backends: $(STAMP) $(PG_BIN)/initdb  ## ingest 10 000 and web load on SQLite and PostgreSQL, side by side (about 9 min on a quiet machine; docs/benchmarks.md)
	$(BIN)/python -m benchmarks.run backends

bench-parallel: $(STAMP)  ## ingest --workers 1/2 and Dask 1/2 on cleaning (about 10 min; docs/benchmarks.md)
	$(BIN)/python -m benchmarks.run parallel dask-clean

bench-inflation: $(STAMP)  ## CPU of each cleaning step, one process alone vs two at once (about 3 min; docs/benchmarks.md)
	$(BIN)/python -m benchmarks.run stage-inflation

FUZZ_SECONDS ?= 300
FUZZ_CRASHERS ?= fuzz-crashers
fuzz: $(STAMP)  ## fuzz ingest for FUZZ_SECONDS (default 300); minimal crashers in fuzz-crashers/ (docs/fuzzing.md)
	FUZZ_SECONDS=$(FUZZ_SECONDS) $(BIN)/python -m tests.fuzz.run --crashers $(FUZZ_CRASHERS)

eval: $(STAMP)  ## scores on the gold data in ../shared/data (see docs/evaluation.md)
	$(BIN)/newsprism eval extraction ../shared/data/trafilatura-eval
	$(BIN)/newsprism eval dates ../shared/data/htmldate-eval
	$(BIN)/newsprism eval quotes ../shared/data/polnear
	$(BIN)/newsprism eval framing ../shared/data
	$(BIN)/newsprism eval clustering ../shared/data
	$(BIN)/newsprism eval compare ../shared/data --gold gold/compare-basil
	$(BIN)/newsprism eval arabic ../shared/data/saudinewsnet-sample
	$(BIN)/newsprism eval crosslang ../shared/data

lock: $(STAMP)  ## re-pin requirements.lock from the current .venv
	(head -3 requirements.lock; $(BIN)/python -m pip freeze --exclude-editable | grep -v "^newsprism") > requirements.lock.new
	mv requirements.lock.new requirements.lock

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm .pytest_cache .ruff_cache

DISTILL_VENV ?= /work/distill-venv
embedder-check:  ## rebuild the static embedder in a build venv and compare with the committed one
	test -x $(DISTILL_VENV)/bin/python || $(PYTHON) -m venv $(DISTILL_VENV)
	$(DISTILL_VENV)/bin/python -m pip install --quiet -r scripts/requirements-distill.txt
	HF_HUB_OFFLINE=1 $(DISTILL_VENV)/bin/python scripts/distill_embedder.py --check

train-clusterer: $(STAMP)  ## retrain the story clusterer on ../shared/data (see docs/clustering.md)
	$(BIN)/python scripts/train_clusterer.py --data ../shared/data

train-framing: $(STAMP)  ## retrain the loaded-language detector on ../shared/data (see docs/framing.md)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r scripts/requirements-framing.txt
	$(BIN)/python scripts/train_framing.py --data ../shared/data

FRAMING_VENV ?= .venv-framing
train-framing-onnx: $(STAMP)  ## fine-tune the MiniLM framing detector (torch in a build venv; docs/framing.md)
	test -x $(FRAMING_VENV)/bin/python || $(PYTHON) -m venv $(FRAMING_VENV)
	$(FRAMING_VENV)/bin/python -m pip install --quiet -r scripts/requirements-framing-onnx.txt
	mkdir -p build
	$(BIN)/python scripts/train_framing_onnx.py prepare --data ../shared/data --rows build/framing-rows.jsonl
	HF_HUB_OFFLINE=1 nice -n 10 $(FRAMING_VENV)/bin/python scripts/train_framing_onnx.py train --rows build/framing-rows.jsonl
	$(BIN)/python scripts/fit_framing_evidence.py --data ../shared/data \
		--model src/newsprism/data/models/framing-minilm/framing-detector.json --held-out

LANGIDF_VENV ?= .venv-langidf
language-idf:  ## rebuild the clusterer's per-language IDF tables from wordfreq (build venv)
	test -x $(LANGIDF_VENV)/bin/python || $(PYTHON) -m venv $(LANGIDF_VENV)
	$(LANGIDF_VENV)/bin/python -m pip install --quiet -r scripts/requirements-language-idf.txt
	$(LANGIDF_VENV)/bin/python scripts/build_language_idf.py $(ARGS)
