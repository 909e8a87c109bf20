# Shequn Desk — the two commands a fresh clone needs are `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SYNAPSE_STAMP := .cache/synapse-venv/.installed
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)
UI_SRC := $(shell find desktop -name '*.py' 2>/dev/null)

.PHONY: setup run test lint format translations lupdate screenshots bench clean

setup: $(STAMP) $(QM)

$(STAMP): pyproject.toml .ci/system-deps
	.ci/system-deps
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check --upgrade pip
	$(PY) -m pip install -q --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $(UI_SRC) -ts $(TS)
	$(MAKE) $(QM)

run: setup
	$(PY) main.py $(ARGS)

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy

format: $(STAMP)
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Synapse (for the Matrix tests and bench) lives in its own venv under the ignored .cache/.
$(SYNAPSE_STAMP): .ci/synapse-venv
	.ci/synapse-venv

test: setup lint $(SYNAPSE_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

screenshots: setup
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) -m desktop.ui.screenshots --out build/screenshots

bench: setup $(SYNAPSE_STAMP)
	for b in bench/*.py; do $(PY) $$b; done

clean:
	rm -rf $(VENV) $(QM) build/screenshots
