# Two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev

.PHONY: demo test check lint types doctest format-check eval train corpus-stats install dev system-deps neo4j-up neo4j-down bench compiled clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	touch $@

$(DEVSTAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP) $@

install: $(STAMP)
dev: $(DEVSTAMP)

## demo: build a graph from 2,000 real ACL Anthology abstracts (examples/) and print the summary, what rose each year and a leaderboard (under a minute)
DEMO_STORE := graph/demo.lbdb
DEMO_CORPUS := examples/acl_anthology_2k.jsonl.gz
demo: $(STAMP)
	@rm -rf $(DEMO_STORE) $(DEMO_STORE).wal $(DEMO_STORE).cache
	$(BIN)/paperkg build $(DEMO_CORPUS) --store $(DEMO_STORE) --workers 2
	$(BIN)/paperkg stats --store $(DEMO_STORE) --top 10
	@for year in 2019 2020 2021 2022 2023 2024 2025; do \
	  echo; echo "== rising in $$year (against the year before)"; \
	  $(BIN)/paperkg trends --store $(DEMO_STORE) --period year --at $$year --limit 5 || exit 1; \
	done
	@echo; echo "== leaderboard: Spider (text-to-SQL)"
	$(BIN)/paperkg leaderboard Spider --store $(DEMO_STORE) --limit 3
	@echo "graph: $(DEMO_STORE)   try: $(BIN)/paperkg trends --concept BERT,LSTM,ChatGPT --store $(DEMO_STORE)" >&2

## system-deps: Debian packages the tests need (Chromium for browser tests, Maven for the Neo4j jars)
system-deps:
	@missing=""; \
	for pkg in chromium chromium-driver maven; do \
	  dpkg -s $$pkg >/dev/null 2>&1 || missing="$$missing $$pkg"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing" >&2; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

## test: install the dev extras and system packages, start a real Neo4j, run the whole suite (incl. -m neo4j), stop Neo4j
# The server gets its own state dir so a `make neo4j-up` server is left alone;
# the trap stops it whether pytest passes, fails or is interrupted.
test: $(DEVSTAMP) system-deps
	@set -e; \
	export NEO4J_STATE_DIR="$(CURDIR)/.cache/neo4j-test"; \
	trap 'scripts/neo4j-server.sh stop' EXIT; \
	exports="$$(PYTHON=$(BIN)/python scripts/neo4j-server.sh start)"; \
	eval "$$exports"; \
	$(BIN)/python -m pytest $(PYTEST_ARGS)

## check: lint (ruff), types (mypy on src/), the docstring examples, then the format check; no Neo4j, no apt
check: lint types doctest format-check

lint: $(DEVSTAMP)
	$(BIN)/ruff check setup.py src tests benchmarks scripts

types: $(DEVSTAMP)
	$(BIN)/mypy

# The examples in src/ docstrings run as tests (tests/ has its own conftest; these need none).
doctest: $(DEVSTAMP)
	$(BIN)/python -m pytest --doctest-modules src/paperkg -q -p no:cacheprovider

format-check: $(DEVSTAMP)
	$(BIN)/ruff format --check setup.py src tests benchmarks scripts

## eval: score the extractor on dev.jsonl, the annotated development split and the locked test split; record the table
eval: $(STAMP)
	$(BIN)/python benchmarks/eval_extraction.py --write

## train: retrain the extractor's decision layer from data/annotations/ (development split) and dev.jsonl
train: $(STAMP)
	$(BIN)/python scripts/train_decision.py

## corpus-stats: rebuild the phrase statistics the extractor ships, from the ACL corpus and the seed corpus (~4 min)
corpus-stats: $(STAMP)
	$(BIN)/python scripts/build_corpus_stats.py

## neo4j-up: start the test Neo4j from Maven jars (no Docker); `eval "$$(make -s neo4j-up)"` exports NEO4J_*
neo4j-up: $(DEVSTAMP)
	@PYTHON=$(BIN)/python scripts/neo4j-server.sh start

## neo4j-down: stop the server neo4j-up started
neo4j-down:
	@scripts/neo4j-server.sh stop

## bench: the scale pipeline at 2,000 synthetic papers (a few minutes); ratios against benchmarks/results/baseline.json
bench: $(DEVSTAMP)
	nice -n 5 $(BIN)/python benchmarks/bench.py $(BENCH_ARGS)

## compiled: a copy of src/ with the extractor's hot modules compiled by mypyc, in build/compiled/src (never in src/, which the editable venv imports); measure with PYTHONPATH=build/compiled/src (about 7 minutes; needs gcc and Python's headers). The same build as `PAPERKG_COMPILE=1 pip install .` (setup.py)
compiled: $(DEVSTAMP)
	$(BIN)/python scripts/compiled_copy.py --out build/compiled

clean:
	rm -rf $(VENV) graph/*.lbdb* graph/views build *.egg-info
