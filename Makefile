# Two commands do all the set-up: `make timeline` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SOURCES ?= sources

.PHONY: timeline test bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	$(PY) -m compileall -q timeline  # bytecode, as a regular install has it (an editable install leaves none)
	$(PY) -c 'import timeline.rules as r; r.save_patterns()'  # compiled patterns (timeline/regexcache.py)
	touch $(STAMP)

timeline: $(STAMP)
	$(PY) build_timeline.py $(SOURCES) --out-dir out

test: $(STAMP)
	$(PY) -m pytest -q

bench: $(STAMP)
	$(PY) bench/bench_tagger.py

clean:
	rm -rf out .pytest_cache
