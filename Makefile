# Two commands do everything on a fresh machine with Python 3.11 and make:
#   make demo   set up .venv, run the check on the seed corpus, write reports/ (seeds.md, .json, .html)
#   make test   set up .venv, run the whole test suite
#   make lint   the layer contracts (import-linter), ruff and mypy; CI runs it before the tests
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench-basil benchmark bench-html clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# torch first and pinned: an unpinned torch pulls a multi-GB CUDA build
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

# Exit status 1 means "findings were reported": that is the demo working.
demo: $(STAMP)
	@mkdir -p reports
	$(BIN)/discrepancy check fixtures/seeds --save reports/seeds.md --save reports/seeds.json \
	  --save reports/seeds.html; \
	  rc=$$?; [ $$rc -le 1 ] || exit $$rc

# pytest exits 5 when a selection is empty; that is not a failure here.
test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS); rc=$$?; [ $$rc -eq 5 ] && rc=0; exit $$rc

# The contracts and settings are in pyproject.toml ([tool.importlinter], [tool.ruff], [tool.mypy]).
lint: $(STAMP)
	$(BIN)/lint-imports --no-cache
	$(BIN)/ruff check .
	$(BIN)/mypy

bench-basil: $(STAMP)
	$(BIN)/python scripts/bench_basil.py

benchmark: $(STAMP)
	$(BIN)/python scripts/benchmark.py

bench-html: $(STAMP)
	$(BIN)/python scripts/bench_html.py

clean:
	rm -rf $(VENV) build *.egg-info
