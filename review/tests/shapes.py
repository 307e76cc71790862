"""Folders in the shapes of real projects, each written here in that shape."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.folders import git, passing_copy


def uv() -> str:
    """The uv running these tests (`uv run` says where), else the one on PATH."""
    found = os.environ.get("UV") or shutil.which("uv")
    assert found, "uv is not on PATH"
    return found


def uv_lock(folder: Path) -> None:
    """`uv lock`, offline, with the Python running these tests."""
    subprocess.run(
        [uv(), "lock", "--offline", "--python", sys.executable, "--quiet"],
        cwd=folder,
        env={**os.environ, "UV_OFFLINE": "1"},
        check=True,
    )


def write(folder: Path, name: str, text: str) -> None:
    """Write `text` to the file `name` of `folder`, making its parents."""
    (folder / name).parent.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def package(name: str, dependencies: str = "", workspace: str = "") -> str:
    """A `pyproject.toml` as `uv init --lib` writes it, with optional extra tables."""
    return f"""\
[project]
name = "{name}"
version = "0.1.0"
description = "Add your description here"
readme = "README.md"
requires-python = ">=3.12"
dependencies = [{dependencies}]
{workspace}
[build-system]
requires = ["uv_build>=0.13.9,<0.14.0"]
build-backend = "uv_build"
"""


def library(folder: Path, dependencies: str = "") -> Path:
    """A library as `uv init --lib` makes it: a package in `src/`, no service."""
    write(folder, "pyproject.toml", package("tidy-dates", dependencies))
    write(folder, "README.md", "")
    write(folder, ".python-version", "3.12\n")
    write(folder, "src/tidy_dates/__init__.py", 'def hello() -> str:\n    return ""\n')
    write(folder, "src/tidy_dates/py.typed", "")
    uv_lock(folder)
    git(folder, "init", "--quiet")
    git(folder, "add", ".")
    return folder


WORKSPACE_MEMBERS = ("packages/orders", "packages/billing")
"""The two members of `workspace`, relative to its root."""


def workspace(folder: Path) -> Path:
    """A uv workspace: a root project and two members, one `uv.lock` at the root."""
    members = '\n[tool.uv.workspace]\nmembers = ["packages/*"]\n'
    write(folder, "pyproject.toml", package("shop", workspace=members))
    write(folder, "README.md", "")
    write(folder, "src/shop/__init__.py", "")
    for member in WORKSPACE_MEMBERS:
        name = member.removeprefix("packages/")
        write(folder / member, "pyproject.toml", package(name))
        write(folder / member, "README.md", "")
        write(folder / member, f"src/{name}/__init__.py", "")
    uv_lock(folder)
    git(folder, "init", "--quiet")
    git(folder, "add", ".")
    return folder


SERVICE = "services/api"
"""Where `monorepo` keeps the service, relative to the Git root."""

MONOREPO_CI = f"""\
name: CI
on:
  push:
    branches: [main]
  pull_request:
permissions: {{}}
jobs:
  api:
    runs-on: ubuntu-24.04
    permissions:
      contents: read
    defaults:
      run:
        working-directory: {SERVICE}
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1
        with:
          persist-credentials: false
      - uses: astral-sh/setup-uv@20cfd1bf945f4377ade1205e4dbc17946fc9a30d # v10.0.1
      - run: uv sync --locked
      - run: uv run just check
  web:
    runs-on: ubuntu-24.04
    steps:
      - run: cd web && npm ci && npm test
"""

MONOREPO_HOOKS = f"""\
repos:
  - repo: local
    hooks:
      - id: ruff-format
        name: ruff format --check
        entry: uv run --directory {SERVICE} --frozen ruff format --check
        language: system
        types: [python]
      - id: ruff-check
        name: ruff check
        entry: uv run --directory {SERVICE} --frozen ruff check
        language: system
        types: [python]
      - id: uv-lock
        name: uv lock --check
        entry: uv lock --check --directory {SERVICE}
        language: system
        files: ^{SERVICE}/(pyproject\\.toml|uv\\.lock)$
        pass_filenames: false
"""


def monorepo(folder: Path) -> Path:
    """A monorepo with Git's files at its top; returns its service, `services/api`."""
    service = passing_copy(folder / SERVICE)
    shutil.rmtree(service / ".git")
    for shared in (".gitignore", ".github", ".pre-commit-config.yaml"):
        path = service / shared
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    write(folder, ".gitignore", "node_modules/\n.venv/\n.env\n__pycache__/\n")
    write(folder, ".github/workflows/ci.yml", MONOREPO_CI)
    write(folder, ".pre-commit-config.yaml", MONOREPO_HOOKS)
    write(folder, "web/package.json", '{"name": "web", "private": true}\n')
    write(service, ".env", "DATABASE_URL=sqlite:///local.db\n")
    git(folder, "init", "--quiet")
    git(folder, "add", ".")
    return service


FRONTEND_STAGE = """\
FROM node:22-slim AS assets
WORKDIR /web
COPY web/package.json web/package-lock.json ./
RUN npm ci
COPY web/ ./
RUN npm run build

"""


def with_frontend_stage(folder: Path) -> Path:
    """The service's Dockerfile with a first stage that builds frontend assets."""
    dockerfile = folder / "Dockerfile"
    text = dockerfile.read_text(encoding="utf-8")
    build = "FROM python:3.12-slim AS build\n"
    copy_venv = "COPY --from=build --chown=10001:10001 /app/.venv /app/.venv\n"
    assert build in text and copy_venv in text, "the reference Dockerfile changed"
    text = text.replace(build, FRONTEND_STAGE + build)
    text = text.replace(
        copy_venv, copy_venv + "COPY --from=assets /web/dist /app/static\n"
    )
    dockerfile.write_text(text, encoding="utf-8")
    return folder
