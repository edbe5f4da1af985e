# oagen: set up, generate, check, test.  GNU make.
#
#   make venv      .venv with the pinned requirements/dev.txt + `pip install -e . --no-deps`
#   make specs     put the OpenAPI documents into specs/ (specs/fetch.py, sha256-checked)
#   make tools     npm ci in tools/ (Prism, pyright, oas-examples; pinned by tools/package-lock.json)
#   make generate  oagen generate   (every target in [tool.oagen] of pyproject.toml)
#   make check     oagen check      (exit 1 when generated/ has drifted)
#   make test      the whole test suite, setup included (tests/bench excluded); PYTEST_ARGS=... to add
#   make test-fast the unit tier for iterating: tests/unit minus tests marked `slow` (< 2 min)
#   make verifytypes  pyright --verifytypes >= 99% on both generated packages
#   make lint      ruff check + mypy on generator/
#   make fuzz      long property-based fuzz run (FUZZ_EXAMPLES=2000 per property)
#   make clean     remove the venv, node_modules, fetched specs and caches
#
# Setup steps are stamp-based: a second `make test` goes straight to pytest.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-builtin-rules

PYTHON ?= python3
NPM ?= npm
VENV := .venv
BIN := $(VENV)/bin
VENV_PY := $(BIN)/python

REQS_STAMP := $(VENV)/.stamp-requirements
EDITABLE_STAMP := $(VENV)/.stamp-editable
TOOLS_STAMP := tools/node_modules/.stamp-npm-ci

PYTEST_ARGS ?=
# Per-test wall-clock limit (pytest-timeout); session fixtures (Prism start-up) count toward
# the first test that uses them.
PYTEST_TIMEOUT ?= 300

export PIP_DISABLE_PIP_VERSION_CHECK := 1
export PIP_NO_INPUT := 1

.PHONY: help venv specs tools generate check test test-fast verifytypes lint clean

help:
	@sed -n '3,13p' $(firstword $(MAKEFILE_LIST)) | sed 's/^# \{0,1\}//'

# --- Python environment -------------------------------------------------------------------

venv: $(EDITABLE_STAMP)

$(REQS_STAMP): requirements/dev.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "oagen needs Python >= 3.11 for development (found " + sys.version.split()[0] + "); set PYTHON=...")'
	@if [ ! -x $(VENV_PY) ]; then \
	  echo "make: creating $(VENV) with $$($(PYTHON) --version)"; \
	  $(PYTHON) -m venv $(VENV); \
	fi
	$(VENV_PY) -m pip install -qq --no-input -r requirements/dev.txt
	@touch $@

$(EDITABLE_STAMP): $(REQS_STAMP) pyproject.toml
	$(VENV_PY) -m pip install -qq --no-input --no-deps --no-build-isolation -e .
	@touch $@

# --- Specs and node tools -----------------------------------------------------------------

specs: $(EDITABLE_STAMP)
	@$(VENV_PY) specs/fetch.py

tools: $(TOOLS_STAMP)

$(TOOLS_STAMP): tools/package.json tools/package-lock.json
	@command -v node >/dev/null || { echo "make: node is not installed (needed for Prism)" >&2; exit 1; }
	cd tools && $(NPM) ci --no-audit --no-fund --loglevel=error
	@touch $@

# --- Generator ----------------------------------------------------------------------------

generate: $(EDITABLE_STAMP) specs
	$(BIN)/oagen generate

check: $(EDITABLE_STAMP) specs
	$(BIN)/oagen check

# --- Tests and lint -----------------------------------------------------------------------

test: $(EDITABLE_STAMP) specs tools
	$(BIN)/pytest --timeout=$(PYTEST_TIMEOUT) --ignore=tests/bench $(PYTEST_ARGS)

# The unit tier: no node tools, no generated-package checks, no client tests over sockets.
test-fast: $(EDITABLE_STAMP) specs
	$(BIN)/pytest --timeout=$(PYTEST_TIMEOUT) -m "not slow" tests/unit $(PYTEST_ARGS)

# pyright --verifytypes on both generated packages (the default suite verifies the gateway only:
# openai_client costs ~12 s of CPU).
verifytypes: $(EDITABLE_STAMP) tools
	OAGEN_VERIFYTYPES=all $(BIN)/pytest --timeout=$(PYTEST_TIMEOUT) -q tests/golden/test_verifytypes.py $(PYTEST_ARGS)

lint: $(EDITABLE_STAMP)
	$(BIN)/ruff check generator
	$(BIN)/mypy generator

# --- Housekeeping -------------------------------------------------------------------------

clean:
	rm -rf $(VENV) tools/node_modules build dist .oagen-cache .pytest_cache .mypy_cache .ruff_cache
	rm -f specs/*.yaml specs/*.yml specs/*.json specs/.*.tmp
	find . -path ./.git -prune -o -type d \( -name __pycache__ -o -name '*.egg-info' \) -print0 \
	  | xargs -0 rm -rf

# --- Benchmark (issue 5; not part of `make test`) -----------------------------------------
#
#   make bench     its own venv (.venv-bench: requirements/dev.txt + requirements/bench.txt +
#                  oagen editable), the specs, then tests/bench/run.py, which prints the table
#                  and writes docs/benchmarks.md.  BENCH_ARGS=... to pass options
#                  (e.g. BENCH_ARGS="--sections import,percall --output /tmp/b.md").

BENCH_VENV := .venv-bench
BENCH_PY := $(BENCH_VENV)/bin/python
BENCH_STAMP := $(BENCH_VENV)/.stamp-bench
BENCH_ARGS ?=

.PHONY: bench

$(BENCH_STAMP): requirements/dev.txt requirements/bench.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "the benchmark needs Python >= 3.11 (found " + sys.version.split()[0] + "); set PYTHON=...")'
	@if [ ! -x $(BENCH_PY) ]; then \
	  echo "make: creating $(BENCH_VENV) with $$($(PYTHON) --version)"; \
	  $(PYTHON) -m venv $(BENCH_VENV); \
	fi
	$(BENCH_PY) -m pip install -qq --no-input -r requirements/dev.txt -r requirements/bench.txt
	$(BENCH_PY) -m pip install -qq --no-input --no-deps --no-build-isolation -e .
	@touch $@

bench: $(BENCH_STAMP) specs
	@command -v java >/dev/null || echo "make: java is not installed; the OpenAPI Generator row will say so" >&2
	$(BENCH_PY) tests/bench/run.py $(BENCH_ARGS)

# --- Fuzzing ------------------------------------------------------------------------------
# The default suite runs a small seeded fuzz run; this runs FUZZ_EXAMPLES examples per property
# (randomized; FUZZ_SEED=n to repeat a run). A crash is saved to tests/fuzz/regressions/_last_crash.json.
FUZZ_EXAMPLES ?= 2000

.PHONY: fuzz
fuzz: $(EDITABLE_STAMP)
	FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/pytest -p no:cacheprovider --timeout=0 -q -s tests/fuzz $(PYTEST_ARGS)

# --- Spector conformance (issue 13) -------------------------------------------------------
# `make test` drives the areas of tests/spector/expectations.py DEFAULT_AREAS; this drives every
# area (SPECTOR_AREAS=all) and writes docs/conformance.md from the run.

.PHONY: spector
spector: $(EDITABLE_STAMP) tools
	status=0; SPECTOR_AREAS=all $(BIN)/pytest -p no:cacheprovider --timeout=$(PYTEST_TIMEOUT) -q tests/spector $(PYTEST_ARGS) || status=$$?; \
	  $(VENV_PY) -m tests.spector.report; exit $$status
