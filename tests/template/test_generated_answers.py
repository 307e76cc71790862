"""The template's task on answers we did not choose (hypothesis): copier renders the
template from a snapshot, the task finishes it in-process, the result is checked.

The tools' part of the task (`uv lock`, `ruff format`) runs in test_new_project.py.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

import copier
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from template.finish_project import (
    DISTRIBUTION,
    PACKAGE,
    PLAYBOOK_PARTS,
    finish,
    template_files,
)

from tests.template.test_answers import (
    DISTRIBUTIONS,
    IDENTIFIERS,
    name_list,
    problem,
)

EXAMPLES = 40
LICENSES = name_list("LICENSES")
URL = re.compile(r"\w+://[^\s)>\"'`]+")


def with_reference_name(
    names: st.SearchStrategy[str], reference: str
) -> st.SearchStrategy[str]:
    """Names, some holding the reference's name inside them."""
    return st.one_of(names, st.builds(lambda a, b: f"{a}{reference}{b}", names, names))


DISTRIBUTION_NAMES = with_reference_name(DISTRIBUTIONS, "-python-service-").filter(
    lambda name: not problem("project_name_problem", name)
)
PACKAGE_NAMES = with_reference_name(IDENTIFIERS, "_python_service_").filter(
    lambda name: not problem("package_name_problem", name)
)
PIECES = ['"', "'", "\\", '\\"', "{{ project_name }}", "{% if %}", "é", "日本語", "\t"]
DESCRIPTIONS = st.lists(
    st.one_of(
        st.sampled_from(PIECES),
        st.text(st.characters(blacklist_categories=["Cc", "Cs"])),
    )
).map("".join)


@st.composite
def answers(draw: st.DrawFn) -> dict[str, object]:
    """A full set of answers: the package name the default makes, or another."""
    distribution = draw(DISTRIBUTION_NAMES)
    default = re.sub(r"[-.]", "_", distribution.lower())
    takes_default = not problem("package_name_problem", default) and draw(st.booleans())
    package = default if takes_default else draw(PACKAGE_NAMES)
    return {
        "project_name": distribution,
        "package_name": package,
        "description": draw(DESCRIPTIONS),
        "postgres": draw(st.booleans()),
        "license": draw(st.sampled_from(LICENSES)),
    }


def urls(project: Path, package: str) -> list[str]:
    """Every URL in the template's files but the shared ones (PLAYBOOK_PARTS), which
    the task cuts, and `pyproject.toml`, whose description may hold anything."""
    return [
        url
        for path in template_files(project, package)
        if path.name.lstrip(".") not in PLAYBOOK_PARTS
        for url in URL.findall(path.read_text("utf-8"))
    ]


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(answered=answers())
def test_any_answers_make_a_project_that_parses_and_imports(
    snapshot: Path, tmp_path: Path, answered: dict[str, object]
) -> None:
    """TOML and Python parse, the package imports, the licence is the answer, no
    reference name is left where one was replaced, URLs are as written, and the
    answers file holds the answers."""
    project = Path(tempfile.mkdtemp(dir=tmp_path)) / "project"
    copier.run_copy(
        str(snapshot),
        project,
        data=answered,
        defaults=True,
        skip_tasks=True,
        quiet=True,
    )
    distribution, package = str(answered["project_name"]), str(answered["package_name"])
    urls_before = urls(project, PACKAGE)
    finish(
        project,
        distribution,
        package,
        str(answered["description"]),
        bool(answered["postgres"]),
        str(answered["license"]),
    )

    metadata = tomllib.loads((project / "pyproject.toml").read_text("utf-8"))["project"]
    assert (metadata["name"], metadata["description"]) == (
        distribution,
        answered["description"],
    )
    if answered["license"] == "none":
        assert "license" not in metadata
    else:
        assert metadata["license"] == answered["license"]
    read = {path: path.read_text("utf-8") for path in template_files(project, package)}
    files, texts = list(read), list(read.values())
    for path, text in read.items():
        if path.suffix == ".py":
            ast.parse(text, str(path))
    imports_every_module(project, package)
    if package != PACKAGE:
        assert not (project / "src" / PACKAGE).exists()
        assert [t for t in texts if re.search(rf"\b{PACKAGE}\b", URL.sub("", t))] == []
    if distribution != DISTRIBUTION:
        assert [t for t in texts if f'"{DISTRIBUTION}"' in t] == []
    if not answered["postgres"]:
        assert [p for p in files if "postgres" in str(p.relative_to(project))] == []
    after = urls(project, package)
    if answered["postgres"]:
        assert sorted(after) == sorted(urls_before)
    else:
        assert set(after) <= set(urls_before)
    copier_answers = yaml.safe_load(
        (project / ".copier-answers.yml").read_text("utf-8")
    )
    assert copier_answers == {"_src_path": str(snapshot), **answered}
    shutil.rmtree(project.parent)


def imports_every_module(project: Path, package: str) -> None:
    """Import the package and each of its modules, in a fresh interpreter."""
    code = (
        "import importlib, pkgutil, sys\n"
        f"root = importlib.import_module({package!r})\n"
        "for found in pkgutil.walk_packages(root.__path__, root.__name__ + '.'):\n"
        "    importlib.import_module(found.name)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=project,
        env={"PYTHONPATH": str(project / "src"), "PATH": ""},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
