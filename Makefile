# Kopbal: `make run` serves the demo site, `make test` checks everything.
# Needs only python3, make and apt on a fresh machine: the rest is installed here.

SHELL := /bin/bash
PYTHON_VERSION := 3.11
UV_VERSION := 0.13.9
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := .venv

UV := $(shell command -v uv 2>/dev/null || echo .tools/bin/uv)
PY := .venv/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
WORKERS ?= 3

# The demo server runs the production settings, over plain HTTP on this machine.
RUN_ENV = DJANGO_SETTINGS_MODULE=kopbal.settings.production \
	DJANGO_SECRET_KEY="$$(cat var/secret_key)" \
	DJANGO_SECURE=false DJANGO_SERVE_MEDIA=true \
	DJANGO_EMAIL_BACKEND=django.core.mail.backends.console.EmailBackend \
	DJANGO_ALLOWED_HOSTS=$(HOST),localhost,127.0.0.1 \
	KOPBAL_SITE_URL=http://$(HOST):$(PORT)

.PHONY: help install run demo test lint format check migrations-check pytest browser messages clean bench nginx wrk audit-tools java audit

help:
	@echo "make run     serve the demo site on http://$(HOST):$(PORT)"
	@echo "make test    lint, checks and the whole test suite (browser tests included)"
	@echo "make lint    ruff and djhtml;  make format  fix what they can"
	@echo "make demo    throw away the local SQLite database and load the demo again"
	@echo "make messages  update and compile the Dutch translations"
	@echo "make audit   Lighthouse (mobile and desktop) over the demo site; writes AUDIT.md"

.tools/bin/uv:
	@python3 -m venv .tools 2>/dev/null || { \
		echo "python3-venv is missing: installing it with apt"; \
		scripts/apt-install python3-venv python3-pip; \
		rm -rf .tools; python3 -m venv .tools; }
	.tools/bin/pip install --quiet --disable-pip-version-check "uv==$(UV_VERSION)"

.venv/.synced: pyproject.toml uv.lock | $(UV)
	$(UV) sync --frozen --python $(PYTHON_VERSION)
	@touch $@

install: .venv/.synced

var/secret_key:
	@mkdir -p var
	@$(PY) -c "import secrets; print(secrets.token_urlsafe(50))" > $@
	@chmod 600 $@

run: install var/secret_key
	@$(RUN_ENV) $(PY) manage.py migrate --no-input -v0
	@$(RUN_ENV) $(PY) manage.py collectstatic --no-input -v0
	@$(RUN_ENV) $(PY) manage.py load_demo
	@echo "Kopbal: http://$(HOST):$(PORT)/   newsroom: http://$(HOST):$(PORT)/admin/"
	@test -f var/admin-login.txt && echo "Admin login: $$(cat var/admin-login.txt)" || true
	@$(RUN_ENV) $(PY) manage.py run_scheduler & sched=$$!; \
		trap 'kill $$sched 2>/dev/null' EXIT INT TERM; \
		$(RUN_ENV) KOPBAL_BIND=$(HOST):$(PORT) WEB_CONCURRENCY=$(WORKERS) deploy/serve

# The file cache goes too: its pages are stamped with generations that the new database
# counts again from the start, so old pages (and their images) would come back.
demo: install
	rm -rf var/kopbal.sqlite3* var/media var/cache var/admin-login.txt
	$(PY) manage.py migrate --no-input -v0
	$(PY) manage.py load_demo

# Debian's chromium drives the browser tests: Playwright's own browser download is not used.
browser:
	@command -v chromium >/dev/null || { \
		echo "Installing Debian's chromium for the browser tests"; \
		scripts/apt-install chromium; }

# Debian's nginx runs the reverse-proxy tests (tests/deploy) as the current user; it is
# only installed here, never started. Debian keeps it in /usr/sbin, hence the second look.
nginx:
	@command -v nginx >/dev/null || test -x /usr/sbin/nginx || { \
		echo "Installing Debian's nginx for the reverse-proxy tests"; \
		scripts/apt-install nginx; }

# Debian's wrk is the load generator of `make bench` (a C client leaves the cores to the server).
wrk:
	@command -v wrk >/dev/null || { \
		echo "Installing Debian's wrk for the benchmarks"; \
		scripts/apt-install wrk; }

# The audit tools from npm (tools/audit/package-lock.json): the Nu Html Checker (vnu.jar)
# for make test, Lighthouse for make audit. Install scripts are skipped: vnu-jar's would
# fetch a Java of its own, and no tool may download a browser (Debian's chromium is used).
export PUPPETEER_SKIP_DOWNLOAD := 1
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1
export CHROME_PATH := /usr/bin/chromium
tools/audit/node_modules/.installed: tools/audit/package.json tools/audit/package-lock.json
	@command -v npm >/dev/null || { \
		echo "Installing Debian's npm for the audit tools"; \
		scripts/apt-install nodejs npm; }
	cd tools/audit && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	@touch $@

# The Nu Html Checker runs on Java: Debian's headless JRE, only if no java is there.
java:
	@command -v java >/dev/null || { \
		echo "Installing Debian's Java runtime for the Nu Html Checker"; \
		scripts/apt-install default-jre-headless; }

audit-tools: tools/audit/node_modules/.installed java

lint: install
	.venv/bin/ruff check .
	.venv/bin/ruff format --check .
	.venv/bin/djhtml --check templates

format: install
	.venv/bin/ruff check --fix .
	.venv/bin/ruff format .
	.venv/bin/djhtml templates

check: install
	DJANGO_SETTINGS_MODULE=kopbal.settings.test $(PY) manage.py check --fail-level WARNING

migrations-check: install
	DJANGO_SETTINGS_MODULE=kopbal.settings.test $(PY) manage.py makemigrations --check --dry-run

# One pytest-xdist worker per core; PYTEST_WORKERS=0 runs the suite in one process.
PYTEST_WORKERS ?= auto
pytest: install browser nginx audit-tools
	.venv/bin/pytest -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

test: lint check migrations-check pytest

messages: install
	$(PY) manage.py makemessages -l nl --ignore=.venv --ignore=var --ignore="kopbal/*/tests/*"
	$(PY) manage.py compilemessages -l nl --ignore=.venv --ignore=var

clean:
	rm -rf .venv .tools var

# Lighthouse (mobile and desktop) over the demo under the production profile; writes AUDIT.md.
# Not part of make test: minutes long, and its performance scores move with the machine's load.
audit: install browser audit-tools
	$(PY) tools/audit/lighthouse.py $(AUDIT_ARGS)

# Benchmarks against the production profile on this machine; writes BENCHMARKS.md.
# BENCH_PEER=<path of a wagtail/bakerydemo checkout>: the peer scenario alone, Kopbal beside
# bakerydemo (bench/peer.py); `make bench BENCH_ARGS=peer` measures Kopbal's side only.
bench: install nginx wrk
	$(PY) -m bench.run $(if $(BENCH_PEER),peer --peer "$(BENCH_PEER)") $(BENCH_ARGS)
