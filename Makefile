# Shequn Desk — the two commands a fresh clone needs are `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed
SYNAPSE_STAMP := .cache/synapse-venv/.installed
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)
UI_SRC := $(shell find desktop -name '*.py' 2>/dev/null)

.PHONY: setup run test test-deps lint format translations lupdate screenshots bench dist \
        install-desktop clean

setup: $(STAMP) $(QM)

# `make run` installs only what the window needs (.ci/app-deps); the servers the tests talk
# to come with `make test` (.ci/test-deps), never with the app.
$(STAMP): pyproject.toml .ci/app-deps .ci/apt-install
	.ci/app-deps
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

test-deps:
	.ci/test-deps

test: setup test-deps lint $(SYNAPSE_STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest $(PYTEST_ARGS)

screenshots: setup test-deps
	xvfb-run -a -s "-screen 0 1600x1000x24" $(PY) -m desktop.ui.screenshots --out build/screenshots

bench: setup test-deps $(SYNAPSE_STAMP)
	for b in bench/*.py; do $(PY) $$b; done

# The app frozen with PyInstaller into one folder, dist/shequn/ (run dist/shequn/shequn).
dist: setup
	$(VENV)/bin/pyinstaller build/shequn.spec --noconfirm --clean --distpath dist \
	  --workpath build/work

# Start menu entry and icon for the current user (XDG dirs). The entry starts the built app
# when `make dist` has made one, else this checkout's venv; SHEQUN_BIN=… picks another.
DESKTOP_DIR := $(or $(XDG_DATA_HOME),$(HOME)/.local/share)
SHEQUN_BIN   = $(if $(wildcard dist/shequn/shequn),dist/shequn/shequn,$(VENV)/bin/shequn)
install-desktop: setup
	install -d $(DESKTOP_DIR)/applications $(DESKTOP_DIR)/icons/hicolor/scalable/apps
	install -m 644 resources/icons/shequn.svg $(DESKTOP_DIR)/icons/hicolor/scalable/apps/shequn.svg
	sed -e 's|^Exec=shequn|Exec=$(abspath $(SHEQUN_BIN))|' build/shequn.desktop \
	  > $(DESKTOP_DIR)/applications/shequn.desktop
	@# Refresh the menu and icon caches where the desktop has these tools (optional).
	@! command -v update-desktop-database >/dev/null || \
	  update-desktop-database -q $(DESKTOP_DIR)/applications
	@! command -v gtk-update-icon-cache >/dev/null || \
	  gtk-update-icon-cache -q -t $(DESKTOP_DIR)/icons/hicolor
	@echo "Shequn Desk is in the applications menu (starts $(abspath $(SHEQUN_BIN)))"

clean:
	rm -rf $(VENV) $(QM) build/screenshots build/work dist
