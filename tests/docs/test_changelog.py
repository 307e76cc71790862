"""The changelog's claims about 1.0, reproduced: each 1.0 form fails as it says."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pydantic
import pytest

from tests.support.paths import ROOT
from tests.support.tools import tool

# 1.0's justfile header and first two recipes, verbatim, and a recipe of the same form
# whose command leaves a marker file.
JUSTFILE_1_0 = """\
set shell := ["bash", "-c"]

dotenv := "set -a && source .env && set +a"

lint:
\t{{dotenv}} uv run ruff check src tests

fmt:
\t{{dotenv}} uv run ruff format src tests

marker:
\t{{dotenv}} touch marker
"""
JUSTFILE_1_1 = 'set dotenv-load\n\nmarker:\n    test "$GREETING" = hi && touch marker\n'
# 1.0's Phase 2 sample: the module, then its test (calling create_user directly).
SAMPLE_1_0 = """\
from result import Err, Ok, Result
from pydantic import BaseModel, EmailStr, ValidationError

class CreateUser(BaseModel):
    email: EmailStr
    name: str

def create_user(payload: dict) -> Result[CreateUser, str]:
    try:
        return Ok(CreateUser(**payload))
    except ValidationError as exc:
        return Err(str(exc))

def test_creates_user_when_payload_valid():
    payload = {"email": "demo@example.com", "name": "Demo"}

    result = create_user(payload)

    assert result.is_ok()
    assert result.unwrap().email == payload["email"]
"""
PLACEHOLDER_1_0 = 'def main() -> None:\n    print("Hello from python-service!")\n'
BLOCKED = "import sys\nsys.modules[{!r}] = None\n"
HTTPX_ONLY = BLOCKED.format("httpx2") + "import fastapi.testclient\n"
# A 1.0 command (or a 1.0 setup) and what it prints when it fails.
FAILS_1_0 = {
    "uv-export": (["uv", "export", "requirements.txt"], "argument 'requirements.txt'"),
    "uv-tool": (["uv", "tool", "install", "ruff", "mypy"], "argument 'mypy' found"),
    "email-str": (
        ["python", "-c", BLOCKED.format("email_validator") + SAMPLE_1_0],
        "ImportError: email-validator is not installed",
    ),
    "testclient": (["python", "-W", "error", "-c", HTTPX_ONLY], "`httpx2` instead"),
    "fastapi-dev": (["fastapi", "dev"], 'install "fastapi[standard]"'),
}
OFFLINE = {"UV_OFFLINE": "1", "UV_NO_CONFIG": "1", "UV_PYTHON_DOWNLOADS": "never"}


def run(
    argv: list[str], cwd: Path, env: Mapping[str, str] = OFFLINE
) -> subprocess.CompletedProcess[str]:
    """Run a command in `cwd`; `stdout` holds its stdout and stderr together."""
    return subprocess.run(
        argv,
        cwd=cwd,
        env={**os.environ, **env},
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=120,
        check=False,
    )


def write(root: Path, files: Mapping[str, str]) -> Path:
    """Write `files` (relative path: text) under `root`; return `root`."""
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_bare_just_ran_lint(tmp_path: Path) -> None:
    """A bare `just` runs 1.0's first recipe, `lint`, instead of listing recipes."""
    write(tmp_path, {"justfile": JUSTFILE_1_0})
    result = run([tool("just"), "--dry-run"], tmp_path)

    assert "set +a uv run ruff check src tests" in result.stdout


def test_env_prefix_runs_nothing_or_fails(tmp_path: Path) -> None:
    """With `.env`, the words after `set +a` are arguments of `set`: nothing runs and
    just exits 0. Without `.env` (a fresh clone, CI), bash's `source` fails on it."""
    write(tmp_path, {"justfile": JUSTFILE_1_0, ".env": "GREETING=hi\n"})
    with_env = run([tool("just"), "marker"], tmp_path)
    assert with_env.returncode == 0, with_env.stdout
    assert not (tmp_path / "marker").exists()

    (tmp_path / ".env").unlink()
    without = run([tool("just"), "marker"], tmp_path)
    assert without.returncode != 0
    assert ".env: No such file or directory" in without.stdout


