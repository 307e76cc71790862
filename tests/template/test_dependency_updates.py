"""The dependency-update settings (Dependabot's, Renovate's) of this repository, of the
template and of a new project pass their schemas, offline; broken ones do not."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.support.paths import ROOT
from tests.support.tools import tool
from tests.template.projects import finished

SCHEMAS = {
    ".github/dependabot.yml": "vendor.dependabot",
    "template/.github/dependabot.yml": "vendor.dependabot",
    "template/renovate.json": "vendor.renovate",
}
"""Each file, with check-jsonschema's builtin schema for it (SchemaStore's and
Renovate's, vendored in the package)."""
BREAKAGES = {
    "vendor.dependabot": (
        "update-types:",
        "update-type:",
        "'update-type' was unexpected",
    ),
    # Renovate's schema takes unknown keys; a manager it does not know fails.
    "vendor.renovate": ('"copier"', '"copierr"', "'copierr' is not one of"),
}
"""A broken copy of each kind of file: what to replace, by what, and what the check
then says."""
NO_NETWORK = {"HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9"}
"""A proxy where nothing listens: a check that downloaded anything would fail."""


def check(path: Path, schema: str) -> subprocess.CompletedProcess[str]:
    """check-jsonschema on one file, with a builtin schema and no network."""
    return subprocess.run(
        [tool("check-jsonschema"), "--builtin-schema", schema, str(path)],
        env={**os.environ, **NO_NETWORK},
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize("name", SCHEMAS)
def test_each_setting_file_passes_its_schema(name: str) -> None:
    """`ok -- validation done`, from the vendored schema alone."""
    done = check(ROOT / name, SCHEMAS[name])

    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("name", SCHEMAS)
def test_a_broken_copy_fails_its_schema(name: str, tmp_path: Path) -> None:
    """The check can fail: a wrong key or value is named in its output."""
    old, new, said = BREAKAGES[SCHEMAS[name]]
    text = (ROOT / name).read_text("utf-8")
    assert old in text
    broken = tmp_path / Path(name).name
    broken.write_text(text.replace(old, new), "utf-8")

    done = check(broken, SCHEMAS[name])

    assert done.returncode == 1
    assert said in done.stdout


def test_a_new_project_holds_the_templates_settings(
    snapshot: Path, tmp_path: Path
) -> None:
    """Copied as they are, renamed nowhere, and passing their schemas there."""
    project = finished(snapshot, tmp_path / "project", {"project_name": "zebra-orders"})

    for name, schema in SCHEMAS.items():
        if name.startswith("template/"):
            copied = project / name.removeprefix("template/")
            assert copied.read_text("utf-8") == (ROOT / name).read_text("utf-8")
            done = check(copied, schema)
            assert done.returncode == 0, done.stdout + done.stderr


def test_every_lockfile_of_this_repository_is_updated() -> None:
    """Dependabot's uv and npm folders are those of the lockfiles Git holds."""
    updates = yaml.safe_load((ROOT / ".github/dependabot.yml").read_text("utf-8"))
    folders = {
        (update["package-ecosystem"], folder)
        for update in updates["updates"]
        for folder in update.get("directories", [update.get("directory")])
    }
    lockfiles = subprocess.run(
        ["git", "ls-files", "*uv.lock", "*package-lock.json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    ecosystems = {"uv.lock": "uv", "package-lock.json": "npm"}
    locked = {
        (ecosystems[Path(name).name], "/" + "/".join(Path(name).parent.parts))
        for name in lockfiles
    }

    assert locked == {pair for pair in folders if pair[0] != "github-actions"}


def test_renovate_brings_only_the_templates_updates() -> None:
    """Dependabot updates the packages; Renovate, if a team runs it, only the template
    (its copier manager), so no update comes twice."""
    settings = json.loads((ROOT / "template/renovate.json").read_text("utf-8"))

    assert settings["enabledManagers"] == ["copier"]
    assert settings["extends"] == ["config:recommended"]
