# The two quick-start commands: `make demo` and `make test`. Each creates .venv when missing.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@

demo: $(BIN)/.installed
	$(BIN)/mailguard demo

# System tools the suite talks to (swaks, Postfix's smtp-source/smtp-sink, chromium) come
# from Debian; scripts/system-deps installs whichever are missing (needs root or sudo).
test: $(BIN)/.installed
	scripts/system-deps
	$(BIN)/ruff check .
	$(BIN)/bandit -q -r proxy -ll
	$(BIN)/pytest -n 2 -q

lint: $(BIN)/.installed
	$(BIN)/ruff check .

bench: $(BIN)/.installed
	scripts/system-deps
	$(BIN)/python bench/relay.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
