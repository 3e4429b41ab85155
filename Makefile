# The index of the project's commands. `make run` and `make test` are all a
# newcomer needs; both build the virtual environment on first use.

SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

# Django 6.1 needs Python 3.12 or newer. Try the usual names first, then any
# pyenv-installed 3.12+ (pyenv shims refuse versions that are not selected).
define find_python
for p in python3.14 python3.13 python3.12 python3 \
         $$(ls -d $${PYENV_ROOT:-$$HOME/.pyenv}/versions/3.1[2-9]*/bin/python3 2>/dev/null | sort -rV); do \
  if command -v "$$p" >/dev/null 2>&1 && \
     "$$p" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then \
    command -v "$$p"; exit 0; \
  fi; \
done; exit 1
endef
PYTHON ?= $(shell $(find_python))

.PHONY: help run test lint format serve check-python migrate content collectstatic messages clean

help:
	@echo "make run     development server on http://$(HOST):$(PORT)/ (DEBUG on), with"
	@echo "             SAMHSA's 2022 directory imported from data/samhsa/ on first run"
	@echo "make test    the whole test suite, in random order, with branch coverage"
	@echo "make lint    ruff (lint and format check) and mypy"
	@echo "make format  let ruff fix import order and formatting"
	@echo "make serve   production-like: collectstatic, then gunicorn (DEBUG off)"
	@echo "make clean   remove the virtual environment and local data in var/"

check-python:
	@if [ -z "$(PYTHON)" ]; then \
	  echo "No Python 3.12 or newer found. Install one (for example"; \
	  echo "'apt-get install python3.12' or 'pyenv install 3.13'), or point"; \
	  echo "the Makefile at it: make run PYTHON=/path/to/python3.12"; \
	  exit 1; \
	fi

# The virtual environment is rebuilt when the interpreter is missing and
# re-synced whenever a requirements file changes.
$(BIN)/python: | check-python
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	@touch $@

migrate: $(VENV)/.installed
	$(BIN)/python manage.py migrate --noinput

# The Spanish interface strings: locale/es/LC_MESSAGES/django.po (in the
# repository) compiled to django.mo (not), by GNU gettext's msgfmt.
messages: $(VENV)/.installed
	@command -v msgfmt >/dev/null || { echo "msgfmt not found: install gettext (apt-get install gettext)."; exit 1; }
	@DJANGO_DEBUG=true $(BIN)/python manage.py compilemessages --ignore=.venv -v 0

# SAMHSA's 2022 directory ships in data/samhsa/. The first run imports it
# (about 25 s on SQLite, replacing any demonstration centers); later runs find
# every row unchanged and write nothing (about 10 s). Files are named in order,
# not globbed: the SA row of a facility in both directories is read first.
SAMHSA := data/samhsa
content: migrate
	$(BIN)/python manage.py load_site_content
	$(BIN)/python manage.py import_service_codes $(SAMHSA)/service-codes-2022.csv.gz \
	    $(SAMHSA)/service-codes-2022-sa.csv.gz $(SAMHSA)/service-codes-2022-mh.csv.gz
	$(BIN)/python manage.py import_facilities --run-by "make run" $(SAMHSA)/national-directory-2022-sa.csv.gz \
	    $(SAMHSA)/national-directory-2022-mh.csv.gz

# Local work runs with DEBUG on; the setting reaches run's prerequisites too.
run: export DJANGO_DEBUG = true
run: content messages
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# pytest exits 5 when it collects no test; that is not a failure here. The
# coverage floor (pyproject.toml) holds for the whole suite, not for a part
# of it chosen with PYTEST_ARGS.
COVERAGE_FLOOR = $(if $(PYTEST_ARGS),--cov-fail-under=0,)
test: $(VENV)/.installed messages
	@$(BIN)/python -m pytest --cov --cov-report=term:skip-covered $(COVERAGE_FLOOR) $(PYTEST_ARGS); status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests."; status=0; fi; \
	exit $$status

lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	@# The Django plugin loads the settings, which refuse to start without a
	@# secret key unless DEBUG is on: harmless for reading types.
	DJANGO_DEBUG=true $(BIN)/mypy

format: $(VENV)/.installed
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

collectstatic: $(VENV)/.installed
	$(BIN)/python manage.py collectstatic --noinput

# Needs DJANGO_SECRET_KEY, DJANGO_ALLOWED_HOSTS and SITE_URL (see .env.example).
serve: collectstatic migrate messages
	$(BIN)/gunicorn --config iop_site/gunicorn.conf.py iop_site.wsgi

clean:
	rm -rf $(VENV) var
