"""copier's questions: each refuses a bad answer with one line naming the rule."""

from __future__ import annotations

import ast
import json
import keyword
import subprocess
import sys
from pathlib import Path

import jinja2
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from jinja2.sandbox import SandboxedEnvironment

from tests.support.paths import ROOT
from tests.support.tools import tool
from tests.template.projects import TEMPLATE_FOLDER

VALIDATORS = "template/validators.jinja"
IDENTIFIERS = st.from_regex(r"[a-z_][a-z0-9_]{0,24}", fullmatch=True)
DISTRIBUTIONS = st.from_regex(
    r"[A-Za-z0-9]([A-Za-z0-9._-]{0,24}[A-Za-z0-9])?", fullmatch=True
)
NO_DEADLINE = settings(deadline=None)
"""Each example renders the template's Jinja, slower on a busy machine: speed is not
what these tests claim."""


def jinja() -> SandboxedEnvironment:
    """A Jinja environment like copier's: sandboxed, Ansible filters, the repo root."""
    return SandboxedEnvironment(
        loader=jinja2.FileSystemLoader(ROOT),
        extensions=["jinja2_ansible_filters.AnsibleCoreFiltersExtension"],
    )


def problem(rule: str, answer: str) -> str:
    """What copier's validator says of the answer: one line, or nothing."""
    source = f"{{% from '{VALIDATORS}' import {rule} %}}{{{{ {rule}(answer) }}}}"
    return jinja().from_string(source).render(answer=answer).strip()


def name_list(name: str) -> list[str]:
    """A name list of the validators' file, as Jinja reads it."""
    source = f"{{% from '{VALIDATORS}' import {name} %}}{{{{ {name} | tojson }}}}"
    found: list[str] = json.loads(jinja().from_string(source).render())
    return found


def test_copier_refuses_a_package_name_that_is_no_identifier(tmp_path: Path) -> None:
    """The answer never reaches the task: copier stops, naming the question and rule."""
    done = subprocess.run(
        [tool("copier"), "copy", "--trust", "--defaults", "--quiet", "--vcs-ref=HEAD"]
        + ["--data=package_name=my-service", str(ROOT), str(tmp_path / "project")],
        capture_output=True,
        text=True,
        check=False,
    )

    assert done.returncode != 0
    assert done.stderr.splitlines()[-1] == (
        "ValueError: Validation error for question 'package_name': `my-service` is "
        "not a lower-case Python identifier: use a-z, digits and `_`, not starting "
        "with a digit"
    )
    assert not (tmp_path / "project").exists()


@NO_DEADLINE
@given(IDENTIFIERS)
def test_a_package_name_is_refused_only_for_a_reason(name: str) -> None:
    """Refused exactly when a keyword, a standard-library module or an import."""
    said = problem("package_name_problem", name)
    taken = keyword.iskeyword(name) or name in sys.stdlib_module_names
    taken = taken or name in name_list("IMPORTED")

    assert bool(said) == taken
    assert said.count("\n") == 0


@pytest.mark.parametrize(
    ("name", "rule"),
    [
        ("class", "is a Python keyword"),
        ("json", "is a module of Python's standard library"),
        ("fastapi", "is a package the service already imports"),
        ("tests", "is a package the service already imports"),
        ("My_Service", "is not a lower-case Python identifier"),
        ("2fa", "is not a lower-case Python identifier"),
        ("café", "is not a lower-case Python identifier"),
    ],
)
def test_a_refused_package_name_names_the_rule(name: str, rule: str) -> None:
    """The one line says which rule the name breaks."""
    assert problem("package_name_problem", name).startswith(f"`{name}` {rule}")


@NO_DEADLINE
@given(DISTRIBUTIONS)
def test_a_distribution_name_in_pep_508_spelling_is_taken(name: str) -> None:
    """Letters, digits, `.`, `_` and `-`, with a letter or digit at each end."""
    assert problem("project_name_problem", name) == ""


@pytest.mark.parametrize("name", ["", "-orders", "orders_", "my service", "ürün"])
def test_a_name_outside_pep_508_is_refused(name: str) -> None:
    """The line names the rule and the standard."""
    assert problem("project_name_problem", name).endswith("(PEP 508)")


@NO_DEADLINE
@given(st.text(st.characters(blacklist_categories=["Cc", "Cs"])))
def test_a_description_is_any_one_line_of_text(text: str) -> None:
    """Quotes, backslashes, non-ASCII text and `{{ }}` are all descriptions."""
    assert problem("description_problem", text) == ""


@pytest.mark.parametrize("text", ["two\nlines", "carriage\rreturn", "nul\0"])
def test_a_description_with_a_line_break_is_refused(text: str) -> None:
    """A summary in pyproject.toml is one line (core metadata's Summary field)."""
    assert "one line" in problem("description_problem", text)


@pytest.mark.parametrize("answer", ["MIT", "Apache-2.0", "BSD-3-Clause", "none"])
def test_a_licence_the_template_writes_is_taken(answer: str) -> None:
    """Each of copier's choices: the SPDX identifiers and `none`."""
    assert problem("license_problem", answer) == ""


@pytest.mark.parametrize("answer", ["mit", "GPL-3.0-or-later", "MIT OR Apache-2.0", ""])
def test_another_licence_is_refused_with_the_ones_taken(answer: str) -> None:
    """One line naming the answer and listing the licences the template writes."""
    assert problem("license_problem", answer) == (
        f"`{answer}` is not a licence the template writes: answer MIT, Apache-2.0, "
        "BSD-3-Clause, none (SPDX identifiers; `none` for no licence)"
    )


def test_licences_are_copiers_choices_and_the_templates_texts() -> None:
    """The validator's list is the question's choices, and each but `none` has its
    text under template/licenses/."""
    questions = yaml.safe_load((ROOT / "copier.yml").read_text("utf-8"))
    texts = sorted(path.stem for path in (ROOT / "template/licenses").glob("*.jinja"))

    assert name_list("LICENSES") == questions["license"]["choices"]
    assert texts == sorted(set(name_list("LICENSES")) - {"none"})


def test_keywords_are_pythons() -> None:
    """The list is Python's keywords, less True, False and None (not lower case)."""
    assert name_list("KEYWORDS") == [k for k in keyword.kwlist if k.islower()]


def test_standard_library_is_pythons() -> None:
    """The list is this Python's `sys.stdlib_module_names` (the project's Python)."""
    assert name_list("STANDARD_LIBRARY") == sorted(sys.stdlib_module_names)


def test_imported_names_are_the_services_imports() -> None:
    """The list is every top-level import of the service and its tests that is not
    the standard library's nor the package itself, and `tests`."""
    imported = {"tests"}
    for pattern in ["src/**/*.py", "tests/unit/**/*.py", "tests/integration/**/*.py"]:
        for path in ROOT.glob(pattern):
            imported |= top_level_imports(path)
    imported |= top_level_imports(ROOT / "tests/conftest.py")
    imported -= set(sys.stdlib_module_names) | {"python_service"}

    assert name_list("IMPORTED") == sorted(imported)


def top_level_imports(path: Path) -> set[str]:
    """The first part of every module a Python file imports (absolute imports)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module.split(".")[0])
    return found


def test_the_template_folder_name_holds_the_reference_name() -> None:
    """The tests' template path contains the distribution name the task replaces."""
    assert "python-service" in TEMPLATE_FOLDER
