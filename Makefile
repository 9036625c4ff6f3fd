# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# A plain path entry instead of an import hook: the hook cost 30 ms at every start.
EDITABLE := --config-settings editable_mode=compat

.PHONY: run test lint browser bench screenshots dist smoke clean translations

$(VENV)/.installed-run: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -e . $(EDITABLE)
	touch $@

$(VENV)/.installed-test: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -e '.[test]' $(EDITABLE)
	touch $@ $(VENV)/.installed-run

$(VENV)/.installed-dist: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -e '.[dist]' $(EDITABLE)
	touch $@ $(VENV)/.installed-run

# The translations: Qt Linguist catalogs (.ts) kept in git, compiled (.qm) where the app
# looks for them. `make translations` updates the catalogs from the source, keeping every
# translation already made (workshop_app/i18n_extract/ says how).
TS := $(wildcard resources/translations/*.ts)
QM := $(TS:.ts=.qm)

resources/translations/%.qm: resources/translations/%.ts | $(VENV)/.installed-run
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(VENV)/.installed-run
	QT_QPA_PLATFORM=offscreen $(PY) -m workshop_app.i18n_extract

run: $(VENV)/.installed-run $(QM)
	$(PY) main.py

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports  # layers, Qt-free packages, no cycles: [tool.importlinter]

# The participant page's browser test drives Debian's chromium through chromium-driver:
# installed here when missing and this user may (root, or sudo without a password).
# Otherwise the test skips with one line (and fails under CI=true).
browser:
	@if command -v chromium >/dev/null && command -v chromedriver >/dev/null; then :; \
	elif ! command -v apt-get >/dev/null; then echo "make: no apt-get: the browser test will skip"; \
	else if [ "$$(id -u)" = 0 ]; then sudo=; elif sudo -n true 2>/dev/null; then sudo=sudo; \
	  else echo "make: chromium is not installed and this user cannot install it: the browser test will skip"; exit 0; fi; \
	  echo "make: installing chromium and chromium-driver for the browser test"; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq \
	    chromium chromium-driver >/dev/null || echo "make: could not install chromium: the browser test will skip"; fi

test: lint browser $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n 2

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(PY) bench/run_all.py

screenshots: $(VENV)/.installed-test browser
	$(PY) docs/make_screenshots.py
	WORKSHOP_APP_PHONE_SCREENS=1 QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -p no:cacheprovider tests/test_phone_browser.py

# The self-contained app: dist/workshop-app/ (packaging/workshop_app.spec; docs/install.md).
# PyInstaller reads and strips Linux libraries with binutils' objdump and strip: installed
# here when missing and this user may (as for the browser test).
dist: $(VENV)/.installed-dist $(QM)
	@command -v objdump >/dev/null && command -v strip >/dev/null || { \
	  if [ "$$(id -u)" = 0 ]; then sudo=; elif sudo -n true 2>/dev/null; then sudo=sudo; \
	  else echo "make: PyInstaller needs binutils (objdump, strip): install it"; exit 1; fi; \
	  echo "make: installing binutils for PyInstaller"; \
	  $$sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$sudo apt-get install -y -qq binutils >/dev/null; }
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/workshop_app.spec
	cp packaging/linux/install.sh packaging/workshop-app.desktop dist/workshop-app/
	@echo "make: built dist/workshop-app ($$(du -sh dist/workshop-app | cut -f1))"

# The bundle run in a clean environment (no Python, no venv): see packaging/smoke_test.sh.
smoke:
	bash packaging/smoke_test.sh dist/workshop-app

clean:
	rm -rf $(VENV) build dist $(QM) *.egg-info .pytest_cache .ruff_cache .import_linter_cache
