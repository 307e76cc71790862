# The one door to every command: `uv run just` lists them.
# The playbook's justfile comes first (Phase 1 shows it); the rest serves this
# repository's site and its proofs.

# --8<-- [start:playbook]
set dotenv-load

# List the recipes
default:
    @just --list --unsorted

# Format the code
fmt:
    uv run ruff format src tests

# Check the formatting without changing files
fmt-check:
    uv run ruff format --check src tests

# Lint the code
lint:
    uv run ruff check src tests

# Type-check the code (mypy strict)
typecheck:
    uv run mypy src tests

# Run the unit and integration tests with the coverage floor
test:
    uv run pytest tests/unit tests/integration --cov --cov-report=term-missing

# Everything CI checks: format, lint, types, tests
check: fmt-check lint typecheck test

# Run the service on http://127.0.0.1:8080 (settings from .env)
run: db-deploy
    uv run python -m python_service

# Deploy the schema to the service's database: sqitch if installed, else Python's sqlite3
db-deploy:
    uv run python -m python_service.db_deploy

# Deploy the schema to scratch databases and run its tests (Sqitch; pgTAP and SQL TAP tests)
db-test:
    uv run scripts/db/test-db.sh

# Run the integration tests against the freshly tested schema
integration: db-test
    uv run pytest tests/integration
# --8<-- [end:playbook]

# This repository's check is the playbook's and every page's code blocks: the one
# command a newcomer runs (README). Later definitions win with this setting.
set allow-duplicate-recipes

# Everything CI checks: format, lint, types, tests, then every code block in docs/
check: fmt-check lint typecheck tools-check test docs-blocks

# The code beside the tests (tools/) and the site's extensions: format, lint, mypy strict
tools-check:
    uv run ruff format --check tools site_extensions/src
    uv run ruff check tools site_extensions/src
    uv run mypy -p tools -p playbook_markdown

# Material for MkDocs prints an end-of-life banner on every run (docs/adr/0001).
export NO_MKDOCS_2_WARNING := "1"

# Installed pytest plugins that most runs here do not use stay off: Schemathesis runs as
# a command (`just fuzz`), Hypothesis and Playwright serve only the recipes that turn them
# back on below. Loading all three took 1.3 s more at every pytest start (measured on
# `pytest tests/unit tests/integration --co`: 3.3 s against 2.0 s).
export PYTEST_ADDOPTS := "-p no:schemathesis -p no:hypothesispytest -p no:playwright"

# Serve the site with live reload on http://127.0.0.1:8000
[env("SITE_URL", "http://127.0.0.1:8000/")]
docs:
    uv run mkdocs serve --dev-addr 127.0.0.1:8000

# Build the site into site/, failing on any warning
docs-build:
    uv run mkdocs build --strict

# Build the site with Zensical, MkDocs' successor (pinned, strict, offline), into DIR
docs-build-zensical dir="site-zensical":
    uv run python -m tools.site_build zensical {{ dir }}

# Check every code block in docs/ (run, linted, typed, equal to the files they show)
docs-blocks:
    uv run pytest -p no:anyio -p no:cov docs tests/site/test_llms_sections.py

# After editing a page: every code block in docs/ and the strict MkDocs build, side by side
[parallel]
docs-test: docs-blocks docs-build

# The site's other proofs: the harness's self-tests, the changelog's reproductions, both builds
site-test:
    uv run pytest tests/docs tests/site

# Rewrite what docs-test compares: titled blocks, Python blocks and `#>`, llms.txt sections
docs-fix:
    uv run pytest docs tests/site/test_llms_sections.py --update-examples -q

# Browser tests of the built site: every page, link and anchor, reader journeys, axe
[env("PYTEST_ADDOPTS", "-p no:schemathesis -p no:hypothesispytest")]
e2e:
    uv run pytest tests/e2e

# Follow every playbook page in an empty folder as a reader would, and check the result
tutorial:
    uv run pytest tests/tutorial

# The same, into DIR, which is kept for you to inspect
tutorial-keep dir:
    uv run python -m tools.tutorial_keep {{ dir }}

# Start a new service in DIR from the template; answers as copier takes them, e.g. --data postgres=false
new dir *answers:
    uv run copier copy --trust --defaults {{ answers }} {{ justfile_directory() }} {{ dir }}

# Tag a release (v + the changelog's newest version): what copier copy and update take
release:
    uv run python -m tools.release

# Prove the template: new projects pass their checks, and updates apply cleanly
[env("PYTEST_ADDOPTS", "-p no:schemathesis -p no:playwright")]
template-test:
    uv run pytest tests/template

# Review PATH against the playbook's checklists: rules PSW###, each linked to its item
[env("VIRTUAL_ENV", "")]
review path=".":
    uv run --project review repo-review {{ path }}

# The checker in review/ (own project, own .venv): format, lint rules, types, tests
[env("VIRTUAL_ENV", "")]
[env("PYTEST_ADDOPTS", "")]
review-test:
    uv run ruff format --check review
    uv run ruff check review
    uv run --directory review mypy
    uv run --directory review pytest

# Everything CI runs, in order (.ci/run installs what the machine lacks, then calls this)
ci: db-test check fuzz docs-test site-test e2e tutorial template-test review-test

# Print the benchmarks' numbers (all, or the ones named)
bench *names:
    uv run python -m tools.benchmarks {{ names }}

# Fuzz the service from its own OpenAPI schema (Schemathesis; SQLite, and PostgreSQL if set)
fuzz:
    uv run python -m tools.fuzz

# Run check, docs-test, tutorial, template-test on every dependency's newest release; name what broke each
canary *recipes:
    uv run python -m tools.canary {{ recipes }}
