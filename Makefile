# Two commands set up everything on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= demo.db

.PHONY: demo test install browser clean bench docs

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# Reinstall only when the dependency list changes.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e ".[web,spark,dev]"
	touch $(STAMP)

install: $(STAMP)

# Debian's chromium for the browser tests (Playwright must not download its own).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null; fi; }

demo: install
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/veille --db $(DEMO_DB) ingest examples/
	$(BIN)/veille --db $(DEMO_DB) summary
	@echo; echo "== stories (articles about the same affair) =="
	$(BIN)/veille --db $(DEMO_DB) stories --min-docs 2
	@echo; echo "== who said what: quotations attributed to Marc Delaunay =="
	$(BIN)/veille --db $(DEMO_DB) quotes --speaker Delaunay
	@echo; echo "== what actors did to each other, around Néoria =="
	$(BIN)/veille --db $(DEMO_DB) relations --entity Néoria
	@echo; echo "Next: $(BIN)/veille --db $(DEMO_DB) serve   (then open http://127.0.0.1:8000)"

test: install browser
	$(BIN)/python -m pytest -q

bench: install
	$(BIN)/python benchmarks/ingest_throughput.py --corpus $${VEILLE_CORPORA:-../shared/corpora}/fr-news-dev.jsonl --limit 500

clean:
	rm -rf $(VENV) $(DEMO_DB) *.egg-info src/*.egg-info

# Regenerate docs/cli-reference.md from --help (tests/test_docs.py checks it is current).
docs: install
	$(BIN)/python scripts/cli_reference.py