def test_dotenv_load_runs_the_recipe_with_or_without_env(tmp_path: Path) -> None:
    """`set dotenv-load` exports `.env` if it exists, and is silent if it does not."""
    write(tmp_path, {"justfile": JUSTFILE_1_1, ".env": "GREETING=hi\n"})
    assert run([tool("just"), "marker"], tmp_path).returncode == 0
    assert (tmp_path / "marker").exists()

    (tmp_path / ".env").unlink()
    without = run([tool("just"), "marker"], tmp_path, {"GREETING": "hi"})
    assert without.returncode == 0, without.stdout


@pytest.mark.parametrize(("argv", "expected"), FAILS_1_0.values(), ids=FAILS_1_0)
def test_1_0_command_fails_with_the_quoted_message(
    tmp_path: Path, argv: list[str], expected: str
) -> None:
    """The command exits non-zero and prints what the changelog says it prints."""
    program = sys.executable if argv[0] == "python" else tool(argv[0])
    tools = {"UV_TOOL_DIR": str(tmp_path), "UV_TOOL_BIN_DIR": str(tmp_path)}

    result = run([program, *argv[1:]], tmp_path, {**OFFLINE, **tools})

    assert result.returncode != 0
    assert expected in result.stdout


def test_uv_init_makes_no_tests_no_venv_and_a_placeholder(tmp_path: Path) -> None:
    """1.0's `uv init`: no `tests/`, no `.venv`; a `main()` behind a script entry."""
    argv = ["init", "python-service", "--python", "3.12", "--no-workspace"]
    assert run([tool("uv"), *argv], tmp_path).returncode == 0
    project = tmp_path / "python-service"

    assert not (project / "tests").exists()
    assert not (project / ".venv").exists()
    assert "def main()" in (project / "src/python_service/__init__.py").read_text()
    assert "[project.scripts]" in (project / "pyproject.toml").read_text()


def test_uv_sync_locked_needs_a_committed_lockfile(tmp_path: Path) -> None:
    """Without `uv.lock`, `uv sync --locked` fails; after `uv lock` it works."""
    pyproject = '[project]\nname = "demo"\nversion = "0.1.0"\ndependencies = []\n'
    write(tmp_path, {"pyproject.toml": pyproject})
    sync = [tool("uv"), "sync", "--locked", "--python", sys.executable]
    lock = [tool("uv"), "lock", "--python", sys.executable]

    missing = run(sync, tmp_path)
    assert missing.returncode != 0
    assert "Unable to find lockfile at `uv.lock`" in missing.stdout
    assert run(lock, tmp_path).returncode == 0
    assert run(sync, tmp_path).returncode == 0


def test_git_add_of_a_missing_path_fails(tmp_path: Path) -> None:
    """1.0's `git add ... docs/` fails in a project that has no `docs/` yet."""
    write(tmp_path, {"src/app.py": ""})
    assert run([tool("git"), "init", "--quiet"], tmp_path).returncode == 0

    result = run([tool("git"), "add", "src", "docs/"], tmp_path)

    assert result.returncode != 0
    assert "pathspec 'docs/' did not match any files" in result.stdout


def test_sample_1_0_fails_mypy_strict_and_ruff(tmp_path: Path) -> None:
    """A bare `dict` and an untyped test fail mypy strict; `dict[str, object]` rejects
    the test's `dict[str, str]`; ruff finds the imports unsorted (I001)."""
    typed = SAMPLE_1_0.replace("dict)", "dict[str, object])")
    typed = typed.replace("():", "() -> None:")
    write(tmp_path, {"sample.py": SAMPLE_1_0, "typed.py": typed})
    mypy = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", os.devnull]

    errors = run([*mypy, "sample.py", "typed.py"], tmp_path).stdout
    assert "sample.py:8: error: Missing type arguments for generic type" in errors
    assert "sample.py:14: error: Function is missing a return type annotation" in errors
    assert 'typed.py:17: error: Argument 1 to "create_user" has incompatible' in errors
    ruff = [tool("ruff"), "check", "--config", str(ROOT / "pyproject.toml")]
    assert "I001" in run([*ruff, "sample.py"], tmp_path).stdout


def test_ruff_lists_no_formatter_conflict_for_isc001(tmp_path: Path) -> None:
    """`ruff rule` has a "Formatter compatibility" part for COM812, none for ISC001."""
    part = "## Formatter compatibility"
    assert part in run([tool("ruff"), "rule", "COM812"], tmp_path).stdout
    assert part not in run([tool("ruff"), "rule", "ISC001"], tmp_path).stdout


