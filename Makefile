# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# A plain path entry instead of an import hook: the hook cost 30 ms at every start.
EDITABLE := --config-settings editable_mode=compat

.PHONY: run test lint bench screenshots clean

$(VENV)/.installed-run: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -e . $(EDITABLE)
	touch $@

$(VENV)/.installed-test: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --disable-pip-version-check -e '.[test]' $(EDITABLE)
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	$(PY) main.py

lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports  # layers, Qt-free packages, no cycles: [tool.importlinter]

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -n 2

bench: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(PY) bench/run_all.py

screenshots: $(VENV)/.installed-test
	$(PY) docs/make_screenshots.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache .import_linter_cache
