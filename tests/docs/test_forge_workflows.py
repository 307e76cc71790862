"""This repository's own workflows (docs/adr/0013): they run `just ci`'s recipes with
what `.ci/run` installs, pin what they use, and stay out of the template."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import yaml

from tests.docs.test_ci_recipe import dependencies
from tests.support.ci_run import ci_array
from tests.support.paths import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
READERS = WORKFLOWS / "ci.yml"
FORGE = {path.name: path for path in sorted(WORKFLOWS.glob("*.yml")) if path != READERS}
TEMPLATE_WORKFLOWS = ROOT / "template" / ".github" / "workflows"
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$")
RECIPE = re.compile(r"^uv run just ([\w-]+)$")
APT_INSTALL = re.compile(r"apt-get install (?P<args>.*)")
BESIDES_CI_RUN = {"git", "ca-certificates", "nodejs", "npm"}
"""What a job installs that `.ci/run` finds on its machine or installs apart."""


def parsed(path: Path) -> dict[str, Any]:
    """A workflow file as YAML (the `on` key stays a string)."""
    loaded: dict[str, Any] = yaml.load(path.read_text("utf-8"), Loader=yaml.BaseLoader)
    return loaded


def steps(path: Path) -> list[dict[str, Any]]:
    """Every step of every job of a workflow file."""
    jobs = parsed(path)["jobs"]
    return [step for job in jobs.values() for step in job.get("steps", [])]


def required_uv() -> str:
    """The uv version `[tool.uv] required-version` pins (`==X.Y.Z`)."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
    return str(pyproject["tool"]["uv"]["required-version"]).removeprefix("==")


def test_the_forge_workflows_are_there() -> None:
    """The pull-request, publishing and weekly canary workflows."""
    assert set(FORGE) == {"canary.yml", "playbook.yml", "site.yml"}


def test_the_template_links_only_the_readers_workflow() -> None:
    """Generated projects get ci.yml, never this repository's own workflows."""
    assert [path.name for path in TEMPLATE_WORKFLOWS.iterdir()] == ["ci.yml"]
    assert (TEMPLATE_WORKFLOWS / "ci.yml").resolve() == READERS.resolve()


def test_every_action_is_pinned_by_sha_with_its_version() -> None:
    """`owner/action@<40 hex> # vX.Y.Z`, and one commit per action across the files."""
    lines = [
        line.strip().removeprefix("- ").removeprefix("uses: ")
        for path in [READERS, *FORGE.values()]
        for line in path.read_text("utf-8").splitlines()
        if line.strip().removeprefix("- ").startswith("uses: ")
    ]
    commits: dict[str, set[str]] = {}
    for line in lines:
        action, _, pin = line.partition("@")
        commits.setdefault(action, set()).add(pin)

    assert [line for line in lines if not PINNED.match(line)] == []
    assert {action: pins for action, pins in commits.items() if len(pins) > 1} == {}


def test_setup_uv_installs_the_required_uv() -> None:
    """Each forge workflow's setup-uv `version:` is `[tool.uv] required-version`."""
    versions = {
        (name, step.get("with", {}).get("version"))
        for name, path in FORGE.items()
        for step in steps(path)
        if step.get("uses", "").startswith("astral-sh/setup-uv@")
    }

    assert {name for name, _ in versions} == set(FORGE)
    assert versions == {(name, required_uv()) for name in FORGE}


def test_the_jobs_run_the_recipes_of_just_ci_once_each() -> None:
    """Together the pull-request jobs run every recipe of `just ci`, none twice."""
    run = [
        found[1]
        for step in steps(FORGE["playbook.yml"])
        if (found := RECIPE.match(step.get("run", "").strip()))
    ]

    assert sorted(run) == sorted(dependencies("ci"))


def test_the_jobs_install_what_ci_run_installs() -> None:
    """Every apt package a job installs is one `.ci/run` names (Debian 12's names)."""
    installed = {
        word
        for step in steps(FORGE["playbook.yml"])
        for found in APT_INSTALL.finditer(step.get("run", ""))
        for word in found["args"].split()
        if not word.startswith("-")
    }

    assert installed - BESIDES_CI_RUN - ci_array("apt_packages") == set()
    assert ci_array("apt_packages") <= installed


def test_least_permissions() -> None:
    """Nothing at the top; each job reads the contents, and only the deployment writes
    to Pages, with an OIDC token, in the `github-pages` environment."""
    for name, path in FORGE.items():
        workflow = parsed(path)
        assert workflow["permissions"] == {}, name
        for job_name, job in workflow["jobs"].items():
            if job_name == "deploy":
                assert job["permissions"] == {"pages": "write", "id-token": "write"}
                assert job["environment"]["name"] == "github-pages"
            else:
                assert job["permissions"]["contents"] == "read", (name, job_name)
                assert "write" not in job["permissions"].values(), (name, job_name)
            assert int(job["timeout-minutes"]) > 0, (name, job_name)


def test_checkouts_keep_no_credentials() -> None:
    """Every checkout says `persist-credentials: false`."""
    checkouts = [
        step.get("with", {}).get("persist-credentials")
        for path in FORGE.values()
        for step in steps(path)
        if step.get("uses", "").startswith("actions/checkout@")
    ]

    assert checkouts
    assert set(checkouts) == {"false"}


def test_the_site_is_built_from_a_full_clone_with_its_addresses() -> None:
    """The site carries a clone of the repository, which a shallow checkout cannot
    serve; its build takes the site's address from Pages and the forge's from GitHub."""
    site = steps(FORGE["site.yml"])
    [checkout] = [s for s in site if s.get("uses", "").startswith("actions/checkout@")]
    [build] = [s for s in site if "mkdocs build" in s.get("run", "")]

    assert checkout["with"]["fetch-depth"] == "0"
    assert build["env"]["SITE_URL"] == "${{ steps.pages.outputs.base_url }}/"
    assert (
        build["env"]["REPO_URL"] == "${{ github.server_url }}/${{ github.repository }}"
    )