def coverage_of(project: Path, init: str, *tests: str) -> str:
    """Phase 2's module and the named tests, with `__init__.py` = `init`: the report."""
    files = {"src/python_service/__init__.py": init}
    for name in ["src/python_service/domain/user_service.py", *tests]:
        files[name] = (ROOT / name).read_text(encoding="utf-8")
    config = '[tool.coverage.run]\nsource = ["src"]\nbranch = true\n'
    files["pyproject.toml"] = config + "[tool.coverage.report]\nfail_under = 90\n"
    argv = [sys.executable, "-m", "pytest", *tests, "-p", "no:cacheprovider", "--cov"]
    return run(argv, write(project, files), {"PYTHONPATH": "src"}).stdout


def test_error_path_test_not_placeholder_decides_the_floor(tmp_path: Path) -> None:
    """Without its error-path test Phase 2 misses 90%; with it, 1.0's main() is fine."""
    first = "tests/unit/test_user_service.py"
    errors = "tests/unit/test_user_service_errors.py"

    without = coverage_of(tmp_path / "a", '"""A small user service."""\n', first)
    placeholder = coverage_of(tmp_path / "b", PLACEHOLDER_1_0, first, errors)

    assert "Required test coverage of 90.0% not reached" in without, without
    assert "Required test coverage of 90.0% reached" in placeholder, placeholder


def test_conftest_outside_tests_needs_pythonpath(tmp_path: Path) -> None:
    """In importlib mode `docs/conftest.py` imports `tests.…` only with `pythonpath`."""
    config = '[tool.pytest.ini_options]\naddopts = ["--import-mode=importlib"]\n'
    files = {
        "pyproject.toml": config,
        "tests/support/__init__.py": "ROOT = 1\n",
        "docs/conftest.py": "from tests.support import ROOT\n",
        "docs/test_page.py": "def test_page() -> None:\n    pass\n",
    }
    pytest_docs = [tool("pytest"), "docs", "-p", "no:cacheprovider"]

    without = run(pytest_docs, write(tmp_path, files), {"PYTHONPATH": ""})
    assert "No module named 'tests'" in without.stdout
    write(tmp_path, {"pyproject.toml": config + 'pythonpath = ["."]\n'})
    assert run(pytest_docs, tmp_path, {"PYTHONPATH": ""}).returncode == 0


def test_two_conftests_need_explicit_package_bases(tmp_path: Path) -> None:
    """mypy stops at two `conftest.py` outside packages, unless bases are explicit."""
    write(tmp_path, {"tests/unit/conftest.py": "", "tests/e2e/conftest.py": ""})
    mypy = [sys.executable, "-m", "mypy", "--strict", "--cache-dir", os.devnull]

    assert 'Duplicate module named "conftest"' in run([*mypy, "tests"], tmp_path).stdout
    assert run([*mypy, "--explicit-package-bases", "tests"], tmp_path).returncode == 0


def test_phase_2_without_email_validator_fails_as_troubleshooting_quotes(
    tmp_path: Path,
) -> None:
    """Phase 2's module, with every installed package but email-validator, fails to
    import with the error Troubleshooting quotes (Python's own import error)."""
    quote = "ModuleNotFoundError: No module named 'email_validator'"
    assert f"| `{quote}` |" in (ROOT / "docs/troubleshooting.md").read_text("utf-8")
    installed = Path(pydantic.__file__).parents[1]
    packages = tmp_path / "site-packages"
    packages.mkdir()
    for entry in installed.iterdir():
        if not entry.name.startswith("email_validator"):
            (packages / entry.name).symlink_to(entry)
    paths = {"PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(packages)])}
    program = "import python_service.domain.user_service"

    result = run([sys.executable, "-S", "-c", program], tmp_path, paths)

    assert result.returncode != 0
    assert quote in result.stdout, result.stdout


def test_export_lists_the_project_unless_no_emit_project() -> None:
    """This repository's export has an `-e .` line; `--no-emit-project` drops it."""
    export = [tool("uv"), "export", "--frozen", "--no-default-groups"]

    with_project = run(export, ROOT).stdout.splitlines()
    without = run([*export, "--no-emit-project"], ROOT).stdout.splitlines()

    assert "-e ." in with_project
    assert "psycopg-pool==" in "\n".join(without)
    assert not [line for line in without if line.startswith("-e")]
