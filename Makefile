# TradeSetu: two commands do everything.
#   make run    set up (virtualenv, pinned deps, embedded PostgreSQL + Redis + clamd, migrations,
#               demo data) and serve http://127.0.0.1:8000 with a Celery worker and beat; Ctrl-C stops it all.
#   make test   the same set-up, then lint, Django checks, the migration check and the whole suite.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell cat requirements/base.txt requirements/dev.txt | cksum | cut -d' ' -f1)
STACK  := $(PY) -m tradesetu.stack
# Debian packages `make run` needs: clamd for upload scanning (the stack runs it with its data under
# var/clamav), pango for weasyprint (invoice PDFs), Noto fonts for Devanagari and Arabic text in
# PDFs and in the browser tests' screenshots. The test suite adds Chromium for browser tests.
RUN_DEBS  := clamav-daemon libpango-1.0-0 libpangoft2-1.0-0 fonts-noto-core
TEST_DEBS := chromium $(RUN_DEBS)

.PHONY: run test lint format setup messages makemessages run-deps system-deps bench audit down clean _test

run: setup run-deps
	@exec $(STACK) run

test: setup system-deps
	@$(STACK) exec -- $(MAKE) --no-print-directory _test

_test:
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DJANGO_SETTINGS_MODULE=tradesetu.settings.test $(PY) manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=tradesetu.settings.test $(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/pytest $(PYTEST_ARGS)

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: setup
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

setup: $(STAMP) messages

$(STAMP): requirements/base.txt requirements/dev.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements/base.txt -r requirements/dev.txt
	@rm -f $(VENV)/.installed-* && touch $@

# Compiled catalogues (.mo) are built from the committed .po files; no GNU gettext needed.
messages: $(STAMP)
	@$(PY) -m tradesetu.i18n compile

# Re-extract strings into locale/*/LC_MESSAGES/django.po (needs GNU gettext's xgettext).
makemessages: setup
	$(PY) manage.py i18n_vocabulary
	$(STACK) exec -- $(PY) manage.py makemessages -l es -l ar -l fr -l hi --ignore=.venv --ignore=var

# Install missing Debian packages when root; otherwise print the apt-get line and then fail
# (system-deps: the suite cannot pass without them) or carry on (run-deps: the site starts, and
# uploads wait in quarantine until a virus scanner is reachable; a beat task scans them then).
define install_debs
missing=""; for pkg in $(1); do dpkg -s $$pkg >/dev/null 2>&1 || missing="$$missing $$pkg"; done; \
if [ -n "$$missing" ]; then \
  if [ "$$(id -u)" = 0 ]; then \
    echo "Installing Debian packages:$$missing"; \
    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null \
      || { echo "apt-get could not install:$$missing"; $(3); }; \
  else \
    echo "$(2) Debian packages:$$missing. Install them with:"; \
    echo "  sudo apt-get install -y --no-install-recommends$$missing"; \
    $(3); \
  fi; \
fi
endef

, := ,# a literal comma for $(call ...) arguments
run-deps:
	@$(call install_debs,$(RUN_DEBS),The site needs,echo "Starting without them: with no clamd$(,) uploads wait in quarantine (not shown$(,) not approvable) until a scanner is reachable$(,) and invoice PDFs fail without pango.")

system-deps:
	@$(call install_debs,$(TEST_DEBS),The test suite needs,exit 1)

# Lighthouse (npm registry, pinned in tools/audit/package-lock.json) with Debian's Chromium on the
# pages listed in tools/audit/urls.txt; prints performance, accessibility, best practices and SEO.
audit: setup
	@test -x tools/audit/node_modules/.bin/lighthouse || npm ci --prefix tools/audit --no-audit --no-fund
	$(STACK) exec -- $(PY) tools/audit/run.py

# Speed targets on a seeded data set of realistic size (its own database, kept between runs);
# results in var/bench/results.json. `make bench BENCH_ARGS="leads --reseed"`.
bench: setup
	$(STACK) exec -- $(PY) tools/bench/run.py $(BENCH_ARGS)

down:
	$(STACK) down

clean: down
	rm -rf var .venv .pytest_cache .ruff_cache
